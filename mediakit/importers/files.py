"""Which importer reads which file: dispatch by extension, checked against the content."""

from __future__ import annotations

import dataclasses
import importlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError, MediakitError

PHOTO_PARSER = "images:parse_photo_file"
# extension -> "module:function"; each parser (and its library) loads only when needed
PARSERS: dict[str, str] = {
    ".txt": "text:parse_text_file",
    ".text": "text:parse_text_file",
    ".md": "markdown:parse_markdown_file",
    ".markdown": "markdown:parse_markdown_file",
    ".docx": "docx:parse_docx_file",
    ".odt": "odt:parse_odt_file",
    ".pdf": "pdf:parse_pdf_file",
    ".eml": "eml:parse_eml_file",
    ".html": "html:parse_html_file",
    ".htm": "html:parse_html_file",
    ".vcf": "vcard:parse_vcard_file",
    ".vcard": "vcard:parse_vcard_file",
    ".csv": "csvfile:parse_csv_file",
    ".mediakit": "bundle:parse_bundle_file",
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"),
        PHOTO_PARSER,
    ),
}


def parser_for(suffix: str):
    module, function = PARSERS[suffix].split(":")
    return getattr(importlib.import_module(f"mediakit.importers.{module}"), function)


def file_extension(path: Path) -> str:
    """The extension a file really has, lower case: the spaces and dots some systems leave at
    the end of a name ("photo.jpg ") are not part of it."""
    return Path(Path(path).name.rstrip(" .")).suffix.lower()


def parse_file(path: Path) -> ParsedDocument:
    """Parse one file by its extension; a BadInputError names the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError("there is no such file", path)
    extension = file_extension(path)
    if extension not in PARSERS:
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
            f"mediakit does not import “{extension or 'extensionless'}” files (it reads {known})",
            path,
        )
    try:
        return _storable_names(parser_for(extension)(path))
    except (RecursionError, MemoryError) as exc:
        raise BadInputError(
            "the file is too deeply nested or too large to read safely", path
        ) from exc


def _storable_names(document: ParsedDocument) -> ParsedDocument:
    """A file name with bytes that are not UTF-8 (kept by Python as lone surrogates) cannot go
    into the catalog or be printed: those bytes are written as \\xNN in the names kept."""
    name = document.name
    if not any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        return document
    readable = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    photos = tuple(
        dataclasses.replace(p, original_name=readable) if p.original_name == name else p
        for p in document.photos
    )
    images = {
        key: dataclasses.replace(image, name=readable) if image.name == name else image
        for key, image in document.images.items()
    }
    story = document.story
    if story is not None and story.origin == name:
        story = dataclasses.replace(story, origin=readable)
    return dataclasses.replace(document, name=readable, photos=photos, images=images, story=story)


def parse_files(
    paths: list[Path],
    *,
    then: Callable[[ParsedDocument], ParsedDocument] | None = None,
    workers: int | None = None,
) -> list[ParsedDocument | MediakitError]:
    """Parse files in the order given: each one's document, or the error that refuses it."""
    return list(parse_files_in_order(paths, then=then, workers=workers))


def parse_files_in_order(
    paths: list[Path],
    *,
    then: Callable[[ParsedDocument], ParsedDocument] | None = None,
    workers: int | None = None,
) -> Iterator[ParsedDocument | MediakitError]:
    """`parse_files`, each outcome given as soon as it and those before it are ready, so that
    the caller can store the first photos while the last are being decoded.

    Photo files are decoded on every core (Pillow decodes without the GIL); other files are
    parsed meanwhile in this thread. At most `workers` photos are being decoded at a time, so
    few decoded images are ever in memory. Each decoded photo's document is then passed to
    `then` (storing its original) on a thread of its own: a decoding core never waits for a
    disk."""
    decoding = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2)
    storing = ThreadPoolExecutor(max_workers=_STORING_THREADS)
    try:
        photos = {
            index: decoding.submit(_parse, Path(path), then, storing)
            for index, path in enumerate(paths)
            if PARSERS.get(file_extension(path)) == PHOTO_PARSER
        }
        others = {i: _parse(Path(path)) for i, path in enumerate(paths) if i not in photos}
        for index in range(len(paths)):
            # Popped, not looked up: a photo's bytes are let go once its caller is done with it.
            yield _outcome(photos.pop(index)) if index in photos else others.pop(index)
    finally:  # interrupted or abandoned: the photos not started yet are not read at all
        decoding.shutdown(cancel_futures=True)
        storing.shutdown(cancel_futures=True)


# Writing (and syncing) originals waits on the disk, not a core.
_STORING_THREADS = 4


def _parse(path: Path, then=None, storing: ThreadPoolExecutor | None = None):
    """The document, its error, or (with `then`) the future of `then(document)`."""
    try:
        document = parse_file(path)
    except MediakitError as error:
        return error
    if then is None or storing is None:
        return document
    return storing.submit(_then, then, document)


def _then(then, document: ParsedDocument) -> ParsedDocument | MediakitError:
    try:
        return then(document)
    except MediakitError as error:
        return error


def _outcome(outcome) -> ParsedDocument | MediakitError:
    while isinstance(outcome, Future):
        outcome = outcome.result()
    return outcome
