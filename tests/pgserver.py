"""A throwaway PostgreSQL 15 cluster for the tests, started in a temporary folder.

The cluster listens on a unix socket only (no TCP port), trusts local connections and runs
with fsync off: it lives for one test session and is removed afterwards. initdb refuses to
run as root, so under root the server programs run as the `postgres` user through
`runuser`. Each test gets its own database (CREATE DATABASE … / DROP DATABASE … WITH FORCE).
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PG_VERSION = "15"
_counter = itertools.count(1)


def find_bin() -> Path | None:
    """The folder with initdb and pg_ctl of PostgreSQL 15, or None if not installed."""
    override = os.environ.get("INSIKTSKOLLEN_PG_BIN")
    candidates = [override] if override else [f"/usr/lib/postgresql/{PG_VERSION}/bin"]
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def missing_reason() -> str:
    return (
        f"PostgreSQL {PG_VERSION} saknas (ingen initdb/pg_ctl i /usr/lib/postgresql/"
        f"{PG_VERSION}/bin): testerna mot PostgreSQL hoppas över. Installera med "
        f"`apt-get install -y postgresql-{PG_VERSION}` (se DEVELOPERS.md)."
    )


class PgServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="insikt-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_postgres:
            import pwd  # POSIX only, as root is

            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self.folder.chmod(0o755)

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} misslyckades ({result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}\n{tail}"
            )

    def start(self) -> PgServer:
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "-N",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.log,
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        return self

    def stop(self) -> None:
        try:
            self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, name: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{name}?host={self.folder}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser on the maintenance database."""
        self._admin(sql)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.folder), user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its SQLAlchemy URL."""
        name = f"test_{os.getpid()}_{next(_counter)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self._admin(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')


def database_name(url: str) -> str:
    """The database a URL of `PgServer.url` names (the socket folder follows the `?`)."""
    return url.split("?", 1)[0].rsplit("/", 1)[1]
