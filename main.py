"""Start the mediakit desktop app: python main.py [--library DIR]."""

import sys

from mediakit.gui.app import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
