"""How long reading a PDF, an .odt and an e-mail takes (parse only, no library): medians of
rounds, printed. Not a test: nothing here fails on a slow machine.

    .venv/bin/python benchmarks/import_formats.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediakit.importers import parse_file  # noqa: E402
from tests.importers.test_eml import story_email  # noqa: E402
from tests.importers.test_odt import odt_story  # noqa: E402
from tests.importers.test_pdf import PARAGRAPH, _story, _template  # noqa: E402

ROUNDS = 5


def _long_pdf(path: Path) -> Path:
    """A two-column release of eight pages, six photos with captions."""
    flowables = _story(
        "Clinics on the move in Roraima",
        paragraphs=120,
        photos=(10, 30, 50, 70, 90, 110),
        text=PARAGRAPH,
    )
    _template(path, 2).build(flowables)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        files = {
            "PDF, 2 columns, 8 pages, 6 photos": _long_pdf(work / "long.pdf"),
            ".odt with a picture, list and table": odt_story(work / "story.odt"),
            ".eml with 2 photos and a vCard": story_email(work / "story.eml"),
        }
        for label, path in files.items():
            parse_file(path)  # libraries loaded once, as in a session
            times = []
            for _ in range(ROUNDS):
                start = time.perf_counter()
                parse_file(path)
                times.append(time.perf_counter() - start)
            print(f"{label:40} {statistics.median(times) * 1000:8.0f} ms (median of {ROUNDS})")


if __name__ == "__main__":
    main()
