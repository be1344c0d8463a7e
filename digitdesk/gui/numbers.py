"""Numbers in the window, written the way the language chosen in View > Language writes
them: ``60,000`` and ``98.14`` in English and Chinese, ``60 000`` and ``98,14`` in Russian.

Python's ``f"{n:,}"`` always writes ``60,000``; Qt's widgets follow a ``QLocale``. The
window uses one locale, the chosen language's (``number_locale``), not the system's: a
Russian system with the app in English would otherwise mix ``60 000`` in the spin boxes
with English words. ``count`` writes whole numbers, ``local`` wraps a number for
``str.format`` so that a translated template (``"{0:.2f}%"``) keeps its format spec and
gets the locale's decimal point and group separator.
"""

import numpy as np
from PySide6.QtCore import QLocale

from .language import translations

# The country whose conventions each language's numbers follow.
LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "zh_CN": (QLocale.Language.Chinese, QLocale.Country.China),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
}


def number_locale(code=None):
    """The ``QLocale`` of ``code`` (default: the language in use), with group separators
    shown: ``60,000`` rather than ``60000``."""
    locale = QLocale(*LOCALES.get(code or translations.language, LOCALES["en"]))
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def follow_language(code=None):
    """Make ``number_locale(code)`` Qt's default ``QLocale`` and return it. Qt writes the
    count of a numerus message (``%Ln``: "Training on 30,000 images") and fills new spin
    boxes with the default locale, not with ``count``; left as it was, a window built
    before any language was installed wrote English counts in the system's locale, and
    Qt's "C" locale (LANG=C.UTF-8) leaves out group separators: "Training on 30000
    images, validating on 1,000". Called when a language is installed and when the window
    (re)translates itself."""
    locale = number_locale(code)
    QLocale.setDefault(locale)
    return locale


def count(n):
    """``n`` (a whole number) with the language's group separator: ``60,000``."""
    return number_locale().toString(int(n))


def localise(text, locale=None):
    """``text``, a number as Python writes it (``"1,234.5"``), with the separators of
    ``locale`` (default: the language in use's; ``"1 234,5"`` in Russian)."""
    locale = locale or number_locale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if (point, group) == (".", ","):
        return text
    return "".join(point if c == "." else group if c == "," else c for c in text)


def python_number(text, locale):
    """A number typed in a field of ``locale``, as Python reads it: the locale's decimal
    point, or a point (what a learner types from habit: "0.25" is a quarter in every
    language, never 25)."""
    return text.strip().replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")


class local:  # noqa: N801 - reads as a function at the call site: .format(local(x))
    """``value`` for ``str.format``: any format spec of a number (``.2f``, ``,``, ``.1e``,
    ``.0%``), then the separators of the language in use."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        return localise(format(self.value, spec))

    def __str__(self):
        return localise(str(self.value))


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(text):
    """A number as Python writes it, its exponent as a reader writes it: "1e-06" ->
    "10⁻⁶", "4.8e-03" -> "4.8·10⁻³"; without an exponent, as it is."""
    mantissa, e, exponent = text.partition("e")
    if not e:
        return text
    power = "10" + str(int(exponent)).translate(_SUPERSCRIPTS)
    return power if mantissa == "1" else f"{mantissa}·{power}"


MINUS = "\u2212"  # the minus sign, not the hyphen-minus Python writes


class signed(local):  # noqa: N801 - reads as a function at the call site, as local does
    """``value`` for ``str.format`` like ``local``, a negative one with a real minus sign:
    ``"{0:+.2f}"`` gives ``+9.92`` and ``−2.72``, not ``-2.72`` (a hyphen, which after a
    Russian dash read "синие — -2,72")."""

    __slots__ = ()

    def __format__(self, spec):
        return super().__format__(spec).replace("-", MINUS)


# Exponents of 10 that an "e" format writes plainly: 0.01 to 999, "1.00" rather than
# "1.00·10⁰" (a relative error of 1 in the gradient check read as a power of ten).
PLAIN_EXPONENTS = range(-2, 3)


class readable(local):  # noqa: N801 - reads as a function at the call site, as local does
    """``value`` for ``str.format`` like ``local``, an exponent written as a power of ten:
    ``"{0:.1e}"`` gives ``4.8·10⁻³`` (``4,8·10⁻³`` in Russian), not ``4.8e-03``. Between
    0.01 and 1000 an "e" format writes the same significant digits plainly: ``"{0:.2e}"``
    of 1 gives ``1.00``, of 0.0123 ``0.0123``, of 523.4 ``523``."""

    __slots__ = ()

    def __format__(self, spec):
        text = format(self.value, spec)
        mantissa, e, exponent = text.partition("e")
        if e and spec.endswith("e") and int(exponent) in PLAIN_EXPONENTS:
            # the mantissa's decimals, less the exponent: as many significant digits
            decimals = len(mantissa.partition(".")[2]) - int(exponent)
            text = format(self.value, spec[:-1].rpartition(".")[0] + f".{max(decimals, 0)}f")
        return localise(power_of_ten(text))


def as_local(value):
    """A number, to be written as the language in use writes numbers, an exponent as a
    power of ten (a finding's or the gradient check's "{0:.1e}": "1,0·10⁻⁷", where it read
    "1,0e-07" beside the view's own "10⁻⁶"); anything else as is."""
    return readable(value) if isinstance(value, (int, float, np.number)) \
        and not isinstance(value, bool) else value


def scientific(value):
    """A small or large number as a reader writes it, not as Python does: ``10⁻⁶`` for
    1e-06, ``2.5·10⁻⁷`` for 2.5e-07 (the language's decimal point); a number Python writes
    without an exponent stays as it is (``0.001``, ``0,001`` in Russian)."""
    return format(readable(value), "g")


def percent(probability):
    """A probability as the drawing pad's bars write it, and every view that names the
    same reading (so that no tab says "100.0%" where the pad says ">99%"): 0.934 -> '93%'.
    Near-certainties are not rounded to certainties: 0.9996 is '>99%' and 0.0004 is '<1%'
    (an exact 0 or 1 is still '0%' or '100%')."""
    if 0 < probability < 0.005:
        return "<1%"
    if 0.995 <= probability < 1:
        return ">99%"
    return f"{local(probability * 100):.0f}%"
