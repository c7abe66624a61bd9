"""Two lanes for background work, so the window never waits.

The catalog lane is one worker thread that owns the open library and its undo history: every
catalog read and write runs there, one after the other, and the GUI thread never touches SQLite.
The build lane is a thread pool that turns an immutable kit snapshot into PDF bytes and the
preflight findings. Task pools run work that needs no catalog (thumbnails, exports). All of them
hand their results back to the GUI thread through queued Qt signals.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from mediakit.edits import Changes, History, HistoryStatus
from mediakit.edits.outside import OutsideChanges
from mediakit.layout import PhotoSource
from mediakit.library import Library
from mediakit.library.cache import RenditionCache
from mediakit.model import CatalogError, Finding, KitContent

T = TypeVar("T")
log = logging.getLogger(__name__)

# (content, *, photos, progress, **options) -> a CheckedBuild: the PDF and preflight's findings.
BuildFunction = Callable[..., Any]
Done = Callable[[Any, BaseException | None], None]
Progress = Callable[[int, int], None]
# Seconds between two progress reports handed to the GUI thread (see `throttled`).
PROGRESS_INTERVAL = 0.1


@dataclass(frozen=True)
class Built:
    """A preview build: the PDF and what preflight found in the kit."""

    pdf: bytes
    findings: list[Finding]


def checked_build(
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache,
    progress=None,
    builds=None,
):
    """The preview: the kit as an export would make it (marked DRAFT while preflight finds
    errors), with preflight run on the photos' real placed sizes. With the library's `builds`,
    an unchanged kit (an undo) comes straight back."""
    from mediakit.exporters.pdf import build_checked

    return build_checked(content, photos=photos, force=True, progress=progress, builds=builds)


def _as_built(result: Any) -> Built:
    return Built(result.pdf, list(result.findings))


def throttled(report: Progress, interval: float = PROGRESS_INTERVAL) -> Progress:
    """`report` for at most one (done, total) every `interval` seconds, and for the last one.

    ReportLab reports every percent, dozens at a time. Each report handed to the GUI thread is a
    Python slot there, and while a build runs the GUI thread must win the GIL back from it to
    enter the slot and again after each Qt call inside it: a burst of reports held the event loop
    for a quarter of a second. A few reports a second are all a progress bar needs.
    """
    last = float("-inf")

    def report_now_and_then(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done >= total or now - last >= interval:
            last = now
            report(done, total)

    return report_now_and_then


class LibrarySession:
    """The open library and its history. Only code running on the catalog lane touches it."""

    def __init__(self) -> None:
        self._library: Library | None = None
        self._history: History | None = None
        self._outside: OutsideChanges | None = None

    def open(self, path: Path) -> Library:
        """Open the library folder at `path`, closing the one open before."""
        self.close()
        library = Library.open(path)
        self._library, self._history = library, History(library.catalog)
        self._outside = OutsideChanges(library.db)
        return library

    def outside_changes(self) -> Changes:
        """What other programs changed in the library since last asked (nothing when no
        library is open): one pragma while nobody else writes."""
        if self._library is None or self._outside is None:
            return Changes()
        return self._outside.poll(self._library.db)

    def current(self, path: Path) -> Library | None:
        """The open library if it is the one at `path`."""
        if self._library is not None and self._library.root.resolve() == Path(path).resolve():
            return self._library
        return None

    @property
    def library(self) -> Library:
        if self._library is None:
            raise CatalogError("no library is open")
        return self._library

    @property
    def history(self) -> History:
        if self._history is None:
            raise CatalogError("no library is open")
        return self._history

    @property
    def db(self):
        return self.library.db

    def history_status(self) -> HistoryStatus | None:
        return self._history.status() if self._history is not None else None

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
        self._library = self._history = self._outside = None


class CatalogLane(QObject):
    """One serial worker thread that owns the library: tasks run there in the order given."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = LibrarySession()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mediakit-catalog")
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, task: Callable[[LibrarySession], T], on_done: Done) -> bool:
        """Run `task(session)` on the lane, then `on_done(result, error)` on the GUI thread."""
        if self._closed:
            return False
        self._executor.submit(self._run, task, on_done)
        return True

    def shutdown(self) -> None:
        """Finish the tasks already given, close the library and wait for the worker to end."""
        if self._closed:
            return
        self._executor.submit(self._session.close)
        self._closed = True
        self._executor.shutdown(wait=True)

    def _run(self, task: Callable[[LibrarySession], T], on_done: Done) -> None:
        try:
            result, error = task(self._session), None
        except Exception as exc:  # handed to the GUI thread, which says it in one sentence
            result, error = None, exc
        self._finished.emit(functools.partial(on_done, result, error))

    def _deliver(self, closure: Callable[[], None]) -> None:
        if not self._closed:
            closure()


