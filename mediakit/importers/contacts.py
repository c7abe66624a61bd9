"""Media contacts as press releases give them: one person a line (`Name, ORG, email phone`, or
fields joined by ` | `), a person over several lines (name, job title, `Tel:`, `Email:`), groups
under a city line (`In Panama:`), and people named inside a sentence ("please contact Ana Pérez
at IOM Panama, Tel: ..., Email: ..., or Luis Rojas in Geneva, ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from mediakit.importers.people import display_phone
from mediakit.importers.vocabulary import CONTACTS_HEADING, folded
from mediakit.model import Contact

START = re.compile(
    r"^(?:for (?:additional|more|further) information|media contacts?|press contacts?|contacts?"
    r"|para (?:más|mayor) información|contactos?(?: de prensa)?|para mais informações"
    r"|pour plus d'informations|contacts? presse)\b[^.]*:?\s*$",
    re.IGNORECASE,
)
_CITY_FIELD = re.compile(r"^(?:In|En|Em|No|Na|À|Au|A|Aux)\s+(?P<place>[A-ZÀ-Þ][^,]{1,40})$")
_LOOSE_PLACE = re.compile(r"^(?:In|En|Em|No|Na|À|Au|Aux)\s+(?P<place>[A-ZÀ-Þ][\w .'’-]{1,40}?):?$")
PLACE = re.compile(r"^(?:In|En|Em|No|Na|À|Au|A|Aux)\s+(?P<place>[^:,]{2,40}):\s*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\s?\(?\d[\d\s().-]{5,}\d")
_FIELD_LABEL = re.compile(
    r"\b(?:tel|tél|tlf|teléfono|telefone|téléphone|phone|mobile|mob|cell|cel|celular|móvil|movil"
    r"|portable|whatsapp|e-?mail|correo(?: electrónico)?|courriel|mail)\b\s*\.?\s*:?\s*",
    re.IGNORECASE,
)
# "Contacto: Yuliana Berrío – …", "Press contact: …": the label before a person's card
CONTACT_LABEL = re.compile(
    r"^(?:contacto|contato|contact|contacts|press contact|media contact|contacto de prensa"
    r"|contacto para medios|contato para imprensa|contato de imprensa|contact presse"
    r"|contact m[ée]dias?|media|press|prensa|imprensa|presse|medios|m[ée]dias|m[íi]dia"
    # the person who answers for a service: "Responsable: Pbro. Julián …", "Coordenadora: …"
    r"|responsable|respons[áa]vel|responsible|encargad[oa]|coordinador[a]?|coordenador[a]?"
    r"|coordinator|coordinat(?:eur|rice)|contact person|persona de contacto|pessoa de contato)"
    r"\s*:\s*(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
# A press office standing for a person: "Assessoria Especial de Comunicação Social",
# "Oficina de Prensa", "Service de presse", "Media relations team".
OFFICE = re.compile(
    r"\b(?:assessoria|comunica[cç][aã]o social|press office|media (?:relations|team|office|unit)"
    r"|press team|communications? (?:office|unit|team|department|division)|oficina de (?:prensa"
    r"|comunicaci[oó]n|comunicaciones)|departamento de (?:prensa|comunicaci[oó]n)|direcci[oó]n de"
    r" comunicaci[oó]n|gabinete de (?:prensa|imprensa)|equipo de (?:prensa|comunicaci[oó]n)"
    r"|equipe de (?:imprensa|comunica[cç][aã]o)|service (?:de )?(?:presse|communication)"
    r"|relations? (?:presse|m[eé]dias)|bureau de (?:presse|(?:la )?communication)"
    r"|n[uú]cleo de (?:imprensa|comunica[cç][aã]o))\b",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+"
NAME_LINE = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:de|da|do|dos|del|la|van|von|y|e|di)\s+)?{_NAME_WORD}){{1,4}}$"
)
_INLINE_PERSON = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|da|do|del|la)\s+)?{_NAME_WORD}){{1,3}})"
    r"(?:\s*,\s*|\s+(?:at|of|from|in|de|da|do|en|em|à|au|del)\s+)(?P<org>[^,;:]{2,60}?)"
    r"\s*[,;:]\s*(?P<details>.*?)(?=,?\s+(?:or|o|ou|and|y|e|et)\s+[A-ZÀ-Þ]|$)",
)


def parse_contact(line: str, place: str) -> Contact | None:
    """'Name, ORG, email phone' with irregular commas and spaces; None if no e-mail or phone."""
    line = re.sub(r"\s+\|\s+", ", ", line)
    line = _FIELD_LABEL.sub("", line)
    email_match = EMAIL.search(line)
    before = line[: email_match.start()] if email_match else line
    after = line[email_match.end() :] if email_match else ""
    phones = tuple(display_phone(p) for p in PHONE.findall(after if email_match else line))
    if email_match and not phones:
        phones = tuple(display_phone(p) for p in PHONE.findall(before))
        before = PHONE.split(before)[0]
    if not email_match and not phones:
        return None
    if not email_match:
        before = PHONE.split(line)[0]
    fields = [f.strip(" -–():") for f in before.split(",") if f.strip(" -–():")]
    if fields and (city := _CITY_FIELD.match(fields[0])) and len(fields) > 1:
        place, fields = city.group("place"), fields[1:]  # "À Abidjan, Koffi Yao-Bamba, ..."
    if not fields:
        return None
    return Contact(
        id=None,
        name=fields[0],
        organisation=fields[1] if len(fields) > 1 else "",
        role=", ".join(fields[2:]),
        email=email_match.group(0).rstrip(".") if email_match else "",
        phones=phones,
        city=place,
    )


def parse_contacts(lines: list[str]) -> tuple[list[Contact], int]:
    """Contacts from the lines after the block's heading; also how many lines were used."""
    contacts: list[Contact] = []
    place = ""
    used = 0
    for line in lines:
        heading = PLACE.match(line)
        if heading:
            place = heading.group("place").strip()
        else:
            contact = parse_contact(line, place)
            if contact is None:
                break
            contacts.append(contact)
        used += 1
    return contacts, used


