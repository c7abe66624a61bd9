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


# -- figures set apart from the text: bullets, value and label lines, pairs, table rows ----

MARKERS = re.compile(r"\s*(?:\[\d{1,2}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)(?=\s|$|[.,;:])")
_SCALE_WORDS = (
    r"(?:millions?|billions?|thousand|bn|mn|mi|bi|m|k|mil millones|millones|millón|mil|milhões|milhão"
    r"|bilhões|bilhão|milliards?|milliers)"
)
_VALUE = (
    # "1 in 3", "3 de cada 10", "1 sur 4": a share as a ratio
    rf"(?:\d{{1,2}} (?:in|out of|de cada|sur|em cada|on) \d{{1,3}}(?![\d.,])"
    rf"|(?:(?:us\$|usd|\$|€|eur|chf|gbp|£|r\$|brl|cad|cop|mxn|pen|s/\.?)\s?)?\d{{1,3}}(?:[.,\u00a0\u202f ]\d{{3}})*(?:[.,]\d+)?"
    rf"(?:\s?{_SCALE_WORDS}\b)?(?:\s?(?:%|per\s?cent|por\s?ciento|pour\s?cent|por\s?cento))?"
    rf"(?:\s?(?:us\$|usd|€|chf|eur))?(?:\s?\+(?!\d))?)"
)
VALUE_ONLY = re.compile(
    rf"^\s*(?:(?:more than|over|about|around|nearly|almost|some|más de|mais de|plus de|près de|cerca de|quase)\s+)?(?P<value>{_VALUE})\s*(?:\[\d{{1,2}}\]|\(\d{{1,2}}\)|[*¹²³⁴⁵⁶⁷⁸⁹]+)?\s*$",
    re.IGNORECASE,
)
FIGURE_LINE = re.compile(
    rf"^\s*(?P<lead>(?:more than|over|about|around|nearly|almost|some|at least|only|just|más de|cerca de"
    rf"|solo|sólo|apenas|seulement|seuls?|moins de|less than|fewer than|menos de"
    rf"|casi|unos|unas|mais de|cerca de|quase|plus de|près de|environ|au moins)\s+)?"
    rf"(?P<value>{_VALUE})\s+(?P<label>[^\d\s].{{2,160}})$",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(
    r"^\s*\(?[*¹²³⁴⁵⁶⁷⁸⁹]?\s*(?:\[\d\]\s*|\(\d\)\s*|\d\s+)?(?:sources?|fuentes?|fontes?|data|datos|dados|données"
    r"|figures|cifras|chiffres|numbers|n[uú]meros)"
    r"\s*:\s*(?P<source>.+)$",
    re.IGNORECASE,
)


# "Figures from HIAS programme records, 2023.", "Datos de la Cancillería.": a source unlabelled
FIGURES_FROM = re.compile(
    r"^\s*(?:figures|data|numbers|statistics|cifras|datos|n[uú]meros|estad[ií]sticas|chiffres"
    r"|donn[ée]es|dados)\s+(?:are\s+)?(?:from|taken from|based on|de|del|de la|da|do|das|dos"
    r"|des|du|de l['’]|provenant d[eu]|extra[ií]d[oa]s de|tomad[oa]s de|basad[oa]s en)\s+\S.{2,150}$",
    re.IGNORECASE,
)
FIGURES_NOTE = re.compile(
    r"^\s*(?:figures|numbers|data|cifras|datos|chiffres|donn[ée]es|dados|n[uú]meros)\s+(?:are\s+)?"
    r"(?:rounded|redondead[oa]s|arrondi(?:e)?s|arredondad[oa]s)\b.{0,200}$",
    re.IGNORECASE,
)


RANGE = re.compile(r"\s*[\[(][\d\s.,\u00a0]+[–—-]\s*[\d\s.,\u00a0]+[\])]")


def value_only(line: str) -> str:
    """'6.1 M', '7,7 millones', '1 200', '18%': the value of a line that is only a number
    (an uncertainty range after it, '1 330 000 [1 210 000 – 1 460 000]', left out)."""
    line = RANGE.sub("", line)
    match = VALUE_ONLY.match(line)
    return match.group("value").strip() if match and re.search(r"\d", line) else ""


def figure_from_line(line: str) -> tuple[KeyFigure | None, str]:
    """A figure set apart ('• 7.7 million refugees and migrants worldwide [1]'), and its
    footnote marker ('1', '*' or ''). None for a sentence that merely has a number in it."""
    if len(line.split()) > 32:  # a sentence, not a figure set apart (and no regex on it)
        return None, ""
    marker = _marker(line)
    text = MARKERS.sub("", line).strip().rstrip(".;,")
    match = FIGURE_LINE.match(text)
    if not match or len(text.split()) > 30:
        return None, marker
    label = match.group("label").strip(" :–—-")
    if len(label.split()) < 1 or re.match(
        r"^(?:years?|años|anos|ans|%|h\b|am\b|pm\b)", label, re.I
    ):
        return None, marker
    value = match.group("value").strip()
    if re.fullmatch(r"(?:19|20)\d\d", value):  # a year, not a figure
        return None, marker
    return KeyFigure(id=None, value=value, label=label[0].upper() + label[1:]), marker


def figure_from_pair(value: str, label: str) -> tuple[KeyFigure, str]:
    value = RANGE.sub("", value)
    marker = _marker(value) or _marker(label)
    label = MARKERS.sub("", label).strip().rstrip(".;,")
    value = MARKERS.sub("", value).strip()
    return KeyFigure(id=None, value=value, label=label[:1].upper() + label[1:]), marker


# "People reached in the region in 2023 — 186,400": the label first, the value last
LABEL_VALUE = re.compile(
    rf"^(?P<label>[^\d@+|].{{3,100}}?)(?:\s+[—–]\s+|\s*[.·…_]{{4,}}\s*|\s*:\s+)(?P<value>{_VALUE})\s*$",
    re.IGNORECASE,
)


def figure_after_label(line: str, least: int = 2) -> KeyFigure | None:
    """'Staff — 720', 'Sites spontanés ........ 17': a label, a long dash or dot leaders, its
    value. A label of one word ('Desalojados: 612') only where the line is known to be a
    figure (`least=1`): elsewhere it is as likely a field ('Tel: 2201')."""
    match = LABEL_VALUE.match(MARKERS.sub("", line).strip().rstrip(".;,"))
    if match is None or len(match["label"].split()) < least:
        return None
    value = match["value"].strip()
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return None
    return KeyFigure(id=None, value=value, label=match["label"].strip())


# "Pessoas interiorizadas desde abril de 2018 152.740": a label, then a grouped number or a
# percentage at the end (a year or a plain small number there is the label's own)
_LABEL_NUMBER = re.compile(
    r"^(?P<label>[^\d@+|•].{3,100}?)\s+(?P<value>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,3}(?:[.,]\d)?\s?%)$"
)


def label_then_number(line: str) -> KeyFigure | None:
    """A figure set as its label then its value, under a figures heading."""
    match = _LABEL_NUMBER.match(line.strip().rstrip(".;"))
    if match is None or len(match["label"].split()) < 2:
        return None
    return KeyFigure(id=None, value=match["value"].strip(), label=match["label"].strip())


def _marker(text: str) -> str:
    found = MARKERS.search(text)
    if not found:
        return ""
    mark = found.group(0).strip().strip("[]()")
    return mark.translate(str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890"))


def source_from_line(line: str) -> tuple[str, str]:
    """'Source: R4V, June 2024' -> ('R4V, June 2024', '2024-06')."""
    match = SOURCE_LINE.match(line)
    text = match.group("source").strip().rstrip(".") if match else line.strip().rstrip(".")
    from mediakit.importers.dates import date_in  # dates imports blocks; no circle at load

    dated = _AS_OF_TAIL.search(text)
    if dated and (as_of := date_in(dated.group("date"))):
        return text[: dated.start()].strip(" ,;.–—-"), as_of  # "…figures As of July 2022"
    return text, date_in(text)


# "… As of July 2022" ending a source line (a kit's own figure cards print it so): the date
# is the figure's as-of date, not a part of its source's name.
_AS_OF_TAIL = re.compile(
    r"[\s,.;–—-]+(?:as of|as at|updated|a fecha de|actualizado al?|al|atualizado em|em|"
    r"au|à la date du|mis à jour le)\s+(?P<date>[^,;]{3,30})$",
    re.IGNORECASE,
)
