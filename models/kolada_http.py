"""Kolada's pages over HTTP, within limits (models/limits.py): only the standard library.

A fetch has one `Budget`: a deadline for the whole of it (every request and page), and a
number of bytes it may read in all; each response may be at most KOLADA_PAGE_BYTES. The
socket's timeout is per read, so a server that sends a byte every few seconds would never
time out on its own: the body is read a piece at a time, and the deadline and the sizes
are checked between the pieces.

Each request runs in a daemon thread of its own while the caller waits in short steps,
telling `progress` (whose Cancelled stops the fetch: the window's Avbryt, or the window
closing) and watching the deadline. So the fetch stops within a fraction of a second
whatever the server does, and a request left behind (still waiting on its socket) never
keeps the program from ending; it stops at its next read.

Redirects are followed only to the same host, over http or https: a redirect elsewhere is
refused, so that another server's data is never taken for Kolada's. next_url likewise.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from models import limits, ranges
from models.errors import InsiktError
from models.progress import Progress

TIMEOUT_S = float(limits.KOLADA_READ_SECONDS)
MAX_PAGES = limits.KOLADA_PAGES
USER_AGENT = "Insiktskollen/0.1 (+https://api.kolada.se)"
_PIECE = 64 * 1024
_STEP_S = 0.1  # how often the caller looks at the deadline and at Avbryt while it waits

T = TypeVar("T")
Opener = Callable[[urllib.request.Request, float], Any]


class KoladaUnavailable(InsiktError):
    """Kolada could not be reached or answered with something else than data."""

    exit_code = 1


NOTHING_CHANGED = "hämtningen avbröts och inget har ändrats."


class _SameHost(urllib.request.HTTPRedirectHandler):
    """Redirects within the host asked, over http or https; any other is refused."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        asked = urllib.parse.urlsplit(req.full_url)
        told = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl))
        if told.scheme not in ("http", "https") or (told.hostname or "").lower() != (
            asked.hostname or ""
        ).lower():
            raise KoladaUnavailable(
                f"Kolada ({asked.netloc}) hänvisade vidare till en annan server "
                f"({told.netloc[:80] or told.scheme[:20]}); {NOTHING_CHANGED}"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_SameHost)


def default_open(request: urllib.request.Request, timeout: float) -> Any:
    return _OPENER.open(request, timeout=timeout)


@dataclass
class Budget:
    """What one fetch may still spend: time (a deadline) and bytes."""

    seconds: float = float(limits.KOLADA_FETCH_SECONDS)
    bytes_left: int = field(default_factory=lambda: limits.KOLADA_FETCH_BYTES)
    deadline: float = field(init=False)
    stop: threading.Event = field(default_factory=threading.Event, init=False)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def check_time(self, host: str) -> None:
        if time.monotonic() > self.deadline:
            raise KoladaUnavailable(
                f"Kolada ({host}) svarade för långsamt: hämtningen tog mer än "
                f"{self.seconds:g} sekunder och avbröts. Inget har ändrats. Försök igen "
                "senare, eller hämta färre nyckeltal eller kommuner åt gången."
            )


def pages(url: str, opener: Opener, timeout: float, budget: Budget,
          progress: Progress | None = None, done: int = 0) -> Iterator[Any]:
    """Every page from `url` on, following next_url; KoladaUnavailable if it fails.

    `progress` hears the pages fetched so far (`done` before these; the total unknown).
    """
    visited: set[str] = set()
    host = urllib.parse.urlsplit(url).netloc
    next_url: str | None = url
    count = 0
    while next_url:
        if next_url in visited or count >= MAX_PAGES:
            raise KoladaUnavailable(
                f"Kolada skickade fler än {MAX_PAGES} sidor eller samma sida två gånger; "
                f"{NOTHING_CHANGED}"
            )
        parts = urllib.parse.urlsplit(next_url)
        if parts.scheme not in ("http", "https"):
            raise KoladaUnavailable(
                f"Kolada angav en ogiltig nästa sida (”{next_url[:80]}”); {NOTHING_CHANGED}"
            )
        if parts.netloc != host:
            raise KoladaUnavailable(
                f"Kolada hänvisade till en annan server ({parts.netloc[:80]}); {NOTHING_CHANGED}"
            )
        visited.add(next_url)
        if progress is not None:
            progress(done + count, 0)
        page = _get_json(next_url, opener, timeout, budget, progress, done + count)
        count += 1
        yield page
        link = page.get("next_url") if isinstance(page, dict) else None
        next_url = link if isinstance(link, str) and link else None


