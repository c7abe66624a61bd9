"""The export dialog: the kit as a PDF (edition, paper, colour, print, language, watermark),
a photo pack or a bundle. The work runs on the export pool; a progress bar follows the build."""

from __future__ import annotations

import dataclasses
import importlib
import re
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

from mediakit.exporters.pdf import CheckedBuild, build_checked, watermark_text, with_watermark
from mediakit.fsutil import write_atomic
from mediakit.gui import desktop, labels
from mediakit.gui.lanes import TaskPool, throttled
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.library import KitSnapshot
from mediakit.gui.runner import OpRunner, sentence
from mediakit.gui.settings import Settings
from mediakit.model import Edition, Kit, KitContent, Language, Paper, Severity

# Where each exporter lives and what it is called; looked up only when asked for.
EXPORTERS = {
    "photo pack": ("mediakit.exporters.photopack", "export_photo_pack"),
    "bundle": ("mediakit.exporters.bundle", "export_bundle"),
}


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
        self.setWindowTitle(self.tr("Export “{kit}”").format(kit=kit.name))
        self._make_widgets()
        self._lay_out()
        self._set_idle()

    # The three exports.

    def export_pdf(self, *, force: bool = False) -> None:
        target = Path(self.target.text().strip()).expanduser()
        if not self.target.text().strip():
            self._say(self.tr("Choose where to save the PDF."), error=True)
            return
        self._start(self.tr("Building the PDF…"))
        self._with_snapshot(lambda snapshot: self._build_pdf(snapshot, target, force))

    def export_photo_pack(self, target: Path) -> None:
        self._export_archive("photo pack", Path(target), self.tr("Packing the photos…"))

    def export_bundle(self, target: Path) -> None:
        self._export_archive("bundle", Path(target), self.tr("Writing the bundle…"))

    def choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.target.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.target.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    # Building.

    def _options(self, content: KitContent) -> KitContent:
        kit = content.kit.for_build(
            edition=Edition(self.edition.currentData()),
            paper=Paper(self.paper.currentData()),
            grayscale=self.grayscale.isChecked(),
            print_ready=self.print_ready.isChecked(),
            language=Language(self.language.currentData()),
        )
        content = dataclasses.replace(content, kit=kit)
        kind = self.watermark.currentData()
        return with_watermark(content, watermark_text(content, kind)) if kind else content

    def _build_pdf(self, snapshot: KitSnapshot, target: Path, force: bool) -> None:
        content = self._options(snapshot.content)
        post = self._pool.post

        def work() -> CheckedBuild:
            def report(done: int, total: int) -> None:
                post(partial(self._progressed, done, total))

            result = build_checked(
                content,
                photos=snapshot.photos,
                force=force,
                progress=throttled(report),
                **snapshot.build_options(),
            )
            if result.pdf is not None:
                write_atomic(target, result.pdf)
            return result

        self._pool.submit(work, lambda result, error: self._pdf_done(target, result, error))

    def _pdf_done(self, target: Path, result: CheckedBuild | None, error) -> None:
        if not isValid(self):  # closed while the export ran: the file is written all the same
            return
        self._set_idle()
        if error is not None:
            self._say(sentence(error), error=True)
            return
        if result.stopped:
            errors = [f for f in result.findings if f.severity is Severity.ERROR]
            first = labels.finding_title(errors[0]) if errors else ""
            text = labels.count_text(
                len(errors),
                self.tr("The PDF was not saved: one problem must be fixed first ({first})."),
                self.tr("The PDF was not saved: {count} problems must be fixed first ({first})."),
            )
            self._say(
                text.format(first=first) + " " + self.tr("See the preflight list."), error=True
            )
            self.force_button.show()
            return
        self._done(target, self.tr("Saved {name}.").format(name=target.name))

    def _export_archive(self, what: str, target: Path, doing: str) -> None:
        module_name, function_name = EXPORTERS[what]
        try:
            export = getattr(importlib.import_module(module_name), function_name)
        except (ImportError, AttributeError):
            self._say(
                self.tr("This version of mediakit cannot export a {what} yet.").format(what=what),
                error=True,
            )
            return
        self._start(doing)

        def run(snapshot: KitSnapshot) -> None:
            content = self._options(snapshot.content)
            work = partial(export, content, media=snapshot.media, target=target)
            self._pool.submit(work, lambda path, error: self._archive_done(path, error))

        self._with_snapshot(run)

    def _archive_done(self, path: Path | None, error) -> None:
        if not isValid(self):
            return
        self._set_idle()
        if error is not None:
            self._say(sentence(error), error=True)
        else:
            self._done(Path(path), self.tr("Saved {name}.").format(name=Path(path).name))

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
            except Exception as error:  # e.g. an embargo watermark with no embargo: one sentence
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

    def _progressed(self, done: int, total: int) -> None:
        if total > 0 and isValid(self):
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, 100 * done // total))

    def _done(self, path: Path, text: str) -> None:
        self.exported = path
        self._settings.last_export_folder = str(path.parent)
        self._say(text)
        self.open_button.setVisible(path.suffix.lower() == ".pdf")
        self.folder_button.show()

    def _set_idle(self) -> None:
        self.progress.hide()
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not busy)

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
        self.edition = _combo(labels.EDITIONS, options.edition)
        self.paper = _combo(labels.PAPERS, options.paper)
        self.language = _combo(labels.LANGUAGES, self.kit.language)
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
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._inputs = [
            self.edition, self.paper, self.language, self.grayscale, self.print_ready,
            self.watermark, self.target, self.browse, self.export_button, self.force_button,
            self.pack_button, self.bundle_button,
        ]  # fmt: skip
        for widget, name in (
            (self.edition, self.tr("Edition")),
            (self.paper, self.tr("Paper")),
            (self.language, self.tr("Language of the kit")),
            (self.watermark, self.tr("Watermark")),
            (self.target, self.tr("Save the PDF as")),
            (self.progress, self.tr("Progress")),
        ):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        form = QFormLayout()
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
        for button in (self.force_button, self.export_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(done_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.force_button, self.open_button, self.folder_button):
            button.hide()
        self.resize(620, self.sizeHint().height())


def _combo(choices: dict, current) -> QComboBox:
    combo = QComboBox()
    for value, text in choices.items():
        combo.addItem(labels.tr(text), value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo
