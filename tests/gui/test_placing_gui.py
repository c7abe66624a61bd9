"""A library photo placed in a story from the app: Insert photo… by the keyboard (Ctrl+Alt+P,
type to narrow the chooser, Enter), a photo dropped from the library on a paragraph, the story's
photo moved to the kit's gallery and back, taken out of the story, each one step of Undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from mediakit.edits import History
from mediakit.edits.importing import import_paths
from mediakit.gui.actions import ActionId
from mediakit.gui.panes.library_lists import encode_refs
from mediakit.library import Library, queries
from mediakit.model import BlockKind, ItemKind, ItemRef, Kit, SectionKind, Story

from .helpers import drop, jpeg

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _import_photo(library_path, tmp_path) -> int:
    """A real photo the demo does not have, named so the chooser finds it by typing."""
    path = jpeg(tmp_path / "river_boat.jpg", colour="#1e5a8c")
    with Library.open(library_path) as library:
        [report] = import_paths(History(library.catalog), [path], media=library.media)
        return report.result.photo_ids[0]


def _stored(library_path, story_id: int) -> tuple[Story, Kit]:
    with Library.open(library_path) as library:
        return (
            queries.one_of(library.db, Story, story_id),
            queries.all_of(library.db, Kit)[0],
        )


def _open_kit_story(window, qtbot, library_path) -> Story:
    """The kit's first story with more than two paragraphs, shown in the editor."""
    with Library.open(library_path) as library:
        kit = queries.all_of(library.db, Kit)[0]
        stories = [queries.one_of(library.db, Story, i) for i in kit.ids_of(SectionKind.STORY)]
    story = next(s for s in stories if len(s.body) > 2)
    window.editor_pane.show_ref(ItemRef(ItemKind.STORY, story.id))
    form = window.editor_pane.forms[ItemKind.STORY]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == story.id, timeout=5000)
    return story


def _undo(window, qtbot, label: str) -> None:
    """Edit › Undo once the window names the step it takes back (the lane has answered)."""
    undo = window.actions[ActionId.UNDO]
    qtbot.waitUntil(lambda: undo.isEnabled() and undo.text() == f"&Undo {label}", timeout=5000)
    undo.trigger()


def _cursor_in_block(text, number: int) -> None:
    cursor = QTextCursor(text.document().findBlockByNumber(number))
    text.setTextCursor(cursor)
    text.setFocus(Qt.FocusReason.OtherFocusReason)


def test_a_photo_is_inserted_by_keyboard_moved_to_the_gallery_and_back_and_undone(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    photo_id = _import_photo(demo_library_path, tmp_path)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    story = _open_kit_story(window, qtbot, demo_library_path)
    form = window.editor_pane.forms[ItemKind.STORY]
    text = form.body.text
    _cursor_in_block(text, 1)  # the second paragraph
    assert text.after_cursor() == 1
    builds = len(counting_build.calls)

    QTest.keyClick(text, Qt.Key.Key_P, CTRL_ALT)  # Edit › Insert photo…
    placing = window.contents.placing
    qtbot.waitUntil(lambda: placing.chooser is not None and placing.chooser.isVisible())
    chooser = placing.chooser
    assert chooser.filter.hasFocus()
    QTest.keyClicks(chooser.filter, "river")
    visible = [chooser.list.item(r) for r in range(chooser.list.count())]
    assert [i.text() for i in visible if not i.isHidden()] == ["river_boat.jpg"]
    QTest.keyClick(chooser.filter, Qt.Key.Key_Return)

    def body() -> tuple:
        return _stored(demo_library_path, story.id)[0].body

    qtbot.waitUntil(lambda: photo_id in _stored(demo_library_path, story.id)[0].photo_ids)
    placed = body()
    assert placed[2].kind is BlockKind.PHOTO and placed[2].photo_id == photo_id
    assert placed[:2] == story.body[:2] and placed[3:] == story.body[2:]
    # The editor shows it in the text and under it; the preview is built again.
    qtbot.waitUntil(lambda: "river_boat.jpg" in text.toPlainText(), timeout=5000)
    shown = [form.photos.item(r).text() for r in range(form.photos.count())]
    assert "river_boat.jpg" in shown
    qtbot.waitUntil(lambda: len(counting_build.calls) > builds, timeout=10_000)
    qtbot.waitUntil(lambda: photo_id in counting_build.calls[-1].photos, timeout=10_000)
    # Back in the text, to go on typing (offscreen, the window itself is not made active again).
    qtbot.waitUntil(lambda: window.focusWidget() is text, timeout=5000)
    assert text.after_cursor() == 2  # the cursor stays where the photo went in, not at the top
    assert window.actions[ActionId.UNDO].text() == "&Undo Insert photo"
    # Ctrl+Z in the text takes the photo back out, and never empties the text (it did under
    # Xvfb: the text's own undo took back its loading, and the empty text was saved).
    window.activateWindow()  # offscreen, the window is not made active again by itself
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: body() == story.body, timeout=5000)
    qtbot.waitUntil(lambda: "river_boat.jpg" not in text.toPlainText(), timeout=5000)
    assert text.toPlainText().strip()
    redo = window.actions[ActionId.REDO]
    qtbot.waitUntil(lambda: redo.text() == "&Redo Insert photo", timeout=5000)
    QTest.keyClick(
        text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: body() == placed, timeout=5000)
    qtbot.waitUntil(lambda: "river_boat.jpg" in text.toPlainText(), timeout=5000)
    assert window.actions[ActionId.UNDO].text() == "&Undo Insert photo"

    # Move to gallery: out of the text, into the kit's gallery (the outline says so).
    form.photos.setCurrentRow(shown.index("river_boat.jpg"))
    form.gallery_button.click()
    qtbot.waitUntil(lambda: photo_id not in _stored(demo_library_path, story.id)[0].photo_ids)
    kit = _stored(demo_library_path, story.id)[1]
    assert photo_id in kit.ids_of(SectionKind.GALLERY)
    qtbot.waitUntil(
        lambda: any(t.startswith("Photo gallery") for t in window.kit_pane.section_titles()),
        timeout=5000,
    )

    # Kit › Move photo into story… from the gallery, by the keyboard.
    sections = window.kit_pane.sections
    gallery_row = [s.kind for s in kit.sections].index(SectionKind.GALLERY)
    sections.setFocus()
    sections.setCurrentRow(gallery_row)
    move = window.actions[ActionId.MOVE_INTO_STORY]
    qtbot.waitUntil(move.isEnabled, timeout=5000)
    assert move in sections.actions()  # in the outline's context menu
    move.trigger()
    qtbot.waitUntil(lambda: placing.chooser is not None and placing.chooser.isVisible())
    chooser = placing.chooser
    # Which story: its label is not squeezed away by the kit's long titles.
    [label] = [w for w in chooser.findChildren(QLabel) if w.text() == "Into the story:"]
    assert label.width() >= label.sizeHint().width()
    chooser.story.setCurrentIndex(chooser.story.findData(story.id))
    QTest.keyClicks(chooser.filter, "river")
    QTest.keyClick(chooser.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: photo_id in _stored(demo_library_path, story.id)[0].photo_ids)
    back, kit = _stored(demo_library_path, story.id)
    assert back.body[-1].photo_id == photo_id  # at the end of the story
    assert photo_id not in kit.ids_of(SectionKind.GALLERY)

    # Each change was one step: three Undos give the story its own body again.
    _undo(window, qtbot, "Move photo into story")
    qtbot.waitUntil(
        lambda: photo_id in _stored(demo_library_path, story.id)[1].ids_of(SectionKind.GALLERY)
    )
    _undo(window, qtbot, "Move photo to gallery")
    qtbot.waitUntil(lambda: body() == placed, timeout=5000)
    _undo(window, qtbot, "Insert photo")
    qtbot.waitUntil(lambda: body() == story.body, timeout=5000)
    qtbot.waitUntil(lambda: "river_boat.jpg" not in text.toPlainText(), timeout=5000)


