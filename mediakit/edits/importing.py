"""Storing what an importer parsed: one undoable step per file, duplicates recognised.

Media files are written before the catalog points at them; the catalog rows of one file go in
one transaction, so a file is imported whole or not at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mediakit.edits.changes import Changes
from mediakit.importers import ParsedDocument, ParsedImage, same_story
from mediakit.library import queries, store
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.model import (
    Block,
    BlockKind,
    Contact,
    ItemKind,
    KeyFigure,
    MediakitError,
    Photo,
    Story,
)

IMPORTED, DUPLICATE, UPDATED, REFUSED = "imported", "duplicate", "updated", "refused"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file did, for the import report and `import --json`."""

    name: str
    status: str = IMPORTED
    story_id: int | None = None
    same_as: int | None = None
    photo_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    figure_ids: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    reason: str = ""
    kit_id: int | None = None

    def sentence(self) -> str:
        if self.status == REFUSED:
            return f"{self.name}: refused: {self.reason}"
        if self.status == DUPLICATE:
            return f"{self.name}: same as story {self.same_as}; nothing was added"
        parts = [f"story {self.story_id}"] if self.story_id else []
        for count, noun in (
            (len(self.photo_ids), "photo"),
            (len(self.contact_ids), "contact"),
            (len(self.figure_ids), "key figure"),
        ):
            if count:
                parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
        if self.kit_id:
            parts.insert(0, f"kit {self.kit_id}")
        verb = "updated" if self.status == UPDATED else "added"
        return f"{self.name}: {verb} " + (", ".join(parts) or "nothing")


