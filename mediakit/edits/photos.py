"""Giving a photo slot its image: checked by Pillow, stored once by hash, one undo step."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mediakit.edits.changes import Changes
from mediakit.edits.commands import UpdateItem
from mediakit.edits.history import History
from mediakit.importers.images import parse_image_bytes
from mediakit.library import store
from mediakit.library.media import MediaStore
from mediakit.model import BadInputError, ItemKind, Photo


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
    image = parse_image_bytes(data, name=Path(path).name, origin=path)
    media_hash = media.put(data, image.ext)
    after = dataclasses.replace(
        photo,
        media_hash=media_hash,
        width=image.width,
        height=image.height,
        original_name=image.name,
    )
    media_row = (media_hash, image.ext, len(data), image.width, image.height)
    history.do(AttachImage(UpdateItem(photo, after, label="Attach image"), media_row))
    return after
