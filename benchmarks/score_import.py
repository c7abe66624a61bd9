"""How well mediakit's importer reads real press-office documents: the import corpus, scored.

    .venv/bin/python benchmarks/score_import.py              # the table
    .venv/bin/python benchmarks/score_import.py --markdown   # the table for the README
    .venv/bin/python benchmarks/score_import.py --json       # every number, and each document's
    .venv/bin/python benchmarks/score_import.py --show 00_en_press_release   # one document

Each corpus document (benchmarks/import_corpus/docs) is written into a temporary folder (a docx
spec is built into a real .docx there), read with `mediakit.importers.parse_file`, and what came
out is compared with the document's truth. Not a test: nothing here fails on poor numbers.

How text is compared (`norm`): Unicode NFKC; no-break and other spaces made plain and runs of
whitespace collapsed; curly and angle quotes made straight; en and em dashes and the minus made
hyphens; case folded. Accents are kept (they are spelling) except where people write the same
name both ways: dateline places, bylines and contact names are also compared without accents.

What each number means:
- title, kind, language: share of story documents whose value equals the truth's.
- dateline place/date, embargo, byline, standfirst: share of the documents whose truth HAS one
  that got it right; "spurious" counts documents given one that have none. A place matches when
  equal, or when the parts before the first comma are equal ("Bogotá" = "BOGOTÁ, Colombia"),
  a region in brackets aside ("Pacaraima" = "Pacaraima (RR)").
  An embargo matches when its date is the truth's and, if the truth has a time, that HH:MM is in
  it. A byline matches without a leading "By/Por/Par". A standfirst ignores final punctuation.
- contacts: one-to-one, matched by e-mail or by name. Key figures: by the number the value says
  (locale aware: "7,7 millones" = "7.7 million" = 7 700 000, "1 200" = 1200) and at least half
  the truth label's words of four letters or more. Credits: equal once "Photo:", "Foto:",
  "Crédito:", "Photograph", "©" are taken off the front. Captions: the truth's caption is in the
  produced one. Precision = matched / produced, recall = matched / truth, over the whole corpus.
- junk left: truth junk lines found as the title, in the title, as a body block, or at a body
  block's start or end (longer lines: anywhere in it), per 10 story documents.
- body sentences kept: truth body paragraphs split into sentences; a sentence is kept when its
  words, in order, are in the body as produced (standfirst and quote speakers included;
  punctuation and quote marks ignored, so a quote block without its marks still counts).
- listings refused: newsroom pages of several stories that the importer refused (BadInputError)
  rather than passed off as one story. Crashed: any other exception.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from import_corpus import DOCS, HANDWRITTEN, Document, documents, materialise  # noqa: E402

TARGETS = {
    "title": 95,
    "dateline place": 95,
    "dateline date": 95,
    "kind": 95,
    "language": 95,
    "contacts": 90,
    "key figures": 90,
    "credits": 90,
    "embargoes": 90,
    "body sentences kept": 98,
}
FIELDS = (
    "title",
    "dateline place",
    "dateline date",
    "kind",
    "language",
    "embargo",
    "byline",
    "standfirst",
)
OPTIONAL = {"dateline place", "dateline date", "embargo", "byline", "standfirst"}
ROLES = ("contacts", "key figures", "credits", "captions", "embargoes")


# -- normalising -------------------------------------------------------------------------

QUOTES = str.maketrans(
    {c: '"' for c in "“”„«»″"} | {c: "'" for c in "‘’‚‹›′"} | {c: "-" for c in "–—‒−‐‑"}
)


def norm(text: str) -> str:
    """Text as compared: NFKC, plain spaces, straight quotes, hyphens for dashes, case folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def fold(text: str) -> str:
    """`norm`, and accents taken off: for names written both ways."""
    decomposed = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_sentences(paragraph: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…»”\"])\s+(?=[\"“«¿¡A-ZÁÉÍÓÚÂÊÔÃÕÀÈÇÑ0-9])", paragraph.strip())
    return [p for p in parts if re.search(r"\w", p)]  # a quote mark set apart is no sentence


CREDIT_MARKS = re.compile(r"^(photograph|photo|foto|crédito|credit|crédit)?\s*[:©]?\s*©?\s*", re.I)


def credit_key(text: str) -> str:
    return fold(CREDIT_MARKS.sub("", (text or "").strip()))


