"""The window by Tab and Shift+Tab alone: every stop is worth stopping at. A plot took the
focus and showed nothing, a scroll area with nothing to scroll was a stop, a scroll area
with something to scroll showed no focus, and the digits of My handwriting lost the focus
when Delete emptied a column."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from digitdesk.gui.focus import focus_frame, overflows

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def tab_stops(window, backwards=False):
    """Every widget Tab (Shift+Tab if ``backwards``) stops at, once round the window from
    the views' tab bar, with the keys a user presses."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    start = window.views.tabBar()
    start.setFocus()
    assert QApplication.focusWidget() is start
    stops = []
    for _ in range(300):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        if focused is start:
            return stops
        stops.append(focused)
    raise AssertionError("Tab never came back to the tab bar")


@pytest.fixture
def active(window):
    """The window, active (keys go to its focused widget), 1280 x 720."""
    window.resize(1280, 720)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return window


def test_tab_never_stops_on_a_plot_in_any_tab(qtbot, active):
    """A plot showed no focus and took no key: Tab (and Shift+Tab) pass every one by."""
    window = active
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 10  # the learning curves, Diagnostics, Data, Distributions, ...
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        for backwards in (False, True):
            stopped = [w for w in tab_stops(window, backwards) if isinstance(w, pg.GraphicsView)]
            assert stopped == [], (window.views.tabText(index), [p.objectName() for p in stopped])
