"""One kit, every edition in one go: one PDF for each office, language, paper or edition.

`mediakit build KIT --each office -o DIR/` and the app's export dialog both come here. What to
build is read from the `--each` choices (`parse_each`), laid out as one variant per file
(`plan`), and built by `build_each`:

- an office's edition puts that office's contacts first (added to the kit's contacts if the
  kit lacks them), its city on the cover (the kit's place) and uses its language and paper; a
  `lang=` or `paper=` choice given as well wins over the office's own;
- an edition in a language prints each story in that language when the library has its
  translation (linked at import), with the translation's photos; otherwise the story as it is
  (and preflight warns, as for any kit);
- the proxies every variant's renditions are made from are made once, before any build, and
  the variants are scheduled so that the first to start covers each paper and edition once:
  the later builds of the same paper find their renditions in the cache;
- each PDF is laid out and checked by preflight in a worker process (one per core); the files
  are written here, each through a temporary name and renamed into place, so a file is whole
  or not there; a cancel stops what has not started, and what was written stays, whole.

Qt-free; never touch widgets in the callbacks: they run on the export's thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit.exporters.export import ExportCancelled, ExportRequest
from mediakit.fsutil import write_atomic
from mediakit.library import queries
from mediakit.model import (
    BadInputError,
    Contact,
    Edition,
    Finding,
    KitContent,
    Language,
    Office,
    Paper,
    Photo,
    Section,
    SectionKind,
    Story,
)
from mediakit.model.offices import office_slug, slug
from mediakit.preflight import has_errors

if TYPE_CHECKING:
    from mediakit.library.builds import BuildCache
    from mediakit.library.cache import RenditionCache

AXES = ("office", "lang", "paper", "edition")
_CHOICES: dict[str, tuple[str, ...]] = {
    "lang": tuple(lang.value for lang in Language),
    "paper": tuple(p.value for p in Paper),
    "edition": tuple(e.value for e in Edition),
}
_WHAT = {"lang": "kit language", "paper": "paper size", "edition": "edition"}


@dataclass(frozen=True)
class Each:
    """One `--each` choice: an axis and its values (for `office`, none means every office)."""

    axis: str
    values: tuple[str, ...] = ()


def parse_each(texts: Sequence[str]) -> tuple[Each, ...]:
    """`["office", "lang=en,es"]` -> the choices; a wrong one is a BadInputError in one
    sentence naming what is allowed."""
    eaches: dict[str, Each] = {}
    for text in texts:
        axis, _, values = text.partition("=")
        axis = axis.strip().lower()
        axis = "lang" if axis in ("language", "languages") else axis
        if axis not in AXES:
            raise BadInputError(
                f"“--each {text}” is not something to build each of; use office, "
                "lang=en,es,pt,fr, paper=a4,letter or edition=press,handout,booklet"
            )
        if axis in eaches:
            raise BadInputError(f"--each {axis} is given twice; give its values once, with commas")
        items = tuple(dict.fromkeys(v.strip() for v in values.split(",") if v.strip()))
        if axis != "office":
            if not items:
                choices = ",".join(_CHOICES[axis])
                raise BadInputError(f"--each {axis} needs its values, e.g. --each {axis}={choices}")
            items = tuple(v.lower() for v in items)
            wrong = [v for v in items if v not in _CHOICES[axis]]
            if wrong:
                raise BadInputError(
                    f"“{wrong[0]}” is not a {_WHAT[axis]} for --each {axis} "
                    f"({', '.join(_CHOICES[axis])})"
                )
        eaches[axis] = Each(axis, items)
    return tuple(eaches[axis] for axis in AXES if axis in eaches)


@dataclass(frozen=True)
class Variant:
    """One file of the set: the office (if any) and the choices that differ from the kit's."""

    name: str
    office: Office | None = None
    language: Language | None = None
    paper: Paper | None = None
    edition: Edition | None = None

    def describe(self) -> dict:
        return {
            "file": self.name,
            "office": self.office.name if self.office else None,
            "lang": self.language.value if self.language else None,
            "paper": self.paper.value if self.paper else None,
            "edition": self.edition.value if self.edition else None,
        }


