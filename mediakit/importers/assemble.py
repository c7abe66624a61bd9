"""The story from its lines' roles, and nothing else: what the review shows is what is built.

`assemble` reads `Line`s in order and fills the story (title, standfirst, dateline, byline,
embargo, body blocks, tags), its photo slots, contacts, key figures, boilerplate and notes.
Giving a line another role and assembling again is how an import is corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediakit.importers import blocks, contacts, dates, figures
from mediakit.importers.language import detect_language
from mediakit.importers.lines import DROPPED_ROLES, Hint, Line, Role
from mediakit.importers.noise import Dropped, about_teaser
from mediakit.importers.reader import (
    AGENCY_DATELINE,
    DASH_CREDIT,
    DATE_AND_CONTACT,
    DATE_THEN_PLACE,
    DATED_BYLINE,
    GLYPH_BULLET,
    HANDLE_FIRST,
    MAIL_HEADER_REASON,
    NEWSROOM_PLACE,
    NEXT_ISSUE,
    OUTLET_BY,
    PLACE_AND_DATE,
    PLACE_DATE_STAMPED,
    PLACE_FIELD,
    REPORT_DATE,
    RUBRIC,
    SIGNED,
    STATEMENT_LEAD,
    SUBJECT_TITLE,
    TIMED_DATELINE,
    TITLE_CONTINUED,
    UNIT_THEN_LABEL,
    WORDS_BY,
    author_and_place,
    date_first,
    dateline_match,
    figure_parts,
    kind_label,
    menu_words_stripped,
    subject_text,
)
from mediakit.importers.vocabulary import (
    ABOUT_TITLE,
    ADVISORY_LABEL,
    AGAINST_DELIVERY,
    CHAT_MESSAGE,
    COUNTRIES,
    DRAFT_NOTE,
    FACT_TITLE,
    GENERIC_LABELS,
    HIGHLIGHTS,
    KIND_LABELS,
    MEDIA_INVITED,
    NEWSROOM_SOURCE,
    NUMBERED_BULLETIN,
    PRESS_EVENT_AHEAD,
    SITE_NAMES,
    SITREP_HEADINGS,
    STATEMENT_OPENING,
    folded,
    institution_headline,
    kind_in_title,
)
from mediakit.model import (
    Block,
    BlockKind,
    Contact,
    Dateline,
    KeyFigure,
    Photo,
    StoryKind,
    bullets,
    paragraph,
    photo_slot,
    quote,
    subhead,
)


@dataclass
class Draft:
    title: str = ""
    title_label: StoryKind | None = None  # "Fotohistoria | …": the kind the headline was filed as
    standfirst: str = ""
    dateline: Dateline = Dateline()
    dates: list[str] = field(default_factory=list)
    embargo: str = ""
    byline: str = ""
    body: list[Block] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    images: dict = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    figures: list[tuple[KeyFigure, str]] = field(default_factory=list)  # with footnote marker
    sources: list[tuple[str, str]] = field(default_factory=list)
    sourced: int = 0  # figures before this one have had a source line
    footnotes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # a figures table's header row, if any
    apart: bool = False  # a line the story does not keep stood since its last paragraph
    after_title: bool = False  # the line just read was the headline's


def assemble(lines: list[Line] | tuple[Line, ...], images: tuple = ()) -> Draft:
    draft = Draft()
    index = 0
    lines = list(lines)
    while index < len(lines):
        line = lines[index]
        if line.role is Role.CONTACT:
            run = [line.text]
            while index + 1 < len(lines) and lines[index + 1].role is Role.CONTACT:
                index += 1
                run.append(lines[index].text)
            _flush(draft)
            draft.contacts += _contacts(run)
        elif _label_then_value(lines, index):  # "Number of staff:" over "1,240"
            value = _unbullet(lines[index + 1].text)
            draft.figures.append(figures.figure_from_pair(value, line.text.strip().rstrip(":")))
            index += 1
        elif (
            _is_value(line)
            and index + 2 < len(lines)
            and lines[index + 2].reason == UNIT_THEN_LABEL
        ):
            value = f"{_unbullet(line.text)} {lines[index + 1].text.strip()}"
            draft.figures.append(figures.figure_from_pair(value, lines[index + 2].text))
            index += 2
        elif _is_value(line) and index + 1 < len(lines) and lines[index + 1].role is Role.FIGURE:
            values = [line]
            while index + len(values) < len(lines) and _is_value(lines[index + len(values)]):
                values.append(lines[index + len(values)])
            labels = lines[index + len(values) : index + 2 * len(values)]
            labels = [
                label for label in labels if label.role is Role.FIGURE and not _is_value(label)
            ]
            if len(labels) == len(values):  # values, then their labels in the same order
                for value, label in zip(values, labels, strict=True):
                    draft.figures.append(
                        figures.figure_from_pair(_unbullet(value.text), label.text)
                    )
                index += 2 * len(values) - 1
            else:
                _line(draft, line, images)
        else:
            _line(draft, line, images)
        index += 1
    _flush(draft)
    place = draft.dateline.place
    last = place.rsplit(",", 1)[-1].strip()
    abbreviated = "," in place and len(last) <= 6  # "SANTA BARBARA, Calif.", "Washington, D.C."
    if place.endswith(".") and "." not in place[:-1] and not abbreviated:  # "Belmopan."
        draft.dateline = replace(draft.dateline, place=place[:-1].rstrip())
    if not draft.dateline.place and (
        briefed := _BRIEFED_IN.search(
            " ".join(line.text for line in lines[:40] if len(line.text) < 600)
        )
    ):  # "… at today's press briefing at the Palais des Nations in Geneva."
        draft.dateline = replace(draft.dateline, place=briefed["city"])
    draft.contacts = _one_card_each(draft.contacts)
    if who := _page_photographer(lines):  # "Texto: Ana Ruiz · Fotos: Everton Lisboa"
        draft.photos = [
            replace(photo, credit=who) if photo.caption and not photo.credit else photo
            for photo in draft.photos
        ]
    return draft


# "Fotos: Letícia Bortolini" among the page's fields (after "Texto: …", "Por: …", a date): who
# took the page's photos
_PHOTOS_BY = re.compile(
    r"(?:^|[·|–—]\s*|\s)(?:fotos?|photos?|fotografías?|fotografias?|imagens?|photographs?)"
    r"\s*:\s*(?P<who>(?-i:[A-ZÀ-Þ])[^·|:]{2,60}?)\s*(?:$|[·|])",
    re.IGNORECASE,
)


# a UN briefing note says where it was said: "… at the press briefing at the Palais des Nations
# in Geneva", "… lors de la conférence de presse au Palais des Nations à Genève"
_BRIEFED_IN = re.compile(
    r"\bPalais des Nations\b[^.;]{0,20}?\b(?:in|à|en|em)\s+(?P<city>Geneva|Genève|Ginebra|Genebra)\b"
)


def _page_photographer(lines: list[Line]) -> str:
    """The photographer a page's byline or meta line names for all its photos, or ''."""
    for line in lines:
        if line.role not in (Role.BYLINE, Role.JUNK, Role.DATE) or len(line.text) > 200:
            continue
        found = _PHOTOS_BY.search(line.text)
        if found and (contacts.looks_like_name(found["who"]) or "/" in found["who"]):
            return found["who"].strip()
    return ""


def _one_card_each(people: list[Contact]) -> list[Contact]:
    """A person named twice (in an RSVP sentence, then in the contacts block) is one contact,
    with whatever either mention gave: by e-mail, else by name. Each card is found by its
    e-mail and its name in an index, so a block of thousands stays linear."""
    merged: list[Contact] = []
    by_email: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for person in people:
        email, name = person.email.casefold(), folded(person.name) if person.name else ""
        same = by_email.get(email) if email else None
        if same is None and name:
            same = by_name.get(name)
        if same is None:
            merged.append(person)
            same = len(merged) - 1
        else:
            known = merged[same]
            merged[same] = replace(
                known,
                name=known.name or person.name,
                role=known.role or person.role,
                organisation=known.organisation or person.organisation,
                email=known.email or person.email,
                phones=known.phones + tuple(p for p in person.phones if p not in known.phones),
                city=known.city or person.city,
            )
        card = merged[same]
        if card.email:
            by_email.setdefault(card.email.casefold(), same)
        if card.name:
            by_name.setdefault(folded(card.name), same)
    return merged


