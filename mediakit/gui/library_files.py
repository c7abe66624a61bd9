"""Files from outside: choosing library folders (open, new, recent) and files to import, by
dialog or by dropping them on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from mediakit.gui.settings import Settings
from mediakit.importers import PARSERS

BUNDLE_SUFFIX = ".mediakit"


def importable_suffixes() -> list[str]:
    return sorted({*PARSERS, BUNDLE_SUFFIX})


def dropped_paths(data: QMimeData) -> list[Path]:
    """The local files (not folders) being dropped, in the order given."""
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class LibraryFiles(QObject):
    """Asks the user for folders and files; says what was chosen through its signals."""

    open_requested = Signal(object)
    new_requested = Signal(object)
    import_requested = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = parent
        self.recent_menu = QMenu(parent)
        self.recent_menu.aboutToShow.connect(self.fill_recent)

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Open library"), self._start_folder()
        )
        if folder:
            self.open_requested.emit(Path(folder))

    def choose_new_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window,
            self.tr("Choose an empty folder for the new library"),
            self._start_folder(),
        )
        if folder:
            self.new_requested.emit(Path(folder))

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in importable_suffixes())
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import files"),
            self._settings.last_import_folder,
            self.tr("Documents, photos, contacts and bundles ({patterns});;All files (*)").format(
                patterns=patterns
            ),
        )
        if paths:
            self._settings.last_import_folder = str(Path(paths[0]).parent)
            self.import_requested.emit([Path(path) for path in paths])

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [path for path in self._settings.recent_libraries if path]
        for number, path in enumerate(recent, start=1):
            escaped = path.replace("&", "&&")
            action = self.recent_menu.addAction(f"&{number} {escaped}" if number < 10 else escaped)
            action.triggered.connect(
                lambda _checked=False, p=path: self.open_requested.emit(Path(p))
            )
        if not recent:
            self.recent_menu.addAction(self.tr("No recent libraries")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def retranslate(self) -> None:
        self.recent_menu.setTitle(self.tr("Open &recent library"))

    def _clear_recent(self) -> None:
        self._settings.forget_recent_libraries()

    def _start_folder(self) -> str:
        last = self._settings.last_library
        return str(Path(last).parent) if last else ""
