"""Characters a face lacks, printed as ones it has: never a blank gap or a box.

Text pasted from web pages and Word brings bullets (● ■ ▪), checks (✔ ☑), arrows, emoji, the
minus sign and emoji selectors the kit's Noto faces do not have; ReportLab draws each as its
empty .notdef glyph. Each such character becomes a typographic equivalent the face has
(✔ -> ✓ or •, ● -> •, − -> –, → -> ->), an invisible one is removed, and any other symbol
(emoji) is left out. Characters the face has are never touched. Which face has what is read
from its character map, once per font.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from mediakit.layout.text import NBSP
from mediakit.model import ItemKind, ItemRef, KitContent

# Shaping marks ReportLab cannot use (it does not shape): gone whether the face has them or not.
ALWAYS_REMOVED = frozenset("\ufe0e\ufe0f\u200d")


@dataclass(frozen=True, slots=True)
class StandIn:
    """What prints for a character its face lacks; `noticed` when a reader would see a
    difference in meaning (a check printed as a bullet, an emoji left out)."""

    char: str
    printed: str
    noticed: bool


# The characters of a kind, then what may print instead, best first; choices from `noticed_from`
# on lose something a reader would notice (_QUIET: none does).
_QUIET = 99
_GROUPS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("\u2212\u2796", ("\u2013", "-"), _QUIET),  # minus signs: en dash, hyphen
    ("\u202f\u2007", (NBSP, " "), _QUIET),  # narrow and figure no-break spaces
    ("✓✔☑✅🗸🗹", ("✓", "•", "-"), 1),  # checks
    ("✗✘❌❎✕✖☒🗴🗷", ("✗", "×", "x"), _QUIET),  # crosses
    ("●■▪◾◼⬛⚫⦁◉⦿◆♦❖▸▶►➢➣➤➧‣", ("•", "\u2013", "-"), _QUIET),  # filled bullets
    ("◦○⚪□▫◻◇", ("◦", "\u2013", "-"), _QUIET),  # hollow bullets: a second level
    ("\u2219", ("·", "•"), _QUIET),  # bullet operator used as a middle dot
    ("\u2043", ("\u2013", "-"), _QUIET),  # hyphen bullet
)
_CHOICES: dict[str, tuple[tuple[str, ...], int]] = {
    char: (choices, noticed_from) for chars, choices, noticed_from in _GROUPS for char in chars
}
_ARROWS = {"RIGHTWARDS": ("→", "->"), "LEFTWARDS": ("←", "<-")}


def stand_in(char: str, has: Callable[[str], bool]) -> StandIn | None:
    """What prints for `char` in a face that has the characters `has` says yes to; None when
    the face prints it as it is (or nothing can be done: a letter the face lacks)."""
    if char in ALWAYS_REMOVED:
        return StandIn(char, "", noticed=False)
    if has(char):
        return None
    choices, noticed_from = _CHOICES.get(char) or (_arrow_choices(char), _QUIET)
    for index, choice in enumerate(choices):
        if all(has(c) for c in choice):
            return StandIn(char, choice, noticed=index >= noticed_from)
    category = unicodedata.category(char)
    if category == "Zs":
        return StandIn(char, " ", noticed=False)
    if category in ("Cf", "Me"):  # invisible marks and enclosing keycaps: 1️⃣ is "1"
        return StandIn(char, "", noticed=False)
    if category[0] == "S" or category in ("Co", "Cn"):  # emoji, icon-font glyphs, newer emoji
        return StandIn(char, "", noticed=True)
    return None


def _arrow_choices(char: str) -> tuple[str, ...]:
    """An arrow pointing one way only: right or left."""
    name = unicodedata.name(char, "")
    ways = [choices for way, choices in _ARROWS.items() if way in name]
    return ways[0] if "ARROW" in name and len(ways) == 1 else ()


def printable(text: str, has: Callable[[str], bool]) -> str:
    """`text` with every character the face lacks replaced by what it prints instead."""
    out = []
    for char in text:
        found = stand_in(char, has)
        out.append(char if found is None else found.printed)
    return "".join(out)


class FontGlyphs:
    """One font's character map: what it has, and each stand-in it needs, worked out once."""

    def __init__(self, has: Callable[[str], bool], codes) -> None:
        self.has = has
        self._stand_ins: dict[str, StandIn | None] = {}
        self._missing = _missing_pattern(codes)

    def stand_ins(self, text: str) -> list[StandIn]:
        """The stand-ins `text` needs in this font, in order, each character once; a letter
        the font lacks (kept in the text, printed blank) as one left out."""
        chars = dict.fromkeys(self._missing.findall(text))
        return [self._stand_in(char) or StandIn(char, "", noticed=True) for char in chars]

    def printable(self, text: str) -> str:
        if text.isascii() or not self._missing.search(text):
            return text
        return self._missing.sub(lambda m: self._printed(m.group()), text)

    def _printed(self, char: str) -> str:
        found = self._stand_in(char)
        return char if found is None else found.printed

    def _stand_in(self, char: str) -> StandIn | None:
        if char not in self._stand_ins:
            self._stand_ins[char] = stand_in(char, self.has)
        return self._stand_ins[char]


