"""Every shape of shared/IMPORT-SHAPES.md, read by the role reader from a small document written
for the test (invented people and facts), and the corpus as a whole held above a floor.

Each test names the shape it covers; `SHAPES_COVERED` lists them so a new shape in the brief
gets a test here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mediakit.importers import parse_text
from mediakit.importers.lines import Role
from mediakit.importers.markdown import parse_markdown
from mediakit.importers.structure import mark_known_junk, reassign
from mediakit.importers.vocabulary import folded
from mediakit.model import BadInputError, BlockKind, StoryKind

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

RELEASE = """Home > News > Press releases
English Español Français Português
PRESS RELEASE
EMBARGOED UNTIL 00:01 GMT, FRIDAY 18 JUNE 2021
Shelters open along the northern border for families on the move
A new network of shelters will host up to 400 people a night.
PANAMA CITY, Panama, 14 March 2021 (IOM) – Six shelters opened today along the border, run with local partners.
“Nobody should sleep in the street after such a journey,” said Marta Quiroz, who coordinates the network.
Share this on Facebook
Download PDF (312 KB)
The shelters offer meals, showers and legal advice to anyone who arrives.
ENDS
Notes to editors
Photos of the shelters are available on request.
For more information, please contact:
In Panama:
Ana Pérez, IOM Panama, +507 6000 0001, aperez@example.org
Luis Rojas | IOM | +41 22 555 0100 | lrojas@example.org
About IOM
IOM works with governments and partners to protect people on the move across the region.
Related stories
Mobile clinics reach families in Darién Published 2 March 2021
We use cookies to improve your experience. Accept / Reject
© 2024 IOM. All rights reserved. Privacy | Terms
"""


def _roles(doc) -> dict[str, str]:
    return {line.text: line.role.value for line in doc.lines}


def test_a_press_release_with_its_furniture_read_line_by_line():
    doc = parse_text(RELEASE, name="release.txt")
    story, roles = doc.story, _roles(doc)
    assert story.title == "Shelters open along the northern border for families on the move"
    assert story.kind is StoryKind.PRESS_RELEASE
    assert story.standfirst.startswith("A new network of shelters")
    assert (story.dateline.place, story.dateline.date) == ("PANAMA CITY, Panama", "2021-03-14")
    assert story.embargo == "2021-06-18T00:01+00:00"
    assert story.body[0].text.startswith("Six shelters opened today")
    assert [(c.name, c.email, c.city) for c in doc.contacts] == [
        ("Ana Pérez", "aperez@example.org", "Panama"),
        ("Luis Rojas", "lrojas@example.org", "Panama"),
    ]
    assert "IOM works with governments" in " ".join(doc.boilerplate)
    assert "Photos of the shelters are available on request." in doc.boilerplate
    body = story.text
    for junk in ("Share this", "Download PDF", "ENDS", "cookies", "©", "Related", "Mobile clinics"):
        assert junk not in body and junk not in story.title
    assert roles["Home > News > Press releases"] == "junk"
    assert roles["PRESS RELEASE"] == "kind label"
    assert roles["ENDS"] == "end mark"
    assert (
        roles["Mobile clinics reach families in Darién Published 2 March 2021"] == "related story"
    )
    assert all(line.reason for line in doc.lines)


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        (
            "GENEVA, 3 March 2021 – The agency said today that funding is short.",
            "GENEVA",
            "2021-03-03",
        ),
        (
            "Geneva/Panama City – The two offices said today that funding is short.",
            "Geneva/Panama City",
            "",
        ),
        (
            "BOGOTÁ, Colombia, 30 de enero de 2024 (ACNUR/UNHCR).- La agencia pidió hoy más fondos.",
            "BOGOTÁ, Colombia",
            "2024-01-30",
        ),
        (
            "BRASÍLIA, 12 de maio de 2022 (OIM) – A agência pediu hoje mais recursos.",
            "BRASÍLIA",
            "2022-05-12",
        ),
        (
            "PORT-AU-PRINCE, le 5 juin 2023 – L'agence a demandé aujourd'hui plus de fonds.",
            "PORT-AU-PRINCE",
            "2023-06-05",
        ),
        (
            "Dakar, 7 février 2022 - L'agence a demandé aujourd'hui plus de fonds.",
            "Dakar",
            "2022-02-07",
        ),
    ],
)
def test_datelines_in_every_form(line, place, date):
    story = parse_text(f"A headline for the test\n{line}\nMore text follows here.\n").story
    assert (story.dateline.place, story.dateline.date) == (place, date)
    assert not story.body[0].text.startswith(place)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 12 March 2021", "2021-03-12"),
        ("Publicado el 5 de marzo de 2022", "2022-03-05"),
        ("Date: 2020-07-01", "2020-07-01"),
        ("12/03/2021", "2021-03-12"),
        ("Publié le 7 février 2022", "2022-02-07"),
    ],
)
def test_a_date_standing_alone_dates_the_story_and_is_not_body(line, date):
    doc = parse_text(f"A headline for the test\n{line}\nThe story's first paragraph is here.\n")
    assert doc.story.dateline.date == date
    assert line not in doc.story.text


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("EMBARGOED UNTIL 00:01 GMT, FRIDAY 18 JUNE 2021", "2021-06-18T00:01+00:00"),
        (
            "BAJO EMBARGO HASTA EL 5 DE JUNIO DE 2024, 10:00 (hora de Bogotá)",
            "2024-06-05T10:00-05:00",
        ),
        ("SOUS EMBARGO JUSQU'AU 5 JUIN 2024 À 10H", "2024-06-05T10:00"),
        (
            "SOB EMBARGO ATÉ 8 DE OUTUBRO DE 2022, 10:00 (horário de Brasília)",
            "2022-10-08T10:00-03:00",
        ),
    ],
)
def test_embargo_lines_become_the_story_embargo(line, moment):
    doc = parse_text(f"{line}\nA headline for the test\nThe story's first paragraph is here.\n")
    assert doc.story.embargo == moment
    assert doc.story.title == "A headline for the test"


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("A nurse at work. Photo: IOM/Ana Pérez", "A nurse at work.", "IOM/Ana Pérez"),
        ("A nurse at work. © UNHCR/Ana Pérez", "A nurse at work.", "UNHCR/Ana Pérez"),
        ("A nurse at work. Photograph © UNICEF/Ana Pérez", "A nurse at work.", "UNICEF/Ana Pérez"),
        ("A nurse at work. | © WFP/Ana Pérez", "A nurse at work.", "WFP/Ana Pérez"),
        (
            "Una enfermera trabaja en el centro (Foto: OIM/Ana Pérez)",
            "Una enfermera trabaja en el centro",
            "OIM/Ana Pérez",
        ),
        (
            "Une infirmière au travail. Photo : HCR/Ana Pérez",
            "Une infirmière au travail.",
            "HCR/Ana Pérez",
        ),
        (
            "A nurse at the clinic in Lima. UNICEF/UN0123456/Pérez",
            "A nurse at the clinic in Lima.",
            "UNICEF/UN0123456/Pérez",
        ),
    ],
)
def test_credits_in_every_style(line, caption, credit):
    doc = parse_text(f"A headline for the test\nThe story's first paragraph is here.\n{line}\n")
    assert [(p.caption, p.credit) for p in doc.photos] == [(caption, credit)]


def test_a_credit_on_the_line_after_its_caption():
    doc = parse_text(
        "A headline for the test\nFirst paragraph.\nA nurse at work.\nCrédito: OIM/Ana Pérez\n"
    )
    assert [(p.caption, p.credit) for p in doc.photos] == [("A nurse at work.", "OIM/Ana Pérez")]


def test_contacts_inline_in_a_sentence():
    text = (
        "A headline for the test\nThe story's first paragraph is here.\n"
        "For more information, please contact Ana Pérez at IOM Panama, Tel: +507 6000 0000, "
        "Email: aperez@example.org, or Luis Rojas in Geneva, Tel: +41 22 555 0100, Email: lrojas@example.org.\n"
    )
    doc = parse_text(text)
    assert [(c.name, c.email) for c in doc.contacts] == [
        ("Ana Pérez", "aperez@example.org"),
        ("Luis Rojas", "lrojas@example.org"),
    ]


def test_contacts_with_a_job_title_line_and_a_line_of_emails():
    text = (
        "A headline for the test\nThe story's first paragraph is here.\nMedia contacts\n"
        "Márcio Teles\nSpokesperson, WFP Brasília\n+55 95 98555 0123 | mteles@example.org\n"
    )
    doc = parse_text(text)
    assert [(c.name, c.role, c.email, c.phones) for c in doc.contacts] == [
        ("Márcio Teles", "Spokesperson", "mteles@example.org", ("+55 95 98555 0123",))
    ]


def test_key_figures_as_bullets_split_lines_pairs_with_markers_and_sources():
    text = (
        "Venezuelans in the region: key figures\nPublished 1 May 2024\n"
        "• 7.7 million refugees and migrants from Venezuela worldwide [1]\n"
        "▪ 6,1 millones en la región¹\n"
        "6.5 M\nrefugees and migrants in Latin America\n"
        "4.5M people in need | 2.1M targeted\n"
        "Source: R4V, June 2024\n"
        "The teams keep counting the new arrivals every month.\n"
        "[1] Government figures. May 2024\n"
    )
    doc = parse_text(text)
    values = [f.value for f in doc.figures]
    assert values == ["7.7 million", "6,1 millones", "6.5 M", "4.5M", "2.1M"]
    assert doc.figures[0].source == "Government figures" and doc.figures[0].as_of == "2024-05"
    assert doc.figures[2].source == "R4V, June 2024"
    assert "7.7 million" not in doc.story.text  # figures go to the key figures, not the body


def test_hard_wrapped_and_hyphen_broken_lines_are_joined():
    text = (
        "A headline for the test\n\n"
        "GENEVA, 3 March 2021 – The agency said today that the number of people on the\n"
        "move across the region keeps rising, and that host communities need more mi-\n"
        "gration support than ever to keep schools and clinics open for everybody who\n"
        "arrives.\n\nA second paragraph.\n"
    )
    story = parse_text(text).story
    assert story.body[0].text.endswith(
        "more migration support than ever to keep schools and clinics open for everybody who arrives."
    )


def test_glyph_bullets_become_a_list_without_their_glyphs():
    doc = parse_text(
        "A headline for the test\nThe first paragraph.\n● One item\n■ Two items\n✔ Three items\n"
    )
    [items] = [b for b in doc.story.body if b.kind is BlockKind.BULLETS]
    assert items.text.split("\n") == ["One item", "Two items", "Three items"]


def test_double_encoded_utf8_is_put_right(tmp_path):
    from mediakit.importers import parse_file

    path = tmp_path / "mojibake.txt"
    path.write_text(
        "Nuevo centro en PerÃº\nLa clÃ\xadnica abriÃ³ hoy sus puertas en Lima.\n", encoding="utf-8"
    )
    story = parse_file(path).story
    assert story.title == "Nuevo centro en Perú" and "clínica abrió" in story.text


def test_a_menu_glued_to_the_title_is_taken_off():
    doc = parse_text(
        "Notícias Histórias Brasil amplia abrigos em Roraima\nO governo abriu hoje três novos abrigos na cidade de Boa Vista.\n"
    )
    assert doc.story.title == "Brasil amplia abrigos em Roraima"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("STATEMENT", StoryKind.STATEMENT),
        ("Media advisory", StoryKind.MEDIA_ADVISORY),
        ("FLASH UPDATE", StoryKind.SITUATION_REPORT),
        ("Photo story", StoryKind.PHOTO_STORY),
        ("HOJA INFORMATIVA", StoryKind.FACT_SHEET),
        ("COMMUNIQUÉ DE PRESSE", StoryKind.PRESS_RELEASE),
    ],
)
def test_kind_labels_name_the_kind_and_are_dropped(label, kind):
    doc = parse_text(f"{label}\nA headline for the test\nThe story's first paragraph is here.\n")
    assert doc.story.kind is kind and doc.story.title == "A headline for the test"


def test_a_media_advisory_is_known_by_its_what_when_where():
    doc = parse_text(
        "Launch of the regional plan\nWHAT: The launch of the plan.\nWHEN: 5 June 2024, 10:00\n"
        "WHERE: UN House, Panama City\nWHO: The regional director.\n"
    )
    assert doc.story.kind is StoryKind.MEDIA_ADVISORY


def test_a_newsroom_listing_is_refused_saying_what_it_is():
    listing = "".join(
        f"## Headline number {n} about the region\n\nA short teaser for story {n} that says little.\n\nRead more\n\n"
        for n in range(4)
    )
    with pytest.raises(BadInputError, match="listing of 4 stories"):
        parse_markdown(f"# Latest news\n\n{listing}", name="news.md")


def test_a_line_given_another_role_reassembles_the_story():
    doc = parse_text(RELEASE, name="release.txt")
    index = next(
        i for i, line in enumerate(doc.lines) if line.text.startswith("The shelters offer")
    )
    as_junk = reassign(doc, index, Role.JUNK)
    assert "The shelters offer" not in as_junk.story.text
    assert as_junk.lines[index].reason == "you gave it this role"
    back = reassign(as_junk, index, Role.BODY)
    assert back.story == doc.story


def test_lines_marked_junk_on_a_site_are_dropped_from_its_later_pages():
    doc = parse_text(
        "A headline for the test\nVoices from the field\nThe first paragraph is here.\n"
    )
    assert "Voices from the field" in doc.story.text
    cleaned = mark_known_junk(doc, {folded("Voices from the field")})
    assert "Voices from the field" not in cleaned.story.text


SHAPES_COVERED = {
    "breadcrumbs", "menu glued to title", "share rows", "read more", "cookie banners",
    "language switchers", "footers", "fake datelines", "tag lists", "titles after labels",
    "datelines", "stand-alone dates", "embargoes", "kind labels", "end marks", "notes to editors",
    "about boilerplate", "credits", "contacts block", "contacts inline", "contacts city groups",
    "contacts job title", "key figures", "footnote markers", "hard wraps", "hyphen breaks",
    "glyph bullets", "mojibake", "listings", "kinds",
}  # fmt: skip


def test_the_corpus_stays_above_its_floor():
    """A regression floor on the whole corpus (benchmarks/score_import.py): the numbers the
    role reader reached when this test was written, less a margin for honest trade-offs."""
    sys.path.insert(0, str(BENCHMARKS))
    import import_corpus
    import score_import

    numbers = score_import.score(import_corpus.documents()).numbers()
    fields, roles = numbers["fields"], numbers["roles"]
    # Floors set when the held-out batches r232–r426 joined the corpus (464 stories), a little
    # under the numbers then; checked again with r427–r516 in (545 stories): 98.2 title, 97.8
    # kind, 95.8 place, 97.0 date, contacts 98.1 / 91.8, figures 97.5 / 94.6, credits 94.1 /
    # 90.5 (the new pages' footers and © lines), junk 1.0, body 99.0; and with r517–r606 in
    # (625 stories) and r607–r636 (652), whose kinds and junk are the hardest yet: 96.8 title,
    # 95.4 kind (a news page's release-or-feature, filed one way by one truth and the other
    # by the next), 96 place, 97 date, credits 94.5 / 90.3, junk 1.1; and with r637–r756 in
    # (763 stories: e-mails, PDF copies, Markdown with pictures, news between release and
    # feature): 95.9 title, 94.2 kind, 94.4 place, 95.9 date, credits 95.3 / 91.2, junk 1.6; and
    # with r757–r801 (804 stories, a third of them PDF copies and e-mails whose letterheads and
    # organisations' own addresses the truths keep as contacts): 95.4 title, 93.8 kind, 95.0
    # place, 95.8 date, contacts 97.7 / 90.4, figures 96.5 / 92.1, credits 95.3 / 92.1, junk 1.6;
    # and with r802–r1026 (1014 stories; e-mails, chat messages, PDF copies, speeches, blogs):
    # 94.4 title, 93.1 kind, 95.6 place, 95.1 date, contacts 97.6 / 91.2, figures 96.3 / 91.1,
    # credits 95.5 / 92.2, junk 1.9, body 98.6; and with r1027–r1251 (1224 stories: newsletters
    # laid out in tables, interviews, speeches, wires and papers passing releases on, regional
    # offices): 95.1 title, 94.8 kind, 96.0 place, 95.2 date, contacts 97.7 / 90.7, figures
    # 96.7 / 90.9, credits 95.2 / 92.5, junk 2.0, body 98.3 (their truths keep funders' lines,
    # verses and headings that earlier truths drop, so dropping them loses as much as it gains)
    assert fields["title"]["accuracy"] >= 94.5
    assert fields["kind"]["accuracy"] >= 94
    assert fields["language"]["accuracy"] >= 98
    assert fields["dateline place"]["accuracy"] >= 95
    assert fields["dateline date"]["accuracy"] >= 94.5
    assert roles["contacts"]["recall"] >= 90 and roles["contacts"]["precision"] >= 97
    assert roles["key figures"]["recall"] >= 90.5 and roles["key figures"]["precision"] >= 96
    assert roles["credits"]["recall"] >= 91.5 and roles["credits"]["precision"] >= 95
    assert roles["embargoes"]["recall"] >= 95
    assert numbers["junk_lines_per_10_documents"] <= 2.1
    assert numbers["body_sentences_kept"] >= 98.2
    assert numbers["crashed"] == []
    refused, listings = numbers["listings_refused"].split("/")
    assert refused == listings  # every newsroom listing is refused, never passed off as a story


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Rains cut roads to northern shelters | UNHCR News</title></head><body>
<nav><a href="/">News</a> <a href="/about">About</a></nav>
<main><article>
<p>UNHCR – News</p>
<p>Press release - ReliefWeb</p>
<p>English Español Français Português</p>
<h1>Rains cut roads to northern shelters</h1>
<p>Published 3 June 2024</p>
<p>CÚCUTA, Colombia – Heavy rains cut the two roads that lead to the northern shelters on Monday, leaving 1&#160;200 people without deliveries.</p>
<p>“We brought water on foot,” said a volunteer. "The trucks could not pass."</p>
<p>Read more</p>
<p>Sign up for our newsletter and get the latest stories in your inbox</p>
<p>Topics: Migration, Health, Colombia</p>
<p>-FIN-</p>
<p>For more information, please contact:</p>
<p>Ana Pérez, UNHCR Cúcuta, +57 310 555 0101, aperez@example.org</p>
<p>Luis Rojas, UNHCR, +41 22 555 0102, lrojas@example.org</p>
<p>aperez@example.org; lrojas@example.org</p>
</article></main></body></html>"""


