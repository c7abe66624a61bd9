"""Derived images (renditions, thumbnails): rebuilt on demand, safe to delete at any time."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from mediakit.fsutil import write_atomic
from mediakit.imaging import RenditionSpec, render_bytes
from mediakit.library.media import MediaStore
from mediakit.model import OutputError


class RenditionCache:
    def __init__(self, root: Path, media: MediaStore) -> None:
        self.root = Path(root)
        self.media = media

    def rendition(self, media_hash: str, spec: RenditionSpec) -> bytes:
        """Clean JPEG bytes of the photo at the spec's size, from the cache or made now."""
        key = spec.cache_key(media_hash)
        path = self.root / key[:2] / f"{key}.jpg"
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        data = render_bytes(self.media.read(media_hash), spec, name=media_hash)
        with contextlib.suppress(OutputError):  # a cache that cannot be written only costs time
            write_atomic(path, data)
        return data

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
