"""One parsed file into the library as one undoable step: a story (new, a duplicate, or a
richer copy that updates the old), photos (filling the empty slot they match), contacts, key
figures, or a kit bundle. The catalog rows of one file go in one transaction, so a file is
imported whole or not at all."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field

from mediakit.edits.bundles import import_bundle
from mediakit.edits.changes import Changes
from mediakit.edits.duplicates import (
    filled_slot,
    find_matching_slot,
    find_original,
    find_same_photo,
    find_same_story,
    richness,
)
from mediakit.edits.import_parts import import_more
from mediakit.edits.import_record import ImportRecord
from mediakit.edits.import_report import (
    DUPLICATE,
    IMPORTED,
    UPDATED,
    ImportResult,
    Translation,
    uncaptioned,
)
from mediakit.edits.import_review import trace_for, with_site_memory
from mediakit.importers import ParsedDocument
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.model import Block, BlockKind, Contact, ItemKind, KeyFigure, Photo, Story
from mediakit.model.kinds import LIBRARY_KINDS


@dataclass
class ImportDocument:
    """Add a parsed file's story, photos, contacts and figures in one transaction.

    A story the library already has is reported as a duplicate, or, when the new copy is
    richer (a real title, more photos, more text), updates the old one in place. The same
    release in another language is a story of its own, linked as a translation of the first.
    Redo puts back the very same rows with the same ids, so later edits still find them.
    """

    document: ParsedDocument
    media: MediaStore | None = None
    label: str = ""
    cache: RenditionCache | None = None
    result: ImportResult | None = None
    record: ImportRecord = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.label = self.label or f"Import {self.document.name}"
        self.record = ImportRecord(self.media, self.cache)

    def apply(self, db: sqlite3.Connection) -> Changes:
        if self.record.has_written:
            self.record.redo(db)
            return _changes() | Changes.of(ItemKind.KIT) | Changes.of(ItemKind.OFFICE)
        changes = self._apply_first(db)
        import_more(self, db)  # the file's other stories, in this same step
        # Stored: a redo puts back rows, never bytes, so the pixels need not stay in memory.
        self.document = self.document.without_image_bytes()
        return changes

    def revert(self, db: sqlite3.Connection) -> Changes:
        self.record.undo(db)
        return _changes() | Changes.of(ItemKind.KIT) | Changes.of(ItemKind.OFFICE)

    def _apply_first(self, db: sqlite3.Connection) -> Changes:
        document, record = self.document, self.record
        if document.bundle is not None:
            self.result = import_bundle(document, record, db)
            office = Changes.of(ItemKind.OFFICE)
            return _changes() | Changes.of(ItemKind.KIT) | Changes.of(ItemKind.ORG) | office
        if document.story is None:
            self.result = _photos_and_contacts(document, record, db)
            return _changes()
        # The lines the user marked as junk on this site's pages before are dropped here.
        self.document = document = with_site_memory(db, document)
        same = find_same_story(db, document.story)
        if same is None:
            original = find_original(db, document)
            self.result = _new_story(document, record, db, original)
        elif richness(document.story) > richness(same):
            self.result = _richer_story(document, record, db, same)
        else:
            self.result = ImportResult(
                document.name,
                DUPLICATE,
                same_as=same.id,
                notes=document.notes,
                same_as_title=same.title,
            )
        return _changes()


def _new_story(
    document: ParsedDocument,
    record: ImportRecord,
    db: sqlite3.Connection,
    original: Story | None = None,
) -> ImportResult:
    """A story of its own; a translation of `original` when there is one."""
    photo_ids = _add_photos(document, record, db)
    body = tuple(_remap(block, photo_ids) for block in document.story.body)
    link = original.id if original is not None else None
    story_id = record.add(db, dataclasses.replace(document.story, body=body, translation_of=link))
    contact_ids, figure_ids = _add_people(document, record, db)
    _keep_trace(document, record, db, story_id, photo_ids)
    return ImportResult(
        document.name,
        IMPORTED,
        story_id,
        None,
        tuple(photo_ids),
        tuple(contact_ids),
        tuple(figure_ids),
        document.notes,
        translation=Translation(link, original.title, document.story.language.value)
        if original is not None
        else None,
        story_title=document.story.title,
        uncaptioned=uncaptioned(document.photos, photo_ids),
    )


def _richer_story(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection, old: Story
) -> ImportResult:
    photo_ids = _add_photos(document, record, db)
    body = tuple(_remap(block, photo_ids) for block in document.story.body)
    # A richer copy keeps the old one's place among its translations.
    richer = dataclasses.replace(
        document.story, id=old.id, body=body, translation_of=old.translation_of
    )
    record.replace(db, old, richer)
    contact_ids, figure_ids = _add_people(document, record, db)
    _keep_trace(document, record, db, old.id, photo_ids)
    notes = (f"a richer copy of story {old.id}, which it updates", *document.notes)
    return ImportResult(
        document.name,
        UPDATED,
        old.id,
        old.id,
        tuple(photo_ids),
        tuple(contact_ids),
        tuple(figure_ids),
        notes,
        story_title=document.story.title,
        uncaptioned=uncaptioned(document.photos, photo_ids),
    )


def _photos_and_contacts(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection
) -> ImportResult:
    """A photo file fills the empty slot it matches, else becomes a new photo; vCards, CSVs.
    A photo file the library has already (the same content) is not added again."""
    photo_ids, notes, known = [], list(document.notes), set()
    for index, photo in enumerate(document.photos):
        image = document.images.get(index)
        same = find_same_photo(db, image) if image and record.media else None
        if same is not None and len(document.photos) == 1 and not document.contacts:
            return ImportResult(
                document.name,
                DUPLICATE,
                photo_ids=(same.id,),
                same_photo=same.id,
                same_photo_name=_short(same.caption or same.original_name),
            )
        if same is not None:
            photo_ids.append(same.id)
            known.add(same.id)
            notes.append(f"{_short(photo.original_name or photo.caption)}: {_already(same)}")
            continue
        slot = find_matching_slot(db, photo) if image else None
        if slot is None:
            photo_ids.append(record.add(db, record.with_image(db, photo, image)))
            continue
        record.replace(db, slot, record.with_image(db, filled_slot(slot, photo), image))
        photo_ids.append(slot.id)
        known.add(slot.id)  # the slot's caption stays
        notes.append(f"filled the empty photo slot {slot.id} (“{_short(slot.caption)}”)")
    contact_ids, figure_ids = _add_people(document, record, db)
    return ImportResult(
        document.name,
        IMPORTED,
        None,
        None,
        tuple(photo_ids),
        tuple(contact_ids),
        tuple(figure_ids),
        tuple(notes),
        uncaptioned=tuple(
            (pid, name) for pid, name in uncaptioned(document.photos, photo_ids) if pid not in known
        ),
    )


def _add_photos(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection
) -> list[int]:
    return [
        record.add(db, record.with_image(db, photo, document.images.get(index)))
        for index, photo in enumerate(document.photos)
    ]


def _add_people(
    document: ParsedDocument, record: ImportRecord, db: sqlite3.Connection
) -> tuple[list[int], list[int]]:
    contact_ids = [record.merge_contact(db, c) for c in document.contacts]
    figure_ids = [record.add(db, f) for f in document.figures]
    return contact_ids, figure_ids


def _keep_trace(
    document: ParsedDocument,
    record: ImportRecord,
    db: sqlite3.Connection,
    story_id: int,
    photo_ids: list[int],
) -> None:
    """What the import read, kept with the story for the import review."""
    added = {(type(item), item.id): item for item in record.added}
    photos = [added[(Photo, i)] for i in photo_ids]
    created = [c.id for c in record.added if isinstance(c, Contact)]
    figures = [f.id for f in record.added if isinstance(f, KeyFigure)]
    record.keep_trace(db, story_id, trace_for(document, story_id, photos, created, figures))


def _remap(block: Block, photo_ids: list[int]) -> Block:
    if block.kind is BlockKind.PHOTO and block.photo_id is not None:
        return dataclasses.replace(block, photo_id=photo_ids[block.photo_id])
    return block


def _already(photo: Photo) -> str:
    return ImportResult(
        "", same_photo=photo.id, same_photo_name=_short(photo.caption or photo.original_name)
    ).already()


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def _changes() -> Changes:
    """An import may add to every list of the library: each is read again."""
    changes = Changes()
    for kind in LIBRARY_KINDS:
        changes |= Changes.of(kind)
    return changes
