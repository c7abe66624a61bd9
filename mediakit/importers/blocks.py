"""Recognising the parts of a story in plain lines: dateline, captions, quotes, byline, SDGs."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "enero", "janeiro", "janvier", "jan", "ene", "janv"),
            ("february", "febrero", "fevereiro", "février", "feb", "fev", "fév", "févr"),
            ("march", "marzo", "março", "mars", "mar"),
            ("april", "abril", "avril", "apr", "abr", "avr"),
            ("may", "mayo", "maio", "mai"),
            ("june", "junio", "junho", "juin", "jun"),
            ("july", "julio", "julho", "juillet", "jul", "juil"),
            ("august", "agosto", "août", "aug", "ago"),
            ("september", "septiembre", "setiembre", "setembro", "septembre", "sep", "sept", "set"),
            ("october", "octubre", "outubro", "octobre", "oct", "out"),
            ("november", "noviembre", "novembro", "novembre", "nov"),
            ("december", "diciembre", "dezembro", "décembre", "dec", "dic", "dez", "déc"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = rf"(?:\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH}),?\s+(?:de\s+)?\d{{4}}|(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}})"
_PLACE = r"[A-ZÁÉÍÓÚ][\w'’.-]*(?:,?\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*){0,3}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,?\s+(?P<date>{_DATE}))?\s*[–—-]{{1,2}}\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"(?:^|\s|\()(?:Photos?|Fotos?|Photograph|Photographie|Fotograf[íi]a|Imagen|Imagem|Image|Crédito(?: de (?:la )?(?:foto|imagen|imagem))?|Crédit(?: photo)?|Credit|Photo credit)\s*:\s*(?P<credit>[^:]{2,80}?)\)?\.?\s*$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^(?:This story was written by|Written by|Story by|By|Escrito por|Por|Par)\s*:?\s+(?P<who>[A-ZÁÉÍÓÚ].+?)\.?$"
)
SDG = re.compile(
    r"^(?:SDG|ODS|ODD)\s*(?P<number>1[0-7]|[1-9])\b\s*[-–:]?\s*(?P<label>.*)$", re.IGNORECASE
)
FOOTNOTE = re.compile(r"^\[(?P<number>\d{1,3})\]\s*(?P<text>.+)$")
BULLET = re.compile(r"^[-–•*▪]\s+(?P<text>.+)$")
_OPEN, _CLOSE = '“"«‘', '”"»’'


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower())


def parse_date(text: str) -> str:
    """'24 June, 2023' / 'June 24, 2023' -> '2023-06-24'; 'July 2022' -> '2022-07'; else ''."""
    words = re.findall(r"\w+", text.lower())
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    numbers = [int(w) for w in words if w.isdecimal()]
    months = [month_number(w) for w in words if month_number(w)]
    years = [n for n in numbers if n > 1900]
    days = [n for n in numbers if 1 <= n <= 31]
    if not (months and years):
        return ""
    if days:
        try:
            return date(years[0], months[0], days[0]).isoformat()
        except ValueError:
            return ""
    return f"{years[0]:04d}-{months[0]:02d}"


# "… at Mabaruma Primary School (DPI photo)": the agency, then the word photo, in brackets
CREDIT_SUFFIX = re.compile(
    r"\s\((?P<credit>[A-ZÀ-Þ][\w&.'’/ -]{1,30}?)\s+(?:photo|foto|photograph|fotografía)\)\.?\s*$"
)


# "… under the mango tree. Photo by Kevin Ordóñez": the photographer named after the caption
CREDIT_BY = re.compile(
    r"(?<=[.!?])\s+(?:Photos?|Fotos?|Photograph|Photographie|Fotograf[íi]a)\s+(?:by|de|por|par)\s+"
    r"(?P<credit>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:de |da |del |for |para |pour )?[A-ZÀ-Þ/][\w'’./-]*){0,5})\.?\s*$"
)


def split_credit(line: str) -> tuple[str, str] | None:
    """'A doctor at work. Photo: IOM/Gema Cortes' -> ('A doctor at work.', 'IOM/Gema Cortes')."""
    match = CREDIT.search(line) or CREDIT_SUFFIX.search(line) or CREDIT_BY.search(line)
    if not match:
        return None
    caption, credit = line[: match.start()].strip(), match.group("credit").strip()
    if credit.count("(") > credit.count(")"):
        # "Photo: Canoes wait on the riverbank. (Newsroom Panama / G. Whitcombe)": the label
        # heads a caption whose credit follows in brackets; "Ana Pérez (Fiocruz Imagens)"
        inner = re.match(r"^(?P<caption>.{12,}?[.!?])\s*\((?P<credit>[^()]{2,80})$", credit)
        if inner and not caption:
            return inner["caption"].strip(), inner["credit"].strip()
        credit += ")"
    return caption, credit


def is_pure_quote(line: str) -> bool:
    """A paragraph that is one quotation and nothing else: a pull quote."""
    text = line.strip()
    return len(text) > 2 and text[0] in _OPEN and text[-1] in _CLOSE and not _has_inner_close(text)


def _has_inner_close(text: str) -> bool:
    inner = text[1:-1]
    return any(mark in inner for mark in "”»") or inner.count('"') % 2 == 1


def unquote(text: str) -> str:
    return text.strip().strip(_OPEN + _CLOSE).strip()


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a subhead or a title."""
    words = line.split()
    return (
        1 <= len(words) <= 12
        and not line.rstrip().endswith((".", ",", ";", ":", "”", '"'))
        and line[0].isupper()
    )