def is_contact_line(line: str) -> bool:
    """An e-mail or a phone number, or a city line heading a group of contacts."""
    return bool(EMAIL.search(line) or has_phone(line) or PLACE.match(line))


def has_phone(line: str) -> bool:
    return any(len(re.sub(r"\D", "", p)) >= 7 for p in PHONE.findall(line))


def unlabelled(line: str) -> str:
    """The line less a label naming what it is: "Contacto de prensa: Ana …", "Contactos para a
    comunicação social: Rita …" (any contacts heading before a colon), "Responsable: …"."""
    line = CONTACT_LABEL.sub("", line.strip())
    head, colon, rest = line.partition(":")
    if colon and rest.strip()[:1].isupper() and CONTACTS_HEADING.match(folded(head)):
        return rest.strip()
    return line


def contacts_from_lines(lines: list[str]) -> list[Contact]:
    """The people in a contacts block, whatever its layout: one a line, several lines each
    (a name line starts a person), a line of e-mails only (matched to the people above)."""
    people: list[Contact] = []
    place = ""
    for index, raw in enumerate(lines):
        line = unlabelled(raw)
        if heading := PLACE.match(line) or _LOOSE_PLACE.match(line):
            place = heading.group("place").strip()
            continue
        if _group_heading(line, lines[index + 1 :]):
            continue  # "COSTA RICA" over a person's card is not a person
        emails = EMAIL.findall(line)
        if emails and not EMAIL.sub("", line).strip(" ;,/|-–"):
            _spread_emails(people, emails, place)
            continue
        one = parse_contact(line, place) if (emails or has_phone(line)) else None
        current = people[-1] if people else None
        if one is not None and looks_like_name(one.name):
            if current is not None and not (current.name or current.email or current.phones):
                # the press office over its person: "Assessoria de Comunicação" / "Raquel … – (95) …"
                people[-1] = replace(one, organisation=one.organisation or current.organisation)
            else:
                people.append(one)
            continue
        if (emails or has_phone(line)) and current is not None:  # "Tel: ... | email" under a name
            found = [display_phone(p) for p in PHONE.findall(EMAIL.sub(" ", line))]
            people[-1] = replace(
                current,
                email=current.email or (emails[0].rstrip(".") if emails else ""),
                phones=current.phones + tuple(p for p in found if p not in current.phones),
            )
            continue
        if OFFICE.search(line) and len(line.split()) <= 12 and not re.search(r"\d", line):
            if current is not None and not current.name and not (current.email or current.phones):
                people[-1] = replace(current, organisation=f"{current.organisation}, {line}")
            else:  # the press office itself is the contact
                people.append(Contact(None, "", organisation=line, city=place))
            continue
        head = [f.strip() for f in line.split(",")]
        named = looks_like_name(head[0]) and len(line.split()) <= 10 and not re.search(r"\d", line)
        if named and (current is None or current.email or current.phones):
            # "Stéphane Pierre-Charles, OIM Haïti": a person starts, their details follow
            people.append(Contact(None, head[0], organisation=", ".join(head[1:]), city=place))
        elif current is not None and not (current.email or current.phones):
            people[-1] = _with_title(current, line)
    return [p for p in people if p.email or p.phones]


