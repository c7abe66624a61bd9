"""The command line's grammar (PRODUCT §7). Exit codes: 0 done, 1 preflight errors, 2 usage, 3 bad input."""

from __future__ import annotations

import argparse
from pathlib import Path

from mediakit import __version__
from mediakit.model import Edition, Language, Paper
from mediakit.model.kinds import KINDS, NUMBERED_KINDS

# `mediakit list stories|photos|contacts|figures|kits`: the catalog tables of numbered kinds
LISTABLE = tuple(KINDS[kind].table for kind in NUMBERED_KINDS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Press kits from a library of stories, photos, contacts and key figures.",
    )
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        help="the library folder (default: your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="create the demo library from the seed stories")
    _json_flag(demo)

    importing = commands.add_parser(
        "import",
        help="import stories (.txt .md .docx .odt .pdf .eml .html), photos, contacts (.vcf .csv)",
    )
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    importing.add_argument(
        "--kit",
        metavar="NAME",
        help="add what was imported to this kit (made if there is no kit by that name)",
    )
    _json_flag(importing)

    listing = commands.add_parser("list", help="list what the library holds")
    listing.add_argument("what", choices=LISTABLE)
    _json_flag(listing)

    kit = commands.add_parser("kit", help="make and change kits")
    kit_commands = kit.add_subparsers(dest="kit_command", required=True, metavar="ACTION")
    new = kit_commands.add_parser("new", help="a new kit with the given content")
    new.add_argument("name")
    new.add_argument("--subtitle", default="")
    for flag in ("story", "photo", "contact", "figure"):
        new.add_argument(f"--{flag}", type=int, action="append", default=[], metavar="ID")
    _json_flag(new)

    _office_parser(commands)

    photo = commands.add_parser("photo", help="work on photos")
    photo_commands = photo.add_subparsers(dest="photo_command", required=True, metavar="ACTION")
    attach = photo_commands.add_parser("attach", help="give an empty photo slot its image")
    attach.add_argument("slot", type=int, metavar="SLOT", help="the photo id")
    attach.add_argument("file", type=Path, metavar="FILE")

    photos = commands.add_parser(
        "photos", help="the photo pack: scrubbed full-size photos + CAPTIONS.txt"
    )
    photos.add_argument("kit", metavar="KIT", help="kit id or name")
    photos.add_argument("-o", "--output", type=Path, required=True, metavar="PACK.zip")

    export = commands.add_parser("export", help="one .mediakit file with the kit and all it uses")
    export.add_argument("kit", metavar="KIT", help="kit id or name")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.mediakit")

    commands.add_parser("restore", help="put back the last good backup of a damaged catalog")

    build = commands.add_parser("build", help="build a kit's PDF (or its HTML twin: -o kit.html)")
    build.add_argument("kit", metavar="KIT", help="kit id or name")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf|OUT.html")
    build.add_argument("--paper", choices=[p.value for p in Paper])
    build.add_argument("--edition", choices=[e.value for e in Edition])
    build.add_argument(
        "--grayscale", action="store_true", default=None, help="no colour; ink saver"
    )
    build.add_argument(
        "--print",
        dest="print_ready",
        action="store_true",
        default=None,
        help="300 ppi photos, 3 mm bleed and crop marks",
    )
    build.add_argument(
        "--lang", choices=[lang.value for lang in Language], help="language of the labels"
    )
    build.add_argument(
        "--watermark",
        choices=["draft", "embargoed"],
        help="DRAFT, or EMBARGOED UNTIL the stories' embargo",
    )
    build.add_argument(
        "--force", action="store_true", help="build despite preflight errors, marked DRAFT"
    )
    build.add_argument(
        "--each",
        action="append",
        default=[],
        metavar="WHAT",
        help="one PDF for each: office (or office=NAME,…), lang=en,es,pt,fr, paper=a4,letter, "
        "edition=press,handout,booklet; repeat to combine; -o is then a folder",
    )
    _json_flag(build)

    preflight = commands.add_parser("preflight", help="check a kit before export")
    preflight.add_argument("kit", metavar="KIT", help="kit id or name")
    _json_flag(preflight)
    return parser


def _office_parser(commands) -> None:
    """`mediakit office add|list|edit|remove`: the field offices a kit is built for."""
    office = commands.add_parser("office", help="the field offices each kit can be built for")
    actions = office.add_subparsers(dest="office_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="a new office")
    add.add_argument("name")
    edit = actions.add_parser("edit", help="change an office")
    edit.add_argument("office", metavar="OFFICE", help="office name or id")
    edit.add_argument("--name")
    for parser, default in ((add, ""), (edit, None)):
        parser.add_argument("--city", default=default)
        parser.add_argument("--country", default=default)
        parser.add_argument(
            "--lang", default=default, metavar="LANG", help="en, es, pt or fr (default en)"
        )
        parser.add_argument(
            "--paper", default=default, metavar="PAPER", help="a4 or letter (default a4)"
        )
        parser.add_argument(
            "--contact",
            type=int,
            action="append",
            default=None,
            metavar="ID",
            help="a library contact, first to call there (repeat, in order)",
        )
        _json_flag(parser)
    listing = actions.add_parser("list", help="the library's offices")
    _json_flag(listing)
    remove = actions.add_parser("remove", help="remove an office (its contacts stay)")
    remove.add_argument("office", metavar="OFFICE", help="office name or id")
    _json_flag(remove)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
