"""python -m mediakit: the command line."""

import gc
import os
import sys

from mediakit import tuning

# A command runs for seconds and leaves without the interpreter's teardown (below). The cyclic
# collector would only walk the growing heap again and again while modules load: ~35 ms of a
# 0.4 s rebuild. Commands make little cyclic garbage (~16 KB a photo on import), gone at exit.
if tuning.enabled("gc_pause"):
    gc.disable()

from mediakit.cli import main  # noqa: E402 (after the collector is off)


def leave(code: int) -> None:
    """End the process with `code`, without the interpreter's teardown when the tuning
    "quick_exit" is on and nothing (a profiler, debugger or coverage tool) waits for it."""
    if not tuning.enabled("quick_exit"):
        sys.exit(code)
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # a profiler, debugger or coverage tool writes its report at exit
    # Every file is written and closed and the catalog is closed by now. Leaving without the
    # interpreter's teardown (freeing every object of a layout one by one) saves ~50 ms a
    # command; only the standard streams still need flushing.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away, or a closed stream
        pass
    os._exit(code)


if __name__ == "__main__":
    leave(main())