def _is_value(line: Line) -> bool:
    return line.role is Role.FIGURE and bool(figures.value_only(_unbullet(line.text)))


def _label_then_value(lines: list[Line], index: int) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        lines[index].role is Role.FIGURE
        and lines[index].text.rstrip().endswith(":")
        and following is not None
        and following.role is Role.FIGURE
        and bool(figures.value_only(_unbullet(following.text)))
    )


def _line(draft: Draft, line: Line, images: tuple) -> None:
    if (
        draft.after_title
        and line.role is Role.KIND_LABEL
        and len(line.text.split()) <= 6
        and (ISSUE_NUMBER.search(line.text) or NUMBERED_BULLETIN.search(folded(line.text)))
    ):  # "Gambella Region: Flooding along the Baro" over "Flash Update No. 2": one title
        draft.title = f"{draft.title} {line.text.strip()}"
    _read_line(draft, line, images)
    draft.after_title = line.role is Role.TITLE
    # whether a line the story does not keep stands before the next one
    draft.apart = line.role not in (
        Role.BODY,
        Role.CAPTION,
        Role.CREDIT,
        Role.PICTURE,
        Role.DATELINE,
    ) or (line.role is Role.PICTURE and line.image is None)  # a picture not brought in


def _read_line(draft: Draft, line: Line, images: tuple) -> None:
    text = line.text.strip()
    role = line.role
    if role is not Role.BULLET:
        _flush(draft)
    if role is not Role.FIGURE:
        cells = [c.strip() for c in line.text.split(" | ")]
        header = len(cells) >= 3 and not any(figures.value_only(c) for c in cells)
        draft.columns = cells if header else []  # "Indicator | This week | Since 1 January"
    if role in DROPPED_ROLES:
        draft.dropped.append(Dropped(line.text, line.reason))
        if role is Role.JUNK and (teaser := about_teaser(line.text)):
            draft.boilerplate.append(teaser)
        return
    match role:
        case Role.TITLE:
            if not draft.title:
                if line.reason == SUBJECT_TITLE:
                    text = subject_text(text)
                title = re.sub(r"\s*\[[^\]]{3,120}\]$", "", menu_words_stripped(text))
                label, colon, rest = title.partition(":")
                # "Nota de prensa: …" is filing; "En images : …", "Ficha informativa: …" are
                # how the headline itself reads
                filed = kind_label(label) in (StoryKind.PRESS_RELEASE, StoryKind.MEDIA_ADVISORY)
                if colon and len(rest.split()) >= 4 and filed:
                    title, draft.title_label = rest.strip(), kind_label(label)
                ahead, bar, after_bar = title.partition(" | ")
                if bar and len(after_bar.split()) >= 4 and (named := kind_label(ahead)):
                    title, draft.title_label = after_bar.strip(), named  # "Fotohistoria | …"
                # a repository's filing: "… Flash Update No. 2 (8 May 2024)", "… (as of 12 Oct 2022)"
                dated = _TITLE_DATE.search(title)
                if dated and len(dates.date_in(dated.group(1))) >= 7 and dated.start() > 10:
                    draft.dates.append(dates.date_in(dated.group(1)))
                    title = title[: dated.start()].rstrip(" -–—,")
                # "Tamm: solidarity … borders (1)": the page's comment count, not the headline's
                title = re.sub(r"\s+\(\d{1,3}\)$", "", title)
                # "🎙️ Sahel central : …": a podcast's or a video's icon; "… zona Leste
                # peixe-post-madeirao": a picture's file name run in; "Émigration | Mbera : …":
                # the section's name before the headline
                title = _TITLE_ICON.sub("", title)
                title = _TITLE_ICON_AFTER.sub("", title)  # "Warm points in the villages 🔥"
                # "*Malawi Red Cross Society – Flooding …*": a chat message's bold
                title = re.sub(r"^([*_]{1,2})(\S(?:.*\S)?)\1$", r"\2", title)
                title = re.sub(r"(?:\s+[a-z0-9]+(?:-[a-z0-9]+){2,})+$", "", title)
                title = re.sub(
                    r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?\s\|\s(?=(?:\S+\s+){4}\S)", "", title
                )
                # "Title: To recognize and celebrate …": a repository's field label
                title = re.sub(
                    r"^(?:title|t[íi]tulo|titre|subject|asunto|assunto|objet)\s?:\s+(?=\S)",
                    "",
                    title,
                    flags=re.IGNORECASE,
                )
                draft.title = RUBRIC.sub("", title)
            elif line.reason == TITLE_CONTINUED:
                draft.title = f"{draft.title} {text}"
            else:
                draft.body.append(subhead(text))
        case Role.STANDFIRST:
            draft.standfirst = " ".join([draft.standfirst, text]).strip()
        case Role.DATELINE:
            if (then := DATE_THEN_PLACE.match(text)) is not None:
                if not draft.dateline:
                    date = dates.date_in(then.group("date"))
                    draft.dateline = Dateline(then.group("place").strip(" ,"), date)
            elif (alone := PLACE_AND_DATE.match(text)) is not None:
                if not draft.dateline:
                    date = dates.date_in(alone.group("date"))
                    draft.dateline = Dateline(alone.group("place").strip(" ,"), date)
            elif line.reason == PLACE_FIELD:  # "Location: Geneva"
                draft.dateline = replace(draft.dateline, place=text.partition(":")[2].strip())
            elif len(text.split()) <= 3 and not re.search(r"\d", text):
                draft.dateline = replace(draft.dateline, place=text.strip(" ,"))  # a place alone
            elif (wire := AGENCY_DATELINE.match(text)) is not None:
                draft.dateline = replace(draft.dateline, place=wire["place"].strip(" ,"))
            elif (timed := TIMED_DATELINE.match(text)) is not None:
                draft.dateline = replace(draft.dateline, place=timed["place"])
            else:
                _dateline(draft, line)
        case Role.DATE:
            found = (
                dates.published_date(text)
                or dates.standalone_date(text)
                or dates.date_in(text)
                or dates.stamp_date(text)
            )
            found = _period_end(text) or found  # a report is dated where its period ends
            if line.reason == REPORT_DATE:  # "Date of issue: 27 January 2026" over its period
                draft.dates.insert(0, found)
            else:
                draft.dates.append(found)
            if line.reason == PLACE_DATE_STAMPED and not draft.dateline.place:
                # "Port Vila, 11 December 2026 | Period covered: 9–11 December 2026"
                for part in re.split(r"\s+\|\s+", text):
                    if (filed := PLACE_AND_DATE.match(part.strip())) is not None:
                        draft.dateline = replace(draft.dateline, place=filed["place"].strip(" ,"))
                        break
            if line.reason == DATE_AND_CONTACT:
                for part in re.split(r"\s+[|·•]\s+", text):
                    known = {c.email.casefold() for c in draft.contacts}
                    draft.contacts += [
                        # "press@…" is an office's address, not a person called Press
                        replace(c, name="") if c.name == c.email.split("@")[0] else c
                        for c in contacts.contacts_from_lines([part])
                        if not c.email or c.email.casefold() not in known
                    ]
            if not draft.byline and (by := DATED_BYLINE.search(text)) is not None:
                draft.byline = by["who"]
                # '… Por Renata Lima - Repórter da Agência Brasil - Brasília': where it was filed
                last = re.split(r"\s+[–—-]\s+", text[by.end() :])[-1].strip(" .")
                if not draft.dateline.place and last and _PLACE_ALONE.fullmatch(last):
                    draft.dateline = replace(draft.dateline, place=last)
        case Role.EMBARGO:
            draft.embargo = draft.embargo or dates.embargo_moment(text)
        case Role.BYLINE if (newsroom := NEWSROOM_PLACE.match(text)) is not None:
            draft.byline = newsroom["who"]
            if not draft.dateline.place:
                draft.dateline = replace(draft.dateline, place=newsroom["place"])
        case Role.BYLINE:
            draft.byline = byline_in(text) or _byline(text)
            for part in re.split(r"\s+[|·•]\s+", text)[1:]:
                # "Por: Ana Ruiz | 22 de octubre de 2025", "Texto: Ana · Valencia, 10 de febrero"
                if (placed := PLACE_AND_DATE.match(part.strip())) and not draft.dateline.place:
                    draft.dateline = replace(draft.dateline, place=placed["place"])
                if len(dated := dates.date_in(part)) == 10:
                    draft.dates.append(dated)
        case Role.SUBHEAD:
            draft.body.append(subhead(text))
        case Role.QUOTE:
            _harvest_contacts(draft, text)
            draft.body.append(quote(blocks.unquote(text)))
        case Role.BULLET:
            bullet = blocks.BULLET.match(text) if line.hint is not Hint.BULLET else None
            item = bullet.group("text") if bullet else _unbullet(text)
            draft.bullets.append(item.rstrip(",;").strip())
            _harvest_contacts(draft, item)
        case Role.PICTURE:
            if line.image is not None and line.image < len(images):
                _add_photo(draft, "", "", images[line.image])
        case Role.CAPTION:
            caption, credit = _caption_and_credit(text)
            _add_photo(draft, caption, credit)
        case Role.CREDIT:
            _add_photo(draft, "", _credit_alone(text))
        case Role.CONTACTS_HEADING:
            pass  # the contacts under it say what it said
        case Role.FIGURE:
            _figure_line(draft, text)
        case Role.FIGURE_SOURCE:
            source, as_of = figures.source_from_line(text)
            draft.sources.append((source, as_of))
            for n, (figure, marker) in enumerate(draft.figures):
                if not marker and not figure.source and n >= draft.sourced:
                    draft.figures[n] = (replace(figure, source=source, as_of=as_of), "table")
            draft.sourced = len(draft.figures)
        case Role.FOOTNOTE:
            draft.footnotes.append(_footnote_text(text))
        case Role.NOTES | Role.BOILERPLATE:
            draft.boilerplate.append(text)
        case Role.TAGS:
            sdg = blocks.SDG.match(text)
            if sdg:
                draft.sdgs.append(int(sdg.group("number")))
            draft.tags.append(text)
        case _:
            _paragraph(draft, line)


