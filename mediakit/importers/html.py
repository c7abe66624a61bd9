"""Saved web pages (.html): trafilatura finds the main content and drops menus, scripts, banners."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from mediakit.importers import dates
from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.markdown import parse_markdown
from mediakit.importers.structure import ParsedDocument, listing_error, mark_captions
from mediakit.importers.vocabulary import folded
from mediakit.model import BadInputError

MAX_HTML_BYTES = 10 * 1024 * 1024


def parse_html_file(path: Path) -> ParsedDocument:
    html = decode_text(read_limited(path, MAX_HTML_BYTES), name=str(path))
    return parse_html(html, name=path.name, path=path)


def parse_html(html: str, *, name: str = "", path: Path | None = None) -> ParsedDocument:
    try:
        markdown = trafilatura.extract(
            _captions_as_paragraphs(_layout_tables_opened(html)),
            output_format="markdown",
            include_formatting=True,
            include_links=False,
            include_images=True,  # figures' captions and credits come with them
            include_comments=False,
            # the reader drops site junk itself, anywhere in the text; trafilatura's precision
            # mode dropped captions, datelines and contact blocks with it
            favor_recall=True,
        )
        metadata = trafilatura.extract_metadata(html)
    except (ValueError, RecursionError, MemoryError) as exc:
        raise BadInputError(
            "the web page cannot be read (its structure is broken or too deep)", path or name
        ) from exc
    if not markdown:
        raise BadInputError("no story text was found in this web page", path or name)
    title = (metadata.title if metadata and metadata.title else "").strip()
    # the extractor drops the space after a bold run: "<strong>1,200</strong> staff" came out
    # as "**1,200**staff"; a word is never bold only in part on a press page
    markdown = re.sub(r"(\*\*[^*\n]+\*\*)(?=[^\W_])", r"\1 ", markdown)
    markdown = _headline_restored(markdown, html, title)
    markdown = _classed_headline_restored(markdown, html)
    markdown = _lead_captions_restored(markdown, html)
    captions = _figure_captions(html)
    markdown = _gap_restored(markdown, html, captions)
    document = parse_markdown(
        markdown,
        name=name,
        raw_html=False,  # trafilatura has taken the HTML out; a "<" left is the story's text
        page_title=title,
    )
    document = mark_captions(document, captions)
    cards = _story_cards(html)
    if cards >= 3 and document.story is not None and not _text_outside_cards(html):
        raise listing_error(cards, path or name)  # each card a headline and its teaser
    untitled = "no title line was found; the first words stand in until you give it one"
    if title and document.story is not None and untitled in document.notes:
        # the page's headline was not in its main text: its <title>, less the site's name
        headline = re.split(r"\s+[|–—-]\s+(?=[^|–—-]*$)", title)[0].strip()
        document = replace(
            document,
            story=replace(document.story, title=headline),
            notes=tuple(n for n in document.notes if n != untitled),
        )
    if metadata and metadata.url and document.story is not None:
        document = replace(document, story=replace(document.story, source_url=metadata.url))
    if document.story is not None and not document.story.embargo:
        # a page's embargo line often sits in its header, outside the main text
        embargo = _embargo_in(html)
        if embargo:
            document = replace(document, story=replace(document.story, embargo=embargo))
    if document.story is not None and not document.contacts:
        # a contacts box the main-text extractor left out (a sidebar, the page's last block)
        found = _contacts_in(html)
        if found:
            document = replace(document, contacts=tuple(found))
    if document.story is not None and not document.story.byline and (by := _byline_in(html)):
        # "Texto: Ana Ruiz | Fotos: …" in the page's meta line, which the extractor leaves out
        document = replace(document, story=replace(document.story, byline=by))
    dated = _date_in(html) if document.story and not document.story.dateline.date else ""
    if dated:  # a date line the main text left out ("Publicado el 22 de abril de 2024")
        dateline = replace(document.story.dateline, date=dated)
        document = replace(document, story=replace(document.story, dateline=dateline))
    if (
        document.story
        and not document.story.dateline.date
        and (found := _page_date(metadata, html))
    ):
        dateline = replace(document.story.dateline, date=found)
        document = replace(document, story=replace(document.story, dateline=dateline))
    return replace(document, site=_site(metadata))


def _fragment_text(fragment: str) -> str:
    """What a piece of HTML shows: its tags taken out (each a space), entities read, spaces
    run together."""
    from html import unescape

    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _headline_restored(markdown: str, html: str, title: str) -> str:
    """The page's <h1> put back above the text when the extractor took it out as the page's
    title: only when the <title> opens with it ('Headline – Report No. 3 | Site'), so a blog's
    own name in its <h1> ('Blog name: Post title') is not taken for the story's headline."""
    match = re.search(r"<h1\b[^>]*>(.*?)</h1\s*>", html, re.IGNORECASE | re.DOTALL)
    if not match or not title:
        return markdown
    headline = _fragment_text(match.group(1))
    if len(headline.split()) < 3 or headline.casefold() in markdown.casefold():
        return markdown
    rest = title[len(headline) :] if title.casefold().startswith(headline.casefold()) else None
    if rest is None or not (not rest.strip() or re.match(r"\s+[|–—-]\s", rest)):
        return markdown
    return f"# {headline}\n\n{markdown}"


