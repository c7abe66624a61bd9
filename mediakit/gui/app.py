"""Starting the desktop app: arguments, the Qt application, the main window, then the services.

The window shows first, with only Qt loaded; the core (ReportLab, Pillow, the catalog) and the
panes load on the event loop's first turn, while the window already says what it is opening.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediakit import __version__
from mediakit.gui import i18n
from mediakit.gui.compat import pin_singletons
from mediakit.gui.icons import icon
from mediakit.gui.mainwindow import APP_NAME, MainWindow
from mediakit.gui.settings import APPLICATION, ORGANISATION, Settings

if TYPE_CHECKING:
    from mediakit.gui.lanes import BuildFunction
    from mediakit.gui.services import Services

__all__ = ["WindowHook", "library_path", "refuse_or_restore", "run", "start"]

# Called with the main window at a moment of its start (see `run`).
WindowHook = Callable[[MainWindow], None]


def run(
    argv: list[str], *, shown: WindowHook | None = None, assembled: WindowHook | None = None
) -> int:
    """Run the app until its window closes; non-zero if the library was refused.

    The window shows first, with Qt alone loaded; the services, the panes and the core load on
    the event loop's first turn, and then the library opens. `shown(window)` is called once the
    window is on screen, before anything else loads; `assembled(window)` once it has its panes,
    before the library opens (benchmarks/app_start.py times the start with them)."""
    pin_singletons()
    args, qt_args = _parser().parse_known_args(argv)
    app = _application(qt_args)
    settings = Settings()
    language = _interface_language(settings)
    library = library_path(args.library, settings)
    window = MainWindow(settings=settings)
    window.show_opening(library)
    window.show()
    if shown is not None:
        shown(window)
    from mediakit.gui.crash import CrashHandler, log_folder  # platformdirs: after the window

    notice = CrashNotice()
    crashes = CrashHandler(log_folder(), notice.report.emit).install()
    notice.report.connect(lambda path: window.message_bar.show_error(crash_sentence(path)))
    opened: list[Services] = []
    QTimer.singleShot(  # on the event loop's first turn, with the window on screen
        0, lambda: opened.append(_open(window, library, settings, language, assembled))
    )
    try:
        with _closing_on_signals(app):
            return app.exec()
    finally:
        window.hide()
        for services in opened:
            services.shutdown()
        language.use(i18n.SOURCE_LANGUAGE)  # the translators belong to the application
        crashes.uninstall()


def start(
    *, library: Path, settings: Settings, build: BuildFunction | None = None
) -> tuple[MainWindow, Services]:
    """Show the main window with its panes and open `library` in the background, all at once."""
    pin_singletons()
    window = MainWindow(settings=settings)
    services = _assemble(window, settings, _interface_language(settings), build, library)
    window.show()
    window.open_library(library)
    return window, services


def _assemble(
    window: MainWindow,
    settings: Settings,
    language: i18n.InterfaceLanguage,
    build: BuildFunction | None = None,
    library: Path | None = None,
) -> Services:
    """Start the services and give the window its panes: this is where the core loads."""
    from mediakit.gui.services import Services  # the lanes import the core
    from mediakit.gui.workbench import Workbench  # the panes, once the window shows

    services = Services.start(build, language=language)
    window.install(Workbench(window, settings, services))
    opening = [library]  # the library being opened: the one started with, then File ▸ Open's
    window.files.open_requested.connect(lambda path: opening.__setitem__(0, Path(path)))
    window.library_failed.connect(
        lambda text, code: refuse_or_restore(window, opening[0], text, code)
    )
    return services


def _open(
    window: MainWindow,
    library: Path,
    settings: Settings,
    language: i18n.InterfaceLanguage,
    assembled: WindowHook | None,
) -> Services:
    """Give the window on screen its panes, then open the library."""
    services = _assemble(window, settings, language, library=library)
    if assembled is not None:
        assembled(window)
    window.open_library(library)
    return services


def _application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("mediakit"))
    return app


def _interface_language(settings: Settings) -> i18n.InterfaceLanguage:
    language = i18n.InterfaceLanguage(QApplication.instance())
    language.use(i18n.resolve(settings.interface_language))
    return language


def refuse(parent: QWidget, text: str, code: int) -> None:
    """Say in one sentence why the library cannot be opened, then end the app with `code`."""
    title = QApplication.translate("App", "The library cannot be opened")
    QMessageBox.critical(parent, title, text)
    QApplication.exit(code)


def refuse_or_restore(parent: MainWindow, library: Path | None, text: str, code: int) -> None:
    """A library whose catalog is missing, empty or damaged beside a sound backup: offer to put
    the backup back (the catalog as it is is kept aside) and open it again; else `refuse`."""
    from mediakit.library import backups  # the core: loaded by now, the window has its panes
    from mediakit.library.folder import CATALOG_NAME, restore_offer

    backup = restore_offer(library) if library is not None else None
    if backup is None:
        refuse(parent, text, code)
        return
    title = QApplication.translate("App", "The library's catalog is lost or damaged")
    question = QApplication.translate(
        "App",
        "{problem}\n\nPut back the last good backup, {backup}? The catalog as it is now is "
        "kept aside, not deleted.",
    ).format(problem=text, backup=backup.name)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if QMessageBox.question(parent, title, question, buttons) != QMessageBox.StandardButton.Yes:
        QApplication.exit(code)
        return
    try:
        backups.restore(library / CATALOG_NAME, backup)
    except OSError as exc:
        refuse(parent, f"{text} ({exc.strerror or exc})", code)
        return
    parent.open_library(library)


def library_path(given: Path | None, settings: Settings) -> Path:
    """The folder named on the command line, else the one used last, else the default one."""
    if given is not None:
        return given
    if settings.last_library:
        return Path(settings.last_library)
    from mediakit.library import default_library_path  # the core, on the very first start only

    return default_library_path()


class CrashNotice(QObject):
    """Carries a crash report's path to the GUI thread, whichever thread the error was on."""

    report = Signal(object)


def crash_sentence(path: Path) -> str:
    return QApplication.translate(
        "App",
        "mediakit ran into a problem it did not expect. A report was written to {path}; "
        "please send it to whoever looks after mediakit for you.",
    ).format(path=path)


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
