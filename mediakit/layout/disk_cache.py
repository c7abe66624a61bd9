"""Fonts, hyphenation patterns and dates in words, worked out once and kept between runs.

Every build used to start by parsing the theme's ten TrueType faces (ReportLab reads them in
pure Python, ≈12 ms a face) and a pyphen pattern file (≈80 ms). The parsed objects are pickled
into the user's cache folder, one file per source file, under a key made of the source's name,
size and modification time, ReportLab's, pyphen's and Python's versions. A missing, stale or
unreadable entry is simply parsed again and rewritten; deleting the folder is always safe, and
a folder that cannot be written only costs the parsing time. The folder is the user's own, like
Python's bytecode caches, and is trusted as they are; nothing in a library folder is unpickled.

Loading a face from the cache gives the same object a parse would (a test compares the PDFs).
Dates in words ("24 de junio de 2023") come from Babel, whose import alone costs ≈35 ms, and QR
codes from ReportLab's pure-Python encoder (≈50 ms a code, a kit's back cover has several): both
are kept per installation of the library that makes them, so a rebuild finds them ready.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import pickle
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFont

from mediakit.fsutil import write_atomic
from mediakit.layout.private_api import face_name, font_parts, restored_font
from mediakit.model import MediakitError
from mediakit.paths import cache_folder, file_stamp, installed_stamp

T = TypeVar("T")
# Bump when what is pickled changes shape, or the module moves (entries name `_restore_font` by
# its module: 2 since layout/parsed.py became layout/disk_cache.py).
_FORMAT = 2


def font(name: str, path: Path) -> TTFont:
    """ReportLab's TTFont for the file at `path`, registered under `name` by the caller."""
    return _with_name(_cached("font", path, lambda: TTFont(name, str(path))), name)


def lazy_font(name: str, path: Path) -> TTFont:
    """`font(name, path)`, read the first time it is used rather than now.

    A kit sets its text in about half of the theme's faces; registering a font with ReportLab
    needs only its face's name, which is kept (per font file) with the parsed fonts."""
    stamp = file_stamp(path)
    if stamp is None:
        return font(name, path)
    key = f"{path.name}:{stamp[0]}:{stamp[1]}"
    stored_name = FACE_NAMES.get(key, lambda: font(name, path).face.name.decode("utf-8"))
    return LazyFont(name, path, face_name(stored_name))


class LazyFont(TTFont):
    """A TTFont whose face, encoding and state are read from the cache (or parsed) the first
    time anything but its name is asked of it; from then on it is that TTFont."""

    def __init__(self, name: str, path: Path, face_name: bytes) -> None:  # no parsing here
        self.fontName = name
        self._path = path
        self.face = _FaceName(self, face_name)

    def _is_loaded(self) -> bool:
        return "_loaded" in vars(self)

    def load(self) -> LazyFont:
        if "_loaded" not in vars(self):
            vars(self).update(vars(font(self.fontName, self._path)), _loaded=True)
        return self

    def __getattr__(self, attribute: str):  # only for what this object does not have (yet)
        if attribute.startswith("__") or attribute in ("_path", "_loaded") or self._is_loaded():
            raise AttributeError(attribute)  # e.g. ReportLab's font.ascent probe: no such thing
        self.load()
        try:
            return vars(self)[attribute]
        except KeyError:
            raise AttributeError(attribute) from None


class _FaceName:
    """A LazyFont's face until the font is read: its name, and the real face for the rest."""

    def __init__(self, font: LazyFont, name: bytes) -> None:
        self._font = font
        self.name = name

    def __getattr__(self, attribute: str):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self._font.load().face, attribute)


def hyphenation_patterns(path: Path):
    """pyphen's parsed patterns (a HyphDict) for the dictionary file at `path`."""
    import pyphen

    return _cached("hyph", path, lambda: pyphen.HyphDict(path), version=pyphen.VERSION)


