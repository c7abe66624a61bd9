"""One function per subcommand: open the library, call the core, print, return the exit code.

Each command imports what only it needs (editing, importing, layout) inside its function, so a
command starts in the time its own work takes: `build` never loads the importers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mediakit.cli.output import Printer, import_row, item_rows
from mediakit.imaging import defer_pillow
from mediakit.library import CATALOG_NAME, Library, backups, default_library_path, queries
from mediakit.model import (
    BadInputError,
    CatalogError,
    Edition,
    Kit,
    Language,
    Office,
    Paper,
    Photo,
    display_path,
)
from mediakit.model.kinds import KINDS, NUMBERED_KINDS
from mediakit.preflight import has_errors

MODELS = {KINDS[kind].table: KINDS[kind].model for kind in NUMBERED_KINDS}


def demo(library: Library, args: argparse.Namespace, out: Printer) -> int:
    demo_kit = queries.find_kit_or_none(library.db, "Venezuela situation — press kit")
    if demo_kit is not None:
        out.say(f"The demo kit is already in {library.root}.")
        out.json([{"id": demo_kit.id, "name": demo_kit.name}])
        return 0
    from mediakit.edits import History, create_demo

    kit, results = create_demo(History(library.catalog))
    for result in results:
        out.say(result.sentence())
    out.say(f"Created kit {kit.id}: {kit.name}")
    out.json([{"id": kit.id, "name": kit.name}])
    return 0


def import_files(library: Library, args: argparse.Namespace, out: Printer) -> int:
    """Every file is reported; a bad one is refused whole and the batch goes on (exit 3 then).
    With --kit, what came in is added to that kit (made if there is none by that name)."""
    from mediakit.edits import History
    from mediakit.edits.import_report import REFUSED
    from mediakit.edits.importing import import_paths

    if args.kit is not None and not args.kit.split():
        raise BadInputError("a kit needs a name (--kit)")
    history = History(library.catalog)
    reports = import_paths(history, args.paths, media=library.media, cache=library.cache)
    for report in reports:
        out.say(report.result.sentence())
        for note in report.result.notes:
            out.say(f"  note: {note}")
    kit = _add_to_kit(history, args.kit, reports, out) if args.kit is not None else None
    rows = [import_row(Path(r.path), r.result, r.document) for r in reports]
    for row in rows:
        row["added_to_kit"] = (
            {"id": kit.id, "name": kit.name} if kit and row["status"] != REFUSED else None
        )
    out.json(rows)
    refused = [r.result for r in reports if r.result.status == REFUSED]
    for result in refused:
        out.error(f"{result.shown_name}: {result.reason}")
    return 3 if refused else 0


def _add_to_kit(history, name: str, reports: list, out: Printer) -> Kit | None:
    from mediakit.edits.import_kit import add_to_kit

    addition = add_to_kit(history, name=name, reports=reports)
    if addition is None:
        out.say(
            f"Nothing was imported, so nothing was added to the kit “{' '.join(name.split())}”."
        )
        return None
    out.say(addition.sentence())
    return addition.kit


def list_items(library: Library, args: argparse.Namespace, out: Printer) -> int:
    items = queries.all_of(library.db, MODELS[args.what])
    rows = item_rows(items)
    if not rows:
        out.say(f"No {args.what} in {library.root} yet. Try: mediakit demo")
    for row in rows:
        out.say(f"{row['id']:>4}  {row.get('title') or row.get('name')}{_detail(row)}")
    out.json(rows)
    return 0


def new_kit(library: Library, args: argparse.Namespace, out: Printer) -> int:
    from mediakit.edits import History, create_kit

    kit = create_kit(
        History(library.catalog),
        name=args.name,
        subtitle=args.subtitle,
        story_ids=tuple(args.story),
        photo_ids=tuple(args.photo),
        contact_ids=tuple(args.contact),
        figure_ids=tuple(args.figure),
    )
    out.say(f"Created kit {kit.id}: {kit.name}")
    out.json([{"id": kit.id, "name": kit.name}])
    return 0


def photo_attach(library: Library, args: argparse.Namespace, out: Printer) -> int:
    photo = queries.one_of(library.db, Photo, args.slot)
    if not args.file.is_file():
        raise BadInputError("there is no such file", args.file)
    from mediakit.edits import History, attach_image

    attach_image(
        History(library.catalog),
        media=library.media,
        photo=photo,
        path=args.file,
        cache=library.cache,
    )
    photo = queries.one_of(library.db, Photo, photo.id)
    out.say(
        f"Photo {photo.id} now has its image ({photo.width} × {photo.height} px, {display_path(args.file.name)})."
    )
    return 0


def build(library: Library, args: argparse.Namespace, out: Printer) -> int:
    """Preflight errors stop the build (exit 1) unless --force, which marks the PDF DRAFT.
    An output ending in .html writes the kit's accessible HTML twin instead of its PDF;
    --each writes one PDF for each office, language, paper or edition into the folder -o."""
    kit = queries.find_kit(library.db, args.kit)
    defer_pillow()  # loaded only if a rendition must be made
    if args.each:
        return _build_each(library, kit, args, out)
    from mediakit.exporters.export import export, kind_for

    content = queries.kit_content(library.db, kit)
    request = _export_request(args, content, args.output, kind=kind_for(args.output))
    result = export(request, photos=library.cache, builds=library.builds)
    for finding in result.findings:
        out.error(finding.sentence())
    if result.stopped:
        out.error(
            f"the kit “{kit.name}” was not built: fix the errors above, or build with --force for a DRAFT"
        )
        return 1
    out.say(f"Wrote {result.target}")
    return 0


def _export_request(args: argparse.Namespace, content, target: Path, **more):
    """The build's options as the command line gave them (--edition, --paper, --lang, …)."""
    from mediakit.exporters.export import ExportRequest

    return ExportRequest(
        content=content,
        target=target,
        edition=args.edition and Edition(args.edition),
        paper=args.paper and Paper(args.paper),
        language=args.lang and Language(args.lang),
        grayscale=args.grayscale,
        print_ready=args.print_ready,
        watermark=args.watermark or "",
        force=args.force,
        **more,
    )


