"""Giving a photo slot (or the organisation's logo) its image: checked by Pillow, stored once by
hash, recorded in the catalog with the change, one undo step."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mediakit.edits.changes import Changes
from mediakit.edits.commands import Edit, UpdateItem
from mediakit.edits.history import History
from mediakit.importers import ParsedImage
from mediakit.importers.images import parse_image_bytes
from mediakit.library import store
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.model import BadInputError, Photo

MediaRow = tuple[str, str, int, int, int]  # hash, extension, bytes, width, height


@dataclass
class WithMedia:
    """An edit that points at a newly stored image: the media row goes in with it."""

    change: Edit
    media_row: MediaRow
    label: str = ""

    def __post_init__(self) -> None:
        self.label = self.label or self.change.label

    def apply(self, db: sqlite3.Connection) -> Changes:
        store.put_media(db, *self.media_row)
        return self.change.apply(db)

    def revert(self, db: sqlite3.Connection) -> Changes:
        return self.change.revert(db)


def store_image_file(media: MediaStore, path: Path) -> tuple[ParsedImage, str, MediaRow]:
    """Check `path` is an image we can use and keep it in the media store (before the catalog
    points at it); BadInputError names the file otherwise."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    image = parse_image_bytes(data, name=Path(path).name, origin=path)
    media_hash = media.put(data, image.ext)
    return image, media_hash, (media_hash, image.ext, len(data), image.width, image.height)


def attach_image(
    history: History,
    *,
    media: MediaStore,
    photo: Photo,
    path: Path,
    cache: RenditionCache | None = None,
) -> Changes:
    """Attach the image file at `path` to `photo` (an empty slot, or a replacement) as one undo
    step that changes that photo; with `cache`, the proxy made by the check is kept there for
    the renditions."""
    image, media_hash, media_row = store_image_file(media, path)
    if cache is not None and image.proxy:
        cache.store_proxy(media_hash, image.proxy)
    after = dataclasses.replace(
        photo,
        media_hash=media_hash,
        width=image.width,
        height=image.height,
        original_name=image.name,
    )
    return history.do(WithMedia(UpdateItem(photo, after, label="Attach image"), media_row))
