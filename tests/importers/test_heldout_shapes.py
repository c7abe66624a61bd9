"""Shapes first met in the fifth hand-written batch (benchmarks/import_corpus/handwritten/r72–r91),
each read from a small document written for the test (invented people and facts)."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, BlockKind, StoryKind

PARAGRAPH = (
    "Relief teams reached the flooded villages on Tuesday and handed out water filters, "
    "blankets and hygiene kits to more than 900 families."
)


def test_a_headline_broken_over_two_lines_is_one_title():
    doc = parse_text(
        "Situation Report #4 on the floods in the\nnorthern river valleys\n\n"
        f"{PARAGRAPH}\n\nA second paragraph tells what the teams will do next week.\n"
    )
    assert doc.story.title == "Situation Report #4 on the floods in the northern river valleys"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_release_number_beside_the_date_names_the_kind_and_dates_the_story():
    doc = parse_text(
        "Archived page: may contain outdated information!\n\n"
        "Surgeons sent to the northern hospital\n\n"
        "14-03-2024 News Release 24/031\n\n"
        f"Geneva (ICRC) – {PARAGRAPH}\n\nFor further information, please contact:\n"
        "Ana Lopes, ICRC Geneva, tel +41 79 555 32 64\n"
    )
    story = doc.story
    assert story.title == "Surgeons sent to the northern hospital"
    assert story.kind is StoryKind.PRESS_RELEASE
    assert story.dateline.date == "2024-03-14"
    assert "Archived page" not in story.text


def test_header_fields_under_the_headline_are_not_the_story():
    doc = parse_text(
        "Press briefing notes\n\nCivilians must be allowed to leave the besieged city\n\n"
        "Spokesperson for the High Commissioner: Ana Lopes\nLocation: Geneva\n"
        f"Date: 19 April 2024\n\n{PARAGRAPH}\n\nSecond paragraph of the notes, in full.\n"
    )
    story = doc.story
    assert story.title == "Civilians must be allowed to leave the besieged city"
    assert story.kind is StoryKind.STATEMENT
    assert "Location" not in story.text and "Spokesperson for" not in story.text


def test_a_headline_over_its_subtitle():
    doc = parse_text(
        "Photo exhibition on the semi-arid region opens in Petrolina\n\n"
        "Teenagers from forty towns took the pictures on show\n\n"
        f"Petrolina, 9 July – {PARAGRAPH}\n\nMore information: Ana Lopes – ana@example.org\n"
    )
    assert doc.story.title == "Photo exhibition on the semi-arid region opens in Petrolina"


def test_a_wire_dateline_alone_and_the_agency_tags_line():
    doc = parse_text(
        "Charity warns a million children need aid in the north\n\n"
        " date 2024-06 12/06/2024 A girl carries water POLITICA ESPAÑA EUROPA MADRID SOCIEDAD\n\n"
        f"MADRID, 12 (EUROPA PRESS)\n\n{PARAGRAPH}\n\nThe charity asks donors to fund the plan.\n"
    )
    story = doc.story
    assert story.title == "Charity warns a million children need aid in the north"
    assert story.dateline.place == "MADRID"
    assert "POLITICA" not in story.text


def test_a_heading_over_nothing_the_story_keeps_is_dropped_and_credits_in_brackets():
    doc = parse_markdown(
        "# Funding in the east at a glance\n\n"
        f"{PARAGRAPH}\n\nA second paragraph follows here, with more of the story.\n\n"
        "Women collect rations in Farchana. (foto: WFP Chad/Ana Lopes)\n\n"
        "## Overview\n\n- 1,4 million people assisted in 2023\n- 82 % of staff in the field\n"
        "- 640 staff in six offices\n"
    )
    assert not any(b.kind is BlockKind.SUBHEAD and b.text == "Overview" for b in doc.story.body)
    assert doc.story.kind is StoryKind.FACT_SHEET
    assert [p.credit for p in doc.photos] == ["WFP Chad/Ana Lopes"]


def test_a_bare_organisation_slash_photographer_credit():
    doc = parse_text(
        "Midwives who watch over the babies of the highlands\n\nUNICEF Guatemala / Sofía Batz\n\n"
        f"{PARAGRAPH}\n\nA second paragraph follows here, with more of the story.\n"
    )
    assert [p.credit for p in doc.photos] == ["UNICEF Guatemala / Sofía Batz"]


def test_a_newsroom_list_of_dated_headlines_is_refused():
    items = "\n\n".join(
        f"- {title}\n\n{day} March 2022"
        for title, day in (
            ("Domestic workers still left out of social security", 24),
            ("Regional report on green jobs to be presented in Pretoria", 21),
            ("Apprenticeship scheme launched for young construction workers", 15),
        )
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_markdown(f"# Press releases\n\n{items}\n")


def test_the_note_between_two_forwarded_headers_is_not_the_story():
    doc = parse_text(
        "De : Ana Lopes <ana@example.org>\nEnvoyé : mardi 12 mars 2024 10:14\nÀ : Liste presse\n"
        "Objet : TR: AVIS AUX MÉDIAS – Lancement du plan\n\nBonjour à toutes et à tous,\n\n"
        "Veuillez trouver ci-dessous l'avis pour jeudi. Merci de le relayer à vos rédactions.\n\n"
        "De : OCHA <ocha@example.org>\nEnvoyé : lundi 11 mars 2024 18:02\n"
        "Objet : AVIS AUX MÉDIAS – Lancement du plan\n\nAVIS AUX MÉDIAS\n\nLancement du plan\n\n"
        "Niamey, le 11 mars 2024 – Le Gouvernement et les partenaires présenteront le plan de "
        "réponse de l'année.\n\nQuoi : Lancement du plan\nQuand : jeudi 14 mars 2024, 10 h\n"
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY
    assert "Veuillez trouver" not in doc.story.text


def test_two_contact_records_run_together_by_markdown_are_two_people():
    doc = parse_markdown(
        "# Launch of the regional report on women's work\n\n"
        f"{PARAGRAPH}\n\nA second paragraph follows here, with more of the story.\n\n"
        "**Media contacts:**\n\n"
        "Dalia Mansour | Communications Analyst | +962 79 555 0612 | dalia@example.org\n"
        "Omar Haddad | Media Associate | +962 77 555 2240 | omar@example.org\n"
    )
    assert [c.email for c in doc.contacts] == ["dalia@example.org", "omar@example.org"]


def test_a_saved_pages_contacts_box_is_read_even_when_the_main_text_leaves_it_out():
    from mediakit.importers.html import parse_html

    page = (
        "<html><head><title>Floods in the south - Situation report No. 3 | OCHA</title></head>"
        "<body><nav>Home · Where we work · News</nav><h1>Floods in the south</h1>"
        f"<p>{PARAGRAPH}</p><p>A second paragraph follows here, with more of the story.</p>"
        "<h2>For more information</h2>"
        "<p>Gabriela Ortez, Head of Office, OCHA, ortez@example.org, +504 9555 1420</p>"
        "<footer>Legal notice · Privacy</footer></body></html>"
    )
    doc = parse_html(page, name="report.html")
    assert [(c.name, c.email) for c in doc.contacts] == [("Gabriela Ortez", "ortez@example.org")]


def test_a_figure_over_three_lines_value_unit_label():
    doc = parse_markdown(
        "# Chad at a glance\n\n"
        f"{PARAGRAPH}\n\nA second paragraph follows here, with more of the story.\n\n"
        "## Funding\n\n- 312\n\nmillion dollars\n\nneeded for 2024\n\n- 74\n\nmillion dollars\n\n"
        "received by 29 February\n\nSource: WFP Chad, March 2024\n"
    )
    assert [(f.value, f.label.casefold()) for f in doc.figures] == [
        ("312 million dollars", "needed for 2024"),
        ("74 million dollars", "received by 29 february"),
    ]


def test_a_location_field_gives_the_place():
    doc = parse_text(
        "Press briefing notes\n\nCivilians must be allowed to leave the besieged city\n\n"
        f"Location: Geneva\nDate: 19 April 2024\n\n{PARAGRAPH}\n\nSecond paragraph, in full.\n"
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Geneva", "2024-04-19")


def test_a_cut_off_line_dates_a_report_and_is_not_its_text():
    doc = parse_markdown(
        "# Situation report No. 7: migration through the Darién\n\n"
        "Fecha de corte: 30 de septiembre de 2023 · Periodo cubierto: 1 al 30 de septiembre\n\n"
        f"{PARAGRAPH}\n\nA second paragraph follows here, with more of the story.\n"
    )
    assert doc.story.dateline.date == "2023-09-30"
    assert "Fecha de corte" not in doc.story.text


def test_a_meta_line_whose_fields_came_out_empty_is_not_the_headline():
    doc = parse_text(
        "Charity report finds the richest grew three times faster than wages in 2024\n\n"
        "The charity publishes its yearly report on inequality before the economic forum.\n\n"
        "Publicado en el en Solidaridad y cooperación por\n\n"
        f"Madrid, 20 de enero de 2025. {PARAGRAPH}\n\nA second paragraph, with more of it.\n"
    )
    assert doc.story.title == (
        "Charity report finds the richest grew three times faster than wages in 2024"
    )
    assert "Publicado en el" not in doc.story.text