def _missing_pattern(codes) -> re.Pattern:
    """A pattern matching one character outside `codes` (or one always removed)."""
    kept = sorted(set(codes) - {ord(c) for c in ALWAYS_REMOVED} - {0x0A, 0x0D})
    ranges: list[list[int]] = []
    for code in kept:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[^{parts}\n\r]" if parts else "[^\n\r]")


_lock = threading.Lock()
_fonts: dict[str, tuple[object, FontGlyphs | None]] = {}


def font_glyphs(font_name: str) -> FontGlyphs | None:
    """The registered font's glyphs (None for a font without a character map to read)."""
    font = pdfmetrics.getFont(font_name)
    kept = _fonts.get(font_name)
    if kept is not None and kept[0] is font:
        return kept[1]
    with _lock:
        cmap = getattr(getattr(font, "face", None), "charToGlyph", None)
        glyphs = None if cmap is None else FontGlyphs(lambda c: ord(c) in cmap, cmap)
        _fonts[font_name] = (font, glyphs)
    return glyphs


def printable_in(text: str, font_name: str) -> str:
    """`text` as the font `font_name` can print it."""
    glyphs = font_glyphs(font_name)
    return text if glyphs is None else glyphs.printable(text)


def noticed_stand_ins(texts: Iterable[str], font_names: Iterable[str]) -> dict[str, str]:
    """Character -> what prints instead ('' for nothing), for each character of `texts` that
    one of the fonts prints in a way a reader would notice: an emoji left out, a check as a
    bullet."""
    fonts = [g for g in map(font_glyphs, dict.fromkeys(font_names)) if g is not None]
    noticed: dict[str, str] = {}
    for text in texts:
        if text.isascii():
            continue
        for glyphs in fonts:
            for found in glyphs.stand_ins(text):
                if found.noticed:
                    noticed.setdefault(found.char, found.printed)
    return noticed


def kit_texts(content: KitContent) -> Iterator[tuple[ItemRef, list[str]]]:
    """Every item of the kit that prints words, with those words."""
    kit = content.kit
    yield ItemRef(ItemKind.KIT, kit.id, kit.name), [kit.name, kit.subtitle, kit.place]
    for story in content.stories.values():
        blocks = [block.text for block in story.body] + [b.attribution for b in story.body]
        words = [story.title, story.standfirst, story.byline, story.dateline.place]
        texts = words + blocks + list(story.footnotes) + list(story.tags)
        yield ItemRef(ItemKind.STORY, story.id, story.title), texts
    for photo in content.photos.values():
        yield ItemRef(ItemKind.PHOTO, photo.id, photo.caption), [photo.caption, photo.credit]
    for contact in content.contacts.values():
        words = [contact.name, contact.role, contact.organisation, contact.city]
        yield ItemRef(ItemKind.CONTACT, contact.id, contact.name), words
    for figure in content.figures.values():
        words = [figure.value, figure.label, figure.source]
        yield ItemRef(ItemKind.FIGURE, figure.id, figure.value), words
