"""Site navigation scraped along with a story: recognised by general rules, each drop explained."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A menu heading glued to its teaser text: "WHO WE AREFollowing...", "What we doThe Office..."
_GLUED = re.compile(r"^(?P<head>[A-Z][A-Za-z ]{2,30}?[a-zA-Z])(?P<text>[A-Z][a-z]+\b.*)$")
_ABOUT_HEADINGS = {
    "who we are",
    "about us",
    "our work",
    "what we do",
    "quiénes somos",
    "quem somos",
    "qui sommes-nous",
}
_END = '.!?:;”"’)'


@dataclass(frozen=True, slots=True)
class Dropped:
    """A line left out of the story, and the rule that left it out."""

    line: str
    rule: str


@dataclass(frozen=True, slots=True)
class Stripped:
    lines: list[str]
    dropped: list[Dropped]
    boilerplate: list[str]


def strip_navigation(lines: list[str]) -> Stripped:
    """Drop the menu lines that precede the content; the first real paragraph ends the menu."""
    dropped: list[Dropped] = []
    boilerplate: list[str] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        rule = _menu_rule(line, seen, lines[index + 1 : index + 3])
        if rule is None:
            return Stripped(lines[index:], dropped, boilerplate)
        seen.add(line.casefold())
        dropped.append(Dropped(line, rule))
        teaser = about_teaser(line)
        if teaser:
            boilerplate.append(teaser)
    return Stripped([], dropped, boilerplate)


def _menu_rule(line: str, seen: set[str], ahead: list[str]) -> str | None:
    """The rule that makes `line` navigation, or None. A short line counts as a menu item only
    when more navigation follows it, so a short title before the story is kept."""
    words = line.split()
    if line.strip("-–•* ") == "":
        return "lone dash or bullet"
    if line.casefold() in seen:
        return "repeated line"
    if re.match(r"^[-–•*]\s", line) and len(words) <= 6:
        return "menu item (short line starting with a dash)"
    letters = [c for c in line if c.isalpha()]
    # a heading in capitals right over the text ("QUI SOMMES-NOUS ?" over its first paragraph)
    # is the page's, not a menu's
    over_text = bool(ahead) and len(ahead[0].split()) > 25
    if letters and all(c.isupper() for c in letters) and len(words) <= 6 and not over_text:
        return "all-caps section label"
    if _GLUED.match(line) and _glued_head(line):
        return "menu teaser (heading run into its text)"
    if len(words) <= 4 and not line.endswith(tuple(_END)) and ahead:
        following = ahead[0]
        if following.casefold() == line.casefold() or _menu_rule(
            following, seen | {line.casefold()}, ahead[1:]
        ):
            return "short menu item"
    return None


def _glued_head(line: str) -> str | None:
    """The heading of a glued teaser, if the join is a real word boundary lost in scraping."""
    for cut in range(3, min(len(line) - 1, 32)):
        head, rest = line[:cut], line[cut:]
        joined = rest[:1].isupper() and rest[1:2].islower() and head[-1:].isalpha()
        # "WaterAid responds to …", "HelpAge warns …": a name written in one word with two
        # capitals heads a headline; a one-word heading run into a teaser runs into sentences
        named = " " not in head.strip() and not re.search(r"[.!?…]$|(?:\S+\s+){15}", rest)
        if joined and not named and len(head.split()) <= 4 and re.match(r"^[A-Z][A-Za-z ]+$", head):
            return head
    return None


def about_teaser(line: str) -> str:
    head = _glued_head(line)
    if head and head.casefold().strip() in _ABOUT_HEADINGS and _GLUED.match(line):
        return line[len(head) :].strip()
    return ""
