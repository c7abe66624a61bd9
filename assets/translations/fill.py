"""Bring the interface translations up to date with the code, fill them from JSON, compile them.

    .venv/bin/python assets/translations/fill.py            # pt and fr
    .venv/bin/python assets/translations/fill.py es pt fr   # any languages

For each language XX:
1. `pyside6-lupdate` reads every file of mediakit/gui and updates mediakit_XX.ts: a new word comes
   in unfinished, a word gone from the code is dropped, a translated word keeps its translation.
2. Each message whose English source is a key of XX.json (beside this file) takes that
   translation; a context's own translation, under "@contexts" → context name → source, wins
   (the same English word can need two words: a contact's "Role" and a line's "Role").
   A numerus message (tr with n) takes a list, one string per plural form.
3. lupdate runs once more to write the file in its own layout, and `pyside6-lrelease` compiles
   mediakit_XX.qm, which the app loads (mediakit/gui/i18n.py).

Words still without a translation are listed, and the exit status is 1: add them to XX.json and
run again. A language without a JSON file (es, kept in Qt Linguist) keeps its .ts translations.
tests/gui/test_translations_complete.py fails while any word is unfinished or a .qm is stale.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUI = ROOT / "mediakit" / "gui"
CONTEXTS = "@contexts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 in use: beside this Python first, then on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (pip install pyside6)")
    return found


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    command = [tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-locations", "none"]
    subprocess.run([*command, "-no-obsolete"], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True)


def load_words(path: Path) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    """(source → translation, context → source → translation) from a language's JSON."""
    if not path.exists():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    contexts = data.pop(CONTEXTS, {})
    return data, contexts


def fill(ts: Path, words: dict[str, object], contexts: dict[str, dict[str, object]]) -> list[str]:
    """Write the translations into `ts`; returns "context: source" of each word still missing."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            chosen = contexts.get(name, {}).get(source, words.get(source))
            if chosen is not None:
                _set(translation, chosen, numerus=message.get("numerus") == "yes")
            elif translation.get("type") == "unfinished" or not _text(translation):
                missing.append(f"{name}: {source}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _set(translation: ET.Element, chosen: object, *, numerus: bool) -> None:
    translation.attrib.pop("type", None)
    translation.text = None
    for form in list(translation):
        translation.remove(form)
    if numerus:
        forms = chosen if isinstance(chosen, list) else [chosen]
        for text in forms:
            ET.SubElement(translation, "numerusform").text = str(text)
    else:
        translation.text = str(chosen)


def _text(translation: ET.Element) -> str:
    return (translation.text or "") + "".join(f.text or "" for f in translation)


def update(code: str) -> list[str]:
    """Update, fill and compile one language; returns the words it still lacks."""
    ts = HERE / f"mediakit_{code}.ts"
    if not ts.exists():
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{code}" sourcelanguage="en"/>\n',
            encoding="utf-8",
        )
    lupdate(ts)
    missing = fill(ts, *load_words(HERE / f"{code}.json"))
    lupdate(ts)  # lupdate's own layout, so the next run's diff shows only changed words
    lrelease(ts, ts.with_suffix(".qm"))
    return missing


def main(codes: list[str]) -> int:
    status = 0
    for code in codes or ["pt", "fr"]:
        missing = update(code)
        print(f"{code}: {len(missing)} word(s) without a translation")
        for word in missing:
            print(f"  {word}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
