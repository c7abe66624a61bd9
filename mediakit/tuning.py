"""Process-wide tunings: where mediakit changes how Python or a library behaves for speed alone.

Each tuning is on unless its own environment variable, `MEDIAKIT_NO_<NAME>=1`, turns it off;
`MEDIAKIT_SAFE_MODE=1` turns all of them off. A process without them makes the same PDFs, byte
for byte, only more slowly: when something goes wrong that could come from one of them, safe
mode tells. The code that applies a tuning asks `enabled` first, every time; the mechanics stay
next to what they tune (ReportLab's import in `layout`, Pillow's in `imaging`).

Process-wide changes that are not tunings, because they change what a user sees or whether the
app runs at all, not its speed, and so are not here and stay on in safe mode:

- the command line ignores Pillow's warnings (`mediakit.cli.main`): a press officer reads
  mediakit's own sentences, not notes about EXIF blocks Pillow has already worked around;
- the app pins the reference counts of None, True and False (`mediakit.gui.compat`): without
  it, PySide6 6.12 on CPython 3.11 frees None after some thousands of calls and the app aborts;
- the app's Ctrl+C/TERM handlers and crash hooks (`mediakit.gui.app`, `mediakit.gui.crash`)
  close the window cleanly and write a report; both are put back when the app ends.

Importing this module imports nothing but `os`: `python -m mediakit` reads it before anything
else (while the cyclic collector is still on).
"""

from __future__ import annotations

import os

SAFE_MODE = "MEDIAKIT_SAFE_MODE"


class Tuning:
    """One tuning: its name, what it buys (as measured) and the code that applies it."""

    __slots__ = ("name", "buys", "applied_by")

    def __init__(self, name: str, buys: str, applied_by: str) -> None:
        self.name = name
        self.buys = buys
        self.applied_by = applied_by  # a module, or module:function, that asks `enabled`

    @property
    def variable(self) -> str:
        """The environment variable that turns this tuning off when set to 1."""
        return f"MEDIAKIT_NO_{self.name.upper()}"

    def __repr__(self) -> str:
        return f"Tuning({self.name!r})"


TUNINGS = {
    tuning.name: tuning
    for tuning in (
        Tuning(
            "deferred_patterns",
            "ReportLab's URI pattern (60-90 ms to compile) waits for a word with '://', its CJK "
            "wrap pattern (~5 ms) for its first use: off the start of every build",
            "mediakit.layout.platypus_import:load",
        ),
        Tuning(
            "lazy_pillow",
            "Pillow's Image module loads on first use: a rebuild from cached renditions never "
            "loads it (~15 ms)",
            "mediakit.imaging:defer_pillow",
        ),
        Tuning(
            "gc_pause",
            "python -m mediakit runs without the cyclic garbage collector: ~25-45 ms of a "
            "rebuild (+2 MB for a 150-photo import)",
            "mediakit.__main__",
        ),
        Tuning(
            "quick_exit",
            "python -m mediakit leaves without the interpreter's teardown: ~50 ms a command",
            "mediakit.__main__",
        ),
        Tuning(
            "quick_switching",
            "a 1 ms GIL switch interval while renditions are made: at Python's 5 ms, Pillow's "
            "workers waited for the layout to hand the GIL back three times as long as they worked",
            "mediakit.exporters.renditions:QuickSwitching",
        ),
    )
}


def enabled(name: str) -> bool:
    """Whether the tuning `name` applies in this process now: neither MEDIAKIT_SAFE_MODE=1 nor
    its own MEDIAKIT_NO_<NAME>=1 is set. A name not in `TUNINGS` raises KeyError."""
    tuning = TUNINGS[name]
    return not (_turned_on(SAFE_MODE) or _turned_on(tuning.variable))


def _turned_on(variable: str) -> bool:
    return os.environ.get(variable) == "1"
