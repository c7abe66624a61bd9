"""The library pane's search field and filter menu: what the user asked to see, and the hits
of the full-text search (run a moment after the last key, on the catalog lane)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from mediakit.gui.filtering import LibraryFilter, hit_set
from mediakit.gui.operations import library as ops
from mediakit.gui.panes.library_lists import FilterButton
from mediakit.gui.runner import OpRunner

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 250


class LibrarySearch(QObject):
    """`field` and `filters` for the pane to place; `narrowed()` after the hits or the filters
    change. `hits` is None while nothing is searched for."""

    narrowed = Signal()

    def __init__(self, runner: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.hits: set[tuple[str, int]] | None = None
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.filters = FilterButton()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.filters.changed.connect(lambda _filter: self.narrowed.emit())

    @property
    def filter(self) -> LibraryFilter:
        return self.filters.filter

    @property
    def narrowing(self) -> bool:
        """Whether a search or a filter hides some items."""
        return self.hits is not None or bool(self.filters.filter.active)

    def text(self) -> str:
        return self.field.text().strip()

    def clear(self) -> None:
        """Show everything again: no search (not even one waiting to run), no filters."""
        self.field.clear()
        self._timer.stop()
        self.hits = None
        self.filters.clear()

    def run(self) -> None:
        """Search now for what the field holds (again, after the library changed)."""
        text = self.text()
        if not text:
            self.hits = None
            self.narrowed.emit()
            return
        self._runner.run(ops.search(text=text).success(lambda found: self._found(text, found)))

    def retranslate(self) -> None:
        self.field.setPlaceholderText(translate("LibraryPane", "Search the library (Ctrl+F)"))
        self.field.setAccessibleName(translate("LibraryPane", "Search the library"))

    def _found(self, text: str, found: list[tuple[str, int]]) -> None:
        # A reply to words since replaced is dropped.
        if text == self.text():
            self.hits = hit_set(found)
            self.narrowed.emit()
