"""Preferences: the interface language (a kit's own language is one of the kit's settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from mediakit.gui import i18n


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        system = i18n.LANGUAGES[i18n.resolve("")]
        self.language.addItem(
            self.tr("Same as the system ({language})").format(language=system), ""
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        note = QLabel(
            self.tr(
                "The language of menus, dialogs and messages; it changes as soon as you "
                "press OK. Each kit keeps its own language, set in the kit's settings."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Interface language:"), self.language)
        layout.addRow(note)
        layout.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def chosen_language(self) -> str:
        """ "" (the system's), or one of `i18n.LANGUAGES`: "en", "es", "pt", "fr"."""
        return self.language.currentData()
