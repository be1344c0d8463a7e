"""The window on small screens: it fits 1280 x 720 (also at scale 2), and at 1024 x 768
every tab stays readable: no plot too short for its axis label, no SI prefix in the
labels, maps and counts of the Inside tab at a readable size, no column of My
handwriting out of reach, no part of the form cut off."""

import os
import re
import subprocess
import sys

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from digitdesk.gui.axes import label_length
from digitdesk.gui.inside_view import MIN_COUNT_PIXELS
from digitdesk.gui.numbers import count
from conftest import sideways_scrolling, wait_for_the_reading

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")

# A 1280 x 720 screen less a title bar and a task bar (about 40 px each).
SMALL_SCREEN = (1280, 720 - 80)
PLOT_MIN_HEIGHT = 60  # pixels: the least any plot gets, with its axis label whole


def settle(qtbot):
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def show_tab(qtbot, window, widget):
    window.views.setCurrentWidget(widget)
    settle(qtbot)


def visible_plots(window):
    return [p for p in window.findChildren(pg.PlotWidget) if p.isVisible()]


def test_the_window_fits_a_1280_by_720_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 - 24 and hint.height() <= SMALL_SCREEN[1], hint
    window.resize(*SMALL_SCREEN)
    QApplication.processEvents()
    assert window.height() <= SMALL_SCREEN[1]


def test_the_window_fits_at_scale_2(tmp_path):
    """At QT_SCALE_FACTOR=2 a 2560 x 1440 screen is 1280 x 720: the window must fit it."""
    script = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
              "from digitdesk.gui import MainWindow; w = MainWindow(); w.show(); "
              "h = w.minimumSizeHint(); print(h.width(), h.height(), "
              "w.devicePixelRatioF())")
    # Its settings go to tmp_path, never the user's own (~/.config).
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout.split()
    width, height, ratio = int(out[0]), int(out[1]), float(out[2])
    assert ratio == 2.0
    assert width <= SMALL_SCREEN[0] and height <= SMALL_SCREEN[1], (width, height)


@pytest.mark.parametrize("size", [(1024, 768), SMALL_SCREEN])
def test_no_plot_is_too_short_for_its_axis_label(qtbot, window, size):
    window.resize(*size)
    for view in (window.plots, window.diagnostics_view):
        show_tab(qtbot, window, view)
        plots = visible_plots(window)
        assert len(plots) >= 2
        for plot in plots:
            axis = plot.getPlotItem().getAxis("left")
            assert plot.height() >= PLOT_MIN_HEIGHT, plot.objectName()
            assert label_length(axis) > 0
            assert axis.geometry().height() >= label_length(axis), (
                f"{plot.objectName()}: label {axis.labelText!r} is "
                f"{label_length(axis)} px on an axis {axis.geometry().height():.0f} px tall")


def test_axes_have_no_si_prefixes(qtbot, window):
    plots = window.plots
    # An empty plot (x from 0 to 1) and a small loss are where pyqtgraph adds "(x0.001)".
    show_tab(qtbot, window, plots)
    plots.add_batches(np.linspace(0.01, 0.5, 50), np.linspace(0.004, 0.001, 50))
    plots.add_epoch(0.5, 0.002, 99.5)
    plots._redraw()
    settle(qtbot)
    for plot in window.findChildren(pg.PlotWidget):
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            assert "(x" not in axis.labelString(), (plot.objectName(), axis.labelString())
            assert axis.autoSIPrefixScale == 1.0
    bottom = window.plots.accuracy_plot.getPlotItem().getAxis("bottom")
    low, high = window.plots.accuracy_plot.getPlotItem().viewRange()[0]
    ticks = [v for _, values in bottom.tickValues(low, high, 500) for v in values]
    assert max(abs(t) for t in ticks) < 1.5  # epochs, not thousandths of one


