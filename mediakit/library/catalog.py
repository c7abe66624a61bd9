"""The SQLite catalog: opened safely, migrated forward, refused when it is not ours.

The catalog is a file anyone can edit, so it is read as untrusted input: SQLite's defensive mode
(Python 3.12+) and `trusted_schema = OFF` always, its schema compared with the one
mediakit's migrations make before any statement can fire a trigger or read a view (a trigger or
view mediakit did not make refuses the catalog, untouched), a 0-byte file refused rather than
taken for a new library, and a catalog that cannot be written opened read-only.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from mediakit.library import backups
from mediakit.library.migrations import LATEST, MIGRATIONS
from mediakit.library.paths import is_hash
from mediakit.model import CatalogError


class CatalogDamagedError(CatalogError):
    """The catalog fails SQLite's check; a backup may be restored."""


class CatalogLostError(CatalogDamagedError):
    """The catalog is missing or empty where a library was: never taken for a new library."""


class ReadOnlyError(CatalogError):
    """A change asked of a library opened read-only."""


# "MKIT": marks a SQLite file as a mediakit catalog.
APPLICATION_ID = 0x4D4B4954


class Catalog:
    """One connection to the catalog. Every change runs inside `transaction()`."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.db = connection
        self.read_only = read_only
        self.backup_failed: str | None = None  # why the daily backup was not written, if it was not
        self._checked_schema: int | None = None

    @classmethod
    def open(cls, path: Path, *, read_only: bool | None = None) -> Catalog:
        """Open (creating or migrating) the catalog at `path`; refuse foreign or newer files untouched.

        A catalog (or folder) that cannot be written is opened read-only: it can be read, and every
        change is refused with a sentence. `read_only=True` asks for that whatever the file allows."""
        path = Path(path)
        if path.exists():
            if path.is_file() and path.stat().st_size == 0:
                raise lost(path, "the catalog is empty (0 bytes)")
            _inspect_without_writing(path)
        existed = path.exists()
        if read_only is None:
            read_only = existed and not _writable(path)
        connection = _connect(path, read_only=read_only)
        catalog = cls(path, connection, read_only=read_only)
        try:
            catalog._configure()
            if existed:
                catalog._check_sound()
                catalog._check_schema()
                catalog._check_names()
                catalog._check_types()
            catalog._trust_checked_schema()
            if read_only:
                catalog._refuse_old_schema()
            else:
                catalog._migrate()
                catalog._daily_backup()
        except sqlite3.OperationalError as exc:
            connection.close()
            raise CatalogError(_cannot_write(exc), path) from exc
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise _damaged(path) from exc
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
        if self.read_only:
            raise ReadOnlyError(READ_ONLY_REFUSAL, self.path)
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise CatalogError(_cannot_write(exc), self.path) from exc
        try:
            self._recheck_schema()
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
        if hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):  # Python 3.12+; 3.11 has no setconfig
            self.db.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        self.db.execute("PRAGMA trusted_schema = OFF")
        if not self.read_only:
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.row_factory = sqlite3.Row

    def _check_sound(self) -> None:
        if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _damaged(self.path)

    def _check_schema(self) -> None:
        """Refuse, untouched, a catalog whose tables, indexes, triggers or views are not exactly
        what mediakit's migrations make for its version. Read with trusted_schema off, before
        any statement that could fire a trigger or read a view."""
        version = self.version
        if not 0 <= version <= LATEST:
            return  # a newer catalog is refused by the migration step, with its own sentence
        problems = schema_differences(_schema_of(self.db), expected_schema(MIGRATIONS[:version]))
        if problems:
            raise CatalogError(
                "the catalog's structure was changed outside mediakit ("
                + "; ".join(problems)
                + "). It was left untouched and nothing in it was run; restore a backup with "
                "“mediakit restore”, or open a library mediakit made",
                self.path,
            )

    def _check_names(self) -> None:
        """Every media hash the catalog holds is 64 hex digits (a file name inside media/ is
        built from it), and every media extension letters and digits; else the catalog is refused
        before anything is read through it."""
        if self.version < 1:
            return
        for table, column, sql in _HASH_COLUMNS:  # in Python: a regex is faster than SQL here
            bad = next((v for (v,) in self.db.execute(sql) if not is_hash(v)), None)
            if bad is not None:
                raise _not_a_hash(bad, f"{table}.{column}", self.path)
        row = self.db.execute(_BAD_EXTENSION).fetchone()
        if row is not None:
            raise _not_a_hash(row[0], "media.ext", self.path)

    def _check_types(self) -> None:
        """Every value has its column's type (SQLite lets a hand put a blob or a text anywhere):
        a text where a number should be is refused here, by name, not met later in a build."""
        tables = [
            name
            for kind, name, _, sql in expected_schema(MIGRATIONS[: self.version])
            if kind == "table" and sql.startswith("create table ")
        ]
        for table in sorted(tables):
            columns = self.db.execute(f'PRAGMA table_info("{table}")').fetchall()
            tests = [
                _type_test(name, declared, not_null) for _, name, declared, not_null, *_ in columns
            ]
            tests = [test for test in tests if test]
            if not tests:
                continue
            row = self.db.execute(
                f'SELECT * FROM "{table}" WHERE NOT ({" AND ".join(tests)}) LIMIT 1'
            ).fetchone()
            if row is not None:
                raise CatalogError(  # row[0]: the id (or a WITHOUT ROWID table's first key)
                    f"the catalog's {table} {row[0]} holds a value of the wrong kind; it was edited "
                    "or damaged — restore a backup with “mediakit restore”",
                    self.path,
                )

    def _trust_checked_schema(self) -> None:
        """The schema is now known to be mediakit's own; `trusted_schema` stays off all the same
        (mediakit's triggers need no trust: the search index is kept by the store)."""
        self._checked_schema = self._schema_cookie()

    def _recheck_schema(self) -> None:
        """Another process changed the schema since it was checked: check it again first."""
        cookie = self._schema_cookie()
        if cookie != self._checked_schema:
            self._check_schema()
            self._trust_checked_schema()

    def _schema_cookie(self) -> int:
        return self.db.execute("PRAGMA schema_version").fetchone()[0]

    def _refuse_old_schema(self) -> None:
        if self.version != LATEST:
            raise CatalogError(
                "this catalog needs an update to its structure, and the library is read-only; "
                "copy the library somewhere you can write and open it there",
                self.path,
            )

    def _daily_backup(self) -> None:
        """Once a day; a backup that cannot be written (full disk, read-only backups folder) is
        said, never a reason not to open the library."""
        try:
            has_content = self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM stories UNION SELECT 1 FROM kits)"
            )
            if has_content.fetchone()[0] and backups.due(self.path):
                backups.back_up(self.db, self.path, reason="daily")
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.backup_failed = f"today's backup of the catalog could not be written ({reason})"

    def _migrate(self) -> None:
        version = self.version
        if version == LATEST:
            return
        if version > LATEST:  # seen only now if the inspection read a stale header
            raise CatalogError(
                "this catalog was made by a newer mediakit; update mediakit to open it", self.path
            )
        if version > 0:
            try:
                backups.back_up(self.db, self.path, reason=f"before-schema-{LATEST}")
            except OSError as exc:
                raise CatalogError(
                    "the catalog needs an update to its structure, and the backup made before it "
                    f"cannot be written ({exc.strerror or exc}); nothing was changed",
                    self.path,
                ) from exc
        with self.transaction() as db:
            for number in range(version, LATEST):
                for statement in _statements(MIGRATIONS[number]):
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {LATEST}")