def plan(content: KitContent, eaches: Sequence[Each], offices: Sequence[Office]) -> list[Variant]:
    """The files `eaches` asks for, in order, each named for what it is
    (`donor-visit_bogota_es_letter.pdf`). `offices` are the library's."""
    by_axis = {each.axis: each for each in eaches}
    if not by_axis:
        raise BadInputError("--each needs office, lang=…, paper=… or edition=…")
    chosen: list[Office | None] = [None]
    if "office" in by_axis:
        chosen = list(_offices(by_axis["office"].values, offices))
    langs = [Language(v) for v in by_axis["lang"].values] if "lang" in by_axis else [None]
    papers = [Paper(v) for v in by_axis["paper"].values] if "paper" in by_axis else [None]
    editions = [Edition(v) for v in by_axis["edition"].values] if "edition" in by_axis else [None]
    kit = content.kit
    variants, taken = [], set()
    for office, lang, edition, size in itertools.product(chosen, langs, editions, papers):
        language = lang or (office.language if office else None)  # lang= wins over the office's
        paper = size or (office.paper if office else None)
        parts = [slug(kit.name) or f"kit-{kit.id}"]
        if office is not None:
            parts.append(office_slug(office))
        if "office" in by_axis or "lang" in by_axis:
            parts.append((language or kit.language).value)
        if "office" in by_axis or "paper" in by_axis:
            parts.append((paper or kit.options.paper).value)
        if edition is not None:
            parts.append(edition.value)
        variants.append(Variant(_free("_".join(parts), taken), office, language, paper, edition))
    return variants


def _offices(wanted: tuple[str, ...], offices: Sequence[Office]) -> list[Office]:
    if not offices:
        raise BadInputError(
            "the library has no offices for --each office; add one with “mediakit office add”"
        )
    if not wanted:
        return list(offices)
    found = []
    for name in wanted:
        folded = " ".join(name.split()).casefold()
        match = next(
            (
                o
                for o in offices
                if folded in (o.name.casefold(), office_slug(o)) or folded == str(o.id)
            ),
            None,
        )
        if match is None:
            known = ", ".join(o.name for o in offices)
            raise BadInputError(f"there is no office “{name}” for --each office ({known})")
        found.append(match)
    return list(dict.fromkeys(found))


def _free(stem: str, taken: set[str]) -> str:
    name, number = f"{stem}.pdf", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.pdf"
    taken.add(name)
    return name


def for_office(content: KitContent, office: Office, contacts: Mapping[int, Contact]) -> KitContent:
    """The kit as `office` hands it out: its contacts first in the kit's contacts (a contacts
    section made before the back matter if the kit has none), its city as the cover's place,
    its language and paper. `contacts` are the library's (the office's may not be in the kit)."""
    own = tuple(i for i in office.contact_ids if i in contacts)
    kit = content.kit
    sections = list(kit.sections)
    first = next((i for i, s in enumerate(sections) if s.kind is SectionKind.CONTACTS), None)
    if first is not None:
        sections = [
            dataclasses.replace(
                s,
                ids=(*own, *(c for c in s.ids if c not in own))
                if i == first
                else tuple(c for c in s.ids if c not in own),
            )
            if s.kind is SectionKind.CONTACTS
            else s
            for i, s in enumerate(sections)
        ]
    elif own:
        back = (SectionKind.ABOUT, SectionKind.BACK_COVER)
        at = next((i for i, s in enumerate(sections) if s.kind in back), len(sections))
        sections.insert(at, Section(SectionKind.CONTACTS, own))
    kit = dataclasses.replace(
        kit,
        place=office.city or kit.place,
        language=office.language,
        options=dataclasses.replace(kit.options, paper=office.paper),
        sections=tuple(sections),
    )
    return dataclasses.replace(
        content, kit=kit, contacts={**content.contacts, **{i: contacts[i] for i in own}}
    )


