"""User actions on kits. Each is one short function returning the Changes of one undo step."""

from __future__ import annotations

import dataclasses

from mediakit.edits.changes import Changes
from mediakit.edits.commands import AddItem, UpdateItem
from mediakit.edits.history import History
from mediakit.library import queries
from mediakit.model import (
    BadInputError,
    Contact,
    KeyFigure,
    Kit,
    Photo,
    Section,
    Story,
    default_sections,
)


def create_kit(
    history: History,
    *,
    name: str,
    subtitle: str = "",
    story_ids: tuple[int, ...] = (),
    photo_ids: tuple[int, ...] = (),
    contact_ids: tuple[int, ...] = (),
    figure_ids: tuple[int, ...] = (),
    date: str = "",
    place: str = "",
) -> Kit:
    """A new kit in the usual running order. Never touch widgets here."""
    name = " ".join(name.split())
    if not name:
        raise BadInputError("a kit needs a name")
    db = history.catalog.db
    if db.execute("SELECT 1 FROM kits WHERE name = ?", (name,)).fetchone():
        raise BadInputError(f"there is already a kit named “{name}”")
    for model, ids in (
        (Story, story_ids),
        (Photo, photo_ids),
        (Contact, contact_ids),
        (KeyFigure, figure_ids),
    ):
        missing = set(ids) - set(queries.some_of(db, model, set(ids)))
        if missing:
            raise BadInputError(f"there is no {model.__name__.lower()} with id {min(missing)}")
    kit = Kit(
        id=None,
        name=name,
        subtitle=subtitle,
        date=date,
        place=place,
        sections=default_sections(story_ids, photo_ids, figure_ids, contact_ids),
    )
    edit = AddItem(kit, label=f"Create kit “{name}”")
    history.do(edit)
    return edit.item


def update_kit(history: History, *, kit: Kit, label: str = "Edit kit", **fields) -> Changes:
    return history.do(UpdateItem(kit, dataclasses.replace(kit, **fields), label=label))


def move_section(history: History, *, kit: Kit, source: int, target: int) -> Changes:
    """Move the section at `source` to position `target` (drag and drop in the kit pane)."""
    sections = list(kit.sections)
    section = sections.pop(source)
    sections.insert(max(0, min(target, len(sections))), section)
    return update_kit(history, kit=kit, sections=tuple(sections), label="Move section")


def add_section(
    history: History, *, kit: Kit, section: Section, position: int | None = None
) -> Changes:
    sections = list(kit.sections)
    sections.insert(len(sections) if position is None else position, section)
    return update_kit(
        history, kit=kit, sections=tuple(sections), label=f"Add {section.kind.value} section"
    )


def remove_section(history: History, *, kit: Kit, index: int) -> Changes:
    sections = list(kit.sections)
    removed = sections.pop(index)
    return update_kit(
        history, kit=kit, sections=tuple(sections), label=f"Remove {removed.kind.value} section"
    )


def set_photo_text(history: History, *, photo: Photo, **fields: str) -> Changes:
    """Change a photo's caption, credit, alt text... as one undo step."""
    names = ", ".join(fields)
    return history.do(
        UpdateItem(photo, dataclasses.replace(photo, **fields), label=f"Edit photo {names}")
    )
