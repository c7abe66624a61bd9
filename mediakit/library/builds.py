"""Finished builds, by fingerprint: a kit built again with nothing changed is not laid out again.

The fingerprint (made by the exporter) covers everything a PDF depends on: the kit's content,
mediakit's code and assets, and the libraries that draw it. Each entry is the PDF and a small
JSON note written after it, naming the PDF's SHA-256: an entry without its note, or whose PDF
does not match, does not exist. Only the latest few are kept; the folder is a cache, safe to
delete at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from mediakit.fsutil import write_atomic
from mediakit.model import MediakitError

KEEP = 16


class BuildCache:
    def __init__(self, root: Path, keep: int = KEEP) -> None:
        self.root = Path(root)
        self.keep = keep

    def get(self, fingerprint: str) -> tuple[bytes, dict[str, Any]] | None:
        """The PDF and the note kept with it, or None."""
        pdf_path, note_path = self._paths(fingerprint)
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
            pdf = pdf_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(note, dict) or note.get("sha256") != hashlib.sha256(pdf).hexdigest():
            return None
        with contextlib.suppress(OSError):
            note_path.touch()  # recently used: kept longer
        return pdf, note

    def put(self, fingerprint: str, pdf: bytes, note: dict[str, Any]) -> None:
        pdf_path, note_path = self._paths(fingerprint)
        data = json.dumps({**note, "sha256": hashlib.sha256(pdf).hexdigest()}).encode("utf-8")
        with contextlib.suppress(MediakitError):  # a cache that cannot be written costs time only
            write_atomic(pdf_path, pdf, durable=False)
            write_atomic(note_path, data, durable=False)
            self._trim()

    def _trim(self) -> None:
        notes = sorted(self.root.glob("*.json"), key=_mtime, reverse=True)
        for note in notes[self.keep :]:
            note.unlink(missing_ok=True)
            note.with_suffix(".pdf").unlink(missing_ok=True)

    def _paths(self, fingerprint: str) -> tuple[Path, Path]:
        name = hashlib.sha256(fingerprint.encode()).hexdigest()[:40]
        return self.root / f"{name}.pdf", self.root / f"{name}.json"


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
