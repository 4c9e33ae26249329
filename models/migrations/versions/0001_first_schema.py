"""The first schema of Insiktskollen.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 17:32:18.505689
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('action_version', sa.Integer(), nullable=True),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('survey_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group', sa.Enum('foretag', 'privatpersoner', 'totalt', name='group', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('area', sa.Enum('totalt', 'brandskydd', 'bygglov', 'markupplatelse', 'miljo_halsoskydd', 'livsmedelskontroll', 'serveringstillstand', 'receptfria_lakemedel', 'lantmateri', 'folkol_tobak', name='area', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('measure', sa.Enum('nki', 'information', 'tillganglighet', 'bemotande', 'kompetens', 'rattssakerhet', 'effektivitet', name='measure', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('answers', sa.Integer(), nullable=True),
    sa.Column('margin', sa.Float(), nullable=True),
    sa.Column('response_rate', sa.Float(), nullable=True),
    sa.Column('preliminary', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.CheckConstraint('answers IS NULL OR answers >= 0', name=op.f('ck_survey_result_answers_positive')),
    sa.CheckConstraint('margin IS NULL OR margin >= 0', name=op.f('ck_survey_result_margin_positive')),
    sa.CheckConstraint('response_rate IS NULL OR (response_rate >= 0 AND response_rate <= 100)', name=op.f('ck_survey_result_response_rate_range')),
    sa.CheckConstraint('value >= 0 AND value <= 100', name=op.f('ck_survey_result_value_range')),
    sa.CheckConstraint('year >= 2000 AND year <= 2100', name=op.f('ck_survey_result_year_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_result')),
    sa.UniqueConstraint('municipality', 'year', 'group', 'area', 'measure', name='uq_survey_result_one_value')
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_person_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('name', name=op.f('uq_person_name'))
    )
    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('ej_paborjad', 'pagar', 'klar', 'pausad', 'avbruten', name='status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('assessment', sa.Enum('gron', 'gul', 'rod', name='assessment', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('completed', sa.Date(), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('expected_effect', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('due IS NULL OR start IS NULL OR due >= start', name=op.f('ck_action_due_after_start')),
    sa.CheckConstraint('length(title) >= 1', name=op.f('ck_action_title_not_empty')),
    sa.CheckConstraint('progress >= 0 AND progress <= 100', name=op.f('ck_action_progress_range')),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_action_owner_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_action_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    op.create_table('action_area',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('area', sa.Enum('totalt', 'brandskydd', 'bygglov', 'markupplatelse', 'miljo_halsoskydd', 'livsmedelskontroll', 'serveringstillstand', 'receptfria_lakemedel', 'lantmateri', 'folkol_tobak', name='area', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_area_action_id_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'area', name=op.f('pk_action_area'))
    )
    op.create_table('action_factor',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('factor', sa.Enum('information', 'tillganglighet', 'bemotande', 'kompetens', 'rattssakerhet', 'effektivitet', name='factor', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_factor_action_id_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'factor', name=op.f('pk_action_factor'))
    )
    op.create_table('comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('ej_paborjad', 'pagar', 'klar', 'pausad', 'avbruten', name='status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('progress >= 0 AND progress <= 100', name=op.f('ck_comment_progress_range')),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_comment_action_id_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment'))
    )
    _make_change_log_append_only()
    op.create_table('milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time_span', sa.String(length=40), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_milestone_action_id_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone'))
    )


def _make_change_log_append_only() -> None:
    """The database itself refuses to edit or remove a change log row."""
    message = "Ändringsloggen kan inte ändras eller raderas."
    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER change_log_no_{event.lower()} BEFORE {event} ON change_log "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log "
            "FOR EACH ROW EXECUTE FUNCTION change_log_append_only()"
        )


def downgrade() -> None:
    op.drop_table('milestone')
    op.drop_table('comment')
    op.drop_table('action_factor')
    op.drop_table('action_area')
    op.drop_table('action')
    op.drop_table('person')
    op.drop_table('unit')
    op.drop_table('survey_result')
    op.drop_table('setting')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_at'))
        batch_op.drop_index(batch_op.f('ix_change_log_action_id'))

    op.drop_table('change_log')
