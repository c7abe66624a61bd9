"""Row-level writes. Only `mediakit.edits` calls these, inside a catalog transaction."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import TypeVar

from mediakit.model import ConflictError, OrgProfile
from mediakit.model.kinds import info_of
from mediakit.model.records import TABLES

T = TypeVar("T")


def insert(db: sqlite3.Connection, item: T, *, item_id: int | None = None) -> T:
    """Insert `item` (keeping `item_id` when given, as undo does) and return it with its id.

    An id another program has taken meanwhile is a ConflictError, never an overwrite."""
    table, to_row, _ = TABLES[type(item)]
    row = to_row(item)
    if item_id is not None:
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)).fetchone():
            raise conflict(item, "was added again by another program")
        row["id"] = item_id
    columns = ",".join(row)
    marks = ",".join("?" * len(row))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    _note(db, table, cursor.lastrowid, row["revision"])
    _reindex(db, table, cursor.lastrowid)
    return dataclasses.replace(item, id=cursor.lastrowid)  # type: ignore[type-var]


def update(db: sqlite3.Connection, item: T, *, read: int | None = None) -> T:
    """Write `item` over its row if nobody else wrote the row since revision `read` (by default
    the one `item` was read at) and return it at its new revision; ConflictError, writing
    nothing, when another program changed or removed the row meanwhile. What this connection
    wrote itself since is no conflict (an undo after a later edit of the same item)."""
    table, to_row, _ = TABLES[type(item)]
    expected = _expected(db, table, item, read)
    row = to_row(item)
    row["revision"] = expected + 1
    assignments = ",".join(f"{column} = ?" for column in row)
    cursor = db.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ? AND revision = ?",
        [*row.values(), item.id, expected],  # type: ignore[attr-defined]
    )
    if cursor.rowcount == 0:
        raise conflict(item, _what_happened(db, table, item.id), db)  # type: ignore[attr-defined]
    _note(db, table, item.id, expected + 1)  # type: ignore[attr-defined]
    _reindex(db, table, item.id)  # type: ignore[attr-defined]
    return dataclasses.replace(item, revision=expected + 1)  # type: ignore[type-var]


def delete(db: sqlite3.Connection, item: T, *, read: int | None = None) -> None:
    """Remove `item`'s row if it is still at revision `read` (by default the one `item` was
    read at); ConflictError, removing nothing, when another program changed it meanwhile.
    A row already gone is a conflict too: what the user saw is not what is there."""
    table, _, _ = TABLES[type(item)]
    expected = _expected(db, table, item, read)
    cursor = db.execute(
        f"DELETE FROM {table} WHERE id = ? AND revision = ?",
        (item.id, expected),  # type: ignore[attr-defined]
    )
    if cursor.rowcount == 0:
        raise conflict(item, _what_happened(db, table, item.id), db)  # type: ignore[attr-defined]
    _reindex(db, table, item.id)  # type: ignore[attr-defined]


def revision(db: sqlite3.Connection, model: type, item_id: int) -> int | None:
    """The revision the row of `item_id` is at now (None: there is no such row)."""
    table, _, _ = TABLES[model]
    row = db.execute(f"SELECT revision FROM {table} WHERE id = ?", (item_id,)).fetchone()
    return None if row is None else row[0]


def known(db: sqlite3.Connection, item: object, read: int | None = None) -> int:
    """The newest revision of `item`'s row this connection knows of: the one it was read at
    (`read`, or the item's own), or the one this connection last wrote, if later."""
    table, _, _ = TABLES[type(item)]
    return _expected(db, table, item, read)


# What the search finds of each item: (its kind in the index, the text of its row). Kept here,
# in the same transaction as the row, rather than by triggers (see migrations.V7).
_SEARCHED = {
    "stories": (
        "story",
        "title || ' ' || standfirst || ' ' || byline || ' ' || dateline_place || ' ' || body"
        " || ' ' || tags",
    ),
    "photos": (
        "photo",
        "caption || ' ' || credit || ' ' || place || ' ' || alt_text || ' ' || original_name",
    ),
    "contacts": (
        "contact",
        "name || ' ' || role || ' ' || organisation || ' ' || email || ' ' || city || ' ' || country",
    ),
    "figures": ("figure", "value || ' ' || label || ' ' || source"),
}


def _reindex(db: sqlite3.Connection, table: str, item_id: int) -> None:
    """The item's entry in the search index, as its row now reads (none once it is deleted)."""
    if table not in _SEARCHED:
        return
    kind, text = _SEARCHED[table]
    db.execute("DELETE FROM search WHERE kind = ? AND item_id = ?", (kind, item_id))
    db.execute(
        f"INSERT INTO search (kind, item_id, text) SELECT ?, id, {text} FROM {table} WHERE id = ?",
        (kind, item_id),
    )


def written(db: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """(table, id) -> the revision this connection last left each row it wrote at."""
    try:
        rows = db.execute("SELECT tbl, id, revision FROM temp.mediakit_written").fetchall()
    except sqlite3.OperationalError:  # this connection has written nothing yet
        return {}
    return {(table, item_id): revision for table, item_id, revision in rows}


def _expected(db: sqlite3.Connection, table: str, item: object, read: int | None) -> int:
    seen = item.revision if read is None else read  # type: ignore[attr-defined]
    try:
        row = db.execute(
            "SELECT revision FROM temp.mediakit_written WHERE tbl = ? AND id = ?",
            (table, item.id),  # type: ignore[attr-defined]
        ).fetchone()
    except sqlite3.OperationalError:  # nothing written through this connection yet
        row = None
    return seen if row is None else max(seen, row[0])


def _note(db: sqlite3.Connection, table: str, item_id: int, revision: int) -> None:
    """Remember, for this connection only, the revision it left a row at. A TEMP table: no other
    program sees it, and a rolled-back transaction takes its notes back with it."""
    note = "INSERT OR REPLACE INTO temp.mediakit_written (tbl, id, revision) VALUES (?, ?, ?)"
    try:
        db.execute(note, (table, item_id, revision))
    except sqlite3.OperationalError:
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS mediakit_written "
            "(tbl TEXT NOT NULL, id INTEGER NOT NULL, revision INTEGER NOT NULL, "
            "PRIMARY KEY (tbl, id))"
        )
        db.execute(note, (table, item_id, revision))


def _what_happened(db: sqlite3.Connection, table: str, item_id: int) -> str:
    gone = db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)).fetchone() is None
    return "was deleted by another program" if gone else "was changed by another program"


