"""Preflight: each rule of PRODUCT §5 fires on a kit made to break it, and only there."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mediakit.model import (
    Consent,
    ConsentLevel,
    ConsentScope,
    Contact,
    Edition,
    ItemKind,
    ItemRef,
    KeyFigure,
    Kit,
    KitContent,
    KitOptions,
    Language,
    OrgProfile,
    Photo,
    Section,
    SectionKind,
    Severity,
    Story,
    paragraph,
    photo_slot,
)
from mediakit.preflight import run_preflight

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _photo(pid, **fields):
    base = dict(
        caption="A caption",
        credit="IOM/X",
        alt_text="Alt",
        media_hash=f"{pid:064x}",
        width=3000,
        height=2000,
        consent=Consent(ConsentLevel.WRITTEN, ConsentScope.ALL),
    )
    base.update(fields)
    return Photo(id=pid, **base)


def broken_kit(edition=Edition.PRESS) -> KitContent:
    photos = {
        1: _photo(1, media_hash="", width=0, height=0),  # empty slot
        2: _photo(2, caption="", credit="", alt_text=""),  # no words
        3: _photo(3, width=300, height=200),  # too small
        4: _photo(4, consent=Consent()),  # consent not recorded
        5: _photo(5, at_risk=True, consent=Consent(ConsentLevel.VERBAL)),  # at risk, verbal only
        6: _photo(
            6, consent=Consent(ConsentLevel.WRITTEN, ConsentScope.PRINT)
        ),  # web use not covered
        7: _photo(7, consent=Consent(ConsentLevel.WRITTEN, ConsentScope.ALL, expires="2025-01-31")),
    }
    stories = {
        1: Story(
            id=1, title="Historia", language=Language.ES, body=tuple(photo_slot(i) for i in photos)
        ),
        2: Story(
            id=2, title="Embargoed", embargo="2026-12-01T09:00:00-05:00", body=(paragraph("x"),)
        ),
    }
    return KitContent(
        kit=Kit(
            id=1,
            name="Broken",
            options=KitOptions(edition=edition),
            sections=(Section(SectionKind.STORY, (1,)), Section(SectionKind.STORY, (2,))),
        ),
        org=OrgProfile(name="Org", brand_color="#7FB2FF"),
        stories=stories,
        photos=photos,
        contacts={1: Contact(id=1, name="Nobody")},
        figures={
            1: KeyFigure(id=1, value="5", label="things"),
            2: KeyFigure(id=2, value="6", label="x", source="S", as_of="2023-01"),
        },
    )


def _found(findings):
    return {(f.rule, f.item.kind.value, f.item.id, f.severity.value) for f in findings}


def test_every_rule_fires_on_the_broken_kit():
    found = _found(run_preflight(broken_kit(), now=NOW, placements={3: (480.0, 320.0)}))
    expected = {
        ("empty-photo-slot", "photo", 1, "warning"),
        ("photo-caption", "photo", 2, "warning"),
        ("photo-credit", "photo", 2, "warning"),
        ("photo-alt-text", "photo", 2, "warning"),
        ("photo-resolution", "photo", 3, "warning"),
        ("consent-missing", "photo", 4, "warning"),
        ("consent-at-risk", "photo", 5, "error"),
        ("consent-scope", "photo", 6, "error"),
        ("consent-expired", "photo", 7, "error"),
        ("story-language", "story", 1, "warning"),
        ("embargo", "story", 2, "error"),
        ("figure-source", "figure", 1, "warning"),
        ("figure-date", "figure", 1, "warning"),
        ("figure-age", "figure", 2, "warning"),
        ("contact-reachable", "contact", 1, "warning"),
        ("brand-contrast", "org", None, "warning"),
    }
    assert expected <= found
    brand_rules = {"brand-contrast", "org-logo"}
    assert not {f for f in found if f[2] in (None,) and f[0] not in brand_rules}


def test_overflowing_handout_and_required_consent_are_errors():
    findings = run_preflight(
        broken_kit(Edition.HANDOUT),
        now=NOW,
        overflow="the handout needs 3 pages; it may have 2",
        consent_required=True,
    )
    found = _found(findings)
    assert ("handout-overflow", "kit", 1, "error") in found
    assert ("consent-missing", "photo", 4, "error") in found
    assert (
        "consent-scope",
        "photo",
        6,
        "error",
    ) not in found  # print consent covers a printed handout
    assert findings[0].severity is Severity.ERROR


def test_embargo_with_watermark_and_a_clean_photo_pass():
    content = broken_kit()
    options = KitOptions(watermark="EMBARGOED UNTIL 1 December 2026, 09:00 EST")
    kit = Kit(id=1, name="ok", options=options, sections=content.kit.sections)
    content = KitContent(kit, OrgProfile(name="Org"), content.stories, {}, {}, {})
    rules = {f.rule for f in run_preflight(content, now=NOW, today=date(2026, 11, 23))}
    assert "embargo" not in rules and "brand-contrast" not in rules


def test_each_finding_says_the_item_the_problem_and_the_fix():
    for finding in run_preflight(broken_kit(), now=NOW):
        sentence = finding.sentence()
        assert finding.problem in sentence and finding.fix in sentence


def test_characters_the_font_cannot_print_are_named_per_item():
    story = ItemRef(ItemKind.STORY, 1, "A story about a long day in the clinic at the border")
    unprintable = ((story, "✔", "•"), (story, "😀", ""), (ItemRef(ItemKind.PHOTO, 3), "☑", "•"))
    findings = [
        f
        for f in run_preflight(broken_kit(), now=NOW, unprintable=unprintable)
        if f.rule == "unprintable-characters"
    ]
    assert [(f.item.kind, f.item.id, f.severity) for f in findings] == [
        (ItemKind.STORY, 1, Severity.WARNING),
        (ItemKind.PHOTO, 3, Severity.WARNING),
    ]
    assert findings[0].item.label == "A story about a long day in the…"
    assert findings[0].problem == (
        "the story contains ✔ and 😀 that the kit's font cannot print; "
        "✔ prints as •; 😀 is left out"
    )
    assert findings[1].problem.endswith(
        "contains ☑ that the kit's font cannot print; it prints as •"
    )


def _plain_kit(org: OrgProfile, stories: dict) -> KitContent:
    sections = (Section(SectionKind.COVER),) + tuple(
        Section(SectionKind.STORY, (sid,)) for sid in stories
    )
    return KitContent(Kit(id=1, name="Press kit", sections=sections), org, stories, {}, {}, {})


def test_a_new_librarys_empty_kit_is_not_called_ready():
    # What a new library holds: the placeholder organisation, no logo, a kit with no story.
    findings = run_preflight(_plain_kit(OrgProfile(name="Your organisation"), {}), now=NOW)
    found = {(f.rule, f.item.kind.value, f.severity.value) for f in findings}
    assert found == {
        ("kit-empty", "kit", "warning"),
        ("org-name", "org", "warning"),
        ("org-logo", "org", "warning"),
    }
    sentences = " ".join(f.sentence() for f in findings)
    assert "no story" in sentences and "“Your organisation”" in sentences and "logo" in sentences


def test_a_branded_kit_with_a_story_has_none_of_those_warnings():
    org = OrgProfile(name="Médecins du Monde", logo_hash="ab" * 32)
    story = Story(id=4, title="Mobile clinics", body=(paragraph("Text"),))
    rules = {f.rule for f in run_preflight(_plain_kit(org, {4: story}), now=NOW)}
    assert not rules & {"kit-empty", "org-name", "org-logo"}


def test_a_blank_organisation_name_counts_as_unbranded():
    org = OrgProfile(name="  ", logo_hash="ab" * 32)
    story = Story(id=4, title="Mobile clinics", body=(paragraph("Text"),))
    rules = [f.rule for f in run_preflight(_plain_kit(org, {4: story}), now=NOW)]
    assert rules == ["org-name"]
