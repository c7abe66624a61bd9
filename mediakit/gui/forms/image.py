"""A photo (or logo) in the editor: the image, a button to attach one, drops of image files,
and the regions to blur drawn on it (drag a box to add one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QSizePolicy

translate = QCoreApplication.translate
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"}
Region = tuple[float, float, float, float]


def image_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local image file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(paths) == 1 and paths[0].suffix.lower() in IMAGE_SUFFIXES:
        return paths[0]
    return None


class ImageView(QFrame):
    """Shows a pixmap scaled to fit; `file_dropped(path)`, `region_drawn(region)` in 0..1."""

    file_dropped = Signal(object)
    region_drawn = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pixmap: QPixmap | None = None
        self.message = ""
        self.regions: tuple[Region, ...] = ()
        self.drawing_enabled = False
        self._start: QPoint | None = None
        self._end: QPoint | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 220)

    def show_image(self, pixmap: QPixmap | None, message: str = "") -> None:
        self.pixmap, self.message = pixmap, message
        self.update()

    def show_regions(self, regions: tuple[Region, ...]) -> None:
        self.regions = tuple(regions)
        self.update()

    def image_rect(self) -> QRect:
        if self.pixmap is None or self.pixmap.isNull():
            return QRect()
        size = self.pixmap.size().scaled(
            self.contentsRect().size() - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio
        )
        rect = QRect(QPoint(0, 0), size)
        rect.moveCenter(self.contentsRect().center())
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        target = self.image_rect()
        if target.isNull():
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.contentsRect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self.pixmap)
        painter.setPen(QColor("#c01c28"))
        painter.setBrush(QColor(192, 28, 40, 70))
        for region in self.regions:
            painter.drawRect(self._to_widget(region, target))
        if self._start is not None and self._end is not None:
            painter.drawRect(QRect(self._start, self._end).normalized())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.drawing_enabled and self.image_rect().contains(event.position().toPoint()):
            self._start = self._end = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._start is not None:
            self._end = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._start is None:
            return
        box = QRect(self._start, event.position().toPoint()).normalized()
        self._start = self._end = None
        self.update()
        target = self.image_rect()
        box = box.intersected(target)
        if box.width() >= 6 and box.height() >= 6:
            self.region_drawn.emit(self._to_unit(box, target))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if image_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = image_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.file_dropped.emit(path)

    @staticmethod
    def _to_widget(region: Region, target: QRect) -> QRect:
        x, y, w, h = region
        return QRectF(
            target.x() + x * target.width(),
            target.y() + y * target.height(),
            w * target.width(),
            h * target.height(),
        ).toRect()

    @staticmethod
    def _to_unit(box: QRect, target: QRect) -> Region:
        return (
            round((box.x() - target.x()) / target.width(), 4),
            round((box.y() - target.y()) / target.height(), 4),
            round(box.width() / target.width(), 4),
            round(box.height() / target.height(), 4),
        )
