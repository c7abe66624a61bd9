"""Adding a kit bundle to a library: its items mapped to new ids, what the library already has
reused (same story, same photo, same e-mail), the kit added under a free name."""

from __future__ import annotations

import dataclasses
import sqlite3

from mediakit.edits.duplicates import find_same_story
from mediakit.edits.import_record import ImportRecord
from mediakit.edits.import_report import IMPORTED, ImportResult
from mediakit.importers import ParsedDocument
from mediakit.library import queries
from mediakit.model import Block, BlockKind, KeyFigure, Kit, Office, Photo, Section, Story


def import_bundle(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection
) -> ImportResult:
    """Add the bundle's kit and what it shows, reusing what the library has, through `record`."""
    bundle = document.bundle
    same = {s.id: find_same_story(db, s) for s in bundle.stories}
    photo_ids = _photo_ids(document, record, db, same)
    story_ids = {
        s.id: same[s.id].id if same[s.id] else _story(record, db, s, photo_ids)
        for s in bundle.stories
    }
    contact_ids = {
        c.id: record.merge_contact(db, dataclasses.replace(c, id=None)) for c in bundle.contacts
    }
    figure_ids = {f.id: _figure(record, db, f) for f in bundle.figures}
    if db.execute("SELECT count(*) FROM org").fetchone()[0] == 0:
        record.add_org(db, bundle.org)
    offices = _offices(record, db, bundle.offices, contact_ids)
    ids = {"story": story_ids, "gallery": photo_ids, "figures": figure_ids, "contacts": contact_ids}
    kit = _kit(db, bundle.kit, ids)
    kit_id = record.add(db, kit)
    return ImportResult(
        document.name,
        IMPORTED,
        None,
        None,
        tuple(photo_ids.values()),
        tuple(contact_ids.values()),
        tuple(figure_ids.values()),
        (f"added kit {kit_id}: “{kit.name}”", *offices, *document.notes),
        kit_id=kit_id,
    )


def _offices(
    record: ImportRecord,
    db: sqlite3.Connection,
    offices: tuple[Office, ...],
    contact_ids: dict[int, int],
) -> list[str]:
    """The sender's field offices, with our contact ids; an office this library already has
    (by name) is kept as this library has it. Returns a note for each."""
    notes = []
    for office in offices:
        if db.execute("SELECT 1 FROM offices WHERE name = ?", (office.name,)).fetchone():
            notes.append(f"kept office “{office.name}” as this library has it")
            continue
        ours = tuple(contact_ids[i] for i in office.contact_ids if i in contact_ids)
        record.add(db, dataclasses.replace(office, id=None, contact_ids=ours))
        notes.append(f"added office “{office.name}”")
    return notes


def _photo_ids(
    document: ParsedDocument,
    record: ImportRecord,
    db: sqlite3.Connection,
    same: dict[int, Story | None],
) -> dict[int, int]:
    """The bundle's photo ids -> ours. A story the library has keeps its own photo slots (given
    the bundle's images where they are empty); the other photos are added, or found again."""
    bundle = document.bundle
    photos = {p.id: p for p in bundle.photos}
    photo_ids: dict[int, int] = {}
    for story in bundle.stories:
        known = same[story.id]
        if known is not None and len(known.photo_ids) == len(story.photo_ids):
            for theirs, ours in zip(story.photo_ids, known.photo_ids, strict=True):
                photo_ids[theirs] = _fill(document, record, db, ours, photos.get(theirs))
    for photo in bundle.photos:
        if photo.id not in photo_ids:
            photo_ids[photo.id] = _photo(document, record, db, photo)
    return photo_ids


def _kit(db: sqlite3.Connection, kit: Kit, ids: dict[str, dict[int, int]]) -> Kit:
    """The bundle's kit with our ids, under a name no kit of the library has."""
    return dataclasses.replace(
        kit,
        id=None,
        name=_free_name(db, kit.name),
        cover_photo_id=ids["gallery"].get(kit.cover_photo_id),
        sections=tuple(_section(s, ids) for s in kit.sections),
    )


def _photo(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection, photo: Photo
) -> int:
    image = document.bundle_images.get(photo.media_hash)
    if photo.media_hash:
        row = db.execute(
            "SELECT id FROM photos WHERE media_hash = ? AND caption = ?",
            (photo.media_hash, photo.caption),
        ).fetchone()
        if row:
            return row[0]
    stored = record.with_image(db, dataclasses.replace(photo, id=None, media_hash=""), image)
    return record.add(db, stored)


def _fill(
    document: ParsedDocument,
    record: ImportRecord,
    db: sqlite3.Connection,
    ours: int,
    theirs: Photo | None,
) -> int:
    """Give our empty slot the image the bundle has for it."""
    photo = queries.one_of(db, Photo, ours)
    if photo.has_image or theirs is None or not theirs.media_hash:
        return ours
    image = document.bundle_images.get(theirs.media_hash)
    filled = record.with_image(db, photo, image)
    record.replace(db, photo, filled)
    return ours


def _story(record: ImportRecord, db: sqlite3.Connection, story, photo_ids: dict[int, int]) -> int:
    body = tuple(_remap(block, photo_ids) for block in story.body)
    return record.add(db, dataclasses.replace(story, id=None, body=body, translation_of=None))


def _figure(record: ImportRecord, db: sqlite3.Connection, figure: KeyFigure) -> int:
    for existing in queries.all_of(db, KeyFigure):
        if (existing.value, existing.label, existing.source) == (
            figure.value,
            figure.label,
            figure.source,
        ):
            return existing.id
    return record.add(db, dataclasses.replace(figure, id=None))


def _remap(block: Block, photo_ids: dict[int, int]) -> Block:
    if block.kind is BlockKind.PHOTO and block.photo_id is not None:
        return dataclasses.replace(block, photo_id=photo_ids.get(block.photo_id))
    return block


def _section(section: Section, ids: dict[str, dict[int, int]]) -> Section:
    mapping = ids.get(section.kind.value, {})
    return dataclasses.replace(section, ids=tuple(mapping[i] for i in section.ids if i in mapping))


def _free_name(db: sqlite3.Connection, name: str) -> str:
    candidate, number = name, 1
    while db.execute("SELECT 1 FROM kits WHERE name = ?", (candidate,)).fetchone():
        number += 1
        candidate = f"{name} ({number})"
    return candidate
