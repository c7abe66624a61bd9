"""The contact form: a press contact's name, role, organisation, e-mail, phones and city."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.fields import (
    ListField,
    TextField,
)
from mediakit.gui.operations.items import EditorItem


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
