"""Plot axes that read plainly, shared by the learning curves and the diagnostics.

pyqtgraph scales an axis by an SI prefix when its values are small or large: an empty
plot (x from 0 to 1) reads "epoch (x0.001)" with ticks 100 ... 900, and a loss below 1
reads "loss (x0.001)". Epochs, losses and ratios are plain numbers here, so the prefixes
are switched off. And a rotated y-axis label is cut off when its plot is shorter than the
label is long, so a plot is given at least that height.
"""

import math
import re

from .numbers import localise

AXES = ("left", "bottom", "right", "top")
LABEL_MARGIN = 4  # pixels kept clear above and below a y-axis label


def plain_axes(plot_widget):
    """No SI prefix on any axis of ``plot_widget`` (a ``pg.PlotWidget``), and tick labels
    written as the language in use writes numbers (0,5 in Russian)."""
    item = plot_widget.getPlotItem()
    for name in AXES:
        axis = item.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.tickStrings = _localised(axis.tickStrings)


# A tick label of five or more digits before any decimal point: pyqtgraph writes 600000.
_LONG_NUMBER = re.compile(r"^(-?)(\d{5,})(\.\d*)?$")


def grouped(text):
    """A tick label with its digits grouped in threes when it has five or more before the
    point ("600000" -> "600,000"; the language's separators come after): a count of
    batches or images is read at a glance. Four digits stay as they are ("1000"), as
    Russian typesetting leaves them."""
    match = _LONG_NUMBER.match(text)
    if match is None:
        return text
    sign, whole, fraction = match.groups()
    return f"{sign}{int(whole):,}{fraction or ''}"


def _localised(tick_strings):
    """``tick_strings`` (an axis's method), its labels grouped and with the language's
    separators (600 000 in Russian)."""
    def localised_tick_strings(values, scale, spacing):
        return [localise(grouped(text)) for text in tick_strings(values, scale, spacing)]
    return localised_tick_strings


def label_length(axis):
    """How long ``axis``'s label is along the axis, in pixels (0 without a label)."""
    if axis.label is None or not axis.labelText:
        return 0
    return math.ceil(axis.label.boundingRect().width())


def keep_label_readable(plot_widget):
    """Give ``plot_widget`` at least the height its y-axis label needs, with the x axis
    below it when that is shown; call after the labels are set."""
    item = plot_widget.getPlotItem()
    height = label_length(item.getAxis("left")) + 2 * LABEL_MARGIN
    bottom = item.getAxis("bottom")
    if item.axes["bottom"]["item"].isVisible():
        height += bottom.maximumHeight() if bottom.maximumHeight() < 1000 else 40
    plot_widget.setMinimumHeight(height)
