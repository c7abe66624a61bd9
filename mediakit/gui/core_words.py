"""The core's sentences — preflight findings, import report lines, error messages — in the
interface language.

The core has no Qt and writes English. Each sentence it writes from a fixed pattern has that
pattern here, marked for Qt Linguist in the "Core" context: `say()` matches a sentence against the
patterns, translates the one that fits and puts the sentence's own values back (a file name, a
number, a title); a value that is the core's own words ("refused: {reason}") is said too. A list
("story “X”, 3 photos") is said piece by piece. A sentence no pattern fits is shown as written.

To translate a new core sentence: add its pattern below (its values as {names}), run
`assets/translations/fill.py` and give the pattern its words in each language.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Core"

PATTERNS = (
    # preflight: what is wrong
    QT_TRANSLATE_NOOP("Core", "the kit holds no story"),
    QT_TRANSLATE_NOOP("Core", "the organisation's name is still “{name}”"),
    QT_TRANSLATE_NOOP("Core", "the organisation has no logo"),
    QT_TRANSLATE_NOOP("Core", "the story is in {story}, the kit in {kit}"),
    QT_TRANSLATE_NOOP("Core", "the story is under embargo until {moment}"),
    QT_TRANSLATE_NOOP("Core", "the key figure has no source"),
    QT_TRANSLATE_NOOP("Core", "the key figure has no as-of date"),
    QT_TRANSLATE_NOOP("Core", "the key figure is {age} months old (as of {date})"),
    QT_TRANSLATE_NOOP("Core", "the contact has neither e-mail nor phone"),
    QT_TRANSLATE_NOOP(
        "Core",
        "the brand colour {colour} has a contrast of {ratio}:1 on white, below 4.5:1 for text",
    ),
    QT_TRANSLATE_NOOP(
        "Core", "the {kind} contains {typed} that the kit's font cannot print; {shown}"
    ),
    QT_TRANSLATE_NOOP("Core", "it prints as {printed}"),
    QT_TRANSLATE_NOOP("Core", "it is left out"),
    QT_TRANSLATE_NOOP("Core", "{char} prints as {printed}"),
    QT_TRANSLATE_NOOP("Core", "{char} is left out"),
    QT_TRANSLATE_NOOP("Core", "the photo slot has no image yet; it prints as a framed placeholder"),
    QT_TRANSLATE_NOOP("Core", "the photo has no caption"),
    QT_TRANSLATE_NOOP("Core", "the photo has no credit"),
    QT_TRANSLATE_NOOP("Core", "the photo has no alternative text"),
    QT_TRANSLATE_NOOP(
        "Core", "the photo prints at {ppi} ppi, below the {needed} ppi this edition needs"
    ),
    QT_TRANSLATE_NOOP(
        "Core", "the photo shows a minor or a person at risk and has no written consent"
    ),
    QT_TRANSLATE_NOOP("Core", "no consent is recorded for this photo"),
    QT_TRANSLATE_NOOP("Core", "the consent covers {scope} use only, and this kit is for {use}"),
    QT_TRANSLATE_NOOP("Core", "the consent expired on {date}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "The handout needs {pages} pages even with only its title and first paragraph, "
        "and may have {most}: shorten {parts}.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The handout needs {pages} pages even with only its fixed parts, and may have {most}: "
        "shorten {parts}.",
    ),
    QT_TRANSLATE_NOOP("Core", "the title of “{title}”"),
    QT_TRANSLATE_NOOP("Core", "the standfirst of “{title}”"),
    QT_TRANSLATE_NOOP("Core", "the photo’s caption"),
    QT_TRANSLATE_NOOP("Core", "the key figure “{value}”"),
    QT_TRANSLATE_NOOP("Core", "the contact details of {name}"),
    # preflight: what to do
    QT_TRANSLATE_NOOP("Core", "add a story from the library or import a press release"),
    QT_TRANSLATE_NOOP("Core", "type your organisation's name in the organisation profile"),
    QT_TRANSLATE_NOOP("Core", "add your logo in the organisation profile"),
    QT_TRANSLATE_NOOP("Core", "add its translation or change the kit's language"),
    QT_TRANSLATE_NOOP(
        "Core", "export with the EMBARGOED watermark, or wait until the embargo lifts"
    ),
    QT_TRANSLATE_NOOP("Core", "add where the number comes from"),
    QT_TRANSLATE_NOOP("Core", "add the date the number refers to"),
    QT_TRANSLATE_NOOP("Core", "check for a newer number or keep it knowingly"),
    QT_TRANSLATE_NOOP("Core", "add an e-mail address or a phone number"),
    QT_TRANSLATE_NOOP("Core", "cut the opening, the figures or the contact block"),
    QT_TRANSLATE_NOOP("Core", "choose a darker brand colour for text"),
    QT_TRANSLATE_NOOP(
        "Core", "type it in words or with characters the font has, or keep it knowingly"
    ),
    QT_TRANSLATE_NOOP("Core", "attach the image when it arrives"),
    QT_TRANSLATE_NOOP("Core", "write a caption"),
    QT_TRANSLATE_NOOP("Core", "add the photographer's credit"),
    QT_TRANSLATE_NOOP("Core", "describe the image for readers who cannot see it (its alt text)"),
    QT_TRANSLATE_NOOP("Core", "use a larger original, or place it smaller"),
    QT_TRANSLATE_NOOP("Core", "record written consent, blur the faces, or take the photo out"),
    QT_TRANSLATE_NOOP("Core", "record the consent you have (verbal or written)"),
    QT_TRANSLATE_NOOP("Core", "ask for wider consent or take the photo out"),
    QT_TRANSLATE_NOOP("Core", "renew the consent or take the photo out"),
    # values a pattern puts in its sentences
    QT_TRANSLATE_NOOP("Core", "print"),
    QT_TRANSLATE_NOOP("Core", "web"),
    QT_TRANSLATE_NOOP("Core", "story"),
    QT_TRANSLATE_NOOP("Core", "photo"),
    QT_TRANSLATE_NOOP("Core", "contact"),
    QT_TRANSLATE_NOOP("Core", "figure"),
    QT_TRANSLATE_NOOP("Core", "kit"),
    QT_TRANSLATE_NOOP("Core", "org"),
    # the import report: what importing a file did
    QT_TRANSLATE_NOOP("Core", "refused: {reason}"),
    QT_TRANSLATE_NOOP("Core", "{what}; nothing was added"),
    QT_TRANSLATE_NOOP("Core", "already in the library as photo {id} (“{title}”)"),
    QT_TRANSLATE_NOOP("Core", "already in the library as photo {id}"),
    QT_TRANSLATE_NOOP("Core", "same as story “{title}”"),
    QT_TRANSLATE_NOOP("Core", "same as story {id}"),
    QT_TRANSLATE_NOOP("Core", "added {what}; {translation}"),
    QT_TRANSLATE_NOOP("Core", "updated {what}; {translation}"),
    QT_TRANSLATE_NOOP("Core", "added {what}"),
    QT_TRANSLATE_NOOP("Core", "updated {what}"),
    QT_TRANSLATE_NOOP("Core", "nothing"),
    QT_TRANSLATE_NOOP("Core", "story “{title}”"),
    QT_TRANSLATE_NOOP("Core", "story {id}"),
    QT_TRANSLATE_NOOP("Core", "kit {id}"),
    QT_TRANSLATE_NOOP("Core", "1 photo"),
    QT_TRANSLATE_NOOP("Core", "{count} photos"),
    QT_TRANSLATE_NOOP("Core", "1 contact"),
    QT_TRANSLATE_NOOP("Core", "{count} contacts"),
    QT_TRANSLATE_NOOP("Core", "1 key figure"),
    QT_TRANSLATE_NOOP("Core", "{count} key figures"),
    QT_TRANSLATE_NOOP("Core", "linked as the {language} translation of “{title}”"),
    QT_TRANSLATE_NOOP("Core", "English"),
    QT_TRANSLATE_NOOP("Core", "Spanish"),
    QT_TRANSLATE_NOOP("Core", "Portuguese"),
    QT_TRANSLATE_NOOP("Core", "French"),
    QT_TRANSLATE_NOOP("Core", "photo “{name}” has no caption yet; add one"),
    QT_TRANSLATE_NOOP("Core", "filled the empty photo slot {id} (“{caption}”)"),
    # errors the app meets most
    QT_TRANSLATE_NOOP("Core", "the export was cancelled; nothing was saved"),
    QT_TRANSLATE_NOOP("Core", "the kit has no photos with an image yet; nothing to pack"),
)

_JOINTS = ("; ", ", ")  # a list of sentences, or of the parts of one
_FIELD = re.compile(r"\{(\w+)\}")
# Values that are whole numbers; any other value is any text.
_NUMBERS = {"id", "count", "ppi", "needed", "pages", "most", "age"}
# Values that are themselves the core's words, said again; the others (titles, names, file
# names, dates) are the user's and shown as they are.
_SAID = {"reason", "what", "translation", "shown", "parts", "scope", "use", "kind", "language"}


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pattern as a regular expression; those with more fixed words are tried first."""
    made = []
    for pattern in PATTERNS:
        pieces = _FIELD.split(pattern)
        regex = "".join(
            re.escape(piece)
            if i % 2 == 0
            else f"(?P<{piece}>\\d+)"
            if piece in _NUMBERS
            else f"(?P<{piece}>.+?)"
            for i, piece in enumerate(pieces)
        )
        fixed = sum(len(piece) for piece in pieces[::2])
        made.append((fixed, re.compile(regex, re.DOTALL), pattern))
    made.sort(key=lambda item: -item[0])
    return tuple((regex, pattern) for _, regex, pattern in made)