MULTIPLIERS = [
    (r"billion|bn|mil millones|milliards?|bilh(ões|ão)", 1e9),
    (r"million|millones|millón|milh(ões|ão)|millions|mi\b|m\b", 1e6),
    (r"mil\b|thousand|k\b", 1e3),
]


def number(value: str) -> float | None:
    """The number a figure's value says, in any locale form ("7,7 millones", "12 400", "18 %")."""
    text = unicodedata.normalize("NFKC", value or "").replace("\u202f", " ")
    found = re.search(r"\d[\d.,  ]*", text)
    if not found:
        return None
    digits = found.group().strip().rstrip(".,")
    rest = text[found.end() :].strip().casefold()
    digits = re.sub(r"(?<=\d)\s(?=\d{3}\b)", "", digits)
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif "," in digits or "." in digits:
        mark = "," if "," in digits else "."
        decimal = "" if re.fullmatch(rf"\d{{1,3}}(\{mark}\d{{3}})+", digits) else mark
    else:
        decimal = ""
    thousands = {",": ".", ".": ",", "": ",."}[decimal]
    for mark in thousands:
        digits = digits.replace(mark, "")
    digits = digits.replace(decimal, ".") if decimal else digits
    try:
        amount = float(digits.replace(" ", ""))
    except ValueError:
        return None
    for pattern, factor in MULTIPLIERS:
        if re.match(pattern, rest):
            return amount * factor
    return amount


def label_words(label: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(label)) if len(w) >= 4}


# -- what the importer produced ----------------------------------------------------------


def produced_from_parsed(parsed) -> dict:
    """The fields the scorer compares, from a `ParsedDocument`."""
    story = parsed.story
    if story is None:
        return empty_result(refused=True)
    return {
        "refused": False,
        "title": story.title,
        "kind": str(story.kind.value),
        "language": str(story.language.value),
        "standfirst": story.standfirst,
        "dateline": {"place": story.dateline.place, "date": story.dateline.date},
        "byline": story.byline,
        "embargo": story.embargo,
        "body": [_block_text(block) for block in story.body if block.text],
        "contacts": [{"name": c.name, "email": c.email} for c in parsed.contacts],
        "figures": [{"value": f.value, "label": f.label} for f in parsed.figures],
        "photos": [{"caption": p.caption, "credit": p.credit} for p in parsed.photos],
    }


def _block_text(block) -> str:
    # a quote's speaker is kept beside it, as words of the body
    return f"{block.text} {block.attribution}".strip() if block.attribution else block.text


def empty_result(*, refused: bool = False) -> dict:
    return {
        "refused": refused,
        "title": "",
        "kind": "",
        "language": "",
        "standfirst": "",
        "dateline": {"place": "", "date": ""},
        "byline": "",
        "embargo": "",
        "body": [],
        "contacts": [],
        "figures": [],
        "photos": [],
    }


def perfect_result(truth: dict) -> dict:
    """What an importer that got everything right would produce: for testing the scorer."""
    if truth["kind"] == "listing":
        return empty_result(refused=True)
    return {
        "refused": False,
        "title": truth["title"],
        "kind": truth["kind"],
        "language": truth["language"],
        "standfirst": truth["standfirst"],
        "dateline": dict(truth["dateline"]),
        "byline": truth["byline"],
        "embargo": truth["embargo"],
        "body": list(truth["body"]),
        "contacts": [{"name": c["name"], "email": c["email"]} for c in truth["contacts"]],
        "figures": [{"value": f["value"], "label": f["label"]} for f in truth["figures"]],
        "photos": [dict(p) for p in truth["photos"]],
    }


def run_importer(document: Document, folder: Path) -> tuple[dict, str]:
    """The importer's result for one document, and "ok", "refused" or "crashed: ..."."""
    from mediakit.importers import parse_file
    from mediakit.model import BadInputError

    path = materialise(document, folder)
    try:
        return produced_from_parsed(parse_file(path)), "ok"
    except BadInputError:
        return empty_result(refused=True), "refused"
    except Exception as exc:  # a crash is a finding, not the end of the run
        return empty_result(), f"crashed: {type(exc).__name__}: {exc}"


# -- comparing ---------------------------------------------------------------------------


