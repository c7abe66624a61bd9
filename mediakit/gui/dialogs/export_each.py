"""The export dialog's “One PDF for each” group: office, language, paper, edition (ticked ones
combine), or one office's own edition (“Export for this office”). The PDFs go into the folder
of the dialog's “Save as”, named for what each is; one progress bar follows them all, and a
summary says what was written and what preflight stopped. The work is `exporters.editions_each`
(worker processes); this only asks for it."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QPushButton, QWidget
from shiboken6 import isValid

from mediakit.exporters.editions_each import EachSummary, Extras, build_each, parse_each, plan
from mediakit.exporters.export import ExportCancelled, ExportKind
from mediakit.gui.i18n import Translatable
from mediakit.gui.lanes import throttled
from mediakit.gui.operations import offices as office_ops
from mediakit.gui.runner import sentence
from mediakit.model import Edition, Language, Paper

if TYPE_CHECKING:
    from mediakit.gui.dialogs.export import ExportDialog
    from mediakit.gui.operations.library import KitSnapshot

EVERY = {
    "lang": ",".join(lang.value for lang in Language),
    "paper": ",".join(p.value for p in Paper),
    "edition": ",".join(e.value for e in Edition),
}


class EachGroup(Translatable, QGroupBox):
    """Belongs to one ExportDialog, whose progress bar, message and Cancel it uses."""

    def __init__(self, dialog: ExportDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self.listed: office_ops.OfficeList | None = None
        self.summary: EachSummary | None = None
        self.each_office = QCheckBox()
        self.each_language = QCheckBox()
        self.each_paper = QCheckBox()
        self.each_edition = QCheckBox()
        self.office = QComboBox()
        self.each_button = QPushButton()
        self.each_button.clicked.connect(self.export_each)
        self.office_button = QPushButton()
        self.office_button.clicked.connect(self.export_for_office)
        grid = QGridLayout(self)
        for row, box in enumerate((self.each_office, self.each_language)):
            grid.addWidget(box, row, 0)
        for row, box in enumerate((self.each_paper, self.each_edition)):
            grid.addWidget(box, row, 1)
        grid.addWidget(self.each_button, 0, 2)
        grid.addWidget(self.office, 2, 0, 1, 2)
        grid.addWidget(self.office_button, 2, 2)
        self.inputs = [
            self.each_office, self.each_language, self.each_paper, self.each_edition,
            self.office, self.each_button, self.office_button,
        ]  # fmt: skip
        self.retranslate()
        self._show_offices()
        dialog._runner.run(office_ops.office_list().success(self._listed))

    def retranslate(self) -> None:
        self.setTitle(self.tr("One PDF for each"))
        self.each_office.setText(self.tr("Office"))
        self.each_language.setText(self.tr("Language (English, Spanish, Portuguese, French)"))
        self.each_paper.setText(self.tr("Paper (A4, US Letter)"))
        self.each_edition.setText(self.tr("Edition (press kit, handout, booklet)"))
        self.each_button.setText(self.tr("Export each"))
        self.each_button.setToolTip(
            self.tr("The PDFs go into the folder of “Save as”, each named for what it is")
        )
        self.office_button.setText(self.tr("Export for this office"))
        self.office.setAccessibleName(self.tr("Office"))
        self.office.setToolTip(
            self.tr("Its contacts first, its city on the cover, its language and paper")
        )

    def chosen(self) -> list[str]:
        """The ticked choices as `--each` has them (“office”, “lang=en,es,pt,fr”…)."""
        chosen = ["office"] if self.each_office.isChecked() else []
        for box, axis in (
            (self.each_language, "lang"),
            (self.each_paper, "paper"),
            (self.each_edition, "edition"),
        ):
            if box.isChecked():
                chosen.append(f"{axis}={EVERY[axis]}")
        return chosen

    def export_each(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self._dialog._say(self.tr("Tick what to make one PDF for each of."), error=True)
            return
        self.run(chosen)

    def export_for_office(self) -> None:
        office_id = self.office.currentData()
        if office_id is None:
            self._dialog._say(self.tr("Add an office first: Kit ▸ Offices…"), error=True)
            return
        self.run([f"office={office_id}"])

    def run(self, chosen: list[str]) -> None:
        """Build the PDFs `chosen` asks for on the export pool, into the Save-as folder."""
        dialog = self._dialog
        folder = Path(dialog.target.text().strip() or ".").expanduser().parent
        offices = self.listed.offices if self.listed else ()
        self.summary = None
        dialog._start(self.tr("Building the PDFs…"))
        cancel = dialog._cancel = threading.Event()
        post = dialog._pool.post

        def report(done: int, total: int) -> None:  # on the export's thread
            post(partial(dialog._progressed, done, total))

        def start(snapshot: KitSnapshot) -> None:
            variants = plan(snapshot.content, parse_each(chosen), offices)
            base = dialog._request(snapshot.content, ExportKind.PDF, folder, False)

            def build(extras: Extras) -> None:
                work = partial(
                    build_each,
                    base,
                    variants,
                    extras=extras,
                    photos=snapshot.photos,
                    builds=snapshot.builds,
                    progress=throttled(report),
                    cancelled=cancel.is_set,
                )
                dialog._pool.submit(work, self._finished)

            used = tuple(v.office for v in variants if v.office is not None)
            op = office_ops.edition_extras(content=snapshot.content, offices=used)
            dialog._runner.run(op.success(build).failure(lambda e: self._finished(None, e)))

        dialog._with_snapshot(start)

    def _finished(self, summary: EachSummary | None, error) -> None:
        dialog = self._dialog
        if not isValid(dialog):
            return
        dialog._set_idle()
        if isinstance(error, ExportCancelled):
            dialog._say(self.tr("Cancelled: the PDFs written before stay, each whole."))
            return
        if error is not None:
            dialog._say(sentence(error), error=True)
            return
        self.summary = summary
        written, total = len(summary.written), len(summary.outcomes)
        one, many = (
            self.tr("Wrote {written} of 1 PDF."),
            self.tr("Wrote {written} of {count} PDFs."),
        )
        text = (one if total == 1 else many).format(written=written, count=total)
        if summary.stopped:
            names = ", ".join(o.variant.name for o in summary.stopped)
            text += " " + self.tr("Preflight stopped {names}: see the preflight list.").format(
                names=names
            )
        if summary.written:
            dialog._done(summary.written[0].target, text)
            dialog.open_button.hide()  # several files: their folder is what to open
        else:
            dialog._say(text, error=True)

    def _listed(self, listed: office_ops.OfficeList) -> None:
        if isValid(self):
            self.listed = listed
            self._show_offices()

    def _show_offices(self) -> None:
        self.office.clear()
        for office in self.listed.offices if self.listed else ():
            self.office.addItem(
                f"{office.name} ({office.language.value}, {office.paper.value})", office.id
            )
        has = self.office.count() > 0
        if not has:
            self.office.addItem(self.tr("No offices yet (Kit ▸ Offices…)"), None)
        self.each_office.setEnabled(has)
        self.office_button.setEnabled(has)
