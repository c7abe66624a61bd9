"""General rules drawn from how the held-out batches r802–r846 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

from mediakit.importers import parse_text
from mediakit.importers.lines import Role
from mediakit.model import StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts
from tests.importers.test_heldout_shapes_10 import LEDE_ES, LEDE_FR, SECOND_ES, SECOND_FR, role

# -- notes to whoever receives the draft or the mail ------------------------------------------


def test_a_drafts_note_asking_a_colleague_to_check_is_not_the_story():
    doc = parse_text(
        "Rascunho – Boletim 4. Marta, confere os números dos abrigos antes de subir no portal?\n\n"
        "Chuvas em Itaperuna: 412 pessoas seguem fora de casa\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="boletim.txt",
    )
    assert doc.story.title == "Chuvas em Itaperuna: 412 pessoas seguem fora de casa"
    assert role(doc, "Rascunho") is Role.JUNK
    assert not any("Marta" in text for text in body_texts(doc))


def test_a_working_version_note_that_asks_not_to_forward_is_dropped():
    doc = parse_text(
        "Version de travail – à valider par la cheffe de bureau. Merci de ne pas transférer.\n\n"
        "NOTE AUX MÉDIAS\n\nLancement du plan de réponse 2027\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="note.txt",
    )
    assert role(doc, "Version de travail") is Role.JUNK
    assert not any("transférer" in text for text in body_texts(doc))


def test_the_senders_covering_note_above_a_forwarded_release_is_dropped():
    doc = parse_text(
        "De: Comunicación <comunicacion@example.org>\nPara: Redacción <redaccion@example.org>\n"
        "Asunto: RV: NOTA DE PRENSA | Lluvias en Colón\n\n"
        "Buenas tardes, compartimos la nota de hoy. Las fotos van en el enlace de abajo.\n\n"
        "Saludos cordiales,\n\nNOTA DE PRENSA\n\nLluvias en Colón: la Cruz Roja atiende a 300 "
        f"familias\n\n{LEDE_ES}\n\n{SECOND_ES}\n",
        name="rv.txt",
    )
    assert role(doc, "Buenas tardes") is Role.JUNK
    assert body_texts(doc)[0] == LEDE_ES


def test_a_mail_to_the_press_greets_and_hands_the_statement_on_above_it():
    doc = parse_text(
        "----- Mensagem encaminhada -----\nDe: Gabinete <gabinete@example.gov.pt>\n"
        "Assunto: Declaração da Ministra sobre o incêndio no centro de acolhimento\n\n"
        "Exmos. Senhores Jornalistas,\n\n"
        "Segue a declaração da Senhora Ministra, para divulgação.\n\n"
        f"DECLARAÇÃO\n\nLisboa, 10 de dezembro de 2026\n\n{LEDE_PT}\n\n{SECOND_PT}\n",
        name="declaracao.txt",
    )
    assert role(doc, "Exmos.") is Role.JUNK
    assert role(doc, "Segue a declaração") is Role.JUNK
    assert body_texts(doc)[0] == LEDE_PT
    # the text has no headline of its own: the mail's subject is it, without "Assunto:"
    assert doc.story.title == ("Declaração da Ministra sobre o incêndio no centro de acolhimento")
    assert doc.story.kind is StoryKind.STATEMENT


# -- situation reports ------------------------------------------------------------------------

FLASH_BODY = (
    "Heavy rain since late November has saturated the hillsides above the river, and a second "
    "landslide on 4 December buried part of the highway near the district centre.\n\n"
    "The provincial health authority has sent a medical team to the district health centre, "
    "which is treating people injured in the collapse of two houses.\n"
)


def test_a_flash_updates_as_of_line_is_its_date_and_the_event_above_its_number_its_headline():
    doc = parse_text(
        "PAPUA NEW GUINEA\n\nLandslide – Enga Province\n\nFlash Update No. 2\n\n"
        f"As of 5 December 2026, 18:00 (PGT)\n\n{FLASH_BODY}",
        name="flash.txt",
    )
    assert role(doc, "As of") is Role.DATE
    assert doc.story.dateline.date == "2026-12-05"
    assert doc.story.title == "Landslide – Enga Province"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_an_as_of_sentence_stays_in_the_text():
    doc = parse_text(
        "Landslide in Enga: families moved to care centres\n\n"
        "As of 5 December 2026 the number of people in care centres rose to 1,240, most of them "
        f"women and children from the villages below the slope.\n\n{FLASH_BODY}",
        name="flash.txt",
    )
    assert role(doc, "As of") is Role.BODY
