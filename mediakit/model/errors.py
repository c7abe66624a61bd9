"""Errors a user can cause: each carries the file and a sentence a press officer understands."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path


class MediakitError(Exception):
    """Base of every error the CLI and the GUI show as one sentence, never a traceback."""

    exit_code = 3

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{display_path(self.path)}: {self.message}"


def display_path(path: str | Path) -> str:
    """A file name safe to print: control characters and bidi overrides shown as escapes."""
    return "".join(_visible(ch) for ch in str(path))


def _visible(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cs":  # a byte of a file name that was not UTF-8 (os.fsdecode keeps it so)
        with contextlib.suppress(UnicodeEncodeError):
            return f"\\x{ch.encode('utf-8', 'surrogateescape')[0]:02x}"
    if category in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return f"\\u{ord(ch):04x}"
    return ch


class BadInputError(MediakitError):
    """A file the user gave cannot be read or understood."""


class CatalogError(MediakitError):
    """The library's catalog cannot be opened as it is."""


class ConflictError(MediakitError):
    """Another program changed or removed an item since this one read it; nothing was written.
    `kind` and `item_id` name the item, so the app reloads it."""

    kind: object = None
    item_id: int | None = None


class NotFoundError(MediakitError):
    """A kit, story, photo... named by the user does not exist."""

    exit_code = 2


class OutputError(MediakitError):
    """An output file cannot be written."""
