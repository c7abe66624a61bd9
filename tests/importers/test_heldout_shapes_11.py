"""General rules drawn from how the held-out batches r637–r696 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text
from mediakit.importers.html import parse_html
from mediakit.importers.lines import Role
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts
from tests.importers.test_heldout_shapes_10 import (
    LEDE_EN,
    LEDE_ES,
    LEDE_FR,
    SECOND_ES,
    SECOND_FR,
    page,
    role,
)

# -- kinds -----------------------------------------------------------------------------------


def test_the_offices_own_label_under_a_wires_press_release_filing_names_the_kind():
    doc = parse_text(
        "Minister welcomes Ombudsman's report on family reunification\n"
        "Friday, 4 December 2026, 11:32 am\nPress Release: New Zealand Government\n\n"
        "4 December 2026 Media Statement\n\n"
        "Minister welcomes Ombudsman's report on family reunification\n\n"
        f"{LEDE_EN}\n\nENDS\n",
        name="scoop.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT


def test_a_position_label_over_the_headline_makes_a_statement():
    doc = parse_html(
        page(
            '<main><p class="type">Position</p><h1>Étudiants en exil : les universités '
            "demandent un droit</h1><p>3 décembre 2026</p>"
            f"<p>{LEDE_FR}</p><p>{SECOND_FR}</p></main>"
        ),
        name="position.html",
    )
    assert doc.story.kind is StoryKind.STATEMENT


def test_a_preliminary_damage_report_label_makes_a_situation_report():
    doc = parse_text(
        "REPORTE PRELIMINAR DE AFECTACIONES N.º 2\n\n"
        "Ola invernal en Istmina: balance en la zona urbana\n\n"
        f"Istmina, 5 de diciembre de 2026\n\n{LEDE_ES}\n\n{SECOND_ES}\n",
        name="grd.txt",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_profile_with_its_next_update_and_a_needs_section_is_a_situation_report():
    doc = parse_text(
        "Darfur Humanitarian Profile No. 14\n\n"
        "Situation as of 1 December 2026 – Next update: 1 January 2027\n\n"
        f"Overview\n\n{LEDE_EN}\n\nNeeds and response\n\n{LEDE_EN.replace('city', 'state')}\n",
        name="profile.txt",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_newsroom_passing_on_a_press_offices_information_files_a_release():
    doc = parse_text(
        "Casa de Passagem do Migrante opera acima da capacidade\n\n"
        f"Por Redação Cidade AC News 2 de dezembro de 2026\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Com informações da Assessoria de Comunicação da SASDH\n",
        name="cidade.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_briefing_that_members_of_the_media_plan_to_attend_is_an_advisory():
    doc = parse_text(
        "Mayor Okafor to Host Community Briefing on Winter Shelter\n\n"
        f"Published on December 04, 2026\n\n{LEDE_EN}\n\n"
        "Members of the media who plan to attend in person should arrive by 5:45 p.m. for camera "
        "setup in the Common Council Chambers.\n",
        name="city.txt",
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_mayors_letter_loses_its_salutation_and_signature_and_is_a_statement():
    doc = parse_text(
        "Accueil de deux familles afghanes dans la commune\n\n"
        f"Chapelloises, Chapellois,\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Le Maire,\n\nGérard Tessier-Lhomme\n\net le conseil municipal\n",
        name="mairie.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT
    for line in ("Chapelloises", "Le Maire,", "Gérard Tessier-Lhomme", "et le conseil"):
        assert role(doc, line) is Role.JUNK
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


# -- furniture -------------------------------------------------------------------------------


def test_a_blog_posts_writer_date_reading_time_and_view_count():
    doc = parse_text(
        "Inês Barroso Lemos\n\n2 de dez. de 2026 · 5 min de leitura\n\n"
        f"De Cabul a Castelo Branco: dois anos a aprender a ficar\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "27 visualizações · 0 comentários\n",
        name="wix.txt",
    )
    assert doc.story.byline == "Inês Barroso Lemos"
    assert doc.story.dateline.date == "2026-12-02"
    assert not doc.figures
    assert role(doc, "27 visualizações") is Role.JUNK


def test_an_image_file_name_with_spaces_and_the_headline_with_the_sites_name_are_junk():
    title = "Casa de Passagem do Migrante opera acima da capacidade"
    doc = parse_text(
        f"{title}\n\nIG Slide D4.png\n\n{LEDE_PT}\n\n"
        f"{title} | Cidade AC News – Notícias do Acre\n\n"
        f"{title} | Cidade AC News – Notícias do Acre\n\n{SECOND_PT}\n",
        name="alt.txt",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


def test_a_release_dated_but_not_placed_with_who_and_why_paragraphs_stays_a_release():
    doc = parse_text(
        "Red Cross Sends Three Local Volunteers to Flood Relief\n\n"
        "DECEMBER 4, 2026 – Today, the Red Cross chapter announced that three volunteers will "
        "deploy to northern Georgia, where heavy rain forced families from their homes.\n\n"
        "WHO: Three trained shelter and feeding volunteers from the chapter.\n\n"
        "WHY: More than 40 shelters have opened across the region since Monday.\n\n"
        "Media contact: Dana Whitcombe, (239) 555-0148, dana.whitcombe@example.org\n\n# # #\n",
        name="draft.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert doc.story.dateline.date == "2026-12-04"
    assert body_texts(doc)[0].startswith("Today, the Red Cross chapter announced")


def test_figures_written_value_dash_label_under_group_names_in_markdown():
    doc = parse_markdown(
        "# Americas displacement crisis in numbers\n\n"
        "**Big picture**\n"
        "More than 22 million – people displaced within or from countries of the Americas.\n"
        "1 in 4 – of them are children under 12.\n\n"
        "**Darién Gap**\n"
        "312,000 – people who crossed the jungle between Colombia and Panama this year.\n\n"
        "**Haiti**\n"
        "1.1 million – people internally displaced by armed violence.\n\n"
        "Sources: UNHCR, IOM, R4V Platform.\n\n"
        f"{LEDE_EN}\n",
        name="numbers.md",
    )
    assert [f.value for f in doc.figures] == ["22 million", "1 in 4", "312,000", "1.1 million"]
    assert doc.story.kind is StoryKind.FACT_SHEET
    assert body_texts(doc) == [LEDE_EN]


# -- titles ----------------------------------------------------------------------------------


def test_a_headline_loses_an_icon_a_section_name_and_a_pictures_slug():
    for head, lines in (
        ("🎙️ Sahel central : déclaration du porte-parole sur les déplacements", ""),
        ("Émigration | Sahel central : déclaration du porte-parole sur les déplacements", ""),
        ("Sahel central : déclaration du porte-parole sur les déplacements", "peixe-post-foto\n"),
    ):
        doc = parse_text(f"{head}\n{lines}\n{LEDE_FR}\n\n{SECOND_FR}\n", name="titre.txt")
        assert doc.story.title == "Sahel central : déclaration du porte-parole sur les déplacements"


def test_a_headline_in_capitals_broken_over_two_lines_of_a_pdf():
    doc = parse_text(
        "ORGANIZAÇÃO INTERNACIONAL PARA AS MIGRAÇÕES – BRASIL\n\n"
        "Matriz de Monitoramento de Deslocamento (DTM)\n\n"
        "POPULAÇÃO VENEZUELANA REFUGIADA E MIGRANTE FORA\n"
        "DE ABRIGOS EM PACARAIMA – NOVEMBRO 2026\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="dtm.txt",
    )
    assert doc.story.title == (
        "POPULAÇÃO VENEZUELANA REFUGIADA E MIGRANTE FORA DE ABRIGOS EM PACARAIMA – NOVEMBRO 2026"
    )


def test_a_speech_checked_against_delivery_is_kept_as_a_statement():
    doc = parse_text(
        "Mise à l'abri des personnes du campement du boulevard Ney\n\n3 décembre 2026\n\n"
        f"- Seul le prononcé fait foi -\n\n{LEDE_FR}\n\n{SECOND_FR}\n",
        name="discours.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT
    assert role(doc, "- Seul le prononcé") is Role.JUNK


def test_the_kind_a_site_files_a_page_under_after_its_name():
    doc = parse_text(
        "Agência de Notícias IESB – Fotorreportagem\n\n"
        "Exposição retrata a rotina de famílias venezuelanas interiorizadas\n\n"
        f"Postado em 03/12/2026\n\n{LEDE_PT}\n\n{SECOND_PT}\n",
        name="iesb.txt",
    )
    assert doc.story.kind is StoryKind.PHOTO_STORY


# -- drafts ----------------------------------------------------------------------------------


def test_a_drafts_working_notes_are_dropped_wherever_they_stand():
    doc = parse_text(
        "MINUTA – aguardando validação dos números pela Defesa Civil antes de publicar (Thiago)\n\n"
        "Texto para la web – sección «La campaña» – v3 (revisar con Misiones antes de publicar)\n\n"
        f"Enchentes no Vale do Itajaí\n\n{LEDE_PT} [Thiago: confirmar se os colchões já saíram]\n\n"
        f"{SECOND_PT}\n",
        name="minuta.txt",
    )
    assert doc.story.title == "Enchentes no Vale do Itajaí"
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]
    assert role(doc, "[Thiago") is Role.JUNK


def test_a_document_hosts_transcript_loses_its_page_labels_and_the_reports_letterhead():
    title = "Rapport de situation n° 3 – Inondations dans le Nord-Ouest"
    doc = parse_text(
        f"{title} · Direction de la protection civile...\n\nTRANSCRIPT\n\n"
        f"Page 1: {title} · Direction de la protection civile\n\n"
        "RÉPUBLIQUE D’HAÏTI\nMINISTÈRE DE L’INTÉRIEUR ET DES COLLECTIVITÉS TERRITORIALES\n"
        "DIRECTION DE LA PROTECTION CIVILE – COORDINATION DÉPARTEMENTALE DU NORD-OUEST\n\n"
        f"{title}\n\n{LEDE_FR}\n\n"
        f"Page 2: {title} · Direction de la protection civile\n\n{SECOND_FR}\n",
        name="vdocuments.txt",
    )
    assert doc.story.title == title
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


def test_a_headline_in_capitals_keeps_its_first_word():
    doc = parse_text(
        f"MEDIA ARRANGEMENTS FOR HIGH-LEVEL DIALOGUE ON HUMAN MOBILITY\n\n{LEDE_EN}\n",
        name="note.txt",
    )
    assert doc.story.title == "MEDIA ARRANGEMENTS FOR HIGH-LEVEL DIALOGUE ON HUMAN MOBILITY"


# -- datelines and dates ---------------------------------------------------------------------


def test_datelines_set_in_capitals_with_a_full_stop_or_a_hyphen_and_in_italics():
    for opening, place, date in (
        ("CIUDAD JUÁREZ, Chihuahua. ", "CIUDAD JUÁREZ, Chihuahua", ""),
        ("PANAMA CITY-", "PANAMA CITY", ""),
        ("*New York, NY, December 3, 2026,* ", "New York, NY", "2026-12-03"),
        ("San José, 14 de setiembre de 2026. ", "San José", "2026-09-14"),
        ("Cúcuta, Norte de Santander. ", "Cúcuta, Norte de Santander", ""),
    ):
        doc = parse_text(f"Shelters fill up\n\n{opening}{LEDE_EN}\n\n{LEDE_EN}\n", name="d.txt")
        assert (doc.story.dateline.place, doc.story.dateline.date) == (place, date)
        assert body_texts(doc)[0] == LEDE_EN


def test_a_news_sites_update_stamp_and_its_boxes_of_videos_and_more_news():
    doc = parse_text(
        "FOTOS: a travessia de famílias venezuelanas pela BR-174\n\n"
        f"06/12/2026 07h02  Atualizado há 3 horas\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "VÍDEOS: mais assistidos do g1 RR\n\nVeja também\n\n"
        "Abrigo para indígenas warao em Boa Vista recebe reforma\n",
        name="g1.txt",
    )
    assert doc.story.dateline.date == "2026-12-06"
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


# -- listings --------------------------------------------------------------------------------


def test_pages_of_teasers_each_over_its_read_more_or_stamp_and_a_pager_are_listings():
    teaser = LEDE_ES + " " + SECOND_ES[:80]
    assert len(teaser.split()) >= 35
    with pytest.raises(BadInputError, match="listing"):
        parse_markdown(
            "Unidad de Investigación en Emergencia y Desastre (UIED)\n\n4 de diciembre de 2026\n\n"
            "# Desastres activos\n\n"
            + "".join(
                f"## Honduras: Inundaciones {n}\n\nPaís afectado: Honduras\n\n"
                f"Glide: FL-2026-00020{n}-HND\n\n{teaser}\n\n[Leer más](#)\n\n"
                for n in "123"
            )
            + "Fuente de los datos: ReliefWeb. Universidad de Oviedo · Aviso legal\n",
            name="uied.md",
        )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(
            "SAPO 24\n\n#migrações\n\nSeguir tag\n\n"
            "Migrantes resgatados ao largo do Algarve transferidos para o Porto\n\n"
            f"{LEDE_PT} {SECOND_PT[:60]}\n\nhá 2 horas\n\n"
            "AIMA conclui 90 mil processos de autorização de residência\n\n"
            f"{SECOND_PT}\n\nhá 5 horas\n\n"
            f"Cáritas abre linha de apoio em nepali e bengali\n\n{LEDE_PT}\n\nontem às 18:21\n\n"
            "Mais antigos\n\n« 1 2 3 4 5 ... 120 »\n",
            name="sapo.txt",
        )


# -- junk ------------------------------------------------------------------------------------


def test_read_also_links_app_promotions_resource_boxes_and_an_audio_players_title():
    doc = parse_text(
        "Alcoy habilita tres espacios municipales para acoger a personas rescatadas\n\n"
        "viernes, 4 de diciembre de 2026\n\nescúchalo en AUDIO\n\nHora 14 Alcoy (04/12/2026)\n\n"
        f"{LEDE_ES}\n\nLee: Se duplica el cruce de familias por el puente Lerdo en noviembre\n\n"
        f"{SECOND_ES}\n\nClick to learn more.\n\n"
        "Recevez les actualités de votre commune : téléchargez illiwap, c'est gratuit.\n\n"
        "SIGUE LEYENDO:\n\nClara Brugada presenta plan de vivienda para personas migrantes\n",
        name="ser.txt",
    )
    assert doc.story.title.startswith("Alcoy habilita tres espacios")
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_a_joint_communique_signed_by_its_bishops_is_their_statement():
    doc = parse_text(
        "COMUNICADO CONJUNTO\n\nLos obispos de Colombia y Venezuela, junto a los migrantes\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "+ Mons. Rodrigo Alzate Vélez, Arzobispo de Medellín, Presidente de la Conferencia\n\n"
        "+ Mons. Jesús Briceño Uzcátegui, Arzobispo de Mérida, Presidente de la Conferencia\n",
        name="cec.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT


def test_a_credit_run_into_its_caption_where_a_line_ended():
    doc = parse_markdown(
        f"# Prefeitura entrega kits de inverno\n\n{LEDE_PT}\n\n![](kit.jpg)\n\n"
        "Foto: Divulgação / Prefeitura de TeresinaCrianças Warao recebem kits no abrigo do bairro\n\n"
        f"{SECOND_PT}\n",
        name="viagora.md",
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Crianças Warao recebem kits no abrigo do bairro", "Divulgação / Prefeitura de Teresina")
    ]


def test_a_pdfs_two_column_letterhead_and_its_headline_wrapped_in_title_case():
    doc = parse_text(
        "International Organization for Migration                    PRESS RELEASE\n"
        "17 route des Morillons, CH-1211 Geneva 19                   Global\n\n"
        "Displacement in Haiti's Centre Department Doubles as Families\n"
        "Flee Mirebalais and Saut-d'Eau\n\n"
        f"Geneva, 3 December 2026 – {LEDE_EN}\n\n{LEDE_EN}\n",
        name="iom.txt",
    )
    assert doc.story.title == (
        "Displacement in Haiti's Centre Department Doubles as Families Flee Mirebalais and "
        "Saut-d'Eau"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_news_ticker_above_the_headline_is_junk():
    doc = parse_text(
        "Breaking: Road to Henderson closed after landslip near Alligator Creek\n\n"
        "Extra scholarships for students displaced by Kukum fire\n\n"
        f"Posted on December 3, 2026 | By SIBC News | 2 min read\n\n{LEDE_EN}\n",
        name="sibc.txt",
    )
    assert doc.story.title == "Extra scholarships for students displaced by Kukum fire"


def test_an_institutional_declaration_and_a_joint_text_its_signers_name_are_statements():
    for head, foot in (
        ("Declaración institucional", ""),
        ("COMUNICADO CONJUNTO", "Firman: Red Diáspora Venezolana, Observatorio de Movilidad"),
    ):
        doc = parse_text(
            f"{head}\n\nEl Gobierno refuerza la acogida de personas solicitantes\n\n"
            f"Madrid, 4 de diciembre de 2026\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n{foot}\n",
            name="declaracion.txt",
        )
        assert doc.story.kind is StoryKind.STATEMENT


def test_the_facts_page_and_a_photo_by_credit_under_its_picture():
    doc = parse_markdown(
        "# The Facts\n\nLast updated: November 2026\n\n"
        "Why we run: the numbers behind displacement, in plain language.\n\n"
        "![](runners.jpg)\n\nPhoto by Lukas Brandt/iStock / Getty Images\n\n"
        "- 123 million people were forcibly displaced worldwide at mid-2026.\n"
        "- 40% of them are children under 18.\n",
        name="facts.md",
    )
    assert doc.story.kind is StoryKind.FACT_SHEET
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("", "Lukas Brandt/iStock / Getty Images")
    ]


def test_a_narrower_column_of_a_pdf_copy_keeps_its_paragraphs_whole():
    from mediakit.importers.text import paragraph_lines

    wide = "Chegadas pela fronteira de Pacaraima aumentaram em novembro, com média diária de"
    lines = paragraph_lines(
        "OIM BRASIL | DTM – MATRIZ DE MONITORAMENTO DE DESLOCAMENTOS\n"
        "POPULAÇÃO VENEZUELANA FORA DE ABRIGOS\n\n"
        f"{wide}\n420 pessoas por dia, segundo a Polícia Federal, e a fila do posto\n"
        f"de triagem chegou a três horas.\n\n{wide}\n380 pessoas em outubro, o que mostra a "
        "tendência de alta do fluxo no fim\nde ano, como nos anos anteriores.\n\n"
        "No município, a população fora dos abrigos da Operação Aco-\n"
        "lhida caiu 4% em relação ao mês anterior, para um total de\n"
        "1.812 pessoas, contadas em 24 de novembro, em 31\npontos de ocupação espontânea.\n"
    )
    assert lines[0] == "OIM BRASIL | DTM – MATRIZ DE MONITORAMENTO DE DESLOCAMENTOS"
    assert lines[-1] == (
        "No município, a população fora dos abrigos da Operação Acolhida caiu 4% em relação ao "
        "mês anterior, para um total de 1.812 pessoas, contadas em 24 de novembro, em 31 pontos "
        "de ocupação espontânea."
    )


def test_a_pager_with_its_previous_and_next_words_in_any_script():
    from mediakit.importers.structure import _PAGING

    assert _PAGING.search("前へ · 1 · 2 · 3 · … · 48 · 次へ")
    assert _PAGING.search("« Anterior · 1 · 2 · 3 · … · 12 · Siguiente »".replace("« ", ""))


def test_a_story_the_newsroom_desk_signs_is_an_offices_news_passed_on():
    doc = parse_text(
        "Santa Cruz do Sul receberá R$ 720 mil para acolhimento de imigrantes\n\n"
        f"Por Redação GAZ\n\n07/12/2026 às 17h42\n\n{LEDE_PT}\n\n{SECOND_PT}\n",
        name="gaz.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
