"""Fresh, metadata-free images at the size a page needs."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps

from mediakit.imaging.safe import open_image


@dataclass(frozen=True, slots=True)
class RenditionSpec:
    """What a page asks of a photo: at most this many pixels, in colour or gray."""

    max_width: int
    max_height: int
    grayscale: bool = False
    quality: int = 85

    def cache_key(self, media_hash: str) -> str:
        raw = (
            f"{media_hash}:{self.max_width}x{self.max_height}:{int(self.grayscale)}:{self.quality}"
        )
        return hashlib.sha256(raw.encode()).hexdigest()[:32]


def render(image: Image.Image, spec: RenditionSpec) -> bytes:
    """Resample to fit the spec (never upscale) and encode a new JPEG with no metadata at all."""
    image = image.copy()
    image.thumbnail((max(1, spec.max_width), max(1, spec.max_height)), Image.Resampling.LANCZOS)
    image = ImageOps.grayscale(image) if spec.grayscale else image.convert("RGB")
    out = io.BytesIO()
    # No exif/icc/xmp arguments: Pillow writes none of them unless asked.
    image.save(out, "JPEG", quality=spec.quality, optimize=True, progressive=False)
    return out.getvalue()


def render_bytes(data: bytes, spec: RenditionSpec, *, name: str = "") -> bytes:
    return render(open_image(data, name=name), spec)


def image_size(data: bytes, *, name: str = "") -> tuple[int, int]:
    return open_image(data, name=name).size
