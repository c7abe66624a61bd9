"""Row-level writes. Only `mediakit.edits` calls these, inside a catalog transaction."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import TypeVar

from mediakit.model import OrgProfile
from mediakit.model.records import TABLES

T = TypeVar("T")


def insert(db: sqlite3.Connection, item: T, *, item_id: int | None = None) -> T:
    """Insert `item` (keeping `item_id` when given, as undo does) and return it with its id."""
    table, to_row, _ = TABLES[type(item)]
    row = to_row(item)
    if item_id is not None:
        row["id"] = item_id
    columns = ",".join(row)
    marks = ",".join("?" * len(row))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return dataclasses.replace(item, id=cursor.lastrowid)  # type: ignore[type-var]


def update(db: sqlite3.Connection, item: T) -> None:
    table, to_row, _ = TABLES[type(item)]
    row = to_row(item)
    assignments = ",".join(f"{column} = ?" for column in row)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), item.id])  # type: ignore[attr-defined]


def delete(db: sqlite3.Connection, model: type, item_id: int) -> None:
    table, _, _ = TABLES[model]
    db.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,))


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
