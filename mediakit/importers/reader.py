"""The reader: every line of a document gets a role, judged from all the evidence together.

Three passes. First each line alone: what its words say it is (a kind label, an embargo, a
date, a credit, a share row, a contacts heading...). Then the document as a sequence: sections
opened by their headings (contacts, notes to editors, "About X", related stories, key figures,
everything after an end mark), and figures set apart from the text. Last the head: of the lines
before the body, the one a reader would call the headline (scored on its length, punctuation,
format hints, the page's <title>, its place before the standfirst, dateline or first paragraph),
then the standfirst and the dateline. Every role keeps its reason.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from mediakit.importers import blocks, contacts, dates, figures
from mediakit.importers.language import detect_language
from mediakit.importers.lines import DROPPED_ROLES, Hint, Line, Para, Role
from mediakit.importers.noise import strip_navigation
from mediakit.importers.vocabulary import (
    ABOUT_HEADING,
    ABOUT_TITLE,
    ADVISORY_LABEL,
    CHAT_MESSAGE,
    CHAT_PREFIX,
    CONTACTS_HEADING,
    END_MARKS,
    EXPORT_NOTE,
    FIGURES_HEADINGS,
    FOOTER_ADDRESS,
    GENERIC_LABELS,
    HIGHLIGHTS,
    IN_THIS_ISSUE,
    JUNK_PATTERNS,
    KIND_LABELS,
    LANGUAGE_NAMES,
    MENU_WORDS,
    NAV_WORDS,
    NEWSROOM_SOURCE,
    NOTES_HEADINGS,
    RELATED_HEADINGS,
    SITE_NAMES,
    SITREP_HEADINGS,
    STATEMENT_OPENING,
    folded,
    institution_named,
)
from mediakit.importers.vocabulary import kind_in_title as vocabulary_kind_in_title
from mediakit.model import StoryKind

MAX_TITLE_WORDS = 30
# "Texto: Mariela Quesada · Fotos: Diego Artavia", "Words by Ana Pérez", "Text: Ana Pérez"
WORDS_BY = re.compile(
    r"^(?:texto|textos|text|words|texte|textes|reportaje|reportagem|reporting|redaccion|redacción"
    r"|redação|redacao|reportage)(?:\s+(?:e|y|et|and|&)\s+(?:fotos?|photos?|pictures|imágenes"
    r"|imagenes|imagens|fotografías|fotografias|images))?(?:\s+(?:by|de|por|par))?\s*[:|–—-]?\s+"
    r"(?P<who>(?-i:[A-ZÀ-Þ])[^·|]{2,80}?)"  # a name's capital ("Texte intégral" names nobody)
    r"(?:\s*[·|/]\s*(?:fotos?|photos?|fotografías?|fotografias|images?|video)\b.*|\s*[·|]\s*.{0,60})?$",
    re.IGNORECASE,
)
# "Da Rádio Senado, Marcelo Prado", "De la Agencia Andina, Ana Ruiz", "From UN News, Ana Ruiz": the
# outlet that filed it, then the reporter
OUTLET_BY = re.compile(
    r"^(?:da|do|de la|del|de l['’]|from|de)\s+(?:r[áa]dio|radio|ag[êe]ncia|agencia|agence|tv|"
    r"reda[çc][ãa]o|redacci[óo]n|r[ée]daction|newsroom|un news|onu news)\b[^,]{0,40},\s*"
    r"(?P<who>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:de |da |do |dos |del )?[A-ZÀ-Þ][\w'’.-]+){1,3})$",
    re.IGNORECASE,
)
# A statement's signature: "Pour la Conférence Épiscopale d'Haïti,", "+ Mgr Jean-Robert Désinor",
# "Mons. Rogelio Ibarra", "Pbro. Julián Mendoza"
SIGNATURE = re.compile(
    r"^(?:(?:Pour|Por|For|Pela|Pelo|On behalf of|Au nom de|En nombre de|Em nome d[aeo])\s.{3,80},"
    r"|(?:Signed|Firmado|Firman|Assinado|Assinam|Signé|Signataires)\s?:"
    # "(é) Emmanuel Tchoua Ngando", "(s) …", "(Fdo.) …": the copy of a signed original
    r"|\((?:é|e|s|sé|signé|sgd\.?|fdo\.?|firmado|ass\.?|assinado)\)\s*[A-ZÀ-Þ][\w'’.-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,4}"
    r"|[+✝†]\s*(?:Mgr|Mons|Dom|Mons\.|Mgr\.)?\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,4}"
    r"|(?:Mgr|Mons\.|Monseñor|Monsenhor|Monseigneur|Pbro\.|Pe\.|Rev\.|Fr\.|Dom|Hna\.|Hno\.|Sor)"
    r"\s+[A-ZÀ-Þ][\w'’.-]+"
    r"(?:\s+(?:de |da |del )?[A-ZÀ-Þ][\w'’.-]+){1,4}(?:,\s*[\w. ]{1,12})?"
    # a body signing for all: "A Direção", "Consejo Directivo Nacional", "The Board"
    r"|(?:(?:A|La|Le|The|O|El)\s+)?(?:Direção|Direcção|Dirección|Direction|Board|Junta Directiva"
    r"|Consejo Directivo|Conselho Diretor|Conselho Directivo|Comité exécutif|Executive Committee"
    r"|Coordenação|Coordinación|Secretariado)(?:\s+(?:Nacional|National|General|Geral|Executivo"
    r"|Ejecutivo|Ejecutiva|of Directors))?)$"
)
SIGNED_BY = re.compile(
    r"^(?:Signed by|Firmad[oa] por|Firman|Assinad[oa] por|Sign[ée]e? par|Signataires\s?:)\s+"
    r"(?:[\w.-]+\s+){0,3}[A-ZÀ-Þ]"
)
_PRELATE = re.compile(
    r"^(?:[+✝†]\s*)?(?:Mgr|Mons\.|Monseñor|Monsenhor|Monseigneur|Dom|Cardinal|Cardenal|Bishop"
    r"|Archbishop)\.?\s+[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3},"
)
SIGNED = "the signature of a statement"
PAGE_FOOTER = "after the story: the page's footer"
SIGNATORY = "the signatory's title, under the signature"
# an interview's turns: "Q: …", "A: …", "P: …" / "R: …" (pregunta/pergunta, respuesta/réponse)
_INTERVIEW_TURN = re.compile(r"^\s*(?:[QAPR]|Q&A)\s?[:.–-]\s+\S")
# words of a situation report's section headings, beside an organisation's name
_REPORT_SECTION = frozenset(
    "response respuesta resposta reponse needs necesidades necessidades besoins gaps brechas "
    "lacunas lacunes".split()
)
# '21 mai 2024 | Par Laura Ospina', 'Publicado em 10/09/2024 - 17:50 Por Renata Lima - Repórter':
# the byline on the date's line
DATED_BYLINE = re.compile(
    r"(?:^|[\s|•·,–—/-])(?:By|Por|Par|Texto de|Text by|De\s?:|DE\s?:)\s+(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de |da |del |dos )?[A-ZÀ-Þ][\w'’.-]*){1,4})"
)
MAIL_HEADER_REASON = "an e-mail header or forwarding line"
SUBJECT_TITLE = "the e-mail's subject: the text has no headline of its own"
NUMBERED_SECTION = "a report's numbered section heading ('2. CHIFFRES CLÉS')"
LETTERHEAD = "the organisation's name (a letterhead)"
NEXT_ISSUE = "the report's period and next issue"
EMPTY_HEADING = "a heading over nothing the story keeps"
UPDATE_STAMP = "update stamp"
REPORT_DATE = "the report's date (labelled)"
TITLE_BY_STYLE = "the document's own title (style or heading level)"
PLACE_FIELD = "the place it was filed from (a header field)"
TITLE_CONTINUED = "the headline's next line (a headline broken over two lines)"
SPEECH_TITLE = "the headline: a speech's title, who spoke, on what, where and when"
DATE_AND_CONTACT = "the date, with the media contact beside it"
PLACE_DATE_STAMPED = "the place and date filed, with its update stamp"
SITE_MENU = "a site menu"
STATEMENT_LEAD = "the label over the statement that follows"
GLYPH_BULLET = re.compile(
    r"^\s*(?:[-–•*▪▫●○◦■□►▸➢➤✔✓☑→·]|▪️|\d{1,2}[.)](?=\s+\D))\s+(?P<text>\S.*)$"
)
# "1. APERÇU DE LA SITUATION", "IV. NEEDS AND GAPS": a numbered heading set in capitals
NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[^a-zà-ÿ]*(?:\([^)]{2,40}\))?$)[A-ZÀ-Þ][^.!?]{2,80}$"
)  # "2. CHIFFRES CLÉS (au 29/11/2026)" too
_HOME_WORDS = frozenset(
    ("home", "inicio", "accueil", "pagina inicial", "pagina principal", "portada")
)
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\\|→)\s")
_FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}|[^/]{0,40}(?:rights|derechos|direitos|droits))", re.I
)
_FOOTNOTE = re.compile(
    r"^\s*(?:\[(?P<a>\d{1,2})\]|\((?P<b>\d{1,2})\)|(?P<c>[¹²³⁴⁵⁶⁷⁸⁹]+)|(?P<d>\*+)|(?P<e>\d{1,2})(?=\s+[A-ZÀ-Þ]))\s*(?P<text>\S.*)$"
)


def read_lines(
    paras: list[Para], *, page_title: str = "", known_junk: Iterable[str] = ()
) -> list[Line]:
    """Each paragraph of the document with its role and the reason for it."""
    junk = {folded(line) for line in known_junk}
    lines = _first_pass(_notes_apart(paras), junk)
    _player_titles(lines)
    _archive_fields(lines)
    page_title = page_title or _mail_subject(paras)
    _covering_mail(lines)
    _mailing_note(lines)
    _sections(lines)
    _figures(lines)
    _loose_contacts(lines)
    _among_junk(lines)
    _labelled_captions(lines)
    credits_under_captions(lines)
    _head(lines, page_title)
    _edges(lines)
    _first_page_header(lines)
    _title_again(lines)
    _top_bar(lines)
    _meta_fields(lines)
    _body(lines)
    _empty_headings(lines)
    _other_language_tail(lines)
    _signatures(lines)
    _offices_over_contacts(lines)
    _page_footer_addresses(lines)
    _service_box(lines)
    _keyword_tail(lines)
    _initials_sign_off(lines)
    _numbered_picture_labels(lines)
    _captions_under_pictures(lines)
    _trailing_box(lines)
    return lines


def _captions_under_pictures(lines: list[Line]) -> None:
    """A sentence alone under a picture (a gallery's label between them at most) is its
    caption when the story's text has begun above it or another picture has one too: one
    short sentence, nobody's words, in a page of pictures."""
    found = []
    for index, line in enumerate(lines):
        if line.role is not Role.PICTURE:
            continue
        under = index + 1
        while under < len(lines) and under - index <= 2 and lines[under].role is Role.JUNK:
            under += 1
        if (
            under < len(lines)
            and lines[under].role is Role.BODY
            and _caption_like(lines[under].text)
        ):
            found.append((index, under))
    text_begins = next(
        (i for i, line in enumerate(lines) if line.role in (Role.BODY, Role.DATELINE)), len(lines)
    )
    for picture, under in found:
        if picture > text_begins or len(found) >= 2:
            _set(lines, under, Role.CAPTION, "a sentence alone under a picture")


def _caption_like(text: str) -> bool:
    words = text.split()
    return (
        4 <= len(words) <= 30
        and len(re.findall(r"[.!?](?:\s|$)", text)) <= 1
        and not re.search('[\u201c\u201d"\u00ab\u00bb]', text)
        and not text.rstrip().endswith(":")
    )


def _trailing_box(lines: list[Line]) -> None:
    """'ALCALDÍA AL DÍA' over two headlines at the page's end: the site's box of its other news,
    a heading in capitals and headlines without their full stops, nothing after them."""
    tail = len(lines)
    while tail > 0 and lines[tail - 1].role in _FURNITURE:
        tail -= 1
    start = tail
    while (
        start > 0
        and lines[start - 1].role in (Role.BODY, Role.SUBHEAD)
        and 3 <= len(lines[start - 1].text.split()) <= 16
        and not lines[start - 1].text.rstrip().endswith((".", "!", "?", ":", '"', "”", "»"))
        and not lines[start - 1].text.isupper()
    ):
        start -= 1
    heading = start - 1
    if (
        tail - start >= 2
        and heading > 0
        and lines[heading].role in (Role.BODY, Role.SUBHEAD)
        and lines[heading].text.isupper()
        and len(lines[heading].text.split()) <= 5
    ):
        _set(lines, heading, Role.JUNK, "heading of the site's box of other news")
        for index in range(start, tail):
            _set(lines, index, Role.RELATED, "a headline in the site's box of other news")


def _numbered_picture_labels(lines: list[Line]) -> None:
    """'Eldorado do Sul 2026 (1)', '… (2)', '… (3)': a gallery's labels for its pictures, the
    album's name with a counter, not headings of the story."""
    labels: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        counted = re.fullmatch(r"(.{3,60}?)\s*\((\d{1,3})\)", line.text.strip())
        if counted and line.role in (Role.BODY, Role.SUBHEAD):
            labels.setdefault(folded(counted.group(1)), []).append(index)
    for found in labels.values():
        if len(found) >= 2:
            for index in found:
                _set(
                    lines, index, Role.JUNK, "a gallery's label for its picture (album and number)"
                )


def _initials_sign_off(lines: list[Line]) -> None:
    """'M.S.N.' alone after the story's last paragraph: the writer signing with their initials."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.role in _FURNITURE or line.role is Role.CAPTION:
            continue
        if line.role is Role.BODY and re.fullmatch(r"(?:[A-ZÀ-Þ]\.\s?){2,4}", line.text.strip()):
            _set(lines, index, Role.BYLINE, "the writer's initials, signing the story off")
        return


def _keyword_tail(lines: list[Line]) -> None:
    """The story's last paragraph saying one phrase over and over ("Notícias de Sidrolândia,
    Notícias de Maracaju, além de Notícias de outras cidades …"): the site's words for search
    engines, not the story's."""
    last = next(
        (i for i in range(len(lines) - 1, -1, -1) if lines[i].role not in _FURNITURE),
        None,
    )
    if last is None or lines[last].role is not Role.BODY:
        return
    if len(lines[last].text.split()) > 45:
        return
    words = folded(lines[last].text).split()
    pairs = Counter(zip(words, words[1:], strict=False))
    if pairs and max(pairs.values()) >= 3:
        _set(lines, last, Role.JUNK, "the site's words for search engines, repeated")


def _site_menu_above(lines: list[Line], title: int) -> int:
    """Where the site's menu stands above the headline (its last line), or -1."""
    return max((i for i in range(title) if lines[i].reason == SITE_MENU), default=-1)


def _top_bar(lines: list[Line]) -> None:
    """Above the site's menu, over the headline: the site's top bar, with today's date and the
    town of its weather ('24.8 C' · 'Três Lagoas' · 'segunda-feira, 7 de dezembro'), when the
    story has its own date under its headline."""
    title = next((i for i, line in enumerate(lines) if line.role is Role.TITLE), None)
    if title is None:
        return
    menu = _site_menu_above(lines, title)
    dated_below = any(
        line.role is Role.DATE or (line.role is Role.DATELINE and dates.date_in(line.text))
        for line in lines[title + 1 : title + 6]
    )
    if menu < 0 or not dated_below:
        return
    for index in range(menu):
        line = lines[index]
        alone = line.role is Role.DATELINE and len(line.text.split()) <= 4
        if line.role is Role.DATE or alone:
            _set(lines, index, Role.JUNK, "the site's top bar (today's date, its town's weather)")


# "Serviço" over the practical details of a Brazilian release (address, hours, phone)
_SERVICE = re.compile(r"^(?:servico|servicio)$")


def _service_box(lines: list[Line]) -> None:
    """'Serviço' and the address, hours and phone under it: the story's practical details
    (where to go, when), kept with the story though they look like the page's footer."""
    for index, line in enumerate(lines):
        if not _SERVICE.match(folded(line.text)) or line.role not in (Role.JUNK, Role.SUBHEAD):
            continue
        following = index + 1
        while following < len(lines) and (
            lines[following].role is Role.BODY
            or lines[following].role is Role.JUNK
            and re.search(r"\b(?:address|switchboard|footer)\b", lines[following].reason)
        ):
            following += 1
        if following > index + 1:
            _set(lines, index, Role.SUBHEAD, "the practical details' heading (Serviço)")
            for n in range(index + 1, following):
                _set(lines, n, Role.BODY, "the practical details: where, when, how to reach")


# "Circonstance : Questions d'actualité …", "Thématique(s) : Immigration", "Intervenant(s) :"
_META_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Þ][\w'’()-]*(?: [\w'’()-]+){0,2})\s?:\s*(?P<value>.*)$")
_ADVISORY_WORDS = re.compile(
    r"^(?:when|where|what|who|why|how|venue|cuando|donde|que|quien|quienes|quando|onde|o que"
    r"|quem|quand|ou|quoi|qui|pourquoi|comment|date|fecha|data|hora|heure|lieu|lugar|local)$"
)


def _meta_fields(lines: list[Line]) -> None:
    """Two or more 'Label : value' lines between the headline and the story's first paragraph
    are the page's catalogue fields (speaker, occasion, themes), not the story's; so is a label
    alone on its line and the value under it. An advisory's items are not."""
    title = next((i for i, line in enumerate(lines) if line.role is Role.TITLE), None)
    if title is None:
        return
    fields: list[int] = []
    for index in range(title + 1, len(lines)):
        line = lines[index]
        if line.role in (Role.DATELINE, Role.QUOTE) or (
            line.role is Role.BODY and len(line.text.split()) >= 12
        ):
            break
        field = _META_FIELD.match(line.text.strip())
        if (
            line.role not in (Role.BODY, Role.SUBHEAD)
            or not field
            or _ADVISORY_WORDS.match(folded(field["label"]))
            or len(field["value"].split()) > 12
        ):
            continue
        fields.append(index)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if not field["value"] and following is not None and len(following.text.split()) <= 12:
            fields.append(index + 1)
    if len(fields) >= 2:
        for index in fields:
            if lines[index].role in (Role.BODY, Role.SUBHEAD):
                _set(lines, index, Role.JUNK, "the page's catalogue fields, under the headline")


# "Image caption," over the caption, "Image source, Name/Agency": a news site's photo labels
CAPTION_LABEL = "a caption's label (the caption follows)"
_CAPTION_LABEL = re.compile(
    r"^\s*(?:image caption|l[ée]gende de l'image|leyenda de la imagen|legenda da imagem"
    r"|pie de foto|l[ée]gende|legenda|caption)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_IMAGE_SOURCE = re.compile(
    r"^\s*(?:image source|source de l'image|fuente de la imagen|fonte da imagem)\s*[,:]\s*\S",
    re.IGNORECASE,
)


def _labelled_captions(lines: list[Line]) -> None:
    """The line under 'Image caption,' is the caption."""
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if (
            line.reason == CAPTION_LABEL
            and following.role is Role.BODY
            and len(following.text.split()) <= 40
        ):
            _set(lines, index + 1, Role.CAPTION, "the caption under its label")


# "| Redacción. Quito", "Redação, Brasília": the newsroom signs, and says where from
NEWSROOM_PLACE = re.compile(
    r"^\s*\|?\s*(?P<who>Redacci[óo]n|Reda[çc][ãa]o|R[ée]daction|Newsroom|Staff)\s*[.,–-]\s*"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de |do |da |del )?[A-ZÀ-Þ][\w'’-]+){0,2})\.?\s*$"
)


def _byline_and_credit(text: str) -> bool:
    """'Por Juliana Schmitt Reis | Fotos: Everton Kappel/PMC': the writer, then the photos'."""
    parts = re.split(r"\s+[|·]\s+", text.strip())
    return (
        len(parts) >= 2
        and blocks.BYLINE.match(parts[0]) is not None
        and all(blocks.CREDIT.search(part) for part in parts[1:])
    )


# "Voluntarios reparten mantas en el polideportivo. - Europa Press": a sentence, then its credit
DASH_CREDIT = re.compile(
    r"^(?P<caption>.{15,300}[.!?])\s+[-–—]\s+(?P<credit>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&/-]*){0,3})$"
)