@dataclass(frozen=True)
class Extras:
    """What the library holds beyond the kit that its editions may use: the offices' contacts,
    the kit's stories' translations (kit story id -> language -> story) and their photos."""

    contacts: Mapping[int, Contact] = dataclasses.field(default_factory=dict)
    translations: Mapping[int, Mapping[Language, Story]] = dataclasses.field(default_factory=dict)
    photos: Mapping[int, Photo] = dataclasses.field(default_factory=dict)


def extras_of(db: sqlite3.Connection, content: KitContent, offices: Sequence[Office]) -> Extras:
    """Read from the catalog what the editions of `content` for `offices` may use."""
    wanted = {i for office in offices for i in office.contact_ids}
    translations: dict[int, dict[Language, Story]] = {}
    for story_id, story in content.stories.items():
        original = story.translation_of if story.translation_of is not None else story_id
        group = [story]
        if original != story_id:
            group += list(queries.some_of(db, Story, {original}).values())
        group += queries.translations_of(db, original)
        by_language: dict[Language, Story] = {}
        for member in group:  # the kit's own story first, then the original, then the others
            by_language.setdefault(member.language, member)
        translations[story_id] = by_language
    photo_ids = {p for by in translations.values() for s in by.values() for p in s.photo_ids}
    return Extras(
        queries.some_of(db, Contact, wanted),
        translations,
        queries.some_of(db, Photo, photo_ids - set(content.photos)),
    )


def in_language(content: KitContent, language: Language, extras: Extras) -> KitContent:
    """The kit with each story the library has in `language` in that language (same place in
    the kit, with its own photos); the others as they are."""
    swap = {
        story_id: extras.translations[story_id][language]
        for story_id, story in content.stories.items()
        if story.language is not language
        and language in extras.translations.get(story_id, {})
        and extras.translations[story_id][language].id not in content.stories
    }
    if not swap:
        return content
    sections = tuple(
        dataclasses.replace(s, ids=tuple(swap[i].id if i in swap else i for i in s.ids))
        if s.kind is SectionKind.STORY
        else s
        for s in content.kit.sections
    )
    stories = {i: s for i, s in content.stories.items() if i not in swap}
    stories.update({s.id: s for s in swap.values()})
    photos = dict(content.photos)
    for story in swap.values():
        photos.update({p: extras.photos[p] for p in story.photo_ids if p in extras.photos})
    kit = dataclasses.replace(content.kit, sections=sections)
    return dataclasses.replace(content, kit=kit, stories=stories, photos=photos)


@dataclass(frozen=True)
class Outcome:
    """What became of one variant: its file (None when preflight's errors stopped it), what
    preflight found, and whether it went out marked DRAFT (`force`)."""

    variant: Variant
    target: Path | None
    findings: tuple[Finding, ...] = ()
    forced: bool = False

    @property
    def stopped(self) -> bool:
        return self.target is None


@dataclass(frozen=True)
class EachSummary:
    outcomes: tuple[Outcome, ...]

    @property
    def written(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.stopped]

    @property
    def stopped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.stopped]

    def sentence(self) -> str:
        """“Wrote 3 of 4 PDFs; preflight stopped 1: donor-visit_es_a4.pdf.”"""
        total, written = len(self.outcomes), len(self.written)
        text = f"Wrote {written} of {total} PDF{'s' if total != 1 else ''}"
        if self.stopped:
            names = ", ".join(o.variant.name for o in self.stopped)
            text += f"; preflight stopped {len(self.stopped)}: {names}"
        return text + "."


Progress = Callable[[int, int], None]


