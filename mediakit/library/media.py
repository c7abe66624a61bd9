"""The content-addressed media store: each original image kept once, named by its sha256.

A file is read only when it is a plain file reached through no symbolic link (media/, its
folders and the file itself), and only when its bytes still hash to its name: a library can be
handed over by anyone, and a link planted in it must not print a file from outside it."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from mediakit.fsutil import LinkRefused, read_inside, write_atomic
from mediakit.library.paths import checked_hash
from mediakit.model import BadInputError
from mediakit.model.errors import display_path


class MediaFileError(BadInputError):
    """A photo's file in the media store is a link, not a plain file, or not what was stored.

    `path` is the library folder; exporters name the photo (`reason` is the sentence's end)."""

    def __init__(self, reason: str, library: Path, media_hash: str, photo: str = "") -> None:
        photo = photo or f"photo {media_hash[:12]}…"
        super().__init__(f"{photo}: its file in the library {reason}", library)
        self.reason = reason
        self.media_hash = media_hash

    def naming(self, photo: str) -> MediaFileError:
        """The same refusal naming the photo as the user knows it ('photo 3 “harbour.jpg”')."""
        if not photo:
            return self
        assert self.path is not None
        return MediaFileError(self.reason, self.path, self.media_hash, display_path(photo))


LINK = (
    "is a symbolic link or not a plain file; mediakit does not follow it, and nothing outside "
    "the library was read — attach the photo again"
)
CHANGED = (
    "no longer has the bytes it was stored with (damaged or replaced) — attach the photo again"
)


class MediaStore:
    def __init__(self, root: Path, catalog_path: Path | None = None) -> None:
        self.root = Path(root)
        self.catalog_path = catalog_path

    def path(self, media_hash: str, ext: str) -> Path:
        media_hash = checked_hash(media_hash, self.catalog_path)
        if not ext.isalnum():
            checked_hash("", self.catalog_path)  # the same refusal: an extension like "/../x"
        return self.root / media_hash[:2] / f"{media_hash}.{ext}"

    def put(self, data: bytes, ext: str, *, media_hash: str | None = None) -> str:
        """Store `data` once (temporary name, then rename, synced) and return its hash.

        `media_hash` is the data's sha256 when the caller has already computed it. A link or a
        folder planted under the name is replaced, never written through."""
        media_hash = media_hash or hashlib.sha256(data).hexdigest()
        target = self.path(media_hash, ext)
        if not _plain_file(target):
            write_atomic(target, data)
        return media_hash

    def find(self, media_hash: str) -> Path | None:
        media_hash = checked_hash(media_hash, self.catalog_path)
        folder = self.root / media_hash[:2]
        matches = sorted(folder.glob(f"{media_hash}.*")) if folder.is_dir() else []
        return matches[0] if matches else None

    def read(self, media_hash: str) -> bytes:
        """The original's bytes, checked: FileNotFoundError when there is none, MediaFileError
        when it is a link or its bytes do not hash to its name."""
        path = self.find(media_hash)
        if path is None:
            raise FileNotFoundError(media_hash)
        try:
            data = read_inside(self.root, path)
        except LinkRefused as exc:
            raise MediaFileError(LINK, self.root.parent, media_hash) from exc
        if hashlib.sha256(data).hexdigest() != media_hash:
            raise MediaFileError(CHANGED, self.root.parent, media_hash)
        return data

    def size(self, media_hash: str) -> int | None:
        """The original's size in bytes (from the file system, unchecked); None if absent."""
        path = self.find(media_hash)
        try:
            return os.lstat(path).st_size if path is not None else None
        except OSError:
            return None


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