def _harvest_contacts(draft: Draft, text: str) -> None:
    """People to contact named inside the text ("... please contact Ana Pérez at ana@..."):
    the text stays where it is, and the people join the contacts."""
    if "@" not in text or not contacts.EMAIL.search(text):
        return
    known = {c.email.casefold() for c in draft.contacts}
    found = contacts.contacts_in_sentence(text) or contacts.contacts_by_email(text)
    draft.contacts += [
        c
        for c in found
        if c.email and c.email.casefold() not in known and c.name != c.email.split("@")[0]
    ]


# words of a job title after a byline's name (an office after it, 'Ana Lima, IOM Brazil', stays)
_JOB_WORDS = re.compile(
    r"\b(?:director|directora|diretor|diretora|directeur|directrice|reporter|repórter|reportera"
    r"|correspondent|corresponsal|correspondente|coordinator|coordinador|coordinadora|coordenador"
    r"|coordenadora|coordinateur|coordinatrice|officer|oficial|spokesperson|portavoz|porta-voz"
    r"|porte-parole|head|jefe|jefa|chefe|chef|manager|gerente|president|presidente|présidente"
    r"|secretary|secretario|secretária|editor|editora|journalist|periodista|jornalista"
    r"|specialist|especialista|adviser|advisor|asesor|asesora|assessor|assessora|chargée?"
    r"|responsable)\b",
    re.IGNORECASE,
)


