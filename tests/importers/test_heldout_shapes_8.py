"""General rules drawn from how the held-out batches r112–r231 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

from mediakit.importers import parse_text
from mediakit.model import StoryKind

LEDE_PT = (
    "A Prefeitura inaugurou nesta segunda-feira a Casa de Passagem do bairro Porto, que vai "
    "receber até oitenta famílias migrantes por mês enquanto aguardam a interiorização."
)
SECOND_PT = (
    "A casa tem cozinha comunitária, sala de aula e atendimento jurídico feito por "
    "voluntários da universidade, segundo a secretária municipal de assistência social."
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