def _build_each(library: Library, kit: Kit, args: argparse.Namespace, out: Printer) -> int:
    """One PDF per variant; exit 1 when preflight stopped any of them (the others are written)."""
    from mediakit.exporters.editions_each import build_each, extras_of, parse_each, plan

    eaches = parse_each(args.each)
    for axis, flag in (("lang", "--lang"), ("paper", "--paper"), ("edition", "--edition")):
        if getattr(args, axis) and any(e.axis == axis for e in eaches):
            raise BadInputError(f"{flag} and --each {axis} cannot go together; keep one")
    folder = args.output
    if folder.suffix.lower() in (".pdf", ".html", ".htm") or (
        folder.exists() and not folder.is_dir()
    ):
        raise BadInputError("with --each, -o names a folder for the PDFs, not a file", folder)
    content = queries.kit_content(library.db, kit)
    offices = queries.all_of(library.db, Office)
    variants = plan(content, eaches, offices)
    request = _export_request(args, content, folder)
    summary = build_each(
        request,
        variants,
        extras=extras_of(library.db, content, [v.office for v in variants if v.office]),
        photos=library.cache,
        builds=library.builds,
    )
    rows = []
    for outcome in summary.outcomes:
        errors = [f for f in outcome.findings if f.severity.value == "error"]
        status = "stopped" if outcome.stopped else ("draft" if outcome.forced else "written")
        if outcome.stopped:
            for finding in errors:
                out.error(f"{outcome.variant.name}: {finding.sentence()}")
        else:
            out.say(f"Wrote {outcome.target}" + (" (DRAFT)" if outcome.forced else ""))
        rows.append(
            {
                **outcome.variant.describe(),
                "path": str(outcome.target) if outcome.target else None,
                "status": status,
                "errors": len(errors),
                "warnings": len(outcome.findings) - len(errors),
            }
        )
    out.say(summary.sentence())
    out.json(rows)
    if summary.stopped:
        out.error(
            f"{len(summary.stopped)} of the kit “{kit.name}”'s PDFs were not built: fix the "
            "errors above, or build with --force for DRAFTs"
        )
        return 1
    return 0


