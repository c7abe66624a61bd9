"""The words printed across a kit's pages: DRAFT, or EMBARGOED UNTIL the stories' embargo.

Apart from the PDF exporter so that an export's choices can be applied to a kit without
loading the layout (a photo pack or a bundle never needs ReportLab)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from mediakit.model import BadInputError, KitContent

DRAFT = "DRAFT"


def watermark_text(content: KitContent, kind: str) -> str:
    """ "DRAFT", or "EMBARGOED UNTIL <the latest embargo of the kit's stories>"."""
    if kind != "embargoed":
        return DRAFT
    embargoes = sorted(s.embargo for s in content.stories.values() if s.embargo)
    if not embargoes:
        raise BadInputError("no story in this kit has an embargo; use --watermark draft")
    return f"EMBARGOED UNTIL {_readable(embargoes[-1])}"


def _readable(moment: str) -> str:
    """'2026-12-01T09:00:00-05:00' -> '2026-12-01 09:00 UTC-05:00'."""
    try:
        when = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    zone = when.strftime("%z")
    zone = f"UTC{zone[:3]}:{zone[3:]}" if zone else "UTC"
    return f"{when:%Y-%m-%d %H:%M} {zone}"


def with_watermark(content: KitContent, text: str) -> KitContent:
    """The content with `text` across its pages, unless the kit already carries a watermark."""
    options = content.kit.options
    if options.watermark:
        return content
    kit = dataclasses.replace(content.kit, options=dataclasses.replace(options, watermark=text))
    return dataclasses.replace(content, kit=kit)