_CLASSED_HEADLINE = re.compile(
    r"<(h[1-3])\b[^>]*\bclass=[\"'][^\"']*\b(?:titulo|title|headline|titre|titular|manchete"
    r"|chamada)\b[^\"']{0,200}[\"'][^>]{0,400}>(.{0,600}?)</\1\s*>(?P<after>.{0,400})",
    re.IGNORECASE | re.DOTALL,
)


def _classed_headline_restored(markdown: str, html: str) -> str:
    """A headline the page marks as one (<h2 class="titulo">) and the extractor dropped with the
    page's header: put back where it stood, above the line that followed it."""
    match = _CLASSED_HEADLINE.search(html)
    if not match:
        return markdown
    headline = _fragment_text(match.group(2))
    if len(headline.split()) < 5 or headline.casefold() in markdown.casefold():
        return markdown
    after = _fragment_text(match["after"])[:30]
    lines = markdown.split("\n")
    key = after[:16]
    at = next((i for i, line in enumerate(lines) if len(key) >= 8 and line.strip()[:16] == key), 0)
    return "\n".join([*lines[:at], f"# {headline}", "", *lines[at:]])


def _lead_captions_restored(markdown: str, html: str) -> str:
    """The lead picture's caption, set above the <h1> (a page that opens on its photo), which
    the extractor leaves out with the header: put back under the headline, credit and all."""
    head = re.split(r"<h1\b", html, maxsplit=1, flags=re.IGNORECASE)
    if len(head) < 2:
        return markdown
    captions = re.findall(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", head[0], re.I | re.S)
    found = []
    for caption in captions:
        text = _fragment_text(caption)
        credited = re.search(r"©|\b(?:photo|foto|crédit|credit|crédito)\b|\w/\w", text, re.I)
        if len(text.split()) >= 5 and credited and text.casefold() not in markdown.casefold():
            found.append(text)
    if not found:
        return markdown
    first, _, rest = markdown.partition("\n\n")
    return "\n\n".join([first, *found, rest])


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|figure|figcaption|br|hr|td|th|tr|table|thead|tbody"
    r"|header|footer|section|article|aside|nav|main|blockquote|pre|address|form|label|button)"
    r"\b[^>]*>",
    re.IGNORECASE,
)


def _blocks(html: str) -> list[str]:
    """The page's visible text, one entry per block (a paragraph with its bold and links)."""
    from html import unescape

    text = re.sub(r"<(script|style|head)\b.*?</\1\s*>", " ", html, flags=re.IGNORECASE | re.DOTALL)
    text = re.sub(r"<!--.*?-->", " ", _BLOCK_TAG.sub("\n", text), flags=re.DOTALL)
    lines = (" ".join(unescape(re.sub(r"<[^>]+>", "", line)).split()) for line in text.split("\n"))
    return [line for line in lines if line]


