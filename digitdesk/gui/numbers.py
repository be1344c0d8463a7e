"""Numbers in the window's texts, grouped the way the user's locale groups them.

Python's ``f"{n:,}"`` always writes ``60,000``; a German reader expects ``60.000`` and a
French one ``60 000``. Every count shown in the window goes through ``count``, as the spin
boxes already do through Qt.
"""

from PySide6.QtCore import QLocale


def count(n):
    """``n`` (a whole number) with the locale's group separator: ``60,000``."""
    return QLocale().toString(int(n))