def say(sentence: str) -> str:
    """`sentence`, as the core wrote it, in the interface language (unchanged if unknown)."""
    if not sentence:
        return sentence
    for regex, pattern in _compiled():
        match = regex.fullmatch(sentence)
        if match is not None:
            values = {
                name: say(value) if name in _SAID else value
                for name, value in match.groupdict().items()
            }
            return QCoreApplication.translate(CONTEXT, pattern).format(**values)
    return _listed(sentence)


def known(sentence: str) -> bool:
    """Whether a pattern (or, for a list, a pattern for each piece) fits `sentence`."""
    if any(regex.fullmatch(sentence) for regex, _ in _compiled()):
        return True
    pieces = _pieces(sentence)
    return len(pieces) > 1 and all(known(piece) for piece in pieces)


def _listed(sentence: str) -> str:
    for joint in _JOINTS:
        pieces = _split(sentence, joint)
        if len(pieces) > 1 and all(known(piece) for piece in pieces):
            return joint.join(say(piece) for piece in pieces)
    return sentence


def _pieces(sentence: str) -> list[str]:
    for joint in _JOINTS:
        pieces = _split(sentence, joint)
        if len(pieces) > 1:
            return pieces
    return [sentence]


def _split(sentence: str, joint: str) -> list[str]:
    """`sentence` cut at each `joint` outside “quotes” (a title may hold a comma)."""
    pieces, start, depth, i = [], 0, 0, 0
    while i < len(sentence):
        if sentence[i] == "“":
            depth += 1
        elif sentence[i] == "”":
            depth = max(0, depth - 1)
        elif depth == 0 and sentence.startswith(joint, i):
            pieces.append(sentence[start:i])
            start = i = i + len(joint)
            continue
        i += 1
    return [*pieces, sentence[start:]]
