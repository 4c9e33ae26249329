"""A script run in its own process, forked from a warm interpreter: the tests' many
`main.py` runs without importing SQLAlchemy, Alembic, openpyxl and matplotlib each time.

A command-line run costs about 0.9 s of processor time here, 0.7 s of it imports; the
suite makes a few hundred. The server (a separate interpreter, `python forkserver.py
SOCKET`) imports those third-party libraries, then the program's own modules that never
load Qt (models/, charts/, ui/cli/; not the migrations, which Alembic runs itself), with
no INSIKTSKOLLEN_ setting in its environment. A child whose run sets one the program may
read as a module loads (any but `_READ_WHEN_USED`: INSIKTSKOLLEN_BUSY_TIMEOUT is read by
models.db as it loads), or whose script lies outside this checkout, forgets those modules
and imports them afresh. For each run it forks a supervisor, which forks the child and
reports the child's pid and exit status on the run's own connection. The child gets the
run's environment, working directory, argv and stdin/stdout/stderr, runs the script as
`__main__` (as `python script.py` does), then the interpreter's own exit steps
(non-daemon threads, atexit, flushing) and exits with the script's code.

`run()` stands in for `subprocess.run([python, script, *args], capture_output=True,
text=True, encoding="utf-8", …)`, `popen()` for `subprocess.Popen` with stdout and stderr
piped (the part of Popen the tests use). Both fall back to exactly those on Windows and macOS
(no safe fork), with INSIKTSKOLLEN_TEST_NO_FORK=1, when a PYTHON* variable of the run differs from the server's (it would
change the interpreter itself), and when the server cannot be started.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Third-party modules the children use; the program's own are never preloaded.
PRELOAD = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",
    "alembic.command",
    "alembic.runtime.migration",
    "alembic.operations",
    "openpyxl",
    "psycopg",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_svg",
)
# The program's own modules, imported in the server after the libraries: every module in
# these folders but the migrations (Alembic loads those itself). Never ui/window (Qt).
ROOT = Path(__file__).resolve().parent.parent
OWN_FOLDERS = ("models", "charts", "ui/cli")
_OWN_SKIPPED = ("models/migrations",)
_OWN_TOP = ("models", "charts", "ui")
# INSIKTSKOLLEN_ settings that no module reads as it loads (the program reads these two when
# it uses them; the last two are the tests' own). A run with any other one imports the
# program's modules afresh, as `python main.py` would.
_READ_WHEN_USED = ("INSIKTSKOLLEN_HOME", "INSIKTSKOLLEN_NO_VENV", "INSIKTSKOLLEN_PG_BIN",
                   "INSIKTSKOLLEN_TEST_NO_FORK")
# Interpreter settings a child could not change after the fork (PYTHONIOENCODING can).
_INTERPRETER_VARIABLES = ("PYTHONPATH", "PYTHONHASHSEED", "PYTHONUTF8", "PYTHONSAFEPATH",
                          "PYTHONNOUSERSITE", "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONHOME",
                          "PYTHONSTARTUP", "PYTHONOPTIMIZE", "PYTHONPLATLIBDIR")


def _interpreter_settings(env: dict[str, str]) -> dict[str, str | None]:
    return {name: env.get(name) or None for name in _INTERPRETER_VARIABLES}


# --- the test side ---------------------------------------------------------------------


class Server:
    """A fork server started with `env` (the test process's environment unless given)."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        given = dict(os.environ) if env is None else env
        self.folder = Path(tempfile.mkdtemp(prefix="insikt-fork-"))
        self.address = str(self.folder / "s")
        self.settings = _interpreter_settings(given)
        # Started from within some test: none of that test's settings for the program.
        env = {k: v for k, v in given.items() if not k.startswith("INSIKTSKOLLEN_")}
        self.process = subprocess.Popen(
            [sys.executable, __file__, self.address],
            stdin=subprocess.DEVNULL,
            env={**env, "OPENBLAS_NUM_THREADS": "1"},  # no BLAS threads to fork
        )
        deadline = time.monotonic() + 60
        while not os.path.exists(self.address):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("forkserver did not start")
            time.sleep(0.02)
        atexit.register(self.stop)

    def stop(self) -> None:
        atexit.unregister(self.stop)
        self.process.terminate()
        self.process.wait()
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()


_server: Server | None = None
_broken = False


def _get_server() -> Server | None:
    global _server, _broken
    if _server is None and not _broken:
        try:
            _server = Server()
        except (OSError, RuntimeError):
            _broken = True
    return _server


def _forking() -> bool:
    return sys.platform == "linux" and os.environ.get("INSIKTSKOLLEN_TEST_NO_FORK") != "1"


def _usable_server(env: dict[str, str], own: Server | None = None) -> Server | None:
    server = own or (_get_server() if _forking() else None)
    if server is None or _interpreter_settings(env) != server.settings:
        return None
    return server


@contextlib.contextmanager
def own_server(env: dict[str, str]) -> Iterator[Server | None]:
    """A fork server of its own, started with `env`: its libraries and the program's modules
    are imported under that environment (a `sitecustomize` on its PYTHONPATH included), and
    `run(…, server=…)` forks its children from it. None where forking is off or the server
    does not start; `run` then starts the script afresh, as without a server."""
    server = None
    if _forking():
        with contextlib.suppress(OSError, RuntimeError):
            server = Server(env)
    try:
        yield server
    finally:
        if server is not None:
            server.stop()


def run(
    script: Path,
    args: list[str],
    env: dict[str, str],
    *,
    cwd: Path | None = None,
    input: str | None = None,
    timeout: float,
    server: Server | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python script *args` in a new process, its output captured as UTF-8 text (forked
    from `server`, one of `own_server`, if given; else from the shared one)."""
    command = [sys.executable, str(script), *args]
    server = _usable_server(env, server)
    if server is None:
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                              env=env, cwd=cwd, input=input, timeout=timeout)
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout, \
            tempfile.TemporaryFile() as stderr:
        if input is not None:
            stdin.write(input.encode("utf-8"))
            stdin.seek(0)
        request = {"script": str(script), "args": args, "env": env,
                   "cwd": str(cwd or os.getcwd())}
        code = _ask(server, request, [stdin.fileno(), stdout.fileno(), stderr.fileno()],
                    command, timeout)
        out, err = (_read(f) for f in (stdout, stderr))
    return subprocess.CompletedProcess(command, code, out, err)


class Forked:
    """A running child of the fork server, with the part of `subprocess.Popen` the tests
    use: `pid`, `stdout` and `stderr` (text pipes), `send_signal`, `kill`, `wait`,
    `communicate` and `returncode`."""

    def __init__(self, server: Server, script: Path, args: list[str],
                 env: dict[str, str]) -> None:
        self.args = [sys.executable, str(script), *args]
        self.returncode: int | None = None
        out_read, out_write = os.pipe()
        err_read, err_write = os.pipe()
        request = {"script": str(script), "args": args, "env": env, "cwd": os.getcwd()}
        self._conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with open(os.devnull, "rb") as stdin:
            self._conn.connect(server.address)
            socket.send_fds(self._conn, [json.dumps(request).encode("utf-8")],
                            [stdin.fileno(), out_write, err_write])
        os.close(out_write)
        os.close(err_write)
        self._conn.shutdown(socket.SHUT_WR)
        self._reader = self._conn.makefile("r", encoding="utf-8")
        self.pid = int(self._reader.readline())
        self.stdout = open(out_read, encoding="utf-8")  # noqa: SIM115
        self.stderr = open(err_read, encoding="utf-8")  # noqa: SIM115

    def send_signal(self, number: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, number)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            self._conn.settimeout(timeout)
            try:
                self.returncode = int(self._reader.readline())
            except TimeoutError as exc:
                raise subprocess.TimeoutExpired(self.args, timeout or 0) from exc
            self._reader.close()
            self._conn.close()
        return self.returncode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """The rest of stdout and stderr once the child has ended (both read at once, so
        neither pipe can fill up and stall it)."""
        texts: dict[str, str] = {}
        readers = [
            threading.Thread(target=lambda n=name: texts.__setitem__(n, getattr(self, n).read()),
                             daemon=True)
            for name in ("stdout", "stderr")
        ]
        for reader in readers:
            reader.start()
        deadline = None if timeout is None else time.monotonic() + timeout
        for reader in readers:
            reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if reader.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
        self.stdout.close()
        self.stderr.close()
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return texts["stdout"], texts["stderr"]


def popen(script: Path, args: list[str], env: dict[str, str]) -> Forked | subprocess.Popen[str]:
    """`python script *args` started in a new process, stdout and stderr piped as text."""
    server = _usable_server(env)
    if server is None:
        return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    return Forked(server, script, args, env)


def _read(file: Any) -> str:
    file.seek(0)
    return file.read().decode("utf-8", errors="replace")


def _ask(server: Server, request: dict[str, Any], fds: list[int], command: list[str],
         timeout: float) -> int:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.connect(server.address)
        socket.send_fds(conn, [json.dumps(request).encode("utf-8")], fds)
        conn.shutdown(socket.SHUT_WR)
        conn.settimeout(timeout)
        reader = conn.makefile("r", encoding="utf-8")
        pid = None
        try:
            pid = int(reader.readline())
            return int(reader.readline())
        except TimeoutError as exc:
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
            raise subprocess.TimeoutExpired(command, timeout) from exc


# --- the server side -------------------------------------------------------------------


def _own_modules() -> list[str]:
    names = []
    for folder in OWN_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).with_suffix("")
            if any(relative.is_relative_to(skipped) for skipped in _OWN_SKIPPED):
                continue
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            names.append(".".join(parts))
    return names


def _is_own(name: str) -> bool:
    return name.split(".")[0] in _OWN_TOP


def _forget_program() -> None:
    """The program's modules out of `sys.modules`: the next import loads them afresh."""
    for name in [name for name in sys.modules if _is_own(name)]:
        del sys.modules[name]


def _preload_program() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        for name in _own_modules():
            __import__(name)
        # The ORM's classes set up, as the first query in every child would.
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
    except Exception:  # noqa: BLE001 - a module that fails to load fails in the child, as it would
        _forget_program()
    finally:
        sys.path.remove(str(ROOT))


def _keeps_program(script: str, env: dict[str, str]) -> bool:
    """Whether a child may run with the program's modules as the server imported them."""
    inside = Path(script).resolve().is_relative_to(ROOT)
    settings = {name for name in env if name.startswith("INSIKTSKOLLEN_")}
    return inside and settings <= set(_READ_WHEN_USED)


def _serve(address: str) -> None:
    for name in PRELOAD:
        __import__(name)
    _preload_program()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(address + ".tmp")
    listener.listen(64)
    os.rename(address + ".tmp", address)  # the address appears once it is listening
    # Reaped here (not left to the kernel), so the children's processor time is counted
    # in the test run's own (`time python3 tests/run.py`).
    listener.settimeout(1.0)
    while True:
        _reap()
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        conn.settimeout(None)
        if os.fork() == 0:
            listener.close()
            try:
                _supervise(conn)
            finally:
                os._exit(0)
        conn.close()


def _reap() -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _supervise(conn: socket.socket) -> None:
    message, fds, _flags, _address = socket.recv_fds(conn, 1 << 20, 3)
    while True:  # the request may come in more than one piece
        more = conn.recv(1 << 20)
        if not more:
            break
        message += more
    request = json.loads(message)
    pid = os.fork()
    if pid == 0:
        conn.close()
        _child(request, fds)
    for fd in fds:
        os.close(fd)
    conn.sendall(f"{pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    conn.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())


def _child(request: dict[str, Any], fds: list[int]) -> None:
    code = 1
    try:
        for fd, target in zip(fds, (0, 1, 2), strict=True):
            os.dup2(fd, target)
            os.close(fd)
        env = request["env"]
        os.environ.clear()
        os.environ.update(env)
        os.chdir(request["cwd"])
        script = request["script"]
        if not _keeps_program(script, env):
            _forget_program()
        sys.argv = [script, *request["args"]]
        sys.path[0] = os.path.dirname(os.path.abspath(script))
        encoding, _, errors = (env.get("PYTHONIOENCODING") or "utf-8").partition(":")
        sys.stdin = sys.__stdin__ = open(0, encoding=encoding, errors=errors or None,  # noqa: SIM115
                                         closefd=False)
        sys.stdout = sys.__stdout__ = open(1, "w", encoding=encoding,  # noqa: SIM115
                                           errors=errors or None, closefd=False)
        sys.stderr = sys.__stderr__ = open(2, "w", encoding=encoding,  # noqa: SIM115
                                           errors=errors or "backslashreplace", closefd=False)
        code = _run_main(script)
        threading._shutdown()  # type: ignore[attr-defined]  # as the interpreter's exit does
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - nothing may return into the server's loop
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
        os._exit(code)


def _run_main(script: str) -> int:
    import runpy

    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as exc:
        if exc.code is None:
            return 0
        if isinstance(exc.code, int):
            return exc.code & 0xFF
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException:  # noqa: BLE001 - as an uncaught exception ends `python script.py`
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    _serve(sys.argv[1])
