"""Bring the translations up to date with the code: one command.

    python tests/update_translations.py            # lupdate, fill from memory, lrelease
    python tests/update_translations.py --list     # ... then print what is left to translate

1. ``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)``
   and ``QT_TRANSLATE_NOOP(...)`` string of ``digitdesk/**/*.py`` into
   ``resources/translations/digitdesk_<language>.ts`` (new strings arrive "unfinished").
2. A new string whose English text already has a finished translation in the same file
   (a string that moved to another class, or the same words used twice) gets that
   translation; the script prints each one it reused. Strings gone from the code are
   dropped.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Translate what is left with Qt Linguist (``pyside6-linguist resources/translations/*.ts``)
or any editor, mark it finished (remove ``type="unfinished"``), then run this script
again. ``tests/test_translations.py`` fails while a string is untranslated or a ``.qm`` is
older than its ``.ts``.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ru")


def ts_path(language, folder=TRANSLATIONS):
    return folder / f"digitdesk_{language}.ts"


def qm_path(language, folder=TRANSLATIONS):
    return folder / f"digitdesk_{language}.qm"


def source_files():
    """Every Python file of the package, one by one (on a folder lupdate skips .py)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "digitdesk").rglob("*.py"))


def qt_tool(name):
    """The command that runs PySide6's ``name`` (lupdate, lrelease) with this Python."""
    return [sys.executable, "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def run_lupdate(ts_files, keep_obsolete=True):
    """Update (or create) ``ts_files`` from the code; no line numbers, so that editing the
    code does not rewrite every ``.ts``."""
    args = [*qt_tool("lupdate"), "-locations", "none", *source_files()]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", *map(str, ts_files)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def run_lrelease(ts_file, qm_file):
    subprocess.run([*qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True)


# How many plural forms Qt's numerus messages have in each language (Qt's own rules):
# Russian one / few / many (1 цифра, 2 цифры, 5 цифр; 21 цифра), Chinese a single one.
PLURAL_FORMS = {"ru": 3, "zh_CN": 1}


def ts_language(ts_file):
    return ET.parse(ts_file).getroot().get("language")


def numerus_forms(ts_file):
    """``{(context, source): [form, ...]}`` of the live numerus (plural) messages."""
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation.get("type") not in (
                    "obsolete", "vanished"):
                result[(context.findtext("name") or "", message.findtext("source"))] = [
                    form.text or "" for form in translation.iter("numerusform")]
    return result


def messages(ts_file):
    """``{(context, source): (translation, finished)}`` of the live (not obsolete) messages.
    A numerus message's translation is its first form; it is finished only with every
    form of its language there and none empty (a missing form would show the English)."""
    result = {}
    wanted_forms = PLURAL_FORMS.get(ts_language(ts_file))
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                complete = all(forms) and len(forms) == (wanted_forms or len(forms))
                result[(name, message.findtext("source"))] = (
                    forms[0] if forms else "", kind != "unfinished" and bool(forms) and complete)
                continue
            result[(name, message.findtext("source"))] = (
                translation.text or "", kind != "unfinished" and bool(translation.text))
    return result


def unfinished(ts_file):
    """The ``(context, source)`` pairs still to translate."""
    return [key for key, (_, done) in messages(ts_file).items() if not done]


def fill_from_memory(ts_file):
    """Give each unfinished message the finished translation of the same English text
    elsewhere in the file (obsolete messages included); return what was filled."""
    tree = ET.parse(ts_file)
    memory = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue  # (its text is only the whitespace around its forms)
        if translation.get("type") in (None, "obsolete", "vanished") and translation.text:
            memory.setdefault(message.findtext("source"), translation.text)
    filled = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation.get("type") == "unfinished" and source in memory \
                    and message.get("numerus") != "yes":
                translation.text = memory[source]
                del translation.attrib["type"]
                filled.append((context.findtext("name"), source))
    if filled:
        write_ts(tree, ts_file)
    return filled


def write_ts(tree, ts_file):
    """Write a .ts as lupdate does (its own formatting comes back on the next lupdate)."""
    with open(ts_file, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def update(list_unfinished=False):
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(language) for language in LANGUAGES]
    for language, ts_file in zip(LANGUAGES, ts_files):
        if not ts_file.exists():
            ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                               f'<TS version="2.1" language="{language}" sourcelanguage="en">\n'
                               "</TS>\n", encoding="utf-8")
    run_lupdate(ts_files)
    for ts_file in ts_files:
        reused = fill_from_memory(ts_file)
        if reused:
            print(f"{ts_file.name}: reused {len(reused)} translations of the same English text")
        for context, source in reused if list_unfinished else ():
            print(f"  [{context}] {source[:70]!r}")
    run_lupdate(ts_files, keep_obsolete=False)  # drop the strings gone from the code
    for language, ts_file in zip(LANGUAGES, ts_files):
        run_lrelease(ts_file, qm_path(language))
        todo = unfinished(ts_file)
        print(f"{ts_file.name}: {len(messages(ts_file))} messages, {len(todo)} unfinished")
        if list_unfinished:
            for context, source in todo:
                print(f"  [{context}] {source!r}")
    return 0


def fresh_copies(folder):
    """lupdate into copies of the .ts files in ``folder`` (for checks that must not write
    the real ones); return the copies."""
    copies = []
    for language in LANGUAGES:
        copy = ts_path(language, Path(folder))
        shutil.copyfile(ts_path(language), copy)
        copies.append(copy)
    run_lupdate(copies, keep_obsolete=False)
    return copies


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the unfinished messages")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts misses strings of the code")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            stale = [copy.name for copy in fresh_copies(folder)
                     if unfinished(copy) or messages(copy).keys() != messages(
                         ts_path(copy.stem.split("_", 1)[1])).keys()]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    return update(args.list)


if __name__ == "__main__":
    sys.exit(main())
