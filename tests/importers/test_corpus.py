"""The import corpus (benchmarks/import_corpus) and its scorer: truth files valid and true to
their documents, docx specs that build, and a scorer that scores perfect as 100 % and nothing as 0 %."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import import_corpus  # noqa: E402
import score_import  # noqa: E402

DOCUMENTS = import_corpus.documents()


def flattened(document) -> str:
    """The document's words as a reader joins them: line-end hyphens and wraps undone."""
    text = import_corpus.source_text(document)
    for damaged, repaired in document.truth["repairs"]:
        text = text.replace(damaged, repaired)
    text = re.sub(r"([^\W\d_])-\n[ \t]*([^\W\d_])", r"\1\2", text)
    text = re.sub(r"(?<![\w_])_([^_\n]+?)_(?![\w_])", r" \1 ", text)  # a chat's _italic_
    return score_import.words(text)


def test_the_corpus_is_big_enough_and_spread_over_languages_kinds_and_formats():
    truths = [d.truth for d in DOCUMENTS]
    assert len(truths) >= 60
    assert {t["language"] for t in truths} == set(import_corpus.LANGUAGES)
    assert set(import_corpus.KINDS) <= {t["kind"] for t in truths}
    assert {t["format"] for t in truths} == set(import_corpus.FORMATS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_each_truth_is_valid_and_occurs_in_its_document(document):
    truth = document.truth
    assert import_corpus.problems(truth) == []
    assert document.source.is_file()
    text = flattened(document)
    wanted = [truth["title"], *truth["junk"], *truth["body"], *truth["boilerplate"]]
    wanted += [p["caption"] for p in truth["photos"]] + [c["email"] for c in truth["contacts"]]
    for line in filter(None, wanted):
        if score_import.words(line).strip():  # "###" and "-30-" have no words to look for
            assert score_import.words(line) in text, line


def test_docx_specs_build_real_word_files(tmp_path):
    from docx import Document as WordDocument

    specs = [d for d in DOCUMENTS if d.truth["format"] == "docx"]
    assert specs
    for document in specs:
        path = import_corpus.materialise(document, tmp_path)
        word = WordDocument(str(path))
        assert score_import.norm(document.truth["title"]) in score_import.norm(
            " ".join(p.text for p in word.paragraphs)
        )
    assert any(WordDocument(str(tmp_path / d.truth["document"])).inline_shapes for d in specs)


def test_the_scorer_runs_the_importer_on_a_sample_and_prints_its_table():
    report = score_import.score(DOCUMENTS[:5])
    assert report.documents == 5
    shown = score_import.table(report)
    assert "body sentences kept" in shown and "contacts" in shown
    assert score_import.table(report, markdown=True).startswith("| Field |")


def test_a_perfect_result_scores_100_and_an_empty_one_0():
    perfect = score_import.score(
        DOCUMENTS, lambda d, _: (score_import.perfect_result(d.truth), "ok")
    )
    empty = score_import.score(DOCUMENTS, lambda d, _: (score_import.empty_result(), "ok"))
    best, worst = perfect.numbers(), empty.numbers()
    for name in score_import.FIELDS:
        assert best["fields"][name]["accuracy"] == 100.0, name
        assert worst["fields"][name]["accuracy"] == 0.0, name
    for name in score_import.ROLES:
        assert best["roles"][name]["recall"] == 100.0 and best["roles"][name]["precision"] == 100.0
        assert worst["roles"][name]["recall"] == 0.0
    assert best["body_sentences_kept"] == 100.0 and worst["body_sentences_kept"] == 0.0
    assert best["junk_lines_per_10_documents"] == 0.0
    listings = sum(d.truth["kind"] == "listing" for d in DOCUMENTS)
    assert best["listings_refused"] == f"{listings}/{listings}"
    assert worst["listings_refused"] == f"0/{listings}"


def test_figure_numbers_are_read_in_every_locale_form():
    assert score_import.number("7,7 millones") == score_import.number("7.7 million") == 7.7e6
    assert score_import.number("1 200") == score_import.number("1,200") == 1200
    assert score_import.number("12.400") == 12400
    assert score_import.number("510 mil") == 510_000
