"""Golden kits: the sample kit in every edition, paper, colour and two languages, with what
each must show (page count, page size, key words where they were when a person looked at
the pages and approved them), as small JSON files in tests/layout/golden/.

After a deliberate change of the layout, look at the pages, then rewrite the expectations:
`python -m tests.layout.golden` (it prints what changed).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pypdfium2 as pdfium

from mediakit.layout import build_pdf
from mediakit.model import Edition, KitContent, KitOptions, Language, Paper

from .sample import photo_source, sample_content, sample_store

GOLDEN = Path(__file__).parent / "golden"
TOLERANCE = 0.75  # points
LANGUAGES = (Language.EN, Language.ES)
# Words each edition is checked on: (page, words), page counted from 1, or -1 for the last.
PROBES: dict[Edition, dict[Language, list[tuple[int, str]]]] = {
    Edition.PRESS: {
        Language.EN: [
            (1, "Refugees and Migrants"),
            (1, "PRESS KIT"),
            (2, "Contents"),
            (2, "Page 2 of"),
            (3, "Serving Hope"),
            (-1, "More online"),
        ],
        Language.ES: [
            (1, "Refugees and Migrants"),
            (1, "KIT DE PRENSA"),
            (2, "Contenido"),
            (2, "Página 2 de"),
            (3, "Serving Hope"),
            (-1, "Más información"),
        ],
    },
    Edition.HANDOUT: {
        Language.EN: [
            (1, "International Organization"),
            (1, "PRESS HANDOUT"),
            (1, "Serving Hope"),
            (1, "Page 1 of"),
            (-1, "CONTACT"),
        ],
        Language.ES: [
            (1, "International Organization"),
            (1, "MATERIAL DE PRENSA"),
            (1, "Serving Hope"),
            (1, "Página 1 de"),
            (-1, "CONTACTO"),
        ],
    },
    Edition.BOOKLET: {
        # Sheet sides: 1 = back cover | cover, 3 = ... | contents, 5 = ... | first story.
        Language.EN: [
            (1, "Refugees and Migrants"),
            (1, "More online"),
            (3, "Contents"),
            (3, "Page 3 of"),
            (5, "Serving Hope"),
        ],
        Language.ES: [
            (1, "Refugees and Migrants"),
            (1, "Más información"),
            (3, "Contenido"),
            (3, "Página 3 de"),
            (5, "Serving Hope"),
        ],
    },
}


def case_name(edition: Edition, paper: Paper, grayscale: bool, language: Language) -> str:
    return f"{edition}-{paper}-{'gray' if grayscale else 'colour'}-{language}"


def all_cases() -> list[dict]:
    cases = itertools.product(Edition, (Paper.A4, Paper.LETTER), (False, True), LANGUAGES)
    return [
        {"edition": str(e), "paper": str(p), "grayscale": g, "language": str(lang)}
        for e, p, g, lang in cases
    ]


def case_content(case: dict) -> KitContent:
    options = KitOptions(edition=Edition(case["edition"]), grayscale=case["grayscale"])
    return sample_content(
        Paper(case["paper"]), with_photo=True, language=Language(case["language"]), options=options
    )


def observe(data: bytes, probes: list[tuple[int, str]]) -> dict:
    """Page count, first page size, and where each probe's first letter sits."""
    document = pdfium.PdfDocument(data)
    width, height = document[0].get_size()
    found = []
    for page_number, words in probes:
        index = page_number - 1 if page_number > 0 else len(document) + page_number
        text = document[index].get_textpage()
        match = text.search(words, match_case=True).get_next()
        at = None
        if match is not None:
            left, bottom, _, _ = text.get_charbox(match[0])
            at = [round(left, 1), round(bottom, 1)]
        found.append({"page": page_number, "text": words, "at": at})
    return {
        "pages": len(document),
        "page_size": [round(width, 2), round(height, 2)],
        "probes": found,
    }


def expected(case: dict) -> dict:
    """What the golden file for `case` says."""
    path = GOLDEN / f"{case_name(**_typed(case))}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def build_case(case: dict, store: dict[str, bytes] | None = None) -> bytes:
    return build_pdf(case_content(case), photos=photo_source(store or sample_store()))


def probes_of(case: dict) -> list[tuple[int, str]]:
    return PROBES[Edition(case["edition"])][Language(case["language"])]


def _typed(case: dict) -> dict:
    return {
        "edition": Edition(case["edition"]),
        "paper": Paper(case["paper"]),
        "grayscale": case["grayscale"],
        "language": Language(case["language"]),
    }


def write_all() -> None:
    GOLDEN.mkdir(exist_ok=True)
    store = sample_store()
    for case in all_cases():
        path = GOLDEN / f"{case_name(**_typed(case))}.json"
        result = {"kit": case, **observe(build_case(case, store), probes_of(case))}
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = _formatted(result)
        if old != new:
            path.write_text(new, encoding="utf-8")
            print("changed:" if old else "new:", path.name)


def _formatted(result: dict) -> str:
    """One line per key, one line per probe: small files whose diffs read well."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    probes = ",\n".join(f"  {dump(p)}" for p in result["probes"])
    head = ",\n".join(f" {dump(k)}: {dump(v)}" for k, v in result.items() if k != "probes")
    return f'{{\n{head},\n "probes": [\n{probes}\n ]\n}}\n'


if __name__ == "__main__":
    write_all()
    sys.exit(0)
