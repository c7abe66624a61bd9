"""python -m mediakit: the command line."""

import sys

from mediakit.cli import main

if __name__ == "__main__":
    sys.exit(main())