# "EM FOTOS: …", "In pictures: …", "En images : …": a photo story's headline, not a credit
_IN_PICTURES = re.compile(
    r"^(?:em|en|in)\s+(?:fotos|photos|fotografias|fotograf[íi]as|pictures|images|imagens"
    r"|im[áa]genes)\s*:\s*\S",
    re.IGNORECASE,
)
# "… – papier pour l'édition de mardi – 4 300 signes – photos à récupérer …": a draft's length
_DESK_NOTE = re.compile(
    r"\b\d[\d\s.,]*\s?(?:signes|caract[èe]res|characters|chars|words|mots|palabras|palavras"
    r"|caracteres|car\.)(?:\s|$|[.,;–—-])",
    re.IGNORECASE,
)
# "Colombia y Ecuador refuerzan controles en el puente (vídeo)": a teaser for another medium
_MEDIA_LINK = re.compile(
    r"\((?:v[íi]deo|fotos|photos|galer[íi]a|gallery|[áa]udio|podcast)\)\s*$", re.I
)
# "Statement by Foreign Minister Kristiina Tamm ahead of International Migrants Day:"
_STATEMENT_LEAD = re.compile(
    r"^(?:(?:Joint )?Statement|Declaraci[óo]n|Declara[çc][ãa]o|D[ée]claration|Mensaje|Mensagem"
    r"|Message|Comunicado|Communiqu[ée]) (?:by|of|from|de|del|da|do|du|des)\b.{5,200}:$"
)
# "Graphique 1 : Primo-demandeurs d'asile dans l'UE (en milliers)", "Chart 2 – Arrivals by month"
_CHART_TITLE = re.compile(
    r"^(?:graphique|chart|graph|gr[áa]fico|figure|figura|carte|map|mapa|infographie|infographic"
    r"|infograf[íi]a)\s*\d{1,2}\s*[:.–—-]\s+\S",
    re.IGNORECASE,
)
# "CC BY-NC-ND / CICV / Albino Muianga", "CC BY 4.0 – UNICEF/Ana Ruiz": a licensed photo's credit
_LICENSED_CREDIT = re.compile(r"^\s*©?\s*CC[ -]BY(?:[ -](?:NC|ND|SA))*(?:\s+\d\.\d)?\s*[/–—-]\s*\S")


def credits_under_captions(lines: list[Line]) -> None:
    """'Júlio Barcelos / Agência Senado' (or '© REUTERS / Daniel Pazmiño') under a caption:
    its credit, not a breadcrumb trail."""
    for index in range(len(lines)):
        line = lines[index]
        if not (
            line.role is Role.JUNK
            and line.reason == "breadcrumbs"
            and (
                _PERSON_SLASH_ORG.match(line.text)
                or line.text.startswith("©")
                or re.match(r"(?:Photos?|Fotos?) (?:by|de|por|par) [A-ZÀ-Þ]", line.text)
            )
        ):
            continue
        if index and lines[index - 1].role in (Role.CAPTION, Role.PICTURE):
            _set(lines, index, Role.CREDIT, "the credit under its caption (photographer / agency)")
            continue
        # the credit over its caption: "Jefferson Rudy / Agência Senado" / "Crianças em abrigo …"
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and following.role is Role.BODY
            and 4 <= len(following.text.split()) <= 25
            and not following.text.rstrip().endswith((".", ":", "!", "?"))
        ):
            _set(lines, index, Role.CREDIT, "the credit over its caption (photographer / agency)")
            _set(lines, index + 1, Role.CAPTION, "the caption under its credit")


_PERSON_SLASH_ORG = re.compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de |da |do |dos )?[A-ZÀ-Þ][\w'’-]+){1,3}\s*/\s*[A-ZÀ-Þ][\w .'’-]{1,40}$"
)


# "crédit photo L. Ferracci", "Crédito de foto Ana Ruiz": a credit's label without its colon
_LABELLED_CREDIT = re.compile(
    r"^(?:cr[ée]dits? photos?|photo credits?|image credits?|cr[ée]dito(?:s)? (?:de )?(?:la )?"
    r"(?:foto|fotograf[íi]a|imagen|imagem)|cr[ée]dit image)\s+©?\s*(?-i:[A-ZÀ-Þ])[\w'’.-]*"
    r"(?:\s+[\w'’.&/-]+){0,4}$",
    re.IGNORECASE,
)


# "… · Aviso de privacidad": a footer's legal link
_LEGAL_LINK = re.compile(
    r"^(?:aviso de privacidad|pol[íi]tica de privacidad|privacy(?: policy| notice)?|privacidade"
    r"|pol[íi]tica de privacidade|confidentialit[ée]|mentions l[ée]gales|aviso legal|legal notice"
    r"|terms(?: of use)?)$",
    re.IGNORECASE,
)


def _page_footer_addresses(lines: list[Line]) -> None:
    """The organisation's name, address and phone in one line after the story ("Cáritas
    Diocesana de Pemba · Bairro Cimento, Pemba · Tel. +258 …"): the page's footer."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        line = lines[index]
        fields = re.split(r"\s+[·|]\s+", line.text.strip())
        if (
            line.role is Role.BODY
            and len(fields) >= 3
            and len(line.text.split()) <= 30
            and not line.text.rstrip().endswith(".")
            and (contacts.has_phone(line.text) or _LEGAL_LINK.search(fields[-1]))
            and not contacts.OFFICE.search(fields[0])  # a press office's line is its contact
            and (
                institution_named(fields[0])
                or _ORGANISATION_WORD.search(fields[0])
                or any(_STREET_FIRST.match(field) for field in fields[1:])
            )
        ):
            _set(lines, index, Role.JUNK, "the organisation's address (the page's footer)")


# the words a street's name opens with, in the four languages
_STREETS = r"Rua|Calle|Avenida|Av\.|Rue|Street|Travessa|Carrera|Boulevard|Alameda|Rodovia"
# a field that is a street: "Avenida Ascanio Villalaz, Curundú", "Rua 8 ao Alto do Lumiar"
_STREET_FIRST = re.compile(
    rf"^(?:{_STREETS}|Avenue|Bd|Bairro|Barrio|Quartier|Colonia|B\.P\.|P\.O\. Box|Caixa Postal"
    r"|Apartado)\b"
)
_ORGANISATION_WORD = re.compile(
    r"\b(?:C[áa]ritas|Associa[çc][ãa]o|Asociaci[óo]n|Association|Funda[çc][ãa]o|Fundaci[óo]n"
    r"|Fondation|Foundation|Di[óo]cese|Di[óo]cesis|Dioc[èe]se|Cruz Roja|Cruz Vermelha|Croix-Rouge"
    r"|Red Cross|Red Crescent|Instituto|Institut|Institute|Centro|Centre|Center|Society|Sociedad)\b"
)


def _in_signature(line: Line) -> bool:
    """A line a letter's signature block may be: text, or taken for the page's footer."""
    return line.role in (Role.BODY, Role.SUBHEAD) or line.reason == PAGE_FOOTER


_WEB_ADDRESS = re.compile(r"https?://|\bwww\.\S")
_TITLE_ARTICLE = re.compile(r"^(?:le|la|l'|l’|el|o|a|the)\s*", re.IGNORECASE)


def _salutation(lines: list[Line]) -> None:
    """'Chapelloises, Chapellois,', 'Dear neighbours,', 'Queridos vecinos:' opening the text of
    a letter to the public: its formula, not a paragraph of the story."""
    # the greeting opens the text: before its first paragraph ("Intervenant(s) :" and the
    # speaker's name may stand above it)
    opening = next(
        (
            i
            for i, line in enumerate(lines)
            if line.role is Role.BODY
            and len(line.text.split()) >= 12
            and line.text.rstrip().endswith((".", "!", "?", "»", "”", '"'))
        ),
        len(lines),
    )
    first = next(
        (
            i
            for i, line in enumerate(lines[:opening])
            if line.role is Role.BODY and _greets(line.text.strip())
        ),
        None,
    )
    if first is None or first + 1 >= len(lines):
        return
    # "Señor Ministro de la Secretaría de Emergencia Nacional," / "Señora Gobernadora …," /
    # "Colegas y amigos:": a speech greets each of those present in turn
    end = first + 1
    while (
        end < len(lines)
        and lines[end].role is Role.BODY
        and lines[end].text.rstrip().endswith((",", ":"))
        and len(lines[end].text.split()) <= 14
    ):  # "Representantes de las comunidades indígenas del Bajo Chaco," among them
        end += 1
    if end >= len(lines):
        return
    if lines[end].role is Role.BODY and len(lines[end].text.split()) >= 12:
        for index in range(first, end):
            _set(lines, index, Role.JUNK, "the letter's salutation")


_COMMENTS_HEADING = re.compile(
    r"^(?:\d{1,4}\s+)?(?:comments?|comentarios?|coment[áa]rios?|commentaires?|reacciones"
    r"|reactions)\s*(?:\(\d{1,4}\))?\s*:?$",
    re.IGNORECASE,
)


def _comments(lines: list[Line]) -> None:
    """'Comentarios (2)' and the readers' comments under it ('Ña Graciela: Que lleguen …'):
    the page's, not the story's."""
    for index, line in enumerate(lines):
        if line.role is Role.JUNK and _COMMENTS_HEADING.match(line.text.strip()):
            for after in range(index + 1, len(lines)):
                if lines[after].role not in (Role.BODY, Role.QUOTE):
                    break
                if len(lines[after].text.split()) > 120:
                    break
                _set(lines, after, Role.JUNK, "a reader's comment, under the comments heading")
            return


def _closing_thanks(lines: list[Line]) -> None:
    """'Muchas gracias.', 'Je vous remercie.', 'I thank you.' as a speech's last words."""
    last = max((i for i, line in enumerate(lines) if line.role is Role.BODY), default=None)
    if last and _THANKS.match(folded(lines[last].text)):
        _set(lines, last, Role.JUNK, "the speech's closing thanks")


