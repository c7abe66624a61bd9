"""Dates and times as press offices write them, in four languages: datelines, "Published ...",
"12/03/2021", embargo lines with their hour and zone."""

from __future__ import annotations

import re
from datetime import date

from mediakit.importers.blocks import _MONTH, month_number, parse_date
from mediakit.importers.vocabulary import WEEKDAYS, folded

_DAY_NAME = "|".join(WEEKDAYS)
# A date in words, day first or month first, "de"/"le"/weekday allowed: the text part of a line.
DATE_WORDS = (
    rf"(?:(?:(?:le\s+|el\s+|o\s+)?(?:{_DAY_NAME}|sábado|miércoles|terça|lunes)\s*,?\s+)?(?:le\s+|el\s+|o\s+)?"
    # "7 de diciembre de 2026", "7th December, 2026", "07 - Décembre - 2026"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?(?:\s+|\s*-\s*)(?:de\s+)?(?:{_MONTH})\.?,?(?:\s+|\s*-\s*)(?:de\s+|del\s+)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{_MONTH})\s+(?:de\s+)?\d{{4}}))"
)
DATE_NUMERIC = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}-\d{1,2}-\d{4})"
ANY_DATE = re.compile(rf"(?i:{DATE_WORDS}|{DATE_NUMERIC})")

_STAMP = (
    r"(?:published|posted|date|dated|released|issued|publicado|publicada|fecha|data|publi[eé]e?"
    r"|mise? en ligne(?: le)?"
    r"|publiee|date de publication|fecha de publicacion|data de publicacao|on|el|le|em|en)"
)
STANDALONE_DATE = re.compile(
    rf"^\s*(?:{_STAMP}\s*(?:on|el|le|em|en|:)?\s*:?\s*)?(?P<date>{DATE_WORDS}|{DATE_NUMERIC})"
    r"\s*(?:(?:[|,–—-]\s*|(?:à|a las|às|at)\s+|(?<=\d)\s+)\d{1,2}[:h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|h))?"
    r"(?:\s*(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|HE|HNE|HAE|BRT|COT|PET"
    r"|VET|hora local|heure locale|hora de Brasília))?)?\s*\.?\s*$",
    re.IGNORECASE,
)

_ZONES = {
    "gmt": "+00:00", "utc": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "pst": "-08:00", "pdt": "-07:00", "ast": "-04:00", "brt": "-03:00", "art": "-03:00",
    "bogota": "-05:00", "lima": "-05:00", "quito": "-05:00", "panama": "-05:00",
    "ciudad de panama": "-05:00", "mexico": "-06:00", "costa rica": "-06:00",
    "san jose": "-06:00", "guatemala": "-06:00", "caracas": "-04:00", "santo domingo": "-04:00",
    "la paz": "-04:00", "santiago": "-03:00", "brasilia": "-03:00", "buenos aires": "-03:00",
    "montevideo": "-03:00", "sao paulo": "-03:00", "geneva": "+01:00", "geneve": "+01:00",
    "ginebra": "+01:00", "genebra": "+01:00", "paris": "+01:00", "madrid": "+01:00",
    "new york": "-05:00", "nueva york": "-05:00", "nova york": "-05:00", "dakar": "+00:00",
    "port au prince": "-05:00", "nairobi": "+03:00",
}  # fmt: skip
EMBARGO_LINE = re.compile(
    r"^\s*(?:\**\s*)?(?:embargoed|embargo|under embargo|bajo embargo|embargado|sob embargo"
    r"|embargada|embargados?|embargadas|sous embargo|embargo ate|strictly embargoed"
    r"|strictly under embargo)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d/.-])(?P<h>[01]?\d|2[0-3])\s*(?:[:h.]\s*(?P<m>[0-5]\d)|(?P<ampm>\s*[ap]\.?m\.?)|h\b)"
    r"(?:\s*(?P<ampm2>[ap]\.?m\.?))?",
    re.IGNORECASE,
)


def date_in(text: str, *, day_first: bool = True) -> str:
    """The first date written in `text`, as ISO ('2021-03-12', or '2021-03' for a month)."""
    match = ANY_DATE.search(text)
    if not match:
        return ""
    found = match.group(0)
    numeric = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", found)
    if numeric:
        return _iso(*map(int, numeric.groups()))
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", found)
    if numeric:
        first, second, year = map(int, numeric.groups())
        day, month = (first, second) if day_first or second > 12 else (second, first)
        if month > 12:
            day, month = month, day
        return _iso(year, month, day)
    return parse_date(re.sub(r"(\d)(?:st|nd|rd|th|er|º|°)\b", r"\1", found))


def stamp_date(line: str) -> str:
    """A news site's time stamp with a two-digit year: '07/12/26 08:15 ‧ Há 1 hora'."""
    match = re.match(r"\s*(\d{2})/(\d{2})/(\d{2})\s+\d{1,2}[:h]\d{2}\b", line)
    if not match:
        return ""
    day, month, year = map(int, match.groups())
    return _iso(2000 + year, month, day)


# a day in numbers, its year in two or four digits: "06/12/26", "05.12.2026"
_NUMERIC_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")


def numeric_day(text: str) -> str:
    """The first day written in numbers in `text` ('[06/12/26, 14:32:10]' -> '2026-12-06'),
    day first; '' when there is none or no such day."""
    found = _NUMERIC_DAY.search(text)
    if not found:
        return ""
    day, month, year = (int(part) for part in found.groups())
    return _iso(year + 2000 if year < 100 else year, month, day)


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


