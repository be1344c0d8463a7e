"""Distributions, live while training: per layer, histograms of the weights (over those the
run started from), of what entered the layer in the last batch and of its gradients. The
worker computes the histograms (``engine.distributions``) only while this tab is shown,
twice a second; this view only draws them."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .axes import plain_axes
from .language import Retranslatable


def layer_chooser(object_name, on_chosen):
    """``(combo box, its label, a note)``: the "Layer [..]  note" row of a per-layer view."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.currentIndexChanged.connect(on_chosen)
    label = QLabel()
    label.setBuddy(combo)
    note = QLabel()
    note.setWordWrap(True)
    return combo, label, note


class DistributionsView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("distributionsView")
        self._worker = None
        self._distributions = None
        self.layer, self.layer_label, self.note = layer_chooser("distributionsLayer", self._draw)
        self.plots = {}
        row = QHBoxLayout()
        for key in ("weights", "inputs", "gradients"):
            plot = pg.PlotWidget(background=None)
            plot.setObjectName(f"{key}Histogram")
            plain_axes(plot)
            plot.getPlotItem().setMenuEnabled(False)
            self.plots[key] = plot
            row.addWidget(plot)
        self.initial_curve = self.plots["weights"].plot(
            [0, 1], [0], stepMode="center", pen=pg.mkPen((128, 128, 128), width=2))
        self.curves = {key: plot.plot([0, 1], [0], stepMode="center", fillLevel=0,
                                      brush=(40, 100, 220, 110), pen=pg.mkPen((40, 100, 220)))
                       for key, plot in self.plots.items()}
        controls = QHBoxLayout()
        controls.addWidget(self.layer_label)
        controls.addWidget(self.layer)
        controls.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(row, 1)
        self.retranslate()

    def follow(self, worker):
        """Show ``worker``'s histograms (a training run starts)."""
        self._worker = worker
        worker.distributions.connect(self.show_distributions)
        worker.want_distributions(self.isVisible())

    def distributions(self):
        return self._distributions

    def show_distributions(self, distributions):
        """``distributions``: ``LayerDistribution`` per layer, from the worker."""
        self._distributions = distributions
        if self.layer.count() != len(distributions):
            current = self.layer.currentIndex()
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems([self.tr("Layer {0} (W{0})").format(d.layer) for d in distributions])
            self.layer.setCurrentIndex(min(max(current, 0), len(distributions) - 1))
            self.layer.blockSignals(False)
        self._draw()

    def _draw(self):
        if not self._distributions or self.layer.currentIndex() < 0:
            return
        d = self._distributions[self.layer.currentIndex()]
        for key, histogram in (("weights", d.weights), ("inputs", d.inputs),
                               ("gradients", d.gradients)):
            if histogram is None:
                self.curves[key].setData([0, 1], [0])
            else:
                self.curves[key].setData(histogram.edges, histogram.counts)
        if d.initial is not None:
            self.initial_curve.setData(d.initial.edges, d.initial.counts)
        self.note.setText(self.tr("Last batch, updated twice a second while training. "
                                  "Weights: {0:.3g} to {1:.3g}.").format(
            float(np.min(d.weights.edges)), float(np.max(d.weights.edges))))

    def showEvent(self, event):
        super().showEvent(event)
        if self._worker is not None:
            self._worker.want_distributions(True)

    def hideEvent(self, event):
        super().hideEvent(event)
        if self._worker is not None:
            self._worker.want_distributions(False)

    def retranslate(self):
        self.layer_label.setText(self.tr("&Layer"))
        titles = {"weights": self.tr("Weights (grey: at start)"),
                  "inputs": self.tr("Inputs (activations)"),
                  "gradients": self.tr("Gradients dL/dW")}
        for key, plot in self.plots.items():
            plot.getPlotItem().setTitle(titles[key], size="9pt")
            plot.getPlotItem().setLabel("left", self.tr("count"))
        if self._distributions is None:
            self.note.setText(self.tr("Start training to see the distributions live."))
