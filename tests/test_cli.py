"""The command line as a user runs it: messages in Swedish, exit codes 0, 1 and 2."""

import json
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.file_templates import copy_file, example_by_command


@pytest.fixture(scope="module")
def example_made(tmp_path_factory):
    return example_by_command(tmp_path_factory, "borlänge data.db")


@pytest.fixture
def seeded(example_made, tmp_path, data_home):
    """A copy of the file `main.py init --example-data` made (tests/file_templates.py)."""
    return copy_file(example_made, tmp_path / example_made.name)


def test_commands_on_a_missing_file_say_so_and_create_nothing(tmp_path, data_home) -> None:
    path = tmp_path / "saknas.db"
    for command in (["actions"], ["results"], ["check"], ["backup"], ["actions", "show", "1"]):
        result = run_cli("--db", str(path), *command, home=data_home)
        assert result.returncode == 2
        assert "finns inte" in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()


def test_actions_list_and_json(seeded, data_home) -> None:
    result = run_cli("--db", str(seeded), "actions", home=data_home)
    assert result.returncode == 0
    assert "Telefontider" in result.stdout and "7 åtgärder." in result.stdout
    data = json.loads(run_cli("--db", str(seeded), "actions", "--json", home=data_home).stdout)
    assert len(data) == 7
    phone = next(a for a in data if a["title"] == "Telefontider")
    assert set(phone) == {
        "id", "title", "description", "unit", "owner", "status", "assessment", "start",
        "due", "completed", "progress", "factors", "areas", "overdue", "version",
    }
    assert phone["start"] == "2024-05-02" and phone["status"] == "ej_paborjad"
    assert phone["factors"] == ["information", "tillganglighet", "effektivitet"]


def test_actions_list_names_the_due_date_column_as_the_form_does(seeded, data_home) -> None:
    db = ("--db", str(seeded))
    run_cli(*db, "actions", "add", "--title", "Med slutdatum", "--due", "2030-12-31",
            home=data_home)
    lines = run_cli(*db, "actions", home=data_home).stdout.splitlines()
    header = lines[0]
    assert "Klart senast" in header and "Klart " not in header.replace("Klart senast", "")
    column = header.index("Klart senast")
    dated = next(line for line in lines if "Med slutdatum" in line)
    assert dated[column:column + 10] == "2030-12-31"


def test_add_update_with_comment_and_show(seeded, data_home) -> None:
    db = ("--db", str(seeded))
    added = run_cli(*db, "actions", "add", "--title", "Servicelöften", "--owner", "Eva Ek",
                    "--unit", "Bygglov", "--status", "pågår", "--start", "2024-06-01",
                    "--due", "2024-12-31", "--factor", "effektivitet", "--area", "bygglov",
                    home=data_home)
    assert added.returncode == 0 and "Åtgärd 8 skapad: Servicelöften" in added.stdout
    updated = run_cli(*db, "actions", "update", "8", "--progress", "60", "--status", "klar",
                      "--comment", "Löftena publicerade", home=data_home)
    assert updated.returncode == 0 and "Klar, 60 %" in updated.stdout
    shown = json.loads(run_cli(*db, "actions", "show", "8", "--json", home=data_home).stdout)
    assert shown["owner"] == "Eva Ek" and shown["status"] == "klar"
    assert shown["completed"] is not None
    assert shown["comments"][0]["text"] == "Löftena publicerade"
    assert shown["comments"][0]["status"] == "klar" and shown["comments"][0]["progress"] == 60
    text = run_cli(*db, "actions", "show", "2", home=data_home).stdout
    assert "2024-05-15 15–18 Nästa öppet hus" in text


def test_update_to_klar_with_only_a_comment_sets_100(seeded, data_home) -> None:
    db = ("--db", str(seeded))
    updated = run_cli(*db, "actions", "update", "1", "--status", "klar", "--comment", "Klart nu",
                      home=data_home)
    assert updated.returncode == 0, updated.stderr
    assert "Klar, 100 %" in updated.stdout
    shown = json.loads(run_cli(*db, "actions", "show", "1", "--json", home=data_home).stdout)
    assert shown["progress"] == 100 and shown["comments"][0]["progress"] == 100


