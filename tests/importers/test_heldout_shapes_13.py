"""General rules drawn from how the held-out batches from r1027 on first read (before the reader
was tuned on them) and from what the whole corpus still got wrong, each checked on a small
document written for the test (invented people and places)."""

from __future__ import annotations

from mediakit.importers import parse_text
from mediakit.importers.lines import Role
from mediakit.model import StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT
from tests.importers.test_heldout_shapes_10 import role

# -- titles ------------------------------------------------------------------------------------


def test_a_page_named_where_its_breadcrumb_trail_ends_is_titled_so_not_by_the_site_name():
    doc = parse_text(
        "Saltar para o conteúdo\n\nAMPR – Associação Mãos Para os Refugiados\n\n"
        "Pedir apoio · Voluntariado · Publicações · Contactos\n\n"
        "Início / A Associação / Quem somos\n\nQUEM SOMOS\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="quem-somos.txt",
    )
    assert doc.story.title == "QUEM SOMOS"
    assert role(doc, "AMPR – Associação") is Role.JUNK


def test_a_trail_ending_with_a_section_name_does_not_name_the_page():
    doc = parse_text(
        "Saltar para o conteúdo\n\nAMPR – Associação Mãos Para os Refugiados\n\n"
        "Pedir apoio · Voluntariado · Publicações · Contactos\n\n"
        "Início / Notícias\n\nNotícias\n\n"
        "Associação abre segunda casa de acolhimento em Setúbal\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="noticia.txt",
    )
    assert doc.story.title != "Notícias"


def test_a_numbered_issue_under_the_headline_belongs_to_it():
    doc = parse_text(
        "OCHA\n\nKORVANIA\n\nFlooding along the Selva and Orno rivers\n\nFlash Update No. 2\n\n"
        "4 December 2026\n\nHIGHLIGHTS\n\n"
        "• Water levels on the Selva have risen for nine days and are expected to peak on Sunday.\n"
        "• 12,400 people affected in three districts\n\n"
        "Heavy rain since 24 November has flooded low-lying villages along both rivers. Partners "
        "are pre-positioning food, water and shelter kits in the district capitals.\n",
        name="flash.txt",
    )
    assert doc.story.title == "Flooding along the Selva and Orno rivers Flash Update No. 2"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_numbered_issue_standing_further_down_is_not_joined_to_the_headline():
    doc = parse_text(
        "Flooding along the Selva and Orno rivers\n\n4 December 2026\n\nFlash Update No. 2\n\n"
        "Heavy rain since 24 November has flooded low-lying villages along both rivers. Partners "
        "are pre-positioning food, water and shelter kits in the district capitals.\n",
        name="flash.txt",
    )
    assert doc.story.title == "Flooding along the Selva and Orno rivers"
