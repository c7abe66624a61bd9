"""Deterministic zip files, written to a temporary name and renamed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from mediakit.fsutil import atomic_writer

FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # same kit, same bytes: no timestamps in the archive


def write_zip(target: Path, entries: list[tuple[str, bytes]]) -> Path:
    """Write `entries` (name, bytes) in order; JPEGs are stored, text is deflated."""
    with atomic_writer(Path(target)) as handle, zipfile.ZipFile(handle, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            stored = name.lower().endswith((".jpg", ".jpeg"))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return Path(target)
