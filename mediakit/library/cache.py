"""Derived images (renditions, thumbnails): rebuilt on demand, safe to delete at any time."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mediakit.fsutil import write_atomic
from mediakit.imaging import RenditionSpec, render_bytes
from mediakit.library.media import MediaStore
from mediakit.model import MediakitError

Request = tuple[str, RenditionSpec]
REQUESTS_FILE = "requests.json"


class RenditionCache:
    def __init__(self, root: Path, media: MediaStore) -> None:
        self.root = Path(root)
        self.media = media

    def rendition(self, media_hash: str, spec: RenditionSpec) -> bytes:
        """Clean JPEG bytes of the photo at the spec's size, from the cache or made now."""
        path = self._path(media_hash, spec)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        data = render_bytes(self.media.read(media_hash), spec, name=media_hash)
        with contextlib.suppress(MediakitError):  # a cache that cannot be written only costs time
            write_atomic(path, data, durable=False)
        return data

    def has(self, media_hash: str, spec: RenditionSpec) -> bool:
        return self._path(media_hash, spec).exists()

    def prefetch(self, requests: Iterable[Request], *, workers: int | None = None) -> int:
        """Make the missing renditions on every core (Pillow decodes without the GIL)."""
        missing = sorted({r for r in requests if not self.has(*r)}, key=lambda r: r[0])
        if not missing:
            return 0
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
            for future in [pool.submit(self.rendition, *r) for r in missing]:
                # A damaged photo is reported by the build itself, with its name.
                with contextlib.suppress(MediakitError, OSError):
                    future.result()
        return len(missing)

    def remembered(self) -> dict[str, list[RenditionSpec]]:
        """The renditions each photo was last asked for, so the next build can prefetch them."""
        try:
            data = json.loads((self.root / REQUESTS_FILE).read_text(encoding="utf-8"))
            return {
                h: [RenditionSpec(*s[:4], blur=tuple(map(tuple, s[4]))) for s in specs]
                for h, specs in data.items()
            }
        except (OSError, ValueError, TypeError, IndexError):
            return {}

    def remember(self, requests: Iterable[Request]) -> None:
        known = self.remembered()
        for media_hash, spec in requests:
            specs = known.setdefault(media_hash, [])
            if spec not in specs:
                specs.append(spec)
        data = {
            h: [
                [s.max_width, s.max_height, s.grayscale, s.quality, [list(b) for b in s.blur]]
                for s in specs[-8:]
            ]
            for h, specs in known.items()
        }
        with contextlib.suppress(MediakitError):
            write_atomic(self.root / REQUESTS_FILE, json.dumps(data).encode(), durable=False)

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def _path(self, media_hash: str, spec: RenditionSpec) -> Path:
        key = spec.cache_key(media_hash)
        return self.root / key[:2] / f"{key}.jpg"