def _greets(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    if not (words and text.endswith((",", ":"))):
        return False
    if len(text.split()) <= 6 and all(w[0].isupper() for w in words):
        return True  # "Chapelloises, Chapellois,"
    return len(text.split()) <= (14 if _SPEECH_VOCATIVE.match(text) else 6) and bool(
        _VOCATIVE.match(text) or _SPEECH_VOCATIVE.match(text)
    )


_SPEECH_VOCATIVE = re.compile(
    r"^(?:señor|señora|señoras|señores|senhor|senhora|senhoras|senhores|monsieur|madame|mesdames"
    r"|messieurs|excelent[íi]sim[oa]s?|excelencias?|your excellenc\w*|ladies and gentlemen"
    r"|distinguished|honou?rable|colegas|colleagues|exmos?|exmas?)\b",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^(?:muchas gracias|muito obrigad[oa]|je vous remercie|merci(?: beaucoup)?|(?:i )?thank you"
    r"(?: (?:very much|all))?|gracias|les agradezco|agradeco|obrigad[oa] a tod[oa]s)"
    r"(?: por su atencion| de votre attention| for your attention| pela atencao)?$"
)


_VOCATIVE = re.compile(
    r"^(?:dear|chers?|ch[èe]res|queridos?|queridas?|estimados?|estimadas?|caros?|caras?"
    r"|prezados?|prezadas?|mesdames|madame|monsieur|messieurs)\b",
    re.IGNORECASE,
)


def _signatures(lines: list[Line]) -> None:
    """A statement signed at its foot: the signatory's name over their title ("Karim Belkacemi"
    / "Maire de Grande-Synthe"), and the titles under a signature line ("+ Mgr Name" /
    "Évêque de Fort-Liberté, …"): the letter's furniture, not the story's text."""
    for index in range(1, len(lines) - 1):  # "Karim Belkacemi" / "Maire de Grande-Synthe"
        line, above, below = lines[index], lines[index - 1], lines[index + 1]
        if (
            line.role in (Role.SUBHEAD, Role.BODY)
            and 2 <= len(line.text.split()) <= 4
            and contacts.looks_like_name(line.text)
            and _signs_after_text(lines, index)
            and below.role in (Role.SUBHEAD, Role.BODY, Role.CONTACT, Role.JUNK)
            and _PERSON_TITLE.match(below.text)
            and len(below.text.split()) <= 10
            and not below.text.rstrip().endswith(".")
        ):
            _set(lines, index, Role.JUNK, SIGNED)
            _set(lines, index + 1, Role.JUNK, SIGNATORY)
    for index in range(len(lines) - 1):  # "Le Ministre des Relations Extérieures," / "(é) Name"
        line = lines[index]
        if (
            lines[index + 1].reason == SIGNED
            and line.role in (Role.BODY, Role.SUBHEAD)
            and len(line.text.split()) <= 10
            and line.text.rstrip().endswith(",")
        ):
            _set(lines, index, Role.JUNK, SIGNATORY)
    for index in range(1, len(lines) - 1):  # "Le Maire," over "Gérard Tessier-Lhomme"
        line, below = lines[index], lines[index + 1]
        if (
            _in_signature(line)
            and len(line.text.split()) <= 4
            and line.text.rstrip().endswith(",")
            and _PERSON_TITLE.match(_TITLE_ARTICLE.sub("", line.text.strip()))
            and _in_signature(below)
            and 2 <= len(below.text.split()) <= 4
            and contacts.looks_like_name(below.text)
            and _signs_after_text(lines, index)
        ):
            _set(lines, index, Role.JUNK, SIGNATORY)
            _set(lines, index + 1, Role.JUNK, SIGNED)
            after = lines[index + 2] if index + 2 < len(lines) else None
            if (  # "et le conseil municipal": who signs with them
                after is not None
                and _in_signature(after)
                and re.match(r"(?:et|and|y|e)\s", after.text.strip())
                and len(after.text.split()) <= 6
                and not after.text.rstrip().endswith(".")
            ):
                _set(lines, index + 2, Role.JUNK, SIGNATORY)
    _salutation(lines)
    _closing_thanks(lines)
    _comments(lines)
    for index in range(1, len(lines)):  # "+ Mgr Name" / "Évêque de Fort-Liberté, Président de …"
        line, above = lines[index], lines[index - 1]
        if (
            above.reason in (SIGNED, SIGNATORY)
            and line.role in (Role.BODY, Role.SUBHEAD)
            and len(line.text.split()) <= 14
            and not line.text.rstrip().endswith((".", "!", "?", ":"))
        ):
            _set(lines, index, Role.JUNK, SIGNATORY)


def _signs_after_text(lines: list[Line], index: int) -> bool:
    """A paragraph of the story ends just above (a draft's note in brackets may stand between)."""
    above = index - 1
    if above > 0 and lines[above].role is Role.JUNK and lines[above].text.startswith("["):
        above -= 1
    return lines[above].role is Role.BODY and _is_body_paragraph(lines[above].text)


def _offices_over_contacts(lines: list[Line]) -> None:
    """The press office's lines over the first person of each contacts run."""
    for index, line in enumerate(lines):
        if line.role is Role.CONTACT and (not index or lines[index - 1].role is not Role.CONTACT):
            _office_over(lines, index)


def kind_label(text: str):
    """The kind a label line names ("PRESS RELEASE", "HOJA INFORMATIVA · Mayo 2024",
    "MEDIA ADVISORY – FOR PLANNING PURPOSES"), or None."""
    if len(text.split()) > 12:
        return None
    undated = dates.ANY_DATE.sub(" ", text)
    # a number after the label: "News Release 24/031", "Flash Update No. 3", "Sitrep #7"
    undated = re.sub(
        r"(?:\s+(?:no\.?|n\.?\s?[º°o]\.?|#|nr\.?|num\.?)\s*\d[\w/.-]*|\s+#?\d{1,3}(?:/\d{1,4})?"
        # "PRONUNCIAMIENTO DH-PRO-0412-2026": the office's reference
        r"|\s+(?=[A-Z0-9/.-]*\d)[A-Z0-9]{1,6}(?:[-/.][A-Z0-9]{1,6}){1,5})\s*$",
        "",
        undated,
        flags=re.I,
    )
    undated = re.sub(
        r"\s+(?:du|del|de|of|do|da|dated|from)\s*[,.]?\s*$", "", undated.strip(), flags=re.I
    )
    key = folded(undated)
    if key in KIND_LABELS:
        return KIND_LABELS[key]
    parts = re.split(r"\s+[–—|·:/-]\s+|\s*:\s+", undated, maxsplit=1)
    head = folded(parts[0])
    rest = len(key.split()) - len(head.split())
    if (
        rest >= 4
        and re.match(r"\s*:", undated[len(parts[0]) :])
        and not parts[-1].isupper()
        and not institution_named(parts[-1])  # "Press Release: Refugee Council of New Zealand"
    ):
        return None  # "MEDIA ADVISORY: What Cities Learned Resettling Refugees": a headline
    if head in KIND_LABELS and head not in GENERIC_LABELS and rest <= 5:
        named = KIND_LABELS.get(folded(parts[-1]))
        if KIND_LABELS[head] is StoryKind.PRESS_RELEASE and named is not None:
            return named  # "Communiqué – Point de situation": how the office files it, then what
        return KIND_LABELS[head]
    return None


# -- pass 1: each line alone ---------------------------------------------------------------


_SUBJECT = re.compile(r"^(?:subject|asunto|objet|assunto)\s*:\s*", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(
    r"^(?:(?:fw|fwd|re|tr|rv|enc)\s*:|embargoed\s*:|embargo\s*:|press release\s*:)\s*",
    re.IGNORECASE,
)


def _subject_for_title(lines: list[Line]) -> None:
    """A forwarded statement whose text has no headline of its own ('DECLARAÇÃO' / 'Lisboa, 10
    de dezembro' / 'Foi com profunda tristeza …'): the e-mail's subject is its headline."""
    for index, line in enumerate(lines[:15]):
        if line.reason == MAIL_HEADER_REASON and _SUBJECT.match(line.text.strip()):
            if len(subject_text(line.text).split()) >= 4:
                _set(lines, index, Role.TITLE, SUBJECT_TITLE)
            return


def subject_text(text: str) -> str:
    """'Subject: FW: Statement on …' -> 'Statement on …'."""
    subject = _SUBJECT.sub("", text.strip())
    while _SUBJECT_PREFIX.match(subject):
        subject = _SUBJECT_PREFIX.sub("", subject)
    return subject.strip()


def _mail_subject(paras: list[Para]) -> str:
    """An e-mail's subject, less its FW:/RE:/EMBARGOED: prefixes: evidence for the headline."""
    for para in paras[:12]:
        if _SUBJECT.match(para.text) and (subject := subject_text(para.text)):
            return subject
    return ""


_FORWARDED = re.compile(
    r"^-{3,}\s*(?:forwarded message|mensaje reenviado|mensagem encaminhada|message transf[ée]r[ée]"
    r"|original message|mensaje original|message d.origine|mensagem original)\s*-{3,}$"
    r"|^(?:begin forwarded message|inicio del mensaje reenviado|d[ée]but du message r[ée]exp[ée]di[ée])\s*:?$",
    re.IGNORECASE,
)


def _covering_mail(lines: list[Line]) -> None:
    """Everything above the last 'Forwarded message' line is the note of whoever forwarded the
    release (greeting, a word on the embargo, a signature): not the story."""
    marks = [i for i, line in enumerate(lines) if _FORWARDED.match(line.text.strip())]
    headers = [i for i, line in enumerate(lines) if line.reason == MAIL_HEADER_REASON]
    if not marks and len(headers) >= 4:
        # forwarded again without a marker: a second block of From/Sent/Subject below the
        # first, the note of whoever forwarded it between them
        first_block_end = headers[0]
        while first_block_end + 1 in headers:
            first_block_end += 1
        # a block of its own (From, Sent, Subject), not a lone disclaimer at the mail's end
        later = [
            i for i in headers if i > first_block_end + 1 and (i + 1 in headers or i + 2 in headers)
        ]
        if later:
            marks = [later[0] - 1]
    if not marks:
        return
    for index in range(marks[-1] + 1):
        if lines[index].role in (Role.BODY, Role.SUBHEAD, Role.BULLET, Role.CONTACT, Role.JUNK):
            _set(lines, index, Role.JUNK, "the covering e-mail of a forwarded release")


def _mailing_note(lines: list[Line]) -> None:
    """An e-mailed report's note to its readers after the greeting ('Dear partners,' / 'Below
    is our second update…'), up to the report's first heading or list."""
    if not any(line.reason == MAIL_HEADER_REASON for line in lines):
        return
    greeting = next(
        (
            i
            for i, line in enumerate(lines[:20])
            if line.reason == "an e-mail's greeting or closing"
        ),
        None,
    )
    if greeting is None:
        return
    for index in range(greeting + 1, min(greeting + 4, len(lines))):
        if lines[index].role is not Role.BODY:
            return
        _set(lines, index, Role.JUNK, "the note of the e-mail that brought the report")


# a speech archive's fields over the text (vie-publique.fr): who spoke, on what occasion
_ARCHIVE_FIELD = re.compile(
    r"^(?:Intervenant\(s\)|Intervenants?|Circonstance|Th[ée]matiques?|Th[ée]matique\(s\))\s?:",
)


def _archive_fields(lines: list[Line]) -> None:
    """'Intervenant(s) :' / 'Hélène Marchadier - Ministre de …', 'Circonstance : Déplacement …':
    the archive's record of the speech, not the speech."""
    for index, line in enumerate(lines[:30]):
        if line.role is not Role.BODY or not _ARCHIVE_FIELD.match(line.text.strip()):
            continue
        _set(lines, index, Role.JUNK, "the archive's field (speaker, occasion)")
        below = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.text.rstrip().endswith(":")
            and below is not None
            and below.role is Role.BODY
            and len(below.text.split()) <= 20
            and not below.text.rstrip().endswith((".", "!", "?"))
        ):
            _set(lines, index + 1, Role.JUNK, "the archive's field (speaker, occasion)")


def _player_titles(lines: list[Line]) -> None:
    """'escúchalo en AUDIO' over 'Hora 14 Alcoy (04/12/2026)': the audio's own title, with its
    date in brackets, belongs to the player, not to the story."""
    for index in range(1, len(lines)):
        above, line = lines[index - 1], lines[index]
        if (
            above.reason == "audio player"
            and line.role in (Role.BODY, Role.SUBHEAD, Role.TITLE)
            and len(line.text.split()) <= 10
            and re.search(r"\((?:[^()]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^()]*)\)\s*$", line.text)
        ):
            _set(lines, index, Role.JUNK, "the audio's own title and date")


def _notes_apart(paras: list[Para]) -> list[Para]:
    """'… 3 mil colchões. [Thiago: confirmar se já saíram]': a reviewer's note at a paragraph's
    end made a line of its own (dropped as an editor's note), the paragraph kept whole."""
    out: list[Para] = []
    for para in paras:
        found = _TRAILING_NOTE.match(para.text) if "[" in para.text[-300:] else None
        if found is None or para.hint not in (Hint.NONE, Hint.BULLET, Hint.QUOTE):
            out.append(para)
            continue
        out += [Para(found["text"], para.hint), Para(found["note"])]
    return out


# the paragraph's last sentence, then "[Name: …]" or "[Dana – do we …]" in brackets
_TRAILING_NOTE = re.compile(
    r"^(?P<text>.{20,}?[.!?”\"»])\s+(?P<note>\[[A-ZÀ-Þ][\w .'’-]{0,30}(?::|\s[–—-])\s[^\[\]]{3,200}\])$",
    re.DOTALL,
)


def _first_pass(paras: list[Para], known_junk: set[str]) -> list[Line]:
    texts = [p.text for p in paras]
    menu = strip_navigation(texts)
    leading = len(paras) - len(menu.lines)
    reasons = [d.rule for d in menu.dropped]
    lines = []
    for index, para in enumerate(paras):
        role, reason = _alone(para, known_junk)
        if index < leading and role not in _STRONG:
            role, reason = Role.JUNK, reasons[index]
        lines.append(Line(para.text, role, reason, para.hint, para.spans, para.image))
    return lines


# What a line says of itself plainly enough to hold even inside a leading site menu.
_STRONG = (Role.KIND_LABEL, Role.EMBARGO, Role.DATE, Role.TITLE, Role.PICTURE)


_MAIL_HEADER = re.compile(
    r"^(?:from|sent|sent on|to|cc|bcc|date|subject|de|enviado|enviado el|enviada em|para|asunto"
    r"|fecha|objet|envoye|envoyé|envoyé le|a|à"
    r"|assunto|data|enviada)\s*:\s*\S"
    r"|^(?:dear|estimad[oa]s?|prezad[oa]s?|cher(?:e|s|es)?|bonjour|hola|hello|hi)\b.{0,300}"
    r"(?:below|abajo|abaixo|ci-dessous|attached|adjunt|anexo|en pi[eè]ce jointe)"
    r"|^(?:aviso de confidencialidad|confidentiality notice|avis de confidentialit[ée]"
    r"|aviso de confidencialidade|this (?:e-?mail|message) (?:and any|is intended))",
    re.IGNORECASE,
)


# "Fecha: Jueves 6 de junio de 2024", "Hora: 09h00", "Local: ...": an advisory's item, kept
_ITEM = re.compile(
    r"^\s*(?:when|where|what|who|time|venue|day|día|dia|jour|cuando|cuándo|donde|dónde|hora|lugar"
    r"|quand|heure|lieu"
    r"|quando|onde|local|data|fecha|date|horario|horário|hour|schedule|programa|programme"
    r"|o que|o quê|quem|quoi|qui|qué|quién|quiénes)\s*:\s*(?=.*(?:\b\d{1,2}\s?[:h]\s?\d{0,2}\b|\b(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|miércoles|jueves"
    r"|viernes|sabado|sábado|domingo|segunda|terça|terca|quarta|quinta|sexta|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche)|[a-zà-ÿ]{3,}\s+[a-zà-ÿ]))",
    re.IGNORECASE,
)


def _alone(para: Para, known_junk: set[str]) -> tuple[Role, str]:
    """What a line's own words make it; BODY when they say nothing particular."""
    text = para.text.strip()
    key = folded(text) if len(text) <= 400 else ""  # long lines are text: no rule needs it
    words = text.split()
    if para.hint is Hint.IMAGE:
        return Role.PICTURE, "a picture in the document"
    if key in known_junk:
        return Role.JUNK, "marked as junk on this site's pages before"
    if CHAT_PREFIX.match(text):  # "[07:52, 05/12/2026] Tiwonge: Thanks. Can we get pictures?"
        return Role.JUNK, CHAT_MESSAGE
    if not any(c.isalnum() for c in text) and not END_MARKS.match(text):
        return Role.JUNK, "punctuation only"
    if END_MARKS.match(text):
        return Role.END_MARK, "an end mark (ENDS, ###, -FIN-, -30-)"
    if len(words) <= 8 and (by := WORDS_BY.match(text)) and contacts.looks_like_name(by["who"]):
        return Role.BYLINE, "a byline (text by …, photos by …)"  # "Reportagem – Marina Queiroz"
    if (kind := kind_label(text)) is not None:
        return Role.KIND_LABEL, f"names the kind: {kind.value.replace('_', ' ')}"
    if dates.EMBARGO_LINE.match(text) and len(words) <= 25:
        return Role.EMBARGO, "an embargo line"
    label, dash, rest = text.partition(" – ")
    if dash and len(words) <= 25 and dates.EMBARGO_LINE.match(rest) and kind_label(label):
        return Role.EMBARGO, "the kind label, then the embargo"  # "Communiqué – SOUS EMBARGO …"
    if (
        len(words) <= 16
        and (then := DATE_THEN_PLACE.match(text))
        and not _not_a_place(then["place"])
    ):
        return Role.DATELINE, "the date, then the place it was filed from, on a line of their own"
    stamped = [p.strip() for p in re.split(r"\s+\|\s+", text)]
    if (
        len(stamped) >= 2
        and len(words) <= 16
        and any(PLACE_AND_DATE.match(p) for p in stamped)
        and all(
            PLACE_AND_DATE.match(p)
            or dates.standalone_date(p)
            or _junk_reason(p, folded(p), p.split())
            for p in stamped
        )
    ):  # "Cúcuta (Colombia) 18 jun 2025 | Actualizada 19 jun 2025 06:15 CEST"
        return Role.DATE, PLACE_DATE_STAMPED
    if (
        len(stamped) == 2
        and len(words) <= 16
        and any(
            len(dates.date_in(p)) == 10 and _junk_reason(p, folded(p), p.split()) == UPDATE_STAMP
            for p in stamped
        )
        and all(len(p.split()) <= 4 and p[:1].isupper() for p in stamped if not dates.date_in(p))
    ):  # "Caribbean Territory | Updated November 6, 2025, 5:00 p.m. EST"
        return Role.DATE, "the page's update stamp beside its section's name"
    fields = re.split(r"\s+[·|]\s+", text)
    if (
        len(fields) >= 2
        and len(words) <= 20
        and all(":" in f and re.search(r"\d", f) for f in fields)
        and any(len(dates.date_in(f)) >= 7 for f in fields)
    ):  # "Date : 02/12/2026 · Période couverte : du 16 au 30 novembre 2026"
        return Role.DATE, "the report's date and period"
    if len(words) >= 4 and _INTERVIEW_TURN.match(text):  # "A: Schools turned into shelters…"
        return Role.BODY, "a question or an answer of an interview"
    if len(words) <= 4 and dates.standalone_date(text):  # "Data: 28/02/2024", not a mail's
        return Role.DATE, "a date standing alone"
    # "06/12/2026 07h02  Atualizado há 3 horas" (past 24 words no date line is left once the
    # stamp's few words go, so longer lines are not searched)
    stamp = _UPDATED_AGO.sub("", text).strip() if len(words) <= 24 else text
    if stamp != text and stamp and (dates.standalone_date(stamp) or dates.dated_line(stamp)):
        return Role.DATE, "the date, with how long ago it was updated"
    if len(words) <= 12 and _date_and_reading_time(text):
        return Role.DATE, DATE_AND_READING_TIME
    if len(words) <= 10 and _REPORT_DATE.match(text) and len(dates.date_in(text)) == 10:
        return Role.DATE, REPORT_DATE
    if (
        re.match(r"\s*(?:date|fecha|data)\s*:", text, re.I)
        and _ITEM.match(text)
        and not re.search(r"\d{1,2}:\d{2}", text)  # a mail's Date: header carries its time
    ):
        return Role.BODY, "an item of a media advisory (what, when, where, who)"
    if len(words) <= 30 and (_MAIL_HEADER.match(text) or _FORWARDED.match(text)):
        return Role.JUNK, MAIL_HEADER_REASON
    if _ITEM.match(text):
        return Role.BODY, "an item of a media advisory (what, when, where, who)"
    if len(words) <= 12 and (dates.standalone_date(text) or dates.dated_line(text)):
        return Role.DATE, "a date standing alone"
    if len(words) <= 10 and as_of_date(text):
        return Role.DATE, "the report's cut-off date"
    if len(words) <= 20 and _dated_fields(text):
        return Role.DATE, "the page's dates (published, then updated)"
    if len(words) <= 14 and dates.stamp_date(text):
        return Role.DATE, "the page's time stamp"
    if (
        len(words) <= 6
        and (newsroom := NEWSROOM_PLACE.match(text))
        and not newsroom["place"].isupper()
    ):
        return Role.BYLINE, "the newsroom's byline and the place it wrote from"
    if len(words) <= 4 and re.fullmatch(
        r"\s*(?:Redacci[óo]n|Reda[çc][ãa]o|R[ée]daction|Newsroom)\s*/\s*[A-ZÀ-Þ][\w .'’-]{1,30}",
        text,
    ):
        return Role.BYLINE, "the newsroom's byline (Redacción/Outlet)"
    if len(dates.published_date(text)) == 10:
        return Role.DATE, "the date the page was published"
    if len(words) <= 25 and len(dates.date_in(text)) == 10 and DATED_BYLINE.search(text):
        return Role.DATE, "the page's date with the byline beside it"
    if (
        len(words) <= 14
        and len(dates.date_in(text)) == 10
        and (found := dates.ANY_DATE.search(text))
    ):
        rest = (text[: found.start()] + " " + text[found.end() :]).strip(" -–—|·:,")
        rest_words = rest.split()
        why = _junk_reason(rest, folded(rest), rest_words) if rest else ""
        before = text[: found.start()].strip(" -–—|·:,")
        # "Próximo informe: 4 de março": the next report's date, not this one's
        if before and _junk_reason(before, folded(before), before.split()) == NEXT_ISSUE:
            return Role.JUNK, NEXT_ISSUE
        if why == EXPORT_NOTE:
            return Role.JUNK, why
        if why:
            return Role.DATE, "a date with the page's furniture beside it"
        if rest and contacts.unlabelled(rest) != rest and contacts.is_contact_line(rest):
            return Role.DATE, DATE_AND_CONTACT  # "MONDAY, DECEMBER 7, 2026 | Media Contact: …"
        if rest and len(rest_words) <= 8 and vocabulary_kind_in_title(rest) is not None:
            return Role.DATE, "the report's name and number with its date"
        named = (
            rest_words
            and len(rest_words) <= 8
            and re.fullmatch(
                r"(?:[A-ZÀ-Þ][\w'’.&-]*|de|del|la|las|los|da|do|das|dos|des|du|of|the|and|y|e|et|a|para"
                r"|pour|for)(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|de|del|la|las|los|da|do|das|dos|des|du|of|the"
                r"|and|y|e|et|a|para|pour|for))*",
                rest,
            )
        )
        if named and re.search(r"\s[|·•]\s", text):  # "Comisión Mexicana … | 06 de marzo de 2025"
            return Role.DATE, "the issuing office and the date"
    if (
        len(words) <= 16
        and (alone := PLACE_AND_DATE.match(text))
        and not _not_a_place(alone["place"])
    ):
        return Role.DATELINE, "the place and date it was filed from, on a line of their own"
    if (
        len(words) <= 8
        and (wire := AGENCY_DATELINE.match(text))
        and not _not_a_place(wire["place"])
    ):
        return Role.DATELINE, "the place it was filed from, with the news agency's name"
    if (
        len(words) <= 8
        and (timed := TIMED_DATELINE.match(text))
        and not _not_a_place(timed["place"])
    ):
        return Role.DATELINE, "the time, place and day it was filed (a news agency's line)"
    if para.hint is Hint.TITLE and not (
        len(words) <= 6
        # "IOM in Chile" set in the Title style names the sheet, not a letterhead
        and _junk_reason(text, key, words) not in ("", LETTERHEAD)
    ):
        return Role.TITLE, TITLE_BY_STYLE

    if re.fullmatch(r"\[[^\]]{3,300}\]", text) or _NOTE_IN_PARENS.fullmatch(text):
        return Role.JUNK, "an editor's note in brackets"
    if figures.SOURCE_LINE.match(text) and len(words) <= 30:
        if _junk_reason(text, key, words) == NEWSROOM_SOURCE:
            return Role.JUNK, NEWSROOM_SOURCE  # "Fonte: Assessoria de Comunicação – Prefeitura …"
        return Role.FIGURE_SOURCE, "the source of the figures"
    if para.hint is Hint.HEADING and len(words) <= 5 and _REPORT_SECTION.intersection(key.split()):
        return Role.SUBHEAD, "a report's section heading ('Réponse de CARE')"
    if para.hint is not Hint.TABLE_ROW and (reason := _junk_reason(text, key, words)):
        cutoff = re.match(r"(?:fecha de corte|data de corte|date de coupure|cut ?off date)\b", key)
        if cutoff and len(dates.date_in(text)) == 10:
            return Role.DATE, "the report's cut-off date"
        if reason.startswith("an offer to the media") and text.rstrip().endswith(":"):
            return Role.BODY, "a label over a list (an advisory's spokespeople)"
        return Role.JUNK, reason
    if para.hint is Hint.QUOTE:
        return Role.QUOTE, "a quotation (block quote)"
    if len(words) <= 25 and WORDS_BY.match(text):
        return Role.BYLINE, "a byline (text by …, photos by …)"
    if len(words) <= 12 and OUTLET_BY.match(text):
        return Role.BYLINE, "a byline (the outlet, then its reporter)"
    if _CAPTION_LABEL.match(text):
        return Role.JUNK, CAPTION_LABEL
    if len(words) <= 12 and _IMAGE_SOURCE.match(text):
        return Role.CREDIT, "a photo credit (the image's source)"
    if len(words) <= 16 and _byline_and_credit(text):
        return Role.BYLINE, "a byline, with the photographer's credit beside it"
    if _IN_PICTURES.match(text):  # "EM FOTOS: MUTIRÃO DE DOCUMENTAÇÃO …" credits no one
        return Role.BODY, "a headline filed as pictures"
    if (
        len(words) <= 45
        and (credit := blocks.split_credit(text)) is not None
        and (len(words) <= 25 or credit[0].endswith((".", ")")))
        and (credit[0] or _names_someone(credit[1]))  # "FOTOS: a travessia de …" heads a gallery
    ):  # a long caption is one whole sentence before its "Foto: …"
        return (Role.CAPTION, "a caption with its credit") if credit[0] else (
            Role.CREDIT, "a photo credit")  # fmt: skip
    if len(words) <= 60 and _caption_credit(text):
        return Role.CAPTION, "a caption ending with its credit"
    if len(words) <= 6 and _bare_credit(text):
        return Role.CREDIT, "a photo credit (agency/photographer)"
    if len(words) <= 60 and _DESK_NOTE.search(text) and len(re.split(r"\s[–—-]\s", text)) >= 3:
        return Role.JUNK, "the writer's note to the desk (slot, length, photos)"
    if len(words) <= 20 and _MEDIA_LINK.search(text):
        return Role.JUNK, "a link to a video, a gallery or an audio"
    if len(words) <= 25 and _STATEMENT_LEAD.match(text):
        return Role.JUNK, STATEMENT_LEAD
    if len(words) <= 60 and _CHART_TITLE.match(text):
        return Role.JUNK, "a chart's title (the chart stays on the page)"
    if len(words) <= 12 and _LICENSED_CREDIT.match(text):
        return Role.CREDIT, "a photo credit with its licence (CC BY …)"
    if len(words) <= 8 and _LABELLED_CREDIT.match(text):
        return Role.CREDIT, "a photo credit (its label, then the photographer)"
    if len(words) <= 8 and SPACED_CREDIT.match(text):
        return Role.CREDIT, "a photo credit (organisation / photographer)"
    if (blocks.BYLINE.match(text) or WORDS_BY.match(text)) and len(words) <= 25:
        return Role.BYLINE, "a byline"
    if blocks.FOOTNOTE.match(text):
        return Role.FOOTNOTE, "a footnote ([1] ...)"
    if blocks.SDG.match(text):
        return Role.TAGS, "a Sustainable Development Goal"
    if len(words) <= 16 and _contacts_heading(key, text):
        return Role.CONTACTS_HEADING, "opens the media contacts"
    if _inline_contacts(text) or _headed_contact(text):
        return Role.CONTACT, "names people to contact, with their e-mail or phone"
    if len(words) <= 16 and _running_header(text):
        return Role.JUNK, "a running header with its page number"
    if len(words) <= 6 and _dated_signoff(text):
        return Role.DATE, "a sign-off with its date"
    if ABOUT_GLUED.match(text) and len(words) >= 12:
        return Role.BOILERPLATE, "about the organisation (its heading run into it)"
    if len(words) <= 25 and _contact_record(text):
        return Role.CONTACT, "a person with their e-mail or phone"
    if len(words) <= 8 and NOTES_HEADINGS.match(key):
        return Role.JUNK, "heading: notes to editors (what follows is kept apart)"
    if para.hint is Hint.HEADING:
        return Role.SUBHEAD, "a heading in the document"
    if para.hint is Hint.BULLET and DASH_CREDIT.match(text):
        return Role.CAPTION, "a gallery's item: a caption with its credit after a dash"
    if para.hint is Hint.BULLET:
        return Role.BULLET, "a list item"
    if len(words) <= 8 and NUMBERED_HEADING.match(text):
        return Role.SUBHEAD, NUMBERED_SECTION
    if GLYPH_BULLET.match(text) and not blocks.FOOTNOTE.match(text):
        return Role.BULLET, "a list item (bullet glyph)"
    return Role.BODY, "text"


# "Date du rapport : 27 juin 2025", "Fecha del informe:", "Report date:", "Date of issue:"
_REPORT_DATE = re.compile(
    r"^\s*(?:report date|date of (?:issue|report|publication|the report)|date du rapport"
    r"|date de (?:publication|parution|diffusion)|fecha del? (?:informe|reporte|publicacion"
    r"|publicación|emision|emisión)|fecha de (?:publicacion|publicación|emision|emisión)"
    r"|data do relat[oó]rio|data de (?:publica[cç][aã]o|emiss[aã]o)|as of|issued)\s*:",
    re.IGNORECASE,
)


_PRODUCTION_NOTE = re.compile(
    r"^(?:this (?:report|document|update|flash update|flash|bulletin) (?:is|was|has been)"
    r" (?:produced|prepared|issued)"
    r"|este (?:informe|documento|reporte|boletim|boletín|flash) (?:es|fue|é|foi) (?:elaborado"
    r"|producido|preparado|produzido)"
    r"|ce (?:rapport|document|flash|bulletin|point de situation) (?:est|a été) (?:produit|préparé"
    r"|élaboré))\b",
    re.IGNORECASE,
)


# "Ce message et ses pièces jointes sont confidentiels…", "This e-mail is confidential…" (folded)
_CONFIDENTIAL = re.compile(
    r"^(?:this (?:e ?mail|message|communication)|ce (?:message|courriel|mail)|este (?:mensaje|correo"
    r"|e ?mail)|esta mensagem|a informacao contida)\b.{0,400}\b(?:confidential|confidentiel"
    r"|confidentiels|confidencial|confidenciales|confidenciais|privileged|intended recipient"
    r"|destinataire|destinatario)"
)


# "(VERIFICAR com a COMDEC o nº de interditados antes de enviar – Lu)", "(TODO: add the map)":
# a note to a colleague in a draft, in parentheses, opening on a word in capitals
_NOTE_IN_PARENS = re.compile(
    r"\((?:TODO|NB|N\.B\.|OJO|NOTA|NOTE|PENDIENTE|PENDENTE|VERIFICAR|CONFIRMAR|CHECK|CONFIRM"
    r"|VÉRIFIER|VERIFIER|À CONFIRMER|A CONFIRMER|REVISAR|REVER|ATUALIZAR|ACTUALIZAR|UPDATE"
    r"|INSERIR|INSERTAR|INSERT|AJOUTER|ADD)\b[^()]{3,300}\)"
)
# "Gráfico: retornos mensuales a …", "Map 2: …": a chart's or a map's caption left alone
_CHART_CAPTION = re.compile(
    r"^(?:Gr[áa]fico|GR[ÁA]FICO|Chart|CHART|Graph|Graphique|GRAPHIQUE|Infograf[íi]a|Infographic"
    r"|Infographie|Mapa|MAPA|Map|MAP|Carte|CARTE)(?: \d{1,2})?\s?:\s+\S"
)
# "READ: Catanduanes power restoration seen by mid-December", "LEIA: …", "Lire : …"
_READ_MORE = re.compile(
    r"^(?:READ|Read|LEA|Lea|LEE|Lee|LEIA|Leia|LIRE|Lire|LEER|Leer)\s?:\s\S.{0,160}$"
)
# "PUBLICITÉ – Digicel Haïti : rechargez en ligne", "Publicidad · Agroveterinaria El Palmar"
_AD_LINE = re.compile(
    r"^(?:PUBLICIDAD|Publicidad|PUBLICIDADE|Publicidade|PUBLICITÉ|Publicité|ADVERTISEMENT"
    r"|Advertisement|ANUNCIO|Anuncio|SPONSORED|Sponsored|Patrocinado|PATROCINADO)\s*[·|:–—-]\s*\S.{2,120}$"
)
# "CESAL – Informe de situación n.º 3        Pág. 2/2", "OIM Brasil | SAUS Quadra 5 …   Página 1":
# a PDF's running header or footer, its page number set apart
_RUNNING_HEAD = re.compile(
    r"^\S.{2,150}?(?:\s{3,}|\s[|·–—-]\s)(?:page|p[áa]gina|p[áa]g\.?|p\.)\s?\d{1,3}"
    r"(?:\s?(?:/|of|de|sur)\s?\d{1,3})?$",
    re.IGNORECASE,
)


# "Date of issue: ", "Category of disaster: ": a report's header field, run into one line
_HEADER_FIELD = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [a-z]+){0,3}:\s")


def _junk_reason(text: str, key: str, words: list[str]) -> str:
    if _PRODUCTION_NOTE.match(text):
        return "the report's production note"
    if _CONFIDENTIAL.match(key):
        return "the e-mail's confidentiality notice"
    if _RUNNING_HEAD.match(text.strip()):
        return "a running header or footer (with the page number)"
    if _READ_MORE.match(text.strip()):
        return "a link to another story"
    if _AD_LINE.match(text.strip()):
        return "advertisement"
    if re.match(r">>\s?\S", text.strip()) and len(words) <= 30:
        return "a link to another story"  # ">> Inondations : la Croix-Rouge déploie …"
    if len(words) <= 10 and re.search(r"👁\uFE0F?\s?\d", text):
        return "the page's meta line (its date and views)"  # "📅 14/12/2026 👁 532"
    if _CHART_CAPTION.match(text.strip()) and len(words) <= 40:
        return "a chart's caption (the chart is not brought in)"
    if re.fullmatch(r"\((?:[A-Z]{2,10}|[A-Z][a-z]{2,15})(?:/[A-Z][A-Za-z]{1,15})?\)", text.strip()):
        return "the agency's sign-off ('(PNA)')"
    if len(words) > 40:
        return ""
    for pattern, why in JUNK_PATTERNS:
        if pattern.search(key):
            return why
    if _FOOTER.match(text):
        return "footer"
    copyright_end = re.search(
        r"(?:©|\(c\)|copyright)\s*(?:[\w .&'’-]{2,40}\s)?(?:19|20)\d\d\.?\s*$", text, re.I
    )
    footer_words = re.search(
        r"[·|]|licen|rights|derechos|droits|direitos|privacy|privacidad|impressum|donn[ée]es"
        r"|\b(?:calle|rue|rua|street|avenida|zona)\b",
        text,
        re.I,
    )
    funded = re.match(
        r"(?:con el apoyo de|with (?:the )?(?:support|funding) (?:of|from)|com o apoio d[aeo]"
        r"|avec le soutien d[eu]|financiado por|funded by|financ[ée] par)\s*:?\s",
        text,
        re.I,
    )
    if funded and len(words) <= 16 and not text.rstrip().endswith("."):
        return "the funder's credit line"
    if "·" in text and re.search(
        r"\b(?:miembro de|member of|membre de|membro d[ao])\b", text, re.I
    ):
        return "footer (who the organisation belongs to)"
    copyright_start = re.match(
        r"(?:[\w &'’-]{2,40}\s)?(?:©|\(c\)|copyright)\s*(?:[\w .&'’-]{2,40}?\s)?(?:19|20)\d\d"
        r"\s*[–—|·-]\s*\S",
        text,
        re.I,
    )  # "© Cáritas Ecuador 2025 – Miembro de …", "Salesianos del Perú © 2025 | Av. Brasil 210"
    if (
        (copyright_end and footer_words)
        or copyright_start
        or re.search(r"\bcrown copyright\b|\bopen government licen[cs]e\b", text, re.I)
    ):
        return "footer (the site's copyright)"
    if re.match(r"\[[a-z]{1,2}\]\s*[A-ZÀ-Þ][^:]{1,40}:\s", text):
        return "a reviewer's comment on the draft ([a] Name: …)"
    if re.match(
        r"\*\s?[A-ZÀ-Þ][\w'’ -]{3,60}\s(?:é|es|is|est|works|trabaja|trabalha|travaille)\s", text
    ):
        return "a note on the author (*Name is …)"
    values = _HEADER_FIELD.split(text)[1:]  # what follows each "Label: " of the line
    if (
        len(values) >= 2
        and len(words) <= 40
        and all(len(v.split()) <= 10 and not v.rstrip().endswith(".") for v in values)
        and not (contacts.EMAIL.search(text) or contacts.has_phone(text))
        and not _ITEM.match(text)
        and not WORDS_BY.match(text)
    ):
        return "the report's header fields (Date of issue: …, Category: …)"
    if re.fullmatch(
        r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}|[A-Z]{2,4}(?:\s?//?\s?[A-Z]{2,4}){1,5}", text.strip()
    ):
        return "a wire's editors' initials (dom/jgb/mt, JRC // SCA)"
    if (
        len(words) <= 12
        and re.fullmatch(
            r"(?:(?:www\.\S+|https?://\S+|@\w+|twitter|facebook|instagram|x|youtube|linkedin|:|–|-|\||·)"
            r"\s*)+",
            text.strip(),
            re.I,
        )
        and re.search(r"www\.|https?://|@\w", text)
    ):
        return "the site's web and social addresses"
    if len(words) == 1 and folded(text) in LANGUAGE_NAMES and len(text) > 2:
        return "language switcher"
    if re.fullmatch(r"[A-Z]{1,8}/\d{2}/\d{2,6}|[A-Z]{1,4}-\d{2,4}/\d{2,4}", text.strip()):
        return "the release's reference number (IP/25/1187)"
    if SIGNATURE.match(text) and len(words) <= 10:
        return SIGNED
    if SIGNED_BY.match(text) and len(words) <= 30:  # "Signed by Co-Presidents … and MEP …"
        return SIGNED
    if (  # "Mgr Bernard Lacombe-Rivière, évêque de Saint-Flour, président du Conseil …"
        _PRELATE.match(text) and "," in text and len(words) <= 30 and not text.endswith(".")
    ):
        return SIGNED
    if re.search(r"\s[·|–—]\s", text) and FOOTER_ADDRESS.search(key):
        return "an address (the page's footer)"
    if (
        re.search(r"\s[·|–]\s", text)
        and re.search(
            r"\b(?:Tel|Tél|Tfno|Phone|Fone|Teléfono|Telefone|Téléphone)\b\.?:?\s*[\d(+]", text
        )
        and re.search(r"\b\d{2,5},\s", text)
        and not contacts.EMAIL.search(text)
    ):  # "Jr. Estados Unidos 838, Jesús María, Lima - Perú | Tel. (01) 463-1010"
        return "the office's address and switchboard (the page's footer)"
    if re.match(r"SOURCE\s+[A-Z][\w&'’., -]{1,60}$", text):
        return "the wire's source line (who sent the release)"
    if re.fullmatch(r"©\s*[\w .&'’-]{2,40},?\s+(?:19|20)\d{2}\.?", text.strip()):
        return "a copyright notice ('© FAO, 2024'), not a photo's credit"
    if len(words) >= 2 and all(w.casefold().strip(",|/·") in LANGUAGE_NAMES for w in words):
        return "language switcher"
    if all(w.startswith(("#", "@")) for w in words):
        return "hashtags"
    if re.search(r"(?:\s[A-ZÀ-Þ]{3,}){4,}\s*$", text) and not text.isupper():
        return "a news agency's section tags"
    if len(words) <= 20 and re.match(
        r"(?i:breaking(?: news)?|última hora|ultima hora|urgente|dernière minute|derniere minute)\s?:\s",
        text,
    ):
        return "a news ticker"  # "Breaking: Road to Henderson closed after landslip …"
    if len(words) <= 25 and re.match(
        r"(?:Lee|Lea|Leia|Lire|Read|Veja|Mira|Vea|Leer)\s?:\s+[A-ZÀ-Þ¿¡«“\"]", text
    ):
        return "a link to another story"  # "Lee: Se duplica el cruce de familias por …"
    if re.match(r"(?:Page|Página|Pagina|Pág\.)\s\d{1,3}\s?:\s\S", text):
        return "a document host's page label"  # "Page 2: Rapport de situation n° 3 – …"
    if len(words) <= 3 and _slugs(text):  # "peixe-post-madeirao"
        return "an image's file name"
    if len(words) <= 5 and re.fullmatch(  # "IG Slide D4.png": spaces are allowed in file names
        r"(?:\S+|[\w()-]+(?: [\w()-]+)+)\.(?:jpe?g|png|gif|webp|tiff?|heic|svg)", text, re.I
    ):
        return "an image's file name"
    if re.fullmatch(r"(?:A\s*[+\-−–]{0,2}\s*[/|]?\s*){2,3}", text.strip()):
        return "text-size buttons"
    navigation = 3 <= len(words) <= 10 and sum(folded(w) in NAV_WORDS for w in words) >= 2
    small = ("a", "de", "do", "da", "e", "y", "et", "of", "the")
    if navigation and all(w[:1].isupper() or folded(w) in small for w in words):
        return SITE_MENU
    parts = [p for p in _BREADCRUMB.split(f" {text} ") if p.strip()]
    crumbs = len(parts) >= 2 and all(len(p.split()) <= 5 for p in parts) and len(words) <= 16
    # "Início / Notícias / Secretaria Regional da Saúde e Segurança Social": from the home page
    # down to a long section name
    crumbs = crumbs or (
        len(parts) >= 3
        and folded(parts[0]) in _HOME_WORDS
        and all(len(p.split()) <= 9 for p in parts)
        and len(words) <= 20
    )
    if (
        crumbs
        and not GLYPH_BULLET.match(text)
        and not contacts.EMAIL.search(text)
        and not re.search(r"\d{5,}", text)
        and not SPACED_CREDIT.match(text)
        and not blocks.CREDIT.search(text)  # "Foto: Cancillería / Andrés Rincón"
        and not _LICENSED_CREDIT.match(text)  # "CC BY-NC-ND / CICV / Albino Muianga"
        # "NOTA DE PRENSA / CONVOCATORIA": the office's kind labels, not a trail
        and not all(folded(part) in KIND_LABELS for part in parts)
    ):
        return "breadcrumbs"
    if len(words) <= 10 and _site_line(key):
        return "site or section name"
    if len(words) <= 14 and _letterhead(text, key):
        return LETTERHEAD
    pieces = [p.strip() for p in re.split(r"\s+[|·]\s+", text)]
    short_pieces = len(pieces) >= 2 and all(1 <= len(p.split()) <= 5 for p in pieces)
    if (
        short_pieces
        and len(words) <= 10
        and not re.search(r"\d|@|©|/", text)
        and not WORDS_BY.match(text)
    ):
        return "site or section name"
    if len(pieces) >= 4 and all(1 <= len(p.split()) <= 4 for p in pieces) and "@" not in text:
        return SITE_MENU
    if len(pieces) >= 5 and all(1 <= len(p.split()) <= 4 for p in pieces[1:]) and "@" not in text:
        return "a site menu (the site's name first)"
    return ""


def _headed_contact(text: str) -> bool:
    """'Informações para a imprensa: Name – title, Org e-mail | phone': heading and contact."""
    head, colon, rest = text.partition(":")
    return (
        bool(colon)
        and len(head.split()) <= 12
        and _contacts_heading(folded(head), head)
        and bool(contacts.EMAIL.search(rest) or contacts.has_phone(rest))
    )


def _running_header(text: str) -> bool:
    """'Honduras: Tropical Storm Julia – Flash Update No. 3 | 2': a report's running header."""
    match = re.match(r"^(?P<head>.{20,160}?)\s+\|\s*\d{1,3}\s*$", text)
    return bool(match) and vocabulary_kind_in_title(match["head"]) is not None


_AS_OF = re.compile(
    r"^\s*(?:(?:situation|data|figures|status) )?(?:as of|as at|en date du|au|al corte del?|al"
    r"|corte al|hasta el|com dados at[ée]|dados de|at[ée])\s+",
    re.IGNORECASE,
)


_UPDATED_WORDS = re.compile(
    r"^(?:le|el|o|on|(?:last )?(?:updated|modified|modifi[ée]|mis à jour|actualizado|atualizado"
    r"|publi[ée]|publicado|published|posted)(?: (?:le|el|em|on|en))?)\s+",
    re.IGNORECASE,
)


def _dated_fields(text: str) -> bool:
    """'Le 8 décembre 2026 à 06h00 · Modifié le 8 décembre 2026 à 09h14': the page's dates,
    each a field of one meta line."""
    fields = [f.strip() for f in re.split(r"\s+[·|•]\s+", text) if f.strip()]
    return len(fields) >= 2 and all(
        dates.standalone_date(_UPDATED_WORDS.sub("", field)) for field in fields
    )


def as_of_date(text: str) -> bool:
    """'As of 9 December 2026, 16:00 (EAT)', 'Situation au 3 décembre 2026': the moment a flash
    update's figures stand at, on a line of its own (never its headline)."""
    prefix = _AS_OF.match(text)
    found = dates.ANY_DATE.search(text)
    if not prefix or not found or found.start() != prefix.end():
        return False
    if len(dates.date_in(found.group(0))) != 10:
        return False
    rest = text[found.end() :]
    return bool(
        re.fullmatch(
            r"[\s,]*(?:(?:at |a las |às |à )?\d{1,2}[:h.]\d{2}\s*(?:h|hrs?|[ap]\.?m\.?)?)?"
            r"\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?|\([A-ZÀ-Þ][\w ]{1,20} time\))?\s*\.?\s*",
            rest,
        )
    )


def _date_and_reading_time(text: str) -> bool:
    """'2 de dez. de 2026 · 5 min de leitura', '4 Dec 2026 · 3 min read': a blog post's date
    with its reading time (or its views), fields of the page's meta line."""
    fields = [f.strip() for f in re.split(r"\s+[·|•]\s+", text) if f.strip()]
    if len(fields) < 2 or not dates.standalone_date(fields[0]):
        return False
    return all(_junk_reason(f, folded(f), f.split()) in _META_JUNK for f in fields[1:])


_UPDATED_AGO = re.compile(
    r"\s*[·|–—-]?\s*(?:atualizad[oa]|actualizad[oa]|updated|mis à jour|modifié)\s+(?:há|hace|il y a)?\s*"
    r"\d{1,3}\s*(?:horas?|hours?|heures?|minutos?|minutes?|min|h|dias?|días?|days?|jours?)"
    r"(?:\s+ago)?\s*$",
    re.IGNORECASE,
)
_META_JUNK = ("reading time", "a page's view count")
DATE_AND_READING_TIME = "the date, with the reading time or the view count"


def _dated_signoff(text: str) -> bool:
    """'Semas – 14.03.2024': who signs the release off, and when."""
    found = dates.ANY_DATE.search(text)
    if not found or len(dates.date_in(found.group(0))) != 10:
        return False
    rest = (text[: found.start()] + text[found.end() :]).strip(" –—-|,")
    return 1 <= len(rest.split()) <= 3 and rest[:1].isupper() and not rest.endswith(".")


# "À propos de HI Handicap International (HI) est une organisation…": the about heading run
# into the paragraph it heads
ABOUT_GLUED = re.compile(
    r"^(?:about|à propos de|a propos de|acerca de|sobre)\s+(?:the |la |el |l'|l’)?[A-ZÀ-Þ][\w&'’.-]*"
    r"(?:\s+[A-ZÀ-Þ(][\w&'’.()-]*){0,2}\s+(?=[A-ZÀ-Þ]).{0,120}?\b(?:is|was|are|est|es|é|fue|foi"
    r"|was founded|fundad[ao]|fondée?)\b"
    # "About the American Red Cross: The American Red Cross shelters …"
    r"|^(?:[Aa]bout|[ÀàAa] propos de|[Aa]cerca de|[Ss]obre)\s+(?:the |la |el |l'|l’|o |a )?"
    r"[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:of |de |da |do |del )?[A-ZÀ-Þ(][\w&'’.()-]*){0,4}\s?:\s+[A-ZÀ-Þ]"
)


def _letterhead(text: str, key: str) -> bool:
    """'United Nations | Office of the Resident Coordinator in Honduras': a name, no sentence."""
    if text.rstrip().endswith((".", "!", "?", ":")) or re.search(r"[/©@]|\d", text):
        return False
    verbs = r"\b(?:is|are|was|were|has|have|es|son|fue|ha|han|est|sont|ont|sao|foi|tem)\b"
    # a name is capitalised but for its small words; a headline has lower-case words of its own
    lower = [w for w in text.split() if w[:1].islower() and len(w) > 3 and w not in _NAME_WORDS]
    return (
        bool(ORGANISATION.search(key))
        and not re.search(verbs, key)
        and not _HEADLINE_VERB.search(key)
        and len(lower) < 2
    )


# "Red Cross Sends Three Local Volunteers …": a headline in title case says what someone did
_HEADLINE_VERB = re.compile(
    r"\s(?:sends|opens|launches|welcomes|calls|announces|urges|deploys|marks|receives|responds"
    r"|provides|delivers|helps|supports|expands|condemns|warns|appeals|celebrates|hosts|holds"
    r"|releases|reaches|joins|brings|trains|signs|honors|honours|seeks|raises|distributes"
    r"|donates|launched|opened|sent|named|awarded|to host|to hold|to open|to launch)\s\S+\s\S"
)


_NAME_WORDS = frozenset("para pour with über entre dans sobre avec contra from".split())


def _site_line(key: str) -> bool:
    """'UNHCR – News', 'Press release - ReliefWeb', 'News | UN – July 2020': nothing but site,
    section and date words."""
    if not SITE_NAMES.search(key):
        return False
    rest = SITE_NAMES.sub(" ", key)
    for label in sorted(KIND_LABELS, key=len, reverse=True):
        rest = re.sub(rf"\b{label}\b", " ", rest)
    rest = dates.ANY_DATE.sub(" ", rest)
    rest = re.sub(
        r"\b(?:\d+|the|of|de|la|el|du|des|le|les|a|o|da|do|and|y|et|e|com|org|int)\b", " ", rest
    )
    return len(rest.split()) <= 1


# a street and its number: an address, whatever else the line holds
_STREET_NUMBER = re.compile(rf"\b(?:{_STREETS})\s[\w .'’-]{{2,40}},?\s(?:n[º°o]\.?\s?)?\d{{1,5}}\b")
_AGENCY_CREDIT = re.compile(
    r"(?:^|\s)(?P<credit>\(?(?:©\s*)?(?:[A-Z][A-Za-z]{1,9}|[A-Z]{2,}(?:-[A-Z]+)?)/"
    r"(?:[A-Z0-9][A-Za-z0-9-]{1,20}/){0,3}[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3}\)?)\.?\s*$"
)


# "UNICEF Guatemala / Sofía Batz" alone under a picture: an organisation (with an acronym)
# and a photographer, neither label nor ©
SPACED_CREDIT = re.compile(
    r"^(?=[^/]*\b[A-Z]{2,}\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+/\s+"
    r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$"
)


def _caption_credit(text: str) -> bool:
    """'A caption. | © WFP/Ana Pérez', 'A caption (Foto: OIM/Ana Pérez)', '... UNICEF/UN0123/Pérez'."""
    copyright_year = re.search(r"©\s*\d{4}", text) and not re.search(r"[.!?]\s+©", text)
    if copyright_year or _STREET_NUMBER.search(text):
        return False  # "BNGRC – Antanimora – © 2026", "… Rua Sena Madureira, 1500 – São Paulo/SP"
    if len(re.split(r"\s+[–—]\s+", text)) >= 4 and not re.search(r"[.!?]\s", text):
        return False  # "Governo do Estado – Centro Administrativo – Cambeba – Fortaleza/CE"
    if re.search(r"\(c\)\s+[A-ZÀ-Þ][^()]{2,60}$", text):
        return True  # "(c) Irene Lozano / Oxfam Intermón"
    if re.search(r"\([^()]{3,60}\s/\s*[A-Z]{2,}[^()]{0,20}\)\s*\.?$", text):
        return True  # "(Mariela Andrade Tuñón / MSF)"
    if re.match(
        r"^(?:photo|foto|cover photo|photo de couverture|foto de portada)\s*:\s*©?\s*"
        r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}/",
        text,
        re.I,
    ):
        return True
    if re.search(r"[|(]\s*(?:©|photo|foto|crédito|credit|crédit)", text, re.I):
        return True
    if "©" in text and not _FOOTER.match(text.strip()):
        return True
    match = _AGENCY_CREDIT.search(text)
    return bool(match) and len(text) > len(match.group("credit")) + 10


