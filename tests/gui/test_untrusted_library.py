"""A lost catalog offers its backup, the demo kit goes only into a truly empty library, a read-only
library says so, and odd file names are shown escaped in the import report."""

from __future__ import annotations

from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from mediakit.edits import History, create_kit
from mediakit.edits.importing import import_paths
from mediakit.library import CATALOG_NAME, Library, backups


def _lose_catalog(library) -> None:
    with Library.open(library) as opened:
        backups.back_up(opened.db, opened.catalog.path, reason="daily")
    (library / CATALOG_NAME).write_bytes(b"")


def test_a_zero_byte_catalog_offers_the_restore_and_opens_it(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    _lose_catalog(demo_library_path)
    asked = []

    def answer(parent, title, text, buttons):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    assert len(asked) == 1 and "catalog-" in asked[0] and "0 bytes" in asked[0]
    assert list(demo_library_path.glob(f"{CATALOG_NAME}.damaged-*"))  # kept aside
    with Library.open(demo_library_path) as library:
        assert library.db.execute("SELECT count(*) FROM kits").fetchone()[0] == 1


def test_declining_the_restore_leaves_the_library_as_it_is(
    make_window, counting_build, demo_library_path, qtbot, monkeypatch
):
    _lose_catalog(demo_library_path)
    exits = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    make_window(demo_library_path, build=counting_build)
    qtbot.waitUntil(lambda: exits == [3], timeout=60_000)
    assert (demo_library_path / CATALOG_NAME).stat().st_size == 0
    assert not list(demo_library_path.glob(f"{CATALOG_NAME}.damaged-*"))


def test_a_library_with_photos_but_no_kit_gets_no_demo_kit(
    make_window, counting_build, tmp_path, qtbot
):
    library = tmp_path / "photos-only"
    picture = tmp_path / "photo.jpg"
    Image.new("RGB", (300, 200), "green").save(picture)
    with Library.open(library) as opened:
        import_paths(History(opened.catalog), [picture], media=opened.media, cache=opened.cache)
    window = make_window(library, build=counting_build)
    qtbot.waitUntil(lambda: "Library:" in window.statusBar().currentMessage(), timeout=60_000)
    assert "demo" not in window.statusBar().currentMessage()
    with Library.open(library) as opened:
        assert opened.db.execute("SELECT count(*) FROM kits").fetchone()[0] == 0


def test_a_read_only_library_opens_and_says_so(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot, monkeypatch
):
    real = Library.open.__func__
    monkeypatch.setattr(
        Library, "open", classmethod(lambda cls, root=None, **_: real(cls, root, read_only=True))
    )
    before = (demo_library_path / CATALOG_NAME).read_bytes()
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    assert "read-only" in window.statusBar().currentMessage()
    assert (demo_library_path / CATALOG_NAME).read_bytes() == before


def test_the_import_report_shows_odd_file_names_escaped(qtbot):
    from mediakit.edits.import_report import IMPORTED, FileReport, ImportResult
    from mediakit.gui.dialogs.import_report import ImportReport

    name = "bidi\u202egpj.jpg"
    report = ImportReport(
        [FileReport(f"/tmp/{name}", ImportResult(name, IMPORTED, photo_ids=(1,)), None)]
    )
    qtbot.addWidget(report)
    item = report.files.topLevelItem(0)
    shown = [item.text(0), item.text(1), item.toolTip(0), item.toolTip(1)]
    assert not any("\u202e" in text for text in shown)
    assert item.text(0) == "bidi\\u202egpj.jpg" and item.text(1) == "Added 1 photo"


def test_file_open_of_a_lost_library_offers_its_restore(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    other = tmp_path / "other"
    with Library.open(other) as opened:
        create_kit(History(opened.catalog), name="Field kit")
    _lose_catalog(other)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    window.files.open_requested.emit(other)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
    qtbot.waitUntil(lambda: "other" in window.statusBar().currentMessage(), timeout=60_000)
    assert "catalog-" in asked[0]
    with Library.open(other) as opened:
        assert opened.db.execute("SELECT name FROM kits").fetchone()[0] == "Field kit"
