"""The hostile corpus: files that break naive importers, generated at test time.

Each case is (file name, bytes maker, expectation): "accept" (imported, cleaned) or "refuse"
(exit 3 with a message naming the file). Nothing here is committed as a binary.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], bytes]
    expect: str  # "accept" | "refuse"


def _jpeg(size=(640, 480), color=(200, 80, 40), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", **save)
    return out.getvalue()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pixel_bomb_jpeg() -> bytes:
    """A real small JPEG whose SOF header claims 65,500 × 65,500 pixels."""
    data = bytearray(_jpeg((64, 64)))
    sof = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, 65500, 65500)
    return bytes(data)


def _png_bomb() -> bytes:
    data = bytearray(_png(Image.new("L", (8, 8))))
    struct.pack_into(">II", data, 16, 100_000, 100_000)  # IHDR width/height
    return bytes(data)


def _cmyk_jpeg(adobe: bool) -> bytes:
    out = io.BytesIO()
    image = Image.new("CMYK", (300, 200), (0, 200, 200, 0))
    image.save(out, "JPEG")
    data = out.getvalue()
    if not adobe:  # strip the APP14 Adobe marker
        at = data.find(b"\xff\xee")
        if at > 0:
            length = struct.unpack(">H", data[at + 2 : at + 4])[0]
            data = data[:at] + data[at + 2 + length :]
    return data


def _oriented(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _jpeg((300, 200), exif=exif)


def _exif_loop() -> bytes:
    """EXIF whose IFD0 points back at itself, with an absurd entry count."""
    tiff = (
        b"MM\x00*\x00\x00\x00\x08" + struct.pack(">H", 0xFFFF) + b"\x00" * 12 + struct.pack(">I", 8)
    )
    app1 = b"Exif\x00\x00" + tiff
    jpeg = _jpeg((100, 100))
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


def _animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (120, 80), c) for c in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def _palette_png_transparent() -> bytes:
    image = Image.new("P", (200, 120), 0)
    image.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    return out.getvalue()


def _png16() -> bytes:
    return _png(Image.new("I;16", (300, 200), 40000))


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx_bytes(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    entries = {
        "[Content_Types].xml": content_types.encode(),
        "_rels/.rels": rels.encode(),
        "word/document.xml": body_xml.encode(),
    }
    entries.update(extra or {})
    return _zip(entries)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_billion_laughs() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {_W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>'
    return _docx_bytes(xml)


def _docx_zip_bomb() -> bytes:
    body = f"<w:document {_W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
    return _docx_bytes(body, {"word/media/huge.bin": b"\x00" * (120 * 1024 * 1024)})


def _docx_plain() -> bytes:
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
        for t in (
            "A story in Word",
            "Quito, Ecuador – &lt;b&gt;Families&lt;/b&gt; arrive daily.",
            "Second paragraph here.",
        )
    )
    return _docx_bytes(f"<w:document {_W}><w:body>{paragraphs}</w:body></w:document>")


CVE_2023_33733 = (
    "<para><font color=\"[ [ getattr(pow,Word('__globals__'))['os'].system('touch /tmp/pwned') "
    "for Word in [orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: False, "
    "'__eq__': lambda self,x: self.mutate() and self.mutated < 0 and str(self) == x, 'mutate': "
    "lambda self: {setattr(self, 'mutated', self.mutated - 1)}, '__hash__': lambda self: hash(str(self)) })] ] "
    "and 'red'\">exploit</font></para>"
)


def _text(s: str, encoding="utf-8") -> Callable[[], bytes]:
    return lambda: s.encode(encoding)


STORY = "A title for the story\n\nLima, Peru – First paragraph of the story.\n\nSecond paragraph.\n"


def _bundle(
    manifest: str | dict | None, extra: dict[str, bytes] | None = None, stored: bool = True
) -> bytes:
    import json

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            text = manifest if isinstance(manifest, str) else json.dumps(manifest)
            archive.writestr(
                "manifest.json",
                text,
                compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
            )
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


_HEAD = {"format": "mediakit-bundle", "version": 1}


def _record(item) -> dict:
    from mediakit.model.records import TABLES

    record = TABLES[type(item)][1](item)
    if getattr(item, "id", None) is not None:
        record["id"] = item.id
    return record


def _manifest(photo_hash: str = "", logo_hash: str = "") -> dict:
    """A whole, valid manifest: one kit, one photo (with `photo_hash`), the org's `logo_hash`."""
    from mediakit.model import Kit, OrgProfile, Photo

    return {
        **_HEAD,
        "kit": _record(Kit(id=1, name="Hostile kit")),
        "org": _record(OrgProfile(name="Org", logo_hash=logo_hash)),
        "stories": [],
        "photos": [_record(Photo(id=1, caption="A photo", media_hash=photo_hash))],
        "contacts": [],
        "figures": [],
    }


