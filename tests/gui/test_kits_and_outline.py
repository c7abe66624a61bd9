"""Many kits in the app (new, from the library's selection, duplicate, rename, delete and undo)
and the kit outline walked with the keyboard only: Alt+Up/Down to move, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from mediakit.gui.actions import ActionId
from mediakit.library import Library, queries
from mediakit.model import Kit, SectionKind


def _kits(path) -> dict[str, Kit]:
    with Library.open(path) as library:
        return {kit.name: kit for kit in queries.all_of(library.db, Kit)}


def _shown(window) -> str:
    """The name of the kit the outline shows ("" while it reads the next one)."""
    return getattr(window.kit_pane.kit, "name", "")


def _answer(window, qtbot, text: str) -> None:
    """Type `text` into the name dialog the Kit menu opened, and press Enter."""
    kits = window.contents.kit_list
    qtbot.waitUntil(lambda: kits.dialog is not None and kits.dialog.isVisible(), timeout=60_000)
    field = kits.dialog.findChild(QLineEdit)
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kits.dialog is None, timeout=60_000)
    # The focus goes back to the outline (offscreen, the window must be made active again).
    qtbot.waitUntil(lambda: window.focusWidget() is window.kit_pane.sections, timeout=60_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=60_000)


def test_kits_are_made_renamed_and_deleted_from_the_kit_menu(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    demo = window.kit_pane.kit
    chooser = window.contents.kit_list.chooser
    qtbot.waitUntil(lambda: chooser.count() == 1, timeout=60_000)
    # Two stories selected in the library (Ctrl+click), then New kit from selection.
    stories = window.library_pane.stories
    stories.setFocus()
    stories.setCurrentRow(0)
    stories.item(1).setSelected(True)
    window.actions[ActionId.NEW_KIT_FROM_SELECTION].trigger()
    _answer(window, qtbot, "Donor visit")
    qtbot.waitUntil(lambda: window.kit_pane.kit and window.kit_pane.kit.name == "Donor visit")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Donor visit"), timeout=60_000)
    assert window.live_preview.kit_id == window.kit_pane.kit_id
    assert len(_kits(demo_library_path)["Donor visit"].ids_of(SectionKind.STORY)) == 2
    qtbot.waitUntil(lambda: chooser.count() == 2 and chooser.currentText() == "Donor visit")
    assert window.kit_pane.sections.hasFocus()
    # Rename with F2, from the keyboard.
    QTest.keyClick(window.kit_pane.sections, Qt.Key.Key_F2)
    _answer(window, qtbot, "Donor visit, March")
    qtbot.waitUntil(lambda: _shown(window) == "Donor visit, March", timeout=60_000)
    assert window.windowTitle().startswith("Donor visit, March")
    assert "Donor visit, March" in _kits(demo_library_path)
    # Duplicate, then back to the demo kit with the chooser.
    window.actions[ActionId.DUPLICATE_KIT].trigger()
    qtbot.waitUntil(
        lambda: getattr(window.kit_pane.kit, "name", "") == "Donor visit, March (copy)",
        timeout=60_000,
    )
    row = chooser.findText(demo.name)
    chooser.setCurrentIndex(row)
    chooser.activated.emit(row)
    qtbot.waitUntil(lambda: getattr(window.kit_pane.kit, "id", None) == demo.id, timeout=60_000)
    assert window.windowTitle().startswith(demo.name)
    recent = window.contents.kit_list.recent_menu
    recent.aboutToShow.emit()
    names = [action.text() for action in recent.actions()]
    assert names[:3] == [demo.name, "Donor visit, March (copy)", "Donor visit, March"]
    recent.actions()[1].trigger()  # back to the copy from Kit › Recent kits
    qtbot.waitUntil(
        lambda: getattr(window.kit_pane.kit, "name", "") == "Donor visit, March (copy)",
        timeout=60_000,
    )
    recent.actions()[0].trigger()
    qtbot.waitUntil(lambda: getattr(window.kit_pane.kit, "id", None) == demo.id, timeout=60_000)
    # Delete goes to another kit; Ctrl+Z brings the kit back.
    window.actions[ActionId.DELETE_KIT].trigger()
    qtbot.waitUntil(lambda: demo.name not in _kits(demo_library_path), timeout=60_000)
    qtbot.waitUntil(lambda: window.kit_pane.kit and window.kit_pane.kit.id != demo.id)
    assert not window.message_bar.isVisible()
    undo = window.actions[ActionId.UNDO]
    qtbot.waitUntil(lambda: undo.text() == f"&Undo Delete kit “{demo.name}”", timeout=60_000)
    QTest.keyClick(window.kit_pane.sections, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo.name in _kits(demo_library_path), timeout=60_000)
    qtbot.waitUntil(lambda: chooser.findText(demo.name) >= 0, timeout=60_000)


def test_a_taken_name_is_refused_in_one_sentence(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.actions[ActionId.NEW_KIT].trigger()
    _answer(window, qtbot, "Donor visit")
    qtbot.waitUntil(lambda: getattr(window.kit_pane.kit, "name", "") == "Donor visit")
    assert window.kit_pane.section_titles()  # cover, contents... in the usual running order
    window.actions[ActionId.NEW_KIT].trigger()
    _answer(window, qtbot, "  Donor   visit ")
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=60_000)
    assert "already a kit named “Donor visit”" in window.message_bar.text
    assert len(_kits(demo_library_path)) == 2


def test_the_outline_is_reordered_and_trimmed_with_the_keyboard_only(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go to kit
    sections = window.kit_pane.sections
    assert sections.hasFocus()
    before = list(_kits(demo_library_path).values())[0].sections
    titles = window.kit_pane.section_titles()
    QTest.keyClick(sections, Qt.Key.Key_Home)
    QTest.keyClick(sections, Qt.Key.Key_Down)  # the second section
    QTest.keyClick(sections, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.kit_pane.section_titles()[2] == titles[1], timeout=60_000)
    assert sections.currentRow() == 2 and sections.hasFocus()  # the moved section stays picked
    QTest.keyClick(sections, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.kit_pane.section_titles()[3] == titles[1], timeout=60_000)
    QTest.keyClick(sections, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.kit_pane.section_titles()[2] == titles[1], timeout=60_000)
    assert sections.currentRow() == 2
    kit = list(_kits(demo_library_path).values())[0]
    assert kit.sections[2] == before[1] and kit.sections[1] == before[2]
    # Alt+Up on the first section does nothing.
    QTest.keyClick(sections, Qt.Key.Key_Home)
    QTest.keyClick(sections, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    # Delete takes the selected section out; the next one is selected and focused.
    QTest.keyClick(sections, Qt.Key.Key_Down)
    QTest.keyClick(sections, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: len(window.kit_pane.section_titles()) == len(titles) - 1, timeout=60_000
    )
    assert sections.hasFocus() and sections.currentRow() == 1
    kit = list(_kits(demo_library_path).values())[0]
    assert len(kit.sections) == len(before) - 1 and kit.sections[0] == before[0]
    assert before[2] not in kit.sections
    # The same actions are in the outline's context menu and the Kit menu, shortcuts shown.
    in_context = sections.actions()
    for action_id in (
        ActionId.MOVE_SECTION_UP,
        ActionId.MOVE_SECTION_DOWN,
        ActionId.REMOVE_SECTION,
    ):
        assert window.actions[action_id] in in_context
    kit_menu = [m for m in window.menus.values() if m.title() == "&Kit"][0]
    assert window.actions[ActionId.MOVE_SECTION_DOWN] in kit_menu.actions()
    assert "(Alt+Down)" in window.actions[ActionId.MOVE_SECTION_DOWN].toolTip()


def test_a_new_figure_typed_in_the_app_opens_in_its_editor_and_is_undone(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    from mediakit.model import ItemKind, KeyFigure

    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    figures = window.library_pane.item_count(ItemKind.FIGURE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=60_000)
    QTest.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    form = window.editor_pane.forms[ItemKind.FIGURE]
    value = form.fields["value"].widget
    qtbot.waitUntil(value.hasFocus, timeout=60_000)  # the editor imported figures have, ready
    qtbot.waitUntil(lambda: window.library_pane.item_count(ItemKind.FIGURE) == figures + 1)
    qtbot.waitUntil(lambda: window.library_pane.current_ref() is not None, timeout=60_000)
    assert window.library_pane.current_ref().kind is ItemKind.FIGURE  # selected in the library
    QTest.keyClicks(value, "7.9 million")
    QTest.keyClick(value, Qt.Key.Key_Return)

    def stored() -> KeyFigure:
        with Library.open(demo_library_path) as library:
            return queries.all_of(library.db, KeyFigure)[-1]

    qtbot.waitUntil(lambda: stored().value == "7.9 million", timeout=60_000)
    assert stored().label == "New key figure" and len(stored().as_of) == 10
    undo = window.actions[ActionId.UNDO]
    undo.trigger()
    qtbot.waitUntil(lambda: stored().value == "", timeout=60_000)
    undo.trigger()
    qtbot.waitUntil(lambda: window.library_pane.item_count(ItemKind.FIGURE) == figures)
    in_menus = {a for menu in window.menus.values() for a in menu.actions()}
    for action_id in (ActionId.NEW_STORY, ActionId.NEW_CONTACT, ActionId.NEW_FIGURE):
        assert window.actions[action_id] in in_menus


def test_a_new_contact_and_story_open_in_their_editors(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    from mediakit.model import ItemKind

    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    for action_id, kind, field, text in (
        (ActionId.NEW_CONTACT, ItemKind.CONTACT, "name", "New contact"),
        (ActionId.NEW_STORY, ItemKind.STORY, "title", "Untitled story"),
    ):
        window.actions[action_id].trigger()
        widget = window.editor_pane.forms[kind].fields[field].widget
        qtbot.waitUntil(lambda w=widget, t=text: w.text() == t, timeout=60_000)
        qtbot.waitUntil(lambda k=kind: window.library_pane.current_kind() is k, timeout=60_000)
        qtbot.waitUntil(lambda w=widget: window.focusWidget() is w, timeout=60_000)
