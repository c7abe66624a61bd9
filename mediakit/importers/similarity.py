"""Is this story one we already have? Word shingles on the normalised body, not file hashes.
Is it one we have in another language? The marks a translator leaves alone, scored."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from mediakit.model import Story

SHINGLE = 5
SAME_STORY = 0.8


def shingles(text: str, size: int = SHINGLE) -> frozenset[int]:
    folded = unicodedata.normalize("NFKD", text.lower())
    words = re.findall(r"\w+", folded)
    return frozenset(
        zlib.crc32(" ".join(words[i : i + size]).encode())
        for i in range(max(0, len(words) - size + 1))
    )


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller text found in the larger (1.0: one contains the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_story(text_a: str, text_b: str) -> bool:
    return containment(shingles(text_a), shingles(text_b)) >= SAME_STORY


# --- Candidates: MinHash signatures banded for locality-sensitive hashing (LSH) ---
# Comparing a new story with every library story costs more with each story. Each story's
# shingles (and its marks) are summed up in a MinHash signature; two sets share a band of it
# with a probability that grows steeply with their likeness (Jaccard). Only the stories sharing
# a band with the new one are candidates, and only they are scored by `same_story` and
# `release_score` as before. Text: 64 values in 32 bands of 2, a pair as alike as 0.3 is a
# candidate 95 % of the time, as alike as 0.45 (the corpus's least alike copies) 99.9 %,
# unrelated stories (0.02) 1.3 %. Marks: the first 32 values in 16 bands, as alike as 0.5
# 99 % (the corpus's translations: 0.75). Each band is a row of the catalog's index, written at
# a random place of it: more bands cost more pages written with every story.
NUM_PERM = 64
BAND_ROWS = 2
TEXT, MARKS = 0, 1  # which signature a band key belongs to
BANDS = {TEXT: 32, MARKS: 16}


def text_tokens(text: str) -> frozenset[int]:
    return shingles(text)


def marks_tokens(marks: ReleaseMarks) -> frozenset[int]:
    """The marks a translation keeps and few other stories share: figures, credits, contacts
    and names (a date, an embargo or a place alone never makes two stories one release)."""
    found = [
        *(f"f:{v}" for v in marks.figures),
        *(f"c:{v}" for v in marks.credits),
        *(f"e:{v}" for v in marks.emails),
        *(f"p:{v}" for v in marks.phones),
        *(f"n:{v}" for v in marks.names),
    ]
    return frozenset(zlib.crc32(token.encode()) for token in found)


def signature(tokens: frozenset[int]) -> bytes:
    """The MinHash signature of a set of 32-bit tokens (empty for an empty set): NUM_PERM
    32-bit values, the same in every process (fixed seed).

    datasketch 2's MinHash with its "affine32" scheme (seed 1, an integer's own value as its
    hash), made here with numpy alone: importing datasketch imports SciPy (its LSH module), which
    cost every import of a story 0.6 s. tests/core/test_library_scale.py checks that the values
    are datasketch's own, so signatures stored in a catalog stay comparable."""
    if not tokens:
        return b""
    import numpy

    a, b = _permutations()
    hv = _fmix32(numpy.array(sorted(tokens), dtype=numpy.uint32).reshape(-1, 1))
    return (hv * a + b).min(axis=0).astype(numpy.uint32).tobytes()  # products wrap mod 2^32


@functools.cache
def _permutations():
    """datasketch's affine permutations h -> a * h + b (mod 2^32), a odd, drawn from numpy's
    RandomState(1) in its order. Here, not at the top: numpy loads only when a story is compared."""
    import numpy

    generator = numpy.random.RandomState(1)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=numpy.uint32) * numpy.uint32(2)
    a += numpy.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=numpy.uint32)
    return a, b


def _fmix32(hv):
    """MurmurHash3's 32-bit finaliser, which datasketch applies before the permutations."""
    import numpy

    hv = hv ^ (hv >> numpy.uint32(16))
    hv = hv * numpy.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> numpy.uint32(13))
    hv = hv * numpy.uint32(0xC2B2AE35)
    return hv ^ (hv >> numpy.uint32(16))


def band_keys(sig: bytes, what: int) -> list[int]:
    """One key per band of the signature (32 bits: small rows; a chance collision only adds a
    candidate): two signatures sharing a key are candidates."""
    width = 4 * BAND_ROWS
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes((what, start // width)) + sig[start : start + width], digest_size=4
            ).digest(),
            "big",
            signed=True,
        )
        for start in range(0, min(len(sig), width * BANDS[what]), width)
    ]


# --- The same release in another language ---
# Words differ between translations; what a translator leaves alone does not: the date and
# embargo, the figures, the photo credits, the contacts, the dateline's place, people's names.

SAME_RELEASE = 7  # points of agreement; chosen on the corpus's pairs and every other pair

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d\s().-]{6,}\d")
_NOT_FIGURES = re.compile(
    r"https?://\S+|www\.\S+"  # addresses
    r"|\b\d{1,2}[:h]\d{2}\b"  # times of day
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # dates in digits
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<whole>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?P<fraction>[.,]\d+)?(?!\w)"
    r"(?:(?P<percent>\s*(?:%|por\s?ciento|por\s?cento|per\s?cent|pour\s?cent))"
    r"|\s*(?P<word>mil\s+mill[oó]n(?:es)?|\w+))?",
    re.IGNORECASE,
)
_SCALES = {
    "mil millones": 10**9,
    "billion": 10**9, "billions": 10**9, "milliard": 10**9, "milliards": 10**9,
    "bilhão": 10**9, "bilhao": 10**9, "bilhões": 10**9, "bilhoes": 10**9,
    "million": 10**6, "millions": 10**6, "millón": 10**6, "millon": 10**6,
    "millones": 10**6, "milhão": 10**6, "milhao": 10**6, "milhões": 10**6, "milhoes": 10**6,
    "thousand": 10**3, "mil": 10**3,
}  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+")