def test_a_saved_page_with_its_site_furniture(tmp_path):
    from mediakit.importers import parse_file

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path)
    story = doc.story
    assert story.title == "Rains cut roads to northern shelters"
    assert (story.dateline.place, story.dateline.date) == ("CÚCUTA, Colombia", "2024-06-03")
    for junk in (
        "ReliefWeb",
        "Read more",
        "newsletter",
        "Topics:",
        "-FIN-",
        "UNHCR – News",
        "Español",
    ):
        assert junk not in story.text and junk not in story.title, junk
    assert "1 200 people" in story.text  # the no-break space read as a space
    assert [c.email for c in doc.contacts] == ["aperez@example.org", "lrojas@example.org"]


def test_figures_in_a_table_with_markers_in_every_form():
    text = (
        "# Refugees in Ecuador: key figures\n\n"
        "| Indicator | Figure | Source |\n|---|---|---|\n"
        "| Refugees and migrants in Ecuador | 474.900 (1) | GTRM, May 2024 |\n"
        "| Visas issued | 96.300* | Foreign ministry, May 2024 |\n\n"
        "Ecuador hosts the third largest number of people from Venezuela in the region, most of them in Quito.\n\n"
        "(1) Estimate of the national platform.\n"
    )
    doc = parse_markdown(text, name="figures.md")
    assert [(f.value, f.source) for f in doc.figures] == [
        ("474.900", "GTRM, May 2024"),
        ("96.300", "Foreign ministry, May 2024"),
    ]
    assert doc.story.kind is StoryKind.FACT_SHEET or doc.story.kind is StoryKind.FEATURE


@pytest.mark.parametrize("mark", ["ENDS", "###", "-FIN-", "– FIM –", "-30-"])
def test_end_marks_close_the_story(mark):
    doc = parse_text(
        f"A headline for the test\nThe story's first paragraph is here.\n{mark}\n"
        "IOM works with governments and partners across the region.\n"
    )
    assert mark not in doc.story.text
    assert doc.boilerplate == ("IOM works with governments and partners across the region.",)


def test_a_listing_with_dates_between_headlines_and_teasers_is_refused():
    listing = "".join(
        f"Families in town {n} receive support this week\nPublicado el {n} de junio de 2024\n"
        f"A short teaser for story {n} that says a little about it.\nLeer más\n"
        for n in range(1, 5)
    )
    with pytest.raises(BadInputError, match="listing"):
        parse_text(f"Inicio / Noticias\n{listing}", name="noticias.txt")
