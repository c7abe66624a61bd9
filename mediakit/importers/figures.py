"""Key figures from about and situation pages: the number, what it counts, its source and date."""

from __future__ import annotations

import re

from mediakit.importers.blocks import parse_date
from mediakit.model import KeyFigure

_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_SCALE = r"(?:million|billion|thousand|millones|millón|mil|milhões|millions?)"
_NUMBER = rf"(?P<number>\d[\d,.]*(?:\s{_SCALE})?|{'|'.join(_WORD_NUMBERS)})(?P<percent>\s?(?:%|per\s?cent|por\s?ciento))?"
# The number comes early in the sentence: "More than 6.1 million ...", "Seventeen countries ..."
FIGURE = re.compile(
    rf"^(?P<lead>(?:(?:more|fewer|less) than|over|around|about|nearly|almost|some|más de|cerca de)\s+)?{_NUMBER}\s+(?P<label>.+)$",
    re.IGNORECASE,
)
_LABEL_END = re.compile(r"\s+(?:as a result|due to|because|throughout|–|—|-\s)|[,.;(\[]")


def parse_figure(sentence: str) -> KeyFigure | None:
    """'More than 6.1 million refugees ... have left Venezuela as a result of ...' -> 6.1 million."""
    match = FIGURE.match(sentence.strip())
    if not match:
        return None
    raw = match.group("number")
    value = str(_WORD_NUMBERS.get(raw.lower(), raw))
    if match.group("percent"):
        value += " %"
    label = _LABEL_END.split(match.group("label"), maxsplit=1)[0].strip()
    if len(label.split()) < 2:
        return None
    return KeyFigure(id=None, value=value, label=label[0].upper() + label[1:])


def source_from_footnote(text: str) -> tuple[str, str]:
    """'Based on Government figures. July 2022' -> ('Based on Government figures', '2022-07')."""
    parts = [p.strip() for p in re.split(r"\.\s+", text.strip().rstrip(".")) if p.strip()]
    as_of = ""
    source_parts = []
    for part in parts:
        parsed = parse_date(part) if len(part.split()) <= 4 else ""
        if parsed and not as_of:
            as_of = parsed
        else:
            source_parts.append(part)
    return ". ".join(source_parts), as_of
