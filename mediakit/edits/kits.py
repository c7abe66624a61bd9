"""User actions on kits. Each is one short function returning the Changes of one undo step."""

from __future__ import annotations

import dataclasses

from mediakit.edits.changes import Changes
from mediakit.edits.commands import AddItem, DeleteItem, UpdateItem
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
    name = free_kit_name(history, name)
    db = history.catalog.db
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


def free_kit_name(history: History, name: str, *, kit_id: int | None = None) -> str:
    """`name` tidied, if no other kit has it (`kit_id` is the kit being renamed)."""
    name = " ".join(name.split())
    if not name:
        raise BadInputError("a kit needs a name")
    row = history.catalog.db.execute("SELECT id FROM kits WHERE name = ?", (name,)).fetchone()
    if row is not None and row[0] != kit_id:
        raise BadInputError(f"there is already a kit named “{name}”")
    return name


def copy_name(history: History, name: str) -> str:
    """The first of "name (copy)", "name (copy 2)"… that no kit has yet."""
    db = history.catalog.db
    candidate, number = f"{name} (copy)", 2
    while db.execute("SELECT 1 FROM kits WHERE name = ?", (candidate,)).fetchone():
        candidate, number = f"{name} (copy {number})", number + 1
    return candidate


def duplicate_kit(history: History, *, kit: Kit, name: str = "") -> Kit:
    """A new kit with the same sections and settings as `kit`, under `name` (or "… (copy)")."""
    name = free_kit_name(history, name or copy_name(history, kit.name))
    edit = AddItem(
        dataclasses.replace(kit, id=None, name=name, revision=0),
        label=f"Duplicate kit “{kit.name}”",
    )
    history.do(edit)
    return edit.item


def rename_kit(history: History, *, kit: Kit, name: str) -> Changes:
    name = free_kit_name(history, name, kit_id=kit.id)
    return update_kit(history, kit=kit, name=name, label=f"Rename kit “{kit.name}”")


def delete_kit(history: History, *, kit: Kit) -> Changes:
    """Take the kit out of the library (its stories and photos stay); Undo brings it back."""
    return history.do(DeleteItem(kit, label=f"Delete kit “{kit.name}”"))


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
