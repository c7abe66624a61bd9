"""The services the window is given: the background lanes, the op runner, the interface
language. Made once, handed to the window through its constructor, shut down last."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from mediakit.gui.i18n import InterfaceLanguage
from mediakit.gui.lanes import BuildFunction, BuildLane, CatalogLane, TaskPool
from mediakit.gui.runner import OpRunner


@dataclass
class Services:
    catalog: CatalogLane
    builds: BuildLane
    runner: OpRunner
    images: TaskPool  # thumbnails
    exports: TaskPool  # PDFs, photo packs and bundles the user asked for
    language: InterfaceLanguage

    @classmethod
    def start(
        cls, build: BuildFunction | None = None, *, language: InterfaceLanguage | None = None
    ) -> Services:
        """The lanes and the runner; `language`, if the interface has one already."""
        catalog = CatalogLane()
        return cls(
            catalog=catalog,
            builds=BuildLane(build),
            runner=OpRunner(catalog),
            images=TaskPool(2, "mediakit-images"),
            exports=TaskPool(1, "mediakit-export"),
            language=language or InterfaceLanguage(QApplication.instance()),
        )

    def shutdown(self) -> None:
        """Wait for the running build, export and catalog tasks, then close the library."""
        self.builds.shutdown()
        self.images.shutdown()
        self.exports.shutdown()
        self.catalog.shutdown()
