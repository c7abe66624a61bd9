"""Every golden kit (tests/layout/golden/*.json) builds to the pages it was approved with:
the same page count and size, and its key words where they were, to within TOLERANCE."""

from __future__ import annotations

import json

import pytest

from mediakit.model import Edition, Language, Paper

from .golden import GOLDEN, TOLERANCE, all_cases, observe

FILES = sorted(GOLDEN.glob("*.json"))


def test_every_case_has_its_golden_file():
    names = {path.stem for path in FILES}
    assert len(names) == len(all_cases()) == 24


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_kit(path, kit_pdf):
    golden = json.loads(path.read_text(encoding="utf-8"))
    kit = golden["kit"]
    data = kit_pdf(
        edition=Edition(kit["edition"]),
        paper=Paper(kit["paper"]),
        grayscale=kit["grayscale"],
        language=Language(kit["language"]),
        with_photo=True,
    )
    probes = [(p["page"], p["text"]) for p in golden["probes"]]
    seen = observe(data, probes)
    assert seen["pages"] == golden["pages"]
    assert seen["page_size"] == pytest.approx(golden["page_size"], abs=0.01)
    for want, got in zip(golden["probes"], seen["probes"], strict=True):
        assert want["at"] is not None, f"the golden file never found {want['text']!r}"
        assert got["at"] is not None, f"{want['text']!r} is not on page {want['page']}"
        assert got["at"] == pytest.approx(want["at"], abs=TOLERANCE), want["text"]
