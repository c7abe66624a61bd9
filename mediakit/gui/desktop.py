"""Handing files to the rest of the desktop: open a PDF, show a file in its folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Open the file in the application the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the file selected in the file manager (or at least its folder)."""
    path = Path(path)
    if sys.platform == "darwin":
        return _detached("open", ["-R", str(path)])
    if sys.platform == "win32":
        return _detached("explorer", [f"/select,{path}"])
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _detached(program: str, arguments: list[str]) -> bool:
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)
