"""Importing files: each parsed on every core and stored as soon as it and those before it
are, the cleanest stories first, one undo step each (see `import_step`); the import report
says what became of every file (see `import_report`)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import threading
from collections.abc import Callable, Iterable, Iterator

from mediakit.edits.import_report import NOT_IMPORTED, REFUSED, FileReport, ImportResult
from mediakit.edits.import_step import ImportDocument
from mediakit.importers import ParsedDocument
from mediakit.library.cache import RenditionCache
from mediakit.library.media import MediaStore
from mediakit.library.sweep import import_lock
from mediakit.model import MediakitError

CANCELLED = "the import was cancelled before this file was stored"


class ImportControl:
    """What an import in progress is told and tells: `cancel()` (from any thread) stops it
    between two files, and `advanced(done, total)` is called after each file is stored or
    refused. A file is stored whole or not at all, so a cancelled import leaves only whole
    items; the files not reached are reported as not imported."""

    def __init__(self, advanced: Callable[[int, int], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._advanced = advanced
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def begin(self, total: int) -> None:
        self.done, self.total = 0, total
        if self._advanced is not None:
            self._advanced(0, total)

    def step(self) -> None:
        """One more file stored or refused."""
        self.done += 1
        if self._advanced is not None:
            self._advanced(self.done, self.total)


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
    control: ImportControl | None = None,
) -> dict[int, ImportResult]:
    """Import numbered documents as they come: each tidy one at once, the untidy ones after all
    of them, least untidy first. That is the order of a stable sort by untidiness, without
    waiting for the last document to begin with the first. `stored` receives each document as
    it was stored (a site's known junk dropped). With `control`, it stops between two files
    once cancelled (the documents not imported have no result) and hears of each file done."""
    results: dict[int, ImportResult] = {}
    later: list[tuple[int, ParsedDocument]] = []
    control = control or ImportControl()

    def import_one(index: int, document: ParsedDocument) -> None:
        if control.cancelled:
            return
        _store_one(index, document)
        control.step()

    def _store_one(index: int, document: ParsedDocument) -> None:
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
        if control.cancelled:
            break  # the files not yet parsed are never read
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
    control: ImportControl | None = None,
) -> list[FileReport]:
    """Parse and import files of any supported kind, one undo step each; a file that cannot be
    read is refused whole and the others go on. The same for the CLI, drops and File ▸ Import.

    Photos are decoded on every core, and their originals stored as soon as they are checked;
    the catalog is written in this thread, in the order given (cleanest stories first), each
    file as soon as it and the files before it are parsed: the first photos are in the catalog
    while the last are still being decoded. With `control`, the import can be cancelled between
    two files: those not stored by then are reported as not imported, with the reason `CANCELLED`."""
    # Here, not at the top: a command that imports nothing loads no thread pool.
    from mediakit.importers.files import parse_files_in_order

    if control is not None:
        control.begin(len(paths))
    originals: list[tuple[str, str]] = []  # (hash, extension) of each original stored
    store_original = (
        functools.partial(_store_originals, media, originals) if media is not None else None
    )
    refused: dict[int, MediakitError] = {}
    parsed: dict[int, ParsedDocument] = {}

    def documents(parsing) -> Iterator[tuple[int, ParsedDocument]]:
        for index, outcome in enumerate(parsing):
            if isinstance(outcome, ParsedDocument):
                parsed[index] = outcome.without_image_bytes()  # the report needs no pixels
                yield index, outcome
            else:
                refused[index] = outcome
                if control is not None:
                    control.step()

    # Closed however the import ends: the photos not yet decoding are then never read. The
    # import lock keeps the sweep (library.sweep) off the originals stored ahead of the catalog.
    locked = import_lock(media.root.parent) if media is not None else contextlib.nullcontext()
    with locked:
        with contextlib.closing(parse_files_in_order(paths, then=store_original)) as parsing:
            results = _import_tidy_first(
                history,
                documents(parsing),
                media=media,
                cache=cache,
                stored=parsed,
                control=control,
            )
        if media is not None and control is not None and control.cancelled:
            _forget_unstored(history, media, originals)
    return [
        _report(str(path), results.get(i), parsed.get(i), refused.get(i))
        for i, path in enumerate(paths)
    ]


def _report(
    path: str,
    result: ImportResult | None,
    document: ParsedDocument | None,
    error: MediakitError | None,
) -> FileReport:
    if result is not None:
        return FileReport(path, result, document)
    if error is not None:
        return FileReport(path, ImportResult(path, REFUSED, reason=error.message), None)
    return FileReport(path, ImportResult(path, NOT_IMPORTED, reason=CANCELLED), None)


def _store_originals(
    media: MediaStore, originals: list[tuple[str, str]], document: ParsedDocument
) -> ParsedDocument:
    """A photo file's original, kept in the media store (before the catalog points at it);
    `originals` is told each one (from any thread: a list's append is atomic)."""
    images = {
        index: dataclasses.replace(image, media_hash=media.put(image.data, image.ext))
        for index, image in document.images.items()
    }
    originals.extend((image.media_hash, image.ext) for image in images.values())
    return dataclasses.replace(document, images=images)


def _forget_unstored(history, media: MediaStore, originals: list[tuple[str, str]]) -> None:
    """After a cancelled import, the originals stored ahead of files that were then not
    imported: removed at once (not left for the sweep), unless the catalog points at them."""
    rows = history.catalog.db.execute(
        "SELECT hash FROM media UNION SELECT media_hash FROM photos WHERE media_hash IS NOT NULL"
        " UNION SELECT logo_hash FROM org WHERE logo_hash IS NOT NULL"
    )
    referenced = {row[0] for row in rows}
    for media_hash, ext in originals:
        if media_hash not in referenced:
            with contextlib.suppress(OSError):
                media.path(media_hash, ext).unlink()