def field_right(name: str, truth: dict, got: dict) -> bool | None:
    """Whether one field is right; None when an optional field is absent from the truth."""
    if name == "title":
        return norm(got["title"]) == norm(truth["title"])
    if name in ("kind", "language"):
        return got[name] == truth[name]
    if name == "dateline place":
        want, have = truth["dateline"]["place"], got["dateline"]["place"]
        if not want:
            return None

        def town(place: str) -> str:  # "Pacaraima (RR)", "Cúcuta (Colombia)": the town
            return re.sub(r"\s*\([^)]*\)", "", fold(place).split(",")[0]).strip()

        return fold(want) == fold(have) or town(want) == town(have)
    if name == "dateline date":
        return (
            (got["dateline"]["date"] == truth["dateline"]["date"])
            if truth["dateline"]["date"]
            else None
        )
    if name == "embargo":
        return embargo_right(truth["embargo"], got["embargo"]) if truth["embargo"] else None
    if name == "byline":
        if not truth["byline"]:
            return None
        return re.sub(r"^(by|por|par)\s+", "", fold(got["byline"])) == fold(truth["byline"])
    if name == "standfirst":
        if not truth["standfirst"]:
            return None
        return norm(got["standfirst"]).rstrip(".!? ") == norm(truth["standfirst"]).rstrip(".!? ")
    raise KeyError(name)


def spurious(name: str, truth: dict, got: dict) -> bool:
    """An optional field produced where the truth has none."""
    key = {"dateline place": ("dateline", "place"), "dateline date": ("dateline", "date")}.get(name)
    want = truth[key[0]][key[1]] if key else truth[name]
    have = got[key[0]][key[1]] if key else got[name]
    return bool(have) and not want


def embargo_right(want: str, have: str) -> bool:
    if not have or not have.startswith(want[:10]):
        return False
    return len(want) == 10 or want[11:16] in have


def match_count(truth_items: list, got_items: list, same) -> int:
    """One-to-one matches, first come first served."""
    left = list(got_items)
    matched = 0
    for want in truth_items:
        for n, have in enumerate(left):
            if same(want, have):
                matched += 1
                del left[n]
                break
    return matched


def same_contact(want: dict, have: dict) -> bool:
    email = want["email"].casefold()
    return (bool(email) and have.get("email", "").casefold() == email) or fold(
        have.get("name", "")
    ) == fold(want["name"])


def same_figure(want: dict, have: dict) -> bool:
    a, b = number(want["value"]), number(have.get("value", ""))
    if a is None or b is None or abs(a - b) > 1e-6 * max(abs(a), 1):
        return False
    words = label_words(want["label"])
    return not words or len(words & label_words(have.get("label", ""))) >= len(words) / 2


def same_credit(want: dict, have: dict) -> bool:
    return bool(want["credit"]) and credit_key(have.get("credit", "")) == credit_key(want["credit"])


def same_caption(want: dict, have: dict) -> bool:
    return bool(want["caption"]) and norm(want["caption"]) in norm(have.get("caption", ""))


def junk_left(truth: dict, got: dict) -> list[str]:
    """The truth's junk lines that reached the title or the body."""
    title = norm(got["title"])
    blocks = [norm(line) for text in got["body"] for line in text.split("\n") if line.strip()]
    true_title, true_body = norm(truth["title"]), norm(" ".join(truth["body"]))
    left = []
    for line in dict.fromkeys(truth["junk"]):
        junk = norm(line)
        if not junk:
            continue
        # words the truth itself has there ("Statement" in "Statement attributable to...") are not junk
        in_title = junk not in true_title and (
            title == junk or re.search(rf"(^|\W){re.escape(junk)}($|\W)", title) is not None
        )
        in_body = junk not in true_body and any(
            block == junk
            or block.startswith(junk + " ")
            or block.endswith(" " + junk)
            or (len(junk) >= 25 and junk in block)
            for block in blocks
        )
        if in_title or in_body:
            left.append(line)
    return left


def words(text: str) -> str:
    """The words of `text`, accents kept, punctuation and quote marks dropped."""
    return " " + " ".join(re.findall(r"\w+", norm(text))) + " "


def sentences_kept(truth: dict, got: dict) -> tuple[int, list[str]]:
    text = words(" ".join([got["standfirst"], *got["body"]]))
    wanted = [s for paragraph in truth["body"] for s in split_sentences(paragraph)]
    missing = [s for s in wanted if words(s) not in text]
    return len(wanted) - len(missing), missing


