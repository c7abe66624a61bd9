"""The interface language: English (the words in the code) or Spanish, from Qt translation files.

The interface language is the app's own; a kit's language is a setting of the kit and never
follows it. Installing a translator makes Qt send every widget a LanguageChange event, and the
widgets set their words again (see `Translatable`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from mediakit.paths import asset

# Each language named in its own words, as language pickers do.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"


def resolve(chosen: str, system: QLocale | None = None) -> str:
    """The language to use: the one chosen in Preferences, else the system's if we have it."""
    if chosen in LANGUAGES:
        return chosen
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


class Translatable:
    """Mixin for widgets: put every visible word in `retranslate()`; it runs again on a
    language change. List it before the Qt class: `class Pane(Translatable, QWidget)`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class InterfaceLanguage:
    """Installs the translators of one interface language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.code = SOURCE_LANGUAGE

    def use(self, code: str) -> str:
        """Switch the whole interface to `code` ("en", "es"); returns the language in use."""
        code = code if code in LANGUAGES else SOURCE_LANGUAGE
        if code == self.code and (self._installed or code == SOURCE_LANGUAGE):
            return code
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = [t for t in _translators(code) if self._app.installTranslator(t)]
        self.code = code
        return code


def _translators(code: str) -> list[QTranslator]:
    if code == SOURCE_LANGUAGE:
        return []
    found = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own words (dialog buttons, text field menus) first, then ours.
    for name, folder in (
        (f"qtbase_{code}", qt_folder),
        (f"mediakit_{code}", str(asset("translations"))),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            found.append(translator)
    return found