def test_the_inside_tab_stays_readable_at_1024_by_768(qtbot, window):
    window.resize(1024, 768)
    inside = window.inside_view
    show_tab(qtbot, window, inside)
    for image in (inside.saliency_image, inside.gradient_image):
        assert image.height() >= 80 and image.width() >= 80, image.size()
    matrix = inside.confusion_view
    for counts, classes in ((np.diag(np.full(10, 480)) + 3, range(10)),
                            (np.diag(np.full(10, 2480)) + 3, range(10)),
                            (np.diag([0, 0, 0, 2480, 0, 0, 0, 2510, 0, 0]) + 30, (3, 7))):
        matrix.set_counts(counts, classes)
        settle(qtbot)
        _, _, cell = matrix._geometry()
        font = matrix.count_font(cell)
        assert font.pixelSize() >= MIN_COUNT_PIXELS >= 9
        widest = QFontMetrics(font).horizontalAdvance(count(counts.max()))
        assert widest <= cell, (widest, cell)  # every count fits its cell
    # What does not fit scrolls: every column can be brought into view.
    scroll = inside.scroll
    if scroll.widget().width() > scroll.viewport().width():
        assert scroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_confusion_matrix_titles_are_whole_for_two_digits(qtbot, request, language):
    """A model of two digits (3 and 7) has a confusion matrix of four cells: "true digit →"
    up its side, painted in the counts' larger font, was longer than the grid in Russian
    and lost its first letters at 1024 x 768. The titles are in the widget's font, the
    matrix is never shorter than they are, and each is painted whole."""
    from digitdesk.gui.inside_view import ConfusionMatrixView
    from digitdesk.gui.language import translations
    request.addfinalizer(lambda: translations.apply("en"))
    translations.apply(language)
    matrix = ConfusionMatrixView()
    qtbot.addWidget(matrix)
    matrix.set_counts(np.diag([0, 0, 0, 480, 0, 0, 0, 510, 0, 0]) + 30, (3, 7))
    matrix.resize(matrix.minimumSizeHint())  # the least a layout gives it
    matrix.show()
    settle(qtbot)
    metrics = matrix.fontMetrics()
    left, top, cell = matrix._geometry()
    (across, across_text), (down, down_text) = matrix.axis_titles()
    assert (across_text, down_text) == (matrix.tr("read as →"), matrix.tr("true digit →"))
    assert across.width() >= metrics.horizontalAdvance(across_text), across
    assert down.height() >= metrics.horizontalAdvance(down_text), down
    assert matrix.rect().contains(across) and matrix.rect().contains(down), (across, down)
    assert not across.intersects(down)
    # beside the grid and its digits, not over them
    assert across.bottom() < top - metrics.height() and down.right() < left - metrics.height()
    # Painted whole and in that font: the ink up the side is as long as the words, no
    # longer (a larger font) and not cut at the ends of its room.
    image = matrix.grab().toImage()
    ink = [y for y in range(down.top(), down.bottom() + 1)
           if any(image.pixelColor(x, y).lightness() < 128 for x in range(down.left(), down.right() + 1))]
    assert ink and down.top() < ink[0] and ink[-1] < down.bottom(), (ink[:1], ink[-1:], down)
    length = ink[-1] - ink[0] + 1
    assert 0.8 * metrics.horizontalAdvance(down_text) <= length <= metrics.horizontalAdvance(down_text) + 2


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_compare_runs_gives_the_loss_plot_its_share(qtbot, request, window, size, language):
    """The accuracy plot's axis label, "validation accuracy (%)", needed 215 px of its
    height (247 in Russian): the loss plot above it, the one runs are compared by first,
    was left 79 px (44 px for its curves, against 175 for the accuracy's), and the page
    scrolled at 1280 x 720. Both fit, the loss curves have at least 80 px, and each plot
    keeps its axis label whole."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    view = window.runs_view
    show_tab(qtbot, window, view)
    page = view.pages.currentWidget()
    assert page.widget().height() <= page.viewport().height()  # nothing to scroll to
    loss, accuracy = (plot.getPlotItem().getViewBox().sceneBoundingRect().height()
                      for plot in (view.loss_plot, view.accuracy_plot))
    assert loss >= 80, (loss, accuracy)
    for plot in (view.loss_plot, view.accuracy_plot):
        axis = plot.getPlotItem().getAxis("left")
        assert axis.geometry().height() >= label_length(axis) > 0, plot.objectName()


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_compare_runs_scrolls_rather_than_squeeze_its_plots(qtbot, request, window, language):
    """At 1024 x 650, with the longest note on the answer under the sliders, the loss plot
    of Compare runs was left 44 px for its curves, its ticks crowded together: each plot's
    curves keep 80 px, and the page scrolls to them."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    unsure_of_nine_digits(qtbot, window)
    window.resize(1024, 650)
    view = window.runs_view
    show_tab(qtbot, window, view)
    for index, plots in enumerate(((view.loss_plot, view.accuracy_plot),
                                   (view.grad_plot, view.ratio_plot, view.stuck_plot))):
        view.pages.setCurrentIndex(index)
        settle(qtbot)
        page = view.pages.currentWidget()
        for plot in plots:
            curves = plot.getPlotItem().getViewBox().sceneBoundingRect().height()
            assert curves >= 80, (plot.objectName(), curves)
        assert page.verticalScrollBar().maximum() > 0  # (the page scrolls to them)


def test_every_handwriting_column_can_be_reached_at_1024_by_768(qtbot, window):
    window.resize(1024, 768)
    view = window.personal_view
    show_tab(qtbot, window, view)
    last = view.columns[9]
    right = last.mapTo(view.scroll.viewport(), last.rect().topRight()).x()
    if right > view.scroll.viewport().width():
        bar = view.scroll.horizontalScrollBar()
        assert bar.isVisible() and bar.maximum() > 0
        bar.setValue(bar.maximum())
        settle(qtbot)
        right = last.mapTo(view.scroll.viewport(), last.rect().topRight()).x()
    assert right <= view.scroll.viewport().width()


@pytest.mark.parametrize("size", [(1024, 768), SMALL_SCREEN])
def test_the_training_form_is_not_cut_off(qtbot, window, size):
    window.resize(*size)
    settle(qtbot)
    scroll = window.training_panel.scroll
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()


