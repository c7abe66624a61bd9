"""Reading and editing the item shown in the editor pane. Never touch widgets in an op body.

Each edit reads the item again on the lane, so it starts from what the catalog holds and a
change to one field never undoes a change made a moment before to another. `revision` is the
one the editor showed: if another program changed the item since, the edit is refused
(ConflictError) and nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.edits import Changes, attach_image
from mediakit.edits.items import set_org, set_org_logo, update_item
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.library import queries
from mediakit.model import Contact, ItemKind, ItemRef, Photo, Story
from mediakit.model.kinds import kind_info


@dataclass(frozen=True, slots=True)
class EditorItem:
    """What the editor shows: the item, and the photos it needs (a story's photo slots, or the
    photos a kit's cover may use)."""

    ref: ItemRef
    item: object
    photos: tuple[Photo, ...] = ()
    # a story's original (when it is a translation) or its translations
    translation_of: Story | None = None
    translations: tuple[Story, ...] = ()
    contacts: tuple[Contact, ...] = ()  # an office's: the library's contacts to choose from


def load_item(*, ref: ItemRef) -> CatalogOp[EditorItem]:
    def body(session: LibrarySession) -> EditorItem:
        return _read(session, ref)

    return CatalogOp(body, label="Read item")


def edit_item(
    *, ref: ItemRef, fields: dict, label: str, revision: int | None = None
) -> CatalogOp[Changes]:
    """Change some fields of the item (nested parts as dicts); one undo step named `label`."""

    def body(session: LibrarySession) -> Changes:
        if ref.kind is ItemKind.ORG:
            return set_org(session.history, org=queries.org(session.db), label=label, **fields)
        item = queries.one_of(session.db, kind_info(ref.kind).model, ref.id)
        item = session.history.as_seen(item, revision)
        return update_item(session.history, item=item, label=label, changes=fields)

    return CatalogOp(body, label=label)


def attach_photo_image(
    *, photo_id: int, path: Path, revision: int | None = None
) -> CatalogOp[Changes]:
    """Give the photo (or the empty slot) the image in the file at `path`."""

    def body(session: LibrarySession) -> Changes:
        photo = session.history.as_seen(queries.one_of(session.db, Photo, photo_id), revision)
        library = session.library
        return attach_image(
            session.history,
            media=library.media,
            cache=library.cache,
            photo=photo,
            path=Path(path),
        )

    return CatalogOp(body, label="Attach image")


def set_logo(*, path: Path, label: str) -> CatalogOp[Changes]:
    """Make the image in the file at `path` the organisation's logo."""

    def body(session: LibrarySession) -> Changes:
        org = queries.org(session.db)
        media = session.library.media
        return set_org_logo(session.history, media=media, org=org, path=Path(path), label=label)

    return CatalogOp(body, label=label)


def _read(session: LibrarySession, ref: ItemRef) -> EditorItem:
    db = session.db
    if ref.kind is ItemKind.ORG:
        return EditorItem(ref, queries.org(db))
    item = queries.one_of(db, kind_info(ref.kind).model, ref.id)
    if ref.kind is ItemKind.STORY:
        found = queries.some_of(db, Photo, set(item.photo_ids))
        if item.translation_of is not None:
            original = queries.one_of(db, Story, item.translation_of)
            return EditorItem(ref, item, tuple(found.values()), translation_of=original)
        translations = tuple(queries.translations_of(db, item.id))
        return EditorItem(ref, item, tuple(found.values()), translations=translations)
    if ref.kind is ItemKind.KIT:
        photos = tuple(p for p in queries.all_of(db, Photo) if p.has_image)
        return EditorItem(ref, item, photos)
    if ref.kind is ItemKind.OFFICE:
        return EditorItem(ref, item, contacts=tuple(queries.all_of(db, Contact)))
    return EditorItem(ref, item)
