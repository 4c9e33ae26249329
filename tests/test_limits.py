"""The README's section "Gränser" lists every limit of models/limits.py with its number."""

from __future__ import annotations

from pathlib import Path

from models import limits

ROOT = Path(__file__).resolve().parent.parent

# How the README writes a limit where its number alone is not the text.
WRITTEN = {
    "MB": None,  # a unit, not a limit
    "MILESTONE_LINE_CHARS": None,  # derived from the two milestone limits
    "KOLADA_VALUES": "200 000 värden",
    "WORKBOOK_RATIO_FROM": "över 1 MB",
}


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Gränser")
    return text[start : text.index("\n## ", start + 1)]


def _written(name: str, value: int) -> str:
    if value >= limits.MB and value % limits.MB == 0 and name.endswith("BYTES"):
        return f"{value // limits.MB} MB"
    if name.endswith("SECONDS"):
        return f"{value} sekunder"
    return limits.grouped(value)


def test_every_limit_is_in_the_readme() -> None:
    section = _section()
    missing = []
    for name, value in vars(limits).items():
        if not name.isupper() or not isinstance(value, int):
            continue
        text = WRITTEN.get(name, _written(name, value))
        if text is not None and text not in section:
            missing.append(f"{name}: {text}")
    assert not missing, "README ## Gränser saknar " + ", ".join(missing)


def test_texts_fit_one_excel_cell() -> None:
    for name in ("TITLE_CHARS", "DESCRIPTION_CHARS", "EXPECTED_EFFECT_CHARS", "COMMENT_CHARS",
                 "NAME_CHARS", "EMAIL_CHARS", "SOURCE_CHARS", "KPI_TITLE_CHARS"):
        assert getattr(limits, name) <= limits.CELL_CHARS, name
    assert limits.MILESTONES_PER_ACTION * (limits.MILESTONE_LINE_CHARS + 1) <= limits.CELL_CHARS
