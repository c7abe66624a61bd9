"""General rules drawn from how the held-out batches r427–r456 first read (before the reader was
tuned on them), each checked on a small document written for the test (invented people)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.importers import parse_file, parse_text
from mediakit.importers.markdown import parse_markdown
from mediakit.model import BadInputError, StoryKind
from tests.importers.story_text import LEDE_PT, SECOND_PT, body_texts

LEDE_FR = (
    "Le Gouvernement a pris connaissance d'informations publiées par plusieurs journaux sur la "
    "situation des familles réfugiées accueillies dans la région de l'Est depuis le mois dernier."
)
SECOND_FR = (
    "Il rappelle que ces familles sont enregistrées, protégées et assistées avec le concours "
    "des agences humanitaires, et invite la presse à vérifier ses sources."
)


def test_a_service_page_in_parts_is_about_the_office_not_a_listing():
    doc = parse_markdown(
        "# Apoio a quem chega ao concelho\n\n"
        "O concelho recebe hoje pessoas de mais de oitenta nacionalidades, e a Divisão de Ação "
        "Social acompanha quem chega na ligação aos serviços públicos e às associações.\n\n"
        "### Gabinete de apoio ao migrante\n\n"
        "O gabinete informa sobre regularização, nacionalidade, habitação, emprego e saúde, em "
        "português, inglês e ucraniano.\n\n"
        "### Associações de migrantes\n\n"
        "O Município apoia associações de imigrantes com sede no concelho e cede-lhes salas.\n\n"
        "### Cursos de português para adultos\n\n"
        "As aulas decorrem ao fim da tarde na escola básica do centro, de outubro a junho.\n\n"
        "*Última atualização: 02/12/2026*\n",
        name="apoio.md",
    )
    assert doc.story.title == "Apoio a quem chega ao concelho"
    assert doc.story.kind is StoryKind.ABOUT
    assert any(text.startswith("O gabinete informa") for text in body_texts(doc))


def test_a_dated_story_in_parts_stays_a_feature():
    doc = parse_markdown(
        "# Um inverno no abrigo do bairro Porto\n\n"
        "Porto Velho, 3 de dezembro de 2026 — O abrigo abriu em junho e recebe hoje oitenta "
        "famílias, que dividem a cozinha e as salas de aula com os voluntários.\n\n"
        "### A cozinha\n\nAs refeições são feitas pelos próprios moradores, por turnos.\n\n"
        "### As aulas\n\nAs crianças estudam de manhã na escola municipal do bairro.\n",
        name="abrigo.md",
    )
    assert doc.story.kind is StoryKind.FEATURE


def test_the_person_who_answers_for_a_service_with_their_role_label_is_its_contact():
    doc = parse_text(
        "Acompañamos a las personas en movilidad\n\n"
        "Somos el equipo diocesano que acompaña a las personas que salen de sus comunidades y a "
        "las que pasan por la ciudad camino del norte, con comida, albergue y orientación.\n\n"
        "Recibimos víveres no perecederos y ropa de abrigo en la casa diocesana de lunes a "
        "viernes, y voluntarios para el comedor los fines de semana.\n\n"
        "Responsable: Pbro. Julián Mosqueda Ortiz\n\n"
        "Correo: movilidad@example.org.mx · Tel.: 462 627 1840\n"
    )
    assert [(c.name, c.email) for c in doc.contacts] == [
        ("Pbro. Julián Mosqueda Ortiz", "movilidad@example.org.mx")
    ]
    assert not any("Responsable" in text for text in body_texts(doc))


def test_a_ministrys_signed_copy_its_other_papers_and_its_post_box_footer_are_furniture():
    doc = parse_text(
        "Déclaration du Gouvernement sur la situation des familles réfugiées dans l'Est\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Yaoundé, le 04 décembre 2026\n\n"
        "Le Ministre des Relations Extérieures,\n\n"
        "(é) Emmanuel Tchoua Ngando\n\n"
        "Autres communiqués\n\n"
        "Avis aux ressortissants résidant à l'étranger\n\n"
        "Communiqué relatif à la délivrance des passeports dans les missions diplomatiques\n\n"
        "MINREX – Ministère des Relations Extérieures – B.P. 1106 Yaoundé – Tél. : (+237) 222 21 "
        "04 30\n"
    )
    texts = " ".join(body_texts(doc))
    for furniture in ("Ministre des Relations", "Tchoua", "Avis aux", "passeports", "B.P."):
        assert furniture not in texts, furniture
    assert texts.endswith("vérifier ses sources.")


def test_a_statement_signed_by_several_and_so_headed_under_a_press_release_label():
    doc = parse_text(
        "Press release · Migration\n\n"
        "Statement: Parliament must not sign away the right to asylum\n\n"
        "08.12.2026\n\n"
        "Ahead of tomorrow's plenary vote on the list of safe third countries, the group's "
        "members called on colleagues in every group to vote against the proposal.\n\n"
        "Under this proposal a woman who fled Sudan and crossed Libya could see her claim "
        "rejected without anyone hearing what happened to her on the way.\n\n"
        "Signed by Co-Presidents Ingrid Halvorsen and Marco Ferretti-Ruiz, and MEP Yiannis "
        "Katsaros, shadow rapporteur.\n"
    )
    assert doc.story.kind is StoryKind.STATEMENT
    assert not any(text.startswith("Signed by") for text in body_texts(doc))


def test_a_news_sites_source_note_and_comment_form_are_furniture():
    doc = parse_text(
        "Más de mil connacionales regresaron desde Lima en el vuelo 180 del plan de retorno\n\n"
        "Un total de 1.214 personas llegaron este viernes al aeropuerto internacional en tres "
        "vuelos procedentes de Lima como parte del plan de retorno.\n\n"
        "Entre los pasajeros viajaban 312 niños y niñas y 41 adultos mayores, que fueron "
        "atendidos por equipos de salud en el área de llegadas.\n\n"
        "Con información de VTV\n\n"
        "Deja un comentario\n\n"
        "Tu dirección de correo electrónico no será publicada.\n\n"
        "Los campos obligatorios están marcados con *\n"
    )
    texts = " ".join(body_texts(doc))
    for furniture in ("VTV", "comentario", "correo electrónico", "obligatorios"):
        assert furniture not in texts, furniture


def test_a_gallery_pages_date_lead_and_captions_under_its_headline_are_read(tmp_path: Path):
    figures = "".join(
        f'<figure><img src="g{n}.jpg"><figcaption>{text} © CML | Pedro Almeida Vaz'
        "</figcaption></figure>"
        for n, text in enumerate(
            (
                "Crianças de três países pintaram juntas um mural na entrada da casa.",
                "Na cozinha comunitária, os residentes prepararam pratos para os vizinhos.",
                "A aula de português para adultos decorre todas as tardes no primeiro andar.",
            )
        )
    )
    page = tmp_path / "galeria.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Fotogaleria | Um ano de Casa de Acolhimento'
        "</title></head><body><header><p>Lisboa.pt</p><nav>Município Viver Notícias</nav>"
        '</header><p>Início › Notícias › Fotogalerias</p><p class="tipo">FOTOGALERIA</p>'
        '<h1>Um ano de Casa de Acolhimento</h1><p class="data">05 dezembro 2026</p>'
        '<p class="lead">A casa municipal que recebe famílias refugiadas celebrou o primeiro '
        f"aniversário com uma tarde aberta ao bairro.</p>{figures}<p>{LEDE_PT}</p>"
        f"<p>{SECOND_PT}</p><footer><p>© Câmara Municipal 2026</p></footer></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert doc.story.kind is StoryKind.PHOTO_STORY
    assert doc.story.dateline.date == "2026-12-05"
    assert [(p.caption[:12], p.credit) for p in doc.photos] == [
        ("Crianças de ", "CML | Pedro Almeida Vaz"),
        ("Na cozinha c", "CML | Pedro Almeida Vaz"),
        ("A aula de po", "CML | Pedro Almeida Vaz"),
    ]
    assert any("tarde aberta ao bairro" in text for text in body_texts(doc))


def test_an_advisorys_briefing_label_and_its_rsvp_contact_heading():
    doc = parse_text(
        "PRESS BRIEFING ADVISORY: What Cities Learned Resettling Refugees\n\n"
        "On Thursday, December 10, at 11:00 a.m., the institute will host a telephone briefing "
        "for reporters on how mid-sized cities rebuilt their welcome offices.\n\n"
        "Speakers:\n\nDana Whitcombe, Senior Fellow\n\nRev. Tomás Aguilera, Director\n\n"
        "RSVP and media contact\n\n"
        "Tareq Nasrallah, Media Officer\n\n"
        "+962 6 461 3708 | +962 79 552 8140\n\n"
        "media@example.org.jo\n"
    )
    assert doc.story.title == "What Cities Learned Resettling Refugees"
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY
    assert [(c.name, c.email) for c in doc.contacts] == [
        ("Tareq Nasrallah", "media@example.org.jo")
    ]
    assert not any("RSVP" in text for text in body_texts(doc))


def test_a_coordinators_signature_after_a_drafts_note_is_furniture():
    doc = parse_text(
        "Pronunciamiento ante el cierre del paso fronterizo\n\n"
        "Tulcán, 6 de diciembre de 2026\n\n"
        "La Pastoral Social acompaña desde hace diez años a las familias que cruzan el puente, "
        "y ha visto en esta semana a cientos de personas quedarse sin poder pasar.\n\n"
        "Como Iglesia seguiremos abriendo nuestras puertas a quien llegue, sin preguntar de "
        "dónde viene ni qué papeles trae.\n\n"
        "[insertar cita del Evangelio – Mt 25,35?]\n\n"
        "Lcda. Marcela Pozo Benavides\n\n"
        "Coordinadora de Movilidad Humana\n\n"
        "Contacto para medios: Diego Chamorro – 099 481 2273 – prensa@example.org.ec\n"
    )
    texts = " ".join(body_texts(doc))
    assert "Marcela" not in texts and "Coordinadora" not in texts


def test_a_person_named_in_the_rsvp_and_again_in_the_contacts_block_is_one_contact():
    doc = parse_text(
        "MEDIA ADVISORY: What Cities Learned Resettling Refugees\n\n"
        "On Thursday, December 10, at 11:00 a.m., the institute will host a telephone briefing "
        "for reporters on how mid-sized cities rebuilt their welcome offices.\n\n"
        "RSVP: Reporters interested in participating should contact Jalen Price at "
        "jprice@example.org or 202-555-0147 by 5:00 p.m. on Wednesday.\n\n"
        "Press Contact: Jalen Price | jprice@example.org | 202-555-0147\n"
    )
    assert [(c.name, c.email) for c in doc.contacts] == [("Jalen Price", "jprice@example.org")]


def test_a_long_contacts_label_before_the_name_and_an_office_address_with_its_mail():
    doc = parse_text(
        "Quem somos\n\n"
        "Somos uma organização que acompanha, serve e defende pessoas refugiadas e migrantes "
        "em Portugal desde 1992, em Lisboa, no Porto e em Setúbal.\n\n"
        "Acolhemos famílias em centros temporários, damos aulas de português e visitamos "
        "pessoas detidas em centros de instalação temporária.\n\n"
        "Sede: Rua 8 ao Alto do Lumiar, Lisboa · Tel. 217 552 790 · geral@example.org.pt\n\n"
        "Contactos para a comunicação social: Rita Sarmento Cunha, 912 604 318, "
        "comunicacao@example.org.pt\n"
    )
    assert [(c.name, c.email) for c in doc.contacts] == [
        ("Rita Sarmento Cunha", "comunicacao@example.org.pt")
    ]


def test_someone_taking_a_stand_in_the_headline_makes_a_statement():
    for headline in (
        "La Coordonnatrice humanitaire condamne l'attaque contre un convoi d'eau potable",
        "Defensoria Pública manifesta preocupação com a desocupação do abrigo",
        "Church leaders express deep concern over the closure of the border crossing",
    ):
        doc = parse_text(f"{headline}\n\n{LEDE_FR}\n\n{SECOND_FR}\n")
        assert doc.story.kind is StoryKind.STATEMENT, headline


def test_a_writer_and_place_glued_to_the_text_and_a_blog_date_line_under_the_headline(
    tmp_path: Path,
):
    page = tmp_path / "nota.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Malabo y Madrid revisan la cooperación en '
        "sanidad – Ministerio</title></head><body><header><p>MINISTERIO DE ASUNTOS EXTERIORES"
        '</p></header><p class="cat">Cooperación</p><h1>Malabo y Madrid revisan la cooperación '
        'en sanidad</h1><p class="meta">diciembre 4, 2026 · Sin comentarios</p>'
        "<p>Ruperto Nsue Mangue.- Malabo. Las delegaciones de los dos países se reunieron ayer en "
        "la sede del Ministerio para revisar los programas bilaterales de sanidad y de becas.</p>"
        "<p>La parte ecuatoguineana estuvo encabezada por el secretario general del Ministerio, "
        "y la española por la directora de la Oficina Técnica de Cooperación.</p></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert doc.story.title == "Malabo y Madrid revisan la cooperación en sanidad"
    assert doc.story.byline == "Ruperto Nsue Mangue"
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Malabo", "2026-12-04")
    assert body_texts(doc)[0].startswith("Las delegaciones")


def test_an_end_mark_a_draft_note_a_donation_call_and_a_bishops_long_signature_go():
    doc = parse_text(
        "Assessoria de Comunicação Social – rascunho para o site (não publicar antes da revisão)\n\n"
        "Governo entrega kits de abrigo a famílias deslocadas em Ancuabe\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "A distribuição continua na próxima semana nos bairros de Nanjua e Mieze. FIM\n\n"
        "Mgr Bernard Lacombe-Rivière, évêque de Saint-Flour, président du Conseil pour la "
        "solidarité, et les évêques membres du Conseil\n\n"
        "Con 20 € al mes ayudas a llevar agua potable a una familia refugiada. Hazte socio\n"
    )
    texts = " ".join(body_texts(doc))
    for furniture in ("rascunho", "Hazte socio", "Lacombe", "FIM"):
        assert furniture not in texts, furniture
    assert texts.endswith("Nanjua e Mieze.")


def test_a_listing_of_openings_cut_off_with_an_ellipsis_is_refused():
    with pytest.raises(BadInputError, match="listing"):
        parse_text(
            "Sociedade\n\n"
            "A estação hidrométrica ultrapassou o nível de alerta e as populações das zonas "
            "baixas são aconselhadas a deslocar-se...\n\n"
            "As famílias foram acolhidas em três centros de acomodação nos distritos de Mocuba "
            "e Namacurra...\n\n"
            "Cerca de 600 famílias vivem há dois anos no centro de reassentamento e dizem "
            "depender apenas da ajuda alimentar...\n\n"
            "1 2 3 … 412 Próxima ›\n"
        )


def test_report_datelines_with_the_hour_or_the_office_and_a_period_with_the_next_issue():
    doc = parse_text(
        "Ponto de Situação n.º 2 – Chuvas intensas de 3 e 4 de Dezembro\n\n"
        "Praia, 5 de Dezembro de 2026 – 12h00\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Praia", "2026-12-05")
    doc = parse_text(
        "Gobernación instaló la Mesa Departamental de Migración\n\n"
        "Tunja, 4 de diciembre de 2026. (UACP). La Gobernación instaló este jueves la Mesa "
        "Departamental de Migración con la participación de diecisiete entidades del "
        "departamento.\n\n"
        "En la sesión se presentó el informe de caracterización de la población migrante.\n"
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Tunja", "2026-12-04")
    doc = parse_text(
        "Flujo migratorio en las fronteras: reporte al 6 de diciembre de 2026\n\n"
        "Periodo: 23 de noviembre al 6 de diciembre de 2026 · Próximo reporte: 20 de diciembre\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n"
    )
    assert not any("Próximo reporte" in text for text in body_texts(doc))


def test_a_release_label_before_a_more_telling_one_and_a_hospitals_own_news():
    doc = parse_text(
        "Communiqué – Point de situation\n\n"
        "Asile : forte hausse des arrivées, l'établissement rouvre un abri à Lausanne\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n"
    )
    assert doc.story.kind is StoryKind.SITUATION_REPORT
    doc = parse_text(
        "Hospital Universitário inaugura ambulatório exclusivo para pessoas refugiadas\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.kind is StoryKind.PRESS_RELEASE


def test_an_organisations_address_line_after_the_story_is_its_footer_a_press_office_a_contact():
    doc = parse_text(
        "Famílias deslocadas recebem kits de abrigo em Nanjua\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Cáritas Diocesana de Pemba · Bairro Cimento, Pemba, Cabo Delgado · Tel. +258 27 221 314\n"
    )
    assert not any("Bairro Cimento" in text for text in body_texts(doc))
    doc = parse_text(
        "Famílias deslocadas recebem kits de abrigo em Nanjua\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Secretaria de Comunicação Social – Secom | imprensa@example.org.br | (95) 2121-7950\n"
    )
    assert [c.email for c in doc.contacts] == ["imprensa@example.org.br"]


def test_a_footers_copyright_year_and_address_are_no_photo_credit_a_captions_are():
    doc = parse_text(
        "Famílias deslocadas recebem kits de abrigo em Nanjua\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "A family carries mattresses into a school in the camp. © 2024 UNRWA Photo by Hana "
        "Qasem\n\n"
        "(Fin/Andrea Camila Socha Rojas-UACP)\n\n"
        "Universidade Federal – Rua Sena Madureira, 1500 – Vila Clementino – São Paulo/SP\n\n"
        "BNGRC – Antanimora, Antananarivo 101 – © 2026\n"
    )
    assert [p.credit for p in doc.photos] == ["2024 UNRWA Photo by Hana Qasem"]
    texts = " ".join(body_texts(doc))
    assert "Fin/" not in texts and "Sena Madureira" not in texts


def test_a_deck_without_its_full_stop_under_the_headline_is_the_standfirst():
    doc = parse_text(
        "07 dezembro 2026\n\n"
        "Município abre segundo centro de apoio à integração de migrantes\n\n"
        "Novo gabinete funciona no centro coordenador de transportes e atende às terças e "
        "quintas-feiras\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n"
    )
    assert doc.story.standfirst.startswith("Novo gabinete funciona")
    assert body_texts(doc)[0] == LEDE_PT


def test_a_listing_whose_headlines_open_with_a_place_and_a_colon_is_refused():
    with pytest.raises(BadInputError, match="listing"):
        parse_markdown(
            "# Sociedade\n\n07 Dezembro de 2026 | 11h42\n\n"
            "## Lunda Norte: mais de 3.000 refugiados transferidos para o centro de Lóvua\n\n"
            "Dundo – As famílias estavam alojadas em escolas da comuna desde Novembro.\n\n"
            "07 Dezembro de 2026 | 09h15\n\n"
            "## Chuvas deixam 412 famílias desalojadas no município do Cazenga\n\n"
            "Luanda – A Protecção Civil montou duas tendas de acolhimento no largo.\n\n"
            "06 Dezembro de 2026 | 18h30\n\n"
            "## Cunene recebe 40 toneladas de sementes para a campanha agrícola\n\n"
            "Ondjiva – As sementes serão distribuídas a camponeses afectados pela seca.\n",
            name="sociedade.md",
        )


def test_an_update_stamp_a_date_under_the_headline_and_a_most_read_box_in_pasted_text():
    doc = parse_text(
        "AlterPresse\nAgence haïtienne d'information\n"
        "Dernière mise à jour : lundi 7 décembre 2026\n\n"
        "Haïti-Déplacements : À Delmas 33, l'école devenue refuge\nlundi 7 décembre 2026\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Articles les plus lus\n\n"
        "1. Haïti-Économie : hausse du prix du riz importé\n\n"
        "2. Haïti-Éducation : les examens officiels reportés\n"
    )
    assert doc.story.title == "Haïti-Déplacements : À Delmas 33, l'école devenue refuge"
    assert doc.story.dateline.date == "2026-12-07"
    assert not any("riz" in text or "plus lus" in text for text in body_texts(doc))


def test_an_ombudsmans_signature_a_church_note_and_a_civil_protection_footer():
    doc = parse_text(
        "Nota Pastoral sobre a situação das famílias afectadas pela seca no Sul\n\n"
        f"{LEDE_PT}\n\n{SECOND_PT}\n\n"
        "Gerardo Andrés Velasco Mina\n\n"
        "Personero Distrital de Santiago de Cali\n\n"
        "SINAPROC · Avenida Ascanio Villalaz, Curundú, Ciudad de Panamá · Tel. 520-4400\n"
    )
    assert doc.story.kind is StoryKind.STATEMENT
    texts = " ".join(body_texts(doc))
    for furniture in ("Velasco", "Personero", "SINAPROC"):
        assert furniture not in texts, furniture


def test_a_web_pages_stat_cards_in_bold_keep_the_space_after_their_number(tmp_path: Path):
    page = tmp_path / "about.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>About us</title></head><body><main>'
        "<h1>About us</h1><p>Our teams work with refugees and displaced families in northern "
        "Iraq, South Sudan and Bangladesh, with health care, water and shelter.</p>"
        '<h2>Our figures at a glance</h2><div class="stats"><div><strong>1,200</strong> staff '
        "worldwide</div><div><strong>34</strong> countries</div></div>"
        "<p>We are funded by private donors and public institutions in Europe.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert [(f.value, f.label.casefold()) for f in doc.figures][:2] == [
        ("1,200", "staff worldwide"),
        ("34", "countries"),
    ]


def test_a_place_alone_with_its_full_stop_under_a_dated_label_or_in_a_signed_closing():
    doc = parse_text(
        "Alcaldía instala puesto de mando ante posible llegada masiva de migrantes\n\n"
        "Maicao, La Guajira.\n\n"
        "La Alcaldía, a través de la Secretaría de Gobierno, instaló este jueves el Puesto de "
        "Mando Unificado para coordinar la atención de las familias que lleguen.\n\n"
        "En la primera sesión participaron la Policía, el Ejército y la Defensoría.\n"
    )
    assert doc.story.dateline.place == "Maicao, La Guajira"
    doc = parse_text(
        "Afghanistan: Herat Earthquake – Flash Update No. 3\n\n"
        "Situation Report | 6 December 2026\n\n"
        "Kabul, Afghanistan\n\n"
        "A magnitude 6.1 earthquake struck the district at dawn, and teams reached the "
        "villages by evening with tents, blankets and water.\n\n"
        "More than 2,000 houses were damaged, according to the first assessments.\n"
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == (
        "Kabul, Afghanistan",
        "2026-12-06",
    )
    doc = parse_text(
        "Ouverture d'un site d'accueil pour les déplacés à Delmas 33\n\n"
        f"{LEDE_FR}\n\n{SECOND_FR}\n\n"
        "Fait à Delmas, le 3 décembre 2026\n"
    )
    assert (doc.story.dateline.place, doc.story.dateline.date) == ("Delmas", "2026-12-03")
