"""What fills the main window once the core has loaded: the panes side by side, the actions with
their menus and toolbar, and the signals that tie them to each other and to the services.

`app` makes the workbench a moment after the window shows and installs it in the window, so
importing this module (the panes, the core, Pillow, QtPdf) never delays the window. The words
stay in the "MainWindow" translation context they have always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolBar, QWidget

from mediakit.edits import HistoryStatus
from mediakit.gui import actions as registry
from mediakit.gui import arrangement
from mediakit.gui.actions import ActionId
from mediakit.gui.commands import Commands
from mediakit.gui.desk import LibraryDesk
from mediakit.gui.dialogs.import_report import ImportReport
from mediakit.gui.dialogs.offices import OfficesCommand
from mediakit.gui.kit_list import KitList
from mediakit.gui.library_files import LibraryFiles, dropped_paths
from mediakit.gui.mainwindow import APP_NAME, MainWindow
from mediakit.gui.navigation import Navigation, PickedOnRelease
from mediakit.gui.new_items import NewItems
from mediakit.gui.panes.group import Panes
from mediakit.gui.pasting import pasted_from, selection_from
from mediakit.gui.placing import Placing
from mediakit.gui.services import Services
from mediakit.gui.settings import Settings
from mediakit.gui.slot_drops import SlotDrops
from mediakit.gui.welcome import Welcome
from mediakit.model import ItemKind

translate = QCoreApplication.translate


class Workbench(QObject):
    """The panes, actions and menus of one main window, wired to the services it is given.

    The window lends the panes, the actions and the commands below its own name
    (`window.kit_pane`, `window.open_library`) once the workbench is installed in it.
    """

    def __init__(self, window: MainWindow, settings: Settings, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = services.runner
        self._history = HistoryStatus(False, False, "", "")
        self.panes = panes = Panes.make(services, window)
        self.thumbnails, self.live_preview = panes.thumbnails, panes.live_preview
        self.library_pane, self.kit_pane = panes.library_pane, panes.kit_pane
        self.editor_pane, self.preflight_pane = panes.editor_pane, panes.preflight_pane
        self.preview_pane = panes.preview_pane
        self.files = LibraryFiles(settings, window)
        self.desk = LibraryDesk(window=window, settings=settings, runner=self._runner, panes=panes)
        self.open_library = self.desk.open_library
        self.new_library = self.desk.new_library
        self.import_files = self.desk.import_files
        self.navigation = Navigation(panes)
        commands = Commands(
            window=window,
            settings=settings,
            services=services,
            panes=panes,
            files=self.files,
            navigation=self.navigation,
        )
        self.open_export = commands.open_export
        self.open_preferences = commands.open_preferences
        self.open_review = commands.open_review
        self._commands = commands
        self.set_language = commands.set_language
        self.kit_list = KitList(window=window, runner=self._runner, panes=panes)
        self.new_items = NewItems(runner=self._runner, panes=panes, parent=window)
        self.placing = Placing(window=window, runner=self._runner, panes=panes)
        self.welcome = Welcome(
            settings=settings,
            place=self._place_above_panes,
            start_kit=lambda: self.actions[ActionId.NEW_KIT].trigger(),
            import_files=lambda: self.actions[ActionId.IMPORT].trigger(),
            focus_after=lambda: self.library_pane.tabs.currentWidget(),
        )
        self.desk.opened = self.welcome.offer
        self.actions = registry.create_actions(
            window,
            {
                **commands.handlers(),
                **self.kit_list.handlers(),
                **self.new_items.handlers(),
                **self.placing.handlers(),
                ActionId.PASTE_STORY: self.paste,
                ActionId.WELCOME: self.welcome.show,
            },
        )
        commands.shared_actions = [self.actions[ActionId.UNDO], self.actions[ActionId.REDO]]
        self.offices = OfficesCommand(
            window=window, runner=self._runner, shared=commands.shared_actions
        )
        self.desk.open_review = self.open_review
        self.toolbar = QToolBar(window)
        self.menus = registry.fill_menus(window.menuBar(), self.actions)
        self.menus[registry.FILE].insertMenu(self.actions[ActionId.IMPORT], self.files.recent_menu)
        self._add_kit_menus()
        self._add_placing()
        self.new_items.place(self.menus[registry.FILE], self.actions[ActionId.IMPORT], self.actions)
        self.splitter, self.side_splitter = arrangement.arrange(
            window, panes, self.toolbar, self.actions
        )
        # The kit chooser sits at the top of the kit pane: Tab reaches it before the outline.
        QWidget.setTabOrder(self.library_pane.tabs, self.kit_list.chooser)
        QWidget.setTabOrder(self.kit_list.chooser, self.kit_pane.settings_button)
        self._connect()
        self.slot_drops = SlotDrops(self.library_pane.photos, self._runner)  # photos on slots
        arrangement.restore_layout(window, settings, self.splitter, self.side_splitter)
        self.retranslate()

    def _place_above_panes(self, panel) -> None:
        """The welcome's place: under the message bar, right above the panes."""
        layout = self._window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(self.splitter), panel)

    @property
    def report(self) -> ImportReport | None:
        """The report of the last import, while it is open."""
        return self.desk.report

    @property
    def review(self):
        """The import review last opened, while it is open."""
        return self._commands.review

    def retranslate(self) -> None:
        registry.retranslate(self.actions, self.menus)
        self.files.retranslate()
        self.kit_list.retranslate()
        self.offices.retranslate()
        self.kit_list.recent_menu.setTitle(translate("Actions", registry.RECENT_KITS))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self._show_history(self._history)
        self._show_title()

    def accepts(self, data: QMimeData) -> bool:
        """Whether a drop of `data` on the window would import something."""
        return bool(dropped_paths(data)) or bool(selection_from(data))

    def drop(self, data: QMimeData) -> bool:
        """Import the files dropped on the window, or else a browser's selection (its HTML or
        text) or an image; False if there was nothing to import."""
        paths = dropped_paths(data)
        if paths:
            self.import_files(paths)
            return True
        pasted = selection_from(data)
        if pasted:
            self.desk.import_pasted(pasted)
            return True
        return False

    def paste(self) -> None:
        """Import the clipboard: the files copied, else a web page's HTML, text or an image."""
        data = QGuiApplication.clipboard().mimeData()
        paths = dropped_paths(data) if data is not None else []
        if paths:
            self.import_files(paths)
        else:
            self.desk.import_pasted(pasted_from(data))

    def save_layout(self) -> None:
        """Keep the words being typed and the layout of the panes, as the window closes."""
        form = self.editor_pane.current_form()
        if form is not None:
            form.commit_all()  # words still being typed are saved, as everything else is
        self.desk.let_go()
        arrangement.save_layout(self._window, self._settings, self.splitter, self.side_splitter)

    def _connect(self) -> None:
        runner, window, navigation = self._runner, self._window, self.navigation
        runner.changes_applied.connect(window.changes_applied)
        runner.history_changed.connect(self._show_history)
        runner.failed.connect(window.message_bar.show_error)
        for pane in (self.library_pane, self.kit_pane, self.editor_pane, self.live_preview):
            window.changes_applied.connect(pane.on_changes)
        self.kit_pane.kit_loaded.connect(lambda _kit: self._show_title())
        self.kit_pane.selection_changed.connect(self.actions[ActionId.REMOVE_SECTION].setEnabled)
        self.kit_pane.section_selected.connect(navigation.section_selected)
        self.kit_pane.settings_requested.connect(self.actions[ActionId.KIT_SETTINGS].trigger)
        self.picks = PickedOnRelease(self.library_pane.lists.values(), navigation.edit, window)
        self.library_pane.item_selected.connect(self.picks.picked)
        self.library_pane.add_requested.connect(self.kit_pane.add_item)
        self.preflight_pane.item_activated.connect(navigation.go_to_finding)
        self.editor_pane.refused.connect(window.message_bar.show_error)
        self.editor_pane.showing.connect(navigation.keep_in_view)
        self.files.open_requested.connect(self.open_library)
        self.files.new_requested.connect(self.new_library)
        self.files.import_requested.connect(self.import_files)
        self._connect_preview()
        self.actions[ActionId.REMOVE_SECTION].setEnabled(False)
        stories = self.library_pane.stories  # its context menu: put in the kit, review import
        stories.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        stories.addActions(
            [self.actions[ActionId.ADD_TO_KIT], self.actions[ActionId.REVIEW_IMPORT]]
        )

    def _add_kit_menus(self) -> None:
        """Recent kits in the Kit menu; the outline's moves (and Remove) in its context menu."""
        kit_menu = self.menus[registry.KIT]
        kit_menu.insertMenu(self.actions[ActionId.DUPLICATE_KIT], self.kit_list.recent_menu)
        kit_menu.addAction(self.actions[ActionId.REMOVE_SECTION])  # also in Edit, as before
        kit_menu.addSeparator()
        kit_menu.addAction(self.offices.action)  # the field offices each kit is built for
        self._window.changes_applied.connect(self.offices.on_changes)
        sections = self.kit_pane.sections
        moves = [self.actions[ActionId.MOVE_SECTION_UP], self.actions[ActionId.MOVE_SECTION_DOWN]]
        sections.addActions(moves)  # after REMOVE_SECTION, added with the panes
        sections.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._window.changes_applied.connect(self.kit_list.on_changes)
        for action in moves:
            self.kit_pane.selection_changed.connect(action.setEnabled)
            action.setEnabled(False)

    def _add_placing(self) -> None:
        """Insert photo… on the story text's toolbar; Move into story… in the outline's menu."""
        body = self.editor_pane.forms[ItemKind.STORY].body
        body.toolbar.addSeparator()
        body.toolbar.addAction(self.actions[ActionId.INSERT_PHOTO])
        body.toolbar.widgetForAction(self.actions[ActionId.INSERT_PHOTO]).setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )
        move = self.actions[ActionId.MOVE_INTO_STORY]
        self.kit_pane.sections.addAction(move)
        move.setEnabled(False)
        for signal in (self.kit_pane.section_selected, self.kit_pane.kit_loaded):
            signal.connect(lambda _=None: move.setEnabled(self.placing.gallery_selected()))

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

    def _show_history(self, status: HistoryStatus) -> None:
        self._history = status
        registry.show_history(self.actions, status)

    def _show_title(self) -> None:
        kit = self.kit_pane.kit
        self._window.setWindowTitle(f"{kit.name} — {APP_NAME}" if kit else APP_NAME)
