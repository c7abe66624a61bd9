"""Writes the corpus documents and their truth from the language packs (a maintainer's tool).

    .venv/bin/python benchmarks/import_corpus/write_corpus.py

The same seed writes the same files, so the committed corpus can be checked against it. Each
document is first assembled as a list of parts (a kind label, the title, a dateline paragraph, a
photo, a contact block...) whose truth is known, then rendered in its format with the damage and
page junk its shapes call for; the truth is what the parts were before rendering.
"""

from __future__ import annotations

import json
import random
import sys
import textwrap
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from import_corpus import DOCS  # noqa: E402
from import_corpus.language_packs import PACKS, PHONES  # noqa: E402

STORY_KINDS = [
    "press_release",
    "feature",
    "fact_sheet",
    "situation_report",
    "statement",
    "media_advisory",
    "photo_story",
    "about",
]
# 64 stories + 2 listings: English ~40 %, the others ~20 % each
LANGUAGE_CYCLE = ["en", "es", "en", "pt", "en", "fr", "en", "es", "pt", "fr"]
FORMATS = ["txt", "html", "md", "docx"]


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    written = []
    for index in range(62):
        language = LANGUAGE_CYCLE[index % len(LANGUAGE_CYCLE)]
        kind = STORY_KINDS[(index + index // 8) % len(STORY_KINDS)]
        fmt = FORMATS[(index + index // 4) % len(FORMATS)]
        written.append(write_story(index, language, kind, fmt))
    # one release in English and Portuguese: the same story in two languages
    written += write_translation_pair(62)
    written += [write_listing(64, "en", "html"), write_listing(65, "es", "txt")]
    write_shapes_table()
    print(f"wrote {len(written)} documents to {DOCS}")


SHAPE_NOTES = {
    # site junk
    "breadcrumbs": "Breadcrumbs: `Home > News > Press releases`, `Inicio / Noticias / Comunicados`, `Accueil › Actualités`",
    "glued_menu": "A menu glued to the title on one line: `Notícias Histórias Brasil amplia abrigos em Roraima`",
    "share_row": "Share and print rows: `Share on X`, `Compartir`, `Imprimir`, `Download PDF (312 KB)`",
    "read_more": "`Read more`, `Leia mais`, `Lire la suite`, `Ver todas las noticias`",
    "related_stories": "A related-stories heading and a stub with its date",
    "cookie_banner": "A cookie banner with Accept / Reject",
    "language_switcher": "A language switcher: `English Español Français Português`",
    "newsletter": "A newsletter box",
    "footer": "A footer: `© 2024 Organisation. All rights reserved. Privacy | Terms`",
    "fake_dateline": "Page furniture that looks like a dateline: `Press release - ReliefWeb`, `News | UN – July 2020`",
    "tags": "Tag lists and topic chips: `Topics: Migration, Health, Colombia`",
    # titles
    "title_after_kind_label": "The title comes after a kind label (`PRESS RELEASE`, `NOTA DE PRENSA`, `COMMUNIQUÉ DE PRESSE`)",
    "title_after_site_name": "The title comes after a site-name line (`IOM – News`)",
    "title_after_date_line": "The title comes after a date line",
    "html_title_tag": "A saved page whose `<title>` is `Headline | Site`, with nav, banner and footer",
    "kind_label": "A kind label line at the top (junk once read)",
    # datelines and dates
    "dateline_city_date": "A dateline opening the first paragraph: `GENEVA, 3 March 2021 –`, `Lima, 5 de marzo de 2022 –`, `PORT-AU-PRINCE, le 5 juin 2023 –`",
    "dateline_with_country_org": "A dateline with country and organisation: `PANAMA CITY, Panama, 14 March 2023 (IOM) —`, `BOGOTÁ, Colombia, 30 de enero de 2024 (ACNUR).-`",
    "dateline_place_only": "A place without a date (`Panama City/Geneva – `), the date standing alone elsewhere",
    "dateline_second_paragraph": "The dateline opens the second paragraph, after a standfirst",
    "standalone_date": "A date alone: `Published 12 March 2021`, `Publicado el 5 de marzo de 2022`, `Date: 2020-07-01`, `12/03/2021`",
    "byline": "A byline: `By Ana Pérez`, `Por ...`, `Par ...`",
    # embargoes and furniture
    "embargo": "An embargo line: `EMBARGOED UNTIL 00:01 GMT, FRIDAY 18 JUNE 2021`, `BAJO EMBARGO HASTA EL ...`, `SOUS EMBARGO JUSQU'AU ...`",
    "end_mark": "`ENDS`, `###`, `-FIN-`, `– FIM –`, `-30-` after the body",
    "notes_to_editors": "`Notes to editors` / `Nota para editores` / `Note aux rédactions` after the body",
    "about_boilerplate": "An `About the organisation` paragraph at the end",
    # photos
    "credit_label": "Credit with a label: `Photo: IOM/Ana Pérez`, `Foto: ACNUR/...`, `Crédito: OIM/...`, `Photo : HCR/...`",
    "credit_copyright": "Credit with ©: `© UNHCR/Ana Pérez`, `Photograph © UNICEF/Ana Pérez`",
    "credit_unicef_code": "A picture-library credit: `UNICEF/UN0123456/Pérez`",
    "credit_in_caption_line": "Credit inside the caption line: `A caption. | © WFP/Ana Pérez`, `... (Foto: OIM/Ana Pérez)`",
    "credit_after_caption": "Credit at the end of the caption paragraph",
    "credit_next_line": "Credit on the line after the caption",
    "docx_picture": "A Word draft with an embedded picture, its caption and credit paragraphs",
    "docx_styles": "A Word draft with Title and Heading styles, a bold standfirst, List Bullet paragraphs",
    # contacts
    "contacts_block": "A block after `For more information, please contact:` with one person a line",
    "contacts_pipes": "Contact fields joined by ` | `",
    "contacts_inline": "Contacts inline in a sentence: `please contact Ana Pérez at IOM Panama, Tel: ..., Email: ..., or ...`",
    "contacts_city_group": "Contacts grouped under a city line (`In Bogotá:`)",
    "contacts_job_title": "A contact with a job-title line",
    "contacts_multi_email_line": "Several e-mails on one line",
    # figures
    "figures_bullets": "Figure bullets with a footnote marker: `• 7.7 million refugees and migrants ... [1]`, `▪ 6,1 millones¹`",
    "figures_value_label_lines": "Value and label on separate lines (`6.5 M` then its label)",
    "figures_source_line": "A source line after the figures: `Source: R4V, June 2024`",
    "figures_two_on_line": "Two figures on one line: `4.5M people in need | 2.1M targeted`",
    "figures_table": "A table of figure rows",
    "figures_locale_numbers": "Numbers in locale forms: `7,7 millones`, `7.7 millions`, `4,5 M`, `1 200`",
    "footnote_markers": "Footnote markers: `[1]`, `¹`, `(1)`, `*`",
    "footnotes_at_end": "The footnotes themselves at the end",
    # text damage
    "hard_wrap": "Hard-wrapped lines at ~72 characters (copied from a PDF or an e-mail)",
    "hyphen_break": "Hyphenated line ends: `mi-` / `gration`",
    "glyph_bullets": "Glyph bullets: `●`, `■`, `▪`, `✔`",
    "nbsp": "Non-breaking spaces inside numbers",
    "mixed_quotes": "Smart quotes mixed with straight ones",
    "mojibake": "Double-encoded UTF-8: `PerÃº`",
    # pages that are not one story
    "listing": "A newsroom listing: several headlines, each with a date and a teaser",
    "translation_pair": "The same release in English and Portuguese (same date, figures, photos)",
    # kinds
    "advisory_what_when_where_who": "A media advisory's `WHAT / WHEN / WHERE / WHO` lines",
}


def write_shapes_table() -> None:
    """SHAPES.md: each shape, what it looks like, and the documents that carry it (two at least)."""
    carriers: dict[str, list[str]] = {}
    for truth_path in sorted(DOCS.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for shape in truth["shapes"]:
            carriers.setdefault(shape, []).append(truth_path.name.removesuffix(".truth.json"))
    rare = [shape for shape in SHAPE_NOTES if len(carriers.get(shape, [])) < 2]
    if rare:
        raise SystemExit(f"shapes carried by fewer than two documents: {rare}")
    lines = [
        "# Shapes in the import corpus",
        "",
        "Each shape of /work/shared/IMPORT-SHAPES.md (the shapes real press-office documents take)",
        "and the corpus documents that carry it. Written by `write_corpus.py`; each truth file lists",
        "its own shapes under `shapes`.",
        "",
        "| Shape | What it looks like | Documents |",
        "| --- | --- | --- |",
    ]
    for shape, note in SHAPE_NOTES.items():
        names = carriers[shape]
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        lines.append(f"| `{shape}` | {note.replace('|', '&#124;')} | {shown} |")
    lines += ["", "| Kind or format | Documents |", "| --- | --- |"]
    for shape in sorted(s for s in carriers if s.startswith(("kind_", "format_"))):
        lines.append(f"| `{shape}` | {len(carriers[shape])} |")
    (HERE / "SHAPES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- assembling a story ------------------------------------------------------------------


class Story:
    """The parts of one document in reading order, and its truth as they are added."""

    def __init__(self, index: int, language: str, kind: str, fmt: str):
        self.index, self.language, self.kind, self.fmt = index, language, kind, fmt
        self.rng = random.Random(1000 + index)
        self.pack = PACKS[language]
        self.parts: list[tuple] = []
        self.shapes: set[str] = set()
        self.unused: list[str] = []
        self.quotes_used = 0
        self.truth = {
            "document": "",
            "format": fmt,
            "language": language,
            "kind": kind,
            "title": "",
            "dateline": {"place": "", "date": ""},
            "embargo": "",
            "byline": "",
            "standfirst": "",
            "contacts": [],
            "figures": [],
            "photos": [],
            "junk": [],
            "body": [],
            "boilerplate": [],
            "footnotes": [],
            "shapes": [],
            "repairs": [],
            "translation_of": "",
            "stories": [],
        }

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def has(self, shape: str) -> bool:
        return shape in self.shapes

    def junk(self, line: str, shape: str) -> None:
        self.parts.append(("junk", line))
        self.truth["junk"].append(line)
        self.shapes.add(shape)

    def para(self, text: str, prefix: str = "") -> None:
        self.parts.append(("para", prefix + text))
        self.truth["body"].append(text)


def fill(template: str, story: Story, **extra) -> str:
    pack = story.pack
    values = {
        "city": story.city,
        "country": story.country,
        "org": story.org,
        "name": story.person,
        "name2": story.person2,
        "n": f"{story.rng.randrange(120, 980)}",
        "y": story.day.year,
        "d": story.day.day,
        "month": pack["months"][story.day.month - 1],
    }
    values.update(extra)
    return template.format(**values)


def write_story(
    index: int, language: str, kind: str, fmt: str, *, forced: dict | None = None
) -> str:
    story = Story(index, language, kind, fmt)
    choose_shapes(story)
    setting(story, forced or {})
    assemble(story)
    return save(story, f"{index:02d}_{language}_{kind}")


def choose_shapes(story: Story) -> None:
    """Which of SHAPES.md's shapes this document carries, spread so each appears often."""
    i, fmt = story.index, story.fmt
    wanted = set()
    page_junk = [
        "breadcrumbs",
        "share_row",
        "read_more",
        "related_stories",
        "cookie_banner",
        "language_switcher",
        "newsletter",
        "footer",
        "fake_dateline",
        "tags",
    ]
    if fmt in ("txt", "md", "html"):
        wanted |= {page_junk[i % 10], page_junk[(i + 3) % 10], page_junk[(i + 7) % 10]}
    if fmt == "html":
        wanted |= {"cookie_banner", "footer", "html_title_tag", "share_row"}
    if i % 9 == 4 and fmt in ("txt", "md"):
        wanted.add("glued_menu")
    if fmt == "txt":
        wanted |= {"hard_wrap"}
        if i % 2 == 0:
            wanted.add("hyphen_break")
    if i % 5 == 1:
        wanted.add("title_after_site_name")
    if i % 5 == 3:
        wanted.add("title_after_date_line")
    if i % 7 == 2:
        wanted.add("mixed_quotes")
    if i % 6 == 5:
        wanted.add("nbsp")
    if i % 11 == 7:
        wanted.add("mojibake")
    if i % 4 == 2:
        wanted.add("glyph_bullets")
    story.shapes |= wanted


def setting(story: Story, forced: dict) -> None:
    pack, rng = story.pack, story.rng
    story.city, story.country = (
        forced.get("place") or pack["places"][story.index % len(pack["places"])]
    )
    story.org = forced.get("org") or pack["orgs"][story.index % len(pack["orgs"])]
    if story.org == "R4V" and story.kind in ("about", "statement"):
        story.org = pack["orgs"][0]
    names = list(pack["names"])
    rng.shuffle(names)
    story.person, story.person2, story.person3 = names[0], names[1], names[2]
    story.day = forced.get("day") or date(
        2021 + story.index % 4, 1 + story.index % 12, 1 + (story.index * 7) % 28
    )


def assemble(story: Story) -> None:
    """The parts of a document of the story's kind, with the shapes chosen for it."""
    pack, kind = story.pack, story.kind
    top_junk(story)
    if (
        story.index % 6 in (0, 3)
        and kind in ("press_release", "media_advisory")
        or story.index in (12, 29, 47)
    ):
        embargo(story)
    if kind != "about" and (
        kind in ("press_release", "statement", "media_advisory", "situation_report", "fact_sheet")
        or story.index % 2
    ):
        label = story.pick(pack["labels"][kind])
        story.junk(label, "kind_label")
        story.shapes.add("title_after_kind_label")
    title(story)
    {
        "press_release": press_release,
        "feature": feature,
        "fact_sheet": fact_sheet,
        "situation_report": situation_report,
        "statement": statement,
        "media_advisory": media_advisory,
        "photo_story": photo_story,
        "about": about,
    }[kind](story)
    bottom_junk(story)


def top_junk(story: Story) -> None:
    junk = story.pack["junk"]
    if story.has("cookie_banner"):
        story.junk(junk["cookie"], "cookie_banner")
    if story.has("language_switcher"):
        story.junk(junk["language"], "language_switcher")
    if story.has("breadcrumbs"):
        story.junk(story.pick(junk["breadcrumbs"]), "breadcrumbs")
    if story.has("title_after_site_name"):
        story.junk(site_name(story), "title_after_site_name")
    if story.has("fake_dateline"):
        story.junk(story.pick(junk["fake_dateline"]), "fake_dateline")


def site_name(story: Story) -> str:
    return {
        "en": "{org} – News",
        "es": "{org} – Noticias",
        "pt": "{org} – Notícias",
        "fr": "{org} – Actualités",
    }[story.language].format(org=story.org)


def bottom_junk(story: Story) -> None:
    junk = story.pack["junk"]
    if story.has("share_row"):
        story.junk(story.pick(junk["share"]), "share_row")
    if story.has("tags"):
        story.junk(story.pick(junk["tags"]), "tags")
    if story.has("read_more"):
        story.junk(story.pick(junk["read_more"]), "read_more")
    if story.has("related_stories"):
        story.junk(junk["related"], "related_stories")
        other = fill(story.pick(story.pack["titles"]), story, city=story.pack["places"][0][0])
        story.junk(f"{other} {published(story, 0)}", "related_stories")
    if story.has("newsletter"):
        story.junk(junk["newsletter"], "newsletter")
    if story.has("footer"):
        story.junk(junk["footer"].format(org=story.org), "footer")


def embargo(story: Story) -> None:
    pack = story.pack
    when = story.day
    hh, mi = story.pick([("00", "01"), ("10", "00"), ("09", "00"), ("14", "00")])
    template = pack["embargo"][story.index % len(pack["embargo"])]
    line = template.format(
        hh=hh,
        mi=mi,
        d=when.day,
        y=when.year,
        month=pack["months"][when.month - 1],
        MONTH=pack["months"][when.month - 1].upper(),
        weekday=pack["weekdays"][when.weekday()],
    )
    story.junk(line, "embargo")
    story.truth["embargo"] = f"{when.isoformat()}T{hh}:{mi}"


def title(story: Story) -> None:
    pack, kind = story.pack, story.kind
    if kind == "statement":
        text = fill(pack["statement_title"], story)
    elif kind == "situation_report":
        text = fill(pack["sitrep_title"], story, n=1 + story.index % 9)
    elif kind == "fact_sheet":
        text = fill(pack["factsheet_title"], story)
    elif kind == "about":
        text = fill(pack["about_title"], story)
    elif kind == "photo_story":
        text = fill(pack["photostory_title"], story)
    else:
        text = fill(pack["titles"][story.index % len(pack["titles"])], story)
    story.title = text
    if story.has("title_after_date_line"):
        story.junk(published(story, 0), "title_after_date_line")
    if story.has("glued_menu"):
        glued = story.pack["junk"]["glued_menu"].format(title=text)
        story.parts.append(("title", glued))
        story.truth["junk"].append(glued.removesuffix(text).strip())
    else:
        story.parts.append(("title", text))
    story.truth["title"] = text


def published(story: Story, which: int | None = None) -> str:
    pack, day = story.pack, story.day
    forms = pack["published"]
    form = forms[which if which is not None else story.index % len(forms)]
    return form.format(
        d=day.day,
        y=day.year,
        month=pack["months"][day.month - 1],
        iso=day.isoformat(),
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
    )


def dateline(story: Story) -> str:
    """The dateline opening the first paragraph, or "" when the date stands alone."""
    pack, day, lang = story.pack, story.day, story.language
    month = pack["months"][day.month - 1]
    style = story.index % 5
    place_caps = story.city.upper()
    story.truth["dateline"] = {"place": story.city, "date": day.isoformat()}
    if style == 4:  # a place without a date; the date stands alone near the title
        story.parts.append(("date_alone", published(story)))
        story.truth["junk"].append(published(story))
        story.shapes.add("standalone_date")
        story.shapes.add("dateline_place_only")
        place = f"{pack['places'][1][0]}/{story.city}" if lang in ("en", "fr") else story.city
        story.truth["dateline"]["place"] = place
        return f"{place} – "
    if lang == "en":
        forms = [
            f"{place_caps}, {day.day} {month} {day.year} – ",
            f"{place_caps}, {story.country}, {day.day} {month} {day.year} ({story.org}) — ",
            f"{story.city}, {day.day} {month} {day.year} - ",
            f"{place_caps}, {day.day} {month} {day.year} – ",
        ]
    elif lang == "es":
        forms = [
            f"{place_caps}, {story.country}, {day.day} de {month} de {day.year} ({story.org}).- ",
            f"{story.city}, {day.day} de {month} de {day.year} – ",
            f"{place_caps}, {day.day} de {month} de {day.year} ({story.org}) – ",
            f"{story.city}, {day.day} de {month} de {day.year}.- ",
        ]
    elif lang == "pt":
        forms = [
            f"{place_caps}, {day.day} de {month} de {day.year} ({story.org}) – ",
            f"{story.city}, {day.day} de {month} de {day.year} – ",
            f"{place_caps}, {story.country}, {day.day} de {month} de {day.year} – ",
            f"{story.city} ({story.org}), {day.day} de {month} de {day.year} – ",
        ]
    else:
        forms = [
            f"{place_caps}, le {day.day} {month} {day.year} – ",
            f"{story.city}, {day.day} {month} {day.year} - ",
            f"{place_caps}, {story.country}, le {day.day} {month} {day.year} ({story.org}) – ",
            f"{story.city}, le {day.day} {month} {day.year} – ",
        ]
    story.shapes.add("dateline_with_country_org" if style in (1,) else "dateline_city_date")
    return forms[style]


def sentences(story: Story, count: int) -> list[str]:
    """`count` body sentences this document has not used yet (the pool refills when spent)."""
    chosen = []
    for _ in range(count):
        if not story.unused:
            story.unused = list(story.pack["sentences"])
            story.rng.shuffle(story.unused)
        chosen.append(fill(story.unused.pop(), story))
    return chosen


def paragraphs(story: Story, count: int, first_prefix: str = "") -> None:
    chosen = sentences(story, count * 2)
    for n in range(count):
        text = " ".join(chosen[2 * n : 2 * n + 2])
        if n == 0 and story.has("mixed_quotes"):
            text = text + ' "' + sentences(story, 1)[0].rstrip(".") + '."'
        story.para(text, first_prefix if n == 0 else "")


def quote(story: Story) -> None:
    quotes = story.pack["quotes"]
    story.quotes_used += 1
    template = quotes[(story.index + story.quotes_used) % len(quotes)]
    speaker = story.person3 if story.quotes_used == 1 else story.person
    text = fill(template, story, name=speaker)
    story.para(text)


def standfirst(story: Story, *, bold_first: bool) -> None:
    text = story.pick(story.pack["standfirsts"])
    story.parts.append(("standfirst", text))
    story.truth["standfirst"] = text


def byline(story: Story) -> None:
    text = story.pack["byline"].format(name=story.person2)
    story.parts.append(("byline", text))
    story.truth["byline"] = story.person2
    story.shapes.add("byline")


def photo(story: Story, n: int = 0) -> None:
    pack = story.pack
    caption = fill(pack["captions"][(story.index + n) % len(pack["captions"])], story)
    photographer = pack["names"][(story.index + n + 3) % len(pack["names"])]
    style = pack["credit_styles"][(story.index + n) % len(pack["credit_styles"])]
    surname = photographer.split()[-1]
    credit_line = style.format(
        org=story.org,
        name=photographer,
        surname=surname,
        code=f"{story.index:03d}{n}{story.index * 7 % 1000:03d}",
        caption=caption,
    )
    credit = credit_line
    if "{caption}" in style:
        story.shapes.add("credit_in_caption_line")
        credit = credit_line.removeprefix(caption).strip(" |()")
        story.parts.append(("photo", credit_line, ""))
    elif (story.index + n) % 3 == 0:
        story.shapes.add("credit_next_line")
        story.parts.append(("photo", caption, credit_line))
    else:
        story.shapes.add("credit_after_caption")
        story.parts.append(("photo", f"{caption} {credit_line}", ""))
    story.shapes.add(
        "credit_" + ("copyright" if "©" in style else "unicef_code" if "UN0" in style else "label")
    )
    credit = (
        credit.removeprefix("Foto:")
        .removeprefix("Crédito:")
        .removeprefix("Photo :")
        .removeprefix("Photo:")
    )
    credit = credit.removeprefix("Photograph").strip().removeprefix("©").strip()
    story.truth["photos"].append({"caption": caption, "credit": credit})


def contacts(story: Story) -> None:
    pack, lang = story.pack, story.language
    style = story.index % 5
    people = [story.person, story.person2] if style != 3 else [story.person]
    records = []
    for n, name in enumerate(people):
        first, last = name.split()[0], name.split()[-1]
        email = (
            unicodedata.normalize("NFKD", f"{first[0]}{last}".lower())
            .encode("ascii", "ignore")
            .decode()
            + "@example.org"
        )
        phone = PHONES[lang][(story.index + n) % len(PHONES[lang])]
        organisation = f"{story.org} {story.city}" if n == 0 else f"{story.org}"
        records.append({"name": name, "organisation": organisation, "email": email, "phone": phone})
    story.truth["contacts"] = records
    if style == 0:
        story.junk(story.pick(pack["contacts_heading"]), "contacts_block")
        for r in records:
            story.parts.append(
                ("contact", f"{r['name']}, {r['organisation']}, {r['phone']}, {r['email']}")
            )
    elif style == 1:
        story.junk(story.pick(pack["contacts_heading"]), "contacts_pipes")
        for r in records:
            story.parts.append(
                ("contact", " | ".join([r["name"], r["organisation"], r["phone"], r["email"]]))
            )
    elif style == 2:
        r0, r1 = records
        story.parts.append(
            (
                "contact",
                fill(
                    pack["inline_contacts"],
                    story,
                    name=r0["name"],
                    name2=r1["name"],
                    phone=r0["phone"],
                    phone2=r1["phone"],
                    email=r0["email"],
                    email2=r1["email"],
                ),
            )
        )
        r1["organisation"] = story.org
        story.shapes.add("contacts_inline")
    elif style == 3:
        story.junk(story.pick(pack["contacts_heading"]), "contacts_job_title")
        r = records[0]
        story.parts.append(("contact", r["name"]))
        story.parts.append(("contact", story.pick(pack["job_titles"]) + ", " + r["organisation"]))
        story.parts.append(("contact", f"{r['phone']} | {r['email']}"))
    else:
        story.junk(story.pick(pack["contacts_heading"]), "contacts_city_group")
        for r in records:
            city = (
                story.city
                if r is records[0]
                else {"en": "Geneva", "es": "Ginebra", "pt": "Genebra", "fr": "Genève"}[lang]
            )
            story.parts.append(("contact", pack["city_line"].format(city=city)))
            story.parts.append(
                ("contact", f"{r['name']}, {r['organisation']}, {r['phone']}, {r['email']}")
            )
        story.shapes.add("contacts_multi_email_line")
        story.parts.append(("contact", f"{records[0]['email']}; {records[1]['email']}"))


def end_and_notes(story: Story) -> None:
    pack = story.pack
    end = pack["ends"][story.index % len(pack["ends"])]
    story.junk(end, "end_mark")
    if story.index % 2 == 0:
        story.parts.append(("heading_furniture", pack["notes_heading"]))
        story.truth["junk"].append(pack["notes_heading"])
        for line in pack["notes_lines"]:
            story.parts.append(("boilerplate", line))
            story.truth["boilerplate"].append(line)
        story.shapes.add("notes_to_editors")


def about_boilerplate(story: Story) -> None:
    pack = story.pack
    heading = pack["about_heading"].format(org=story.org)
    story.parts.append(("heading_furniture", heading))
    story.truth["junk"].append(heading)
    for line in pack["about_lines"]:
        text = line.format(org=story.org)
        story.parts.append(("boilerplate", text))
        story.truth["boilerplate"].append(text)
    story.shapes.add("about_boilerplate")


def figures(story: Story, count: int, style: str) -> None:
    pack = story.pack
    labels = list(pack["figure_labels"])
    story.rng.shuffle(labels)
    chosen = labels[:count]
    source_line = story.pick(pack["sources"])
    source = source_line.split(":", 1)[1].strip()
    as_of = story.day.isoformat()[:7]
    records = []
    for n, (label, values) in enumerate(chosen):
        value = values[(story.index + n) % len(values)]
        if story.has("nbsp"):
            value = value.replace(" ", "\u00a0")
        records.append(
            {
                "value": value.replace("\u00a0", " "),
                "label": label,
                "source": source,
                "as_of": as_of,
                "_raw": value,
            }
        )
    markers = ["[1]", "¹", "(1)", "*"]
    marker = markers[story.index % 4]
    glyph = "●" if story.has("glyph_bullets") else "•"
    glyph = (
        {0: glyph, 1: "▪", 2: "■", 3: "✔"}[story.index % 4] if story.has("glyph_bullets") else "•"
    )
    if style == "bullets":
        items = [f"{r['_raw']} {r['label']}" for r in records]
        items[0] += marker
        story.parts.append(("figure_bullets", items, glyph))
        story.shapes |= {"figures_bullets", "footnote_markers"}
        note = f"{marker.strip('[]()')} {source_line}" if marker != "*" else f"* {source_line}"
        story.parts.append(("footnote", note))
        story.truth["footnotes"].append(note)
        story.shapes.add("footnotes_at_end")
    elif style == "lines":
        for r in records:
            story.parts.append(("figure_line", r["_raw"]))
            story.parts.append(("figure_line", r["label"]))
        story.parts.append(("figure_line", source_line))
        story.shapes |= {"figures_value_label_lines", "figures_source_line"}
    elif style == "pair":
        a, b = records[0], records[1]
        story.parts.append(("figure_line", f"{a['_raw']} {a['label']} | {b['_raw']} {b['label']}"))
        for r in records[2:]:
            story.parts.append(("figure_line", f"{r['_raw']} {r['label']}"))
        story.parts.append(("figure_line", source_line))
        story.shapes |= {"figures_two_on_line", "figures_source_line"}
    else:
        story.parts.append(
            ("figure_table", [[r["_raw"], r["label"]] for r in records], source_line)
        )
        story.shapes |= {"figures_table", "figures_source_line"}
    if any(
        ("," in r["value"] and not r["value"].startswith("1,")) or " " in r["value"].strip()
        for r in records
    ):
        story.shapes.add("figures_locale_numbers")
    for r in records:
        del r["_raw"]
    story.truth["figures"] += records


def heading(story: Story, key: str) -> None:
    story.parts.append(("subhead", story.pack["headings"][key]))


# -- the kinds ---------------------------------------------------------------------------


def press_release(story: Story) -> None:
    bold_standfirst = story.index % 3 == 0
    if bold_standfirst:
        standfirst(story, bold_first=True)
        story.shapes.add("dateline_second_paragraph")
    prefix = dateline(story)
    paragraphs(story, 2, prefix)
    quote(story)
    paragraphs(story, 1)
    if story.index % 4 == 1:
        photo(story)
    if story.index % 3 == 1:
        figures(story, 3, ["bullets", "pair", "lines", "table"][story.index % 4])
    end_and_notes(story)
    contacts(story)
    about_boilerplate(story)


def feature(story: Story) -> None:
    byline(story)
    standfirst(story, bold_first=True)
    prefix = dateline(story) if story.index % 2 == 0 else ""
    if not prefix:
        story.parts.append(("date_alone", published(story)))
        story.truth["junk"].append(published(story))
        story.truth["dateline"] = {"place": "", "date": story.day.isoformat()}
        story.shapes.add("standalone_date")
    paragraphs(story, 1, prefix)
    quote(story)
    photo(story)
    heading(story, "response")
    paragraphs(story, 2)
    quote(story)
    if story.index % 3 == 0:
        contacts(story)


def fact_sheet(story: Story) -> None:
    story.parts.append(("date_alone", published(story)))
    story.truth["junk"].append(published(story))
    story.truth["dateline"] = {"place": "", "date": story.day.isoformat()}
    story.shapes.add("standalone_date")
    paragraphs(story, 1)
    heading(story, "figures")
    figures(story, 4, ["bullets", "lines", "pair", "table"][story.index % 4])
    paragraphs(story, 1)
    if story.index % 2:
        contacts(story)


def situation_report(story: Story) -> None:
    story.parts.append(("date_alone", published(story)))
    story.truth["junk"].append(published(story))
    story.truth["dateline"] = {"place": "", "date": story.day.isoformat()}
    story.shapes.add("standalone_date")
    heading(story, "highlights")
    items = sentences(story, 3)
    story.parts.append(("bullets", items))
    story.truth["body"] += items
    figures(story, 3, ["pair", "lines", "table", "bullets"][story.index % 4])
    heading(story, "overview")
    paragraphs(story, 1)
    heading(story, "response")
    paragraphs(story, 1)
    heading(story, "funding")
    paragraphs(story, 1)
    contacts(story)


def statement(story: Story) -> None:
    prefix = dateline(story)
    story.para(fill(story.pack["statement_lead"], story), prefix)
    paragraphs(story, 2)
    end_and_notes(story)
    if story.index % 2:
        contacts(story)


def media_advisory(story: Story) -> None:
    adv = story.pack["advisory"]
    story.dateline_day = story.day
    prefix = dateline(story)
    story.para(fill(story.pack["statement_lead"], story).replace("  ", " "), prefix)
    for key in ("what", "when", "where", "who"):
        story.para(fill(adv[key], story, name=story.person3))
    story.shapes.add("advisory_what_when_where_who")
    story.para(fill(adv["rsvp"], story))
    end_and_notes(story)
    contacts(story)


def photo_story(story: Story) -> None:
    standfirst(story, bold_first=True)
    story.parts.append(("date_alone", published(story)))
    story.truth["junk"].append(published(story))
    story.truth["dateline"] = {"place": "", "date": story.day.isoformat()}
    story.shapes.add("standalone_date")
    for n in range(3):
        photo(story, n)
        paragraphs(story, 1)
    byline(story)


def about(story: Story) -> None:
    paragraphs(story, 2)
    figures(story, 3, ["lines", "bullets", "table", "pair"][story.index % 4])
    paragraphs(story, 1)
    contacts(story)


def write_translation_pair(index: int) -> list[str]:
    names = []
    day = date(2023, 5, 12)
    en = Story(index, "en", "press_release", "html")
    pt = Story(index + 1, "pt", "press_release", "txt")
    for story in (en, pt):
        choose_shapes(story)
        setting(
            story,
            {
                "place": ("Boa Vista", "Brazil" if story is en else "Brasil"),
                "org": "IOM" if story is en else "OIM",
                "day": day,
            },
        )
        assemble(story)
        story.shapes.add("translation_pair")
    en.truth["translation_of"] = f"{pt.index:02d}_pt_press_release"
    pt.truth["translation_of"] = f"{en.index:02d}_en_press_release"
    names.append(save(en, f"{en.index:02d}_en_press_release"))
    names.append(save(pt, f"{pt.index:02d}_pt_press_release"))
    return names


def write_listing(index: int, language: str, fmt: str) -> str:
    """A newsroom page of several dated headlines with teasers: not one story."""
    story = Story(index, language, "listing", fmt)
    story.shapes |= {"listing", "breadcrumbs", "footer"} | (
        {"html_title_tag", "cookie_banner"} if fmt == "html" else set()
    )
    setting(story, {})
    top_junk(story)
    story.parts.append(("title", story.pack["listing_title"]))
    story.truth["junk"].append(story.pack["listing_title"])
    for n in range(4):
        city = story.pack["places"][n % len(story.pack["places"])][0]
        headline = fill(
            story.pack["titles"][(index + n) % len(story.pack["titles"])], story, city=city
        )
        story.parts.append(("subhead", headline))
        story.day = date(2024, 6, 20 - n * 3)
        story.parts.append(("date_alone", published(story, 0)))
        story.parts.append(("para", story.pick(story.pack["standfirsts"])))
        story.parts.append(("junk", story.pack["junk"]["read_more"][0]))
        story.truth["stories"].append(headline)
    bottom_junk(story)
    story.truth["title"] = ""
    return save(story, f"{index:02d}_{language}_listing")


# -- rendering ---------------------------------------------------------------------------


def save(story: Story, name: str) -> str:
    render = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx}[
        story.fmt
    ]
    text = render(story)
    if story.has("mojibake"):
        text, repairs = damage_encoding(text)
        story.truth["repairs"] = repairs
        if not repairs:
            story.shapes.discard("mojibake")
    suffix = ".docx.json" if story.fmt == "docx" else "." + story.fmt
    (DOCS / (name + suffix)).write_text(text, encoding="utf-8")
    story.truth["document"] = name + (".docx" if story.fmt == "docx" else "." + story.fmt)
    story.truth["shapes"] = sorted(story.shapes | {"kind_" + story.kind, "format_" + story.fmt})
    (DOCS / (name + ".truth.json")).write_text(
        json.dumps(story.truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return name


def damage_encoding(text: str) -> tuple[str, list]:
    """One accented word read as Windows-1252 after being written as UTF-8 (double encoding)."""
    for word in ("Perú", "Bogotá", "Cúcuta", "Brasília", "Haïti", "Genève", "Panamá", "São"):
        if word in text:
            damaged = word.encode("utf-8").decode("cp1252")
            return text.replace(word, damaged, 1), [[damaged, word]]
    return text, []


def wrap(story: Story, text: str) -> str:
    lines = textwrap.wrap(text, 72, break_on_hyphens=False, break_long_words=False)
    if story.has("hyphen_break") and len(lines) > 1:
        first, second = lines[0], lines[1]
        word = second.split(" ")[0]
        if len(word) >= 8 and word.isalpha():
            cut = len(word) // 2
            lines[0] = first + " " + word[:cut] + "-"
            lines[1] = second[len(word) :].lstrip() or ""
            lines[1] = word[cut:] + (" " + lines[1] if lines[1] else "")
    return "\n".join(lines)


def bullet_glyph(story: Story) -> str:
    return "●" if story.has("glyph_bullets") else "-"


def render_txt(story: Story) -> str:
    out: list[str] = []
    for part in story.parts:
        kind = part[0]
        if kind in ("para", "standfirst", "boilerplate", "footnote"):
            out.append(wrap(story, part[1]))
        elif kind == "bullets":
            out.append("\n".join(f"{bullet_glyph(story)} {item}" for item in part[1]))
        elif kind == "figure_bullets":
            out.append("\n".join(f"{part[2]} {item}" for item in part[1]))
        elif kind == "figure_table":
            out.append("\n".join(f"{value}\t{label}" for value, label in part[1]) + "\n" + part[2])
        elif kind == "photo":
            out.append(part[1] + ("\n" + part[2] if part[2] else ""))
        else:
            out.append(part[1])
    text = "\n\n".join(out) + "\n"
    return text


def render_md(story: Story) -> str:
    out: list[str] = []
    for part in story.parts:
        kind, text = part[0], part[1]
        if kind == "title":
            out.append(f"# {text}")
        elif kind == "subhead":
            out.append(f"## {text}")
        elif kind == "standfirst":
            out.append(f"**{text}**")
        elif kind == "byline":
            out.append(f"*{text}*")
        elif kind == "bullets":
            out.append("\n".join(f"- {item}" for item in text))
        elif kind == "figure_bullets":
            out.append("\n".join(f"{part[2] if part[2] != '•' else '-'} {item}" for item in text))
        elif kind == "figure_table":
            rows = ["| Figure | |", "| --- | --- |"] + [f"| {v} | {label} |" for v, label in text]
            out.append("\n".join(rows) + "\n\n" + part[2])
        elif kind == "photo":
            out.append(
                f"![{text}](photo-{len(out)}.jpg)\n\n*{text}*"
                + (f"\n\n{part[2]}" if part[2] else "")
            )
        elif kind == "heading_furniture":
            out.append(f"### {text}")
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(story: Story) -> str:
    """A saved newsroom page: head title "Headline | Site", nav, banner, article, aside, footer."""
    site = {"en": "News", "es": "Noticias", "pt": "Notícias", "fr": "Actualités"}[story.language]
    head_title = f"{story.truth['title'] or story.pack['listing_title']} | {story.org} {site}"
    story.shapes.add("html_title_tag")
    body: list[str] = []
    nav = f'<nav class="main-menu"><ul><li><a href="/">{site}</a></li><li><a href="/about">{story.org}</a></li><li><a href="/donate">Donate</a></li></ul></nav>'
    story.truth["junk"] += [site, "Donate"]
    for part in story.parts:
        kind, text = part[0], part[1]
        if kind == "junk":
            tag = 'div class="cookie-banner"' if "cookie" in text.lower() else 'p class="meta"'
            body.append(f"<{tag}>{escape(text)}</{tag.split()[0]}>")
        elif kind == "title":
            body.append(f"<h1>{escape(text)}</h1>")
        elif kind in ("subhead", "heading_furniture"):
            body.append(f"<h2>{escape(text)}</h2>")
        elif kind == "standfirst":
            body.append(f'<p class="lead"><strong>{escape(text)}</strong></p>')
        elif kind == "date_alone":
            body.append(f'<p class="date"><time>{escape(text)}</time></p>')
        elif kind == "bullets":
            body.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in text) + "</ul>")
        elif kind == "figure_bullets":
            body.append(
                '<ul class="key-figures">'
                + "".join(f"<li>{escape(i)}</li>" for i in text)
                + "</ul>"
            )
        elif kind == "figure_table":
            rows = "".join(
                f"<tr><td>{escape(v)}</td><td>{escape(label)}</td></tr>" for v, label in text
            )
            body.append(f"<table>{rows}</table><p>{escape(part[2])}</p>")
        elif kind == "photo":
            credit = f'<br><span class="credit">{escape(part[2])}</span>' if part[2] else ""
            body.append(
                f'<figure><img src="photo.jpg" alt=""><figcaption>{escape(text)}{credit}</figcaption></figure>'
            )
        else:
            body.append(f"<p>{escape(text).replace(chr(0xA0), '&nbsp;')}</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(head_title)}</title>"
        "<script>window.dataLayer = window.dataLayer || [];</script></head>\n<body>\n"
        + nav
        + "\n<main><article>\n"
        + "\n".join(body)
        + "\n</article></main>\n</body></html>\n"
    )


def render_docx(story: Story) -> str:
    """A Word draft: Title style, bold standfirst, bullets, a figures table, an inline picture."""
    blocks: list[dict] = []
    for part in story.parts:
        kind, text = part[0], part[1]
        if kind == "title":
            blocks.append({"style": "Title", "text": text})
        elif kind in ("subhead", "heading_furniture"):
            blocks.append({"style": "Heading 1", "text": text})
        elif kind == "standfirst":
            blocks.append({"style": "Normal", "text": text, "bold": True})
        elif kind == "byline":
            blocks.append({"style": "Normal", "text": text, "italic": True})
        elif kind in ("bullets", "figure_bullets"):
            blocks += [{"style": "List Bullet", "text": item} for item in text]
        elif kind == "figure_table":
            blocks.append({"table": [["Figure", ""]] + [list(row) for row in text]})
            blocks.append({"style": "Normal", "text": part[2]})
        elif kind == "photo":
            blocks.append({"picture": {"width": 640, "height": 427, "color": "#6b8e23"}})
            blocks.append({"style": "Normal", "text": text, "italic": True})
            if part[2]:
                blocks.append({"style": "Normal", "text": part[2]})
        else:
            blocks.append({"style": "Normal", "text": text})
    story.shapes.add("docx_picture" if any("picture" in b for b in blocks) else "docx_styles")
    return json.dumps({"blocks": blocks}, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    main()
