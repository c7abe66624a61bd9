"""The library desk: opening a library folder, starting a new one and importing files into it,
each on the catalog lane, and saying in the window how it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from mediakit.edits.pasting import Pasted
from mediakit.gui.dialogs.import_report import ImportReport
from mediakit.gui.mainwindow import MainWindow
from mediakit.gui.operations import imports as import_ops
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.imports import ImportOutcome
from mediakit.gui.operations.library import OpenedLibrary
from mediakit.gui.outside import LibraryLock, OutsideWatch
from mediakit.gui.panes.group import Panes
from mediakit.gui.pasting import ImportBar
from mediakit.gui.runner import ImportProgress, OpRunner, sentence
from mediakit.gui.settings import Settings
from mediakit.model import ItemKind, ItemRef, MediakitError

translate = QCoreApplication.translate


class LibraryDesk:
    """Opens, starts and imports into the library; fills the panes once a library is open."""

    def __init__(
        self, *, window: MainWindow, settings: Settings, runner: OpRunner, panes: Panes
    ) -> None:
        self._window = window
        self._settings = settings
        self._runner = runner
        self._panes = panes
        self.report: ImportReport | None = None  # the last import's, while it is open
        self.lock = LibraryLock()
        self.outside = OutsideWatch(runner, window)  # owned by the window: deleted with it
        self.outside.changed.connect(self._changed_outside)
        self.open_review = lambda story_id: None  # the import review of a story, set by its owner
        self.opened = lambda demo_created: None  # told once a library is open (the welcome)
        self.import_bar = ImportBar(window)  # an import's progress, with Cancel
        window.statusBar().addPermanentWidget(self.import_bar)

    def open_library(self, path: Path) -> None:
        """Open the library folder on the catalog lane; the panes fill in once it is open."""
        self._status(translate("MainWindow", "Opening the library in {path}…").format(path=path))
        op = library_ops.open_library(path=path)
        self._runner.run(op.success(self._library_ready).failure(self._library_refused))

    def new_library(self, path: Path) -> None:
        """Start a library in the folder `path`, with a kit to begin with, and open it."""
        kit_name = translate("MainWindow", "Press kit")
        op = library_ops.new_library(path=path, kit_name=kit_name)
        self._runner.run(op.success(self._library_ready).failure(self._say_error))

    def import_files(self, paths: list[Path]) -> None:
        """Import files (dropped, or chosen in File ▸ Import) and show the report."""
        if not paths:
            return
        text = translate("MainWindow", "Importing {count} files…").format(count=len(paths))
        self._status(text)
        progress = self.import_bar.start()
        op = import_ops.import_files(paths=list(paths), control=progress.control)
        self._run_import(op, progress)

    def import_pasted(self, pasted: Pasted) -> None:
        """Import what was pasted or dropped (not a file) as a story or a photo, and show the
        report, as for a file."""
        if not pasted:
            self._window.message_bar.show_error(
                translate("MainWindow", "The clipboard holds no text, web page or image to import.")
            )
            return
        self._status(translate("MainWindow", "Importing what was pasted…"))
        progress = self.import_bar.start()
        self._run_import(
            import_ops.import_clipboard(pasted=pasted, control=progress.control), progress
        )

    def _run_import(self, op, progress: ImportProgress) -> None:
        def done(outcome: ImportOutcome) -> None:
            self.import_bar.finish(progress)
            self._imported(outcome)

        def failed(error: Exception) -> None:
            self.import_bar.finish(progress)
            self._window.statusBar().clearMessage()
            self._say_error(error)

        self._runner.run(op.success(done).failure(failed))

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def let_go(self) -> None:
        """The window closes: stop watching the library and give its lock back."""
        self.outside.stop()
        self.lock.release()

    def _changed_outside(self, _changes) -> None:
        text = translate("MainWindow", "Updated with changes made by another program.")
        self._status(text, 5_000)

    def _library_ready(self, opened: OpenedLibrary) -> None:
        self._settings.remember_library(str(opened.root))
        shared = self.lock.take(opened.root)
        if shared is not None:
            self._window.message_bar.show_error(shared)
        self.outside.start()
        note = translate("MainWindow", " (with the demo kit)") if opened.demo_created else ""
        where = translate("MainWindow", "Library: {path}").format(path=opened.root)
        said = "".join(f" — {notice}" for notice in opened.notices)  # read-only: said until closed
        self._status(where + note + said, 0 if said else 10_000)
        panes = self._panes
        panes.thumbnails.set_source(opened.photos)
        panes.editor_pane.show_ref(None)
        if opened.kit_id is not None:  # until something else is picked: the kit's settings
            panes.editor_pane.show_ref(ItemRef(ItemKind.KIT, opened.kit_id))
        panes.library_pane.load_all()
        panes.kit_pane.show_kit(opened.kit_id)
        panes.live_preview.show_kit(opened.kit_id)
        search = panes.library_pane.search
        if search.hasFocus() and not search.text():  # the first field by chance, not by choice:
            panes.library_pane.tabs.currentWidget().setFocus()  # so Ctrl+V pastes a new story
        self.opened(opened.demo_created)

    def show_item(self, ref: ItemRef) -> None:
        """Select `ref` in the library (its tab, clearing a search that hides it) and edit it,
        the focus in the editor so a missing caption can be typed at once."""
        panes = self._panes
        panes.library_pane.select(ref)
        panes.editor_pane.show_ref(ref)
        self._window.activateWindow()
        panes.editor_pane.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.report.review_requested.connect(lambda story_id: self.open_review(story_id))
        self.report.show_requested.connect(self.show_item)
        self.report.show()
        self._status(self.report.summary.text(), 10_000)
