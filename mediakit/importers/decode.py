"""Bytes to text the way press officers' files really arrive: BOMs, UTF-16, Windows-1252."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from mediakit.model import BadInputError

MAX_TEXT_BYTES = 20 * 1024 * 1024


def decode_text(data: bytes, *, name: str = "") -> str:
    """Decode and normalise: NFC, LF line endings, no NULs or stray control characters."""
    if len(data) > MAX_TEXT_BYTES:
        raise BadInputError("the document is larger than 20 MB", name or None)
    if _looks_binary(data):
        raise BadInputError(
            "this is not a text document (it looks like a binary file)", name or None
        )
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return unicodedata.normalize("NFC", _unmangled(text).replace("\u00a0", " "))


def _unmangled(text: str) -> str:
    """Text whose UTF-8 was once read as Windows-1252 ("PerÃº") put right. ftfy changes only
    what is surely mojibake (it leaves quotes, dashes and real accents as they are)."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # loaded only for text that looks damaged

    return ftfy.fix_encoding(text)


_MOJIBAKE = re.compile(
    "[ÃÂâÅ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178]"
)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_limited(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes, or a BadInputError naming it (unreadable, or larger than `limit`)."""
    try:
        if path.stat().st_size > limit:
            raise BadInputError(f"the file is larger than {limit // (1024 * 1024)} MB", path)
        return path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc


_BINARY_MAGIC = (
    b"\xff\xd8\xff",
    b"\x89PNG",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"RIFF",
    b"II*\x00",
    b"MM\x00*",
)


def _looks_binary(data: bytes) -> bool:
    """Images, PDFs, zips renamed .txt; or bytes with NULs that are not UTF-16 text."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:8192]
    return sample.count(0) > max(4, len(sample) // 50)
