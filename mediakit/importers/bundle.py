"""Reading a .mediakit bundle safely: limits first, the manifest version checked, every image
verified against its hash and decoded by Pillow; any problem refuses the whole bundle."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mediakit.importers.archives import DAMAGED_ZIP, open_checked_zip, read_capped
from mediakit.importers.images import parse_image_bytes
from mediakit.importers.structure import ParsedDocument, ParsedImage
from mediakit.model import (
    BadInputError,
    Contact,
    KeyFigure,
    Kit,
    Office,
    OrgProfile,
    Photo,
    Story,
)
from mediakit.model.bundle import BUNDLE_FORMAT, BUNDLE_VERSION, Bundle
from mediakit.model.records import TABLES

MAX_MANIFEST = 20 * 1024 * 1024
MAX_IMAGE = 100 * 1024 * 1024
MAX_DEPTH = 12
HASH = re.compile(r"[0-9a-f]{64}")
MEDIA_NAME = re.compile(r"^media/([0-9a-f]{64})\.jpg$")


def parse_bundle_file(path: Path) -> ParsedDocument:
    with open_checked_zip(path, what="mediakit bundle") as archive:
        try:
            bundle, images = _read(archive, path)
        except DAMAGED_ZIP as exc:  # a lying header met outside read_capped
            raise BadInputError(f"the bundle is damaged ({exc}); refused", path) from exc
    notes = (
        f"kit “{bundle.kit.name}” with {len(bundle.stories)} stories and {len(bundle.photos)} photos",
    )
    return ParsedDocument(
        name=path.name, story=None, notes=notes, bundle=bundle, bundle_images=images
    )


def _read(archive, path: Path) -> tuple[Bundle, dict[str, ParsedImage]]:
    if "manifest.json" not in archive.namelist():
        raise BadInputError("this is not a mediakit bundle (it has no manifest)", path)
    data = read_capped(archive, "manifest.json", MAX_MANIFEST, path, what="bundle's manifest")
    bundle = _bundle(_manifest(data, path), path)
    _check_hashes(bundle, path)
    images = {
        h: _image(archive, h, path) for h in {p.media_hash for p in bundle.photos if p.media_hash}
    }
    return bundle, images


def _check_hashes(bundle: Bundle, path: Path) -> None:
    """A hash in the manifest becomes a file name in the library: 64 hex digits, or refused."""
    named = [p.media_hash for p in bundle.photos if p.media_hash]
    named += [bundle.org.logo_hash] if bundle.org.logo_hash else []
    for value in named:
        if not isinstance(value, str) or not HASH.fullmatch(value):
            raise BadInputError(
                f"the bundle's manifest names an image {str(value)[:40]!r} that is not a media "
                "hash; refused, and nothing was read from outside the bundle",
                path,
            )


def _manifest(data: bytes, path: Path) -> dict:
    if len(data) > MAX_MANIFEST:
        raise BadInputError("the bundle's manifest is too large", path)
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BadInputError("the bundle's manifest is damaged", path) from exc
    if _depth(manifest) > MAX_DEPTH:
        raise BadInputError("the bundle's manifest is nested too deeply; refused", path)
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise BadInputError("this is not a mediakit bundle", path)
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise BadInputError("the bundle's format version is missing or wrong", path)
    if version > BUNDLE_VERSION:
        raise BadInputError(
            f"the bundle was made by a newer mediakit (format {version}); update mediakit to open it",
            path,
        )
    return manifest


def _depth(value, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _bundle(manifest: dict, path: Path) -> Bundle:
    try:
        return Bundle(
            kit=_one(Kit, manifest["kit"]),
            org=_one(OrgProfile, manifest["org"]),
            stories=tuple(_one(Story, r) for r in manifest["stories"]),
            photos=tuple(_one(Photo, r) for r in manifest["photos"]),
            contacts=tuple(_one(Contact, r) for r in manifest["contacts"]),
            figures=tuple(_one(KeyFigure, r) for r in manifest["figures"]),
            offices=tuple(_one(Office, r) for r in _listed(manifest.get("offices", []))),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadInputError(
            "the bundle's manifest is damaged (a record is missing or wrong)", path
        ) from exc


def _listed(value) -> list:
    """A manifest list that may be missing (a bundle from before offices)."""
    if not isinstance(value, list):
        raise TypeError("list")
    return value


def _one(model: type, record: dict):
    if not isinstance(record, dict):
        raise TypeError("record")
    _, _, from_record = TABLES[model]
    item = from_record(_Record(record))
    if model is not OrgProfile and not isinstance(record.get("id"), int):
        raise TypeError("id")
    return item


class _Record(dict):
    """A manifest record read like a catalog row; a missing column is an error."""

    def __getitem__(self, key: str):
        if key == "id" and "id" not in self:
            return None
        value = super().__getitem__(key)
        if isinstance(value, dict):
            raise TypeError(key)
        return value


def _image(archive, media_hash: str, path: Path) -> ParsedImage:
    name = f"media/{media_hash}.jpg"
    if not MEDIA_NAME.match(name) or name not in archive.namelist():
        raise BadInputError(f"the bundle lacks the image {media_hash[:12]}…", path)
    data = read_capped(archive, name, MAX_IMAGE, path, what=f"image {media_hash[:12]}…")
    if hashlib.sha256(data).hexdigest() != media_hash:
        raise BadInputError(f"the image {media_hash[:12]}… in the bundle is damaged", path)
    return parse_image_bytes(data, name=name, origin=path)
