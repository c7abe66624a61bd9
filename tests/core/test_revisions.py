"""Two programs on one library (the app and the command line): a write made from an older copy
of a kit or an item is refused with a sentence naming it, and what the other wrote stays."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from mediakit.edits import AddItem, History, create_kit, update_kit
from mediakit.edits.items import add_to_kit, update_item
from mediakit.library import Library, migrations, queries
from mediakit.model import ConflictError, ItemKind, Kit, Photo, SectionKind, Story


@pytest.fixture
def other(demo_library) -> Library:
    """A second connection to the same library: another program."""
    library = Library.open(demo_library.root)
    yield library
    library.close()


def _kit(library: Library) -> Kit:
    return queries.all_of(library.db, Kit)[0]


def _new_story(library: Library) -> Story:
    edit = AddItem(Story(None, "Added from the command line"))
    History(library.catalog).do(edit)
    return edit.item


def test_every_item_table_carries_a_revision(demo_library):
    for table in ("stories", "photos", "contacts", "figures", "kits"):
        columns = {row[1] for row in demo_library.db.execute(f"PRAGMA table_info({table})")}
        assert "revision" in columns, table
    assert demo_library.catalog.version == migrations.LATEST


def test_a_kit_edited_from_an_older_copy_is_refused_and_the_other_programs_story_kept(
    demo_library, other
):
    app = History(demo_library.catalog)
    opened = _kit(demo_library)  # the app shows the kit
    kit_in_cli = _kit(other)
    story = _new_story(other)
    add_to_kit(History(other.catalog), kit=kit_in_cli, kind=ItemKind.STORY, item_id=story.id)

    with pytest.raises(ConflictError) as caught:
        update_kit(app, kit=opened, subtitle="From the app")
    assert str(caught.value) == (
        f"“{opened.name}” was changed by another program since it was opened; your change "
        "was not written — it has been reloaded"
    )
    assert caught.value.kind is ItemKind.KIT and caught.value.item_id == opened.id
    reloaded = _kit(demo_library)
    assert story.id in reloaded.ids_of(SectionKind.STORY)
    assert reloaded.subtitle == opened.subtitle
    assert not app.status().can_undo  # nothing recorded

    update_kit(app, kit=reloaded, subtitle="From the app")  # made again from the reloaded kit
    final = _kit(other)
    assert final.subtitle == "From the app" and story.id in final.ids_of(SectionKind.STORY)


def test_an_undo_that_would_write_over_another_program_is_refused(demo_library, other):
    app = History(demo_library.catalog)
    story = queries.all_of(demo_library.db, Story)[0]
    update_item(app, item=story, label="Retitle", title="Donor visit")
    theirs = queries.one_of(other.db, Story, story.id)
    update_item(History(other.catalog), item=theirs, label="Byline", byline="Field office")

    with pytest.raises(ConflictError, match="“Donor visit” was changed by another program"):
        app.undo()
    now = queries.one_of(demo_library.db, Story, story.id)
    assert (now.title, now.byline) == ("Donor visit", "Field office")
    assert not app.status().can_undo and not app.status().can_redo


def test_undo_and_redo_still_work_when_nobody_else_wrote(demo_library):
    history = History(demo_library.catalog)
    photo = queries.all_of(demo_library.db, Photo)[0]
    for caption in ("One", "Two"):
        current = queries.one_of(demo_library.db, Photo, photo.id)
        update_item(history, item=current, label="Caption", caption=caption)
    history.undo()
    history.undo()
    assert queries.one_of(demo_library.db, Photo, photo.id).caption == photo.caption
    history.redo()
    history.redo()
    assert queries.one_of(demo_library.db, Photo, photo.id).caption == "Two"
    history.undo()
    assert queries.one_of(demo_library.db, Photo, photo.id).caption == "One"


def test_a_kit_created_then_edited_elsewhere_cannot_be_undone_away(demo_library, other):
    app = History(demo_library.catalog)
    kit = create_kit(app, name="Donor visit")
    theirs = queries.one_of(other.db, Kit, kit.id)
    update_kit(History(other.catalog), kit=theirs, subtitle="Their subtitle")
    with pytest.raises(ConflictError, match="“Donor visit” was changed by another program"):
        app.undo()
    assert queries.one_of(demo_library.db, Kit, kit.id).subtitle == "Their subtitle"


def test_an_item_deleted_elsewhere_is_named_as_deleted(demo_library, other):
    app = History(demo_library.catalog)
    kit = create_kit(app, name="Short-lived")
    other.db.execute("DELETE FROM kits WHERE id = ?", (kit.id,))
    with pytest.raises(ConflictError, match="“Short-lived” was deleted by another program"):
        update_kit(app, kit=kit, subtitle="x")


def test_a_window_copy_is_checked_but_its_own_later_writes_are_not_conflicts(demo_library, other):
    app = History(demo_library.catalog)
    shown = _kit(demo_library)  # what the window shows, not reloaded yet
    update_kit(app, kit=shown, subtitle="First")
    fresh = _kit(demo_library)
    assert app.as_seen(fresh, shown.revision) is fresh  # only this window wrote since
    update_kit(History(other.catalog), kit=_kit(other), subtitle="Theirs")
    with pytest.raises(ConflictError):
        app.as_seen(_kit(demo_library), shown.revision)


def test_records_without_a_revision_read_as_zero_and_a_bad_one_is_refused(demo_library):
    from mediakit.model.records import TABLES

    _, to_row, from_row = TABLES[Kit]
    row = {"id": 5, **to_row(_kit(demo_library))}
    del row["revision"]
    assert from_row(row).revision == 0
    with pytest.raises(ValueError):
        from_row({**row, "revision": "7; DROP"})


def test_an_old_catalog_is_migrated_with_revisions_at_zero(demo_library_path):
    path = demo_library_path / "catalog.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as db:
        count = db.execute("SELECT count(*) FROM photos").fetchone()[0]
    library = Library.open(demo_library_path)
    try:
        revisions = [p.revision for p in queries.all_of(library.db, Photo)]
        assert len(revisions) == count and set(revisions) <= {0, 1, 2}
    finally:
        library.close()


def test_what_another_program_changed_comes_back_by_item_and_ones_own_writes_do_not(
    demo_library, other
):
    from mediakit.edits.outside import OutsideChanges

    watch = OutsideChanges(demo_library.db)
    assert not watch.poll(demo_library.db)  # nobody wrote: one pragma, nothing to read
    update_kit(History(demo_library.catalog), kit=_kit(demo_library), subtitle="Ours")
    assert not watch.poll(demo_library.db)  # this connection's own write is not news

    story = _new_story(other)
    photo = queries.all_of(other.db, Photo)[0]
    update_item(History(other.catalog), item=photo, label="Caption", caption="Theirs")
    changes = watch.poll(demo_library.db)
    assert changes.ids_of(ItemKind.STORY) == {story.id}
    assert changes.ids_of(ItemKind.PHOTO) == {photo.id}
    assert not changes.touches(ItemKind.KIT) and not changes.touches(ItemKind.CONTACT)
    other.db.execute("DELETE FROM stories WHERE id = ?", (story.id,))
    assert watch.poll(demo_library.db).ids_of(ItemKind.STORY) == {story.id}
    assert not watch.poll(demo_library.db)
