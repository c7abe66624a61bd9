"""The preflight pane: what to fix before export, found again with every preview build.
Double-click (or Enter) on a finding selects the item at fault."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from mediakit.gui import display_text
from mediakit.gui.icons import icon
from mediakit.gui.widgets import EmptyState, Translatable, pane_title, titled_pane
from mediakit.model import Finding, Severity

REF_ROLE = Qt.ItemDataRole.UserRole


class PreflightPane(Translatable, QWidget):
    """`item_activated(ItemRef)` when the user asks to go to a finding's item."""

    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] | None = None
        self.title = pane_title()
        self.summary = QLabel()
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.itemActivated.connect(self._activated)
        self.body = EmptyState(self.findings, "")
        titled_pane(self, self.title, self.summary, self.body)
        self.retranslate()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = list(findings)
        self.findings.clear()
        for finding in self._findings:
            error = finding.severity is Severity.ERROR
            item = QListWidgetItem(
                icon("error" if error else "warning"),
                display_text.finding_title(finding),
                self.findings,
            )
            item.setToolTip(display_text.finding_fix(finding))
            item.setData(REF_ROLE, finding.item)
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole, display_text.finding_fix(finding)
            )
        self._show_summary()

    def clear(self) -> None:
        self._findings = None
        self.findings.clear()
        self._show_summary()

    def count(self, severity: Severity | None = None) -> int:
        findings = self._findings or []
        return sum(severity is None or f.severity is severity for f in findings)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Preflight"))
        self.findings.setAccessibleName(self.tr("Preflight findings"))
        if self._findings is not None:
            self.show_findings(self._findings)
        else:
            self._show_summary()

    def _show_summary(self) -> None:
        if self._findings is None:
            self.summary.clear()
            self.body.set_empty(True, self.tr("Preflight runs with each preview build."))
            return
        errors, warnings = self.count(Severity.ERROR), self.count(Severity.WARNING)
        parts = []
        if errors:
            parts.append(
                display_text.count_text(errors, self.tr("1 error"), self.tr("{count} errors"))
            )
        if warnings:
            parts.append(
                display_text.count_text(warnings, self.tr("1 warning"), self.tr("{count} warnings"))
            )
        self.summary.setText(", ".join(parts))
        self.body.set_empty(not self._findings, self.tr("Nothing to fix: the kit is ready."))

    def _activated(self, item: QListWidgetItem) -> None:
        ref = item.data(REF_ROLE)
        if ref is not None:
            self.item_activated.emit(ref)
