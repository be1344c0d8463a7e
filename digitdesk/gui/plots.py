"""The live training curves (pyqtgraph).

Two plots share the x axis (epochs, fractional: 2.5 is half-way through the third epoch):

* loss: every batch's loss (faint), its moving average, and the validation loss after
  each epoch;
* accuracy: the validation accuracy after each epoch, in percent, and the accuracy on
  training images beside it (blue, as the training loss): far above the validation
  accuracy, the network memorises its training images.

New points arrive in bursts from the training worker (``add_batches``, ``add_epoch``); they
are appended to arrays, and a timer hands the arrays to the existing curves with ``setData``
at most ~25 times a second, and only when something changed. The curves are never rebuilt,
and downsampling plus clip-to-view keep an hours-long history smooth.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget)
from .language import Retranslatable

from ..engine.model import thin_old_points
from .numbers import local
from .axes import keep_label_readable, plain_axes, plot_widget, scrolling_plots

# At most 10 redraws a second: smooth enough for a curve that grows, and every redraw holds
# Python's GIL, which the training thread needs too (measured in bench_gui.py: at 20 Hz
# the plot cost the training a third of its speed).
REDRAW_INTERVAL_MS = 100
AVERAGE_WINDOW = 50  # batches in the moving average (fewer when an epoch has fewer batches)

BATCH_COLOR = QColor(86, 156, 214, 70)  # faint blue
AVERAGE_COLOR = QColor(40, 110, 200)
VAL_LOSS_COLOR = QColor(230, 126, 34)
ACCURACY_COLOR = QColor(39, 174, 96)
TRAIN_ACCURACY_COLOR = AVERAGE_COLOR  # blue is training, in both plots
# The two plots' least height at most, below which they scroll: what their axis labels
# need in English (59 + 148 px), whatever the language.
PLOTS_LEAST_HEIGHT = 208


class GrowingArray:
    """A 1-D float array that is appended to: the storage doubles when it is full, so
    adding n points costs O(n) in total. ``values`` is a view of the filled part."""

    def __init__(self, capacity=1024):
        self._data = np.empty(capacity)
        self._size = 0

    def __len__(self):
        return self._size

    @property
    def values(self):
        return self._data[:self._size]

    def extend(self, values):
        values = np.asarray(values, dtype=float)
        needed = self._size + len(values)
        if needed > len(self._data):
            capacity = len(self._data)
            while capacity < needed:
                capacity *= 2
            bigger = np.empty(capacity)
            bigger[:self._size] = self._data[:self._size]
            self._data = bigger
        self._data[self._size:needed] = values
        self._size = needed

    def clear(self):
        self._size = 0


def release_plots(widget):
    """Take the fragile parts out of the plots inside ``widget`` while all is still alive.

    Called when the window closes. While Qt deletes a window, pyqtgraph items written in
    Python are still asked for their geometry: a linked view updates its partner, an
    InfiniteLine (the hover line, a learning-rate mark) measures its view box, and either
    may already be deleted. That raised errors and sometimes crashed the process in the
    tests, the more often the more plots a window has. Unlinked and without its lines
    first, no such item has anyone left to ask.
    """
    for plot in widget.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        item.setXLink(None)
        item.setYLink(None)
        for line in [i for i in item.getViewBox().addedItems if isinstance(i, pg.InfiniteLine)]:
            item.removeItem(line)


def finite_points(xs, ys):
    """The points of ``(xs, ys)`` whose value is a number. An epoch without a validation
    set (NaN) or a diverged one has no point: pyqtgraph, given only NaN values for a
    curve with symbols, warns "All-NaN slice encountered" at every repaint."""
    finite = np.isfinite(ys)
    return xs[finite], ys[finite]


def nearest_index(xs, x):
    """The index of the value nearest to ``x`` in the sorted, non-empty array ``xs``."""
    i = int(np.clip(np.searchsorted(xs, x), 0, len(xs) - 1))
    return i - 1 if i > 0 and x - xs[i - 1] < xs[i] - x else i


class HoverLine:
    """A vertical line across each of ``plot_widgets`` that follows the mouse: over a plot,
    ``on_hover(x)`` is called with the x (in data coordinates) under the mouse, and is
    expected to call ``show_at``; off the plots, the lines hide."""

    def __init__(self, plot_widgets, on_hover):
        self._on_hover = on_hover
        self._lines = []
        for widget in plot_widgets:
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((128, 128, 128, 140)))
            line.hide()
            widget.addItem(line, ignoreBounds=True)
            self._lines.append(line)
            widget.scene().sigMouseMoved.connect(
                lambda position, widget=widget: self._on_mouse_moved(widget, position))

    def _on_mouse_moved(self, widget, scene_position):
        view = widget.getPlotItem().getViewBox()
        if view.sceneBoundingRect().contains(scene_position):
            self._on_hover(view.mapSceneToView(scene_position).x())
        else:
            self.hide()

    def show_at(self, x):
        for line in self._lines:
            line.setPos(x)
            line.show()

    def hide(self):
        for line in self._lines:
            line.hide()


def _legend_beside(item):
    """A legend for ``item`` (a ``pg.PlotItem``) in a column of its own at the right of its
    plot area. Inside the plot it hid the curves wherever it sat, in every language
    (question 003's accuracy jumps between 50% and 93% all along: no corner is free);
    above it, in the title row, it cost the plot a row's height, which a 720 px screen
    does not have in Russian."""
    legend = item.addLegend(offset=None, labelTextSize="9pt")
    legend.layout.setContentsMargins(6, 0, 2, 0)
    item.layout.addItem(legend, 2, 3)  # the row of the plot area, after the right axis
    # as big as its names, at the top: stretched, its rows spread over the plot's height
    legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop)
    return legend


class TrainingPlots(Retranslatable, QWidget):
    """Loss and accuracy curves with a log-scale switch and a hover read-out."""

    logScaleChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self._batch_x = GrowingArray()
        self._batch_loss = GrowingArray()
        self._loss_sums = GrowingArray()  # running sum of batch losses, for the moving average
        self._average = GrowingArray()
        self._epoch_x = GrowingArray(64)
        self._val_loss = GrowingArray(64)
        self._val_accuracy = GrowingArray(64)
        self._train_accuracy = GrowingArray(64)
        self._average_window = AVERAGE_WINDOW
        self._changed = False  # new batch points since the last redraw
        self._epochs_changed = False  # new epoch points since the last redraw
        self._rate_marks = []  # (epoch, lr, momentum): changes made during training
        self._rate_lines = []  # their vertical lines, on both plots

        self.loss_plot = plot_widget()
        self.loss_plot.setObjectName("lossPlot")
        self.accuracy_plot = plot_widget()
        self.accuracy_plot.setObjectName("accuracyPlot")

        loss = self.loss_plot.getPlotItem()
        accuracy = self.accuracy_plot.getPlotItem()
        for item in (loss, accuracy):
            # No grid: pyqtgraph draws it as part of the axes, across the whole plot, so
            # every new point would repaint the axes too; measured, that was most of the
            # GUI thread's time while training. The hover read-out gives exact values.
            item.setDownsampling(auto=True, mode="peak")
            item.setClipToView(True)
        self._legend = _legend_beside(loss)
        accuracy.setXLink(loss)
        loss.getAxis("bottom").setStyle(showValues=False)
        for plot in (self.loss_plot, self.accuracy_plot):
            plain_axes(plot)  # "epoch", not "epoch (x0.001)"
        self._range_accuracy()
        loss.setMouseEnabled(x=True, y=False)
        accuracy.setMouseEnabled(x=True, y=False)

        # The faint per-batch curve has by far the most points: drawn without antialiasing,
        # which costs several times more and does not show on a faint 1-pixel line.
        self.batch_curve = loss.plot(pen=pg.mkPen(BATCH_COLOR, width=1), antialias=False,
                                     name=" ")  # named in retranslate()
        self.average_curve = loss.plot(pen=pg.mkPen(AVERAGE_COLOR, width=2),
                                       name=" ")
        # A 2-pixel antialiased line costs ~10 ms a redraw with every batch's point in it
        # (measured: 30 ms for 2,600 points, most of the GUI thread's time while training).
        # The average is smooth, so one averaged point per two pixels looks the same and
        # costs a third; the faint batch curve keeps "peak" downsampling, to show spikes.
        self.average_curve.setDownsampling(auto=True, method="mean")
        self.average_curve.opts["autoDownsampleFactor"] = 0.5  # points per pixel
        # And drawn as separate segments instead of one path: the same pixels here (the
        # line is opaque), for half the cost again (measured: 6.5 -> 2.9 ms a redraw).
        self.average_curve.curve.setSegmentedLineMode("on")
        self.val_loss_curve = loss.plot(
            pen=pg.mkPen(VAL_LOSS_COLOR, width=2), symbol="o", symbolSize=6,
            symbolBrush=VAL_LOSS_COLOR, symbolPen=None, name=" ")
        # Its own legend: a green dot with no name was a puzzle next to the loss plot's.
        self._accuracy_legend = _legend_beside(accuracy)
        self.accuracy_curve = accuracy.plot(
            pen=pg.mkPen(ACCURACY_COLOR, width=2), symbol="o", symbolSize=6,
            symbolBrush=ACCURACY_COLOR, symbolPen=None, name=" ")  # named in retranslate()
        # Dashed with hollow dots: where the two lie on each other (a network that does
        # not memorise), the validation points still show through.
        self.train_accuracy_curve = accuracy.plot(
            pen=pg.mkPen(TRAIN_ACCURACY_COLOR, width=2, style=Qt.PenStyle.DashLine),
            symbol="o", symbolSize=7, symbolBrush=None,
            symbolPen=pg.mkPen(TRAIN_ACCURACY_COLOR, width=1.5), name=" ")

        # Hover: a vertical line on both plots and the values under it in a label.
        self.hover = HoverLine((self.loss_plot, self.accuracy_plot), self._show_values_at)

        self.log_scale = QCheckBox()
        self.log_scale.toggled.connect(self.set_log_scale)
        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        # Onto a second line where the window is narrow: unwrapped, its longest read-out
        # (after epoch N, with both accuracies, in Russian) widened the window to 1,418 px.
        self.readout.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.readout, 1)
        top.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        # The plots scroll rather than make the window taller: their least height came
        # from their axis labels' length, longer in Russian ("потери", "точность (%)"),
        # and that made the window's least height at 1024 px 662 px in Russian, past the
        # 640 px a 1280 x 720 screen leaves it. (Set in retranslate().)
        self._plots_area = scrolling_plots(self.loss_plot, self.accuracy_plot,
                                           stretches=(3, 2))
        layout.addWidget(self._plots_area, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw)
        self._timer.start()
        self.retranslate()

    def retranslate(self):
        self.loss_plot.setAccessibleName(self.tr("Loss plot"))
        self.loss_plot.setToolTip(self.tr(
            "The loss: how wrong the network is (lower is better).\n"
            "Faint: every batch. Dark: the average of the last batches.\n"
            "Orange dots: the loss on validation images the network never trains on.\n"
            "If the orange line rises while the blue one falls, the network is memorising."))
        self.accuracy_plot.setAccessibleName(self.tr("Accuracy plot"))
        self.accuracy_plot.setToolTip(self.tr(
            "The share of images the network reads correctly, after each epoch.\n"
            "Green: validation images, which it never trains on.\n"
            "Blue, dashed: its training images (up to 1,000 of them, undistorted).\n"
            "If the blue line climbs towards 100% while the green one stays below,\n"
            "the network is memorising its training images instead of learning digits."))
        loss = self.loss_plot.getPlotItem()
        accuracy = self.accuracy_plot.getPlotItem()
        loss.setLabel("left", self.tr("loss"))
        accuracy.setLabel("left", self.tr("accuracy"), units="%")
        accuracy.setLabel("bottom", self.tr("epoch"))
        for legend, curve, name in (
                (self._legend, self.batch_curve, self.tr("batch loss")),
                (self._legend, self.average_curve, self.tr("moving average")),
                (self._legend, self.val_loss_curve, self.tr("validation loss")),
                (self._accuracy_legend, self.accuracy_curve, self.tr("validation accuracy")),
                (self._accuracy_legend, self.train_accuracy_curve,
                 self.tr("training accuracy"))):
            curve.opts["name"] = name
            legend.getLabel(curve).setText(name)
        # Both legends as wide as the wider one: the plots share their epoch axis, so their
        # areas must be as wide as each other for an epoch to be at one x in both.
        legends = (self._legend, self._accuracy_legend)
        for legend in legends:
            legend.setMinimumWidth(0)
            legend.setMaximumWidth(10_000)
        width = max(legend.layout.preferredWidth() for legend in legends)
        for legend, item in zip(legends, (loss, accuracy)):
            legend.setMinimumWidth(width)
            legend.setMaximumWidth(width)
            # pyqtgraph's legend places itself at (0, 0) when its names change: the
            # plot's layout puts it back in its column.
            item.layout.invalidate()
        for plot in (self.loss_plot, self.accuracy_plot):
            keep_label_readable(plot)  # all of "accuracy (%)", however long in this language
        self._plots_area.setMinimumHeight(min(
            PLOTS_LEAST_HEIGHT, self.loss_plot.minimumHeight() + self.accuracy_plot.minimumHeight()))
        self.log_scale.setText(self.tr("Log scale"))
        self.log_scale.setAccessibleName(self.tr("Logarithmic loss axis"))
        self.log_scale.setToolTip(self.tr(
            "Show the loss on a logarithmic axis: small improvements late in training\n"
            "stay visible instead of hugging the bottom of the plot."))
        self.readout.setAccessibleName(self.tr("Values under the mouse"))
        self.readout.setText(self._hint())
        # (each change has a line on the loss plot, labelled, then one on the accuracy plot)
        for (_, learning_rate, momentum), line in zip(self._rate_marks, self._rate_lines[::2]):
            line.label.setFormat(self._rate_label(learning_rate, momentum))

    def _hint(self):
        return "<span style='color:gray'>%s</span>" % self.tr(
            "Point at the curves to read their values.")

    # --- data in ------------------------------------------------------------------------
    def clear(self):
        for array in (self._batch_x, self._batch_loss, self._loss_sums, self._average,
                      self._epoch_x, self._val_loss, self._val_accuracy, self._train_accuracy):
            array.clear()
        for line in self._rate_lines:
            line.getViewBox().removeItem(line)
        self._rate_marks.clear()
        self._rate_lines.clear()
        self._changed = self._epochs_changed = True
        self.readout.setText(self._hint())

    def mark_rate_change(self, epoch, learning_rate, momentum):
        """A dashed vertical line where the learning rate or momentum was changed during
        training, labelled with the new values on the loss plot."""
        self._rate_marks.append((epoch, learning_rate, momentum))
        label = self._rate_label(learning_rate, momentum)
        pen = pg.mkPen((200, 120, 0, 200), width=1, style=Qt.PenStyle.DashLine)
        for plot, text in ((self.loss_plot, label), (self.accuracy_plot, None)):
            line = pg.InfiniteLine(pos=epoch, angle=90, movable=False, pen=pen, label=text,
                                   labelOpts={"position": 0.6, "color": (200, 120, 0), "fill": (255, 255, 255, 200),
                                              "anchors": [(0, 0), (0, 0)]})
            plot.addItem(line)
            self._rate_lines.append(line)

    def _rate_label(self, learning_rate, momentum):
        return self.tr("lr {0:g}, momentum {1:g}").format(local(learning_rate), local(momentum))

    def rate_marks(self):
        """The changes marked, as ``(epoch, learning_rate, momentum)`` (for tests)."""
        return list(self._rate_marks)

    def set_average_window(self, steps_per_epoch):
        """Average over at most ``AVERAGE_WINDOW`` batches, and at most half an epoch, so
        that the average follows the epochs when they are short."""
        window = max(1, min(AVERAGE_WINDOW, steps_per_epoch // 2))
        if window != self._average_window:
            self._average_window = window
            self._average.clear()
            self._extend_average(0)
            self._changed = True

    def prepare_run(self, last_epoch, steps_per_epoch):
        """A training run begins that will end at epoch ``last_epoch``: fix the x axis from
        0 to there. The axis then stays still while the curves grow (redrawing the axes
        on every frame was most of the plot's cost), and the empty part of the plot shows
        how much of the run is still ahead."""
        self.set_average_window(steps_per_epoch)
        self.loss_plot.getPlotItem().setXRange(0, last_epoch, padding=0.02)

    def add_batches(self, epochs, losses):
        """Append batch points: ``epochs`` (fractional) and their losses."""
        first = len(self._batch_loss)
        self._batch_x.extend(epochs)
        self._batch_loss.extend(losses)
        previous = self._loss_sums.values[-1] if len(self._loss_sums) else 0.0
        # nan (a diverged batch) would poison every later average; count it as 0.
        self._loss_sums.extend(previous + np.cumsum(np.nan_to_num(losses, nan=0.0)))
        self._extend_average(first)
        self._thin_old_points()
        self._changed = True

    def _thin_old_points(self):
        """Keep the curve's points bounded in an hours-long run (as the model's history
        is): the recent batches as they are, the older ones thinned; the running sums and
        the moving average are then recomputed from the thinned curve."""
        thinned = thin_old_points(self._batch_x.values, self._batch_loss.values)
        if thinned is None:
            return
        for array, values in zip((self._batch_x, self._batch_loss), thinned):
            array.clear()
            array.extend(values)
        self._loss_sums.clear()
        self._loss_sums.extend(np.cumsum(np.nan_to_num(thinned[1], nan=0.0)))
        self._average.clear()
        self._extend_average(0)

    def _extend_average(self, first):
        """The moving average for batches ``first`` onwards, from the running sums:
        mean(loss[i-w+1 .. i]) = (sums[i] - sums[i-w]) / w."""
        sums = self._loss_sums.values
        i = np.arange(first, len(sums))
        w = self._average_window
        before = np.where(i - w >= 0, sums[np.maximum(i - w, 0)], 0.0)
        self._average.extend((sums[i] - before) / np.minimum(i + 1, w))

    def add_epoch(self, epoch, val_loss, val_accuracy, train_accuracy=float("nan")):
        """A finished epoch's figures (accuracies as shares, 0 to 1; NaN: not measured)."""
        self._epoch_x.extend([epoch])
        self._val_loss.extend([val_loss])
        self._val_accuracy.extend([100 * val_accuracy])
        self._train_accuracy.extend([100 * train_accuracy])
        self._changed = self._epochs_changed = True

    def set_history(self, history):
        """Show a model's whole history (after opening a model file)."""
        self.clear()
        # The average over the same number of batches as while it trained (the last
        # batches are never thinned: one batch is 1 / steps per epoch of an epoch); else
        # a reopened run's average was another curve than the one watched live.
        epochs = history.get("batch_epoch", [])
        if len(epochs) >= 2 and epochs[-1] > epochs[-2]:
            self.set_average_window(round(1 / (epochs[-1] - epochs[-2])))
        self.add_batches(epochs, history.get("batch_loss", []))
        # (a file from before the training accuracy has NaN for its epochs: see modelfile;
        # a history made without it, none at all)
        training = history.get("train_accuracy", [])
        for i, (epoch, loss, accuracy) in enumerate(zip(
                history.get("epoch", []), history.get("val_loss", []),
                history.get("val_accuracy", []))):
            self.add_epoch(epoch, loss, accuracy,
                           training[i] if i < len(training) else float("nan"))
        for mark in zip(history.get("rate_change_epoch", []), history.get("rate_change_lr", []),
                        history.get("rate_change_momentum", [])):
            self.mark_rate_change(*mark)
        self._redraw()
        self.loss_plot.getPlotItem().enableAutoRange()
        self.accuracy_plot.getPlotItem().enableAutoRange()

    def point_count(self):
        """Batch points on the curve (tests and the benchmark read it): every batch
        received, until a long run's older points are thinned."""
        return len(self._batch_loss)

    # --- drawing ------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        self._redraw()  # catch up with what came while the tab was hidden

    def _redraw(self):
        # A hidden tab is not redrawn: setData costs the GUI thread (and the GIL) even
        # for curves nobody sees.
        if not self._changed or not self.isVisible():
            return
        self._changed = False
        self.batch_curve.setData(self._batch_x.values, self._batch_loss.values)
        self.average_curve.setData(self._batch_x.values, self._average.values)
        if self._epochs_changed:  # once an epoch: leave these alone in between
            self._epochs_changed = False
            self.val_loss_curve.setData(*finite_points(self._epoch_x.values, self._val_loss.values))
            self.accuracy_curve.setData(*finite_points(self._epoch_x.values,
                                                       self._val_accuracy.values))
            self.train_accuracy_curve.setData(*finite_points(self._epoch_x.values,
                                                             self._train_accuracy.values))
            self._range_accuracy()

    def _range_accuracy(self):
        """No accuracy yet: the axis reads 0 to 100 (%), not pyqtgraph's empty 0 to 1."""
        item = self.accuracy_plot.getPlotItem()
        values = np.concatenate([self._val_accuracy.values, self._train_accuracy.values])
        values = values[np.isfinite(values)]
        if len(values):
            # From the data, then following it (a single point keeps the span it is given).
            item.setYRange(values.min() - 0.5, values.max() + 0.5)
            item.enableAutoRange(axis="y")
        else:
            item.setYRange(0, 100, padding=0.05)

    def set_log_scale(self, on):
        if self.log_scale.isChecked() != on:
            self.log_scale.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.getPlotItem().setLogMode(y=on)
        self.logScaleChanged.emit(on)

    def _show_values_at(self, x):
        if not len(self._batch_x):
            return
        self.hover.show_at(x)
        xs = self._batch_x.values
        i = nearest_index(xs, x)
        parts = [self.tr("epoch <b>{0:.2f}</b>").format(local(xs[i])),
                 self.tr("batch loss <b>{0:.4f}</b>").format(local(self._batch_loss.values[i])),
                 self.tr("average <b>{0:.4f}</b>").format(local(self._average.values[i]))]
        if len(self._epoch_x):
            # The last finished epoch at or before x (or the first one).
            e = int(np.clip(np.searchsorted(self._epoch_x.values, x, side="right") - 1,
                            0, len(self._epoch_x) - 1))
            parts.append(self.tr("after epoch {0:g}: validation loss <b>{1:.4f}</b>, "
                                 "accuracy <b>{2:.2f}%</b>").format(
                local(self._epoch_x.values[e]), local(self._val_loss.values[e]),
                local(self._val_accuracy.values[e])))
            if np.isfinite(self._train_accuracy.values[e]):
                parts.append(self.tr("training accuracy <b>{0:.2f}%</b>").format(
                    local(self._train_accuracy.values[e])))
        self.readout.setText(" · ".join(parts))
