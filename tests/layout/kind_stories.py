"""One sample story of each kind with a layout of its own (media advisory, situation report,
photo story, statement), written in the shapes press offices use, and a kit that holds them.

Run it to look at the result: `python -m tests.layout.kind_stories OUT.pdf`.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from mediakit.model import (
    Block,
    BlockKind,
    Dateline,
    Kit,
    KitContent,
    Language,
    Paper,
    Photo,
    Section,
    SectionKind,
    Span,
    Story,
    StoryKind,
    bullets,
    paragraph,
    photo_slot,
    quote,
    subhead,
)

from .sample import ALBUM, CONTACTS, CREDIT, FIGURES, ORG

ADVISORY = Story(
    id=11,
    title="Launch of the 2025 Regional Refugee and Migrant Response Plan",
    kind=StoryKind.MEDIA_ADVISORY,
    dateline=Dateline("Panama City", "2024-12-02"),
    body=(
        paragraph(
            "Journalists are invited to the launch of the regional plan that brings together "
            "more than 200 partners responding to the needs of refugees and migrants from "
            "Venezuela and their host communities in 17 countries."
        ),
        paragraph(
            "WHAT: Launch of the 2025 Regional Refugee and Migrant Response Plan (RMRP), "
            "followed by questions from the press"
        ),
        paragraph("When: Thursday 5 December 2024, 10:00–11:30 (UTC-5)"),
        subhead("WHERE"),
        paragraph("Press room, Casa de las Naciones Unidas, Ciudad del Saber, Panama City"),
        paragraph("WHO:"),
        bullets(
            [
                "The Joint Special Representative for refugees and migrants from Venezuela",
                "Representatives of host governments and of the Platform’s partners",
                "A Venezuelan nurse who now works in a public hospital in Lima",
            ]
        ),
        paragraph(
            "Why: Host countries face rising needs while funding for the response fell by "
            "a third in two years."
        ),
        Block(
            BlockKind.PARAGRAPH,
            (
                Span("RSVP: ", bold=True),
                Span("press@example.org", href="mailto:press@example.org"),
                Span(" before 4 December, 16:00"),
            ),
        ),
        paragraph(
            "The launch will be streamed live. Broadcast-quality footage and photos will be "
            "available after the event."
        ),
    ),
    tags=("RMRP", "Funding"),
)

SITUATION = Story(
    id=12,
    title="Flash Update No. 3: Floods in the Northern Border Region",
    kind=StoryKind.SITUATION_REPORT,
    standfirst="Heavy rain since 12 March has flooded shelters and crossing points used by "
    "refugees and migrants; partners are scaling up shelter, water and health support.",
    dateline=Dateline("Cúcuta, Colombia", "2024-03-18"),
    body=(
        subhead("Situation overview"),
        paragraph(
            "Five days of continuous rain caused the rivers along the border to overflow, "
            "damaging two of the four temporary shelters and cutting the main road to the "
            "crossing point for more than 36 hours."
        ),
        paragraph(
            "Local authorities declared a public calamity on 15 March. Families in transit "
            "are now waiting at the crossing point in the open, with limited access to "
            "drinking water and sanitation."
        ),
        subhead("Key highlights"),
        bullets(
            [
                "4,300 people in transit affected, a third of them children.",
                "Two of four temporary shelters damaged; 900 places lost.",
                "Cases of acute diarrhoea doubled in one week.",
                "Partners need USD 2.4 million for the next three months.",
            ]
        ),
        subhead("Response"),
        paragraph(
            "Partners distributed 1,200 hygiene kits and installed six water points. Mobile "
            "health teams now visit the crossing point twice a day, and a third shelter is "
            "being set up on higher ground with the municipality."
        ),
        subhead("Funding"),
        paragraph(
            "The response is 18 per cent funded. Without new funding, the mobile health "
            "teams will stop working at the end of April."
        ),
    ),
    tags=("Floods", "Emergency"),
)

PHOTO_STORY = Story(
    id=13,
    title="A Day at the Border Clinic",
    kind=StoryKind.PHOTO_STORY,
    standfirst="From the first patient at dawn to the last check-up at night, a team of "
    "Venezuelan and Peruvian health workers keeps a small clinic open for people on the move.",
    dateline=Dateline("Tumbes, Peru", "2024-05-10"),
    byline="Text and photos by the regional communications team",
    body=(
        paragraph(
            "The clinic opens at six. By then, a line has already formed outside: parents "
            "with small children, older people who have walked for days, young men with "
            "blistered feet."
        ),
        photo_slot(3),
        paragraph(
            "Most patients need simple care: a dressing, rehydration salts, a vaccine they "
            "missed. Some need more, and the team arranges transfers to the regional hospital."
        ),
        photo_slot(5),
        quote(
            "Here I can be the doctor I trained to be, for people who remind me of my own family.",
            "Yoalexis, surgeon",
        ),
        photo_slot(4),
        paragraph(
            "At night, the last patients are seen by torchlight. The next shift arrives at dawn."
        ),
        photo_slot(7),
    ),
    sdgs=(3, 10),
)

STATEMENT = Story(
    id=14,
    title="Statement on the shipwreck off the Pacific coast",
    kind=StoryKind.STATEMENT,
    dateline=Dateline("Geneva", "2024-04-02"),
    body=(
        paragraph(
            "Statement attributable to the Spokesperson for the International Organization "
            "for Migration"
        ),
        paragraph(
            "We are deeply saddened by the loss of at least 21 lives in the shipwreck off "
            "the Pacific coast yesterday. Our thoughts are with the families of those who "
            "died and with the survivors."
        ),
        paragraph(
            "Our teams are supporting the national authorities in caring for the 14 "
            "survivors, who are receiving medical care, food, clothing and psychosocial "
            "support."
        ),
        paragraph(
            "This tragedy is a reminder that more safe and regular pathways are urgently "
            "needed, so that no one has to risk their life at sea in search of safety and "
            "a future."
        ),
    ),
)

KIND_STORIES = (ADVISORY, SITUATION, PHOTO_STORY, STATEMENT)
PHOTO_CAPTIONS = {
    3: "Before dawn, families wait outside the clinic, which opens at six.",
    4: "A Venezuelan surgeon checks a patient’s heartbeat between two transfers.",
    5: "A nurse prepares rehydration salts for a child who arrived with a fever.",
    7: "The night shift at the clinic; the next team arrives at dawn.",
}


def kinds_content(
    paper: Paper = Paper.A4, language: Language = Language.EN, with_album: bool = True
) -> KitContent:
    """A kit of the four kinds above, with the sample's key figures and contacts; photos 3,
    4 and 5 have their images when `with_album`, photo 7 is a slot still waiting for one."""
    photos = {i: Photo(i, caption=text, credit=CREDIT) for i, text in PHOTO_CAPTIONS.items()}
    if with_album:
        for i in (3, 4, 5):
            media_hash, width, height = ALBUM[i]
            photos[i] = replace(photos[i], media_hash=media_hash, width=width, height=height)
    sections = (
        Section(SectionKind.COVER),
        *(Section(SectionKind.STORY, (s.id,)) for s in KIND_STORIES),
        Section(SectionKind.FIGURES, tuple(f.id for f in FIGURES)),
        Section(SectionKind.CONTACTS, tuple(c.id for c in CONTACTS)),
    )
    kit = Kit(
        id=2,
        name="Press office kinds",
        subtitle="An advisory, a flash update, a photo story and a statement",
        language=language,
        date="2024-06-20",
        place="Panama City",
        sections=sections,
    )
    return KitContent(
        kit=replace(kit, options=replace(kit.options, paper=paper)),
        org=ORG,
        stories={s.id: s for s in KIND_STORIES},
        photos=photos,
        contacts={c.id: c for c in CONTACTS},
        figures={f.id: f for f in FIGURES},
    )


if __name__ == "__main__":
    from mediakit.layout import build_pdf

    from .sample import photo_source, sample_store

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "kinds.pdf")
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else Language.EN
    pdf = build_pdf(kinds_content(language=language), photos=photo_source(sample_store()))
    target.write_bytes(pdf)
    print(f"Wrote {target}")
