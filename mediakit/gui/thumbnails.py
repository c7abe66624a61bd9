"""Photo thumbnails: made from the library's rendition cache on a background pool, kept in memory.

The pool only reads files (the cache makes a rendition once and keeps it on disk); bytes are
decoded into a QImage there and turned into a QPixmap here, on the GUI thread.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from mediakit.gui.lanes import TaskPool
from mediakit.imaging import RenditionSpec
from mediakit.layout import PhotoSource

# Twice the size shown, so they stay sharp at 200 % scaling.
GRID = RenditionSpec(max_width=240, max_height=180)
LARGE = RenditionSpec(max_width=720, max_height=540)
KEEP = 400  # pixmaps kept in memory


class Thumbnails(QObject):
    """Asks for thumbnails; `ready(media_hash)` says one can now be had from `pixmap`."""

    ready = Signal(str)

    def __init__(self, pool: TaskPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._source: PhotoSource | None = None
        self._epoch = 0
        self._pixmaps: OrderedDict[tuple[str, RenditionSpec], QPixmap | None] = OrderedDict()
        self._asked: set[tuple[str, RenditionSpec]] = set()

    def set_source(self, source: PhotoSource | None) -> None:
        """Read renditions from `source` (a newly opened library's cache) from now on."""
        self._source, self._epoch = source, self._epoch + 1
        self._pixmaps.clear()
        self._asked.clear()

    def made(self, media_hash: str, spec: RenditionSpec = GRID) -> QPixmap | None:
        """The thumbnail if it is made already; nothing is asked for."""
        return self._pixmaps.get((media_hash, spec))

    def pixmap(self, media_hash: str, spec: RenditionSpec = GRID) -> QPixmap | None:
        """The thumbnail if it is made; else None, and it is made in the background."""
        key = (media_hash, spec)
        if key in self._pixmaps:
            self._pixmaps.move_to_end(key)
            return self._pixmaps[key]
        if media_hash and self._source is not None and key not in self._asked:
            self._asked.add(key)
            source, epoch = self._source, self._epoch
            self._pool.submit(
                lambda: _decode(source(media_hash, spec)),
                lambda image, error: self._made(epoch, key, image, error),
            )
        return None

    def _made(
        self, epoch: int, key: tuple[str, RenditionSpec], image, error: BaseException | None
    ) -> None:
        if epoch != self._epoch:
            return
        self._asked.discard(key)
        # A missing or broken file is remembered as None, so it is not asked for again.
        usable = error is None and image is not None and not image.isNull()
        self._pixmaps[key] = QPixmap.fromImage(image) if usable else None
        while len(self._pixmaps) > KEEP:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key[0])


def _decode(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)
    return image
