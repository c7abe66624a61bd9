"""General rules drawn from how the held-out batches r112–r231 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts

LEDE = (
    "Relief teams reached the flooded villages on Tuesday and handed out water filters, "
    "blankets and hygiene kits to more than 900 families in the district."
)


def test_the_headline_speaks_of_the_story_a_players_line_under_it_does_not():
    doc = parse_text(
        "Casa de Passagem recebe famílias migrantes no bairro Porto\n\n"
        "12/05/2025\n\n"
        "Ouça esta notícia em áudio no player abaixo\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.title == "Casa de Passagem recebe famílias migrantes no bairro Porto"


def test_a_public_body_doing_something_in_the_headline_is_its_press_release():
    for headline in (
        "Prefeitura inaugura Casa de Passagem para famílias migrantes",
        "SEMAS amplia atendimento a famílias migrantes no bairro Porto",
        "Déplacés : le Gouvernement et ses partenaires ouvrent une maison d'accueil",
    ):
        doc = parse_text(f"{headline}\n\n{LEDE_PT}\n\n{SECOND_PT}\n")
        assert doc.story.kind is StoryKind.PRESS_RELEASE, headline


def test_a_scene_or_a_person_in_the_headline_stays_a_feature():
    for headline in (
        "No bairro Porto, uma casa que nunca fecha a porta",
        "À Port-au-Prince, des marchandes rouvrent leurs étals",
        "Seven days at the Huaquillas bridge",
    ):
        doc = parse_text(f"{headline}\n\n{LEDE_PT}\n\n{SECOND_PT}\n")
        assert doc.story.kind is StoryKind.FEATURE, headline


def test_an_organisation_spelled_out_with_its_acronym_heads_its_own_news():
    doc = parse_text(
        "Conare reconhece mais de sete mil pessoas refugiadas\n\n"
        "O Comitê Nacional para os Refugiados (Conare) reconheceu nesta quinta-feira a condição "
        "de refugiado de mais de sete mil pessoas em sua sessão plenária de novembro.\n\n"
        f"{SECOND_PT}\n"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


LEDE_FR = (
    "Depuis les attaques du 18 juin, des milliers de personnes ont quitté leurs quartiers pour "
    "se réfugier dans des écoles, des églises et chez des proches dans les communes voisines."
)
SECOND_FR = (
    "Les équipes de volontaires distribuent de l'eau, des kits d'hygiène et assurent des "
    "premiers secours dans les sites spontanés, où les besoins restent très importants."
)


def test_a_long_caption_ending_with_its_credit_is_no_headline():
    doc = parse_text(
        "Noticias / Historias\n\n"
        "Una llamada para volver a casa en San Pedro Sula\n\n"
        "Por Ana Mejía | 3 de julio de 2025\n\n"
        "Una voluntaria de la Cruz Roja facilita una llamada a un hombre recién retornado en el "
        "centro de atención de San Pedro Sula, donde cada día llegan autobuses desde la frontera. "
        "Foto: Cruz Roja / Ana Mejía\n\n"
        "A las seis de la mañana ya hay una fila de personas frente al centro de atención al "
        "migrante retornado de San Pedro Sula, esperando una llamada a casa.\n\n"
        "En la carpa, una voluntaria revisa una lista con nombres y números de teléfono de las "
        "familias que esperan noticias de quienes vuelven.\n"
    )
    assert doc.story.title == "Una llamada para volver a casa en San Pedro Sula"
    assert not any("Foto:" in block.text for block in doc.story.body)


def test_a_press_corner_heading_is_the_site_not_the_headline():
    doc = parse_markdown(
        "# Media Corner\n\n"
        "## Press programme of the European Humanitarian Forum 2026\n\n"
        "Brussels, 2 March 2026\n\n"
        "The fifth European Humanitarian Forum will be held in Brussels on 23 and 24 March, with "
        "ministers, agencies and local organisations from every region taking part.\n\n"
        "Journalists must register online by 16 March; badges can be collected at the entrance "
        "of the venue from 8:00 on the first day.\n"
    )
    assert doc.story.title == "Press programme of the European Humanitarian Forum 2026"


def test_a_labelled_report_date_is_the_date_and_the_line_above_the_headline():
    doc = parse_text(
        "RAPPORT DE SITUATION N° 3\n\n"
        "Déplacements internes – Département du Centre (Mirebalais, Lascahobas)\n\n"
        "Date du rapport : 27 juin 2025\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "(Sources : Protection civile et équipes de la Croix-Rouge, au 26 juin 2025)\n"
    )
    assert doc.story.title == (
        "Déplacements internes – Département du Centre (Mirebalais, Lascahobas)"
    )
    assert doc.story.dateline.date == "2025-06-27"
    assert not any("Sources" in block.text for block in doc.story.body)


def test_a_kind_label_with_its_embargo_on_one_line():
    doc = parse_text(
        "Communiqué de presse – SOUS EMBARGO JUSQU'AU MARDI 3 DÉCEMBRE 2024 À 00H01\n\n"
        "Au Tchad, une personne réfugiée handicapée sur sept n'a pas accès aux distributions\n\n"
        f"Lyon, le 3 décembre 2024 – {LEDE_FR}\n\n{SECOND_FR}\n"
    )
    assert doc.story.embargo == "2024-12-03T00:01"
    assert doc.story.title.startswith("Au Tchad")
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_numbered_update_with_its_period_and_next_issue_is_a_situation_report():
    doc = parse_text(
        "Hurricane Response: Jamaica and Haiti – Update #4\n\n"
        "Figures below cover the period from October 28 to November 5, 2025.\n\n"
        "Road access to the western parishes has improved, but many communities still rely on "
        "water trucks and on the hot meals served by volunteers at the corps buildings.\n\n"
        "Teams will move from hot meals to food parcels where markets have reopened, and a second "
        "warehouse will open in Port-au-Prince next week.\n\n"
        "Next update: Monday, November 10.\n"
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_media_advisory_filed_in_its_headline():
    doc = parse_text(
        "Media advisory: press programme of the European Humanitarian Forum 2026\n\n"
        "The fifth European Humanitarian Forum will be held in Brussels on 23 and 24 March, with "
        "ministers, agencies and local organisations from every region taking part.\n\n"
        "Journalists must register online by 16 March.\n"
    )
    assert doc.story.title == "press programme of the European Humanitarian Forum 2026"
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_letters_place_list_and_a_date_after_a():
    doc = parse_text(
        "Mensaje de la Dimensión de Movilidad Humana ante la situación de las familias migrantes\n\n"
        "Lago de Guadalupe, Cuautitlán Izcalli, Estado de México, a 14 de agosto de 2025\n\n"
        "Los obispos responsables de la pastoral de la movilidad humana, reunidos en asamblea, "
        "compartimos nuestra preocupación por las familias que esperan en los albergues.\n\n"
        "Las casas que acompaña la Iglesia reciben hoy a menos personas en tránsito, pero a más "
        "familias que se quedan meses en la ciudad sin documentos.\n"
    )
    assert doc.story.dateline.place == "Lago de Guadalupe, Cuautitlán Izcalli, Estado de México"
    assert doc.story.dateline.date == "2025-08-14"
    assert doc.story.kind is StoryKind.STATEMENT


def test_about_a_subject_is_a_headline_about_the_organisation_is_boilerplate():
    doc = parse_text(
        "CONSELHO NACIONAL DOS DIREITOS HUMANOS – CNDH\n\n"
        "Brasília, 21 de janeiro de 2026\n\n"
        "NOTA PÚBLICA Nº 3/2026\n\n"
        "Sobre a retenção de migrantes haitianos na fronteira do Acre\n\n"
        "O Conselho Nacional dos Direitos Humanos vem a público manifestar preocupação com a "
        "retenção de cerca de trezentos migrantes haitianos na fronteira do Acre com o Peru.\n\n"
        "Segundo relatos recebidos pelo Conselho, há entre elas crianças pequenas, gestantes e "
        "pessoas com doenças crônicas, abrigadas sob lonas.\n\n"
        "Sobre o CNDH\n\n"
        "O Conselho Nacional dos Direitos Humanos é um órgão colegiado criado por lei em 2014 "
        "para promover e defender os direitos humanos no país.\n"
    )
    assert doc.story.title == "Sobre a retenção de migrantes haitianos na fronteira do Acre"
    assert any("preocupação" in block.text for block in doc.story.body)
    assert not any("órgão colegiado" in block.text for block in doc.story.body)


def test_a_radio_pages_player_transcript_label_and_reproduction_notice_are_furniture():
    doc = parse_text(
        "Comissão ouve migrantes sobre trabalho e moradia em Roraima\n\n"
        "▶ Ouvir   ⬇ Baixar áudio\n\n"
        "Transcrição\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Ouça também\n\n"
        "Senado aprova acordo sobre previdência social\n\n"
        "Para reproduzir o conteúdo, cite a fonte.\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("Ouvir", "Transcrição", "Ouça também", "previdência", "reproduzir"):
        assert junk not in body, junk


def test_a_reposts_origin_office_hours_and_a_french_address_are_furniture():
    doc = parse_text(
        "À Calais, un accueil de jour pour les exilés\n\n"
        "tiré du Carnet des solidarités Sud-Nord\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Sur le même thème : Exilés, notre rapport annuel · Vintimille, la frontière oubliée\n\n"
        "Association Exemple · 106 rue du Bac, 75007 Paris · Association reconnue d'utilité "
        "publique\n\n"
        "Alcaldía de Necoclí – Calle 50 # 49-18, Parque Principal – Horario de atención: lunes a "
        "viernes de 8:00 a. m. a 12:00 m.\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("tiré du", "même thème", "rue du Bac", "Horario"):
        assert junk not in body, junk


def test_office_hours_as_a_label_in_the_text_stay():
    doc = parse_text(
        "Arauca abre un centro de atención para familias migrantes\n\n"
        f"{LEDE_PT}\n\n"
        "Horario de atención:\n\n"
        "Lunes a viernes: 7:30 a. m. a 12:00 m. y 2:00 p. m. a 5:30 p. m.\n"
    )
    assert "Horario de atención:" in body_texts(doc)


def test_figures_set_with_dot_leaders_under_a_numbered_heading():
    doc = parse_text(
        "Déplacements internes – Département du Centre\n\n"
        f"{LEDE_FR}\n\n"
        "2. CHIFFRES CLÉS\n\n"
        "Personnes déplacées recensées .......... 9 840\n"
        "Sites spontanés ........................ 17\n"
        "Volontaires mobilisés .................. 64\n\n"
        "(Sources : Protection civile et équipes de la Croix-Rouge, au 26 juin 2025)\n\n"
        "3. ACTIONS DE LA CROIX-ROUGE\n\n"
        f"{SECOND_FR}\n"
    )
    values = {figure.label: figure.value for figure in doc.figures}
    assert values == {
        "Personnes déplacées recensées": "9 840",
        "Sites spontanés": "17",
        "Volontaires mobilisés": "64",
    }
    assert not any("CHIFFRES" in text or "......" in text for text in body_texts(doc))


def test_a_press_office_signing_over_its_person_and_e_mail_is_one_contact():
    doc = parse_text(
        "MPF lança cartilha sobre direitos de trabalhadores migrantes\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Assessoria de Comunicação Social\n"
        "Ministério Público Federal em Roraima\n"
        "Raquel Dantas Ferreira – (95) 3198-5520\n"
        "imprensa@example.org.br\n"
    )
    assert len(doc.contacts) == 1
    contact = doc.contacts[0]
    assert contact.name == "Raquel Dantas Ferreira"
    assert contact.email == "imprensa@example.org.br"
    assert "Ministério Público Federal" in contact.organisation


def test_credits_in_brackets_keep_their_own_brackets_and_labels_go():
    doc = parse_text(
        "Vacinação de crianças migrantes em Pacaraima\n\n"
        f"{LEDE_PT}\n\n"
        "Na unidade de saúde, a técnica confere a caderneta de vacinação. "
        "Foto: Peter Ilicciev (Fiocruz Imagens)\n\n"
        f"{SECOND_PT}\n\n"
        "Moradores separam cobertores doados por paróquias da zona leste.\n"
        "(Imagem: Gabriela Scalco/Missão Paz)\n\n"
        "Photo: Canoes wait on the riverbank at Bajo Chiquito. (Newsroom Panama / G. Whitcombe)\n"
    )
    credits = [photo.credit for photo in doc.photos]
    assert "Peter Ilicciev (Fiocruz Imagens)" in credits
    assert "Gabriela Scalco/Missão Paz" in credits
    assert "Newsroom Panama / G. Whitcombe" in credits
    canoes = next(p for p in doc.photos if p.credit == "Newsroom Panama / G. Whitcombe")
    assert canoes.caption == "Canoes wait on the riverbank at Bajo Chiquito."


def test_the_press_office_as_byline_is_no_credit_and_no_feature():
    doc = parse_text(
        "Prefeitura inaugura sala de vacinação na fronteira\n\n"
        "Por Ascom/PMP\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.byline == "Ascom/PMP"
    assert not doc.photos
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_an_outlets_byline_and_an_update_stamp_beside_a_section_name():
    doc = parse_text(
        "Comissão ouve migrantes sobre trabalho e moradia em Roraima\n\n"
        "Caribbean Territory | Updated November 6, 2025, 5:00 p.m. EST\n\n"
        "Da Rádio Senado, Marcelo Antunes Prado\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.byline == "Marcelo Antunes Prado"
    assert doc.story.dateline.date == "2025-11-06"
    assert not any("Updated" in text or "Rádio" in text for text in body_texts(doc))


def test_footers_with_a_postcode_a_funder_a_registration_or_a_copyright_mid_line():
    doc = parse_markdown(
        "# Famílias refugiadas apresentam estudo sobre integração\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "PAR – Plataforma de Apoio · Rua Francisco Sanches, 17, 1170-141 Lisboa\n"
        "Com o apoio de: Fundo para o Asilo, a Migração e a Integração\n"
        "Instituto Exemplo · CNPJ 12.345.678/0001-90 · São Paulo/SP\n"
        "Salesianos del Perú © 2025 | Av. Brasil 210, Breña, Lima\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("Francisco Sanches", "Com o apoio", "CNPJ", "Salesianos"):
        assert junk not in body, junk
    assert not doc.photos


def test_markdown_menu_lines_one_under_another_stay_apart():
    doc = parse_markdown(
        "[gov.br](https://www.gov.br) · Órgãos do Governo · Acesso à Informação · Legislação\n"
        "**Ministério da Justiça e Segurança Pública**\n"
        "Você está aqui: Página Inicial > Notícias\n"
        "REFÚGIO\n"
        "# Conare reconhece mais de sete mil pessoas refugiadas\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("Órgãos do Governo", "Você está aqui", "REFÚGIO"):
        assert junk not in body, junk


LEDE_ES = (
    "La Alcaldía habilitó este miércoles un punto de atención para las familias desplazadas que "
    "llegan a la ciudad desde el Catatumbo, con orientación jurídica, salud y registro."
)
SECOND_ES = (
    "En el lugar trabajan funcionarios de la Secretaría de Víctimas y de la Defensoría, que "
    "atienden de lunes a sábado a las familias que llegan con sus hijos."
)


def test_a_headline_in_capitals_can_still_be_a_public_bodys_news():
    doc = parse_text(
        "ALCALDÍA HABILITA PUNTO DE ATENCIÓN PARA FAMILIAS DESPLAZADAS\n\n"
        "San José de Cúcuta, Norte de Santander, 15 de octubre de 2025 (@alcaldiacucuta). "
        f"{LEDE_ES}\n\n{SECOND_ES}\n"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert doc.story.dateline.place == "San José de Cúcuta, Norte de Santander"


def test_a_public_bodys_news_with_its_photos_and_its_writer_is_still_its_release():
    photos = "".join(
        f"Foto {n}: equipe atende famílias no centro. Foto: Ana Lima/Secom\n\n" for n in (1, 2, 3)
    )
    doc = parse_text(
        "Governo de Roraima inaugura Centro de Referência ao Migrante em Pacaraima\n\n"
        "Texto: Gilvan Mota Albuquerque\n\n"
        f"{LEDE_PT}\n\n{photos}{SECOND_PT}\n"
    )
    assert doc.story.byline == "Gilvan Mota Albuquerque"
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_statement_filed_as_a_press_release_and_a_release_named_in_its_headline():
    statement = parse_text(
        "Press Release\n\n"
        "Statement of the OAS General Secretariat on International Migrants Day\n\n"
        "December 18, 2025\n\n"
        "On International Migrants Day, the General Secretariat recalls that millions of people "
        "in the Americas have left their countries in search of protection.\n\n"
        "The General Secretariat calls on member states to keep regularization channels open.\n"
    )
    assert statement.story.kind is StoryKind.STATEMENT
    release = parse_text(
        "Comunicado do Ministério da Presidência sobre a chegada de refugiados reinstalados\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert release.story.kind is StoryKind.PRESS_RELEASE


def test_a_letterhead_with_its_postal_box_and_a_note_de_presse_label():
    doc = parse_text(
        "CONFÉRENCE ÉPISCOPALE D'HAÏTI\n\n"
        "Secrétariat général\n\n"
        "Boîte postale 1572 – Port-au-Prince, Haïti\n\n"
        "NOTE DE PRESSE\n\n"
        "Les évêques appellent à protéger les familles déplacées\n\n"
        "Port-au-Prince, le 24 mars 2025\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n"
    )
    assert doc.story.title == "Les évêques appellent à protéger les familles déplacées"
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_section_name_over_the_headline_and_a_pdf_headline_wrapped_after_a_noun():
    news = parse_text(
        "News | Nation & World News\n\n"
        "Nation & World News\n\n"
        "Panama says fewer migrants crossed the Darien jungle in October\n\n"
        "PANAMA CITY (AP) — Panama's immigration service said Tuesday that fewer migrants "
        "crossed the Darien jungle in October than in any month since 2021.\n\n"
        "Border police said they answered more calls for help from groups stranded in the jungle.\n"
    )
    assert news.story.title == "Panama says fewer migrants crossed the Darien jungle in October"
    sheet = parse_text(
        "Northbound and southbound: Venezuelans\n"
        "interviewed in Panama and Costa Rica\n\n"
        "This snapshot looks at the journeys of Venezuelan refugees and migrants interviewed in "
        "Panama and Costa Rica between July and September.\n\n"
        "Most respondents were travelling south, back toward Colombia or Venezuela.\n"
    )
    assert sheet.story.title == (
        "Northbound and southbound: Venezuelans interviewed in Panama and Costa Rica"
    )


def test_a_figures_table_with_a_column_per_period():
    doc = parse_markdown(
        "# Situation Report No. 4 – Arrivals from Venezuela\n\n"
        "Small boats continued to land on the south-western peninsula during the week, mostly at "
        "night, and volunteers met each of them at the landing points.\n\n"
        "## Key figures\n\n"
        "| Indicator | This week | Since 1 January |\n|---|---|---|\n"
        "| People assisted at landing points | 147 | 512 |\n"
        "| Hygiene kits distributed | 96 | 340 |\n\n"
        "Source: Red Cross branch records, 26 January 2026\n"
    )
    found = {(figure.value, figure.label) for figure in doc.figures}
    assert found == {
        ("147", "People assisted at landing points, this week"),
        ("512", "People assisted at landing points, since 1 January"),
        ("96", "Hygiene kits distributed, this week"),
        ("340", "Hygiene kits distributed, since 1 January"),
    }


def test_figures_set_label_first_under_their_heading():
    doc = parse_text(
        "Informe de situação – fronteira norte\n\n"
        f"{LEDE_PT}\n\n"
        "NÚMEROS-CHAVE\n\n"
        "Refugiados e migrantes da Venezuela no Brasil 626.900\n\n"
        "Pessoas interiorizadas desde abril de 2018 152.740\n\n"
        "Fonte: Governo Federal, 31 de maio de 2025.\n\n"
        f"{SECOND_PT}\n"
    )
    assert {(f.value, f.label) for f in doc.figures} == {
        ("626.900", "Refugiados e migrantes da Venezuela no Brasil"),
        ("152.740", "Pessoas interiorizadas desde abril de 2018"),
    }


def test_a_statements_signatures_and_the_signatories_titles_are_furniture():
    doc = parse_text(
        "Les évêques appellent à protéger les familles déplacées\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Pour la Conférence Épiscopale d'Haïti,\n\n"
        "+ Mgr Jean-Robert Désinor\n\n"
        "Évêque de Fort-Liberté, Président de la CEH\n\n"
        "Mons. Rogelio Ibarra Santoyo\n\n"
        "Obispo responsable de la Pastoral de la Movilidad Humana\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("Pour la Conférence", "Désinor", "Fort-Liberté", "Ibarra", "Obispo"):
        assert junk not in body, junk


def test_more_furniture_of_the_held_out_pages():
    doc = parse_text(
        "Famílias voltam a estudar no abrigo da fronteira\n\n"
        "Escrito por\n\n"
        f"{LEDE_PT}\n\n"
        "#ParaTodosVerem: Fotografia mostra quatro pessoas conversando diante de uma tenda.\n\n"
        f"{SECOND_PT}\n\n"
        "E-087/25\n\n"
        "Format Situation Report · Source OCHA · Posted 18 Apr 2025 · Originally published 18 Apr "
        "2025 · Origin View original\n\n"
        "Pour aller plus loin\n\n"
        "Notre rapport sur l'état de la pauvreté en France\n\n"
        "Marta R. dijo...\n\n"
        "Universidad del Rosario · Calle 12C n.º 6-25, Bogotá · Institución de Educación Superior\n\n"
        "Refugees International · 1800 M Street NW, Suite 405N · Washington, DC 20036\n"
    )
    body = " ".join(body_texts(doc))
    for junk in (
        "Escrito por",
        "ParaTodosVerem",
        "E-087",
        "Posted 18 Apr",
        "aller plus loin",
        "pauvreté",
        "dijo",
        "Calle 12C",
        "Street NW",
    ):
        assert junk not in body, junk


def test_an_advisorys_where_with_its_street_address_stays():
    doc = parse_text(
        "Media advisory: Global Refuge opens its new reception centre\n\n"
        "WHAT: The opening of a reception centre for newly arrived refugee families.\n\n"
        "WHERE: Global Refuge headquarters, 700 Light Street, Baltimore, MD 21230.\n\n"
        "¿Dónde?: Auditorio principal de la Defensoría, Calle 55 n.º 10-32, Bogotá\n\n"
        "Journalists are asked to register before Friday with the press office.\n"
    )
    body = " ".join(body_texts(doc))
    assert "700 Light Street" in body and "Calle 55" in body


def test_a_reports_date_of_issue_beats_the_end_of_its_period():
    doc = parse_text(
        "Situation Report No. 4 – Arrivals from Venezuela\n\n"
        "Reporting period: 20–26 January 2026\n\n"
        "Date of issue: 27 January 2026\n\n"
        "Small boats continued to land on the south-western peninsula during the week, mostly at "
        "night, and volunteers met each of them at the landing points.\n\n"
        "Sea conditions worsened on 24 January and one boat capsized near the shore.\n"
    )
    assert doc.story.dateline.date == "2026-01-27"


def test_a_byline_with_its_place_and_date_and_a_dated_byline_after_a_slash():
    doc = parse_text(
        "Lo que cabe en una mochila: cinco retratos desde el albergue\n\n"
        "Texto y fotos: Irene Baldoví Sanchis · Valencia, 10 de febrero de 2026\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n"
    )
    assert doc.story.byline == "Irene Baldoví Sanchis"
    assert doc.story.dateline.place == "Valencia"
    assert doc.story.dateline.date == "2026-02-10"
    doc = parse_text(
        "La longue route des Haïtiennes de Tapachula\n\n"
        "mardi 11 novembre 2025 / DE : Rosemond Désir-Lafleur\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n"
    )
    assert doc.story.byline == "Rosemond Désir-Lafleur"
    assert doc.story.dateline.date == "2025-11-11"


def test_an_advisorys_day_is_the_events_not_the_mails():
    doc = parse_text(
        "From: Press Office <press@example.org>\n"
        "Sent: Tuesday, September 16, 2025 11:42 AM\n"
        "Subject: MEDIA ADVISORY: Commission to hold a press conference on migrants in transit\n\n"
        "MEDIA ADVISORY: Commission to hold a press conference on migrants in transit\n\n"
        "Washington, D.C. – The Commission will hold a press conference to present its report on "
        "the rights of migrants in transit through the Americas.\n\n"
        "Day: Friday, September 19, 2025\n\n"
        "Time: 10:00 a.m. (EDT)\n"
    )
    assert doc.story.dateline.date == "2025-09-16"


def test_a_heading_right_over_the_figures_and_a_boxed_reading_list_and_a_signing_body():
    doc = parse_markdown(
        "# Población venezolana en la Argentina\n\n"
        f"{LEDE_ES}\n\n"
        "## DATOS DESTACADOS\n\n"
        "- 248.900 residencias otorgadas desde 2018\n"
        "- 12.315 radicaciones iniciadas en 2024\n\n"
        f"{SECOND_ES}\n\n"
        "> Pour aller plus loin\n>\n"
        "> Notre rapport sur l'état de la pauvreté en France\n\n"
        "A Direção\n"
    )
    texts = body_texts(doc)
    assert len(doc.figures) == 2
    for junk in ("DATOS DESTACADOS", "aller plus loin", "pauvreté", "A Direção"):
        assert not any(junk in text for text in texts), junk
    assert any(text.startswith("En el lugar trabajan") for text in texts)


def test_an_e_mailed_advisory_keeps_its_quoted_headline_under_its_kind_label():
    doc = parse_text(
        "From: Press Office <press@example.org.uk>\n"
        "Sent: Tuesday, 3 November 2026 09:12\n"
        "Subject: MEDIA ADVISORY: Launch of report on children held at the coast\n\n"
        "Dear colleagues,\n\n"
        "Please find below details of next week's launch. Journalists are welcome in person.\n\n"
        "MEDIA ADVISORY\n\n"
        '"Nowhere to sleep": children in short-term holding facilities at the coast\n\n'
        "What: Launch of a new report based on interviews with 41 children\n\n"
        "When: Tuesday 10 November 2026, 10.30–11.30 GMT\n\n"
        "Where: Human Rights Action Centre, London, and online\n"
    )
    assert doc.story.title == (
        '"Nowhere to sleep": children in short-term holding facilities at the coast'
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_relative_time_stamp_and_a_caption_over_its_credit_are_no_headline():
    doc = parse_text(
        "MUNDO\n\n"
        'Portugal acolhe 48 migrantes resgatados pelo navio "Humanity 1"\n\n'
        "Há 2 horas por Lusa\n\n"
        "Migrantes a bordo de um navio humanitário à chegada a um porto italiano\n\n"
        "© Lusa\n\n"
        "Lisboa, 03 dez 2026 (Lusa) - Portugal vai acolher 48 dos 310 migrantes resgatados no "
        "Mediterrâneo, anunciou hoje o Governo em comunicado.\n\n"
        "Entre os migrantes que Portugal vai receber estão 11 menores não acompanhados.\n"
    )
    assert doc.story.title == 'Portugal acolhe 48 migrantes resgatados pelo navio "Humanity 1"'
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert not any("Há 2 horas" in text for text in body_texts(doc))


def test_a_situation_bulletin_in_capitals_is_its_headline_not_a_newsletter():
    doc = parse_text(
        "Prefeitura de Belém\n\n"
        "BOLETIM DE SITUAÇÃO Nº 9 – ACOLHIMENTO DE MIGRANTES E REFUGIADOS\n\n"
        "Período: 16 a 30 de novembro de 2026\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.title == "BOLETIM DE SITUAÇÃO Nº 9 – ACOLHIMENTO DE MIGRANTES E REFUGIADOS"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_town_or_a_country_doing_something_heads_its_governments_news():
    town = parse_text(
        "Alcoy ofrece 40 plazas para acoger a personas rescatadas en el mar\n\n"
        "El Ayuntamiento de Alcoy ha trasladado a la Generalitat su disposición a acoger a parte "
        "de las personas rescatadas, con 40 plazas en albergues municipales.\n\n"
        f"{SECOND_ES}\n"
    )
    assert town.story.kind is StoryKind.PRESS_RELEASE
    signed = parse_text(
        f"Brasil amplia abrigos em Roraima\n\nPor Márcio Teles\n\n{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert signed.story.kind is StoryKind.FEATURE  # a reporter's story about the country


def test_a_web_pages_figure_captions_are_captions_whatever_their_words(tmp_path):
    from mediakit.importers import parse_file

    figures_html = "".join(
        f'<figure><img src="/g/{n}.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        f"<p>{LEDE_PT}</p>"
        for n, text in enumerate(
            (
                "A chegada ao aeroporto, depois de dois dias de viagem desde Beirute.",
                "Aulas de português três vezes por semana na sede da associação.",
                "O primeiro aniversário comemorado no Brasil, com vizinhos e voluntários.",
            )
        )
    )
    page = tmp_path / "galeria.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Um ano de recomeço em Curitiba</title></head>'
        f"<body><h1>Um ano de recomeço em Curitiba</h1>{figures_html}</body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    captions = [photo.caption for photo in doc.photos]
    assert "Aulas de português três vezes por semana na sede da associação." in captions
    assert not any(text.startswith("Aulas de português") for text in body_texts(doc))
    assert doc.story.kind is StoryKind.PHOTO_STORY


def test_dates_with_their_hour_a_months_period_and_a_wires_end_mark():
    doc = parse_text(
        "Perú y el ACNUR firman un convenio para fortalecer el asilo\n\n"
        "2 de diciembre de 2026 - 4:35 p. m.\n\n"
        "Enero – octubre de 2026\n\n"
        f"{LEDE_ES}\n\n"
        "Desde 2018, el país recibió a más de un millón de personas venezolanas, según datos "
        "oficiales.\n\n"
        "Lusa/Fim\n"
    )
    assert doc.story.dateline.date == "2026-12-02"
    texts = body_texts(doc)
    assert not any("4:35" in text or "octubre de 2026" in text for text in texts)
    assert any(text.startswith("Desde 2018") for text in texts)  # no caption of "Lusa/Fim"
    assert not doc.photos


def test_more_footers_pagers_and_calls_of_the_last_held_out_pages():
    doc = parse_text(
        "Un accueil renforcé pour les personnes arrivées par le fleuve\n\n"
        f"{LEDE_FR}\n\n"
        "Could you help people in crisis this winter?\n\n"
        "JRC // SCA\n\n"
        "← Galeria anterior: Natal no abrigo    Próxima galeria: Formatura do curso →\n\n"
        "Préfecture de la région Guyane – rue Fiedmond – BP 7008 – 97307 Cayenne Cedex\n\n"
        "www.guyane.gouv.fr – Twitter : @Prefet973\n\n"
        "North East Migration Partnership, Civic Centre, Regent Street, Gateshead NE8 1HH\n\n"
        f"{SECOND_FR}\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("Could you help", "JRC", "Galeria", "Cedex", "@Prefet973", "NE8 1HH"):
        assert junk not in body, junk


def test_a_newsroom_listing_with_a_page_count_pager_is_refused():
    teasers = "".join(
        f"**0{n}/12/2026** · Migraciones\n### Titular número {n} de la sala de prensa del ministerio\n"
        + ("Una línea de resumen de la nota que lleva a su propia página.\n" if n % 2 else "")
        + "\n"
        for n in range(1, 6)
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_markdown(
            f"# Notas de prensa\n\n{teasers}« Anterior | Página 1 de 212 | Siguiente »\n",
            name="notas.md",
        )


def test_a_public_bodys_news_with_its_figures_is_still_its_release():
    doc = parse_text(
        "Estado abre centro de acolhimento para indígenas Warao com 180 vagas\n\n"
        f"{LEDE_PT}\n\n"
        "• 180 vagas para famílias indígenas\n"
        "• 12 profissionais de assistência social\n"
        "• 3 refeições por dia\n\n"
        f"{SECOND_PT}\n"
    )
    assert len(doc.figures) == 3
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_section_labels_that_name_the_kind_in_the_plural_or_as_an_invitation():
    statement = parse_text(
        "Inicio » Actualidad » Pronunciamientos\n\n"
        "Pronunciamientos\n\n"
        "Provea exige garantías para los venezolanos deportados\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n"
    )
    assert statement.story.kind is StoryKind.STATEMENT
    advisory = parse_text(
        "MEDIA INVITATION\n\n"
        "Launch of report on the first year of sanctuary scholarships for refugee students\n\n"
        "Journalists are invited to the launch of a report on how refugee students fared in "
        "their first year at the university, with students and staff.\n\n"
        "Students will be available for interview and photographs after the presentations.\n"
    )
    assert advisory.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_letterhead_in_capitals_with_its_acronym_is_not_the_headline():
    doc = parse_text(
        "RÉPUBLIQUE DU TCHAD\n\n"
        "COMMISSION NATIONALE D'ACCUEIL ET DE RÉINSERTION DES RÉFUGIÉS (CNARR)\n\n"
        "RAPPORT DE SITUATION N° 37\n\n"
        "Afflux de réfugiés soudanais dans les provinces de l'Est\n\n"
        "Depuis le début de la semaine, des milliers de réfugiés soudanais sont arrivés au point "
        "d'entrée d'Adré, où la commission et ses partenaires les enregistrent.\n\n"
        "Le transfert des réfugiés vers le nouveau camp a repris après l'amélioration des routes.\n"
    )
    assert doc.story.title == "Afflux de réfugiés soudanais dans les provinces de l'Est"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_letters_closing_its_letterhead_a_disclaimer_and_country_acknowledgement():
    doc = parse_text(
        "FUNDACIÓN PARA LA JUSTICIA Y EL ESTADO DEMOCRÁTICO DE DERECHO, A.C.\n\n"
        "PRONUNCIAMIENTO\n\n"
        "Exigimos identificar a las personas migrantes fallecidas en la carretera\n\n"
        f"{LEDE_ES}\n\n"
        "Atentamente,\n\n"
        "Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, "
        "merci de le supprimer et d'en avertir l'expéditeur.\n\n"
        "We acknowledge the Traditional Custodians of the lands on which we work.\n\n"
        "Câmara Municipal do Fundão · Praça do Município, 6230-338 Fundão · Geral: 275 779 060\n\n"
        f"{SECOND_ES}\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("FUNDACIÓN", "Atentamente", "confidentiels", "Custodians", "Fundão"):
        assert junk not in body, junk


def test_figures_as_label_colon_value_and_stat_cards_run_into_one_line():
    doc = parse_text(
        "Boletim de situação – acolhimento em Belém\n\n"
        f"{LEDE_PT}\n\n"
        "NÚMEROS DO PERÍODO\n\n"
        "Pessoas em abrigos municipais (em 30/11): 612\n\n"
        "Vagas disponíveis (em 30/11): 38\n\n"
        "NOSSOS NÚMEROS\n\n"
        "4.780 pessoas interiorizadas 1.215 famílias acompanhadas após a chegada 86 cidades\n\n"
        f"{SECOND_PT}\n"
    )
    values = {figure.value for figure in doc.figures}
    assert {"612", "38", "4.780", "1.215", "86"} <= values


def test_a_figure_with_a_second_number_in_its_label_stays_whole():
    doc = parse_text(
        "Ecuador: niñas y niños fuera de la escuela\n\n"
        f"{LEDE_ES}\n\n"
        "Cifras clave\n\n"
        "• 41 proyectos en 27 países\n"
        "• 1.200 niños de 6 a 17 años fuera de la escuela\n"
        "• 3.400 familias atendidas entre el 1 de enero y el 11 de febrero\n\n"
        f"{SECOND_ES}\n"
    )
    assert {figure.value for figure in doc.figures} == {"41", "1.200", "3.400"}


def test_a_reporters_credit_line_is_a_byline_not_a_kind_label():
    doc = parse_text(
        "Comissão aprova matrícula escolar imediata para crianças refugiadas\n\n"
        "Reportagem – Marina Queiroz\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.byline == "Marina Queiroz"
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_an_about_page_known_by_its_sections_and_a_bishops_note_as_a_statement():
    about = parse_markdown(
        "**Frontera con Justicia A.C.**\n\n"
        "## Quiénes somos\n\n"
        "Frontera con Justicia es una asociación civil que desde 2002 acompaña a personas "
        "migrantes en Saltillo con albergue, alimentación y orientación jurídica.\n\n"
        "## Misión\n\n"
        "Defender los derechos humanos de las personas en movilidad.\n\n"
        "## Lo que hacemos\n\n"
        "- Albergue con capacidad para 180 personas\n"
        "- 12.400 atenciones jurídicas desde 2015\n"
        "- 3 comedores en la ciudad\n"
    )
    assert about.story.kind is StoryKind.ABOUT
    note = parse_text(
        "Nota da CNBB sobre a situação dos migrantes na fronteira norte\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert note.story.kind is StoryKind.STATEMENT


def test_places_without_a_trailing_full_stop_and_a_dateline_with_its_hour():
    doc = parse_text(
        "Belize opens a second reception centre in the west\n\n"
        "Belmopan. 23 November 2026 – The Government of Belize opened a second reception centre "
        "for asylum seekers in the west of the country on Monday.\n\n"
        "The centre will register up to 80 people a day.\n"
    )
    assert doc.story.dateline.place == "Belmopan"
    report = parse_text(
        "Boletín informativo – lluvias en el altiplano\n\n"
        "Guatemala, 4 de diciembre de 2026, 07:00 horas\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Próximo boletín: 4 de diciembre, 18:00 horas\n"
    )
    assert report.story.dateline.place == "Guatemala"
    assert report.story.dateline.date == "2026-12-04"


def test_signed_statements_view_counts_and_more_reading_links():
    doc = parse_text(
        "Churches call for safe routes for people seeking sanctuary\n\n"
        "1.032 visualizações\n\n"
        f"{LEDE_FR}\n\n"
        "Lea también: Personería pide más albergues ante el aumento de migrantes\n\n"
        "A reprodução das notícias é autorizada desde que contenha a assinatura da agência.\n\n"
        f"{SECOND_FR}\n\n"
        "Signed:\n\n"
        "The Rt Revd Margaret Hollis, Moderator, Steering Committee\n\n"
        "Revd Dr Owain Pritchard, General Secretary\n"
    )
    body = " ".join(body_texts(doc))
    for junk in ("visualizações", "Lea también", "reprodução", "Signed", "Hollis", "Pritchard"):
        assert junk not in body, junk


def test_a_tag_archive_with_a_numbered_pager_and_a_listing_of_dated_bylines_are_refused():
    archive = (
        "Runrun.es\n\n"
        "La fraternidad que no se ve en las cifras\n\n"
        "Opinión | Por @anaperez | 4 diciembre, 2026\n\n"
        "Acoger al que llega no es caridad sino una cualidad propia de hermanos.\n\n"
        "Trinidad y Tobago deporta a 43 venezolanos\n\n"
        "DDHH | Redacción | 2 diciembre, 2026\n\n"
        "Entre los deportados había 11 niños, según organizaciones de la comunidad.\n\n"
        "Mujeres venezolanas en Perú: entre la regularización y el desempleo\n\n"
        "Migración | Por Carlos Mijares | 28 noviembre, 2026\n\n"
        "Cuatro de cada diez mujeres consultadas no tienen empleo formal.\n\n"
        "« Página anterior · 1 · 2 · 3 · 4 · Página siguiente »\n"
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(archive, name="archivo.txt")
    bylines = "".join(
        f"By Reporter Number{n} | December {n}, 2026\n\nA one-line teaser of story {n} that "
        "leads to its own page on the agency's site.\n\n"
        for n in range(3, 8)
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(f"Migration & Refugees\n\nNews Agency\n\n{bylines}", name="tag.txt")


def test_a_lone_credit_after_the_page_furniture_or_a_quote_takes_no_caption():
    doc = parse_text(
        "Council opens a welcome hub for resettled families\n\n"
        f"{LEDE}\n\n"
        "The hub is funded for two years through the national integration grant.\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n\n"
        "© Bristol City Council\n"
    )
    assert any(text.startswith("The hub is funded") for text in body_texts(doc))
    quoted = parse_text(
        "Prefeitura assina acordo para casa de acolhida\n\n"
        f"{LEDE_PT}\n\n"
        "“Este acordo mostra que é possível cuidar de quem chega”, afirmou a prefeita.\n\n"
        "Fotos: Ascom/PMB\n"
    )
    assert any("Este acordo" in text for text in body_texts(quoted))


def test_a_mayors_signature_a_reports_date_and_period_and_other_furniture():
    doc = parse_text(
        "Évacuation du campement : « On ne règle rien en déplaçant la misère »\n\n"
        "Date : 02/12/2026 · Période couverte : du 16 au 30 novembre 2026\n\n"
        f"{LEDE_FR}\n\n"
        "Tipografia: Mínimo Pequeno Médio Grande Gigante\n\n"
        "Previous Information Bulletin\n\n"
        "Emergency Appeal MDR43010\n\n"
        "Jr. Estados Unidos 838, Jesús María, Lima - Perú | Tel. (01) 463-1010\n\n"
        f"{SECOND_FR}\n\n"
        "Karim Belkacemi\n\n"
        "Maire de Grande-Synthe\n\n"
        "Contact presse : Élodie Vandaele – 03 28 62 77 05 – e.vandaele@example.org.fr\n"
    )
    assert doc.story.dateline.date == "2026-12-02"
    body = " ".join(body_texts(doc))
    for junk in ("Période", "Tipografia", "Previous", "MDR43010", "Estados Unidos", "Belkacemi"):
        assert junk not in body, junk
    assert [c.name for c in doc.contacts] == ["Élodie Vandaele"]
