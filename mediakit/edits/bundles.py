"""Adding a kit bundle to a library: its items mapped to new ids, what the library already has
reused (same story, same photo, same e-mail), the kit added under a free name."""

from __future__ import annotations

import dataclasses
import sqlite3

from mediakit.edits.importing import IMPORTED, ImportDocument, ImportResult, find_same_story
from mediakit.library import queries, store
from mediakit.model import Block, BlockKind, KeyFigure, Photo, Section


def import_bundle(edit: ImportDocument, db: sqlite3.Connection) -> ImportResult:
    bundle = edit.document.bundle
    photos = {p.id: p for p in bundle.photos}
    photo_ids: dict[int, int] = {}
    same = {s.id: find_same_story(db, s) for s in bundle.stories}
    for story in bundle.stories:  # a story the library has keeps its own photo slots
        if same[story.id] is not None and len(same[story.id].photo_ids) == len(story.photo_ids):
            for theirs, ours in zip(story.photo_ids, same[story.id].photo_ids, strict=True):
                photo_ids[theirs] = _fill(edit, db, ours, photos.get(theirs))
    for photo in bundle.photos:
        if photo.id not in photo_ids:
            photo_ids[photo.id] = _photo(edit, db, photo)
    story_ids = {
        s.id: same[s.id].id if same[s.id] else _story(edit, db, s, photo_ids)
        for s in bundle.stories
    }
    contact_ids = {
        c.id: edit.merge_contact(db, dataclasses.replace(c, id=None)) for c in bundle.contacts
    }
    figure_ids = {f.id: _figure(edit, db, f) for f in bundle.figures}
    if db.execute("SELECT count(*) FROM org").fetchone()[0] == 0:
        store.put_org(db, bundle.org)
        edit.org_added = True
    ids = {"story": story_ids, "gallery": photo_ids, "figures": figure_ids, "contacts": contact_ids}
    kit = dataclasses.replace(
        bundle.kit,
        id=None,
        name=_free_name(db, bundle.kit.name),
        cover_photo_id=photo_ids.get(bundle.kit.cover_photo_id),
        sections=tuple(_section(s, ids) for s in bundle.kit.sections),
    )
    kit_id = edit.add(db, kit)
    return ImportResult(
        edit.document.name,
        IMPORTED,
        None,
        None,
        tuple(photo_ids.values()),
        tuple(contact_ids.values()),
        tuple(figure_ids.values()),
        (f"added kit {kit_id}: “{kit.name}”", *edit.document.notes),
        kit_id=kit_id,
    )


def _photo(edit: ImportDocument, db: sqlite3.Connection, photo: Photo) -> int:
    image = edit.document.bundle_images.get(photo.media_hash)
    if photo.media_hash:
        row = db.execute(
            "SELECT id FROM photos WHERE media_hash = ? AND caption = ?",
            (photo.media_hash, photo.caption),
        ).fetchone()
        if row:
            return row[0]
    stored = edit.with_image(db, dataclasses.replace(photo, id=None, media_hash=""), image)
    return edit.add(db, stored)


def _fill(edit: ImportDocument, db: sqlite3.Connection, ours: int, theirs: Photo | None) -> int:
    """Give our empty slot the image the bundle has for it."""
    photo = queries.one_of(db, Photo, ours)
    if photo.has_image or theirs is None or not theirs.media_hash:
        return ours
    image = edit.document.bundle_images.get(theirs.media_hash)
    filled = edit.with_image(db, photo, image)
    edit.replace(db, photo, filled)
    return ours


def _story(edit: ImportDocument, db: sqlite3.Connection, story, photo_ids: dict[int, int]) -> int:
    body = tuple(_remap(block, photo_ids) for block in story.body)
    return edit.add(db, dataclasses.replace(story, id=None, body=body, translation_of=None))


def _figure(edit: ImportDocument, db: sqlite3.Connection, figure: KeyFigure) -> int:
    for existing in queries.all_of(db, KeyFigure):
        if (existing.value, existing.label, existing.source) == (
            figure.value,
            figure.label,
            figure.source,
        ):
            return existing.id
    return edit.add(db, dataclasses.replace(figure, id=None))


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
