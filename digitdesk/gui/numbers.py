"""Numbers in the window's texts, grouped the way the user's locale groups them.

Python's ``f"{n:,}"`` always writes ``60,000``; a German reader expects ``60.000`` and a
French one ``60 000``. Every count shown in the window goes through ``count``, as the spin
boxes already do through Qt.
"""

from PySide6.QtCore import QLocale


def count(n):
    """``n`` (a whole number) with the locale's group separator: ``60,000``."""
    locale = QLocale()
    # The "C" locale (LANG=C.UTF-8, common on Linux) omits the separator: show it anyway,
    # as the spin boxes do with setGroupSeparatorShown.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(int(n))
