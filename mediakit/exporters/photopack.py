"""The photo pack journalists ask for: full-size photos, scrubbed, with CAPTIONS.txt."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from mediakit.exporters.renditions import read_original
from mediakit.imaging import full_size_clean
from mediakit.library.media import MediaStore
from mediakit.model import BadInputError, KitContent, Photo

WORDS = {
    "en": (
        "Photos of “{kit}”",
        "Caption",
        "Credit",
        "Consent",
        "not recorded",
        "print",
        "web",
        "print and web",
    ),
    "es": (
        "Fotos de «{kit}»",
        "Pie de foto",
        "Crédito",
        "Consentimiento",
        "no registrado",
        "impresión",
        "web",
        "impresión y web",
    ),
    "pt": (
        "Fotos de «{kit}»",
        "Legenda",
        "Crédito",
        "Consentimento",
        "não registado",
        "impressão",
        "web",
        "impressão e web",
    ),
    "fr": (
        "Photos de « {kit} »",
        "Légende",
        "Crédit",
        "Consentement",
        "non enregistré",
        "impression",
        "web",
        "impression et web",
    ),
}


def photo_pack_entries(
    content: KitContent,
    *,
    media: MediaStore,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[str, bytes]]:
    """The zip's entries: the kit's photos at full resolution, re-encoded without any metadata,
    named after their captions, and a CAPTIONS.txt in the kit's language. `progress` hears
    (photos done, photos) after each photo; `target` is named if there is nothing to pack."""
    photos = kit_photos(content)
    if not photos:
        raise BadInputError("the kit has no photos with an image yet; nothing to pack", target)
    names = unique_names([photo_file_name(p) for p in photos])
    entries = []
    for done, (name, photo) in enumerate(zip(names, photos, strict=True), start=1):
        entries.append(
            (name, full_size_clean(read_original(media, photo), blur=photo.blur_regions))
        )
        if progress is not None:
            progress(done, len(photos))
    entries.append(("CAPTIONS.txt", captions_text(content, photos, names).encode("utf-8")))
    return entries


def kit_photos(content: KitContent) -> list[Photo]:
    """The kit's photos that have an image, in reading order, each once."""
    return [p for p in content.photos_in_order() if p.has_image]


def photo_file_name(photo: Photo) -> str:
    """'A Venezuelan doctor points to an x-ray…' -> 'a-venezuelan-doctor-points-to-an-x-ray.jpg'."""
    text = unicodedata.normalize(
        "NFKD", photo.caption or photo.original_name or f"photo-{photo.id}"
    )
    ascii_text = text.encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = ""
    for word in words:
        if slug and len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word[:60]
    slug = slug or f"photo-{photo.id}"
    return f"{slug}.jpg"


def unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        result.append(name if count == 1 else name.replace(".jpg", f"-{count}.jpg"))
    return result


def captions_text(content: KitContent, photos: list[Photo], names: list[str]) -> str:
    title, caption, credit, consent, none, printed, web, both = WORDS.get(
        content.kit.language.value, WORDS["en"]
    )
    scopes = {"print": printed, "web": web, "all": both}
    lines = [title.format(kit=content.kit.name), "=" * 60, ""]
    for name, photo in zip(names, photos, strict=True):
        scope = scopes[photo.consent.scope.value] if photo.consent.level.value != "none" else none
        lines += [
            name,
            f"{caption}: {photo.caption}",
            f"{credit}: {photo.credit}",
            f"{consent}: {scope}",
            "",
        ]
    return "\n".join(lines)
