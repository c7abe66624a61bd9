"""The library folder: catalog, media store and rendition cache, found and opened together."""

from __future__ import annotations

from pathlib import Path

from mediakit.library import backups
from mediakit.library.builds import BuildCache
from mediakit.library.cache import RenditionCache
from mediakit.library.catalog import READ_ONLY_NOTICE, Catalog, lost
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
    def open(cls, root: Path | None = None, *, read_only: bool | None = None) -> Library:
        """Open the library folder `root`, made if there is none. A catalog missing (or 0 bytes)
        beside backups or media files is a lost catalog, refused with the restore offered: a
        library is never silently started again over the remains of one. A library that cannot be
        written opens read-only (`read_only=True` asks for that)."""
        root = Path(root) if root is not None else default_library_path()
        if root.exists() and not root.is_dir():
            raise CatalogError("a library must be a folder, and this is a file", root)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogError(
                f"the library folder cannot be created ({exc.strerror or exc})", root
            ) from exc
        catalog = root / CATALOG_NAME
        if not catalog.exists() and (backups.list_backups(catalog) or _has_media(root)):
            raise lost(catalog, "the catalog is missing from a library that has backups or photos")
        library = cls(root, Catalog.open(catalog, read_only=read_only))
        if not library.read_only:
            sweep_if_due(root, library.db)  # what a killed import left, once a day
        return library

    @property
    def read_only(self) -> bool:
        return self.catalog.read_only

    def notices(self) -> list[str]:
        """What a user should know about how the library was opened (read-only, no backup)."""
        said = [READ_ONLY_NOTICE] if self.read_only else []
        if self.catalog.backup_failed:
            said.append(self.catalog.backup_failed)
        return said

    @property
    def db(self):
        return self.catalog.db

    def is_empty(self) -> bool:
        """Truly empty: no story, photo, contact, key figure or kit, no media file, no backup.
        Only such a library is given the demo kit."""
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM stories UNION ALL SELECT 1 FROM photos UNION ALL "
            "SELECT 1 FROM contacts UNION ALL SELECT 1 FROM figures UNION ALL SELECT 1 FROM kits)"
        ).fetchone()
        if row[0]:
            return False
        return not _has_media(self.root) and not backups.list_backups(self.catalog.path)

    def close(self) -> None:
        self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _has_media(root: Path) -> bool:
    """Whether the media folder holds any file (an original, or a half-written one)."""
    media = root / "media"
    try:
        return media.is_dir() and any(p.is_file() for p in media.rglob("*"))
    except OSError:
        return True  # unreadable: a library was there


def restore_offer(root: Path) -> Path | None:
    """The backup to offer when the catalog of `root` is missing, empty or damaged, else None."""
    catalog = Path(root) / CATALOG_NAME
    sound = backups.newest_sound_backup(catalog)
    if sound is None:
        return None
    if not catalog.is_file() or catalog.stat().st_size == 0:
        return sound
    return None if backups.is_sound(catalog) else sound
