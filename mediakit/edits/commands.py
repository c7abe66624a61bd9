"""Undoable edits. Each applies and reverts inside one catalog transaction and says what changed."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import Protocol

from mediakit.edits.changes import Changes
from mediakit.library import store
from mediakit.model import Contact, ItemKind, KeyFigure, Kit, OrgProfile, Photo, Story
from mediakit.model.kinds import kind_of


class Edit(Protocol):
    label: str

    def apply(self, db: sqlite3.Connection) -> Changes: ...

    def revert(self, db: sqlite3.Connection) -> Changes: ...


@dataclasses.dataclass
class AddItem:
    """Add a story, photo, contact, figure or kit; `item` holds its id once applied."""

    item: Story | Photo | Contact | KeyFigure | Kit
    label: str = "Add"

    def apply(self, db: sqlite3.Connection) -> Changes:
        self.item = store.insert(db, self.item, item_id=self.item.id)
        return Changes.of(kind_of(self.item), self.item.id)

    def revert(self, db: sqlite3.Connection) -> Changes:
        store.delete(db, self.item)
        return Changes.of(kind_of(self.item), self.item.id)


@dataclasses.dataclass
class UpdateItem:
    """Replace an item by a changed copy of itself (same id). Each write checks nobody else
    wrote the row since `before` was read (or since this program last wrote it): neither the
    change nor its undo ever writes over another program's."""

    before: Story | Photo | Contact | KeyFigure | Kit
    after: Story | Photo | Contact | KeyFigure | Kit
    label: str = "Edit"

    def apply(self, db: sqlite3.Connection) -> Changes:
        self.after = store.update(db, self.after, read=self.before.revision)
        return Changes.of(kind_of(self.after), self.after.id)

    def revert(self, db: sqlite3.Connection) -> Changes:
        self.before = store.update(db, self.before, read=self.after.revision)
        return Changes.of(kind_of(self.before), self.before.id)


@dataclasses.dataclass
class DeleteItem:
    item: Story | Photo | Contact | KeyFigure | Kit
    label: str = "Delete"

    def apply(self, db: sqlite3.Connection) -> Changes:
        store.delete(db, self.item)
        return Changes.of(kind_of(self.item), self.item.id)

    def revert(self, db: sqlite3.Connection) -> Changes:
        store.insert(db, self.item, item_id=self.item.id)
        return Changes.of(kind_of(self.item), self.item.id)


@dataclasses.dataclass
class SetOrg:
    before: OrgProfile
    after: OrgProfile
    label: str = "Edit organisation profile"

    def apply(self, db: sqlite3.Connection) -> Changes:
        store.put_org(db, self.after)
        return Changes.of(ItemKind.ORG)

    def revert(self, db: sqlite3.Connection) -> Changes:
        store.put_org(db, self.before)
        return Changes.of(ItemKind.ORG)


@dataclasses.dataclass
class Batch:
    """Several edits as one undo step (e.g. importing a document)."""

    label: str
    edits: list[Edit]

    def apply(self, db: sqlite3.Connection) -> Changes:
        changes = Changes()
        for edit in self.edits:
            changes |= edit.apply(db)
        return changes

    def revert(self, db: sqlite3.Connection) -> Changes:
        changes = Changes()
        for edit in reversed(self.edits):
            changes |= edit.revert(db)
        return changes