# Where the catalog keeps media hashes (each must be 64 hex digits), and its media extensions.
_HASH_COLUMNS = (
    ("photos", "media_hash", "SELECT media_hash FROM photos WHERE media_hash != ''"),
    ("org", "logo_hash", "SELECT logo_hash FROM org WHERE logo_hash != ''"),
    ("media", "hash", "SELECT hash FROM media"),
)
_BAD_EXTENSION = (
    "SELECT ext FROM media WHERE ext = '' OR trim(ext, '0123456789abcdefghijklmnopqrstuvwxyz"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ') != '' LIMIT 1"
)

READ_ONLY_REFUSAL = (
    "the library is read-only (its folder or catalog cannot be written), so nothing was changed; "
    "copy it somewhere you can write to change it"
)
READ_ONLY_NOTICE = "the library is read-only: it can be read and built from, not changed"


def _not_a_hash(value: object, where: str, path: Path) -> CatalogError:
    return CatalogError(
        f"the catalog names a photo file {str(value)[:40]!r} ({where}), which is not a media hash; "
        "the catalog has been edited or damaged, and nothing was read from outside the library — "
        "restore a backup with “mediakit restore”",
        path,
    )


def lost(path: Path, what: str) -> CatalogLostError:
    """A catalog missing or empty where a library was: the restore offered, nothing created."""
    sound = backups.newest_sound_backup(path)
    if sound is not None:
        offer = f"the last good backup is {sound.name}; put it back with “mediakit restore”"
    else:
        offer = (
            "no sound backup was found; put the catalog back from a copy, or run "
            "“mediakit restore” once a sound backup is in backups/"
        )
    return CatalogLostError(
        f"{what}, so the library's content is lost until it is restored ({offer}). "
        "Nothing was created in its place",
        path,
    )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection; read-only ones never write a byte (`immutable` when even -shm cannot be
    made beside a WAL catalog)."""
    try:
        if not read_only:
            return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        uri = path.resolve().as_uri()
        for mode in ("?mode=ro", "?mode=ro&immutable=1"):
            connection = sqlite3.connect(
                uri + mode, uri=True, isolation_level=None, check_same_thread=False
            )
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return connection
            except sqlite3.Error:
                connection.close()
        raise sqlite3.OperationalError("unable to open the catalog read-only")
    except sqlite3.Error as exc:
        raise CatalogError(f"the catalog cannot be opened ({exc})", path) from exc


# One entry of sqlite_master: (type, name, table, normalised SQL).
SchemaEntry = tuple[str, str, str, str]


def _schema_of(db: sqlite3.Connection) -> set[SchemaEntry]:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (str(kind), str(name), str(table), _normalised(sql))
        for kind, name, table, sql in rows
        if not str(name).startswith("sqlite_stat")  # ANALYZE's statistics: SQLite's own
    }


def _normalised(sql: object) -> str:
    text = " ".join(str(sql or "").split())
    return re.sub(r" ?([(),;]) ?", r"\1", text).lower()


@functools.lru_cache(maxsize=8)
def expected_schema(migrations: tuple) -> frozenset[SchemaEntry]:
    """What sqlite_master holds after `migrations`, applied to an empty database in memory."""
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as db:
        for script in migrations:
            for statement in _statements(script):
                db.execute(statement)
        return frozenset(_schema_of(db))


_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


def _type_test(column: str, declared: str, not_null: int) -> str:
    """SQL true when `column` holds what its declared type says (blank for any type)."""
    kinds = _TYPES.get(declared.upper())
    if kinds is None:
        return ""
    allowed = ", ".join(f"'{k}'" for k in (kinds if not_null else (*kinds, "null")))
    return f'typeof("{column}") IN ({allowed})'


_ARTICLE = {"table": "a table", "index": "an index", "trigger": "a trigger", "view": "a view"}


def schema_differences(actual: set[SchemaEntry], expected: frozenset[SchemaEntry]) -> list[str]:
    """Each difference in a phrase: what is foreign, missing or altered, by name."""
    have = {entry[:2]: entry for entry in actual}
    want = {entry[:2]: entry for entry in expected}
    problems = []
    for key in sorted(have.keys() - want.keys()):
        problems.append(f"{_ARTICLE.get(key[0], key[0])} “{key[1]}” that mediakit did not make")
    for key in sorted(want.keys() - have.keys()):
        problems.append(f"the {key[0]} “{key[1]}” is missing")
    for key in sorted(have.keys() & want.keys()):
        if have[key] != want[key]:
            problems.append(f"the {key[0]} “{key[1]}” was altered")
    return problems


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
