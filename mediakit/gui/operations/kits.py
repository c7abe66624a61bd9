"""Editing a kit's running order. Never touch widgets in an op body: it runs on the catalog lane.

The kit is read again on the lane by id, so an edit always starts from what the catalog holds,
never from a copy a pane showed a moment ago; `revision` is the one the pane showed, and if
another program changed the kit since, the edit is refused (ConflictError) and nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediakit import edits
from mediakit.edits import Changes, items
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.library import queries
from mediakit.model import ItemKind, ItemRef, Kit


def move_section(
    *, kit_id: int, source: int, target: int, revision: int | None = None
) -> CatalogOp[Changes]:
    """Move the section at `source` to position `target` (drag and drop in the kit pane)."""

    def body(session: LibrarySession) -> Changes:
        kit = _as_shown(session, kit_id, revision)
        return edits.move_section(session.history, kit=kit, source=source, target=target)

    return CatalogOp(body, label="Move section")


def remove_section(*, kit_id: int, index: int, revision: int | None = None) -> CatalogOp[Changes]:
    """Take the section at `index` out of the kit (its stories stay in the library)."""

    def body(session: LibrarySession) -> Changes:
        kit = _as_shown(session, kit_id, revision)
        return edits.remove_section(session.history, kit=kit, index=index)

    return CatalogOp(body, label="Remove section")


def add_to_kit(
    *,
    kit_id: int,
    ref: ItemRef,
    position: int | None = None,
    label: str = "",
    revision: int | None = None,
) -> CatalogOp[Changes]:
    """Put a library item into the kit: a story as a section of its own (at `position` when it
    was dropped there), a photo, key figure or contact into its gallery, figures or contacts."""

    def body(session: LibrarySession) -> Changes:
        kit = _as_shown(session, kit_id, revision)
        return items.add_to_kit(
            session.history, kit=kit, kind=ref.kind, item_id=ref.id, position=position, label=label
        )

    return CatalogOp(body, label="Add to kit")


@dataclass(frozen=True, slots=True)
class KitMade:
    """A kit just made (new, duplicated): the window goes to it."""

    kit_id: int
    changes: Changes


def kit_names() -> CatalogOp[list[tuple[int, str]]]:
    """Every kit of the library as (id, name), in the order they were made."""

    def body(session: LibrarySession) -> list[tuple[int, str]]:
        rows = session.db.execute("SELECT id, name FROM kits ORDER BY id")
        return [(row[0], row[1]) for row in rows]

    return CatalogOp(body, label="List kits")


def new_kit(
    *, name: str, story_ids: tuple[int, ...] = (), photo_ids: tuple[int, ...] = ()
) -> CatalogOp[KitMade]:
    """A new kit named `name`, holding the given stories and photos (New kit from selection)."""

    def body(session: LibrarySession) -> KitMade:
        kit = edits.create_kit(session.history, name=name, story_ids=story_ids, photo_ids=photo_ids)
        return KitMade(kit.id, Changes.of(ItemKind.KIT, kit.id))

    return CatalogOp(body, label="New kit")


def duplicate_kit(*, kit_id: int, revision: int | None = None) -> CatalogOp[KitMade]:
    def body(session: LibrarySession) -> KitMade:
        kit = edits.duplicate_kit(session.history, kit=_as_shown(session, kit_id, revision))
        return KitMade(kit.id, Changes.of(ItemKind.KIT, kit.id))

    return CatalogOp(body, label="Duplicate kit")


def rename_kit(*, kit_id: int, name: str, revision: int | None = None) -> CatalogOp[Changes]:
    def body(session: LibrarySession) -> Changes:
        kit = _as_shown(session, kit_id, revision)
        return edits.rename_kit(session.history, kit=kit, name=name)

    return CatalogOp(body, label="Rename kit")


def delete_kit(*, kit_id: int, revision: int | None = None) -> CatalogOp[Changes]:
    def body(session: LibrarySession) -> Changes:
        return edits.delete_kit(session.history, kit=_as_shown(session, kit_id, revision))

    return CatalogOp(body, label="Delete kit")


def _as_shown(session: LibrarySession, kit_id: int, revision: int | None) -> Kit:
    """The kit as the catalog holds it, if nobody else changed it since the pane read it."""
    return session.history.as_seen(queries.one_of(session.db, Kit, kit_id), revision)
