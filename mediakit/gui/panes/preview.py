"""The preview pane: the kit's PDF, page after page, fitted to the pane's width.

A new build of the same kit keeps the reading position; the section being edited is kept in
view, found through the PDF's bookmarks (one per section, in the kit's order).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QTimer
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QWidget

from mediakit.gui import display_text
from mediakit.gui.widgets import EmptyState, Translatable, pane_title, titled_pane


class PreviewPane(Translatable, QWidget):
    """Shows PDF bytes. Keeps the reading position when a new build of the same kit arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._status_changed)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self._scroll_to: int | None = None
        self._section: tuple[int, int] | None = None  # (index, number of sections) to keep
        self._state = "waiting"
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.title = pane_title()
        self.status = QLabel()
        self.body = EmptyState(self.view, "")
        titled_pane(self, self.title, self.status, self.body)
        self.retranslate()

    @property
    def page_count(self) -> int:
        return (
            self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
        )

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_building(self) -> None:
        self.status.setText(self.tr("Building…"))

    def show_progress(self, percent: int) -> None:
        if percent < 100:
            self.status.setText(self.tr("Building… {percent} %").format(percent=percent))

    def show_current(self) -> None:
        self.status.setText(self._pages_text())

    def show_failure(self, sentence: str) -> None:
        self.status.setText(self.tr("Not built"))
        self.status.setToolTip(sentence)

    def show_no_kit(self) -> None:
        self.status.clear()
        self._state = "no kit"
        self.body.set_empty(True, self.tr("There is no kit to preview yet."))

    def show_pdf(self, data: bytes) -> None:
        """Load a new build; the buffer it reads from lives until the next one replaces it."""
        self._scroll_to = self.view.verticalScrollBar().value() if self.page_count else None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.deleteLater()

    def keep_in_view(self, section: int | None, sections: int) -> None:
        """Keep the pages of section number `section` (of `sections`) in view; None: any page."""
        self._section = (section, sections) if section is not None else None
        self._ensure_section_visible()

    def section_pages(self, section: int, sections: int) -> range | None:
        """The pages a section spans, if the PDF's bookmarks match the kit's sections."""
        if self.page_count == 0 or self.bookmarks.rowCount() != sections:
            return None
        starts = [self._bookmark_page(row) for row in range(sections)] + [self.page_count]
        return range(starts[section], max(starts[section] + 1, starts[section + 1]))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Preview"))
        self.view.setAccessibleName(self.tr("Preview of the kit"))
        if self._state == "no kit":
            self.show_no_kit()
        elif not self.page_count:
            self.body.set_empty(True, self.tr("The preview of the kit appears here."))
        else:
            self.status.setText(self._pages_text())

    def _bookmark_page(self, row: int) -> int:
        page = self.bookmarks.index(row, 0).data(QPdfBookmarkModel.Role.Page)
        return int(page) if page is not None else 0

    def _ensure_section_visible(self) -> None:
        if self._section is None:
            return
        pages = self.section_pages(*self._section)
        if pages is not None and self.current_page() not in pages:
            navigator = self.view.pageNavigator()
            navigator.jump(pages.start, QPointF(), navigator.currentZoom())

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self._state = "ready"
            self.status.setText(self._pages_text())
            self.status.setToolTip("")
            self.body.set_empty(False)
            position, self._scroll_to = self._scroll_to, None
            QTimer.singleShot(0, lambda: self._restore(position))
        elif status == QPdfDocument.Status.Error:
            self.show_failure(self.tr("The PDF could not be shown."))

    def _restore(self, position: int | None) -> None:
        if position is not None:
            self.view.verticalScrollBar().setValue(position)
        self._ensure_section_visible()

    def _pages_text(self) -> str:
        count = self.page_count
        if not count:
            return ""
        return display_text.count_text(count, self.tr("1 page"), self.tr("{count} pages"))
