"""Kit › Offices…: a field office made, typed and ticked in the app with a form like a
contact's, each change one undo step; the export dialog builds one PDF for each office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mediakit.gui.actions import ActionId
from mediakit.library import Library, queries
from mediakit.model import Contact, Language, Office, Paper


def stored_offices(path) -> list[Office]:
    with Library.open(path) as library:
        return queries.all_of(library.db, Office)


def test_a_new_office_is_typed_in_its_form_and_undo_removes_it(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    assert any(window.contents.offices.action in m.actions() for m in window.menus.values())
    window.contents.offices.action.trigger()
    dialog = window.contents.offices.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=60_000)
    assert dialog.listing.count() == 0
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    name = dialog.form.fields["name"].widget
    qtbot.waitUntil(lambda: name.text() == "New office", timeout=60_000)
    qtbot.waitUntil(lambda: dialog.focusWidget() is name, timeout=60_000)
    assert [o.name for o in stored_offices(demo_library_path)] == ["New office"]

    name.selectAll()
    QTest.keyClicks(name, "Bogota")
    QTest.keyClick(name, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: stored_offices(demo_library_path)[0].name == "Bogota", timeout=60_000)
    language = dialog.form.fields["language"]
    language.widget.setCurrentIndex(list(language._choices).index(Language.ES))
    language.commit()
    paper = dialog.form.fields["paper"]
    paper.widget.setCurrentIndex(list(paper._choices).index(Paper.LETTER))
    paper.commit()
    contacts = dialog.form.fields["contact_ids"].widget
    qtbot.waitUntil(lambda: contacts.count() > 0, timeout=60_000)
    contacts.item(2).setCheckState(Qt.CheckState.Checked)

    def office() -> Office:
        return stored_offices(demo_library_path)[0]

    qtbot.waitUntil(lambda: len(office().contact_ids) == 1, timeout=60_000)
    assert (office().language, office().paper) == (Language.ES, Paper.LETTER)
    with Library.open(demo_library_path) as library:
        assert queries.one_of(library.db, Contact, office().contact_ids[0])
    qtbot.waitUntil(lambda: dialog.listing.item(0).text().startswith("Bogota"), timeout=60_000)

    undo = window.actions[ActionId.UNDO]
    undo.trigger()  # the contact ticked
    qtbot.waitUntil(lambda: office().contact_ids == (), timeout=60_000)
    for _ in range(3):  # paper, language, name
        undo.trigger()
    qtbot.waitUntil(lambda: office().name == "New office", timeout=60_000)
    undo.trigger()  # the office made
    qtbot.waitUntil(lambda: stored_offices(demo_library_path) == [], timeout=60_000)
    qtbot.waitUntil(lambda: dialog.listing.count() == 0, timeout=60_000)
    assert not dialog.form.isEnabled()


def test_an_office_named_twice_is_refused_in_a_sentence(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    from mediakit.cli import main

    assert main(["--library", str(demo_library_path), "office", "add", "Bogotá"]) == 0
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    dialog = window.contents.offices.open()
    qtbot.waitUntil(lambda: dialog.listing.count() == 1, timeout=60_000)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    name = dialog.form.fields["name"].widget
    qtbot.waitUntil(lambda: name.text() == "New office", timeout=60_000)
    name.setText("Bogotá")
    name.editingFinished.emit()
    qtbot.waitUntil(lambda: "already an office named" in dialog.message.text(), timeout=60_000)
    assert sorted(o.name for o in stored_offices(demo_library_path)) == ["Bogotá", "New office"]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stored_offices(demo_library_path)) == 1, timeout=60_000)


def test_the_export_dialog_builds_one_pdf_for_each_office_and_for_one(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    from mediakit.cli import main
    from mediakit.gui.dialogs.export import ExportDialog

    lib = str(demo_library_path)
    assert (
        main(["--library", lib, "office", "add", "Bogotá", "--lang", "es", "--paper", "letter"])
        == 0
    )
    assert main(["--library", lib, "office", "add", "Boa Vista", "--lang", "pt"]) == 0
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    qtbot.waitUntil(lambda: window.kit_pane.kit is not None, timeout=60_000)
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.findChild(ExportDialog)
    each = dialog.each
    qtbot.waitUntil(
        lambda: each.office.count() == 2 and each.each_office.isEnabled(), timeout=60_000
    )
    out = tmp_path / "editions"
    dialog.target.setText(str(out / "kit.pdf"))
    each.each_office.setChecked(True)
    each.each_paper.setChecked(True)
    qtbot.mouseClick(each.each_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: each.summary is not None, timeout=120_000)
    assert dialog.message.text() == "Wrote 4 of 4 PDFs."
    stem = "venezuela-situation-press-kit"
    assert {p.name for p in out.iterdir()} == {
        f"{stem}_bogota_es_a4.pdf",
        f"{stem}_bogota_es_letter.pdf",
        f"{stem}_boa-vista_pt_a4.pdf",
        f"{stem}_boa-vista_pt_letter.pdf",
    }
    assert dialog.folder_button.isVisible() and dialog.progress.isHidden()

    mine = tmp_path / "mine"
    dialog.target.setText(str(mine / "kit.pdf"))
    each.office.setCurrentIndex(each.office.findData(2))
    qtbot.mouseClick(each.office_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrote 1 of 1 PDF.", timeout=120_000)
    assert [p.name for p in mine.iterdir()] == [f"{stem}_boa-vista_pt_a4.pdf"]


def test_the_app_s_bundle_carries_the_offices(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    import json
    import zipfile

    from mediakit.cli import main
    from mediakit.gui.dialogs.export import ExportDialog

    assert (
        main(["--library", str(demo_library_path), "office", "add", "Bogotá", "--contact", "3"])
        == 0
    )
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    qtbot.waitUntil(lambda: window.kit_pane.kit is not None, timeout=60_000)
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.findChild(ExportDialog)
    qtbot.waitUntil(lambda: dialog.each.listed is not None, timeout=60_000)
    target = tmp_path / "kit.mediakit"
    dialog.export_bundle(target)
    qtbot.waitUntil(lambda: dialog.exported == target, timeout=60_000)
    manifest = json.loads(zipfile.ZipFile(target).read("manifest.json"))
    assert [(o["name"], json.loads(o["contacts"])) for o in manifest["offices"]] == [
        ("Bogotá", [3])
    ]
