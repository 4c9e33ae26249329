"""Empty templates to fill in: CSV as Swedish Excel opens it, and an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from models.atomic import write_whole
from models.codes import Area, Group, Measure
from models.errors import InputError
from models.importers.table import HEADER, TEMPLATE_FIELDS

HELP_ROWS = (
    ("År", "Mätåret, t.ex. 2024 (resultaten publiceras i april året efter)."),
    ("Kundgrupp", ", ".join(g.label for g in Group)),
    ("Myndighetsområde", ", ".join(a.label for a in Area)),
    ("Mått", ", ".join(m.label for m in Measure)),
    ("Värde", "Index 0–100, med decimalkomma eller decimalpunkt (72,5)."),
    ("Antal svar", "Heltal; tomt = okänt (det som redan finns sparat behålls)."),
    ("Felmarginal", "± i indexenheter om den är känd; tomt = okänd."),
    ("Preliminär", "ja eller nej; tomt = nej."),
    (
        "Preliminär per",
        "Datumet då ett preliminärt värde lästes av, t.ex. 2024-04-24; tomt = okänt "
        "(eller det sparade, om värdet är detsamma).",
    ),
    ("Källa", "Varifrån siffran kommer; tomt = behåll den sparade."),
    (
        "Kommun",
        "Kommunkod med fyra siffror (Borlänge 2081, Riket 0000) eller kommungrupp i Kolada "
        "(G124018); tomt = egen kommun.",
    ),
)


def save_template(path: Path) -> Path:
    """An empty template with the header row; .xlsx or .csv by the file name."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            _save_xlsx(path)
        elif suffix in (".csv", ".txt"):
            header = ";".join(HEADER[n] for n in TEMPLATE_FIELDS)
            # utf-8-sig and ';': how Swedish Excel recognises a CSV file on opening.
            write_whole(
                path, lambda part: part.write_text(header + "\r\n", encoding="utf-8-sig", newline="")
            )
        else:
            raise InputError(f"{path.name}: mallen sparas som .csv eller .xlsx, inte ”{suffix}”.")
    except OSError as exc:
        raise InputError(f"Mallen kunde inte sparas i {path}: {exc.strerror or exc}.") from None
    return path


def _save_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Resultat"
    sheet.append([HEADER[n] for n in TEMPLATE_FIELDS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip(
        "ABCDEFGHIJK", (8, 16, 26, 16, 9, 11, 12, 11, 15, 30, 9), strict=True
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    help_sheet = book.create_sheet("Förklaring")
    help_sheet.append(["Kolumn", "Vad som skrivs"])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for row in HELP_ROWS:
        help_sheet.append(list(row))
    help_sheet.column_dimensions["A"].width = 18
    help_sheet.column_dimensions["B"].width = 110
    write_whole(path, book.save)
