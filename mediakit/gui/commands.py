"""What the menu and toolbar actions do, each given to its action once (see `actions`): the
dialogs they open, the interface language, undo and redo, and the rest handed to the pieces
that do it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from mediakit import __version__
from mediakit.gui import i18n
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.export import ExportDialog
from mediakit.gui.dialogs.import_review import ImportReview
from mediakit.gui.dialogs.preferences import PreferencesDialog
from mediakit.gui.library_files import LibraryFiles
from mediakit.gui.mainwindow import MainWindow
from mediakit.gui.navigation import Navigation
from mediakit.gui.operations import history as history_ops
from mediakit.gui.panes.group import Panes
from mediakit.gui.services import Services
from mediakit.gui.settings import Settings
from mediakit.model import ItemKind

translate = QCoreApplication.translate


class Commands:
    """The handlers of the window's actions, and the dialogs they open."""

    def __init__(
        self,
        *,
        window: MainWindow,
        settings: Settings,
        services: Services,
        panes: Panes,
        files: LibraryFiles,
        navigation: Navigation,
    ) -> None:
        self._window = window
        self._settings = settings
        self._services = services
        self._panes = panes
        self._files = files
        self._navigation = navigation
        self.shared_actions: list = []  # Undo and Redo, lent to the import review
        self.review: ImportReview | None = None  # the last import review, while it is open

    def handlers(self) -> dict[ActionId, Callable[[], object]]:
        """What each action does when triggered."""
        runner, panes = self._services.runner, self._panes
        files, navigation = self._files, self._navigation
        return {
            ActionId.NEW_LIBRARY: lambda: files.choose_new_library(),
            ActionId.OPEN_LIBRARY: lambda: files.choose_library(),
            ActionId.IMPORT: lambda: files.choose_files(),
            ActionId.EXPORT: self.open_export,
            ActionId.PREFERENCES: self.open_preferences,
            ActionId.QUIT: self._window.close,
            ActionId.UNDO: lambda: runner.run(history_ops.undo()),
            ActionId.REDO: lambda: runner.run(history_ops.redo()),
            ActionId.ADD_TO_KIT: lambda: panes.kit_pane.add_item(panes.library_pane.current_ref()),
            ActionId.REVIEW_IMPORT: lambda: self.open_review(),
            ActionId.REMOVE_SECTION: panes.kit_pane.remove_selected,
            ActionId.KIT_SETTINGS: navigation.edit_kit_settings,
            ActionId.ORG_PROFILE: navigation.edit_org_profile,
            ActionId.FIND: navigation.find,
            ActionId.REFRESH_PREVIEW: panes.live_preview.refresh,
            ActionId.ABOUT: self._about,
            **navigation.focus_handlers(),
        }

    def open_export(self) -> ExportDialog | None:
        """The export dialog for the kit shown; None (and a sentence) if there is no kit."""
        kit = self._panes.kit_pane.kit
        if kit is None:
            self._window.message_bar.show_error(
                translate("MainWindow", "There is no kit to export yet.")
            )
            return None
        dialog = ExportDialog(
            kit=kit,
            runner=self._services.runner,
            pool=self._services.exports,
            settings=self._settings,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_review(self, story_id: int | None = None) -> ImportReview | None:
        """The import review of a story (the one selected in the library by default)."""
        if story_id is None:
            ref = self._panes.library_pane.current_ref()
            story_id = ref.id if ref is not None and ref.kind is ItemKind.STORY else None
        if story_id is None:
            self._window.message_bar.show_error(
                translate("MainWindow", "Select a story in the library to review its import.")
            )
            return None
        dialog = ImportReview(
            story_id, self._services.runner, self._window, shared=self.shared_actions
        )
        dialog.destroyed.connect(lambda: setattr(self, "review", None))
        self.review = dialog
        dialog.show()
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