@pytest.mark.parametrize(
    "args, message",
    [
        (["actions", "add", "--title", "X", "--due", "2024-02-30"], "inget giltigt datum"),
        (["actions", "add", "--title", "X", "--status", "snart"], "okänt värde ”snart”"),
        (["actions", "update", "1", "--progress", "140"], "140 ligger utanför 0–100"),
        (["actions", "update", "1", "--progress", "50.5"],
         "Framsteg: ”50.5” är inget heltal (0–100 %)."),
        (["actions", "update", "99", "--progress", "5"], "Åtgärden med id 99 finns inte"),
        (["actions", "update", "1"], "Ange minst en ändring"),
        (["actions", "show", "abc"], "ogiltigt värde"),
        (["nonsense"], "ogiltigt val"),
    ],
)
def test_bad_input_exits_2_with_a_swedish_message(seeded, data_home, args, message) -> None:
    before = seeded.read_bytes()
    result = run_cli("--db", str(seeded), *args, home=data_home)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert seeded.read_bytes() == before


def test_results_list_and_json(seeded, data_home) -> None:
    text = run_cli("--db", str(seeded), "results", home=data_home).stdout
    assert "80,0 (prel.)" in text and "5 resultat." in text
    data = json.loads(run_cli("--db", str(seeded), "results", "--json", home=data_home).stdout)
    last = data[-1]
    assert last == {
        "municipality": "2081", "year": 2024, "group": "totalt", "area": "totalt",
        "measure": "nki", "value": 80.0, "answers": 81, "margin": None, "preliminary": True,
        "source": last["source"],
    }
    assert "borlange.se" in last["source"]


def test_results_list_marks_too_few_answers_and_keeps_columns_aligned(
    seeded, tmp_path, data_home
) -> None:
    few = tmp_path / "få.csv"
    few.write_text(
        "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n2023;Företag;Bygglov;NKI;55,5;5\n",
        encoding="utf-8",
    )
    imported = run_cli("--db", str(seeded), "import", str(few), home=data_home)
    assert imported.returncode == 0, imported.stderr
    lines = run_cli("--db", str(seeded), "results", home=data_home).stdout.splitlines()
    header, rows = lines[0], lines[1:-1]
    flagged = [r for r in rows if "Bygglov" in r]
    assert len(flagged) == 1 and flagged[0].endswith("för få svar (5 < 7)")
    assert not any("för få svar" in r for r in rows if "Bygglov" not in r)
    value_end = header.index("Värde") + len("Värde")
    answers_end = header.index("Svar") + len("Svar")
    for row in rows:  # "(prel.)" does not push the columns out of line
        assert row[value_end - 4:value_end] in ("67,0", "70,0", "68,0", "71,0", "80,0", "55,5")
        assert row[answers_end - 5:answers_end].strip() in ("–", "509", "81", "5"), row
    assert any("80,0 (prel.)" in r for r in rows)


def test_counts_are_singular_for_one(seeded, tmp_path, data_home) -> None:
    db = ("--db", str(seeded))
    assert run_cli(*db, "actions", "update", "1", "--comment", "En", home=data_home).returncode == 0
    check = run_cli(*db, "check", home=data_home).stdout
    assert "Innehåll: 7 åtgärder, 1 kommentar, 5 resultat" in check
    export = run_cli(*db, "export", str(tmp_path / "allt.xlsx"), home=data_home).stdout
    assert "7 åtgärder, 1 kommentar, 5 resultat." in export
    csv = run_cli(*db, "export", str(tmp_path / "k.csv"), "--table", "kommentarer", home=data_home)
    assert "1 rad (kommentarer) exporterad till" in csv.stdout
    one = tmp_path / "ett.csv"
    one.write_text("År;Kundgrupp;Myndighetsområde;Mått;Värde\n2019;Företag;Totalt;NKI;60\n",
                   encoding="utf-8")
    saved = run_cli(*db, "import", str(one), home=data_home)
    assert "Sparat: 1 nytt och 0 ändrade resultat." in saved.stdout
    assert "1 kommentarer" not in check + export and "1 rader" not in csv.stdout


