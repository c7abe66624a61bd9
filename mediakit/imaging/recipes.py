"""What a rendition and a proxy are, as data. No Pillow here: a build that finds every
rendition in the cache (a rebuild after a caption edit) never loads it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# Long side at least 750 px: a 24 Mpx camera photo is decoded at 1/8 scale (750 × 500), which
# covers gallery rows, half-page photos and thumbnails at 150 ppi; full-width and print
# placements are made from the original. At 1000 px, every import decoded at 1/4 scale and
# encoded four times the pixels: about 10 ms more per photo.
PROXY_BOX = (750, 750)
PROXY_QUALITY = 90
# Part of every proxy's file name: change it whenever the recipe changes the bytes.
PROXY_RECIPE = f"p{PROXY_BOX[0]}x{PROXY_BOX[1]}q{PROXY_QUALITY}"


@dataclass(frozen=True, slots=True)
class RenditionSpec:
    """What a page asks of a photo: at most this many pixels, in colour or gray."""

    max_width: int
    max_height: int
    grayscale: bool = False
    quality: int = 85
    # Regions to blur (faces of people at risk), x, y, width, height in 0..1 of the photo.
    blur: tuple[tuple[float, float, float, float], ...] = ()

    def cache_key(self, media_hash: str) -> str:
        size = f"{self.max_width}x{self.max_height}"
        # The proxy recipe is part of the key: renditions are made from the proxy when they can.
        raw = f"{media_hash}:{size}:{int(self.grayscale)}:{self.quality}:{self.blur}:{PROXY_RECIPE}"
        return hashlib.sha256(raw.encode()).hexdigest()[:32]


def covers(size: tuple[int, int], box: tuple[int, int]) -> bool:
    """Whether an image of `size` has every pixel a rendition fitting inside `box` needs."""
    return box[0] <= size[0] or box[1] <= size[1]
