"""The same release in two languages, recognised by what a translator leaves alone, over the
whole import corpus: its translation pairs match, and no other two documents in different
languages do."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from mediakit.edits.duplicates import document_marks
from mediakit.importers import parse_file
from mediakit.importers.similarity import (
    SAME_RELEASE,
    figures,
    release_evidence,
    release_score,
)
from mediakit.model import BadInputError

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import import_corpus  # noqa: E402

# The generator writes this pair's two stories one after the other with their own facts: only
# the dateline (Boa Vista, 12 May 2023) is common, which 33/57 (one date, one embargo, two
# different stories) share as much. Nothing in them tells one release from two.
UNRECOGNISABLE = {frozenset({"62_en_press_release", "63_pt_press_release"})}


@pytest.fixture(scope="module")
def marks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    found = {}
    for document in import_corpus.documents():
        try:
            parsed = parse_file(import_corpus.materialise(document, folder))
        except BadInputError:  # a newsroom listing is refused: no story to compare
            continue
        if parsed.story is not None:
            found[document.name] = (document.truth, document_marks(parsed))
    return found


def test_translation_pairs_match_and_no_other_pair_in_different_languages_does(marks):
    matched, wrong = [], []
    for (a, (truth_a, mine)), (b, (truth_b, theirs)) in itertools.combinations(marks.items(), 2):
        if truth_a["language"] == truth_b["language"]:
            continue
        score = release_score(mine, theirs)
        pair = truth_a["translation_of"] == b and frozenset({a, b}) not in UNRECOGNISABLE
        if (score >= SAME_RELEASE) != pair:
            wrong.append((a, b, score, release_evidence(mine, theirs)))
        matched += [(a, b)] if pair else []
    assert matched == [("r16_es_press_release", "r25_pt_press_release")]
    assert wrong == []


def test_the_threshold_keeps_a_margin_on_both_sides(marks):
    scores = sorted(
        (release_score(mine, theirs), a, b)
        for (a, (ta, mine)), (b, (tb, theirs)) in itertools.combinations(marks.items(), 2)
        if ta["language"] != tb["language"]
    )
    best_other = max(
        s for s, a, b in scores if {a, b} != {"r16_es_press_release", "r25_pt_press_release"}
    )
    pair = max(s for s, _, _ in scores)
    assert best_other <= SAME_RELEASE - 3 and pair >= SAME_RELEASE + 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7,7 millones de personas", ["7700000"]),
        ("7.7 million people", ["7700000"]),
        ("7,7 milhões de pessoas", ["7700000"]),
        ("7,7 millions de personnes", ["7700000"]),
        ("41.200 personas / 41,200 people / 41 200 personnes", ["41200"] * 3),
        ("21 % / 21% / 21 per cent / 21 por ciento", ["21%"] * 4),
        ("3,5 mil millones / 3.5 billion / 3,5 bilhões", ["3500000000"] * 3),
        ("1,250 millones", ["1250000"]),
        ("el 16 de febrero de 2024, 10:00, con 12 equipos", []),
        ("+507 6555 0190 / 2024-02-16 / https://example.org/2024/561", []),
    ],
)
def test_figures_are_one_number_whatever_the_locale_wrote(text, expected):
    assert figures(text) == expected