def _names_someone(credit: str) -> bool:
    """A credit names someone ('Ana Ruiz', 'cortesía Red de Mujeres'), not 'a travessia de …'."""
    return not credit[:1].islower() or bool(
        re.match(
            r"(?:cortes[íi]a|courtesy|gentileza|archivo|arquivo|divulga[cç][aã]o|reprodu)", credit
        )
    )


def _credit_only(text: str) -> bool:
    """'© Lusa', 'Foto: Ana Ruiz/ACNUR', 'UNICEF/UN0123/Pérez': a credit with no caption."""
    text = text.strip()
    if len(text.split()) > 8:
        return False
    split = blocks.split_credit(text)
    return (
        bool(re.match(r"^(?:©|\(c\))\s*\S", text))
        # "FOTOS: a travessia de famílias …" heads a gallery: a credit names someone
        or (split is not None and not split[0] and _names_someone(split[1]))
        or _bare_credit(text)
    )


def _bare_credit(text: str) -> bool:
    if blocks.BYLINE.match(text):
        return False  # "Por Ascom/PMP": the press office wrote it
    match = _AGENCY_CREDIT.search(text)
    return (bool(match) and match.start("credit") <= 1) or bool(_NAME_ORG_CREDIT.match(text))


# "Rohan Baptiste/Americares 2024", "Rafael Tavares / HI": the photographer, then the organisation
_NAME_ORG_CREDIT = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:de |da |del )?[A-ZÀ-Þ][\w'’.-]+){1,3}\s?/\s?[A-Z][\w&.-]{1,20}"
    r"(?:\s+(?:19|20)\d\d)?$"
)


