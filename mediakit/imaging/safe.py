"""Opening images defensively: size limits, orientation, one colour mode."""

from __future__ import annotations

import contextlib
import io
import math
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from mediakit.imaging.formats import register_formats_for
from mediakit.model import BadInputError

# Larger than any camera or scan a press office handles; beyond it we refuse, not swap.
MAX_PIXELS = 200_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024


def open_image(
    source: Path | bytes, *, name: str | Path = "", fit: tuple[int, int] | None = None
) -> Image.Image:
    """Open an image with limits on, EXIF orientation applied, frame 0 only, mode RGB or L.

    With `fit`, a JPEG is decoded at the smallest DCT scale that still covers that box
    (Pillow's draft mode: several times cheaper than a full decode of a camera photo).
    Raises BadInputError naming the file when it is not an image we can safely use.
    """
    label = name or (source if isinstance(source, Path) else "image")
    data = _read_bytes(source, label)
    register_formats_for(data)
    try:
        with warnings.catch_warnings():
            # Our own limit (MAX_PIXELS) decides; Pillow's warning below it is only noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            _check_size(image.size, label)
            image.seek(0)
            if fit is not None and image.format == "JPEG":
                image.draft(image.mode, _draft_size(image, fit))
            if image.format == "JPEG":
                # All the bytes in one go (they are in memory already): fed 64 KB at a time,
                # the decoder stops short in mid-row and starts the row again, and takes the
                # GIL back for every block. ~10% of an import's decoding.
                image.decodermaxblock = max(image.decodermaxblock, len(data))
            image.load()
    except BadInputError:
        raise
    except Image.DecompressionBombError as exc:
        raise BadInputError("the image is too large to open safely", label) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise BadInputError(
            "this is not an image mediakit can read, or it is damaged", label
        ) from exc
    return normalise_mode(_upright(image))


def _draft_size(image: Image.Image, fit: tuple[int, int]) -> tuple[int, int]:
    """The stored (unrotated) size needed so that the upright image still covers `fit`."""
    if _orientation(image) in (5, 6, 7, 8):  # stored rotated by 90°
        fit = (fit[1], fit[0])
    return covering_size(image.size, fit)


def covering_size(size: tuple[int, int], fit: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled down (never up) until it fits inside `fit`, rounded up."""
    width, height = size
    scale = min(1.0, min(fit[0] / width, fit[1] / height))
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def _upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation; a broken EXIF block leaves the pixels as they are."""
    # Looping IFDs, absurd counts: orientation is not worth refusing a photo.
    with contextlib.suppress(Exception):
        # In place: an upright photo is not copied (72 MB for a full-size camera photo).
        ImageOps.exif_transpose(image, in_place=True)
    return image


def normalise_mode(image: Image.Image) -> Image.Image:
    """Flatten transparency on white and keep only RGB or L, whatever came in."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda v: v / 256).convert("L")
    if image.mode == "P" or "A" in image.mode or image.mode == "LA":
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _check_size(size: tuple[int, int], label: str | Path) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise BadInputError("the image has no pixels", label)
    if width * height > MAX_PIXELS:
        raise BadInputError(
            f"the image claims {width} × {height} pixels, more than mediakit opens safely", label
        )


def _read_bytes(source: Path | bytes, label: str | Path) -> bytes:
    if isinstance(source, bytes):
        return source
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise BadInputError("the file is larger than 200 MB", label)
        return source.read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", label) from exc


def image_format(data: bytes, *, name: str | Path = "") -> str:
    """Pillow's name for the file's format ("JPEG", "PNG"...), read from its header."""
    return image_info(data, name=name)[0]


def image_info(data: bytes, *, name: str | Path = "") -> tuple[str, int, int]:
    """Format and upright pixel size, from the header alone (no decoding)."""
    register_formats_for(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                _check_size(probe.size, name)
                width, height = probe.size
                if _orientation(probe) in (5, 6, 7, 8):
                    width, height = height, width
                return probe.format or "", width, height
    except Image.DecompressionBombError as exc:
        raise BadInputError("the image is too large to open safely", name) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise BadInputError(
            "this is not an image mediakit can read, or it is damaged", name
        ) from exc


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except Exception:  # a broken EXIF block: no rotation
        return 1
