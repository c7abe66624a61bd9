"""The panes one by one: search and filters, preflight, kit settings, the organisation profile,
photo slots, libraries opened and made, keyboard and accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

from mediakit.gui.actions import ACTIONS, ActionId
from mediakit.gui.filtering import LibraryFilter
from mediakit.model import ConsentLevel, Edition, ItemKind, ItemRef, Language

from .helpers import drop, file_drop_data, jpeg


def test_the_search_and_the_filters_narrow_every_list(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 6, timeout=60_000)
    window.actions[ActionId.FIND].trigger()
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "surgeon")
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.STORY) == 1, timeout=60_000)
    assert pane.stories.item(0).text() == "Doctors Beyond Borders"
    assert pane.item_count(ItemKind.PHOTO) == 2
    assert pane.item_count(ItemKind.CONTACT) == 0
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.STORY) == 4, timeout=60_000)
    pane.set_filter(LibraryFilter(language=Language.ES))
    assert pane.item_count(ItemKind.STORY) == 0
    assert pane._pages[ItemKind.STORY].placeholder.text() == (
        "Nothing here matches the search or the filters."
    )
    assert pane.filters.text() == "Filter (1)"
    pane.set_filter(LibraryFilter(has_image=False, consent=ConsentLevel.NONE))
    assert pane.item_count(ItemKind.STORY) == 4 and pane.item_count(ItemKind.PHOTO) == 6
    pane.set_filter(LibraryFilter(has_image=True))
    assert pane.item_count(ItemKind.PHOTO) == 0


def test_double_clicking_a_finding_selects_the_item_at_fault(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    findings = window.preflight_pane.findings
    # The demo's seven content warnings and the organisation's missing logo.
    qtbot.waitUntil(lambda: findings.count() == 9, timeout=60_000)
    assert window.preflight_pane.summary.text() == "9 warnings"
    assert any("has no logo" in findings.item(i).text() for i in range(9))
    last = findings.item(8)
    assert last.text() == "Key figure “17”: the key figure is 52 months old (as of 2022-07)" or (
        last.text().startswith("Key figure “17”: the key figure is")
    )
    findings.scrollToItem(findings.item(1))
    centre = findings.visualItemRect(findings.item(1)).center()
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    pane = window.library_pane
    assert pane.current_kind() is ItemKind.PHOTO
    assert pane.current_ref() == ItemRef(ItemKind.PHOTO, 2)
    form = window.editor_pane.forms[ItemKind.PHOTO]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 2, timeout=60_000)
    # A figure's finding: the figures tab, and the figure in the editor.
    findings.itemActivated.emit(last)
    assert pane.current_ref() == ItemRef(ItemKind.FIGURE, 2)


def test_kit_settings_are_saved_at_once_and_undone(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.actions[ActionId.KIT_SETTINGS].trigger()
    form = window.editor_pane.forms[ItemKind.KIT]
    qtbot.waitUntil(lambda: form.item is not None, timeout=60_000)
    assert window.editor_pane.title.text() == "Kit settings"
    edition = form.fields["options.edition"].widget
    edition.setCurrentIndex(1)
    edition.activated.emit(1)
    qtbot.waitUntil(lambda: window.kit_pane.kit.options.edition is Edition.HANDOUT, timeout=60_000)
    undo = window.actions[ActionId.UNDO]
    assert undo.text() == "&Undo Change edition"
    title = form.fields["name"].widget
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Venezuela situation - handout")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.windowTitle().startswith("Venezuela situation - handout"), timeout=60_000
    )
    undo.trigger()
    # The kit pane and the form each reload the kit on their own; either may come first.
    qtbot.waitUntil(
        lambda: window.kit_pane.kit.name == "Venezuela situation — press kit", timeout=60_000
    )
    qtbot.waitUntil(lambda: title.text() == "Venezuela situation — press kit", timeout=60_000)
    undo.trigger()
    qtbot.waitUntil(lambda: window.kit_pane.kit.options.edition is Edition.PRESS, timeout=60_000)
    qtbot.waitUntil(lambda: edition.currentIndex() == 0, timeout=60_000)


def test_a_brand_colour_is_checked_before_it_is_saved(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.actions[ActionId.ORG_PROFILE].trigger()
    form = window.editor_pane.forms[ItemKind.ORG]
    qtbot.waitUntil(lambda: form.item is not None, timeout=60_000)
    colour = form.fields["brand_color"].line
    colour.setText("blue")
    colour.editingFinished.emit()
    assert window.message_bar.text == "A colour is written as # and six hex digits, like #0033A0."
    colour.setText("#1a4f8b")
    colour.editingFinished.emit()
    qtbot.waitUntil(lambda: form.item.brand_color == "#1A4F8B", timeout=60_000)
    assert window.actions[ActionId.UNDO].text() == "&Undo Change brand colour"


def test_an_image_dropped_on_a_photo_slot_fills_it(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    assert window.library_pane.select(ItemRef(ItemKind.PHOTO, 3))
    form = window.editor_pane.forms[ItemKind.PHOTO]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 3, timeout=60_000)
    assert not form.item.has_image and form.attach.text() == "Attach image…"
    drop(form.image, file_drop_data(jpeg(tmp_path / "surgeon.jpg", (900, 600))))
    qtbot.waitUntil(lambda: form.item.has_image, timeout=60_000)
    assert (form.item.width, form.item.height) == (900, 600)
    assert list((demo_library_path / "cache" / "proxies").rglob("*.jpg"))  # from the one decode
    assert form.attach.text() == "Replace image…"
    qtbot.waitUntil(lambda: form.image.pixmap is not None, timeout=60_000)
    assert window.actions[ActionId.UNDO].text() == "&Undo Attach image"
    # A box drawn on the image is a region blurred in every output.
    form._add_region((0.1, 0.2, 0.3, 0.3))
    qtbot.waitUntil(lambda: form.item.blur_regions == ((0.1, 0.2, 0.3, 0.3),), timeout=60_000)


def test_new_and_recent_libraries(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot, gui_settings
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    assert gui_settings.recent_libraries[0] == str(demo_library_path)
    fresh = tmp_path / "fresh"
    window.files.new_requested.emit(fresh)
    qtbot.waitUntil(
        lambda: window.kit_pane.section_titles() == ["Cover", "Contents", "About", "Back cover"],
        timeout=60_000,
    )
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane._pages[ItemKind.STORY].is_empty, timeout=60_000)
    assert (
        pane._pages[ItemKind.STORY].placeholder.text().startswith("No stories yet. Drop documents")
    )
    assert window.windowTitle() == "Press kit — mediakit"
    assert gui_settings.recent_libraries[:2] == [str(fresh), str(demo_library_path)]
    window.files.fill_recent()
    texts = [action.text() for action in window.files.recent_menu.actions()]
    assert texts[:2] == [f"&1 {fresh}", f"&2 {demo_library_path}"]
    window.files.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(
        lambda: (
            window.kit_pane.kit is not None
            and window.kit_pane.kit.name == "Venezuela situation — press kit"
        ),
        timeout=5000,
    )
    # A folder with other things in it is not made into a library.
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "letter.txt").write_text("hello", encoding="utf-8")
    window.files.new_requested.emit(busy)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=60_000)
    assert window.message_bar.text.startswith("Choose an empty folder for a new library")


def test_every_action_is_in_a_menu_with_its_shortcut_and_controls_have_names(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    in_menus = {a for menu in window.menus.values() for a in menu.actions()}
    for action_id, spec in ACTIONS.items():
        action = window.actions[action_id]
        assert action in in_menus, action_id
        if spec.shortcuts:
            assert not action.shortcut().isEmpty(), action_id
            assert "(" in action.toolTip(), action_id  # the shortcut is named in the tooltip
    assert window.actions[ActionId.EXPORT].shortcut().toString() == "Ctrl+E"
    inputs = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractButton)
    for form in window.editor_pane.forms.values():
        for kind in inputs:
            for widget in form.findChildren(kind):
                if widget.isVisibleTo(form) and not isinstance(widget.parent(), QComboBox):
                    assert widget.accessibleName() or widget.text(), widget
    for pane_list in (window.kit_pane.sections, window.preflight_pane.findings):
        assert pane_list.accessibleName()
    window.actions[ActionId.GO_KIT].trigger()
    assert window.kit_pane.sections.hasFocus()
