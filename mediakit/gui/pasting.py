"""Paste and drop: what the clipboard or a drop holds, as the core's `Pasted` (a browser's HTML,
else text, else an image's PNG bytes), and the status bar's progress of an import, with Cancel.

The reading and storing are the core's (`edits.pasting`); here only Qt's data is unwrapped."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from mediakit.edits.pasting import Pasted
from mediakit.gui.runner import ImportProgress


def pasted_from(data: QMimeData | None) -> Pasted:
    """The HTML (with its plain text to fall back on), else the text, else the image held by
    `data`; an empty `Pasted` when it holds none of them."""
    if data is None:
        return Pasted()
    html = data.html() if data.hasHtml() else ""
    text = data.text() if data.hasText() else ""
    if html.strip() or text.strip():
        return Pasted(html=html, text=text)
    if data.hasImage():
        return Pasted(image=png_bytes(QImage(data.imageData())))
    return Pasted()


def selection_from(data: QMimeData) -> Pasted:
    """What a drop that is not of files holds: a browser's selection, text or an image. Local
    files and folders dragged from a file manager are not read as their names' text."""
    if data.hasUrls() and any(url.isLocalFile() for url in data.urls()):
        return Pasted()
    return pasted_from(data)


def png_bytes(image: QImage) -> bytes:
    """The image as PNG: the photo importer reads it as it reads a .png file."""
    if image.isNull():
        return b""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


class ImportBar(QWidget):
    """In the status bar while imports run: how many files are done, and a Cancel button that
    stops the imports between two files (what was stored stays, whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._running: list[ImportProgress] = []
        self.hide()

    def start(self) -> ImportProgress:
        """A new import's progress, shown here until `finish(progress)`."""
        progress = ImportProgress(self)
        progress.advanced.connect(self._show)
        self._running.append(progress)
        self.bar.setRange(0, 0)  # busy until the first count comes
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()
        return progress

    def finish(self, progress: ImportProgress) -> None:
        if progress in self._running:
            self._running.remove(progress)
            progress.deleteLater()
        if not self._running:
            self.hide()

    def cancel(self) -> None:
        """Stop every running import between two files."""
        for progress in self._running:
            progress.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def _show(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("%v of %m"))
