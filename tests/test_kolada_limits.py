"""Kolada within limits (issue 13, finding 10; models/kolada_http.py): a server that
trickles a byte every few seconds is stopped at the fetch's deadline, a stop is heard at
once, no response or fetch is read past its size, and a redirect to another host is
refused, so that its data is never taken for Kolada's. Against local servers."""

from __future__ import annotations

import time

import pytest
from kolada_server import DATA, fake_kolada

from models import kolada, limits
from models.progress import Cancelled

PAGE = b'{"values": [], "count": 0, "next_url": null}'


def _plan(db, base: str) -> kolada.FetchPlan:
    with db.read() as s:
        return kolada.plan_fetch(s, base_url=base)


@pytest.mark.parametrize("every", [0.2, 60.0], ids=["trickle", "silent"])
def test_a_slow_server_is_stopped_at_the_deadline(borlange_db, every) -> None:
    """One byte every 0.2 s never lets a socket time out; nothing at all would take the
    socket's own 20 s. Either way the fetch ends at its deadline."""
    with fake_kolada() as server:
        server.serve_trickle(DATA, every)
        plan = _plan(borlange_db, server.base)
        began = time.monotonic()
        with pytest.raises(kolada.KoladaUnavailable) as stopped:
            kolada.fetch(plan, seconds=1.0)
        took = time.monotonic() - began
    assert stopped.value.message.startswith(
        f"Kolada ({server.base[7:-3]}) svarade för långsamt: hämtningen tog mer än 1 sekunder"
    )
    assert "Inget har ändrats" in stopped.value.message
    assert took < 3.0


def test_a_stop_is_heard_while_the_server_trickles(borlange_db) -> None:
    began = time.monotonic()

    def progress(done: int, total: int) -> None:
        if time.monotonic() - began > 0.5:
            raise Cancelled

    with fake_kolada() as server:
        server.serve_trickle(DATA, 5.0)
        plan = _plan(borlange_db, server.base)
        with pytest.raises(Cancelled):
            kolada.fetch(plan, progress=progress)
        took = time.monotonic() - began
    assert took < 1.5


@pytest.mark.parametrize("sized", [True, False], ids=["stated", "unstated"])
def test_a_response_larger_than_a_page_may_be_is_not_read(borlange_db, sized) -> None:
    body = b'{"values": [], "pad": "' + b"x" * limits.KOLADA_PAGE_BYTES + b'"}'
    with fake_kolada() as server:
        server.serve(DATA, body)
        if not sized:
            server.unsized.add(DATA)
        plan = _plan(borlange_db, server.base)
        with pytest.raises(kolada.KoladaUnavailable, match="skickade ett svar större än 20 MB;"):
            kolada.fetch(plan)


def test_all_responses_together_are_capped(borlange_db, monkeypatch) -> None:
    with fake_kolada() as server:
        first = PAGE.replace(b"null", f'"{server.base}{DATA[3:]}?page=2"'.encode())
        monkeypatch.setattr(limits, "KOLADA_FETCH_BYTES", len(first) + len(PAGE) // 2)
        server.serve(DATA, first)
        server.serve(DATA + "?page=2", PAGE)
        plan = _plan(borlange_db, server.base)
        with pytest.raises(kolada.KoladaUnavailable, match="i alla svar tillsammans; hämtningen"):
            kolada.fetch(plan)


def test_a_redirect_is_followed_only_on_the_same_host(borlange_db) -> None:
    with fake_kolada() as server:
        server.serve_recorded_pages()
        elsewhere = server.base.replace("127.0.0.1", "localhost")
        server.serve_redirect("/v3/old" + DATA[3:], DATA)  # the same host: followed
        server.serve_redirect("/v3/away" + DATA[3:], elsewhere + DATA[3:])
        parsed = kolada.fetch(_plan(borlange_db, server.base + "/old"))
        assert len(parsed.rows) == 6 and parsed.errors == []
        served = len(server.requests)
        with pytest.raises(kolada.KoladaUnavailable) as refused:
            kolada.fetch(_plan(borlange_db, server.base + "/away"))
        assert len(server.requests) == served + 1  # the other host was never asked
    assert refused.value.message == (
        f"Kolada ({server.base[7:-3]}) hänvisade vidare till en annan server "
        f"({elsewhere[7:-3]}); hämtningen avbröts och inget har ändrats."
    )
