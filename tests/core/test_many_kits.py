"""Many kits in one library: made, duplicated, renamed and deleted as undoable steps, each
checked against the copy the window read."""

from __future__ import annotations

import pytest

from mediakit.edits import History, create_kit, delete_kit, duplicate_kit, rename_kit
from mediakit.library import Library, queries
from mediakit.model import BadInputError, ConflictError, Kit, SectionKind, Story


def _names(library: Library) -> list[str]:
    return [kit.name for kit in queries.all_of(library.db, Kit)]


def test_a_duplicate_keeps_the_sections_under_a_free_name_and_is_undone(demo_library):
    history = History(demo_library.catalog)
    demo = queries.all_of(demo_library.db, Kit)[0]
    copy = duplicate_kit(history, kit=demo)
    assert copy.name == f"{demo.name} (copy)"
    assert queries.one_of(demo_library.db, Kit, copy.id).sections == demo.sections
    second = duplicate_kit(history, kit=demo)
    assert second.name == f"{demo.name} (copy 2)"
    assert history.status().undo_label == f"Duplicate kit “{demo.name}”"
    history.undo()
    history.undo()
    assert _names(demo_library) == [demo.name]


def test_rename_refuses_an_empty_or_taken_name_and_undo_brings_the_old_one(demo_library):
    history = History(demo_library.catalog)
    demo = queries.all_of(demo_library.db, Kit)[0]
    other = create_kit(history, name="Donor visit")
    with pytest.raises(BadInputError, match="already a kit named “Donor visit”"):
        rename_kit(history, kit=demo, name="  Donor   visit ")
    with pytest.raises(BadInputError, match="a kit needs a name"):
        rename_kit(history, kit=demo, name="   ")
    rename_kit(history, kit=other, name="Donor visit")  # its own name is not taken
    rename_kit(history, kit=queries.one_of(demo_library.db, Kit, other.id), name="Donor day")
    assert "Donor day" in _names(demo_library)
    history.undo()
    assert "Donor visit" in _names(demo_library)


def test_a_deleted_kit_comes_back_whole_with_undo_and_its_stories_stay(demo_library):
    history = History(demo_library.catalog)
    demo = queries.all_of(demo_library.db, Kit)[0]
    stories = len(queries.all_of(demo_library.db, Story))
    delete_kit(history, kit=demo)
    assert _names(demo_library) == []
    assert len(queries.all_of(demo_library.db, Story)) == stories
    history.undo()
    back = queries.one_of(demo_library.db, Kit, demo.id)
    assert back.name == demo.name and back.sections == demo.sections


def test_a_kit_from_a_selection_holds_those_stories_and_photos(demo_library):
    history = History(demo_library.catalog)
    kit = create_kit(history, name="Donor visit", story_ids=(2, 1), photo_ids=(3,))
    kit = queries.one_of(demo_library.db, Kit, kit.id)
    assert kit.ids_of(SectionKind.STORY) == (2, 1)
    assert 3 in kit.ids_of(SectionKind.GALLERY)


def test_renaming_a_stale_copy_is_refused(demo_library):
    other = Library.open(demo_library.root)
    try:
        history = History(demo_library.catalog)
        shown = queries.all_of(demo_library.db, Kit)[0]
        rename_kit(History(other.catalog), kit=shown, name="Renamed elsewhere")
        with pytest.raises(ConflictError):
            history.as_seen(queries.one_of(demo_library.db, Kit, shown.id), shown.revision)
        with pytest.raises(ConflictError):
            rename_kit(history, kit=shown, name="Mine")
    finally:
        other.close()
    assert "Renamed elsewhere" in _names(demo_library)


def test_items_typed_in_the_app_are_one_undo_step_each(demo_library):
    from mediakit.edits.new_items import new_contact, new_figure, new_story
    from mediakit.model import Contact, KeyFigure

    history = History(demo_library.catalog)
    story = new_story(history)
    contact = new_contact(history, name="  Ana   Pérez ")
    figure = new_figure(
        history, value="7.9 million", label="left Venezuela", source="R4V", as_of="2024-06-01"
    )
    assert queries.one_of(demo_library.db, Story, story.id).title == "Untitled story"
    assert queries.one_of(demo_library.db, Contact, contact.id).name == "Ana Pérez"
    kept = queries.one_of(demo_library.db, KeyFigure, figure.id)
    assert (kept.value, kept.source, kept.as_of) == ("7.9 million", "R4V", "2024-06-01")
    assert len(new_figure(history).as_of) == 10  # today, YYYY-MM-DD
    with pytest.raises(BadInputError, match="“June” is not a date"):
        new_figure(history, as_of="June")
    assert history.status().undo_label == "New key figure"
    for _ in range(4):
        history.undo()
    assert story.id not in {s.id for s in queries.all_of(demo_library.db, Story)}
    assert contact.id not in {c.id for c in queries.all_of(demo_library.db, Contact)}
