"""A photo file dropped on an empty photo slot in the library's photo grid (a story's photo
imported without its image) attaches to that slot, as `mediakit photo attach` does; any other
drop on the grid goes on to the window as before (files dropped there are imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QListView

from mediakit.gui.forms.image import image_file
from mediakit.gui.operations import items as item_ops
from mediakit.gui.panes.library_lists import ID_ROLE
from mediakit.gui.panes.photo_grid import HASH_ROLE
from mediakit.gui.runner import OpRunner

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class SlotDrops(QObject):
    """Watches the drops on `grid`'s viewport: one image file over an empty slot attaches."""

    def __init__(self, grid: QListView, runner: OpRunner) -> None:
        super().__init__(grid)
        self._grid = grid
        self._runner = runner
        grid.setAcceptDrops(True)
        grid.viewport().setAcceptDrops(True)
        grid.viewport().installEventFilter(self)

    def slot_at(self, point: QPoint) -> int | None:
        """The id of the empty photo slot at `point` on the viewport, if there is one."""
        index = self._grid.indexAt(point)
        if not index.isValid() or index.data(HASH_ROLE):
            return None
        return index.data(ID_ROLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in _DRAGS or not isinstance(event, QDropEvent):
            return False
        path = image_file(event)
        slot = self.slot_at(event.position().toPoint()) if path is not None else None
        if slot is None or path is None:
            event.ignore()  # the grid takes no other drop: the window's own handling goes on
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.attach(slot, path)
        return True

    def attach(self, photo_id: int, path: Path) -> None:
        self._runner.run(item_ops.attach_photo_image(photo_id=photo_id, path=path))
