"""Environments for processes a test starts, with mediakit's tunings as a test needs them.

CI runs the suite a second time under MEDIAKIT_SAFE_MODE=1; a test that checks a tuning itself
starts its processes from `environment`, so that what it checks does not depend on the run.
"""

from __future__ import annotations

import os

from mediakit import tuning


def environment(**variables: str) -> dict[str, str]:
    """This process's environment with every tuning at its default (no MEDIAKIT_SAFE_MODE, no
    MEDIAKIT_NO_…), then `variables` on top."""
    switches = {tuning.SAFE_MODE, *(t.variable for t in tuning.TUNINGS.values())}
    base = {name: value for name, value in os.environ.items() if name not in switches}
    return {**base, **variables}
