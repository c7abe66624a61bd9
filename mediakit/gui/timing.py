"""Start-up timing for benchmarks/run.py: with MEDIAKIT_BENCHMARK=1 the app prints when its
window is visible and when the first preview is shown, then quits."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENVIRONMENT = "MEDIAKIT_BENCHMARK"


def wanted() -> bool:
    return os.environ.get(ENVIRONMENT) == "1"


def window_visible(window: QMainWindow, started: float) -> None:
    """Print 'window-visible S' once the window shown has been drawn."""
    QApplication.processEvents()
    print(f"window-visible {time.perf_counter() - started:.3f}", flush=True)
    QTimer.singleShot(120_000, window.close)  # never hang a benchmark


def first_preview(window: QMainWindow, started: float) -> None:
    """Print 'first-preview S' when the window's first build is shown, then close the window."""

    def shown(_pdf) -> None:
        QTimer.singleShot(0, window.close)  # first: closes even if nobody reads what we print
        print(f"first-preview {time.perf_counter() - started:.3f}", flush=True)

    window.live_preview.built.connect(shown)
