"""The packaged `mediakit` command: what `python -m mediakit` does, as a frozen executable.

packaging/mediakit.spec makes it the `mediakit` executable beside `mediakit-app` (main.py).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # A worker process of the frozen command starts this same executable: let it be a worker.
    multiprocessing.freeze_support()
    from mediakit.__main__ import leave  # the collector pause and quick exit of python -m
    from mediakit.cli import main

    leave(main(sys.argv[1:]))
