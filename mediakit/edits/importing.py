"""Importing files: each parsed on every core and stored as soon as it and those before it
are, the cleanest stories first, one undo step each (see `import_step`); the import report
says what became of every file (see `import_report`)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections.abc import Iterable, Iterator

from mediakit.edits.import_report import REFUSED, FileReport, ImportResult
from mediakit.edits.import_step import ImportDocument
from mediakit.importers import ParsedDocument
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.library.sweep import import_lock
from mediakit.model import MediakitError


def import_documents(
    history,
    documents: list[ParsedDocument],
    *,
    media: MediaStore | None = None,
    cache: RenditionCache | None = None,
) -> list[ImportResult]:
    """Import several documents, one undo step each, results in the order given.

    The cleanest copy of a story goes in first (a title found, no navigation noise), so a
    scraped duplicate imported alongside it is the one reported as "same as". With `cache`,
    each photo's proxy (made by the import's decode) is kept there for the renditions.
    """
    results = _import_tidy_first(history, enumerate(documents), media=media, cache=cache)
    return [results[i] for i in range(len(documents))]


def _import_tidy_first(
    history,
    documents: Iterable[tuple[int, ParsedDocument]],
    *,
    media: MediaStore | None,
    cache: RenditionCache | None,
    stored: dict[int, ParsedDocument] | None = None,
) -> dict[int, ImportResult]:
    """Import numbered documents as they come: each tidy one at once, the untidy ones after all
    of them, least untidy first. That is the order of a stable sort by untidiness, without
    waiting for the last document to begin with the first. `stored` receives each document as
    it was stored (a site's known junk dropped)."""
    results: dict[int, ImportResult] = {}
    later: list[tuple[int, ParsedDocument]] = []

    def import_one(index: int, document: ParsedDocument) -> None:
        edit = ImportDocument(document, media=media, cache=cache)
        try:
            history.do(edit)  # all or nothing: a file that fails leaves no half of itself
        except MediakitError as error:  # a full disk, a read-only library: this file and on
            results[index] = ImportResult(document.name, REFUSED, reason=error.message)
            return
        results[index] = edit.result
        if stored is not None:
            stored[index] = edit.document

    for index, document in documents:
        if _untidiness(document) == _TIDY:
            import_one(index, document)
        else:
            later.append((index, document))
    for index, document in sorted(later, key=lambda item: _untidiness(item[1])):
        import_one(index, document)
    return results


_TIDY = (0, 0)


def _untidiness(document: ParsedDocument) -> tuple[int, int]:
    untitled = any("no title" in note for note in document.notes)
    return (int(untitled), len(document.dropped))


def import_paths(
    history,
    paths: list,
    *,
    media: MediaStore | None = None,
    cache: RenditionCache | None = None,
) -> list[FileReport]:
    """Parse and import files of any supported kind, one undo step each; a file that cannot be
    read is refused whole and the others go on. The same for the CLI, drops and File ▸ Import.

    Photos are decoded on every core, and their originals stored as soon as they are checked;
    the catalog is written in this thread, in the order given (cleanest stories first), each
    file as soon as it and the files before it are parsed: the first photos are in the catalog
    while the last are still being decoded."""
    # Here, not at the top: a command that imports nothing loads no thread pool.
    from mediakit.importers.files import parse_files_in_order

    store_original = functools.partial(_store_originals, media) if media is not None else None
    refused: dict[int, MediakitError] = {}
    parsed: dict[int, ParsedDocument] = {}

    def documents(parsing) -> Iterator[tuple[int, ParsedDocument]]:
        for index, outcome in enumerate(parsing):
            if isinstance(outcome, ParsedDocument):
                parsed[index] = outcome.without_image_bytes()  # the report needs no pixels
                yield index, outcome
            else:
                refused[index] = outcome

    # Closed however the import ends: the photos not yet decoding are then never read. The
    # import lock keeps the sweep (library.sweep) off the originals stored ahead of the catalog.
    locked = import_lock(media.root.parent) if media is not None else contextlib.nullcontext()
    with locked, contextlib.closing(parse_files_in_order(paths, then=store_original)) as parsing:
        results = _import_tidy_first(
            history, documents(parsing), media=media, cache=cache, stored=parsed
        )
    return [
        FileReport(str(path), results[i], parsed[i])
        if i in parsed
        else FileReport(
            str(path), ImportResult(str(path), REFUSED, reason=refused[i].message), None
        )
        for i, path in enumerate(paths)
    ]


def _store_originals(media: MediaStore, document: ParsedDocument) -> ParsedDocument:
    """A photo file's original, kept in the media store (before the catalog points at it)."""
    images = {
        index: dataclasses.replace(image, media_hash=media.put(image.data, image.ext))
        for index, image in document.images.items()
    }
    return dataclasses.replace(document, images=images)
