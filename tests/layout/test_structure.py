"""How the layout package is put together: lazy imports, theme as data, dispatch, kit_language."""

from __future__ import annotations

import subprocess
import sys

import pytest
from reportlab.pdfbase import pdfmetrics

from mediakit.layout import kit_language
from mediakit.layout.editions import plan_for
from mediakit.layout.fonts import register_fonts
from mediakit.layout.sections import SECTION_BUILDERS
from mediakit.layout.theme import load_theme, paragraph_styles
from mediakit.model import Edition, SectionKind


def test_importing_the_package_loads_neither_reportlab_nor_qt():
    code = (
        "import sys, mediakit.layout\n"
        "bad = [m for m in sys.modules if m.startswith(('reportlab', 'PySide6', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_style_resolves_in_a_registered_theme_font():
    theme = load_theme()
    register_fonts(theme)
    registered = set(pdfmetrics.getRegisteredFontNames())
    styles = paragraph_styles(theme)
    assert {"body", "story_title", "caption", "credit", "pull_quote", "footer"} <= set(styles)
    for style in styles.values():
        assert style.fontName in registered, style.name
        assert style.allowWidows == 0 and style.allowOrphans == 0, style.name


@pytest.mark.parametrize("edition", list(Edition))
def test_every_edition_overlay_resolves(edition):
    theme = load_theme().for_edition(str(edition))
    register_fonts(theme)
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style in paragraph_styles(theme).values():
        assert style.fontName in registered, style.name


def test_edition_overlays_change_only_what_they_name():
    theme = load_theme()
    booklet = theme.for_edition("booklet")
    assert booklet.length("page", "margin_outer") < theme.length("page", "margin_outer")
    assert booklet.length("page", "columns") == theme.length("page", "columns")
    assert booklet.styles["body"]["align"] == "justify"
    assert booklet.styles["body"]["parent"] == "base"
    assert theme.for_edition("press") == theme


def test_register_fonts_is_idempotent():
    register_fonts()
    before = sorted(pdfmetrics.getRegisteredFontNames())
    register_fonts()
    assert sorted(pdfmetrics.getRegisteredFontNames()) == before


def test_brand_colour_is_taken_only_as_hex():
    theme = load_theme()
    assert theme.with_brand("#00689D").color("brand") == "#00689D"
    for bad in ('[[[os.system("x")]]]', "red", "#12345", "", "#0033A0; x"):
        assert theme.with_brand(bad).color("brand") == theme.color("brand")


def test_unknown_or_unsafe_theme_names_fall_back_to_default():
    assert load_theme("../../etc/passwd").name == "default"
    assert load_theme("no-such-theme").name == "default"


def test_grayscale_theme_has_only_grays_and_a_light_band():
    theme = load_theme().in_grayscale()
    for name in ("brand", "text", "muted", "band", "tint"):
        value = theme.color(name)
        assert value[1:3] == value[3:5] == value[5:7], name
    assert int(theme.color("band")[1:3], 16) > 0xD0  # no large dark fill
    assert theme.sdg_color(3)[1:3] == theme.sdg_color(3)[3:5]


def test_every_section_kind_has_a_builder_and_every_edition_a_plan():
    assert set(SECTION_BUILDERS) == set(SectionKind)
    for edition in (Edition.PRESS, Edition.BOOKLET):
        plan = plan_for(edition)
        assert set(plan.builders) == set(SectionKind)
        assert plan.template_for(SectionKind.COVER) == "cover"
        assert plan.template_for(SectionKind.STORY) == "body"
        assert plan.template_for(SectionKind.BACK_COVER) == "back"
    assert plan_for(Edition.BOOKLET).right_hand_sections
    assert plan_for(Edition.BOOKLET).page_multiple == 4
    # The handout is composed from the whole kit, not section by section.
    assert not plan_for(Edition.HANDOUT).builders


@pytest.mark.parametrize("language", sorted(kit_language.LABELS))
def test_every_language_has_every_label(language):
    assert set(kit_language.LABELS[language]) == set(kit_language.LABELS["en"])
    assert len(kit_language.SDG_NAMES[language]) == 17
    assert kit_language.label(language, "page_of", n=2, m=9).count("2") == 1


def test_labels_fall_back_to_english():
    assert kit_language.label("de", "contents") == "Contents"
    assert kit_language.format_date("en", "2023-06-24") == "24 June 2023"
    assert kit_language.format_date("es", "2023-06-24") == "24 de junio de 2023"
    assert kit_language.format_date("fr", "2022-07") == "juillet 2022"
    assert kit_language.format_date("en", "July 2022") == "July 2022"
