"""The import report: each file's result in a sentence, with the importer's notes under it, and
the photos still to caption; a row with an item (a story, a photo, a kit) can be shown in the
library and the editor: double-click, Enter or "Show"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediakit.edits.import_report import (
    DUPLICATE,
    IMPORTED,
    NOT_IMPORTED,
    REFUSED,
    STORED_NOTHING,
    UPDATED,
    FileReport,
    ImportResult,
)
from mediakit.gui import display_text
from mediakit.gui.core_words import say
from mediakit.gui.icons import icon
from mediakit.model import ItemKind, ItemRef, display_path

STORY = Qt.ItemDataRole.UserRole + 1  # the story a file's import made, if it can be reviewed
TARGET = Qt.ItemDataRole.UserRole + 2  # the item a row is about, to show: an ItemRef
ICONS = {
    IMPORTED: "ok",
    UPDATED: "ok",
    DUPLICATE: "warning",
    REFUSED: "error",
    NOT_IMPORTED: "warning",
}


class ImportReport(QDialog):
    """Lists what happened to every file of one import; closes without asking anything.
    "Review import…" opens the review of the story of the file selected (the first by default)."""

    review_requested = Signal(int)
    show_requested = Signal(object)  # the ItemRef of the row activated

    def __init__(self, reports: Sequence[FileReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.reports = list(reports)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setColumnCount(2)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setWordWrap(True)
        self.files.setAccessibleName(self.tr("Imported files"))
        for report in self.reports:
            self._add(report)
        self.files.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.review_button = buttons.addButton(
            self.tr("Review import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.review_button.setToolTip(
            self.tr("See each line of the document with the role it was given")
        )
        self.review_button.clicked.connect(self._review)
        self.review_button.setAutoDefault(False)
        self.show_button = buttons.addButton(
            self.tr("Show"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.setToolTip(self.tr("Show the item in the library and the editor"))
        self.show_button.clicked.connect(self._show_current)
        self.show_button.setDefault(True)  # Enter in the list shows the row's item
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.files.itemDoubleClicked.connect(lambda *_: self._show_current())
        self.files.currentItemChanged.connect(lambda *_: self._enable_review())
        first = self.files.topLevelItem(0) if self.files.topLevelItemCount() else None
        if first is not None:
            self.files.setCurrentItem(first)
        self._enable_review()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def rows(self) -> list[tuple[str, str]]:
        """(file name, result) of each file, as listed."""
        top = (self.files.topLevelItem(i) for i in range(self.files.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in top]

    def story_of_current(self) -> int | None:
        """The story imported from the file selected (or the first with one), if any."""
        item = self.files.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        story = item.data(0, STORY) if item is not None else None
        if story:
            return story
        top = (self.files.topLevelItem(i) for i in range(self.files.topLevelItemCount()))
        return next((i.data(0, STORY) for i in top if i.data(0, STORY)), None)

    def target_of_current(self) -> ItemRef | None:
        """The item the selected row is about: a photo to caption, else its file's item."""
        item = self.files.currentItem()
        while item is not None:
            target = item.data(0, TARGET)
            if target is not None:
                return target
            item = item.parent()
        return None

    def _enable_review(self) -> None:
        self.review_button.setEnabled(self.story_of_current() is not None)
        self.show_button.setEnabled(self.target_of_current() is not None)

    def _show_current(self) -> None:
        target = self.target_of_current()
        if target is not None:
            self.show_requested.emit(target)

    def _review(self) -> None:
        story = self.story_of_current()
        if story is not None:
            self.review_requested.emit(story)

    def _add(self, report: FileReport) -> None:
        result = report.result
        name = display_path(Path(report.path).name)  # a newline or bidi override shown escaped
        sentence = result.sentence()
        shown = result.shown_name
        detail = say(sentence[len(shown) + 2 :] if sentence.startswith(shown) else sentence)
        item = QTreeWidgetItem(self.files, [name, detail[:1].upper() + detail[1:]])
        item.setIcon(0, icon(ICONS.get(result.status, "warning")))
        document = report.document
        if result.status in (IMPORTED, UPDATED) and document and document.lines:
            item.setData(0, STORY, result.story_id)
        item.setToolTip(0, display_path(report.path))
        item.setToolTip(1, f"{shown}: {detail}")
        item.setData(0, TARGET, _target(result))
        for note in result.notes:
            if result.uncaptioned and "no caption" in note:
                continue  # said below, by file name, with the photo to show
            note = say(note)
            QTreeWidgetItem(item, ["", note[:1].upper() + note[1:]])
        for photo_id, note in result.caption_notes():
            note = say(note)
            row = QTreeWidgetItem(item, ["", note[:1].upper() + note[1:]])
            row.setIcon(1, icon("warning"))
            row.setData(0, TARGET, ItemRef(ItemKind.PHOTO, photo_id))

    def _summary(self) -> str:
        done = sum(r.result.status in (IMPORTED, UPDATED) for r in self.reports)
        same = sum(r.result.status == DUPLICATE for r in self.reports)
        refused = sum(r.result.status == REFUSED for r in self.reports)
        skipped = sum(r.result.status == NOT_IMPORTED for r in self.reports)
        parts = [
            display_text.count_text(
                done, self.tr("1 file imported"), self.tr("{count} files imported")
            )
        ]
        if same:
            parts.append(
                display_text.count_text(
                    same,
                    self.tr("1 already in the library"),
                    self.tr("{count} already in the library"),
                )
            )
        if refused:
            parts.append(
                display_text.count_text(refused, self.tr("1 refused"), self.tr("{count} refused"))
            )
        if skipped:
            parts.append(
                display_text.count_text(
                    skipped,
                    self.tr("1 not imported (cancelled)"),
                    self.tr("{count} not imported (cancelled)"),
                )
            )
        return ", ".join(parts) + "."


def _target(result: ImportResult) -> ItemRef | None:
    """What a file's row shows: its kit, its story, the story it repeats, its first photo…"""
    if result.status in STORED_NOTHING:
        return None
    for kind, item_id in (
        (ItemKind.KIT, result.kit_id),
        (ItemKind.STORY, result.story_id or result.same_as),
        (ItemKind.PHOTO, result.same_photo or (result.photo_ids or (None,))[0]),
        (ItemKind.CONTACT, (result.contact_ids or (None,))[0]),
        (ItemKind.FIGURE, (result.figure_ids or (None,))[0]),
    ):
        if item_id:
            return ItemRef(kind, item_id)
    return None
