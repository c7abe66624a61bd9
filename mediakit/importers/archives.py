"""Zip-based files (.docx, bundles) checked before anything reads them: no bombs, no escapes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from mediakit.model import BadInputError

MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100


def open_checked_zip(path: Path, *, what: str) -> zipfile.ZipFile:
    """Open `path` as a zip after checking entry count, sizes, compression ratio and names."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInputError(
            f"this is not a {what} (the file is damaged, truncated or renamed)", path
        ) from exc
    try:
        _check(archive.infolist(), path)
    except BadInputError:
        archive.close()
        raise
    return archive


def _check(entries: list[zipfile.ZipInfo], path: Path) -> None:
    if len(entries) > MAX_ENTRIES:
        raise BadInputError(
            f"the file holds {len(entries)} parts, more than mediakit accepts", path
        )
    total = sum(e.file_size for e in entries)
    packed = sum(e.compress_size for e in entries) or 1
    if total > MAX_TOTAL_BYTES or total / packed > MAX_RATIO:
        raise BadInputError(
            "the file unpacks to far more than its size (a zip bomb?); refused", path
        )
    for entry in entries:
        name = entry.filename
        if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
            raise BadInputError(f"the file contains an unsafe path ({name!r}); refused", path)
