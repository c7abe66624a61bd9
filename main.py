"""Start the mediakit desktop app: python main.py [--library DIR] [--smoke-test].

--smoke-test opens the window as usual and prints `smoke-test window shown` once it is on screen,
waits until the kit's preview is built, prints one line
(`smoke-test ok: WINDOW TITLE | KIT | N stories | preview N bytes`) and quits with 0; 1 if the
preview failed or took over two minutes (packaging/start_times.py times the two lines). The packaged app's test (tests/packaging) uses it to
prove the app starts and builds a kit where no Python is installed.
"""

import os
import sys

from mediakit.gui.app import run

SMOKE_FLAG = "--smoke-test"
GIVE_UP_MS = 120_000


def window_shown(_window) -> None:
    print("smoke-test window shown", flush=True)


def smoke_test(window) -> None:
    """Once the window has its panes: print the line above when the first preview is built."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mediakit.model import SectionKind

    def leave(code: int, line: str) -> None:
        print(line, flush=True)
        if code:  # at once: a dialog saying why (modal, waiting for a click) must not hold it
            os._exit(code)
        QTimer.singleShot(0, lambda: QApplication.exit(code))

    def built(pdf: bytes) -> None:
        kit = window.kit_pane.kit
        if kit is None:  # the kit pane reads the kit on its own: ask again shortly
            QTimer.singleShot(50, lambda: built(pdf))
            return
        stories = len(kit.ids_of(SectionKind.STORY))
        title = window.windowTitle()
        leave(
            0, f"smoke-test ok: {title} | {kit.name} | {stories} stories | preview {len(pdf)} bytes"
        )

    window.live_preview.built.connect(built)
    window.live_preview.failed.connect(lambda text: leave(1, f"smoke-test failed: {text}"))
    window.library_failed.connect(lambda text, _code: leave(1, f"smoke-test failed: {text}"))

    def no_dialog() -> None:  # an error dialog (the library refused...) waits for a click
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = getattr(dialog, "text", dialog.windowTitle)()
            leave(1, f"smoke-test failed: {dialog.windowTitle()}: {text}")

    watch = QTimer(window)
    watch.timeout.connect(no_dialog)
    watch.start(250)
    QTimer.singleShot(GIVE_UP_MS, lambda: leave(1, "smoke-test failed: no preview in 2 minutes"))


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the packaged app: a worker process starts it again
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if SMOKE_FLAG in argv:
        argv.remove(SMOKE_FLAG)
        sys.exit(run(argv, shown=window_shown, assembled=smoke_test))
    sys.exit(run(argv))