def _contacts_heading(key: str, text: str) -> bool:
    if contacts.EMAIL.search(text) or contacts.has_phone(text):
        return False
    if CONTACTS_HEADING.match(key):
        return True
    # "Para más información sobre este tema, contacte a:", "... se ruega ponerse en contacto con"
    opener = re.match(
        r"^(?:for (?:more|further|additional) information|para (?:mas|mayor) informacion"
        r"|para mais informacoes|pour (?:plus d|de plus amples) informations?)\b",
        key,
    )
    return bool(opener) and bool(re.search(r"contact|contat|:\s*$", key + text[-1:]))


def _contact_record(text: str) -> bool:
    """'Ana Pérez, IOM Panama, +507 6000 0000, aperez@example.org' (or joined by ' | ')."""
    if not contacts.EMAIL.search(text) and not contacts.has_phone(text):
        return False
    contact = contacts.parse_contact(contacts.unlabelled(text), "")  # "Media: Name, …"
    name = contact.name if contact else ""
    return bool(name) and (
        contacts.looks_like_name(name)
        or bool(
            re.match(
                r"^(?:press|media) (?:office|desk|team|unit)|^(?:oficina|assessoria|service) de",
                folded(name),
            )
        )
    )


def _inline_contacts(text: str) -> bool:
    key = folded(text[:80])
    starts = re.match(
        r"^(?:for (?:more|further|additional) information|for (?:media|press) (?:enquiries|inquiries)"
        r"|media contacts?|para (?:mas|mayor) informacion|para mais informacoes|pour plus d informations?"
        r"|contact|contacto|contato|contacts?|press office|media office|oficina de prensa"
        r"|assessoria de imprensa|service de presse|imprensa|prensa|presse)",
        key,
    )
    if not starts or not (contacts.EMAIL.search(text) or contacts.PHONE.search(text)):
        return False
    return bool(contacts.contacts_in_sentence(text) or contacts.contacts_by_email(text))


# -- pass 2: sections and figures ------------------------------------------------------------


def _set(lines: list[Line], index: int, role: Role, reason: str) -> None:
    line = lines[index]
    lines[index] = Line(line.text, role, reason, line.hint, line.spans, line.image)


def _sections(lines: list[Line]) -> None:
    """Headings open sections: what follows them takes the section's role until it ends."""
    section = ""
    ended = False
    # where the story's own text begins: an "About X" line before it is the page's title,
    # not the boilerplate's heading
    story_roles = (Role.BODY, Role.DATELINE, Role.TITLE)
    begun = next((i for i, line in enumerate(lines) if line.role in story_roles), len(lines))
    # the first paragraph of text: a "Latest news" line above it is a menu item, not a section
    text_begins = next(
        (
            i
            for i, line in enumerate(lines)
            if line.role is Role.BODY and _is_body_paragraph(line.text)
        ),
        len(lines),
    )
    for index, line in enumerate(lines):
        key = folded(line.text) if len(line.text) <= 300 else ""
        short = len(line.text.split()) <= 10 and not line.text.rstrip().endswith((".", "!", "?"))
        if line.role is Role.END_MARK:
            ended, section = True, "after end"
            continue
        if line.role is Role.CONTACTS_HEADING:
            if not any(
                _contact_like(lines, ahead)
                for ahead in range(index + 1, min(len(lines), index + 4))
            ):
                if index < text_begins:  # "Contact" in the site's top menu, the headline below
                    _set(lines, index, Role.JUNK, "a menu item above the story (contact)")
                    continue
                # "For more information" over links to other pages, no person under it
                _set(lines, index, Role.JUNK, "heading: links for more information")
                section = "related"
                continue
            section = "contacts"
            continue
        if line.role is Role.JUNK and line.reason.startswith("heading: notes"):
            section = "notes"
            continue
        if (
            short
            and index > begun
            and (line.role in (Role.BODY, Role.SUBHEAD) or line.reason == "site or section name")
            and _about_heading(line.text)
            and _boiler_follows(lines, index)
        ):
            _set(
                lines,
                index,
                Role.JUNK,
                "heading: about the organisation (what follows is boilerplate)",
            )
            section = "about"
            continue
        if (
            short
            and line.role in (Role.BODY, Role.SUBHEAD, Role.JUNK, Role.QUOTE)
            and RELATED_HEADINGS.match(key)
        ):
            if index < text_begins:
                _set(lines, index, Role.JUNK, "a menu item above the story (latest news)")
                continue
            _set(lines, index, Role.JUNK, "heading: related stories")
            section = "related"
            continue
        figures_heading = short and line.role in (Role.BODY, Role.SUBHEAD)
        if figures_heading and _figures_heading(line.text) and _figures_follow(lines, index):
            why = "heading of the key figures (they go to the kit's figures)"
            _set(lines, index, Role.JUNK, why)
            section = "figures"
            continue
        section = _in_section(lines, index, section, ended)


_IN_NUMBERS = re.compile(
    r"\b(?:in numbers|in figures|at a glance|en chiffres|en cifras|em numeros|in cifre"
    r"|key figures|cifras clave|chiffres cles|numeros chave)$"
)


_AUTHOR_HEADING = re.compile(
    r"^(?:about the (?:author|authors|writer)|sobre (?:el|la|los|o|a|os) (?:autor|autora|autores"
    r"|autoras)|a propos (?:de l|des) (?:auteur|auteure|autrice|auteurs)|l auteur|the author)$"
)


def _about_heading(text: str) -> bool:
    """'About Save the Children', 'Sobre a CNDH', 'À propos de HI': about names the organisation.
    'Sobre a retenção de migrantes haitianos na fronteira do Acre' is a headline on a subject."""
    if _AUTHOR_HEADING.match(folded(text)):
        return True  # "About the author": the writer's note, the organisation's boilerplate
    if not ABOUT_HEADING.match(folded(text)):
        return False
    rest = text.split()[1:]
    small = {"de", "d", "the", "la", "el", "los", "las", "a", "o", "os", "as", "le", "les", "of"}
    small |= {"propos", "acerca", "proposito"}  # "À propos de …", "Acerca de …"
    rest = [re.sub(r"^[dDlL][’']", "", w) for w in rest]  # "À propos d'Oxfam-Québec"
    named = [w for w in rest if folded(w) not in small and not folded(w).startswith("l ")]
    capitals = sum(w[:1].isupper() or w[:1].isdigit() for w in named)
    if not named or any(folded(w) in ("us", "nos", "nous", "nosotros") for w in named):
        return True  # "About us", "Sobre nós"
    # "Sobre a pesquisa", "About the study": a section on a subject, not the organisation
    return capitals >= 1 and (len(named) <= 2 or capitals * 2 >= len(named))


def _figures_heading(text: str) -> bool:
    """'Key figures', 'Our work in numbers', 'CARE FRANCE EN CHIFFRES (exercice 2022)'."""
    key = folded(re.sub(r"\([^)]{0,60}\)", " ", text))
    key = re.sub(r"\s(?:19|20)\d\d$", "", key)  # "Chiffres clés 2024 :"
    key = re.sub(r"^(?:\d{1,2}|[ivx]{1,4}) ", "", key)  # "2. CHIFFRES CLÉS": a numbered section
    return bool(FIGURES_HEADINGS.match(key) or _IN_NUMBERS.search(key))


def _in_section(lines: list[Line], index: int, section: str, ended: bool) -> str:
    line = lines[index]
    after = "after end" if ended else ""
    if section == "contacts":
        named = line.role is Role.JUNK and line.reason in (
            "site or section name",
            "the organisation's name (a letterhead)",
        )  # "UNICEF Brasil" between a contact's name and their phone
        roles = (Role.BODY, Role.SUBHEAD, Role.CONTACT)
        if (line.role in roles or named) and _contact_like(lines, index):
            _set(lines, index, Role.CONTACT, "in the contacts block")
            return section
        return _in_section(lines, index, after, ended)
    if section == "related":
        stub = len(line.text.split()) <= 25 and not line.text.rstrip().endswith(
            (".", "!", "?", '"', "”")
        )
        kept = (Role.BODY, Role.SUBHEAD, Role.BULLET, Role.QUOTE)  # a boxed list set as a quote
        # a catalogue's title with its full stop ("Déclaration de M. …, sur …, le 25 novembre.")
        catalogued = len(line.text.split()) <= 40 and bool(_SPEECH_TITLE.match(line.text))
        cut = len(line.text.split()) <= 40 and line.text.rstrip().endswith(("...", "…"))
        if line.role is Role.DATE or (line.role in kept and (stub or catalogued or cut)):
            _set(lines, index, Role.RELATED, "a related-story stub")
            return section
        return after
    if line.role is not Role.BODY and not (
        line.role is Role.SUBHEAD and section in ("notes", "about")
    ):
        return section if line.role not in (Role.SUBHEAD,) else after
    if section == "notes":
        _set(lines, index, Role.NOTES, "under notes to editors")
    elif section in ("about", "after end"):
        _set(
            lines,
            index,
            Role.BOILERPLATE,
            "about the organisation" if section == "about" else "after the end mark",
        )
    elif section == "figures":
        return after
    elif _related_stub(line.text) and not line.reason.startswith("an item of a media advisory"):
        _set(lines, index, Role.RELATED, "a story's headline with its date (a teaser)")
    return section


def _loose_contacts(lines: list[Line]) -> None:
    """A person without a contacts heading: a name line, perhaps a job-title line, then a line
    of phone and e-mail ("Thiago Bittencourt / Porta-voz, PMA Brasília / +55 61 ... | t@...")."""
    for index, line in enumerate(lines):
        text = line.text
        if line.role is not Role.BODY or len(text.split()) > 14 or text.rstrip().endswith("."):
            continue
        if not (contacts.EMAIL.search(text) or contacts.has_phone(text)):
            continue
        if (
            index
            and lines[index - 1].role is Role.CONTACT
            and len(text.split()) <= 4
            and len(contacts.EMAIL.findall(text)) <= 1
            and not contacts.EMAIL.search(lines[index - 1].text)
        ):
            _set(lines, index, Role.CONTACT, "the e-mail or phone of the contact above")
            continue
        for back in (1, 2):
            name = index - back
            if name < 0 or lines[name].role not in (Role.BODY, Role.SUBHEAD, Role.CONTACT):
                break
            above = contacts.CONTACT_LABEL.sub("", lines[name].text)  # "Responsable: …"
            if contacts.looks_like_name(above) or contacts.OFFICE.search(above) or _carded(above):
                for n in range(name, index + 1):
                    _set(lines, n, Role.CONTACT, "a person, their title and how to reach them")
                break


def _carded(text: str) -> bool:
    """'Marisol Tennant, Communications Manager': a person's name and their job on one line."""
    name, comma, job = text.partition(",")
    return (
        bool(comma)
        and contacts.looks_like_name(name.strip())
        and 1 <= len(job.split()) <= 6
        and not text.rstrip().endswith((".", ":"))
    )


def _office_over(lines: list[Line], index: int) -> None:
    """'Assessoria de Comunicação Social' / 'Ministério Público Federal em Roraima' over a person
    and their phone: the press office signing the release is part of its contact."""
    start = index
    while start > 0 and lines[start - 1].role is Role.CONTACT:
        start -= 1
    for above in (start - 1, start - 2):
        if above < 0 or not (
            lines[above].role in (Role.BODY, Role.SUBHEAD) or lines[above].reason == EMPTY_HEADING
        ):
            return
        text = lines[above].text.strip()
        if len(text.split()) > 10 or text.endswith((".", ":", "!", "?")) or not text[:1].isupper():
            return
        if not (contacts.OFFICE.search(text) or institution_named(text)) or _PERSON_TITLE.match(
            text
        ):
            return  # "Maire de Grande-Synthe" under a name signs the statement; it is no office
        _set(lines, above, Role.CONTACT, "the press office the contact belongs to")


_PERSON_TITLE = re.compile(
    r"^(?:maire|mayor|alcalde|alcaldesa|prefeito|prefeita|president[ea]?|présidente?|minist(?:er|ro|ra"
    r"|re)|governor|gobernador|gobernadora|governador|governadora|gouverneur|secret[aá]ri[oa]"
    r"|subsecret[aá]ri[oa]|vice ?minist(?:ro|ra|re|er)|consejer[oa]|conselheir[oa]|conseill[eè]re?"
    r"|protect(?:eur|rice)|commissioner|comisionad[oa]|comiss[aá]ri[oa]|delegad[oa]|d[ée]l[ée]gu[ée]e?"
    r"|jef[ea]|chefe|director"
    r"|directora|diretor|diretora|directeur|directrice|coordinador|coordinadora|coordenador"
    r"|coordenadora|coordinator|coordinateur|coordinatrice|bishop|obispo|bispo|évêque|archbishop"
    r"|arzobispo|arcebispo|archevêque|personero|personera|defensor|defensora|procurador"
    r"|procuradora|ombudsman|médiateur|ouvidor|ouvidora|representante|représentante?"
    r"|ambassador|embajador|embajadora|embaixador|embaixadora|ambassadeur)\b",
    re.IGNORECASE,
)


def _city_over_contact(lines: list[Line], index: int) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        bool(contacts.PLACE.match(lines[index].text))
        and following is not None
        and (following.role is Role.CONTACT or contacts.is_contact_line(following.text))
    )


def _all_emails(text: str) -> bool:
    return bool(contacts.EMAIL.search(text)) and not contacts.EMAIL.sub("", text).strip(" ;,/|-–")


def _near_contacts(lines: list[Line], index: int) -> bool:
    return any(line.role is Role.CONTACT for line in lines[max(0, index - 3) : index])


def _contact_like(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if contacts.is_contact_line(text):
        return True
    if len(text.split()) > 12 or text.rstrip().endswith("."):
        return False
    ahead = [line.text for line in lines[index + 1 : index + 4]]
    return any(contacts.is_contact_line(t) for t in ahead)


def _boiler_follows(lines: list[Line], index: int) -> bool:
    following = lines[index + 1 : index + 2]
    return (
        bool(following) and following[0].role is Role.BODY and len(following[0].text.split()) >= 8
    )


def _figures_follow(lines: list[Line], index: int) -> bool:
    for line in lines[index + 1 : index + 3]:
        text = GLYPH_BULLET.sub(r"\g<text>", line.text)
        if figures.value_only(text) or figures.figure_from_line(text)[0] or " | " in text:
            return True
        if figures.figure_after_label(text) or figures.label_then_number(text):
            return True  # "People reached in 2023 — 186,400", "Pessoas em abrigos 7.830"
    return False


_STUB_DATE = re.compile(
    rf"(?:published|posted|publicado|publié|publie)?\s*(?:el |em |le )?(?:{dates.DATE_WORDS}|{dates.DATE_NUMERIC})\s*$",
    re.I,
)


def _related_stub(text: str) -> bool:
    """'Partners step up water work in Geneva Published 1 January 2021': a teaser's headline."""
    if " | " in text or len(text.split()) > 25:
        return False
    match = _STUB_DATE.search(text)
    return (
        bool(match)
        and match.start() > 10
        and not text[: match.start()].rstrip().endswith((".", ":"))
    )


# a figure's unit on its own line, between its value and its label
UNIT_ONLY = re.compile(
    r"^(?:(?:mil|million|millions|milliard|milliards|billion|billions|millones|millon|milhoes"
    r"|milhao|mil millones|bilhoes|bilhao|thousand|miles)(?: (?:de|of|d))?"
    r"(?: (?:dollars?|dolares|dolares estadounidenses|euros?|usd|us|reais|francs?|chf|cfa|pesos?))?"
    r"|(?:dollars?|dolares|euros?|usd|reais|chf|cfa)|%|per cent|pour cent|por ciento|por cento)$"
)
UNIT_THEN_LABEL = "the label of the figure above (after its unit)"


_DOT_LEADER = re.compile(r"\S\s*[.…·_]{4,}\s*[\d.,\s]*\d")


def _dot_leaders(lines: list[Line]) -> None:
    """'Personas damnificadas ........ 412' / 'Viviendas inhabitables ...... 97': a report's
    figures set with dot leaders, two or more in a row, wherever they stand."""
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and lines[end].role in (Role.BODY, Role.SUBHEAD, Role.BULLET)
            and len(lines[end].text) < 200
            and _DOT_LEADER.search(lines[end].text)
            and figures.figure_after_label(GLYPH_BULLET.sub(r"\g<text>", lines[end].text).strip())
        ):
            end += 1
        if end - index >= 2:
            for n in range(index, end):
                _set(lines, n, Role.FIGURE, "a key figure set with dot leaders")
        index = max(end, index + 1)


def _figures(lines: list[Line]) -> None:
    """Figures set apart: bullets that start with a number, a value line over its label line,
    two figures on a line, the rows of a table."""
    _value_columns(lines)
    _dot_leaders(lines)
    for index, line in enumerate(lines):  # under "CIFRAS CLAVE", each figure line, one or more
        if not line.reason.startswith("heading of the key figures"):
            continue
        for after in range(index + 1, len(lines)):
            text = GLYPH_BULLET.sub(r"\g<text>", lines[after].text).strip()
            # a sentence is the story's, unless it opens with its number under the heading
            # ("123,2 millions de personnes dans le monde sont déracinées par …")
            sentence = (
                len(text.split()) > 10
                and text.endswith(".")
                and not (text[:1].isdigit() and len(text.split()) <= 25)
            )
            found = (
                figures.figure_from_line(text)[0]
                or figures.figure_after_label(text, least=1)  # "Desalojados: 612" under it
                or figures.label_then_number(text)
            )
            alone = figures.value_only(text)  # "3,6 millions" over its label: read as a pair below
            heading_like = lines[after].role is Role.SUBHEAD and found is not None
            if (
                (lines[after].role not in (Role.BODY, Role.BULLET) and not heading_like)
                or sentence
                or alone
                or not found
            ):
                break
            _set(lines, after, Role.FIGURE, "a key figure under the figures heading")
    index = 0
    while index < len(lines):
        line = lines[index]
        text = GLYPH_BULLET.sub(r"\g<text>", line.text).strip()
        if line.role in (Role.BODY, Role.BULLET) and figures.value_only(text):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if (
                following
                and following.role in (Role.BODY, Role.SUBHEAD)
                and _label_like(following.text)
            ):
                _set(lines, index, Role.FIGURE, "a key figure's value")
                _set(lines, index + 1, Role.FIGURE, "the label of the figure above")
                third = lines[index + 2] if index + 2 < len(lines) else None
                if (
                    UNIT_ONLY.match(folded(following.text))
                    and third is not None
                    and third.role in (Role.BODY, Role.SUBHEAD)
                    and _label_like(third.text)
                ):  # "312" / "millions de dollars" / "de besoins pour 2024"
                    _set(lines, index + 2, Role.FIGURE, UNIT_THEN_LABEL)
                    index += 1
                index += 2
                continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.role is Role.BODY
            and text.endswith(":")
            and len(text.split()) <= 8
            and following is not None
            and following.role in (Role.BODY, Role.BULLET)
            and figures.value_only(GLYPH_BULLET.sub(r"\g<text>", following.text))
        ):
            _set(lines, index, Role.FIGURE, "a key figure's label")
            _set(lines, index + 1, Role.FIGURE, "the value of the figure above")
            index += 2
            continue
        sentence = len(text.split()) > 10 and (text.endswith(".") or ";" in text)
        # a list's item that opens with its number is a figure even written as a sentence
        listed = line.role is Role.BULLET and len(text.split()) <= 30
        if (
            listed
            and (not sentence or _in_figure_list(lines, index))
            and figures.figure_from_line(text)[0]
        ):
            _set(lines, index, Role.FIGURE, "a list item that is a key figure")
        elif line.role is Role.BODY and _figure_pair(text):
            _set(lines, index, Role.FIGURE, "key figures side by side")
        elif line.hint is Hint.TABLE_ROW and line.role is Role.BODY:
            _set(lines, index, *_table_row(text))
        index += 1
    _plain_figure_runs(lines)
    for index, line in enumerate(lines[1:], start=1):  # under the figures, a line on them
        if line.role is not Role.BODY or lines[index - 1].role not in (
            Role.FIGURE,
            Role.FIGURE_SOURCE,
        ):
            continue
        if len(line.text.split()) <= 25 and figures.FIGURES_FROM.match(line.text):
            _set(lines, index, Role.FIGURE_SOURCE, "where the figures above come from")
        elif figures.FIGURES_NOTE.match(line.text):
            _set(lines, index, Role.JUNK, "a note on the figures above (rounded)")
    seen_figure = False
    for index, line in enumerate(lines):
        seen_figure = seen_figure or line.role is Role.FIGURE
        if (
            line.role in (Role.BODY, Role.BULLET, Role.FIGURE_SOURCE)
            and seen_figure
            and len(line.text.split()) <= 30
            and _FOOTNOTE.match(line.text)  # every way it matches has its marker
            and not (contacts.EMAIL.search(line.text) or contacts.has_phone(line.text))
        ):  # "(61) 3411-5067 | imprensa@…" is a press office's phone, not footnote 61
            _set(lines, index, Role.FOOTNOTE, "a footnote to the figures")


