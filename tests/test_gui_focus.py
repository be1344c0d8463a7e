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

from conftest import made_active
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
    """The window, active, 1280 x 720."""
    return made_active(window)


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


def test_a_right_click_on_any_plot_opens_no_menu_and_none_is_built(qtbot, window):
    """pyqtgraph's menu (export, axis ranges, "Plot Options") offers nothing a learner
    needs here: every plot is made by ``axes.plot_widget``, with no menu (which it no
    longer builds to switch off, for speed: not something a test can see). A right-click
    opens none, on any plot."""
    from PySide6.QtWidgets import QMenu
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 10
    for plot in plots:
        view_box = plot.getPlotItem().getViewBox()
        assert not view_box.menuEnabled() and view_box.menu is None, plot.objectName()
    window.views.setCurrentWidget(window.plots)
    made_active(window)
    plot = window.plots.loss_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.RightButton,
                     pos=plot.viewport().rect().center())
    assert not [menu for menu in QApplication.topLevelWidgets()
                if isinstance(menu, QMenu) and menu.isVisible()]


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


# ------------------------------------------------------------------------- My handwriting
@pytest.fixture
def keep(tmp_path, monkeypatch):
    """``keep(labels)``: the user's kept digits, before the window starts (the same MNIST
    digit for each, labelled as told), in a folder under tmp_path."""
    from digitdesk.data import load_mnist
    from digitdesk.gui.personal_view import DATA_DIR_ENV
    from digitdesk.personal import PersonalSet
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    image = load_mnist()[2][0]

    def keep(labels):
        kept = PersonalSet(folder)
        for label in labels:
            kept.add(image, label)
    return keep


@pytest.fixture
def handwriting(make_window):
    """``open()``: the window, active, at 1024 x 768, on My handwriting."""
    def open_tab():
        window = make_window()
        return made_active(window, (1024, 768), window.personal_view)
    return open_tab


def stops_in(window, widget):
    return [w for w in tab_stops(window) if widget is w or widget.isAncestorOf(w)]


def test_tab_stops_only_on_the_columns_with_digits_not_on_the_grid(qtbot, keep, handwriting):
    """Ten columns, eight of them empty: Tab stopped on the grid's scroll area (no focus
    shown) and on each empty column; now only on the columns with digits. The Inside tab's
    gallery, empty before a model is evaluated, is no stop either."""
    keep([7, 1, 7])
    window = handwriting()
    view = window.personal_view
    assert stops_in(window, view.scroll) == [view.columns[1].list, view.columns[7].list]
    window.views.setCurrentWidget(window.inside_view)
    assert window.inside_view.gallery.tile_count() == 0
    assert window.inside_view.gallery not in tab_stops(window)