@pytest.mark.parametrize("size", [(1024, 768), SMALL_SCREEN])
def test_the_ten_probability_rows_are_a_line_of_text_tall(qtbot, window, size):
    window.resize(*size)
    settle(qtbot)
    bars = window.probability_view
    bars.set_probabilities(np.full(10, 0.1))
    geometry = bars._geometry()
    row = geometry.labels[1].top() - geometry.labels[0].top()
    assert row >= bars.fontMetrics().height(), (row, bars.height())
    # The pad is square, and no wider than it is tall: spare width goes to the bars.
    canvas = window.drawing_canvas
    assert canvas.width() <= canvas.height() + 1


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_confidence_note_leaves_the_probability_rows_a_line_tall(qtbot, request, window,
                                                                    size, language):
    """The note under the bars when the model is unsure ("I don't know…", then "This model
    only knows…") wraps onto three or four lines in Russian: the panel kept the height it
    had without them, and the bars gave it theirs (168 px for ten rows of 14 px text)."""
    from digitdesk.engine.confidence import Verdict
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    settle(qtbot)
    bars = window.probability_view
    bars.set_probabilities(np.full(10, 0.1))
    note = window.digit_panel.confidence.note
    window.digit_panel.confidence.show_verdict(Verdict(
        digit=7, confidence=0.45, runner_up=1, margin=0.1, unsure=True,
        only_knows=(0, 1, 2, 3, 4, 5, 6, 7, 8)))
    settle(qtbot)
    assert note.isVisible() and note.heightForWidth(note.width()) >= 3 * note.fontMetrics().height()
    assert note.height() >= note.heightForWidth(note.width())  # every line of the note
    geometry = bars._geometry()
    row = geometry.labels[1].top() - geometry.labels[0].top()
    assert row >= bars.fontMetrics().height(), (row, bars.height())
    assert bars.height() >= bars.minimumSizeHint().height()
    assert bars.width() >= bars.minimumSizeHint().width()


def test_an_empty_accuracy_axis_reads_0_to_100_percent(qtbot, window):
    plots = window.plots
    show_tab(qtbot, window, plots)
    item = plots.accuracy_plot.getPlotItem()
    low, high = item.viewRange()[1]
    assert low <= 0 and high >= 100  # not 0 to 1 "%"
    plots.add_batches([0.5, 1.0], [0.5, 0.4])
    plots.add_epoch(1.0, 0.4, 0.91)
    plots._redraw()
    qtbot.waitUntil(lambda: item.viewRange()[1][1] < 100, timeout=2000)
    low, high = item.viewRange()[1]
    assert low <= 91 <= high
    plots.clear()
    plots._redraw()
    assert item.viewRange()[1][1] >= 100


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_no_tab_scrolls_sideways(qtbot, window, size):
    """Every tab fits the width a 1024 x 768 (or 1280 x 720) screen gives it: nothing to
    scroll sideways to find (the Inside tab's gallery was 131 px out of view at 1024)."""
    window.resize(*size)
    for i in range(window.views.count()):
        tab = window.views.widget(i)
        show_tab(qtbot, window, tab)
        assert sideways_scrolling(tab) == [], window.views.tabText(i)


def test_the_run_list_wraps_instead_of_scrolling_sideways(qtbot, window):
    """A run is named by all its settings, a long line: the list of runs wraps it (the
    whole line in its tooltip) instead of scrolling 700 px sideways at 1024 x 768."""
    from digitdesk.engine import Model, TrainConfig
    window.resize(1024, 768)
    for lr in (0.1, 0.05):
        model = Model(TrainConfig(hidden=(256, 128), learning_rate=lr, augment="affine", deskew=True))
        model.history["batch_epoch"], model.history["batch_loss"] = [0.5, 1.0], [1.0, 0.5]
        model.history["epoch"], model.history["val_loss"] = [1], [0.5]
        model.history["val_accuracy"] = [0.9]
        window.runs_view.add_model(model)
    show_tab(qtbot, window, window.runs_view)
    runs = window.runs_view.list
    assert runs.count() >= 2
    assert sideways_scrolling(window.runs_view) == []
    item = runs.item(runs.count() - 1)
    assert "0.05" in item.toolTip() and runs.visualItemRect(item).height() > runs.fontMetrics().height() * 1.5


def test_the_data_tabs_count_axis_reads_plainly_while_it_loads(qtbot, window):
    """The Data tab, first shown: while MNIST is read its empty counts plot has no
    "(x0.001)" on its axis and no negative counts."""
    show_tab(qtbot, window, window.data_view)
    plot = window.data_view.counts_plot.getPlotItem()
    axis = plot.getAxis("left")
    settle(qtbot)
    assert "(x" not in axis.labelString(), axis.labelString()
    assert plot.viewRange()[1][0] >= 0, plot.viewRange()


def y_tick_labels(plot_widget):
    """The y axis's tick labels as drawn: ``[(text, rect in plot_widget pixels), ...]``."""
    axis = plot_widget.getPlotItem().getAxis("left")
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, plot_widget.mapFromScene(axis.mapRectToScene(rect)).boundingRect())
            for rect, _, text in texts]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_top_and_bottom_y_tick_labels_are_whole(qtbot, window, size):
    """The top y tick label sat on the plot's top edge, half of it cut off: "1.0" on the
    empty loss plot, "7000" over the Data tab's bars."""
    window.resize(*size)
    show_tab(qtbot, window, window.plots)
    show_tab(qtbot, window, window.data_view)
    qtbot.waitUntil(window.data_view.has_data, timeout=30000)
    settle(qtbot)
    checked = 0
    for tab, plot in ((window.plots, window.plots.loss_plot),
                      (window.plots, window.plots.accuracy_plot),
                      (window.data_view, window.data_view.counts_plot)):
        show_tab(qtbot, window, tab)
        labels = y_tick_labels(plot)
        assert labels, plot.objectName()
        for text, rect in labels:
            assert plot.rect().contains(rect), (plot.objectName(), text, rect, plot.rect())
            checked += 1
    texts = [text for text, _ in y_tick_labels(window.data_view.counts_plot)]
    assert "7000" in texts and "1.0" in [text for text, _ in y_tick_labels(window.plots.loss_plot)]
    assert checked >= 10


