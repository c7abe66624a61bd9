"""Is this story one we already have? Word shingles on the normalised body, not file hashes."""

from __future__ import annotations

import re
import unicodedata
import zlib

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