class Remembered:
    """Small results kept between runs, as JSON: key -> value, for one installation of the
    library that computes them (a new version starts afresh)."""

    def __init__(self, kind: str, library: str, accept: Callable[[object], bool]) -> None:
        self.kind, self.library, self.accept = kind, library, accept
        self._lock = threading.Lock()
        self._values: dict | None = None
        self._entry: Path | None = None

    def get(self, key: str, compute: Callable[[], T]) -> T:
        with self._lock:
            values = self._load()
            if key not in values:
                values[key] = compute()
                if self._entry is not None:
                    with contextlib.suppress(MediakitError, TypeError, ValueError):
                        data = json.dumps(values, ensure_ascii=False).encode("utf-8")
                        write_atomic(self._entry, data, durable=False)
            return values[key]

    def _load(self) -> dict:
        if self._values is None:
            self._entry = _library_entry(self.kind, self.library)
            self._values = {}
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stored = json.loads(self._entry.read_text(encoding="utf-8"))
                self._values = {
                    k: v for k, v in stored.items() if isinstance(k, str) and self.accept(v)
                }
        return self._values


def _library_entry(kind: str, library: str) -> Path | None:
    """The file for `kind`, named after the installed `library` (its path, size and date)."""
    stamp = installed_stamp(library)
    if stamp is None:
        return None
    key = repr((_FORMAT, stamp))
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return cache_folder() / "parsed" / f"{kind}-{digest}.json"


# Babel's words for dates, by locale, date and form.
DATE_WORDS = Remembered("dates", "babel", lambda v: isinstance(v, str))
# QR code modules by level and text: rows of "0"/"1" (ReportLab's encoder, ≈50 ms a code).
QR_MODULES = Remembered(
    "qr",
    "reportlab",
    lambda v: isinstance(v, list) and all(isinstance(r, str) and set(r) <= {"0", "1"} for r in v),
)


# The face name of each font file, by name, size and date: all a font needs to be registered.
FACE_NAMES = Remembered("faces", "reportlab", lambda v: isinstance(v, str))


def date_words(key: str, compute: Callable[[], str]) -> str:
    """Babel's words for a date, `key` naming the date, its form and the language."""
    return DATE_WORDS.get(key, compute)


def _cached(kind: str, source: Path, parse: Callable[[], T], *, version: str = "") -> T:
    entry = _entry(kind, source, version)
    if entry is not None:
        with contextlib.suppress(
            OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ImportError
        ):
            return _Unpickler(io.BytesIO(entry.read_bytes())).load()
    value = parse()
    if entry is not None:
        with contextlib.suppress(MediakitError, pickle.PickleError, TypeError, AttributeError):
            write_atomic(entry, _dumps(value), durable=False)
    return value


def _entry(kind: str, source: Path, version: str) -> Path | None:
    stamp = file_stamp(source)
    if stamp is None:
        return None
    key = repr((_FORMAT, source.name, *stamp, REPORTLAB_VERSION, version) + sys.version_info[:3])
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return cache_folder() / "parsed" / f"{kind}-{source.stem}-{digest}.pickle"


# A TTFont holds two things pickle cannot take: its per-document state (a WeakKeyDictionary,
# empty until a document uses the font) and the face's unit scaling function (a lambda made
# from unitsPerEm). Both are left out and made again on loading, exactly as ReportLab makes
# them (layout.private_api.font_parts and restored_font).


def _dumps(value) -> bytes:
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is TTFont:
            parts = font_parts(obj)
            if parts is None:
                raise pickle.PicklingError("a font in use is not cached")
            return _restore_font, parts
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) == (__name__, "_restore_font"):
            return _restore_font
        return super().find_class(module, name)


def _restore_font(state: dict, face_type: type, face_state: dict) -> TTFont:
    # The name pickled entries call: kept here so that entries written before stay readable.
    return restored_font(state, face_type, face_state)


def _with_name(font: TTFont, name: str) -> TTFont:
    font.fontName = name
    return font