def _in_figure_list(lines: list[Line], index: int) -> bool:
    """Whether the list item at `index` stands in a list whose items mostly open with a number
    ("• 38% of older refugees…", "• 1 in 4 live alone…"): a list of figures, not of points."""
    start = index
    while start > 0 and lines[start - 1].role in (Role.BULLET, Role.FIGURE):
        start -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].role in (Role.BULLET, Role.FIGURE):
        end += 1
    heading = lines[start - 1] if start > 0 else None
    if heading is not None and HIGHLIGHTS.match(folded(heading.text)):
        return False  # a report's highlights: its key messages, kept as written
    if ";" in lines[index].text:
        return False  # two statements in one item: a point, not a figure
    items = [GLYPH_BULLET.sub(r"\g<text>", line.text).strip() for line in lines[start : end + 1]]
    numbered = sum(figures.figure_from_line(item)[0] is not None for item in items)
    return len(items) >= 2 and numbered * 2 >= len(items)


# a key figure's value, then a dash and its label: "7.9 million – Venezuelans …", "1 in 4 – …"
VALUE_DASH = re.compile(
    r"^(?:(?:more than|over|almost|nearly|about|plus de|más de|mais de|cerca de)\s)?"
    r"\d[\d.,\s]*(?:%|\s(?:million|billion|millones|milhões|millions|in \d+|sur \d+|de cada \d+"
    r"|em cada \d+))?\s[–—]\s\S",
    re.IGNORECASE,
)


def _plain_figure_runs(lines: list[Line]) -> None:
    """Short lines that each open with a number and end without a full stop, two or more in a
    row or just above a source line: figures set apart, not sentences."""

    def plain(i: int) -> bool:
        text = lines[i].text.strip()
        # "312,000 – people who crossed …." : the value, a dash, its label, a full stop or not
        dashed = len(text.split()) <= 25 and VALUE_DASH.match(text)
        return (
            lines[i].role is Role.BODY
            and (dashed or (len(text.split()) <= 16 and not text.endswith((".", "!", "?"))))
            and figures.figure_from_line(text)[0] is not None
        )

    candidates = {i for i in range(len(lines)) if plain(i)}
    for index in sorted(candidates):
        near = [j for j in (index - 2, index - 1, index + 1, index + 2) if 0 <= j < len(lines)]
        if any(j in candidates or lines[j].role in (Role.FIGURE, Role.FIGURE_SOURCE) for j in near):
            _set(lines, index, Role.FIGURE, "a short line that is a key figure")
    # a short dated line between figures is the source of the one above it
    for index in range(1, len(lines) - 1):
        line = lines[index]
        under = line.role in (Role.BODY, Role.RELATED, Role.JUNK)
        under = under and lines[index - 1].role is Role.FIGURE and len(line.text.split()) <= 10
        if under and dates.ANY_DATE.search(line.text) and not line.text.rstrip().endswith("."):
            _set(lines, index, Role.FIGURE_SOURCE, "the source and date under a figure")


def _value_columns(lines: list[Line]) -> None:
    """Values, then as many labels (a table's columns copied from a PDF): figures in order."""
    index = 0
    while index < len(lines):
        values = index
        while (
            values < len(lines)
            and lines[values].role is Role.BODY
            and figures.value_only(lines[values].text)
        ):
            values += 1
        count = values - index
        labels = values
        while (
            labels < len(lines)
            and labels - values < count
            and lines[labels].role in (Role.BODY, Role.SUBHEAD)
            and _label_like(lines[labels].text)
        ):
            labels += 1
        if count >= 2 and labels - values == count:
            for n in range(index, labels):
                why = (
                    "a key figure's value"
                    if n < values
                    else "the label of a figure above, in order"
                )
                _set(lines, n, Role.FIGURE, why)
            index = labels
            continue
        index = max(values, index + 1)


def _label_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 16
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and not figures.value_only(text)
        and " | " not in text  # a table's header row, not a figure's label
    )


def _figure_pair(text: str) -> bool:
    if len(text.split()) > 60:
        return False
    parts = figure_parts(text)
    return len(parts) >= 2 and all(figures.figure_from_line(p)[0] for p in parts)


def figure_parts(text: str) -> list[str]:
    """Figures run together on one line: '4.5M people in need | 2.1M targeted', or one after
    another's source in brackets ('... (Cadre Harmonisé, mars 2024) 371,000 personnes ...')."""
    head = re.match(r"^(?P<h>[^:|·]{2,30}?)\s*:\s+(?=\S)", text)
    if head and FIGURES_HEADINGS.match(folded(head["h"])):
        text = text[head.end() :]  # "En chiffres : 10 200 volontaires · 49 comités ..."
    pieces = re.split(r"\s+[|·•]\s+|\s{3,}|(?<=\))\s+(?=(?:US\$|USD|CHF|\$)?\s?\d)", text)
    return [part for p in pieces if p.strip() for part in _stat_cards(p.strip())]


_LINKS = frozenset(
    "de del da do dos das a al ao e y et and of to from entre en em in on por para pour sur than"
    " que com con with more mais mas plus el la los las le les o os the um uma un una des du"
    " aged over under ate hasta jusqu until dans across within na no nas nos nel au aux at by per"
    " par".split()
)
_MONTH_WORD = (
    r"jan\w*|feb\w*|fev\w*|mar\w*|apr\w*|abr\w*|avr\w*|may\w*|mai\w*|jun\w*|juin|jul\w*"
    r"|juil\w*|aug\w*|ago\w*|aou\w*|sep\w*|set\w*|oct\w*|out\w*|nov\w*|dec\w*|dic\w*|dez\w*"
)


def _stat_cards(text: str) -> list[str]:
    """'4.780 pessoas interiorizadas 1.215 famílias acompanhadas 86 cidades de destino': stat
    cards run into one line, each a number and its words ('de 4 a 14 anos' stays whole)."""
    words = text.split()
    if not re.match(r"^\d", text) or sum(bool(re.fullmatch(r"\d[\d.,]*%?", w)) for w in words) < 2:
        return [text]
    cards: list[list[str]] = [[]]
    for index, word in enumerate(words):
        before = cards[-1][-1] if cards[-1] else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        new_card = (
            re.fullmatch(r"\d[\d.,]*%?", word)
            and len(cards[-1]) >= 3
            and before.isalpha()
            and before.islower()
            and folded(before) not in _LINKS
            and after.isalpha()
            and after.islower()
            and folded(after) not in _LINKS
            and not re.fullmatch(_MONTH_WORD, folded(after))
        )
        if new_card:
            cards.append([])
        cards[-1].append(word)
    return [" ".join(card) for card in cards]


def _table_row(text: str) -> tuple[Role, str]:
    cells = [c.strip() for c in text.split(" | ")]
    if any(figures.value_only(c) for c in cells) and any(
        _label_like(c) and not figures.value_only(c) for c in cells
    ):
        return Role.FIGURE, "a table row with a figure"
    if not any(re.search(r"\d", c) for c in cells) and all(len(c.split()) <= 4 for c in cells):
        return Role.JUNK, "a table's header row"
    return Role.BODY, "a table row"


ORGANISATION = re.compile(
    r"^(?:the )?(?:united nations|naciones unidas|nacoes unidas|nations unies|organizacao|organizacion"
    r"|organisation|organization|oficina|office|bureau|escritorio|programa|programme|program"
    r"|agencia|agency|agence|fondo|fundo|fonds|fund|plataforma|platform|consortium|consorcio"
    r"|red |network|reseau|grupo|group|medicos sin fronteras|medecins sans frontieres"
    r"|medicos sem fronteiras|doctors without borders|cruz roja|cruz vermelha|croix rouge|red cross"
    # a government's units over a report: "DIRECTION DE LA PROTECTION CIVILE – COORDINATION …"
    r"|direction (?:de la|du|des|generale)|direccion (?:de|del|general)|ministere (?:de|du|des)"
    r"|coordination departementale|coordinacion (?:departamental|regional)|secretariat (?:de|du)"
    r"|(?:unicef|unhcr|acnur|hcr|iom|oim|wfp|pam|ocha|r4v|gtrm|undp|pnud|unfpa)\b(?: \w+){0,3}$)"
)


_FURNITURE = (Role.JUNK, Role.KIND_LABEL, Role.DATE, Role.RELATED, Role.END_MARK, Role.EMBARGO)


def _among_junk(lines: list[Line]) -> None:
    """A fragment of a few words with site furniture on both sides is furniture too
    ("Format", "Source", "Posted" in a repository's side panel; a menu's stray word)."""

    def fragment(line: Line) -> bool:
        return (
            line.role in (Role.BODY, Role.SUBHEAD, Role.BULLET)
            and line.hint is not Hint.HEADING
            and len(line.text.split()) <= 4
            and not (line.role is Role.BULLET and re.search(r"\d", line.text))
            and not line.text.rstrip().endswith((".", "!", "?"))
        )

    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and fragment(lines[end]):
            end += 1
        if end > index:
            before = lines[index - 1].role if index else Role.JUNK
            after = lines[end].role if end < len(lines) else Role.JUNK
            # a page's side panel between the headline and the text: "Format", "Source"
            before_ok = before in _FURNITURE or (before is Role.TITLE and end - index == 1)
            # "MADAGASCAR: Tropical Cyclone Fenosoa" / "Landslide – Enga Province" over "Flash
            # Update No. 3": the event a report is named after, its headline
            event = (
                end - index == 1
                and after is Role.KIND_LABEL
                and re.search(r"\w:\s+\w|\w\s[–—-]\s\w", lines[index].text)
                and re.search(r"(?:no\.?|n\.?\s?[°º]|#)\s?\d", lines[end].text, re.IGNORECASE)
            )
            if before_ok and after in _FURNITURE and end - index <= 6 and not event:
                for n in range(index, end):
                    _set(lines, n, Role.JUNK, "a fragment among site furniture")
        index = max(end, index + 1)


def _title_again(lines: list[Line]) -> None:
    """The headline printed a second time (a page's header and its article both show it)."""
    title = next((line for line in lines if line.role is Role.TITLE), None)
    if title is None:
        return
    key = folded(title.text)
    with_site = re.compile(rf"{re.escape(title.text.strip())}\s+[|–—·-]\s+\S")
    above = True
    for index, line in enumerate(lines):
        above = above and line is not title
        if line is title or line.role not in (Role.BODY, Role.SUBHEAD):
            continue
        if abs(len(line.text) - len(title.text)) <= 10 and folded(line.text) == key:
            _set(lines, index, Role.JUNK, "the headline again")
        elif with_site.match(line.text.strip()):
            # "Casa de Passagem … | Cidade AC News – Notícias do Acre": the page's <title>, left
            # where its pictures' alt text was
            _set(lines, index, Role.JUNK, "the headline again, with the site's name")
        elif above and len(key) >= 30 and _ends_with_start_of(folded(line.text), key):
            # "InicioSección PoliticaLocalAbre Secretaría de …": a breadcrumb trail ending with
            # the page's own headline, cut short
            _set(lines, index, Role.JUNK, "a breadcrumb ending with the headline")


def _ends_with_start_of(text: str, key: str) -> bool:
    """'inicioseccion politicalocalabre secretaria de la frontera …': the line runs on into the
    headline's first 40 letters and stops somewhere in it."""
    at = text.find(key[:40])
    return at > 0 and key.startswith(text[at:].rstrip(". …"))


def _edges(lines: list[Line]) -> None:
    """Short lines above the headline are the site's (its name, a section, a menu), and so are
    short lines after the story's last paragraph and sections (a footer)."""
    title = next((i for i, line in enumerate(lines) if line.role is Role.TITLE), None)
    if title is not None:
        greeted = contents = False
        for index in range(title):
            line = lines[index]
            greeted = greeted or line.reason == "an e-mail's greeting or closing"
            # "En esta edición" over the newsletter's items: its table of contents
            if contents and line.role is Role.BULLET:
                _set(lines, index, Role.JUNK, "the newsletter's contents, above the headline")
                continue
            contents = bool(_CONTENTS.match(folded(line.text)))
            if line.role is Role.KIND_LABEL:
                greeted = False  # "MEDIA ADVISORY": the document itself starts here
            if greeted and line.role in (Role.BODY, Role.SUBHEAD):
                _set(lines, index, Role.JUNK, "the covering note of an e-mail, above the headline")
                continue
            sentence = (
                len(line.text.split()) >= 8
                and line.text.rstrip().endswith((".", "!", "?"))
                and not line.text.isupper()  # "FUNDACIÓN PARA LA JUSTICIA …, A.C.": a letterhead
            )
            if line.role in (Role.BODY, Role.SUBHEAD) and (
                (len(line.text.split()) <= 15 and not sentence) or _blurb(line.text)
            ):
                _set(lines, index, Role.JUNK, "above the headline: the site's furniture")
        _teasers_above(lines, title)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.role in _FURNITURE:
            continue
        # "ONUSIDA · Oficina Regional para América Latina y el Caribe · Ciudad de Panamá": a
        # footer's parts, set apart, run longer
        parts = len(re.findall(r"\s[·|]\s", line.text))
        short = len(line.text.split()) <= (30 if parts else 12) and not line.text.rstrip().endswith(
            (".", "!", "?", "”", '"')
        )
        if (
            line.role in (Role.BODY, Role.SUBHEAD)
            and short
            and not contacts.EMAIL.search(line.text)
        ):
            _set(lines, index, Role.JUNK, PAGE_FOOTER)
            continue
        break


_CONTENTS = re.compile(rf"^(?:{IN_THIS_ISSUE}|sumario|sommaire|indice|contents|table of contents)$")


def _teasers_above(lines: list[Line], title: int) -> None:
    """Above a web page's headline, under its menu: the site's motto between its name and its
    menu ("El portal de noticias donde …"), another story's headline with its teaser."""

    def furniture(index: int) -> bool:
        return index < 0 or lines[index].role in (Role.JUNK, Role.KIND_LABEL, Role.DATE)

    menu = _site_menu_above(lines, title)
    for index in range(title):
        line = lines[index]
        if line.role is not Role.BODY or len(line.text.split()) > 30:
            continue
        if index < menu and furniture(index - 1) and furniture(index + 1):
            _set(
                lines, index, Role.JUNK, "the site's motto among its furniture, above the headline"
            )
        elif (
            index > 0
            and lines[index - 1].role in (Role.SUBHEAD, Role.JUNK)
            and lines[index - 1].hint is Hint.HEADING
            and furniture(index - 2)
            and (index + 1 == title or furniture(index + 1))
        ):
            for n in (index - 1, index):
                _set(lines, n, Role.JUNK, "another story's headline and teaser, above the headline")


def _blurb(text: str) -> bool:
    """'NRC is an independent aid organisation that …', 'Reports from the field, straight to your
    inbox.': a site menu's blurb above the headline says what the organisation is or offers."""
    key = folded(text)
    return len(text.split()) <= 40 and bool(
        re.match(
            r"^(?:[\w ]{2,40} (?:is|es|e|est) (?:an?|una?|um|uma) [\w ]{0,30}"
            r"(?:organi[sz]ation|organizacion|organizacao|agency|agencia|agence|ong|ngo)"
            r"|(?:reports|news|stories|updates|noticias|historias|actualites)\b.{0,80}"
            r"\b(?:inbox|correo|e mail|email|courriel|caixa de entrada)\b"
            r"|(?:recibe|receba|recevez|get|sign up)\b.{0,80}\b(?:noticias|news|actualites"
            r"|novidades|updates)\b)",
            key,
        )
    )


# -- pass 3: the head: title, standfirst, dateline --------------------------------------------


def _head(lines: list[Line], page_title: str) -> None:
    first_body = next(
        (
            i
            for i, line in enumerate(lines)
            if line.role is Role.BODY and _is_body_paragraph(line.text)
        ),
        len(lines),
    )
    titled = [i for i, line in enumerate(lines) if line.role is Role.TITLE]
    if titled and (_name_only(lines[titled[0]].text) or _organisation(lines[titled[0]].text)):
        # "# Prefeitura de Petrópolis" / "Notícias" / "## Prefeitura e Acnur assinam acordo …":
        # the site's name set as its top heading; the story's headline is the next heading
        below = next(
            (
                i
                for i in range(titled[0] + 1, min(titled[0] + 5, len(lines)))
                if lines[i].role is Role.SUBHEAD
                and lines[i].hint is Hint.HEADING
                and len(lines[i].text.split()) >= 6
            ),
            None,
        )
        if below is not None:
            _set(lines, titled[0], Role.JUNK, "the site's name, set as its top heading")
            _set(lines, below, Role.TITLE, "the headline: the heading under the site's name")
            titled = [below, *titled[1:]]
    for extra in titled[1:]:
        _set(lines, extra, Role.SUBHEAD, "a second title-styled line")
    if titled:
        title_index = titled[0]
    else:
        title_index = _best_title(lines, first_body, page_title)
        if title_index is not None and _organisation(lines[title_index].text):
            # "Comissão Episcopal de Justiça, Paz e Cáritas" over "RELATÓRIO DE SITUAÇÃO N.º 7"
            # and the report's own headline: the letterhead, when a headline follows
            kept = list(lines)
            _set(lines, title_index, Role.JUNK, LETTERHEAD)
            other = _best_title(lines, first_body, page_title)
            if other is not None and other > title_index and len(lines[other].text.split()) >= 5:
                title_index = other
            else:
                lines[:] = kept
        if title_index is not None:
            _set(lines, title_index, Role.TITLE, lines[title_index].reason)
        else:
            _subject_for_title(lines)
    if title_index is not None and (named := _named_by_crumbs(lines, title_index)) is not None:
        _set(lines, title_index, Role.JUNK, "the site's name, above the page's breadcrumb trail")
        _set(lines, named, Role.TITLE, "the page's name: where its breadcrumb trail ends")
        title_index = named
    if (
        title_index is not None
        and title_index > 0
        and lines[title_index].text[:1].islower()
        and lines[title_index - 1].role in (Role.JUNK, Role.BODY, Role.SUBHEAD)
        and len(lines[title_index - 1].text.split()) <= 14
        and (
            re.search(
                r"(?::|\s(?:de|del|da|do|of|the|en|em|para|pour|sur|in|on|la|le))$",
                lines[title_index - 1].text.strip(),
                re.I,
            )
            or (  # "Northbound and southbound: Venezuelans" / "interviewed in Panama": a PDF's
                lines[title_index - 1].role in (Role.BODY, Role.SUBHEAD)  # headline, wrapped
                and not lines[title_index - 1].text.rstrip().endswith((".", "!", "?", ";", ","))
            )
        )
    ):  # "Población venezolana en la Argentina:" / "radicaciones y regularización"
        _set(lines, title_index - 1, Role.TITLE, "the headline (its next line goes on with it)")
        _set(lines, title_index, Role.TITLE, TITLE_CONTINUED)
    elif title_index is not None and _continues_title(lines, title_index):
        title_index += 1
        _set(lines, title_index, Role.TITLE, TITLE_CONTINUED)
    start = (title_index + 1) if title_index is not None else 0
    _head_fields(lines, start)
    _standfirst(lines, start)
    _dateline(lines, start)
    _place_alone(lines, start)


