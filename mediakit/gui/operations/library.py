"""Opening a library and reading what the panes show. Never touch widgets in an op body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.edits import History, create_demo
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.layout import PhotoSource
from mediakit.library import queries
from mediakit.model import Contact, ItemKind, KeyFigure, Kit, KitContent, Photo, Story

MODELS: dict[ItemKind, type] = {
    ItemKind.STORY: Story,
    ItemKind.PHOTO: Photo,
    ItemKind.CONTACT: Contact,
    ItemKind.FIGURE: KeyFigure,
}


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    root: Path
    kit_id: int | None
    demo_created: bool


@dataclass(frozen=True, slots=True)
class KitSnapshot:
    """A kit and everything it shows, plus where a build finds the photos' image bytes.

    `photos` reads the media store and rendition cache (files, not the catalog), so a build may
    call it from any thread.
    """

    content: KitContent
    photos: PhotoSource


def open_library(*, path: Path) -> CatalogOp[OpenedLibrary]:
    """Open (or create) the library folder at `path`; an empty one gets the demo kit."""

    def body(session: LibrarySession) -> OpenedLibrary:
        library = session.open(path)
        demo = library.is_empty()
        if demo:
            # A history of its own: the demo is not something the user can undo.
            create_demo(History(library.catalog))
        kits = queries.all_of(library.db, Kit)
        return OpenedLibrary(library.root, kits[0].id if kits else None, demo)

    return CatalogOp(body, label="Open library")


def load_items(*, kind: ItemKind) -> CatalogOp[list]:
    """Every story, photo, contact or key figure of the library, in the order they were added."""
    model = MODELS[kind]
    return CatalogOp(lambda session: queries.all_of(session.db, model), label=f"Load {kind}")


def kit_snapshot(*, kit_id: int) -> CatalogOp[KitSnapshot]:
    """An immutable snapshot of the kit, for the kit pane and for a build."""

    def body(session: LibrarySession) -> KitSnapshot:
        kit = queries.one_of(session.db, Kit, kit_id)
        content = queries.kit_content(session.db, kit)
        return KitSnapshot(content, session.library.cache.rendition)

    return CatalogOp(body, label="Read kit")
