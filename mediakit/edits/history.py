"""Undo and redo over the catalog: the core's own small history (QUndoStack is Qt's)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from mediakit.edits.changes import Changes
from mediakit.edits.commands import Edit
from mediakit.library import Catalog, store

T = TypeVar("T")

LIMIT = 200


@dataclass(frozen=True, slots=True)
class HistoryStatus:
    can_undo: bool
    can_redo: bool
    undo_label: str
    redo_label: str


class History:
    """Runs every edit in one transaction; the only writer of the catalog.

    An edit, undo or redo that finds an item changed by another program raises ConflictError
    and writes nothing; that step leaves the history, since it can no longer be taken as it
    was. A change asked for from an older copy of an item is told from a change of the item by
    someone else by the revisions this connection wrote (`as_seen`)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []

    def do(self, edit: Edit) -> Changes:
        changes = self._run(edit.apply)
        self._undo = [*self._undo[-(LIMIT - 1) :], edit]
        self._redo.clear()
        return changes

    def undo(self) -> Changes:
        if not self._undo:
            return Changes()
        edit = self._undo.pop()
        changes = self._run(edit.revert)
        self._redo.append(edit)
        return changes

    def redo(self) -> Changes:
        if not self._redo:
            return Changes()
        edit = self._redo.pop()
        changes = self._run(edit.apply)
        self._undo.append(edit)
        return changes

    def as_seen(self, item: T, revision: int | None) -> T:
        """`item` as just read, if it is still what a window showed at `revision` (None: not
        checked), or changed since only by this history; ConflictError otherwise."""
        if revision is None or item.revision == revision:  # type: ignore[attr-defined]
            return item
        if store.known(self.catalog.db, item, revision) == item.revision:  # type: ignore[attr-defined]
            return item
        raise store.conflict(item, db=self.catalog.db)

    def _run(self, step: Callable[[sqlite3.Connection], Changes]) -> Changes:
        with self.catalog.transaction() as db:
            return step(db)

    def status(self) -> HistoryStatus:
        return HistoryStatus(
            can_undo=bool(self._undo),
            can_redo=bool(self._redo),
            undo_label=self._undo[-1].label if self._undo else "",
            redo_label=self._redo[-1].label if self._redo else "",
        )
