"""The app's main flows, as a press officer goes through them: add to the kit by double-click
and by drag, reorder, edit a caption and see it in the preview, undo, import a dropped file,
export a PDF through the dialog, switch the interface to Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from mediakit.edits import AddItem, History
from mediakit.gui import actions as registry
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.export import ExportDialog
from mediakit.library import Library
from mediakit.model import ItemKind, ItemRef, Story, paragraph

from .helpers import drop, file_drop_data, jpeg, pdf_text

NEW_STORY = "Mobile clinics reach families on the move"
NEW_CAPTION = "Doctors from two countries compare notes at a clinic in Lima"


def add_story(library: Path, title: str = NEW_STORY) -> int:
    """A story in the library that the demo kit does not show yet."""
    with Library.open(library) as opened:
        edit = AddItem(Story(None, title, body=(paragraph("Clinics on wheels."),)))
        History(opened.catalog).do(edit)
        return edit.item.id


def test_double_click_adds_a_story_to_the_kit_after_its_other_stories(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    story_id = add_story(demo_library_path)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    stories = window.library_pane.stories
    qtbot.waitUntil(lambda: stories.row_of(story_id) is not None, timeout=60_000)
    item = stories.item(stories.row_of(story_id))
    stories.scrollToItem(item)
    centre = stories.visualItemRect(item).center()
    qtbot.mouseClick(stories.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(stories.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    titles = window.kit_pane.section_titles
    qtbot.waitUntil(lambda: f"Story: {NEW_STORY}" in titles(), timeout=60_000)
    assert titles().index(f"Story: {NEW_STORY}") == 6  # after the four stories, before figures
    assert window.actions[ActionId.UNDO].text() == "&Undo Add story to the kit"
    # The same story twice is refused in one sentence, and the kit stays as it is.
    window.library_pane.add_requested.emit(ItemRef(ItemKind.STORY, story_id))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=60_000)
    assert window.message_bar.text == f"The story “{NEW_STORY}” is already in the kit."
    assert titles().count(f"Story: {NEW_STORY}") == 1


def test_a_story_dragged_from_the_library_lands_where_it_is_dropped(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    story_id = add_story(demo_library_path)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    stories, sections = window.library_pane.stories, window.kit_pane.sections
    qtbot.waitUntil(lambda: stories.row_of(story_id) is not None, timeout=60_000)
    data = stories.mimeData([stories.item(stories.row_of(story_id))])
    above_contents = sections.visualItemRect(sections.item(1)).center() - QPoint(0, 4)
    with qtbot.waitSignal(window.kit_pane.kit_loaded, timeout=60_000):
        drop(sections.viewport(), data, above_contents)
    assert window.kit_pane.section_titles()[1] == f"Story: {NEW_STORY}"
    assert window.kit_pane.selected_index() == 1


def test_a_new_caption_shows_in_the_preview_and_undo_takes_it_back(
    make_window, wait_for_library, wait_for_preview, demo_library_path, qtbot
):
    window = make_window(demo_library_path)
    wait_for_library(window)
    wait_for_preview(window, pages=6)
    old_caption = "A Venezuelan doctor points to an"
    assert old_caption in pdf_text(window)
    assert window.library_pane.select(ItemRef(ItemKind.PHOTO, 1))
    form = window.editor_pane.forms[ItemKind.PHOTO]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == 1, timeout=60_000)
    caption = form.fields["caption"].widget
    caption.setFocus()
    caption.selectAll()
    qtbot.keyClicks(caption, NEW_CAPTION)
    qtbot.keyClick(caption, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: NEW_CAPTION in pdf_text(window), timeout=30_000)
    assert old_caption not in pdf_text(window)
    undo = window.actions[ActionId.UNDO]
    assert undo.text() == "&Undo Edit caption"

    undo.trigger()
    qtbot.waitUntil(lambda: old_caption in pdf_text(window), timeout=30_000)
    assert NEW_CAPTION not in pdf_text(window)
    qtbot.waitUntil(lambda: caption.toPlainText().startswith(old_caption), timeout=60_000)
    assert window.actions[ActionId.REDO].text() == "&Redo Edit caption"


def test_dropped_files_are_imported_and_each_one_reported(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.CONTACT) == 6, timeout=60_000)
    card = tmp_path / "ana.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Torres\r\nEMAIL:ana.torres@example.org\r\n"
        "ADR;TYPE=work:;;;Quito;;;Ecuador\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    photo = jpeg(tmp_path / "clinic-in-quito.jpg")
    notes = tmp_path / "notes.xyz"
    notes.write_text("not something mediakit reads", encoding="utf-8")
    drop(window, file_drop_data(card, photo, notes))
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    rows = window.report.rows()
    assert [name for name, _ in rows] == ["ana.vcf", "clinic-in-quito.jpg", "notes.xyz"]
    assert rows[0][1] == "Added 1 contact"
    assert rows[1][1] == "Added 1 photo"
    assert rows[2][1].startswith("Refused: mediakit does not import “.xyz” files")
    assert window.report.summary.text() == "2 files imported, 1 refused."
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.CONTACT) == 7, timeout=60_000)
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 7, timeout=60_000)
    # The import's one decode also left the photo's proxy, which renditions are made from.
    assert len(list((demo_library_path / "cache" / "proxies").rglob("*.jpg"))) == 1
    # Its thumbnail is made in the background and then shown in the grid.
    photos = pane.photos
    made = lambda: window.thumbnails.pixmap(photos.item(6).data(Qt.ItemDataRole.UserRole + 1))  # noqa: E731
    qtbot.waitUntil(lambda: made() is not None, timeout=60_000)
    assert made().width() == 240


def test_a_pdf_exported_through_the_dialog_can_be_opened(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot, monkeypatch
):
    opened: list[Path] = []
    monkeypatch.setattr("mediakit.gui.desktop.open_file", opened.append)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    qtbot.waitUntil(lambda: window.kit_pane.kit is not None, timeout=60_000)
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out" / "press kit.pdf"
    dialog.target.setText(str(target))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert steps and max(steps) >= 90  # the bar followed the build
    assert dialog.message.text() == "Saved press kit.pdf."
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    # The bundle of the same kit, from the same dialog.
    bundle = tmp_path / "out" / "press kit.mediakit"
    dialog.export_bundle(bundle)
    qtbot.waitUntil(lambda: dialog.exported == bundle, timeout=30_000)
    assert bundle.is_file() and not dialog.open_button.isVisible()
    # A photo pack needs photos with images: the demo has only empty slots, said in a sentence.
    dialog.export_photo_pack(tmp_path / "out" / "photos.zip")
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=30_000)
    assert dialog.message.text().startswith("The kit has no photos with an image yet")


def test_the_interface_switches_to_spanish_and_back(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, gui_settings
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = window.open_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    QApplication.processEvents()
    file_menu = window.menus[registry.FILE]
    assert file_menu.title() == "&Archivo"
    assert window.actions[ActionId.UNDO].text() == "&Deshacer"
    assert window.actions[ActionId.EXPORT].text() == "&Exportar…"
    assert window.library_pane.tabs.tabText(0) == "Historias"
    assert window.preflight_pane.title.text() == "Comprobación"
    assert window.library_pane.filters.text() == "Filtrar"
    assert window.editor_pane.title.text() == "Ajustes del dossier"
    qtbot.waitUntil(lambda: "Portada" in window.kit_pane.section_titles(), timeout=60_000)
    assert gui_settings.interface_language == "es"
    # The kit keeps its own language: the interface language is not the kit's.
    assert window.kit_pane.kit.language.value == "en"
    window.set_language("en")
    QApplication.processEvents()
    assert file_menu.title() == "&File"
    assert window.library_pane.tabs.tabText(0) == "Stories"
