"""The main window. It shows at once, saying which library it is opening; its panes, actions and
menus come a moment later, when the app installs its contents (a `workbench.Workbench`, which
loads the core and puts the panes in the window). The window knows its contents only as
`Contents`: the workbench depends on the window, never the other way round.

This module needs Qt and nothing heavier, so the window is on screen before ReportLab, Pillow
and the panes have loaded (see `app.run`). It even leaves out Qt's `Qt` namespace, which PySide
builds in one go (hundreds of enums, some 35 ms) the first time anything uses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from mediakit.gui.i18n import Translatable
from mediakit.gui.icons import icon
from mediakit.gui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent

    from mediakit.gui.widgets import MessageBar

APP_NAME = "mediakit"


class Contents(Protocol):
    """What fills the window once the core has loaded. The window hands it language changes,
    drops and its closing, and lends its attributes (see `Assembled`)."""

    def retranslate(self) -> None: ...

    def accepts(self, data: QMimeData) -> bool:
        """Whether a drop of `data` would be taken."""
        ...

    def drop(self, data: QMimeData) -> bool:
        """Take the drop of `data`; False if there was nothing to take."""
        ...

    def save_layout(self) -> None:
        """Keep what must outlive the window, as it closes."""
        ...


class Assembled:
    """An attribute of the window that is its contents': a pane, the actions, a command."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow | None, owner: type | None = None) -> Any:
        if window is None:
            return self
        if window.contents is None:
            raise AttributeError(f"{self.name}: the window has no panes yet (see install)")
        return getattr(window.contents, self.name)


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
    welcome = Assembled()  # the first-run welcome (gui.welcome)
    kit_list = Assembled()
    review = Assembled()
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
    open_review = Assembled()
    set_language = Assembled()

    def __init__(self, *, settings: Settings) -> None:
        """The window, saying nothing yet; its panes come with `install`."""
        super().__init__()
        self._settings = settings
        self._opening: Path | None = None
        self._message_bar: MessageBar | None = None
        self.contents: Contents | None = None
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

    def install(self, contents: Contents) -> None:
        """From now on, hand `contents` language changes, drops and the closing of the window,
        and lend its attributes (`window.kit_pane`)."""
        self.contents = contents

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
        if self.contents is not None:
            self.contents.retranslate()
        elif self._opening is not None and self._placeholder is not None:
            text = self.tr("Opening the library in {path}…").format(path=self._opening)
            self._placeholder.words.setText(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.contents is not None and self.contents.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self.contents is not None and self.contents.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if self.contents is not None and self.contents.drop(event.mimeData()):
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.contents is not None:
            self.contents.save_layout()
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
