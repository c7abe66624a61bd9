"""Which importer reads which file: dispatch by extension, checked against the content."""

from __future__ import annotations

import importlib
from pathlib import Path

from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError

# extension -> "module:function"; each parser (and its library) loads only when needed
PARSERS: dict[str, str] = {
    ".txt": "text:parse_text_file",
    ".text": "text:parse_text_file",
    ".md": "markdown:parse_markdown_file",
    ".markdown": "markdown:parse_markdown_file",
    ".docx": "docx:parse_docx_file",
    ".html": "html:parse_html_file",
    ".htm": "html:parse_html_file",
    ".vcf": "vcard:parse_vcard_file",
    ".vcard": "vcard:parse_vcard_file",
    ".csv": "csvfile:parse_csv_file",
    ".mediakit": "bundle:parse_bundle_file",
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"),
        "images:parse_photo_file",
    ),
}


def parser_for(suffix: str):
    module, function = PARSERS[suffix].split(":")
    return getattr(importlib.import_module(f"mediakit.importers.{module}"), function)


def parse_file(path: Path) -> ParsedDocument:
    """Parse one file by its extension; a BadInputError names the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError("there is no such file", path)
    if path.suffix.lower() not in PARSERS:
        known = ", ".join(
            sorted(
                {
                    s
                    for s in PARSERS
                    if s not in (".text", ".markdown", ".htm", ".jpeg", ".tiff", ".vcard", ".heif")
                }
            )
        )
        raise BadInputError(
            f"mediakit does not import “{path.suffix or 'extensionless'}” files (it reads {known})",
            path,
        )
    try:
        return parser_for(path.suffix.lower())(path)
    except (RecursionError, MemoryError) as exc:
        raise BadInputError(
            "the file is too deeply nested or too large to read safely", path
        ) from exc
