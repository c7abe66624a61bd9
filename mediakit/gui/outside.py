"""Other programs on the same library: what they change shows here, and a second window on the
library is told at once that it is not alone.

`OutsideWatch` asks the catalog lane once a second whether another program (the command line,
another window) committed anything — a single pragma while nothing happens, so an idle window
stays idle — and hands what changed, by item, to the panes as any edit's changes. `LibraryLock`
holds a lock file in the library folder for as long as a window has it open; a lock left by a
program that was killed is recovered (its process is gone).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, QTimer, Signal

from mediakit.edits import Changes
from mediakit.gui.operations import CatalogOp
from mediakit.gui.runner import OpRunner

translate = QCoreApplication.translate
POLL_MS = 1000
LOCK_NAME = ".mediakit-window.lock"


class OutsideWatch(QObject):
    """Polls for other programs' changes while a library is open; `changed(Changes)` after
    the panes were given them."""

    changed = Signal(object)

    def __init__(self, runner: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        """Ask now (the timer asks once a second); never two questions in the lane at once."""
        if self._asking:
            return
        self._asking = True
        op = CatalogOp(lambda session: session.outside_changes(), label="Changes by others")
        self._runner.run(op.success(self._answered).failure(self._unanswered))

    def _answered(self, changes: Changes) -> None:
        self._asking = False
        if changes:  # the runner has already handed them to the panes
            self.changed.emit(changes)

    def _unanswered(self, _error: Exception) -> None:
        self._asking = False  # a catalog that cannot be read now is said by the next edit


class LibraryLock:
    """The lock file a window holds in the library folder it has open."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None

    def take(self, root: Path) -> str | None:
        """Hold `root`'s lock; the sentence to show when another window already holds it
        (None when this window is the only one, or the folder cannot take a lock file)."""
        self.release()
        lock = QLockFile(str(Path(root) / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            self._lock = lock
            return None
        if lock.error() != QLockFile.LockError.LockFailedError:
            return None  # a read-only folder: nothing to tell
        info = lock.getLockInfo()  # (pid, host, app); some bindings put a success flag first
        pid, host = info[-3], info[-2]
        return other_window_sentence(pid, host)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def other_window_sentence(pid: int, host: str) -> str:
    where = (
        translate("Outside", "process {pid}").format(pid=pid)
        if host in ("", QSysInfo.machineHostName())
        else translate("Outside", "process {pid} on {host}").format(pid=pid, host=host)
    )
    return translate(
        "Outside",
        "This library is also open in another mediakit window ({where}). What is changed "
        "there shows here within a second; a change made here to something changed there "
        "is refused and reloaded, never lost.",
    ).format(where=where)
