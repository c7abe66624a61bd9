"""Our Paragraph breaks its lines once per width, and lays out exactly as ReportLab's."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus import Paragraph as PlatypusParagraph

from mediakit.layout.paragraph import Paragraph

WORDS = "Refugees and migrants from Venezuela find work, schools and clinics. " * 12


def test_a_second_wrap_at_the_same_width_breaks_no_lines(monkeypatch):
    paragraph = Paragraph(WORDS, getSampleStyleSheet()["BodyText"])
    calls = []
    real = PlatypusParagraph.breakLines
    monkeypatch.setattr(PlatypusParagraph, "breakLines", lambda p, w: calls.append(w) or real(p, w))
    first = paragraph.wrap(300, 1000)
    assert paragraph.wrap(300, 50) == first  # the height does not depend on the room
    assert len(calls) == 1
    assert paragraph.wrap(200, 1000)[1] > first[1]
    assert paragraph.wrap(300, 1000) == first and len(calls) == 3


def test_a_split_that_gives_up_makes_it_wrap_again():
    paragraph = Paragraph(WORDS, getSampleStyleSheet()["BodyText"])
    size = paragraph.wrap(300, 1000)
    assert paragraph.split(300, 5) == []  # no room for a line: ReportLab drops its lines
    assert paragraph.wrap(300, 1000) == size and paragraph.blPara.lines


def _document(paragraph_class) -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for number in range(12):
        story.append(paragraph_class(f"Heading {number}", styles["Heading2"]))
        story.append(paragraph_class(WORDS * (1 + number % 3), styles["BodyText"]))
        story.append(KeepTogether([paragraph_class(WORDS, styles["Italic"])]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A5, invariant=1).build(story)
    return out.getvalue()


def test_pages_are_the_same_as_with_reportlabs_paragraph():
    assert _document(Paragraph) == _document(PlatypusParagraph)
