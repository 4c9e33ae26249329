"""A local stand-in for Kolada: http.server on 127.0.0.1 in a thread, serving the
recorded responses in tests/fixtures/kolada, and hostile answers: a body trickled a byte at
a time, a redirect, a body without a stated length."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kolada"
DATA = "/v3/data/kpi/U07451,U07455/municipality/2081,0000"


class FakeKolada:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.trickles: dict[str, float] = {}  # path: seconds between the bytes
        self.redirects: dict[str, str] = {}  # path: Location
        self.unsized: set[str] = set()  # paths answered without Content-Length
        self.requests: list[str] = []
        self.base = ""
        self.stopping = threading.Event()

    def serve_trickle(self, path_and_query: str, every: float) -> None:
        """An answer that says it is long and sends one byte every `every` seconds."""
        self.trickles[path_and_query] = every

    def serve_redirect(self, path_and_query: str, location: str) -> None:
        self.redirects[path_and_query] = location

    def serve_file(self, path_and_query: str, name: str, status: int = 200) -> None:
        text = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)
        self.routes[path_and_query] = (status, text.encode("utf-8"))

    def serve(self, path_and_query: str, body: bytes, status: int = 200) -> None:
        self.routes[path_and_query] = (status, body)

    def serve_recorded_pages(self) -> None:
        self.serve_file(DATA, "data_page1.json")
        self.serve_file(DATA + "?page=2&per_page=4", "data_page2.json")


@contextlib.contextmanager
def fake_kolada() -> Iterator[FakeKolada]:
    fake = FakeKolada()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            fake.requests.append(self.path)
            if self.path in fake.redirects:
                self.send_response(302)
                self.send_header("Location", fake.redirects[self.path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            every = fake.trickles.get(self.path, fake.trickles.get("*"))
            if every is not None:
                self._trickle(every)
                return
            status, body = fake.routes.get(self.path, (404, b'{"error": "not found"}'))
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            if self.path not in fake.unsized:  # else the body ends where the connection does
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _trickle(self, every: float) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            try:
                self.wfile.write(b"{")
                self.wfile.flush()
                while not fake.stopping.wait(every):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except OSError:
                pass  # the client went away

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            # The program hung up mid-answer (a fetch stopped or closed, as the tests do):
            # expected here, so not printed as a traceback in the test run's output.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Handler)
    fake.base = f"http://127.0.0.1:{server.server_address[1]}/v3"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def closed_port_url() -> str:
    """An address on this machine where nothing listens: like having no network."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v3"

