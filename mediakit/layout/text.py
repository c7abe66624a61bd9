"""User text into Paragraph markup: escaped always, formatted only from the content model.

Nothing a user types is ever read as markup: every string is escaped here, and the only tags
in the result are the ones built from Span.bold/italic/href and the theme. Links are emitted
for http, https, mailto and tel only. No ReportLab import: this is string work.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from mediakit.model import Span

NBSP = "\u00a0"
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# C0/C1 controls (tab and newline become spaces), lone surrogates and non-characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_OPEN_DOUBLE = re.compile(r"""(?:(?<=^)|(?<=[\s(\[{—–‘/]))"(?=[\w‘'¿¡…])""")
_CLOSE_DOUBLE = re.compile(r"""(?<=[\w.,!?…’'%)\]])"(?=$|[\s.,;:!?)\]—–’])""")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_OPEN_SINGLE = re.compile(r"""(?:(?<=^)|(?<=[\s(\[{—–“]))'(?=\w)""")
_CLOSE_SINGLE = re.compile(r"""(?<=[\w.,!?…])'(?=$|[\s.,;:!?)\]—–”])""")
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
_UNIT_TIE = re.compile(
    r"(?<=\d) (?=(?:million|millions|millones|milhões|billion|billions|thousand|"
    r"per cent|percent|por ciento|por cento|%|km|kg|ha)\b|%)"
)
_PER_CENT = re.compile(r"\b(per|por) (cent|ciento|cento)\b")
_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\S)")
_EMAIL = re.compile(r"^[^\s<>\"'@]+@[^\s<>\"'@]+\.[^\s<>\"'@]+$")


def clean(text: str) -> str:
    """Drop characters that have no business in a PDF; tabs and newlines become spaces."""
    return _CONTROL.sub("", str(text).replace("\t", " ").replace("\r", " ").replace("\n", " "))


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """&, < and > as entities, and any others given (xml.sax.saxutils.escape, without the
    30 ms of urllib and email modules that importing it costs)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text


def escape_text(text: str) -> str:
    return escape(clean(text))


def escape_attr(value: str) -> str:
    return escape(clean(value), {'"': "&quot;", "'": "&#39;"})


def typeset(text: str, previous: str = "") -> str:
    """Curly quotes, en dashes and no-break spaces in numbers, without changing the length."""
    lead = previous[-1:] if previous else ""
    text = lead + clean(text)
    for pattern, replacement in (
        (_OPEN_DOUBLE, "“"),
        (_CLOSE_DOUBLE, "”"),
        (_APOSTROPHE, "’"),
        (_OPEN_SINGLE, "‘"),
        (_CLOSE_SINGLE, "’"),
        (_SPACED_HYPHEN, " – "),
        (_UNIT_TIE, NBSP),
    ):
        text = pattern.sub(replacement, text)
    text = _PER_CENT.sub(lambda m: f"{m.group(1)}{NBSP}{m.group(2)}", text)
    return text[len(lead) :]


def text_markup(text: str) -> str:
    """Plain user text, typeset and escaped, ready for a Paragraph."""
    return escape(typeset(text))


def tie_figure(value: str) -> str:
    """'6.1 million' never breaks after the number."""
    return _DIGIT_SPACE.sub(NBSP, clean(value).strip())


def safe_href(href: str | None) -> str | None:
    """The link if its scheme is http, https, mailto or tel; None for anything else."""
    if not href:
        return None
    href = clean(href).strip()
    if not href or any(ch.isspace() for ch in href):
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    return href if scheme in SAFE_SCHEMES else None


def mailto_href(email: str) -> str | None:
    email = clean(email).strip()
    return f"mailto:{email}" if _EMAIL.match(email) else None


def tel_href(phone: str) -> str | None:
    """'+ 54 911 50472248' -> 'tel:+5491150472248'."""
    digits = re.sub(r"\D", "", clean(phone))
    if len(digits) < 3:
        return None
    plus = "+" if clean(phone).strip().startswith("+") else ""
    return f"tel:{plus}{digits}"


def display_phone(phone: str) -> str:
    """A phone number that never breaks between its groups: '+54 911 50472248'."""
    text = re.sub(r"^\+\s+", "+", clean(phone).strip())
    return re.sub(r"\s+", NBSP, text)


def link_markup(markup: str, href: str | None, color: str) -> str:
    """Wrap already-escaped markup in a link when the href is one we allow."""
    href = safe_href(href)
    if not href:
        return markup
    return f'<a href="{escape_attr(href)}" color="{escape_attr(color)}">{markup}</a>'


def spans_markup(spans: tuple[Span, ...], link_color: str) -> str:
    """A run of spans as markup: bold, italic and links from the model, the text escaped."""
    parts: list[str] = []
    previous = ""
    for span in spans:
        markup = escape(typeset(span.text, previous))
        previous = span.text or previous
        if span.bold:
            markup = f"<b>{markup}</b>"
        if span.italic:
            markup = f"<i>{markup}</i>"
        parts.append(link_markup(markup, span.href, link_color) if span.href else markup)
    return "".join(parts)


def font_markup(markup: str, *, font: str, size: float, color: str) -> str:
    """An inline run in another face, size and colour (all three from the theme)."""
    return f'<font name="{font}" size="{size:g}" color="{color}">{markup}</font>'