def conflict(
    item: object,
    happened: str = "was changed by another program",
    db: sqlite3.Connection | None = None,
) -> ConflictError:
    """The error saying `item` changed under its writer: named, with nothing written."""
    info = info_of(type(item))
    name = _name(item)
    if db is not None and getattr(item, "id", None) is not None:
        row = db.execute(f"SELECT * FROM {info.table} WHERE id = ?", (item.id,)).fetchone()
        name = _name(TABLES[type(item)][2](row)) if row is not None else name  # as it is now
    subject = f"“{name}”" if name else f"{info.noun} {getattr(item, 'id', '')}".strip()
    error = ConflictError(
        f"{subject} {happened} since it was opened; your change was not written — "
        "it has been reloaded"
    )
    error.kind = info.kind
    error.item_id = getattr(item, "id", None)
    return error


def _name(item: object) -> str:
    for attribute in ("title", "name", "caption", "value", "original_name"):
        words = str(getattr(item, attribute, "") or "").split()
        if words:
            return " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return ""


def put_org(db: sqlite3.Connection, org: OrgProfile) -> None:
    row = TABLES[OrgProfile][1](org)
    columns = ",".join(row)
    marks = ",".join("?" * len(row))
    db.execute(f"INSERT OR REPLACE INTO org ({columns}) VALUES ({marks})", list(row.values()))


def put_media(
    db: sqlite3.Connection, media_hash: str, ext: str, size: int, width: int, height: int
) -> None:
    db.execute(
        "INSERT OR IGNORE INTO media (hash, ext, size, width, height) VALUES (?, ?, ?, ?, ?)",
        (media_hash, ext, size, width, height),
    )
