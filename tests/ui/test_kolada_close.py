"""Closing the window while a Kolada fetch runs ends the program promptly (issue 13,
finding 10): the fetch kept the process alive after quitting, reading a server that sent
one byte every five seconds. The program runs in a subprocess against a local server that
trickles; the fetch is started, the window closed (or the program told to quit), and the
process must be gone within a few seconds, not at the fetch's deadline of minutes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests import forkserver
from tests.kolada_server import fake_kolada

SCRIPT = Path(__file__).with_name("kolada_close_script.py")
PROMPTLY_S = 5.0


@pytest.mark.parametrize("how", ["close", "quit"])
def test_closing_during_a_trickling_fetch_ends_the_program(data_home, how) -> None:
    env = {
        **os.environ,
        "INSIKTSKOLLEN_NO_VENV": "1",
        "INSIKTSKOLLEN_HOME": str(data_home),
        "INSIKTSKOLLEN_SELFTEST": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    with fake_kolada() as server:
        server.serve_trickle("*", 5.0)
        result = forkserver.run(SCRIPT, [server.base, how], env, timeout=120)
        ended = time.time()
        asked = list(server.requests)
    lines = result.stdout.splitlines()
    assert asked and asked[0].startswith("/v3/data/kpi/"), (asked, result.stdout, result.stderr)
    closing = [line for line in lines if line.startswith("STÄNGER ")]
    assert closing, (result.stdout, result.stderr)
    assert "HÄMTNINGEN ÄR INTE IGÅNG" not in lines
    assert ended - float(closing[0].split()[1]) < PROMPTLY_S, result.stdout
    assert "SLUT" in lines and result.returncode == 0, result.stderr
    if how == "close":
        assert "DIALOGEN STÄNGD" in lines
