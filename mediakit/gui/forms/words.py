"""The forms for the words of the library: stories, contacts and key figures."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.body import BodyField
from mediakit.gui.forms.fields import (
    ChoiceField,
    ListField,
    LongTextField,
    TextField,
)
from mediakit.gui.forms.series import SeriesField
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


def month_check(value: str) -> str | None:
    parts = value.split("-")
    if not value or (len(parts) in (2, 3) and all(p.isdigit() for p in parts)):
        return None
    return translate("Forms", "Write the date as year and month, like 2024-06.")


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
        self.body.captions = {photo.id: photo.caption for photo in loaded.photos}
        self.show_item(loaded.item)


class ContactForm(ItemForm):
    def build(self) -> None:
        self.add(
            TextField(
                "name", QT_TRANSLATE_NOOP("Forms", "Name"), QT_TRANSLATE_NOOP("Forms", "Edit name")
            )
        )
        self.add(
            TextField(
                "role",
                QT_TRANSLATE_NOOP("Forms", "Role"),
                QT_TRANSLATE_NOOP("Forms", "Edit role"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "Media officer"),
            )
        )
        self.add(
            TextField(
                "organisation",
                QT_TRANSLATE_NOOP("Forms", "Organisation"),
                QT_TRANSLATE_NOOP("Forms", "Edit organisation"),
            )
        )
        self.add(
            TextField(
                "email",
                QT_TRANSLATE_NOOP("Forms", "E-mail"),
                QT_TRANSLATE_NOOP("Forms", "Edit e-mail"),
            )
        )
        self.add(
            ListField(
                "phones",
                QT_TRANSLATE_NOOP("Forms", "Phones"),
                QT_TRANSLATE_NOOP("Forms", "Edit phones"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "+51 1 234 5678, +51 987 654 321"),
            )
        )
        self.add(
            TextField(
                "city", QT_TRANSLATE_NOOP("Forms", "City"), QT_TRANSLATE_NOOP("Forms", "Edit city")
            )
        )
        self.add(
            TextField(
                "country",
                QT_TRANSLATE_NOOP("Forms", "Country"),
                QT_TRANSLATE_NOOP("Forms", "Edit country"),
            )
        )
        self.add(
            ListField(
                "languages",
                QT_TRANSLATE_NOOP("Forms", "Languages"),
                QT_TRANSLATE_NOOP("Forms", "Edit languages"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "en, es"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        self.show_item(loaded.item)


class FigureForm(ItemForm):
    def build(self) -> None:
        self.add(
            TextField(
                "value",
                QT_TRANSLATE_NOOP("Forms", "Value"),
                QT_TRANSLATE_NOOP("Forms", "Edit value"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "6.1 million"),
            )
        )
        self.add(
            TextField(
                "label",
                QT_TRANSLATE_NOOP("Forms", "Label"),
                QT_TRANSLATE_NOOP("Forms", "Edit label"),
            )
        )
        self.add(
            TextField(
                "source",
                QT_TRANSLATE_NOOP("Forms", "Source"),
                QT_TRANSLATE_NOOP("Forms", "Edit source"),
            )
        )
        self.add(
            TextField(
                "as_of",
                QT_TRANSLATE_NOOP("Forms", "As of"),
                QT_TRANSLATE_NOOP("Forms", "Edit date"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM"),
                check=month_check,
            )
        )
        self.add(
            SeriesField(
                "series",
                QT_TRANSLATE_NOOP("Forms", "Series"),
                QT_TRANSLATE_NOOP("Forms", "Edit series"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        self.show_item(loaded.item)
