"""Commands on the database itself: init, check, backup, restore and migrate-to.

    main.py [--db FIL] restore            the newest backups of the file, numbered
    main.py [--db FIL] restore KOPIA      put a backup back (a path, or a number from the list)
    main.py [--db FIL] migrate-to URL     copy everything into an empty database (a server)

Also the check every command makes of `--db` before anything is opened. No Qt here.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from models import settings
from models.backups import (
    Backup,
    backup_path_for,
    backup_sqlite,
    list_backups,
    restore_backup,
    with_losses,
)
from models.db_urls import sqlite_path
from models.errors import DamagedError, InputError
from models.file_probe import file_schema_differences, schema_head
from models.health import (
    content_counts,
    integrity_problems,
    log_problems,
    refused_log_problems,
)
from models.opening import open_database
from models.paths import data_dir, existing_file
from models.seed import load_example
from models.transfer import TABLE_NAMES, copy_database
from models.words import count, plural, quoted, shown
from ui.cli.output import database, output_file


def check_target(text: str, option: str) -> None:
    """A database address or file the program can open; else a Swedish message (exit 2).

    An address with a driver SQLAlchemy does not have (foo://…, postgres://…) and a folder
    given as the database file are refused before anything is opened.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if "://" in text:
        try:
            make_url(text).get_dialect()
        except (ArgumentError, NoSuchModuleError, ValueError):
            raise InputError(
                f"{option}: {quoted(text)} är ingen databasadress som programmet känner till. "
                "Ange en PostgreSQL-adress (postgresql+psycopg://användare@server/databas), "
                "en SQLite-adress (sqlite:///C:/mapp/fil.db) eller en sökväg till en fil."
            ) from None
        path = sqlite_path(text)
    else:
        path = Path(text).expanduser().absolute()
    if path is not None and path.is_dir():
        raise InputError(f"{option}: {path} är en mapp, ingen databasfil.")


def db_option(args: argparse.Namespace) -> str:
    """`--db "PATH" ` for a hint to run another command on the same database ("" for the default).

    The path is in double quotes (Windows' cmd and PowerShell as well as sh read those);
    a double quote inside it is escaped.
    """
    from models.paths import default_database

    target = str(args.db)
    if target == str(default_database()):
        return ""
    return '--db "' + target.replace('"', '\\"') + '" '


def cmd_init(args: argparse.Namespace) -> int:
    target = args.db
    if "://" not in str(target):
        Path(target).expanduser().absolute().parent.mkdir(parents=True, exist_ok=True)
    with database(args, create=True) as db:
        print(f"Databasen {db.name} är klar (schemaversion {schema_head()}).")
        if args.example_data:
            with db.write() as session:
                added = load_example(session)
            print(
                f"Borlänge-data inlagd: {plural(added, 'ny åtgärd', 'nya åtgärder')}; NKI-resultaten 2022–2024 "
                "enligt kommunens nyhet 2024-04-24."
            )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from models.db import set_notice_handler

    set_notice_handler(None)  # check says it all in its own report
    try:
        with database(args) as db:
            with db.read() as session:
                problems = integrity_problems(session)
                log = log_problems(session)
                counts = content_counts(session)
                town = settings.load(session)
            revision = db.schema_revision()
    except DamagedError as exc:
        return _schema_report(args, exc)
    print(f"Databas: {db.name}")
    if town.municipality_code:
        print(f"Kommun: {shown(town.municipality_name)} ({town.municipality_code})")
    print(f"Schemaversion: {revision} (programmets senaste: {schema_head()})")
    print(f"Schema: som programmets version {revision}, ändringsloggens skydd på plats")
    print("Innehåll: " + ", ".join(count(n, what) for what, n in counts.items()))
    if db.read_only:
        print("Obs: filen kan inte skrivas till; den öppnas skrivskyddad.")
    for notice in db.notices:
        print(f"Obs: {notice}")
    if log:
        print("ÄNDRINGSLOGGEN ÄR INTE HEL:")
        for line in log:
            print(f"  {line}")
    if problems:
        print("SKADA HITTAD:")
        for line in problems:
            print(f"  {line}")
    if log or problems:
        return 1
    print("Ändringsloggen: hel (alla versioner av varje åtgärd finns)")
    print("Integritet: ok")
    return 0


def _schema_report(args: argparse.Namespace, exc: DamagedError) -> int:
    """check on a database that was refused: every difference in its schema, then why."""
    found = exc.differences
    if not found and isinstance(exc.path, Path):
        found = file_schema_differences(exc.path)
    print(f"Databas: {exc.path or args.db}")
    if found:
        print("SCHEMAT SKILJER SIG FRÅN PROGRAMMETS:")
        for line in found:
            print(f"  {line}")
        target = exc.path if isinstance(exc.path, Path) else str(args.db)
        log = refused_log_problems(target) if isinstance(target, Path) or "://" in target else []
        if log:
            print("ÄNDRINGSLOGGEN ÄR INTE HEL:")
            for line in log:
                print(f"  {line}")
    raise exc


def cmd_backup(args: argparse.Namespace) -> int:
    with database(args) as db:
        if db.path is None:
            raise InputError(
                "backup gäller SQLite-filer. En databasserver säkerhetskopieras med "
                "serverns egna verktyg (t.ex. pg_dump)."
            )
        out = output_file(args.out, "--out") if args.out else backup_path_for(db.path, data_dir() / "Säkerhetskopior")
        if out.exists():
            raise InputError(f"Filen {out} finns redan; välj ett annat namn.")
        if out.resolve() == db.path.resolve():
            raise InputError("Kopian kan inte skrivas över databasen själv.")
        backup_sqlite(db.path, out)
    print(f"Säkerhetskopia sparad: {out}")
    return 0


def _file_of(args: argparse.Namespace, command: str) -> Path:
    target = str(args.db)
    path = sqlite_path(target) if "://" in target else Path(target).expanduser().absolute()
    if path is None:
        raise InputError(
            f"{command} gäller SQLite-filer. En databasserver återställs med serverns egna "
            "verktyg (t.ex. pg_restore)."
        )
    return path


def cmd_restore(args: argparse.Namespace) -> int:
    path = _file_of(args, "restore")
    backups = list_backups(path)
    if args.backup is None:
        if not backups:
            print(f"Det finns inga säkerhetskopior av {path}.")
            return 0
        print(f"Säkerhetskopior av {path}, nyast först:")
        for number, backup in enumerate(with_losses(backups, path), start=1):
            lost = f"  (saknar {backup.lost})" if backup.lost else ""
            print(
                f"{number:>3}  {backup.made:%Y-%m-%d %H:%M}  {backup.kind:<18} {backup.path}{lost}"
            )
        print(
            f"Återställ en av dem med: main.py {db_option(args)}restore NUMMER "
            "(eller sökvägen till kopian)"
        )
        return 0
    chosen = _chosen(args.backup, backups, db_option(args))
    lost = with_losses([Backup(chosen, dt.datetime.now(), "vald")], path)[0].lost
    copy = restore_backup(chosen, path)
    print(f"Databasen {path} är återställd från {chosen}.")
    if lost:
        print(f"Obs: kopian saknade {lost}; de finns kvar i den tidigare filen.")
    if copy is not None:
        print(f"Den tidigare filen sparades först som {copy}.")
    return 0


def _chosen(text: str, backups: list[Any], db: str = "") -> Path:
    if text.isdigit() and not Path(text).exists():
        number = int(text)
        if not 1 <= number <= len(backups):
            raise InputError(
                f"Det finns ingen säkerhetskopia nummer {number} "
                f"(det finns {len(backups)}); lista dem med: main.py {db}restore"
            )
        return backups[number - 1].path
    return existing_file(Path(text).expanduser().absolute(), "Säkerhetskopian")


def cmd_migrate_to(args: argparse.Namespace) -> int:
    source = open_database(args.db)
    try:
        target_text = args.url
        check_target(target_text, "migrate-to")
        if "://" not in target_text:
            Path(target_text).expanduser().absolute().parent.mkdir(parents=True, exist_ok=True)
        target = open_database(target_text, create=True, user=source.user)
        try:
            if source.url == target.url:
                raise InputError("Källan och målet är samma databas.")
            copied = copy_database(source, target)
        finally:
            target.dispose()
    finally:
        source.dispose()
    summary = ", ".join(count(n, TABLE_NAMES.get(name, name)) for name, n in copied.items() if n)
    print(f"Allt från {source.name} är kopierat till {target.name}: {summary or 'inga rader'}.")
    print(f'Öppna den nya databasen med: main.py --db "{args.url}"')
    return 0
