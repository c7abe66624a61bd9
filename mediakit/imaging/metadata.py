"""Caption, credit, date and place from IPTC, XMP and EXIF — and nothing else (no GPS, no
camera serials: they are never read, so they cannot be copied)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from PIL import Image, IptcImagePlugin

_IPTC = {
    "caption": (2, 120),
    "byline": (2, 80),
    "credit": (2, 110),
    "date": (2, 55),
    "city": (2, 90),
    "country": (2, 101),
}
_XMP = {
    "caption": r"<dc:description>.*?<rdf:li[^>]*>(.*?)</rdf:li>",
    # IPTC's "Alt Text (Accessibility)" (2021.1), written by Photo Mechanic, Lightroom, Bridge
    "alt_text": r"<Iptc4xmpCore:AltTextAccessibility>.*?<rdf:li[^>]*>(.*?)</rdf:li>",
    "credit": r"(?:photoshop:Credit=\"([^\"]*)\"|<photoshop:Credit>(.*?)</photoshop:Credit>)",
    "byline": r"<dc:creator>.*?<rdf:li[^>]*>(.*?)</rdf:li>",
    "date": r"(?:photoshop:DateCreated=\"([^\"]*)\"|<photoshop:DateCreated>(.*?)</photoshop:DateCreated>)",
    "city": r"(?:photoshop:City=\"([^\"]*)\"|<photoshop:City>(.*?)</photoshop:City>)",
    "country": r"(?:photoshop:Country=\"([^\"]*)\"|<photoshop:Country>(.*?)</photoshop:Country>)",
}
_EXIF = {"caption": 0x010E, "byline": 0x013B, "date": 0x9003}
MAX_FIELD = 2_000


@dataclass(frozen=True, slots=True)
class PhotoText:
    caption: str = ""
    credit: str = ""
    date: str = ""
    place: str = ""
    alt_text: str = ""  # the file's own alternative text, else its description


def read_photo_text(data: bytes) -> PhotoText:
    """What the file says about itself; empty fields where it says nothing or something broken."""
    fields: dict[str, str] = {}
    try:
        with Image.open(io.BytesIO(data)) as image:
            for reader in (_from_iptc, _from_xmp, _from_exif):
                for key, value in reader(image).items():
                    if value and key not in fields:
                        fields[key] = _clean(value)
    except Exception:  # metadata is a convenience; a broken block never stops an import
        pass
    credit = fields.get("credit") or fields.get("byline", "")
    place = ", ".join(p for p in (fields.get("city", ""), fields.get("country", "")) if p)
    caption = fields.get("caption", "")
    alt_text = fields.get("alt_text") or caption
    return PhotoText(caption, credit, _iso_date(fields.get("date", "")), place, alt_text)


def _from_iptc(image: Image.Image) -> dict[str, str]:
    info = IptcImagePlugin.getiptcinfo(image) or {}
    result = {}
    for key, tag in _IPTC.items():
        value = info.get(tag)
        if isinstance(value, list):
            value = value[0] if value else b""
        if isinstance(value, bytes):
            result[key] = value.decode("utf-8", errors="replace")
    return result


def _from_xmp(image: Image.Image) -> dict[str, str]:
    raw = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
    result = {}
    for key, pattern in _XMP.items():
        match = re.search(pattern, text[:200_000], re.S)
        if match:
            result[key] = next((g for g in match.groups() if g), "")
    return result


def _from_exif(image: Image.Image) -> dict[str, str]:
    exif = image.getexif()
    result = {key: exif.get(tag) for key, tag in _EXIF.items() if key != "date"}
    result["date"] = exif.get_ifd(0x8769).get(_EXIF["date"]) or exif.get(0x0132)
    return {
        k: v.decode(errors="replace") if isinstance(v, bytes) else str(v)
        for k, v in result.items()
        if v
    }


def _clean(value: str) -> str:
    value = re.sub(r"<[^>]*>", "", value)  # XMP may carry escaped or nested tags
    value = (
        value.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    )
    return " ".join("".join(c for c in value if c.isprintable()).split())[:MAX_FIELD]


def _iso_date(value: str) -> str:
    match = re.match(r"(\d{4})[:-]?(\d{2})[:-]?(\d{2})", value)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else ""
