"""The interface in Portuguese and French is complete: every word of the code has its translation,
with its placeholders and its menu accelerator, the compiled .qm is that of the .ts, and the main
window, its menus and its dialogs show no English word once the language is chosen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from mediakit.gui import i18n
from mediakit.gui.actions import ActionId
from mediakit.gui.pasting import ImportBar
from mediakit.paths import asset

GUI = Path(i18n.__file__).parent
LANGUAGES = ("pt", "fr")
# English words the translation rightly leaves as they are, by language: the app's name, the
# language names of the picker (each in its own words), and these sources.
SAME_WORDS: dict[str, set[str]] = {
    "pt": {"&Kit", "Kit", "A4", "E-mail", "Editor", "Embargo", "Verbal", "{width} × {height} px"},
    "fr": {
        "&Kit",
        "Kit",
        "A4",
        "1 page",
        "{count} pages",
        "Contact",
        "Contacts",
        "Date",
        "Embargo",
        "Format",
        "Format:",
        "Image",
        "Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)",
        "Logo",
        "Message",
        "Photo",
        "Photos",
        "Source",
        "{width} × {height} px",
    },
}
ALWAYS_SAME = {"mediakit", "OK", "PDF", *i18n.LANGUAGES.values()}
# Qt names the scroll arrows of a tab bar once, when it makes them: they speak the language the app
# started in (qtbase's words), not one chosen afterwards; screen readers alone say them.
QT_NAMED_ONCE = {"Scroll Left", "Scroll Right"}
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%[vmpn]")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation; None while unfinished."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") + "".join(f.text or "" for f in translation)
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[(context.findtext("name"), message.findtext("source"))] = (
                None if unfinished else text
            )
    return found


def committed(code: str) -> dict[tuple[str, str], str | None]:
    return messages(asset("translations", f"mediakit_{code}.ts"))


def accelerators(text: str) -> list[str]:
    """The letters after a single & ("&&" is a literal ampersand)."""
    return re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))


@pytest.fixture(scope="module")
def code_words(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, source) lupdate finds in the code today."""
    lupdate = tool("pyside6-lupdate")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    return set(messages(fresh))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_word_of_the_code_has_its_translation(code, code_words):
    words = committed(code)
    assert set(words) == code_words, (
        f"run: .venv/bin/python assets/translations/fill.py {code} (and add the new words to "
        f"assets/translations/{code}.json)"
    )
    assert [key for key, text in words.items() if not (text or "").strip()] == []


@pytest.mark.parametrize("code", ("es", *LANGUAGES))
def test_translations_keep_placeholders_and_one_accelerator(code):
    for (context, source), text in committed(code).items():
        assert text is not None, (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), text
        assert len(accelerators(text)) == len(accelerators(source)), (source, text)
        assert text.count("\n") == source.count("\n"), text


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_translation_is_that_of_the_ts(code, tmp_path):
    compiled = tmp_path / "fresh.qm"
    ts = asset("translations", f"mediakit_{code}.ts")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == asset("translations", f"mediakit_{code}.qm").read_bytes(), (
        f"run: .venv/bin/python assets/translations/fill.py {code}"
    )


def test_the_system_language_is_followed_when_preferences_leave_it():
    assert i18n.resolve("", QLocale("pt_BR")) == "pt"
    assert i18n.resolve("", QLocale("pt_PT")) == "pt"
    assert i18n.resolve("", QLocale("fr_HT")) == "fr"
    assert i18n.resolve("", QLocale("fr_CA")) == "fr"
    assert i18n.resolve("fr", QLocale("pt_BR")) == "fr"
    assert i18n.resolve("", QLocale("de_DE")) == "en"


# -- the window itself --------------------------------------------------------------------


