"""Messages: at most about 80 characters of any input value quoted, control characters and
terminal escapes shown escaped on the command line, no "−0", and plain Swedish where a
file cannot be written."""

from __future__ import annotations

import pytest

from charts.style import number, signed
from models import actions as ops
from models.action_fields import FIELD
from models.codes import Status
from models.effect import number_text as effect_number
from models.errors import InputError
from models.results import check_values
from models.words import QUOTE_LIMIT, printable, quoted
from tests.conftest import run_cli
from tests.test_action_import import row, write_csv

HUGE = "Å" * 1_000_000


def test_quoted_values_are_cut_and_escaped() -> None:
    assert quoted("kort") == "”kort”"
    long = quoted(HUGE)
    assert len(long) < QUOTE_LIMIT + 40 and long.endswith("… (1000000 tecken)”")
    assert quoted("a\x1b[2Jb\x07\r") == "”a\\x1b[2Jb\\x07\\r”"
    assert printable("rad ett\nrad två", keep_newlines=True) == "rad ett\nrad två"
    assert printable("\u202eevil") == "\\u202eevil"


@pytest.mark.parametrize(
    "check",
    [
        lambda: Status.parse(HUGE),
        lambda: check_values(HUGE),
        lambda: check_values(70, preliminary=HUGE),
        lambda: check_values(70, preliminary=True, preliminary_as_of=HUGE),
        lambda: FIELD["progress"].parse(HUGE),
    ],
    ids=["kod", "värde", "preliminär", "preliminär-per", "framsteg"],
)
def test_a_huge_value_gives_a_short_message(check) -> None:
    with pytest.raises((InputError, ValueError)) as caught:
        check()
    assert len(str(caught.value)) < 400


def test_the_command_line_quotes_little_of_a_huge_argument(borlange_db, db_path, data_home):  # type: ignore[no-untyped-def]
    borlange_db.dispose()
    big = "x" * 200_000
    for command in (
        ["actions", "add", "--title", "Ny", "--status", big],
        ["actions", "update", "1", "--progress", big],
        ["chart", "nki", "--out", "nki.png", "--years", big],
    ):
        done = run_cli("--db", str(db_path), *command, home=data_home)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr) < 600, command


def test_control_characters_in_titles_are_shown_escaped(borlange_db, db_path, data_home, tmp_path):  # type: ignore[no-untyped-def]
    hostile = "Ond\x1b[2J\x1b]0;titel\x07 åtgärd\r"
    with borlange_db.write() as session:
        action = ops.create_action(session, title="Tillfällig", description="rad 1\nrad 2\x1b[31m")
        action.title = hostile  # as another program or an older version could have stored it
    borlange_db.dispose()
    listed = run_cli("--db", str(db_path), "actions", home=data_home)
    shown = run_cli("--db", str(db_path), "actions", "show", str(action.id), home=data_home)
    for done in (listed, shown):
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\r" not in done.stdout
        assert "Ond\\x1b[2J\\x1b]0;titel\\x07 åtgärd\\r" in done.stdout
    assert "rad 1\n" in shown.stdout and "rad 2\\x1b[31m" in shown.stdout
    path = tmp_path / "import.csv"
    write_csv(path, [row(title="Från fil\x1b[5m", status="\x1b[31mpågår")])
    preview = run_cli("--db", str(db_path), "import-actions", str(path), "--dry-run",
                      home=data_home)
    assert "\x1b" not in preview.stdout + preview.stderr
    assert "\\x1b[" in preview.stdout


def test_a_change_of_minus_nought_is_shown_as_nought() -> None:
    assert effect_number(-0.04) == "0"
    assert number(-0.3) == "0" and number(-0.04, 1) == "0,0"
    assert signed(-0.04) == "±0,0" and signed(-0.3) == "−0,3" and signed(2) == "+2"


def test_writing_where_a_folder_cannot_be_made_is_said_plainly(borlange_db, db_path, data_home, tmp_path):  # type: ignore[no-untyped-def]
    borlange_db.dispose()
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    base = ("--db", str(db_path))
    cases = [
        (["backup", "--out", str(blocker / "kopia.db")], f"--out: {blocker} är en fil, ingen mapp."),
        (["export", str(blocker / "x.xlsx")], "Mappen"),
        (["chart", "nki", "--out", str(blocker / "x.png")], f"--out: {blocker} är en fil, ingen mapp."),
        (["import-template", str(blocker / "mall.xlsx")], "kunde inte sparas"),
    ]
    for command, says in cases:
        done = run_cli(*base, *command, home=data_home)
        assert done.returncode in (1, 2), (command, done.stderr)
        assert says in done.stderr, (command, done.stderr)
        assert "oväntat" not in done.stderr and "Errno" not in done.stderr
        assert "File exists" not in done.stderr and "Not a directory" not in done.stderr