def _get_json(url: str, opener: Opener, timeout: float, budget: Budget,
              progress: Progress | None, done: int) -> Any:
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
    )
    host = urllib.parse.urlsplit(url).netloc

    def fetch() -> bytes:
        try:
            with opener(request, timeout) as response:
                return _body(response, budget, host)
        except urllib.error.HTTPError as exc:
            raise KoladaUnavailable(
                f"Kolada ({host}) svarade med fel {exc.code} ({exc.reason}). Inget har ändrats."
            ) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise KoladaUnavailable(
                f"Kolada ({host}) kan inte nås: {reason}. Kontrollera nätverket eller adressen "
                "i inställningarna. Inget har ändrats."
            ) from None

    body = _waited(fetch, budget, progress, done, host)
    try:
        return json.loads(body.decode("utf-8-sig"), parse_int=ranges.json_int)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise KoladaUnavailable(
            f"Kolada ({host}) svarade inte med JSON; adressen kan vara fel. Inget har ändrats."
        ) from None
    except ValueError as exc:  # from ranges.json_int: a number of hundreds of digits
        raise KoladaUnavailable(f"Kolada ({host}) svarade med {exc}; inget har ändrats.") from None


class _Abandoned(Exception):  # noqa: N818 (not an error: nobody waits for this request)
    """The fetch has stopped; the request left behind ends at its next read."""


def _body(response: Any, budget: Budget, host: str) -> bytes:
    """The response's body, a piece at a time, within the time and the sizes."""
    most = min(limits.KOLADA_PAGE_BYTES, budget.bytes_left)
    stated = response.headers.get("Content-Length") if hasattr(response, "headers") else None
    if stated is not None and stated.strip().isdigit() and int(stated) > most:
        raise _too_big(host, most)
    read = getattr(response, "read1", None) or response.read
    pieces: list[bytes] = []
    size = 0
    while True:
        if budget.stop.is_set():
            raise _Abandoned
        budget.check_time(host)
        piece = read(_PIECE)
        if not piece:
            break
        size += len(piece)
        if size > most:
            raise _too_big(host, most)
        pieces.append(piece)
    budget.bytes_left -= size
    return b"".join(pieces)


def _too_big(host: str, most: int) -> KoladaUnavailable:
    if most < limits.KOLADA_PAGE_BYTES:
        what = f"mer än {_size(limits.KOLADA_FETCH_BYTES)} i alla svar tillsammans"
    else:
        what = f"ett svar större än {_size(limits.KOLADA_PAGE_BYTES)}"
    return KoladaUnavailable(f"Kolada ({host}) skickade {what}; {NOTHING_CHANGED}")


def _size(size: int) -> str:
    if size % limits.MB == 0:
        return f"{size // limits.MB} MB"
    return f"{limits.grouped(size)} byte"


def _waited(work: Callable[[], T], budget: Budget, progress: Progress | None, done: int,
            host: str) -> T:
    """`work` in a daemon thread, waited for in short steps (see the module's text)."""
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller, whatever it is
            outcome["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=run, name="kolada-request", daemon=True).start()
    try:
        while not finished.wait(_STEP_S):
            if progress is not None:
                progress(done, 0)  # Cancelled when the user stops the fetch
            budget.check_time(host)
    except BaseException:
        budget.stop.set()
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]
