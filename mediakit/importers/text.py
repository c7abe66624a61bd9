"""Plain-text stories (.txt): one paragraph per line or per blank-line block."""

from __future__ import annotations

import re
from pathlib import Path

from mediakit.importers import dates
from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.reader import as_of_date, kind_label
from mediakit.importers.structure import (
    Para,
    ParsedDocument,
    document_from_paras,
    joined_at_break,
    split_long,
)
from mediakit.importers.vocabulary import CHAT_PREFIX


def parse_text_file(path: Path) -> ParsedDocument:
    return parse_text(decode_text(read_limited(path), name=str(path)), name=path.name)


def parse_text(text: str, *, name: str = "") -> ParsedDocument:
    return document_from_paras(
        [Para(line) for line in paragraph_lines(chat_unwrapped(text))], name=name
    )


def chat_unwrapped(text: str) -> str:
    """A release pasted from a chat ('[07:41, 05/12/2026] Name: *SITUATION UPDATE No. 3*' and
    its lines, between short messages): the longest message is the document, its sender's
    prefix and the chat's *bold* and _italic_ marks taken off; the other messages stay lines
    of their own, each still with its prefix, for the reader to leave out."""
    starts = [m.start() for m in CHAT_PREFIX.finditer(text)]
    if len(starts) < 2 or len(text) > 2_000_000:
        return text
    pieces = [text[: starts[0]]] + [
        text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    longest = max(range(1, len(pieces)), key=lambda i: len(pieces[i]))
    if pieces[longest].count("\n") < 3:
        return text  # a conversation, not a document passed along in one
    prefix = CHAT_PREFIX.match(pieces[longest])
    message = pieces[longest][prefix.end() :] if prefix else pieces[longest]
    if prefix and not prefix.group(0).startswith("["):  # "07/12/2026, 10:04 - Name: …"
        message = re.sub(r"^[^:\n]{1,60}?:\s", "", message, count=1)
    message = "\n".join(_chat_marks_off(line) for line in message.split("\n"))
    pieces = [
        piece if i == longest else piece.rstrip("\n") + "\n\n" for i, piece in enumerate(pieces)
    ]
    pieces[longest] = "\n\n" + message.strip("\n") + "\n\n"
    return "".join(pieces)


_CHAT_BOLD = re.compile(r"(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=[\s).,:;!?]|$)")
_CHAT_ITALIC = re.compile(r"(^|[\s(])_(\S(?:[^_\n]*\S)?)_(?=[\s).,:;!?]|$)")
# "📅 Data: terça-feira, 8 de dezembro", "📍 Local: …": the chat's icons before an item
_CHAT_ICON = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\uFE0F\u200D]+[ \t]+(?=[^\W\d_]+\s?:)"
)


def _chat_marks_off(line: str) -> str:
    """One line of a chat message without its *bold*, _italic_ and its item's icon (a line
    longer than any message's paragraph is left as it is: no pattern runs on it)."""
    if len(line) > 2000:
        return line
    return _CHAT_ICON.sub("", _CHAT_ITALIC.sub(r"\1\2", _CHAT_BOLD.sub(r"\1\2", line)))


# a plain-text mailing's heading: "** KEY FIGURES -------------------------"
_RULED = re.compile(r"^\*{1,2}\s*(\S.*?)\s*(?:\*{1,2})?\s*[-=_]{4,}\s*$")


_RULE = re.compile(r"^[-=_*~]{4,}$")


def _menu_gaps(raw: str) -> str:
    """A line with its spaces collapsed; a menu copied from a browser, its items apart by
    tabs or runs of spaces ("Ce que nous faisons    Où nous agissons    Médias"), keeps them
    apart with " · ", as a menu written with separators reads."""
    pieces = [p for p in re.split(r"\t+|\s{2,}", raw.strip()) if p.strip()]
    if len(pieces) >= 3 and all(
        len(p.split()) <= 4 and not p.rstrip().endswith((".", ",", ";", ":")) for p in pieces
    ):
        return " · ".join(" ".join(p.split()) for p in pieces)
    return " ".join(raw.split())


def _columns(raws: list[str]) -> list[str]:
    """A PDF's letterhead copied in two columns ("International Organization for Migration
    <wide gap> PRESS RELEASE"): each column a line of its own."""
    out: list[str] = []
    for raw in raws:
        pieces = [p.strip() for p in re.split(r"\s{6,}", raw.strip()) if p.strip()]
        if len(pieces) == 2 and all(len(p.split()) <= 8 for p in pieces):
            out += pieces
        else:
            out.append(raw)
    return out


