"""The words the layout prints itself, in the kit's language (en, es, pt, fr): labels, dates
(Babel) and hyphenation (pyphen).

Plain data and string formatting; no ReportLab. Unknown languages and missing keys fall back
to English so a kit always builds.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

FALLBACK = "en"
# Kit language -> Babel locale for dates (UN English writes "24 June 2023").
DATE_LOCALES = {"en": "en_GB", "es": "es", "pt": "pt", "fr": "fr"}
# Kit language -> pyphen dictionary (the region's Portuguese is Brazil's).
HYPHENATION = {"en": "en_GB", "es": "es", "pt": "pt_BR", "fr": "fr"}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "handout": "Press handout",
        "full_story": "Full story:",
        "more_online": "More online:",
        "contact": "Contact",
        "draft": "Draft",
        "sdg_short": "SDG {n}",
        "photos_to_come": "Photos to come",
        "press_kit": "Press kit",
        "contents": "Contents",
        "key_figures": "Key figures",
        "contacts": "Contacts",
        "contacts_intro": "For additional information, please contact:",
        "about": "About {org}",
        "back_cover": "Back cover",
        "photos": "Photos",
        "gallery_note": "High-resolution versions of these photos are available on request.",
        "page_of": "Page {n} of {m}",
        "photo_to_come": "Photo to come",
        "photo_credit": "Photo: {credit}",
        "cover_photo": "Cover:",
        "source": "Source",
        "as_of": "As of",
        "written_by": "Written by {byline}",
        "sdgs": "Sustainable Development Goals",
        "topics": "Topics",
        "website": "Website",
        "read_online": "Read the stories online",
        "embargoed": "Embargoed until {when}",
        "kind_feature": "Feature story",
        "kind_press_release": "Press release",
        "kind_fact_sheet": "Fact sheet",
        "kind_about": "Background",
        "kind_statement": "Statement",
        "kind_media_advisory": "Media advisory",
        "kind_situation_report": "Situation report",
        "kind_photo_story": "Photo story",
    },
    "es": {
        "handout": "Material de prensa",
        "full_story": "Historia completa:",
        "more_online": "Más información:",
        "contact": "Contacto",
        "draft": "Borrador",
        "sdg_short": "ODS {n}",
        "photos_to_come": "Fotos pendientes",
        "press_kit": "Kit de prensa",
        "contents": "Contenido",
        "key_figures": "Cifras clave",
        "contacts": "Contactos",
        "contacts_intro": "Para más información, contacte con:",
        "about": "Acerca de {org}",
        "back_cover": "Contraportada",
        "photos": "Fotos",
        "gallery_note": "Las versiones en alta resolución de estas fotos están disponibles "
        "a petición.",
        "page_of": "Página {n} de {m}",
        "photo_to_come": "Foto pendiente",
        "photo_credit": "Foto: {credit}",
        "cover_photo": "Portada:",
        "source": "Fuente",
        "as_of": "Datos a",
        "written_by": "Texto de {byline}",
        "sdgs": "Objetivos de Desarrollo Sostenible",
        "topics": "Temas",
        "website": "Sitio web",
        "read_online": "Lea las historias en línea",
        "embargoed": "Embargado hasta {when}",
        "kind_feature": "Reportaje",
        "kind_press_release": "Comunicado de prensa",
        "kind_fact_sheet": "Hoja informativa",
        "kind_about": "Contexto",
        "kind_statement": "Declaración",
        "kind_media_advisory": "Aviso a los medios",
        "kind_situation_report": "Informe de situación",
        "kind_photo_story": "Reportaje fotográfico",
    },
    "pt": {
        "handout": "Material de imprensa",
        "full_story": "História completa:",
        "more_online": "Mais informações:",
        "contact": "Contato",
        "draft": "Rascunho",
        "sdg_short": "ODS {n}",
        "photos_to_come": "Fotos a seguir",
        "press_kit": "Kit de imprensa",
        "contents": "Índice",
        "key_figures": "Números-chave",
        "contacts": "Contatos",
        "contacts_intro": "Para mais informações, entre em contato com:",
        "about": "Sobre {org}",
        "back_cover": "Contracapa",
        "photos": "Fotos",
        "gallery_note": "Versões em alta resolução destas fotos estão disponíveis mediante pedido.",
        "page_of": "Página {n} de {m}",
        "photo_to_come": "Foto a seguir",
        "photo_credit": "Foto: {credit}",
        "cover_photo": "Capa:",
        "source": "Fonte",
        "as_of": "Dados de",
        "written_by": "Texto de {byline}",
        "sdgs": "Objetivos de Desenvolvimento Sustentável",
        "topics": "Temas",
        "website": "Site",
        "read_online": "Leia as histórias on-line",
        "embargoed": "Embargado até {when}",
        "kind_feature": "Reportagem",
        "kind_press_release": "Comunicado de imprensa",
        "kind_fact_sheet": "Ficha informativa",
        "kind_about": "Contexto",
        "kind_statement": "Declaração",
        "kind_media_advisory": "Aviso de pauta",
        "kind_situation_report": "Relatório de situação",
        "kind_photo_story": "Reportagem fotográfica",
    },
    "fr": {
        "handout": "Document de presse",
        "full_story": "Article complet :",
        "more_online": "En savoir plus :",
        "contact": "Contact",
        "draft": "Brouillon",
        "sdg_short": "ODD {n}",
        "photos_to_come": "Photos à venir",
        "press_kit": "Dossier de presse",
        "contents": "Sommaire",
        "key_figures": "Chiffres clés",
        "contacts": "Contacts",
        "contacts_intro": "Pour plus d’informations, veuillez contacter :",
        "about": "À propos de {org}",
        "back_cover": "Quatrième de couverture",
        "photos": "Photos",
        "gallery_note": "Ces photos sont disponibles en haute résolution sur demande.",
        "page_of": "Page {n} sur {m}",
        "photo_to_come": "Photo à venir",
        "photo_credit": "Photo : {credit}",
        "cover_photo": "Couverture :",
        "source": "Source",
        "as_of": "Données au",
        "written_by": "Rédigé par {byline}",
        "sdgs": "Objectifs de développement durable",
        "topics": "Thèmes",
        "website": "Site web",
        "read_online": "Lire les articles en ligne",
        "embargoed": "Sous embargo jusqu’au {when}",
        "kind_feature": "Reportage",
        "kind_press_release": "Communiqué de presse",
        "kind_fact_sheet": "Fiche d’information",
        "kind_about": "Contexte",
        "kind_statement": "Déclaration",
        "kind_media_advisory": "Avis aux médias",
        "kind_situation_report": "Rapport de situation",
        "kind_photo_story": "Reportage photo",
    },
}

# Short names of the 17 Sustainable Development Goals, as the UN prints them.
SDG_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "No Poverty",
        "Zero Hunger",
        "Good Health and Well-being",
        "Quality Education",
        "Gender Equality",
        "Clean Water and Sanitation",
        "Affordable and Clean Energy",
        "Decent Work and Economic Growth",
        "Industry, Innovation and Infrastructure",
        "Reduced Inequalities",
        "Sustainable Cities and Communities",
        "Responsible Consumption and Production",
        "Climate Action",
        "Life Below Water",
        "Life on Land",
        "Peace, Justice and Strong Institutions",
        "Partnerships for the Goals",
    ),
    "es": (
        "Fin de la pobreza",
        "Hambre cero",
        "Salud y bienestar",
        "Educación de calidad",
        "Igualdad de género",
        "Agua limpia y saneamiento",
        "Energía asequible y no contaminante",
        "Trabajo decente y crecimiento económico",
        "Industria, innovación e infraestructura",
        "Reducción de las desigualdades",
        "Ciudades y comunidades sostenibles",
        "Producción y consumo responsables",
        "Acción por el clima",
        "Vida submarina",
        "Vida de ecosistemas terrestres",
        "Paz, justicia e instituciones sólidas",
        "Alianzas para lograr los objetivos",
    ),
    "pt": (
        "Erradicação da pobreza",
        "Fome zero e agricultura sustentável",
        "Saúde e bem-estar",
        "Educação de qualidade",
        "Igualdade de gênero",
        "Água potável e saneamento",
        "Energia limpa e acessível",
        "Trabalho decente e crescimento econômico",
        "Indústria, inovação e infraestrutura",
        "Redução das desigualdades",
        "Cidades e comunidades sustentáveis",
        "Consumo e produção responsáveis",
        "Ação contra a mudança global do clima",
        "Vida na água",
        "Vida terrestre",
        "Paz, justiça e instituições eficazes",
        "Parcerias e meios de implementação",
    ),
    "fr": (
        "Pas de pauvreté",
        "Faim « zéro »",
        "Bonne santé et bien-être",
        "Éducation de qualité",
        "Égalité entre les sexes",
        "Eau propre et assainissement",
        "Énergie propre et d’un coût abordable",
        "Travail décent et croissance économique",
        "Industrie, innovation et infrastructure",
        "Inégalités réduites",
        "Villes et communautés durables",
        "Consommation et production responsables",
        "Mesures relatives à la lutte contre les changements climatiques",
        "Vie aquatique",
        "Vie terrestre",
        "Paix, justice et institutions efficaces",
        "Partenariats pour la réalisation des objectifs",
    ),
}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?\s*(.*)$")
_EMBARGOED = "EMBARGOED UNTIL "


def label(language: str, key: str, **values: object) -> str:
    """The label `key` in `language` (English if missing), with {placeholders} filled."""
    table = LABELS.get(language, LABELS[FALLBACK])
    text = table.get(key) or LABELS[FALLBACK][key]
    return text.format(**values) if values else text


def format_date(language: str, value: str) -> str:
    """'2023-06-24' -> '24 June 2023' / '24 de junio de 2023'; '2022-07' -> 'July 2022';
    anything else (already words) as given."""
    match = _ISO_DATE.match(value.strip())
    if not match:
        return value.strip()
    year, month, day = match.groups()
    try:
        when = date(int(year), int(month), int(day or 1))
    except ValueError:
        return value.strip()
    locale = DATE_LOCALES.get(language, DATE_LOCALES[FALLBACK])
    from mediakit.layout.disk_cache import date_words

    return date_words(
        f"{locale}:{when.isoformat()}:{bool(day)}", lambda: _babel(when, locale, bool(day))
    )


def _babel(when: date, locale: str, with_day: bool) -> str:
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    if with_day:
        return babel_date(when, "long", locale=locale)
    return format_skeleton("yMMMM", when, locale=locale)


def format_moment(language: str, value: str) -> str:
    """'2026-12-01 09:00 UTC-05:00' (or ISO 8601) -> '1 December 2026, 09:00 UTC-05:00' in
    the language; anything else as given."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is not None:
        zone = moment.strftime("%z")
        zone = f"UTC{zone[:3]}:{zone[3:]}" if zone else ""
        day, clock = moment.date().isoformat(), f"{moment:%H:%M}"
    else:
        match = _MOMENT.match(text)
        if not match:
            return text
        day, clock, zone = match.groups()
    return " ".join(p for p in (f"{format_date(language, day)}, {clock}", zone.strip()) if p)


