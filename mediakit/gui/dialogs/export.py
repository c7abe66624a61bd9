"""The export dialog: the kit as a PDF (edition, paper, colour, print, language, watermark)
or as its accessible HTML twin (one web page, in the chosen language), a photo pack or a
bundle. The export (exporters.export) runs on the export pool; a progress bar
follows it and Cancel stops it."""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mediakit.exporters.export import (
    ExportCancelled,
    ExportKind,
    ExportRequest,
    ExportResult,
    export,
)
from mediakit.gui import desktop, display_text
from mediakit.gui.dialogs.export_each import EachGroup
from mediakit.gui.lanes import TaskPool, throttled
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.library import KitSnapshot
from mediakit.gui.runner import OpRunner, sentence
from mediakit.gui.settings import Settings
from mediakit.model import Edition, Finding, Kit, KitContent, Language, Paper, Severity


def file_stem(name: str) -> str:
    """A kit name as a file name: "Venezuela situation — press kit" -> "Venezuela situation - press kit"."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", name.replace("—", "-")).strip(" .")
    return cleaned or "kit"


class ExportDialog(QDialog):
    """Exports one kit. The choices apply to this export; the kit's settings stay as they are."""

    def __init__(
        self,
        *,
        kit: Kit,
        runner: OpRunner,
        pool: TaskPool,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kit, self._runner, self._pool, self._settings = kit, runner, pool, settings
        self.exported: Path | None = None
        self._cancel = threading.Event()  # set by Cancel; a new one for each export
        self.setWindowTitle(self.tr("Export “{kit}”").format(kit=kit.name))
        self._make_widgets()
        self._lay_out()
        self._set_idle()

    # The exports.

    def export_pdf(self, *, force: bool = False) -> None:
        """Export the kit in the chosen format: its PDF, or its HTML twin."""
        target = Path(self.target.text().strip()).expanduser()
        html = self.format.is_html()
        if not self.target.text().strip():
            where = self.tr("Choose where to save the web page.") if html else None
            self._say(where or self.tr("Choose where to save the PDF."), error=True)
            return
        if html:
            self._export(ExportKind.HTML, target, self.tr("Writing the web page…"), force=force)
        else:
            self._export(ExportKind.PDF, target, self.tr("Building the PDF…"), force=force)

    def export_photo_pack(self, target: Path) -> None:
        self._export(ExportKind.PHOTO_PACK, Path(target), self.tr("Packing the photos…"))

    def export_bundle(self, target: Path) -> None:
        self._export(ExportKind.BUNDLE, Path(target), self.tr("Writing the bundle…"))

    def cancel(self) -> None:
        """Stop the export under way: what it had made so far is thrown away, nothing is saved."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Cancelling…"))

    def choose_target(self) -> None:
        suffix = self.format.suffix()
        if suffix == ".html":
            title, kinds = self.tr("Save the web page as"), self.tr("Web pages (*.html)")
        else:
            title, kinds = self.tr("Save the PDF as"), self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, title, self.target.text(), kinds)
        if path:
            self.target.setText(path if path.lower().endswith(suffix) else f"{path}{suffix}")

    # Exporting.

    def _request(
        self, content: KitContent, kind: ExportKind, target: Path, force: bool
    ) -> ExportRequest:
        """The export the dialog's choices ask for."""
        request = ExportRequest(
            content=content,
            target=target,
            kind=kind,
            edition=Edition(self.edition.currentData()),
            paper=Paper(self.paper.currentData()),
            language=Language(self.language.currentData()),
            grayscale=self.grayscale.isChecked(),
            print_ready=self.print_ready.isChecked(),
            watermark=self.watermark.currentData(),
            force=force,
        )
        listed = self.each.listed
        if kind is ExportKind.BUNDLE and listed is not None:  # the offices go with the kit
            extra = tuple(
                c for i, c in sorted(listed.contacts.items()) if i not in content.contacts
            )
            request = dataclasses.replace(request, offices=listed.offices, office_contacts=extra)
        return request

    def _export(self, kind: ExportKind, target: Path, doing: str, *, force: bool = False) -> None:
        """Run the export on the export pool; the bar follows it and Cancel stops it."""
        self._start(doing)
        cancel = self._cancel = threading.Event()
        post = self._pool.post

        def report(done: int, total: int) -> None:  # on the export's thread
            post(partial(self._progressed, done, total))

        def run(snapshot: KitSnapshot) -> None:
            work = partial(
                export,
                self._request(snapshot.content, kind, target, force),
                photos=snapshot.photos,
                media=snapshot.media,
                builds=snapshot.builds,
                progress=throttled(report),
                cancelled=cancel.is_set,
            )
            self._pool.submit(work, lambda result, error: self._finished(result, error))

        self._with_snapshot(run)

    def _finished(self, result: ExportResult | None, error) -> None:
        if not isValid(self):  # closed while the export ran: the file is written all the same
            return
        self._set_idle()
        if isinstance(error, ExportCancelled):
            self._say(self.tr("Cancelled: nothing was saved."))
        elif error is not None:
            self._say(sentence(error), error=True)
        elif result.stopped:
            self._stopped(result.findings)
        else:
            self._done(result.target, self.tr("Saved {name}.").format(name=result.target.name))

    def _stopped(self, findings: list[Finding]) -> None:
        """Preflight's errors kept the PDF (or web page) from being saved: say the first, offer
        DRAFT."""
        errors = [f for f in findings if f.severity is Severity.ERROR]
        first = display_text.finding_title(errors[0]) if errors else ""
        if self.format.is_html():  # the web page is held back by the same preflight
            one = self.tr("The web page was not saved: one problem must be fixed first ({first}).")
            many = self.tr(
                "The web page was not saved: {count} problems must be fixed first ({first})."
            )
        else:
            one = self.tr("The PDF was not saved: one problem must be fixed first ({first}).")
            many = self.tr("The PDF was not saved: {count} problems must be fixed first ({first}).")
        text = display_text.count_text(len(errors), one, many)
        self._say(text.format(first=first) + " " + self.tr("See the preflight list."), error=True)
        self.force_button.show()

    def _with_snapshot(self, then: Callable[[KitSnapshot], None]) -> None:
        def failed(error: Exception) -> None:
            if not isValid(self):
                return
            self._set_idle()
            self._say(sentence(error), error=True)

        def ready(snapshot: KitSnapshot) -> None:
            if not isValid(self):
                return
            try:
                then(snapshot)
            except Exception as error:  # never left busy: whatever went wrong, in one sentence
                failed(error)

        op = library_ops.kit_snapshot(kit_id=self.kit.id).success(ready).failure(failed)
        self._runner.run(op)

    # What the dialog shows.

    def _start(self, doing: str) -> None:
        self.exported = None
        self.force_button.hide()
        self.open_button.hide()
        self.folder_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(doing)
        self._busy(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0 and isValid(self):
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, 100 * done // total))

    def _done(self, path: Path, text: str) -> None:
        self.exported = path
        self._settings.last_export_folder = str(path.parent)
        self._say(text)
        self.open_button.setText(
            self.tr("Open web page") if path.suffix.lower() == ".html" else self.tr("Open PDF")
        )
        self.open_button.setVisible(path.suffix.lower() in (".pdf", ".html"))
        self.folder_button.show()

    def _set_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not busy)
        if not busy:
            self.format.follow()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a51d2d;" if error else "")

    def _ask_archive_target(self, what: str, suffix: str) -> None:
        stem = Path(self.target.text()).with_suffix("")
        name = f"{stem}{' - photos' if what == 'photo pack' else ''}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name)
        if path:
            target = Path(path if path.endswith(suffix) else path + suffix)
            (self.export_photo_pack if what == "photo pack" else self.export_bundle)(target)

    def _make_widgets(self) -> None:
        options = self.kit.options
        self.format = FormatChoice()
        self.edition = _combo(display_text.EDITIONS, options.edition)
        self.paper = _combo(display_text.PAPERS, options.paper)
        self.language = _combo(display_text.LANGUAGES, self.kit.language)
        self.grayscale = QCheckBox(self.tr("Grayscale (for black-and-white printers)"))
        self.grayscale.setChecked(options.grayscale)
        self.print_ready = QCheckBox(self.tr("For the printer (photos at 300 ppi)"))
        self.print_ready.setChecked(options.print_ready)
        self.watermark = QComboBox()
        self.watermark.addItem(self.tr("None"), "")
        self.watermark.addItem(self.tr("DRAFT"), "draft")
        self.watermark.addItem(self.tr("EMBARGOED until the latest embargo"), "embargoed")
        folder = self._settings.last_export_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.target = QLineEdit(str(Path(folder) / f"{file_stem(self.kit.name)}.pdf"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_target)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export PDF"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.force_button = QPushButton(self.tr("Export marked DRAFT"))
        self.force_button.clicked.connect(lambda: self.export_pdf(force=True))
        self.pack_button = QPushButton(self.tr("Photo pack…"))
        self.pack_button.clicked.connect(lambda: self._ask_archive_target("photo pack", ".zip"))
        self.bundle_button = QPushButton(self.tr("Bundle…"))
        self.bundle_button.clicked.connect(lambda: self._ask_archive_target("bundle", ".mediakit"))
        self.open_button = QPushButton(self.tr("Open PDF"))
        self.open_button.clicked.connect(lambda: desktop.open_file(self.exported))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(lambda: desktop.show_in_folder(self.exported))
        self.each = EachGroup(self)  # one PDF for each office, language, paper or edition
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        pdf_only = [self.edition, self.paper, self.grayscale, self.print_ready, self.watermark]
        self.format.follows(self.target, pdf_only, self.export_button)
        self._inputs = [
            self.format, self.edition, self.paper, self.language, self.grayscale, self.print_ready,
            self.watermark, self.target, self.browse, self.export_button, self.force_button,
            self.pack_button, self.bundle_button, *self.each.inputs,
        ]  # fmt: skip
        for widget, name in (
            (self.format, self.tr("Format")),
            (self.edition, self.tr("Edition")),
            (self.paper, self.tr("Paper")),
            (self.language, self.tr("Language of the kit")),
            (self.watermark, self.tr("Watermark")),
            (self.target, self.tr("Save as")),
            (self.progress, self.tr("Progress")),
        ):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Edition:"), self.edition)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.grayscale)
        form.addRow("", self.print_ready)
        form.addRow(self.tr("Watermark:"), self.watermark)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.browse)
        form.addRow(self.tr("Save as:"), where)
        done_row = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            done_row.addWidget(button)
        done_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.pack_button, self.bundle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.force_button, self.export_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.each)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(done_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.force_button, self.cancel_button, self.open_button, self.folder_button):
            button.hide()
        self.resize(620, self.sizeHint().height())