_PLACE_ALONE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ(][\w'’.()-]*){0,2}")
_TITLE_DATE = re.compile(
    r"\s*[(\[]((?:as of |as at |al |au |em |a |du |del )?[^()\[\]]{6,30})[)\]]\s*$", re.I
)


def byline_in(text: str) -> str:
    """The writer a byline line names ('Por Ana Ruiz', 'Texto: Ana Ruiz | Fotos: …', 'Da Rádio
    Senado, Ana Ruiz'), or ''."""
    # "Por Ana Ruiz | Fotos: …": the photographer's credit is not the writer's name
    text = re.split(
        r"\s+[|·]\s+(?=(?:fotos?|photos?|fotograf[íi]as?|imagens?|im[áa]genes|images?)\b)",
        text,
        flags=re.I,
    )[0]
    byline = blocks.BYLINE.match(text) or WORDS_BY.match(text) or OUTLET_BY.match(text)
    return _byline(byline.group("who").strip()) if byline else ""


def _byline(who: str) -> str:
    """'Tainá Albuquerque, em Boa Vista' -> 'Tainá Albuquerque'; a footnote star off."""
    who = re.sub(r"\s+@\w{2,40}$", "", who.strip())  # "Mariela Quintero @marielaq": the handle off
    who = re.sub(r"\s*\([A-ZÀ-Þ][\w/&.-]{1,15}\)$", "", who)  # "Rafaela Tavares (SEJU)"
    who = re.sub(r",\s+[a-zà-ÿ].*$", "", who)  # "…Scalco, voluntária da comunicação da Missão Paz"
    who = re.sub(r",\s+(?:in|en|em|à|a|from|desde|de)\s+[A-ZÀ-Þ][\w .'’-]{1,40}$", "", who)
    # "Renan Vilela com Pastoral da Comunicação - Pascom", "Ana Ruiz con información de EFE":
    # the writer, not the office or the wire they wrote with
    who = re.sub(
        r"^([A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s+(?:com|con|with|avec)\s.*$",
        r"\1",
        who,
    )
    # 'Amara Njoroge, Regional Director, Oxfam …', 'Renata Lima - Repórter da Agência Brasil':
    # the name, not the job title or office after it
    name = re.match(
        r"^(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,4})\s*(?:,|\s[–—|-]\s)", who
    )
    if name and _JOB_WORDS.search(who[name.end() :]):
        who = name["name"]
    return who.rstrip("*† ").strip()


def _paragraph(draft: Draft, line: Line) -> None:
    text = line.text
    _harvest_contacts(draft, text)
    if (footnote := blocks.FOOTNOTE.match(text)) is not None:
        draft.footnotes.append(footnote.group("text").strip())
    elif line.spans:
        draft.body.append(Block(BlockKind.PARAGRAPH, line.spans))
    elif (marked := _END_MARK_AFTER.search(text)) is not None:  # "… dos próximos dias. FIM"
        draft.body.append(paragraph(text[: marked.start()]))
    else:
        draft.body.append(paragraph(text))


# an end mark left at the end of the last paragraph: "… na próxima semana. FIM", "… -30-"
_END_MARK_AFTER = re.compile(
    r"(?<=[.!?”\"»])\s+[-–—(]*\s*(?:FIM|FIN|END|ENDS|###|-30-|- 30 -)\s*[-–—)]*\s*$"
)


def _dateline(draft: Draft, line: Line) -> None:
    if (written := author_and_place(line.text)) is not None:  # "Ana Ruiz.- Malabo. Las …"
        draft.byline = draft.byline or written["who"]
        draft.dateline = Dateline(written["place"].strip(" ,"), draft.dateline.date)
        draft.body.append(paragraph(written["rest"]))
        return
    if dated := date_first(line.text):  # "DECEMBER 4, 2026 – Today, …"
        draft.dateline = Dateline(draft.dateline.place, dates.date_in(dated["date"]))
        draft.body.append(paragraph(dated["rest"]))
        return
    match = dateline_match(line.text)
    if match is None:
        draft.body.append(paragraph(line.text))
        return
    place = match.group("place").strip(" ,")
    # the date may stand in brackets: "MAPUTO, Mozambique (Feb. 14, 2023) —"
    found = (
        match.group("date")
        or match.group("date2")
        or match.group("org1")
        or match.group("org")
        or ""
    )
    date = dates.date_in(found)
    rest = HANDLE_FIRST.sub("", match.group("rest"))
    dated = re.match(rf"^(?P<d>{dates.ANY_DATE.pattern})\s*[–—-]{{1,2}}\s*(?P<rest>\S.*)$", rest)
    if len(date) != 10 and dated and len(dates.date_in(dated["d"])) == 10:
        date, rest = dates.date_in(dated["d"]), dated["rest"]  # "— April 22, 2025 —  Direct …"
    draft.dateline = Dateline(place, date if len(date) == 10 else "")
    draft.body.append(paragraph(rest))


def _unbullet(text: str) -> str:
    """A list item without its glyph; a numbered item keeps its number (points of a statement)."""
    match = GLYPH_BULLET.match(text)
    if match is None or re.match(r"^\s*\d{1,2}[.)]\s", text):
        return text.strip()
    return match.group("text").strip()


_CREDIT_TAIL = re.compile(
    r"\s*(?:\||–|—|-)?\s*\(?\s*(?P<mark>(?:photograph|photo|foto|crédito|credit|crédit)\s*:?\s*)?"
    # "… © CML | Pedro Almeida Vaz": a © credit may hold a bar (the office | the photographer)
    r"(?P<credit>©?\s*[A-Z][\w.-]*/(?:[\w-]+/){0,3}[\w'’ .-]{2,60}?|©\s*[^()]{2,60}?)\)?\.?\s*$",
    re.IGNORECASE,
)


def _credit_alone(text: str) -> str:
    """A credit on a line of its own, whole: 'UNICEF/MOZA2021-0133/Chirindza', '© IOM/Ana'."""
    text = re.sub(
        r"^\s*(?:image source|source de l'image|fuente de la imagen|fonte da imagem"
        r"|photographie|photograph|fotograf[íi]a|photo credit|cr[ée]dito? (?:de )?(?:la )?"
        r"(?:foto|imagen|imagem|photo)|crédit photo|photos?|fotos?|imagen|imagem|image|crédito"
        r"|credit|crédit)?(?:\s+(?:by|de|por|par)(?=\s))?\s*[:,]?\s*©?\s*",
        "",
        text.strip().lstrip("("),  # "(Imagem: Gabriela Scalco/Missão Paz)"
        flags=re.I,
    )
    return _undated(text.strip(" ()."))


def _undated(credit: str) -> str:
    """'UNICEF/UNI392114/Estrada 18 March 2021' -> 'UNICEF/UNI392114/Estrada'."""
    found = dates.ANY_DATE.search(credit)
    if found and found.start() > 3 and found.end() >= len(credit.rstrip(". ")):
        return credit[: found.start()].rstrip(" ,–—-")
    return credit


_CREDIT_FIRST = re.compile(
    r"^(?:photo|foto|cover photo|photo de couverture|foto de portada|foto de capa|image)\s*:\s*"
    r"(?P<credit>©?\s*[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}/[^–—]{2,60}?)\s+[–—-]\s+(?P<caption>\S.+)$",
    re.IGNORECASE,
)
# the credit's label and the credit, run into the caption with no space where a line ended
_CREDIT_GLUED = re.compile(
    r"^(?i:fotos?|photo|cr[ée]dito?|imagem|imagen)\s*:\s*(?P<credit>[^:]{3,80}?[a-zà-ÿ])"
    r"(?P<caption>[A-ZÀ-Þ][a-zà-ÿ].{10,})$"
)
_NAME_SLASH_ORG = re.compile(r"\s*\((?P<credit>[^()]{3,60}\s/\s*[A-Z]{2,}[^()]{0,20})\)\s*\.?$")


def _caption_and_credit(text: str) -> tuple[str, str]:
    text = re.sub(r"\(c\)\s+(?=[A-ZÀ-Þ][^()]{2,60}$)", "© ", text)
    glued = _CREDIT_GLUED.match(text)
    if glued and len(glued["caption"].split()) >= 4:  # "Foto: Divulgação / PrefeituraCrianças …"
        return glued["caption"].strip(), glued["credit"].strip()
    first = _CREDIT_FIRST.match(text)
    if first:  # "Photo de couverture : © PAM/Ousmane Dicko – Distribution de vivres ..."
        return first["caption"].strip(), first["credit"].lstrip("© ").strip()
    if dashed := DASH_CREDIT.match(text):  # "Voluntarios reparten mantas. - Europa Press"
        return dashed["caption"].strip(), dashed["credit"].strip()
    named = _NAME_SLASH_ORG.search(text)
    if named:  # "... (Mariela Andrade Tuñón / MSF)"
        return text[: named.start()].strip(), named["credit"].strip()
    # "… dos passageiros - Marcelo Lins/Agência Brasil"
    if after := _NAME_SLASH_ORG_AFTER.match(text):
        return after["caption"].rstrip(" –—-"), after["credit"]
    caption, credit = _split_caption(text)
    return caption, _undated(credit)


# a caption's sentence (or a dash), then the photographer's full name over the organisation
_NAME_SLASH_ORG_AFTER = re.compile(
    r"^(?P<caption>\S.{10,}?(?:[.!?]|\s[–—-]))\s+"
    r"(?P<credit>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de |da |do |dos |del )?[A-ZÀ-Þ][\w'’-]+){1,3}"
    r"\s?/\s?[A-ZÀ-Þ][\w&.'’ -]{1,40}?)\.?$"
)


def _split_caption(text: str) -> tuple[str, str]:
    split = blocks.split_credit(text)
    if split is not None:
        caption, credit = split
        return caption.rstrip(" |–—-(").strip(), _unbracketed(credit)
    match = _CREDIT_TAIL.search(text)
    if match and match.group("credit"):
        credit = match.group("credit").strip()
        if credit.startswith("©"):
            credit = credit.lstrip("© ").strip()
        return text[: match.start()].strip(" |–—-("), credit
    return text, ""


def _unbracketed(credit: str) -> str:
    """'(Foto: Ana)' -> 'Ana', but 'Peter Ilicciev (Fiocruz Imagens)' keeps its brackets."""
    credit = credit.strip()
    while credit.startswith("(") and credit.count("(") > credit.count(")"):
        credit = credit[1:].strip()
    while credit.endswith(")") and credit.count(")") > credit.count("("):
        credit = credit[:-1].strip()
    if credit.startswith("(") and credit.endswith(")") and credit.count("(") == 1:
        credit = credit[1:-1].strip()
    return credit


MAX_CAPTION_WORDS = 45


def _add_photo(draft: Draft, caption: str, credit: str, image=None) -> None:
    """A caption line belongs to the picture just above it; a lone credit line to the caption
    just above it; otherwise it makes a photo slot waiting for its image."""
    last = draft.body[-1] if draft.body else None
    if image is None and last is not None and last.kind is BlockKind.PHOTO:
        index = last.photo_id
        photo = draft.photos[index]
        if index in draft.images and not photo.caption:
            draft.photos[index] = replace(
                photo, caption=caption, credit=credit or photo.credit, alt_text=caption
            )
            return
        if not caption and not photo.credit:
            draft.photos[index] = replace(photo, credit=credit)
            return
        if caption and not credit and photo.credit and not photo.caption:
            # "Image source, Tom Riddell/BBC" / "Image caption," / the caption: one photo
            draft.photos[index] = replace(photo, caption=caption, alt_text=caption)
            return
    if (
        image is None
        and not caption
        and last is not None
        and last.kind is BlockKind.PARAGRAPH
        and len(last.text.split()) <= MAX_CAPTION_WORDS  # a story's paragraph is no caption
        and not draft.apart  # the page's share row or footer stood between: not its caption
        and not re.search('[\u201c\u201d"\u00ab\u00bb]', last.text)  # someone's words: the story's
    ):
        caption = draft.body.pop().text
        # picture, caption paragraph, then the credit on a line of its own: one photo
        above = draft.body[-1] if draft.body else None
        if above is not None and above.kind is BlockKind.PHOTO:
            photo = draft.photos[above.photo_id]
            if not photo.caption and not photo.credit:
                draft.photos[above.photo_id] = replace(
                    photo, caption=caption, credit=credit, alt_text=caption
                )
                return
    draft.photos.append(Photo(id=None, caption=caption, credit=credit, alt_text=caption))
    draft.body.append(photo_slot(len(draft.photos) - 1))
    if image is not None:
        draft.images[len(draft.photos) - 1] = image


def _flush(draft: Draft) -> None:
    if draft.bullets:
        draft.body.append(bullets(draft.bullets))
        draft.bullets = []


def _one_per_email(line: str) -> list[str]:
    """'Name | title | phone | e-mail Name | title | phone | e-mail': two records a Markdown
    paragraph ran together (its soft line break gone), cut after each e-mail."""
    if len(contacts.EMAIL.findall(line)) < 2 or "|" not in line:
        return [line]
    pieces, start = [], 0
    for found in contacts.EMAIL.finditer(line):
        if re.match(r"\s+[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s*\|", line[found.end() :]):
            pieces.append(line[start : found.end()])
            start = found.end()
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


def _contacts(run: list[str]) -> list[Contact]:
    """The people of a run of contact lines, by the first reading that finds them all: a
    sentence naming them, one a line, a person over several lines, or a name before each
    e-mail."""
    run = [contacts.unlabelled(piece) for line in run for piece in _one_per_email(line)]
    emails = {e.casefold().rstrip(".") for line in run for e in contacts.EMAIL.findall(line)}
    readings = []
    if len(run) == 1 and not contacts.PLACE.match(run[0]) and len(run[0].split()) > 12:
        readings.append(contacts.contacts_in_sentence(run[0]))
    parsed, used = contacts.parse_contacts(run)
    if used == len(run):
        readings.append(parsed)
    readings.append(contacts.contacts_from_lines(run))
    readings.append([c for line in run for c in contacts.contacts_by_email(line)])
    for found in readings:
        if found and emails <= {c.email.casefold() for c in found}:
            return found
    return max(
        readings, key=lambda found: len({c.email for c in found if c.email}) + len(found) / 100
    )


def _period_end(text: str) -> str:
    """'Period covered: 5 December 2026, 18:00 to 7 December 2026, 12:00': the period's last day,
    when the line names a period from one full date to another."""
    label = re.match(
        r"^\s*(?:period covered|reporting period|period|per[ií]odo(?: cubierto| abarcado"
        r"| do relat[óo]rio| del reporte| del informe)?|p[ée]riode(?: couverte)?)\s*:\s*",
        text,
        re.IGNORECASE,
    )
    if not label:
        return ""
    parts = re.split(
        r"\s(?:to|al|a|au|at[ée]|hasta|until|till|[–—-])\s", text[label.end() :], flags=re.I
    )
    ends = [dates.date_in(part) for part in parts]
    return ends[-1] if len(parts) >= 2 and len(ends[-1]) == 10 and len(ends[0]) == 10 else ""


def _figure_line(draft: Draft, text: str) -> None:
    text = _unbullet(text)
    if " | " in text:
        cells = [c.strip() for c in text.split(" | ") if c.strip()]
        values = [c for c in cells if figures.value_only(c)]
        labels = [c for c in cells if not figures.value_only(c)]
        if len(values) >= 2 and len(labels) == 1 and len(draft.columns) == len(cells):
            # "People assisted | 147 | 512" under "Indicator | This week | Since 1 January"
            for column, cell in zip(draft.columns, cells, strict=True):
                if cell in values:
                    when = column[:1].lower() + column[1:] if not column.isupper() else column
                    figure, _ = figures.figure_from_pair(cell, f"{labels[0]}, {when}")
                    draft.figures.append((figure, ""))
            return
        if len(values) == 1 and labels:
            figure, marker = figures.figure_from_pair(values[0], labels[0])
            as_of = next((d for c in labels[1:] if (d := dates.date_in(c))), "")
            # a cell that is only a date is the as-of date; any other is the source
            source = next((c for c in labels[1:] if not dates.dated_line(c)), "")
            if source or as_of:
                figure = replace(figure, source=source, as_of=as_of)
                marker = "table"
            draft.figures.append((figure, marker))
            return
        parts = cells
    else:
        parts = figure_parts(text)
    for part in parts:
        source = re.search(r"\s*\((?P<s>[^()]{3,80})\)\s*$", part)
        figure, marker = figures.figure_from_line(part[: source.start()] if source else part)
        if figure is not None and source and dates.date_in(source["s"]):
            figure = replace(figure, source=source["s"], as_of=dates.date_in(source["s"]))
            marker = "table"  # it says its own source
        if figure is None and (after_label := figures.figure_after_label(part)) is not None:
            figure, marker = after_label, ""  # "Staff — 720"
        if figure is None and (label_first := figures.label_then_number(part)) is not None:
            figure, marker = label_first, ""  # "Pessoas em abrigos da Operação Acolhida 7.830"
        if figure is None and (one_word := figures.figure_after_label(part, least=1)):
            figure, marker = one_word, ""  # "Desalojados: 612", read as a figure where it stands
        if figure is not None:
            draft.figures.append((figure, marker))


def _footnote_text(text: str) -> str:
    match = re.match(
        r"^\s*(?:\[\d{1,2}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*+|\d{1,2}(?=\s))\s*(?P<text>.+)$", text
    )
    return match.group("text").strip() if match else text.strip()


# -- what the story is -------------------------------------------------------------------


def kind_of(draft: Draft, lines: list[Line]) -> StoryKind:
    """The kind from the document's furniture: its kind label first, then its shape."""
    labelled = [line.text for line in lines if line.role is Role.KIND_LABEL]
    # a label alone on its line outweighs one at the head of a line; a section's name
    # ("News", "Comunicados de prensa") and a repository's filing ("Comunicado - ReliefWeb")
    # say little of what the document is
    named = [KIND_LABELS[folded(t)] for t in labelled if folded(t) in KIND_LABELS]
    telling = [t for t in labelled if folded(t) not in GENERIC_LABELS]
    exact = [KIND_LABELS[folded(t)] for t in telling if folded(t) in KIND_LABELS]
    if exact:
        # "Press Release" over "Statement of the OAS General Secretariat on …": how the site
        # files everything; the headline says what this one is
        if exact[0] is StoryKind.PRESS_RELEASE and (
            STATEMENT_TITLE.match(folded(draft.title))
            or STANCE_TITLE.match(folded(draft.title))
            # "COMUNICADO CONJUNTO" signed by those it joins: their statement
            or (
                any(re.search(r"\b(?:conjunto|conjointe?|joint)\b", folded(t)) for t in telling)
                and any(line.reason == SIGNED or _SIGNERS.match(line.text) for line in lines)
            )
        ):
            return StoryKind.STATEMENT
        if exact[0] is StoryKind.PRESS_RELEASE and (
            PRESS_EVENT_AHEAD.search(folded(draft.title))  # "FOR IMMEDIATE RELEASE" over
            or _press_asked_to_come(draft)  # "Mayor Schedules …"; a "Nota de prensa" that
        ):  # gives the date, time and place and asks the media to confirm
            return StoryKind.MEDIA_ADVISORY
        # "COMMUNIQUÉ DE PRESSE" over "POINT DE SITUATION N°4": the office files everything as
        # a release; its own label under it says what this one is
        if exact[0] is StoryKind.PRESS_RELEASE and (
            own := [
                k
                for t in telling[1:]
                if (k := kind_label(t)) is not None and k is not StoryKind.PRESS_RELEASE
            ]
        ):
            return own[0]
        # "História" over a section of "Quem somos": a part of the page about the organisation
        if exact[0] is StoryKind.FEATURE and _about_title(draft.title):
            return StoryKind.ABOUT
        return exact[0]
    if draft.title_label is not None:
        heading = folded(draft.title)
        stand = STATEMENT_TITLE.match(heading) or STANCE_TITLE.match(heading)
        signed = any(line.reason == SIGNED for line in lines)  # its signatories under it
        if draft.title_label is StoryKind.PRESS_RELEASE and (stand or signed):
            return StoryKind.STATEMENT  # "Comunicado: organizaciones … rechazan …"
        return draft.title_label
    headed = [kind_label(t) for t in telling if not SITE_NAMES.search(folded(t))]
    if headed := [k for k in headed if k is not None]:
        # "Press release · Migration" over "Statement: Parliament must not …"
        if headed[0] is StoryKind.PRESS_RELEASE and (
            STATEMENT_TITLE.match(folded(draft.title)) or STANCE_TITLE.match(folded(draft.title))
        ):
            return StoryKind.STATEMENT
        if headed[0] is StoryKind.PRESS_RELEASE and PRESS_EVENT_AHEAD.search(folded(draft.title)):
            return StoryKind.MEDIA_ADVISORY
        # "Press Release: New Zealand Government" (how the wire files every item) over "4 December
        # 2026 Media Statement": the office's own label says what this one is
        if headed[0] is StoryKind.PRESS_RELEASE and (
            own := [k for k in headed[1:] if k is not StoryKind.PRESS_RELEASE]
        ):
            return own[0]
        return headed[0]
    texts = [folded(b.text[:200]) for b in draft.body if b.kind is not BlockKind.PHOTO][:1]
    invited = any(
        MEDIA_INVITED.search(folded(b.text)) for b in draft.body if b.kind is BlockKind.PARAGRAPH
    )
    if any(line.reason == AGAINST_DELIVERY for line in lines):  # a speech, kept as a statement
        return StoryKind.STATEMENT
    if (titled := kind_in_title(draft.title)) is not None:
        # "Special Press Briefing on …" that tells reporters how to attend: its advisory
        return StoryKind.MEDIA_ADVISORY if titled is StoryKind.STATEMENT and invited else titled
    # "Comunicado do Ministério da Presidência sobre …": the headline files itself as a release
    if RELEASE_TITLE.match(folded(draft.title)):
        return StoryKind.PRESS_RELEASE
    if STATEMENT_TITLE.match(folded(draft.title)):  # "UK statement on the safety of …"
        return StoryKind.STATEMENT
    for line in lines[:12]:  # "ACTED HAÏTI – RAPPORT DE SITUATION N° 3": a letterhead names it
        if line.role is Role.TITLE:
            break
        # "RELEASE – versão para aprovação da presidência": the draft's note names what it is
        if line.reason == DRAFT_NOTE and (
            drafted := kind_label(re.split(r"\s+[–—-]\s+", line.text.strip())[0])
        ):
            return drafted
        if line.role in (Role.JUNK, Role.DATE, Role.RELATED) and (
            named_here := kind_in_title(line.text)
        ):
            return named_here
        # "Agência de Notícias IESB – Fotorreportagem": the site's name, then the kind it files
        parts = re.split(r"\s+[–—|·]\s+", line.text.strip())
        tail = folded(parts[-1])
        if (
            line.role is Role.JUNK
            and len(parts) == 2
            and tail in KIND_LABELS
            and tail not in GENERIC_LABELS
        ):
            return KIND_LABELS[tail]
    title_at = next((i for i, line in enumerate(lines) if line.role is Role.TITLE), None)
    for line in lines[title_at + 1 : title_at + 4] if title_at is not None else ():
        # "Relatório de situação nº 14 | 1º a 10 de dezembro de 2026" under the headline
        if line.role is Role.DATE and (named_under := kind_in_title(line.text)) is not None:
            return named_under
    if FACT_TITLE.search(folded(draft.title)) and draft.figures:
        return StoryKind.FACT_SHEET
    items = [line for b in draft.body for line in b.text.split("\n")]
    labels = [m["label"].lower() for item in items if (m := ADVISORY_LABEL.match(item))]
    if len(labels) >= 2 and set(labels) & _WHEN_OR_WHERE:  # "WHO:" and "WHY:" alone: a release's
        return StoryKind.MEDIA_ADVISORY
    if any(PRESS_EVENT_AHEAD.search(text) for text in (folded(draft.title), *texts) if text):
        return StoryKind.MEDIA_ADVISORY  # the press is asked to come: an advisory
    if invited:
        return StoryKind.MEDIA_ADVISORY
    opening = [*texts[:1], folded(draft.title), folded(draft.standfirst)]
    if any(STATEMENT_OPENING.match(text) for text in opening if text) or any(
        line.reason == STATEMENT_LEAD
        for line in lines  # "Statement by the Minister …:"
    ):
        return StoryKind.STATEMENT
    subheads = [folded(b.text) for b in draft.body if b.kind is BlockKind.SUBHEAD]
    if (
        any(HIGHLIGHTS.match(s) for s in subheads)
        or sum(bool(SITREP_HEADINGS.match(s)) for s in subheads) >= 2
        or _sitrep_evidence(draft, lines, subheads) >= 3
    ):
        return StoryKind.SITUATION_REPORT
    if _about_title(draft.title) or _about_label_over_title(lines):
        return StoryKind.ABOUT
    # "Who we are", "What we do", "Where we work" over its parts: a page about the organisation
    sections = [
        folded(b.text)
        for b in draft.body
        if b.kind is BlockKind.SUBHEAD
        or (b.kind is BlockKind.PARAGRAPH and len(b.text.split()) <= 5)
    ]
    if sum(bool(ABOUT_TITLE.match(s)) for s in sections) >= 2:
        return StoryKind.ABOUT
    paragraphs = [b for b in draft.body if b.kind is BlockKind.PARAGRAPH]
    captioned = [photo for photo in draft.photos if photo.caption]
    pictured = len(captioned) >= 3 and len(captioned) * 2 >= len(paragraphs)
    # "In pictures: the first days after …" under the headline says it as well as the headline
    shown = draft.photos or any(line.role is Role.PICTURE for line in lines)
    if shown and any(PHOTO_TITLE.search(folded(t)) for t in (draft.title, draft.standfirst)):
        return StoryKind.PHOTO_STORY
    # "La Coordonnatrice humanitaire condamne …", "… : ma position"
    if STANCE_TITLE.match(folded(draft.title)) or _POSITION_TITLE.search(folded(draft.title)):
        return StoryKind.STATEMENT
    # a public body doing something heads its news; a country too ("Portugal acolhe 48
    # migrantes …"), unless a reporter signs it (then it is their story about the country)
    actors = _own_names(draft, lines) | (frozenset() if _by_a_person(draft.byline) else COUNTRIES)
    news = institution_headline(draft.title, actors)
    if pictured and not news:  # "Governo de Roraima inaugura …" with its photos is its news
        return StoryKind.PHOTO_STORY
    if _release_score(draft, lines) >= 3 or news:  # "MINSA refuerza …": a public body's news
        return StoryKind.PRESS_RELEASE
    if len(draft.figures) >= 3 and len(paragraphs) <= len(draft.figures) + 2:
        return StoryKind.FACT_SHEET
    if named:  # only a section's name ("News") was left to say it
        return named[0]
    has_quotes = any(
        b.kind is BlockKind.QUOTE or any(mark in b.text for mark in '“"«„') for b in draft.body
    )
    if not draft.title and not draft.dateline and not draft.photos and not has_quotes:
        return StoryKind.ABOUT
    if any(line.reason == SIGNED for line in lines):  # signed at its foot: a letter, a statement
        return StoryKind.STATEMENT
    # a page in parts that nobody signs, quotes or dates but for its "last updated" stamp: a
    # service or programme page ("Apoio à População Migrante" › CLAIM › Aprender português)
    # and one that speaks for the organisation in the first person ("We answer questions from
    # local media …"): a page about what it does, not news of something it did
    undated = (
        # a banner picture with only its credit says nothing of news; a captioned one does
        not (has_quotes or draft.byline or draft.figures or any(p.caption for p in draft.photos))
        and not draft.dateline.date
        and not any(line.role is Role.DATELINE for line in lines)
        and all(UPDATED_STAMP.match(folded(line.text)) for line in lines if line.role is Role.DATE)
    )
    spoken_for = len(OUR.findall(" ".join(p.text for p in paragraphs))) >= 3
    if undated and (len(subheads) >= 2 or spoken_for):
        return StoryKind.ABOUT
    return StoryKind.FEATURE


# The organisation speaking of itself
OUR = re.compile(
    r"\b(?:we|our|us|nosotros|nosotras|nuestr[oa]s?|nos|nós|noss[oa]s?|nous|notre)\b",
    re.IGNORECASE,
)


# An evergreen page's date: when it was last touched, not when anything happened
UPDATED_STAMP = re.compile(
    r"^(?:page )?(?:last updated|last modified|updated|ultima (?:atualizacao|actualizacion"
    r"|modificacao|modificacion)|atualizado em|actualizado el|derniere mise a jour|mis a jour le)\b"
)


# "Update #4", "Actualización n.º 3", "Mise à jour n° 2", "Boletim nº 5": a numbered issue
ISSUE_NUMBER = re.compile(
    r"\b(?:update|actualizaci[oó]n|atualiza[cç][aã]o|mise [àa] jour|bulletin|bolet[ií]n|boletim"
    r"|informe|rapport|report|sitrep|reporte|relat[oó]rio)\s*(?:#|n[o°º]?\.?\s*[°º]?|no\.)\s*\d{1,3}\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:period|periodo|período|période|updated|actualizado|atualizado|mis à jour|as of|al corte"
    r"|com dados até|cut-off)\b",
    re.IGNORECASE,
)


# "Fecha: jueves 10 de diciembre", "Lieu : salle …", "Local: auditório …": an event's items
_EVENT_ITEM = re.compile(
    r"^\s*(?P<label>fecha|hora|lugar|date|heure|lieu|data|hor[áa]rio|local|venue|time|when|where"
    r"|cuando|cu[áa]ndo|d[óo]nde|quand|o[ùu]|quando|onde)\s*:",
    re.IGNORECASE,
)
_PLACE_ITEM = frozenset("lugar lieu local venue where donde dónde ou où onde".split())
# "Se solicita a los medios confirmar su asistencia", "Merci de confirmer votre présence"
_CONFIRM_ATTENDANCE = re.compile(
    r"\b(?:confirmar (?:su|sua) (?:asistencia|presenca|participacion|participacao)"
    r"|confirmer (?:votre|leur) (?:presence|participation)|confirm (?:your |their )?attendance"
    r"|se solicita a los medios|solicita se aos (?:jornalistas|veiculos)|rsvp)\b"
)


def _press_asked_to_come(draft: Draft) -> bool:
    """An event's date or time and its place as items, and the press asked to come or confirm:
    an advisory, however the site files it."""
    items = [line for b in draft.body for line in b.text.split("\n")]
    labels = {m["label"].lower() for item in items if (m := _EVENT_ITEM.match(item))}
    texts = " ".join(folded(b.text) for b in draft.body if b.kind is BlockKind.PARAGRAPH)
    return (
        len(labels) >= 2
        and bool(labels & _PLACE_ITEM)
        and bool(MEDIA_INVITED.search(texts) or _CONFIRM_ATTENDANCE.search(texts))
    )


def _sitrep_evidence(draft: Draft, lines: list[Line], subheads: list[str]) -> int:
    """How much of a situation report's furniture the page has: a numbered issue in its title,
    the period it covers or its update stamp, the next issue announced, a report's section
    headings ('Situation overview', 'Needs')."""
    score = bool(ISSUE_NUMBER.search(draft.title))
    score += any(
        line.reason == NEXT_ISSUE or (len(line.text) <= 200 and _NEXT_UPDATE.search(line.text))
        for line in lines
    )
    score += any(
        _PERIOD.search(line.text) and dates.date_in(line.text)
        for line in lines
        if len(line.text.split()) <= 20 and line.role is not Role.TITLE
    )
    score += min(2, sum(bool(SITREP_HEADINGS.match(s)) for s in subheads))
    return score


_ICONS = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+"
_TITLE_ICON = re.compile(rf"^{_ICONS}\s*")
_TITLE_ICON_AFTER = re.compile(rf"\s*{_ICONS}$")

# "Firman: Red Diáspora Venezolana, Observatorio …": who signs a joint text
_SIGNERS = re.compile(
    r"^(?:firman|firmantes|signataires|signatories|assinam|assinantes|signed by)\s*:", re.IGNORECASE
)

# an advisory says when and where to come (or how to be accredited)
_WHEN_OR_WHERE = frozenset(
    "when where cuando quand quando donde ou onde rsvp accreditation acreditacion acreditacao".split()
)

# "… – Next update: 1 January 2027" on a line of other furniture
_NEXT_UPDATE = re.compile(
    r"\b(?:next update|pr[oó]xima actualizaci[oó]n|prochaine mise [àa] jour|pr[oó]xima "
    r"atualiza[cç][aã]o)\s*:",
    re.IGNORECASE,
)


_TOWN_HALL = re.compile(
    r"\b(?:Ayuntamiento|Alcald[íi]a|Prefeitura|Municipalidad|Intendencia|Mairie|Ville|C[âa]mara"
    r" Municipal|Gobernaci[óo]n|Governo do Estado|Gobierno de)\s+(?:de |do |da |del |d')?"
    r"([A-ZÀ-Þ][\w'-]+)"
)


def _own_names(draft: Draft, lines: list[Line]) -> frozenset[str]:
    """The names the document gives its organisation: its contacts' organisations, a name it
    spells out with its acronym ('Comitê Nacional para os Refugiados (Conare)'), the name its
    boilerplate is about ('About Catholic Relief Services')."""
    names = {folded(c.organisation) for c in draft.contacts if c.organisation}
    for line in lines:
        names.update(folded(m) for m in re.findall(r"\(([A-Z][A-Za-z]{2,11})\)", line.text))
        # "El Ayuntamiento de Alcoy", "a Prefeitura de Belém": the town speaks through its hall
        names.update(folded(m) for m in _TOWN_HALL.findall(line.text[:400]))
    for text in draft.boilerplate:
        about = re.match(
            r"^(?:about|sobre|acerca de|a propos de|à propos de)\s+(.{3,60}?)[:.]?$",
            text.split("\n")[0].strip(),
            re.I,
        )
        if about:
            names.add(folded(about.group(1)))
    return frozenset(n for n in names if n)


# A headline that says it is the office's release: "Comunicado do Ministério …", "Press release
# from …", "Communiqué du …"
RELEASE_TITLE = re.compile(
    r"^(?:comunicado|communique|press release|news release|nota de prensa|nota a imprensa"
    r"|nota de imprensa|note de presse) (?:conjunto |conjoint |joint )?(?:de|del|da|do|du|des"
    r"|from|of|by)\b"
)

# A headline where someone takes a stand: "KIND Condemns Plan to …", "Defensoria manifesta
# preocupação com …", "La Directrice générale condamne l'assassinat …"
STANCE_TITLE = re.compile(
    r"^(?:\S+ ){0,8}(?:condemns?|condena|condenan|condamne|condamnent|deplores?|deplora|deploran"
    r"|deplorent|rechaza|rechazan|repudia|repudian|repudiam|lamenta|lamentan|lamentam|mourns?"
    r"|manifesta(?:m)? (?:sua |seu )?(?:preocupacao|repudio)|expresa(?:n)? (?:su )?(?:preocupacion"
    r"|rechazo|repudio)|express(?:es)? (?:deep |grave |serious )?concern"
    r"|exprime(?:nt)? (?:sa |leur )?(?:vive |profonde )?(?:preoccupation|inquietude)"
    r"|expresa(?:n)? su (?:plena |profunda |total )?solidaridad"
    r"|express(?:es)? (?:its |their )?(?:full |deep )?solidarity"
    r"|manifesta(?:m)? (?:sua )?(?:plena |profunda |total )?solidariedade"
    r"|expressa(?:m)? (?:sua )?(?:plena |profunda |total )?solidariedade"
    r"|exprime(?:nt)? (?:sa |leur )?(?:pleine |entiere |profonde |totale )?solidarite"
    # "Samoa Red Cross sends message of solidarity to …", "… envía un mensaje de condolencias"
    r"|(?:sends?|envia|envian|envoie|envoient) (?:a |un |uma |une )?(?:message|mensaje|mensagem)"
    r" (?:of|de) (?:solidarity|condolence|solidaridad|condolencias|solidariedade|condolencias"
    r"|solidarite|condoleances)"
    r"|responds? to|reacts? to|aclara|aclaran|esclarece"
    r"|clarifies|precise)\b"
)

# "Accueil de réfugiés soudanais dans le Conflent : ma position": a stand, in the headline's words
_POSITION_TITLE = re.compile(
    r"\b(?:ma|notre|mi|nuestra|minha|nossa|my|our) (?:position|posicion|posicao)$"
)

# A headline that says it is a statement: "UK statement on …", "Declaración de la OIM sobre …"
STATEMENT_TITLE = re.compile(
    r"^(?:\S+ ){0,4}(?:joint )?statement (?:on|by|from|of|at|to|following)\b"
    r"|^(?:joint )?statement\b(?! of (?:account|work|needs|requirements))"  # "Statement: Parliament …"
    # a church's word: "Nota Pastoral sobre …", "Carta pastoral", "Lettre pastorale"
    r"|^(?:nota|carta|mensaje|mensagem|lettre|message|exhortacion|exortacao|declaracion)"
    r" pastora(?:l|le)\b|^pastoral (?:letter|statement|message|note)\b"
    r"|^nota (?:da|do|de|del|de la) .{2,60}? (?:sobre|acerca|ante|frente)\b"  # "Nota da CNBB sobre …"
    r"|^(?:\S+ ){0,3}(?:declaracion|declaracao|declaration|pronunciamiento|mensaje|mensagem"
    r"|message) (?:conjunta |conjointe |conjunto )?(?:de|del|da|do|du|des|sobre|sur|acerca|ante"
    r"|frente|from|of|on)\b"
    # a speech: "Remarks by the UN Resident Coordinator at …", "Discurso del Ministro en …"
    r"|^(?:opening |closing |keynote )?(?:remarks|speech|discurso|discours|allocution|palabras"
    r"|intervencion|intervencao|intervention) (?:by|of|from|de|del|da|do|du|des)\b"
)


def _about_title(title: str) -> bool:
    """'Quem somos', 'Acción humanitaria: quiénes somos y cómo intervenimos': the page is about
    the organisation."""
    after = folded(title.partition(": ")[2])
    return bool(ABOUT_TITLE.match(folded(title)) or _WHO_WE_ARE.match(after))


_WHO_WE_ARE = re.compile(r"(?:who we are|quienes somos|quem somos|qui sommes nous)\b")


def _about_label_over_title(lines: list[Line]) -> bool:
    """'QUI SOMMES-NOUS ?' over 'CARE France, association de solidarité internationale': the
    page's own label says it is about the organisation."""
    title = next((i for i, line in enumerate(lines) if line.role is Role.TITLE), None)
    if not title:
        return False
    above = lines[title - 1]
    return len(above.text.split()) <= 5 and bool(ABOUT_TITLE.fullmatch(folded(above.text)))


def _release_score(draft: Draft, lines: list[Line]) -> int:
    """The furniture of a press release: media contacts, a dated dateline, an embargo, an end
    mark, notes to editors, the organisation's boilerplate; a byline says feature instead."""
    roles = {line.role for line in lines}
    score = 2 * bool(draft.contacts) + bool(draft.dateline.place)
    score += 2 * bool(draft.embargo) + (Role.END_MARK in roles) + (Role.NOTES in roles)
    score += Role.BOILERPLATE in roles
    # sent out by its press office ("Bureau de Communication de la Primature", "Assessoria …")
    score += any(contacts.OFFICE.search(line.text) for line in lines[-10:] if len(line.text) < 160)
    # a wire's dateline, 'Bogotá, 13 feb (EFE).': the agency's copy of a release
    score += 2 * any(
        line.role is Role.DATELINE and AGENCY_DATELINE.match(line.text) for line in lines
    )
    # "Segundo o documento, a que a Inforpress teve acesso", "según un comunicado": the story
    # passes on what an office sent
    score += 2 * any(
        line.role in (Role.BODY, Role.DATELINE) and _PASSED_ON.search(folded(line.text))
        for line in lines
    )
    # "Com informações da Assessoria …", "Con información de EFE": a newsroom passing on what
    # an office or a wire sent
    score += 2 * any(line.reason == NEWSROOM_SOURCE for line in lines)
    # "Por Redação GAZ", "Redacción 24 Horas": the desk that put an office's news out
    score += 3 * bool(_DESK.match(draft.byline))
    return score - 2 * _by_a_person(draft.byline)


_PASSED_ON = re.compile(
    r"\b(?:segundo (?:um |o |a )?(?:comunicado|documento|nota)|(?:num|em|atraves de|por meio de)"
    r" (?:um |uma )?(?:comunicado|nota (?:a imprensa|oficial))|segun (?:un |el )?comunicado"
    r"|(?:en|mediante|a traves de|por medio de) (?:un )?comunicado|selon (?:un|le) communique"
    r"|dans un communique|par voie de communique|in a (?:press )?(?:statement|release)"
    r"|according to a (?:press )?(?:statement|release)|a que a \w+ teve acesso"
    r"|said in a statement)\b"
)
_DESK = re.compile(r"(?:redac|reda[cç]|newsroom|news desk|staff|r[ée]daction)", re.IGNORECASE)


def _by_a_person(byline: str) -> bool:
    """A reporter's byline says feature; 'Ascom/PMP', 'Redação', 'Press office' are the office
    that sent the release."""
    if not byline:
        return False
    key = folded(byline)
    return not (
        "/" in byline
        or contacts.OFFICE.search(byline)
        or re.search(
            r"\b(?:ascom|redacao|redaccion|redaction|staff|newsroom|agencia|agence"
            r"|comunicacion|comunicacao|communication|communications|prensa|imprensa"
            r"|presse|press)\b",
            key,
        )
    )


PHOTO_TITLE = re.compile(
    r"\b(?:photos|pictures|images|fotografias|fotos|imagenes|imagens|photo essay|photo story"
    r"|in pictures|en images|en imagenes|em imagens|fotorreportaje|fotorreportagem)\b"
)


def figures_of(draft: Draft, kind: StoryKind) -> list[KeyFigure]:
    """The key figures with their source and as-of date: from their footnote (by marker), the
    source line after them, or the document's only footnote. An about page's figures are the
    paragraphs that open with a number, as before."""
    notes = {}
    for note in draft.footnotes:
        match = re.match(r"^(\d{1,2})\s", note)
        notes[match.group(1) if match else str(len(notes) + 1)] = note
    single = draft.footnotes[0] if len(draft.footnotes) == 1 else ""
    line_source = draft.sources[0] if draft.sources else ("", "")
    found = []
    pairs = list(draft.figures)
    if kind is StoryKind.ABOUT:
        for block in draft.body:
            if block.kind is BlockKind.PARAGRAPH:
                figure = figures.parse_figure(re.split(r"(?<=[.!?])\s", block.text, maxsplit=1)[0])
                if figure:
                    pairs.append((figure, ""))
    for figure, marker in pairs:
        if marker == "table":  # a table row said its own source and date
            found.append(figure)
            continue
        note = notes.get(marker, "") if marker not in ("", "*") else ""
        note = note or (single if (marker or not line_source[0]) else "")
        if note:
            source, as_of = figures.source_from_footnote(
                re.sub(
                    r"^(?:sources?|fuentes?|fontes?)\s*:\s*", "", _footnote_text(note), flags=re.I
                )
            )
        else:
            source, as_of = line_source
        found.append(replace(figure, source=source, as_of=as_of))
    return found


def document_date(draft: Draft, lines: list[Line]) -> str:
    """The story's date when no dateline gives one: a date standing alone, else the first full
    date on a short line near the top (a kind label's, an "as of", an update stamp)."""
    dated = next((d for d in draft.dates if d), "")
    if dated:
        return dated
    if len(draft.embargo) >= 10:  # a release is dated the day its embargo lifts
        return draft.embargo[:10]
    for line in lines[:25]:
        skip = (Role.QUOTE, Role.CAPTION, Role.CONTACT, Role.RELATED, Role.FIGURE, Role.JUNK)
        if line.role in skip or len(line.text.split()) > 12 or line.text.rstrip().endswith("."):
            continue
        if _EVENT_DAY.match(line.text):
            continue  # "Day: Friday, 19 September": the event an advisory announces, not its date
        found = dates.date_in(line.text)
        if len(found) == 10:
            return found
    for line in lines[:25]:  # last, the date the e-mail or chat message that brought it was sent
        if line.reason == MAIL_HEADER_REASON and len(found := dates.date_in(line.text)) == 10:
            return found
        if line.reason == CHAT_MESSAGE and (found := dates.numeric_day(line.text[:30])):
            return found
    for line in lines[:15]:  # a sheet dated by its month: "FACT SHEET | APRIL 2024"
        if (
            line.role in (Role.KIND_LABEL, Role.DATE)
            and len(found := dates.date_in(line.text)) == 7
        ):
            return found
    # last, a Word draft's lede naming its day: "Réuni en séance publique le vendredi 4 décembre
    # 2026, le conseil …" (the news is of that day)
    ledes = [line for line in lines if line.role in (Role.BODY, Role.STANDFIRST)][:2]
    for line in ledes:
        day = _LEDE_DAY.search(line.text)
        if day and len(found := dates.date_in(day.group(0))) == 10:
            return found
    return ""


_LEDE_DAY = re.compile(
    r"\b(?:le|el|on|o|na|no|this|ce|este|esta|nesta|neste) (?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda"
    r"|ter[çc]a|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:-feira)?,? "
    r"(?:\d{1,2}(?:er|º)? (?:de )?[a-zà-ÿ]+ (?:de )?\d{4}|[a-z]+ \d{1,2},? \d{4})",
    re.IGNORECASE,
)


_EVENT_DAY = re.compile(r"^\s*(?:day|d[íi]a|jour|when|cu[áa]ndo|quand|quando)\s*:", re.IGNORECASE)


def title_from_body(body: list[Block], name: str) -> str:
    first = next((b.text for b in body if b.kind is BlockKind.PARAGRAPH), "") or Path(name).stem
    words = first.split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def language_of(draft: Draft):
    return detect_language(" ".join([draft.title, draft.standfirst, *(b.text for b in draft.body)]))