def _named_by_crumbs(lines: list[Line], title: int) -> int | None:
    """'Início / O CPR / Quem somos' and then 'QUEM SOMOS': the page's own name, where its
    breadcrumb trail ends, under a line taken for the headline above the trail (the site's
    name over its menu). A trail ending with a section ("News") names no page."""
    trail = next(
        (
            i
            for i in range(title + 1, min(title + 8, len(lines)))
            if lines[i].reason == "breadcrumbs"
        ),
        None,
    )
    if trail is None:
        return None
    key = folded(_BREADCRUMB.split(f" {lines[trail].text} ")[-1])
    if len(key) < 4 or key in KIND_LABELS or key in GENERIC_LABELS:
        return None
    return next(
        (
            i
            for i in range(trail + 1, min(trail + 3, len(lines)))
            if lines[i].role in (Role.BODY, Role.SUBHEAD) and folded(lines[i].text) == key
        ),
        None,
    )


_FIELD = re.compile(
    r"^(?P<label>[^:]{2,80}?)\s*:\s*(?P<value>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})$"
)


def _head_fields(lines: list[Line], start: int) -> None:
    """'Spokesperson for the High Commissioner: Name', 'Location: Geneva', 'Subject: Sudan':
    a page's fields between the headline and the text, not the story's words."""
    for index in range(start, min(start + 8, len(lines))):
        line = lines[index]
        if line.role is Role.BODY and _is_body_paragraph(line.text):
            return
        match = _FIELD.match(line.text.strip())
        if (
            line.role in (Role.BODY, Role.SUBHEAD)
            and match
            and not ADVISORY_LABEL.match(line.text)
            and not contacts.EMAIL.search(line.text)
            and len(match["label"].split()) <= 10
        ):
            place = folded(match["label"]) in ("location", "lieu", "lugar", "local", "place")
            if place and not any(other.role is Role.DATELINE for other in lines):
                _set(lines, index, Role.DATELINE, PLACE_FIELD)
            else:
                _set(lines, index, Role.JUNK, "a field of the page's header (label: value)")


def _title_case(text: str) -> bool:
    """Every longer word capitalised, as English headlines are set: 'Flee Mirebalais and …'."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long) and not text.isupper()


_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}")


def _slugs(text: str) -> bool:
    """'peixe-post-madeirao peixe-post-madeirao': nothing but a picture's file-name slugs."""
    return all(_SLUG.fullmatch(word) for word in text.split())


def _continues_title(lines: list[Line], index: int) -> bool:
    """'UNRWA Situation Report #7 on the flooding in' over 'northern Jordan camps': a headline
    copied from a PDF or an e-mail broken over two lines (the second starts in lower case)."""
    if index + 1 >= len(lines):
        return False
    title, after = lines[index].text.strip(), lines[index + 1]
    text = after.text.strip()
    # "… acolhida e integração de" / "refugiados e migrantes …": cut after a small word
    cut = re.search(
        r"\s(?:de|da|do|das|dos|del|la|le|les|des|du|of|the|and|for|in|on|to|e|y|et"
        r"|para|pour|en|em|no|na|a|au|aux|con|com|with|sur|sobre)$",
        title,
        re.I,
    )
    # "POPULAÇÃO … MIGRANTE FORA" / "DE ABRIGOS EM PACARAIMA – NOVEMBRO 2026": capitals throughout,
    # the second line opening on a small word
    capitals = (
        title.isupper()
        and text.isupper()
        and re.match(
            r"(?:de|da|do|das|dos|del|des|du|of|the|and|for|in|on|to|em|en|no|na)\s", text, re.I
        )
    )
    # "Displacement in Haiti's Centre Department Doubles as Families" / "Flee Mirebalais and
    # Saut-d'Eau": a headline in title case broken where a PDF's column ended
    titled = (
        _title_case(title)
        and _title_case(text)
        and len(title) >= 50  # the first line ran to the column's width
        and not re.search(r"[\d:|/,]", text)
        and len(text.split()) >= 3
        # a headline's own small words: "Flee Mirebalais and Saut-d'Eau"
        and re.search(r"\s(?:and|of|the|to|in|for|on|as|at|with|from|after|over)\s", f" {text} ")
        is not None
    )
    return (
        (after.role in (Role.BODY, Role.SUBHEAD) or (capitals and after.role is Role.RELATED))
        and 1 <= len(text.split()) <= (16 if cut or capitals else 10)
        and (text[:1].islower() or bool(cut) or bool(capitals) or titled)
        and not text.endswith((".", ":", ";"))
        and not title.endswith((".", ":", "!", "?"))
        and len((title + " " + text).split()) <= MAX_TITLE_WORDS
        and len(dates.date_in(text)) < 10  # "diciembre 4, 2026 · Sin comentarios": its meta line
        and not _slugs(text)  # "peixe-post-madeirao": a picture's
    )


def _is_body_paragraph(text: str) -> bool:
    words = text.split()
    return len(words) > MAX_TITLE_WORDS or (
        len(words) >= 12 and text.rstrip().endswith((".", "!", "?", "”", '"', "»"))
    )


def _best_title(lines: list[Line], first_body: int, page_title: str) -> int | None:
    """The line a reader would call the headline: among the short lines before the story's
    text starts, the one with the headline's shape and a headline's neighbours (a kind label or
    date above it; a date, byline, standfirst or the story's first paragraphs below it), not a
    menu heading over its blurb."""
    wanted = _title_parts(page_title)
    limit = _story_start(lines, first_body)
    best, best_score, best_reason = None, 0.0, ""
    candidates = [
        i
        for i in range(min(limit + 1, len(lines)))
        if (lines[i].role in (Role.BODY, Role.SUBHEAD) and lines[i].reason != NUMBERED_SECTION)
        or _quoted_headline(lines[i])
    ]
    story = _stems(
        " ".join(
            line.text for line in lines if line.role is Role.BODY and _is_body_paragraph(line.text)
        )[:4000]
    )
    for rank, index in enumerate(candidates):
        text = lines[index].text.strip()
        score, reason = _title_score(text, wanted)
        if rank == 0 and _quoted_headline(lines[index]):
            # the page's first line, a quotation: an interview's headline
            score, reason = 3.0, "the headline: the words it quotes, over the text"
        if score <= 0 or (reason == SPEECH_TITLE and best is not None):
            continue  # a speech's title under a headline is its standfirst
        score += _neighbours_score(lines, index, limit) - 0.15 * rank
        score += _topic_score(text, story)
        if index + 1 < len(lines) and _credit_only(lines[index + 1].text):
            score -= 2  # "Migrantes a bordo de um navio …" over "© Lusa": a photo's caption
        if index and re.match(r"^[^:]{2,30}\s?:$", lines[index - 1].text.strip()):
            score -= 3  # "Intervenant(s) :" over "Name - Ministre …": a field's value
        if ABOUT_TITLE.fullmatch(folded(text).strip()):
            score += 2  # "QUI SOMMES-NOUS ?" over the text: the page's own name
        if score > best_score:
            best, best_score, best_reason = index, score, reason
    if best is not None and (above := _headline_above(lines, best, wanted, story)) is not None:
        best, best_reason = above, "the headline: the line over its subtitle"
    if best is not None:
        _set(lines, best, lines[best].role, best_reason)
    return best


def _quoted_headline(line: Line) -> bool:
    """'“Lo que más necesita la gente que llega a Tapachula es información clara”': an
    interview's headline, the words it quotes, short and without a full stop."""
    text = line.text.strip()
    words = text.split()
    return (
        line.role in (Role.QUOTE, Role.BODY)
        and 4 <= len(words) <= 20
        and text[:1] in '“"«'
        and not re.search(r"[.!?…,;]\W*$", text)
        # words said, not a name or a motto in capitals ('"Decenio de la Igualdad de …"')
        and sum(w.lstrip('“"«')[:1].isupper() for w in words) * 3 < len(words)
    )


def _stems(text: str) -> set[str]:
    """The text's content words, cut to five letters (a poor man's stem in four languages)."""
    words = re.findall(r"[^\W\d_]{4,}", folded(text))
    return {w[:5] for w in words if w not in _SMALL_WORDS}


_SMALL_WORDS = frozenset(
    "this that with from have were which their there about will your more para pour como"
    " esta este estas estos sobre entre desde pero tambien dans avec sont leur leurs nous vous"
    " mais plus cette comme sera seront isso essa esse mais pela pelo pelos pelas".split()
)


def _topic_score(text: str, story: set[str]) -> float:
    """A headline speaks of what the story speaks of (its people, places and subject); a menu,
    a share row, a credit or a byline shares no word with the text under it."""
    if not story:
        return 0.0
    shared = len(_stems(text) & story)
    if shared == 0 and len(text.split()) >= 3:
        return -1.5
    return 0.5 * min(shared, 4)


def _headline_above(lines: list[Line], index: int, wanted: set[str], story: set[str]) -> int | None:
    """Two headline-like lines in a row: the first is the headline, the second its subtitle
    (which sits nearer the text, so scored higher alone)."""
    above = index - 1
    if above < 0 or lines[above].role not in (Role.BODY, Role.SUBHEAD):
        return None
    text, below = lines[above].text.strip(), lines[index].text.strip()
    if any(folded(below) == part for part in wanted):
        return None  # the page's <title> names the lower line
    score, _ = _title_score(text, wanted)
    if _topic_score(text, story) < 0 < _topic_score(below, story):
        return None  # "Nation & World News" over the headline: a section, not a headline
    words = text.split()
    if score < 3 or len(words) < 4 or text.isupper() or _junk_reason(text, folded(text), words):
        return None
    return above


_QUIET = (Role.JUNK, Role.KIND_LABEL, Role.END_MARK, Role.RELATED, Role.EMBARGO)


def _story_start(lines: list[Line], first_body: int) -> int:
    """Where the story's own text begins: its dateline paragraph, else the first of two
    paragraphs in a row (a menu's blurb stands alone between headings)."""
    for index, line in enumerate(lines):
        if line.role is Role.BODY and dateline_match(line.text):
            return index
    paragraphs = [
        i
        for i, line in enumerate(lines)
        if line.role is Role.BODY and _is_body_paragraph(line.text)
    ]
    for here, there in zip(paragraphs, paragraphs[1:], strict=False):
        between = [lines[i].role for i in range(here + 1, there)]
        if all(
            role in (*_QUIET, Role.PICTURE, Role.CAPTION, Role.CREDIT, Role.QUOTE)
            for role in between
        ):
            return here
    return first_body


def _neighbours_score(lines: list[Line], index: int, limit: int) -> float:
    before = next(
        (lines[i] for i in range(index - 1, -1, -1) if lines[i].role is not Role.JUNK), None
    )
    # the next three lines that say something, by where they stand (two lines may read alike)
    places = [i for i in range(index + 1, len(lines)) if lines[i].role not in _QUIET][:3]
    after = [lines[i] for i in places]
    score = 0.0
    if before is not None and before.role in (Role.KIND_LABEL, Role.DATE, Role.EMBARGO):
        score += 1
    if after and after[0].role in (Role.DATE, Role.BYLINE, Role.PICTURE, Role.CAPTION, Role.CREDIT):
        score += 1
    if after and places[0] == limit:
        score += 1.5  # the story's first paragraph follows at once
    elif len(after) >= 2 and places[1] == limit and after[0].role is Role.BODY:
        score += 1  # a standfirst stands between
    if (
        len(after) >= 2
        and after[0].role is Role.BODY
        and _is_body_paragraph(after[0].text)
        and after[1].role in (Role.BODY, Role.SUBHEAD)
        and not _is_body_paragraph(after[1].text)
        and places[0] != limit
    ):
        score -= 1.5  # a menu heading over its blurb, then the next heading
    return score


RUBRIC = re.compile(r"^[A-ZÀ-Þ]{3,}(?:\s[A-ZÀ-Þ]{2,}){0,2}\s+[–—-]\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _title_parts(page_title: str) -> set[str]:
    """A page's <title> or an e-mail's subject, and each of its parts of three words or more
    ('Headline | Site', 'Flash update #2 | Storm response in Nampula')."""
    if not page_title:
        return set()
    parts = [page_title, *re.split(r"\s+[|–—]\s+|\s+-\s+", page_title)]
    return {folded(p) for p in parts if len(p.split()) >= 3 or p == page_title}


_SPEECH_TITLE = re.compile(
    r"^(?:D[ée]claration|Discours|Allocution|Intervention|Statement|Remarks|Speech|Address"
    r"|Discurso|Palabras|Declaraci[óo]n|Intervenci[óo]n|Pronunciamento|Declara[çc][ãa]o)"
    r" (?:de|du|des|by|of|del|da|do) (?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.?|Sra\.?)\s+|la |el |o |a |the )?"
    r"[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ][\w'’-]+.{10,}$"
)


# the small words a name keeps in lower case ("Ministerio de Desarrollo Social y Familia")
_NAME_SMALL_WORDS = frozenset("de del da do dos das des du la le y e et of the and".split())
# and those an organisation's longer name adds ("… de Réinsertion des Réfugiés et des …")
_ORGANISATION_SMALL_WORDS = _NAME_SMALL_WORDS | frozenset("les for pour para en em in à a".split())


def _name_only(text: str) -> bool:
    """'Prefeitura de Petrópolis', 'Ministerio de Desarrollo Social y Familia': a public body's
    name and nothing else (no verb, every word but the small ones capitalised)."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and institution_named(text)
        and all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words)
        and not text.rstrip().endswith((".", ":", "!", "?"))
    )


_ORGANISATION_WORDS = frozenset(
    "network red rede blog foundation fundacion fundacao fondation association associacao "
    "asociacion society sociedad sociedade caritas cross cruz croix federation federacion "
    "federacao alliance alianza coalition coalicion coalizao ong ngo "
    # a church's and a broadcaster's or paper's name: "Pastoral Social – Casa de Paso …",
    # "Rádio Comunitária Vale FM 87,9 – A voz do Vale do Itajaí"
    "pastoral diocesis diocese arquidiocesis arquidiocese archdiocese parroquia paroquia "
    "paroisse parish radio revista jornal diario periodico televisao television tv".split()
)


def _organisation(text: str) -> bool:
    """'Te Mauri Youth Network', 'Blog do Ailton Rocha', 'Commission Nationale d'Accueil, de
    Réinsertion des Réfugiés et des Rapatriés (CNARR)': an organisation's name, every word
    capitalised but the small ones, no number, no sentence."""
    words = re.sub(r"\s*\([A-Z]{2,10}\)$", "", text.strip())
    words = re.sub(r"\s[·|–—-]\s|,", " ", words).split()  # "PERÚ · Ministerio · Instituto …"
    bare = re.sub(r"\b(?:FM|AM)\s?\d{2,4}(?:[.,]\d)?\b", "FM", text.strip())  # a frequency
    if not 2 <= len(words) <= 14 or re.search(r"\d|[.:!?;]$", bare):
        return False
    if not all(
        w[:1].isupper() or w.lower() in _ORGANISATION_SMALL_WORDS or re.match(r"[dl][’']\w", w)
        for w in words
    ):
        # "Rádio Comunitária Vale FM 87,9 – A voz do Vale do Itajaí": the name, then its motto
        name, dash, motto = bare.partition(" – ")
        return bool(dash) and len(motto.split()) <= 10 and _organisation(name)
    keys = {folded(w) for w in words}
    # "Sistema Nacional de Emergencias – Presidencia de la República": each part may name it
    parts = re.split(r"\s[·|–—-]\s", text.strip())
    return bool(keys & _ORGANISATION_WORDS) or any(institution_named(part) for part in parts)


def _title_score(text: str, wanted: set[str]) -> tuple[float, str]:
    if _WEB_ADDRESS.search(text):  # "Integration in the media https://…/statement-on-…"
        return 0.0, ""
    line = RUBRIC.sub("", re.sub(r"(\[\d{1,3}\])+$", "", text))
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return 0, ""
    opened = line[:1] in '“"«' and not re.match(r'^[“"«][^”"»]{2,60}[”"»]\s*:\s+\S', line)
    # "Déclaration de Mme …, sur …, au Sénat le 2 décembre 2026.": a speech's catalogue title
    # ends with its full stop
    spoken = line.endswith(".") and bool(_SPEECH_TITLE.match(line))
    if (line.endswith((".", ",", ";", ":")) and not spoken) or blocks.is_pure_quote(line) or opened:
        return 0, ""  # a quotation; '"Nowhere to sleep": children in …' is a headline
    if _ITEM.match(line):
        return 0, ""  # "When: Tuesday 10 November, 10.30": an advisory's item, not its headline
    dated = blocks.DATELINE.match(line)  # "Déplacements internes – Département du Centre" is a
    if dated and (dated["date"] or len(dated["rest"].split()) > 15):  # headline; "GENEVA – …" not
        return 0, ""
    if blocks.BULLET.match(line) or GLYPH_BULLET.match(line):
        return 0, ""
    key = folded(line)
    if any(key == part or (len(part) > 20 and key.startswith(part)) for part in wanted):
        return 10, "the headline (the page's <title> says so)"
    score = 2.0
    if 4 <= len(words) <= 22:
        score += 1
    elif len(words) <= 2:
        score -= 1.2
    if line.isupper() and len(words) <= 6:
        score -= 1
    elif len(words) <= 5 and all(w[:1].isupper() for w in words if w[:1].isalnum()):
        score -= 1.5  # "Serviços Transparência Ouvidoria": a menu, not a sentence
    if re.fullmatch(r"\d{1,5}[A-Za-z]? [A-ZÀ-Þ][\w'’. -]+, [A-ZÀ-Þ][\w' -]+?(?: \d{1,6})?", line):
        score -= 3  # "104 Dharmapala Mawatha, Colombo 07": the letterhead's address
    if SITREP_HEADINGS.match(folded(line)) or HIGHLIGHTS.match(folded(line)):
        score -= 3  # "Situation overview", "Highlights": a report's section, not its headline
    if " | " in line:
        score -= 1.5
    if line.isupper() and re.search(r"\([A-ZÀ-Þ]{2,10}\)$", line):
        score -= 2  # "COMMISSION NATIONALE … (CNARR)": the organisation's name, a letterhead
    if _name_only(line):
        score -= 2  # "Ministerio de Desarrollo Social y Familia": the site's name over its news
    label, colon, value = line.partition(":")
    named = value.split() and all(w[:1].isupper() for w in value.split())
    if colon and len(value.split()) <= 3 and named and not line.isupper():
        score -= 2  # "Location: Geneva", "Spokesperson for the High Commissioner: Name": a field
    if spoken:
        return score + 2, SPEECH_TITLE
    return score, "the headline: a short line without a full stop before the first paragraph"


def _standfirst(lines: list[Line], start: int) -> None:
    """A paragraph between the title and the dateline, or set in bold as a lead."""
    candidates = [
        i
        for i in range(start, len(lines))
        if lines[i].role
        not in (
            Role.JUNK,
            Role.KIND_LABEL,
            Role.DATE,
            Role.BYLINE,
            Role.EMBARGO,
            Role.PICTURE,
            Role.CAPTION,
            Role.CREDIT,
        )
    ]
    title = folded(lines[start - 1].text) if start else ""
    # the headline printed again (a page's header and its article both show it) is no lead
    candidates = [i for i in candidates if folded(lines[i].text) != title]
    if not candidates or start == 0:
        return
    index = candidates[0]
    line = lines[index]
    after = candidates[1] if len(candidates) > 1 else None
    # one list item right under the headline, no list after it: the page's summary line
    lone_bullet = (
        line.role is Role.BULLET
        and index == start
        and 6 <= len(line.text.split()) <= 45
        and (after is None or lines[after].role is not Role.BULLET)
    )
    if lone_bullet:
        _set(lines, index, Role.STANDFIRST, "the standfirst: the one summary item under the title")
        return
    set_off = (
        line.role is Role.QUOTE
        and line.hint is Hint.QUOTE
        and not line.text.lstrip().startswith(("“", '"', "«", "‘"))
        and 12 <= len(line.text.split()) <= 70
        and index - start <= 2
    )  # "> Este informe recoge …" set off under the headline: a lead, not a quotation
    if set_off:
        _set(lines, index, Role.STANDFIRST, "the standfirst: set off under the title")
        return
    deck = (
        line.role is Role.SUBHEAD
        and index == start
        and 6 <= len(line.text.split()) <= 30
        and not line.text.rstrip().endswith((":", "?"))
        and after is not None
        and lines[after].role in (Role.BODY, Role.DATELINE)
        # a full paragraph, or the place and date on their own line ("Dinant, le 7 décembre –")
        and (len(lines[after].text.split()) >= 15 or lines[after].role is Role.DATELINE)
    )  # "## Students from Kenya, Uganda and Jordan start …" under the "# headline": its deck
    if deck:
        _set(
            lines, index, Role.STANDFIRST, "the standfirst: a deck set as a heading under the title"
        )
        return
    if line.role is not Role.BODY or len(line.text.split()) > 70 or dateline_match(line.text):
        return
    if line.text.rstrip().endswith(":") or len(line.text.split()) < 5:
        return  # "WHAT:", "En chiffres": a label, not a lead
    bold = bool(line.spans) and all(s.bold for s in line.spans if s.text.strip())
    after = candidates[1] if len(candidates) > 1 else None
    before_dateline = (
        after is not None and lines[after].role is Role.BODY and dateline_match(lines[after].text)
    )
    between = [lines[i].role for i in range(index + 1, after)] if after is not None else []
    count = len(line.text.split())
    # a full lead, or a subtitle right under the headline without its full stop
    lead = 12 <= count <= 45 and line.text.rstrip().endswith((".", "!", "?"))
    subtitle = index == start and 6 <= count <= 30
    set_apart = (
        any(role in (Role.DATE, Role.BYLINE) for role in between)
        and (lead or subtitle)
        and index - start <= 3
    )
    # "Declaración de Name, directora de …, sobre …": a lead saying whose statement follows
    whose = (
        after is not None
        and lines[after].role is Role.BODY
        and STATEMENT_OPENING.match(folded(line.text))
        and 10 <= count <= 45
        and line.text.rstrip().endswith(".")
        and not line.text.lstrip().startswith(("“", '"', "«"))
        and re.search(r"\b(?:sobre|on|sur|about|acerca de|a respeito de)\b", line.text)
    )
    # a deck without its full stop right under the headline, a full paragraph after it:
    # "Novo gabinete funciona no Centro Coordenador e atende às terças e quintas-feiras"
    deck = (
        index - start <= 2
        and 8 <= count <= 40
        and not line.text.rstrip().endswith((".", "!", "?", ":", ";", "”", '"', "»"))
        and after is not None
        and lines[after].role in (Role.BODY, Role.DATELINE)
        and _is_body_paragraph(lines[after].text)
    )
    if bold or before_dateline or set_apart or whose or deck:
        why = (
            "set in bold under the title"
            if bold
            else "between the title and the dateline"
            if before_dateline
            else "under the title, set apart from the text by the page's date or byline"
        )
        _set(lines, index, Role.STANDFIRST, f"the standfirst: {why}")


def _place_alone(lines: list[Line], start: int) -> None:
    """'Tegucigalpa' on a line of its own beside the date line: where the story was filed."""
    if any(line.role is Role.DATELINE for line in lines):
        return
    for index in range(min(start + 4, len(lines))):
        line = lines[index]
        words = line.text.split()
        if not (1 <= len(words) <= 3 and line.role in (Role.BODY, Role.SUBHEAD, Role.JUNK)):
            continue
        if line.hint is Hint.HEADING:  # "Contexto" set as a heading opens a section
            continue
        if line.role is Role.JUNK and not line.reason.startswith(
            ("a fragment", "above the headline")
        ):
            continue
        near = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        beside = [lines[i].role for i in near]
        # "Situation Report | 6 December 2026" over "Kabul, Afghanistan": a label with its date
        dated_label = any(
            lines[i].role is Role.KIND_LABEL and len(dates.date_in(lines[i].text)) == 10
            for i in near
        )
        text = line.text.rstrip().removesuffix(".")
        named = all(
            w[:1].isupper() or w in ("de", "da", "do", "del", "la", "el") for w in text.split()
        ) and not re.search(r"[\d:|@/]", text)
        key = folded(line.text)
        heading = HIGHLIGHTS.match(key) or SITREP_HEADINGS.match(key) or FIGURES_HEADINGS.match(key)
        other = _not_a_place(text) or heading or key in dates.STAMP_WORDS or key in NAV_WORDS
        # "Maicao, La Guajira." on its own line before the first paragraph: the place, so stopped
        stopped = line.text.rstrip().endswith(".") and "," in text and line.role is Role.BODY
        below = lines[index + 1] if index + 1 < len(lines) else None
        if (
            below is not None
            and below.reason == DATE_AND_READING_TIME
            and contacts.looks_like_name(text)
        ):  # "Inês Barroso Lemos" over "2 de dez. de 2026 · 5 min de leitura": the post's writer
            _set(lines, index, Role.BYLINE, "the writer, over the post's date and reading time")
            continue
        if (Role.DATE in beside or dated_label or stopped) and named and not other:
            _set(lines, index, Role.DATELINE, "the place it was filed from, on a line of its own")
            return


def _dateline(lines: list[Line], start: int) -> None:
    """The dateline opens one of the story's first paragraphs (short lines between them, a
    menu's leftovers, do not count)."""
    paragraphs = 0
    for index in range(start, len(lines)):
        if lines[index].role is not Role.BODY:
            continue
        if dateline_match(lines[index].text):
            _set(lines, index, Role.DATELINE, "opens with the place (and date) it was filed from")
            return
        if author_and_place(lines[index].text):
            _set(lines, index, Role.DATELINE, "opens with its writer and the place filed from")
            return
        if date_first(lines[index].text):
            _set(lines, index, Role.DATELINE, "opens with the date it was issued")
            return
        paragraphs += len(lines[index].text.split()) >= 12
        if paragraphs >= 3:
            return


_CONNECT = r"(?i:de|del|da|do|dos|das|la|le|les|el|y|e|et|sur|au|en|of|and)"
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PLACE = rf"{_PLACE_WORD}(?:(?:\s+{_CONNECT})?\s+{_PLACE_WORD}|\s?/\s?{_PLACE_WORD}|-{_PLACE_WORD}){{0,4}}(?:,\s*{_PLACE_WORD}(?:(?:\s+{_CONNECT})?\s+{_PLACE_WORD}){{0,3}}){{0,2}}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})\s*(?:\((?P<org1>[^)]{{2,30}})\)\s*)?(?:(?:[,;]\s*|\s+)(?P<date>(?i:{dates.DATE_WORDS}|{dates.DATE_NUMERIC}"
    rf"|(?:{blocks._MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:de\s+)?(?:{blocks._MONTH})\b)))?"
    rf"(?:\.?\s*\((?P<org>[^)]{{2,30}})\))?(?:\s*/(?P<wire>[A-Z][\w -]{{1,30}})/)?(?P<dash>\s+[–—-]{{1,2}}\s+|\s*[–—]{{1,2}}\s*|\.-\s*|\s*\.\s*[–—-]\s+|\s*[.:]\s+"
    rf"|(?<=\))\s+)(?:\((?P<date2>(?i:{dates.DATE_WORDS}|{dates.DATE_NUMERIC}))\)\s*)?(?P<rest>\S.*)$"
)


