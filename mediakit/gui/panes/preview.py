"""The preview pane: the kit's PDF, page after page, fitted to the pane's width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mediakit.gui.widgets import EmptyState, pane_layout, pane_title

WAITING = "The preview of the kit appears here."
NO_KIT = "There is no kit to preview yet."


class PreviewPane(QWidget):
    """Shows PDF bytes. Keeps the reading position when a new build of the same kit arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._status_changed)
        self._buffer: QBuffer | None = None
        self._scroll_to: int | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel()
        self.body = EmptyState(self.view, WAITING)
        header = QHBoxLayout()
        header.addWidget(pane_title("Preview"))
        header.addStretch(1)
        header.addWidget(self.status)
        layout = pane_layout(self)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)

    @property
    def page_count(self) -> int:
        return (
            self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
        )

    def show_building(self) -> None:
        self.status.setText("Building…")

    def show_progress(self, percent: int) -> None:
        if percent < 100:
            self.status.setText(f"Building… {percent} %")

    def show_current(self) -> None:
        self.status.setText(self._pages_text())

    def show_failure(self, sentence: str) -> None:
        self.status.setText("Not built")
        self.status.setToolTip(sentence)

    def show_no_kit(self) -> None:
        self.status.clear()
        self.body.set_empty(True, NO_KIT)

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

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.status.setText(self._pages_text())
            self.status.setToolTip("")
            self.body.set_empty(False)
            if self._scroll_to is not None:
                position, self._scroll_to = self._scroll_to, None
                QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(position))
        elif status == QPdfDocument.Status.Error:
            self.show_failure("The PDF could not be shown.")

    def _pages_text(self) -> str:
        count = self.page_count
        return f"{count} page{'s' if count != 1 else ''}" if count else ""
