"""The library folder: SQLite catalog + migrations, content-addressed media, rendition cache, queries."""

from mediakit.library.catalog import APPLICATION_ID, Catalog
from mediakit.library.folder import CATALOG_NAME, Library, default_library_path
from mediakit.library.migrations import LATEST as SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "CATALOG_NAME",
    "SCHEMA_VERSION",
    "Catalog",
    "Library",
    "default_library_path",
]
