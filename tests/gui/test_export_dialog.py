"""The export dialog: the same PDF as the command line, and Cancel while a build runs."""

from __future__ import annotations

import shutil
import threading

from PIL import Image
from PySide6.QtCore import Qt

from mediakit.cli import main
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.export import ExportDialog
from tests.gui.conftest import simple_pdf

DEMO_KIT = "Venezuela situation — press kit"


def open_dialog(window, qtbot) -> ExportDialog:
    qtbot.waitUntil(lambda: window.kit_pane.kit is not None, timeout=60_000)
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentData() == value


def test_the_app_and_the_command_line_export_the_same_pdf(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    picture = tmp_path / "clinic.jpg"
    Image.new("RGB", (1800, 1200), (40, 90, 160)).save(picture, quality=90)
    assert main(["--library", str(demo_library_path), "photo", "attach", "1", str(picture)]) == 0
    elsewhere = tmp_path / "copy"  # a library of its own: the CLI cannot reuse the app's build
    shutil.copytree(demo_library_path, elsewhere)
    from_cli = tmp_path / "cli.pdf"
    options = ["--paper", "letter", "--lang", "es", "--grayscale", "--watermark", "draft"]
    args = ["--library", str(elsewhere), "build", DEMO_KIT, "-o", str(from_cli), *options]
    assert main(args) == 0
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = open_dialog(window, qtbot)
    from_app = tmp_path / "app.pdf"
    dialog.target.setText(str(from_app))
    choose(dialog.paper, "letter")
    choose(dialog.language, "es")
    choose(dialog.watermark, "draft")
    dialog.grayscale.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60_000)
    assert from_app.read_bytes() == from_cli.read_bytes()


def test_cancel_while_the_pdf_builds_leaves_no_file(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot, monkeypatch
):
    started, release = threading.Event(), threading.Event()
    pdf = simple_pdf(2)

    def slow_layout(content, *, photos, progress=None):
        started.set()
        while not release.wait(0.01):
            progress(1, 2)
        return pdf

    monkeypatch.setattr("mediakit.exporters.pdf.build_pdf", slow_layout)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = open_dialog(window, qtbot)
    folder = tmp_path / "out"
    dialog.target.setText(str(folder / "press kit.pdf"))
    try:
        assert dialog.cancel_button.isHidden()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set, timeout=60_000)
        assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.progress.value() == 50, timeout=60_000)  # the bar follows
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.progress.isHidden, timeout=60_000)
    finally:
        release.set()
    assert dialog.message.text() == "Cancelled: nothing was saved."
    assert dialog.exported is None
    assert not folder.exists() or not list(folder.iterdir())  # no PDF, no temporary file
    assert dialog.cancel_button.isHidden() and dialog.export_button.isEnabled()
    # The dialog is ready for the next export, which goes through.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60_000)
    assert (folder / "press kit.pdf").read_bytes() == pdf


def test_the_app_exports_the_kits_web_page_as_the_command_line_does(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    elsewhere = tmp_path / "copy"
    shutil.copytree(demo_library_path, elsewhere)
    from_cli = tmp_path / "cli.html"
    args = ["--library", str(elsewhere), "build", DEMO_KIT, "-o", str(from_cli), "--lang", "es"]
    assert main(args) == 0
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = open_dialog(window, qtbot)
    dialog.target.setText(str(tmp_path / "app.pdf"))
    choose(dialog.format, "html")
    # The file becomes a web page, and what only a PDF has is off.
    assert dialog.target.text().endswith("app.html")
    assert not dialog.paper.isEnabled() and not dialog.edition.isEnabled()
    assert dialog.language.isEnabled() and dialog.export_button.text() == "Export web page"
    choose(dialog.language, "es")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60_000)
    from_app = tmp_path / "app.html"
    assert dialog.exported == from_app
    assert from_app.read_bytes() == from_cli.read_bytes()
    assert b'<html lang="es"' in from_app.read_bytes()
    assert not dialog.paper.isEnabled()  # still a web page after the export
    # Back to a PDF: the choices come back.
    choose(dialog.format, "pdf")
    assert dialog.target.text().endswith("app.pdf") and dialog.paper.isEnabled()


def test_a_web_page_preflight_holds_back_is_named_as_a_web_page(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    import sqlite3

    with sqlite3.connect(demo_library_path / "catalog.sqlite") as db:
        db.execute("UPDATE stories SET embargo = '2099-01-01T00:00' WHERE id = 1")
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = open_dialog(window, qtbot)
    dialog.target.setText(str(tmp_path / "kit.pdf"))
    choose(dialog.format, "html")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.force_button.isVisible, timeout=60_000)
    assert dialog.message.text().startswith("The web page was not saved: one problem")
    assert not (tmp_path / "kit.html").exists()