def contacts_in_sentence(sentence: str) -> list[Contact]:
    """People named inside a sentence, each with their e-mail and phones."""
    found = []
    for match in _INLINE_PERSON.finditer(_FIELD_LABEL.sub("", sentence)):
        details = match.group("details")
        email = EMAIL.search(details)
        phones = tuple(display_phone(p) for p in PHONE.findall(EMAIL.sub(" ", details)))
        if not (email or phones):
            continue
        found.append(
            Contact(
                id=None,
                name=match.group("name").strip(),
                organisation=match.group("org").strip(),
                email=email.group(0).rstrip(".") if email else "",
                phones=phones,
            )
        )
    return found


def looks_like_name(text: str) -> bool:
    return bool(NAME_LINE.match(text.strip())) and len(text.split()) <= 5


def _group_heading(line: str, after: list[str]) -> bool:
    """A line of capitals (a country or city, "COSTA RICA") over a name in ordinary case: a
    heading over a group of cards. Which people it covers is not known when cards stand in
    columns, so no city is taken from it."""
    words = line.split()
    if not (1 <= len(words) <= 4 and line.isupper() and not re.search(r"[\d@+]", line)):
        return False
    following = next((a.strip() for a in after if a.strip()), "")
    return looks_like_name(following) and not following.isupper()


# A line that is only an organisation's initials ("IOM", "ACNUR", "OIM"): its organisation.
_INITIALS = re.compile(r"[A-ZÀ-Þ]{2,8}")


def _with_title(person: Contact, line: str) -> Contact:
    """'Spokesperson, IOM Panama' under a name: the role, then the organisation."""
    if not person.name:  # a press office's next line: more of its name
        joined = ", ".join(p for p in (person.organisation, line.strip()) if p)
        return replace(person, organisation=joined)
    if _INITIALS.fullmatch(line.strip()) and not person.organisation:
        return replace(person, organisation=line.strip())
    fields = [f.strip() for f in re.split(r",|\s+\|\s+|\s+[–—-]\s+", line) if f.strip()]
    role, organisation = person.role, person.organisation
    if not role and fields:
        role, fields = fields[0], fields[1:]
    if not organisation and fields:
        organisation = ", ".join(fields)
    return replace(person, role=role, organisation=organisation)


