"""Printing for people or for scripts (--json), never both on stdout."""

from __future__ import annotations

import json
import sys
from typing import Any

from mediakit.model import Contact, KeyFigure, Kit, Photo, Story


class Printer:
    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json

    def say(self, line: str) -> None:
        if not self.as_json:
            print(line)

    def json(self, data: Any) -> None:
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")


def item_rows(items: list) -> list[dict]:
    return [_row(item) for item in items]


def _row(item: Story | Photo | Contact | KeyFigure | Kit) -> dict:
    if isinstance(item, Story):
        return {
            "id": item.id,
            "title": item.title,
            "kind": item.kind.value,
            "language": item.language.value,
            "photos": list(item.photo_ids),
        }
    if isinstance(item, Photo):
        return {
            "id": item.id,
            "title": item.caption,
            "credit": item.credit,
            "has_image": item.has_image,
        }
    if isinstance(item, Contact):
        return {
            "id": item.id,
            "name": item.name,
            "organisation": item.organisation,
            "email": item.email,
            "phones": list(item.phones),
            "city": item.city,
        }
    if isinstance(item, KeyFigure):
        return {
            "id": item.id,
            "title": f"{item.value} {item.label}",
            "value": item.value,
            "label": item.label,
            "source": item.source,
            "as_of": item.as_of,
        }
    return {
        "id": item.id,
        "name": item.name,
        "subtitle": item.subtitle,
        "paper": item.options.paper.value,
        "sections": len(item.sections),
    }
