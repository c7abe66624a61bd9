"""The photo source of a build: every rendition the kit needs made up front, on every core.

The layout asks for photos one at a time, as it places them. Decoding camera photos is most of a
build's work, so before the layout runs, the renditions it will ask for are made in parallel:
those it asked for last time (remembered in the cache) and, for photos it has never placed, those
a quick layout pass with stand-in images asks for.
"""

from __future__ import annotations

import functools
import io

from mediakit.imaging import RenditionSpec
from mediakit.layout import build_pdf
from mediakit.library.cache import RenditionCache
from mediakit.model import KitContent

MIN_PHOTOS_FOR_A_DRY_RUN = 2


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
        unknown = hashes - known.keys()
        if len(unknown) >= MIN_PHOTOS_FOR_A_DRY_RUN:
            requests += _dry_run(content, unknown)
        return self.cache.prefetch(requests)

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


def _dry_run(content: KitContent, hashes: set[str]) -> list[tuple[str, RenditionSpec]]:
    asked: list[tuple[str, RenditionSpec]] = []

    def stand_in(media_hash: str, spec: RenditionSpec) -> bytes:
        if media_hash in hashes:
            asked.append((media_hash, spec))
        return _grey_jpeg()

    build_pdf(content, photos=stand_in)
    return asked


@functools.cache
def _grey_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (8, 8), 200).save(out, "JPEG")
    return out.getvalue()
