"""Helpers for the GUI tests: drops, the preview's words, real JPEG files, stand-in builds."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from mediakit.gui.lanes import Built
from mediakit.gui.mainwindow import MainWindow
from mediakit.model import KitContent
from mediakit.preflight import run_preflight


def drop(widget: QWidget, data: QMimeData, point: QPoint | None = None) -> QDropEvent:
    """What the end of a drag does: enter, move over and drop `data` at `point` on `widget`."""
    point = QPointF(point if point is not None else widget.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(point, *args))
    QApplication.sendEvent(widget, QDragMoveEvent(point, *args))
    event = QDropEvent(point, *args)
    QApplication.sendEvent(widget, event)
    return event


def file_drop_data(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def pdf_text(window: MainWindow) -> str:
    """Every word of the PDF the preview shows, lines joined again (and words a line end
    hyphenated made whole), so a phrase can be looked for wherever the layout broke it."""
    document = window.preview_pane.document
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    text = re.sub(r"(\w)[-\u00ad]\s*\n\s*(\w)", r"\1\2", text)
    return " ".join(text.split())


def jpeg(path: Path, size: tuple[int, int] = (1200, 800), colour: str = "#3a7bd5") -> Path:
    """A real JPEG made with Pillow."""
    from PIL import Image

    Image.new("RGB", size, colour).save(path, "JPEG", quality=80)
    return path


def built(pdf: bytes, content: KitContent) -> Built:
    """What a stand-in build hands the preview: its PDF and what preflight finds in `content`."""
    return Built(pdf, run_preflight(content))
