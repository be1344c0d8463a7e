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
    """Phrases shown one after another, separated by commas ("layer 1: 60%, layer 2: 95%")."""

    def __format__(self, spec):
        return format(", ".join(map(str, self)), spec)
