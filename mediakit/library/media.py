"""The content-addressed media store: each original image kept once, named by its sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mediakit.fsutil import write_atomic
from mediakit.library.paths import checked_hash


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

        `media_hash` is the data's sha256 when the caller has already computed it."""
        media_hash = media_hash or hashlib.sha256(data).hexdigest()
        target = self.path(media_hash, ext)
        if not target.exists():
            write_atomic(target, data)
        return media_hash

    def find(self, media_hash: str) -> Path | None:
        media_hash = checked_hash(media_hash, self.catalog_path)
        folder = self.root / media_hash[:2]
        matches = sorted(folder.glob(f"{media_hash}.*")) if folder.is_dir() else []
        return matches[0] if matches else None

    def read(self, media_hash: str) -> bytes:
        path = self.find(media_hash)
        if path is None:
            raise FileNotFoundError(media_hash)
        return path.read_bytes()
