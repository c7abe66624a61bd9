"""Settings keep their types; the panes' words for sections and contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from mediakit.gui import display_text
from mediakit.gui.settings import Settings
from mediakit.model import Contact, Kit, KitContent, OrgProfile, Section, SectionKind, Story


def test_settings_come_back_with_their_declared_types(tmp_path: Path):
    path = str(tmp_path / "settings.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.window_geometry == b"" and settings.last_library == ""
    settings.window_geometry = b"\x00\x01geometry"
    settings.last_library = "/home/press/library"
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.window_geometry == b"\x00\x01geometry"
    assert again.last_library == "/home/press/library"
    assert "PyObjectWrapper" not in Path(path).read_text(encoding="latin-1")  # nothing pickled


def test_a_setting_of_the_wrong_kind_falls_back_to_its_default(tmp_path: Path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("window/geometry", "not bytes")
    assert Settings(store).window_geometry == b""


def test_section_titles_name_stories_and_count_the_rest():
    story = Story(id=7, title="Doctors Beyond Borders")
    kit = Kit(
        id=1,
        name="Kit",
        sections=(
            Section(SectionKind.COVER),
            Section(SectionKind.STORY, (7,)),
            Section(SectionKind.STORY, (8,)),
            Section(SectionKind.FIGURES, (1, 2)),
            Section(SectionKind.BACK_COVER),
        ),
    )
    content = KitContent(kit, OrgProfile("Org"), {7: story}, {}, {}, {})
    titles = [display_text.section_title(section, content) for section in kit.sections]
    assert titles == [
        "Cover",
        "Story: Doctors Beyond Borders",
        "Story: (missing from the library)",
        "Key figures (2)",
        "Back cover",
    ]


def test_contacts_are_grouped_by_city_then_country():
    contacts = [
        Contact(1, "Ana", city="Panama"),
        Contact(2, "Luis", country="Costa Rica"),
        Contact(3, "Eva"),
        Contact(4, "Bo", city="Panama"),
    ]
    groups = [(city, [c.name for c in members]) for city, members in display_text.by_city(contacts)]
    assert groups == [
        ("Costa Rica", ["Luis"]),
        ("Panama", ["Ana", "Bo"]),
        (display_text.NO_CITY, ["Eva"]),
    ]
