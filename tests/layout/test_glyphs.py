"""Characters the kit's fonts lack print as ones they have: never a blank gap or a box."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from mediakit.layout import unprintable
from mediakit.layout.fonts import register_fonts
from mediakit.layout.glyphs import font_glyphs, printable, stand_in
from mediakit.layout.theme import font_key, load_theme
from mediakit.model import bullets, paragraph

from .pdfcheck import page_texts
from .sample import sample_content

# Pasted from web pages and Word; none of these is in the shipped Noto faces.
PASTED = "● ■ ▪\ufe0f ✔ ✓ ☑ ➢ ► ◦ → ⇒ ← − 😀 👍🏽 ↑"


def _has(chars: str):
    return lambda char: char.isascii() or char in chars


@pytest.mark.parametrize(
    ("char", "has", "printed", "noticed"),
    [
        ("\u2212", "–", "–", False),
        ("\u2212", "", "-", False),
        ("✔", "✓•", "✓", False),
        ("☑", "•", "•", True),
        ("▪", "•", "•", False),
        ("◦", "–", "–", False),
        ("►", "•", "•", False),
        ("➜", "→", "→", False),
        ("➜", "", "->", False),
        ("←", "", "<-", False),
        ("\u202f", "\u00a0", "\u00a0", False),
        ("\ufe0f", "\ufe0f", "", False),
        ("\u200d", "\u200d", "", False),
        ("😀", "", "", True),
        ("\uf0b7", "", "", True),  # a bullet from an icon font (private use)
    ],
)
def test_a_character_the_face_lacks_prints_as_one_it_has(char, has, printed, noticed):
    found = stand_in(char, _has(has))
    assert (found.printed, found.noticed) == (printed, noticed)


def test_characters_the_face_has_are_never_touched():
    text = "“Café” – 6.1\u00a0million, ½ and ✔ ●"
    assert stand_in("✔", _has("✔")) is None
    assert printable(text, _has("“”é–\u00a0½✔●")) == text


def test_a_letter_the_face_lacks_is_left_for_preflight_to_name():
    assert stand_in("中", _has("")) is None


def test_what_the_shipped_faces_lack_and_print_instead():
    register_fonts()
    theme = load_theme()
    for faces in theme.fonts.values():
        for filename in faces.values():
            glyphs = font_glyphs(font_key(filename))
            printed = glyphs.printable(f"{PASTED} UTC−5 é “x” 10\u202fkm")
            assert printed == "• • • • • • • • – -> -> <- –    UTC–5 é “x” 10\u202fkm", filename
            noticed = {s.char for s in glyphs.stand_ins(PASTED) if s.noticed}
            assert noticed == set("✔✓☑😀👍🏽↑"), filename


def _pasted_content():
    content = sample_content()
    story = content.stories[1]
    story = replace(
        story,
        title="✔ Doctors at work ➜ Tacna",
        standfirst="Clinic hours from 8:00 UTC−5 ▪️ every day 😀",
        body=(
            paragraph(f"Pasted marks: {PASTED} end."),
            bullets(["●\u00a0first", "✔ second", "➢ third"]),
            *story.body,
        ),
    )
    photo = replace(content.photos[1], caption="Jesus at work 👍 ✔", credit="IOM ► J. Doe")
    contact = replace(content.contacts[1], name="➢ Ana Pérez")
    figure = replace(content.figures[1], label="people ► helped ✔")
    kit = replace(content.kit, name="Venezuela ✔ response")
    return replace(
        content,
        kit=kit,
        stories={**content.stories, 1: story},
        photos={**content.photos, 1: photo},
        contacts={**content.contacts, 1: contact},
        figures={**content.figures, 1: figure},
    )


@pytest.fixture(scope="module")
def pasted_pdf(build) -> bytes:
    return build(_pasted_content())


def test_pasted_marks_print_as_their_stand_ins(pasted_pdf):
    text = "\n".join(page_texts(pasted_pdf))
    assert not set(PASTED.replace(" ", "")) & set(text)
    assert "\ufe0f" not in text and "\u200d" not in text
    assert "Pasted marks: • • • • • • • • – -> -> <- –" in " ".join(text.split())
    assert "UTC–5" in text
    for words in ("• Doctors at work -> Tacna", "Jesus at work •", "IOM • J. Doe", "• Ana Pérez"):
        assert words in " ".join(text.split()), words


def test_a_stand_in_bullet_is_inked(pasted_pdf):
    """Where the text layer has a bullet (a stand-in, or a pasted one), the page has ink."""
    document = pdfium.PdfDocument(pasted_pdf)
    page = next(p for p in document if "Pasted marks" in p.get_textpage().get_text_range())
    chars, scale = page.get_textpage(), 4
    image = page.render(scale=scale).to_pil().convert("L")
    text = chars.get_text_range()
    inks = []
    for index, char in enumerate(text):
        if char == "•" or char in "●■▪✔☑➢►":
            left, bottom, right, top = chars.get_charbox(index)
            box = [left, page.get_height() - top, right, page.get_height() - bottom]
            crop = image.crop(tuple(round(v * scale) for v in box))
            inks.append(crop.width > 0 and crop.height > 0 and crop.getextrema()[0] < 128)
    assert len(inks) >= 10 and all(inks), inks


def test_preflight_hears_of_what_a_reader_would_notice():
    found = {
        (item.kind.value, item.id, char, printed)
        for item, char, printed in unprintable(_pasted_content())
    }
    assert ("story", 1, "✔", "•") in found and ("story", 1, "😀", "") in found
    assert ("photo", 1, "👍", "") in found and ("figure", 1, "✔", "•") in found
    assert ("kit", 1, "✔", "•") in found
    assert not {f for f in found if f[2] in "●■▪➢►◦→−\ufe0f"}  # quiet stand-ins
    assert unprintable(sample_content()) == ()
