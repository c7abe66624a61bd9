"""Names read from the catalog are untrusted: a media hash is 64 hex digits, or nothing is read.

The catalog is a file the user (or anyone who hands them a library) can edit. A `media_hash` of
`../../secret` joined to the media folder would print a file from outside the library, so every
path built from a hash goes through `checked_hash` first."""

from __future__ import annotations

import re
from pathlib import Path

from mediakit.model import CatalogError

_HASH = re.compile(r"[0-9a-f]{64}")


def is_hash(value: object) -> bool:
    """True for a sha256 in lowercase hex, the only name the media store gives a file."""
    return isinstance(value, str) and _HASH.fullmatch(value) is not None


def checked_hash(value: object, catalog: Path | None = None) -> str:
    """`value` when it is a media hash; else a CatalogError naming the catalog (exit 3)."""
    if is_hash(value):
        return value  # type: ignore[return-value]
    shown = repr(value)[:40]
    raise CatalogError(
        f"the catalog names a photo file {shown}, which is not a media hash; the catalog has been "
        "edited or damaged, and nothing was read from outside the library",
        catalog or Path("catalog.sqlite"),
    )
