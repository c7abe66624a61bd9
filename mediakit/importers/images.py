"""Photo files (JPEG, PNG, WebP, TIFF, GIF, HEIC): checked, sized, captions read from metadata."""

from __future__ import annotations

from pathlib import Path

from mediakit.imaging import image_info, read_photo_text
from mediakit.imaging.proxies import make_proxy
from mediakit.importers.structure import ParsedDocument, ParsedImage
from mediakit.model import BadInputError, Photo

EXTENSIONS = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "TIFF": "tif",
    "GIF": "gif",
    "HEIF": "heic",
}
MAX_PHOTO_BYTES = 200 * 1024 * 1024


def parse_image_bytes(data: bytes, *, name: str, origin: Path | str) -> ParsedImage:
    """A decodable image of a supported format, with its proxy (the working copy renditions are
    made from), or a BadInputError naming `origin`."""
    fmt, width, height = image_info(data, name=origin)
    if fmt not in EXTENSIONS:
        raise BadInputError(
            f"{fmt or 'this'} images are not supported; use JPEG, PNG, WebP, TIFF, GIF or HEIC",
            origin,
        )
    # Decodes every pixel row once, at a small scale: the check that the image is sound.
    proxy = make_proxy(data, name=origin, size=(width, height))
    return ParsedImage(data, EXTENSIONS[fmt], width, height, name, proxy=proxy)


def parse_photo_file(path: Path) -> ParsedDocument:
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise BadInputError("the photo is larger than 200 MB", path)
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    image = parse_image_bytes(data, name=path.name, origin=path)
    words = read_photo_text(data)
    photo = Photo(
        id=None,
        caption=words.caption,
        credit=words.credit,
        date=words.date,
        place=words.place,
        alt_text=words.alt_text,
        original_name=path.name,
    )
    notes = () if words.caption else ("the photo has no caption in its metadata; write one",)
    return ParsedDocument(
        name=path.name, story=None, photos=(photo,), images={0: image}, notes=notes
    )