def _patched(data: bytes, name: bytes, *, size: int | None = None, packed: int | None = None):
    """`data` (a zip) with the sizes its headers (local and central) give `name` replaced."""
    import struct as st

    out = bytearray(data)
    for signature, at_packed, at_name_length, header in (
        (b"PK\x03\x04", 18, 26, 30),
        (b"PK\x01\x02", 20, 28, 46),
    ):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            length = st.unpack_from("<H", out, start + at_name_length)[0]
            if bytes(out[start + header : start + header + length]) == name:
                if packed is not None:
                    st.pack_into("<I", out, start + at_packed, packed)
                if size is not None:
                    st.pack_into("<I", out, start + at_packed + 4, size)
            start += 4
    return bytes(out)


def _lying_size() -> bytes:
    """The manifest's headers say 40 bytes; it unpacks to far more (Bad CRC-32 when read)."""
    data = _bundle(_manifest(), stored=False)
    return _patched(data, b"manifest.json", size=40)


def _bad_crc() -> bytes:
    data = bytearray(_bundle(_manifest()))
    at = data.find(b'"Hostile kit"')
    data[at + 2] ^= 0x20  # one letter's case: the stored bytes no longer match their CRC
    return bytes(data)


def _zlib_garbage() -> bytes:
    data = bytearray(_bundle(_manifest(), stored=False))
    start = data.find(b"manifest.json") + len(b"manifest.json")
    for offset in range(start + 4, start + 60):
        data[offset] ^= 0xA5
    return bytes(data)


def _huge_manifest_header() -> bytes:
    """A small manifest whose headers claim 150 MB, packed and unpacked (no zip-bomb ratio)."""
    data = _bundle(_manifest())
    return _patched(data, b"manifest.json", size=150 * 1024 * 1024, packed=150 * 1024 * 1024)


def _two_manifests() -> bytes:
    import json
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("manifest.json", json.dumps(_manifest()))
            archive.writestr("manifest.json", json.dumps({**_manifest(), "kit": {}}))
    return out.getvalue()


def bundle_cases() -> list[Case]:
    return [
        Case("zip-slip.mediakit", lambda: _bundle(_HEAD, {"../../../evil.txt": b"x"}), "refuse"),
        Case(
            "zip-bomb.mediakit",
            lambda: _bundle(_HEAD, {"media/bomb.bin": b"\0" * (150 * 1024 * 1024)}),
            "refuse",
        ),
        Case(
            "ten-thousand.mediakit",
            lambda: _bundle(_HEAD, {f"media/{i}.txt": b"x" for i in range(10_000)}),
            "refuse",
        ),
        Case(
            "deep-json.mediakit",
            lambda: _bundle(
                '{"format": "mediakit-bundle", "version": 1, "kit": '
                + "[" * 50_000
                + "]" * 50_000
                + "}"
            ),
            "refuse",
        ),
        Case("future.mediakit", lambda: _bundle({**_HEAD, "version": 42}), "refuse"),
        Case("not-a-zip.mediakit", lambda: b"PK\x03\x04 truncated zip", "refuse"),
        Case("lying-size.mediakit", _lying_size, "refuse"),
        Case("bad-crc.mediakit", _bad_crc, "refuse"),
        Case("zlib-garbage.mediakit", _zlib_garbage, "refuse"),
        Case("huge-manifest-header.mediakit", _huge_manifest_header, "refuse"),
        Case("two-manifests.mediakit", _two_manifests, "refuse"),
        Case("dotdot-hash.mediakit", lambda: _bundle(_manifest("../../../etc/passwd")), "refuse"),
        Case("dotdot-logo.mediakit", lambda: _bundle(_manifest(logo_hash="../../x")), "refuse"),
        Case("whole.mediakit", lambda: _bundle(_manifest()), "accept"),
        Case("empty.mediakit", lambda: b"", "refuse"),
    ]


