"""Each story's MinHash signatures and their LSH band keys (see `importers.similarity`): which
stories are candidates to be the same as a new one, found by index, whatever the library's size.

The catalog's triggers list a story whose text or import trace changed as stale; `edits`
makes its signatures again (in Python) before the next comparison."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def stale(db: sqlite3.Connection) -> list[int]:
    """The stories whose signatures must be made (again), oldest first."""
    return [row[0] for row in db.execute("SELECT story_id FROM stale_signatures ORDER BY story_id")]


def put(
    db: sqlite3.Connection, story_id: int, text_sig: bytes, marks_sig: bytes, keys: Iterable[int]
) -> None:
    """Keep a story's signatures and band keys (replacing the ones it had); no longer stale."""
    db.execute("DELETE FROM story_bands WHERE story_id = ?", (story_id,))
    db.execute(
        "INSERT OR REPLACE INTO story_signatures (story_id, text_sig, marks_sig) VALUES (?, ?, ?)",
        (story_id, text_sig, marks_sig),
    )
    db.executemany(
        "INSERT OR IGNORE INTO story_bands (band_key, story_id) VALUES (?, ?)",
        [(key, story_id) for key in set(keys)],
    )
    db.execute("DELETE FROM stale_signatures WHERE story_id = ?", (story_id,))


def candidates(db: sqlite3.Connection, keys: Iterable[int]) -> list[int]:
    """The stories sharing at least one band key with `keys`, by id."""
    keys = sorted(set(keys))
    if not keys:
        return []
    found: set[int] = set()
    for start in range(0, len(keys), 500):  # within SQLite's limit of bound values
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT DISTINCT story_id FROM story_bands WHERE band_key IN ({marks})", chunk
        )
        found.update(row[0] for row in rows)
    return sorted(found)
