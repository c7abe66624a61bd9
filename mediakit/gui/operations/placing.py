"""A library photo placed in a story, moved between the story and the kit's gallery, or taken out
of the story (see `edits.placing`). Never touch widgets in an op body: it runs on the catalog lane.

Each op reads the story and the kit again on the lane, so it starts from what the catalog holds
(the words typed a moment before were saved by an edit queued ahead of it).
"""

from __future__ import annotations

from mediakit.edits import Changes, placing
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.library import queries
from mediakit.model import Kit, Photo, Story


def library_photos() -> CatalogOp[list[Photo]]:
    """Every photo of the library, in the order they were added (the chooser's list)."""

    def body(session: LibrarySession) -> list[Photo]:
        return list(queries.all_of(session.db, Photo))

    return CatalogOp(body, label="List photos")


def place_photo(*, story_id: int, photo_id: int, after: int) -> CatalogOp[Changes]:
    """Put the photo in the story after its block `after` (-1: before the first)."""

    def body(session: LibrarySession) -> Changes:
        story = queries.one_of(session.db, Story, story_id)
        return placing.place_photo(session.history, story=story, photo_id=photo_id, after=after)

    return CatalogOp(body, label="Insert photo")


def move_to_gallery(*, kit_id: int, story_id: int, photo_id: int) -> CatalogOp[Changes]:
    """Take the photo out of the story and put it in the kit's gallery."""

    def body(session: LibrarySession) -> Changes:
        kit = queries.one_of(session.db, Kit, kit_id)
        story = queries.one_of(session.db, Story, story_id)
        return placing.move_to_gallery(session.history, kit=kit, story=story, photo_id=photo_id)

    return CatalogOp(body, label="Move photo to gallery")


def move_into_story(
    *, kit_id: int, story_id: int, photo_id: int, after: int | None = None
) -> CatalogOp[Changes]:
    """Take the photo out of the kit's gallery and put it in the story (None: at its end)."""

    def body(session: LibrarySession) -> Changes:
        kit = queries.one_of(session.db, Kit, kit_id)
        story = queries.one_of(session.db, Story, story_id)
        return placing.move_into_story(
            session.history, kit=kit, story=story, photo_id=photo_id, after=after
        )

    return CatalogOp(body, label="Move photo into story")


def remove_from_story(*, story_id: int, photo_id: int) -> CatalogOp[Changes]:
    """Take the photo out of the story's text; it stays in the library."""

    def body(session: LibrarySession) -> Changes:
        story = queries.one_of(session.db, Story, story_id)
        return placing.remove_from_story(session.history, story=story, photo_id=photo_id)

    return CatalogOp(body, label="Remove photo from story")
