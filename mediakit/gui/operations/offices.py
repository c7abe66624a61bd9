"""The library's field offices: listed, made and deleted from the app (Kit › Offices…), read for
an export for each office, and the bundle's offices. Never touch widgets in an op body: it runs
on the catalog lane."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.edits import Changes
from mediakit.edits.offices import delete_office, new_office
from mediakit.exporters.editions_each import Extras, extras_of
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.library import queries
from mediakit.model import Contact, ItemKind, ItemRef, KitContent, Office


@dataclass(frozen=True, slots=True)
class OfficeList:
    """The library's offices, and the contacts they name (for their editions)."""

    offices: tuple[Office, ...]
    contacts: dict[int, Contact]


def office_list() -> CatalogOp[OfficeList]:
    def body(session: LibrarySession) -> OfficeList:
        offices = tuple(queries.all_of(session.db, Office))
        wanted = {i for office in offices for i in office.contact_ids}
        return OfficeList(offices, queries.some_of(session.db, Contact, wanted))

    return CatalogOp(body, label="Read offices")


def edition_extras(*, content: KitContent, offices: tuple[Office, ...]) -> CatalogOp[Extras]:
    """What the editions of the kit for `offices` use beyond it: the offices' contacts, the
    stories' translations and their photos."""
    return CatalogOp(lambda session: extras_of(session.db, content, offices), label="Read extras")


@dataclass(frozen=True, slots=True)
class OfficeMade:
    ref: ItemRef
    changes: Changes


def make_office() -> CatalogOp[OfficeMade]:
    """A new office (“New office”), one undo step; the window opens it in the editor."""

    def body(session: LibrarySession) -> OfficeMade:
        office = new_office(session.history)
        return OfficeMade(
            ItemRef(ItemKind.OFFICE, office.id), Changes.of(ItemKind.OFFICE, office.id)
        )

    return CatalogOp(body, label="New office")


def remove_office(*, office_id: int, revision: int | None = None) -> CatalogOp[Changes]:
    """Delete the office (its contacts stay); Undo brings it back."""

    def body(session: LibrarySession) -> Changes:
        office = queries.one_of(session.db, Office, office_id)
        office = session.history.as_seen(office, revision)
        return delete_office(session.history, office=office)

    return CatalogOp(body, label="Delete office")
