"""The crash handler: an error nobody expected is written to a log file, and the user is told
where it is in one sentence; the app goes on if it can."""

from __future__ import annotations

import faulthandler
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from mediakit import __version__

Tell = Callable[[Path], None]


def log_folder() -> Path:
    """Where crash reports go, e.g. ~/.local/state/mediakit/log on Linux."""
    return user_log_path("mediakit", appauthor=False)


def write_report(
    folder: Path,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    *,
    now: datetime | None = None,
) -> Path:
    """Write the error and its traceback to a new file in `folder` and return its path."""
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{now:%Y%m%d-%H%M%S-%f}.log"
    lines = [
        f"mediakit {__version__} on Python {platform.python_version()}, {platform.platform()}",
        f"{now.isoformat(timespec='seconds')} in thread {threading.current_thread().name}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    path.write_text("\n".join(line.rstrip("\n") for line in lines) + "\n", encoding="utf-8")
    return path


class CrashHandler:
    """Replaces sys.excepthook and threading.excepthook while installed."""

    def __init__(self, folder: Path, tell: Tell) -> None:
        self.folder = folder
        self.tell = tell
        self.reports: list[Path] = []
        self._before = (sys.excepthook, threading.excepthook)
        self._fatal = None

    def install(self) -> CrashHandler:
        sys.excepthook = self._on_error
        threading.excepthook = lambda args: self._on_error(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )
        try:  # a hard crash (segfault) still leaves a trace behind
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fatal = (self.folder / "fatal.log").open("a", encoding="utf-8")
            faulthandler.enable(self._fatal)
        except OSError:
            self._fatal = None
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._before
        if self._fatal is not None:
            faulthandler.disable()
            self._fatal.close()
            self._fatal = None

    def _on_error(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._before[0](kind, error, trace)
            return
        try:
            path = write_report(self.folder, kind, error, trace)
        except OSError:
            self._before[0](kind, error, trace)
            return
        self.reports.append(path)
        try:
            self.tell(path)
        except Exception:  # telling must never raise from inside the hook
            traceback.print_exc()
