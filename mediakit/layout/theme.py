"""The theme: a TOML file read into a frozen Theme, and the one place it becomes ReportLab styles.

Everything about the look (fonts, colours, sizes, margins) lives in `assets/themes/*.toml`;
flowable code asks the theme by name and holds no literal font names or point sizes.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle

from mediakit.layout.private_api import alignment
from mediakit.paths import asset

DEFAULT_THEME = "default"
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_THEME_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
_MM = 72 / 25.4
_MAX_ALIAS_DEPTH = 8

# Theme keys (snake_case) -> ParagraphStyle attributes, with how each value is converted.
_STYLE_KEYS = {
    "font": ("fontName", "font"),
    "bullet_font": ("bulletFontName", "font"),
    "size": ("fontSize", "number"),
    "leading": ("leading", "number"),
    "color": ("textColor", "color"),
    "back_color": ("backColor", "color"),
    "align": ("alignment", "align"),
    "space_before": ("spaceBefore", "length"),
    "space_after": ("spaceAfter", "length"),
    "left_indent": ("leftIndent", "length"),
    "right_indent": ("rightIndent", "length"),
    "first_line_indent": ("firstLineIndent", "length"),
    "keep_with_next": ("keepWithNext", "number"),
    "transform": ("textTransform", "text"),
    "allow_widows": ("allowWidows", "number"),
    "allow_orphans": ("allowOrphans", "number"),
    "split_long_words": ("splitLongWords", "number"),
    "uri_waste_reduce": ("uriWasteReduce", "number"),
    "hyphenate_min": ("hyphenationMinWordLength", "number"),
    "space_shrink": ("spaceShrinkage", "number"),
    # "hyphenate = true": hyphenated in the kit's language (the hyphenator comes from the build)
    "hyphenate": ("hyphenationLang", "hyphenator"),
}
# A theme table that is not a section: fonts, colours, styles and the per-edition overlays.
_NOT_SECTIONS = frozenset({"name", "fonts", "colors", "styles", "editions"})


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme as read from TOML; read-only mappings all the way down."""

    name: str
    fonts: Mapping[str, Mapping[str, str]]
    colors: Mapping[str, str]
    sdg_colors: tuple[str, ...]
    tint_strength: float
    sections: Mapping[str, Mapping[str, object]]
    styles: Mapping[str, Mapping[str, object]]
    grayscale: bool = False
    # edition -> {"page": {...}, "styles": {"body": {...}}}: merged over the rest by for_edition
    editions: Mapping[str, Mapping[str, object]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def length(self, section: str, key: str) -> float:
        """A length from a section (page, cover, story...) in points."""
        return to_points(self.sections[section][key])

    def number(self, section: str, key: str) -> float:
        return float(self.sections[section][key])

    def count(self, section: str, key: str) -> int:
        return int(self.sections[section][key])

    def color(self, name: str) -> str:
        """A colour by name as #RRGGBB, following aliases ("band" = "brand")."""
        value = name
        for _ in range(_MAX_ALIAS_DEPTH):
            if name == "tint":
                return tint_of(self.color("brand"), self.tint_strength)
            value = self.colors[name]
            if _HEX.match(value):
                return to_gray(value) if self.grayscale else value
            name = value
        raise ValueError(f"theme colour {value!r} does not resolve to #RRGGBB")

    def text_color(self, name: str) -> str:
        """A colour text is set in: in grayscale, dark enough for the theme's text contrast
        on every light background text sits on (white, panels, empty photo slots)."""
        value = self.color(name)
        if not self.grayscale:
            return value
        section = self.sections["grayscale"]
        backgrounds = [self.color(str(b)) for b in section["text_backgrounds"]]
        return readable_gray(value, backgrounds, float(section["text_contrast"]))  # type: ignore[arg-type]

    def sdg_color(self, goal: int) -> str:
        """The goal's official colour; in grayscale a gray its white number reads on."""
        value = self.sdg_colors[goal - 1]
        if not self.grayscale:
            return value
        contrast = self.number("grayscale", "text_contrast")
        return readable_gray(to_gray(value), [self.color("white")], contrast)

    def font_name(self, ref: str) -> str:
        """'sans.semibold' -> the registered ReportLab font name."""
        family, _, face = ref.partition(".")
        return font_key(self.fonts[family][face or "regular"])

    def with_brand(self, brand: str) -> Theme:
        """The same theme in an organisation's brand colour; anything but #RRGGBB is ignored."""
        if not isinstance(brand, str) or not _HEX.match(brand.strip()):
            return self
        return replace(self, colors=MappingProxyType({**self.colors, "brand": brand.strip()}))

    def in_grayscale(self) -> Theme:
        """The ink-saving gray version: colours become grays, the cover band a light tint."""
        colors = {**self.colors, **self.sections.get("grayscale_colors", {})}
        return replace(self, colors=MappingProxyType(colors), grayscale=True)

    def for_edition(self, edition: str) -> Theme:
        """The theme with the edition's overlay (smaller margins for the booklet, justified
        handout text...) merged over its sections and styles, key by key."""
        overlay = self.editions.get(edition) or {}
        sections = {k: v for k, v in overlay.items() if k != "styles"}
        return replace(
            self,
            sections=_merged(self.sections, sections),
            styles=_merged(self.styles, overlay.get("styles") or {}),
        )


@functools.lru_cache(maxsize=8)
def load_theme(name: str = DEFAULT_THEME) -> Theme:
    """Read assets/themes/<name>.toml; an unknown or unsafe name falls back to the default.

    Read once per process: a theme is a shipped asset and a Theme cannot be changed, and the
    app builds again after every edit (a handout's build reads it twice: layout, then fit)."""
    if not _THEME_NAME.match(name or "") or not asset("themes", f"{name}.toml").is_file():
        name = DEFAULT_THEME
    with asset("themes", f"{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return theme_from_data(data)


def theme_from_data(data: Mapping) -> Theme:
    colors = dict(data["colors"])
    sdg = tuple(colors.pop("sdg"))
    tint = float(colors.pop("tint_strength"))
    return Theme(
        name=str(data.get("name", DEFAULT_THEME)),
        fonts=_frozen(data["fonts"]),
        colors=MappingProxyType(colors),
        sdg_colors=sdg,
        tint_strength=tint,
        sections=_frozen({k: v for k, v in data.items() if k not in _NOT_SECTIONS}),
        styles=_frozen(data["styles"]),
        editions=_frozen(data.get("editions", {})),
    )


# word -> its possible (head, tail) splits, as pyphen's Pyphen.iterate gives them
Hyphenator = Callable[[str], Iterable[tuple[str, str]]]


def paragraph_styles(
    theme: Theme, hyphenator: Hyphenator | None = None
) -> dict[str, ParagraphStyle]:
    """Every named style of the theme as a ParagraphStyle, parents resolved; styles that say
    `hyphenate = true` hyphenate with `hyphenator` (none given: they do not hyphenate)."""
    styles: dict[str, ParagraphStyle] = {}
    for name in sorted(theme.styles):
        _resolve_style(theme, name, styles, (), hyphenator)
    return styles


def rl_color(theme: Theme, name: str) -> Color:
    return HexColor(theme.color(name))


def derived_style(base: ParagraphStyle, **changes) -> ParagraphStyle:
    """A one-off variant of a theme style (a narrower caption, a fitted cover title)."""
    return ParagraphStyle(f"{base.name}~", parent=base, **changes)


def font_key(filename: str) -> str:
    return filename.rsplit(".", 1)[0]


def to_points(value: object) -> float:
    """12 -> 12 pt; "19mm" -> 53.86 pt; "10pt" -> 10 pt."""
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    if text.endswith("mm"):
        return float(text[:-2]) * _MM
    if text.endswith("pt"):
        return float(text[:-2])
    return float(text)


def tint_of(hex_color: str, strength: float) -> str:
    rgb = _rgb(hex_color)
    mixed = (round(255 - (255 - c) * strength) for c in rgb)
    return "#" + "".join(f"{c:02X}" for c in mixed)


def to_gray(hex_color: str) -> str:
    red, green, blue = _rgb(hex_color)
    level = round(0.2126 * red + 0.7152 * green + 0.0722 * blue)
    return f"#{level:02X}{level:02X}{level:02X}"


def readable_gray(gray: str, backgrounds: list[str], ratio: float) -> str:
    """The gray, darkened step by step until it has `ratio` contrast on every background."""
    level = _rgb(gray)[0]
    while level > 0 and min(contrast(_hex_gray(level), b) for b in backgrounds) < ratio:
        level -= 1
    return _hex_gray(level)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(hex_color: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _rgb(hex_color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _hex_gray(level: int) -> str:
    return f"#{level:02X}{level:02X}{level:02X}"


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _resolve_style(
    theme: Theme, name: str, done: dict, seen: tuple, hyphenator: Hyphenator | None
) -> ParagraphStyle:
    if name in done:
        return done[name]
    if name in seen:
        raise ValueError(f"theme style {name!r} inherits from itself")
    spec = theme.styles[name]
    parent_name = spec.get("parent")
    parent = (
        _resolve_style(theme, parent_name, done, (*seen, name), hyphenator) if parent_name else None
    )
    attrs = {
        _STYLE_KEYS[k][0]: _convert(theme, k, v, hyphenator)
        for k, v in spec.items()
        if k != "parent"
    }
    done[name] = ParagraphStyle(name, parent=parent, **attrs)
    return done[name]


def _convert(theme: Theme, key: str, value: object, hyphenator: Hyphenator | None) -> object:
    kind = _STYLE_KEYS[key][1]
    if kind == "font":
        return theme.font_name(str(value))
    if kind == "hyphenator":
        return (hyphenator or "") if value else ""
    if kind == "color":
        # Paragraph colours are text colours: in grayscale they keep their contrast.
        return HexColor(theme.text_color(str(value)))
    if kind == "align":
        return alignment(str(value))
    if kind == "length":
        return to_points(value)
    if kind == "number":
        return float(value)  # type: ignore[arg-type]
    return value


def _merged(base: Mapping, overlay: Mapping) -> Mapping:
    """`base` with each table of `overlay` merged over the table of the same name."""
    merged = {name: dict(table) for name, table in base.items()}
    for name, table in overlay.items():
        merged[name] = {**merged.get(name, {}), **table}
    return _frozen(merged)  # type: ignore[return-value]


def _frozen(value: object) -> object:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value
