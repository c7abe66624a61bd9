"""Pillow only: safe opening with limits, orientation, clean renditions.

Pillow loads with the first name that needs it (PEP 562): a command that only reads
renditions from the cache never loads it.

May import: model, tuning (and Pillow).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading

from mediakit import tuning
from mediakit.imaging.recipes import RenditionSpec

_LAZY = {
    "PhotoText": "metadata",
    "read_photo_text": "metadata",
    "full_size_clean": "renditions",
    "render": "renditions",
    "render_bytes": "renditions",
    "MAX_PIXELS": "safe",
    "image_format": "safe",
    "image_info": "safe",
    "normalise_mode": "safe",
    "open_image": "safe",
}


def defer_pillow() -> None:
    """Let Pillow's Image module load when it is first used rather than when it is imported.

    ReportLab imports it with its utilities, yet a build whose renditions are all cached never
    uses it (~15 ms of a rebuild). For a process with a single thread (the command line): on
    Python 3.11 a module loaded this way must not be first used by two threads at once, so
    whatever starts workers that use Pillow calls `load_pillow` first. Does nothing when the
    tuning "lazy_pillow" (`mediakit.tuning`) is off."""
    if not tuning.enabled("lazy_pillow"):
        return
    if "PIL.Image" in sys.modules or threading.active_count() > 1:
        return
    spec = importlib.util.find_spec("PIL.Image")
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # executes nothing yet
    sys.modules["PIL"].Image = module


def load_pillow() -> None:
    """Pillow loaded in full, with its common format plugins: call before starting threads that
    use it (see `defer_pillow`)."""
    importlib.import_module("PIL.Image").preinit()


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = ["RenditionSpec", "defer_pillow", "load_pillow", *_LAZY]
