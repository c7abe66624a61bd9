"""Photos: renditions at the placed size, empty slots with caption and credit, nothing private."""

from __future__ import annotations

import io
import math
import re
from dataclasses import replace

import pytest
from PIL import Image

from mediakit.imaging import RenditionSpec, render_bytes
from mediakit.layout import build_pdf
from mediakit.layout.geometry import page_geometry
from mediakit.layout.theme import load_theme
from mediakit.model import BadInputError, KitOptions, Paper

from .pdfcheck import page_texts, reader, squeeze, uncompressed
from .sample import HERO_HASH, PHOTOS, sample_content, synthetic_jpeg

SERIAL = "SN-123456789"
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" '
    b'exif:GPSLatitude="12,2.9922S" exif:GPSLongitude="77,1.7202W" '
    b'aux:SerialNumber="SN-123456789"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def gps_tagged_jpeg() -> bytes:
    """A camera-like JPEG: GPS position, body serial number and an XMP packet."""
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (12.0, 2.0, 59.53), 3: "W", 4: (77.0, 1.0, 43.21)})
    return synthetic_jpeg(1200, 800, exif=exif, xmp=XMP)


def test_the_fixture_really_carries_gps_serial_and_xmp():
    data = gps_tagged_jpeg()
    assert SERIAL.encode() in data and b"GPSLatitude" in data
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)


def _kit_with(data_source):
    content = sample_content(with_photo=True)
    return build_pdf(content, photos=data_source)


def test_no_gps_serial_or_xmp_reaches_the_pdf():
    original = gps_tagged_jpeg()
    pdf = _kit_with(lambda media_hash, spec: render_bytes(original, spec))
    raw = uncompressed(pdf)
    for secret in (SERIAL.encode(), b"GPS", b"12,2.9922S", b"77,1.7202W", b"exif/1.0", b"Exif"):
        assert secret not in raw
    # The one XMP packet is the document's own (PDF/UA identification and title).
    assert raw.count(b"<?xpacket begin") == 1 and b"pdfuaid:part" in raw


def test_metadata_is_stripped_even_if_a_source_sends_the_original():
    original = gps_tagged_jpeg()
    raw = uncompressed(_kit_with(lambda media_hash, spec: original))
    for secret in (SERIAL.encode(), b"GPS", b"exif/1.0", b"CameraMaker"):
        assert secret not in raw
    assert raw.count(b"<?xpacket begin") == 1  # the document's own


def test_photos_are_asked_for_at_their_placed_size(build):
    calls: list[tuple[str, RenditionSpec]] = []
    content = sample_content(Paper.A4, with_photo=True)
    build(content, calls=calls)
    assert calls and {h for h, _ in calls} == {HERO_HASH}
    widest = max(spec.max_width for _, spec in calls)
    # The cover hero fills the page width: 210 mm at 150 ppi, cropped from a 3:2 image.
    assert widest >= math.ceil(210 / 25.4 * 150)
    theme = load_theme()
    geometry = page_geometry(theme, Paper.A4)
    column = geometry.frame_width - geometry.offset(theme.count("story", "body_offset_columns"))
    # In its story the photo is as wide as the text column, asked for at 150 ppi.
    assert math.ceil(column / 72 * 150) in {spec.max_width for _, spec in calls}
    assert max(spec.max_height for _, spec in calls) < 1800  # never the original size
    assert all(not spec.grayscale for _, spec in calls)


def test_grayscale_kits_ask_for_gray_renditions(build):
    content = sample_content(with_photo=True)
    kit = replace(content.kit, options=KitOptions(grayscale=True))
    calls: list = []
    build(replace(content, kit=kit), calls=calls)
    assert calls and all(spec.grayscale for _, spec in calls)


def test_empty_slot_prints_its_caption_and_credit(a4_pdf):
    texts = page_texts(a4_pdf)
    slot_pages = [squeeze(t) for t in texts if "Photo to come" in t]
    assert slot_pages
    for caption in PHOTOS.values():
        words = squeeze(caption)[:40]
        assert any(words in page for page in slot_pages), caption
    assert all("Photo:IOM/GemaCortes" in page for page in slot_pages)


def test_a_real_photo_is_drawn_as_an_image(letter_photo_pdf):
    pdf = reader(letter_photo_pdf)
    images = [img for page in pdf.pages for img in page.images]
    assert len(images) >= 2  # the cover hero and the photo in its story (and gallery)


def test_an_unreadable_rendition_is_a_clear_error():
    with pytest.raises(BadInputError, match="cannot be read"):
        _kit_with(lambda media_hash, spec: b"not an image")


def test_blur_regions_go_with_every_request(build):
    content = sample_content(with_photo=True)
    region = (0.2, 0.1, 0.3, 0.4)
    photo = replace(content.photos[1], blur_regions=(region,))
    calls: list = []
    build(replace(content, photos={**content.photos, 1: photo}), calls=calls)
    assert calls and all(spec.blur == (region,) for _, spec in calls)


def drawn_images(pdf_bytes: bytes) -> list[tuple[float, float, int, int]]:
    """Every image drawn: its width and height on the page, and in pixels."""
    drawn = []
    for page in reader(pdf_bytes).pages:
        xobjects = page["/Resources"].get("/XObject", {})

        def visit(operator, operands, cm, tm, xobjects=xobjects):
            if operator == b"Do" and xobjects[operands[0]].get("/Subtype") == "/Image":
                image = xobjects[operands[0]]
                drawn.append((abs(cm[0]), abs(cm[3]), image["/Width"], image["/Height"]))

        page.extract_text(visitor_operand_before=visit)
    return drawn


def test_no_photo_is_distorted_even_when_the_catalog_has_its_size_wrong(build):
    """A photo is placed by the size the catalog has for it; a rendition of another shape (a
    catalog that is wrong) fills the place cropped, never stretched."""
    content = sample_content(with_photo=True)
    wrong = replace(content.photos[1], width=1000, height=1000)  # the image is 3:2
    pdf = build(replace(content, photos={**content.photos, 1: wrong}))
    drawn = drawn_images(pdf)
    assert drawn
    for width, height, pixels_wide, pixels_high in drawn:
        assert width / height == pytest.approx(pixels_wide / pixels_high, rel=0.01)
    # The square places clip the 3:2 photo; with the right size, only the cover's hero clips.
    assert clips(pdf) > clips(build(content))


def clips(pdf_bytes: bytes) -> int:
    return len(re.findall(rb"\bW\*?\s+n\b", uncompressed(pdf_bytes)))
