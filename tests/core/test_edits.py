"""Every change is one undoable step that says what it changed."""

from __future__ import annotations

import pytest

from mediakit.edits import (
    History,
    ImportDocument,
    create_kit,
    move_section,
    set_photo_text,
)
from mediakit.importers import parse_text
from mediakit.library import queries
from mediakit.model import BadInputError, ItemKind, Kit, Photo, SectionKind, Story

STORY = """A new clinic opens in Cúcuta

Cúcuta, Colombia – A clinic for migrants opened on Monday.

Nurses from both sides of the border work together.

Two nurses in the waiting room. Photo: IOM/Ana Pérez
"""


def test_caption_edit_undo_redo_with_labels(demo_library):
    history = History(demo_library.catalog)
    photo = queries.all_of(demo_library.db, Photo)[0]
    changes = set_photo_text(history, photo=photo, caption="A doctor & <b>patients</b>")
    assert changes.touches(ItemKind.PHOTO) and not changes.touches(ItemKind.STORY)
    status = history.status()
    assert status.can_undo and status.undo_label == "Edit photo caption"
    assert queries.one_of(demo_library.db, Photo, photo.id).caption == "A doctor & <b>patients</b>"
    history.undo()
    assert queries.one_of(demo_library.db, Photo, photo.id).caption == photo.caption
    assert history.status().redo_label == "Edit photo caption"
    history.redo()
    assert queries.one_of(demo_library.db, Photo, photo.id).caption.startswith("A doctor &")


def test_move_section_and_undo(demo_library):
    history = History(demo_library.catalog)
    kit = queries.all_of(demo_library.db, Kit)[0]
    move_section(history, kit=kit, source=2, target=5)
    moved = queries.one_of(demo_library.db, Kit, kit.id)
    assert moved.sections[5] == kit.sections[2]
    history.undo()
    assert queries.one_of(demo_library.db, Kit, kit.id).sections == kit.sections


def test_import_undo_then_redo_keeps_the_same_ids(empty_library):
    history = History(empty_library.catalog)
    edit = ImportDocument(parse_text(STORY, name="clinic.txt"))
    history.do(edit)
    story_id = edit.result.story_id
    story = queries.one_of(empty_library.db, Story, story_id)
    assert story.dateline.place == "Cúcuta, Colombia"
    history.undo()
    assert queries.counts(empty_library.db)["stories"] == 0
    assert queries.counts(empty_library.db)["photos"] == 0
    history.redo()
    assert queries.one_of(empty_library.db, Story, story_id).photo_ids == story.photo_ids


def test_the_same_story_twice_is_recognised(empty_library):
    history = History(empty_library.catalog)
    history.do(ImportDocument(parse_text(STORY, name="a.txt")))
    noisy = "- Who we are\nHOME\nHOME\n" + STORY
    second = ImportDocument(parse_text(noisy, name="b.txt"))
    history.do(second)
    assert second.result.same_as == 1
    assert "same as story “A new clinic opens in Cúcuta”" in second.result.sentence()
    assert queries.counts(empty_library.db)["stories"] == 1


def test_same_email_is_one_contact_updated(empty_library):
    history = History(empty_library.catalog)
    release = "Title of a release\n\nParis 3 March, 2024 – Text.\n\nFor more information:\nIn Paris:\nAnne Roy, IOM, aroy@iom.int +33 1 23 45 67 89\n"
    history.do(ImportDocument(parse_text(release, name="one.txt")))
    newer = release.replace("Title of a release", "Another release").replace(
        "Text.", "Other words entirely here."
    )
    newer = newer.replace("+33 1 23 45 67 89", "+33 6 00 00 00 00")
    history.do(ImportDocument(parse_text(newer, name="two.txt")))
    rows = empty_library.db.execute("SELECT phones FROM contacts").fetchall()
    assert len(rows) == 1 and "+33 6 00 00 00 00" in rows[0][0]
    history.undo()
    rows = empty_library.db.execute("SELECT phones FROM contacts").fetchall()
    assert "+33 1 23 45 67 89" in rows[0][0]


def test_create_kit_checks_names_and_ids(demo_library):
    history = History(demo_library.catalog)
    kit = create_kit(history, name="  Donor   visit ", story_ids=(2,), contact_ids=(1,))
    assert kit.name == "Donor visit"
    assert [s.kind for s in kit.sections][:3] == [
        SectionKind.COVER,
        SectionKind.CONTENTS,
        SectionKind.STORY,
    ]
    with pytest.raises(BadInputError, match="already a kit"):
        create_kit(history, name="Donor visit")
    with pytest.raises(BadInputError, match="no story with id 99"):
        create_kit(history, name="Other", story_ids=(99,))