def total_sentences(truth: dict) -> int:
    return sum(len(split_sentences(p)) for p in truth["body"])


# -- the report --------------------------------------------------------------------------


@dataclass
class Report:
    documents: int = 0
    stories: int = 0
    fields: dict = field(
        default_factory=lambda: {f: [0, 0, 0] for f in FIELDS}
    )  # right, of, spurious
    roles: dict = field(
        default_factory=lambda: {r: [0, 0, 0] for r in ROLES}
    )  # matched, produced, truth
    junk: int = 0
    kept: int = 0
    sentences: int = 0
    listings: int = 0
    listings_refused: int = 0
    refused: list = field(default_factory=list)
    crashed: list = field(default_factory=list)
    per_document: dict = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, name: str, truth: dict, got: dict, outcome: str) -> None:
        self.documents += 1
        if outcome.startswith("crashed"):
            self.crashed.append(f"{name}: {outcome}")
        if truth["kind"] == "listing":
            self.listings += 1
            self.listings_refused += bool(got["refused"])
            self.per_document[name] = {"outcome": outcome}
            return
        self.stories += 1
        if outcome == "refused":
            self.refused.append(name)
        wrong = []
        for name_ in FIELDS:
            right = field_right(name_, truth, got)
            tally = self.fields[name_]
            if right is not None:
                tally[0] += right
                tally[1] += 1
                if not right:
                    wrong.append(name_)
            elif name_ in OPTIONAL and spurious(name_, truth, got):
                tally[2] += 1
        pairs = {
            "contacts": (truth["contacts"], got["contacts"], same_contact),
            "key figures": (truth["figures"], got["figures"], same_figure),
            "credits": (
                [p for p in truth["photos"] if p["credit"]],
                [p for p in got["photos"] if p["credit"]],
                same_credit,
            ),
            "captions": (
                [p for p in truth["photos"] if p["caption"]],
                [p for p in got["photos"] if p["caption"]],
                same_caption,
            ),
            "embargoes": (
                [truth["embargo"]] if truth["embargo"] else [],
                [got["embargo"]] if got["embargo"] else [],
                embargo_right,
            ),
        }
        for role, (want, have, same) in pairs.items():
            tally = self.roles[role]
            tally[0] += match_count(want, have, same)
            tally[1] += len(have)
            tally[2] += len(want)
        left = junk_left(truth, got)
        kept, missing = sentences_kept(truth, got)
        self.junk += len(left)
        self.kept += kept
        self.sentences += total_sentences(truth)
        self.per_document[name] = {
            "outcome": outcome,
            "wrong": wrong,
            "junk_left": left,
            "missing": missing,
        }

    def numbers(self) -> dict:
        def pct(a, b):
            return round(100 * a / b, 1) if b else None

        return {
            "documents": self.documents,
            "stories": self.stories,
            "fields": {
                f: {"accuracy": pct(r, n), "of": n, "spurious": s}
                for f, (r, n, s) in self.fields.items()
            },
            "roles": {
                r: {"precision": pct(m, p), "recall": pct(m, t), "produced": p, "truth": t}
                for r, (m, p, t) in self.roles.items()
            },
            "junk_lines_per_10_documents": round(10 * self.junk / self.stories, 1)
            if self.stories
            else 0.0,
            "body_sentences_kept": pct(self.kept, self.sentences),
            "listings_refused": f"{self.listings_refused}/{self.listings}",
            "refused": self.refused,
            "crashed": self.crashed,
            "seconds": round(self.seconds, 1),
        }


def score(docs: list[Document], produce=None) -> Report:
    """Score `docs`; `produce(document, folder) -> (result, outcome)` defaults to the importer."""
    produce = produce or run_importer
    report = Report()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mediakit-corpus-") as folder:
        for document in docs:
            got, outcome = produce(document, Path(folder))
            report.add(document.name, document.truth, got, outcome)
    report.seconds = time.perf_counter() - started
    return report


