"""The main window. It shows at once, saying which library it is opening; its panes, actions and
menus come a moment later, when `assemble` gives it a `Workbench` (which loads the core).

This module needs Qt and nothing heavier, so the window is on screen before ReportLab, Pillow
and the panes have loaded (see `app.run`). It even leaves out Qt's `Qt` namespace, which PySide
builds in one go (hundreds of enums, some 35 ms) the first time anything uses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from mediakit.gui.i18n import Translatable
from mediakit.gui.icons import icon
from mediakit.gui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent

    from mediakit.gui.services import Services
    from mediakit.gui.widgets import MessageBar
    from mediakit.gui.workbench import Workbench

APP_NAME = "mediakit"


class Assembled:
    """An attribute of the window that is its workbench's: a pane, the actions, a command."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow | None, owner: type | None = None) -> Any:
        if window is None:
            return self
        if window.workbench is None:
            raise AttributeError(f"{self.name}: the window has no panes yet (see assemble)")
        return getattr(window.workbench, self.name)


class MainWindow(Translatable, QMainWindow):
    """Library, kit, editor and preview side by side. Emits `changes_applied` after every edit."""

    changes_applied = Signal(object)
    library_failed = Signal(str, int)

    library_pane = Assembled()
    kit_pane = Assembled()
    editor_pane = Assembled()
    preflight_pane = Assembled()
    preview_pane = Assembled()
    live_preview = Assembled()
    thumbnails = Assembled()
    files = Assembled()
    report = Assembled()
    actions = Assembled()
    menus = Assembled()
    toolbar = Assembled()
    splitter = Assembled()
    side_splitter = Assembled()
    open_library = Assembled()
    new_library = Assembled()
    import_files = Assembled()
    open_export = Assembled()
    open_preferences = Assembled()
    set_language = Assembled()

    def __init__(self, *, settings: Settings, services: Services | None = None) -> None:
        """The window; with `services`, its panes at once too (else call `assemble`)."""
        super().__init__()
        self._settings = settings
        self._opening: Path | None = None
        self._message_bar: MessageBar | None = None
        self.workbench: Workbench | None = None
        self.setWindowIcon(icon("mediakit"))
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._placeholder: Opening | None = Opening()
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(4, 4, 4, 0)
        self._layout.addWidget(self._placeholder, 1)
        self.setCentralWidget(central)
        self._restore_geometry()
        if services is not None:
            self.assemble(services)

    @property
    def message_bar(self) -> MessageBar:
        """The bar above the panes that says an error in one sentence. Made when first needed,
        by the workbench or by a crash report, never before the window shows."""
        if self._message_bar is None:
            from mediakit.gui.widgets import MessageBar

            self._message_bar = MessageBar()
            self._layout.insertWidget(0, self._message_bar)
        return self._message_bar

    def show_opening(self, path: Path) -> None:
        """Say which library is being opened, until the panes are there to show it."""
        self._opening = path
        self.retranslate()

    def assemble(self, services: Services) -> Workbench:
        """Load the panes and the core, and put the panes, actions and menus in the window."""
        from mediakit.gui.workbench import Workbench  # the core loads here, once the window shows

        self.workbench = Workbench(self, self._settings, services)
        return self.workbench

    def set_body(self, panes: QWidget) -> None:
        """Put `panes` where the placeholder was, under the message bar."""
        placeholder, self._placeholder = self._placeholder, None
        if placeholder is not None:
            self._layout.replaceWidget(placeholder, panes)
            placeholder.hide()
            placeholder.deleteLater()
        else:
            self._layout.addWidget(panes)
        self._layout.setStretchFactor(panes, 1)

    def retranslate(self) -> None:
        if self.workbench is not None:
            self.workbench.retranslate()
        elif self._opening is not None and self._placeholder is not None:
            text = self.tr("Opening the library in {path}…").format(path=self._opening)
            self._placeholder.words.setText(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.workbench is not None and self.workbench.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self.workbench is not None and self.workbench.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if self.workbench is not None and self.workbench.drop(event.mimeData()):
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.workbench is not None:
            self.workbench.save_layout()
        self._settings.window_geometry = self.saveGeometry().data()
        self._settings.sync()
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = self._settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1360, 860)


class Opening(QWidget):
    """Where the panes will be, saying which library is being opened meanwhile. Stretches centre
    the words: a label's alignment would be one of the Qt namespace's enums."""

    def __init__(self) -> None:
        super().__init__()
        self.words = QLabel()
        self.words.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.words)
        layout.addStretch(1)
