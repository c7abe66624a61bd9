"""ReportLab's Paragraph, breaking its lines once per width.

Platypus asks a paragraph for its height at the same width several times: to fill a frame, to
keep a heading with what follows, to see whether a photo fits beside it, to estimate a
gallery's rows. Each time ReportLab breaks the lines anew, and in a kit over half of all line
breaking was such a repeat. The lines depend only on the paragraph's text and style, fixed
when it is made, and on the width; so a wrap at the width of the last one returns its size
as it stands, as long as the lines it made are still the paragraph's (drawing and splitting
use them; a split that gives up drops them).

Each run of text is printed in characters its face has (`glyphs`): a ✔ its face lacks prints
as ✓ or •, never as a blank gap. A split's halves are made of runs already seen to.

Each paragraph is drawn as tagged content, its role from its style (`tagging`).
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as PlatypusParagraph

from mediakit.layout.glyphs import printable_in
from mediakit.layout.private_api import paragraph_lines, paragraph_runs
from mediakit.layout.tagging import Tagged


class Paragraph(Tagged, PlatypusParagraph):
    _last_wrap: tuple[float, tuple[float, float], object] | None = None

    def __init__(self, text, *args, **kwargs) -> None:
        super().__init__(text, *args, **kwargs)
        if text is not None:  # markup parsed now, not a split's runs
            for run in paragraph_runs(self):
                if run.text and not run.text.isascii():
                    run.text = printable_in(run.text, run.fontName)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        last = self._last_wrap
        if last is not None and last[0] == availWidth and paragraph_lines(self) is last[2]:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size, paragraph_lines(self))
        return size
