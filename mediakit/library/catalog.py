"""The SQLite catalog: opened safely, migrated forward, refused when it is not ours."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from mediakit.library import backups
from mediakit.library.migrations import LATEST, MIGRATIONS
from mediakit.model import CatalogError


class CatalogDamagedError(CatalogError):
    """The catalog fails SQLite's check; a backup may be restored."""


# "MKIT": marks a SQLite file as a mediakit catalog.
APPLICATION_ID = 0x4D4B4954


class Catalog:
    """One connection to the catalog. Every change runs inside `transaction()`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.db = connection

    @classmethod
    def open(cls, path: Path) -> Catalog:
        """Open (creating or migrating) the catalog at `path`; refuse foreign or newer files untouched."""
        path = Path(path)
        if path.exists():
            _inspect_without_writing(path)
        existed = path.exists() and path.stat().st_size > 0
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise CatalogError(f"the catalog cannot be opened ({exc})", path) from exc
        catalog = cls(path, connection)
        try:
            catalog._configure()
            if existed:
                catalog._check_sound()
            catalog._migrate()
            catalog._daily_backup()
        except sqlite3.OperationalError as exc:
            connection.close()
            raise CatalogError(_cannot_write(exc), path) from exc
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise _damaged(path) from exc
        except OSError as exc:  # the daily backup could not be written
            connection.close()
            raise CatalogError(
                f"the library folder cannot be written ({exc.strerror or exc})", path
            ) from exc
        except BaseException:
            connection.close()
            raise
        return catalog

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: the block's changes are committed together or not at all.

        A full disk or a read-only folder becomes a CatalogError with a sentence to show."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise CatalogError(_cannot_write(exc), self.path) from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise CatalogError(_cannot_write(exc), self.path) from exc
            raise

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def _configure(self) -> None:
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.row_factory = sqlite3.Row

    def _check_sound(self) -> None:
        if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _damaged(self.path)

    def _daily_backup(self) -> None:
        has_content = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM stories UNION SELECT 1 FROM kits)"
        )
        if has_content.fetchone()[0] and backups.due(self.path):
            backups.back_up(self.db, self.path, reason="daily")

    def _migrate(self) -> None:
        version = self.version
        if version == LATEST:
            return
        if version > LATEST:  # seen only now if the inspection read a stale header
            raise CatalogError(
                "this catalog was made by a newer mediakit; update mediakit to open it", self.path
            )
        if version > 0:
            backups.back_up(self.db, self.path, reason=f"before-schema-{LATEST}")
        with self.transaction() as db:
            for number in range(version, LATEST):
                for statement in _statements(MIGRATIONS[number]):
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {LATEST}")


def _damaged(path: Path) -> CatalogDamagedError:
    sound = backups.newest_sound_backup(path)
    offer = (
        f"the last good backup is {sound.name}; restore it with “mediakit restore”"
        if sound
        else "no backup was found"
    )
    return CatalogDamagedError(f"the catalog is damaged ({offer}). It was left as it is", path)


def _cannot_write(exc: sqlite3.OperationalError) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return (
            "the library is in a read-only place; copy it somewhere you can write, or pick another"
        )
    if "full" in text:
        return "the disk is full; free some space and open the library again"
    if "locked" in text or "busy" in text:
        return "the catalog is in use by another program; close it and try again"
    return f"the catalog cannot be opened ({exc})"


def _statements(script: str | tuple[str, ...]) -> list[str]:
    """A migration is a script of simple statements, or a tuple of statements (triggers)."""
    if isinstance(script, tuple):
        return [s.strip().rstrip(";") for s in script]
    return [s.strip() for s in script.split(";") if s.strip()]


def _inspect_without_writing(path: Path) -> None:
    """Look at an existing file without writing a byte (not even -shm/-wal) and refuse it
    if it is not ours or too new."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error as exc:
        raise CatalogError(
            "this file is not a mediakit catalog (it is not an SQLite database, or it is damaged)",
            path,
        ) from exc
    if app_id != APPLICATION_ID and (tables or version):
        raise CatalogError(
            "this SQLite file is not a mediakit catalog; it was left untouched", path
        )
    if version > LATEST:
        raise CatalogError(
            f"this catalog was made by a newer mediakit (schema {version}, this version reads up "
            f"to {LATEST}); update mediakit to open it. The catalog was left untouched",
            path,
        )
