"""The import report names what came in by title, lists each photo still to caption by its
file name, and takes the press officer to it from the keyboard: Enter on the row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediakit.model import ItemKind, ItemRef

from .helpers import drop, file_drop_data, jpeg

STORY = """Mobile clinics on the Amazon

MANAUS, Brazil, 3 May 2024 – Boats with nurses reached twelve river villages this month.

The clinics carry vaccines and a midwife.
"""


def test_the_report_names_the_story_and_enter_shows_a_photo_to_caption(
    make_window, wait_for_library, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path)
    wait_for_library(window)
    story = tmp_path / "amazon.txt"
    story.write_text(STORY, encoding="utf-8")
    photo = jpeg(tmp_path / "river_boat_0412.jpg")
    drop(window, file_drop_data(story, photo))
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    report = window.report
    rows = dict(report.rows())
    assert rows["amazon.txt"] == "Added story “Mobile clinics on the Amazon”"
    assert rows["river_boat_0412.jpg"] == "Added 1 photo"

    # Down from the first row to the photo's note, then Enter: the photo in the library and the
    # editor, the focus in the editor to type its caption.
    report.activateWindow()
    report.files.setFocus()
    photo_row = next(
        report.files.topLevelItem(i)
        for i in range(report.files.topLevelItemCount())
        if report.files.topLevelItem(i).text(0) == "river_boat_0412.jpg"
    )
    note = photo_row.child(photo_row.childCount() - 1)
    assert note.text(1) == "Photo “river_boat_0412.jpg” has no caption yet; add one"
    while report.files.currentItem() is not note:
        qtbot.keyClick(report.files, Qt.Key.Key_Down)
    target = report.target_of_current()
    assert target is not None and target.kind is ItemKind.PHOTO
    listed = window.library_pane.shelves[ItemKind.PHOTO].widget
    qtbot.waitUntil(lambda: listed.row_of(target.id) is not None, timeout=60_000)  # lists reread
    qtbot.keyClick(report.files, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor_pane.ref == target, timeout=60_000)
    assert window.library_pane.current_kind() is ItemKind.PHOTO
    assert window.library_pane.current_ref() == ItemRef(ItemKind.PHOTO, target.id)
    assert window.report is report and report.isVisible()  # still there for the next row


def test_show_on_a_story_row_opens_the_story(
    make_window, wait_for_library, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path)
    wait_for_library(window)
    story = tmp_path / "amazon.txt"
    story.write_text(STORY, encoding="utf-8")
    drop(window, file_drop_data(story))
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    report = window.report
    target = report.target_of_current()
    assert target is not None and target.kind is ItemKind.STORY
    assert report.show_button.isEnabled()
    listed = window.library_pane.shelves[ItemKind.STORY].widget
    qtbot.waitUntil(lambda: listed.row_of(target.id) is not None, timeout=60_000)  # lists reread
    report.show_button.click()
    qtbot.waitUntil(lambda: window.editor_pane.ref == target, timeout=60_000)
    assert window.library_pane.current_ref() == target


def test_photos_without_captions_are_told_apart_by_their_file_names(
    make_window, wait_for_library, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path)
    wait_for_library(window)
    boat = jpeg(tmp_path / "river_boat_0412.jpg")
    clinic = jpeg(tmp_path / "clinic_queue.jpg", colour="#d5743a")
    drop(window, file_drop_data(boat, clinic))
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    grid = window.library_pane.shelves[ItemKind.PHOTO].widget
    ids = [pid for pid, _ in window.report.reports[0].result.uncaptioned]
    ids += [pid for pid, _ in window.report.reports[1].result.uncaptioned]
    qtbot.waitUntil(lambda: all(grid.row_of(pid) is not None for pid in ids), timeout=60_000)
    rows = [grid.item(grid.row_of(pid)) for pid in ids]
    texts = {row.text() for row in rows}
    assert texts == {"river_boat_0412.jpg", "clinic_queue.jpg"}
    assert all("No caption yet" in row.toolTip() for row in rows)
    assert all(row.data(Qt.ItemDataRole.FontRole).italic() for row in rows)
