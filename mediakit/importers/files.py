"""Which importer reads which file: dispatch by extension, checked against the content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediakit.importers.bundle import parse_bundle_file
from mediakit.importers.csvfile import parse_csv_file
from mediakit.importers.docx import parse_docx_file
from mediakit.importers.html import parse_html_file
from mediakit.importers.images import parse_photo_file
from mediakit.importers.markdown import parse_markdown_file
from mediakit.importers.structure import ParsedDocument
from mediakit.importers.text import parse_text_file
from mediakit.importers.vcard import parse_vcard_file
from mediakit.model import BadInputError

PARSERS: dict[str, Callable[[Path], ParsedDocument]] = {
    ".txt": parse_text_file,
    ".text": parse_text_file,
    ".md": parse_markdown_file,
    ".markdown": parse_markdown_file,
    ".docx": parse_docx_file,
    ".html": parse_html_file,
    ".htm": parse_html_file,
    ".vcf": parse_vcard_file,
    ".vcard": parse_vcard_file,
    ".csv": parse_csv_file,
    ".mediakit": parse_bundle_file,
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"),
        parse_photo_file,
    ),
}


def parse_file(path: Path) -> ParsedDocument:
    """Parse one file by its extension; a BadInputError names the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError("there is no such file", path)
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
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
        return parser(path)
    except (RecursionError, MemoryError) as exc:
        raise BadInputError(
            "the file is too deeply nested or too large to read safely", path
        ) from exc
