"""Starting the desktop app: arguments, the Qt application, the services, the main window."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediakit import __version__
from mediakit.gui.icons import icon
from mediakit.gui.lanes import BuildFunction, BuildLane, CatalogLane
from mediakit.gui.mainwindow import APP_NAME, MainWindow
from mediakit.gui.runner import OpRunner
from mediakit.gui.settings import APPLICATION, ORGANISATION, Settings
from mediakit.library import default_library_path


@dataclass
class Services:
    """The background lanes and the op runner: made once, handed to the window, shut down last."""

    catalog: CatalogLane
    builds: BuildLane
    runner: OpRunner

    @classmethod
    def start(cls, build: BuildFunction | None = None) -> Services:
        catalog = CatalogLane()
        return cls(catalog, BuildLane(build), OpRunner(catalog))

    def shutdown(self) -> None:
        """Wait for the running build and every catalog task, then close the library."""
        self.builds.shutdown()
        self.catalog.shutdown()


def run(argv: list[str]) -> int:
    """Run the app until its window closes; non-zero if the library was refused."""
    args, qt_args = _parser().parse_known_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("mediakit"))
    settings = Settings()
    window, services = start(library=library_path(args.library, settings), settings=settings)
    try:
        with _closing_on_signals(app):
            return app.exec()
    finally:
        window.hide()
        services.shutdown()


def start(
    *, library: Path, settings: Settings, build: BuildFunction | None = None
) -> tuple[MainWindow, Services]:
    """Show the main window at once and open `library` in the background."""
    services = Services.start(build)
    window = MainWindow(settings=settings, runner=services.runner, builds=services.builds)
    window.library_failed.connect(lambda text, code: refuse(window, text, code))
    window.show()
    window.open_library(library)
    return window, services


def refuse(parent: QWidget, text: str, code: int) -> None:
    """Say in one sentence why the library cannot be opened, then end the app with `code`."""
    QMessageBox.critical(parent, "The library cannot be opened", text)
    QApplication.exit(code)


def library_path(given: Path | None, settings: Settings) -> Path:
    """The folder named on the command line, else the one used last, else the default one."""
    if given is not None:
        return given
    return Path(settings.last_library) if settings.last_library else default_library_path()


@contextmanager
def _closing_on_signals(app: QApplication) -> Iterator[None]:
    """Ctrl+C or a TERM signal close the window as File ▸ Quit does, so settings are saved."""
    handled = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.getsignal(number) for number in handled}
    for number in handled:
        signal.signal(number, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    try:
        yield
    finally:
        wake.stop()
        for number, handler in before.items():
            signal.signal(number, handler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="mediakit, the press-kit builder")
    parser.add_argument("--library", type=Path, metavar="DIR", help="the library folder to open")
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    return parser