class FormatChoice(QComboBox):
    """PDF or the accessible web page (HTML): the file's extension follows the choice, and
    the choices only a PDF has (edition, paper, colour, printer, watermark) are off for the
    web page."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(self.tr("PDF"), ExportKind.PDF.value)
        self.addItem(self.tr("Web page (accessible HTML)"), ExportKind.HTML.value)
        self._target: QLineEdit | None = None
        self._pdf_only: list[QWidget] = []
        self._button: QPushButton | None = None
        self.currentIndexChanged.connect(self.follow)

    def is_html(self) -> bool:
        return self.currentData() == ExportKind.HTML.value

    def suffix(self) -> str:
        return ".html" if self.is_html() else ".pdf"

    def follows(self, target: QLineEdit, pdf_only: list[QWidget], button: QPushButton) -> None:
        self._target, self._pdf_only, self._button = target, pdf_only, button

    def follow(self) -> None:
        html = self.is_html()
        if self._target is not None and self._target.text().strip():
            self._target.setText(str(Path(self._target.text().strip()).with_suffix(self.suffix())))
        for widget in self._pdf_only:
            widget.setEnabled(not html)
        if self._button is not None:
            self._button.setText(self.tr("Export web page") if html else self.tr("Export PDF"))


def _combo(choices: dict, current) -> QComboBox:
    combo = QComboBox()
    for value, text in choices.items():
        combo.addItem(display_text.tr(text), value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo
