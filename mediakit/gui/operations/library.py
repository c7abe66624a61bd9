"""Opening a library and reading what the panes show. Never touch widgets in an op body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.edits import History, create_demo, create_kit
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.layout import PhotoSource
from mediakit.library import CATALOG_NAME, queries
from mediakit.library.builds import BuildCache
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.model import (
    BadInputError,
    ItemKind,
    Kit,
    KitContent,
)
from mediakit.model.kinds import kind_info


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    root: Path
    kit_id: int | None
    demo_created: bool
    photos: PhotoSource  # the library's rendition cache: files only, safe from any thread
    notices: tuple[str, ...] = ()  # how it was opened: read-only, no backup today


@dataclass(frozen=True, slots=True)
class KitSnapshot:
    """A kit and everything it shows, plus where a build finds the photos' image bytes.

    `photos` is the rendition cache (a build makes what it lacks on every core) and `media`
    the original images: files, not the catalog, so a build or an export may use them from
    any thread; so may `builds` (the PDFs of unchanged kits).
    """

    content: KitContent
    photos: RenditionCache
    media: MediaStore | None = None
    builds: BuildCache | None = None

    def build_options(self) -> dict:
        """What a build of this snapshot may reuse, as keyword arguments of build_checked."""
        return {"builds": self.builds} if self.builds is not None else {}


def open_library(*, path: Path) -> CatalogOp[OpenedLibrary]:
    """Open (or create) the library folder at `path`; an empty one gets the demo kit.

    Opening the library that is already open keeps it, and its undo history, as it is."""

    def body(session: LibrarySession) -> OpenedLibrary:
        library = session.current(path) or session.open(path)
        demo = library.is_empty() and not library.read_only
        if demo:
            # A history of its own: the demo is not something the user can undo.
            create_demo(History(library.catalog))
        return _opened(session, demo)

    return CatalogOp(body, label="Open library")


def new_library(*, path: Path, kit_name: str) -> CatalogOp[OpenedLibrary]:
    """Make an empty library at `path` (a folder with nothing in it) with one empty kit."""

    def body(session: LibrarySession) -> OpenedLibrary:
        folder = Path(path)
        if folder.is_dir() and any(folder.iterdir()) and not (folder / CATALOG_NAME).exists():
            raise BadInputError("choose an empty folder for a new library", folder)
        library = session.open(folder)
        if library.is_empty():
            create_kit(History(library.catalog), name=kit_name)
        return _opened(session, False)

    return CatalogOp(body, label="New library")


def _opened(session: LibrarySession, demo: bool) -> OpenedLibrary:
    library = session.library
    kits = queries.all_of(library.db, Kit)
    return OpenedLibrary(
        library.root,
        kits[0].id if kits else None,
        demo,
        library.cache.rendition,
        tuple(library.notices()),
    )


def load_items(*, kind: ItemKind) -> CatalogOp[list]:
    """Every story, photo, contact or key figure of the library, in the order they were added."""
    model = kind_info(kind).model
    return CatalogOp(lambda session: queries.all_of(session.db, model), label=f"Load {kind}")


def search(*, text: str) -> CatalogOp[list[tuple[str, int]]]:
    """(kind, id) of every item whose words match `text` (full-text search)."""
    return CatalogOp(lambda session: queries.search(session.db, text), label="Search")


def kit_snapshot(*, kit_id: int) -> CatalogOp[KitSnapshot]:
    """An immutable snapshot of the kit, for the kit pane, a build or an export."""

    def body(session: LibrarySession) -> KitSnapshot:
        kit = queries.one_of(session.db, Kit, kit_id)
        content = queries.kit_content(session.db, kit)
        library = session.library
        return KitSnapshot(content, library.cache, library.media, library.builds)

    return CatalogOp(body, label="Read kit")


def load_some(*, kind: ItemKind, ids: frozenset[int]) -> CatalogOp[dict]:
    """The items `ids` of `kind` the library still holds, by id (a deleted one is missing)."""
    model = kind_info(kind).model
    return CatalogOp(
        lambda session: queries.some_of(session.db, model, set(ids)), label=f"Load some {kind}"
    )
