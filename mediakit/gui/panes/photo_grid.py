"""The photo tab's grid for libraries of thousands: a lazy model over the photos the tab shows.

The model holds the photos (plain objects, cheap) and lets the view have them a chunk at a time
(`canFetchMore`/`fetchMore`: the view asks for more as it is scrolled), so filling the list
never holds the event loop. Thumbnails are asked for only for the rows on screen once the view
has stopped moving for a moment (rows scrolled past are never made: making thousands of them
kept a core busy long after the window fell idle), are made on the thumbnail pool, and each
repaints its row alone when it comes. The grid offers the few calls
of a QListWidget the library pane uses (`item(row)`, `row_of`, `current_id`, the
`currentItemChanged` and `itemActivated` signals), each row as a `PhotoRow`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from mediakit.gui.panes.library_lists import ID_ROLE, ITEM_MIME, THUMB_SIZE, encode_refs
from mediakit.gui.thumbnails import Thumbnails
from mediakit.model import ItemKind, ItemRef, Photo

HASH_ROLE = ID_ROLE + 1
CHUNK = 200  # rows handed to the view at a time
STILL_MS = 60  # how long the view must stay still before its thumbnails are asked for
ICONS_KEPT = 600  # framed thumbnails kept, beyond those on screen

Words = Callable[[Photo], tuple[str, str]]
Framed = Callable[[object], QIcon]


class PhotoModel(QAbstractListModel):
    """The photos a tab shows, handed to the view `CHUNK` rows at a time."""

    def __init__(
        self,
        thumbnails: Thumbnails,
        words: Words,
        framed: Framed,
        icons: dict[str, QIcon],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)  # the grid: the model lives exactly as long as its view
        self._thumbnails, self._words, self._framed, self._glyphs = (
            thumbnails,
            words,
            framed,
            icons,
        )
        self.photos: list[Photo] = []
        self._fetched = 0
        self._row_of: dict[int, int] = {}
        self._rows_of_hash: dict[str, list[int]] = {}
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._marks: dict[tuple[int, int], object] = {}  # other roles set on rows
        thumbnails.ready.connect(self._thumbnail_ready)

    # What the view asks.

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._fetched

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self.photos)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(CHUNK, len(self.photos) - self._fetched)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
            self._fetched += more
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or index.row() >= self._fetched:
            return None
        return self.value(index.row(), role)

    def value(self, row: int, role: int):
        photo = self.photos[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._words(photo)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            title, details = self._words(photo)
            return details or title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo.media_hash)
        if role == Qt.ItemDataRole.FontRole and not photo.caption:
            return _italic()  # a file's name, not a caption
        if role == ID_ROLE:
            return photo.id
        if role == HASH_ROLE:
            return photo.media_hash
        return self._marks.get((row, role))

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role < ID_ROLE + 2:
            return False
        self._marks[(index.row(), role)] = value
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return encode_refs(
            [ItemRef(ItemKind.PHOTO, self.photos[i.row()].id) for i in indexes if i.isValid()]
        )

    # What the shelf does.

    def reset(self, photos: Sequence[Photo]) -> None:
        """Show `photos` (in this order): the view gets the first chunk, more as it scrolls."""
        self.beginResetModel()
        self.photos = list(photos)
        self._fetched = min(CHUNK, len(self.photos))
        self._row_of = {photo.id: row for row, photo in enumerate(self.photos)}
        self._rows_of_hash = {}
        for row, photo in enumerate(self.photos):
            if photo.media_hash:
                self._rows_of_hash.setdefault(photo.media_hash, []).append(row)
        self._marks.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return [photo.id for photo in self.photos]

    def row_of(self, photo_id: int) -> int | None:
        return self._row_of.get(photo_id)

    def reach(self, row: int) -> None:
        """Hand the view every row up to `row` (to select or show it)."""
        while row >= self._fetched and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def update(self, photos: Iterable[Photo]) -> None:
        """Put changed photos in the rows they have (their order is unchanged)."""
        for photo in photos:
            row = self._row_of.get(photo.id)
            if row is None:
                continue
            old = self.photos[row].media_hash
            self.photos[row] = photo
            if old != photo.media_hash:
                if old in self._rows_of_hash and row in self._rows_of_hash[old]:
                    self._rows_of_hash[old].remove(row)
                if photo.media_hash:
                    self._rows_of_hash.setdefault(photo.media_hash, []).append(row)
            if row < self._fetched:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def _icon(self, media_hash: str) -> QIcon:
        if not media_hash:
            return self._glyphs["slot"]
        if media_hash in self._icons:
            self._icons.move_to_end(media_hash)
            return self._icons[media_hash]
        pixmap = self._thumbnails.made(media_hash)  # asked for by `ask`, for the rows on screen
        if pixmap is None:
            return self._glyphs["waiting"]
        icon = self._framed(pixmap)
        self._icons[media_hash] = icon
        while len(self._icons) > ICONS_KEPT:
            self._icons.popitem(last=False)
        return icon

    def ask(self, rows: Iterable[int]) -> None:
        """Have the thumbnails of `rows` made (those not made yet)."""
        for row in rows:
            if 0 <= row < self._fetched:
                media_hash = self.photos[row].media_hash
                if media_hash and media_hash not in self._icons:
                    self._thumbnails.pixmap(media_hash)

    def _thumbnail_ready(self, media_hash: str) -> None:
        self._icons.pop(media_hash, None)
        for row in self._rows_of_hash.get(media_hash, ()):
            if row < self._fetched:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PhotoRow:
    """One row of the grid, answering as a QListWidgetItem would."""

    def __init__(self, model: PhotoModel, row: int) -> None:
        self._model, self._row = model, row

    def row(self) -> int:
        return self._row

    def text(self) -> str:
        return self._model.value(self._row, Qt.ItemDataRole.DisplayRole)

    def toolTip(self) -> str:  # noqa: N802 (Qt's name)
        return self._model.value(self._row, Qt.ItemDataRole.ToolTipRole)

    def icon(self) -> QIcon:
        return self._model.value(self._row, Qt.ItemDataRole.DecorationRole)

    def data(self, role: int):
        return self._model.value(self._row, role)

    def setData(self, role: int, value) -> None:  # noqa: N802 (Qt's name)
        self._model.reach(self._row)
        self._model.setData(self._model.index(self._row), value, role)


class PhotoGrid(QListView):
    """Photos as a grid of thumbnails with their captions underneath, filled lazily."""

    currentItemChanged = Signal(object, object)  # noqa: N815 (QListWidget's name)
    itemActivated = Signal(object)  # noqa: N815 (QListWidget's name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ItemKind.PHOTO
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB_SIZE)
        self.setGridSize(QSize(THUMB_SIZE.width() + 16, THUMB_SIZE.height() + 46))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        # Rows are laid out a batch per turn of the event loop, never all at once.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(CHUNK)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.photo_model: PhotoModel | None = None
        self.activated.connect(lambda index: self.itemActivated.emit(self._row(index)))
        # The thumbnails on screen are asked for once the view has been still for a moment.
        self._still = QTimer(self)
        self._still.setSingleShot(True)
        self._still.setInterval(STILL_MS)
        self._still.timeout.connect(self._ask_on_screen)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._still.start())

    def use(self, model: PhotoModel) -> None:
        self.photo_model = model
        self.setModel(model)
        model.modelReset.connect(self._still.start)
        model.rowsInserted.connect(lambda *_: self._still.start())
        self.selectionModel().currentChanged.connect(
            lambda now, before: self.currentItemChanged.emit(self._row(now), self._row(before))
        )

    # A QListWidget's calls, as the library pane uses them.

    def count(self) -> int:
        """Every photo the grid shows, handed to the view yet or not."""
        return len(self.photo_model.photos) if self.photo_model is not None else 0

    def item(self, row: int) -> PhotoRow | None:
        if self.photo_model is None or not 0 <= row < self.count():
            return None
        return PhotoRow(self.photo_model, row)

    def row_of(self, item_id: int) -> int | None:
        return self.photo_model.row_of(item_id) if self.photo_model is not None else None

    def currentRow(self) -> int:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def currentItem(self) -> PhotoRow | None:  # noqa: N802 (Qt's name)
        return self._row(self.currentIndex())

    def current_id(self) -> int | None:
        row = self.currentItem()
        return row.data(ID_ROLE) if row is not None else None

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 (Qt's name)
        if self.photo_model is not None:
            self.photo_model.reach(row)
            self.setCurrentIndex(self.photo_model.index(row))

    def scrollToItem(self, item: PhotoRow | None) -> None:  # noqa: N802 (Qt's name)
        if item is not None and self.photo_model is not None:
            self.photo_model.reach(item.row())
            self.scrollTo(self.photo_model.index(item.row()))

    def clear(self) -> None:
        if self.photo_model is not None:
            self.photo_model.reset([])

    def rows_on_screen(self) -> range:
        """The rows the viewport shows now (even in part)."""
        model = self.photo_model
        if model is None or not self.isVisible() or model.rowCount() == 0:
            return range(0)
        cell = self.gridSize()
        found = (
            self.indexAt(QPoint(x, y))
            for y in range(0, cell.height() + 1, 6)
            for x in range(cell.width() // 2, self.viewport().width(), cell.width())
        )
        first = next((index.row() for index in found if index.isValid()), None)
        if first is None:
            return range(0)
        while first > 0 and self.visualRect(model.index(first - 1)).bottom() > 0:
            first -= 1
        bottom, last = self.viewport().height(), first
        while last + 1 < model.rowCount() and self.visualRect(model.index(last + 1)).top() < bottom:
            last += 1
        return range(first, last + 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._still.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._still.start()

    def _ask_on_screen(self) -> None:
        if self.photo_model is not None:
            self.photo_model.ask(self.rows_on_screen())

    def _row(self, index: QModelIndex) -> PhotoRow | None:
        if self.photo_model is None or not index.isValid():
            return None
        return PhotoRow(self.photo_model, index.row())


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
