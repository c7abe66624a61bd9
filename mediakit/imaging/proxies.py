"""The working copy of a photo: decoded once, small enough to be cheap, big enough for a page.

A proxy is the upright photo at the smallest 1/1, 1/2, 1/4 or 1/8 scale that still covers
PROXY_BOX (a 6000 × 4000 camera JPEG gives 750 × 500), re-encoded with no metadata at all.
Renditions that need no more pixels than that (screen editions, thumbnails) are made from it
instead of from the original. Making it decodes every pixel row: it is also the check that an
image is sound.
"""

from __future__ import annotations

from PIL import Image

from mediakit.imaging.recipes import PROXY_BOX, PROXY_QUALITY
from mediakit.imaging.renditions import encode_jpeg
from mediakit.imaging.safe import covering_size, image_info, open_image


def make_proxy(data: bytes, *, name: str = "", size: tuple[int, int] | None = None) -> bytes:
    """The proxy's JPEG bytes: the same for the same original on every run and thread.

    `size` is the original's upright size when the caller has read it (image_info) already.
    Raises BadInputError naming the file when the image is damaged or unsafe."""
    width, height = size or image_info(data, name=name)[1:]
    size, factor = _geometry(width, height)
    image = open_image(data, name=name, fit=PROXY_BOX)  # a JPEG is scaled by its own decoder
    if image.size != size:  # other formats, or a JPEG that cannot be drafted
        if image.size == (width, height):
            image = image.reduce(factor)
        else:
            image = image.resize(size, Image.Resampling.BOX)
    return encode_jpeg(image, quality=PROXY_QUALITY)


def proxy_size(data: bytes, *, name: str = "") -> tuple[int, int]:
    """The pixel size make_proxy gives this original, from its header alone (no decoding)."""
    _, width, height = image_info(data, name=name)
    return _geometry(width, height)[0]


def _geometry(width: int, height: int) -> tuple[tuple[int, int], int]:
    """Upright size and divisor, chosen the way Pillow's JPEG draft mode chooses its scale."""
    wanted_w, wanted_h = covering_size((width, height), PROXY_BOX)
    ratio = min(width // wanted_w, height // wanted_h)
    factor = next(f for f in (8, 4, 2, 1) if ratio >= f)
    return (-(-width // factor), -(-height // factor)), factor