# The one text of each kind of widget that has one.
ONE_WORDING = (
    ((QLabel, QAbstractButton), "text", lambda w: w.text()),
    ((QGroupBox,), "title", lambda w: w.title()),
    ((QMenu,), "title", lambda w: w.title()),
    ((QLineEdit, QTextEdit, QPlainTextEdit), "placeholder", lambda w: w.placeholderText()),
    ((QProgressBar,), "format", lambda w: w.format()),
)


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every word `root` and its children show or read out: (where, text), in a stable order.
    The import bar's words are set each time it shows (it is hidden here)."""
    found: list[tuple[str, str]] = []
    import_bar = root.findChild(ImportBar)

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    for number, widget in enumerate([root, *root.findChildren(QWidget)]):
        if import_bar is not None and import_bar.isAncestorOf(widget):
            continue
        where = f"{number}:{type(widget).__name__}"
        add(f"{where}.windowTitle", widget.windowTitle())
        add(f"{where}.toolTip", widget.toolTip())
        add(f"{where}.accessibleName", widget.accessibleName())
        add(f"{where}.accessibleDescription", widget.accessibleDescription())
        for kinds, name, words in ONE_WORDING:
            if isinstance(widget, kinds):
                add(f"{where}.{name}", words(widget))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where}.item{i}", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{where}.tab{i}", widget.tabText(i))
                add(f"{where}.tabTip{i}", widget.tabToolTip(i))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for i in range(header.columnCount()):
                add(f"{where}.header{i}", header.text(i))
    for number, action in enumerate(root.findChildren(QAction)):
        where = f"action{number}"
        add(f"{where}.text", action.text())
        add(f"{where}.toolTip", action.toolTip())
        add(f"{where}.statusTip", action.statusTip())
    return found


def english_left(english, translated, code: str, data: list[str]):
    """The words shown the same in English and in `code`, less those rightly the same and the
    library's own words (`data`: the kit's title and subtitle, in the window title and the kit
    pane)."""
    same = {w.replace("&", "") for w in SAME_WORDS[code] | ALWAYS_SAME | QT_NAMED_ONCE}
    english_words = {source.replace("&", "") for _, source in committed(code)}
    before = dict(english)
    left = []
    for where, text in translated:
        bare = text.replace("&", "").rstrip(": ")
        for words in [*data, "mediakit"]:
            bare = bare.replace(words, "")
        if bare in same or not re.search(r"[A-Za-z]{2}", bare):
            continue
        if before.get(where) == text or bare in english_words:
            left.append((where, text))
    return left


