"""``QT_TRANSLATE_NOOP``: marks an English text for translation without importing Qt.

The engine's texts a learner reads in the app (findings, replays, bug-lab switches) stay
English here; the GUI translates them with ``QCoreApplication.translate(context, text)``.
``pyside6-lupdate`` reads the source, not the running code: it collects every literal
passed to a function of this name, under the given context, into the ``.ts`` files.
"""

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for
    """Return ``text`` unchanged; the call only marks it for ``pyside6-lupdate``."""
    return text


@dataclass(frozen=True)
class Phrase:
    """A piece of text that goes into another text (a finding's "blocks of 8 batches"):
    an English ``template`` marked with ``QT_TRANSLATE_NOOP`` and the ``values`` it is
    formatted with, positionally. Formatted as a value (``"{unit}".format(unit=phrase)``)
    it is the English text; a GUI translates the template first (``render`` in the GUI)."""
    template: str
    values: tuple = ()

    def __str__(self):
        return self.template.format(*self.values)

    def __format__(self, spec):
        return format(str(self), spec)


class Phrases(tuple):
    """Phrases shown one after another, separated by commas ("layer 1: 60%, layer 2: 95%"),
    or names (tensors, bug-lab switches): a list, which an app writes as its language
    lists ("W1、b1" in Chinese, where "W1, b1" reads as a slip)."""

    def __format__(self, spec):
        return format(", ".join(map(str, self)), spec)


class PhraseError(ValueError):
    """A ``ValueError`` an app can show in its language: ``phrase`` holds its words (the
    message, ``str(error)``, is the English text, for the command line and logs). A value
    of the phrase may be a phrase too (a nested reason), or a number the app writes as its
    language does."""

    def __init__(self, template, *values):
        self.phrase = Phrase(template, values)
        super().__init__(str(self.phrase))


def either(phrases):
    """``"a number or null"``: the phrases joined by "or", translatable as a whole."""
    joined = phrases[0]
    for phrase in phrases[1:]:
        joined = Phrase(QT_TRANSLATE_NOOP("errors", "{0} or {1}"), (joined, phrase))
    return joined
