"""Undo of a delete: an action restored from its snapshot is the same action again."""

from models import actions, snapshots


def test_roundtrip(borlange_db):
    db = borlange_db
    with db.write() as s:
        a = actions.list_actions(s)[0]
        aid = a.id
        actions.update_action(s, aid, None, owner="Anna", unit="Bygglov", due="2024-06-01", assessment="gul")
        actions.add_comment(s, aid, "Hej", status="pagar", progress=30)
    with db.read() as s:
        snap = snapshots.snapshot(s, aid)
    with db.write() as s:
        actions.delete_action(s, aid)
    with db.write() as s:
        new = snapshots.restore(s, snap)
        nid = new.id
    with db.read() as s:
        assert snapshots.snapshot(s, nid) == snap
        assert actions.last_change_id(s) > 0


def test_delete_comment_is_logged(borlange_db):
    db = borlange_db
    with db.write() as s:
        aid = actions.list_actions(s)[0].id
        cid = actions.add_comment(s, aid, "Första uppföljningen").id
    with db.write() as s:
        snapshots.delete_comment(s, cid)
    with db.read() as s:
        assert actions.get_action(s, aid, full=True).comments == []
        kinds = [(e.entity, e.operation) for e in actions.history(s, aid)]
        assert kinds[0] == ("comment", "delete")


def test_removed_milestone_is_in_the_actions_history(borlange_db):
    db = borlange_db
    with db.write() as s:
        action = next(a for a in actions.list_actions(s) if a.title == "Öppet hus")
        aid, version, mid = action.id, action.version, action.milestones[0].id
    with db.write() as s:
        actions.delete_milestone(s, mid)
    with db.read() as s:
        entry = actions.history(s, aid)[0]
        assert (entry.entity, entry.operation, entry.old_value) == (
            "milestone", "delete", "Nästa öppet hus"
        )
        after = actions.get_action(s, aid)
        assert after.milestones == [] and after.version == version + 1
