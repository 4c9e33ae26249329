"""models.results.has_results: whether a municipality has any result (the chart's comparison)."""

from models.results import RIKET, has_results


def test_has_results_for_the_own_municipality_only(borlange_db) -> None:
    with borlange_db.read() as session:
        assert has_results(session, "2081")
        assert not has_results(session, RIKET)
        assert not has_results(session, "1234")


def test_an_empty_database_has_no_results(db) -> None:
    with db.read() as session:
        assert not has_results(session, "2081")
