"""Running operations: on the catalog lane, with the outcome handed back on the GUI thread."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mediakit.edits import Changes, HistoryStatus
from mediakit.edits.importing import ImportControl
from mediakit.gui import core_words
from mediakit.gui.lanes import CatalogLane, LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.model import ConflictError, ItemKind, MediakitError

log = logging.getLogger(__name__)


class OpRunner(QObject):
    """Runs every op on the catalog lane and says what changed.

    After an op that returns non-empty `Changes` (or a result carrying them as `.changes`),
    `changes_applied` is emitted before the op's own
    success callback; `history_changed` follows any change of what can be undone or redone.
    Errors go to the op's failure callback, or else to `failed` as one sentence. A conflict
    (another program changed what the op was changing: nothing was written) also reads the
    item again in every pane, as if it had just changed, and the history's new state follows.
    """

    changes_applied = Signal(object)
    history_changed = Signal(object)
    failed = Signal(str)

    def __init__(self, lane: CatalogLane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane = lane
        self._status: HistoryStatus | None = None

    def run(self, op: CatalogOp) -> None:
        self._lane.submit(lambda session: _run_body(op, session), lambda *r: self._finish(op, *r))

    def _finish(self, op: CatalogOp, outcome: Any, error: BaseException | None) -> None:
        if error is not None:
            self._fail(op, error)
            return
        result, status = outcome
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes:
            self.changes_applied.emit(changes)
        if status is not None and status != self._status:
            self._status = status
            self.history_changed.emit(status)
        if op.on_success is not None:
            op.on_success(result)

    def _fail(self, op: CatalogOp, error: BaseException) -> None:
        if not isinstance(error, MediakitError):
            log.error("%r failed", op, exc_info=error)
        if isinstance(error, ConflictError):
            self._reload_after(error)
        if op.on_failure is not None and isinstance(error, Exception):
            op.on_failure(error)
        else:
            self.failed.emit(sentence(error))

    def _reload_after(self, error: ConflictError) -> None:
        kind = error.kind if isinstance(error.kind, ItemKind) else None
        if kind is not None:
            self.changes_applied.emit(Changes.of(kind, error.item_id))
        # The step that met the conflict left the history: say what can be undone now.
        self.run(CatalogOp(lambda _session: Changes(), label="History after a conflict"))


def _run_body(op: CatalogOp, session: LibrarySession) -> tuple[Any, HistoryStatus | None]:
    return op.body(session), session.history_status()


def sentence(error: BaseException) -> str:
    """The error in one sentence a press officer understands, never a traceback."""
    if isinstance(error, MediakitError):
        said = core_words.say(error.message)
        text = said[:1].upper() + said[1:].rstrip(".")
        return f"{text}: {error.path}" if error.path is not None else f"{text}."
    if isinstance(error, ImportError) and "mediakit.layout" in str(error):
        return QCoreApplication.translate(
            "Errors", "The PDF builder is missing from this installation of mediakit."
        )
    return QCoreApplication.translate("Errors", "Something went wrong ({error}).").format(
        error=f"{type(error).__name__}: {error}"
    )


class ImportProgress(QObject):
    """An import's progress told on the GUI thread: `advanced(done, total)` as each file is
    stored or refused; `control` is handed to the import on the catalog lane, and `cancel()`
    stops it between two files."""

    advanced = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # emitted on the catalog lane: Qt queues it to this object's (the GUI) thread
        self.control = ImportControl(self.advanced.emit)

    def cancel(self) -> None:
        self.control.cancel()