@pytest.mark.parametrize("window_width, form_kept", [(1024, False), (1600, True)])
def test_a_layout_saved_with_the_old_380_px_form_is_brought_up_to_date(
        qtbot, make_window, window_width, form_kept):
    """An earlier version started the form 380 px wide and saved that splitter position:
    restored at 1024 px it took the room the Inside tab needs (it scrolled sideways until
    the splitter was dragged). A form widened where the views still have room is kept."""
    old = make_window()
    old.resize(window_width, 768)
    settle(qtbot)
    old.main_splitter.setSizes([380, window_width - 380])
    settle(qtbot)
    assert old.main_splitter.sizes()[0] == 380
    old.close()  # saves the layout to QSettings, as any version did
    from PySide6.QtCore import QSettings
    QSettings().remove("window/formWidthChosen")  # (which earlier versions did not save)

    window = make_window()
    window.resize(window_width, 768)
    show_tab(qtbot, window, window.inside_view)
    form = window.main_splitter.sizes()[0]
    if form_kept:
        assert form == 380
    else:
        assert window.form_least_width() <= form < 380
        assert sideways_scrolling(window.inside_view) == []


def test_a_remembered_form_too_narrow_for_its_fields_is_widened(qtbot, make_window):
    old = make_window()
    old.resize(1280, 720)
    settle(qtbot)
    old.main_splitter.setSizes([100, 1180])  # the splitter stops at the form's least width
    settle(qtbot)
    old.close()

    window = make_window()
    window.resize(1280, 720)
    settle(qtbot)
    assert window.main_splitter.sizes()[0] == window.form_width()


def test_the_misread_digits_are_whole_in_a_narrow_column(qtbot, window):
    """At 1024 px the Inside tab's last column is narrower than two of its 42-pixel tiles:
    the gallery kept two columns and hid half of the second (it never scrolls sideways)."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model, TrainConfig, Trainer
    x, y, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(16,), epochs=1, val_size=1000))
    Trainer(model, x[:2000], y[:2000]).run()
    window.set_model(model)
    window.resize(1024, 768)
    show_tab(qtbot, window, window.inside_view)
    qtbot.waitUntil(lambda: window.inside_view.validation_result() is not None, timeout=20000)
    settle(qtbot)
    gallery = window.inside_view.gallery
    assert gallery.tile_count() > 4
    viewport = gallery.parentWidget()
    assert viewport.width() < 2 * 44  # narrower than two tiles: else this test shows nothing
    assert gallery.width() <= viewport.width()
    assert all(gallery.tile_rect(i).right() < viewport.width() for i in range(gallery.tile_count()))


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_a_form_the_user_narrowed_comes_back_as_narrow(qtbot, make_window, size):
    """A user who dragged the splitter to give the views more room finds the form as they
    left it at the next start (it came back fitted to its combo boxes' widest choices),
    as long as it is no narrower than the form's least width."""
    old = make_window()
    old.resize(*size)
    settle(qtbot)
    qtbot.wait(100)  # the first show fits the form a turn of the event loop later
    settle(qtbot)
    fitted = old.main_splitter.sizes()[0]
    assert not old.form_width_chosen()
    # a user's drag (splitterMoved), as far as the splitter goes: the form's least width
    old.main_splitter.moveSplitter(0, 1)
    settle(qtbot)
    narrowed = old.main_splitter.sizes()[0]
    assert narrowed < fitted - 8 and old.form_width_chosen()  # else this test shows nothing
    assert sideways_scrolling(old.training_panel) == []  # no field cut off
    old.close()

    window = make_window()
    window.resize(*size)
    settle(qtbot)
    qtbot.wait(100)  # the first show fits the form a turn of the event loop later
    settle(qtbot)
    assert abs(window.main_splitter.sizes()[0] - narrowed) <= 3
    assert window.main_splitter.sizes()[0] < window.form_width()


@pytest.fixture
def russian(qapp):
    """The app in Russian (its form is the widest); English again afterwards."""
    from digitdesk.gui.language import translations
    translations.apply("ru")
    yield
    translations.apply("en")


def test_a_form_width_the_app_chose_is_fitted_again_at_the_next_start(qtbot, make_window,
                                                                      russian):
    """In a narrow window the form gives the views their room first (in Russian, at
    1000 px, a few pixels less than it would take); that width, remembered, is not the
    user's choice: on a wider screen at the next start the form is fitted to its choices
    again."""
    old = make_window()
    old.resize(1000, 768)
    settle(qtbot)
    qtbot.wait(100)
    settle(qtbot)
    assert not old.form_width_chosen()
    at_1024 = old.main_splitter.sizes()[0]
    old.close()

    window = make_window()
    window.resize(1600, 900)
    settle(qtbot)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[0] == window.form_width(), timeout=5000)
    assert window.main_splitter.sizes()[0] > at_1024  # else this test shows nothing
    assert not window.form_width_chosen()
    assert window.training_panel.width_shortfall() <= 0


