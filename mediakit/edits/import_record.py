"""What one file's import wrote to the catalog, kept so that undo takes it out and redo puts
the very same rows back, with the same ids, so later edits still find them.

Media files are written before the catalog points at them.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field

from mediakit.edits.duplicates import contact_by_email, merged_contact
from mediakit.importers import ParsedImage
from mediakit.library import store
from mediakit.library.cache import RenditionCache
from mediakit.library.import_trace import ImportTrace, put_trace, trace_of
from mediakit.library.media import MediaStore
from mediakit.model import Contact, KeyFigure, Kit, OrgProfile, Photo, Story


@dataclass
class ImportRecord:
    """An import's writes: each one done at once and remembered, in order."""

    media: MediaStore | None = None
    cache: RenditionCache | None = None
    added: list[Story | Photo | KeyFigure | Contact | Kit] = field(default_factory=list)
    updated: list[tuple[object, object]] = field(default_factory=list)
    org: OrgProfile | None = None
    # (story id, its import trace before, after): what the import review reads
    traces: list[tuple[int, ImportTrace | None, ImportTrace | None]] = field(default_factory=list)

    @property
    def has_written(self) -> bool:
        return bool(self.added or self.updated or self.traces) or self.org is not None

    def add(self, db: sqlite3.Connection, item: Story | Photo | KeyFigure | Contact | Kit) -> int:
        stored = store.insert(db, item)
        self.added.append(stored)
        return stored.id

    def replace(self, db: sqlite3.Connection, before, after) -> None:
        """Update an item in place, remembering how it was for undo."""
        self.updated.append((before, store.update(db, after, read=before.revision)))

    def add_org(self, db: sqlite3.Connection, org: OrgProfile) -> None:
        """The organisation profile, for a library that has none yet."""
        store.put_org(db, org)
        self.org = org

    def keep_trace(self, db: sqlite3.Connection, story_id: int, trace: ImportTrace | None) -> None:
        """What the import read of the story's document, for the import review."""
        self.traces.append((story_id, trace_of(db, story_id), trace))
        put_trace(db, story_id, trace)

    def merge_contact(self, db: sqlite3.Connection, contact: Contact) -> int:
        """The same e-mail twice is one contact, updated."""
        existing = contact_by_email(db, contact.email)
        if existing is None:
            return self.add(db, contact)
        self.replace(db, existing, merged_contact(existing, contact))
        return existing.id

    def with_image(self, db: sqlite3.Connection, photo: Photo, image: ParsedImage | None) -> Photo:
        """The photo pointing at its image, stored in the media store (and its proxy in the
        cache); the photo as it is when there is no image or nowhere to store it."""
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

    def redo(self, db: sqlite3.Connection) -> None:
        for item in self.added:
            store.insert(db, item, item_id=item.id)
        self.updated = [
            (before, store.update(db, after, read=before.revision))
            for before, after in self.updated
        ]
        if self.org is not None:
            store.put_org(db, self.org)
        for story_id, _, after in self.traces:
            put_trace(db, story_id, after)

    def undo(self, db: sqlite3.Connection) -> None:
        for story_id, before, _ in reversed(self.traces):
            put_trace(db, story_id, before)
        for item in reversed(self.added):
            store.delete(db, item)
        undone = [
            (store.update(db, before, read=after.revision), after)
            for before, after in reversed(self.updated)
        ]
        self.updated = undone[::-1]
        if self.org is not None:
            db.execute("DELETE FROM org")
