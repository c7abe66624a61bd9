"""Start the mediakit desktop app: python main.py [--library DIR]."""

import sys
import time

STARTED = time.perf_counter()

from mediakit.gui.app import run  # noqa: E402  (the clock starts before Qt loads)

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], started=STARTED))