def paragraph_lines(text: str) -> list[str]:
    """One entry per paragraph: hard-wrapped lines joined, very long lines split at sentences.

    Text copied from a PDF or an e-mail is wrapped at a width (~72 characters): a line that
    reaches near that width was broken only because the next word did not fit, so it joins
    the next one; a line ending in a hyphen joins it without the hyphen ("mi-" / "gration").
    Text copied from a browser has a paragraph a line: there a line joins the next only when
    that one goes on in lower case."""
    width = wrap_width(text)
    result: list[str] = []
    for group in re.split(r"\n\s*\n", text):
        current, previous = "", ""
        for raw in _columns(group.split("\n")):
            line = _RULED.sub(r"\1", _menu_gaps(raw))
            if not line:
                continue
            if _RULE.match(line):  # a heading's underline ends the heading
                if current:
                    result.append(current)
                current, previous = "", ""
                continue
            line = re.sub(r"^\*\*\s+(?=\S)", "", line)
            if current and _continues(previous, line, width):
                current = joined_at_break(current, line) or f"{current} {line}"
            else:
                if current:
                    result.append(current)
                current = line
            previous = line
        if current:
            result.append(current)
    return [piece for line in result for piece in split_long(line)]


def wrap_width(text: str) -> int:
    """The width the text was hard-wrapped at, or 0 when its lines are paragraphs."""
    lengths = [len(" ".join(line.split())) for line in text.splitlines() if line.strip()]
    long = sorted(n for n in lengths if n >= 40)
    if len(long) < 4:
        return 0
    width = long[int(len(long) * 0.9) - 1] if len(long) >= 10 else long[-1]
    if width > 100:
        return 0
    near = sum(n >= width * 0.75 for n in lengths)
    return width if near >= len(lengths) * 0.3 else 0


_UNBREAKABLE = re.compile(r"@|\+?\d[\d ().-]{7,}\d|^\s*(?:[-–•*▪●■]|\d{1,2}[.)])\s")


# A line that opens with these is a page's meta line (author, publication, update), never the
# rest of the line above it: "por Assessoria de Comunicação publicado 14/05/2024 11h20".
_META_LINE = re.compile(
    r"^(?:por|by|par|publicado|publicada|published|publié|publiée|posted|postado|atualizado"
    r"|actualizado|updated|mis à jour|modifié|última|last)\b",
    re.IGNORECASE,
)


_SMALL_WORD_END = re.compile(
    r"\s(?:de|da|do|das|dos|em|no|na|nos|nas|para|por|com|que|of|the|and|to|in|for|with|on|at"
    r"|from|del|los|las|en|et|les|du|des|au|aux|un|une|um|uma|el|la|le|y|e)$"
)


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether `line` goes on the paragraph whose last line was `previous` (a wrap)."""
    if previous.endswith("-") and line[:1].islower():
        return True
    if not width and _META_LINE.match(line):
        return False
    if (
        not width
        and len(line.split()) <= 6
        and (dates.standalone_date(line) or dates.dated_line(line))
    ):
        return False  # "lundi 7 décembre 2026" under a headline: its date, on its own line
    label, colon, rest = line.partition(":")
    short = line[:1].isupper() and len(label.split()) <= 4 and len(line.split()) <= 10
    if colon and short and dates.date_in(rest):
        return False  # "Fecha de corte: 4 de diciembre de 2026, 18:00": a report's field
    if previous.isupper() and " | " in previous:
        return False  # "OIM BRASIL | DTM – MATRIZ …": a running header, its own line
    if len(line.split()) <= 8 and line[:1].isupper() and kind_label(line) is not None:
        return False  # a letterhead, then "COMUNICADO DE PRENSA N.° 87/2026" on its own line
    if (
        width
        and len(line.split()) <= 6
        and line[:1].isupper()
        and not _SMALL_WORD_END.search(previous)
        and not previous.endswith((",", "-"))
        and (dates.standalone_date(line) or as_of_date(line))
    ):
        return False  # a report's headline, then "Até 9 de Dezembro de 2026" under it
    if width and not (_UNBREAKABLE.search(line) or _UNBREAKABLE.search(previous)):
        # "… para um total de" / "1.812 pessoas.": no line of a paragraph ends on a small word
        return (
            len(previous) + 1 + len(line.split()[0]) > width - 3
            or (len(previous) >= width * 0.6 and bool(_SMALL_WORD_END.search(previous)))
            # a narrower column: the line goes on in lower case after an unfinished one
            or (line[:1].islower() and not previous.endswith(tuple('.!?:;”"')))
        )
    return not previous.endswith(tuple('.!?:”"')) and line[0].islower()
