"""Shapes first met in the sixth hand-written batch (benchmarks/import_corpus/handwritten/r92–r111),
each read from a small document written for the test (invented people and facts)."""

from __future__ import annotations

import io

from PIL import Image

from mediakit.importers import parse_file, parse_text
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BlockKind, StoryKind

PARAGRAPH = (
    "Relief teams reached the flooded villages on Tuesday and handed out water filters, "
    "blankets and hygiene kits to more than 900 families."
)
SECOND = "A second paragraph tells what the teams will do over the coming week, village by village."


def _docx(path, blocks):
    """A Word file: ("Title"|"Normal", text) paragraphs and ("picture", None) images."""
    from docx import Document
    from docx.shared import Inches

    word = Document()
    for style, text in blocks:
        if style == "picture":
            data = io.BytesIO()
            Image.new("RGB", (400, 250), "#336699").save(data, "PNG")
            data.seek(0)
            word.add_picture(data, width=Inches(3))
        elif style == "Title":
            word.add_heading(text, level=0)
        else:
            word.add_paragraph(text)
    word.save(path)
    return path


def test_a_wire_pages_editor_line_feedback_box_and_text_size_buttons_are_junk():
    doc = parse_text(
        "Ministry opens school support programme for migrant children\n\n"
        "Tamanho da fonte\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\n"
        "Edição: Carlos Alves\n\n"
        "Dê sua opinião sobre a qualidade do conteúdo que você acessou.\n\n"
        "Was this page helpful?\n"
    )
    text = doc.story.text
    assert doc.story.title == "Ministry opens school support programme for migrant children"
    for junk in ("Tamanho", "Edição", "opinião", "helpful"):
        assert junk not in text


def test_a_note_on_where_an_op_ed_first_appeared_is_not_the_story():
    doc = parse_text(
        "The drought ended, the debt did not\n\nBy Ana Lopes\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\n"
        "This article first appeared in The Standard on 15 April 2024.\n"
    )
    assert "first appeared" not in doc.story.text
    assert doc.story.byline == "Ana Lopes"


def test_a_related_block_in_the_middle_of_a_story_is_left_out_and_the_text_after_it_kept():
    doc = parse_text(
        "ONG alerta de miles de desplazados en el norte\n\n"
        f"{PARAGRAPH}\n\nLe puede interesar\n"
        "Sube el número de municipios con alerta por lluvias\n"
        "La selección anuncia convocatoria para el torneo\n\n"
        f"{SECOND}\n"
    )
    text = doc.story.text
    assert "Le puede interesar" not in text and "selección" not in text
    assert "village by village" in text


