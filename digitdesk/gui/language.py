"""The app's language: English, Simplified Chinese or Russian, switched while it runs.

The translations are ``resources/translations/digitdesk_<language>.qm`` (compiled from the
``.ts`` files by ``tests/update_translations.py``), found with ``importlib.resources``
like the app's other files; Qt's own dialogs (the buttons of a message box, the file
dialog) use the ``qtbase_<language>.qm`` that ships with PySide6.

By default the app follows the system's language (``QLocale.system()``); a choice made
in View > Language is kept in ``QSettings`` under ``"language"``. Installing a translator
makes Qt send every widget a ``LanguageChange`` event, and each widget sets its texts
again in its ``retranslate()`` method, so the open window switches at once.
"""

import re
import sys

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator)

from ..engine.translatable import Phrases
from .resources import resource_path

# (code, the language's name in that language): a menu shows each name as its speakers
# write it, so that someone who cannot read the current language still finds theirs.
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"), ("ru", "Русский"))
CODES = tuple(code for code, _ in LANGUAGES)
SETTING = "language"  # "" or missing: follow the system
SYSTEM = ""


class Retranslatable:
    """Mixin for a widget that sets all its texts in ``retranslate()``: it calls that once
    at the end of ``__init__``, and Qt's ``LanguageChange`` event calls it again whenever
    the language changes. Put it before the Qt class: ``class X(Retranslatable, QWidget)``."""

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def current_text(text):
    """``text`` itself, or ``text()`` if it is a function. A read-out given a function
    calls it again when the language changes, and so follows it."""
    return text() if callable(text) else text


def phrase_text(context, phrase):
    """A ``Phrase`` of the core (``digitdesk.engine.translatable``), translated under
    ``context`` and filled in (a value that is a phrase too, translated as well; a number
    written as the language writes numbers: ``60 000`` in Russian)."""
    return QCoreApplication.translate(context, phrase.template).format(
        *(_phrase_value(context, v) for v in phrase.values))


def _phrase_value(context, value):
    """A value of a phrase for the window: a phrase translated, several phrases or names
    (``Phrases``) listed as the language lists them, a number as it writes numbers."""
    from .numbers import as_local  # not at the top: numbers.py imports this module
    if isinstance(value, Phrases):
        return listed(_phrase_value(context, v) for v in value)
    return phrase_text(context, value) if hasattr(value, "template") else as_local(value)


def error_text(error):
    """An error of the core for the user: in the current language where it carries its
    words as a phrase (``ModelFileError``, ``DataFormatError``), else its English message."""
    phrase = getattr(error, "phrase", None)
    return str(error) if phrase is None else phrase_text("errors", phrase)


def listed(items):
    """``items`` (names, digits, keys) listed for the window, as its language writes a
    list: ``a, b, c`` in English and Russian, ``a、b、c`` in Chinese (its enumeration
    comma; a plain comma reads as a slip there). The one helper for every such list."""
    return ("、" if translations.language == "zh_CN" else ", ").join(map(str, items))


