"""The baseline: a careful hand-written ReportLab platypus build of the same content.

Photos are draft-decoded with Pillow, resized to 150 ppi at their placed size and re-encoded,
as a careful script would; no mediakit code is used. Run: python baseline.py KIT.json OUT.pdf
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

PPI = 150


def photo_flowable(path: str, width_pt: float, max_height_pt: float = 560) -> RLImage:
    image = Image.open(path)
    width_pt = min(width_pt, max_height_pt * image.width / image.height)
    target_w = int(width_pt / 72 * PPI)
    target_h = int(target_w * image.height / image.width)
    image.draft("RGB", (target_w, target_h))
    image = image.convert("RGB").resize((target_w, target_h), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    height_pt = width_pt * image.height / image.width
    return RLImage(io.BytesIO(out.getvalue()), width=width_pt, height=height_pt)


def main(kit_json: str, out_pdf: str) -> None:
    kit = json.loads(Path(kit_json).read_text(encoding="utf-8"))
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(
        out_pdf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, invariant=1
    )
    width = doc.width
    story = [Paragraph(escape(kit["title"]), styles["Title"]), PageBreak()]
    for item in kit["stories"]:
        story.append(Paragraph(escape(item["title"]), styles["Heading1"]))
        for paragraph in item["paragraphs"]:
            story.append(Paragraph(escape(paragraph), styles["BodyText"]))
        for photo in item["photos"]:
            story += [
                photo_flowable(photo["path"], width),
                Paragraph(escape(photo["caption"]), styles["Italic"]),
                Spacer(1, 6),
            ]
        story.append(PageBreak())
    for photo in kit["gallery"]:
        story += [
            photo_flowable(photo["path"], width / 2),
            Paragraph(escape(photo["caption"]), styles["Italic"]),
        ]
    doc.build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
