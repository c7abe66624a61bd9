"""What an import read from a story's document, kept with the story so the import review can
show it and correct it after a restart: the lines with their roles and reasons, the images its
pictures came from, and the items that import created. Also the lines a user marked as junk on
a web site's pages, remembered per site.

Plain values only (the importers' own types are `edits`' business). Reads here; the writes are
called by `mediakit.edits`, inside a catalog transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportTrace:
    """One story's import: `lines` are dicts (text, role, reason, hint, spans, image), `images`
    dicts (hash, ext, width, height, name) by their index in the document."""

    story_id: int
    name: str
    site: str = ""
    lines: tuple[dict, ...] = ()
    images: tuple[dict, ...] = ()
    photo_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    figure_ids: tuple[int, ...] = ()


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def trace_of(db: sqlite3.Connection, story_id: int) -> ImportTrace | None:
    """The import trace of a story, or None if it was not imported from a document."""
    row = db.execute("SELECT * FROM import_traces WHERE story_id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    return ImportTrace(
        story_id=row["story_id"],
        name=row["name"],
        site=row["site"],
        lines=tuple(json.loads(row["lines"])),
        images=tuple(json.loads(row["images"])),
        photo_ids=tuple(json.loads(row["photo_ids"])),
        contact_ids=tuple(json.loads(row["contact_ids"])),
        figure_ids=tuple(json.loads(row["figure_ids"])),
    )


def put_trace(db: sqlite3.Connection, story_id: int, trace: ImportTrace | None) -> None:
    """Keep `trace` as the story's (None: it has none)."""
    db.execute("DELETE FROM import_traces WHERE story_id = ?", (story_id,))
    if trace is None:
        return
    db.execute(
        "INSERT INTO import_traces (story_id, name, site, lines, images, photo_ids, contact_ids,"
        " figure_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            story_id,
            trace.name,
            trace.site,
            _json(list(trace.lines)),
            _json(list(trace.images)),
            _json(list(trace.photo_ids)),
            _json(list(trace.contact_ids)),
            _json(list(trace.figure_ids)),
        ),
    )


def imported_story_ids(db: sqlite3.Connection) -> set[int]:
    """The stories that can be reviewed."""
    return {row[0] for row in db.execute("SELECT story_id FROM import_traces")}


def site_junk(db: sqlite3.Connection, site: str) -> frozenset[str]:
    """The (folded) lines the user marked as junk on `site`'s pages."""
    if not site:
        return frozenset()
    rows = db.execute("SELECT text FROM site_junk WHERE site = ?", (site,))
    return frozenset(row[0] for row in rows)


def remember_junk(db: sqlite3.Connection, site: str, text: str) -> bool:
    """Remember `text` as junk on `site`; False if it already was."""
    cursor = db.execute("INSERT OR IGNORE INTO site_junk (site, text) VALUES (?, ?)", (site, text))
    return cursor.rowcount > 0


def forget_junk(db: sqlite3.Connection, site: str, text: str) -> None:
    db.execute("DELETE FROM site_junk WHERE site = ? AND text = ?", (site, text))
