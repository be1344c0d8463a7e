"""Distributions, live while training: per layer, histograms of the weights (over those the
run started from), of what entered the layer in the last batch and of its gradients. The
worker computes the histograms (``engine.distributions``) only while this tab is shown,
twice a second; this view only draws them. Counts can be shown on a logarithmic axis:
weights and gradients have heavy tails, a few values far out that a linear axis hides."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .axes import plain_axes, plot_widget
from .focus import stop_while_filled
from .language import Retranslatable
from .numbers import signed
from .wording import training_progress


def layer_chooser(object_name, on_chosen):
    """``(combo box, its label, a note)``: the "Layer [..]  note" row of a per-layer view."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.currentIndexChanged.connect(on_chosen)
    stop_while_filled(combo)  # empty until there is a model: no Tab stop till then
    label = QLabel()
    label.setBuddy(combo)
    note = QLabel()
    note.setWordWrap(True)
    return combo, label, note


# On a log axis the bars are filled down to half a count, so a bin of one value still
# shows as a bar (log10(1) = 0 would be the floor itself); empty bins are left out.
LOG_FILL_LEVEL = np.log10(0.5)


class DistributionsView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("distributionsView")
        self._worker = None
        self._distributions = None
        self._training = False
        # The model the distributions shown were measured on (its run's last batch), once
        # the run has ended; another model in use clears them.
        self._measured_model = None
        self._model = None  # the model in use
        # Whether the histograms shown are of the weights the current run keeps: only once
        # it sent them, and not after it failed (a diverged run keeps its last good weights,
        # but the histograms it sent are of earlier batches, or of the one that blew up).
        self._run_measured = False
        # The model of a run that ended without them: the note then says why none are shown.
        self._unmeasured_model = None
        self.layer, self.layer_label, self.note = layer_chooser("distributionsLayer", self._draw)
        self.plots = {}
        row = QHBoxLayout()
        for key in ("weights", "inputs", "gradients"):
            plot = plot_widget()
            plot.setObjectName(f"{key}Histogram")
            plain_axes(plot)
            self.plots[key] = plot
            row.addWidget(plot)
        # Histograms are axis-aligned steps: drawn without antialiasing, which looks the
        # same and costs the GUI thread (and the GIL the training needs) far less to fill.
        self.initial_curve = self.plots["weights"].plot(
            [0, 1], [0], stepMode="center", pen=pg.mkPen((128, 128, 128), width=2),
            antialias=False)
        self.curves = {key: plot.plot([0, 1], [0], stepMode="center", fillLevel=0,
                                      brush=(40, 100, 220, 110), pen=pg.mkPen((40, 100, 220)),
                                      antialias=False)
                       for key, plot in self.plots.items()}
        for plot in self.plots.values():
            # The ranges are set by _fit_ranges, not on every update: new ticks and axes
            # twice a second were most of the tab's cost while training.
            plot.getPlotItem().disableAutoRange()
        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("distributionsLogScale")
        self.log_scale.toggled.connect(self.set_log_scale)
        controls = QHBoxLayout()
        controls.addWidget(self.layer_label)
        controls.addWidget(self.layer)
        controls.addWidget(self.note, 1)
        controls.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(row, 1)
        self._clear()
        self.retranslate()

    def follow(self, worker):
        """Show ``worker``'s histograms (a training run starts)."""
        self._worker = worker
        self._training = True
        self._run_measured = False
        worker.distributions.connect(self.show_distributions)
        worker.failed.connect(self._run_failed)
        # (connected before the window's own: the run's model is known here before the
        # window makes it the model in use)
        worker.trained.connect(self.run_ended)
        worker.finished.connect(self._training_ended)
        worker.want_distributions(self.isVisible())

    def run_ended(self, model):
        """The run ended with ``model``: the distributions shown are its last batch's, if
        the run sent them; else (it diverged or failed) the tab clears, saying why, rather
        than show another model's histograms, or earlier ones, as this model's."""
        if self._run_measured:
            self._measured_model, self._unmeasured_model = model, None
        else:
            self._measured_model, self._unmeasured_model = None, model
            self._clear()
        self._training_ended()

    def _run_failed(self, *_):
        self._run_measured = False

    def _training_ended(self):
        self._training = False
        self._draw()  # the note no longer says "while training"

    def set_model(self, model):
        """``model`` is in use: distributions measured on another model are not its own.
        They are measured only as a model trains (a model file does not keep them)."""
        self._model = model
        if self._training or model is self._measured_model:
            return
        self._measured_model = None
        self._clear()

    def _clear(self):
        self._distributions = None
        self.layer.clear()
        for curve in (self.initial_curve, *self.curves.values()):
            curve.setData([0, 1], [0])
            # Hidden, not a flat bar at 0 across empty axes (which read as "every count is
            # 0"), on axes of counts that went from -0.4 to 0.4.
            curve.hide()
        self._empty_ranges()
        self._say_none()

    def _empty_ranges(self):
        """Axes for no histogram: counts from 0 (half a count on log counts) up to 1."""
        bottom = LOG_FILL_LEVEL if self.log_scale.isChecked() else 0
        for plot in self.plots.values():
            item = plot.getPlotItem()
            item.setXRange(0, 1, padding=0.02)
            item.setYRange(bottom, 1 if not self.log_scale.isChecked() else 0.1, padding=0)

    def _say_none(self):
        if self._model is not None and self._model is self._unmeasured_model:
            self.note.setText(self.tr(
                "The run stopped (the loss diverged, or an error) before the distributions "
                "of the weights it kept were measured: train again (Start) to see them."))
        elif self._model is not None and training_progress(self._model.history)[1] > 0:
            self.note.setText(self.tr(
                "Distributions are measured batch by batch as a model trains, and a model "
                "file does not keep them: train this model (Start) to see its own."))
        else:
            self.note.setText(self.tr("Start training to see the distributions live."))

    def distributions(self):
        return self._distributions

    def show_distributions(self, distributions):
        """``distributions``: ``LayerDistribution`` per layer, from the worker."""
        self._distributions = distributions
        self._run_measured = True
        if self.layer.count() != len(distributions):
            current = self.layer.currentIndex()
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems([""] * len(distributions))
            self._name_layers()
            self.layer.setCurrentIndex(min(max(current, 0), len(distributions) - 1))
            self.layer.blockSignals(False)
        self._draw()

    def _name_layers(self):
        """The chooser's items in the language in use (a language switch renames them)."""
        for i, d in enumerate(self._distributions or []):
            self.layer.setItemText(i, self.tr("Layer {0} (W{0})").format(d.layer))

    def _draw(self):
        if not self._distributions or self.layer.currentIndex() < 0:
            return
        d = self._distributions[self.layer.currentIndex()]
        for curve in (self.initial_curve, *self.curves.values()):
            curve.show()
        for key, histogram in (("weights", d.weights), ("inputs", d.inputs),
                               ("gradients", d.gradients)):
            if histogram is None:
                self.curves[key].setData([0, 1], [0])
                continue
            self.curves[key].setData(histogram.edges, histogram.counts)
            counts = histogram.counts
            if key == "weights" and d.initial is not None:
                counts = np.maximum(counts, d.initial.counts)
            self._fit_ranges(self.plots[key].getPlotItem(), histogram.edges, counts)
        if d.initial is not None:
            self.initial_curve.setData(d.initial.edges, d.initial.counts)
        # signed: the true minus the Inside tab writes (−0.237), not a hyphen
        low, high = signed(float(np.min(d.weights.edges))), signed(float(np.max(d.weights.edges)))
        if self._training:
            self.note.setText(self.tr("Last batch, updated twice a second while training. "
                                      "Weights: {0:.3g} to {1:.3g}.").format(low, high))
        else:
            self.note.setText(self.tr("The last batch of the run that trained the model in "
                                      "use. Weights: {0:.3g} to {1:.3g}.").format(low, high))

    def _fit_ranges(self, item, edges, counts, slack=0.6):
        """Fit ``item``'s axes to a histogram, only when it has outgrown them or shrunk
        below ``slack`` of them: the axes then stay still between most updates."""
        (x0, x1), (y0, y1) = item.viewRange()
        low, high = float(edges[0]), float(edges[-1])
        if low < x0 or high > x1 or high - low < slack * (x1 - x0):
            item.setXRange(low, high, padding=0.02)
        top = max(float(np.max(counts)), 1.0)
        if self.log_scale.isChecked():  # the view is in decades, from half a count
            top, bottom = np.log10(top) + 0.1, LOG_FILL_LEVEL
            if top > y1 or top < y1 - 1 or not np.isclose(y0, bottom):
                item.setYRange(bottom, top, padding=0)
        elif top > y1 or top < slack * y1 or y0 != 0:
            item.setYRange(0, 1.05 * top, padding=0)

    def set_log_scale(self, on):
        """Counts on a logarithmic axis (``on``) or a linear one."""
        if self.log_scale.isChecked() != on:
            self.log_scale.setChecked(on)  # comes back here through toggled
            return
        for plot in self.plots.values():
            plot.getPlotItem().setLogMode(y=on)
        for curve in self.curves.values():
            curve.setFillLevel(LOG_FILL_LEVEL if on else 0)
        if not self._distributions:
            self._empty_ranges()
        self._draw()  # the y axes in decades or in counts

    def showEvent(self, event):
        super().showEvent(event)
        if self._worker is not None:
            self._worker.want_distributions(True)

    def hideEvent(self, event):
        super().hideEvent(event)
        if self._worker is not None:
            self._worker.want_distributions(False)

    def retranslate(self):
        self.layer_label.setText(self.tr("La&yer"))
        self.log_scale.setText(self.tr("Lo&g counts"))
        self.log_scale.setToolTip(self.tr(
            "Show the counts on a logarithmic axis: weights and gradients have heavy tails,\n"
            "a few values far from the rest that a linear axis hides."))
        titles = {"weights": self.tr("Weights (grey: at start)"),
                  "inputs": self.tr("Inputs (activations)"),
                  "gradients": self.tr("Gradients dL/dW")}
        for key, plot in self.plots.items():
            plot.getPlotItem().setTitle(titles[key], size="9pt")
            plot.getPlotItem().setLabel("left", self.tr("count"))
        self._name_layers()
        if self._distributions is None:
            self._say_none()
        else:
            self._draw()  # its note, in the new language
