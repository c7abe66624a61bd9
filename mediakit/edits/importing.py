"""Storing what an importer parsed: one undoable step, duplicates recognised, never half-done."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field

from mediakit.edits.changes import Changes
from mediakit.importers import ParsedDocument, same_story
from mediakit.library import queries, store
from mediakit.model import Block, BlockKind, Contact, ItemKind, KeyFigure, Photo, Story


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one document did, in words for the import report."""

    name: str
    story_id: int | None = None
    same_as: int | None = None
    photo_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    figure_ids: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()

    def sentence(self) -> str:
        if self.same_as is not None:
            return f"{self.name}: same as story {self.same_as}; nothing was added"
        parts = [f"story {self.story_id}"] if self.story_id else []
        for count, noun in (
            (len(self.photo_ids), "photo slot"),
            (len(self.contact_ids), "contact"),
            (len(self.figure_ids), "key figure"),
        ):
            if count:
                parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
        return f"{self.name}: added " + (", ".join(parts) or "nothing")


@dataclass
class ImportDocument:
    """Add a parsed document's story, photo slots, contacts and figures in one transaction.

    Redo puts back the very same rows with the same ids, so later edits still find them.
    """

    document: ParsedDocument
    label: str = ""
    result: ImportResult | None = None
    _added: list[Story | Photo | KeyFigure | Contact] = field(default_factory=list)
    _merged: list[tuple[Contact, Contact]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.label = self.label or f"Import {self.document.name}"

    def apply(self, db: sqlite3.Connection) -> Changes:
        if self._added or self._merged:
            for item in self._added:
                store.insert(db, item, item_id=item.id)
            for _, after in self._merged:
                store.update(db, after)
            return _changes()
        same = find_same_story(db, self.document.story)
        if same is not None:
            self.result = ImportResult(
                self.document.name, same_as=same.id, notes=self.document.notes
            )
            return Changes()
        photo_ids = [self._add(db, photo) for photo in self.document.photos]
        body = tuple(_remap(block, photo_ids) for block in self.document.story.body)
        story_id = self._add(db, dataclasses.replace(self.document.story, body=body))
        contact_ids = [self._merge_contact(db, c) for c in self.document.contacts]
        figure_ids = [self._add(db, f) for f in self.document.figures]
        self.result = ImportResult(
            self.document.name,
            story_id,
            None,
            tuple(photo_ids),
            tuple(contact_ids),
            tuple(figure_ids),
            self.document.notes,
        )
        return _changes()

    def revert(self, db: sqlite3.Connection) -> Changes:
        for item in reversed(self._added):
            store.delete(db, type(item), item.id)
        for before, _ in self._merged:
            store.update(db, before)
        return _changes()

    def _add(self, db: sqlite3.Connection, item: Story | Photo | KeyFigure | Contact) -> int:
        stored = store.insert(db, item)
        self._added.append(stored)
        return stored.id

    def _merge_contact(self, db: sqlite3.Connection, contact: Contact) -> int:
        """The same e-mail twice is one contact, updated."""
        existing = _contact_by_email(db, contact.email)
        if existing is None:
            return self._add(db, contact)
        merged = dataclasses.replace(
            contact,
            id=existing.id,
            phones=contact.phones or existing.phones,
            role=contact.role or existing.role,
            city=contact.city or existing.city,
        )
        store.update(db, merged)
        self._merged.append((existing, merged))
        return existing.id


def find_same_story(db: sqlite3.Connection, story: Story) -> Story | None:
    for candidate in queries.all_of(db, Story):
        if same_story(candidate.text, story.text):
            return candidate
    return None


def _contact_by_email(db: sqlite3.Connection, email: str) -> Contact | None:
    if not email:
        return None
    row = db.execute("SELECT id FROM contacts WHERE lower(email) = lower(?)", (email,)).fetchone()
    return queries.one_of(db, Contact, row[0]) if row else None


def _remap(block: Block, photo_ids: list[int]) -> Block:
    if block.kind is BlockKind.PHOTO and block.photo_id is not None:
        return dataclasses.replace(block, photo_id=photo_ids[block.photo_id])
    return block


def _changes() -> Changes:
    kinds = (ItemKind.STORY, ItemKind.PHOTO, ItemKind.CONTACT, ItemKind.FIGURE)
    changes = Changes()
    for kind in kinds:
        changes |= Changes.of(kind)
    return changes


def import_documents(history, documents: list[ParsedDocument]) -> list[ImportResult]:
    """Import several documents, one undo step each, in the order given back.

    The cleanest copy of a story goes in first (a title found, no navigation noise), so
    a scraped duplicate imported alongside it is the one reported as "same as".
    """
    results: dict[int, ImportResult] = {}
    for index in sorted(range(len(documents)), key=lambda i: _untidiness(documents[i])):
        edit = ImportDocument(documents[index])
        history.do(edit)
        results[index] = edit.result
    return [results[i] for i in range(len(documents))]


def _untidiness(document: ParsedDocument) -> tuple[int, int]:
    untitled = any("no title" in note for note in document.notes)
    return (int(untitled), len(document.dropped))
