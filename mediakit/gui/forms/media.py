"""The forms with pictures: a photo (its words, consent and blurred regions), and the
organisation profile (logo, colours, boilerplate)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm, field_label
from mediakit.gui.forms.fields import (
    CheckField,
    ChoiceField,
    ColourField,
    LongTextField,
    TextField,
    colour_check,
)
from mediakit.gui.forms.image import ImageView
from mediakit.gui.operations.items import EditorItem
from mediakit.gui.thumbnails import LARGE, Thumbnails
from mediakit.paths import asset

translate = QCoreApplication.translate


IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "Forms", "Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)"
)


class PhotoForm(ItemForm):
    attach_requested = Signal(object)  # a Path

    def __init__(self, thumbnails: Thumbnails, parent=None) -> None:
        self._thumbnails = thumbnails
        super().__init__(parent)
        thumbnails.ready.connect(self._thumbnail_ready)

    def build(self) -> None:
        self.image = ImageView()
        self.image.file_dropped.connect(self.attach_requested)
        self.image.region_drawn.connect(self._add_region)
        self.attach = QPushButton()
        self.attach.clicked.connect(self._choose_file)
        self.clear_blur = QPushButton()
        self.clear_blur.clicked.connect(
            lambda: self._send_regions((), QT_TRANSLATE_NOOP("Forms", "Clear blurred regions"))
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.clear_blur)
        buttons.addStretch(1)
        self.column.addWidget(self.image)
        self.column.addLayout(buttons)
        self.column.addWidget(self.hint)
        self.add(
            LongTextField(
                "caption",
                QT_TRANSLATE_NOOP("Forms", "Caption"),
                QT_TRANSLATE_NOOP("Forms", "Edit caption"),
            )
        )
        self.add(
            TextField(
                "credit",
                QT_TRANSLATE_NOOP("Forms", "Credit"),
                QT_TRANSLATE_NOOP("Forms", "Edit credit"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "IOM/Jane Doe"),
            )
        )
        self.add(
            LongTextField(
                "alt_text",
                QT_TRANSLATE_NOOP("Forms", "Alt text"),
                QT_TRANSLATE_NOOP("Forms", "Edit alt text"),
                lines=2,
            )
        )
        self.add(
            TextField(
                "date",
                QT_TRANSLATE_NOOP("Forms", "Date taken"),
                QT_TRANSLATE_NOOP("Forms", "Edit photo date"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM-DD"),
            )
        )
        self.add(
            TextField(
                "place",
                QT_TRANSLATE_NOOP("Forms", "Place"),
                QT_TRANSLATE_NOOP("Forms", "Edit photo place"),
            )
        )
        self.heading(QT_TRANSLATE_NOOP("Forms", "Consent"))
        self.add(
            ChoiceField(
                "consent.level",
                QT_TRANSLATE_NOOP("Forms", "Consent"),
                QT_TRANSLATE_NOOP("Forms", "Change consent"),
                choices=display_text.CONSENT_LEVELS,
            )
        )
        self.add(
            ChoiceField(
                "consent.scope",
                QT_TRANSLATE_NOOP("Forms", "For use in"),
                QT_TRANSLATE_NOOP("Forms", "Change consent"),
                choices=display_text.CONSENT_SCOPES,
            )
        )
        self.add(
            TextField(
                "consent.expires",
                QT_TRANSLATE_NOOP("Forms", "Expires"),
                QT_TRANSLATE_NOOP("Forms", "Change consent"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM-DD"),
            )
        )
        self.add(
            TextField(
                "consent.note",
                QT_TRANSLATE_NOOP("Forms", "Note"),
                QT_TRANSLATE_NOOP("Forms", "Change consent"),
            )
        )
        self.add(
            CheckField(
                "at_risk",
                QT_TRANSLATE_NOOP("Forms", "Shows a minor or a person at risk"),
                QT_TRANSLATE_NOOP("Forms", "Change at-risk flag"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        self.show_item(loaded.item)
        self._show_image()

    def retranslate(self) -> None:
        super().retranslate()
        self.clear_blur.setText(translate("Forms", "Clear blurred regions"))
        self.attach.setText(translate("Forms", "Attach image…"))
        self.hint.setText(
            translate(
                "Forms", "Drag a box over a face to blur it in every PDF, photo pack and bundle."
            )
        )
        self._show_image()

    def _show_image(self) -> None:
        photo = self.item
        if photo is None:
            return
        has_image = photo.has_image
        self.attach.setText(
            translate("Forms", "Replace image…")
            if has_image
            else translate("Forms", "Attach image…")
        )
        self.clear_blur.setEnabled(bool(photo.blur_regions))
        self.hint.setVisible(has_image)
        self.image.drawing_enabled = has_image
        pixmap = self._thumbnails.pixmap(photo.media_hash, LARGE) if has_image else None
        waiting = (
            translate("Forms", "Making the preview…")
            if has_image
            else translate("Forms", "No image yet. Drop the photo file here, or use Attach image.")
        )
        self.image.show_image(pixmap, waiting)
        self.image.show_regions(photo.blur_regions)

    def _thumbnail_ready(self, media_hash: str) -> None:
        if self.item is not None and self.item.media_hash == media_hash:
            self._show_image()

    def _add_region(self, region: tuple) -> None:
        self._send_regions(
            (*self.item.blur_regions, region), QT_TRANSLATE_NOOP("Forms", "Blur a region")
        )

    def _send_regions(self, regions: tuple, undo: str) -> None:
        if self.item is not None:
            self.edited.emit({"blur_regions": tuple(regions)}, translate("Forms", undo))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Forms", "Attach image"), "", translate("Forms", IMAGE_FILTER)
        )
        if path:
            self.attach_requested.emit(Path(path))


class OrgForm(ItemForm):
    logo_requested = Signal(object)  # a Path

    def __init__(self, thumbnails: Thumbnails, parent=None) -> None:
        self._thumbnails = thumbnails
        super().__init__(parent)
        thumbnails.ready.connect(lambda media_hash: self._show_logo())

    def build(self) -> None:
        self.add(
            TextField(
                "name",
                QT_TRANSLATE_NOOP("Forms", "Name"),
                QT_TRANSLATE_NOOP("Forms", "Edit organisation name"),
            )
        )
        self.add(
            TextField(
                "short_name",
                QT_TRANSLATE_NOOP("Forms", "Short name"),
                QT_TRANSLATE_NOOP("Forms", "Edit short name"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "IOM"),
            )
        )
        self.add(
            TextField(
                "website",
                QT_TRANSLATE_NOOP("Forms", "Website"),
                QT_TRANSLATE_NOOP("Forms", "Edit website"),
            )
        )
        self.add(
            LongTextField(
                "boilerplate",
                QT_TRANSLATE_NOOP("Forms", "Boilerplate"),
                QT_TRANSLATE_NOOP("Forms", "Edit boilerplate"),
                lines=6,
                paragraphs=True,
            )
        )
        self.heading(QT_TRANSLATE_NOOP("Forms", "Brand"))
        self.add(
            ColourField(
                "brand_color",
                QT_TRANSLATE_NOOP("Forms", "Brand colour"),
                QT_TRANSLATE_NOOP("Forms", "Change brand colour"),
                check=colour_check,
            )
        )
        self.add(
            ColourField(
                "accent_color",
                QT_TRANSLATE_NOOP("Forms", "Accent colour"),
                QT_TRANSLATE_NOOP("Forms", "Change accent colour"),
                check=colour_check,
            )
        )
        shipped = {"default": QT_TRANSLATE_NOOP("Labels", "Default")}  # the theme's words
        themes = {
            path.stem: shipped.get(path.stem, path.stem.capitalize())
            for path in sorted(asset("themes").glob("*.toml"))
        }
        self.add(
            ChoiceField(
                "theme",
                QT_TRANSLATE_NOOP("Forms", "Theme"),
                QT_TRANSLATE_NOOP("Forms", "Change theme"),
                choices=themes,
            )
        )
        self.logo = ImageView()
        self.logo.setMinimumHeight(90)
        self.logo.file_dropped.connect(self.logo_requested)
        self.choose_logo = QPushButton()
        self.choose_logo.clicked.connect(self._choose_file)
        self.logo_label = QLabel()
        self.form.addRow(self.logo_label, self.logo)
        self.form.addRow("", self.choose_logo)

    def show_loaded(self, loaded: EditorItem) -> None:
        self.show_item(loaded.item)
        self._show_logo()

    def retranslate(self) -> None:
        super().retranslate()
        self.logo_label.setText(field_label(QT_TRANSLATE_NOOP("Forms", "Logo")))
        self.choose_logo.setText(translate("Forms", "Choose logo…"))
        self._show_logo()

    def _show_logo(self) -> None:
        org = self.item
        if org is None:
            return
        pixmap = self._thumbnails.pixmap(org.logo_hash, LARGE) if org.logo_hash else None
        self.logo.show_image(pixmap, translate("Forms", "No logo yet. Drop the image file here."))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Forms", "Choose logo"), "", translate("Forms", IMAGE_FILTER)
        )
        if path:
            self.logo_requested.emit(Path(path))
