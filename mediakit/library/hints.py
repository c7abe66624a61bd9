"""What the last build of a kit found out about its own layout, kept for the next build.

A kit's contents page lists page numbers and its footers say "of M": ReportLab lays a kit out
twice to learn them. Given the numbers the previous build ended with, the first pass is already
right and the build stops there (it checks; wrong or missing hints only cost the second pass).
Hints live in the library's cache: safe to delete at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from mediakit.fsutil import write_atomic
from mediakit.model import MediakitError


class LayoutHints:
    """JSON values under string keys, one small file each, in `root`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def recall(self, key: str) -> Any | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def keep(self, key: str, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(MediakitError):  # a cache that cannot be written costs time only
            write_atomic(self._path(key), data, durable=False)

    def _path(self, key: str) -> Path:
        return self.root / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"
