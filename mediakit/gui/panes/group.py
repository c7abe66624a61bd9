"""The panes of one main window, made together: the library, the kit, preflight, the editor and
the preview, with the thumbnails and the live preview they share."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from mediakit.gui.panes.editor import EditorPane
from mediakit.gui.panes.kit import KitPane
from mediakit.gui.panes.library import LibraryPane
from mediakit.gui.panes.preflight import PreflightPane
from mediakit.gui.panes.preview import PreviewPane
from mediakit.gui.preview import LivePreview
from mediakit.gui.services import Services
from mediakit.gui.thumbnails import Thumbnails


@dataclass(frozen=True)
class Panes:
    """One window's panes; the thumbnails and the live preview belong to `parent`."""

    thumbnails: Thumbnails
    library_pane: LibraryPane
    kit_pane: KitPane
    editor_pane: EditorPane
    preflight_pane: PreflightPane
    preview_pane: PreviewPane
    live_preview: LivePreview

    @classmethod
    def make(cls, services: Services, parent: QObject) -> Panes:
        """The panes, each given the services it works with."""
        runner = services.runner
        thumbnails = Thumbnails(services.images, parent=parent)
        return cls(
            thumbnails=thumbnails,
            library_pane=LibraryPane(runner, thumbnails),
            kit_pane=KitPane(runner),
            editor_pane=EditorPane(runner, thumbnails),
            preflight_pane=PreflightPane(),
            preview_pane=PreviewPane(),
            live_preview=LivePreview(runner, services.builds, parent=parent),
        )
