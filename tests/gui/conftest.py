"""GUI fixtures: offscreen Qt, settings in a temporary folder, and a factory of main windows."""

from __future__ import annotations

import gc
import os

# Before Qt makes its application: draw into memory, not onto a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QTimer  # noqa: E402

from mediakit.gui.app import start  # noqa: E402
from mediakit.gui.compat import pin_singletons  # noqa: E402
from mediakit.gui.lanes import Built  # noqa: E402
from mediakit.gui.mainwindow import MainWindow  # noqa: E402
from mediakit.gui.services import Services  # noqa: E402
from mediakit.gui.settings import Settings  # noqa: E402
from mediakit.model import ItemKind, KitContent  # noqa: E402

from .helpers import built  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"

# PySide6 6.12 on CPython 3.11 takes a reference from None at every void call (see compat).
pin_singletons()
BUILD_TIMEOUT_MS = 30_000
# Every waitUntil in the GUI tests allows a minute: it returns as soon as its condition holds, so
# the limit costs nothing on a quick machine and keeps a busy CI runner from failing a test that
# is only slow (a library's first load under load took more than the 10 s once allowed).


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Any QSettings made in a test writes under its temporary folder, never the user's."""
    folder = tmp_path / "qsettings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def event_loops_still_run(qapp) -> Iterator[None]:
    """Fail the test during which the application was told to end outside its `exec`.

    `QApplication.exit()` called while no `exec` runs (a stray timer, a refusal not patched out)
    marks the GUI thread as quitting: every later event loop, each of qtbot's waits among them,
    then returns at once without delivering a thing, and the rest of the run times out waiting
    for libraries and previews that are ready but never handed over. `exec` clears the mark.
    """
    yield
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    if loop.exec() != 0:
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()  # clears the mark, so one stray exit fails one test, not all that follow
        pytest.fail("QApplication.exit() was called outside its exec during this test")


@pytest.fixture
def gui_settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "mediakit.ini"), QSettings.Format.IniFormat))
    settings.interface_language = "en"  # whatever the machine's own language is
    return settings


@pytest.fixture
def make_window(qtbot, gui_settings: Settings) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows on a library folder; each is closed and its lanes shut down afterwards."""
    made: list[tuple[MainWindow, Services]] = []

    def factory(library: Path, *, build: Callable | None = None) -> MainWindow:
        window, services = start(library=library, settings=gui_settings, build=build)
        made.append((window, services))
        qtbot.waitExposed(window)
        return window

    yield factory
    for window, services in made:
        window.close()
        services.shutdown()
        services.language.use("en")  # translators are the application's: take them out again
        window.deleteLater()
    # delete them now: processEvents never runs deferred deletes, so closed windows (their
    # timers, panes and queued deliveries) would pile up over a whole run and starve the next
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture
def wait_for_library(qtbot) -> Callable[[MainWindow], None]:
    """Wait until the window lists the library's stories and the kit's sections."""

    def wait(window: MainWindow) -> None:
        pane = window.library_pane
        try:
            qtbot.waitUntil(
                lambda: (
                    pane.item_count(ItemKind.STORY) > 0 and bool(window.kit_pane.section_titles())
                ),
                timeout=60_000,
            )
        except Exception:
            dump_threads()
            raise

    return wait


def dump_threads() -> None:
    """Print where every thread is: a stalled wait says what it was waiting behind."""
    import sys
    import threading
    import traceback

    names = {thread.ident: thread.name for thread in threading.enumerate()}
    for ident, frame in sys._current_frames().items():
        print(f"--- thread {names.get(ident, ident)}", file=sys.stderr)
        traceback.print_stack(frame, file=sys.stderr)


@pytest.fixture
def wait_for_preview(qtbot) -> Callable[..., None]:
    """Wait until the preview shows a PDF of at least `pages` pages."""

    def wait(window: MainWindow, pages: int = 1) -> None:
        qtbot.waitUntil(lambda: window.preview_pane.page_count >= pages, timeout=BUILD_TIMEOUT_MS)

    return wait


@pytest.fixture
def counting_build() -> CountingBuild:
    return CountingBuild()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def simple_pdf(pages: int) -> bytes:
    """A plain PDF of `pages` numbered pages, for tests that need a build but not the layout."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number in range(1, pages + 1):
        pdf.drawString(72, 720, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


class CountingBuild:
    """A stand-in for the preview's build: one page per section, preflight's findings, and a
    count of the builds asked for."""

    def __init__(self) -> None:
        self.calls: list[KitContent] = []

    def __call__(self, content: KitContent, *, photos, progress=None, **_reuse) -> Built:
        self.calls.append(content)
        return built(simple_pdf(len(content.kit.sections)), content)
