"""Targets (mål); when a preliminary value was read; municipality groups as comparisons.

- a new table `target`: a value per measure, customer group, area and year;
- `survey_result.preliminary_as_of` (a date, empty for final values);
- `survey_result.municipality` widened from 4 to 12 characters, so that a Kolada
  municipality group ("G124018") can be stored as a comparison series.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GROUPS = ("foretag", "privatpersoner", "totalt")
AREAS = (
    "totalt", "brandskydd", "bygglov", "markupplatelse", "miljo_halsoskydd",
    "livsmedelskontroll", "serveringstillstand", "receptfria_lakemedel", "lantmateri",
    "folkol_tobak",
)
MEASURES = (
    "nki", "information", "tillganglighet", "bemotande", "kompetens", "rattssakerhet",
    "effektivitet",
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure", _enum(MEASURES, "measure"), nullable=False),
        sa.Column("group", _enum(GROUPS, "group"), nullable=False),
        sa.Column("area", _enum(AREAS, "area"), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.CheckConstraint("value >= 0 AND value <= 100", name=op.f("ck_target_value_range")),
        sa.CheckConstraint("year >= 2000 AND year <= 2100", name=op.f("ck_target_year_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("measure", "group", "area", "year", name="uq_target_one_value"),
    )
    with op.batch_alter_table("survey_result") as batch:
        batch.add_column(sa.Column("preliminary_as_of", sa.Date(), nullable=True))
        batch.alter_column(
            "municipality",
            existing_type=sa.String(length=4),
            type_=sa.String(length=12),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_result") as batch:
        batch.alter_column(
            "municipality",
            existing_type=sa.String(length=12),
            type_=sa.String(length=4),
            existing_nullable=False,
        )
        batch.drop_column("preliminary_as_of")
    op.drop_table("target")
