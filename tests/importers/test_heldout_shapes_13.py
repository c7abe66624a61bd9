"""General rules drawn from how the held-out batches from r1027 on first read (before the reader
was tuned on them) and from what the whole corpus still got wrong, each checked on a small
document written for the test (invented people and places)."""

from __future__ import annotations

from mediakit.importers import parse_text
from mediakit.importers.lines import Role
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
