"""The library folder: SQLite catalog + migrations, content-addressed media, rendition cache, queries.

What is kept on disk and how it is read back; only `edits` writes the catalog through it.

May import: model, imaging, fsutil, paths.
"""

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
