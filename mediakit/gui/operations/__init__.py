"""User actions as operations: one short function per action, run on the catalog lane.

Each function takes keyword-only arguments and returns a `CatalogOp`. The GUI attaches
`.success()` / `.failure()` callbacks and hands the op to the `OpRunner`, which runs its body on
the catalog lane and calls back on the GUI thread. An op body runs on another thread: it must
never touch a widget, only the library session it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from mediakit.gui.lanes import LibrarySession

T = TypeVar("T")


class CatalogOp(Generic[T]):
    """One user action: a body to run on the catalog lane, and what to do with its outcome."""

    def __init__(self, body: Callable[[LibrarySession], T], *, label: str = "") -> None:
        self.body = body
        self.label = label
        self.on_success: Callable[[T], None] | None = None
        self.on_failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[T], None]) -> CatalogOp[T]:
        """Call `callback(result)` on the GUI thread when the body has run."""
        self.on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> CatalogOp[T]:
        """Call `callback(error)` on the GUI thread instead of showing it in the message bar."""
        self.on_failure = callback
        return self

    def __repr__(self) -> str:
        return f"CatalogOp({self.label!r})"
