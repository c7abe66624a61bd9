"""Every setting the app keeps, declared once with its type and default, read through one wrapper.

Values are stored as plain strings, numbers and QByteArray, never as pickled Python objects, and
read back with their declared type (QSettings returns "true" for True and a bare string for a
one-item list in INI files; the wrapper undoes that).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "mediakit"
APPLICATION = "mediakit"
RECENT_LIMIT = 8

T = TypeVar("T")


class Setting(Generic[T]):
    """One setting: its key in the settings file and its default, which also gives its type."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, settings: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings, owner=None):
        if settings is None:
            return self
        return settings.read(self)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.write(self, value)


class Settings:
    """The app's settings. Tests pass their own QSettings (an INI file in a temporary folder)."""

    window_geometry = Setting("window/geometry", b"")
    window_state = Setting("window/state", b"")
    splitter_state = Setting("window/splitter", b"")
    last_library = Setting("library/last", "")
    recent_libraries = Setting("library/recent", [])
    interface_language = Setting("interface/language", "")  # "" follows the system
    side_splitter = Setting("window/side-splitter", b"")
    last_import_folder = Setting("import/folder", "")
    last_export_folder = Setting("export/folder", "")
    welcome_shown = Setting("welcome/shown", False)  # the first-run welcome, shown by itself once

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else default_store()

    def remember_library(self, path: str) -> None:
        """Make `path` the last library and the first of the recent ones."""
        self.last_library = path
        recent = [p for p in self.recent_libraries if p and p != path]
        self.recent_libraries = [path, *recent][:RECENT_LIMIT]

    def forget_recent_libraries(self) -> None:
        self.recent_libraries = []

    def read(self, setting: Setting[T]) -> T:
        return _decode(self._store.value(setting.key), setting.default)

    def write(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, _encode(value))

    def sync(self) -> None:
        self._store.sync()


def default_store() -> QSettings:
    """The user's settings file (an INI file on every platform, so it can be read and backed up)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return QByteArray(value)
    return value


def _decode(raw: Any, default: T) -> T:
    if raw is None:
        return default
    kind: type = type(default)
    try:
        if kind is bytes:
            value = raw.data() if isinstance(raw, QByteArray) else default
        elif kind is bool:
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        elif kind is list:
            value = list(raw) if isinstance(raw, list) else [str(raw)]
        else:
            value = kind(raw)
    except (TypeError, ValueError):
        return default
    return value
