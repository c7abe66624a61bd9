"""Importing ReportLab's platypus without one costly regular expression it seldom needs.

`reportlab.platypus.paragraph` compiles, when imported, a URI pattern (Django's URL validator:
case-insensitive character classes over most of Unicode) that takes ≈60 ms on CPython 3.11,
a tenth of a whole rebuild. ReportLab uses it only to split a long URL across lines. Imported
through `load()`, the module gets a stand-in that compiles the same pattern on first use and
behaves as the compiled pattern from then on; every other pattern is compiled as usual.
"""

from __future__ import annotations

import re
import sys
import threading

_MODULE = "reportlab.platypus.paragraph"
# How ReportLab's URI pattern begins (reportlab/platypus/paragraph.py, `uri_pat`).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_lock = threading.Lock()


class DeferredPattern:
    """A compiled pattern, compiled the first time any of its attributes is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


def load() -> None:
    """Import reportlab.platypus (once) with its URI pattern deferred."""
    if _MODULE in sys.modules:
        return
    with _lock:
        if _MODULE in sys.modules:
            return
        compile_now = re.compile

        def compile_or_defer(pattern, flags=0):
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                return DeferredPattern(pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_or_defer
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = compile_now
