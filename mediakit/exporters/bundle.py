"""Kit bundles (.mediakit): one zip with a versioned manifest, the kit and all it uses.

A bundle never carries an original's bytes: each image is the photo at full size, upright, with
its blurred regions in the pixels, encoded anew by `imaging.full_size_clean` (no EXIF, GPS,
XMP, IPTC, ICC, comment or thumbnail: see `imaging.scrub`), and named by the new bytes' hash.
The receiver gets what the sender would print, and nothing the camera or an editor wrote.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence

from mediakit import __version__
from mediakit.exporters.renditions import read_original
from mediakit.imaging import full_size_clean
from mediakit.library.media import MediaStore
from mediakit.model import Contact, KitContent, Office, Photo
from mediakit.model.bundle import BUNDLE_FORMAT, BUNDLE_VERSION
from mediakit.model.records import TABLES


def bundle_entries(
    content: KitContent,
    *,
    media: MediaStore,
    progress: Callable[[int, int], None] | None = None,
    offices: Sequence[Office] = (),
    office_contacts: Sequence[Contact] = (),
) -> list[tuple[str, bytes]]:
    """The zip's entries: a manifest with the kit, its stories, photos, contacts, figures and
    organisation (and the library's `offices`, with their contacts the kit lacks:
    `office_contacts`), then the photos' images (scrubbed). `progress` hears (photos done,
    photos) after each photo."""
    images: dict[str, bytes] = {}
    photos = []
    in_order = sorted(content.photos.values(), key=lambda p: p.id)
    for done, photo in enumerate(in_order, start=1):
        photo, image = _scrubbed(photo, media)
        photos.append(photo)
        if image is not None:
            images[f"media/{photo.media_hash}.jpg"] = image  # two photos may share one image
        if progress is not None:
            progress(done, len(in_order))
    contacts = {**{c.id: c for c in office_contacts}, **content.contacts}
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "generator": f"mediakit {__version__}",
        "kit": _record(content.kit),
        "org": _record(content.org),
        "stories": [_record(s) for s in sorted(content.stories.values(), key=lambda s: s.id)],
        "photos": [_record(p) for p in photos],
        "contacts": [_record(c) for c in sorted(contacts.values(), key=lambda c: c.id)],
        "figures": [_record(f) for f in sorted(content.figures.values(), key=lambda f: f.id)],
        "offices": [_record(o) for o in sorted(offices, key=lambda o: o.id)],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
    return [("manifest.json", text.encode("utf-8")), *images.items()]


def _scrubbed(photo: Photo, media: MediaStore) -> tuple[Photo, bytes | None]:
    if not photo.has_image:
        return photo, None
    clean = full_size_clean(read_original(media, photo), blur=photo.blur_regions)
    new_hash = hashlib.sha256(clean).hexdigest()
    # Blurred regions are now in the pixels; the receiver must not blur them again.
    return dataclasses.replace(photo, media_hash=new_hash, blur_regions=()), clean


def _record(item) -> dict:
    _, to_record, _ = TABLES[type(item)]
    record = to_record(item)
    if getattr(item, "id", None) is not None:
        record["id"] = item.id
    return record
