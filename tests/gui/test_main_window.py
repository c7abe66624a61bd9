"""The first window: demo library, lists, kit, preview, undo/redo, and a responsive GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence

from mediakit.gui.actions import ActionId
from mediakit.gui.lanes import Built
from mediakit.layout import build_pdf
from mediakit.model import ItemKind

from .helpers import built, drop

# How long the stand-in for a big kit's build lays out, whatever the machine's speed.
LONG_BUILD_SECONDS = 0.8
# What the window must not wait for: the core, ReportLab, Pillow, babel, the panes, QtPdf.
LOADED_AFTER_THE_WINDOW = (
    "reportlab",
    "PIL",
    "babel",
    "mediakit.model",
    "mediakit.library",
    "mediakit.edits",
    "mediakit.layout",
    "mediakit.gui.workbench",
    "mediakit.gui.arrangement",
    "mediakit.gui.commands",
    "mediakit.gui.desk",
    "mediakit.gui.navigation",
    "mediakit.gui.panes",
    "PySide6.QtPdf",
)

DEMO_SECTIONS = [
    "Cover",
    "Contents",
    "Story: Serving Hope: A Venezuelan Doctor Finds Sanctuary in Peru",
    "Story: Doctors Beyond Borders",
    "Story: One year after the Los Angeles Declaration, there has been some progress on "
    "migration and protection, but much remains to be done",
    "Story: The Venezuela Situation: A Regional Response",
    "Key figures (2)",
    "Contacts (6)",
    "About IOM",
    "Back cover",
]


def test_an_empty_folder_opens_with_the_demo_kit_and_its_preview(
    make_window, wait_for_library, wait_for_preview, tmp_path: Path, qtbot
):
    window = make_window(tmp_path / "new-library")
    wait_for_library(window)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.FIGURE) == 2, timeout=60_000)
    counts = {
        kind: pane.item_count(kind)
        for kind in ItemKind
        if kind in (ItemKind.STORY, ItemKind.PHOTO, ItemKind.CONTACT, ItemKind.FIGURE)
    }
    assert counts == {ItemKind.STORY: 4, ItemKind.PHOTO: 6, ItemKind.CONTACT: 6, ItemKind.FIGURE: 2}
    assert window.kit_pane.section_titles() == DEMO_SECTIONS
    assert "No image yet" in pane.photos.item(0).toolTip()
    assert pane.contacts.topLevelItem(0).text(0) == "Buenos Aires"  # grouped by city, A to Z
    wait_for_preview(window, pages=6)
    assert window.preview_pane.status.text() == f"{window.preview_pane.page_count} pages"
    assert (tmp_path / "new-library" / "catalog.sqlite").is_file()


def test_undo_and_redo_are_named_after_the_edit_and_restore_the_order(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert undo.shortcut() == QKeySequence("Ctrl+Z")
    assert redo.shortcut() == QKeySequence("Ctrl+Shift+Z")
    assert not undo.isEnabled() and undo.text() == "&Undo"

    before = window.kit_pane.section_titles()
    sections = window.kit_pane.sections
    # Drag the first story (row 2) and drop it on the lower half of row 6, "Key figures".
    data = sections.mimeData([sections.item(2)])
    below = sections.visualItemRect(sections.item(6)).center() + QPoint(0, 4)
    with qtbot.waitSignal(window.kit_pane.kit_loaded, timeout=5000):
        drop(sections.viewport(), data, below)
    moved = before[:2] + before[3:7] + [before[2]] + before[7:]
    assert window.kit_pane.section_titles() == moved
    assert window.kit_pane.kit.sections[6].ids == (1,)
    assert window.kit_pane.selected_index() == 6
    assert undo.isEnabled() and undo.text() == "&Undo Move section"

    undo.trigger()
    qtbot.waitUntil(lambda: window.kit_pane.section_titles() == before, timeout=60_000)
    qtbot.waitUntil(lambda: redo.isEnabled(), timeout=60_000)
    assert redo.text() == "&Redo Move section"
    assert not undo.isEnabled()

    redo.trigger()
    qtbot.waitUntil(lambda: window.kit_pane.section_titles() == moved, timeout=60_000)


def test_the_delete_key_takes_a_section_out_and_undo_puts_it_back(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    sections = window.kit_pane.sections
    before = window.kit_pane.section_titles()
    sections.setFocus()
    sections.setCurrentRow(1)
    qtbot.keyClick(sections, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: len(window.kit_pane.section_titles()) == len(before) - 1, timeout=60_000
    )
    assert "Contents" not in window.kit_pane.section_titles()
    assert window.actions[ActionId.UNDO].text() == "&Undo Remove contents section"
    qtbot.keyClick(sections, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.kit_pane.section_titles() == before, timeout=60_000)


def test_rapid_changes_make_one_build_and_stale_results_are_dropped(
    make_window, wait_for_preview, counting_build, demo_library_path, qtbot
):
    build = counting_build
    window = make_window(demo_library_path, build=build)
    wait_for_preview(window)
    assert len(build.calls) == 1
    for _ in range(5):
        window.live_preview.refresh()
    qtbot.waitUntil(lambda: len(build.calls) >= 2, timeout=60_000)
    qtbot.wait(600)
    assert len(build.calls) == 2
    # A build answered for an older generation is never shown.
    pages = window.preview_pane.page_count
    window.live_preview._built(window.live_preview.generation - 1, Built(b"%PDF-stale", []))
    qtbot.wait(50)
    assert window.preview_pane.page_count == pages


def test_the_window_keeps_responding_while_the_pdf_builds(
    make_window, wait_for_preview, demo_library_path, qtbot
):
    def long_build(content, *, photos, progress=None, **_reuse):
        # The real layout, over and over for a while: a big kit's build, as pure-Python as ever.
        until = time.monotonic() + LONG_BUILD_SECONDS
        while time.monotonic() < until:
            build_pdf(content, photos=photos)
        return built(build_pdf(content, photos=photos, progress=progress), content)

    window = make_window(demo_library_path, build=long_build)
    wait_for_preview(window, pages=6)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    shown: list[bytes] = []
    window.live_preview.built.connect(shown.append)
    timer.start()
    started = time.monotonic()
    window.live_preview.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert time.monotonic() - started > 0.5 and len(ticks) >= 8, "the build was too quick to tell"
    assert max(gaps) < 0.25, f"the GUI thread stalled for {max(gaps):.3f} s"


def test_the_window_shows_before_the_core_and_the_panes_load(tmp_path: Path):
    """`run` shows the window with Qt alone loaded, then the rest on the event loop's first turn."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from mediakit.gui import app

        def visible(window):
            loaded = sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:])))
            print("loaded:", *loaded, flush=True)
            QTimer.singleShot(0, window.close)

        sys.exit(app.run(["--library", sys.argv[1]], shown=visible))
        """
    )
    home = {name: str(tmp_path / name) for name in ("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "library"), *LOADED_AFTER_THE_WINDOW],
        env={**os.environ, **home, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded:\n" in result.stdout, result.stdout


def test_a_file_that_is_not_a_catalog_is_refused_in_one_sentence(
    make_window, tmp_path: Path, qtbot, monkeypatch
):
    library = tmp_path / "broken"
    library.mkdir()
    (library / "catalog.sqlite").write_bytes(bytes(range(256)) * 64)
    shown: list[str] = []
    monkeypatch.setattr(
        "mediakit.gui.app.QMessageBox.critical", lambda parent, title, text: shown.append(text)
    )
    exits: list[int] = []  # the app would end; here no exec runs to end
    monkeypatch.setattr("mediakit.gui.app.QApplication.exit", lambda code=0: exits.append(code))
    window = make_window(library)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert exits == [3]
    assert shown[0].startswith("This file is not a mediakit catalog")
    assert "Traceback" not in shown[0] and "\n" not in shown[0]
    assert window.message_bar.text == shown[0]
    assert window.isVisible()
    assert (library / "catalog.sqlite").read_bytes() == bytes(range(256)) * 64


def test_run_exits_non_zero_when_the_library_is_refused(qapp, tmp_path: Path, monkeypatch):
    from mediakit.gui.app import run

    library = tmp_path / "broken"
    library.mkdir()
    (library / "catalog.sqlite").write_bytes(b"not a database at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        "mediakit.gui.app.QMessageBox.critical", lambda *args: shown.append(args[2])
    )
    # never hang the suite; stopped after: left armed, it would end a later test's waits
    guard = QTimer(singleShot=True, interval=20_000)
    guard.timeout.connect(lambda: qapp.exit(99))
    guard.start()
    try:
        assert run(["--library", str(library)]) == 3
    finally:
        guard.stop()
    assert shown and "not a mediakit catalog" in shown[0]


def test_screenshot_of_the_main_window_with_the_demo_kit(
    make_window, wait_for_library, wait_for_preview, artifacts, demo_library_path, qtbot
):
    window = make_window(demo_library_path)
    window.resize(1360, 860)
    wait_for_library(window)
    wait_for_preview(window, pages=6)
    qtbot.waitUntil(lambda: window.preflight_pane.findings.count() > 0, timeout=60_000)
    window.kit_pane.sections.setCurrentRow(3)  # "Doctors Beyond Borders", in the editor
    form = window.editor_pane.forms[ItemKind.STORY]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 2, timeout=60_000)
    preview, sections = window.preview_pane, len(window.kit_pane.kit.sections)
    qtbot.waitUntil(
        lambda: preview.current_page() in preview.section_pages(3, sections), timeout=60_000
    )
    assert preview.current_page() > 0  # the story's pages, not the cover
    qtbot.wait(300)  # let the view paint its pages
    assert window.grab().save(str(artifacts / "main_window.png"))


def test_undoing_an_edit_brings_its_preview_back_without_a_layout(
    make_window, wait_for_preview, demo_library_path, qtbot, monkeypatch
):
    """The preview reuses the library's finished builds: after an undo the kit is one that
    was built already, and its PDF comes back as it was, with no layout at all."""
    from mediakit.exporters import pdf as pdf_exporter

    layouts = []
    real = pdf_exporter.build_pdf
    monkeypatch.setattr(
        pdf_exporter, "build_pdf", lambda *a, **k: layouts.append(1) or real(*a, **k)
    )
    shown = []
    window = make_window(demo_library_path)
    window.live_preview.built.connect(shown.append)
    wait_for_preview(window)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=60_000)
    first_layouts = len(layouts)
    sections = window.kit_pane.sections
    sections.setFocus()
    sections.setCurrentRow(1)
    qtbot.keyClick(sections, Qt.Key.Key_Delete)  # the contents go: a new layout
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=60_000)
    assert len(layouts) > first_layouts
    after_edit = len(layouts)
    qtbot.keyClick(sections, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=60_000)
    assert shown[2] == shown[0]
    assert len(layouts) == after_edit
    assert list((demo_library_path / "cache" / "builds").glob("*.pdf"))
