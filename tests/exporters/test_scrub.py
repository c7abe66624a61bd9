"""Every output that carries photos carries none of the original's metadata blocks.

A JPEG and a PNG are made with a distinct canary string in each block (EXIF ImageDescription,
GPS and maker note, XMP, IPTC in APP13, a COM comment, the EXIF thumbnail; PNG text, iTXt XMP
and eXIf). Both are attached to the demo kit; then the photo pack, the bundle and the PDF are
made, and no canary may be found in any file of the pack or the bundle, nor in any stream of
the PDF (decoded)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfReader
from pypdf.generic import StreamObject

from mediakit.cli import main
from mediakit.imaging.scrub import NotAJpeg, clean_jpeg, is_clean_jpeg

DEMO_KIT = "Venezuela situation — press kit"

JPEG_CANARIES = {
    "exif description": b"CANARY-EXIF-DESCRIPTION",
    "exif gps": b"CANARY-GPS-DATUM",
    "exif maker note": b"CANARY-MAKER-NOTE",
    "exif thumbnail": b"CANARY-THUMBNAIL",
    "xmp": b"CANARY-XMP-TOOL",
    "iptc": b"CANARY-IPTC-KEYWORD",
    "comment": b"CANARY-JPEG-COMMENT",
}
PNG_CANARIES = {
    "png comment": b"CANARY-PNG-COMMENT",
    "png text": b"CANARY-PNG-TEXT",
    "png xmp": b"CANARY-PNG-XMP",
    "png exif": b"CANARY-PNG-EXIF",
}
CANARIES = {**JPEG_CANARIES, **PNG_CANARIES}


def exif_block(thumbnail: bytes) -> bytes:
    """EXIF with ImageDescription, a GPS IFD, a maker note and a JPEG thumbnail in IFD1 — laid
    out by hand, as Pillow writes no thumbnail."""
    ascii_ = 2
    undefined = 7
    long_ = 4

    def ifd(entries, offset, next_ifd=0):
        """(bytes of the directory and its values, size) for a directory at `offset`."""
        count = len(entries)
        values_at = offset + 2 + 12 * count + 4
        head, values = struct.pack("<H", count), b""
        for tag, kind, value in sorted(entries):
            if kind == long_:
                head += struct.pack("<HHII", tag, kind, 1, value)
                continue
            data = value + (b"\0" if kind == ascii_ else b"")
            if len(data) <= 4:
                head += struct.pack("<HHI", tag, kind, len(data)) + data.ljust(4, b"\0")
            else:
                head += struct.pack("<HHII", tag, kind, len(data), values_at + len(values))
                values += data + (b"\0" if len(data) % 2 else b"")
        return head + struct.pack("<I", next_ifd) + values

    # Layout: header (8), IFD0, EXIF IFD, GPS IFD, IFD1, thumbnail. Sizes are found by laying
    # each directory out once with dummy offsets (their sizes do not depend on the offsets).
    exif_entries = [(0x927C, undefined, JPEG_CANARIES["exif maker note"])]
    gps_entries = [(0x0000, 1, b"\x02\x03\x00\x00"), (0x0012, ascii_, JPEG_CANARIES["exif gps"])]
    sizes = {}
    ifd0_entries = [
        (0x010E, ascii_, JPEG_CANARIES["exif description"]),
        (0x8769, long_, 0),
        (0x8825, long_, 0),
    ]
    ifd1_entries = [(0x0201, long_, 0), (0x0202, long_, len(thumbnail)), (0x0103, 3, b"\x06\0")]
    for name, entries in (
        ("ifd0", ifd0_entries),
        ("exif", exif_entries),
        ("gps", gps_entries),
        ("ifd1", ifd1_entries),
    ):
        sizes[name] = len(ifd(entries, 0))
    at_ifd0 = 8
    at_exif = at_ifd0 + sizes["ifd0"]
    at_gps = at_exif + sizes["exif"]
    at_ifd1 = at_gps + sizes["gps"]
    at_thumb = at_ifd1 + sizes["ifd1"]
    ifd0_entries = [e for e in ifd0_entries if e[1] != long_]
    ifd0_entries += [(0x8769, long_, at_exif), (0x8825, long_, at_gps)]
    ifd1_entries = [
        (0x0201, long_, at_thumb),
        (0x0202, long_, len(thumbnail)),
        (0x0103, 3, b"\x06\0"),
    ]
    return (
        b"Exif\0\0II*\0"
        + struct.pack("<I", at_ifd0)
        + ifd(ifd0_entries, at_ifd0, next_ifd=at_ifd1)
        + ifd(exif_entries, at_exif)
        + ifd(gps_entries, at_gps)
        + ifd(ifd1_entries, at_ifd1)
        + thumbnail
    )


def iptc_block() -> bytes:
    """APP13 payload: Photoshop's image resource 0x0404 holding IPTC 2:25 (keywords)."""
    keyword = JPEG_CANARIES["iptc"]
    dataset = b"\x1c\x02\x19" + struct.pack(">H", len(keyword)) + keyword
    resource = b"8BIM\x04\x04\0\0" + struct.pack(">I", len(dataset)) + dataset
    return b"Photoshop 3.0\0" + resource


def xmp_packet(tool: bytes) -> bytes:
    return (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="' + tool + b'"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )


