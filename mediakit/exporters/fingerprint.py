"""What a kit's PDF depends on, as one string: equal fingerprints, equal PDFs.

A build is deterministic (the same content gives the same bytes, tested), so its output is
fully decided by the kit's content snapshot (every field of every item, media hashes and blur
regions included), by mediakit's own code and assets, and by the libraries that lay out,
encode and draw. Code, assets and libraries are identified by their files' names, sizes and
modification times, which change with any edit or upgrade.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

from mediakit.model import KitContent
from mediakit.paths import ASSETS, installed_stamp

PACKAGE = Path(__file__).resolve().parents[1]
# Everything outside mediakit that shapes a PDF's bytes.
LIBRARIES = ("reportlab", "PIL", "pyphen", "babel", "pypdf")


def build_fingerprint(content: KitContent) -> str:
    return f"{code_fingerprint()}:{content!r}"


@functools.cache
def code_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for folder in (PACKAGE, ASSETS):
        for entry in _files(folder):
            stat = entry.stat()
            digest.update(f"{entry.path}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    for name in LIBRARIES:
        digest.update(f"{installed_stamp(name)};".encode())
    return digest.hexdigest()


def _files(folder: Path):
    """Every source and asset file under `folder`, in a fixed order (caches left out)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path))
        elif entry.is_file(follow_symlinks=False) and not entry.name.endswith(".pyc"):
            yield entry
