"""Undo and redo, run on the catalog lane like every other edit. Never touch widgets here."""

from __future__ import annotations

from mediakit.edits import Changes
from mediakit.gui.operations import CatalogOp


def undo() -> CatalogOp[Changes]:
    """Take back the last edit (Edit ▸ Undo)."""
    return CatalogOp(lambda session: session.history.undo(), label="Undo")


def redo() -> CatalogOp[Changes]:
    """Make again the last edit taken back (Edit ▸ Redo)."""
    return CatalogOp(lambda session: session.history.redo(), label="Redo")