def build_each(
    base: ExportRequest,
    variants: Sequence[Variant],
    *,
    extras: Extras,
    photos: RenditionCache,
    builds: BuildCache | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> EachSummary:
    """Build every variant of `base` (its kit, folder `base.target`, colour, print, watermark
    and force) and write each PDF that preflight lets through. `extras` (`extras_of`) are the
    offices' contacts and the stories' translations the editions use. `progress` hears (files done,
    files) after each; `cancelled` is asked between files (ExportCancelled once it answers
    True: what was written stays, whole). `workers` defaults to the machine's cores."""
    folder = Path(base.target)
    requests = [_request(base, v, extras) for v in variants]
    contents = [r.prepared() for r in requests]  # a bad watermark is refused before any work
    _check(cancelled)
    hashes = {p.media_hash for c in contents for p in c.photos.values() if p.has_image}
    photos.make_proxies(hashes)  # once, for every variant: the renditions come from them
    order = _schedule(contents)
    total = len(variants)
    outcomes: dict[int, Outcome] = {}

    def finished(index: int, pdf: bytes | None, findings: list[Finding]) -> None:
        variant = variants[index]
        target = None
        if pdf is not None:
            _check(cancelled)
            target = folder / variant.name
            write_atomic(target, pdf)
        forced = pdf is not None and has_errors(findings)
        outcomes[index] = Outcome(variant, target, tuple(findings), forced)
        if progress is not None:
            progress(len(outcomes), total)

    count = min(workers or os.cpu_count() or 1, total)
    if count <= 1:
        for index in order:
            _check(cancelled)
            finished(index, *_build_one(contents[index], base.force, photos, builds))
    else:
        _in_pool(count, order, contents, base.force, photos, builds, finished, cancelled)
    return EachSummary(tuple(outcomes[i] for i in range(total)))


def _in_pool(count, order, contents, force, photos, builds, finished, cancelled) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=count, mp_context=_context()) as pool:
        futures = {pool.submit(_build_one, contents[i], force, photos, builds): i for i in order}
        try:
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                _check(cancelled)
                for future in sorted(done, key=lambda f: order.index(futures[f])):
                    finished(futures[future], *future.result())
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _context():
    """Worker processes that start clean: forked from a small server process where the
    platform has one (never from the app's threads), spawned elsewhere; the layout is loaded
    once in the server, not again in every worker."""
    import multiprocessing

    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:  # Windows
        return multiprocessing.get_context("spawn")
    context.set_forkserver_preload(["mediakit.exporters.pdf"])
    return context


def _build_one(
    content: KitContent,
    force: bool,
    photos: RenditionCache,
    builds: BuildCache | None,
) -> tuple[bytes | None, list[Finding]]:
    """One variant laid out and checked (in a worker process): its PDF, or None if stopped."""
    from mediakit.exporters.pdf import build_checked

    checked = build_checked(content, photos=photos, force=force, builds=builds)
    return checked.pdf, list(checked.findings)


def _request(base: ExportRequest, variant: Variant, extras: Extras) -> ExportRequest:
    content = base.content
    if variant.office is not None:
        content = for_office(content, variant.office, extras.contacts)
    language = variant.language or base.language
    if language is not None:
        content = in_language(content, language, extras)
    return dataclasses.replace(
        base,
        content=content,
        target=Path(base.target) / variant.name,
        language=language,
        paper=variant.paper or base.paper,
        edition=variant.edition or base.edition,
    )


def _schedule(contents: Sequence[KitContent]) -> list[int]:
    """Build order: the first variant of each paper and edition first (they make the
    renditions), then the others, which find them made."""
    seen: dict[tuple, int] = {}
    ranks = []
    for index, content in enumerate(contents):
        options = content.kit.options
        key = (options.paper, options.edition, options.print_ready, options.grayscale)
        ranks.append((seen.get(key, 0), index))
        seen[key] = seen.get(key, 0) + 1
    return [index for _, index in sorted(ranks)]


def with_offices(request: ExportRequest, db: sqlite3.Connection) -> ExportRequest:
    """A bundle's request with the library's field offices and their contacts the kit lacks:
    the receiving office restores them and builds its own edition."""
    offices = tuple(queries.all_of(db, Office))
    wanted = {i for o in offices for i in o.contact_ids} - set(request.content.contacts)
    contacts = queries.some_of(db, Contact, wanted)
    return dataclasses.replace(
        request, offices=offices, office_contacts=tuple(contacts[i] for i in sorted(contacts))
    )


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
