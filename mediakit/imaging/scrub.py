"""Clean bytes for output: a JPEG with no block that could tell more than its pixels.

Every image mediakit writes out (renditions and proxies, the photo pack, the bundle; the HTML
twin when it comes) is a new JPEG encoded by Pillow with its metadata dropped
(`renditions.encode_jpeg`), and then passes through `clean_jpeg`: a lossless filter over the
JPEG's segments that keeps only what a decoder needs. It drops

- APP1 (EXIF with GPS, maker notes and the EXIF thumbnail; XMP), APP2 (ICC, MPF: the extra
  images of an MPO), APP3..APP13 (APP13: IPTC and Photoshop resources), APP15,
- APP0 unless it is a plain JFIF header (a JFXX or JFIF thumbnail is dropped),
- APP14 unless it is Adobe's 12-byte colour-transform note,
- COM (comments: Pillow copies a source's comment into every JPEG it saves from it),
- anything after the end-of-image marker (appended thumbnails, second images, trailers),

in every position, between the scans of a progressive JPEG too. It never re-encodes: the
entropy-coded data is copied byte for byte, so it can clean an original losslessly as well.
"""

from __future__ import annotations

_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_STANDALONE = frozenset([0x01, *range(0xD0, 0xD8)])  # TEM, RST0..7: no length
_KEPT = frozenset(
    [
        0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF,  # SOFn
        0xC4, 0xCC, 0xDB, 0xDD, 0xDC, 0xDE, 0xDF,  # DHT, DAC, DQT, DRI, DNL, DHP, EXP
    ]
)  # fmt: skip


class NotAJpeg(ValueError):
    """The bytes are not a JPEG whose segments can be walked."""


def clean_jpeg(data: bytes) -> bytes:
    """The same JPEG (same pixels, same entropy-coded bytes) with every metadata block removed.

    Raises NotAJpeg when the segments cannot be walked to the end-of-image marker."""
    if data[:2] != b"\xff\xd8":
        raise NotAJpeg("no start-of-image marker")
    out = bytearray(data[:2])
    pos, end = 2, len(data)
    while True:
        pos = _next_marker(data, pos)
        marker = data[pos + 1]
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out)
        if marker in _STANDALONE:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > end:
            raise NotAJpeg("a segment is cut short")
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment_end = pos + 2 + length
        if length < 2 or segment_end > end:
            raise NotAJpeg("a segment is cut short")
        if marker == _SOS:
            scan_end = _scan_end(data, segment_end)
            out += data[pos:scan_end]
            pos = scan_end
            continue
        if _kept(marker, data[pos + 4 : segment_end]):
            out += data[pos:segment_end]
        pos = segment_end


def is_clean_jpeg(data: bytes) -> bool:
    """Whether `clean_jpeg` would leave `data` as it is (a check for tests and callers)."""
    try:
        return clean_jpeg(data) == data
    except NotAJpeg:
        return False


def _kept(marker: int, payload: bytes) -> bool:
    if marker in _KEPT:
        return True
    if marker == 0xE0:  # APP0: a JFIF header with no thumbnail (width and height 0)
        return len(payload) == 14 and payload[:5] == b"JFIF\x00" and payload[12:14] == b"\0\0"
    if marker == 0xEE:  # APP14: Adobe's note on the colour transform, needed to decode
        return len(payload) == 12 and payload[:5] == b"Adobe"
    return False  # APP1..APP13, APP15, COM, and markers no decoder needs


def _next_marker(data: bytes, pos: int) -> int:
    """Position of the next marker at `pos` (fill bytes 0xFF skipped)."""
    end = len(data)
    if pos >= end or data[pos] != 0xFF:
        raise NotAJpeg("a segment does not start with a marker")
    while pos + 1 < end and data[pos + 1] == 0xFF:
        pos += 1
    if pos + 1 >= end:
        raise NotAJpeg("no end-of-image marker")
    return pos


def _scan_end(data: bytes, pos: int) -> int:
    """Where the entropy-coded data that starts at `pos` ends: at the first marker that is not
    a stuffed 0xFF00 nor a restart marker."""
    end = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= end:
            raise NotAJpeg("no end-of-image marker")
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        elif following == 0xFF:
            pos += 1
        else:
            return pos
