"""Plot axes that read plainly, shared by the learning curves and the diagnostics.

pyqtgraph scales an axis by an SI prefix when its values are small or large: an empty
plot (x from 0 to 1) reads "epoch (x0.001)" with ticks 100 ... 900, and a loss below 1
reads "loss (x0.001)". Epochs, losses and ratios are plain numbers here, so the prefixes
are switched off. A y tick label at the top or the bottom of a plot is kept inside it.
And a rotated y-axis label is cut off when its plot is shorter than the
label is long, so a plot is given at least that height. Every plot of the window is
made by ``plot_widget``.
"""

import math
import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from .focus import frame_focus, not_a_tab_stop
from .numbers import MINUS, localise, power_of_ten

AXES = ("left", "bottom", "right", "top")
LABEL_MARGIN = 4  # pixels kept clear above and below a y-axis label


def plot_widget(**options):
    """A ``pg.PlotWidget`` to look at, as every plot of the window is: on the window's
    background, no Tab stop (see ``not_a_tab_stop``), and no right-click menu. The view's
    menu is left unbuilt, not built and then switched off: for the window's 15 plots it
    took 0.11 s of the 1.09 s a window took to open (cProfile), and every test that opens
    a window paid it. ``options`` go to ``pg.PlotWidget``."""
    return not_a_tab_stop(pg.PlotWidget(background=None, enableMenu=False, **options))


def plain_axes(plot_widget):
    """No SI prefix on any axis of ``plot_widget`` (a ``pg.PlotWidget``), and tick labels
    written as the language in use writes numbers (0,5 in Russian)."""
    item = plot_widget.getPlotItem()
    for name in AXES:
        axis = item.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.tickStrings = _localised(axis.tickStrings)
    room_for_end_ticks(plot_widget)


def room_for_end_ticks(plot_widget):
    """Keep the y axis's top and bottom tick labels inside ``plot_widget``.

    A y tick label is centred on its tick, so the label of a tick at the very top of the
    plot ("1.0" on an empty plot, "7000" on a bar chart) reaches half a line above it,
    past the widget's edge, and was cut in half; the same at the bottom when no x axis
    is below it. The plot is given that half line, plus a pixel, as a margin."""
    item = plot_widget.getPlotItem()
    font = item.getAxis("left").style["tickFont"] or QApplication.font()
    half_line = math.ceil(QFontMetrics(font).height() / 2) + 1
    left, _, right, _ = item.layout.getContentsMargins()
    item.layout.setContentsMargins(left, half_line, right, half_line)


# A tick label of ``digits`` or more digits before any decimal point: pyqtgraph writes 600000.
def _long_number(digits):
    return re.compile(r"^(-?)(\d{%d,})(\.\d*)?$" % digits)


def grouped(text, digits=5):
    """A tick label with its digits grouped in threes when it has ``digits`` or more before
    the point ("600000" -> "600,000"; the language's separators come after): a count of
    batches or images is read at a glance. Four digits stay as they are ("1000"), as
    Russian typesetting leaves them, unless the axis groups longer ones (``axis_labels``)."""
    match = _long_number(digits).match(text)
    if match is None:
        return text
    sign, whole, fraction = match.groups()
    return f"{sign}{int(whole):,}{fraction or ''}"


def axis_labels(texts):
    """An axis's tick labels, as pyqtgraph writes them, written as the window writes
    numbers: grouped (four digits too when a longer label on the same axis is: a count
    axis read "5000" under "20,000", as if they were two kinds of number), with the
    language's separators, an exponent as a power of ten ("1.3·10⁷", not pyqtgraph's
    "1.3e+07", as ``scientific`` writes it in the texts), and a negative number with a
    true minus ("−0.2", as ``signed`` writes it beside the plots; pyqtgraph writes a hyphen)."""
    digits = 4 if any(grouped(text) != text for text in texts) else 5
    return [localise(power_of_ten(grouped(text, digits))).replace("-", MINUS) for text in texts]


def _localised(tick_strings):
    """``tick_strings`` (an axis's method), its labels as ``axis_labels`` writes them."""
    def localised_tick_strings(values, scale, spacing):
        return axis_labels(tick_strings(values, scale, spacing))
    return localised_tick_strings


def label_length(axis):
    """How long ``axis``'s label is along the axis, in pixels (0 without a label)."""
    if axis.label is None or not axis.labelText:
        return 0
    return math.ceil(axis.label.boundingRect().width())


def keep_label_readable(plot_widget, least_curves=0):
    """Give ``plot_widget`` at least the height its y-axis label needs (or its legend,
    when that sits beside the plot area), with the x axis below it when that is shown;
    call after the labels and the legend's names are set. ``least_curves``: the least
    height of the curves themselves, if more (pixels)."""
    item = plot_widget.getPlotItem()
    _, top, _, bottom_margin = item.layout.getContentsMargins()  # room_for_end_ticks
    beside = item.legend is not None and item.legend.parentLayoutItem() is item.layout
    legend = math.ceil(item.legend.layout.preferredHeight()) if beside else 0
    along = max(label_length(item.getAxis("left")) + 2 * LABEL_MARGIN, legend, least_curves)
    height = along + math.ceil(top + bottom_margin)
    bottom = item.getAxis("bottom")
    if item.axes["bottom"]["item"].isVisible():
        height += bottom.maximumHeight() if bottom.maximumHeight() < 1000 else 40
    plot_widget.setMinimumHeight(height)


def scrolling_plots(*plots, stretches=None):
    """The plots one above the other in a scroll area: they scroll rather than shrink
    below the height their labels need (on a short screen, or with the drawing panel
    dragged up). ``stretches``: their shares of the height (equal by default)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for plot, stretch in zip(plots, stretches or [1] * len(plots)):
        layout.addWidget(plot, stretch)
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return frame_focus(scroll)  # the plots take no keys: the arrows scroll them
