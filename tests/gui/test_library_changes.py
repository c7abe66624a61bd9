"""The library pane follows what each edit says it changed: an edit that names its items updates
their rows where they are; one that touches a whole kind (an import) reads that tab again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediakit.edits import Changes
from mediakit.gui.actions import ActionId
from mediakit.gui.operations import library as library_ops
from mediakit.model import ItemKind, ItemRef, SectionKind

MARK_ROLE = Qt.ItemDataRole.UserRole + 7  # survives only as long as the row does
NEW_CAPTION = "Doctors from two countries compare notes at a clinic in Lima"


def loads(monkeypatch) -> list[ItemKind]:
    """The kinds whose every item the app reads again from here on."""
    read: list[ItemKind] = []
    load_items = library_ops.load_items

    def counting(*, kind: ItemKind):
        read.append(kind)
        return load_items(kind=kind)

    monkeypatch.setattr(library_ops, "load_items", counting)
    return read


def mark_rows(photos) -> None:
    for row in range(photos.count()):
        photos.item(row).setData(MARK_ROLE, "kept")


def rows_kept(photos) -> bool:
    return all(photos.item(row).data(MARK_ROLE) == "kept" for row in range(photos.count()))


def test_a_caption_edit_and_its_undo_update_one_row_of_the_photo_list(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    photos = pane.photos
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 6, timeout=60_000)
    assert pane.select(ItemRef(ItemKind.PHOTO, 1))
    row = photos.row_of(1)
    old_text = photos.item(row).text()
    form = window.editor_pane.forms[ItemKind.PHOTO]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 1, timeout=60_000)
    read = loads(monkeypatch)
    mark_rows(photos)

    caption = form.fields["caption"].widget
    caption.setFocus()
    caption.selectAll()
    qtbot.keyClicks(caption, NEW_CAPTION)
    qtbot.keyClick(caption, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: photos.item(row).text().startswith("Doctors from two"), timeout=60_000)
    assert NEW_CAPTION in photos.item(row).toolTip()
    assert rows_kept(photos) and read == []
    assert photos.currentRow() == row

    window.actions[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: photos.item(row).text() == old_text, timeout=60_000)
    assert rows_kept(photos) and read == []


def test_a_change_to_a_whole_kind_reads_that_tab_again(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 6, timeout=60_000)
    read = loads(monkeypatch)
    mark_rows(pane.photos)
    pane.on_changes(Changes.of(ItemKind.PHOTO))
    qtbot.waitUntil(lambda: not rows_kept(pane.photos), timeout=60_000)
    assert read == [ItemKind.PHOTO] and pane.item_count(ItemKind.PHOTO) == 6


def test_the_kit_pane_and_the_editor_read_again_only_what_they_show(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    kit_pane, editor = window.kit_pane, window.editor_pane
    shown = kit_pane.kit.ids_of(SectionKind.STORY)[0]
    editor.show_ref(ItemRef(ItemKind.STORY, shown))
    kit_reads, editor_reads = [], []
    monkeypatch.setattr(kit_pane, "_reload", lambda: kit_reads.append(1))
    monkeypatch.setattr(editor, "_load", lambda: editor_reads.append(1))
    for changes in (Changes.of(ItemKind.STORY, 999), Changes.of(ItemKind.CONTACT, 1)):
        window.changes_applied.emit(changes)
    assert kit_reads == [] and editor_reads == []
    window.changes_applied.emit(Changes.of(ItemKind.STORY, shown))
    assert len(kit_reads) == 1 and len(editor_reads) == 1
    window.changes_applied.emit(Changes.of(ItemKind.PHOTO, 1))  # the story form shows photos
    assert len(kit_reads) == 1 and len(editor_reads) == 2
    window.changes_applied.emit(Changes.of(ItemKind.STORY))  # any story: read both again
    assert len(kit_reads) == 2 and len(editor_reads) == 3


def test_a_contact_edit_updates_its_row_under_its_city(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    tree = pane.contacts
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.CONTACT) == 6, timeout=60_000)
    assert pane.select(ItemRef(ItemKind.CONTACT, 1))
    form = window.editor_pane.forms[ItemKind.CONTACT]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 1, timeout=60_000)
    read = loads(monkeypatch)
    row = tree.item_of(1)
    row.setData(0, MARK_ROLE, "kept")
    role = form.fields["role"].widget
    role.setFocus()
    role.selectAll()
    qtbot.keyClicks(role, "Spokesperson")
    qtbot.keyClick(role, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Spokesperson" in tree.item_of(1).text(0), timeout=60_000)
    assert tree.item_of(1).data(0, MARK_ROLE) == "kept" and read == []