# "DECEMBER 4, 2026 – Today, the American Red Cross …": a release dated, not placed
_DATE_FIRST = re.compile(
    rf"^(?P<date>(?i:{dates.DATE_WORDS}|{dates.DATE_NUMERIC}))\s*[–—-]{{1,2}}\s+(?P<rest>\S.*)$"
)


def date_first(text: str) -> re.Match | None:
    """A paragraph opening with its full date and a dash, then eight words or more."""
    found = _DATE_FIRST.match(text)
    if found and len(dates.date_in(found["date"])) == 10 and len(found["rest"].split()) >= 8:
        return found
    return None


# Canada's and others' line: the date, then the place, then the department that issued it:
# "May 14, 2024 - Ottawa, Ontario - Global Affairs Canada", "Le 14 mai 2024 – Ottawa (Ontario)"
DATE_THEN_PLACE = re.compile(
    rf"^(?:(?i:le|el|o|the|on)\s+)?(?P<date>(?i:{dates.DATE_WORDS}|{dates.DATE_NUMERIC}))\s*[–—-]{{1,2}}\s*"
    rf"(?P<place>{_PLACE}(?:\s*\([A-ZÀ-Þ][^)]{{1,30}}\))?)(?:\s*[–—-]{{1,2}}\s*(?P<org>[^–—]{{2,80}}))?\s*\.?$"
)


# the office's social handle before the text: "Bogotá, 9 de abril de 2025 - @CancilleriaCol. Los…"
HANDLE_FIRST = re.compile(r"^@\w{2,40}\.?\s+")


PLACE_AND_DATE = re.compile(
    # a signed paper's closing: "Fait à Delmas, le 3 décembre 2026", "Hecho en Lima, …"
    rf"^(?:(?i:fait|hecho|feito|dado|dada|done|given)\s+(?i:à|a|en|em|in|at)\s+)?(?P<place>{_PLACE}(?:\s\([A-ZÀ-Þ][^)]{{1,30}}\))?)(?:,?\s+|\s+[–—-]\s+(?=(?:(?i:le|el|o|the|a|em)\s+)?\d{{1,2}}\b))(?:(?i:le|el|o|the|a|em)\s+)?(?P<date>(?i:{dates.DATE_WORDS}|{dates.DATE_NUMERIC}))"
    # "Dinant, le 7 décembre 2026 –": the dash the first paragraph would go on after
    r"(?:,?\s*(?:[–—-]\s*)?(?:a las\s*|às\s*|at\s*)?\d{1,2}[:h.]\d{2}\s*(?i:horas|hrs|h|hs)?)?\s*(?:\.|\s[–—-])?$"
)


# a wire's dateline on its own line: 'MADRID, 12 (EUROPA PRESS)', 'GINEBRA (EFE)', and at the
# end of a wire's copy: 'Bogotá, 13 feb (EFE).'
AGENCY_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),?\s*(?:\d{{1,2}}\s*(?:(?i:{blocks._MONTH})\.?\s*)?)?\((?P<agency>[A-ZÀ-Þ][A-ZÀ-Þ .&-]{{1,30}})\)\s*[-–—.]?\s*$"
)


# a news agency's time, place and day without the year: '18:46 | Tumbes, jun. 27.'
TIMED_DATELINE = re.compile(
    rf"^\d{{1,2}}[:h]\d{{2}}\s*[|·•-]\s*(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),\s+"
    rf"(?P<date>(?i:(?:{blocks._MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?(?:{blocks._MONTH})\.?))\s*\.?$"
)


def _not_a_place(place: str) -> bool:
    """'News Stories', 'Press release': a site's words where a dateline's place would be."""
    words = folded(place).split()
    return (
        all(w in MENU_WORDS or w in SECTION_WORDS or w in _DATED_BY for w in words)
        or folded(place) in KIND_LABELS
        # "Galerias Boa Vista": the gallery section's name, then its place tag
        or (len(words) >= 2 and words[0] in _GALLERIES)
    )


_GALLERIES = frozenset("galerias galeria galeries galerie galleries gallery fotos videos".split())


# "Prononcé le 2 décembre", "Publicado el …", "Posted on …": how a page says when, not where
_DATED_BY = frozenset(
    "prononce prononcee publie publiee publicado publicada posted published actualizado "
    "atualizado atualizada actualise delivered pronunciado pronunciada emitido emitida "
    # "Fundada el 26 de octubre de 1928": a letterhead's founding date
    "fundada fundado founded fondee fonde established creada creado criada criado".split()
)


# A newspaper's sections, where a dateline's place would stand ("Société | 14 février 2025")
SECTION_WORDS = frozenset(
    "societe politique economie monde culture sport sports sante international internacional "
    "sociedad politica economia mundo cultura deportes salud nacional national regional local "
    "opinion opiniao actualite actualidad atualidade cotidiano cidades ciudad diaspora editorial "
    "justicia justica justice education educacion educacao".split()
)


# the writer, then the place, glued to the text: "Ruperto Nsue Mangue.- Malabo. Las delegaciones …"
AUTHOR_PLACE_FIRST = re.compile(
    rf"^(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de |da |del )?[A-ZÀ-Þ][\w'’-]+){{1,4}})\.-\s*"
    rf"(?P<place>{_PLACE})\.\s+(?P<rest>[A-ZÀ-Þ¿¡“\"«].*)$"
)


def author_and_place(text: str) -> re.Match | None:
    match = AUTHOR_PLACE_FIRST.match(text)
    if match is None or not contacts.looks_like_name(match["who"]) or _not_a_place(match["place"]):
        return None
    return match if len(match["rest"].split()) >= 8 else None


def dateline_match(text: str) -> re.Match | None:
    # "*New York, NY, December 3, 2026,* Marisol …": the dateline set in italics
    text = re.sub(r"^[*_]{1,2}([^*_\n]{5,80}?),?[*_]{1,2}\s+(?=\S)", r"\1 — ", text)
    # "PANAMA CITY-The ministers …": a hyphen against the place in capitals
    text = re.sub(r"^([A-ZÀ-Þ][A-ZÀ-Þ .,'’]{2,40}[A-ZÀ-Þ])-(?=[A-ZÀ-Þ][a-zà-ÿ])", r"\1 — ", text)
    match = DATELINE.match(text)
    if not match or len(match.group("rest").split()) < 3:
        return None
    place, rest = match.group("place"), HANDLE_FIRST.sub("", match.group("rest"))
    dash = match.group("dash").strip()
    if not dash and not (match.group("org") or match.group("org1")):
        return None
    if (
        not match.group("date")
        and len(rest.split()) < 20
        and not rest.rstrip().endswith((".", "!", "?", "”", '"'))
    ):
        return None  # "ACOLHIMENTO – Prefeitura amplia Casa de Passagem": a rubric over a headline
    capitals = len(place.split()[0]) >= 4 and place.split()[0].isupper()
    regional = "," in place and len(place.split()) <= 4  # "Metetí, Darién. El Ministerio …"
    if (
        dash in (".", ":")
        and not match.group("date")
        and not ((capitals or regional) and dash == ".")
    ):
        # "Madrid, 20 de enero de 2025. La ..." needs its date to be a dateline, unless its
        # place is set in capitals ("CIUDAD JUÁREZ, Chihuahua. Los dos albergues …") or names
        # its region
        return None
    if _not_a_place(place):
        return None
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "“\"«¡¿'"):
        return None  # "DRAFT – not for publication before review": a note, not a story
    if len(rest.split()) >= 2 and all(w.isupper() and len(w) > 1 for w in rest.split()[:2]):
        return None  # "WORLD FOOD PROGRAMME – OFFICE IN GUATEMALA": a letterhead
    if SITE_NAMES.fullmatch(folded(place)):
        return None
    if len(place.split()) > (8 if "," in place else 6):  # "San José de Cúcuta, Norte de Santander"
        return None
    return match


# -- the body: quotes and subheads among plain text ------------------------------------------


def _body(lines: list[Line]) -> None:
    """Among plain text: pure quotes, short heading-like lines between paragraphs."""
    body_seen = False
    kept = [i for i, line in enumerate(lines) if line.role not in DROPPED_ROLES]
    last_text = kept[-1] if kept else -1
    for index, line in enumerate(lines):
        if line.role is not Role.BODY:
            body_seen = body_seen or line.role in (Role.DATELINE, Role.STANDFIRST)
            continue
        if re.fullmatch(r"\d{1,7}", line.text.strip()):
            _set(lines, index, Role.JUNK, "a number alone (a view count or a page number)")
            continue
        if blocks.is_pure_quote(line.text):
            _set(lines, index, Role.QUOTE, "a paragraph that is one quotation")
        elif (
            blocks.is_heading(line.text)
            and index != last_text
            and (body_seen or _section_name(line.text))
            and not ADVISORY_LABEL.match(line.text)  # "WHEN: 5 June, 10:00" is an item
        ):
            _set(lines, index, Role.SUBHEAD, "a short line without a full stop, between paragraphs")
        body_seen = True


def _section_name(text: str) -> bool:
    """'Panorama de la situación', 'Highlights', 'Key figures': a report's own section names."""
    key = folded(text)
    return bool(SITREP_HEADINGS.match(key) or HIGHLIGHTS.match(key) or FIGURES_HEADINGS.match(key))


_KEPT_TEXT = (
    Role.BODY, Role.QUOTE, Role.BULLET, Role.DATELINE, Role.STANDFIRST, Role.PICTURE, Role.CAPTION,
    Role.CREDIT,
)  # fmt: skip


def _first_page_header(lines: list[Line]) -> None:
    """A PDF's running header, found with its page number on a later page, is its header on
    the first page too, where it stands without the number (and perhaps with more of the
    letterhead run into it)."""
    keys = set()
    for line in lines:
        if line.role is Role.JUNK and re.search(
            r"running header|page footer|page marker", line.reason
        ):
            bare = re.sub(
                r"\b(?:page|pagina|página|pag|p)\.?\s*\d{1,3}(?:\s*(?:of|de|sur|/)\s*\d{1,3})?\b"
                r"|\|\s*\d{1,3}\s*$|\b\d{1,3}\s*$",
                " ",
                line.text,
                flags=re.I,
            )
            if len(key := folded(bare)) >= 15:
                keys.add(key)
    if not keys:
        return
    for index, line in enumerate(lines):
        if line.role in (Role.BODY, Role.SUBHEAD) and len(line.text.split()) <= 25:
            key = folded(line.text)
            if any(key.startswith(k) for k in keys):
                _set(lines, index, Role.JUNK, "the running header, on the first page")


def _empty_headings(lines: list[Line]) -> None:
    """A heading whose section keeps nothing in the story ("Key figures" over figures that go
    to the kit's figures, "Media" over the contacts, "Aperçu" over a box of numbers) heads
    nothing once the story is assembled: it is the page's furniture."""
    for index, line in enumerate(lines):
        label = (
            line.role is Role.BODY
            and line.text.rstrip().endswith(":")
            and len(line.text.split()) <= 12
        )  # "Datos de la jornada del 1 al 10 de julio:" over the figures
        # "Big picture" over "More than 22 million – people …": a group's name over its figures
        label = label or (
            line.role is Role.BODY
            and len(line.text.split()) <= 4
            and not line.text.rstrip().endswith((".", "!", "?", ","))
        )
        if label:
            run = list(itertools.takewhile(
                lambda other: other.role in (Role.FIGURE, Role.FIGURE_SOURCE, Role.FOOTNOTE),
                lines[index + 1 :],
            ))  # fmt: skip
            if sum(other.role is Role.FIGURE for other in run) >= 2:
                _set(lines, index, Role.JUNK, "a label over key figures (they go to the kit's)")
            continue
        if line.role is not Role.SUBHEAD:
            continue
        below = [other for other in lines[index + 1 : index + 6] if other.role is not Role.JUNK]
        if below and below[0].role is Role.FOOTNOTE and len(line.text.split()) <= 4:
            _set(lines, index, Role.JUNK, "heading of the notes (they go to the footnotes)")
            continue
        run = sum(1 for _ in itertools.takewhile(lambda other: other.role is Role.FIGURE, below))
        above = next(
            (other for other in reversed(lines[:index]) if other.role is not Role.JUNK), None
        )
        between = run >= 1 and above is not None and above.role is Role.FIGURE  # "Haiti"
        if len(line.text.split()) <= 8 and (
            run >= 2 or between
        ):  # "DATOS DESTACADOS", "Cifras de la respuesta" right over the figures
            _set(lines, index, Role.JUNK, "heading of the key figures (they go to the kit's)")
            continue
        after = index + 1
        while after < len(lines) and lines[after].role not in (Role.SUBHEAD, Role.TITLE):
            if lines[after].role in _KEPT_TEXT:
                break
            after += 1
        ended = after == len(lines) or lines[after].role in (Role.SUBHEAD, Role.TITLE)
        # a heading straight over another heads that one's section
        if ended and after != index + 1:
            _set(lines, index, Role.JUNK, EMPTY_HEADING)


def _other_language_tail(lines: list[Line]) -> None:
    """A page that gives the story again in another language after it ("[scroll down for the
    Spanish version]"): that version is left out, whole, with the reason, to import on its own."""
    text_roles = (Role.BODY, Role.SUBHEAD, Role.QUOTE, Role.DATELINE, Role.BULLET)
    judged = [
        (i, detect_language(line.text))
        for i, line in enumerate(lines)
        if line.role in text_roles and len(line.text.split()) >= 8
    ]
    if len(judged) < 4:
        return
    # the story's language: its first real paragraph's (a short field line misleads the detector)
    main = next(
        (language for i, language in judged if len(lines[i].text.split()) >= 20), judged[0][1]
    )
    tail = 0
    while tail < len(judged) and judged[len(judged) - 1 - tail][1] != main:
        tail += 1
    if tail < 2 or len(judged) - tail < 2:
        return
    start = judged[len(judged) - tail][0]
    # the other version's own headline just above its first paragraph goes with it
    if (
        start > 0
        and lines[start - 1].role in (Role.BODY, Role.SUBHEAD)
        and detect_language(lines[start - 1].text) != main
    ):
        start -= 1
    for index in range(start, len(lines)):
        if lines[index].role in (*text_roles, Role.STANDFIRST):
            _set(
                lines, index, Role.JUNK, "the same text in another language (import it on its own)"
            )


def menu_words_stripped(title: str) -> str:
    """'Notícias Histórias Brasil amplia abrigos' -> 'Brasil amplia abrigos': a menu glued on."""
    words = title.split()
    cut = 0
    while cut < len(words) - 3 and folded(words[cut]) in MENU_WORDS:
        cut += 1
    # a headline in capitals tells nothing by its next word's capital: "MEDIA ARRANGEMENTS FOR …"
    if cut and words[cut][:1].isupper() and not title.isupper():
        return " ".join(words[cut:])
    return title
