"""A library photo placed in a story at a paragraph, and moved between the story and the kit's
gallery: each one step of Undo, and what the story and the kit show afterwards."""

from __future__ import annotations

import pytest

from mediakit.edits import History
from mediakit.edits.placing import (
    move_into_story,
    move_to_gallery,
    place_photo,
    remove_from_story,
)
from mediakit.library import queries
from mediakit.model import BadInputError, BlockKind, Kit, Photo, SectionKind, Story


def _kit_story_and_another_photo(library):
    kit = queries.all_of(library.db, Kit)[0]
    story_id = next(s.ids[0] for s in kit.sections if s.kind is SectionKind.STORY)
    story = queries.one_of(library.db, Story, story_id)
    other = next(p for p in queries.all_of(library.db, Photo) if p.id not in story.photo_ids)
    return kit, story, other


def _fresh(library, item):
    return queries.one_of(library.db, type(item), item.id)


def test_a_photo_is_placed_after_the_paragraph_and_undone(demo_library, tmp_path):
    from PIL import Image

    from mediakit.edits.importing import import_paths

    path = tmp_path / "river_boat.jpg"
    Image.new("RGB", (1200, 800), (30, 90, 140)).save(path)
    history = History(demo_library.catalog)
    [report] = import_paths(history, [path], media=demo_library.media)
    [photo_id] = report.result.photo_ids
    kit, story, _ = _kit_story_and_another_photo(demo_library)
    place_photo(history, story=story, photo_id=photo_id, after=1)
    placed = _fresh(demo_library, story)
    assert placed.body[2].kind is BlockKind.PHOTO and placed.body[2].photo_id == photo_id
    assert placed.body[:2] == story.body[:2] and placed.body[3:] == story.body[2:]
    assert history.status().undo_label == "Insert photo"
    with pytest.raises(BadInputError, match="already in the story"):
        place_photo(history, story=placed, photo_id=photo_id, after=0)
    history.undo()
    assert _fresh(demo_library, story).body == story.body


def test_a_story_photo_moves_to_the_gallery_and_back(demo_library):
    history = History(demo_library.catalog)
    kit = queries.all_of(demo_library.db, Kit)[0]
    story = next(s for s in queries.all_of(demo_library.db, Story) if s.photo_ids)
    photo_id = story.photo_ids[0]
    move_to_gallery(history, kit=kit, story=story, photo_id=photo_id)
    moved_kit, moved_story = _fresh(demo_library, kit), _fresh(demo_library, story)
    assert photo_id not in moved_story.photo_ids
    [gallery] = [s for s in moved_kit.sections if s.kind is SectionKind.GALLERY]
    assert gallery.ids[-1] == photo_id
    kinds = [s.kind for s in moved_kit.sections]
    assert kinds.index(SectionKind.GALLERY) < kinds.index(SectionKind.FIGURES)
    assert history.status().undo_label == "Move photo to gallery"

    move_into_story(history, kit=moved_kit, story=moved_story, photo_id=photo_id, after=0)
    back_kit, back_story = _fresh(demo_library, kit), _fresh(demo_library, story)
    assert back_story.body[1].photo_id == photo_id
    assert SectionKind.GALLERY not in [s.kind for s in back_kit.sections]  # left empty: gone

    history.undo()
    history.undo()
    assert _fresh(demo_library, kit) == kit and _fresh(demo_library, story) == story


def test_a_photo_not_in_the_story_cannot_go_to_the_gallery_from_it(demo_library):
    kit, story, free = _kit_story_and_another_photo(demo_library)
    with pytest.raises(BadInputError, match="not in the story"):
        move_to_gallery(History(demo_library.catalog), kit=kit, story=story, photo_id=free.id)


def test_a_photo_is_taken_out_of_a_story_and_stays_in_the_library(demo_library):
    history = History(demo_library.catalog)
    story = next(s for s in queries.all_of(demo_library.db, Story) if s.photo_ids)
    photo_id = story.photo_ids[0]
    remove_from_story(history, story=story, photo_id=photo_id)
    assert photo_id not in _fresh(demo_library, story).photo_ids
    assert photo_id in {p.id for p in queries.all_of(demo_library.db, Photo)}
    assert history.status().undo_label == "Remove photo from story"
    with pytest.raises(BadInputError, match="not in the story"):
        remove_from_story(history, story=_fresh(demo_library, story), photo_id=photo_id)
    history.undo()
    assert _fresh(demo_library, story).body == story.body
