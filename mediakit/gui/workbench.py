"""What the main window is made of once the core has loaded: the panes side by side, the actions
with their menus and toolbar, and what each action does.

`MainWindow.assemble` makes the workbench a moment after the window shows, so importing this
module (the panes, the core, Pillow, QtPdf) never delays the window. The words stay in the
"MainWindow" translation context they have always had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QToolBar, QWidget

from mediakit import __version__
from mediakit.edits import HistoryStatus
from mediakit.gui import actions as registry
from mediakit.gui import i18n, locate
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.export import ExportDialog
from mediakit.gui.dialogs.import_report import ImportReport
from mediakit.gui.dialogs.preferences import PreferencesDialog
from mediakit.gui.library_files import LibraryFiles, dropped_paths
from mediakit.gui.mainwindow import APP_NAME
from mediakit.gui.operations import history as history_ops
from mediakit.gui.operations import imports as import_ops
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.imports import ImportOutcome
from mediakit.gui.operations.library import OpenedLibrary
from mediakit.gui.panes.editor import EditorPane
from mediakit.gui.panes.kit import KitPane
from mediakit.gui.panes.library import LibraryPane
from mediakit.gui.panes.preflight import PreflightPane
from mediakit.gui.panes.preview import PreviewPane
from mediakit.gui.preview import LivePreview
from mediakit.gui.runner import sentence
from mediakit.gui.services import Services
from mediakit.gui.settings import Settings
from mediakit.gui.thumbnails import Thumbnails
from mediakit.model import ItemKind, ItemRef, MediakitError

if TYPE_CHECKING:
    from mediakit.gui.mainwindow import MainWindow

translate = QCoreApplication.translate
# Library · kit and preflight · editor · preview: widths to start with, and the least each keeps.
START_WIDTHS = (300, 280, 370, 410)
MIN_WIDTHS = (180, 180, 230, 160)


class Workbench(QObject):
    """The panes, actions and menus of one main window, wired to the services it is given.

    The window lends the panes, the actions and the commands below its own name
    (`window.kit_pane`, `window.open_library`).
    """

    def __init__(self, window: MainWindow, settings: Settings, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._services = services
        self._runner = services.runner
        self._history = HistoryStatus(False, False, "", "")
        self.thumbnails = Thumbnails(services.images, parent=window)
        self.library_pane = LibraryPane(self._runner, self.thumbnails)
        self.kit_pane = KitPane(self._runner)
        self.editor_pane = EditorPane(self._runner, self.thumbnails)
        self.preflight_pane = PreflightPane()
        self.preview_pane = PreviewPane()
        self.live_preview = LivePreview(self._runner, services.builds, parent=window)
        self.files = LibraryFiles(settings, window)
        self.report: ImportReport | None = None
        self.actions = registry.create_actions(window, self._handlers())
        self.toolbar = QToolBar(window)
        self.menus = registry.fill_menus(window.menuBar(), self.actions)
        self.splitter, self.side_splitter = self._assemble()
        self._connect()
        self._restore_layout()
        self.retranslate()

    def open_library(self, path: Path) -> None:
        """Open the library folder on the catalog lane; the panes fill in once it is open."""
        self._status(translate("MainWindow", "Opening the library in {path}…").format(path=path))
        op = library_ops.open_library(path=path)
        self._runner.run(op.success(self._library_ready).failure(self._library_refused))

    def new_library(self, path: Path) -> None:
        kit_name = translate("MainWindow", "Press kit")
        op = library_ops.new_library(path=path, kit_name=kit_name)
        self._runner.run(op.success(self._library_ready).failure(self._say_error))

    def import_files(self, paths: list[Path]) -> None:
        """Import files (dropped, or chosen in File ▸ Import) and show the report."""
        if not paths:
            return
        text = translate("MainWindow", "Importing {count} files…").format(count=len(paths))
        self._status(text)
        self._runner.run(import_ops.import_files(paths=list(paths)).success(self._imported))

    def open_export(self) -> ExportDialog | None:
        kit = self.kit_pane.kit
        if kit is None:
            self._window.message_bar.show_error(
                translate("MainWindow", "There is no kit to export yet.")
            )
            return None
        dialog = ExportDialog(
            kit=kit,
            runner=self._runner,
            pool=self._services.exports,
            settings=self._settings,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self._settings.interface_language, self._window)
        dialog.accepted.connect(lambda: self.set_language(dialog.chosen_language()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_language(self, chosen: str) -> None:
        """Use `chosen` ("" for the system's) for the interface from now on, at once."""
        self._settings.interface_language = chosen
        self._services.language.use(i18n.resolve(chosen))

    def retranslate(self) -> None:
        registry.retranslate(self.actions, self.menus)
        self.files.retranslate()
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self._show_history(self._history)
        self._show_title()

    def accepts(self, data: QMimeData) -> bool:
        """Whether a drop of `data` on the window would import something."""
        return bool(dropped_paths(data))

    def drop(self, data: QMimeData) -> bool:
        """Import the files dropped on the window; False if there were none."""
        paths = dropped_paths(data)
        self.import_files(paths)
        return bool(paths)

    def save_layout(self) -> None:
        """Keep the words being typed and the layout of the panes, as the window closes."""
        form = self.editor_pane.current_form()
        if form is not None:
            form.commit_all()  # words still being typed are saved, as everything else is
        self._settings.window_state = self._window.saveState().data()
        self._settings.splitter_state = self.splitter.saveState().data()
        self._settings.side_splitter = self.side_splitter.saveState().data()

    def _handlers(self) -> dict[ActionId, object]:
        panes = self._focus_handlers()
        return {
            ActionId.NEW_LIBRARY: lambda: self.files.choose_new_library(),
            ActionId.OPEN_LIBRARY: lambda: self.files.choose_library(),
            ActionId.IMPORT: lambda: self.files.choose_files(),
            ActionId.EXPORT: self.open_export,
            ActionId.PREFERENCES: self.open_preferences,
            ActionId.QUIT: self._window.close,
            ActionId.UNDO: lambda: self._runner.run(history_ops.undo()),
            ActionId.REDO: lambda: self._runner.run(history_ops.redo()),
            ActionId.ADD_TO_KIT: lambda: self.kit_pane.add_item(self.library_pane.current_ref()),
            ActionId.REMOVE_SECTION: self.kit_pane.remove_selected,
            ActionId.KIT_SETTINGS: lambda: self._edit(ItemRef(ItemKind.KIT, self.kit_pane.kit_id)),
            ActionId.ORG_PROFILE: lambda: self._edit(ItemRef(ItemKind.ORG, None)),
            ActionId.FIND: self._find,
            ActionId.REFRESH_PREVIEW: self.live_preview.refresh,
            ActionId.ABOUT: self._about,
            **panes,
        }

    def _focus_handlers(self) -> dict[ActionId, object]:
        targets = {
            ActionId.GO_LIBRARY: lambda: self.library_pane.tabs.currentWidget(),
            ActionId.GO_KIT: lambda: self.kit_pane.sections,
            ActionId.GO_EDITOR: lambda: self.editor_pane.stack.currentWidget(),
            ActionId.GO_PREFLIGHT: lambda: self.preflight_pane.findings,
            ActionId.GO_PREVIEW: lambda: self.preview_pane.view,
        }
        return {
            action_id: lambda target=target: target().setFocus(Qt.FocusReason.ShortcutFocusReason)
            for action_id, target in targets.items()
        }

    def _assemble(self) -> tuple[QSplitter, QSplitter]:
        self.menus[registry.FILE].insertMenu(self.actions[ActionId.IMPORT], self.files.recent_menu)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        registry.fill_toolbar(self.toolbar, self.actions)
        self._window.addToolBar(self.toolbar)
        self.kit_pane.sections.addAction(self.actions[ActionId.REMOVE_SECTION])
        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("kitAndPreflight")
        side.setChildrenCollapsible(False)
        side.addWidget(self.kit_pane)
        side.addWidget(self.preflight_pane)
        side.setSizes([520, 240])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("panes")
        splitter.setChildrenCollapsible(False)
        columns = (self.library_pane, side, self.editor_pane, self.preview_pane)
        for pane, minimum in zip(columns, MIN_WIDTHS, strict=True):
            pane.setMinimumWidth(minimum)
            splitter.addWidget(pane)
        splitter.setStretchFactor(3, 1)
        splitter.setSizes(list(START_WIDTHS))
        self._window.set_body(splitter)
        self._set_tab_order()
        return splitter, side

    def _set_tab_order(self) -> None:
        """Tab goes through the panes as they are laid out: left to right, top to bottom."""
        chain = (
            self.library_pane.search,
            self.library_pane.filters,
            self.library_pane.tabs,
            self.kit_pane.settings_button,
            self.kit_pane.sections,
            self.preflight_pane.findings,
            self.editor_pane.stack,
            self.preview_pane.view,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        runner, window = self._runner, self._window
        runner.changes_applied.connect(window.changes_applied)
        runner.history_changed.connect(self._show_history)
        runner.failed.connect(window.message_bar.show_error)
        for pane in (self.library_pane, self.kit_pane, self.editor_pane, self.live_preview):
            window.changes_applied.connect(pane.on_changes)
        self.kit_pane.kit_loaded.connect(lambda _kit: self._show_title())
        self.kit_pane.selection_changed.connect(self.actions[ActionId.REMOVE_SECTION].setEnabled)
        self.kit_pane.section_selected.connect(self._section_selected)
        self.kit_pane.settings_requested.connect(self.actions[ActionId.KIT_SETTINGS].trigger)
        self.library_pane.item_selected.connect(self._edit)
        self.library_pane.add_requested.connect(self.kit_pane.add_item)
        self.preflight_pane.item_activated.connect(self._go_to_finding)
        self.editor_pane.refused.connect(window.message_bar.show_error)
        self.editor_pane.showing.connect(self._keep_in_view)
        self.files.open_requested.connect(self.open_library)
        self.files.new_requested.connect(self.new_library)
        self.files.import_requested.connect(self.import_files)
        self._connect_preview()
        self.actions[ActionId.REMOVE_SECTION].setEnabled(False)

    def _connect_preview(self) -> None:
        preview, live = self.preview_pane, self.live_preview
        live.building.connect(preview.show_building)
        live.progressed.connect(preview.show_progress)
        live.built.connect(preview.show_pdf)
        live.checked.connect(self.preflight_pane.show_findings)
        live.unchanged.connect(preview.show_current)
        live.failed.connect(preview.show_failure)
        live.failed.connect(
            lambda text: self._window.message_bar.show_error(
                translate("MainWindow", "The preview could not be built. {reason}").format(
                    reason=text
                )
            )
        )
        live.no_kit.connect(preview.show_no_kit)

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def _show_history(self, status: HistoryStatus) -> None:
        self._history = status
        registry.show_history(self.actions, status)

    def _show_title(self) -> None:
        kit = self.kit_pane.kit
        self._window.setWindowTitle(f"{kit.name} — {APP_NAME}" if kit else APP_NAME)

    def _edit(self, ref: ItemRef | None) -> None:
        if ref is not None and ref.kind is ItemKind.KIT and ref.id is None:
            return
        self.editor_pane.show_ref(ref)

    def _section_selected(self, index: int) -> None:
        kit = self.kit_pane.kit
        if kit is not None and 0 <= index < len(kit.sections):
            self.editor_pane.show_ref(locate.owner_of(kit.sections[index], kit.id))
            self.preview_pane.keep_in_view(index, len(kit.sections))

    def _keep_in_view(self, ref: ItemRef | None) -> None:
        content = self.live_preview.shown
        index = locate.section_of(content, ref) if content is not None and ref else None
        if index is not None:
            self.preview_pane.keep_in_view(index, len(content.kit.sections))

    def _go_to_finding(self, ref: ItemRef) -> None:
        if ref.kind in (ItemKind.KIT, ItemKind.ORG):
            self._edit(ItemRef(ref.kind, ref.id if ref.kind is ItemKind.KIT else None))
        elif not self.library_pane.select(ref):
            self._edit(ref)

    def _find(self) -> None:
        self.library_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_pane.search.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            translate("MainWindow", "About mediakit"),
            translate(
                "MainWindow",
                "mediakit {version}: press kits, handouts and booklets from your library of "
                "stories, photos, contacts and key figures.",
            ).format(version=__version__),
        )

    def _library_ready(self, opened: OpenedLibrary) -> None:
        self._settings.remember_library(str(opened.root))
        note = translate("MainWindow", " (with the demo kit)") if opened.demo_created else ""
        where = translate("MainWindow", "Library: {path}").format(path=opened.root)
        self._status(where + note, 10_000)
        self.thumbnails.set_source(opened.photos)
        self.editor_pane.show_ref(None)
        if opened.kit_id is not None:  # until something else is picked: the kit's settings
            self.editor_pane.show_ref(ItemRef(ItemKind.KIT, opened.kit_id))
        self.library_pane.load_all()
        self.kit_pane.show_kit(opened.kit_id)
        self.live_preview.show_kit(opened.kit_id)

    def _library_refused(self, error: Exception) -> None:
        self._window.statusBar().clearMessage()
        text = sentence(error)
        self._window.message_bar.show_error(text)
        code = error.exit_code if isinstance(error, MediakitError) else 1
        self._window.library_failed.emit(text, code)

    def _say_error(self, error: Exception) -> None:
        self._window.message_bar.show_error(sentence(error))

    def _imported(self, outcome: ImportOutcome) -> None:
        self._window.statusBar().clearMessage()
        if self.report is not None:
            self.report.close()
        self.report = ImportReport(outcome.reports, self._window)
        self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report.destroyed.connect(lambda: setattr(self, "report", None))
        self.report.show()
        self._status(self.report.summary.text(), 10_000)

    def _restore_layout(self) -> None:
        if self._settings.window_state:
            self._window.restoreState(QByteArray(self._settings.window_state))
        if self._settings.splitter_state:
            self.splitter.restoreState(QByteArray(self._settings.splitter_state))
        if self._settings.side_splitter:
            self.side_splitter.restoreState(QByteArray(self._settings.side_splitter))
