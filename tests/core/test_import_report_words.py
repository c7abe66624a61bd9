"""The import report names what it added by title, and lists the photos still to caption by
their file names, so the press officer knows what to open next."""

from __future__ import annotations

from PIL import Image

from mediakit.edits import History, ImportDocument
from mediakit.edits.importing import import_paths
from mediakit.importers import parse_text

STORY = """Mobile clinics on the Amazon

Manaus, Brazil – Boats with nurses reached twelve river villages this month.

The clinics carry vaccines and a midwife.
"""


def test_an_added_story_is_named_by_its_title(empty_library):
    history = History(empty_library.catalog)
    step = ImportDocument(parse_text(STORY, name="amazon.txt"))
    history.do(step)
    assert step.result.sentence() == "amazon.txt: added story “Mobile clinics on the Amazon”"
    again = ImportDocument(parse_text(STORY, name="copy.txt"))
    history.do(again)
    assert again.result.sentence() == (
        "copy.txt: same as story “Mobile clinics on the Amazon”; nothing was added"
    )


def test_a_photo_without_a_caption_is_named_by_its_file_to_caption_next(empty_library, tmp_path):
    path = tmp_path / "river_boat_0412.jpg"
    Image.new("RGB", (1600, 1200), (30, 90, 140)).save(path, quality=85)
    [report] = import_paths(History(empty_library.catalog), [path], media=empty_library.media)
    [photo_id] = report.result.photo_ids
    assert report.result.uncaptioned == ((photo_id, "river_boat_0412.jpg"),)
    assert report.result.caption_notes() == [
        (photo_id, "photo “river_boat_0412.jpg” has no caption yet; add one")
    ]


def test_a_photo_the_library_has_already_is_not_listed_to_caption(empty_library, tmp_path):
    path = tmp_path / "harbour.jpg"
    Image.new("RGB", (800, 600), (200, 90, 40)).save(path)
    history = History(empty_library.catalog)
    import_paths(history, [path], media=empty_library.media)
    other = tmp_path / "other.jpg"
    Image.new("RGB", (800, 600), (20, 190, 40)).save(other)
    [again] = import_paths(history, [path, other], media=empty_library.media)[:1]
    assert again.result.uncaptioned == ()