def test_a_photo_dropped_on_a_paragraph_goes_after_it_and_can_be_taken_out(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    photo_id = _import_photo(demo_library_path, tmp_path)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    library = window.library_pane
    library.tabs.setCurrentIndex(library.tabs.indexOf(library.shelves[ItemKind.PHOTO].page))
    grid = library.photos
    qtbot.waitUntil(lambda: grid.row_of(photo_id) is not None, timeout=5000)
    story = _open_kit_story(window, qtbot, demo_library_path)
    form = window.editor_pane.forms[ItemKind.STORY]
    text = form.body.text
    # The press that starts the drag, on the photo in the library's grid, leaves the story in
    # the editor (a click, pressed and let go, shows the photo there).
    at = grid.visualRect(grid.model().index(grid.row_of(photo_id), 0)).center()
    QTest.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert grid.current_id() == photo_id
    assert window.editor_pane.ref == ItemRef(ItemKind.STORY, story.id)
    first = text.document().findBlockByNumber(0)
    rect = text.document().documentLayout().blockBoundingRect(first)
    point = QPoint(int(rect.center().x()), int(rect.center().y()))
    event = drop(text.viewport(), encode_refs([ItemRef(ItemKind.PHOTO, photo_id)]), point)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: photo_id in _stored(demo_library_path, story.id)[0].photo_ids)
    placed = _stored(demo_library_path, story.id)[0]
    assert placed.body[1].photo_id == photo_id and placed.body[0] == story.body[0]

    # A story dragged from the library is no photo: the text does not take it.
    refused = drop(text.viewport(), encode_refs([ItemRef(ItemKind.STORY, story.id)]), point)
    assert not refused.isAccepted() or _stored(demo_library_path, story.id)[0] == placed

    assert window.editor_pane.ref == ItemRef(ItemKind.STORY, story.id)

    # Delete in the story's photos takes it out again (the photo stays in the library).
    qtbot.waitUntil(lambda: form.photos.count() == len(placed.photo_ids), timeout=5000)
    row = [form.photos.item(r).text() for r in range(form.photos.count())].index("river_boat.jpg")
    form.photos.setFocus()
    form.photos.setCurrentRow(row)
    QTest.keyClick(form.photos, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _stored(demo_library_path, story.id)[0].body == story.body)
    _undo(window, qtbot, "Remove photo from story")
    qtbot.waitUntil(lambda: _stored(demo_library_path, story.id)[0].body == placed.body)
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: window.editor_pane.ref == ItemRef(ItemKind.PHOTO, photo_id))


def test_insert_photo_without_a_story_says_what_to_do(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.editor_pane.show_ref(None)
    window.actions[ActionId.INSERT_PHOTO].trigger()
    qtbot.waitUntil(lambda: "Open a story" in window.message_bar.text, timeout=5000)
    assert window.contents.placing.chooser is None
