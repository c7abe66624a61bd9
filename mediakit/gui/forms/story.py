"""The story form: title, kind, language, standfirst, dateline, byline, body, tags and embargo."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.body import BodyField
from mediakit.gui.forms.fields import (
    ChoiceField,
    ListField,
    LongTextField,
    TextField,
)
from mediakit.gui.operations.items import EditorItem

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

    def show_loaded(self, loaded: EditorItem) -> None:
        self.loaded = loaded
        self.body.captions = {photo.id: photo.caption for photo in loaded.photos}
        self.show_item(loaded.item)
        self._show_translation()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_translation()

    def _show_translation(self) -> None:
        loaded = self.loaded
        text = (
            display_text.translation_text(loaded.translation_of, loaded.translations)
            if loaded
            else ""
        )
        self.translation.setText(text)
        self.form.setRowVisible(self.translation, bool(text))
