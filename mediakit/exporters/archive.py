"""Deterministic zip files: the same entries give the same bytes."""

from __future__ import annotations

import zipfile
from typing import BinaryIO

FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # same kit, same bytes: no timestamps in the archive


def write_zip(handle: BinaryIO, entries: list[tuple[str, bytes]]) -> None:
    """Write `entries` (name, bytes) in order into the open file; JPEGs are stored, text is
    deflated. The caller makes the file appear whole (exporters.export writes atomically)."""
    with zipfile.ZipFile(handle, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            stored = name.lower().endswith((".jpg", ".jpeg"))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
