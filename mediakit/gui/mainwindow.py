"""The main window: assembles the panes and wires them to the services it is given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from mediakit.edits import HistoryStatus
from mediakit.gui import actions as registry
from mediakit.gui.actions import ActionId
from mediakit.gui.icons import icon
from mediakit.gui.lanes import BuildLane
from mediakit.gui.operations import history as history_ops
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.library import OpenedLibrary
from mediakit.gui.panes.kit import KitPane
from mediakit.gui.panes.library import LibraryPane
from mediakit.gui.panes.preview import PreviewPane
from mediakit.gui.preview import LivePreview
from mediakit.gui.runner import OpRunner, sentence
from mediakit.gui.settings import Settings
from mediakit.gui.widgets import MessageBar
from mediakit.model import MediakitError

APP_NAME = "mediakit"
# Library · kit · preview: widths to start with, and the least each pane keeps.
START_WIDTHS = (300, 300, 640)
MIN_WIDTHS = (220, 220, 320)


class MainWindow(QMainWindow):
    """Library, kit and preview side by side. Emits `changes_applied` after every edit."""

    changes_applied = Signal(object)
    library_failed = Signal(str, int)

    def __init__(self, *, settings: Settings, runner: OpRunner, builds: BuildLane) -> None:
        super().__init__()
        self._settings = settings
        self._runner = runner
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("mediakit"))
        self.message_bar = MessageBar()
        self.library_pane = LibraryPane(runner)
        self.kit_pane = KitPane(runner)
        self.preview_pane = PreviewPane()
        self.live_preview = LivePreview(runner, builds, parent=self)
        self.actions = registry.create_actions(self, self._handlers())
        self.splitter = self._assemble()
        self._connect()
        self._restore_layout()

    def open_library(self, path: Path) -> None:
        """Open the library folder on the catalog lane; the panes fill in once it is open."""
        self.statusBar().showMessage(f"Opening the library in {path}…")
        op = library_ops.open_library(path=path)
        self._runner.run(op.success(self._library_ready).failure(self._library_refused))

    def _handlers(self) -> dict[ActionId, object]:
        return {
            ActionId.QUIT: self.close,
            ActionId.UNDO: lambda: self._runner.run(history_ops.undo()),
            ActionId.REDO: lambda: self._runner.run(history_ops.redo()),
            ActionId.REMOVE_SECTION: self.kit_pane.remove_selected,
            ActionId.REFRESH_PREVIEW: self.live_preview.refresh,
        }

    def _assemble(self) -> QSplitter:
        registry.fill_menus(self.menuBar(), self.actions)
        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        registry.fill_toolbar(toolbar, self.actions)
        self.addToolBar(toolbar)
        self.kit_pane.sections.addAction(self.actions[ActionId.REMOVE_SECTION])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("panes")
        splitter.setChildrenCollapsible(False)
        for pane, minimum in zip(
            (self.library_pane, self.kit_pane, self.preview_pane), MIN_WIDTHS, strict=True
        ):
            pane.setMinimumWidth(minimum)
            splitter.addWidget(pane)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes(list(START_WIDTHS))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        return splitter

    def _connect(self) -> None:
        self._runner.changes_applied.connect(self.changes_applied)
        self._runner.history_changed.connect(self._show_history)
        self._runner.failed.connect(self.message_bar.show_error)
        for pane in (self.library_pane, self.kit_pane, self.live_preview):
            self.changes_applied.connect(pane.on_changes)
        self.kit_pane.kit_loaded.connect(
            lambda kit: self.setWindowTitle(f"{kit.name} — {APP_NAME}")
        )
        self.kit_pane.selection_changed.connect(self.actions[ActionId.REMOVE_SECTION].setEnabled)
        self.live_preview.building.connect(self.preview_pane.show_building)
        self.live_preview.progressed.connect(self.preview_pane.show_progress)
        self.live_preview.built.connect(self.preview_pane.show_pdf)
        self.live_preview.unchanged.connect(self.preview_pane.show_current)
        self.live_preview.failed.connect(self.preview_pane.show_failure)
        self.live_preview.failed.connect(
            lambda text: self.message_bar.show_error(f"The preview could not be built. {text}")
        )
        self.live_preview.no_kit.connect(self.preview_pane.show_no_kit)
        self._show_history(HistoryStatus(False, False, "", ""))
        self.actions[ActionId.REMOVE_SECTION].setEnabled(False)

    def _show_history(self, status: HistoryStatus) -> None:
        registry.show_history(self.actions, status)

    def _library_ready(self, opened: OpenedLibrary) -> None:
        self._settings.last_library = str(opened.root)
        note = " (with the demo kit)" if opened.demo_created else ""
        self.statusBar().showMessage(f"Library: {opened.root}{note}", 10_000)
        self.library_pane.load_all()
        self.kit_pane.show_kit(opened.kit_id)
        self.live_preview.show_kit(opened.kit_id)

    def _library_refused(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        text = sentence(error)
        self.message_bar.show_error(text)
        self.library_failed.emit(text, error.exit_code if isinstance(error, MediakitError) else 1)

    def _restore_layout(self) -> None:
        geometry = self._settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        if self._settings.window_state:
            self.restoreState(QByteArray(self._settings.window_state))
        if self._settings.splitter_state:
            self.splitter.restoreState(QByteArray(self._settings.splitter_state))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._settings.window_geometry = self.saveGeometry().data()
        self._settings.window_state = self.saveState().data()
        self._settings.splitter_state = self.splitter.saveState().data()
        self._settings.sync()
        super().closeEvent(event)
