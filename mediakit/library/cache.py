"""Derived images (proxies, renditions, thumbnails): rebuilt on demand, safe to delete any time.

Each photo has a proxy, a working copy decoded once from the original (made at import, or here
when missing). A rendition that needs no more pixels than the proxy has is made from it, which
is several times cheaper than decoding a camera original again; bigger ones (print, full-page
placements) come from the original. Which one is used depends only on the photo and the spec,
so a rendition's bytes are the same whether its proxy was made at import or on demand.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from mediakit.fsutil import write_atomic
from mediakit.imaging.recipes import PROXY_RECIPE, RenditionSpec, covers
from mediakit.library.media import MediaStore
from mediakit.library.paths import checked_hash
from mediakit.model import BadInputError, MediakitError

PROXIES = "proxies"


class RenditionCache:
    def __init__(self, root: Path, media: MediaStore) -> None:
        self.root = Path(root)
        self.media = media

    def rendition(self, media_hash: str, spec: RenditionSpec) -> bytes:
        """Clean JPEG bytes of the photo at the spec's size, from the cache or made now."""
        path = self._path(media_hash, spec)
        try:
            return path.read_bytes()
        except OSError:  # not made yet, or the cache cannot be read: make it
            pass
        from mediakit.imaging import render_bytes  # Pillow: only when a rendition is made

        data = render_bytes(self._source(media_hash, spec), spec, name=media_hash)
        self._keep(path, data)
        return data

    def has(self, media_hash: str, spec: RenditionSpec) -> bool:
        return self._path(media_hash, spec).exists()

    def proxy(self, media_hash: str) -> bytes:
        """The photo's proxy JPEG, from the cache or made now from the original."""
        cached = self._cached_proxy(media_hash)
        if cached is not None:
            return cached[0]
        return self._make_proxy(media_hash, self.media.read(media_hash))

    def store_proxy(self, media_hash: str, data: bytes) -> None:
        """Keep a proxy made elsewhere (by the import's decode); a read-only cache is no error."""
        self._keep(self._proxy_path(media_hash), data)

    def has_proxy(self, media_hash: str) -> bool:
        return self._proxy_path(media_hash).exists()

    def make_proxies(self, hashes: Iterable[str], *, workers: int | None = None) -> int:
        """Make the missing proxies on every core; returns how many were made."""
        missing = sorted(h for h in set(hashes) if not self.has_proxy(h))
        self._on_every_core(self.proxy, ((h,) for h in missing), workers)
        return len(missing)

    def clear(self) -> None:
        import shutil  # seldom needed, and it imports three compression modules

        shutil.rmtree(self.root, ignore_errors=True)

    def _source(self, media_hash: str, spec: RenditionSpec) -> bytes:
        """The proxy when it has the pixels `spec` needs, else the original."""
        box = (spec.max_width, spec.max_height)
        cached = self._cached_proxy(media_hash)
        if cached is not None:
            proxy, size = cached
            return proxy if covers(size, box) else self.media.read(media_hash)
        original = self.media.read(media_hash)
        from mediakit.imaging.proxies import proxy_size

        if not covers(proxy_size(original, name=media_hash), box):
            return original
        return self._make_proxy(media_hash, original)

    def _cached_proxy(self, media_hash: str) -> tuple[bytes, tuple[int, int]] | None:
        """The stored proxy and its size; None when there is none, or it is damaged."""
        from mediakit.imaging import image_info

        try:
            data = self._proxy_path(media_hash).read_bytes()
            _, width, height = image_info(data)
        except (OSError, BadInputError):
            return None
        return data, (width, height)

    def _make_proxy(self, media_hash: str, original: bytes) -> bytes:
        from mediakit.imaging.proxies import make_proxy

        data = make_proxy(original, name=media_hash)
        self.store_proxy(media_hash, data)
        return data

    def _keep(self, path: Path, data: bytes) -> None:
        with contextlib.suppress(MediakitError):  # a cache that cannot be written only costs time
            write_atomic(path, data, durable=False)

    def _on_every_core(self, work, tasks: Iterable[tuple], workers: int | None) -> None:
        tasks = list(tasks)
        if not tasks:
            return
        from concurrent.futures import ThreadPoolExecutor  # a rebuild with all cached needs none

        from mediakit.imaging import load_pillow

        load_pillow()  # before the workers use it
        pool = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2)
        try:
            for future in [pool.submit(work, *task) for task in tasks]:
                # A damaged photo is reported by the build itself, with its name.
                with contextlib.suppress(MediakitError, OSError):
                    future.result()
        finally:  # interrupted: what has not started yet is dropped
            pool.shutdown(cancel_futures=True)

    def _path(self, media_hash: str, spec: RenditionSpec) -> Path:
        key = spec.cache_key(checked_hash(media_hash, self.media.catalog_path))
        return self.root / key[:2] / f"{key}.jpg"

    def _proxy_path(self, media_hash: str) -> Path:
        media_hash = checked_hash(media_hash, self.media.catalog_path)
        return self.root / PROXIES / media_hash[:2] / f"{media_hash}.{PROXY_RECIPE}.jpg"
