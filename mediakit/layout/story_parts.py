"""A story's body read for the parts its kind gives a place of their own: a media advisory's
WHAT / WHEN / WHERE lines, a situation report's highlights, a statement's attribution line.

Plain data in, plain data out; no ReportLab. The words are recognised in en, es, pt and fr,
in any case, with or without accents, because advisories are typed by hand in a hurry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mediakit.model import Block, BlockKind, Span, plain

# An advisory's labels, accents dropped and lower-cased; the author's own word is printed.
ADVISORY_LABELS = frozenset(
    {
        *("what", "when", "where", "who", "why", "contact", "contacts", "media contact"),
        *("rsvp", "date", "time", "venue"),
        *("que", "cuando", "donde", "quien", "quienes", "por que", "contacto", "contactos"),
        *("fecha", "hora", "lugar"),
        *("o que", "quando", "onde", "quem", "por que", "contato", "contatos", "data"),
        *("quoi", "quand", "ou", "qui", "pourquoi", "contact presse", "lieu", "heure"),
    }
)
HIGHLIGHTS_HEADINGS = frozenset(
    {
        *("highlights", "key highlights", "key points"),
        *("puntos destacados", "aspectos destacados", "destacados"),
        *("destaques", "principais destaques"),
        *("faits saillants", "points saillants", "points cles"),
    }
)
ATTRIBUTION_OPENINGS = (
    "statement attributable to",
    "declaracion atribuible",
    "declaracao atribuivel",
    "declaration attribuable",
)
# "WHAT:" / "What :" at the start of a paragraph; a label is short, so look only this far.
_LABEL_END = re.compile(r"\s*:")
_MAX_LABEL = 24


def folded(text: str) -> str:
    """'  Cuándo ' -> 'cuando': no accents, lower case, single spaces, no closing colon."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split()).rstrip(" :")


@dataclass(frozen=True, slots=True)
class AdvisoryRow:
    """One line of an advisory's table: the label as written, and what it says."""

    label: str
    value: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class AdvisoryTable:
    rows: tuple[AdvisoryRow, ...]


def advisory_parts(body: tuple[Block, ...]) -> list[Block | AdvisoryTable]:
    """The body with each run of labelled blocks ("WHEN: 5 June", or a subhead "WHEN" and
    the paragraph under it) gathered into one table; every other block as it was."""
    parts: list[Block | AdvisoryTable] = []
    rows: list[AdvisoryRow] = []
    index = 0
    while index < len(body):
        row, used = _advisory_row(body, index)
        if row is None:
            if rows:
                parts.append(AdvisoryTable(tuple(rows)))
                rows = []
            parts.append(body[index])
            index += 1
        else:
            rows.append(row)
            index += used
    if rows:
        parts.append(AdvisoryTable(tuple(rows)))
    return parts


def _advisory_row(body: tuple[Block, ...], index: int) -> tuple[AdvisoryRow | None, int]:
    """The row that starts at body[index] and how many blocks it takes, or (None, 0)."""
    block = body[index]
    if block.kind is BlockKind.SUBHEAD and folded(block.text) in ADVISORY_LABELS:
        label = block.text.strip().rstrip(" :")
    elif block.kind is BlockKind.PARAGRAPH and (found := advisory_label(block.text)):
        label, end = found
        rest = after(block.spans, end)
        if plain(rest).strip():
            return AdvisoryRow(label, (Block(BlockKind.PARAGRAPH, rest),)), 1
    else:
        return None, 0
    # A label alone: what it says is the paragraph or list under it, if that is no label.
    following = body[index + 1] if index + 1 < len(body) else None
    if following is not None and _is_value(following):
        return AdvisoryRow(label, (following,)), 2
    return AdvisoryRow(label), 1


def advisory_label(text: str) -> tuple[str, int] | None:
    """'WHEN: 5 June' -> ('WHEN', where the words after the colon start), if WHEN is a
    known label; None for any other paragraph."""
    match = _LABEL_END.search(text[: _MAX_LABEL + 2])
    if match is None or folded(text[: match.start()]) not in ADVISORY_LABELS:
        return None
    return text[: match.start()].strip(), match.end()


def _is_value(block: Block) -> bool:
    if block.kind is BlockKind.BULLETS:
        return bool(block.items)
    if block.kind is not BlockKind.PARAGRAPH or not block.text.strip():
        return False
    return advisory_label(block.text) is None


def after(spans: tuple[Span, ...], count: int) -> tuple[Span, ...]:
    """The spans without their first `count` characters and the spaces after them, each
    keeping its bold, italic and link."""
    kept: list[Span] = []
    for span in spans:
        if count >= len(span.text):
            count -= len(span.text)
            continue
        text = span.text[count:]
        count = 0
        if not kept:
            text = text.lstrip()
        if text:
            kept.append(Span(text, span.bold, span.italic, span.href))
    return tuple(kept)


def split_highlights(body: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """(the highlights section: its subhead and the lists under it; the rest of the body),
    or ((), body) when the body has no highlights subhead."""
    start = next(
        (
            i
            for i, block in enumerate(body)
            if block.kind is BlockKind.SUBHEAD and folded(block.text) in HIGHLIGHTS_HEADINGS
        ),
        None,
    )
    if start is None:
        return (), body
    end = start + 1
    listed = False
    # An opening line ("As of 5 June:") and lists; a paragraph after a list is the report again.
    while end < len(body) and body[end].kind in (BlockKind.BULLETS, BlockKind.PARAGRAPH):
        if body[end].kind is BlockKind.PARAGRAPH and listed:
            break
        listed = listed or body[end].kind is BlockKind.BULLETS
        end += 1
    return body[start:end], body[:start] + body[end:]


def split_attribution(body: tuple[Block, ...]) -> tuple[Block | None, tuple[Block, ...]]:
    """(the opening "Statement attributable to ..." paragraph, the rest), or (None, body)."""
    first = next((i for i, b in enumerate(body) if b.kind is BlockKind.PARAGRAPH), None)
    if first is None or not folded(body[first].text).startswith(ATTRIBUTION_OPENINGS):
        return None, body
    if any(b.kind is not BlockKind.PHOTO for b in body[:first]):
        return None, body
    return body[first], body[:first] + body[first + 1 :]