def test_the_grid_scrolls_to_the_digit_the_arrow_keys_go_to(qtbot, keep, handwriting):
    """Fourteen 7s are taller than the tab: Down went to digits below the bottom edge and
    left the grid where it was."""
    keep([7] * 14)
    window = handwriting()
    view = window.personal_view
    sevens = view.columns[7].list
    assert stops_in(window, view.scroll) == [sevens]
    window.views.tabBar().setFocus()
    QTest.keyClick(window.views.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is sevens
    shown = view.scroll.viewport().rect()
    assert sevens.height() > shown.height()
    for row in range(1, 14):
        QTest.keyClick(sevens, Qt.Key.Key_Down)
        assert sevens.currentRow() == row
        rect = sevens.visualItemRect(sevens.currentItem())
        top_left = sevens.viewport().mapTo(view.scroll.viewport(), rect.topLeft())
        assert shown.contains(rect.translated(top_left - rect.topLeft())), row
    assert view.scroll.verticalScrollBar().value() > 0
    for _ in range(13):
        QTest.keyClick(sevens, Qt.Key.Key_Up)
    assert view.scroll.verticalScrollBar().value() == 0


def test_delete_that_empties_a_column_leaves_the_focus_on_undo(qtbot, keep, handwriting):
    """The last digit of a column deleted from the keyboard: the focus stayed in the empty
    column (no Tab stop, nothing to select) or went nowhere; it goes to Undo Delete, and
    Undo, pressed there, puts it back on the digit that came back."""
    keep([7, 2, 7])
    window = handwriting()
    view = window.personal_view
    twos, sevens = view.columns[2].list, view.columns[7].list
    window.views.tabBar().setFocus()
    QTest.keyClick(window.views.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is twos
    QTest.keyClick(twos, Qt.Key.Key_Space)  # selects the digit the keyboard is on
    assert view.selected_indices() == [1]
    QTest.keyClick(twos, Qt.Key.Key_Delete)
    assert twos.count() == 0 and QApplication.focusWidget() is view.undo_button
    assert view.undo_button.isEnabled()
    QTest.keyClick(view.undo_button, Qt.Key.Key_Space)
    assert twos.count() == 1 and QApplication.focusWidget() is twos

    # The same from the Delete button, both 7s at once.
    sevens.setFocus()
    sevens.selectAll()
    view.delete_button.setFocus()
    QTest.keyClick(view.delete_button, Qt.Key.Key_Space)
    assert sevens.count() == 0 and QApplication.focusWidget() is view.undo_button


# ------------------------------------------------------------------------- Compare runs
@pytest.fixture
def no_runs(tmp_path, monkeypatch, make_window):
    """The window, active, at 1280 x 720, on Compare runs, with no run kept yet (a data
    folder of its own)."""
    from digitdesk.gui.personal_view import DATA_DIR_ENV
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    window = make_window()
    return made_active(window, view=window.runs_view)


def add_run(view, run_id):
    from digitdesk.engine import Model, TrainConfig
    model = Model(TrainConfig(hidden=(8,)), info={"run_id": run_id})
    model.history["batch_epoch"] += [0.5, 1.0]
    model.history["batch_loss"] += [2.0, 1.0]
    view.add_model(model)


def test_the_run_list_is_a_tab_stop_only_while_it_has_runs(qtbot, no_runs):
    """An empty run list took the focus and showed nothing; Delete of the last run left
    the focus there. Now Tab passes an empty list by, and Delete that empties it sends the
    focus to Undo Remove; Undo, pressed there, puts it back on the list."""
    window = no_runs
    view = window.runs_view
    assert view.list.count() == 0 and view.list not in tab_stops(window)
    add_run(view, "only")
    assert view.list in tab_stops(window)
    window.views.tabBar().setFocus()
    QTest.keyClick(window.views.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.list
    view.list.setCurrentRow(0)
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.list.count() == 0 and QApplication.focusWidget() is view.undo_button
    assert view.list not in tab_stops(window)
    view.undo_button.setFocus()
    QTest.keyClick(view.undo_button, Qt.Key.Key_Space)
    assert view.list.count() == 1 and QApplication.focusWidget() is view.list


# ------------------------------------------------------------------------- Gradient check
def test_the_gradient_check_table_is_a_stop_once_filled_and_tab_leaves_it(qtbot, active):
    """Before any check the empty table was a Tab stop with nothing in it; after one, Tab
    went from cell to cell, round and round, and never left it. Now it is a stop only
    with rows, and one Tab leaves it (the arrow keys go from cell to cell)."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model, TrainConfig
    from digitdesk.engine.gradcheck import check_batch
    from digitdesk.gui.gradcheck_view import run_checks
    window = active
    view = window.gradcheck_view
    window.views.setCurrentWidget(view)
    assert view.table.rowCount() == 0 and view.table not in tab_stops(window)
    model = Model(TrainConfig(hidden=(8,)))
    images, labels = load_mnist()[:2]
    view.show_report(run_checks(model, *check_batch(model.config, images, labels, size=4)))
    stops = tab_stops(window)
    assert stops.count(view.table) == 1  # once: Tab went on to the next control
    assert stops[stops.index(view.table) - 1] is view.check_button
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Right)
    assert view.table.currentIndex().column() == 1
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table


# ------------------------------------------------------------------------- empty controls
def test_a_layer_chooser_or_numbers_view_with_nothing_in_it_is_no_tab_stop(qtbot, active):
    """Before there is a model, the Layer boxes of Distributions, Layer map and One digit's
    maths were Tab stops with nothing to choose, and the maths numbers an empty text with
    no caret. They are stops once filled; the numbers then show a caret, and the keys
    select them (to copy)."""
    from conftest import wait_for_the_maths
    from test_digit_panel import SEVEN, draw
    from test_maths_view import TINY

    from digitdesk.engine import Model
    window = active
    for view in (window.distributions_view, window.layer_map_view):
        window.views.setCurrentWidget(view)
        assert view.layer.count() == 0 and view.layer not in tab_stops(window)
    maths = window.maths_view
    window.views.setCurrentWidget(maths)
    stops = tab_stops(window)
    assert maths.layer not in stops and maths.numbers not in stops
    assert maths.target in stops  # the target digit: always something to choose

    window.set_model(Model(TINY))
    draw(window.digit_panel.canvas, SEVEN)
    wait_for_the_maths(qtbot, window)
    stops = tab_stops(window)
    assert maths.layer in stops and maths.numbers in stops
    window.views.tabBar().setFocus()
    while QApplication.focusWidget() is not maths.numbers:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(maths.numbers, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert maths.numbers.textCursor().selectedText().startswith("# layer")


def test_tab_leaves_the_shortcuts_table_for_close(qtbot, active):
    """Help > Keyboard Shortcuts: Tab went from cell to cell round the table and never
    reached Close (Esc was the only way out). Now one Tab goes on to Close."""
    from PySide6.QtWidgets import QDialogButtonBox
    dialog = active.show_shortcuts()
    qtbot.waitExposed(dialog)
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    # (the dialog's own focus widget: offscreen, the main window may stay the active one)
    dialog.table.setFocus()
    assert dialog.focusWidget() is dialog.table
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is close
    QTest.keyClick(close, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.table


# ------------------------------------------------------------------------- My handwriting, empty
def test_an_empty_handwriting_tab_names_the_guided_flow_and_its_keys(qtbot, keep, handwriting):
    """With no digits kept the tab has no Tab stop of its own (nothing to select, delete
    or fine-tune); it said only how to keep a drawing from the pad. Once a model that
    reads is in use, it also names Teach it your handwriting and its keys (Ctrl+T), which
    a keyboard user can press from anywhere in the window."""
    from digitdesk.engine import Model, TrainConfig
    keep([])
    window = handwriting()
    view = window.personal_view
    assert stops_in(window, view) == []
    assert "Keep as" in view.summary.text() and "Teach" not in view.summary.text()
    model = Model(TrainConfig(hidden=(8,)), info={"test_accuracy": 0.9})
    window.set_model(model)
    assert window.teach_action.isEnabled()
    assert "Teach it your handwriting</b> (Ctrl+T) ask you" in view.summary.text()
    assert window.teach_action.shortcut().toString() == "Ctrl+T"
    window.set_model(None)  # nothing to teach: the tab does not offer it
    assert "Teach" not in view.summary.text()
