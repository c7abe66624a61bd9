"""Undo and redo over the catalog: the core's own small history (QUndoStack is Qt's)."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.edits.changes import Changes
from mediakit.edits.commands import Edit
from mediakit.library import Catalog

LIMIT = 200


@dataclass(frozen=True, slots=True)
class HistoryStatus:
    can_undo: bool
    can_redo: bool
    undo_label: str
    redo_label: str


class History:
    """Runs every edit in one transaction; the only writer of the catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []

    def do(self, edit: Edit) -> Changes:
        with self.catalog.transaction() as db:
            changes = edit.apply(db)
        self._undo = [*self._undo[-(LIMIT - 1) :], edit]
        self._redo.clear()
        return changes

    def undo(self) -> Changes:
        if not self._undo:
            return Changes()
        edit = self._undo[-1]
        with self.catalog.transaction() as db:
            changes = edit.revert(db)
        self._redo.append(self._undo.pop())
        return changes

    def redo(self) -> Changes:
        if not self._redo:
            return Changes()
        edit = self._redo[-1]
        with self.catalog.transaction() as db:
            changes = edit.apply(db)
        self._undo.append(self._redo.pop())
        return changes

    def status(self) -> HistoryStatus:
        return HistoryStatus(
            can_undo=bool(self._undo),
            can_redo=bool(self._redo),
            undo_label=self._undo[-1].label if self._undo else "",
            redo_label=self._redo[-1].label if self._redo else "",
        )
