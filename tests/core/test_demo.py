"""The demo library is the seeds, understood: four stories, six photo slots, contacts, figures."""

from __future__ import annotations

from mediakit.library import queries
from mediakit.model import (
    BlockKind,
    Contact,
    KeyFigure,
    Photo,
    SectionKind,
    Story,
    StoryKind,
)

DEMO_KIT = "Venezuela situation — press kit"


def test_demo_has_four_stories_and_the_scraped_copy_is_not_a_fifth(demo_library):
    stories = queries.all_of(demo_library.db, Story)
    assert len(stories) == 4
    titles = [s.title for s in stories]
    assert titles[0] == "Serving Hope: A Venezuelan Doctor Finds Sanctuary in Peru"
    assert sum("Serving Hope" in t for t in titles) == 1
    assert not any("SOBRE NOSOTROS" in s.text or "Who we are" in s.text for s in stories)


def test_demo_photo_slots_have_captions_and_credit_but_no_invented_image(demo_library):
    photos = queries.all_of(demo_library.db, Photo)
    assert len(photos) == 6
    assert {p.credit for p in photos} == {"IOM/Gema Cortes"}
    assert all(p.caption and not p.has_image for p in photos)
    story = queries.all_of(demo_library.db, Story)[0]
    assert len(story.photo_ids) == 2


def test_demo_feature_story_structure(demo_library):
    yoalexis = next(s for s in queries.all_of(demo_library.db, Story) if "Yoalexis" in s.text)
    assert yoalexis.dateline.place == "Lima, Peru"
    assert yoalexis.body[0].text.startswith("In the bustling emergency unit")
    subheads = [b.text for b in yoalexis.body if b.kind is BlockKind.SUBHEAD]
    assert subheads == ["Contributing from the front line", "Doctors beyond borders"]
    assert yoalexis.byline.startswith("Gema Cortes, IOM Media and Communications Unit")
    assert yoalexis.sdgs == (3, 10, 16, 17)
    assert len(yoalexis.photo_ids) == 4


def test_demo_press_release_dateline_and_contacts_by_city(demo_library):
    release = next(
        s for s in queries.all_of(demo_library.db, Story) if s.kind is StoryKind.PRESS_RELEASE
    )
    assert "Los Angeles Declaration" in release.title
    assert (release.dateline.place, release.dateline.date) == ("Panama", "2023-06-24")
    contacts = queries.all_of(demo_library.db, Contact)
    by_city = {}
    for contact in contacts:
        by_city.setdefault(contact.city, []).append(contact.email)
    assert by_city == {
        "Panama": [
            "marcortes@iom.int",
            "spindler@unhcr.org",
            "kiman@unhcr.org",
            "godinho@unhcr.org",
        ],
        "Costa Rica": ["jgallo@iom.int"],
        "Buenos Aires": ["ldorin@iom.int"],
    }
    dorin = next(c for c in contacts if c.email == "ldorin@iom.int")
    assert dorin.phones == ("+54 911 50472248",)
    assert dorin.organisation == "IOM"


def test_demo_key_figures_carry_source_and_date(demo_library):
    figures = queries.all_of(demo_library.db, KeyFigure)
    assert [f.value for f in figures] == ["6.1 million", "17"]
    assert all(f.source == "Based on Government figures" and f.as_of == "2022-07" for f in figures)


def test_demo_org_profile_and_kit_use_everything(demo_library):
    org = queries.org(demo_library.db)
    assert org.short_name == "IOM"
    assert org.boilerplate[0].startswith("The International Organization for Migration (IOM)")
    kit = queries.find_kit(demo_library.db, DEMO_KIT)
    content = queries.kit_content(demo_library.db, kit)
    assert len(content.stories) == 4
    assert len(content.photos) == 6
    assert len(content.contacts) == 6
    assert len(content.figures) == 2
    kinds = [s.kind for s in kit.sections]
    assert kinds[0] is SectionKind.COVER and kinds[-1] is SectionKind.BACK_COVER
