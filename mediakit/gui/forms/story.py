"""The story form: title, kind, language, standfirst, dateline, byline, body, tags and embargo,
and the photos placed in the story (each can go to the kit's gallery or out of the story)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.body import BodyField
from mediakit.gui.forms.fields import (
    ChoiceField,
    ListField,
    LongTextField,
    TextField,
)
from mediakit.gui.icons import icon
from mediakit.gui.operations.items import EditorItem
from mediakit.gui.panes.library_lists import ID_ROLE
from mediakit.gui.thumbnails import Thumbnails

translate = QCoreApplication.translate


def embargo_check(value: str) -> str | None:
    try:
        if value:
            datetime.fromisoformat(value)
    except ValueError:
        return translate(
            "Forms",
            "Write the embargo as a date and time with its zone, like 2025-03-01T09:00+01:00.",
        )
    return None


class StoryForm(ItemForm):
    """`photo_dropped(photo_id, after)`: a library photo dropped on the text; `to_gallery` and
    `out_of_story` (photo_id): the buttons under the story's photos."""

    photo_dropped = Signal(int, int)
    to_gallery = Signal(int)
    out_of_story = Signal(int)

    def __init__(self, thumbnails: Thumbnails | None = None, parent=None) -> None:
        self._thumbnails = thumbnails
        super().__init__(parent)
        if thumbnails is not None:
            thumbnails.ready.connect(lambda _hash: self._show_photos())

    def build(self) -> None:
        self.add(
            TextField(
                "title",
                QT_TRANSLATE_NOOP("Forms", "Title"),
                QT_TRANSLATE_NOOP("Forms", "Edit title"),
            )
        )
        self.add(
            ChoiceField(
                "kind",
                QT_TRANSLATE_NOOP("Forms", "Kind"),
                QT_TRANSLATE_NOOP("Forms", "Change story kind"),
                choices=display_text.STORY_KINDS,
            )
        )
        self.add(
            ChoiceField(
                "language",
                QT_TRANSLATE_NOOP("Forms", "Language"),
                QT_TRANSLATE_NOOP("Forms", "Change story language"),
                choices=display_text.LANGUAGES,
            )
        )
        # The same release in the library's other languages (set on import).
        self.translation = QLabel()
        self.translation.setWordWrap(True)
        self.translation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.translation)
        self.loaded: EditorItem | None = None
        self.add(
            LongTextField(
                "standfirst",
                QT_TRANSLATE_NOOP("Forms", "Standfirst"),
                QT_TRANSLATE_NOOP("Forms", "Edit standfirst"),
            )
        )
        self.add(
            TextField(
                "dateline.place",
                QT_TRANSLATE_NOOP("Forms", "Dateline place"),
                QT_TRANSLATE_NOOP("Forms", "Edit dateline"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "Lima, Peru"),
            )
        )
        self.add(
            TextField(
                "dateline.date",
                QT_TRANSLATE_NOOP("Forms", "Dateline date"),
                QT_TRANSLATE_NOOP("Forms", "Edit dateline"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM-DD"),
            )
        )
        self.add(
            TextField(
                "byline",
                QT_TRANSLATE_NOOP("Forms", "Byline"),
                QT_TRANSLATE_NOOP("Forms", "Edit byline"),
            )
        )
        self.body = self.add(
            BodyField(
                "body",
                QT_TRANSLATE_NOOP("Forms", "Text"),
                QT_TRANSLATE_NOOP("Forms", "Edit story text"),
            )
        )
        self.body.text.photo_dropped.connect(self.photo_dropped)
        self._build_photos()
        self.add(
            ListField(
                "tags",
                QT_TRANSLATE_NOOP("Forms", "Tags"),
                QT_TRANSLATE_NOOP("Forms", "Edit tags"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "health, migration"),
            )
        )
        self.add(
            TextField(
                "embargo",
                QT_TRANSLATE_NOOP("Forms", "Embargo until"),
                QT_TRANSLATE_NOOP("Forms", "Edit embargo"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "e.g. 2025-03-01T09:00+01:00"),
                check=embargo_check,
            )
        )

    def _build_photos(self) -> None:
        """The story's photos, in the order of the text, with what can be done to each."""
        self.photos_label = QLabel()
        self.photos = QListWidget()
        self.photos.setIconSize(QSize(64, 48))
        self.photos.setMaximumHeight(150)
        self.photos.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.photos_label.setBuddy(self.photos)
        self.gallery_button, self.remove_button = QPushButton(), QPushButton()
        self.gallery_action = QAction(icon("gallery"), "", self.photos)
        self.remove_action = QAction(icon("remove"), "", self.photos)
        self.remove_action.setShortcut("Delete")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action, button, signal in (
            (self.gallery_action, self.gallery_button, self.to_gallery),
            (self.remove_action, self.remove_button, self.out_of_story),
        ):
            action.triggered.connect(lambda _c=False, s=signal: self._photo_action(s))
            button.clicked.connect(action.trigger)
            self.photos.addAction(action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gallery_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow(self.photos_label, self.photos)
        self.form.addRow("", buttons)
        self.photos.currentRowChanged.connect(lambda _row: self._enable_photo_actions())

    def show_loaded(self, loaded: EditorItem) -> None:
        self.loaded = loaded
        self.body.captions = {p.id: display_text.photo_title(p) for p in loaded.photos}
        self.show_item(loaded.item)
        self._show_translation()
        self._show_photos()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_translation()
        self.photos_label.setText(translate("Forms", "Photos:"))
        self.photos.setAccessibleName(translate("Forms", "Photos in this story"))
        self.photos.setToolTip(
            translate(
                "Forms",
                "Insert photo… (Ctrl+Alt+P) places a library photo after the paragraph the "
                "cursor is in; you can also drop a photo from the library on a paragraph.",
            )
        )
        for action, button, text in (
            (self.gallery_action, self.gallery_button, translate("Forms", "Move to gallery")),
            (self.remove_action, self.remove_button, translate("Forms", "Remove from story")),
        ):
            action.setText(text)
            button.setText(text)
        self.remove_action.setToolTip(translate("Forms", "Take the photo out of the story"))
        self._show_photos()

    def _show_photos(self) -> None:
        loaded = self.loaded
        story = loaded.item if loaded is not None else None
        current = self.photos.currentRow()
        self.photos.clear()
        found = {photo.id: photo for photo in loaded.photos} if loaded is not None else {}
        for photo_id in story.photo_ids if story is not None else ():
            photo = found.get(photo_id)
            text = display_text.photo_title(photo) if photo else self.body.caption_of(photo_id)
            item = QListWidgetItem(text, self.photos)
            item.setData(ID_ROLE, photo_id)
            pixmap = None
            if photo is not None and photo.media_hash and self._thumbnails is not None:
                pixmap = self._thumbnails.pixmap(photo.media_hash)
            item.setIcon(QIcon(pixmap) if pixmap is not None else icon("photo"))
        if self.photos.count():
            self.photos.setCurrentRow(min(max(current, 0), self.photos.count() - 1))
        if self.photos.count() == 0:
            QListWidgetItem(translate("Forms", "No photos in this story yet."), self.photos)
            self.photos.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable_photo_actions()

    def _chosen_photo(self) -> int | None:
        item = self.photos.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _enable_photo_actions(self) -> None:
        chosen = self._chosen_photo() is not None
        for widget in (self.gallery_action, self.remove_action):
            widget.setEnabled(chosen)
        self.gallery_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _photo_action(self, signal) -> None:
        photo_id = self._chosen_photo()
        if photo_id is not None:
            self.commit_all()  # words typed a moment ago are saved first
            signal.emit(photo_id)

    def _show_translation(self) -> None:
        loaded = self.loaded
        text = (
            display_text.translation_text(loaded.translation_of, loaded.translations)
            if loaded
            else ""
        )
        self.translation.setText(text)
        self.form.setRowVisible(self.translation, bool(text))