def dialogs_texts(window) -> list[tuple[str, str]]:
    """The words of the Preferences and Export dialogs, opened and closed again."""
    found = []
    for name, opener in (("preferences", window.open_preferences), ("export", window.open_export)):
        dialog = opener()
        QApplication.processEvents()
        found += [(f"{name}/{where}", text) for where, text in texts_of(dialog)]
        dialog.reject()
        QApplication.processEvents()
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_window_its_menus_and_dialogs_show_no_english_word(
    code, make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    english = texts_of(window) + dialogs_texts(window)
    window.set_language(code)
    QApplication.processEvents()
    translated = texts_of(window) + dialogs_texts(window)
    assert len(translated) >= 200 and len(english) >= 200
    kit = window.kit_pane.kit
    left = english_left(english, translated, code, [kit.name, kit.subtitle])
    print(*left, sep="\n")
    assert left == []
    window.set_language("en")


@pytest.mark.parametrize("code", ("es", *LANGUAGES))
def test_each_menu_has_one_accelerator_per_letter(
    code, make_window, wait_for_library, counting_build, demo_library_path
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.set_language(code)
    QApplication.processEvents()
    bar = window.menuBar()
    letters = [accelerators(a.text())[0].lower() for a in bar.actions() if a.text()]
    assert len(letters) == len(set(letters)) == len(window.menus), letters
    for action in bar.actions():
        menu = action.menu()
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [accelerators(text)[0].lower() for text in entries if accelerators(text)]
        assert len(letters) == len(set(letters)), (menu.title(), entries)
        assert len(letters) == len(entries), (menu.title(), entries)
    assert window.actions[ActionId.PREFERENCES].text() != "&Preferences…"
    window.set_language("en")


@pytest.mark.parametrize(("code", "cancel"), [("pt", "Cancelar"), ("fr", "Annuler")])
def test_qt_s_own_buttons_speak_the_language_too(code, cancel, qapp):
    language = i18n.InterfaceLanguage(QApplication.instance())
    try:
        language.use(code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert len(language._installed) == 2  # qtbase's words and ours
    finally:
        language.use("en")


# -- the core's sentences -----------------------------------------------------------------


def core_sentences() -> list[str]:
    """What preflight and the import report write, one of each kind, from real kits and imports."""
    from mediakit.edits.import_report import ImportResult, Translation
    from mediakit.layout import handout_overflow
    from mediakit.model import ItemKind, ItemRef, Kit, KitContent, OrgProfile
    from mediakit.preflight import run_preflight
    from tests.core.test_preflight import NOW, broken_kit
    from tests.layout.sample import photo_source, sample_store
    from tests.layout.test_handout import handout_content

    overflow = handout_overflow(
        handout_content(standfirst="Lorem ipsum dolor sit amet. " * 260),
        photo_source(sample_store()),
    )
    story = ItemRef(ItemKind.STORY, 1, "Historia")
    findings = run_preflight(
        broken_kit(),
        now=NOW,
        placements={3: (480.0, 320.0)},
        overflow=overflow,
        unprintable=((story, "✔", "v"), (story, "😀", "")),
    )
    findings += run_preflight(
        broken_kit(),
        now=NOW,
        unprintable=((ItemRef(ItemKind.FIGURE, 1, "5"), "😀", ""),),
    )
    empty = KitContent(Kit(id=2, name="Empty"), OrgProfile(name=""), {}, {}, {}, {})
    findings += run_preflight(empty, now=NOW)
    results = [
        ImportResult("a.txt", status="refused", reason="the file is empty"),
        ImportResult("b.jpg", status="duplicate", same_photo=4, same_photo_name="Harvest"),
        ImportResult("c.txt", status="duplicate", same_as=3, same_as_title="Clinics, again"),
        ImportResult(
            "d.docx",
            story_id=5,
            story_title="Mobile clinics, in Lima",
            photo_ids=(1, 2),
            contact_ids=(3,),
            figure_ids=(4, 5, 6),
            translation=Translation(1, "Clínicas", "es"),
            uncaptioned=((1, "x.jpg"),),
        ),
        ImportResult("e.mediakit", status="updated", kit_id=2, photo_ids=(7,)),
        ImportResult("f.vcf", contact_ids=(1, 2)),
    ]
    sentences = [f.problem for f in findings] + [f.fix for f in findings]
    for result in results:
        sentences.append(result.sentence()[len(result.shown_name) + 2 :])
        sentences += [note for _, note in result.caption_notes()]
    rules = {f.rule for f in findings}
    assert len(rules) >= 20 and "handout-overflow" in rules and "unprintable-characters" in rules
    return sentences


@pytest.mark.parametrize("code", ("es", *LANGUAGES))
def test_preflight_and_the_import_report_speak_the_interface_language(code, qapp):
    from mediakit.gui import core_words

    sentences = core_sentences()
    assert [s for s in sentences if not core_words.known(s)] == []
    language = i18n.InterfaceLanguage(QApplication.instance())
    try:
        language.use(code)
        said = [core_words.say(s) for s in sentences]
    finally:
        language.use("en")
    english = [s for s, t in zip(sentences, said, strict=True) if s == t]
    assert english == []
    # The values stay as they were: a title, a file name, a number.
    assert any("Mobile clinics, in Lima" in t and "Clínicas" in t for t in said)
    assert core_words.say("a sentence no pattern knows") == "a sentence no pattern knows"
