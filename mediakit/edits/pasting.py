"""Importing what was pasted or dropped that is not a file: a browser selection (HTML), plain
text or an image, read by the same importers as a saved page, a .txt file or a photo file.

The pasted content is written to a private temporary folder under a name that says what it
was and imported from there by `import_paths`, so it has every guarantee a file has (the size
limits, the whole item or nothing, the same report and review); the report names the paste,
not the temporary file, which is gone when the import ends.
"""

from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mediakit.edits.import_report import REFUSED, FileReport
from mediakit.edits.importing import ImportControl, import_paths
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.model import BadInputError

# What a pasted image may be, by its first bytes: the extension the photo importer reads it by.
_IMAGE_MAGIC = (
    (b"\x89PNG", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF8", ".gif"),
    (b"RIFF", ".webp"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)
PASTED = "Pasted from the clipboard"


@dataclass(frozen=True, slots=True)
class Pasted:
    """What the clipboard or a drop holds, best first: HTML, else text, else an image's bytes.

    `name` is what the story or photo is called in the report until it has a title."""

    html: str = ""
    text: str = ""
    image: bytes = b""
    name: str = PASTED

    def __bool__(self) -> bool:
        return bool(self.html.strip() or self.text.strip() or self.image)


def import_pasted(
    history,
    pasted: Pasted,
    *,
    media: MediaStore | None = None,
    cache: RenditionCache | None = None,
    control: ImportControl | None = None,
) -> list[FileReport]:
    """Import the pasted content as one item (a story, or a photo), one undo step; refused
    whole, with one sentence, when it cannot be read (an empty clipboard, a page with no text)."""
    if not pasted:
        raise BadInputError("the clipboard holds no text, web page or image to import", PASTED)
    reports = _import(history, pasted, media=media, cache=cache, control=control)
    cancelled = control is not None and control.cancelled
    refused = reports[0].result.status == REFUSED
    if refused and pasted.html.strip() and pasted.text.strip() and not cancelled:
        # a fragment too small for the page reader: its text, as the browser gave it
        plain = dataclasses.replace(pasted, html="")
        reports = _import(history, plain, media=media, cache=cache, control=control)
    return reports


def _import(history, pasted: Pasted, **where) -> list[FileReport]:
    with tempfile.TemporaryDirectory(prefix="mediakit-paste-") as folder:
        path = _written(Path(folder), pasted)
        reports = import_paths(history, [path], **where)
    return [_named(report, str(path), pasted.name) for report in reports]


def _written(folder: Path, pasted: Pasted) -> Path:
    """The pasted content in a file of the kind it is, named after the paste."""
    base = pasted.name.replace("/", "-").strip(" .") or PASTED
    if pasted.html.strip():
        path = folder / f"{base}.html"
        path.write_text(pasted.html, encoding="utf-8")
    elif pasted.text.strip():
        path = folder / f"{base}.txt"
        path.write_text(pasted.text, encoding="utf-8")
    else:
        suffix = next((ext for magic, ext in _IMAGE_MAGIC if pasted.image.startswith(magic)), "")
        if not suffix:
            raise BadInputError("the pasted image is of a kind mediakit does not read", PASTED)
        path = folder / f"{base}{suffix}"
        path.write_bytes(pasted.image)
    return path


def _named(report: FileReport, temporary: str, name: str) -> FileReport:
    """The report with the paste's name where it had the temporary file's path."""

    def renamed(text: str) -> str:
        return text.replace(temporary, name).replace(Path(temporary).name, name)

    result = dataclasses.replace(
        report.result, name=renamed(report.result.name), reason=renamed(report.result.reason)
    )
    return dataclasses.replace(report, path=name, result=result)