@pytest.mark.parametrize("size", [(1024, 768), SMALL_SCREEN, (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_line_under_the_layers_is_whole(qtbot, request, window, size, language):
    """The convolutional preset (the one recommended for drawing) fills the Layers field,
    and the line under it lists every layer's shape over four or five lines: they were
    cut at the top and the bottom once the form's scroll bar took its width."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    panel = window.training_panel
    panel.preset.setCurrentIndex(panel.preset.findData("convolutional"))
    panel.preset.activated.emit(panel.preset.currentIndex())
    settle(qtbot)
    message = panel.architecture.message
    assert message.isVisible() and "→" in message.text()
    assert message.height() >= message.heightForWidth(message.width()), (
        message.height(), message.heightForWidth(message.width()))


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_layers_that_cannot_be_built_leave_the_form_its_width(qtbot, request, window, size,
                                                              language):
    """The longest objection to the layers (an unknown name: the reason quotes the example
    conv32x5,pool2,conv64x5,pool2,dense128, one word to Qt) widened the form 46 px past
    its scroll area, which does not scroll sideways: the right edge of the message and of
    the Activation and Initialisation boxes was cut off. The form keeps its viewport's
    width, and no word of the message (or of the line under the form) is wider than its
    label, so all of it can be read."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    panel = window.training_panel
    panel.architecture.edit.setText("conv8x5,foo")
    settle(qtbot)
    qtbot.waitUntil(lambda: panel.problem.isVisible(), timeout=3000)
    settle(qtbot)
    scroll = panel.scroll
    assert scroll.widget().width() <= scroll.viewport().width(), (
        scroll.widget().width(), scroll.viewport().width())
    for label in (panel.architecture.message, panel.problem):
        assert label.isVisible() and "conv32x5" in label.text()
        metrics = QFontMetrics(label.font())
        widest = max(re.split(r"[\s\u200b]+", label.text()), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(widest) <= label.contentsRect().width(), widest
    box = panel.activation
    right = box.mapTo(scroll.viewport(), box.rect().topRight()).x()
    assert right <= scroll.viewport().width()


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_window_still_fits_1024_pixels_with_the_adaptation_badge(qtbot, request, window,
                                                                    language):
    """The badge under the preview ("Adapted to your handwriting", its button beside it)
    widened the window past a 1024-pixel screen: 1039 px in English, 1107 in Russian."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel = window.digit_panel
    for in_use, offer in ((True, 0), (False, 0), (None, 20)):
        panel.set_adaptation(in_use, offer)
        settle(qtbot)
        assert panel.switch_button.isVisible()
        assert window.minimumSizeHint().width() <= 1024 - 24, (in_use, offer)
        window.resize(1024, 768)
        settle(qtbot)
        badge = panel.badge
        if badge.isVisible():  # (not beside "Use the adapted model": the original reads)
            assert badge.height() >= badge.heightForWidth(badge.width())  # every line


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_adapted_badge_is_one_line_and_leaves_the_preview_its_size(qtbot, request, window,
                                                                       size, language):
    """"✓ Adapted to your handwriting" wrapped onto three lines beside its button at
    1280 x 720, and the preview above it shrank to make room (114 x 92 px, 86 in
    Russian). The words are in its tooltip now. Its row, once shown, still took 2 px from
    the preview, whose image then went from 4 screen pixels per pixel to 3 (112 -> 84 px):
    the row's height is kept while it is hidden."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    panel = window.digit_panel
    settle(qtbot)
    before = panel.preview.shown_side()
    assert before == 4 * 28  # (the preferred size: else this test shows little)
    # Adapted; and the offer to adapt another model ("20 of your digits are kept" and
    # "Adapt this model to them" wrapped onto two lines and widened the column too).
    for in_use, offer in ((True, 0), (False, 0), (None, 20)):
        panel.set_adaptation(in_use, offer)
        settle(qtbot)
        badge = panel.badge
        assert panel.switch_button.isVisible()
        assert panel.preview.shown_side() == before, (in_use, offer)
        if in_use is False:  # "Use the adapted model" alone: the original reads
            assert not badge.isVisible()
            continue
        assert badge.isVisible()
        assert badge.width() >= badge.sizeHint().width(), offer  # all of it, on one line
        assert badge.heightForWidth(badge.width()) == badge.heightForWidth(10000), offer
        assert badge.geometry().top() >= panel.keep_button.geometry().bottom()
        assert ("handwriting" if in_use else "20 of your digits") in badge.toolTip() \
            or language != "en"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_feature_maps_leave_room_for_their_heading_and_note(qtbot, request, window, size,
                                                               language):
    """With a convolutional model and a digit on the pad, the feature maps painted over the
    note under them ("All 16 maps of conv16x5…") at 1024 x 768, and over the heading above
    them in Russian; a first fix made the Russian tab scroll sideways by 11 px."""
    from digitdesk.engine import Model, TrainConfig
    from test_gui import draw_digit
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*size)
    view = window.inside_view
    show_tab(qtbot, window, view)
    window.set_model(Model(TrainConfig(layers=("conv16x5", "pool2", "dense32"), seed=1)))
    draw_digit(window.drawing_canvas)
    maps = view.feature_maps
    qtbot.waitUntil(lambda: maps.isVisible() and maps.grid.tile_count() == 16, timeout=20000)
    qtbot.waitUntil(lambda: maps.note.text() != "", timeout=20000)
    settle(qtbot)

    def rect(widget):
        return widget.geometry().translated(widget.parentWidget().mapTo(view, widget.pos())
                                            - widget.pos())
    grid = rect(maps.grid)
    for neighbour in (maps.heading, maps.layer_choice, maps.note, view.weights_note):
        assert not grid.intersects(rect(neighbour)), (neighbour.objectName(), grid,
                                                      rect(neighbour))
    assert maps.note.height() >= maps.note.heightForWidth(maps.note.width())  # every line
    assert maps.heading.height() >= maps.heading.heightForWidth(maps.heading.width())
    assert sideways_scrolling(view) == []


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_inside_tab_of_a_cnn_fits_a_window_opened_in_that_language(qtbot, make_window,
                                                                      language):
    """Built in Russian the form takes its widest choices' width (352 px at 1024), 12 px
    more than after a switch from English: the Inside tab of a convolutional network
    then scrolled sideways by 3 px."""
    from digitdesk.engine import PRESETS, Model
    from digitdesk.gui.language import translations
    from test_gui import draw_digit
    translations.apply(language)
    try:
        window = make_window()
        window.resize(1024, 768)
        show_tab(qtbot, window, window.inside_view)
        window.set_model(Model(PRESETS["convolutional"].replace(seed=1)))
        draw_digit(window.drawing_canvas)
        maps = window.inside_view.feature_maps
        qtbot.waitUntil(lambda: maps.isVisible() and maps.grid.tile_count() == 16,
                        timeout=20000)
        settle(qtbot)
        assert sideways_scrolling(window.inside_view) == []
        window.close()
    finally:
        translations.apply("en")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_the_left_column_keeps_off_the_window_s_edge_on_one_line(qtbot, window, size):
    """The Model and While it trains boxes touched the window's left edge (the first
    Chinese character of their titles lost a pixel); the form started 6 px in."""
    from PySide6.QtCore import QPoint
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    panel = window.training_panel
    lefts = {name: widget.mapTo(window, QPoint(0, 0)).x() for name, widget in (
        ("Model", window._info_box), ("While it trains", window.live_rates),
        ("Preset", panel._preset_label), ("form", panel.scroll), ("Start", panel.start_button))}
    assert min(lefts.values()) >= 4 and len(set(lefts.values())) == 1, lefts


def unsure_of_nine_digits(qtbot, window):
    """A model that knows 0 to 8 only, untrained, reading a drawn 7: the note on the
    answer says both "I don't know…" and "This model only knows 0, 1, … 8…", its longest."""
    from digitdesk.engine import Model, TrainConfig
    from test_gui import draw_digit
    panel = window.digit_panel
    window.set_model(Model(TrainConfig(hidden=(16,), digits=tuple(range(9)), deskew=True,
                                       seed=1)))
    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, panel)
    note = panel.confidence.note
    only_knows = panel.confidence.tr(
        "This model only knows {digits}. It cannot answer \"none of these\": any other digit "
        "is still read as one of them, however sure it looks.")
    assert note.isVisible() and "\n" in note.text()  # both lines
    assert only_knows.split("{digits}")[0] in note.text()
    return note


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_window_fits_1280_by_720_with_the_longest_note_on_the_answer(qtbot, request, window,
                                                                        language):
    """The note on the answer, under the sliders, made the window's least height 663 px
    (702 in Russian), past the 640 px a 1280 x 720 screen leaves it. In every state of the
    drawing panel (no model; the longest note; the badge beside the preview, or its offer)
    the window's least height leaves 20 px to spare, and at 1280 x 640 nothing in the panel
    is cut: the note, the bars' ten rows, the badge."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*SMALL_SCREEN)
    settle(qtbot)
    assert window.minimumSizeHint().height() <= 620  # no model
    panel, bars = window.digit_panel, window.probability_view
    note = unsure_of_nine_digits(qtbot, window)
    for in_use, offer in ((None, 0), (True, 0), (None, 20)):
        panel.set_adaptation(in_use, offer)
        settle(qtbot)
        assert note.isVisible()
        assert window.minimumSizeHint().height() <= 620, (in_use, offer)
        window.resize(*SMALL_SCREEN)  # (the window does not shrink by itself)
        settle(qtbot)
        assert window.height() <= SMALL_SCREEN[1]
        assert panel.note_is_beside()  # the room is beside the bars at 1280 px
        # nothing cut, nothing over anything else
        assert note.height() >= note.heightForWidth(note.width())  # every line of the note
        assert note.width() >= panel.note_beside_width()
        assert not note.geometry().intersects(bars.geometry())
        assert panel.rect().contains(note.geometry())
        assert bars.height() >= bars.minimumSizeHint().height()
        assert bars.width() >= bars.minimumSizeHint().width()
        geometry = bars._geometry()
        assert geometry.labels[1].top() - geometry.labels[0].top() >= bars.fontMetrics().height()
        for widget in (panel.badge, panel.switch_button, panel.keep_button, panel.teach_button,
                       panel.undo_button, panel.confidence, panel.preview, panel.sees_label):
            if widget.isVisible():
                assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()
                assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()


def test_the_drawing_panel_can_be_made_short_again(qtbot, window):
    """The pad is square. It told the layout that its height was its width: once the
    splitter had made the panel taller (the pad wider), the panel could never be made
    shorter again, and the window's least height stayed at 700 px."""
    window.resize(*SMALL_SCREEN)
    settle(qtbot)
    splitter = window.right_splitter
    least = window.minimumSizeHint().height()
    views, panel = splitter.sizes()
    canvas = window.drawing_canvas
    side = canvas.width()
    splitter.setSizes([views - 40, panel + 40])
    settle(qtbot)
    assert splitter.sizes()[1] >= panel + 10 and canvas.width() >= side + 10  # the pad wider
    splitter.setSizes([views, panel])
    settle(qtbot)
    assert abs(splitter.sizes()[1] - panel) <= 2
    assert window.minimumSizeHint().height() == least
    assert canvas.width() <= canvas.height() + 1  # still square


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_note_goes_under_the_sliders_at_1024_pixels(qtbot, request, window, language):
    """At 1024 px the bars have no width to spare beside them: the note goes under the
    sliders (a 1024 x 768 screen has the height), and back beside the bars at 1280."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel, bars = window.digit_panel, window.probability_view
    note = unsure_of_nine_digits(qtbot, window)
    for size, beside in (((1024, 768), False), (SMALL_SCREEN, True), ((1024, 768), False)):
        window.resize(*size)
        settle(qtbot)
        assert window.width() == size[0]
        assert panel.note_is_beside() == beside, size
        assert note.isVisible() and note.height() >= note.heightForWidth(note.width())
        assert not note.geometry().translated(note.parentWidget().mapTo(panel, note.pos())
                                              - note.pos()).intersects(bars.geometry())
        assert bars.height() >= bars.minimumSizeHint().height()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_note_beside_the_bars_is_never_squeezed(qtbot, request, window, language):
    """A window narrowed from 1280 px: the bars stop at their least width, and the note
    beside them was squeezed to 75 px, its first and last lines cut (Russian, 1024 px).
    Narrower than its least width, it goes under the sliders."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel = window.digit_panel
    note = unsure_of_nine_digits(qtbot, window)
    placements = set()
    for width in range(1280, 1000, -24):
        window.resize(width, SMALL_SCREEN[1])
        settle(qtbot)
        placements.add(panel.note_is_beside())
        assert note.isVisible() and note.height() >= note.heightForWidth(note.width()), width
        if panel.note_is_beside():
            assert note.width() >= panel.note_beside_width(), width
        bars = window.probability_view
        assert bars.height() >= bars.minimumSizeHint().height()
    assert placements == {True, False}  # both seen: else this test shows nothing


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_note_s_place_at_a_width_does_not_depend_on_the_way_there(qtbot, request, window,
                                                                     language):
    """Under the sliders the note makes the panel taller, and its square pad wider, so
    the bars had less room beside them: a window narrowed to 1130 px and widened again
    kept the note under the sliders (58 px taller in Russian) up to 1240 px, where one
    narrowed from 1280 px had it beside the bars down to 1180. At every width the note
    now has the same place, and the window the same least height, whichever way the
    window was resized."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel = window.digit_panel
    note = unsure_of_nine_digits(qtbot, window)
    widths = range(1280, 1000, -16)

    def placements(order):
        seen = {}
        for width in order:
            window.resize(width, SMALL_SCREEN[1])
            settle(qtbot)
            assert note.isVisible() and note.height() >= note.heightForWidth(note.width())
            if panel.note_is_beside():
                assert note.width() >= panel.note_beside_width(), width
            seen[width] = (panel.note_is_beside(), window.minimumSizeHint().height())
        return seen

    narrowing = placements(widths)
    widening = placements(reversed(widths))
    assert {beside for beside, _ in narrowing.values()} == {True, False}  # both seen
    assert widening == narrowing


@pytest.mark.parametrize("language", ["en", "ru"])
def test_with_the_note_under_the_sliders_the_pen_s_controls_go_under_the_pad(qtbot, request,
                                                                             window, language):
    """With the note under the sliders (1024 px) the panel is taller than its square pad
    needs, and the space under the pad was empty while the pen's width, Undo and Clear made
    the sliders' column taller: they go under the pad there, whole and no wider than it,
    and back beside the sliders at 1280 px, where the note goes beside the bars."""
    from PySide6.QtCore import QPoint, Qt
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel, canvas = window.digit_panel, window.drawing_canvas
    unsure_of_nine_digits(qtbot, window)
    controls = (panel.pen_label, panel.pen_slider, panel.pen_value_label, panel.undo_button,
                panel.clear_button)
    for size, under in (((1024, 768), True), (SMALL_SCREEN, False), ((1024, 640), True)):
        window.resize(*size)
        settle(qtbot)
        assert panel.note_is_beside() != under, size
        pad = canvas.geometry()
        for widget in controls:
            place = widget.geometry().translated(widget.parentWidget().mapTo(panel, QPoint()))
            assert widget.isVisible(), widget
            assert place.height() >= widget.minimumSizeHint().height(), widget
            assert place.width() >= widget.minimumSizeHint().width(), widget
            assert panel.rect().contains(place), (size, widget)
            if under:
                assert place.top() > pad.bottom(), (size, widget)
                assert pad.left() <= place.left() and place.right() <= pad.right(), (size, widget)
            else:
                assert place.left() > pad.right(), (size, widget)
    # and under the pad, Undo takes the drawing away
    window.resize(1024, 768)
    settle(qtbot)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert canvas.is_empty()


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_window_fits_1024_by_640_with_the_longest_note_on_the_answer(qtbot, request, window,
                                                                        language):
    """At 1024 px the note goes under the sliders, and the Learning curves' plots needed
    the height of their axis labels, longer in Russian: the window's least height was
    688 px in Russian (649 in English), past the 640 px a 1280 x 720 screen leaves it.
    The pen's controls go under the pad, and the plots scroll rather than shrink below the
    height their labels need."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    panel = window.digit_panel
    note = unsure_of_nine_digits(qtbot, window)
    window.resize(1024, SMALL_SCREEN[1])
    settle(qtbot)
    assert not panel.note_is_beside()
    assert window.minimumSizeHint().height() <= SMALL_SCREEN[1]
    assert window.height() <= SMALL_SCREEN[1]
    assert note.isVisible() and note.height() >= note.heightForWidth(note.width())
    show_tab(qtbot, window, window.plots)
    for plot in (window.plots.loss_plot, window.plots.accuracy_plot):
        axis = plot.getPlotItem().getAxis("left")
        assert axis.geometry().height() >= label_length(axis), plot.objectName()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_with_no_note_the_bars_have_the_note_s_column_too(qtbot, request, window, language):
    """At 1280 px the note goes beside the bars; with nothing to say (a sure answer) its
    empty column still took half the width, so the bars stopped halfway across the panel
    and the Russian "уверенность >99%" no longer fitted beside the big digit. The column
    comes back when the note does."""
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(*SMALL_SCREEN)
    panel, bars = window.digit_panel, window.probability_view
    note = unsure_of_nine_digits(qtbot, window)
    settle(qtbot)
    assert panel.note_is_beside()
    with_note = bars.width()
    verdict = panel.confidence._verdict  # (the untrained model's: unsure, knows 0-8)
    panel.confidence.show_verdict(None)  # a sure answer: the note has nothing to say
    bars.set_unsure(False)
    bars.set_probabilities(np.array([0.0001] * 3 + [0.9991] + [0.0001] * 6))
    settle(qtbot)
    assert not note.isVisible()
    room = panel.width() - bars.geometry().left()
    assert bars.width() >= room - 20, (bars.width(), room)  # to the panel's edge
    assert bars.width() >= with_note + 100
    assert bars.answer_text() == bars.tr("{percent} sure").format(percent=">99%")
    panel.confidence.show_verdict(verdict)  # the note again: its column again
    settle(qtbot)
    assert note.isVisible() and bars.width() <= with_note + 2


def test_a_wrapped_label_made_wider_gives_back_the_lines_it_no_longer_needs(qtbot):
    """A WrappingLabel's least height follows its width, but Qt's heightForWidth never
    goes below the least height: once wrapped onto two lines it kept two lines' height
    when widened, and a one-line title sank half a line below the check box beside it
    (the bug lab's titles, at 1280 x 720 in Russian)."""
    from PySide6.QtWidgets import QLabel
    from digitdesk.gui.fitting import WrappingLabel
    text = "Производная сигмоиды с неверным знаком"
    label = WrappingLabel(text)
    qtbot.addWidget(label)
    label.resize(120, 200)
    label.show()
    qtbot.waitExposed(label)
    plain = QLabel(text)
    plain.setWordWrap(True)
    assert label.minimumHeight() == plain.heightForWidth(120) > plain.heightForWidth(600)
    label.resize(600, 200)
    assert label.minimumHeight() == plain.heightForWidth(600)


def test_the_bug_lab_titles_are_as_tall_as_their_lines(qtbot, window):
    """Each title beside its switch is no taller than its lines: an empty half line above
    and below set the text lower than its box."""
    from PySide6.QtWidgets import QLabel
    window.resize(1280, 720)
    lab = window.training_panel.bug_lab
    window.training_panel.scroll.ensureWidgetVisible(lab)
    for label in lab.labels.values():
        plain = QLabel(label.text())
        plain.setWordWrap(True)
        plain.setFont(label.font())
        qtbot.waitUntil(lambda label=label, plain=plain:
                        label.minimumHeight() == plain.heightForWidth(label.width()), timeout=2000)


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_curves_read_out_keeps_the_window_1024_pixels_wide(qtbot, request, window,
                                                               language):
    """Pointed at after an epoch, the learning curves read out the batch, the validation
    loss and accuracy and the training accuracy: on one line, that widened a 1024 px
    window to 1,265 px (1,418 in Russian). It wraps instead, and reads whole."""
    from conftest import hover
    request.addfinalizer(lambda: window.set_language("en"))
    window.set_language(language)
    window.resize(1024, 768)
    plots = window.plots
    show_tab(qtbot, window, plots)
    plots.add_batches(np.arange(1, 201) / 100, np.linspace(2.0, 0.5, 200))
    plots.add_epoch(1.0, 0.5712, 0.84, 1.0)
    plots.add_epoch(2.0, 0.5579, 0.848, 1.0)
    plots._redraw()
    settle(qtbot)
    hover(plots.accuracy_plot, 1.9, 90)
    qtbot.waitUntil(lambda: "100.00%" in plots.readout.text() or "100,00%" in plots.readout.text(),
                    timeout=2000)
    settle(qtbot)
    assert window.width() == 1024
    assert plots.readout.height() >= plots.readout.heightForWidth(plots.readout.width())
