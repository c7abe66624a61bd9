"""The photo chooser: the library's photos as thumbnails with their captions (or file names),
narrowed as one types, picked with the arrow keys and Enter. With `stories`, it also asks which
story the photo goes into (Move into story…)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import display_text
from mediakit.gui.icons import icon
from mediakit.gui.panes.library_lists import ID_ROLE
from mediakit.gui.thumbnails import Thumbnails
from mediakit.model import Photo

ICON = QSize(72, 54)
HASH_ROLE = ID_ROLE + 1
WORDS_ROLE = ID_ROLE + 2  # what typing matches: caption, file name, credit, place
MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class PhotoChooser(QDialog):
    """Pick one of `photos`; `chosen()` is its id once the dialog is accepted."""

    def __init__(
        self,
        photos: Sequence[Photo],
        thumbnails: Thumbnails,
        *,
        title: str,
        accept_text: str,
        stories: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.setWindowTitle(title)
        self.setMinimumSize(520, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find a photo by its caption or file name"))
        self.filter.setAccessibleName(self.tr("Find a photo"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setIconSize(ICON)
        self.list.setAccessibleName(self.tr("Photos of the library"))
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.empty = QLabel(self.tr("No photo matches what you typed."))
        self.empty.hide()
        self.story = QComboBox()
        # A story's long title must not squeeze its label away nor widen the dialog.
        self.story.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.story.setMinimumContentsLength(30)
        for story_id, story_title in stories:
            self.story.addItem(story_title, story_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        if stories:
            row = QFormLayout()
            label = QLabel(self.tr("Into the story:"))
            label.setBuddy(self.story)
            row.addRow(label, self.story)
            layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._fill(photos)
        thumbnails.ready.connect(self._thumbnail_ready)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> int | None:
        """The id of the photo picked (None when none is)."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and not item.isHidden() else None

    def chosen_story(self) -> int | None:
        return self.story.currentData()

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Up, Down and Page keys in the filter move through the list, as in a search box."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in MOVES:
                QApplication.sendEvent(self.list, QKeyEvent(key_event))
                return True
        return super().eventFilter(watched, event)

    def _fill(self, photos: Sequence[Photo]) -> None:
        waiting = icon("photo")
        for photo in photos:
            item = QListWidgetItem(display_text.photo_title(photo), self.list)
            item.setToolTip(display_text.photo_details(photo))
            item.setData(ID_ROLE, photo.id)
            item.setData(HASH_ROLE, photo.media_hash)
            words = (photo.caption, photo.original_name, photo.credit, photo.place)
            item.setData(WORDS_ROLE, " ".join(words).casefold())
            pixmap = self._thumbnails.pixmap(photo.media_hash) if photo.media_hash else None
            item.setIcon(QIcon(pixmap) if pixmap is not None else waiting)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = all(word in item.data(WORDS_ROLE) for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)
        self.empty.setVisible(first is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)

    def _thumbnail_ready(self, media_hash: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(HASH_ROLE) == media_hash:
                pixmap = self._thumbnails.made(media_hash)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))
