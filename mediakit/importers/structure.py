"""From paragraphs to a story: title, dateline, captions, quotes, contacts, figures.

Every story format (.txt, .md, .docx, .html) turns its file into `Para`s, with hints where the
format says what a paragraph is (a heading, a list item); the rules here do the rest.
Parsing never writes: it returns model objects and notes; `edits` stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediakit.importers import dates
from mediakit.importers.assemble import (
    assemble,
    document_date,
    figures_of,
    kind_of,
    language_of,
    title_from_body,
)
from mediakit.importers.lines import Hint, Line, Para, Role
from mediakit.importers.noise import Dropped
from mediakit.importers.reader import credits_under_captions, read_lines
from mediakit.importers.vocabulary import HIGHLIGHTS, SITREP_HEADINGS, folded
from mediakit.model import (
    BadInputError,
    Contact,
    KeyFigure,
    Photo,
    Story,
)
from mediakit.model.bundle import Bundle


def _section_heading(key: str) -> bool:
    """A heading of one story's own sections (never a listing's headline)."""
    return bool(HIGHLIGHTS.match(key) or SITREP_HEADINGS.match(key))


MAX_LINE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ParsedImage:
    """An image that came inside a document (or is the file itself), not yet stored."""

    data: bytes
    ext: str
    width: int
    height: int
    name: str = ""
    proxy: bytes = b""  # the working copy made by the decode that checked it (imaging.proxies)
    media_hash: str = ""  # set once the original is in the media store


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What one document gave. Photo blocks in `story.body` point at `photos` by index."""

    name: str
    story: Story | None
    photos: tuple[Photo, ...] = ()
    contacts: tuple[Contact, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    boilerplate: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()
    images: dict[int, ParsedImage] = field(default_factory=dict)  # photo index -> its image
    bundle: Bundle | None = None  # a whole kit from a .mediakit file
    bundle_images: dict[str, ParsedImage] = field(default_factory=dict)  # media hash -> image
    # The story's document as lines with their roles (the import review shows them); the
    # images its pictures came from, by their index in it; the web site it came from.
    lines: tuple[Line, ...] = ()
    source_images: tuple[ParsedImage, ...] = ()
    site: str = ""
    # The other stories the same file holds (a newsletter's, an e-mail's attached release),
    # each a document of its own, imported with this one in the same step.
    more: tuple[ParsedDocument, ...] = ()

    def without_image_bytes(self) -> ParsedDocument:
        """This document with its images' bytes let go: once they are stored, reports and
        undo need only their sizes, names and hashes (a batch of camera photos would otherwise
        stay in memory whole until the import ends, and in the undo history after it)."""

        def light(images: dict) -> dict:
            return {key: replace(image, data=b"", proxy=b"") for key, image in images.items()}

        return replace(
            self,
            images=light(self.images),
            bundle_images=light(self.bundle_images),
            source_images=tuple(replace(i, data=b"", proxy=b"") for i in self.source_images),
            more=tuple(part.without_image_bytes() for part in self.more),
        )


def document_from_paras(
    paras: list[Para],
    *,
    name: str,
    images: tuple[ParsedImage, ...] = (),
    page_title: str = "",
    known_junk: tuple[str, ...] = (),
    site: str = "",
) -> ParsedDocument:
    """The story in `paras`: every line given a role (`reader`), the story assembled from them."""
    paras = [p for p in paras if p.text.strip() or p.hint is Hint.IMAGE]
    if not paras:
        raise BadInputError("the document has no text", name or None)
    lines = read_lines(paras, page_title=page_title, known_junk=known_junk)
    refuse_listing(lines, name)
    return document_from_lines(lines, name=name, images=images, site=site)


def document_from_lines(
    lines: list[Line] | tuple[Line, ...],
    *,
    name: str,
    images: tuple[ParsedImage, ...] = (),
    site: str = "",
) -> ParsedDocument:
    """The document its lines make, roles as they stand (the reader's, or the user's)."""
    lines = list(lines)
    draft = assemble(lines, images)
    kind = kind_of(draft, lines)
    figures = figures_of(draft, kind)
    notes: list[str] = []
    title = draft.title
    if not title:
        title = title_from_body(draft.body, name)
        notes.append("no title line was found; the first words stand in until you give it one")
    dated = document_date(draft, lines)
    dateline = (
        draft.dateline if draft.dateline.date or not dated else replace(draft.dateline, date=dated)
    )
    story = Story(
        id=None,
        title=title,
        kind=kind,
        language=language_of(draft),
        standfirst=draft.standfirst,
        dateline=dateline,
        byline=draft.byline,
        body=tuple(draft.body),
        sdgs=tuple(draft.sdgs),
        tags=tuple(draft.tags),
        footnotes=tuple(draft.footnotes),
        embargo=draft.embargo,
        origin=name,
    )
    notes += [f"figure “{f.value}” has no source" for f in figures if not f.source]
    return ParsedDocument(
        name=name,
        story=story,
        photos=tuple(draft.photos),
        contacts=tuple(draft.contacts),
        figures=tuple(figures),
        boilerplate=tuple(draft.boilerplate),
        dropped=tuple(draft.dropped),
        notes=tuple(notes),
        images=draft.images,
        lines=tuple(lines),
        source_images=tuple(images),
        site=site,
    )


def reassign(document: ParsedDocument, index: int, role: Role) -> ParsedDocument:
    """`document` assembled again with line `index` given `role` (by the user)."""
    lines = list(document.lines)
    lines[index] = replace(lines[index], role=role, reason="you gave it this role")
    return _rebuilt(document, lines)


def mark_known_junk(document: ParsedDocument, known: set[str] | frozenset[str]) -> ParsedDocument:
    """`document` with the lines the user marked as junk on its site's pages before (compared
    as `vocabulary.folded` text) dropped as junk, and assembled again; unchanged if none."""
    if not known or not document.lines:
        return document
    lines = [
        replace(line, role=Role.JUNK, reason="marked as junk on this site's pages before")
        if line.role is not Role.JUNK and folded(line.text) in known
        else line
        for line in document.lines
    ]
    if lines == list(document.lines):
        return document
    return _rebuilt(document, lines)


def mark_captions(document: ParsedDocument, captions: set[str]) -> ParsedDocument:
    """`document` with the lines that are its page's own figure captions (`<figcaption>`,
    compared as `vocabulary.folded` text) read as captions, and assembled again."""
    if not captions or not document.lines:
        return document
    lines = [
        replace(line, role=Role.CAPTION, reason="the page's own figure caption")
        if line.role in (Role.BODY, Role.SUBHEAD, Role.STANDFIRST) and folded(line.text) in captions
        else line
        for line in document.lines
    ]
    credits_under_captions(lines)  # "Júlio Barcelos / Agência Senado" under one of them
    if lines == list(document.lines):
        return document
    return _rebuilt(document, lines)


def _rebuilt(document: ParsedDocument, lines: list[Line]) -> ParsedDocument:
    """`document` assembled again from `lines`, keeping what the file itself said (its web
    address)."""
    rebuilt = document_from_lines(
        lines, name=document.name, images=document.source_images, site=document.site
    )
    if rebuilt.story is None or document.story is None:
        return rebuilt
    return replace(rebuilt, story=replace(rebuilt.story, source_url=document.story.source_url))


def refuse_listing(lines: list[Line], name: str) -> None:
    """A newsroom page of several stories is refused, saying what it is: three or more
    headlines each over a short teaser (or stubs with their dates), and no paragraph that
    reads as a story's own text."""
    stubs = sum(line.role is Role.RELATED for line in lines)
    headlines = _teasers(lines)
    teasers = len(headlines)
    text = [
        line
        for index, line in enumerate(lines)
        if line.role in (Role.BODY, Role.DATELINE, Role.QUOTE) and index not in headlines
    ]
    longest = max((len(line.text.split()) for line in text), default=0)
    dated = _dated_headlines(lines)
    if (stubs >= 3 and sum(len(line.text.split()) > 25 for line in text) <= 1) or (
        teasers >= 3
        and longest <= 60
        and teasers >= len(text) - 1
        and not any(line.role in (Role.CONTACT, Role.CAPTION, Role.FIGURE) for line in lines)
        and not _opened_under_title(lines, headlines)
    ):
        count = max(stubs, teasers)
    elif (
        dated >= 3
        and not _dated_text(lines)
        and sum(len(line.text.split()) >= 30 for line in text) <= 1
    ):
        count = dated
    elif (
        _browsed(lines)
        and not _dated_text(lines)
        and (
            sum(len(line.text.split()) >= 35 for line in text) <= 1
            # each longer teaser under its "Leer más" or its "há 2 horas", none a story's length
            or (
                sum(len(line.text.split()) >= 35 for line in text)
                <= max(_more_links(lines), _stamps(lines))
                and longest <= 80
            )
        )
    ):  # "Lire la suite" under each teaser, "Mostrando 1 - 5 de 42", "Anterior 1 2 3 … Próximo"
        count = max(3, teasers, _more_links(lines), sum(line.role is Role.BULLET for line in lines))
    elif (
        (dated_teasers := _dated_teasers(lines)) >= 3
        and not _dated_text(lines)
        and sum(len(line.text.split()) >= 35 for line in text) <= 1
    ):  # each story's date over its one-line teaser, the headlines lost with their links
        count = dated_teasers
    elif (
        any(line.reason == "a listing's load-more button" for line in lines)
        and (stamps := _stamps(lines)) >= 3
        and not _dated_text(lines)
        and sum(len(line.text.split()) >= 35 for line in text) <= 1
    ):  # "Cargar más" under stories each stamped "Hace 2 horas", "Ayer", "28/11/2026"
        count = stamps
    elif (posts := _blog_posts(lines)) >= 2:  # a blog's home page: each post signed "Postado por …"
        count = posts
    elif (cut := _cut_teasers(lines)) >= 3 and cut >= len(text) - 1:
        count = cut  # each story's first words, cut off with "…" where its link went on
    else:
        return
    raise listing_error(count, name)


def listing_error(count: int, name: str | Path) -> BadInputError:
    """The refusal of a newsroom page of `count` stories, saying what to do instead."""
    return BadInputError(
        f"this page is a newsroom listing of {count} stories, not one story: "
        "open each story's own page, save it, and import those",
        name or None,
    )


# A listing's own furniture: its page count, its results count, its pager.
_PAGING = re.compile(
    r"\b(?:mostrando|showing|affichage|exibindo|viewing|displaying)\b.{0,20}\d+\s*(?:-|–|a|to|à|al)\s*"
    r"\d+\s*(?:de|of|sur|do)\s*\d+"
    r"|^\d[\d.,]*\s+(?:resultados?|results?|résultats?|noticias|news|articles|artigos|notícias)$"
    # "« 1 2 3 4 5 ... 120 »", "Mais antigos": a pager of page numbers, the older posts' link
    r"|^[«‹<]?\s*1\s+2\s+3(?:\s+\d+)*\s*(?:\.{3}|…)?\s*\d*\s*[»›>]?$"
    r"|^\S{0,12}\s*[·|]\s*1\s*[·|]\s*2\s*[·|]\s*3\s*[·|]\s*(?:…|\.{3})\s*[·|]\s*\d+\s*[·|]\s*\S{0,12}$"
    # "Página 1 de 88 · Siguiente › · Última »": a pager, its next link beside the count
    r"|^(?:p[áa]gina|page)\s+\d{1,3}\s+(?:de|of|sur)\s+\d{1,4}\b.{0,40}"
    r"(?:siguiente|next|suivante?|seguinte|pr[óo]xima|[»›>])"
    r"|^(?:mais antigos|mais recentes|older posts|newer posts|entradas antiguas|entradas mas antiguas"
    r"|articles plus anciens|publicaciones anteriores|postagens mais antigas)$"
    r"|\b(?:anterior|previous|précédent|prev)\b.{0,30}\b\d\s*[·|,]?\s*\d\b.{0,30}\b(?:próximo|proximo|siguiente"
    r"|seguinte|next|suivant)\b"
    r"|^(?:resultados? (?:da|de la|de) (?:busca|búsqueda|pesquisa)|search results|résultats de (?:la )?"
    r"recherche)\b"
    r"|\b(?:anterior|previous|précédent|prev)\b.{0,20}\b(?:p[áa]gina|page|p[áa]g\.?)\s+\d+\s+(?:de|of|sur|do)"
    r"\s+\d+\b",  # "« Anterior | Página 1 de 212 | Siguiente »"
    re.IGNORECASE,
)


def _blog_posts(lines: list[Line]) -> int:
    """How many blog posts the page shows, each with its 'Posted by Name at 21:14' line."""
    return sum(
        bool(
            re.match(
                r"(?:postado|posted|publicado|publie|publiee) (?:por|by|par)\b", folded(line.text)
            )
            and re.search(r"\d{1,2}[:h]\d{2}", line.text)
        )
        for line in lines
    )


def _stamps(lines: list[Line]) -> int:
    """How many dates and relative time stamps ('Hace 2 horas', 'Ayer') the page shows."""
    return sum(
        line.role is Role.DATE
        or line.reason == "a relative time stamp"
        # "10 diciembre 2026 · Comunicado": each story's date with the kind it was filed under
        or (line.role is Role.KIND_LABEL and len(dates.date_in(line.text)) == 10)
        or folded(line.text) in ("ayer", "hoy", "yesterday", "today", "ontem", "hoje", "hier")
        for line in lines
    )


def _dated_text(lines: list[Line]) -> bool:
    """A story's own text opens with its dateline ('GENEVA, 3 March – …'); a place alone on a
    line ('News Agency' read as one) says nothing of a story."""
    return any(line.role is Role.DATELINE and len(line.text.split()) >= 12 for line in lines)


def _dated_teasers(lines: list[Line]) -> int:
    """Dates each followed by one short paragraph ('06/03/2025 às 11:05' / 'Equipes aplicaram…')."""
    return sum(
        line.role is Role.DATE and following.role is Role.BODY and len(following.text.split()) <= 30
        for line, following in zip(lines, lines[1:], strict=False)
    )


def _more_links(lines: list[Line]) -> int:
    return sum(line.reason in ("read-more link", "a listing's load-more button") for line in lines)


def _browsed(lines: list[Line]) -> bool:
    """A page made to browse stories: three "read more" links, or a pager or results count,
    or a tag page's own heading ("Todas las noticias sobre el COE") at its top."""
    return (
        _more_links(lines) >= 3
        or any(_PAGING.search(line.text) for line in lines if len(line.text) < 200)
        or any(_TAG_PAGE.match(folded(line.text)) for line in lines[:6] if len(line.text) < 200)
    )


_TAG_PAGE = re.compile(
    r"^(?:todas las noticias (?:sobre|de)|todas as noticias (?:sobre|de)|all (?:the )?(?:news|stories"
    r"|articles) (?:about|on|tagged)|toutes les (?:actualites|infos|informations) (?:sur|de)"
    r"|noticias (?:etiquetadas|sobre el tema)|articles tagged)\b"
)


def _dated_headlines(lines: list[Line]) -> int:
    """Headlines each followed by their date ('New labour inspection database goes live in
    Malawi' / '09 February 2022'), as a newsroom's list gives them: how many."""
    count = 0
    for line, following in zip(lines, lines[1:], strict=False):
        words = len(line.text.split())
        if (
            line.role in (Role.BULLET, Role.BODY, Role.SUBHEAD, Role.TITLE)
            and 4 <= words <= 20
            and not line.text.rstrip().endswith((".", ":"))
            and following.role is Role.DATE
        ):
            count += 1
    return count


def _cut_teasers(lines: list[Line]) -> int:
    """Paragraphs cut off mid-way with an ellipsis, as a listing shows each story's opening."""
    return sum(
        line.role in (Role.BODY, Role.DATELINE)
        and len(line.text.split()) >= 8
        and line.text.rstrip().endswith(("...", "…", "[…]", "[...]"))
        for line in lines
    )


def _opened_under_title(lines: list[Line], headlines: set[int]) -> bool:
    """The page's own title (marked so by its file) over a paragraph of its own text, before
    any headline: a page in parts ("Apoio à População Migrante" › its services), where a
    newsroom's title stands over its first story's headline or a line of description."""
    top = next((i for i, line in enumerate(lines) if line.hint is Hint.TITLE), None)
    if top is None:
        return False
    after = next(
        (i for i in range(top + 1, len(lines)) if lines[i].role not in (Role.JUNK, Role.DATE)),
        None,
    )
    return (
        after is not None
        and after not in headlines
        and after - 1 not in headlines
        and lines[after].role is Role.BODY
        and len(lines[after].text.split()) >= 25
    )


_ITEM_LABEL = re.compile(
    r"^\s*(?:[^\W\d_]|when|where|what|who|why|date|time|venue|cu[aá]ndo|d[oó]nde|qu[eé]|qui[eé]n(?:es)?"
    r"|hora|lugar|fecha|quand|o[uù]|quoi|qui|heure|lieu|quando|onde|o qu[eê]|quem|data|local"
    r"|hor[aá]rio|programa|programme|inscri[cç][aã]o|inscription|rsvp|contact[oe]?s?)\s*:",
    re.IGNORECASE,
)


_ASKED = re.compile(r"^[^\W\d][\w .'’-]{0,40}:\s.+\?$")


def _teasers(lines: list[Line]) -> set[int]:
    """Headlines (short, no full stop) each followed at once by one short paragraph (a date
    may stand between them): where each sits."""
    found = set()
    for index, line in enumerate(lines[:-1]):
        after = index + 1
        while after < len(lines) - 1 and lines[after].role in (Role.DATE, Role.BYLINE):
            after += 1  # "Published 20 June 2024" between a listed headline and its teaser
        following = lines[after]
        # the page's own top heading, marked so by its file, names the page, not a story in it
        headline = (
            line.role in (Role.TITLE, Role.SUBHEAD, Role.BODY) and line.hint is not Hint.TITLE
        )
        headline = headline and 3 <= len(line.text.split()) <= 16
        headline = headline and not line.text.rstrip().endswith((".", ":"))
        # "Quando: ..." is an item; "Calais : l'accès à l'eau…", "Lunda Norte: mais de …" are
        # headlines
        headline = headline and not _ITEM_LABEL.match(line.text)
        headline = headline and not _section_heading(folded(line.text))
        # "ONU News: O que mudou em Cabo Delgado?" over "Ernesto Muianga: As estradas …": an
        # interview's question and its answer, not a listed headline and its teaser
        headline = headline and not _ASKED.match(line.text.strip())
        teaser = (
            following.role in (Role.BODY, Role.DATELINE) and 5 <= len(following.text.split()) <= 60
        )
        if headline and teaser:
            found.add(index)
    return found


_BROKEN = re.compile(r"(?P<head>\S*?)(?P<part>[^\W\d_]+)-$")


def joined_at_break(before: str, after: str) -> str | None:
    """`before` + `after` when `before` ends in a word broken at the line's end ("se-" /
    "maines" -> "semaines"); a compound broken at its own hyphen keeps it ("Nord-" / "Ouest",
    "Petite-Rivière-de-" / "l'Artibonite"). None when the line did not end in a broken word."""
    match = _BROKEN.search(before)
    if match is None or not after[:1].isalpha():
        return None
    compound = (
        "-" in match["head"] or after[:1].isupper() or re.match(r"[^\W\d_]{1,2}['’]", after)
    )  # "Nord-" / "Ouest", "Petite-Rivière-de-" / "l'Artibonite"
    return f"{before}{after}" if compound else f"{before[:-1]}{after}"


def split_long(text: str) -> list[str]:
    """Very long paragraphs are cut at sentence ends so layout never chokes on one."""
    if len(text) <= MAX_LINE_CHARS:
        return [text]
    pieces, current = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        while len(sentence) > MAX_LINE_CHARS:
            pieces.append(sentence[:MAX_LINE_CHARS])
            sentence = sentence[MAX_LINE_CHARS:]
        if current and len(current) + len(sentence) + 1 > MAX_LINE_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
    return [*pieces, current] if current else pieces