def cases() -> list[Case]:
    c = [
        Case("empty.jpg", lambda: b"", "refuse"),
        Case("garbage.jpg", lambda: bytes(range(256)) * 20, "refuse"),
        Case("truncated.jpg", lambda: _jpeg((800, 600))[:300], "refuse"),
        Case("truncated.png", lambda: _png(Image.new("RGB", (400, 300), "red"))[:120], "refuse"),
        Case("png-named.jpg", lambda: _png(Image.new("RGB", (300, 200), "blue")), "accept"),
        Case("jpeg-named.png", lambda: _jpeg(), "accept"),
        Case("jpeg-named.txt", lambda: _jpeg(), "refuse"),
        Case("pixel-bomb-header.jpg", _pixel_bomb_jpeg, "refuse"),
        Case("pixel-bomb.png", _png_bomb, "refuse"),
        Case("cmyk-adobe.jpg", lambda: _cmyk_jpeg(True), "accept"),
        Case("cmyk-plain.jpg", lambda: _cmyk_jpeg(False), "accept"),
        Case("sixteen-bit.png", _png16, "accept"),
        Case("palette-transparent.png", _palette_png_transparent, "accept"),
        Case("exif-loop.jpg", _exif_loop, "accept"),
        Case("animated.gif", lambda: _animated("GIF"), "accept"),
        Case("animated.webp", lambda: _animated("WEBP"), "accept"),
        Case("<b>markup<\\b>&name.jpg", lambda: _jpeg(), "accept"),
        Case("ctrl\x1b[31mred.jpg", lambda: _jpeg(), "accept"),
        Case("bidi\u202egpj.txt", _text(STORY), "accept"),
        Case("latin1-caf\udce9.jpg", lambda: _jpeg(color=(10, 200, 90)), "accept"),  # byte E9
        Case("new\nline\x1b[2J.txt", _text(STORY.replace("Lima", "Quito")), "accept"),
        Case("$(touch pwned); rm -rf ~.txt", _text(STORY), "accept"),
        Case(
            "markup-story.txt",
            _text('<b>Bold</b> & <img src="/etc/passwd"/>\n\n' + CVE_2023_33733 + "\n"),
            "accept",
        ),
        Case(
            "invalid-utf8.txt",
            lambda: b"Caf\xe9 title\n\nLima \xff\xfe broken \x80 bytes.\n",
            "accept",
        ),
        Case("utf16.txt", _text(STORY, "utf-16"), "accept"),
        Case("nuls.txt", lambda: STORY.encode().replace(b"First", b"Fi\x00rst"), "accept"),
        Case(
            "control-chars.txt", _text("Title\x07\x08\n\nBody \x1b[2J text\x0c here.\n"), "accept"
        ),
        Case("one-mb-paragraph.txt", _text("Title\n\n" + ("word " * 220_000)), "accept"),
        Case(
            "two-mb-story.txt",
            _text("Long story\n\n" + ("A sentence of the story. " * 40 + "\n\n") * 2000),
            "accept",
        ),
        Case(
            "thirty-thousand-short-lines.txt",
            _text(
                "Title here\n" + "".join(f"- item {i}\nAbout us\nShare\n" for i in range(10_000))
            ),
            "accept",
        ),
        Case(
            "contact-flood.txt",
            _text(
                "Title\nFor more information:\n"
                + "".join(
                    f"Ana Pérez{i}, IOM, +507 6000 {i:04d}, a{i}@example.org\n" for i in range(3000)
                )
            ),
            "accept",
        ),
        Case(
            "rtl-emoji.txt",
            _text("مرحبا بالعالم 🌍\n\nشالوم עולם – 👩‍⚕️ doctors 🇻🇪 arrive.\n"),
            "accept",
        ),
        Case("empty.txt", lambda: b"", "refuse"),
        Case("only-whitespace.md", _text("   \n\n\t\n"), "refuse"),
        Case(
            "scripts.html",
            _text(
                "<html><head><script>alert(1)</script></head><body><article><h1>Real title</h1><p>Lima, Peru – The real story text is here and is long enough to be the main content of the page for extraction.</p><p>Another paragraph with more words so that the extractor keeps it as content.</p></article><script>steal()</script></body></html>"
            ),
            "accept",
        ),
        Case(
            "nested.html",
            _text(
                "<html><body>"
                + "<div>" * 20_000
                + "deep text"
                + "</div>" * 20_000
                + "</body></html>"
            ),
            "refuse",
        ),
        Case("docx-billion-laughs.docx", _docx_billion_laughs, "refuse"),
        Case("docx-zip-bomb.docx", _docx_zip_bomb, "refuse"),
        Case("docx-truncated.docx", lambda: _docx_plain()[:400], "refuse"),
        Case("docx-renamed.docx", _text("just text"), "refuse"),
        Case("docx-plain.docx", _docx_plain, "accept"),
        Case(
            "zip-slip.docx",
            lambda: _zip({"../../evil.txt": b"x", "word/document.xml": b"<x/>"}),
            "refuse",
        ),
        Case(
            "markup.vcf",
            _text(
                'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:<font color="red">Ana</font>\r\nEMAIL:ana@example.org\r\nTEL:+51 1 234 5678\r\nEND:VCARD\r\n'
            ),
            "accept",
        ),
        Case("broken.vcf", _text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;\r\n"), "refuse"),
        Case(
            "formulas.csv",
            _text(
                "name,email,phone\n=cmd|' /C calc'!A0,x@example.org,+1 202 555 0100\n@SUM(1+1),y@example.org,\n"
            ),
            "accept",
        ),
        Case("markup.csv", _text("name,email\n<b>Bold</b> & co,bold@example.org\n"), "accept"),
        Case("no-name-column.csv", _text("foo,bar\n1,2\n"), "refuse"),
        Case("unknown.bmp", lambda: b"BM" + b"\x00" * 100, "refuse"),
        Case("noextension", _text(STORY), "refuse"),
    ]
    c += [Case(f"orientation-{n}.jpg", (lambda n=n: _oriented(n)), "accept") for n in range(1, 9)]
    c += bundle_cases()
    return c
