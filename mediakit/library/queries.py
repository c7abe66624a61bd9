"""Reading the catalog into model objects. Writes live in `store` and are driven by `edits`."""

from __future__ import annotations

import re
import sqlite3
from typing import TypeVar

from mediakit.model import (
    CatalogError,
    Contact,
    KeyFigure,
    Kit,
    KitContent,
    NotFoundError,
    OrgProfile,
    Photo,
    SectionKind,
    Story,
)
from mediakit.model.kinds import KINDS, NUMBERED_KINDS, info_of
from mediakit.model.records import TABLES

T = TypeVar("T")

DEFAULT_ORG = OrgProfile(name="Your organisation")


def all_of(db: sqlite3.Connection, model: type[T]) -> list[T]:
    table, _, from_row = TABLES[model]
    return [
        _read(from_row, row, table, db) for row in db.execute(f"SELECT * FROM {table} ORDER BY id")
    ]


# What a row edited by hand raises when it is read into a model object (bad JSON, an unknown
# kind, a list where a text should be).
_DAMAGED_ROW = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


def _read(from_row, row, table: str, db: sqlite3.Connection):
    """`from_row(row)`, or a CatalogError naming the row when the catalog was edited by hand."""
    try:
        return from_row(row)
    except _DAMAGED_ROW as exc:
        item = f" {row['id']}" if "id" in row.keys() else ""  # noqa: SIM118 (a Row's `in` looks at values)
        raise CatalogError(
            f"the catalog's {table}{item} cannot be read ({type(exc).__name__}: {str(exc)[:80]}); "
            "it was edited or damaged — restore a backup with “mediakit restore”",
            _catalog_file(db),
        ) from exc


def _catalog_file(db: sqlite3.Connection) -> str | None:
    """The catalog's file, to name it in an error."""
    try:
        return db.execute("PRAGMA database_list").fetchone()[2] or None
    except sqlite3.Error:
        return None


def one_of(db: sqlite3.Connection, model: type[T], item_id: int) -> T:
    table, _, from_row = TABLES[model]
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"there is no {info_of(model).noun} with id {item_id}")
    return _read(from_row, row, table, db)


def some_of(db: sqlite3.Connection, model: type[T], ids: set[int]) -> dict[int, T]:
    if not ids:
        return {}
    table, _, from_row = TABLES[model]
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", sorted(ids))
    return {row["id"]: _read(from_row, row, table, db) for row in rows}


def org(db: sqlite3.Connection) -> OrgProfile:
    _, _, from_row = TABLES[OrgProfile]
    row = db.execute("SELECT * FROM org WHERE id = 1").fetchone()
    return _read(from_row, row, "org", db) if row else DEFAULT_ORG


def translations_of(db: sqlite3.Connection, story_id: int) -> list[Story]:
    """The library's translations of a story, in the order they came."""
    rows = db.execute("SELECT * FROM stories WHERE translation_of = ? ORDER BY id", (story_id,))
    return [_read(TABLES[Story][2], row, "stories", db) for row in rows]


def find_kit(db: sqlite3.Connection, name_or_id: str) -> Kit:
    """A kit by name or by id ("3"), as typed on the command line."""
    kit = find_kit_or_none(db, name_or_id)
    if kit is None:
        raise NotFoundError(f"there is no kit named or numbered “{name_or_id}”")
    return kit


def find_kit_or_none(db: sqlite3.Connection, name_or_id: str) -> Kit | None:
    _, _, from_row = TABLES[Kit]
    row = db.execute("SELECT * FROM kits WHERE name = ?", (name_or_id,)).fetchone()
    if row is None and name_or_id.strip().isdigit():
        row = db.execute("SELECT * FROM kits WHERE id = ?", (int(name_or_id),)).fetchone()
    return _read(from_row, row, "kits", db) if row else None


def kit_content(db: sqlite3.Connection, kit: Kit) -> KitContent:
    """Everything a build of `kit` needs, read in one go into an immutable snapshot."""
    stories = some_of(db, Story, set(kit.ids_of(SectionKind.STORY)))
    photo_ids = set(kit.ids_of(SectionKind.GALLERY))
    photo_ids.update(pid for story in stories.values() for pid in story.photo_ids)
    if kit.cover_photo_id:
        photo_ids.add(kit.cover_photo_id)
    return KitContent(
        kit=kit,
        org=org(db),
        stories=stories,
        photos=some_of(db, Photo, photo_ids),
        contacts=some_of(db, Contact, set(kit.ids_of(SectionKind.CONTACTS))),
        figures=some_of(db, KeyFigure, set(kit.ids_of(SectionKind.FIGURES))),
    )


def counts(db: sqlite3.Connection) -> dict[str, int]:
    """How many items of each numbered kind, by catalog table ("stories": 4…)."""
    tables = [KINDS[kind].table for kind in NUMBERED_KINDS]
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def search(db: sqlite3.Connection, text: str, *, limit: int = 200) -> list[tuple[str, int]]:
    """(kind, id) of stories, photos, contacts and figures matching every word of `text`."""
    words = [w for w in re.findall(r"\w+", text.lower()) if w]
    if not words:
        return []
    query = " ".join(f'"{w}"*' for w in words[:12])
    rows = db.execute(
        "SELECT kind, item_id FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    )
    return [(kind, int(item_id)) for kind, item_id in rows]


def photo_with_media(db: sqlite3.Connection, media_hash: str) -> Photo | None:
    """The first photo showing the image with this content hash (by index), if any."""
    if not media_hash:
        return None
    row = db.execute(
        "SELECT * FROM photos WHERE media_hash = ? ORDER BY id LIMIT 1", (media_hash,)
    ).fetchone()
    return TABLES[Photo][2](row) if row else None


def empty_photo_slots(db: sqlite3.Connection) -> list[Photo]:
    """The photos still waiting for their image, with a caption to match a file by (by index:
    the photos that have one are never read)."""
    rows = db.execute(
        "SELECT * FROM photos INDEXED BY photos_empty_slots"
        " WHERE (media_hash IS NULL OR media_hash = '') AND caption != '' ORDER BY id"
    )
    return [TABLES[Photo][2](row) for row in rows]
