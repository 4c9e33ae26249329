"""The database driver's errors said to a user: locked, read-only, full disk, damaged, a
server that refuses or does not answer. Each becomes a `models.errors` error in Swedish
that names the database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from models.errors import BusyError, DatabaseError, ReadOnlyError


@contextlib.contextmanager
def translate_errors(name: str, busy: type[BusyError] = BusyError) -> Iterator[None]:
    """Turn the driver's locked, read-only and damaged errors into messages for a user;
    a locked database raises `busy`."""
    try:
        yield
    except OperationalError as exc:
        raise _translated(exc, name, busy) from exc
    except SADatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise DatabaseError(f"Databasen {name} är skadad: {exc.orig}.") from exc
        raise


def is_busy(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message or "lock timeout" in message


def _translated(exc: OperationalError, name: str, busy: type[BusyError]) -> DatabaseError:
    message = str(exc.orig).lower()
    if is_busy(exc):
        return busy(
            f"Databasen {name} är upptagen av en annan användare eller ett annat program. "
            "Försök igen om en stund."
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyError(f"Databasen {name} går inte att skriva till (skrivskyddad).")
    if "disk" in message and ("full" in message or "i/o" in message):
        return DatabaseError(
            f"Det gick inte att spara i {name}: disken är full eller felar. Inget av det du "
            "just gjorde har sparats. Frigör utrymme eller kontrollera nätverksanslutningen "
            "och försök igen."
        )
    if "unable to open" in message:
        return DatabaseError(
            f"Databasfilen {name} går inte att nå just nu (är nätverksenheten ansluten?). "
            "Inget har sparats."
        )
    return _server_problem(str(exc.orig), name) or DatabaseError(f"Databasfel i {name}: {exc.orig}")


_UNREACHABLE = (
    "could not connect",
    "connection is bad",
    "connection failed",
    "connection refused",
    "could not translate host name",
    "server closed the connection",
    "timeout expired",
    "connection to server",
    "ssl syscall error",
    "terminating connection",
)


def _server_problem(original: str, name: str) -> DatabaseError | None:
    """A database server's refusals (libpq's words) said in Swedish."""
    message = original.lower()
    detail = original.strip().splitlines()[0] if original.strip() else ""
    if (
        "password authentication failed" in message
        or "no password supplied" in message
        or ('role "' in message and "does not exist" in message)
    ):
        return DatabaseError(
            f"Inloggningen till databasservern för {name} misslyckades: användarnamnet eller "
            "lösenordet stämmer inte. Kontrollera adressen eller pgpass-filen, eller fråga "
            "den som sköter servern."
        )
    if 'database "' in message and "does not exist" in message:
        return DatabaseError(
            f"Databasen i {name} finns inte på servern. Be den som sköter servern skapa en "
            "tom databas."
        )
    if any(words in message for words in _UNREACHABLE):
        return DatabaseError(
            f"Databasservern för {name} svarar inte. Kontrollera adressen och nätverket, "
            f"eller fråga den som sköter servern. (Tekniskt: {detail})"
        )
    return None
