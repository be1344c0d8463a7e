"""The window by Tab and Shift+Tab alone: every stop is worth stopping at. A plot took the
focus and showed nothing, a scroll area with nothing to scroll was a stop, a scroll area
with something to scroll showed no focus, and the digits of My handwriting lost the focus
when Delete emptied a column."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

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


# ------------------------------------------------------------------------- scroll areas
def frame_pixels(area):
    """How many pixels down the left edge of ``area``, as it is painted, are in the
    highlight colour: the focus frame."""
    image = area.grab().toImage()
    highlight = area.palette().color(QPalette.ColorRole.Highlight)
    return sum(image.pixelColor(0, y) == highlight for y in range(image.height()))


def test_a_scroll_area_is_a_tab_stop_only_while_it_has_something_to_scroll(qtbot, active):
    """The Diagnostics plots scroll when the views are short: then Tab stops on their scroll
    area, a frame shows it has the focus, and the keys scroll it. With room for the plots,
    or a findings list with nothing to scroll, Tab passes the area by."""
    window = active
    view = window.diagnostics_view
    plots, findings = view.plots_scroll, view.findings
    window.views.setCurrentWidget(view)
    window.right_splitter.setSizes([150, 1000])  # the drawing panel dragged up
    qtbot.waitUntil(lambda: overflows(plots))
    assert not overflows(findings)
    stops = tab_stops(window)
    assert plots in stops and findings not in stops
    assert frame_pixels(plots) == 0  # no frame without the focus

    window.views.tabBar().setFocus()
    while QApplication.focusWidget() is not plots:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focus_frame(plots).isVisible()
    assert frame_pixels(plots) > plots.height() // 3  # a dashed or solid line down the side
    QTest.keyClick(plots, Qt.Key.Key_PageDown)
    assert plots.verticalScrollBar().value() > 0
    QTest.keyClick(plots, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not plots and frame_pixels(plots) == 0

    window.resize(1280, 1400)  # room for the plots: nothing to scroll, no stop
    window.right_splitter.setSizes([1100, 270])
    qtbot.waitUntil(lambda: not overflows(plots))
    assert plots not in tab_stops(window)
