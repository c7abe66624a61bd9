"""The photo source of a build: the costly part of every rendition done up front, on every core.

The layout asks for photos one at a time, as it places them. Decoding camera originals is most of
a build's work, so before the layout runs it is done in parallel: every photo gets its proxy
(usually made at import already), and the renditions the layout will ask for are made from
them: those it asked for last time (remembered in the cache), and for photos it has never
placed, those it asks for while making the kit's flowables with stand-in images (a few
hundredths of a second; no page is laid out).
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor

from mediakit.imaging import RenditionSpec
from mediakit.layout import photo_requests
from mediakit.library.cache import RenditionCache
from mediakit.model import KitContent

# Below this many never-placed photos, making their renditions one by one costs less than
# finding out which ones the layout wants.
MIN_PHOTOS_FOR_A_DRY_RUN = 4


class Renditions:
    """A PhotoSource over the rendition cache that prefetches and remembers its requests.

    The renditions `prepare` finds missing are made on worker threads while the layout goes
    on with everything else (Pillow decodes and resamples without the GIL); a request for one
    still being made waits for it. `close` when the build is over."""

    def __init__(self, cache: RenditionCache) -> None:
        self.cache = cache
        self.asked: dict[str, set[RenditionSpec]] = {}
        self._pending: dict[tuple[str, RenditionSpec], Future] = {}
        self._pool: ThreadPoolExecutor | None = None

    def __call__(self, media_hash: str, spec: RenditionSpec) -> bytes:
        self.asked.setdefault(media_hash, set()).add(spec)
        pending = self._pending.get((media_hash, spec))
        if pending is not None:
            return pending.result()
        return self.cache.rendition(media_hash, spec)

    def prepare(self, content: KitContent) -> int:
        """Start making the renditions `content` will need; returns how many are to be made."""
        hashes = {p.media_hash for p in content.photos.values() if p.has_image}
        known = self.cache.remembered()
        requests = [(h, s) for h in hashes for s in known.get(h, ())]
        unknown = hashes - known.keys()
        # Proxies first: libraries imported before proxies existed have none yet.
        made = self.cache.make_proxies(unknown)
        if len(unknown) >= MIN_PHOTOS_FOR_A_DRY_RUN:
            requests += [(h, s) for h, s in photo_requests(content) if h in unknown]
        missing = sorted({r for r in requests if not self.cache.has(*r)}, key=_order)
        if missing:
            self._pool = self._pool or ThreadPoolExecutor(max_workers=os.cpu_count() or 2)
            for request in missing:
                self._pending[request] = self._pool.submit(self.cache.rendition, *request)
        return made + len(missing)

    def close(self) -> None:
        """Wait for the workers (a build that failed leaves nothing running)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()

    def remember(self) -> None:
        self.cache.remember((h, s) for h, specs in self.asked.items() for s in specs)

    def largest(self) -> dict[str, RenditionSpec]:
        return largest(self.asked)


class Recording:
    """Any photo source, with its requests recorded (for preflight's resolution check)."""

    def __init__(self, photos) -> None:
        self.photos = photos
        self.asked: dict[str, set[RenditionSpec]] = {}

    def __call__(self, media_hash: str, spec: RenditionSpec) -> bytes:
        self.asked.setdefault(media_hash, set()).add(spec)
        return self.photos(media_hash, spec)

    def largest(self) -> dict[str, RenditionSpec]:
        return largest(self.asked)


def _order(request: tuple[str, RenditionSpec]) -> tuple:
    media_hash, spec = request
    return media_hash, spec.max_width, spec.max_height, spec.grayscale, spec.quality, spec.blur


def largest(asked: dict[str, set[RenditionSpec]]) -> dict[str, RenditionSpec]:
    """Per photo, the request that needs the most pixels (its largest placement)."""
    return {h: max(specs, key=lambda s: s.max_width * s.max_height) for h, specs in asked.items()}
