"""The pieces of the HTML twin: a story as an <article>, a photo as a <figure>, the key
figures and contacts as tables. Every text a user typed is escaped; a link keeps only a safe
address (http, https, mailto, tel), as in the PDF."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from html import escape

from mediakit.exporters.html_words import word
from mediakit.layout import kit_language
from mediakit.layout.story_parts import (
    AdvisoryTable,
    advisory_parts,
    split_attribution,
    split_highlights,
)
from mediakit.layout.text import mailto_href, safe_href, tel_href
from mediakit.model import (
    Block,
    BlockKind,
    Contact,
    KeyFigure,
    Photo,
    Span,
    Story,
    StoryKind,
)

# (photo) -> the rendition's (jpeg bytes, width, height), or None when it has no image
Picture = Callable[[Photo], tuple[bytes, int, int] | None]


# Control characters (C0 but white space, DEL, C1) and noncharacters: HTML forbids them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def printable(value: str) -> str:
    return _FORBIDDEN.sub("", value)


def text(value: str) -> str:
    """Typed text as HTML text: escaped, its runs of white space one space."""
    return escape(" ".join(printable(value).split()), quote=False)


def attr(value: str) -> str:
    return escape(" ".join(printable(value).split()), quote=True)


def spans_html(spans: tuple[Span, ...]) -> str:
    """Bold, italic and links of a run of spans; a link without a safe address is its text."""
    parts = []
    for span in spans:
        piece = escape(printable(span.text), quote=False)
        if span.bold:
            piece = f"<strong>{piece}</strong>"
        if span.italic:
            piece = f"<em>{piece}</em>"
        href = safe_href(span.href)
        if href:
            piece = f'<a href="{attr(href)}">{piece or escape(href, quote=False)}</a>'
        parts.append(piece)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def link(href: str | None, shown: str) -> str:
    return f'<a href="{attr(href)}">{text(shown)}</a>' if href else text(shown)


class Writer:
    """Turns the kit's items into HTML in the kit's language (`lang`), photos through
    `picture`."""

    def __init__(
        self,
        lang: str,
        picture: Picture,
        photos: dict[int, Photo],
        situation_figures: Sequence[KeyFigure] = (),
    ) -> None:
        self.lang = lang
        self.picture = picture
        self.photos = photos
        # the kit's key figures a situation report shows after its highlights
        self.situation_figures = list(situation_figures)

    def label(self, key: str, **values: object) -> str:
        return kit_language.label(self.lang, key, **values)

    def word(self, key: str, **values: object) -> str:
        return word(self.lang, key, **values)

    # Photos.

    def figure(self, photo: Photo | None, *, lead: str = "", css: str = "") -> str:
        """A photo with its description and caption; '' for an empty slot (the PDF's
        placeholder frame means nothing on a screen)."""
        made = self.picture(photo) if photo is not None and photo.has_image else None
        if made is None or photo is None:
            return ""
        data, width, height = made
        src = "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
        img = (
            f'<img src="{src}" alt="{attr(self.alt(photo))}" '
            f'width="{width}" height="{height}" loading="lazy">'
        )
        caption = self.caption(photo)
        if lead and caption:
            caption = f'<span class="lead">{text(lead)}</span> {caption}'
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        klass = f' class="{css}"' if css else ""
        return f"<figure{klass}>{img}{figcaption}</figure>"

    def alt(self, photo: Photo) -> str:
        """What the photo shows, for who cannot see it: its alt text, else its caption, else
        'Photo, <place>, <date>' (preflight warns about the last)."""
        words = photo.alt_text.strip() or photo.caption.strip()
        if words:
            return words
        known = [photo.place.strip(), kit_language.format_date(self.lang, photo.date.strip())]
        return ", ".join([self.word("photo"), *(k for k in known if k)])

    def caption(self, photo: Photo) -> str:
        """'Caption. <span class="credit">Photo: IOM/Ana</span>', as the PDF prints it."""
        parts = []
        caption = photo.caption.strip()
        if caption:
            ending = "" if caption.endswith((".", "!", "?", "…", ":")) else "."
            parts.append(text(caption) + ending)
        credit = photo.credit.strip()
        if credit:
            if not credit.lower().startswith(("photo", "foto", "©", "(c)", "crédit", "credit")):
                credit = self.label("photo_credit", credit=credit)
            parts.append(f'<span class="credit">{text(credit)}</span>')
        return " ".join(parts)

    def decorative(self, data: bytes, width: int, height: int, css: str) -> str:
        """An image that only decorates (the logo beside the organisation's name)."""
        src = "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
        return (
            f'<img class="{css}" src="{src}" alt="" role="presentation" '
            f'width="{width}" height="{height}">'
        )

    # Stories.

    def article(self, story: Story, anchor: str, kit_lang: str) -> str:
        """The story as the PDF prints it: kicker, title, attribution (a statement),
        standfirst, the dateline run into the first paragraph, body, byline, notes, tags."""
        lang = f' lang="{story.language.value}"' if story.language.value != kit_lang else ""
        body: list[Block | AdvisoryTable | str] = list(story.body)
        attribution = None
        if story.kind is StoryKind.STATEMENT:
            attribution, rest = split_attribution(story.body)
            body = list(rest)
        elif story.kind is StoryKind.MEDIA_ADVISORY:
            body = list(advisory_parts(story.body))
        elif story.kind is StoryKind.SITUATION_REPORT:
            body = self.situation_first(story.body)
        head = [
            f'<p class="kicker">{text(self.kicker(story))}</p>',
            f'<h2 id="{anchor}">{text(story.title)}</h2>',
        ]
        if attribution is not None:
            head.append(f'<p class="attribution">{spans_html(attribution.spans)}</p>')
        if story.standfirst.strip():
            head.append(f'<p class="standfirst">{text(story.standfirst)}</p>')
        parts = [*head, *self.body(body, self.dateline(story)), *self.foot(story)]
        return f'<article{lang} aria-labelledby="{anchor}">\n' + "\n".join(parts) + "\n</article>"

    def kicker(self, story: Story) -> str:
        kind = self.label(f"kind_{story.kind.value}")
        if not story.embargo.strip():
            return kind
        when = kit_language.format_moment(self.lang, story.embargo)
        return f"{kind} · {self.label('embargoed', when=when)}"

    def dateline(self, story: Story) -> str:
        place, when = story.dateline.place.strip(), story.dateline.date.strip()
        words = ", ".join(p for p in (place, kit_language.format_date(self.lang, when)) if p)
        return f'<span class="dateline">{text(words.upper())}</span> – ' if words else ""

    def situation_first(self, body: tuple[Block, ...]) -> list[Block | AdvisoryTable | str]:
        """A situation report as the PDF sets it: its highlights, then the kit's first key
        figures, then the report."""
        highlights, rest = split_highlights(body)
        first: list[Block | AdvisoryTable | str] = []
        if highlights:
            inner = "".join(self.block(b) for b in highlights)
            first.append(f'<div class="highlights">{inner}</div>')
        if self.situation_figures:
            first.append(self.figures_table(self.situation_figures))
        return [*first, *rest]

    def body(self, parts: list[Block | AdvisoryTable | str], lead: str) -> list[str]:
        """The body's parts (blocks, an advisory's table, pieces already written), the
        dateline run into the first paragraph."""
        out: list[str] = []
        for part in parts:
            if lead and _opening(part):
                out.append(f"<p>{lead}{spans_html(part.spans)}</p>")  # type: ignore[union-attr]
                lead = ""
                continue
            piece = self.advisory(part) if isinstance(part, AdvisoryTable) else part
            piece = self.block(piece) if isinstance(piece, Block) else piece
            if piece:
                out.append(piece)
        return [f"<p>{lead.removesuffix(' – ')}</p>", *out] if lead else out

    def advisory(self, table: AdvisoryTable) -> str:
        """An advisory's WHAT / WHEN / WHERE lines: a description list, label and value."""
        rows = []
        for row in table.rows:
            value = "".join(self.block(b) for b in row.value)
            rows.append(f"<dt>{text(row.label)}</dt><dd>{value}</dd>")
        return f'<dl class="advisory">{"".join(rows)}</dl>'

    def block(self, block: Block) -> str:
        kind = block.kind
        if kind is BlockKind.PHOTO:
            photo = self.photos.get(block.photo_id) if block.photo_id is not None else None
            return self.figure(photo)
        if kind is BlockKind.BULLETS:
            items = [spans_html(item) for item in block.items]
            listed = "".join(f"<li>{item}</li>" for item in items if item)
            return f"<ul>{listed}</ul>" if listed else ""
        inner = spans_html(block.spans)
        if not inner:
            return ""
        if kind is BlockKind.SUBHEAD:
            return f"<h3>{inner}</h3>"
        if kind is BlockKind.QUOTE:
            quoted = f"<blockquote><p>{inner}</p></blockquote>"
            if not block.attribution.strip():
                return quoted
            by = f'<figcaption class="attribution">— {text(block.attribution)}</figcaption>'
            return f'<figure class="quote">{quoted}{by}</figure>'
        return f"<p>{inner}</p>"

    def foot(self, story: Story) -> list[str]:
        out = []
        if story.byline.strip():
            written = self.label("written_by", byline=story.byline.strip())
            out.append(f'<p class="byline">{text(written)}</p>')
        out += [f'<p class="note">{text(note)}</p>' for note in story.footnotes if note.strip()]
        topics = [text(t) for t in story.tags if t.strip()]
        if topics:
            out.append(f'<p class="tags">{text(self.label("topics"))}: {" · ".join(topics)}</p>')
        if story.sdgs:
            goals = ", ".join(text(self.label("sdg_short", n=g)) for g in story.sdgs)
            out.append(f'<p class="tags">{text(self.label("sdgs"))}: {goals}</p>')
        return out

    # Tables.

    def figures_table(self, figures: list[KeyFigure]) -> str:
        head = [self.word("figure"), self.word("what"), self.label("source"), self.label("as_of")]
        rows = [
            [f.value, f.label, f.source, kit_language.format_date(self.lang, f.as_of.strip())]
            for f in figures
        ]
        tables = [table(self.word("figures_caption"), head, [[text(c) for c in r] for r in rows])]
        return "\n".join(tables + [self.series_table(f) for f in figures if f.series])

    def series_table(self, figure: KeyFigure) -> str:
        """The numbers behind a figure's bar chart in the PDF."""
        head = [self.word("period"), self.word("value")]
        rows = [[text(p.label), f"{p.value:g}"] for p in figure.series]
        return table(f"{figure.value} — {figure.label}", head, rows)

    def contacts_table(self, contacts: list[Contact]) -> str:
        head = [
            self.word("name"),
            self.word("role"),
            self.word("email"),
            self.word("phone"),
            self.word("place"),
        ]
        rows = []
        for c in contacts:
            role = ", ".join(text(p) for p in (c.role, c.organisation) if p.strip())
            email = link(mailto_href(c.email), c.email) if c.email.strip() else ""
            phones = "<br>".join(link(tel_href(p), p) for p in c.phones if p.strip())
            place = ", ".join(text(p) for p in (c.city, c.country) if p.strip())
            rows.append([text(c.name), role, email, phones, place])
        return table(self.word("contacts_caption"), head, rows)


def _opening(part: Block | AdvisoryTable | str) -> bool:
    """Whether the dateline runs into this part: a paragraph with words."""
    return isinstance(part, Block) and part.kind is BlockKind.PARAGRAPH and bool(part.text.strip())


def table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """A table with its caption, a header cell over each column and one leading each row."""
    heads = "".join(f'<th scope="col">{text(h)}</th>' for h in head)
    body = "".join(
        f'<tr><th scope="row">{row[0]}</th>' + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>"
        for row in rows
    )
    return (
        f"<table>\n<caption>{text(caption)}</caption>\n"
        f"<thead><tr>{heads}</tr></thead>\n<tbody>{body}</tbody>\n</table>"
    )
