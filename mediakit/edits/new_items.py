"""Stories, contacts and key figures typed in the app rather than imported: each one undo step.

Each starts with the words the press officer gave (or a plain placeholder to overwrite in the
editor the imported ones have). Never touch widgets here.
"""

from __future__ import annotations

import datetime

from mediakit.edits.commands import AddItem
from mediakit.edits.history import History
from mediakit.model import BadInputError, Contact, KeyFigure, Story


def new_story(history: History, *, title: str = "") -> Story:
    title = " ".join(title.split()) or "Untitled story"
    return _add(history, Story(None, title), "New story")


def new_contact(history: History, *, name: str = "") -> Contact:
    name = " ".join(name.split()) or "New contact"
    return _add(history, Contact(None, name), "New contact")


def new_figure(
    history: History,
    *,
    value: str = "",
    label: str = "",
    source: str = "",
    as_of: str | None = None,
) -> KeyFigure:
    """A key figure; `as_of` (YYYY-MM-DD) is today unless given, so a figure from today's phone
    call is dated; an as-of date that is not a date is refused."""
    as_of = datetime.date.today().isoformat() if as_of is None else as_of.strip()
    if as_of:
        try:
            datetime.date.fromisoformat(as_of)
        except ValueError:
            raise BadInputError(f"“{as_of}” is not a date (YYYY-MM-DD) for a key figure") from None
    figure = KeyFigure(
        None,
        value=value.strip(),
        label=" ".join(label.split()) or "New key figure",
        source=source.strip(),
        as_of=as_of,
    )
    return _add(history, figure, "New key figure")


def _add(history: History, item, label: str):
    edit = AddItem(item, label=label)
    history.do(edit)
    return edit.item
