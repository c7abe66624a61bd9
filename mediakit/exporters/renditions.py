"""The photo source of a build: renditions made on every core while the layout goes on.

Decoding and resampling photos is most of a first build's work. The layout places each photo
by the size the catalog knows it has and `start`s its rendition at once; the bytes are read
only when the page is drawn. So the renditions are made on worker threads (Pillow works
without the GIL) while the layout sets the text, and the layout waits only for a photo it is
drawing before its rendition is done.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING

from mediakit import tuning
from mediakit.imaging import RenditionSpec, load_pillow
from mediakit.layout import PhotoSource
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaFileError, MediaStore
from mediakit.model import KitContent, Photo

if TYPE_CHECKING:  # a rebuild with every rendition cached starts no thread: no concurrent.futures
    from concurrent.futures import Future, ThreadPoolExecutor


class Renditions:
    """A PhotoSource over the rendition cache that makes what is missing in parallel and
    remembers what was asked. Use it as a context manager, or `close` it when the build is
    over."""

    def __init__(self, cache: RenditionCache) -> None:
        self.cache = cache
        self.asked: dict[str, set[RenditionSpec]] = {}
        self._pending: dict[tuple[str, RenditionSpec], Future] = {}
        self._pool: ThreadPoolExecutor | None = None
        self._labels: dict[str, str] = {}

    def prepare(self, content: KitContent) -> int:
        """Make the proxies the kit's photos lack (libraries imported before proxies existed),
        so that no two renditions of one photo decode its original; returns how many."""
        photos = sorted((p for p in content.photos.values() if p.has_image), key=lambda p: p.id)
        for photo in reversed(photos):  # a file two photos share is named by the first
            self._labels[photo.media_hash] = photo_label(photo)
        return self.cache.make_proxies(self._labels)

    def start(self, media_hash: str, spec: RenditionSpec) -> None:
        """Begin making this rendition on a worker, unless it is cached or under way."""
        self.asked.setdefault(media_hash, set()).add(spec)
        request = (media_hash, spec)
        if request in self._pending or self.cache.has(media_hash, spec):
            return
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            load_pillow()  # before the workers use it
            self._pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)
            _quick_switching.enter()
        self._pending[request] = self._pool.submit(self.cache.rendition, media_hash, spec)

    def __call__(self, media_hash: str, spec: RenditionSpec) -> bytes:
        self.asked.setdefault(media_hash, set()).add(spec)
        pending = self._pending.get((media_hash, spec))
        try:
            if pending is not None:
                return pending.result()
            return self.cache.rendition(media_hash, spec)
        except MediaFileError as exc:  # a link or an altered original: named as the user knows it
            raise exc.naming(self._labels.get(media_hash, "")) from None

    def close(self) -> None:
        """Wait for the workers (a build that failed leaves nothing running)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            _quick_switching.leave()
        self._pending.clear()

    def __enter__(self) -> Renditions:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def largest(self) -> dict[str, RenditionSpec]:
        return largest(self.asked)


class Recording:
    """Any photo source, with what the layout asks of it recorded (for preflight's resolution
    check)."""

    def __init__(self, photos: PhotoSource) -> None:
        self.photos = photos
        self.asked: dict[str, set[RenditionSpec]] = {}

    def prepare(self, content: KitContent) -> int:
        return 0

    def __enter__(self) -> Recording:
        return self

    def __exit__(self, *exc_info) -> None:
        pass

    def start(self, media_hash: str, spec: RenditionSpec) -> None:
        self.asked.setdefault(media_hash, set()).add(spec)

    def __call__(self, media_hash: str, spec: RenditionSpec) -> bytes:
        self.asked.setdefault(media_hash, set()).add(spec)
        return self.photos(media_hash, spec)

    def largest(self) -> dict[str, RenditionSpec]:
        return largest(self.asked)


class QuickSwitching:
    """A shorter GIL switch interval while renditions are being made.

    A worker gives up the GIL at each step of Pillow's C code (read, decode, resample, encode,
    write) and must get it back to go on; while the layout runs Python, the default interval
    (5 ms) makes each of those steps wait up to 5 ms: three times a rendition's own work. Held
    by every build with workers (builds may overlap in the app); the interval is restored when
    the last one ends. The tuning "quick_switching" (`mediakit.tuning`), when off, leaves the
    interval alone."""

    INTERVAL = 0.001

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._previous = 0.0

    def enter(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._previous = sys.getswitchinterval()
                if tuning.enabled("quick_switching"):
                    sys.setswitchinterval(min(self._previous, self.INTERVAL))
            self._holders += 1

    def leave(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                sys.setswitchinterval(self._previous)


_quick_switching = QuickSwitching()


def source_for(photos: PhotoSource | RenditionCache) -> Renditions | Recording:
    """What a build asks for photos: the library's cache made in parallel, any other source
    as it is; both record what the layout asks (for preflight)."""
    if isinstance(photos, RenditionCache):
        return Renditions(photos)
    return Recording(photos)


def largest(asked: dict[str, set[RenditionSpec]]) -> dict[str, RenditionSpec]:
    """Per photo, the request that needs the most pixels (its largest placement)."""
    return {h: max(specs, key=lambda s: s.max_width * s.max_height) for h, specs in asked.items()}


def photo_label(photo: Photo) -> str:
    """How a refusal names a photo, as preflight does: 'photo 3 “Fishermen at dawn…”'."""
    name = " ".join((photo.caption or photo.original_name or "").split())
    name = name if len(name) <= 50 else name[:49].rsplit(" ", 1)[0] + "…"
    return f"photo {photo.id} “{name}”" if name else f"photo {photo.id}"


def read_original(media: MediaStore, photo: Photo) -> bytes:
    """The photo's original, checked by the media store; a refusal names the photo."""
    try:
        return media.read(photo.media_hash)
    except MediaFileError as exc:
        raise exc.naming(photo_label(photo)) from None
