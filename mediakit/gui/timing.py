"""Start-up timing for benchmarks/run.py: with MEDIAKIT_BENCHMARK=1 the app prints when its
window is visible and when the first preview is shown, then quits."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENVIRONMENT = "MEDIAKIT_BENCHMARK"


def wanted() -> bool:
    return os.environ.get(ENVIRONMENT) == "1"


def report(window, started: float) -> None:
    """Print 'window-visible S' now and 'first-preview S' when the first build is shown."""
    QApplication.processEvents()
    print(f"window-visible {time.perf_counter() - started:.3f}", flush=True)

    def shown(_pdf) -> None:
        print(f"first-preview {time.perf_counter() - started:.3f}", flush=True)
        QTimer.singleShot(0, window.close)

    window.live_preview.built.connect(shown)
    QTimer.singleShot(120_000, window.close)  # never hang a benchmark
