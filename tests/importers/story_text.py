"""Paragraphs of story text that the held-out shape tests set under their headlines, and how
they read a parsed story's body back (invented words)."""

from __future__ import annotations

LEDE_PT = (
    "A Prefeitura inaugurou nesta segunda-feira a Casa de Passagem do bairro Porto, que vai "
    "receber até oitenta famílias migrantes por mês enquanto aguardam a interiorização."
)
SECOND_PT = (
    "A casa tem cozinha comunitária, sala de aula e atendimento jurídico feito por "
    "voluntários da universidade, segundo a secretária municipal de assistência social."
)


def body_texts(doc) -> list[str]:
    """The text of each block of the story's body, in order."""
    return [block.text for block in doc.story.body]