def test_check_reports_counts_and_damage(seeded, data_home) -> None:
    ok = run_cli("--db", str(seeded), "check", home=data_home)
    assert ok.returncode == 0
    assert "Integritet: ok" in ok.stdout and "7 åtgärder" in ok.stdout
    # Damage a page in the middle of the file.
    data = bytearray(seeded.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200
    seeded.write_bytes(bytes(data))
    bad = run_cli("--db", str(seeded), "check", home=data_home)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert "skada" in (bad.stdout + bad.stderr).lower()


def test_backup_is_a_consistent_copy(seeded, data_home, tmp_path) -> None:
    out = tmp_path / "kopia.db"
    result = run_cli("--db", str(seeded), "backup", "--out", str(out), home=data_home)
    assert result.returncode == 0 and str(out) in result.stdout
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone()[0] == 7
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = run_cli("--db", str(seeded), "backup", "--out", str(out), home=data_home)
    assert again.returncode == 2 and "finns redan" in again.stderr
    default = run_cli("--db", str(seeded), "backup", home=data_home)
    assert default.returncode == 0
    assert len(list((data_home / "Säkerhetskopior").glob("*-kopia-*.db"))) == 1


@pytest.mark.parametrize(
    "args", [["backup", "--out"], ["report", "--out"], ["chart", "nki", "--out"]]
)
def test_a_missing_folder_for_out_is_refused_and_not_made(seeded, data_home, tmp_path, args) -> None:
    out = tmp_path / "saknas" / ("kopia.db" if args[0] == "backup" else "bild.pdf")
    result = run_cli("--db", str(seeded), *args, str(out), home=data_home)
    assert result.returncode == 2
    assert f"Fel: --out: mappen {tmp_path / 'saknas'} finns inte." in result.stderr
    assert "Säkerhetskopia sparad" not in result.stdout and "Traceback" not in result.stderr
    assert not (tmp_path / "saknas").exists()


def test_default_database_lives_in_the_data_folder(data_home) -> None:
    result = run_cli("init", "--example-data", home=data_home)
    assert result.returncode == 0
    assert (data_home / "insiktskollen.db").exists()
    listed = run_cli("actions", home=data_home)
    assert "Öppet hus" in listed.stdout


def test_help_is_swedish(data_home) -> None:
    result = run_cli("--help", home=data_home)
    assert result.returncode == 0
    assert "användning:" in result.stdout and "actions" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["import", "{dir}"], "{dir} är en mapp, ingen fil."),
        (["import-actions", "{dir}"], "{dir} är en mapp, ingen fil."),
        (["restore", "{dir}"], "{dir} är en mapp, ingen fil."),
        (["backup", "--out", "{dir}"], "--out: {dir} är en mapp, ingen fil."),
        (["import-template", "--force", "{dir}"], "{dir} är en mapp, ingen fil."),
        (["export", "{dir}"], "{dir} är en mapp, ingen fil."),
        (["report", "--out", "{dir}"], "--out: {dir} är en mapp, ingen fil."),
        (["chart", "nki", "--out", "{dir}"], "--out: {dir} är en mapp, ingen fil."),
    ],
)
def test_a_folder_given_as_a_file_is_said_to_be_a_folder(
    seeded, data_home, tmp_path, args, message
) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    before = seeded.read_bytes()
    result = run_cli("--db", str(seeded), *(a.format(dir=folder) for a in args), home=data_home)
    assert result.returncode == 2
    assert message.format(dir=folder) in result.stdout + result.stderr
    assert "finns inte" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert seeded.read_bytes() == before and list(folder.iterdir()) == []


def test_a_folder_or_an_unknown_address_as_the_database_is_refused(tmp_path, data_home) -> None:
    folder = run_cli("--db", str(tmp_path), "actions", home=data_home)
    assert folder.returncode == 2
    assert f"--db: {tmp_path} är en mapp, ingen databasfil." in folder.stderr
    assert "Is a directory" not in folder.stderr
    odd = run_cli("--db", "foo://bar", "check", home=data_home)
    assert odd.returncode == 2
    assert "”foo://bar” är ingen databasadress som programmet känner till" in odd.stderr
    assert "plugin" not in odd.stderr and "Traceback" not in odd.stderr
