"""Shapes first met in the held-out batches r112–r201 (benchmarks/import_corpus/handwritten/),
each read from a small document written for the test (invented people and facts)."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, BlockKind, StoryKind

PARAGRAPH = (
    "Relief teams reached the flooded villages on Tuesday and handed out water filters, "
    "blankets and hygiene kits to more than 900 families in the district."
)
SECOND = "A second paragraph tells what the teams will do over the coming week, village by village."
LEDE = (
    "The shelter opened its doors on Monday to families arriving from the border, with room "
    "for two hundred people, a kitchen and a legal advice desk run by volunteers."
)


def _body(doc) -> list[str]:
    return [block.text for block in doc.story.body if block.kind is not BlockKind.PHOTO]


def test_a_date_first_dateline_gives_place_and_date():
    doc = parse_text(
        "Canada backs shelters for displaced families in Haiti\n\n"
        "Le 14 mai 2024 – Ottawa (Ontario) – Affaires mondiales Canada\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.dateline.place == "Ottawa (Ontario)"
    assert doc.story.dateline.date == "2024-05-14"
    assert not any("Affaires mondiales" in text for text in _body(doc))


def test_a_wire_dateline_and_its_source_line():
    doc = parse_text(
        "Relief Agency Expands Cash Assistance in La Guajira\n\n"
        "May 14, 2024, 09:00 ET\n\n"
        f"BALTIMORE, May 14, 2024 /PRNewswire/ -- {PARAGRAPH}\n\n{SECOND}\n\n"
        "SOURCE Relief Agency\n"
    )
    assert doc.story.title == "Relief Agency Expands Cash Assistance in La Guajira"
    assert doc.story.dateline.place == "BALTIMORE"
    assert doc.story.dateline.date == "2024-05-14"
    assert _body(doc)[0].startswith("Relief teams reached")
    assert not any(text.startswith("SOURCE") for text in _body(doc))


def test_a_press_office_is_the_contact_and_its_phone_no_footnote():
    doc = parse_text(
        "Shelters reach a new record in the north\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n\n"
        "Key figures\n\n• 140,212 people relocated since 2018\n• 1,031 destination towns\n\n"
        "Assessoria Especial de Comunicação Social\n"
        "Casa Civil da Presidência da República\n"
        "(61) 3411-5067 | imprensa@example.gov.br\n"
    )
    (contact,) = doc.contacts
    assert contact.name == ""
    assert contact.organisation.startswith("Assessoria Especial de Comunicação Social")
    assert contact.email == "imprensa@example.gov.br"
    assert contact.phones


def test_markdown_lines_set_one_under_another_stay_apart_and_a_broken_word_is_joined():
    doc = parse_markdown(
        "# Floods in the north\n\n"
        "Les prix ont augmenté en deux se-\nmaines à Petite-Rivière-de-\nl'Artibonite.\n\n"
        f"{PARAGRAPH}\n\n"
        "Informações para a imprensa\nAssessoria de Comunicação Social\n"
        "Fernanda Queiroz – (91) 3202-8817 – fernanda@example.gov.br\n",
        name="release.md",
    )
    assert "deux semaines à Petite-Rivière-de-l'Artibonite." in _body(doc)[0]
    assert [c.email for c in doc.contacts] == ["fernanda@example.gov.br"]
    assert not any("Informações" in text for text in _body(doc))


def test_a_page_made_to_browse_stories_is_refused_as_a_listing():
    teasers = "\n\n".join(
        f"Story number {n} about the shelters\n\nA short teaser for story {n}.\n\nRead more"
        for n in range(1, 5)
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(f"Newsroom\n\n{teasers}\n\nShowing 1 - 4 of 37\n", name="news.txt")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("• 1 in 4 live alone, most of them women over 70.", "1 in 4"),
        ("• Only 12% receive any form of pension or regular cash support.", "12%"),
        ("• 3 de cada 10 dicen haber sufrido discriminación al buscar empleo.", "3 de cada 10"),
    ],
)
def test_a_list_of_numbered_sentences_gives_key_figures(line, value):
    doc = parse_text(
        f"Older refugees skip their medicines\n\n{PARAGRAPH}\n\n"
        f"• 38% of older people surveyed stopped a prescribed medicine.\n{line}\n\n{SECOND}\n"
    )
    assert value in [figure.value for figure in doc.figures]


def test_a_label_then_its_value_after_a_long_dash_is_a_figure():
    doc = parse_markdown(
        f"# About our work\n\n{LEDE}\n\n## Our work at a glance\n\n"
        "People reached in the region in 2023 — **186,400**\n"
        "Country offices and field locations — **31**\n\n"
        f"## Our approach\n\n{SECOND}\n",
        name="about.md",
    )
    assert [(f.value, f.label) for f in doc.figures] == [
        ("186,400", "People reached in the region in 2023"),
        ("31", "Country offices and field locations"),
    ]


def test_credits_written_after_the_caption_or_as_photographer_and_organisation():
    doc = parse_text(
        f"Water committees in Yoro\n\n{PARAGRAPH}\n\n"
        "Committee members go through the monthly accounts under the mango tree. "
        "Photo by Kevin Ordóñez\n\n"
        f"{SECOND}\n\n"
        "Mothers wait with their children under a tarpaulin.\n\n"
        "Rohan Baptiste/Americares 2024\n\n"
        f"{LEDE}\n"
    )
    credits = {photo.credit for photo in doc.photos}
    assert credits == {"Kevin Ordóñez", "Rohan Baptiste/Americares 2024"}


def test_a_sites_copyright_footer_is_never_a_photo_caption():
    doc = parse_text(
        f"Shelters in Guatemala\n\n{PARAGRAPH}\n\n{SECOND}\n\n"
        "UNICEF Guatemala · 13 Calle 8-44, Zona 10 · Guatemala City · © UNICEF 2021\n"
    )
    assert doc.photos == ()
    assert not any("Zona 10" in text for text in _body(doc))


def test_a_pdf_copy_drops_its_running_header_on_the_first_page_too():
    header = "Cruz Roja Ecuatoriana | Reporte de situación n.º 4"
    doc = parse_text(
        f"{header} | Movilidad humana\n\n"
        "Aumento de llegadas por el puente internacional de Huaquillas\n\n"
        f"{PARAGRAPH}\n\n{header} Página 1 de 2\n\n{SECOND}\n"
    )
    assert not any("Cruz Roja Ecuatoriana" in text for text in _body(doc))


@pytest.mark.parametrize(
    "chrome",
    [
        "Is this page useful?",
        "41K Followers",
        "Inés Kvaran and 92 others",
        "Click here to view the overall numbers of volunteers.",
        "Get stories of health and hope delivered to your inbox.",
        "Téléchargez l'application ONU Info pour vos appareils iOS ou Android.",
        "Compartilhe: Facebook Twitter WhatsApp link para Copiar para área de transferência",
        "Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição.",
        "dom/jgb/mt",
    ],
)
def test_platform_chrome_never_reaches_the_story(chrome):
    doc = parse_text(f"Shelters in the north\n\n{PARAGRAPH}\n\n{chrome}\n\n{SECOND}\n")
    assert chrome not in _body(doc)
    assert doc.story.title == "Shelters in the north"


def test_a_letterhead_that_names_the_kind_gives_it():
    doc = parse_markdown(
        "ACTED HAÏTI – RAPPORT DE SITUATION N° 3\nPériode : 22 au 28 avril 2024\n\n"
        f"# Artibonite : les déplacements se poursuivent\n\n{PARAGRAPH}\n\n{SECOND}\n",
        name="sitrep.md",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT


@pytest.mark.parametrize(
    "title",
    [
        "UK statement on the safety of refugees in transit through Colombia",
        "Declaración de la OIM sobre los naufragios en el Caribe",
    ],
)
def test_a_headline_that_says_statement_makes_a_statement(title):
    doc = parse_text(f"{title}\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert doc.story.kind is StoryKind.STATEMENT


def test_a_headline_filed_under_its_kind_loses_the_label_and_gives_the_kind():
    doc = parse_text(
        f"Fotohistoria | Cúcuta: las manos que reciben en el puente\n\n{PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.title == "Cúcuta: las manos que reciben en el puente"
    assert doc.story.kind is StoryKind.PHOTO_STORY


def test_a_date_between_two_dashes_after_the_place_is_the_datelines():
    doc = parse_text(
        "Relief shipment reaches Port-au-Prince hospitals\n\n"
        f"SANTA BARBARA, Calif. — April 22, 2025 — {PARAGRAPH}\n\n{SECOND}\n"
    )
    assert doc.story.dateline.place == "SANTA BARBARA, Calif."
    assert doc.story.dateline.date == "2025-04-22"
    assert _body(doc)[0].startswith("Relief teams reached")


@pytest.mark.parametrize(
    "footer",
    [
        "Con el apoyo de la Agencia Española de Cooperación Internacional para el Desarrollo",
        "© Cáritas Ecuador 2025 – Miembro de Caritas Internationalis",
        "Cruz Roja Panameña · Albrook, Ciudad de Panamá · Miembro de la Federación Internacional",
    ],
)
def test_a_funder_line_or_a_copyright_footer_is_neither_text_nor_a_caption(footer):
    doc = parse_text(f"Shelters in the north\n\n{PARAGRAPH}\n\n{SECOND}\n\n{footer}\n")
    assert footer not in _body(doc)
    assert doc.photos == ()
    assert _body(doc)[-1] == SECOND
