"""Which of the kit languages (en, es, pt, fr) a text is in, from its commonest small words."""

from __future__ import annotations

import re

from mediakit.model import Language

_STOPWORDS = {
    Language.EN: "the and of to in is that for with was are has have this from which by on",
    Language.ES: "el la los las de que y en del por con una para es se su al como más",
    Language.PT: "o a os as de que e em do da dos das para com uma não por é se ao",
    Language.FR: "le la les des de et en du que une pour dans est sur au qui par pas",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def detect_language(text: str, default: Language = Language.EN) -> Language:
    words = re.findall(r"[a-záéíóúâêôãõçàèùëïüñ]+", text.lower())
    if not words:
        return default
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang is default))
    return best if scores[best] else default