def table(report: Report, *, markdown: bool = False) -> str:
    """The scores as a table: fields, roles, junk, sentences, refusals and crashes."""
    n = report.numbers()

    def show(value, suffix=" %"):
        return "–" if value is None else f"{value}{suffix}"

    rows = [("Field", "Accuracy", "Target", "Note")]
    for name, f in n["fields"].items():
        note = f"of {f['of']}" + (f", {f['spurious']} spurious" if name in OPTIONAL else "")
        rows.append((name, show(f["accuracy"]), show(TARGETS.get(name)), note))
    rows.append(("Role", "Precision / recall", "Target", "Note"))
    for name, r in n["roles"].items():
        rows.append(
            (
                name,
                f"{show(r['precision'])} / {show(r['recall'])}",
                show(TARGETS.get(name)),
                f"{r['produced']} produced, {r['truth']} in truth",
            )
        )
    rows.append(("Text", "", "", ""))
    rows.append(
        (
            "junk lines left in title/body",
            f"{n['junk_lines_per_10_documents']} per 10 docs",
            "≤ 1",
            "",
        )
    )
    rows.append(
        (
            "body sentences kept",
            show(n["body_sentences_kept"]),
            show(TARGETS["body sentences kept"]),
            f"of {report.sentences}",
        )
    )
    rows.append(("listings refused", n["listings_refused"], "all", ""))
    rows.append(
        ("stories refused / crashed", f"{len(report.refused)} / {len(report.crashed)}", "0 / 0", "")
    )
    caption = f"{n['documents']} documents ({n['stories']} stories), scored in {n['seconds']} s"
    if markdown:
        lines = [f"| {' | '.join(rows[0])} |", "| --- | --- | --- | --- |"]
        for row in rows[1:]:
            cells = [f"**{row[0]}**" if row[1] in ("Precision / recall", "") else row[0], *row[1:]]
            lines.append(f"| {' | '.join(cells)} |")
        return "\n".join(lines) + f"\n\n{caption}\n"
    widths = [max(len(str(row[i])) for row in rows) for i in range(4)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join(lines) + f"\n\n{caption}\n"


def show_one(name: str) -> str:
    """What the importer produced for one document, beside its truth."""
    [document] = [d for d in documents() if d.name == name] or [None]
    if document is None:
        raise SystemExit(f"no corpus document named {name}")
    with tempfile.TemporaryDirectory(prefix="mediakit-corpus-") as folder:
        got, outcome = run_importer(document, Path(folder))
    truth = document.truth
    lines = [f"{name} ({truth['format']}, {truth['kind']}, {truth['language']}): {outcome}"]
    for key in ("title", "kind", "language", "standfirst", "byline", "embargo", "dateline"):
        mark = "  " if got[key] == truth[key] else "≠ "
        lines.append(f"{mark}{key:11} got {got[key]!r}\n{'':14}want {truth[key]!r}")
    for key, want in (
        ("contacts", truth["contacts"]),
        ("figures", truth["figures"]),
        ("photos", truth["photos"]),
    ):
        lines.append(
            f"  {key}: got {json.dumps(got[key], ensure_ascii=False)}\n{'':14}want {json.dumps(want, ensure_ascii=False)}"
        )
    kept, missing = sentences_kept(truth, got)
    lines.append(f"  body sentences kept {kept}/{total_sentences(truth)}")
    lines += [f"    missing: {s}" for s in missing]
    lines += [f"  junk left: {line}" for line in junk_left(truth, got)]
    lines.append("  body as produced:")
    lines += [f"    | {text}" for text in got["body"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--json", action="store_true", help="every number, and each document's findings"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="the table as Markdown, for the README"
    )
    parser.add_argument("--show", metavar="NAME", help="one document: produced beside truth")
    parser.add_argument(
        "--set",
        choices=("all", "generated", "handwritten"),
        default="all",
        help="the generated documents (docs/), the hand-written ones, or both (default)",
    )
    parser.add_argument(
        "--batch",
        nargs=2,
        metavar=("FIRST", "LAST"),
        help="only documents whose number is in this range, e.g. --batch r72 r91 (a held-out batch)",
    )
    args = parser.parse_args(argv)
    if args.show:
        print(show_one(args.show))
        return 0
    folders = {"all": (), "generated": (DOCS,), "handwritten": (HANDWRITTEN,)}[args.set]
    docs = documents(*folders)
    if args.batch:
        first, last = (int(mark.lstrip("r")) for mark in args.batch)

        def number_of(name: str) -> int:
            head = name.split("_")[0].lstrip("r")
            return int(head) if head.isdigit() else -1

        docs = [d for d in docs if d.name.startswith("r") and first <= number_of(d.name) <= last]
    report = score(docs)
    if args.json:
        print(
            json.dumps(
                report.numbers() | {"per_document": report.per_document},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(table(report, markdown=args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
