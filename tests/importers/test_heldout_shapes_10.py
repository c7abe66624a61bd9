"""General rules drawn from how the held-out batches r517–r546 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text
from mediakit.importers.html import parse_html
from mediakit.importers.lines import Role
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts

LEDE_ES = (
    "La Secretaría de Bienestar abrió este lunes un módulo de orientación para personas "
    "migrantes en la terminal de autobuses, que atenderá de lunes a sábado de 8:00 a 18:00 horas."
)
SECOND_ES = (
    "El titular de la dependencia explicó que el módulo no realiza trámites migratorios, sino "
    "que canaliza a cada persona a la oficina que corresponde según su caso."
)
LEDE_EN = (
    "The city will open sixty more overnight beds this winter, including rooms set aside for "
    "families who arrived this autumn and are waiting for their asylum hearings."
)
LEDE_FR = (
    "Deux mois après la crue, une centaine de familles vivent sur un nouveau site aménagé à "
    "la sortie de la ville, loin du fleuve qui a emporté leurs maisons en octobre."
)
SECOND_FR = (
    "Les enfants y jouent entre les citernes d'eau et les latrines neuves, et l'école la plus "
    "proche est à quarante minutes de marche par la piste."
)


def role(doc, start: str) -> Role:
    """The role the reader gave the first line that starts with `start`."""
    return next(line.role for line in doc.lines if line.text.startswith(start))


def page(body: str, title: str = "Página") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


# -- web pages ------------------------------------------------------------------------------


def test_the_year_of_a_pages_copyright_footer_is_not_its_date():
    doc = parse_html(
        page(
            "<h1>Media Relations</h1>"
            "<p>The Office of Communications is the first point of contact for reporters covering "
            "City Hall. We answer questions from local and national media every working day.</p>"
            "<p>We ask reporters to send every request to our office rather than to individual "
            "staff, and we keep track of their deadlines for them.</p>"
            "<footer><p>© 2026 City of Racine</p></footer>",
            "Media Relations | City",
        ),
        name="media.html",
    )
    assert doc.story.dateline.date == ""


def test_an_undated_page_speaking_for_the_office_with_its_card_is_about_it():
    doc = parse_html(
        page(
            "<h1>Media Relations</h1>"
            "<p>The Office of Communications is the first point of contact for reporters covering "
            "City Hall. We answer questions from local and national media every working day.</p>"
            "<p>We ask reporters to send every request to our office rather than to individual "
            "staff, and we keep track of their deadlines for them.</p>"
            "<p>Marisol Tennant, Communications Manager</p>"
            "<p>262-636-9278 · media@example.org</p>",
            "Media Relations | City",
        ),
        name="media.html",
    )
    assert doc.story.kind is StoryKind.ABOUT
    assert [(c.name, c.email) for c in doc.contacts] == [("Marisol Tennant", "media@example.org")]


def test_an_undated_page_where_the_office_speaks_as_we_is_about_it():
    text = (
        "# Accueil des journalistes\n\n## Nos services\n\n"
        "Le service de presse est le premier interlocuteur des journalistes qui couvrent la "
        "mairie. Nous répondons aux questions des médias locaux et nationaux chaque jour.\n\n"
        "Nous vous demandons d'adresser chaque demande à notre service plutôt qu'aux agents, "
        "et nous tenons compte de vos délais.\n"
    )
    assert parse_markdown(text, name="presse.md").story.kind is StoryKind.ABOUT
    dated = text.replace("## Nos services\n\n", "## Nos services\n\nLe 3 décembre 2026\n\n")
    assert parse_markdown(dated, name="presse.md").story.kind is StoryKind.FEATURE


def test_a_newsroom_page_of_story_cards_is_refused_as_a_listing():
    cards = "".join(
        f'<article class="card"><p class="cat">Local</p><h3><a href="#">{headline}</a></h3>'
        f'<p class="excerpt">{teaser}</p><p class="meta">6 diciembre, 2026</p></article>'
        for headline, teaser in (
            ("Abre Municipio segundo albergue temporal", "Tiene capacidad para 180 personas."),
            ("Reportan baja en cruces por el río", "Las autoridades lo atribuyen al frío."),
            ("Cierran un carril del puente internacional", "Será por trabajos de mantenimiento."),
        )
    )
    with pytest.raises(BadInputError, match="listing of 3 stories"):
        parse_html(page(f"<main><h1>Local</h1>{cards}</main>", "Local Archivos"), name="local.html")


def test_a_story_page_with_three_related_cards_is_still_a_story():
    cards = "".join(
        f'<article><h3><a href="#">Otra noticia {n}</a></h3></article>' for n in range(3)
    )
    doc = parse_html(
        page(
            "<main><h1>Abre módulo de orientación para migrantes en la terminal</h1>"
            f"<p>{LEDE_ES}</p><p>{SECOND_ES}</p></main><aside>{cards}</aside>"
        ),
        name="nota.html",
    )
    assert doc.story.title.startswith("Abre módulo")


# -- above the headline ---------------------------------------------------------------------


def test_a_breadcrumb_run_into_the_headline_is_junk():
    doc = parse_text(
        "El Orbe\n\nInicio · Política · Local · Estado · Deportes\n\n"
        "InicioSección PolíticaLocalAbre Secretaría módulo de orientación para migrantes en...\n\n"
        "Abre Secretaría módulo de orientación para migrantes en la terminal de autobuses\n\n"
        f"Tapachula Chis; 7 de Diciembre.- {LEDE_ES}\n\n{SECOND_ES}\n",
        name="orbe.txt",
    )
    assert doc.story.title.startswith("Abre Secretaría")
    assert role(doc, "InicioSección") is Role.JUNK
    assert doc.story.dateline.place == "Tapachula Chis"


def test_a_sites_motto_and_another_storys_teaser_above_the_headline_are_junk():
    doc = parse_markdown(
        "**TALLA POLÍTICA**\n\n"
        "El portal de noticias donde los políticos se miden y son medidos.\n\n"
        "Inicio | CDMX | Congreso | Estados | Columnas | Video\n\n"
        "### Senado aprueba en lo general la reforma a la Ley de Aguas y sigue mañana\n\n"
        "La votación quedó pendiente por falta de quórum en la sesión vespertina.\n\n"
        "# Gobierno capitalino abre tercer centro de atención para personas migrantes\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Notas relacionadas\n\n"
        "- Alcaldías del oriente piden más recursos para protección civil\n"
        "- Congreso capitalino aprueba presupuesto de egresos 2027\n",
        name="talla.md",
    )
    assert doc.story.title.startswith("Gobierno capitalino")
    for start in ("El portal de noticias", "Senado aprueba", "La votación quedó", "Notas rel"):
        assert role(doc, start) is Role.JUNK, start
    assert role(doc, "Alcaldías del oriente") is Role.RELATED
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_the_top_bars_town_and_date_above_the_menu_give_neither_place_nor_date():
    doc = parse_text(
        "24.8 C\n\nTrês Lagoas\n\nsegunda-feira, 7 de dezembro, 2026\n\nRádio Caçula\n\n"
        "Início · Notícias · Três Lagoas · Região · Esportes · Programação\n\n"
        "Diocese abre casa de acolhida para migrantes venezuelanos no bairro Santa Rita\n\n"
        "04/12/2026 – Atualizado em 04/12/2026\n\n"
        "Por: Renan Vilela com Pastoral da Comunicação - Pascom\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Serviço\n\n"
        "Casa de Acolhida São José – Rua Elmano Soares, 1.480, bairro Santa Rita. Atendimento às "
        "segundas, quartas e sextas-feiras, das 8h às 17h. Telefone: (67) 3521-4190.\n\n"
        "Compartilhar:\n\nFacebook\n\nWhatsApp\n",
        name="cacula.txt",
    )
    assert doc.story.dateline.place == ""
    assert doc.story.dateline.date == "2026-12-04"
    assert doc.story.byline == "Renan Vilela"
    # the practical details stay with the story
    assert body_texts(doc)[-2:] == [
        "Serviço",
        "Casa de Acolhida São José – Rua Elmano Soares, 1.480, bairro Santa Rita. Atendimento às "
        "segundas, quartas e sextas-feiras, das 8h às 17h. Telefone: (67) 3521-4190.",
    ]


def test_the_date_and_the_media_contact_on_one_line_and_a_deck_set_as_a_heading():
    doc = parse_markdown(
        "# Second cohort brings 58 refugee students to 29 colleges\n\n"
        "## Students from Kenya, Uganda and Jordan start the spring term with campus sponsors\n\n"
        "MONDAY, DECEMBER 7, 2026 | Media Contact: press@example.org\n\n"
        f"WASHINGTON D.C. – {LEDE_EN}\n\nEach student is supported by a sponsor group of "
        "faculty, staff, students and local residents for their first year.\n",
        name="corps.md",
    )
    assert doc.story.standfirst.startswith("Students from Kenya")
    assert doc.story.dateline.date == "2026-12-07"
    assert [(c.name, c.email) for c in doc.contacts] == [("", "press@example.org")]
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert not any("MONDAY" in text for text in body_texts(doc))


def test_a_press_conference_announced_under_a_release_label_is_an_advisory():
    doc = parse_text(
        "FOR IMMEDIATE RELEASE: Monday, December 7, 2026\n\n"
        "Mayor Schedules Press Conference on Winter Shelter Expansion\n\n"
        "Frederick, MD -- Mayor Lena Whitcombe has scheduled a press conference for Thursday, "
        "December 10th at 10:30 AM in the Boardroom at City Hall.\n\n"
        f"{LEDE_EN}\n",
        name="flash.txt",
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_release_reporting_a_past_press_conference_stays_a_release():
    doc = parse_text(
        "FOR IMMEDIATE RELEASE\n\n"
        "Mayor announces sixty winter beds at press conference\n\n"
        "Frederick, MD -- Mayor Lena Whitcombe told a press conference on Monday that the city "
        "will open sixty more overnight beds this winter.\n\n"
        f"{LEDE_EN}\n",
        name="release.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


# -- speeches and catalogue pages -----------------------------------------------------------


def test_a_speechs_catalogue_title_and_fields_are_read_as_such():
    doc = parse_text(
        "vie-publique.fr\n\nAccueil · Discours · Lois · Rapports\n\nAccueil > Discours\n\n"
        "Déclaration de Mme Hélène Marchetti-Roux, ministre déléguée chargée de la citoyenneté, "
        "sur la prise en charge des mineurs non accompagnés, au Sénat le 2 décembre 2026.\n\n"
        "Prononcé le 2 décembre 2026\n\nIntervenant(s) :\n\n"
        "Hélène Marchetti-Roux - Ministre déléguée chargée de la citoyenneté\n\n"
        "Circonstance : Questions d'actualité au Gouvernement au Sénat\n\n"
        "Thématique(s) : Immigration, Protection de l'enfance\n\nTexte intégral\n\n"
        "Monsieur le Président,\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Sur le même sujet\n\n"
        "Déclaration de M. Paul Ferrand, ministre de l'intérieur, sur la politique d'asile.\n\n"
        "vie-publique.fr est un site de la Direction de l'information légale et administrative\n",
        name="discours.txt",
    )
    assert doc.story.title.startswith("Déclaration de Mme Hélène Marchetti-Roux")
    assert doc.story.kind is StoryKind.STATEMENT
    assert doc.story.dateline.place == ""
    assert doc.story.dateline.date == "2026-12-02"
    assert doc.story.byline == ""
    for start in ("Intervenant", "Hélène Marchetti-Roux -", "Circonstance", "Thématique"):
        assert role(doc, start) is Role.JUNK, start
    assert role(doc, "Texte intégral") is Role.JUNK
    assert role(doc, "Déclaration de M. Paul") is Role.RELATED
    assert role(doc, "vie-publique.fr est") is Role.JUNK


def test_a_statement_line_under_a_headline_stays_the_standfirst():
    doc = parse_text(
        "Burkina Faso: towns under blockade must not be left to starve\n\n"
        "Statement by Aïssata Compaoré-Lindqvist, Country Director in Burkina Faso, on the "
        "blockade of towns in the north.\n\n"
        "\u201cFor more than a year, families in a dozen towns have lived behind checkpoints, "
        "with food brought in only by air,\u201d she said.\n",
        name="nrc.txt",
    )
    assert doc.story.title.startswith("Burkina Faso")


# -- figures, credits, dates ----------------------------------------------------------------


def test_a_statistics_pages_extraction_stamp_and_chart_title():
    doc = parse_markdown(
        "# Statistiques trimestrielles sur l'asile – troisième trimestre 2026\n\n"
        "*Données extraites le 2 décembre 2026. Données plus récentes : Base de données. "
        "Mise à jour prévue de l'article : mars 2027.*\n\n"
        f"{LEDE_FR}\n\n"
        "Graphique 1 : Primo-demandeurs d'asile dans l'UE, T3 2025 – T3 2026 (en milliers)\n\n"
        f"{SECOND_FR}\n",
        name="stats.md",
    )
    assert doc.story.dateline.date == "2026-12-02"
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


def test_a_chart_named_in_a_sentence_stays_text():
    doc = parse_text(
        f"Titre de la page d'essai\n\n{LEDE_FR}\n\n"
        "Figure 2 shows that arrivals fell for the third month in a row, mostly at the southern "
        "border crossings.\n",
        name="figure.txt",
    )
    assert any(text.startswith("Figure 2 shows") for text in body_texts(doc))


def test_a_credit_label_without_its_colon_is_a_credit():
    doc = parse_markdown(
        "# Étudiants en exil : une rentrée sur le campus\n\ncrédit photo L. Ferracci\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="campus.md",
    )
    assert [p.credit for p in doc.photos] == ["L. Ferracci"]
    assert [text for text in body_texts(doc) if text] == [LEDE_FR, SECOND_FR]


def test_a_date_with_dashes_and_cut_teasers_after_a_related_heading():
    doc = parse_text(
        "Inondations à Matam : la présidente des élus exprime sa solidarité aux sinistrés\n\n"
        f"07 - Décembre - 2026\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Autres actualités\n\n06 - Décembre - 2026\n\n"
        "Crue du fleuve : le niveau de l'eau se stabilise à Bakel\n\n"
        "Les services de l'Hydraulique annoncent une baisse lente des eaux à partir de mercredi...\n\n"
        "Infos © 2026 – Tous droits réservés | Contact\n",
        name="infos.txt",
    )
    assert doc.story.dateline.date == "2026-12-07"
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


def test_a_reporters_desk_note_and_initials_and_french_quotes():
    doc = parse_text(
        "LE QUOTIDIEN – rubrique Société – papier pour l'édition de mardi – 4 300 signes – "
        "photos à récupérer auprès de Cheikh\n\n"
        "À Kédougou, les sinistrés de la crue réapprennent à vivre loin du fleuve\n\n"
        f"{LEDE_FR}\n\n« Ici, au moins, on dort », dit une mère de famille.\n\n{SECOND_FR}\n\n"
        "M.S.N.\n",
        name="papier.txt",
    )
    assert doc.story.title.startswith("À Kédougou")
    assert role(doc, "LE QUOTIDIEN") is Role.JUNK
    assert doc.story.byline == "M.S.N."
    assert doc.story.kind is StoryKind.FEATURE  # quoted, so no page about the office


def test_a_section_about_a_study_is_the_storys_not_boilerplate():
    doc = parse_markdown(
        "# Pesquisadora estuda como as escolas recebem crianças migrantes\n\n"
        f"{LEDE_PT}\n\n## Sobre a pesquisa\n\n{SECOND_PT}\n\n## Sobre a UFU\n\n"
        "A Universidade Federal é uma instituição pública com sete campi em Minas Gerais.\n",
        name="ufu.md",
    )
    assert SECOND_PT in body_texts(doc)
    assert any(text.startswith("A Universidade Federal") for text in doc.boilerplate)


def test_a_headline_in_pictures_is_no_photo_credit():
    doc = parse_text(
        "Prefeitura de Tarauacá\n\nInformativo da Assessoria de Comunicação\n\n"
        "Página inicial | Galeria | Contato\n\nsexta-feira, 4 de dezembro de 2026\n\n"
        "EM FOTOS: MUTIRÃO DE DOCUMENTAÇÃO ATENDE FAMÍLIAS INDÍGENAS NO RIO MURU\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="fotos.txt",
    )
    assert doc.story.title.startswith("EM FOTOS: MUTIRÃO")
    assert not any(p.credit.startswith("MUTIRÃO") for p in doc.photos)


def test_share_links_that_open_a_new_window_and_a_situation_report_title():
    doc = parse_markdown(
        "# Informe sobre la situación tras las lluvias intensas en la Región de Murcia\n\n"
        "04.12.2026\n\n- x: abre ventana nueva\n- Whatsapp: abre ventana nueva\n"
        "- Enviar por correo: abre ventana nueva\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n",
        name="moncloa.md",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_a_last_paragraph_repeating_a_phrase_for_search_engines_is_junk():
    doc = parse_text(
        f"Curso de português para migrantes abre nova turma\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Notícias de Sidrolândia, Notícias de Maracaju, além de Notícias de outras cidades do "
        "estado. Fiquem ligados no Portal.\n",
        name="rota.txt",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


def test_a_byline_in_the_pages_markup_and_a_byline_with_the_photographers_credit():
    doc = parse_html(
        page(
            "<main><h1>From Kakuma to Tempe: two refugee students find their footing</h1>"
            '<p class="byline">Marisol Tran-Becker</p><p class="date">December 4, 2026</p>'
            f"<p>{LEDE_EN}</p><p>{LEDE_EN.replace('city', 'county')}</p>"
            '<div class="author-card"><p>Written by</p><p>Marisol Tran-Becker</p>'
            "<p>Reporter, University News</p></div></main>"
        ),
        name="asu.html",
    )
    assert doc.story.byline == "Marisol Tran-Becker"
    doc = parse_text(
        "Albergue Municipal amplia vagas para migrantes no inverno\n\n"
        "Por Juliana Schmitt Reis | Fotos: Everton Kappel/PMC\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="canoas.txt",
    )
    assert doc.story.byline == "Juliana Schmitt Reis"


# -- r547–r576 ------------------------------------------------------------------------------


def test_a_news_sites_image_source_and_caption_labels_make_one_photo():
    doc = parse_text(
        "Volunteers open warm welcome hub for new refugee families\n\n"
        "Image source, Tom Riddell/BBC\n\nImage caption,\n\n"
        "Helen Okafor has helped run the coat bank since it opened in October\n\n"
        f"Published\n\n4 December 2026\n\n{LEDE_EN}\n\n{LEDE_EN.replace('city', 'town')}\n\n"
        "More on this story\n\n"
        "- Council asks for more notice of asylum placements — 12 November 2026\n"
        "- Food bank warns of busiest winter yet — 28 October 2026\n",
        name="bbc.txt",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Helen Okafor has helped run the coat bank since it opened in October", "Tom Riddell/BBC")
    ]
    assert [text for text in body_texts(doc) if text] == [
        LEDE_EN,
        LEDE_EN.replace("city", "town"),
    ]


def test_a_repository_copy_keeps_the_originals_date_and_drops_the_repositorys_furniture():
    doc = parse_text(
        "ReliefWeb\n\nZambia\n\nLaunch of the Drought Recovery Plan in Lusaka\n\n"
        "News and Press Release\n\nSource: UN RCO Zambia\n\n"
        "Posted 3 Dec 2026 Originally published 2 Dec 2026\n\n"
        f"{LEDE_EN}\n\nFor further details, please contact:\n"
        "Lubinda Phiri, UN RCO Zambia, phiri.lubinda@example.org, +260 97 761 4402\n\n"
        "Attachments\n\n"
        "ReliefWeb is a service provided by the UN Office for the Coordination of Humanitarian "
        "Affairs (OCHA).\n",
        name="rw.txt",
    )
    assert doc.story.dateline.date == "2026-12-02"
    assert body_texts(doc) == [LEDE_EN]
    assert [c.email for c in doc.contacts] == ["phiri.lubinda@example.org"]


def test_a_wires_notices_and_an_about_paragraph_run_into_its_heading():
    doc = parse_markdown(
        "# Red Cross opens respite support for families in Tucson\n\n"
        f"{LEDE_EN}\n\n"
        "About the American Red Cross: The American Red Cross shelters, feeds and provides "
        "emotional support to people affected by disasters.\n\n"
        "WebWireID 338214\n\n"
        "This news content may be integrated into any legitimate news gathering and publishing "
        "effort.\n\n"
        "News Release Distribution and Press Release Distribution Services Provided by WebWire.\n",
        name="wire.md",
    )
    assert body_texts(doc) == [LEDE_EN]
    assert doc.boilerplate[0].startswith("About the American Red Cross:")


def test_a_diocesan_pages_posting_date_and_an_images_file_name():
    doc = parse_markdown(
        "# Accueil des exilés\n\n- Mise en ligne : 04/12/2026\n\nSans-titre-1\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="lille.md",
    )
    assert doc.story.dateline.date == "2026-12-04"
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


def test_a_drafts_version_note_and_a_ledes_day_date():
    doc = parse_text(
        "Projet d'article pour le site et le bulletin municipal – version du 4/12 – à relire\n\n"
        "Le conseil municipal vote une aide pour les sinistrés des inondations\n\n"
        "Réuni en séance publique le vendredi 4 décembre 2026, le conseil municipal a adopté "
        "à l'unanimité une subvention exceptionnelle pour les sinistrés.\n\n"
        f"{SECOND_FR}\n",
        name="projet.txt",
    )
    assert doc.story.title.startswith("Le conseil municipal")
    assert doc.story.dateline.date == "2026-12-04"
    assert not any(text.startswith("Projet") for text in body_texts(doc))


def test_an_appeal_for_gifts_and_an_address_footer_with_its_privacy_link():
    doc = parse_markdown(
        "# Quiénes somos\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "> 💛 **Tu donativo sostiene una cama y tres comidas.** [Dona ahora](/dona)\n\n"
        "El Refugio, A.C. · Calle Ignacio Ramírez 1524, Guadalajara, Jalisco · Aviso de privacidad\n",
        name="refugio.md",
    )
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_the_newsroom_signing_with_its_place_and_a_two_digit_years_stamp():
    doc = parse_text(
        "Cruz Roja abre dos puntos de salud para personas en movilidad\n\n"
        "Viernes, 04 de diciembre de 2026 a las 10:42\n\n| Redacción. Quito\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n",
        name="edicion.txt",
    )
    assert (doc.story.byline, doc.story.dateline.place) == ("Redacción", "Quito")
    doc = parse_markdown(
        "# Em fotos: o primeiro Natal de famílias venezuelanas no abrigo\n\n"
        "Galerias Boa Vista\n\n07/12/26 08:15 ‧ Há 1 hora por Notícias Ao Minuto\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="galeria.md",
    )
    assert doc.story.dateline == type(doc.story.dateline)(place="", date="2026-12-07")


def test_a_news_sites_lead_in_to_a_statements_full_text():
    doc = parse_text(
        "Comunicado: organizaciones venezolanas en Perú rechazan discurso contra migrantes\n\n"
        f"{LEDE_ES}\n\n"
        "A continuación presentamos el texto completo del comunicado:\n\n"
        f"{SECOND_ES}\n",
        name="comunicado.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_a_pages_meta_line_gives_the_writer_and_the_date():
    doc = parse_html(
        page(
            "<main><h1>Cáritas reforça apoio a trabalhadores imigrantes no Algarve</h1>"
            '<div class="meta">Samuel Mendonça · 5 de Dezembro de 2026 · Sociedade · 0 '
            f"comentários</div><p>{LEDE_PT}</p><p>{SECOND_PT}</p></main>"
        ),
        name="folha.html",
    )
    assert (doc.story.byline, doc.story.dateline.date) == ("Samuel Mendonça", "2026-12-05")


def test_a_summarys_as_of_date_and_a_reports_issue_date_in_its_table():
    doc = parse_markdown(
        "# Tchad : réfugiés et demandeurs d'asile\n\n_Résumé à la date du 30 novembre 2026_\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="hcr.md",
    )
    assert doc.story.dateline.date == "2026-11-30"
    doc = parse_markdown(
        "# Inundaciones en Beni y Pando\n\n| Campo | Dato |\n|---|---|\n"
        "| Fecha de emisión | 5 de diciembre de 2026 |\n"
        "| Periodo cubierto | 28 de noviembre al 4 de diciembre de 2026 |\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n",
        name="informe.md",
    )
    assert doc.story.dateline.date == "2026-12-05"


def test_a_radios_reproduction_notice_is_junk():
    doc = parse_text(
        f"Acre cria comitê para acompanhar chegada de migrantes\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Os textos e áudios da Rádio Senado podem ser reproduzidos desde que citada a fonte.\n",
        name="radio.txt",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


def test_a_gallerys_list_items_keep_their_captions_and_licensed_credits():
    items = "".join(
        f'<li><img src="p{n}.jpg" alt=""><p>{caption}</p>'
        f'<p class="credit">CC BY-NC-ND / CICV / Albino Muianga</p></li>'
        for n, caption in enumerate((LEDE_PT, SECOND_PT))
    )
    doc = parse_html(
        page(
            '<main><p class="kind">Galeria de fotos</p>'
            f'<h1>Moçambique: sementes e enxadas para recomeçar</h1><ul class="gallery">{items}</ul>'
            f"<p>02 dezembro 2026</p><p>{LEDE_PT.replace('Prefeitura', 'Câmara')}</p></main>"
        ),
        name="galeria.html",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        (LEDE_PT, "CC BY-NC-ND / CICV / Albino Muianga"),
        (SECOND_PT, "CC BY-NC-ND / CICV / Albino Muianga"),
    ]


def test_a_figure_captions_photographer_and_agency_line_is_its_credit():
    doc = parse_html(
        page(
            "<main><h1>Acre cria comitê para acompanhar chegada de migrantes</h1>"
            "<figure><img src='ponte.jpg' alt=''><figcaption>Ponte da Integração, em Assis Brasil "
            "(AC)</figcaption></figure><p>Júlio Barcelos / Agência Senado</p>"
            f"<p>{LEDE_PT}</p><p>{SECOND_PT}</p></main>"
        ),
        name="senado.html",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Ponte da Integração, em Assis Brasil (AC)", "Júlio Barcelos / Agência Senado")
    ]


def test_a_council_named_in_lower_case_heads_its_news_and_a_years_figures_make_a_sheet():
    doc = parse_text(
        "Le conseil municipal vote une aide de 3 000 € pour les sinistrés\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="conseil.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    doc = parse_markdown(
        "# Cátedra na universidade: números de 2026\n\n"
        "| Indicador | 2026 |\n|---|---|\n| Estudantes refugiados matriculados | 148 |\n"
        "| Atendimentos jurídicos | 1.320 |\n| Cursos de português | 12 |\n\n"
        f"{LEDE_PT}\n",
        name="catedra.md",
    )
    assert doc.story.kind is StoryKind.FACT_SHEET


def test_a_briefing_that_tells_reporters_how_to_attend_is_an_advisory():
    doc = parse_text(
        "Special Press Briefing on Refugee Returns in East Africa\n\nDecember 7, 2026\n\n"
        "The Deputy Assistant Secretary will brief on her visit to Ethiopia and Kenya, where "
        "she met officials and refugees preparing to return home.\n\n"
        "Media representatives may attend on presentation of a press credential issued by a "
        "government or their news organisation.\n",
        name="briefing.txt",
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


# -- r577–r606 ------------------------------------------------------------------------------


def test_a_reports_short_field_lines_do_not_make_its_text_another_language():
    doc = parse_text(
        "Haïti : Inondations dans le département de la Grand'Anse\n\n"
        "Mise à jour de l'opération DREF\n\n"
        "Date de lancement de l'opération : 18 novembre 2026\n\n"
        "Montant alloué par le DREF : CHF 248 510\n\n"
        f"{LEDE_FR} {SECOND_FR}\n\n{SECOND_FR} {LEDE_FR}\n\n{LEDE_FR}\n\n{SECOND_FR}\n",
        name="dref.txt",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT
    assert sum(LEDE_FR in text for text in body_texts(doc)) == 3


def test_a_mailings_rsvp_heading_unsubscribe_line_and_a_reports_next_issue():
    doc = parse_text(
        "Media advisory: NGOs present the report on the crises the news forgot\n\n"
        f"{LEDE_EN}\n\nFor information and RSVP:\n"
        "Hannah Whitlock, +44 20 7404 6600, hannah.whitlock@example.org\n\n"
        "To stop receiving press releases from us, reply with UNSUBSCRIBE.\n",
        name="msf.txt",
    )
    assert [c.email for c in doc.contacts] == ["hannah.whitlock@example.org"]
    assert body_texts(doc) == [LEDE_EN]
    doc = parse_text(
        f"Tormenta tropical: lluvias en Izabal\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Próximo reporte: 30 de noviembre de 2026.\n",
        name="sitrep.txt",
    )
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_a_drafts_circulation_note_is_junk_and_names_the_kind():
    doc = parse_text(
        "RELEASE – versão para aprovação da presidência (não enviar antes de segunda)\n\n"
        "Cruz Vermelha leva atendimento de saúde a ribeirinhos e migrantes\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\nTexto: Raimunda Cordeiro\n",
        name="release.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]
    doc = parse_text(
        "PRESS RELEASE – DRAFT 2 – not for circulation until signed off\n\n"
        f"University welcomes refugee scholars\n\n{LEDE_EN}\n",
        name="draft.txt",
    )
    assert body_texts(doc) == [LEDE_EN]


def test_a_gallerys_numbered_labels_a_continuation_mark_a_data_note_and_a_petition():
    doc = parse_text(
        "Voluntários levam água às famílias ilhadas\n\n"
        f"Eldorado do Sul 2026 (1)\n\n{LEDE_PT}\n\nEldorado do Sul 2026 (2)\n\n{SECOND_PT}\n\n"
        "Continuando...\n\n"
        "Os dados desta ficha referem-se a 31 de outubro de 2026, salvo indicação em contrário.\n\n"
        "Mostre sua solidariedade: assine a petição às autoridades.\n",
        name="galeria.txt",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


def test_a_credit_over_its_caption():
    doc = parse_markdown(
        "# Audiência debate acolhida de crianças migrantes\n\n"
        "Jefferson Rudy / Agência Senado\n\n"
        "Crianças venezuelanas em abrigo da Operação Acolhida em Boa Vista\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="senado.md",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        (
            "Crianças venezuelanas em abrigo da Operação Acolhida em Boa Vista",
            "Jefferson Rudy / Agência Senado",
        )
    ]


def test_a_letters_formulas_and_a_similar_news_box():
    doc = parse_text(
        "Carta de los gobernadores sobre la acogida de migrantes\n\n"
        f"De nuestra mayor consideración:\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Sin otro particular, lo saludamos con atenta consideración.\n\n"
        "Similar news\n\nHome Affairs extends operating hours at ports of entry\n",
        name="carta.txt",
    )
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_a_signed_communique_is_a_statement_and_a_chamber_heads_its_news():
    doc = parse_text(
        "Communiqué : « Une frontière n'est pas un lieu où l'on laisse mourir »\n\n"
        f"Publié le 4 décembre 2026\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Mgr Hervé Castaing-Rolland, évêque accompagnateur de la pastorale des migrants\n",
        name="cef.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT
    doc = parse_text(
        "Câmara aprova em primeira votação política municipal para migrantes\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="camara.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_titles_comment_count_and_a_newsroom_outlet_byline():
    doc = parse_markdown(
        "# Tamm: solidarity with refugees cannot stop at our borders (1)\n\n"
        f"{LEDE_EN}\n\n{LEDE_EN.replace('city', 'county')}\n",
        name="tamm.md",
    )
    assert doc.story.title == "Tamm: solidarity with refugees cannot stop at our borders"
    doc = parse_text(
        "Abre Gobierno municipal tercer albergue para personas en movilidad\n\n"
        f"Redacción/Columnaocho\n\nMexicali.- {LEDE_ES}\n\n{SECOND_ES}\n",
        name="columna.txt",
    )
    assert doc.story.byline == "Redacción/Columnaocho"


def test_a_topic_page_with_a_load_more_button_and_stamped_teasers_is_a_listing():
    with pytest.raises(BadInputError, match="listing"):
        parse_text(
            "MENDOZA POST\n\nMendoza · Política · Sociedad · Deportes · Espectáculos\n\n"
            "Tema: Refugiados ucranianos\n\n"
            "Cuántos ucranianos llegaron a Mendoza desde el inicio de la guerra\n\n"
            "La Dirección de Desarrollo Social cuenta 212 personas registradas en la provincia.\n\n"
            "Hace 2 horas\n\n"
            "El Gobierno provincial ofrece cursos de oficios para refugiados en San Rafael\n\n"
            "La capacitación dura tres meses y entrega certificado oficial.\n\n"
            "Ayer\n\n"
            "Migraciones extiende por dos años los permisos humanitarios\n\n"
            "La medida alcanza a quienes ingresaron con el régimen especial.\n\n"
            "02/12/2026\n\n"
            'Familias mendocinas que abrieron su casa: "Ya son parte de la mesa"\n\n'
            "Tres hogares de Godoy Cruz y Luján cuentan cómo es convivir con quienes escaparon "
            "de la guerra.\n\n28/11/2026\n\n"
            "Cornejo pidió a Cancillería coordinar la acogida con las provincias\n\n"
            "El gobernador envió una nota al canciller para ofrecer plazas en albergues.\n\n"
            "21/11/2026\n\nCargar más\n",
            name="tema.txt",
        )


def test_a_capitalised_box_of_other_news_at_the_end_and_a_repositorys_field_labels():
    doc = parse_text(
        "Alcaldía abre punto de atención para familias retornadas\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "ALCALDÍA AL DÍA\n\n"
        "Avanza la pavimentación de vías en la comuna 8\n\n"
        "Jornada de vacunación gratuita este fin de semana en los centros de salud\n",
        name="alcaldia.txt",
    )
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]
    doc = parse_text(
        f"Council recognises Welcoming Week\n\nTitle\n\n{LEDE_EN}\n\nBody\n\n"
        f"{LEDE_EN.replace('city', 'county')}\n\n"
        "Gobierno de la Provincia – Secretaría General – borrador para prensa (v3, revisado)\n",
        name="legistar.txt",
    )
    assert body_texts(doc) == [LEDE_EN, LEDE_EN.replace("city", "county")]


def test_a_markdown_gallery_list_with_dash_credits_and_a_pages_media_links():
    doc = parse_markdown(
        "# La Xunta recibe en Lugo a 46 desplazados llegados en autobús\n\n"
        "Publicidad Ai\n\n"
        "* ![](lugo1.jpg) Un grupo de desplazados baja del autobús a su llegada al albergue. "
        "- Europa Press\n"
        "* ![](lugo2.jpg) Voluntarios de Cruz Roja reparten mantas en el polideportivo. "
        "- Europa Press\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Colombia y Ecuador refuerzan controles en el puente de Rumichaca (vídeo)\n",
        name="galeria.md",
    )
    assert [p.credit for p in doc.photos] == ["Europa Press", "Europa Press"]
    assert doc.photos[0].caption.startswith("Un grupo de desplazados")
    assert [text for text in body_texts(doc) if text] == [LEDE_ES, SECOND_ES]


def test_a_statements_label_line_and_a_gallery_section_tag_are_junk():
    doc = parse_text(
        "Tamm: solidarity with refugees cannot stop at our borders\n\n"
        "Statement by Foreign Minister Kristiina Tamm ahead of International Migrants Day:\n\n"
        f"{LEDE_EN}\n\n{LEDE_EN.replace('city', 'county')}\n",
        name="tamm.txt",
    )
    assert body_texts(doc) == [LEDE_EN, LEDE_EN.replace("city", "county")]
    assert doc.story.kind is StoryKind.STATEMENT  # the label still says what it is
    doc = parse_markdown(
        "# Em fotos: o primeiro Natal de famílias venezuelanas no abrigo\n\n"
        f"Galerias Boa Vista\n\n{LEDE_PT}\n\n{SECOND_PT}\n",
        name="galerias.md",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


# -- r607–r636 ------------------------------------------------------------------------------


def test_the_sites_name_as_its_top_heading_is_not_the_headline():
    doc = parse_markdown(
        "# Prefeitura de Petrópolis\n\nNotícias\n\n"
        "## Prefeitura e Acnur assinam acordo para acolher famílias venezuelanas\n\n"
        f"Terça, 01 Dezembro 2026 16:20\n\n{LEDE_PT}\n\n{SECOND_PT}\n",
        name="petropolis.md",
    )
    assert doc.story.title.startswith("Prefeitura e Acnur assinam")
    doc = parse_text(
        "Ministerio de Desarrollo Social y Familia\n\nGobierno de Chile\n\n"
        "Ministerio de Desarrollo Social y Familia y municipios coordinan albergues para "
        f"personas migrantes\n\nArica, 3 de diciembre de 2026.- {LEDE_ES}\n\n{SECOND_ES}\n",
        name="mds.txt",
    )
    assert doc.story.title.startswith("Ministerio de Desarrollo Social y Familia y municipios")


def test_a_blogs_home_page_of_signed_posts_is_a_listing():
    posts = "".join(
        f"{day}\n\n{headline}\n\n{LEDE_PT}\n\nPostado por Tomás Bezerra às {hour} Nenhum comentário:\n\n"
        for day, headline, hour in (
            (
                "sexta-feira, 4 de dezembro de 2026",
                "Venezuelanos formam fila em Pacaraima",
                "21:14",
            ),
            ("quarta-feira, 2 de dezembro de 2026", "Cáritas abre casa de passagem", "08:50"),
        )
    )
    with pytest.raises(BadInputError, match="listing of 2"):
        parse_text(
            f"Migrante em Foco\n\n{posts}Postagens mais antigas Página inicial\n", name="b.txt"
        )


def test_more_site_furniture_in_four_languages():
    doc = parse_text(
        "Afrique centrale : le Comité exécutif alerte sur le financement\n\n"
        "À l'intention des organes d'information. Document non officiel.\n\n"
        "Articles étiquetés ‘communiqué de presse’\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "To volunteer with a welcome team in your area, click here to sign up.\n\n"
        "Hours: Monday - Friday, 8 a.m. - 4:30 p.m.\n\n"
        "Contenu connexe\n\n"
        "Les échos de la jungle : histoires humaines du Darién\n\n"
        "Informations complémentaires :\n"
        "Camille Ouedraogo, chargée de communication, camille.ouedraogo@example.org\n",
        name="divers.txt",
    )
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]
    assert [c.email for c in doc.contacts] == ["camille.ouedraogo@example.org"]
    doc = parse_markdown(
        "# Personnes réfugiées en Suisse : les chiffres\n\n## Quelques chiffres et données clés\n\n"
        "- 112 300 personnes relevant du domaine de l'asile vivent en Suisse\n"
        "- 24 600 demandes d'asile ont été déposées en 2026\n"
        "- 4 200 personnes ont été réinstallées depuis 2013\n\n"
        f"{LEDE_FR}\n",
        name="chiffres.md",
    )
    assert len(doc.figures) == 3
    assert not any("Quelques chiffres" in text for text in body_texts(doc))


def test_sentences_opening_with_their_number_under_a_figures_heading_are_figures():
    doc = parse_html(
        page(
            f"<main><h1>Personnes réfugiées en Suisse</h1><p>{LEDE_FR}</p>"
            "<h2>Quelques chiffres et données clés</h2>"
            "<p><strong>123,2 millions</strong> de personnes dans le monde sont déracinées par la "
            "guerre, la violence ou la persécution.</p>"
            "<p><strong>71 %</strong> des personnes réfugiées vivent dans des pays à revenu faible "
            "ou intermédiaire.</p>"
            "<p>Source : HCR, Tendances mondiales, données au 30 juin 2026.</p>"
            f"<h2>Nos priorités en Suisse</h2><p>{SECOND_FR}</p></main>"
        ),
        name="hcr.html",
    )
    assert [f.value for f in doc.figures] == ["123,2 millions", "71 %"]
    assert SECOND_FR in body_texts(doc)


def test_a_repositorys_title_label_and_a_sites_help_box():
    doc = parse_text(
        "File #: 0311X-2026 Version: 1\n\n"
        "Title: To recognize and celebrate Welcoming Week 2026 in the City of Columbus, Ohio\n\n"
        f"{LEDE_EN}\n\n{LEDE_EN.replace('city', 'county')}\n\nNeed help?\n\n"
        "Find information and services for refugees and asylum seekers in your area.\n",
        name="legistar.txt",
    )
    assert doc.story.title == (
        "To recognize and celebrate Welcoming Week 2026 in the City of Columbus, Ohio"
    )
    assert "Need help?" not in doc.story.text


def test_a_credit_in_its_own_box_inside_the_figcaption_is_the_photos_credit():
    doc = parse_html(
        page(
            "<main><h1>Quito entrega 4.300 visas humanitarias</h1>"
            '<figure><img src="puente.jpg" alt=""><figcaption><span class="credit">© REUTERS / '
            "Daniel Pazmiño</span>Migrantes venezolanos en el puente de Rumichaca</figcaption>"
            f"</figure><p>{LEDE_ES}</p></main>"
        ),
        name="sputnik.html",
    )
    [photo] = doc.photos
    assert photo.caption == "Migrantes venezolanos en el puente de Rumichaca"
    assert photo.credit == "REUTERS / Daniel Pazmiño"


def test_a_photographer_and_agency_after_the_captions_dash_or_full_stop_are_its_credit():
    doc = parse_text(
        f"Interiorização\n\n{LEDE_PT}\n\n"
        "Militares da Operação Acolhida conferem a documentação dos passageiros - "
        "Marcelo Lins/Agência Brasil\n\n"
        "A primeira colheita foi vendida ao Conselho Nacional de Produção. Diego Artavia/ACNUR\n\n"
        f"{SECOND_PT}\n",
        name="agencia.txt",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Militares da Operação Acolhida conferem a documentação dos passageiros",
         "Marcelo Lins/Agência Brasil"),
        ("A primeira colheita foi vendida ao Conselho Nacional de Produção.",
         "Diego Artavia/ACNUR"),
    ]  # fmt: skip


def test_sentences_under_a_markdown_pages_pictures_are_captions_credited_by_its_byline():
    doc = parse_markdown(
        "# Famílias reassentadas conhecem o Guajuviras\n\n"
        "**quarta-feira, 2 de dezembro de 2026**\n\n"
        "![](https://example.org/img/roteiro1.jpg)\n\n"
        "Na praça da Quadra C, as crianças recebem o kit de material escolar.\n\n"
        "![](https://example.org/img/roteiro2.jpg)\n\n"
        "O grupo visitou a unidade básica de saúde e a escola estadual.\n\n"
        f"{LEDE_PT}\n\nTexto: Rafaela Pinto Bastos · Fotos: Everton Lisboa\n",
        name="abng.md",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Na praça da Quadra C, as crianças recebem o kit de material escolar.", "Everton Lisboa"),
        ("O grupo visitou a unidade básica de saúde e a escola estadual.", "Everton Lisboa"),
    ]
    assert LEDE_PT in body_texts(doc)


def test_a_lone_sentence_under_a_single_picture_before_the_story_begins_stays_body():
    doc = parse_markdown(
        "# Famílias reassentadas conhecem o Guajuviras\n\n"
        "![](https://example.org/img/roteiro1.jpg)\n\n"
        "Na praça da Quadra C, as crianças recebem o kit de material escolar.\n\n"
        f"{LEDE_PT}\n",
        name="abng.md",
    )
    assert not doc.photos
    assert "Na praça da Quadra C, as crianças recebem o kit de material escolar." in body_texts(doc)