def photo(size=(1600, 1200)) -> Image.Image:
    image = Image.merge("RGB", [Image.effect_noise(size, s) for s in (50, 60, 70)])
    image.paste((10, 10, 10), (0, 0, size[0] // 5, size[1] // 5))
    return image


def canary_jpeg(path: Path) -> Path:
    thumb = io.BytesIO()
    Image.new("RGB", (80, 60), "red").save(thumb, "JPEG", comment=JPEG_CANARIES["exif thumbnail"])
    out = io.BytesIO()
    photo().save(
        out,
        "JPEG",
        quality=90,
        exif=exif_block(thumb.getvalue()),
        xmp=xmp_packet(JPEG_CANARIES["xmp"]),
        comment=JPEG_CANARIES["comment"],
    )
    data = out.getvalue()
    app13 = iptc_block()
    data = data[:2] + b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13 + data[2:]
    path.write_bytes(data)
    return path


def canary_png(path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", PNG_CANARIES["png comment"].decode())
    info.add_text("Description", PNG_CANARIES["png text"].decode(), zip=True)
    info.add_itxt("XML:com.adobe.xmp", xmp_packet(PNG_CANARIES["png xmp"]).decode())
    exif = Image.Exif()
    exif[0x010E] = PNG_CANARIES["png exif"].decode()
    photo((1200, 900)).save(path, "PNG", pnginfo=info, exif=exif)
    return path


def test_the_fixtures_carry_every_canary(tmp_path):
    jpeg = canary_jpeg(tmp_path / "c.jpg").read_bytes()
    png = canary_png(tmp_path / "c.png").read_bytes()
    for canary in JPEG_CANARIES.values():
        assert canary in jpeg
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.info["comment"] == JPEG_CANARIES["comment"]
        exif = image.getexif()
        assert exif[0x010E].encode() == JPEG_CANARIES["exif description"]
        assert exif.get_ifd(0x8825)[0x0012].encode() == JPEG_CANARIES["exif gps"]
        assert JPEG_CANARIES["xmp"] in image.info["xmp"]
        assert JPEG_CANARIES["iptc"] in image.applist[-1][1] or any(
            JPEG_CANARIES["iptc"] in payload for _, payload in image.applist
        )
    with Image.open(io.BytesIO(png)) as image:
        assert image.info["comment"] == PNG_CANARIES["png comment"].decode()
        assert image.info["Description"] == PNG_CANARIES["png text"].decode()
    for canary in (PNG_CANARIES["png xmp"], PNG_CANARIES["png exif"], PNG_CANARIES["png comment"]):
        assert canary in png


@pytest.fixture(scope="module")
def outputs(demo_template, tmp_path_factory) -> dict[str, list[tuple[str, bytes]]]:
    """The photo pack, the bundle and the PDF of the demo kit with both photos attached:
    {output: [(file inside it, bytes)]}."""
    import shutil

    work = tmp_path_factory.mktemp("scrub")
    library = work / "library"
    shutil.copytree(demo_template, library)
    for slot, path in ((1, canary_jpeg(work / "c.jpg")), (3, canary_png(work / "c.png"))):
        assert main(["--library", str(library), "photo", "attach", str(slot), str(path)]) == 0
    made = {}
    for output, command in (("pack", "photos"), ("bundle", "export"), ("pdf", "build")):
        target = work / f"out.{output}"
        extra = ["--force"] if command == "build" else []
        assert main(["--library", str(library), command, DEMO_KIT, "-o", str(target), *extra]) in (
            0,
            1,
        )
        assert target.exists()
        made[output] = _files_in(output, target.read_bytes())
    return made


def _files_in(output: str, data: bytes) -> list[tuple[str, bytes]]:
    if output in ("pack", "bundle"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(name, archive.read(name)) for name in archive.namelist()]
    reader = PdfReader(io.BytesIO(data))
    streams = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if isinstance(obj, StreamObject):
            streams.append((f"object {number}", obj.get_data()))
    return [("whole file", data), *streams]


@pytest.mark.parametrize("output", ["pack", "bundle", "pdf"])
@pytest.mark.parametrize("block", sorted(CANARIES))
def test_no_metadata_block_reaches_an_output(outputs, output, block):
    canary = CANARIES[block]
    files = outputs[output]
    assert len(files) > 1
    leaks = [name for name, data in files if canary in data]
    assert not leaks, f"{block} of the original found in {output}: {leaks}"


@pytest.mark.parametrize("output", ["pack", "bundle", "pdf"])
def test_every_photo_in_an_output_is_a_clean_jpeg(outputs, output):
    """The two photos are there, as JPEGs with no segment clean_jpeg would remove."""
    jpegs = [data for _, data in outputs[output] if data[:3] == b"\xff\xd8\xff"]
    assert len(jpegs) >= 2
    for data in jpegs:
        assert is_clean_jpeg(data)
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            assert not image.getexif() and "comment" not in image.info
            assert "icc_profile" not in image.info and "xmp" not in image.info


def test_clean_jpeg_keeps_the_pixels_and_drops_every_block(tmp_path):
    data = canary_jpeg(tmp_path / "c.jpg").read_bytes() + b"trailing CANARY-AFTER-END"
    clean = clean_jpeg(data)
    for canary in [*JPEG_CANARIES.values(), b"CANARY-AFTER-END"]:
        assert canary not in clean
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()
    assert clean_jpeg(clean) == clean


def test_clean_jpeg_walks_a_progressive_jpeg(tmp_path):
    out = io.BytesIO()
    photo((400, 300)).save(out, "JPEG", progressive=True, comment=b"CANARY-PROGRESSIVE")
    clean = clean_jpeg(out.getvalue())
    assert b"CANARY-PROGRESSIVE" not in clean
    with Image.open(io.BytesIO(out.getvalue())) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\xff\xd8\xff\xe1\x00\x40abc", b"GIF89a"])
def test_clean_jpeg_refuses_what_it_cannot_walk(data):
    with pytest.raises(NotAJpeg):
        clean_jpeg(data)