_PUBLISHED = re.compile(
    r"\b(?:published|posted|publicado|publicada|publi[ée]e?|mise? en ligne|fecha de publicaci[oó]n"
    r"|date de publication|data de publica[cç][aã]o|date published|publication date"
    r"|date of issue|issue date|fecha de emisi[oó]n|data de emiss[aã]o|date d['’][ée]mission"
    r"|fecha de elaboraci[oó]n|data de elabora[cç][aã]o|date d['’][ée]laboration|date prepared"
    # a statistics page's stamp: "Données extraites le 2 décembre 2026", "Data extracted in …"
    r"|data extracted|donn[ée]es extraites|datos extra[íi]dos|dados extra[íi]dos"
    # a summary's as-of date: "Résumé à la date du 30 novembre 2026"
    r"|r[ée]sum[ée] (?:[àa] la date du|au)|situation (?:[àa] la date du|au))"
    r"(?:\s+(?:on|el|le|em|en|the))?\s*[:|]?\s*(?P<date>" + ANY_DATE.pattern + ")",
    re.IGNORECASE,
)


def published_date(line: str) -> str:
    """The date a short line says the page was published ('Del 15 al 21 de octubre | Fecha de
    publicación: 22 de octubre de 2024', 'Publicado em 18/04/2024 11h40 Atualizado em …')."""
    labelled = re.match(
        r"\s*(?:published|posted|publicado|publicada|publi[ée]e?|data extracted|donn[ée]es extraites"
        r"|datos extra[íi]dos|dados extra[íi]dos)\b",
        line,
        re.I,
    )
    if len(line.split()) > (30 if labelled else 20):
        return ""
    # "Posted 3 Dec 2026 Originally published 2 Dec 2026": the original's date
    original = re.search(
        r"\b(?:originally published|publicado originalmente|publi[ée]e? (?:initialement|à l'origine)"
        r"|publicada originalmente)\s*:?\s*(?:on |el |le |em |en )?(?P<date>"
        + ANY_DATE.pattern
        + ")",
        line,
        re.IGNORECASE,
    )
    match = original or _PUBLISHED.search(line)
    return date_in(match.group("date")) if match else ""


def standalone_date(line: str) -> str:
    """The date of a line that is only a date ("Published 12 March 2021", "12/03/2021")."""
    match = STANDALONE_DATE.match(line)
    return date_in(match.group("date")) if match else ""


def embargo_moment(line: str, *, default_date: str = "") -> str:
    """'EMBARGOED UNTIL 00:01 GMT, FRIDAY 18 JUNE 2021' -> '2021-06-18T00:01+00:00'.

    The zone comes from its name or city ("hora de Bogotá"); without one the time stays local
    (no offset). A date without a year takes the year of `default_date`. '' when no date."""
    text = line.strip()
    day = date_in(text)
    if not day or len(day) < 10:
        day = _day_without_year(text, default_date)
    if not day:
        return ""
    time_match = _TIME.search(ANY_DATE.sub(" ", text))
    if time_match is None:
        return day
    hour, minute = int(time_match.group("h")), int(time_match.group("m") or 0)
    ampm = (time_match.group("ampm") or time_match.group("ampm2") or "").replace(".", "").strip()
    if ampm.lower() == "pm" and hour < 12:
        hour += 12
    elif ampm.lower() == "am" and hour == 12:
        hour = 0
    return f"{day}T{hour:02d}:{minute:02d}{_zone(text)}"


def _day_without_year(text: str, default_date: str) -> str:
    match = re.search(
        rf"(\d{{1,2}})\s+(?:de\s+)?({_MONTH})\b|({_MONTH})\s+(\d{{1,2}})\b", text, re.I
    )
    if not match or not default_date[:4].isdigit():
        return ""
    day = int(match.group(1) or match.group(4))
    month = month_number(match.group(2) or match.group(3)) or 0
    return _iso(int(default_date[:4]), month, day)


def _zone(text: str) -> str:
    raw = re.search(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", text)
    if raw:
        sign, hours, minutes = raw.groups()
        return f"{sign}{int(hours):02d}:{minutes or '00'}"
    words = folded(text)
    for name, zone in sorted(_ZONES.items(), key=lambda item: -len(item[0])):
        if re.search(rf"\b{name}\b", words):
            return zone
    return ""


STAMP_WORDS = frozenset(
    "published posted date dated updated update last as of at on au al el le em en de del do da "
    "datos dados data fecha actualizado actualizada actualizacion atualizado atualizada "
    "atualizacao atualizados atualizadas actualizados actualizadas updated dados mis a jour publie publiee publicado publicada prevue prevista prevu "
    "publication publicacion publicacao originally issued released sent situation por "
    "figures cifras chiffres numeros numbers valid originally posted all information informacion "
    "informacao informations toda la toute l todas as h du communique comunicado communiques "
    "comunicados press release news nota prensa presse imprensa les la "
    # a blog's meta line: "diciembre 4, 2026 · Sin comentarios", "March 2, 2026 | No comments"
    "sin sem no aucun comentarios comentario comments comment commentaires commentaire "
    # "Dernière mise à jour : lundi 7 décembre 2026", "Last modified Monday 7 December 2026"
    "derniere ultima last modified modifie modificado mise jour monday tuesday wednesday "
    "thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche lunes "
    "martes miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta feira".split()
)


def dated_line(line: str) -> str:
    """A short line that only dates the page ("Au 30 avril 2024", "(as of 12 October 2022)",
    "Datos al 31 de mayo de 2024"): its date, else ''."""
    from mediakit.importers.vocabulary import folded

    if len(line.split()) > 16:
        return ""
    found = ANY_DATE.search(line)
    if not found:
        return ""
    rest = folded(ANY_DATE.sub(" ", line))
    rest = re.sub(r"\b\d{1,2} \d{2}\b|\b\d{1,2}h(?:\d{2})?\b", " ", rest)  # a time: "18:00"
    if not all(word in STAMP_WORDS for word in rest.split()):
        return ""
    return date_in(line)
