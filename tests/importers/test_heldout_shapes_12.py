"""General rules drawn from how the held-out batches r802–r846 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.importers import parse_text
from mediakit.importers.lines import Role
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts
from tests.importers.test_heldout_shapes_10 import LEDE_ES, LEDE_FR, SECOND_ES, SECOND_FR, role

CORPUS = Path(__file__).parents[2] / "benchmarks" / "import_corpus" / "handwritten"

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
    # the numbered issue right under the event goes with it (test_heldout_shapes_13)
    assert doc.story.title == "Landslide – Enga Province Flash Update No. 2"
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_an_as_of_sentence_stays_in_the_text():
    doc = parse_text(
        "Landslide in Enga: families moved to care centres\n\n"
        "As of 5 December 2026 the number of people in care centres rose to 1,240, most of them "
        f"women and children from the villages below the slope.\n\n{FLASH_BODY}",
        name="flash.txt",
    )
    assert role(doc, "As of") is Role.BODY


# -- listings ---------------------------------------------------------------------------------


def test_a_ministrys_news_list_with_a_pager_that_says_seguinte_is_refused():
    page_text = (
        "Está aqui: Início / Notícias\n\nNotícias\n\n"
        "Ministra entrega kits de reintegração a 300 famílias regressadas no Cunene\n\n"
        "08 Dezembro 2026\n\n"
        "Centros de acolhimento de Luanda recebem 1.200 crianças durante a época chuvosa\n\n"
        "03 Dezembro 2026\n\nInício Anterior 1 2 3 4 5 Seguinte Fim\n"
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(page_text, name="noticias.txt")


def test_teasers_each_under_its_date_and_filing_with_a_load_more_button_are_a_listing():
    page_text = (
        "# Noticias: Corredor Seco\n\n"
        "10 diciembre 2026 · Comunicado\n\n"
        "El programa amplía las transferencias de efectivo a 90.000 personas afectadas por la sequía\n\n"
        "3 diciembre 2026 · Historia\n\n"
        "En Chiquimula, las huertas familiares resisten a la canícula prolongada\n\n"
        "26 noviembre 2026 · Comunicado\n\n"
        "Guatemala firma un acuerdo para las comidas escolares con productos locales\n\n"
        "Cargar más\n"
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_markdown(page_text, name="noticias.md")


# -- furniture of pages and mails -------------------------------------------------------------


def test_appeals_for_gifts_with_an_account_or_a_give_now_link_are_dropped():
    doc = parse_text(
        f"Lluvias en Piura: la Cruz Roja asiste a 2.000 familias\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Las donaciones pueden hacerse en las filiales o en la cuenta nacional de emergencias.\n\n"
        "Tu ayuda llega. Dona a la cuenta BCP 191-5550123-0-45 o por Yape al 955 555 100.\n\n"
        "💛 Tu donativo mantiene el albergue abierto. Quiero donar\n",
        name="piura.txt",
    )
    texts = body_texts(doc)
    assert texts[-1].startswith("Las donaciones pueden hacerse")  # the story's own word on it
    assert not any("BCP" in text or "Quiero donar" in text for text in texts)


def test_the_un_press_summarys_not_an_official_record_line_is_dropped():
    doc = parse_text(
        "Le Secrétaire général salue l'accord sur les réfugiés\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\nÀ l'usage des médias – document non officiel.\n",
        name="sg.txt",
    )
    assert not any("officiel" in text for text in body_texts(doc))


def test_a_mails_security_banner_and_a_note_to_colleagues_are_not_the_release():
    doc = parse_text(
        "From: Press Office <press@example.int>\nSubject: Embargoed release\n\n"
        "CAUTION: This email originated from outside of the organization. Do not click links "
        "or open attachments unless you recognize the sender.\n\n"
        "Good afternoon colleagues, please find below our release for tomorrow. Photos on "
        "request.\n\nPRESS RELEASE\n\nCity opens sixty more winter beds for families\n\n"
        "The city will open sixty more overnight beds this winter, including rooms set aside "
        "for families who arrived this autumn.\n\nThe beds open on Monday at the old school.\n",
        name="mail.txt",
    )
    assert role(doc, "CAUTION") is Role.JUNK
    assert role(doc, "Good afternoon") is Role.JUNK
    assert doc.story.title == "City opens sixty more winter beds for families"


def test_a_newspapers_comment_count_and_comment_form_are_dropped():
    doc = parse_text(
        f"Refugiada abre restaurante na fronteira\n\n{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Comentários (3)\n\n"
        "Deixe seu comentário. Os comentários não representam a opinião do jornal.\n",
        name="jornal.txt",
    )
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


# -- kinds ------------------------------------------------------------------------------------


def test_a_press_note_that_gives_the_events_date_and_place_and_asks_the_press_to_confirm():
    doc = parse_text(
        "Nota de prensa\n\n"
        "Defensoría presenta informe sobre acceso a salud de niñas y niños venezolanos\n\n"
        f"9 de diciembre de 2026\n\n{LEDE_ES}\n\n"
        "Fecha: jueves 10 de diciembre de 2026\nHora: 10:00 a. m.\n"
        "Lugar: auditorio de la sede central, Cercado de Lima\n\n"
        "Se solicita a los medios confirmar su asistencia.\n",
        name="convocatoria.txt",
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_press_note_with_its_date_but_nobody_invited_stays_a_release():
    doc = parse_text(
        "Nota de prensa\n\nDefensoría presentó informe sobre acceso a salud\n\n"
        f"9 de diciembre de 2026\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Fecha de publicación: 9 de diciembre de 2026\n",
        name="nota.txt",
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_unhcrs_french_point_de_presse_is_a_briefing_note_a_statement():
    doc = parse_text(
        "HCR - L'Agence des Nations Unies pour les réfugiés\n\n"
        "Qui nous sommes · Ce que nous faisons · Où nous travaillons · Actualités · Agir\n\n"
        "Accueil > Actualités > Points de presse\n\nPoint de presse\n\n"
        "Le HCR s'inquiète de la hausse des retours forcés dans les Caraïbes\n\n"
        "Ceci est un résumé des propos tenus par le porte-parole du HCR, à qui toute citation "
        "peut être attribuée, lors de la conférence de presse au Palais des Nations à Genève.\n\n"
        f"11 décembre 2026\n\n{LEDE_FR}\n\n{SECOND_FR}\n",
        name="hcr.txt",
    )
    assert doc.story.kind is StoryKind.STATEMENT


def test_an_office_that_files_everything_as_a_release_names_the_report_under_it():
    doc = parse_text(
        "HAUT-COMMISSARIAT DE LA RÉPUBLIQUE\n\nPapeete, le 5 décembre 2026 – 17h00\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nPOINT DE SITUATION N°4\n\n"
        "Dépression tropicale « Mali » : levée de l'alerte rouge aux Tuamotu de l'Est\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="point.txt",
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT


def test_a_statement_label_with_the_offices_reference_code_is_a_label_not_a_contact():
    doc = parse_text(
        "PRONUNCIAMIENTO DH-PRO-0412-2026\n\n"
        "Defensoría pide atención urgente a solicitantes de refugio\n\n"
        f"San José, 2 de diciembre de 2026. {LEDE_ES}\n\n{SECOND_ES}\n",
        name="pronunciamiento.txt",
    )
    assert role(doc, "PRONUNCIAMIENTO") is Role.KIND_LABEL
    assert doc.story.kind is StoryKind.STATEMENT
    assert not doc.contacts


def test_world_visions_name_in_a_headline_does_not_make_an_about_page():
    doc = parse_text(
        "Visão Mundial leva ajuda a 1.940 famílias atingidas pela cheia no Acre\n\n"
        "Publicado em 9 de dezembro de 2026 | Por Ascom Visão Mundial\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n",
        name="visao.txt",
    )
    assert doc.story.kind is not StoryKind.ABOUT
    about = parse_text(f"Misión y visión\n\n{LEDE_PT}\n\n{SECOND_PT}\n", name="mision.txt")
    assert about.story.kind is StoryKind.ABOUT


# -- speeches ---------------------------------------------------------------------------------


def test_a_speech_as_delivered_drops_its_greetings_and_closing_thanks_and_is_a_statement():
    doc = parse_text(
        "Discurso\n\nPalabras del Coordinador Residente en la presentación del plan de respuesta\n\n"
        "Tomás Ebner Salcedo, Coordinador Residente de las Naciones Unidas en Paraguay\n\n"
        "(Tal como fue pronunciado)\n\nAsunción, 4 de diciembre de 2026\n\n"
        "Señor Ministro de la Secretaría de Emergencia Nacional,\n\n"
        "Señora Gobernadora de Presidente Hayes,\n\n"
        "Representantes de las comunidades indígenas del Bajo Chaco,\n\nColegas y amigos:\n\n"
        f"{LEDE_ES}\n\n{SECOND_ES}\n\nMuchas gracias.\n",
        name="discurso.txt",
    )
    texts = body_texts(doc)
    assert texts[-2:] == [LEDE_ES, SECOND_ES]
    assert not any(t.startswith(("Señor", "Colegas", "Representantes")) for t in texts)
    assert doc.story.kind is StoryKind.STATEMENT


def test_a_speech_archives_fields_and_the_ministers_greetings_are_not_the_speech():
    doc = parse_text(
        "Accueil > Discours > Déclarations publiques\n\n"
        "Déclaration de Mme Hélène Marchadier, ministre, sur les inondations dans le Pas-de-Calais\n\n"
        "Prononcé le 5 décembre 2026\n\nIntervenant(s) :\n\n"
        "Hélène Marchadier - Ministre de la transition écologique et de la cohésion des territoires\n\n"
        "Circonstance : Déplacement auprès des communes sinistrées de l'Audomarois\n\n"
        "Monsieur le Préfet,\n\nMesdames et Messieurs les élus,\n\nMesdames, Messieurs,\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\nJe vous remercie.\n",
        name="discours.txt",
    )
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


# -- titles -----------------------------------------------------------------------------------


def test_a_chat_messages_bold_and_a_trailing_icon_are_not_part_of_the_headline():
    doc = parse_text(
        f"*Red Cross opens warm points in frontline villages* 🔥\n\n{LEDE_FR}\n", name="t.txt"
    )
    assert doc.story.title == "Red Cross opens warm points in frontline villages"


def test_an_organisations_name_over_the_reports_label_gives_way_to_the_headline():
    # the corpus's own PDF copy (r915): the commission's name over "FICHE D'INFORMATION"
    source = CORPUS / "r915_fr_fact_sheet.txt"
    opening = "\n".join(source.read_text(encoding="utf-8").splitlines()[:30])
    doc = parse_text(opening, name=source.name)
    assert doc.story.title == "Réfugiés soudanais dans l'Est du Tchad"


def test_a_blogs_name_and_motto_give_way_to_the_posts_headline_in_capitals():
    doc = parse_text(
        "Blog do Ailton Rocha\n\nNotícias de Patos de Minas e região\n\n"
        "sexta-feira, 11 de dezembro de 2026\n\n"
        "BOLETIM DA CASVE: 134 FAMÍLIAS FORA DE CASA COM A CHEIA DO PARANAÍBA\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\nNenhum comentário:\n\nPostar um comentário\n\n"
        "Comentários são de inteira responsabilidade do leitor e não representam a opinião do "
        "Blog\n",
        name="blog.txt",
    )
    assert doc.story.title.upper().startswith("BOLETIM DA CASVE")
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]


# -- chat messages ----------------------------------------------------------------------------


def test_a_release_passed_along_in_a_chat_is_read_without_the_chat_around_it():
    doc = parse_text(
        "[07:41, 05/12/2026] Chikondi MRCS Comms: Morning all, sharing today's update. Pls "
        "don't publish the district figures before 10am\n"
        "[07:41, 05/12/2026] Chikondi MRCS Comms: *SITUATION UPDATE No. 3*\n"
        "*Malawi Red Cross Society – Flooding in Nsanje and Chikwawa*\n_5 December 2026_\n\n"
        "Water levels on the Shire River dropped slightly overnight but large parts of the lower "
        "Shire valley remain cut off by road.\n\n"
        "*Key figures (DoDMA, 4 Dec)*\n▪️ 41,300 people affected\n▪️ 9,870 people in 27 camps\n\n"
        "📍 Contact: Chikondi Banda, +265 99 555 3021, cbanda@example.org\n"
        "[07:52, 05/12/2026] Tiwonge - Nation Online: Thanks. Can we get pictures from Bangula?\n"
        "[07:55, 05/12/2026] Chikondi MRCS Comms: Will send after 12 👍\n",
        name="whatsapp.txt",
    )
    assert doc.story.title == "Malawi Red Cross Society – Flooding in Nsanje and Chikwawa"
    assert doc.story.kind is StoryKind.SITUATION_REPORT
    assert doc.story.dateline.date == "2026-12-05"
    assert [f.value for f in doc.figures][:2] == ["41,300", "9,870"]
    assert not any("[07:" in text or "pictures" in text for text in body_texts(doc))
    assert [c.email for c in doc.contacts] == ["cbanda@example.org"]


def test_a_chat_conversation_without_a_long_message_is_left_as_it_is():
    from mediakit.importers.text import chat_unwrapped

    chat = "[07:41, 05/12/2026] Ana: Hola\n[07:42, 05/12/2026] Luis: ¿Mañana a las 10?\n"
    assert chat_unwrapped(chat) == chat


# -- more furniture of mails and pages -------------------------------------------------------


def test_a_mails_note_to_journalists_and_its_footers_are_not_the_release():
    doc = parse_text(
        "De: Prensa <prensa@example.gob.sv>\nAsunto: COMUNICADO BAJO EMBARGO - Alerta naranja\n\n"
        "Estimados periodistas: les compartimos el comunicado que se hará público mañana\n"
        "en la conferencia de las 6:00 a. m. Agradecemos respetar el embargo.\n\n"
        "DIRECCIÓN GENERAL DE PROTECCIÓN CIVIL, PREVENCIÓN Y MITIGACIÓN DE DESASTRES\n"
        "COMUNICADO DE PRENSA N.° 87/2026\n\n"
        "Protección Civil declara alerta naranja en la zona costera por marejadas y lluvias\n\n"
        f"San Salvador, 10 de diciembre de 2026. {LEDE_ES}\n\n{SECOND_ES}\n\n"
        "Antes de imprimir este correo piense si es necesario.\n\n"
        "Vous recevez ce message car vous êtes inscrit(e) à la liste presse. Se désinscrire\n",
        name="comunicado.txt",
    )
    assert role(doc, "Estimados periodistas") is Role.JUNK
    assert role(doc, "COMUNICADO DE PRENSA") is Role.KIND_LABEL  # not wrapped into the letterhead
    assert doc.story.title.startswith("Protección Civil declara alerta naranja")
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_page_asks_counts_and_notes_around_a_story_are_dropped():
    doc = parse_text(
        "Back to Media Releases | Print | Subscribe to Council news\n\n"
        "Volver a empezar en Huehuetenango: los deportados que siembran café\n\n"
        "Este conteúdo foi exportado automaticamente do WordPress em 09/12/2026.\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\nVisualizado 412 vezes\n\n"
        "Got a news tip? Email news@example.com\n\n"
        "Obrigado pelo seu interesse no trabalho dos nossos jornalistas. Assine o jornal e tenha "
        "acesso a todos os conteúdos.\n\n"
        "The council acknowledges the Widjabul Wia-bal people, Traditional Custodians of the land "
        "on which we work.\n",
        name="pagina.txt",
    )
    assert doc.story.title.startswith("Volver a empezar")  # "volver a" is not "back to the list"
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]
    assert doc.story.dateline.date != "2026-12-09"  # the export's date is not the story's


# -- datelines --------------------------------------------------------------------------------


def test_the_place_and_date_on_their_own_line_with_a_dash_are_the_dateline():
    doc = parse_text(
        "COMMUNIQUÉ DE PRESSE\n\nCrue de la Meuse : la Ville ouvre un centre d'accueil\n\n"
        "Soixante habitants des quais évacués hébergés la première nuit ; numéro vert ouvert\n\n"
        f"Dinant, le 7 décembre 2026 –\n\n{LEDE_FR}\n\n{SECOND_FR}\n",
        name="dinant.txt",
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Dinant", "2026-12-07")
    # a deck set as a heading over that line is the standfirst
    decked = parse_markdown(
        "# Crue de la Meuse : la Ville ouvre un centre d'accueil\n\n"
        "## Soixante habitants des quais évacués hébergés la première nuit\n\n"
        f"Dinant, le 7 décembre 2026 –\n\n{LEDE_FR}\n\n{SECOND_FR}\n",
        name="dinant.md",
    )
    assert decked.story.standfirst.startswith("Soixante habitants")
    other = parse_text(
        "MEDIA ADVISORY\n\nOfficials to brief media on the lean-season food crisis\n\n"
        f"Maiduguri, Nigeria – 4 December 2026\n\n{SECOND_FR}\n",
        name="advisory.txt",
    )
    assert other.story.dateline.place.startswith("Maiduguri")
    # a source with its month is not a place and a date
    sourced = parse_text(
        f"Refugees in the region\n\nR4V – May 2025\n\n{LEDE_FR}\n", name="sheet.txt"
    )
    assert sourced.story.dateline.place != "R4V"


def test_a_un_briefing_note_is_filed_from_geneva():
    doc = parse_text(
        "Briefing notes\n\nUNHCR alarmed by rising forced returns in the Caribbean\n\n"
        "This is a summary of what was said by UNHCR spokesperson Ana Ruiz – to whom quoted text "
        "may be attributed – at today's press briefing at the Palais des Nations in Geneva.\n\n"
        "The UN Refugee Agency is alarmed by the rise in forced returns of Venezuelans from "
        "several Caribbean islands over the past month.\n",
        name="briefing.txt",
    )
    assert doc.story.dateline.place == "Geneva"


def test_figures_set_with_dot_leaders_are_key_figures_under_any_heading():
    doc = parse_text(
        "Huaicos en la provincia de Huarochirí: balance preliminar\n\n"
        f"{LEDE_ES}\n\nII. DAÑOS A LA VIDA Y LA SALUD (1)\n"
        "Personas damnificadas ..................... 412\n"
        "Personas afectadas ...................... 1 986\n"
        "Viviendas inhabitables ..................... 97\n\n"
        f"{SECOND_ES}\n",
        name="indeci.txt",
    )
    assert [f.value for f in doc.figures] == ["412", "1 986", "97"]
    assert [f.label for f in doc.figures][0] == "Personas damnificadas"


def test_a_newspapers_tag_page_is_refused_as_a_listing():
    page_text = (
        "Etiqueta\n\nCOE\n\nTodas las noticias sobre el Centro de Operaciones de Emergencias\n\n"
        "ACTUALIDAD\n\nEl COE eleva a alerta roja a Monte Plata y Hato Mayor por la onda tropical\n\n"
        "Redacción · hace 2 horas\n\nACTUALIDAD\n\n"
        "Más de 2,000 personas duermen en refugios en el Gran Santo Domingo\n\n"
        "Patricia Mejía · hace 5 horas\n"
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(page_text, name="etiqueta.txt")


@pytest.mark.parametrize(
    "heading",
    [
        "Acreditaciones:",
        "For accreditation and enquiries:",
        "Accréditation et informations :",
        "Más información y entrevistas:",
        "Informações à imprensa:",
        "Point focal :",
        "Media wishing to attend are asked to contact the Press Office:",
    ],
)
def test_headings_over_the_press_contacts_are_not_left_in_the_text(heading):
    doc = parse_text(
        f"City opens sixty more winter beds for families\n\n{LEDE_ES}\n\n{SECOND_ES}\n\n"
        f"{heading}\nAna Ruiz, ana.ruiz@example.org, +34 600 555 123\n",
        name="release.txt",
    )
    assert role(doc, heading) is not Role.BODY
    assert [c.email for c in doc.contacts] == ["ana.ruiz@example.org"]
    assert body_texts(doc) == [LEDE_ES, SECOND_ES]


def test_an_about_heading_with_du_is_the_boilerplates_heading():
    doc = parse_text(
        f"Le Secours lance un appel pour les familles sinistrées\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "À propos du Secours Islamique France\n\n"
        "Le Secours Islamique France est une ONG de solidarité internationale fondée en 1991, "
        "qui agit en France et dans une vingtaine de pays.\n",
        name="sif.txt",
    )
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]
    assert any("fondée en 1991" in text for text in doc.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "December 9, 2026 11:30AM EST",
        "Le 8 décembre 2026 à 06h00 · Modifié le 8 décembre 2026 à 09h14",
        "Situation as of 11 December 2026, 18:00 (Maputo time)",
    ],
)
def test_a_pages_date_and_time_lines_are_its_date_not_its_text(line):
    doc = parse_text(
        f"Floods in Gaza province: families moved to higher ground\n\n{line}\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="page.txt",
    )
    assert role(doc, line[:12]) is Role.DATE
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


def test_the_next_flash_updates_date_is_left_out():
    doc = parse_text(
        f"Floods in Gaza province\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Next Flash Update will be issued on 15 December.\n",
        name="flash.txt",
    )
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]


@pytest.mark.parametrize(
    "prefix",
    ["[06/12/26, 14:32:10] Assessoria Codecipe: ", "06/12/2026, 14:32 - Assessoria Codecipe: "],
)
def test_a_release_from_an_exported_or_copied_chat_takes_the_messages_date(prefix):
    other = prefix.replace("Assessoria Codecipe", "Léo - JC")
    doc = parse_text(
        f"{prefix}Boa tarde, colegas! Segue a nota da Defesa Civil.\n"
        f"{prefix}NOTA À IMPRENSA\n\n"
        "*Defesa Civil mantém 1.870 pessoas em abrigos após chuvas na Mata Sul*\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
        f"{other}Tem fonte pra entrevista hoje ainda?\n",
        name="chat.txt",
    )
    assert doc.story.title == "Defesa Civil mantém 1.870 pessoas em abrigos após chuvas na Mata Sul"
    assert body_texts(doc) == [LEDE_PT, SECOND_PT]
    assert doc.story.dateline.date == "2026-12-06"


def test_a_line_with_a_web_address_is_never_the_headline():
    doc = parse_text(
        "Integration in the media https://media.example.ie/2026/12/09/statement-on-accommodation/\n\n"
        "Statement on accommodation for international protection applicants\n\n"
        "Posted on: 9 December 2026\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n",
        name="blog.txt",
    )
    assert doc.story.title == "Statement on accommodation for international protection applicants"


def test_a_pdf_reports_as_of_line_under_its_headline_keeps_its_own_line():
    # the corpus's PDF copy of a flash update (r991): "Cabo Delgado: …" over "Até 9 de Dezembro"
    source = CORPUS / "r991_pt_situation_report.txt"
    doc = parse_text(source.read_text(encoding="utf-8"), name=source.name)
    assert doc.story.title == "Cabo Delgado: novas deslocações nos distritos de Macomia e Muidumbe"
    assert doc.story.dateline.date == "2026-12-09"


def test_a_contact_line_labelled_media_is_a_contact_not_text():
    doc = parse_text(
        f"Floods in Nsanje\n\n{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Media: Chikondi Banda, Communications Officer, +265 99 555 3021, cbanda@example.org\n",
        name="mail.txt",
    )
    assert role(doc, "Media:") is Role.CONTACT
    assert [(c.name, c.email) for c in doc.contacts] == [("Chikondi Banda", "cbanda@example.org")]
    assert body_texts(doc) == [LEDE_FR, SECOND_FR]
