"""Milestones can be done: `milestone.done` (a yes/no, no for every existing milestone)
and `milestone.done_date` (the day it was done, empty while it is not).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("milestone") as batch:
        batch.add_column(
            sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("done_date", sa.Date(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_milestone_done_date_when_done"), "done OR done_date IS NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("milestone") as batch:
        batch.drop_constraint(op.f("ck_milestone_done_date_when_done"), type_="check")
        batch.drop_column("done_date")
        batch.drop_column("done")
