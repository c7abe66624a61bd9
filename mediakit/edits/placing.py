"""A library photo placed in a story, and moved between a story and its kit's gallery: each one
undo step. Never touch widgets here."""

from __future__ import annotations

import dataclasses

from mediakit.edits.changes import Changes
from mediakit.edits.commands import Batch, UpdateItem
from mediakit.edits.history import History
from mediakit.model import BadInputError, BlockKind, Kit, Section, SectionKind, Story, photo_slot


def place_photo(history: History, *, story: Story, photo_id: int, after: int) -> Changes:
    """Put the photo `photo_id` in `story` as a photo block after its block `after` (the
    paragraph the cursor is in; -1: before the first). A photo the story shows already is
    refused in one sentence."""
    if photo_id in story.photo_ids:
        raise BadInputError(f"The photo {photo_id} is already in the story “{story.title}”.")
    return history.do(UpdateItem(story, _with_photo(story, photo_id, after), label="Insert photo"))


def move_to_gallery(history: History, *, kit: Kit, story: Story, photo_id: int) -> Changes:
    """Take the photo out of the story's text and put it at the end of the kit's gallery (a
    gallery section is made before the key figures if the kit has none)."""
    if photo_id not in story.photo_ids:
        raise BadInputError(f"The photo {photo_id} is not in the story “{story.title}”.")
    body = tuple(b for b in story.body if not _is_photo(b, photo_id))
    sections = _gallery_with(kit.sections, photo_id)
    return history.do(
        Batch(
            "Move photo to gallery",
            [
                UpdateItem(story, dataclasses.replace(story, body=body)),
                UpdateItem(kit, dataclasses.replace(kit, sections=sections)),
            ],
        )
    )


def move_into_story(
    history: History, *, kit: Kit, story: Story, photo_id: int, after: int | None = None
) -> Changes:
    """Take the photo out of the kit's gallery (the section goes when it is left empty) and put
    it in the story after its block `after` (None: at the end)."""
    if photo_id in story.photo_ids:
        raise BadInputError(f"The photo {photo_id} is already in the story “{story.title}”.")
    sections = []
    for section in kit.sections:
        if section.kind is SectionKind.GALLERY and photo_id in section.ids:
            ids = tuple(i for i in section.ids if i != photo_id)
            if not ids:
                continue
            section = Section(SectionKind.GALLERY, ids)
        sections.append(section)
    position = len(story.body) - 1 if after is None else after
    return history.do(
        Batch(
            "Move photo into story",
            [
                UpdateItem(story, _with_photo(story, photo_id, position)),
                UpdateItem(kit, dataclasses.replace(kit, sections=tuple(sections))),
            ],
        )
    )


def remove_from_story(history: History, *, story: Story, photo_id: int) -> Changes:
    """Take the photo out of the story's text (it stays in the library)."""
    if photo_id not in story.photo_ids:
        raise BadInputError(f"The photo {photo_id} is not in the story “{story.title}”.")
    body = tuple(b for b in story.body if not _is_photo(b, photo_id))
    return history.do(
        UpdateItem(story, dataclasses.replace(story, body=body), label="Remove photo from story")
    )


def _with_photo(story: Story, photo_id: int, after: int) -> Story:
    body = list(story.body)
    body.insert(max(0, min(after + 1, len(body))), photo_slot(photo_id))
    return dataclasses.replace(story, body=tuple(body))


def _is_photo(block, photo_id: int) -> bool:
    return block.kind is BlockKind.PHOTO and block.photo_id == photo_id


def _gallery_with(sections: tuple[Section, ...], photo_id: int) -> tuple[Section, ...]:
    found = list(sections)
    for index, section in enumerate(found):
        if section.kind is SectionKind.GALLERY:
            if photo_id not in section.ids:
                found[index] = Section(SectionKind.GALLERY, (*section.ids, photo_id))
            return tuple(found)
    later = (SectionKind.FIGURES, SectionKind.CONTACTS, SectionKind.ABOUT, SectionKind.BACK_COVER)
    at = next((i for i, s in enumerate(found) if s.kind in later), len(found))
    found.insert(at, Section(SectionKind.GALLERY, (photo_id,)))
    return tuple(found)
