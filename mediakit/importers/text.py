"""Plain-text stories (.txt): one paragraph per line or per blank-line block."""

from __future__ import annotations

import re
from pathlib import Path

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.structure import Para, ParsedDocument, document_from_paras, split_long


def parse_text_file(path: Path) -> ParsedDocument:
    return parse_text(decode_text(read_limited(path), name=str(path)), name=path.name)


def parse_text(text: str, *, name: str = "") -> ParsedDocument:
    return document_from_paras([Para(line) for line in paragraph_lines(text)], name=name)


def paragraph_lines(text: str) -> list[str]:
    """One entry per paragraph: hard-wrapped lines joined, very long lines split at sentences."""
    result: list[str] = []
    for group in re.split(r"\n\s*\n", text):
        current = ""
        for raw in group.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if current and not current.endswith(tuple('.!?:”"')) and line[0].islower():
                current = f"{current} {line}"
            else:
                if current:
                    result.append(current)
                current = line
        if current:
            result.append(current)
    return [piece for line in result for piece in split_long(line)]
