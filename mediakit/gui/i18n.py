"""The interface language: English (the words in the code), Spanish, Portuguese (Brazil) or French,
from Qt translation files (assets/translations; README "Interface languages" says how to add words).

The interface language is the app's own; a kit's language is a setting of the kit and never
follows it. Installing a translator makes Qt send every widget a LanguageChange event, and the
widgets set their words again (see `Translatable`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from mediakit.paths import asset

# Each language named in its own words, as language pickers do.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
}
SOURCE_LANGUAGE = "en"
# The locale whose Qt translations (qtbase: standard buttons, file dialogs) each language takes:
# Qt ships Brazilian Portuguese as qtbase_pt_BR, and loading by locale finds it (or qtbase_pt).
QT_LOCALES: dict[str, str] = {"es": "es_ES", "pt": "pt_BR", "fr": "fr_FR"}


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
        """Switch the whole interface to `code` ("en", "es", "pt", "fr"); returns the language in
        use."""
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
    # Qt's own words (dialog buttons, text field menus) first, then ours.
    qt_words, ours = QTranslator(), QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_words.load(QLocale(QT_LOCALES.get(code, code)), "qtbase", "_", qt_folder)
    ours.load(f"mediakit_{code}", str(asset("translations")))
    return [t for t in (qt_words, ours) if not t.isEmpty()]
