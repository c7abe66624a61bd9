"""The desktop app, timed: run.py starts it with this instead of main.py.

    .venv/bin/python benchmarks/app_start.py --library DIR

Prints 'window-visible S' once the window is drawn and 'first-preview S' once the first preview
is shown (seconds since this process began), then closes the window. It times the app through
the hooks `mediakit.gui.app.run` offers; the app itself knows nothing of benchmarks.
"""

import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402  (the clock starts before Qt loads)
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediakit.gui.app import run  # noqa: E402
from mediakit.gui.mainwindow import MainWindow  # noqa: E402

# Whatever goes wrong, a benchmark never hangs.
GIVE_UP_MS = 120_000


def window_visible(window: MainWindow) -> None:
    """Print 'window-visible S' once the window shown has been drawn."""
    QApplication.processEvents()
    print(f"window-visible {time.perf_counter() - STARTED:.3f}", flush=True)
    QTimer.singleShot(GIVE_UP_MS, window.close)


def first_preview(window: MainWindow) -> None:
    """Print 'first-preview S' when the window's first build is shown, then close the window."""

    def shown(_pdf: bytes) -> None:
        QTimer.singleShot(0, window.close)  # first: closes even if nobody reads what we print
        print(f"first-preview {time.perf_counter() - STARTED:.3f}", flush=True)

    window.live_preview.built.connect(shown)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], shown=window_visible, assembled=first_preview))