def test_a_latest_news_menu_item_above_the_headline_does_not_swallow_it():
    doc = parse_text(
        "Agência Brasil\nÚltimas notícias\nDireitos Humanos\n\n"
        "Programa de apoio escolar chega a crianças migrantes\n\n"
        "Publicado em 10/09/2024 - 17:50\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.title == "Programa de apoio escolar chega a crianças migrantes"
    assert doc.story.dateline.date == "2024-09-10"


def test_a_kind_label_with_a_release_number_names_the_kind():
    doc = parse_text(
        "NOTA DE PRENSA N.° 112-2024-MIGRACIONES\n\n"
        "Migraciones inaugura nuevo módulo de control en la frontera norte\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE
    assert "112-2024" not in doc.story.text


def test_an_issue_number_alone_under_a_kind_label_is_junk():
    doc = parse_text(
        f"FLASH UPDATE\n\nNo. 2\n\nFloods in the northern valleys\n\n{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT
    assert "No. 2" not in doc.story.text


def test_a_repositorys_side_panel_list_between_headline_and_text_is_junk(tmp_path):
    page = tmp_path / "flash.html"
    page.write_text(
        "<html><head><title>Floods in the north - Flash Update No. 2 | ReliefWeb</title></head>"
        "<body><main><h1>Floods in the north - Flash Update No. 2</h1>"
        "<dl><dt>Format</dt><dd>Situation Report</dd><dt>Source</dt><dd>OCHA</dd>"
        "<dt>Posted</dt><dd>8 May 2024</dd><dt>Originally published</dt><dd>8 May 2024</dd></dl>"
        f"<p>{PARAGRAPH}</p><p>{SECOND}</p></main></body></html>",
        encoding="utf-8",
    )
    text = parse_file(page).story.text
    for junk in ("Format", "Source", "Posted", "Originally published"):
        assert junk not in text


def test_a_dateline_whose_spaces_were_lost_is_read():
    doc = parse_text(
        "Red Cross steps up help for people on the move\n\n"
        f"Panama/Geneva,2 August 2024 —{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.dateline.place == "Panama/Geneva"
    assert doc.story.dateline.date == "2024-08-02"
    assert doc.story.text.startswith("Relief teams")


def test_a_wire_dateline_at_the_end_of_the_copy_gives_the_place():
    doc = parse_text(
        "ONG alerta de miles de desplazados en el norte\n\n13/02/2025 11:32\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\nBogotá, 13 feb (EFE).\n"
    )
    assert doc.story.dateline.place == "Bogotá"
    assert doc.story.dateline.date == "2025-02-13"
    assert "(EFE)" not in doc.story.text


def test_a_title_styled_name_of_a_country_office_is_the_title(tmp_path):
    doc = parse_markdown(
        f"**IOM CHILE**\n\nFACT SHEET | APRIL 2024\n\n# IOM in Chile\n\n{PARAGRAPH}\n\n{SECOND}\n",
        name="sheet.md",
    )
    assert doc.story.title == "IOM in Chile"
    assert doc.story.kind is StoryKind.FACT_SHEET


def test_a_credit_on_its_own_line_after_a_pictures_caption_is_that_photos_credit(tmp_path):
    path = _docx(
        tmp_path / "sheet.docx",
        [
            ("Title", "Help at the border crossing"),
            ("Normal", PARAGRAPH),
            ("picture", None),
            ("Normal", "Staff of the assistance point hand out warm clothing."),
            ("Normal", "Photo: IOM/Pablo Fuentes"),
            ("Normal", SECOND),
        ],
    )
    photos = parse_file(path).photos
    assert len(photos) == 1
    assert photos[0].caption == "Staff of the assistance point hand out warm clothing."
    assert photos[0].credit == "IOM/Pablo Fuentes"


def test_a_byline_keeps_the_name_not_the_job_title_after_it():
    doc = parse_text(
        "The drought ended, the debt did not\n\n"
        "By Amara Njoroge, Regional Director, Oxfam in East Africa\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.byline == "Amara Njoroge"


def test_a_date_line_with_the_byline_beside_it_gives_both():
    doc = parse_text(
        "À San Vicente, la fatigue de ceux qui ont traversé la forêt\n\n"
        "Après des jours de marche, les familles arrivent épuisées au centre d'accueil du sud.\n\n"
        "21 mai 2024 | Par Laura Ospina\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    story = doc.story
    assert story.byline == "Laura Ospina"
    assert story.dateline.date == "2024-05-21"
    assert story.standfirst.startswith("Après des jours")
    assert "Par Laura" not in story.text


def test_a_subtitle_right_under_the_headline_over_the_date_line_is_the_standfirst():
    doc = parse_text(
        "Programa de apoio escolar chega a crianças migrantes\n\n"
        "Meta é atender 4 mil crianças em Boa Vista e Manaus até 2025\n\n"
        "Publicado em 10/09/2024 - 17:50 Por Renata Lima - Repórter - Brasília\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    story = doc.story
    assert story.standfirst == "Meta é atender 4 mil crianças em Boa Vista e Manaus até 2025"
    assert story.byline == "Renata Lima"
    assert story.dateline.date == "2024-09-10"


def test_a_reports_labelled_date_counts_and_its_next_issue_and_period_do_not():
    doc = parse_text(
        "INFORME DE SITUAÇÃO Nº 4\n\nEnchentes no Acre: resposta em Rio Branco\n\n"
        "Período: 25 a 28 de fevereiro de 2024\n\nData: 28/02/2024\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\nPróximo informe: 4 de março de 2024\n"
    )
    story = doc.story
    assert story.kind is StoryKind.SITUATION_REPORT
    assert story.dateline.date == "2024-02-28"
    assert "Período" not in story.text and "Próximo" not in story.text


def test_a_sheet_dated_only_by_its_month_takes_the_month():
    doc = parse_text(f"FACT SHEET | APRIL 2024\n\nIOM in Chile\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert doc.story.kind is StoryKind.FACT_SHEET
    assert doc.story.dateline.date == "2024-04"


def test_an_interviews_answers_are_kept_even_when_they_open_like_a_mail_header():
    doc = parse_text(
        "Q&A: what women in the sites ask for first\n\n"
        "Q: What do women in the sites ask for first?\n\n"
        "A: Privacy and light. Many women told us they avoid the latrines after dark.\n\n"
        "Q: What would you like donors to understand?\n\n"
        "A: That the committees already organise water collection and night patrols.\n"
    )
    text = doc.story.text
    assert "A: Privacy and light." in text
    assert "A: That the committees" in text


def test_a_report_section_named_with_the_organisation_is_a_subhead(tmp_path):
    doc = parse_markdown(
        "# Floods in the west\n\n## Highlights\n\n- Rivers rose over two days in the west.\n\n"
        f"## Réponse de CARE\n\n{PARAGRAPH}\n\n## Besoins prioritaires\n\n{SECOND}\n",
        name="flash.md",
    )
    subheads = [b.text for b in doc.story.body if b.kind is BlockKind.SUBHEAD]
    assert "Réponse de CARE" in subheads


def test_a_news_agencys_copy_with_its_wire_dateline_is_a_press_release():
    doc = parse_text(
        "ONG alerta de miles de desplazados en el norte\n\n13/02/2025 11:32\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\nBogotá, 13 feb (EFE).\n"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_a_date_in_brackets_at_the_end_of_a_filed_title_dates_the_report_and_leaves_the_title():
    doc = parse_text(
        "Haiti: Displacement in the capital - Flash Update No. 2 (8 May 2024)\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.title == "Haiti: Displacement in the capital - Flash Update No. 2"
    assert doc.story.dateline.date == "2024-05-08"


def test_a_news_agencys_time_place_and_day_line_gives_the_place():
    doc = parse_text(
        "Migraciones inaugura nuevo módulo de control en la frontera norte\n\n"
        f"18:46 | Tumbes, jun. 27.\n\n{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.dateline.place == "Tumbes"
    assert "18:46" not in doc.story.text


def test_the_place_closing_a_date_and_byline_line_is_where_the_story_was_filed():
    doc = parse_text(
        "Programa de apoio escolar chega a crianças migrantes\n\n"
        "Publicado em 10/09/2024 - 17:50 Por Renata Lima - Repórter da Agência - Brasília\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.dateline.place == "Brasília"
    assert doc.story.byline == "Renata Lima"


def test_a_lead_saying_whose_statement_follows_is_the_standfirst():
    doc = parse_text(
        "Declaración pública: miles de personas confinadas en el sur\n\nPublicado 14 Mar 2024\n\n"
        "Declaración de Marta Ortega, directora de la organización en Colombia, sobre el "
        "confinamiento de más de 6.000 personas en el sur de Bolívar.\n\n"
        f"“{PARAGRAPH}\n\n{SECOND}”\n"
    )
    story = doc.story
    assert story.standfirst.startswith("Declaración de Marta Ortega")
    assert story.kind is StoryKind.STATEMENT
    assert story.dateline.date == "2024-03-14"


def test_an_advisorys_spokespeople_label_over_its_list_is_kept():
    doc = parse_text(
        "MEDIA ADVISORY\n\nExperts available for interviews during the summit\n\n"
        f"{PARAGRAPH}\n\nSpokespeople available:\n\n• Ana Lopes, Head of Migration\n"
        "• Idrissa Koné, Secretary General\n\nInterviews can be arranged in person or remotely.\n"
    )
    assert "Spokespeople available:" in doc.story.text


def test_a_site_menus_blurbs_above_the_headline_are_not_the_story():
    doc = parse_text(
        "Who we are\n\nThe Council is an independent humanitarian organisation helping people "
        "forced to flee.\n\nReports from the field, interviews and campaigns, straight to your "
        "inbox.\n\nSubscribe\n\nTowns under blockade must not be left to starve\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    text = doc.story.text
    assert doc.story.title == "Towns under blockade must not be left to starve"
    assert "independent humanitarian organisation" not in text and "inbox" not in text


def test_a_lead_photos_caption_above_the_headline_is_kept_with_its_credit(tmp_path):
    page = tmp_path / "feature.html"
    page.write_text(
        "<html><head><title>À San Vicente, la fatigue du voyage – MSF</title></head><body>"
        "<nav><a>Accueil</a></nav><figure><img src='a.jpg' alt=''><figcaption>Des familles "
        "attendent au point d'eau du centre d'accueil. © Laura Ospina/MSF</figcaption></figure>"
        "<p>PARTAGEZ</p><h1>À San Vicente, la fatigue du voyage</h1>"
        f"<p>{PARAGRAPH}</p><p>{SECOND}</p></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert doc.story.title == "À San Vicente, la fatigue du voyage"
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Des familles attendent au point d'eau du centre d'accueil.", "Laura Ospina/MSF")
    ]


def test_a_suggested_citation_and_a_copyright_notice_are_not_a_photo():
    doc = parse_text(
        f"Climate-resilient Andean farming\n\n{PARAGRAPH}\n\n{SECOND}\n\n"
        "Cita sugerida: FAO. 2024. Agricultura andina resiliente al clima. Santiago.\n\n"
        "© FAO, 2024\n"
    )
    assert doc.photos == ()
    assert "Cita sugerida" not in doc.story.text
