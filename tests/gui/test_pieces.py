"""The pieces under the panes: adding items to a kit, editing single items, the story body as
rich text, filters, where an item shows, the crash log, the interface language, settings."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QTextCursor, QTextDocument

from mediakit.edits import AddItem, History
from mediakit.edits.items import add_to_kit, set_org, update_item
from mediakit.gui import i18n, locate, richtext
from mediakit.gui.crash import CrashHandler, write_report
from mediakit.gui.filtering import LibraryFilter, visible
from mediakit.gui.forms.series import parse_number
from mediakit.gui.lanes import throttled
from mediakit.gui.settings import RECENT_LIMIT, Settings
from mediakit.library import queries
from mediakit.model import (
    BadInputError,
    ConsentLevel,
    ItemKind,
    ItemRef,
    Kit,
    Language,
    NotFoundError,
    Photo,
    SectionKind,
    Story,
    StoryKind,
)


def demo_kit(library) -> Kit:
    return queries.all_of(library.db, Kit)[0]


def test_a_photo_joins_the_gallery_made_where_it_belongs(demo_library):
    history = History(demo_library.catalog)
    add_to_kit(history, kit=demo_kit(demo_library), kind=ItemKind.PHOTO, item_id=2)
    kinds = [s.kind for s in demo_kit(demo_library).sections]
    assert kinds.index(SectionKind.GALLERY) == kinds.index(SectionKind.FIGURES) - 1
    add_to_kit(history, kit=demo_kit(demo_library), kind=ItemKind.PHOTO, item_id=5)
    gallery = next(s for s in demo_kit(demo_library).sections if s.kind is SectionKind.GALLERY)
    assert gallery.ids == (2, 5)
    with pytest.raises(BadInputError, match="already in the kit"):
        add_to_kit(history, kit=demo_kit(demo_library), kind=ItemKind.PHOTO, item_id=5)
    history.undo()
    history.undo()
    assert SectionKind.GALLERY not in [s.kind for s in demo_kit(demo_library).sections]


def test_a_dropped_story_goes_where_it_was_dropped(demo_library):
    history = History(demo_library.catalog)
    kit = demo_kit(demo_library)
    update_item(history, item=kit, label="Keep the covers", sections=kit.sections[:2])
    add_to_kit(history, kit=demo_kit(demo_library), kind=ItemKind.STORY, item_id=3, position=0)
    assert demo_kit(demo_library).sections[0].ids == (3,)
    with pytest.raises(NotFoundError, match="there is no story with id 99"):
        add_to_kit(history, kit=demo_kit(demo_library), kind=ItemKind.STORY, item_id=99)


def test_one_field_of_a_nested_value_changes_and_nothing_else(demo_library):
    history = History(demo_library.catalog)
    photo = queries.one_of(demo_library.db, Photo, 1)
    update_item(
        history, item=photo, label="Change consent", consent={"level": ConsentLevel.WRITTEN}
    )
    after = queries.one_of(demo_library.db, Photo, 1)
    assert (
        after.consent.level is ConsentLevel.WRITTEN and after.consent.scope is photo.consent.scope
    )
    assert history.status().undo_label == "Change consent"
    assert not update_item(history, item=after, label="Nothing", caption=after.caption)
    assert history.status().undo_label == "Change consent"


def test_names_that_cannot_be_saved_are_refused(demo_library):
    history = History(demo_library.catalog)
    kit = demo_kit(demo_library)
    history.do(AddItem(Kit(None, "Handout")))
    with pytest.raises(BadInputError, match="already a kit named “Handout”"):
        update_item(history, item=kit, label="Rename", name="Handout")
    with pytest.raises(BadInputError, match="needs a name"):
        update_item(history, item=kit, label="Rename", name="  ")
    with pytest.raises(BadInputError, match="organisation needs a name"):
        set_org(history, org=queries.org(demo_library.db), name="")


def test_story_bodies_go_through_the_rich_text_editor_unchanged(qapp, demo_library):
    for story in queries.all_of(demo_library.db, Story):
        document = QTextDocument()
        richtext.fill_document(document, story.body, lambda photo_id: f"Photo {photo_id}")
        assert richtext.read_document(document) == story.body, story.title


def test_bold_and_subheads_typed_in_the_editor_become_spans_and_blocks(qapp):
    document = QTextDocument()
    richtext.fill_document(document, (), lambda _id: "")
    cursor = QTextCursor(document)
    cursor.insertText("Clinics on wheels")
    cursor.setBlockFormat(richtext.block_format(richtext.BlockKind.SUBHEAD))
    cursor.insertBlock(richtext.block_format(richtext.BlockKind.PARAGRAPH))
    cursor.insertText("They reach ")
    bold = cursor.charFormat()
    bold.setFontWeight(700)
    cursor.insertText("every", bold)
    plain = cursor.charFormat()
    plain.setFontWeight(400)
    cursor.insertText(" border town.", plain)
    body = richtext.read_document(document)
    assert [block.kind.value for block in body] == ["subhead", "paragraph"]
    assert [(span.text, span.bold) for span in body[1].spans] == [
        ("They reach ", False),
        ("every", True),
        (" border town.", False),
    ]


def test_filters_and_search_hits_pick_items_in_library_order():
    stories = [
        Story(1, "A", language=Language.ES),
        Story(2, "B", kind=StoryKind.PRESS_RELEASE),
        Story(3, "C"),
    ]
    spanish = LibraryFilter(language=Language.ES)
    assert [
        s.id for s in visible(stories, kind=ItemKind.STORY, hits=None, library_filter=spanish)
    ] == [1]
    hits = {("story", 3), ("story", 2), ("photo", 1)}
    found = visible(stories, kind=ItemKind.STORY, hits=hits, library_filter=LibraryFilter())
    assert [s.id for s in found] == [2, 3]
    photos = [Photo(1, media_hash="ab"), Photo(2)]
    slots = LibraryFilter(has_image=False)
    assert [
        p.id for p in visible(photos, kind=ItemKind.PHOTO, hits=None, library_filter=slots)
    ] == [2]
    assert LibraryFilter(has_image=False, consent=ConsentLevel.NONE).active == 2


def test_an_item_is_found_in_the_section_that_shows_it(demo_library):
    content = queries.kit_content(demo_library.db, demo_kit(demo_library))
    assert locate.section_of(content, ItemRef(ItemKind.STORY, 2)) == 3
    assert locate.section_of(content, ItemRef(ItemKind.PHOTO, 3)) == 3  # in story 2's body
    assert locate.section_of(content, ItemRef(ItemKind.CONTACT, 4)) == 7
    assert locate.section_of(content, ItemRef(ItemKind.ORG, None)) == 8
    assert locate.section_of(content, ItemRef(ItemKind.FIGURE, 99)) is None
    sections = content.kit.sections
    assert locate.owner_of(sections[2], 1) == ItemRef(ItemKind.STORY, 1)
    assert locate.owner_of(sections[9], 1) == ItemRef(ItemKind.ORG, None)
    assert locate.owner_of(sections[6], 1) == ItemRef(ItemKind.KIT, 1)


def test_an_unexpected_error_is_written_to_a_log_and_the_user_told_where(tmp_path: Path):
    told: list[Path] = []
    handler = CrashHandler(tmp_path / "logs", told.append).install()
    try:
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        worker = threading.Thread(target=lambda: 1 / 0, name="mediakit-test")
        worker.start()
        worker.join()
    finally:
        handler.uninstall()
    assert len(told) == 2 and told == handler.reports
    first = told[0].read_text(encoding="utf-8")
    assert "RuntimeError: the printer caught fire" in first and "Traceback" in first
    assert "ZeroDivisionError" in told[1].read_text(encoding="utf-8")
    assert sys.excepthook is not handler._on_error


def test_reports_never_overwrite_each_other(tmp_path: Path):
    error = ValueError("x")
    paths = {write_report(tmp_path, ValueError, error, None) for _ in range(3)}
    assert len(paths) == 3


def test_a_burst_of_build_progress_reaches_the_gui_thread_as_its_first_and_last_report():
    reports: list[int] = []
    report = throttled(lambda done, total: reports.append(done), interval=60.0)
    for done in range(101):
        report(done, 100)
    assert reports == [0, 100]


def test_the_interface_language_follows_preferences_then_the_system():
    assert i18n.resolve("es") == "es"
    assert i18n.resolve("", QLocale("es_PE")) == "es"
    assert i18n.resolve("", QLocale("de_DE")) == "en"
    assert i18n.resolve("klingon", QLocale("de_DE")) == "en"


def test_recent_libraries_keep_the_newest_first_and_a_few_only(tmp_path: Path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for number in range(RECENT_LIMIT + 3):
        settings.remember_library(f"/libraries/{number}")
    settings.remember_library("/libraries/4")
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.recent_libraries[:2] == ["/libraries/4", f"/libraries/{RECENT_LIMIT + 2}"]
    assert len(again.recent_libraries) == RECENT_LIMIT
    assert again.last_library == "/libraries/4"


@pytest.mark.parametrize(
    ("text", "number"),
    [("1.5", 1.5), ("1,5", 1.5), ("1 200", 1200.0), ("6,100,000", 6100000.0), ("many", None)],
)
def test_series_values_are_read_as_people_type_them(text, number):
    assert parse_number(text) == number


def test_thousands_of_qt_calls_leave_none_alive(qapp):
    """PySide6 6.12 on CPython 3.11 drops a reference to None at every void call (see compat)."""
    from PySide6.QtGui import QAction

    from mediakit.gui.compat import pin_singletons

    pin_singletons()
    action = QAction("Quit")
    before = sys.getrefcount(None)
    for _ in range(50_000):
        action.setEnabled(True)
    assert sys.getrefcount(None) > 50_000 and sys.getrefcount(None) >= before - 50_000


def test_every_word_of_the_interface_has_its_spanish(tmp_path: Path):
    """The committed .ts holds exactly the words lupdate finds in the code, all translated,
    and the .qm beside it is compiled from it."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    from mediakit.paths import asset

    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")

    sources = sorted(str(p) for p in Path(richtext.__file__).parent.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )

    def messages(path: Path) -> dict[tuple[str, str], str | None]:
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name"), message.findtext("source")): (
                None
                if message.find("translation").get("type") == "unfinished"
                else message.findtext("translation")
            )
            for context in root.iter("context")
            for message in context.iter("message")
        }

    committed = messages(asset("translations", "mediakit_es.ts"))
    assert set(messages(fresh)) == set(committed), "run pyside6-lupdate and translate the new words"
    assert all(committed.values()), [key for key, value in committed.items() if not value]
    compiled = tmp_path / "fresh.qm"
    lrelease = str(Path(lupdate).with_name("pyside6-lrelease"))
    ts = str(asset("translations", "mediakit_es.ts"))
    subprocess.run([lrelease, ts, "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == asset("translations", "mediakit_es.qm").read_bytes()