def _spread_emails(people: list[Contact], emails: list[str], place: str) -> None:
    """A line of e-mails alone goes, in order, to the people above who have none."""
    known = {p.email.casefold() for p in people}
    waiting = [i for i, p in enumerate(people) if not p.email]
    for email in emails:
        if email.casefold() in known:
            continue
        if waiting:
            index = waiting.pop(0)
            people[index] = replace(people[index], email=email)
        else:
            people.append(Contact(None, email.split("@")[0], email=email, city=place))


_LABELS = re.compile(
    r"^\s*(?:\*\*)?(?:(?:media |press )?contacts?|contactos?|contatos?|imprensa|prensa|presse"
    r"|contacts? presse|contactos? de prensa|press office)(?:\*\*)?\s*:\s*(?:\*\*)?",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|da|do|dos|del|la|van|von|y|e|di)\s+)?{_NAME_WORD}){{1,3}}"
)


def contacts_by_email(text: str) -> list[Contact]:
    """People in a line with one e-mail each ("Contacto: Ana Pérez (ACNUR), ana@... · Luis
    Rojas (OIM), luis@..."): the text is cut after each e-mail and the phones that follow it;
    each piece's first name-like words name its person, what is left its role or place."""
    body = _FIELD_LABEL.sub(" ", _LABELS.sub("", text))
    found = []
    start = 0
    matches = list(EMAIL.finditer(body))
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(body)
        tail = body[match.end() : end]
        following = _NAME_RUN.search(tail)
        cut = match.end() + (following.start() if following and n + 1 < len(matches) else len(tail))
        piece = body[start:cut]
        start = cut
        before = piece[: piece.find(match.group(0))]
        name = _person_in(before)
        if name is None:  # an office's address: named by the address itself
            found.append(Contact(id=None, name=match.group(0).split("@")[0], email=match.group(0)))
            continue
        rest = [f.strip(" ()–—-:;,·|") for f in re.split(r"[,()–—|·;]", before[name.end() :])]
        rest = [f for f in rest if f and not PHONE.fullmatch(f)]
        phones = tuple(display_phone(p) for p in PHONE.findall(EMAIL.sub(" ", piece)))
        found.append(
            Contact(
                id=None,
                name=name.group(0),
                organisation=rest[-1] if rest else "",
                role=", ".join(rest[:-1]),
                email=match.group(0).rstrip("."),
                phones=tuple(p for p in phones if len(re.sub(r"\D", "", p)) >= 7),
            )
        )
    return found


_NOT_A_PERSON = re.compile(
    r"\b(?:director|directora|general|officer|oficial|manager|coordinator|coordinador|coordinadora"
    r"|head|jefe|jefa|chefe|chef|unit|unidad|unidade|unite|office|oficina|escritorio|bureau|cross|cruz"
    r"|croix|nations|naciones|nacoes|ministry|ministerio|ministere|communication|comunicacion"
    r"|comunicacao|prensa|press|imprensa|presse|media|medios|service|servicio|servico|spokesperson"
    r"|portavoz|porta|voz|secretariat|programme|program|programa|country|regional|national|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july"
    r"|august|september|october|november|december)\b",
    re.IGNORECASE,
)


# An address before the names: "Sede: Rua 8 ao Alto do Lumiar, Lisboa · geral@…" names a place
_ADDRESS_WORD = re.compile(
    r"\b(?:rua|calle|rue|avenida|avenue|av\.|street|road|carrera|travessa|pra[çc]a|plaza|boulevard"
    r"|sede|headquarters|si[èe]ge|domicilio|morada|endere[çc]o|address|direcci[óo]n|adresse)\b",
    re.IGNORECASE,
)


def _person_in(text: str) -> re.Match | None:
    """The words nearest before an e-mail that name a person (not an office, a job, a day or
    the street of an address)."""
    street = _ADDRESS_WORD.search(text)
    runs = [
        m
        for m in _NAME_RUN.finditer(text)
        if not _NOT_A_PERSON.search(m.group(0)) and not (street and street.start() < m.start())
    ]
    return runs[-1] if runs else None
