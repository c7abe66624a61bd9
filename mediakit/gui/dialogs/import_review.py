"""The import review: a story's document line by line, each with the role the importer gave it
(a coloured tag; why, in its tooltip and the status line), beside the story those lines make.
Give a line another role from its context menu or by a key; each correction is one undo step,
and the review follows Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediakit.edits import Changes
from mediakit.gui.dialogs.review_parts import (
    GROUPS,
    ROLE_DATA,
    ROLES,
    RoleTagDelegate,
    reason_text,
    role_name,
    story_html,
)
from mediakit.gui.i18n import Translatable
from mediakit.gui.operations import review as review_ops
from mediakit.gui.operations.review import Review
from mediakit.gui.runner import OpRunner
from mediakit.importers.lines import DROPPED_ROLES, Role
from mediakit.model import ItemKind


class ImportReview(Translatable, QDialog):
    """The review of one imported story; stays open beside the main window."""

    def __init__(
        self,
        story_id: int,
        runner: OpRunner,
        parent: QWidget | None = None,
        *,
        shared: Iterable[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self.story_id = story_id
        self.review: Review | None = None
        self._runner = runner
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.lines = QTreeWidget()
        self.lines.setColumnCount(2)
        self.lines.setRootIsDecorated(False)
        self.lines.setAlternatingRowColors(True)
        self.lines.setWordWrap(True)
        self.lines.setUniformRowHeights(False)
        self.lines.setItemDelegateForColumn(0, RoleTagDelegate(self.lines))
        self.lines.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.lines.header().resizeSection(0, 150)
        self.lines.header().setStretchLastSection(True)
        self.lines.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.story = QTextBrowser()
        self.story.setOpenLinks(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_actions = self._make_role_actions()
        self.menu = QMenu(self)
        self._fill_menu()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.addActions(list(shared))  # Undo and Redo work here as in the main window
        self.lines.customContextMenuRequested.connect(self._context_menu)
        self.lines.currentItemChanged.connect(lambda *_: self._show_reason())
        runner.changes_applied.connect(self.on_changes)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1180, 720)
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lines)
        splitter.addWidget(self.story)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _make_role_actions(self) -> dict[Role, QAction]:
        actions = {}
        for role, look in ROLES.items():
            action = QAction(self)
            if look.key:
                action.setShortcut(QKeySequence(look.key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.lines.addAction(action)  # the key works while the lines have the focus
            action.triggered.connect(lambda _checked=False, r=role: self.give_role(r))
            actions[role] = action
        return actions

    def _fill_menu(self) -> None:
        for number, group in enumerate(GROUPS):
            if number:
                self.menu.addSeparator()
            for role in group:
                self.menu.addAction(self.role_actions[role])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review import"))
        self.lines.setHeaderLabels([self.tr("Role"), self.tr("Line of the document")])
        self.lines.setAccessibleName(self.tr("Lines of the document"))
        self.story.setAccessibleName(self.tr("The story as these lines make it"))
        for role, action in self.role_actions.items():
            action.setText(role_name(role))
        self._show_heading()
        self._show_reason()

    # --- What the review shows ---

    def reload(self) -> None:
        """Read the story's document again (after a correction, an undo, a redo)."""
        op = review_ops.load_review(story_id=self.story_id)
        self._runner.run(op.success(self._show))

    def on_changes(self, changes: Changes) -> None:
        ids = changes.ids_of(ItemKind.STORY)
        if ids is None or self.story_id in ids:
            self.reload()

    def _show(self, review: Review) -> None:
        self.review = review
        row = self.lines.currentIndex().row()
        self.lines.clear()
        document = review.document
        for line in document.lines if document else ():
            item = QTreeWidgetItem(self.lines, ["", line.text])
            item.setData(0, ROLE_DATA, line.role.value)
            item.setToolTip(0, reason_text(line.reason))
            item.setToolTip(1, f"{line.text}\n\n{role_name(line.role)}: {reason_text(line.reason)}")
            if line.role in DROPPED_ROLES:
                font = QFont(self.lines.font())
                font.setStrikeOut(True)
                item.setFont(1, font)
                item.setForeground(1, QBrush(QColor("#80868B")))
        self.story.setHtml(story_html(document) if document else "")
        if self.lines.topLevelItemCount():
            target = min(max(row, 0), self.lines.topLevelItemCount() - 1)
            self.lines.setCurrentItem(self.lines.topLevelItem(target))
        self._show_heading()
        self._show_reason()

    def _show_heading(self) -> None:
        document = self.review.document if self.review else None
        if self.review is None:
            text = self.tr("Reading the document…")
        elif document is None:
            text = self.tr(
                "This story is no longer in the library, or was not imported from a document."
            )
        else:
            text = self.tr(
                "<b>{name}</b> — each line with the role it was given. Right-click a line, or "
                "press its key (J junk, T title, B body, S subhead, C caption, K contact, "
                "F key figure…), to give it another role; the story on the right follows."
            ).format(name=document.name)
        self.heading.setText(text)

    def _show_reason(self) -> None:
        index = self.lines.currentIndex().row()
        document = self.review.document if self.review else None
        if document is None or not 0 <= index < len(document.lines):
            self.status.setText("")
            return
        line = document.lines[index]
        self.status.setText(
            self.tr("Line {number}: {role} — {reason}").format(
                number=index + 1, role=role_name(line.role), reason=reason_text(line.reason)
            )
        )

    # --- Corrections ---

    def _context_menu(self, point) -> None:
        item = self.lines.itemAt(point)
        if item is None:
            return
        self.lines.setCurrentItem(item)
        current = Role(item.data(0, ROLE_DATA))
        for role, action in self.role_actions.items():
            action.setCheckable(True)
            action.setChecked(role is current)
        self.menu.popup(self.lines.viewport().mapToGlobal(point))

    def give_role(self, role: Role, index: int | None = None) -> None:
        """Give line `index` (the current one by default) `role`, as one undoable edit."""
        index = self.lines.currentIndex().row() if index is None else index
        document = self.review.document if self.review else None
        if document is None or not 0 <= index < len(document.lines):
            return
        if document.lines[index].role is role:
            return
        op = review_ops.correct_line(story_id=self.story_id, index=index, role=role)
        self._runner.run(op)
