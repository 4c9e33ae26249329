"""A CSV file is one encoding throughout (models/text_encoding.py): a UTF-8 file with one
Windows-1252 row is refused with the row's number and nothing is stored (it used to go in
with the UTF-8 rows as "MÃ¤tning"), while a file that is all Windows-1252 still goes in.
Both imports: results and actions."""

from __future__ import annotations

import pytest
from importer_helpers import import_files, snapshot

from models import actions as ops
from models.action_import import import_actions
from models.codes import Area, Group, Measure
from models.errors import InputError
from models.results import ResultKey, find_result
from models.text_encoding import UTF8_MULTIBYTE, Undecodable, decide

HEADER = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Källa;Kommun\r\n"
ROWS = [
    "2023;Företag;Bygglov;NKI;72;Mätning i Borlänge;2081\r\n",
    "2023;Företag;Miljö- och hälsoskydd;NKI;70;Mätning av SKR;2081\r\n",
    "2023;Privatpersoner;Bygglov;NKI;68;Öppen mätning;2081\r\n",
]


def mixed(header: str, rows: list[str], odd: int) -> bytes:
    """The rows in UTF-8 but row `odd` (0-based, after the header) in Windows-1252."""
    return header.encode("utf-8") + b"".join(
        r.encode("cp1252" if n == odd else "utf-8") for n, r in enumerate(rows)
    )


def test_results_utf8_with_one_windows_1252_row_is_refused(borlange_db, tmp_path) -> None:
    path = tmp_path / "blandad.csv"
    path.write_bytes(mixed(HEADER, ROWS, odd=1))
    before = snapshot(borlange_db)
    result = import_files(borlange_db, path)
    assert not result.ok
    assert len(result.errors) == 1
    assert result.errors[0].startswith(
        "blandad.csv: filen blandar teckenkodningar: rad 3 är inte UTF-8 (vid byte "
    )
    assert "men rad 1 är det" in result.errors[0] and "Windows-1252" in result.errors[0]
    assert snapshot(borlange_db) == before


def test_results_all_windows_1252_still_go_in(borlange_db, tmp_path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes((HEADER + "".join(ROWS)).encode("cp1252"))
    result = import_files(borlange_db, path)
    assert result.errors == [] and result.count("ny") == 3
    with borlange_db.read() as s:
        stored = find_result(s, ResultKey("2081", 2023, Group.FORETAG, Area.MILJO_HALSOSKYDD,
                                          Measure.NKI))
    assert stored is not None and stored.source == "Mätning av SKR"


ACTION_HEADER = "Titel;Beskrivning\r\n"
ACTION_ROWS = [
    "Mätning av handläggningstid;Första åtgärden\r\n",
    "Öppet hus för företagare;Andra åtgärden\r\n",
    "Återkoppling inom två dagar;Tredje åtgärden\r\n",
]


@pytest.mark.parametrize(("odd", "bad", "good"), [(0, 2, 3), (2, 4, 2)])
def test_actions_utf8_with_one_windows_1252_row_is_refused(db, tmp_path, odd, bad, good) -> None:
    path = tmp_path / "blandad.csv"
    path.write_bytes(mixed(ACTION_HEADER, ACTION_ROWS, odd))
    with pytest.raises(InputError, match=f"^blandad.csv: filen blandar teckenkodningar: rad {bad} "
                       rf"är inte UTF-8 \(vid byte \d+\) men rad {good} är det"):
        import_actions(db, path)
    with db.read() as s:
        assert ops.list_actions(s) == []


def test_actions_all_windows_1252_still_go_in(db, tmp_path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes((ACTION_HEADER + "".join(ACTION_ROWS)).encode("cp1252"))
    preview = import_actions(db, path)
    assert preview.ok, preview.errors
    with db.read() as s:
        assert sorted(a.title for a in ops.list_actions(s)) == [
            "Mätning av handläggningstid", "Återkoppling inom två dagar",
            "Öppet hus för företagare",
        ]


def test_windows_1252_lines_are_never_utf8_text(tmp_path) -> None:
    """The rule's premise on Swedish lines as Excel saves them, and its one blind spot."""
    lines = [
        "Företag;Miljö- och hälsoskydd;”Öppet hus” – varje tisdag…;Åsa Ärlig;€ 1 204,50",
        "Privatpersoner;Överförmyndare;Återkoppling inom två dagar;Café Älven;§ 4 ½ år",
        "ÅSA ÖBERG;ÄRENDEENHETEN;Skolgård • Äldreomsorg;Örebro, Ålidhem;Ü ü É é ° ± × ÷",
    ]
    path = tmp_path / "ansi.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    assert decide(path).encoding == "cp1252"
    assert all(UTF8_MULTIBYTE.search(line.encode("cp1252")) is None for line in lines)
    # A capital Ö before an ellipsis is D6 85, valid UTF-8: such a line, with nothing else
    # outside ASCII, reads as UTF-8 text and the file as mixed.
    path.write_bytes("\r\n".join([*lines, "Projekt SJÖ…;2023"]).encode("cp1252"))
    with pytest.raises(Undecodable) as refused:
        decide(path)
    assert (refused.value.kind, refused.value.row, refused.value.other) == ("mixed", 1, 4)
