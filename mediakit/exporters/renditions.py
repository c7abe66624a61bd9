"""The photo source of a build: the costly part of every rendition done up front, on every core.

The layout asks for photos one at a time, as it places them. Decoding camera originals is most of
a build's work, so before the layout runs it is done in parallel: the renditions the layout asked
for last time (remembered in the cache) are made, and every other photo gets its proxy (usually
made at import already), from which the layout's renditions then take a few milliseconds each.
"""

from __future__ import annotations

from mediakit.imaging import RenditionSpec
from mediakit.library.cache import RenditionCache
from mediakit.model import KitContent


class Renditions:
    """A PhotoSource over the rendition cache that prefetches and remembers its requests."""

    def __init__(self, cache: RenditionCache) -> None:
        self.cache = cache
        self.asked: dict[str, set[RenditionSpec]] = {}

    def __call__(self, media_hash: str, spec: RenditionSpec) -> bytes:
        self.asked.setdefault(media_hash, set()).add(spec)
        return self.cache.rendition(media_hash, spec)

    def prepare(self, content: KitContent) -> int:
        """Make the renditions `content` will need; returns how many had to be made."""
        hashes = {p.media_hash for p in content.photos.values() if p.has_image}
        known = self.cache.remembered()
        requests = [(h, s) for h in hashes for s in known.get(h, ())]
        # Proxies first: libraries imported before proxies existed have none yet.
        made = self.cache.make_proxies(hashes - known.keys())
        return made + self.cache.prefetch(requests)

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


def largest(asked: dict[str, set[RenditionSpec]]) -> dict[str, RenditionSpec]:
    """Per photo, the request that needs the most pixels (its largest placement)."""
    return {h: max(specs, key=lambda s: s.max_width * s.max_height) for h, specs in asked.items()}
