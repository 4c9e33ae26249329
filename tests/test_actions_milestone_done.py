"""A milestone can be marked done (with its date) and undone, logged and undoable."""

import datetime as dt

from models import actions as ops
from models import snapshots
from models.entities import Milestone
from models.steps import MarkMilestoneDone, Refs


def _milestone(db):
    with db.write() as s:
        action = ops.create_action(s, title="Öppet hus")
        return action.id, ops.add_milestone(s, action.id, "2024-05-15", "Första tillfället").id


def test_marked_done_with_today_by_default_then_not_done(db) -> None:
    _, ident = _milestone(db)
    with db.write() as s:
        ops.set_milestone_done(s, ident, True, today=dt.date(2024, 5, 16))
    with db.read() as s:
        stored = s.get(Milestone, ident)
        assert stored.done and stored.done_date == dt.date(2024, 5, 16)
    with db.write() as s:
        ops.set_milestone_done(s, ident, False)
    with db.read() as s:
        stored = s.get(Milestone, ident)
        assert not stored.done and stored.done_date is None


def test_done_is_logged_and_undone_by_its_step(db) -> None:
    action_id, ident = _milestone(db)
    refs = Refs()
    with db.read() as s:
        version = ops.get_action(s, action_id).version
    step = MarkMilestoneDone(refs.ref(action_id, version), refs.milestone_ref(ident),
                             (False, None), (True, dt.date(2024, 5, 20)))
    with db.write() as s:
        step.do(s)
    with db.read() as s:
        logged = [(e.field, e.old_value, e.new_value) for e in ops.history(s, action_id)]
        assert ("done", "nej", "ja") in logged and ("done_date", None, "2024-05-20") in logged
    with db.write() as s:
        step.undo(s)
    with db.read() as s:
        assert not s.get(Milestone, ident).done
    with db.write() as s:
        step.redo(s)
    with db.read() as s:
        assert s.get(Milestone, ident).done_date == dt.date(2024, 5, 20)


def test_a_removed_action_comes_back_with_its_done_milestone(db) -> None:
    action_id, ident = _milestone(db)
    with db.write() as s:
        ops.set_milestone_done(s, ident, True, "2024-05-15")
        snap = snapshots.snapshot(s, action_id)
        ops.delete_action(s, action_id)
        back = snapshots.restore(s, snap)
        assert [(m.done, m.done_date) for m in back.milestones] == [
            (True, dt.date(2024, 5, 15))
        ]
