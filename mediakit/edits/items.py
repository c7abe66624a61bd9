"""Editing one item from the app's editor pane, adding library items to a kit, the org profile.

Each function is one user action and one undo step. Never touch widgets here.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from mediakit.edits.changes import Changes
from mediakit.edits.commands import SetOrg, UpdateItem
from mediakit.edits.history import History
from mediakit.edits.offices import checked as checked_office
from mediakit.edits.photos import WithMedia, store_image_file
from mediakit.library import queries
from mediakit.library.media import MediaStore
from mediakit.model import (
    BadInputError,
    ItemKind,
    Kit,
    Office,
    OrgProfile,
    Section,
    SectionKind,
)
from mediakit.model.kinds import kind_info

# The running order a press officer expects; a new section goes after those ranked before it.
RUNNING_ORDER = (
    SectionKind.COVER,
    SectionKind.CONTENTS,
    SectionKind.STORY,
    SectionKind.GALLERY,
    SectionKind.FIGURES,
    SectionKind.CONTACTS,
    SectionKind.ABOUT,
    SectionKind.BACK_COVER,
)


def update_item(
    history: History, *, item, label: str, changes: dict | None = None, **fields
) -> Changes:
    """Change some fields of a story, photo, contact, key figure or kit as one undo step.

    A field given as a dict changes only those parts of a nested value, e.g.
    `dateline={"place": "Lima"}` or `consent={"level": ConsentLevel.WRITTEN}`. Nothing is
    recorded when nothing changes. `changes` holds fields by name too, for those named like
    this function's own words (a key figure's `label`).
    """
    after = with_fields(item, {**fields, **(changes or {})})
    if after == item:
        return Changes()
    if isinstance(after, Kit):
        _check_kit_name(history.catalog.db, after)
    if isinstance(after, Office):  # a name no other office has, contacts the library has
        after = checked_office(history.catalog.db, after)
    return history.do(UpdateItem(item, after, label=label))


def set_org(
    history: History, *, org: OrgProfile, label: str = "Edit organisation profile", **fields
) -> Changes:
    """Change the organisation profile (name, colours, boilerplate…) as one undo step."""
    after = with_fields(org, fields)
    if after == org:
        return Changes()
    if not after.name.strip():
        raise BadInputError("the organisation needs a name")
    return history.do(SetOrg(org, after, label=label))


def with_fields(item, fields: dict):
    """A copy of `item` with `fields` replaced; dict values replace parts of nested values."""
    values = {
        name: dataclasses.replace(getattr(item, name), **value)
        if isinstance(value, dict)
        else value
        for name, value in fields.items()
    }
    return dataclasses.replace(item, **values)


def set_org_logo(
    history: History, *, media: MediaStore, org: OrgProfile, path: Path, label: str = "Set logo"
) -> Changes:
    """Check the file is an image, keep it in the media store and make it the logo."""
    _, media_hash, media_row = store_image_file(media, path)
    after = dataclasses.replace(org, logo_hash=media_hash)
    return history.do(WithMedia(SetOrg(org, after, label=label), media_row))


def add_to_kit(
    history: History,
    *,
    kit: Kit,
    kind: ItemKind,
    item_id: int,
    position: int | None = None,
    label: str = "",
) -> Changes:
    """Put a library item into the kit (double-click or drop in the app).

    A story gets a section of its own at `position`, or after the kit's other stories; a photo,
    key figure or contact joins the kit's gallery, figures or contacts section (made where it
    belongs if the kit has none). An item already in the kit is refused.
    """
    info = kind_info(kind)
    section_kind = info.section
    if section_kind is None:
        raise BadInputError(f"a {kind} cannot be added to a kit")
    item = queries.one_of(history.catalog.db, info.model, item_id)
    if item_id in kit.ids_of(section_kind):
        raise BadInputError(f"the {info.noun} “{item_name(item)}” is already in the kit")
    sections = list(kit.sections)
    group = next((i for i, s in enumerate(sections) if s.kind is section_kind), None)
    if section_kind is SectionKind.STORY or group is None:
        at = canonical_position(kit.sections, section_kind) if position is None else position
        sections.insert(max(0, min(at, len(sections))), Section(section_kind, (item_id,)))
    else:
        joined = sections[group]
        sections[group] = dataclasses.replace(joined, ids=(*joined.ids, item_id))
    label = label or f"Add {info.noun} to the kit"
    return history.do(UpdateItem(kit, dataclasses.replace(kit, sections=tuple(sections)), label))


def canonical_position(sections: tuple[Section, ...], kind: SectionKind) -> int:
    """Where a new section of `kind` belongs: after every section ranked before or with it."""
    rank = RUNNING_ORDER.index(kind)
    later = (i for i, s in enumerate(sections) if RUNNING_ORDER.index(s.kind) > rank)
    return next(later, len(sections))


def item_name(item) -> str:
    for attribute in ("title", "caption", "name", "value"):
        text = getattr(item, attribute, "")
        if text:
            words = str(text).split()
            return " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return str(getattr(item, "id", ""))


def _check_kit_name(db: sqlite3.Connection, kit: Kit) -> None:
    name = " ".join(kit.name.split())
    if not name:
        raise BadInputError("a kit needs a name")
    row = db.execute("SELECT id FROM kits WHERE name = ? AND id != ?", (name, kit.id)).fetchone()
    if row is not None:
        raise BadInputError(f"there is already a kit named “{name}”")
