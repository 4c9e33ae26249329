"""A local stand-in for Kolada: http.server on 127.0.0.1 in a thread, serving the
recorded responses in tests/fixtures/kolada."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kolada"
DATA = "/v3/data/kpi/U07451,U07455/municipality/2081,0000"


class FakeKolada:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.requests: list[str] = []
        self.base = ""

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
            status, body = fake.routes.get(self.path, (404, b'{"error": "not found"}'))
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.base = f"http://127.0.0.1:{server.server_address[1]}/v3"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
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