def office(library: Library, args: argparse.Namespace, out: Printer) -> int:
    """`office add|edit|list|remove`: the field offices a kit is built for with --each office."""
    from mediakit.edits import History
    from mediakit.edits.offices import delete_office, find_office, new_office, update_office

    db = library.db
    if args.office_command == "list":
        offices = queries.all_of(db, Office)
        if not offices:
            out.say(f"No offices in {library.root} yet. Try: mediakit office add NAME --city CITY")
        for item in offices:
            out.say(_office_line(item))
        out.json(item_rows(offices))
        return 0
    history = History(library.catalog)
    if args.office_command == "add":
        item = new_office(
            history,
            name=args.name,
            city=args.city,
            country=args.country,
            language=args.lang or "en",
            paper=args.paper or "a4",
            contact_ids=tuple(args.contact or ()),
        )
        out.say(f"Added office {_office_line(item)}")
    elif args.office_command == "edit":
        item = find_office(db, args.office)
        fields = {
            key: value
            for key, value in (
                ("name", args.name),
                ("city", args.city),
                ("country", args.country),
                ("language", args.lang),
                ("paper", args.paper),
                ("contact_ids", tuple(args.contact) if args.contact is not None else None),
            )
            if value is not None
        }
        update_office(history, office=item, **fields)
        item = queries.one_of(db, Office, item.id)
        out.say(f"Changed office {_office_line(item)}")
    else:
        item = find_office(db, args.office)
        delete_office(history, office=item)
        out.say(f"Removed office {item.id}: {item.name} (its contacts stay in the library)")
    out.json(item_rows([item]))
    return 0


def _office_line(item: Office) -> str:
    where = ", ".join(part for part in (item.city, item.country) if part)
    contacts = ", ".join(str(i) for i in item.contact_ids) or "none"
    return (
        f"{item.id:>4}  {item.name}{f' ({where})' if where else ''}  "
        f"{item.language.value}, {item.paper.value}, contacts: {contacts}"
    )


def preflight(library: Library, args: argparse.Namespace, out: Printer) -> int:
    """The kit laid out as it would be exported (real photo sizes, handout fit), not written."""
    kit = queries.find_kit(library.db, args.kit)
    defer_pillow()  # loaded only if a rendition must be made
    from mediakit.exporters.pdf import build_checked

    content = queries.kit_content(library.db, kit)
    findings = build_checked(content, photos=library.cache, builds=library.builds).findings
    for finding in findings:
        out.say(finding.sentence())
    if not findings:
        out.say(f"Kit “{kit.name}”: nothing to fix.")
    out.json(
        [
            {
                "id": f.item.id,
                "kind": f.item.kind.value,
                "title": f.item.label,
                "severity": f.severity.value,
                "problem": f.problem,
                "fix": f.fix,
                "rule": f.rule,
            }
            for f in findings
        ]
    )
    return 1 if has_errors(findings) else 0


def _detail(row: dict) -> str:
    extra = [
        _words(str(row[key])) if key == "kind" else str(row[key])
        for key in ("kind", "organisation", "city", "credit", "source")
        if row.get(key)
    ]
    return f"  ({', '.join(extra)})" if extra else ""


def _words(kind: str) -> str:
    """A story kind as a person reads it ("media advisory"); --json keeps "media_advisory"."""
    return kind.replace("_", " ")


def restore(root, out: Printer) -> int:
    """Replace a damaged catalog by its newest sound backup (the damaged file is kept aside)."""
    catalog_path = Path(root or default_library_path()) / CATALOG_NAME
    backup = backups.newest_sound_backup(catalog_path)
    if backup is None:
        raise CatalogError("there is no sound backup to restore", catalog_path)
    try:
        aside = backups.restore(catalog_path, backup)
    except OSError as exc:
        raise CatalogError(
            f"the backup {backup.name} cannot be put back ({exc.strerror or exc}); run "
            "“mediakit restore” again once the library folder can be written",
            catalog_path,
        ) from exc
    out.say(f"Restored {backup.name}; the damaged catalog was kept as {aside.name}.")
    return 0


def photo_pack(library: Library, args: argparse.Namespace, out: Printer) -> int:
    return _export_archive(library, args, out, "photo pack")


def export_kit(library: Library, args: argparse.Namespace, out: Printer) -> int:
    return _export_archive(library, args, out, "bundle")


def _export_archive(library: Library, args: argparse.Namespace, out: Printer, kind: str) -> int:
    """A kit's file other than its PDF (photo pack, bundle), as the kit has it."""
    from mediakit.exporters.editions_each import with_offices
    from mediakit.exporters.export import ExportKind, ExportRequest, export

    kit = queries.find_kit(library.db, args.kit)
    content = queries.kit_content(library.db, kit)
    request = ExportRequest(content=content, target=args.output, kind=ExportKind(kind))
    if kind == "bundle":  # the field offices go with it, so each builds its own edition
        request = with_offices(request, library.db)
    result = export(request, media=library.media)
    out.say(f"Wrote {result.target}")
    return 0
