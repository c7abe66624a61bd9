"""Paste and drop as a press officer uses them: Ctrl+V or Edit ▸ Paste as new story with a
browser's selection, plain text or an image on the clipboard; a browser selection dropped on the
window; files dropped as before; an image dropped on a photo slot; a long import cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLineEdit

from mediakit.edits.import_review import reviewed_document
from mediakit.gui.actions import ActionId
from mediakit.gui.panes.photo_grid import HASH_ROLE
from mediakit.library import Library
from mediakit.model import ItemKind, ItemRef

from .helpers import drop, file_drop_data, jpeg

HEADLINE = "Mobile clinics reach families on the Amazon river"
# What a browser puts on the clipboard for a selection of a news page.
SELECTION = f"""<html><body><!--StartFragment--><h1>{HEADLINE}</h1>
<p>IQUITOS, Peru, 3 March 2025 — Three boats fitted as clinics began a tour of forty river
villages on Monday, bringing vaccines and check-ups to families who live days from the nearest
hospital.</p>
<p>The boats carry a doctor, two nurses and a pharmacist each, and stop for two days in every
village. Over the first week they saw more than six hundred patients, most of them children.</p>
<p>“People waited on the bank from before dawn,” said the team's coordinator.</p>
<!--EndFragment--></body></html>"""
TEXT = (
    "Harvest festival draws record crowds\n\n"
    "Farmers from six provinces sold produce at the first festival since the floods.\n"
)


@pytest.fixture(autouse=True)
def _empty_clipboard_after(qapp):
    """What a test puts on the clipboard is taken off before the next: data left there when
    the application ends is destroyed after it (a crash at the interpreter's exit)."""
    yield
    QGuiApplication.clipboard().clear()


def html_data() -> QMimeData:
    data = QMimeData()
    data.setHtml(SELECTION)
    data.setText(" ".join(SELECTION.split()))
    return data


def text_data() -> QMimeData:
    data = QMimeData()
    data.setText(TEXT)
    return data


def image_data() -> QMimeData:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    data = QMimeData()
    data.setImageData(image)
    return data


def open_window(make_window, wait_for_library, counting_build, library: Path):
    window = make_window(library, build=counting_build)
    wait_for_library(window)
    return window


def wait_for_report(qtbot, window) -> list[tuple[str, str]]:
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    return window.report.rows()


def story_titles(library: Path) -> list[str]:
    with Library.open(library) as opened:
        rows = opened.catalog.db.execute("SELECT title FROM stories ORDER BY id").fetchall()
    return [row[0] for row in rows]


def test_ctrl_v_imports_a_browser_selection_as_a_story_with_its_headline(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    QGuiApplication.clipboard().setMimeData(html_data())
    window.library_pane.stories.setFocus()
    qtbot.keyClick(window.library_pane.stories, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = wait_for_report(qtbot, window)
    assert rows == [("Pasted from the clipboard", rows[0][1])]
    assert rows[0][1].startswith("Added story")
    assert window.report.summary.text() == "1 file imported."
    assert story_titles(demo_library_path)[-1] == HEADLINE
    # the same reading and review as a file: the story's document can be reviewed
    story_id = window.report.reports[0].result.story_id
    with Library.open(demo_library_path) as opened:
        document = reviewed_document(opened.catalog.db, story_id)
    assert document is not None and document.story.title == HEADLINE


def test_the_window_opens_with_ctrl_v_ready_to_paste_not_in_the_search_field(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    """Opened, the window does not leave the keyboard in the (empty) search field, where
    Ctrl+V would paste a browser selection as search words."""
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is not None, timeout=60_000)
    assert QGuiApplication.focusObject() is not window.library_pane.search


def test_ctrl_v_in_a_text_field_pastes_the_text_and_imports_nothing(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    before = story_titles(demo_library_path)
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    QGuiApplication.clipboard().setText("Lima")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Lima"
    qtbot.wait(300)
    assert window.report is None
    assert story_titles(demo_library_path) == before


def test_paste_as_new_story_imports_plain_text(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    QGuiApplication.clipboard().setMimeData(text_data())
    window.actions[ActionId.PASTE_STORY].trigger()
    rows = wait_for_report(qtbot, window)
    assert rows[0][1].startswith("Added story")
    assert story_titles(demo_library_path)[-1] == "Harvest festival draws record crowds"


def test_paste_as_new_story_imports_an_image_as_a_photo(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    pane = window.library_pane
    photos = pane.item_count(ItemKind.PHOTO)
    QGuiApplication.clipboard().setMimeData(image_data())
    window.actions[ActionId.PASTE_STORY].trigger()
    rows = wait_for_report(qtbot, window)
    assert rows == [("Pasted from the clipboard", "Added 1 photo")]
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == photos + 1, timeout=60_000)


def test_an_empty_clipboard_is_said_in_one_sentence(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    QGuiApplication.clipboard().setMimeData(QMimeData())
    window.actions[ActionId.PASTE_STORY].trigger()
    assert window.message_bar.isVisible()
    assert window.report is None


def test_files_copied_in_a_file_manager_are_pasted_as_files(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    photo = jpeg(tmp_path / "river-clinic.jpg")
    QGuiApplication.clipboard().setMimeData(file_drop_data(photo))
    window.actions[ActionId.PASTE_STORY].trigger()
    assert wait_for_report(qtbot, window) == [("river-clinic.jpg", "Added 1 photo")]


def test_a_browser_selection_dropped_on_the_window_becomes_a_story(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    event = drop(window, html_data())
    assert event.isAccepted()
    rows = wait_for_report(qtbot, window)
    assert rows[0][1].startswith("Added story")
    assert story_titles(demo_library_path)[-1] == HEADLINE


def test_dropped_files_are_still_imported_as_files(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    note = tmp_path / "field-note.txt"
    note.write_text(TEXT, encoding="utf-8")
    drop(window, file_drop_data(note, jpeg(tmp_path / "festival.jpg")))
    rows = wait_for_report(qtbot, window)
    assert rows == [("field-note.txt", rows[0][1]), ("festival.jpg", "Added 1 photo")]
    assert rows[0][1].startswith("Added story")
    assert not window.contents.desk.import_bar.isVisible()


def test_the_import_bar_cancels_the_import_under_way(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    bar = window.contents.desk.import_bar
    photos = [jpeg(tmp_path / f"photo-{n}.jpg", size=(2400, 1600)) for n in range(12)]
    window.import_files(photos)
    assert bar.isVisible()
    bar.cancel()  # before the lane has stored anything: nothing is, and every file says so
    rows = wait_for_report(qtbot, window)
    assert len(rows) == 12
    assert all(text.startswith("Added 1 photo") or "cancelled" in text for _, text in rows)
    assert any("cancelled" in text for _, text in rows)
    assert not bar.isVisible()


def photo_cell(window, photo_id: int):
    grid = window.library_pane.photos
    window.library_pane.select(ItemRef(ItemKind.PHOTO, photo_id))
    row = grid.row_of(photo_id)
    rect = grid.visualRect(grid.model().index(row, 0))
    return grid, rect.center()


def photo_has_image(library: Path, photo_id: int) -> bool:
    with Library.open(library) as opened:
        row = opened.catalog.db.execute(
            "SELECT media_hash FROM photos WHERE id = ?", (photo_id,)
        ).fetchone()
    return bool(row[0])


def test_a_photo_file_dropped_on_an_empty_slot_in_the_photo_grid_fills_it(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    pane = window.library_pane
    photos = pane.item_count(ItemKind.PHOTO)
    grid, point = photo_cell(window, 3)
    qtbot.waitUntil(lambda: grid.isVisible(), timeout=60_000)
    assert not photo_has_image(demo_library_path, 3)
    event = drop(grid.viewport(), file_drop_data(jpeg(tmp_path / "surgeon.jpg", (900, 600))), point)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: photo_has_image(demo_library_path, 3), timeout=60_000)
    undo = window.actions[ActionId.UNDO]
    qtbot.waitUntil(lambda: undo.text() == "&Undo Attach image", timeout=60_000)
    assert pane.item_count(ItemKind.PHOTO) == photos  # attached, not imported as a new photo
    assert window.report is None


def test_a_photo_file_dropped_on_a_filled_photo_is_imported_not_attached(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = open_window(make_window, wait_for_library, counting_build, demo_library_path)
    grid, point = photo_cell(window, 3)
    qtbot.waitUntil(lambda: grid.isVisible(), timeout=60_000)
    drop(grid.viewport(), file_drop_data(jpeg(tmp_path / "first.jpg")), point)
    qtbot.waitUntil(lambda: photo_has_image(demo_library_path, 3), timeout=60_000)
    qtbot.waitUntil(
        lambda: bool(grid.model().index(grid.row_of(3), 0).data(HASH_ROLE)), timeout=60_000
    )
    grid, point = photo_cell(window, 3)
    drop(grid.viewport(), file_drop_data(jpeg(tmp_path / "second.jpg", colour="#e76f51")), point)
    assert wait_for_report(qtbot, window) == [("second.jpg", "Added 1 photo")]