def listed_and(items):
    """``items`` as a sentence lists them, the last after "and": "3 and 7", "0, 1 and 2"
    ("3 и 7", "3 和 7", "0、1 和 2"), where "This model only knows 3, 7" read as a slip."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return listed(items)
    return QCoreApplication.translate("language", "{0} and {1}").format(
        listed(items[:-1]), items[-1])


def clauses(items):
    """Parts of one line (a run's settings: "batch 128, 5 epochs") one after another, as
    the window's language writes them: ``a, b`` in English and Russian, ``a，b`` in
    Chinese (its comma between clauses; ``listed`` writes a list of names)."""
    return ("，" if translations.language == "zh_CN" else ", ").join(map(str, items))


def sentences(*parts):
    """Sentences (already translated) one after another, as the window's language writes
    them: after a space in English and Russian, straight after the full stop in Chinese
    ("。" ends a sentence with its own space; a space after it reads as a slip). Empty
    parts are left out. The one helper for every text made of sentences."""
    return ("" if translations.language == "zh_CN" else " ").join(p for p in parts if p)


def bracketed(text):
    """`` (text)`` after a name, as the window's language writes an aside: ``（text）`` in
    Chinese (its full-width brackets, no space before; half-width ones read as a slip)."""
    return f"（{text}）" if translations.language == "zh_CN" else f" ({text})"


# Chinese writes a space between its characters and a Latin word or a number on either side
# ("关闭 DigitDesk 之前", "最近 40 个批次"); a translation spaces its own words, but not a
# value whose first or last letter decides it ("关闭 DigitDesk" and "重置权重" both go
# before "之前").
_HAN = "\u4e00-\u9fff"
_START, _END = "\ue000", "\ue001"  # private-use marks around each value while spacing
_VALUE_AFTER_HAN = re.compile(f"(?<=[{_HAN}]){_START}(?=[A-Za-z0-9])")
_HAN_AFTER_VALUE = re.compile(f"(?<=[A-Za-z0-9]){_END}(?=[{_HAN}])")


def spaced_format(template, *values):
    """``template.format(*values)`` with a space where a value that starts or ends with a
    Latin letter or a digit meets a Chinese character of the template (only there: a
    value's own text, a file name, is never changed)."""
    marked = template.format(*(_Marked(value) for value in values))
    marked = _HAN_AFTER_VALUE.sub(" ", _VALUE_AFTER_HAN.sub(" ", marked))
    return marked.replace(_START, "").replace(_END, "")


class _Marked:
    """A value that formats as itself between the marks ``spaced_format`` looks for."""

    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        return _START + format(self.value, spec) + _END


def unbroken(text):
    """``text`` with no-break spaces: a legend's entry ("layer 1", "слой 1") that a
    wrapping label never splits between a number and its name or unit."""
    return str(text).replace(" ", "\u00a0")


def system_language(locale=None):
    """The supported language that ``locale`` (default: the system's) asks for first,
    English if none. Any Chinese gets Simplified Chinese, the only Chinese there is."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        primary = name.replace("_", "-").split("-")[0].lower()
        if primary == "zh":
            return "zh_CN"
        if primary in ("ru", "en"):
            return primary
    return "en"


def chosen_language():
    """The language set in View > Language, or ``SYSTEM`` to follow the system."""
    value = str(QSettings().value(SETTING, SYSTEM) or SYSTEM)
    return value if value in CODES else SYSTEM


def translation_file(code):
    """The path of the app's ``.qm`` for ``code``, or None (English has none)."""
    return None if code == "en" else resource_path(f"translations/digitdesk_{code}.qm")


class Translations:
    """The translators installed in the application. Qt does not own a ``QTranslator``
    given to ``installTranslator``: this object keeps them referenced, or Python would
    collect them and the texts would silently fall back to English."""

    def __init__(self):
        self.language = "en"
        self._installed = []

    def apply(self, code):
        """Show the app in ``code`` (one of ``CODES``) from now on; return ``code``.
        Raise ``ValueError`` for an unknown code or a missing translation file."""
        if code not in CODES:
            raise ValueError(f"unknown language {code!r}; choose from {', '.join(CODES)}")
        app = QCoreApplication.instance()
        translators = []
        if code != "en":
            path = translation_file(code)
            app_translator = QTranslator()
            if path is None or not app_translator.load(str(path)):
                raise ValueError(f"the {code} translation is missing ({path})")
            qt_translator = QTranslator()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own texts are a bonus: an installation without them still works.
            if qt_translator.load(f"qtbase_{code}", qt_folder):
                translators.append(qt_translator)
            translators.append(app_translator)
        for translator in self._installed:
            app.removeTranslator(translator)
        for translator in translators:
            app.installTranslator(translator)
        self._installed = translators
        self.language = code
        # Numbers follow the language too (QLocale's default: the spin boxes and dialogs
        # made from now on; the window sets its own locale when it retranslates).
        from .numbers import follow_language
        follow_language(code)
        return code


# Texts of Qt's own file dialog that Qt's translations (qtbase_ru, qtbase_zh_CN) leave in
# English: the app's .ts translates them under Qt's context, and the app's translator,
# installed after Qt's, is asked first.
QT_FILE_DIALOG_TEXTS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                        QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

translations = Translations()


def install_language(code=None):
    """Install the translation for ``code``, default: the one chosen in View > Language,
    or the system's. Return the code in use."""
    if code is None:
        code = chosen_language() or system_language()
    try:
        return translations.apply(code)
    except ValueError as error:  # a broken installation: English rather than no app
        print(f"digitdesk: {error}; the app stays in English", file=sys.stderr)
        return translations.apply("en")


def choose_language(choice):
    """View > Language: remember ``choice`` (a code, or ``SYSTEM``) and switch to it now."""
    if choice != SYSTEM and choice not in CODES:
        raise ValueError(f"unknown language {choice!r}")
    QSettings().setValue(SETTING, choice)
    return translations.apply(choice or system_language())
