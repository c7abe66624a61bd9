"""What an import brought in, put into a kit: a new one, or one that already exists."""

from __future__ import annotations

from mediakit.edits import History
from mediakit.edits.import_kit import add_to_kit
from mediakit.edits.importing import import_paths
from mediakit.library import queries
from mediakit.model import Kit, SectionKind, Story
from tests.importers.test_photo_batches import damaged_file, photo_file, story_file


def test_what_came_in_goes_into_a_new_kit_then_an_existing_one(empty_library, tmp_path):
    history = History(empty_library.catalog)
    media, cache = empty_library.media, empty_library.cache
    first = import_paths(
        history, [story_file(tmp_path / "s.txt"), photo_file(tmp_path / "a.jpg")], media=media
    )
    made = add_to_kit(history, name="  Roraima   kit ", reports=first)
    assert made.created and made.kit.name == "Roraima kit"
    assert made.sentence() == "Created kit 1 “Roraima kit” with 1 story, 1 photo"
    kit = queries.one_of(empty_library.db, Kit, made.kit.id)
    story_id = first[0].result.story_id
    assert kit.ids_of(SectionKind.STORY) == (story_id,)
    assert kit.ids_of(SectionKind.GALLERY) == first[1].result.photo_ids

    # The same story again (recognised as a duplicate) and a new photo: only the photo is new.
    again = import_paths(
        history,
        [story_file(tmp_path / "s2.txt"), photo_file(tmp_path / "b.jpg", shade=9)],
        media=media,
        cache=cache,
    )
    assert again[0].result.same_as == story_id
    added = add_to_kit(history, name="Roraima kit", reports=again)
    assert added.sentence() == "Added to kit 1 “Roraima kit”: 1 photo"
    kit = queries.one_of(empty_library.db, Kit, 1)
    assert kit.ids_of(SectionKind.GALLERY) == first[1].result.photo_ids + again[1].result.photo_ids
    assert [s.kind for s in kit.sections].count(SectionKind.GALLERY) == 1
    history.undo()  # the kit change is one step of its own
    assert queries.one_of(empty_library.db, Kit, 1).ids_of(SectionKind.GALLERY) == (
        first[1].result.photo_ids
    )
    assert len(queries.all_of(empty_library.db, Story)) == 1


def test_a_duplicate_story_goes_into_a_kit_that_lacks_it(empty_library, tmp_path):
    history = History(empty_library.catalog)
    import_paths(history, [story_file(tmp_path / "s.txt")])
    reports = import_paths(history, [story_file(tmp_path / "copy.txt")])
    addition = add_to_kit(history, name="Other kit", reports=reports)
    assert addition.kit.ids_of(SectionKind.STORY) == (reports[0].result.same_as,)


def test_nothing_imported_makes_no_kit(empty_library, tmp_path):
    history = History(empty_library.catalog)
    reports = import_paths(history, [damaged_file(tmp_path / "cut.jpg")])
    assert add_to_kit(history, name="Empty", reports=reports) is None
    assert queries.all_of(empty_library.db, Kit) == []