def _plain(markdown_line: str) -> str:
    text = re.sub(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+", "", markdown_line)  # a list item's mark
    return " ".join(re.sub(r"[*_#>`]+|!\[[^\]]*\]\([^)]*\)", " ", text).split())


def _gap_restored(markdown: str, html: str, captions: set[str]) -> str:
    """What stands between the <h1> and the first paragraph the extractor kept (the date, the
    lead, a gallery's captions and credits), and a kind label just over the <h1>, put back:
    the extractor takes a page's header to run down to its first long paragraph, and the reader
    tells the furniture in that stretch from the story's own lines."""
    match = re.search(r"<h1\b[^>]*>(.*?)</h1\s*>", html, re.IGNORECASE | re.DOTALL)
    if not match:
        return markdown
    from mediakit.importers.reader import kind_label

    headline = _fragment_text(match.group(1)).casefold()
    blocks = _blocks(html)
    top = next((i for i, block in enumerate(blocks) if block.casefold() == headline), None)
    raw = markdown.split("\n\n")
    paragraphs = [_plain(p) for p in raw]
    if top is None:
        return markdown
    # the first paragraph kept from below the <h1> (the header's lines kept above it are
    # skipped); only the page's head is searched: past a dozen blocks the gap is left alone,
    # so a page of thousands of paragraphs costs no more than a short one
    blocks = blocks[: top + 14]
    end = after = None
    for n, paragraph in enumerate(paragraphs[:_HEAD_PARAGRAPHS]):
        if not paragraph or paragraph.casefold() == headline:
            continue
        where = _where(blocks, paragraph)
        if top < where < len(blocks):
            end, after = where, n
            break
    kept = markdown.casefold()
    whole = {p.casefold() for p in paragraphs}

    def known(block: str) -> bool:  # a short line only as a paragraph of its own
        return block.casefold() in whole or (len(block) > 40 and block.casefold() in kept)

    if end is None or after is None or end - top - 1 > 12:
        return markdown  # not found, or a whole sidebar: leave the extractor's choice
    gap = [b for b in blocks[top + 1 : end] if not known(b) and _worth_restoring(b, captions)]
    label = blocks[top - 1] if top and kind_label(blocks[top - 1]) is not None else ""
    if known(label):
        label = ""
    if not gap and not label:
        return markdown
    heads = [p for n, p in enumerate(raw[:after]) if paragraphs[n].casefold() == headline]
    above = [p for n, p in enumerate(raw[:after]) if paragraphs[n].casefold() != headline]
    header = [p for p in paragraphs[:after] if p.casefold() != headline]
    if heads and all(_where(blocks, paragraph) < top for paragraph in header):
        # the page's order: its header's lines, the <h1>, what stood under it
        return "\n\n".join(p for p in (*above, label, *heads, *gap, *raw[after:]) if p)
    if paragraphs[0].casefold() == headline:
        return "\n\n".join(p for p in (label, raw[0], *gap, *raw[1:]) if p)
    return "\n\n".join(p for p in (*raw[:after], *gap, *raw[after:]) if p)


# how far down the extracted text the first paragraph under the <h1> is sought
_HEAD_PARAGRAPHS = 60


def _worth_restoring(block: str, captions: set[str]) -> bool:
    """What the story keeps from under its <h1>: a figure's caption, a lead of a sentence or
    more, the date alone. A meta line of tags, counts and names is the page's, and left out."""
    from mediakit.importers import dates
    from mediakit.importers.vocabulary import folded

    return (
        folded(block) in captions
        or len(block.split()) >= 12
        or bool(dates.standalone_date(block) or dates.dated_line(block))
    )


def _where(blocks: list[str], paragraph: str) -> int:
    """Which of the page's blocks `paragraph` opens, or a large number when none."""
    start = paragraph.casefold()[:40]
    found = (i for i, block in enumerate(blocks) if start and block.casefold().startswith(start))
    return next(found, 1 << 30)


def _visible_lines(html: str) -> list[str]:
    from html import unescape

    text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", html, flags=re.IGNORECASE | re.DOTALL)
    lines = (
        " ".join(line.split()) for line in unescape(re.sub(r"<[^>]+>", "\n", text)).splitlines()
    )
    return [line for line in lines if line]


def _embargo_in(html: str) -> str:
    """The embargo of a page whose embargo line the main text left out, from its visible text."""
    for line in _visible_lines(html):
        if len(line.split()) <= 25 and dates.EMBARGO_LINE.match(line):
            return dates.embargo_moment(line)
    return ""


def _contacts_in(html: str) -> list:
    """The people under the page's first contacts heading, from its visible text."""
    from mediakit.importers import contacts
    from mediakit.importers.vocabulary import CONTACTS_HEADING, folded

    lines = _visible_lines(html)
    for index, line in enumerate(lines):
        if len(line.split()) <= 10 and CONTACTS_HEADING.match(folded(line)):
            block = []
            for following in lines[index + 1 : index + 9]:
                if len(following.split()) > 30:
                    break
                block.append(following)
            found = contacts.contacts_from_lines(block)
            if found:
                return found
    return []


def _articles(html: str) -> tuple[list[str], str]:
    """The page's <article> elements, and the page without them (in one pass, however many
    opening tags are left unclosed)."""
    lower = html.lower()
    cards, rest, at = [], [], 0
    while (start := lower.find("<article", at)) != -1:
        end = lower.find("</article", start)
        if end == -1:
            break
        rest.append(html[at:start])
        cards.append(html[start:end])
        at = end + len("</article")
    rest.append(html[at:])
    return cards, " ".join(rest)


def _story_cards(html: str) -> int:
    """How many <article> cards with a headline of their own the page lays out: a newsroom's
    listing shows each story so."""
    if html.lower().count("<article") < 3:
        return 0
    cards, _ = _articles(html)
    return sum(bool(re.search(r"<h[1-6]\b", card, re.IGNORECASE)) for card in cards)


def _text_outside_cards(html: str) -> bool:
    """Whether the page has a paragraph of its own (20 words or more) outside its <article>
    cards: a story with related stories beside it, not a listing."""
    _, rest = _articles(html)
    return any(len(line.split()) >= 20 for line in _visible_lines(rest))


_CREDIT_BOX = (
    r"<(?:span|small|cite|em)\b[^>]*\bclass=[\"'][^\"']*(?:credit|copyright)[^\"']*[\"'][^>]*>"
    r"([^<]{1,200})</(?:span|small|cite|em)\s*>"
)
# <figcaption>, the caption's text before the credit's box, the credit, the text after it,
# </figcaption>
_CAPTION_WITH_CREDIT = re.compile(
    rf"(<figcaption\b[^>]*>)([^<]{{0,600}}){_CREDIT_BOX}([^<]{{0,600}})(</figcaption\s*>)",
    re.IGNORECASE,
)


def _figure_captions(html: str) -> set[str]:
    """The page's <figcaption> texts (folded): captions, whatever their words, less a credit
    set in its own box."""
    html = re.sub(_CREDIT_BOX, " ", html, flags=re.IGNORECASE)
    found = re.findall(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", html, re.I | re.S)
    texts = (_fragment_text(f) for f in found)
    return {folded(text) for text in texts if 3 <= len(text.split()) <= 60}


def _byline_in(html: str) -> str:
    """The writer named by a byline line near the top of the page, or ''."""
    from mediakit.importers.assemble import byline_in  # assemble imports the reader: load late
    from mediakit.importers.contacts import looks_like_name

    head = _visible_lines(html)[:80]
    for line in head[:60]:
        if len(line.split()) <= 16 and (who := byline_in(line)):
            return who
    for line in head:  # "Samuel Mendonça · 5 de Dezembro de 2026 · …"
        fields = _meta_line_fields(line) if len(line.split()) <= 16 else []
        if (
            fields
            and looks_like_name(fields[0])
            and any(len(dates.standalone_date(f)) == 10 for f in fields[1:])
        ):
            return fields[0]
    # <p class="byline">Marisol Tran-Becker</p>, <span itemprop="author">…</span>: the page's
    # markup says whose name it is
    marked = re.finditer(
        r"<(?P<tag>p|span|div|a|address)\b[^>]*(?:class|itemprop|rel)=[\"']?[^\"'>]*\b(?:byline|author"
        r"|autor|auteur)\b[^>]*>(?P<text>.*?)</(?P=tag)\s*>",
        html,
        re.IGNORECASE | re.DOTALL,
    )
    for found in marked:
        text = _fragment_text(found["text"])
        text = re.sub(r"^(?:by|por|par|de)\s+", "", text, flags=re.IGNORECASE)
        if len(text.split()) <= 5 and looks_like_name(text):
            return text
    return ""


def _page_date(metadata, html: str) -> str:
    """The date the page's metadata gives, unless it is only the year of its "© 2026" footer
    (which the extractor reports as the first of January)."""
    found = (metadata.date or "")[:10] if metadata else ""
    if found.endswith("-01-01") and found not in html:
        return ""
    return found


def _date_in(html: str) -> str:
    """The first line of the page that is only a date ("Published 12 March 2021")."""
    visible = _visible_lines(html)
    for line in visible:
        if len(line.split()) <= 12:
            found = dates.standalone_date(line) or dates.dated_line(line)
            if len(found) == 10:
                return found
    for line in visible[:80]:  # "Samuel Mendonça · 5 de Dezembro de 2026 · Sociedade"
        if len(line.split()) <= 16 and (fields := _meta_line_fields(line)):
            found = next((d for f in fields if len(d := dates.standalone_date(f)) == 10), "")
            if found:
                return found
    return ""


def _meta_line_fields(line: str) -> list[str]:
    """The fields of a page's meta line ('Name · date · section · 0 comments'), or []."""
    fields = [f.strip() for f in re.split(r"\s+[·|•]\s+", line)]
    return fields if len(fields) >= 3 else []


def _captions_as_paragraphs(html: str) -> str:
    """Figure captions made paragraphs: trafilatura drops many <figcaption>s, and a caption
    with its credit is what a press officer wants from a photo on a page. Boxes that touch
    (a stat card's number and its label: <span>12</span><span>provinces</span>) keep a space
    between their words."""
    # a gallery's items (<li><img><p>caption</p><p class="credit">…</p></li>): each a figure,
    # not a list item (the extractor keeps a list item's first paragraph only)
    html = re.sub(
        r"<li\b[^>]*>(\s*<img\b(?:(?!</?li\b).){0,4000}?)</li\s*>",
        r"<div>\1</div>",
        html,
        flags=re.IGNORECASE | re.DOTALL,
    )
    # a credit set in its own box inside the caption (<span class="credit">© REUTERS / …</span>
    # Migrantes en …): a line of its own under the caption, not words run into its first
    html = _CAPTION_WITH_CREDIT.sub(lambda m: f"{m[1]}{m[2]}{m[4]}<p>{m[3]}</p>{m[5]}", html)
    html = re.sub(r"<figcaption\b", "<p", html, flags=re.IGNORECASE)
    html = re.sub(r"</figcaption\s*>", "</p>", html, flags=re.IGNORECASE)
    boxes = r"(?:span|div|p|li|dt|dd|td|th|h[1-6])"
    return re.sub(
        rf"(?<=\w)(</{boxes}>\s*<{boxes}\b[^>]*>)(?=\w)", r" \1", html, flags=re.IGNORECASE
    )


# a table cell holding paragraphs, headings or pictures: a layout table (an e-mail
# newsletter's, an old site's), not a table of data
_BLOCK_IN_CELL = re.compile(
    r"<t[dh]\b[^>]{0,400}>\s*(?:<[^>]{1,400}>\s*){0,6}<(?:p|h[1-6]|img)\b", re.IGNORECASE
)
_BLOCKS_IN_CELLS = frozenset("p h1 h2 h3 h4 h5 h6 img table div ul ol figure".split())


def _layout_tables_opened(html: str) -> str:
    """A newsletter laid out in tables (<table width="600"><tr><td><p>…</p><h1>…</h1>…): its
    cells opened into boxes, so its paragraphs, headline and pictures read as they show; the
    extractor would otherwise run each cell into one table row. Tables of data stay tables."""
    # the extractor drops a table marked role="presentation", and a newsletter marks its boxes
    # of figures so: they are the story's figures
    html = re.sub(
        r"(<table\b[^>]*?)\s+role=[\"']?presentation[\"']?", r"\1", html, flags=re.IGNORECASE
    )
    if not _BLOCK_IN_CELL.search(html):
        return html
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    opened = False
    for table in list(root.iter("table")):
        cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
        if not any(child.tag in _BLOCKS_IN_CELLS for cell in cells for child in cell):
            continue
        for part in [table, *table.xpath("./tr|./*|./*/tr"), *cells]:
            if part.tag in ("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                part.tag = "div"
                part.attrib.clear()
        opened = True
    return lxml.html.tostring(root, encoding="unicode") if opened else html


def _site(metadata) -> str:
    """The web site a page came from (its host, else its site name): the user's junk marks
    on one page of it apply to its later pages."""
    if metadata is None:
        return ""
    host = urlsplit(metadata.url or "").hostname or ""
    return (host.removeprefix("www.") or (metadata.sitename or "")).strip().casefold()
