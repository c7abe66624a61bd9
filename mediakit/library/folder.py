"""The library folder: catalog, media store and rendition cache, found and opened together."""

from __future__ import annotations

from pathlib import Path

from mediakit.library.builds import BuildCache
from mediakit.library.cache import RenditionCache
from mediakit.library.catalog import Catalog
from mediakit.library.media import MediaStore
from mediakit.library.sweep import sweep_if_due
from mediakit.model import CatalogError

CATALOG_NAME = "catalog.sqlite"


def default_library_path() -> Path:
    """The platform's user data folder, e.g. ~/.local/share/mediakit/library on Linux."""
    from platformdirs import user_data_path  # only when no library folder is given

    return user_data_path("mediakit", appauthor=False) / "library"


class Library:
    """An open library folder. Close it when done (or use it as a context manager)."""

    def __init__(self, root: Path, catalog: Catalog) -> None:
        self.root = root
        self.catalog = catalog
        self.media = MediaStore(root / "media", root / CATALOG_NAME)
        self.cache = RenditionCache(root / "cache", self.media)
        self.builds = BuildCache(root / "cache" / "builds")

    @classmethod
    def open(cls, root: Path | None = None) -> Library:
        root = Path(root) if root is not None else default_library_path()
        if root.exists() and not root.is_dir():
            raise CatalogError("a library must be a folder, and this is a file", root)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogError(
                f"the library folder cannot be created ({exc.strerror or exc})", root
            ) from exc
        library = cls(root, Catalog.open(root / CATALOG_NAME))
        sweep_if_due(root, library.db)  # what a killed import left, once a day
        return library

    @property
    def db(self):
        return self.catalog.db

    def is_empty(self) -> bool:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM stories) + (SELECT count(*) FROM kits)"
        ).fetchone()
        return row[0] == 0

    def close(self) -> None:
        self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
