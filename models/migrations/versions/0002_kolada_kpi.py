"""The Kolada KPI table: which Kolada id is which Insikt figure.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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
    table = op.create_table(
        "kolada_kpi",
        sa.Column("kpi", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("group", _enum(GROUPS, "group"), nullable=False),
        sa.Column("area", _enum(AREAS, "area"), nullable=False),
        sa.Column("measure", _enum(MEASURES, "measure"), nullable=False),
        sa.Column("probable", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("kpi", name=op.f("pk_kolada_kpi")),
    )
    # The two ids known from the domain notes; U07451 is very likely, not confirmed.
    op.bulk_insert(
        table,
        [
            {
                "kpi": "U07455",
                "title": "Företagsklimat Insikt - Livsmedelskontroll - Index",
                "group": "foretag",
                "area": "livsmedelskontroll",
                "measure": "nki",
                "probable": False,
            },
            {
                "kpi": "U07451",
                "title": "Företagsklimat Insikt - Totalt, Index",
                "group": "foretag",
                "area": "totalt",
                "measure": "nki",
                "probable": True,
            },
        ],
    )


def downgrade() -> None:
    op.drop_table("kolada_kpi")
