"""Giving a photo slot its image: checked by Pillow, stored once by hash, one undo step."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mediakit.edits.changes import Changes
from mediakit.edits.commands import UpdateItem
from mediakit.edits.history import History
from mediakit.imaging import image_format, open_image
from mediakit.library import store
from mediakit.library.media import MediaStore
from mediakit.model import BadInputError, ItemKind, Photo

# Pillow format -> the extension the media store files it under
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "TIFF": "tif", "GIF": "gif"}


@dataclass
class AttachImage:
    """Record the stored image in the catalog and point the photo at it."""

    update: UpdateItem
    media_row: tuple[str, str, int, int, int]
    label: str = "Attach image"

    def apply(self, db: sqlite3.Connection) -> Changes:
        store.put_media(db, *self.media_row)
        return self.update.apply(db)

    def revert(self, db: sqlite3.Connection) -> Changes:
        return self.update.revert(db) | Changes.of(ItemKind.PHOTO, self.update.before.id)


def attach_image(history: History, *, media: MediaStore, photo: Photo, path: Path) -> Photo:
    """Check the file is an image we can use, keep it in the media store, attach it to `photo`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    image = open_image(data, name=path)
    fmt = _format_of(data, path)
    media_hash = media.put(data, EXTENSIONS[fmt])
    width, height = image.size
    after = dataclasses.replace(
        photo, media_hash=media_hash, width=width, height=height, original_name=Path(path).name
    )
    history.do(
        AttachImage(
            UpdateItem(photo, after, label="Attach image"),
            (media_hash, EXTENSIONS[fmt], len(data), width, height),
        )
    )
    return after


def _format_of(data: bytes, path: Path) -> str:
    fmt = image_format(data, name=path)
    if fmt not in EXTENSIONS:
        raise BadInputError(
            f"{fmt or 'this'} images are not supported; use JPEG, PNG, WebP, TIFF or GIF", path
        )
    return fmt
