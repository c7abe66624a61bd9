"""Imports cancelled between two files (the app's Cancel): the files stored by then stay
whole, the rest are reported as not imported, and nothing of them is left in the library; and
what is pasted (not a file) is imported as the file it would be."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from mediakit.edits import History, import_paths
from mediakit.edits.importing import CANCELLED, ImportControl
from mediakit.edits.pasting import Pasted, import_pasted
from mediakit.library import Library


def media_files(library: Path) -> set[str]:
    return {path.name for path in (library / "media").rglob("*") if path.is_file()}


def cancelling_after(count: int) -> tuple[ImportControl, list[tuple[int, int]]]:
    seen: list[tuple[int, int]] = []

    def advanced(done: int, total: int) -> None:
        seen.append((done, total))
        if done == count:
            control.cancel()

    control = ImportControl(advanced)
    return control, seen


def test_cancelling_a_multi_file_import_keeps_whole_items_and_reports_the_rest(
    demo_library_path, tmp_path
):
    notes = []
    for number in range(6):
        path = tmp_path / f"note-{number}.txt"
        path.write_text(
            f"Story number {number} from the field\n\nA paragraph about visit {number}.\n",
            encoding="utf-8",
        )
        notes.append(path)
    control, seen = cancelling_after(2)
    with Library.open(demo_library_path) as opened:
        before = opened.catalog.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        reports = import_paths(History(opened.catalog), notes, media=opened.media, control=control)
        titles = [
            row[0]
            for row in opened.catalog.db.execute("SELECT title FROM stories ORDER BY id").fetchall()
        ]
        bodies = opened.catalog.db.execute(
            "SELECT COUNT(*) FROM stories WHERE title LIKE 'Story number%'"
        ).fetchone()[0]
    assert seen[:3] == [(0, 6), (1, 6), (2, 6)]
    assert [report.result.status for report in reports] == ["imported"] * 2 + ["not imported"] * 4
    assert all(report.result.reason == CANCELLED for report in reports[2:])
    # the report does not call a file that was never read "refused"
    assert reports[2].result.sentence() == f"{notes[2]}: not imported: {CANCELLED}"
    assert titles[before:] == ["Story number 0 from the field", "Story number 1 from the field"]
    assert bodies == 2


def test_photos_not_imported_when_cancelled_leave_no_original_behind(demo_library_path, tmp_path):
    photos = []
    for number in range(8):
        path = tmp_path / f"photo-{number}.jpg"
        Image.new("RGB", (1600, 1000), (30 * number, 90, 140)).save(path, "JPEG")
        photos.append(path)
    before = media_files(demo_library_path)
    control, _seen = cancelling_after(3)
    with Library.open(demo_library_path) as opened:
        reports = import_paths(History(opened.catalog), photos, media=opened.media, control=control)
        stored = {row[0] for row in opened.catalog.db.execute("SELECT hash FROM media").fetchall()}
    statuses = [report.result.status for report in reports]
    assert statuses == ["imported"] * 3 + ["not imported"] * 5
    added = media_files(demo_library_path) - before
    assert len(added) == 3  # the three imported photos' originals, and no other
    assert {name.partition(".")[0] for name in added} <= stored


def test_pasted_html_that_reads_as_no_story_falls_back_to_its_text(demo_library_path):
    with Library.open(demo_library_path) as opened:
        pasted = Pasted(html="<b>Note</b>", text="Note from the Quito office about the clinics.")
        reports = import_pasted(History(opened.catalog), pasted, media=opened.media)
    assert reports[0].result.status == "imported"
    assert reports[0].path == "Pasted from the clipboard"
