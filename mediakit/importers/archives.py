"""Zip-based files (.docx, bundles) checked before anything reads them: no bombs, no escapes."""

from __future__ import annotations

import zipfile
import zlib
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
    names = [e.filename for e in entries]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})[0]
        raise BadInputError(f"the file holds two parts named {twice!r}; refused", path)
    for entry in entries:
        name = entry.filename
        if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
            raise BadInputError(f"the file contains an unsafe path ({name!r}); refused", path)


# What a zip whose headers lie (sizes, CRC, compressed data) raises while a part is read.
DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)


def read_capped(archive: zipfile.ZipFile, name: str, limit: int, path: Path, *, what: str) -> bytes:
    """The part `name`, refused by its declared size before a byte is read, and never more than
    `limit` bytes read whatever the headers say; a damaged part is a sentence naming the file."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise BadInputError(f"the {what} is too large ({info.file_size:,} bytes); refused", path)
    try:
        with archive.open(info) as part:
            data = part.read(limit + 1)
    except DAMAGED_ZIP as exc:
        raise BadInputError(
            f"the file is damaged: its {what} cannot be unpacked ({exc})", path
        ) from exc
    if len(data) > limit:
        raise BadInputError(f"the {what} is too large; refused", path)
    return data
