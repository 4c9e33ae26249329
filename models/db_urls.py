"""Where a database is: SQLite file names, SQLite URIs and SQLAlchemy URLs, both ways.

Windows paths work on any machine (tests use PureWindowsPath): drive paths, UNC shares,
spaces, å/ä/ö and the characters a URL gives a meaning (%, ?, #).
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path, PurePath

from sqlalchemy.engine import make_url


def sqlite_uri(path: PurePath) -> str:
    """SQLite's URI for a file (without the query): file:///C:/Mapp/x.db, file:////server/share/x.db.

    Works for Windows paths on any machine (PureWindowsPath): a drive path gets the empty
    authority (file:///C:/…), a UNC path \\\\server\\share\\x.db keeps its two slashes after
    it (file:////server/share/x.db; file://server/… would name a host, which SQLite
    refuses). Spaces, å/ä/ö (as UTF-8), %, ? and # are percent-encoded.
    """
    text = path.as_posix()
    if not path.is_absolute() and not path.drive:
        return "file:" + urllib.parse.quote(text, safe="/")
    if not text.startswith("/"):  # C:/Mapp/x.db
        text = "/" + text
    return "file://" + urllib.parse.quote(text, safe="/:")


def read_only_uri(path: PurePath) -> str:
    """The URI that lets sqlite3 open a file without ever writing to it."""
    return sqlite_uri(path) + "?mode=ro"


def _url_escape(text: str) -> str:
    # SQLAlchemy decodes %XX in a URL's database part and cuts it at "?": protect both.
    return text.replace("%", "%25").replace("?", "%3F")


def sqlite_url(path: PurePath, read_only: bool = False) -> str:
    """The SQLAlchemy URL of a SQLite file; `path` may be a PureWindowsPath (tests)."""
    if read_only:
        # An URI lets SQLite open the file without ever trying to write to it.
        return f"sqlite:///{_url_escape(sqlite_uri(path))}?mode=ro&uri=true"
    return f"sqlite:///{_url_escape(str(path))}"


def is_url(target: str) -> bool:
    return "://" in target


def path_from_sqlite_uri(uri: str) -> str:
    """The file name in a SQLite URI (the reverse of sqlite_uri), as text."""
    rest = uri[len("file:"):].split("?", 1)[0]
    if rest.startswith("//"):
        rest = rest[2:]  # the authority: empty or "localhost" (SQLite allows nothing else)
        if rest.startswith("localhost/"):
            rest = rest[len("localhost"):]
    rest = urllib.parse.unquote(rest)
    if re.match(r"/[A-Za-z]:", rest):  # /C:/Mapp/x.db
        rest = rest[1:]
    return rest


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for a server database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    database = parsed.database
    if database.startswith("file:"):
        if parsed.query.get("uri") in ("true", "True", "1"):
            database = path_from_sqlite_uri(database)
        else:
            database = database[5:]
    return Path(database)
