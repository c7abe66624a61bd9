"""Importing ReportLab's platypus without two costly regular expressions it seldom needs.

`reportlab.platypus.paragraph` compiles, when imported, a URI pattern (Django's URL validator:
case-insensitive character classes over most of Unicode) that takes 60-90 ms on CPython 3.11,
a tenth of a whole rebuild. ReportLab tries it on every word that overflows a line, before
hyphenating it, to split URLs at their slashes. The pattern can only match a word containing
"://", so imported through `load()`, the module gets a stand-in that answers "no match" for
any other word without compiling anything, and compiles the very same pattern the first time
a word with "://" comes. `reportlab.lib.textsplit` compiles a pattern of every character from
U+2E80 up (≈5 ms) for `cjkwrap`, a function platypus never calls; it is compiled the first time
it is used. Every other pattern is compiled as usual. The tuning "deferred_patterns"
(`mediakit.tuning`) turns this off: platypus is then imported as it is.
"""

from __future__ import annotations

import re
import sys
import threading

from mediakit import tuning

_MODULE = "reportlab.platypus.paragraph"
# How ReportLab's URI pattern begins (reportlab/platypus/paragraph.py, `uri_pat`): its first
# group, which is not optional, ends in "://".
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
# reportlab/lib/textsplit.py, `rx`: used only by its `cjkwrap`, through the pattern's methods.
_CJK_PATTERN = "([\u2e80-\uffff])"
_lock = threading.Lock()


class DeferredPattern:
    """A compiled pattern, compiled the first time it could match: when first used or, given
    `required` (a literal every match contains), when `match` is asked of a string holding it."""

    def __init__(self, pattern: str, flags: int, required: str = "") -> None:
        self._source = (pattern, flags)
        self._required = required
        self._compiled: re.Pattern | None = None

    def match(self, string, *args):
        if self._required and isinstance(string, str) and self._required not in string:
            return None
        return self._pattern().match(string, *args)

    def __getattr__(self, name: str):
        return getattr(self._pattern(), name)

    def _pattern(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled


def load() -> None:
    """Import reportlab.platypus (once) with its URI pattern deferred, unless the tuning is
    off."""
    if _MODULE in sys.modules:
        return
    if not tuning.enabled("deferred_patterns"):
        import reportlab.platypus  # noqa: F401

        return
    with _lock:
        if _MODULE in sys.modules:
            return
        compile_now = re.compile

        def compile_or_defer(pattern, flags=0):
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                return DeferredPattern(pattern, flags, required="://")
            if pattern == _CJK_PATTERN:
                return DeferredPattern(pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_or_defer
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = compile_now