@dataclass
class ImportDocument:
    """Add a parsed file's story, photos, contacts and figures in one transaction.

    A story the library already has is reported as a duplicate, or, when the new copy is
    richer (a real title, more photos, more text), updates the old one in place.
    Redo puts back the very same rows with the same ids, so later edits still find them.
    """

    document: ParsedDocument
    media: MediaStore | None = None
    label: str = ""
    cache: RenditionCache | None = None
    result: ImportResult | None = None
    _added: list[Story | Photo | KeyFigure | Contact] = field(default_factory=list)
    _updated: list[tuple[object, object]] = field(default_factory=list)
    org_added: bool = False

    def __post_init__(self) -> None:
        self.label = self.label or f"Import {self.document.name}"

    def apply(self, db: sqlite3.Connection) -> Changes:
        if self._added or self._updated or self.org_added:
            for item in self._added:
                store.insert(db, item, item_id=item.id)
            for _, after in self._updated:
                store.update(db, after)
            if self.org_added:
                store.put_org(db, self.document.bundle.org)
            return _changes() | Changes.of(ItemKind.KIT)
        changes = self._apply_first(db)
        # Stored: a redo puts back rows, never bytes, so the pixels need not stay in memory.
        self.document = self.document.without_image_bytes()
        return changes

    def _apply_first(self, db: sqlite3.Connection) -> Changes:
        document = self.document
        if document.bundle is not None:
            from mediakit.edits.bundles import import_bundle

            self.result = import_bundle(self, db)
            return _changes() | Changes.of(ItemKind.KIT) | Changes.of(ItemKind.ORG)
        if document.story is None:
            self.result = self._photos_and_contacts(db)
            return _changes()
        same = find_same_story(db, document.story)
        if same is None:
            self.result = self._add_all(db)
        elif richness(document.story) > richness(same):
            self.result = self._update_story(db, same)
        else:
            self.result = ImportResult(
                document.name, DUPLICATE, same_as=same.id, notes=document.notes
            )
        return _changes()

    def revert(self, db: sqlite3.Connection) -> Changes:
        for item in reversed(self._added):
            store.delete(db, type(item), item.id)
        for before, _ in reversed(self._updated):
            store.update(db, before)
        if self.org_added:
            db.execute("DELETE FROM org")
        return _changes() | Changes.of(ItemKind.KIT)

    def _add_all(self, db: sqlite3.Connection) -> ImportResult:
        document = self.document
        photo_ids = self._add_photos(db)
        body = tuple(_remap(block, photo_ids) for block in document.story.body)
        story_id = self.add(db, dataclasses.replace(document.story, body=body))
        contact_ids, figure_ids = self._add_people(db)
        return ImportResult(
            document.name,
            IMPORTED,
            story_id,
            None,
            tuple(photo_ids),
            tuple(contact_ids),
            tuple(figure_ids),
            document.notes,
        )

    def _update_story(self, db: sqlite3.Connection, old: Story) -> ImportResult:
        document = self.document
        photo_ids = self._add_photos(db)
        body = tuple(_remap(block, photo_ids) for block in document.story.body)
        new = dataclasses.replace(document.story, id=old.id, body=body)
        self.replace(db, old, new)
        contact_ids, figure_ids = self._add_people(db)
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
        )

    def _photos_and_contacts(self, db: sqlite3.Connection) -> ImportResult:
        """A photo file fills the empty slot it matches, else becomes a new photo; vCards, CSVs."""
        photo_ids, notes = [], list(self.document.notes)
        for index, photo in enumerate(self.document.photos):
            image = self.document.images.get(index)
            slot = find_matching_slot(db, photo) if image else None
            if slot is None:
                photo_ids.append(self.add(db, self.with_image(db, photo, image)))
                continue
            filled = self.with_image(db, _fill_slot(slot, photo), image)
            self.replace(db, slot, filled)
            photo_ids.append(slot.id)
            notes.append(f"filled the empty photo slot {slot.id} (“{_short(slot.caption)}”)")
        contact_ids, figure_ids = self._add_people(db)
        return ImportResult(
            self.document.name,
            IMPORTED,
            None,
            None,
            tuple(photo_ids),
            tuple(contact_ids),
            tuple(figure_ids),
            tuple(notes),
        )

    def _add_photos(self, db: sqlite3.Connection) -> list[int]:
        return [
            self.add(db, self.with_image(db, photo, self.document.images.get(index)))
            for index, photo in enumerate(self.document.photos)
        ]

    def _add_people(self, db: sqlite3.Connection) -> tuple[list[int], list[int]]:
        contact_ids = [self.merge_contact(db, c) for c in self.document.contacts]
        figure_ids = [self.add(db, f) for f in self.document.figures]
        return contact_ids, figure_ids

    def with_image(self, db: sqlite3.Connection, photo: Photo, image: ParsedImage | None) -> Photo:
        if image is None or self.media is None:
            return photo
        media_hash = self.media.put(image.data, image.ext, media_hash=image.media_hash or None)
        if image.proxy and self.cache is not None:
            self.cache.store_proxy(media_hash, image.proxy)
        store.put_media(db, media_hash, image.ext, len(image.data), image.width, image.height)
        return dataclasses.replace(
            photo,
            media_hash=media_hash,
            width=image.width,
            height=image.height,
            original_name=image.name or photo.original_name,
        )

    def replace(self, db: sqlite3.Connection, before, after) -> None:
        """Update an item in place, remembering how it was for undo."""
        store.update(db, after)
        self._updated.append((before, after))

    def add(self, db: sqlite3.Connection, item: Story | Photo | KeyFigure | Contact) -> int:
        stored = store.insert(db, item)
        self._added.append(stored)
        return stored.id

    def merge_contact(self, db: sqlite3.Connection, contact: Contact) -> int:
        """The same e-mail twice is one contact, updated."""
        existing = contact_by_email(db, contact.email)
        if existing is None:
            return self.add(db, contact)
        merged = dataclasses.replace(
            contact,
            id=existing.id,
            phones=contact.phones or existing.phones,
            role=contact.role or existing.role,
            organisation=contact.organisation or existing.organisation,
            city=contact.city or existing.city,
            country=contact.country or existing.country,
            languages=contact.languages or existing.languages,
        )
        self.replace(db, existing, merged)
        return existing.id


def richness(story: Story) -> tuple[int, int, int]:
    """How complete a copy of a story is: a real title, its photo slots, the length of its text."""
    derived_title = story.title.endswith("…")
    return (int(not derived_title), len(story.photo_ids), len(story.text))


def find_same_story(db: sqlite3.Connection, story: Story) -> Story | None:
    for candidate in queries.all_of(db, Story):
        if same_story(candidate.text, story.text):
            return candidate
    return None


def find_matching_slot(db: sqlite3.Connection, photo: Photo) -> Photo | None:
    """The one empty photo slot whose caption matches the file's name or embedded caption."""
    name_words = _words(re.sub(r"\.\w+$", "", photo.original_name))
    caption_words = _words(photo.caption)
    best, best_score = None, 0.0
    for slot in queries.all_of(db, Photo):
        if slot.has_image or not slot.caption:
            continue
        slot_words = _words(slot.caption)
        score = max(_overlap(name_words, slot_words), _overlap(caption_words, slot_words))
        if score > best_score:
            best, best_score = slot, score
    return best if best_score >= 0.6 else None


def _fill_slot(slot: Photo, found: Photo) -> Photo:
    return dataclasses.replace(
        slot,
        credit=slot.credit or found.credit,
        date=slot.date or found.date,
        place=slot.place or found.place,
        alt_text=slot.alt_text or found.alt_text,
    )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 3}


