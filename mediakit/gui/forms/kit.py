"""The kit's settings: title, language, date and place, cover photo, edition and paper."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.fields import (
    CheckField,
    ChoiceField,
    TextField,
)
from mediakit.gui.operations.items import EditorItem


class CoverField(ChoiceField):
    """The cover photo: a photo id, or none (0 in the list)."""

    def read(self):
        return super().read() or None

    def write(self, value) -> None:
        super().write(value or 0)


class KitForm(ItemForm):
    def build(self) -> None:
        self.add(
            TextField(
                "name",
                QT_TRANSLATE_NOOP("Forms", "Title"),
                QT_TRANSLATE_NOOP("Forms", "Rename kit"),
            )
        )
        self.add(
            TextField(
                "subtitle",
                QT_TRANSLATE_NOOP("Forms", "Subtitle"),
                QT_TRANSLATE_NOOP("Forms", "Edit subtitle"),
            )
        )
        self.add(
            ChoiceField(
                "language",
                QT_TRANSLATE_NOOP("Forms", "Kit language"),
                QT_TRANSLATE_NOOP("Forms", "Change kit language"),
                choices=display_text.LANGUAGES,
            )
        )
        self.add(
            TextField(
                "date",
                QT_TRANSLATE_NOOP("Forms", "Date"),
                QT_TRANSLATE_NOOP("Forms", "Edit kit date"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM-DD"),
            )
        )
        self.add(
            TextField(
                "place",
                QT_TRANSLATE_NOOP("Forms", "Place"),
                QT_TRANSLATE_NOOP("Forms", "Edit kit place"),
            )
        )
        self.cover = self.add(
            CoverField(
                "cover_photo_id",
                QT_TRANSLATE_NOOP("Forms", "Cover photo"),
                QT_TRANSLATE_NOOP("Forms", "Change cover photo"),
            )
        )
        self.heading(QT_TRANSLATE_NOOP("Forms", "Edition and paper"))
        self.add(
            ChoiceField(
                "options.edition",
                QT_TRANSLATE_NOOP("Forms", "Edition"),
                QT_TRANSLATE_NOOP("Forms", "Change edition"),
                choices=display_text.EDITIONS,
            )
        )
        self.add(
            ChoiceField(
                "options.paper",
                QT_TRANSLATE_NOOP("Forms", "Paper"),
                QT_TRANSLATE_NOOP("Forms", "Change paper"),
                choices=display_text.PAPERS,
            )
        )
        self.add(
            CheckField(
                "options.grayscale",
                QT_TRANSLATE_NOOP("Forms", "Grayscale"),
                QT_TRANSLATE_NOOP("Forms", "Change grayscale"),
            )
        )
        self.add(
            CheckField(
                "options.print_ready",
                QT_TRANSLATE_NOOP("Forms", "Print-ready (300 ppi photos)"),
                QT_TRANSLATE_NOOP("Forms", "Change print-ready"),
            )
        )
        self.add(
            TextField(
                "options.watermark",
                QT_TRANSLATE_NOOP("Forms", "Watermark"),
                QT_TRANSLATE_NOOP("Forms", "Change watermark"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "DRAFT"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        # A ChoiceField says its words in the "Labels" context.
        choices = {0: QT_TRANSLATE_NOOP("Labels", "No cover photo")}
        choices.update({photo.id: display_text.photo_title(photo) for photo in loaded.photos})
        self.cover.set_choices(choices)
        self.show_item(loaded.item)