def watermark_words(language: str, text: str) -> str:
    """The watermark in the kit's language, in capitals: DRAFT and EMBARGOED UNTIL <moment>
    are translated; any other text is shown as given."""
    text = " ".join(text.split())
    upper = text.upper()
    if upper == "DRAFT":
        text = label(language, "draft")
    elif upper.startswith(_EMBARGOED):
        text = label(language, "embargoed", when=format_moment(language, text[len(_EMBARGOED) :]))
    return text.upper()


def sdg_name(language: str, goal: int) -> str:
    names = SDG_NAMES.get(language, SDG_NAMES[FALLBACK])
    return names[goal - 1] if 1 <= goal <= len(names) else ""


class Hyphenator:
    """word -> its possible (head, tail) splits, longest head first, from pyphen's dictionary
    for one language. Shared, never copied: ReportLab deep-copies paragraph styles."""

    def __init__(self, dictionary: str) -> None:
        import pyphen

        from mediakit.layout.disk_cache import hyphenation_patterns

        path = pyphen.LANGUAGES[pyphen.language_fallback(dictionary)]
        pyphen.hdcache.setdefault(path, hyphenation_patterns(path))
        self._pyphen = pyphen.Pyphen(lang=dictionary, left=3, right=3)

    def __call__(self, word: str) -> list[tuple[str, str]]:
        if "-" not in word:
            return list(self._pyphen.iterate(word))
        return self._compound(word)

    def _compound(self, word: str) -> list[tuple[str, str]]:
        """'inter-agency': after its hyphen, or inside a part (never 'inter-a-gency')."""
        parts = word.split("-")
        splits = []
        for index, part in enumerate(parts):
            before = "".join(p + "-" for p in parts[:index])
            after = "".join("-" + p for p in parts[index + 1 :])
            if index and part:
                splits.append((before, part + after))
            splits += [(before + head, tail + after) for head, tail in self._pyphen.iterate(part)]
        return sorted(splits, key=lambda split: -len(split[0]))

    def __copy__(self) -> Hyphenator:
        return self

    def __deepcopy__(self, memo) -> Hyphenator:
        return self


@lru_cache(maxsize=8)
def hyphenator(language: str) -> Hyphenator:
    """The kit language's hyphenator (English's if it has none), loaded once."""
    return Hyphenator(HYPHENATION.get(language, HYPHENATION[FALLBACK]))
