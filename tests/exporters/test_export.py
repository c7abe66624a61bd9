"""The one export operation: what preflight lets through, and a cancel that leaves nothing."""

from __future__ import annotations

import pytest
from PIL import Image
from pypdf import PdfReader

from mediakit.cli import main
from mediakit.exporters.export import ExportCancelled, ExportKind, ExportRequest, export
from mediakit.library import Library, queries
from mediakit.preflight import has_errors

DEMO_KIT = "Venezuela situation — press kit"


class CancelAt:
    """A `cancelled` that answers yes from its n-th question on (never with n=0), and counts."""

    def __init__(self, n: int = 0) -> None:
        self.n, self.asked = n, 0

    def __call__(self) -> bool:
        self.asked += 1
        return bool(self.n) and self.asked >= self.n


def request(library: Library, target, **choices) -> ExportRequest:
    kit = queries.find_kit(library.db, DEMO_KIT)
    return ExportRequest(content=queries.kit_content(library.db, kit), target=target, **choices)


@pytest.fixture
def library_with_a_photo(demo_library_path, tmp_path):
    picture = tmp_path / "clinic.jpg"
    Image.new("RGB", (1800, 1200), (40, 90, 160)).save(picture, quality=90)
    args = ["--library", str(demo_library_path), "photo", "attach", "1", str(picture)]
    assert main(args) == 0
    with Library.open(demo_library_path) as library:
        yield library


def quick_layout(content, *, photos, progress=None):
    """A stand-in for the layout that reports three steps and returns a small PDF."""
    for done in (1, 2, 3):
        if progress is not None:
            progress(done, 3)
    return b"%PDF-1.4 quick\n%%EOF\n"


@pytest.mark.parametrize("kind", list(ExportKind))
def test_a_cancel_at_any_step_leaves_no_file(library_with_a_photo, tmp_path, monkeypatch, kind):
    monkeypatch.setattr("mediakit.exporters.pdf.build_pdf", quick_layout)
    library = library_with_a_photo
    sources = {"photos": library.cache.rendition, "media": library.media}
    whole = tmp_path / "whole" / "kit.out"
    questions = CancelAt()
    assert export(request(library, whole, kind=kind), **sources, cancelled=questions).target
    assert whole.is_file() and questions.asked >= 3
    for n in range(1, questions.asked + 1):  # the first question to the last, before the rename
        folder = tmp_path / f"cancelled-at-{n}"
        with pytest.raises(ExportCancelled):
            export(
                request(library, folder / "kit.out", kind=kind), **sources, cancelled=CancelAt(n)
            )
        assert not folder.exists() or not list(folder.iterdir())
    # A cancel that comes while the file is being written: the temporary file goes too.
    folder = tmp_path / "cancelled-while-writing"
    writing = lambda: any(folder.glob("*.part"))  # noqa: E731
    with pytest.raises(ExportCancelled):
        export(request(library, folder / "kit.out", kind=kind), **sources, cancelled=writing)
    assert not list(folder.iterdir())


def test_a_cancel_stops_the_real_layout_midway(demo_library, tmp_path):
    target = tmp_path / "out" / "kit.pdf"
    reports = []
    cancelled = CancelAt(10)
    with pytest.raises(ExportCancelled):
        export(
            request(demo_library, target),
            photos=demo_library.cache,
            progress=lambda done, total: reports.append(done),
            cancelled=cancelled,
        )
    assert cancelled.asked == 10 and len(reports) == 8  # the first question comes before any step
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_preflight_errors_stop_the_pdf_unless_forced_then_it_is_marked_draft(
    demo_library, tmp_path
):
    demo_library.db.execute("UPDATE stories SET embargo = '2999-01-01T09:00:00+00:00' WHERE id = 1")
    target = tmp_path / "kit.pdf"
    stopped = export(request(demo_library, target), photos=demo_library.cache)
    assert stopped.stopped and stopped.target is None and not target.exists()
    assert has_errors(stopped.findings) and not stopped.forced
    forced = export(request(demo_library, target, force=True), photos=demo_library.cache)
    assert forced.target == target and forced.forced and forced.findings == stopped.findings
    assert "DRAFT" in PdfReader(target).pages[0].extract_text()


def test_an_export_with_no_choices_shows_the_kit_as_it_is(demo_library, tmp_path):
    asked = request(demo_library, tmp_path / "kit.pdf")
    assert asked.prepared() == asked.content
    chosen = request(demo_library, tmp_path / "kit.pdf", paper=None, watermark="draft")
    assert chosen.prepared().kit.options.watermark == "DRAFT"
    assert asked.content.kit.options.watermark == ""  # the kit's own settings stay as they are
