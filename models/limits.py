"""The program's limits, written once: how large a file, a row, a cell or a text may be.

Every reader (models.tabular, models.workbook_check, the Kolada JSON reader and the fetch)
and every entry check (models.action_fields, models.actions, models.people) takes its
numbers from here, and the README's section "Gränser" lists each of them with what happens
when it is crossed (tests/test_limits.py holds the two together).

Why these numbers:
- Texts fit one Excel cell (CELL_CHARS, Excel's own limit), so that an export never has
  to cut one and an import of it gives back the same text. A milestone cell of the export
  holds all of an action's milestones: MILESTONES_PER_ACTION lines of at most
  MILESTONE_LINE_CHARS fit one cell too.
- Files are read as streams and stopped where a limit is crossed, so that any input
  within the limits is read in well under 500 MB of memory: a row, a cell, a shared string
  and a Kolada page are each bounded, and so is what a file may hold in all.
"""

from __future__ import annotations

MB = 1_000_000


def grouped(number: int) -> str:
    """A limit as messages and the README write it: 32 767, 1 000 000."""
    return f"{number:,}".replace(",", " ")


# --- texts, checked where they are entered (form, command line, import) --------------------
CELL_CHARS = 32_767  # one Excel cell (Excel's limit); no stored text is longer
TITLE_CHARS = 200  # an action's title
DESCRIPTION_CHARS = 20_000  # an action's description
EXPECTED_EFFECT_CHARS = 10_000  # an action's expected effect
COMMENT_CHARS = 10_000  # a follow-up comment
MILESTONE_CHARS = 300  # a milestone's text
MILESTONE_SPAN_CHARS = 40  # a milestone's time ("15–18")
MILESTONES_PER_ACTION = 50
NAME_CHARS = 120  # a unit, a person, a comment's author
EMAIL_CHARS = 200
SOURCE_CHARS = 300  # the source of a result
KPI_TITLE_CHARS = 300  # a Kolada KPI's title in the KPI table

# A milestone as the export writes it: "2024-05-15 (15–18) text".
MILESTONE_LINE_CHARS = len("2024-05-15 () ") + MILESTONE_SPAN_CHARS + MILESTONE_CHARS

# --- files read -------------------------------------------------------------------------------
RESULTS_CSV_BYTES = 50 * MB  # a results file (.csv, .txt, .tsv)
RESULTS_WORKBOOK_BYTES = 20 * MB  # a results workbook (.xlsx, .xlsm) on disk
ACTIONS_FILE_BYTES = 20 * MB  # an actions file (.csv or .xlsx) on disk
KOLADA_FILE_BYTES = 200 * MB  # a saved Kolada response (.json)

RESULT_ROWS = 200_000  # rows of a results file (a sheet or a CSV; empty rows of a CSV not counted)
ACTION_ROWS = 5_000  # actions in one import
COLUMNS = 1_000  # cells read of a row; cells further right are not read
ROW_CHARS = 1_000_000  # one row of a CSV file
ERRORS_KEPT = 1_000  # errors of one import; reading stops after them

# --- an .xlsx file before it is opened (it is a zip of XML parts) -----------------------------
WORKBOOK_PART_BYTES = 200 * MB  # one part (a sheet) unpacked
WORKBOOK_TOTAL_BYTES = 400 * MB  # every part unpacked
WORKBOOK_RATIO = 1_000  # unpacked to packed, for a part of more than RATIO_FROM bytes
WORKBOOK_RATIO_FROM = 1 * MB
WORKBOOK_PARTS = 10_000  # files in the zip
EXCEL_ROWS = 1_048_576  # rows of one sheet, empty ones included (Excel's own limit)
SHARED_STRINGS = 300_000  # texts in the workbook's table of shared texts
SHARED_STRINGS_BYTES = 50 * MB  # that table unpacked
XML_PIECE_BYTES = 16 * MB  # one row, one shared text, or any other part, unpacked
XML_PIECE_TAGS = 250_000  # XML tags (start and end tags, each "<") in one such piece

# --- Kolada -----------------------------------------------------------------------------------
KOLADA_PAGE_BYTES = 20 * MB  # one page (one response, or one JSON document of a saved file)
KOLADA_FETCH_BYTES = 200 * MB  # every response of one fetch together
KOLADA_FETCH_SECONDS = 180  # one whole fetch, every page of it
KOLADA_READ_SECONDS = 20  # waiting for Kolada to connect or to send anything
KOLADA_PAGES = 200  # pages of one request (next_url followed)
KOLADA_VALUES = RESULT_ROWS  # values of one fetch or saved file