class BuildCancelled(Exception):
    """Raised inside a build that a newer one has made pointless."""


class BuildLane(QObject):
    """A thread pool for PDF builds. Results carry the generation they were asked for."""

    built = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)  # generation, done, total

    def __init__(self, build: BuildFunction | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._build = build or checked_build
        self._pool = QThreadPool(self)
        # ReportLab is pure Python: one build at a time is as fast as several under the GIL.
        self._pool.setMaxThreadCount(1)
        self._latest = 0
        self._closed = False

    def submit(
        self,
        generation: int,
        content: KitContent,
        photos: PhotoSource | RenditionCache,
        **options: Any,
    ) -> None:
        """Build `content` in the background; builds still waiting for a thread are dropped.
        `options` go to the build function as keyword arguments (builds)."""
        if self._closed:
            return
        self._latest = generation
        self._pool.clear()
        self._pool.start(functools.partial(self._run, generation, content, photos, options))

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Drop waiting builds, ask the running one to stop, and wait for it."""
        self._closed = True
        self._latest = -1
        self._pool.clear()
        return self._pool.waitForDone(timeout_ms)

    def _run(
        self,
        generation: int,
        content: KitContent,
        photos: PhotoSource | RenditionCache,
        options: dict[str, Any],
    ) -> None:
        report = throttled(functools.partial(self.progressed.emit, generation))

        def progress(done: int, total: int) -> None:  # layout.BuildProgress, on the pool thread
            if generation != self._latest:
                raise BuildCancelled()
            report(done, total)

        try:
            result = self._build(content, photos=photos, progress=progress, **options)
            data = _as_built(result)
        except BuildCancelled:
            return
        except Exception as exc:  # reported as one sentence on the GUI thread
            if generation == self._latest:
                log.debug("preview build failed", exc_info=True)
            self.failed.emit(generation, exc)
            return
        self.built.emit(generation, data)


class TaskPool(QObject):
    """A few worker threads for work that needs no catalog: thumbnails, exports.

    `submit` runs a task there and calls `on_done(result, error)` on the GUI thread; `post`
    hands any closure to the GUI thread (for progress reports from inside a task).
    """

    _deliver_signal = Signal(object)

    def __init__(self, threads: int, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._closed = False
        self._deliver_signal.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, task: Callable[[], T], on_done: Done) -> bool:
        if self._closed:
            return False
        self._executor.submit(self._run, task, on_done)
        return True

    def post(self, closure: Callable[[], None]) -> None:
        """Call `closure` on the GUI thread (safe from any thread)."""
        if not self._closed:
            self._deliver_signal.emit(closure)

    def shutdown(self) -> None:
        """Drop the tasks not started yet and wait for the running ones."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _run(self, task: Callable[[], T], on_done: Done) -> None:
        try:
            result, error = task(), None
        except Exception as exc:  # handed to the GUI thread, which says it in one sentence
            result, error = None, exc
        self._deliver_signal.emit(functools.partial(on_done, result, error))

    def _deliver(self, closure: Callable[[], None]) -> None:
        if not self._closed:
            closure()
