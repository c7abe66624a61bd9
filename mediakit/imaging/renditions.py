"""Fresh, metadata-free images at the size a page needs."""

from __future__ import annotations

import io

from PIL import Image, ImageFilter, ImageOps

from mediakit.imaging.recipes import RenditionSpec
from mediakit.imaging.safe import open_image
from mediakit.imaging.scrub import clean_jpeg


def render(image: Image.Image, spec: RenditionSpec) -> bytes:
    """Resample to fit the spec (never upscale) and encode a new JPEG with no metadata at all."""
    return _render_own(image.copy(), spec)


def _render_own(image: Image.Image, spec: RenditionSpec) -> bytes:
    """render() on an image nobody else holds: resampled in place, not copied first."""
    image.thumbnail((max(1, spec.max_width), max(1, spec.max_height)), Image.Resampling.LANCZOS)
    for region in spec.blur:
        image = blur_region(image, region)
    if spec.grayscale:
        image = ImageOps.grayscale(image)
    elif image.mode != "RGB":
        image = image.convert("RGB")
    return encode_jpeg(image, quality=spec.quality, optimize=True, progressive=False)


def encode_jpeg(image: Image.Image, **options) -> bytes:
    """A new JPEG of `image`'s pixels and nothing else: the one way an image is written out.

    Pillow writes EXIF, ICC and XMP only when asked, but copies the source's comment
    (`info["comment"]`, from a JPEG COM segment or a PNG text chunk) into every JPEG it saves:
    the image's info is emptied first, and the bytes pass through `scrub.clean_jpeg`."""
    image.info = {}
    out = io.BytesIO()
    image.save(out, "JPEG", **options)
    return clean_jpeg(out.getvalue())


def blur_region(image: Image.Image, region: tuple[float, float, float, float]) -> Image.Image:
    """Blur (pixelate, then smooth) a region given in 0..1 coordinates, beyond recognition."""
    x, y, w, h = (min(max(v, 0.0), 1.0) for v in region)
    box = (
        int(x * image.width),
        int(y * image.height),
        int((x + w) * image.width),
        int((y + h) * image.height),
    )
    if box[2] <= box[0] or box[3] <= box[1]:
        return image
    patch = image.crop(box)
    small = patch.resize(
        (max(1, patch.width // 24), max(1, patch.height // 24)), Image.Resampling.BILINEAR
    )
    patch = small.resize(patch.size, Image.Resampling.NEAREST).filter(
        ImageFilter.GaussianBlur(max(2, patch.width // 30))
    )
    image.paste(patch, box[:2])
    return image


def render_bytes(data: bytes, spec: RenditionSpec, *, name: str = "") -> bytes:
    return _render_own(open_image(data, name=name, fit=(spec.max_width, spec.max_height)), spec)


def full_size_clean(data: bytes, *, blur=(), quality: int = 92) -> bytes:
    """The photo at its full size, upright, re-encoded with no EXIF, GPS, XMP, IPTC or ICC."""
    image = open_image(data)
    return _render_own(
        image, RenditionSpec(image.width, image.height, quality=quality, blur=tuple(blur))
    )
