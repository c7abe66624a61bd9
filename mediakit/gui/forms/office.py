"""The office form: a field office's name, city, country, language, paper and contacts, the
same kind of form a contact has. Each change is one undoable edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from mediakit.gui import display_text
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.fields import ChoiceField, Field, TextField
from mediakit.gui.operations.items import EditorItem
from mediakit.model import Contact

ID_ROLE = Qt.ItemDataRole.UserRole


class ContactsField(Field):
    """The library's contacts to tick: the office's contacts, in the order they were ticked
    (the first is the first to call), listed first."""

    def make(self) -> QWidget:
        self._contacts: dict[int, Contact] = {}
        self._order: list[int] = []
        listing = QListWidget()
        listing.setMinimumHeight(140)
        listing.itemChanged.connect(self._ticked)
        return listing

    def set_contacts(self, contacts: tuple[Contact, ...]) -> None:
        self._contacts = {c.id: c for c in contacts}
        self._fill()

    def read(self) -> tuple[int, ...]:
        return tuple(self._order)

    def write(self, value: Any) -> None:
        self._order = [i for i in value or ()]
        self._fill()

    def _fill(self) -> None:
        listing: QListWidget = self.widget
        listing.blockSignals(True)
        listing.clear()
        others = sorted(
            (c for i, c in self._contacts.items() if i not in self._order),
            key=lambda c: c.name.casefold(),
        )
        for contact in [self._contacts[i] for i in self._order if i in self._contacts] + others:
            where = ", ".join(p for p in (contact.organisation, contact.city) if p)
            row = QListWidgetItem(f"{contact.name} ({where})" if where else contact.name)
            row.setData(ID_ROLE, contact.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = contact.id in self._order
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            listing.addItem(row)
        listing.blockSignals(False)

    def _ticked(self, row: QListWidgetItem) -> None:
        contact_id = row.data(ID_ROLE)
        if row.checkState() == Qt.CheckState.Checked and contact_id not in self._order:
            self._order.append(contact_id)
        elif row.checkState() != Qt.CheckState.Checked and contact_id in self._order:
            self._order.remove(contact_id)
        self.commit()


class OfficeForm(ItemForm):
    def build(self) -> None:
        self.add(
            TextField(
                "name", QT_TRANSLATE_NOOP("Forms", "Name"), QT_TRANSLATE_NOOP("Forms", "Edit name")
            )
        )
        self.add(
            TextField(
                "city",
                QT_TRANSLATE_NOOP("Forms", "City"),
                QT_TRANSLATE_NOOP("Forms", "Edit city"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "Shown on the cover of its edition"),
            )
        )
        self.add(
            TextField(
                "country",
                QT_TRANSLATE_NOOP("Forms", "Country"),
                QT_TRANSLATE_NOOP("Forms", "Edit country"),
            )
        )
        self.add(
            ChoiceField(
                "language",
                QT_TRANSLATE_NOOP("Forms", "Language of its kits"),
                QT_TRANSLATE_NOOP("Forms", "Change the office's language"),
                choices=display_text.LANGUAGES,
            )
        )
        self.add(
            ChoiceField(
                "paper",
                QT_TRANSLATE_NOOP("Forms", "Paper"),
                QT_TRANSLATE_NOOP("Forms", "Change the office's paper"),
                choices=display_text.PAPERS,
            )
        )
        self.contacts = self.add(
            ContactsField(
                "contact_ids",
                QT_TRANSLATE_NOOP("Forms", "Contacts (first to call first)"),
                QT_TRANSLATE_NOOP("Forms", "Change the office's contacts"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        self.contacts.set_contacts(loaded.contacts)
        self.show_item(loaded.item)
