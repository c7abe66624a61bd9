"""The command line: argparse subcommands, --json, one-sentence errors, exit codes 0-4 and 130
(README lists them).

May import: model, imaging, library, preflight, edits, exporters, tuning, mediakit (its
version); never layout directly, never Qt.
"""

from __future__ import annotations

import contextlib
import os
import sys
import warnings

from mediakit.cli import commands
from mediakit.cli.output import Printer, printable
from mediakit.cli.parser import build_parser
from mediakit.library import Library
from mediakit.model import MediakitError

HANDLERS = {
    "demo": commands.demo,
    "import": commands.import_files,
    "list": commands.list_items,
    "kit": commands.new_kit,
    "office": commands.office,
    "photo": commands.photo_attach,
    "build": commands.build,
    "photos": commands.photo_pack,
    "export": commands.export_kit,
    "preflight": commands.preflight,
}
INTERNAL_ERROR = 4


def main(argv: list[str] | None = None) -> int:
    # Pillow warns about damaged EXIF blocks it has already worked around; a press officer
    # gets mediakit's own sentences instead. What a user reads, not a tuning: safe mode keeps it.
    warnings.filterwarnings("ignore", module="PIL")
    for stream in (sys.stdout, sys.stderr):  # a stray unprintable character never stops a report
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    out = Printer(as_json=getattr(args, "json", False))
    try:
        if args.command == "restore":
            return commands.restore(args.library, out)
        with Library.open(args.library) as library:
            for notice in library.notices():  # read-only, or no backup today: one line each
                out.error(notice)
            return HANDLERS[args.command](library, args, out)
    except MediakitError as error:
        print(f"mediakit: {printable(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("mediakit: interrupted; nothing was left half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`mediakit list stories | head`). The work is done; the rest of
        # the output goes nowhere, quietly, rather than fail again when Python flushes it.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug, not the user's doing: one line, not a traceback
        print(
            f"mediakit: unexpected error ({type(error).__name__}: {error}); please report it",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
