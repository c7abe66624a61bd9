"""Derived images (proxies, renditions, thumbnails): rebuilt on demand, safe to delete any time.

Each photo has a proxy, a working copy decoded once from the original (made at import, or here
when missing). A rendition that needs no more pixels than the proxy has is made from it, which
is several times cheaper than decoding a camera original again; bigger ones (print, full-page
placements) come from the original. A proxy is kept only when it is at most half its original's
size (PROXY_SHARE): a small photo is its own proxy, its entry only notes that, and its renditions
are made again when asked (decoding it costs about what reading them would) rather than kept —
so the cache never holds a small photo a second time. Which source is used depends only on the
photo and the spec (the proxy's bytes are the same wherever it is made), so a rendition's bytes
are the same whether its proxy was made at import or on demand.

The cache is checked on read: each entry is its bytes followed by a trailer, a marker and their
SHA-256. An entry that is cut short, altered, a symbolic link (its folders too), or not a plain
file is removed and made again, never used; a cache that cannot be read or written only costs
time. Entries are written under a temporary name and renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from mediakit.fsutil import LinkRefused, check_no_links, read_inside, write_atomic
from mediakit.imaging.recipes import PROXY_RECIPE, RenditionSpec, covers
from mediakit.library.media import MediaStore
from mediakit.library.paths import checked_hash
from mediakit.model import BadInputError, MediakitError

PROXIES = "proxies"
# A proxy larger than this share of its original is not kept: the original is used instead.
PROXY_SHARE = 0.5
_MARK = b"\nmediakit-cache-entry-sha256:"
_TRAILER = len(_MARK) + 32
_USE_ORIGINAL = b""  # a proxy entry with no bytes: the photo needs no proxy


class RenditionCache:
    def __init__(self, root: Path, media: MediaStore) -> None:
        self.root = Path(root)
        self.media = media

    def rendition(self, media_hash: str, spec: RenditionSpec) -> bytes:
        """Clean JPEG bytes of the photo at the spec's size, from the cache or made now."""
        path = self._path(media_hash, spec)
        data = self._read(path)
        if data is not None:
            return data
        from mediakit.imaging import render_bytes  # Pillow: only when a rendition is made

        source, keep = self._source(media_hash, spec)
        data = render_bytes(source, spec, name=media_hash)
        if keep:
            self._keep(path, data)
        return data

    def has(self, media_hash: str, spec: RenditionSpec) -> bool:
        """Whether the rendition is kept and ends as an entry should (a quick look at its
        trailer: `rendition` checks the whole)."""
        return self._ends_well(self._path(media_hash, spec))

    def proxy(self, media_hash: str) -> bytes:
        """The bytes the photo's small renditions are made from: its proxy JPEG, or the original
        when the photo needs none; from the cache or made now."""
        cached = self._cached_proxy(media_hash)
        if cached is not None:
            return cached[0] if cached[0] is not None else self.media.read(media_hash)
        original = self.media.read(media_hash)
        proxy = self._make_proxy(media_hash, original)
        return proxy if proxy is not None else original

    def store_proxy(self, media_hash: str, data: bytes) -> None:
        """Keep a proxy made elsewhere (by the import's decode), or only the note that the photo
        needs none when the proxy is not under PROXY_SHARE of the original's size; a read-only
        cache is no error."""
        original = self.media.size(media_hash)
        if original is not None and len(data) > original * PROXY_SHARE:
            data = _USE_ORIGINAL
        self._keep(self._proxy_path(media_hash), data)

    def has_proxy(self, media_hash: str) -> bool:
        """Whether the photo's proxy entry is kept (a proxy, or the note that it needs none)."""
        return self._ends_well(self._proxy_path(media_hash))

    def make_proxies(self, hashes: Iterable[str], *, workers: int | None = None) -> int:
        """Make the missing proxies on every core; returns how many were made."""
        missing = sorted(h for h in set(hashes) if not self.has_proxy(h))
        self._on_every_core(self.proxy, ((h,) for h in missing), workers)
        return len(missing)

    def clear(self) -> None:
        import shutil  # seldom needed, and it imports three compression modules

        shutil.rmtree(self.root, ignore_errors=True)

    def _source(self, media_hash: str, spec: RenditionSpec) -> tuple[bytes, bool]:
        """The proxy when it has the pixels `spec` needs, else the original; and whether the
        rendition is worth keeping (not when the photo is small enough to be its own proxy)."""
        box = (spec.max_width, spec.max_height)
        cached = self._cached_proxy(media_hash)
        if cached is not None:
            proxy, size = cached
            if proxy is None:
                return self.media.read(media_hash), False
            return (proxy, True) if covers(size, box) else (self.media.read(media_hash), True)
        original = self.media.read(media_hash)
        from mediakit.imaging.proxies import proxy_size

        if not covers(proxy_size(original, name=media_hash), box):
            return original, True
        proxy = self._make_proxy(media_hash, original)
        return (proxy, True) if proxy is not None else (original, False)

    def _cached_proxy(self, media_hash: str) -> tuple[bytes | None, tuple[int, int]] | None:
        """The stored proxy and its size, or (None, (0, 0)) when the photo needs none; None when
        there is no entry, or it is damaged (then it is removed)."""
        from mediakit.imaging import image_info

        path = self._proxy_path(media_hash)
        data = self._read(path)
        if data is None:
            return None
        if data == _USE_ORIGINAL:
            return None, (0, 0)
        try:
            _, width, height = image_info(data)
        except BadInputError:
            self._remove(path)
            return None
        return data, (width, height)

    def _make_proxy(self, media_hash: str, original: bytes) -> bytes | None:
        """Make the proxy and keep it; None when the original is small enough to be its own."""
        from mediakit.imaging.proxies import make_proxy

        data = make_proxy(original, name=media_hash)
        if len(data) > len(original) * PROXY_SHARE:
            self._keep(self._proxy_path(media_hash), _USE_ORIGINAL)
            return None
        self._keep(self._proxy_path(media_hash), data)
        return data

    def _read(self, path: Path) -> bytes | None:
        """An entry's bytes when they are whole and unaltered; else None, and a damaged entry
        (or a link in its place) is removed so that it is made again."""
        try:
            raw = read_inside(self.root, path)
        except FileNotFoundError:
            return None
        except OSError:  # a link, a folder, unreadable: not used, and out of the way if we can
            self._remove(path)
            return None
        data, trailer = raw[:-_TRAILER], raw[-_TRAILER:]
        if len(raw) < _TRAILER or trailer != _MARK + hashlib.sha256(data).digest():
            self._remove(path)
            return None
        return data

    def _ends_well(self, path: Path) -> bool:
        """The entry is a plain file, reached through no link, that ends with a trailer."""
        try:
            check_no_links(self.root, path)
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return False
        try:
            size = os.fstat(fd).st_size
            if size < _TRAILER:
                return False
            os.lseek(fd, size - _TRAILER, os.SEEK_SET)
            return os.read(fd, len(_MARK)) == _MARK
        except OSError:
            return False
        finally:
            os.close(fd)

    def _keep(self, path: Path, data: bytes) -> None:
        entry = data + _MARK + hashlib.sha256(data).digest()
        with contextlib.suppress(MediakitError, OSError):  # a cache that cannot be written
            check_no_links(self.root, path)  # only costs time; it is never written through
            path.parent.mkdir(parents=True, exist_ok=True)  # a link out of the cache
            check_no_links(self.root, path)
            write_atomic(path, entry, durable=False)

    def _remove(self, path: Path) -> None:
        """Remove a damaged entry, or the link found in its place or on its way (the link
        itself, never what it points to; a link in place of the whole cache stays, unused)."""
        with contextlib.suppress(OSError):
            try:
                check_no_links(self.root, path)
            except LinkRefused as link:
                if Path(link.filename) != self.root:
                    os.unlink(link.filename)
                return
            path.unlink()

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