def _overlap(mine: set[str], slot: set[str]) -> float:
    """Share of the file's words found in the slot's caption (needs three words at least)."""
    if len(mine) < 3:
        return 0.0
    return len(mine & slot) / len(mine)


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def contact_by_email(db: sqlite3.Connection, email: str) -> Contact | None:
    if not email:
        return None
    row = db.execute("SELECT id FROM contacts WHERE lower(email) = lower(?)", (email,)).fetchone()
    return queries.one_of(db, Contact, row[0]) if row else None


def _remap(block: Block, photo_ids: list[int]) -> Block:
    if block.kind is BlockKind.PHOTO and block.photo_id is not None:
        return dataclasses.replace(block, photo_id=photo_ids[block.photo_id])
    return block


def _changes() -> Changes:
    changes = Changes()
    for kind in (ItemKind.STORY, ItemKind.PHOTO, ItemKind.CONTACT, ItemKind.FIGURE):
        changes |= Changes.of(kind)
    return changes


def import_documents(
    history,
    documents: list[ParsedDocument],
    *,
    media: MediaStore | None = None,
    cache: RenditionCache | None = None,
) -> list[ImportResult]:
    """Import several documents, one undo step each, results in the order given.

    The cleanest copy of a story goes in first (a title found, no navigation noise), so a
    scraped duplicate imported alongside it is the one reported as "same as". With `cache`,
    each photo's proxy (made by the import's decode) is kept there for the renditions.
    """
    results = _import_tidy_first(history, enumerate(documents), media=media, cache=cache)
    return [results[i] for i in range(len(documents))]


def _import_tidy_first(
    history,
    documents: Iterable[tuple[int, ParsedDocument]],
    *,
    media: MediaStore | None,
    cache: RenditionCache | None,
) -> dict[int, ImportResult]:
    """Import numbered documents as they come: each tidy one at once, the untidy ones after all
    of them, least untidy first. That is the order of a stable sort by untidiness, without
    waiting for the last document to begin with the first."""
    results: dict[int, ImportResult] = {}
    later: list[tuple[int, ParsedDocument]] = []

    def import_one(index: int, document: ParsedDocument) -> None:
        edit = ImportDocument(document, media=media, cache=cache)
        history.do(edit)
        results[index] = edit.result

    for index, document in documents:
        if _untidiness(document) == _TIDY:
            import_one(index, document)
        else:
            later.append((index, document))
    for index, document in sorted(later, key=lambda item: _untidiness(item[1])):
        import_one(index, document)
    return results


_TIDY = (0, 0)


def _untidiness(document: ParsedDocument) -> tuple[int, int]:
    untitled = any("no title" in note for note in document.notes)
    return (int(untitled), len(document.dropped))


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file of an import: where it was, what happened, what the importer saw."""

    path: str
    result: ImportResult
    document: ParsedDocument | None


def import_paths(
    history,
    paths: list,
    *,
    media: MediaStore | None = None,
    cache: RenditionCache | None = None,
) -> list[FileReport]:
    """Parse and import files of any supported kind, one undo step each; a file that cannot be
    read is refused whole and the others go on. The same for the CLI, drops and File ▸ Import.

    Photos are decoded on every core, and their originals stored as soon as they are checked;
    the catalog is written in this thread, in the order given (cleanest stories first), each
    file as soon as it and the files before it are parsed: the first photos are in the catalog
    while the last are still being decoded."""
    from mediakit.importers.files import parse_files_in_order

    store_original = functools.partial(_store_originals, media) if media is not None else None
    refused: dict[int, MediakitError] = {}
    parsed: dict[int, ParsedDocument] = {}

    def documents(parsing) -> Iterator[tuple[int, ParsedDocument]]:
        for index, outcome in enumerate(parsing):
            if isinstance(outcome, ParsedDocument):
                parsed[index] = outcome.without_image_bytes()  # the report needs no pixels
                yield index, outcome
            else:
                refused[index] = outcome

    # Closed however the import ends: the photos not yet decoding are then never read.
    with contextlib.closing(parse_files_in_order(paths, then=store_original)) as parsing:
        results = _import_tidy_first(history, documents(parsing), media=media, cache=cache)
    return [
        FileReport(str(path), results[i], parsed[i])
        if i in parsed
        else FileReport(
            str(path), ImportResult(str(path), REFUSED, reason=refused[i].message), None
        )
        for i, path in enumerate(paths)
    ]


def _store_originals(media: MediaStore, document: ParsedDocument) -> ParsedDocument:
    """A photo file's original, kept in the media store (before the catalog points at it)."""
    images = {
        index: dataclasses.replace(image, media_hash=media.put(image.data, image.ext))
        for index, image in document.images.items()
    }
    return dataclasses.replace(document, images=images)