@dataclass(frozen=True, slots=True)
class ReleaseMarks:
    """What a story says that a translation keeps as it is."""

    date: str = ""
    embargo: str = ""
    place: str = ""
    figures: frozenset[str] = frozenset()
    credits: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


def release_marks(story: Story, furniture: Iterable[str] = (), credits: Iterable[str] = ()):
    """The marks of `story`; `furniture` is its document's other lines (captions, contacts,
    figures, footnotes), `credits` its photos' credits."""
    return _marks(story, tuple(furniture), tuple(credits))


# Every import compares the new story with each library story: each one's marks are read once.
@functools.lru_cache(maxsize=4096)
def _marks(story: Story, furniture: tuple[str, ...], credits: tuple[str, ...]) -> ReleaseMarks:
    text = "\n".join((story.standfirst, story.text, *story.footnotes, *furniture))
    emails = frozenset(e.lower().rstrip(".") for e in _EMAIL.findall(text))
    phones = frozenset(re.sub(r"\D", "", p) for p in _PHONE.findall(text))
    bare = _without_contacts(text)
    return ReleaseMarks(
        date=story.dateline.date,
        embargo=story.embargo[:16],
        place=_fold(re.split(r"[,/(]", story.dateline.place)[0]),
        figures=frozenset(_figures(bare)),
        credits=frozenset(c for c in map(_credit, credits) if c),
        emails=emails,
        phones=frozenset(p for p in phones if len(p) >= 8),
        names=frozenset(_names(bare)),
    )


def release_evidence(a: ReleaseMarks, b: ReleaseMarks) -> list[tuple[int, str]]:
    """Points for and against `a` and `b` being one release, each with its reason."""
    found = []
    for mine, theirs, what in ((a.date, b.date, "date"), (a.embargo, b.embargo, "embargo")):
        if mine and theirs:
            found.append((2, f"the same {what}") if mine == theirs else (-3, f"another {what}"))
    if a.place and a.place == b.place:
        found.append((1, "the same dateline place"))
    shared = a.figures & b.figures
    if shared:
        found.append((min(len(shared), 4), f"{len(shared)} figures in common"))
    elif len(a.figures) >= 2 and len(b.figures) >= 2:
        found.append((-3, "no figure in common"))
    if a.credits & b.credits:
        found.append((2, "the same photo credit"))
    if (a.emails & b.emails) or (a.phones & b.phones):
        found.append((1, "the same contacts"))
    names = a.names & b.names
    if names:
        found.append((min(len(names), 3), f"{len(names)} names in common"))
    return found


def release_score(a: ReleaseMarks, b: ReleaseMarks) -> int:
    return sum(points for points, _ in release_evidence(a, b))


def same_release(a: ReleaseMarks, b: ReleaseMarks) -> bool:
    """Whether two stories (in different languages) are the same release."""
    return release_score(a, b) >= SAME_RELEASE


def figures(text: str) -> list[str]:
    """The figures of a text, each as one canonical number whatever the locale wrote:
    "7,7 millones", "7.7 million" and "7,7 milhões" are all "7700000"; a share ends in "%".
    Day numbers, small counts and years are left out: every story has them."""
    return _figures(_without_contacts(text))


def _figures(bare: str) -> list[str]:
    found = []
    for match in _NUMBER.finditer(bare):
        whole, fraction, word, percent = match.group("whole", "fraction", "word", "percent")
        scale = _SCALES.get(" ".join((word or "").lower().split()), 1)
        value = _number(whole, fraction, scaled=scale > 1)
        if value is None:
            continue
        value *= scale
        if percent:
            found.append(f"{value.normalize():f}%")
        elif value == value.to_integral() and (value < 32 or _is_year(whole, value)):
            continue
        else:
            found.append(f"{value.normalize():f}")
    return found


def _without_contacts(text: str) -> str:
    """The text without e-mails, phone numbers, addresses, times and dates in digits."""
    return _NOT_FIGURES.sub(" ", _PHONE.sub(" ", _EMAIL.sub(" ", text)))


def _number(whole: str, fraction: str | None, *, scaled: bool) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f]", "", whole)
    if fraction is None and re.fullmatch(r"\d+[.,]\d{3}", digits) and scaled:
        # "1,250 million" / "1.250 millones": one separator before a scale is a decimal mark
        digits, fraction = digits[:-4], "." + digits[-3:]
    digits = re.sub(r"[.,]", "", digits)
    try:
        return Decimal(digits + ("." + fraction[1:] if fraction else ""))
    except InvalidOperation:
        return None


def _is_year(whole: str, value: Decimal) -> bool:
    return whole.isdigit() and len(whole) == 4 and 1900 <= value <= 2100


def _credit(credit: str) -> str:
    folded = re.sub(r"^(?:©|\(c\)|photo|foto)\W*", "", _fold(credit))
    return re.sub(r"[^\w/]+", "", folded) if "/" in folded else ""


def _names(text: str) -> set[str]:
    """Runs of two or more capitalised words within a phrase: people and places, which no
    translator changes."""
    names = set()
    for phrase in re.split(r"[^\w\s'’-]|\n", text):
        run = []
        for word in [*_NAME_WORD.findall(phrase), ""]:
            if word[:1].isupper() and word[1:].islower():
                run.append(word)
                continue
            if len(run) >= 2:
                names.add(_fold(" ".join(run)))
            run = []
    return names


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
