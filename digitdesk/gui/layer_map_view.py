"""A layer's map: PCA of a hidden layer's activations over validation digits, one colour
per digit, with the digit on the pad placed on it (``engine.layer_map``). The validation
digits' activations are computed off the GUI thread; placing the drawn digit is one
forward pass, done here."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..data import load_mnist
from ..engine.layer_map import hidden_layer_activations, pca_map
from ..engine.trainer import training_data
from .axes import plain_axes
from .distributions_view import layer_chooser
from .language import Retranslatable

MAP_DIGITS = 1000  # validation digits on the map
# Tableau's ten colours: one per digit, told apart by most colour-blind readers too.
DIGIT_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def validation_activations(model, data=None):
    """``(labels, [activations per hidden layer])`` of up to ``MAP_DIGITS`` validation
    digits of ``model`` (its own split of ``data``, or of MNIST). Runs on a job thread."""
    x_all, y_all, _, _ = load_mnist() if data is None else data
    _, _, x_val, y_val = training_data(model.config.replace(train_size=None), x_all, y_all)
    if len(x_val) == 0:
        raise ValueError("the model has no validation digits to map (validation size 0)")
    x_val, y_val = x_val[:MAP_DIGITS], y_val[:MAP_DIGITS]
    return np.asarray(y_val), hidden_layer_activations(model, model.prepare(x_val))


class LayerMapView(Retranslatable, QWidget):
    def __init__(self, digit_panel, jobs, parent=None):
        super().__init__(parent)
        self.setObjectName("layerMapView")
        self.digit_panel = digit_panel
        self.jobs = jobs
        self._job = None
        self._model = None  # the model whose activations are mapped
        self._labels = self._activations = None
        self._map = None
        self._stale = True
        self._requested = None  # the model being mapped by the job in flight
        self.layer, self.layer_label, self.note = layer_chooser("mapLayer", self._draw)
        self.plot = pg.PlotWidget(background=None)
        self.plot.setObjectName("layerMapPlot")
        plain_axes(self.plot)
        legend = self.plot.getPlotItem().addLegend(offset=(-4, 4), colCount=2)
        legend.setLabelTextSize("8pt")
        self.scatters = []
        for digit, colour in enumerate(DIGIT_COLOURS):
            scatter = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(colour),
                                         name=str(digit))
            self.plot.addItem(scatter)
            self.scatters.append(scatter)
        self.drawn = pg.ScatterPlotItem(size=22, symbol="star", pen=pg.mkPen("k", width=1.5),
                                        brush=pg.mkBrush(255, 255, 255, 230))
        self.drawn.setZValue(10)
        self.plot.addItem(self.drawn)
        # A training run sends snapshots four times a second: the map follows every 3 s.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(3000)
        self._timer.timeout.connect(self._request)
        controls = QHBoxLayout()
        controls.addWidget(self.layer_label)
        controls.addWidget(self.layer)
        controls.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        digit_panel.predictionChanged.connect(self._on_prediction)
        self.retranslate()

    def layer_map(self):
        return self._map

    def drawn_position(self):
        """The drawn digit's place on the map, or ``None``."""
        x, y = self.drawn.getData()
        return None if x is None or len(x) == 0 else (float(x[0]), float(y[0]))

    def _on_prediction(self, *_):
        if self.digit_panel.model() not in (self._model, self._requested):
            self._stale = True
            if self.isVisible() and not self._timer.isActive():
                self._timer.start(0 if self._labels is None else 3000)
        self._place_drawn()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale or self.digit_panel.model() is not self._model:
            self._request()

    def _request(self):
        model = self.digit_panel.model()
        if model is None or not self.isVisible() or model is self._model:
            return
        if self._job is not None:  # one at a time: the next is asked for when it ends
            self._timer.start(500)
            return
        self._stale = False
        self._requested = model
        self.note.setText(self.tr("Mapping {0} validation digits…").format(MAP_DIGITS))
        self._job = self.jobs.start(lambda progress: (model, validation_activations(model)),
                                    self._on_done, self._on_failed)

    def _on_done(self, result):
        self._job = self._requested = None
        self._model, (self._labels, self._activations) = result[0], result[1]
        current = self.layer.currentIndex()
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItems([self.tr("Hidden layer {0} ({1} units)").format(i + 1, a.shape[1])
                             for i, a in enumerate(self._activations)])
        self.layer.setCurrentIndex(min(max(current, 0), len(self._activations) - 1))
        self.layer.blockSignals(False)
        self._draw()

    def _on_failed(self, message):
        self._job = self._requested = None
        self.note.setText(message)

    def _draw(self):
        if not self._activations or self.layer.currentIndex() < 0:
            self._map = None
            return
        activations = self._activations[self.layer.currentIndex()]
        self._map = pca_map(activations)
        for digit, scatter in enumerate(self.scatters):
            scatter.setData(pos=self._map.points[self._labels == digit])
        self.note.setText(self.tr(
            "{0} validation digits; the two directions keep {1:.0%} and {2:.0%} of the "
            "variance. The star is your digit.").format(
            len(self._labels), *self._map.explained))
        self._place_drawn()

    def _place_drawn(self):
        model, image = self._model, self.digit_panel.image()
        if self._map is None or model is None or image is None:
            self.drawn.setData([], [])
            return
        hidden = hidden_layer_activations(model, model.prepare(image[np.newaxis]))
        self.drawn.setData(pos=self._map.place(hidden[self.layer.currentIndex()]))

    def retranslate(self):
        self.layer_label.setText(self.tr("&Layer"))
        self.plot.getPlotItem().setLabel("bottom", self.tr("first principal component"))
        self.plot.getPlotItem().setLabel("left", self.tr("second"))
        if self._map is None:
            self.note.setText(self.tr("Train or open a model with a hidden layer to map "
                                      "its validation digits."))
