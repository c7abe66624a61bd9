"""Every change as an undoable command; the History is the only writer of the catalog.

Also the import of files into the library (parsing by `importers`, then one undoable step
a file) and the demo library.

May import: model, library, importers, paths.
"""

from mediakit.edits.changes import Changes
from mediakit.edits.commands import AddItem, Batch, DeleteItem, Edit, SetOrg, UpdateItem
from mediakit.edits.demo import create_demo
from mediakit.edits.duplicates import find_same_story
from mediakit.edits.history import History, HistoryStatus
from mediakit.edits.import_report import ImportResult
from mediakit.edits.import_step import ImportDocument
from mediakit.edits.importing import import_documents, import_paths
from mediakit.edits.kits import (
    add_section,
    create_kit,
    delete_kit,
    duplicate_kit,
    move_section,
    remove_section,
    rename_kit,
    set_photo_text,
    update_kit,
)
from mediakit.edits.photos import attach_image

__all__ = [
    "AddItem",
    "Batch",
    "Changes",
    "DeleteItem",
    "Edit",
    "History",
    "HistoryStatus",
    "ImportDocument",
    "ImportResult",
    "SetOrg",
    "UpdateItem",
    "add_section",
    "attach_image",
    "create_demo",
    "create_kit",
    "delete_kit",
    "duplicate_kit",
    "find_same_story",
    "import_documents",
    "import_paths",
    "move_section",
    "remove_section",
    "rename_kit",
    "set_photo_text",
    "update_kit",
]
