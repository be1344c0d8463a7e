"""A layer's map: PCA of a hidden layer's activations over validation digits of the data in
use (the bundled MNIST or an imported set, only the digits the model learns), one colour
per digit, with the digit on the pad placed on it, and optionally the user's own kept
digits (``engine.layer_map``). The validation digits' activations are computed off the GUI
thread; placing the drawn digit and the user's digits is one small forward pass, done here.
"""

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..data import load_mnist
from ..engine.layer_map import hidden_layer_activations, pca_map
from ..engine.trainer import training_data
from .axes import plain_axes, plot_widget
from .distributions_view import layer_chooser
from .language import Retranslatable, listed, sentences, unbroken
from .numbers import local
from .wording import english_plural

MAP_DIGITS = 1000  # validation digits on the map
# Tableau's ten colours: one per digit, told apart by most colour-blind readers too.
DIGIT_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def validation_activations(model, data=None):
    """``(labels, [activations per hidden layer])`` of up to ``MAP_DIGITS`` validation
    digits of ``model`` (its own split of ``data``, or of MNIST; only the digits it
    learns). Runs on a job thread."""
    x_all, y_all, _, _ = load_mnist() if data is None else data
    _, _, x_val, y_val = training_data(model.config.replace(train_size=None), x_all, y_all)
    if len(x_val) == 0:
        raise ValueError("the model has no validation digits to map (validation size 0)")
    x_val, y_val = x_val[:MAP_DIGITS], y_val[:MAP_DIGITS]
    return np.asarray(y_val), hidden_layer_activations(model, model.prepare(x_val))


class LayerMapView(Retranslatable, QWidget):
    """``data_in_use()``: the imported ``TrainingData`` training uses, or None for the
    bundled MNIST; ``personal_set()``: the user's ``PersonalSet`` (or None)."""

    def __init__(self, digit_panel, jobs, data_in_use=lambda: None,
                 personal_set=lambda: None, parent=None):
        super().__init__(parent)
        self.setObjectName("layerMapView")
        self.digit_panel = digit_panel
        self.jobs = jobs
        self._data_in_use = data_in_use
        self._personal_set = personal_set
        self._job = None
        self._personal_cache = (None, None, None)  # (model, key, activations) of the kept digits
        self._model = None  # the model whose activations are mapped
        self._data = None  # and the data they come from (None: MNIST)
        self._labels = self._maps = None  # the validation digits' labels, a map per layer
        self._map = None  # the map shown
        self._widths = []  # the units of each hidden layer listed in the chooser
        self._personal_labels = np.zeros(0, dtype=int)  # the user's digits on the map
        self._stale = True
        self._requested = None  # the model being mapped by the job in flight
        self.layer, self.layer_label, self.note = layer_chooser("mapLayer", self._draw)
        self.personal = QCheckBox()
        self.personal.setObjectName("mapPersonalDigits")
        self.personal.toggled.connect(self._place_personal)
        self.plot = plot_widget()
        self.plot.setObjectName("layerMapPlot")
        plain_axes(self.plot)
        # The legend is a plain label (rebuilt when the digits shown change): which digits
        # are on the map, and what the square and the star are.
        self.legend = QLabel()
        self.legend.setObjectName("layerMapLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.scatters = []
        for colour in DIGIT_COLOURS:
            scatter = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(colour))
            self.plot.addItem(scatter)
            self.scatters.append(scatter)
        # The user's own digits: squares in their digit's colour with a dark edge, over
        # the dots (a hollow square in the same colour is lost among them).
        self.personal_scatter = pg.ScatterPlotItem(size=10, symbol="s",
                                                   pen=pg.mkPen((20, 20, 20), width=1.5))
        self.personal_scatter.setZValue(5)
        self.plot.addItem(self.personal_scatter)
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
        controls.addWidget(self.personal)
        controls.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        digit_panel.predictionChanged.connect(self._on_prediction)
        digit_panel.modelChanged.connect(self._follow_model)
        self.retranslate()

    def layer_map(self):
        return self._map

    def drawn_position(self):
        """The drawn digit's place on the map, or ``None``."""
        x, y = self.drawn.getData()
        return None if x is None or len(x) == 0 else (float(x[0]), float(y[0]))

    def personal_labels(self):
        """The labels of the user's digits on the map now (tests read them)."""
        return self._personal_labels.copy()

    def _on_prediction(self, *_):
        self._follow_model()
        self._place_drawn()

    def _follow_model(self, *_):
        """Map the model the pad reads with, if it is another (a new model at once, a
        training run's snapshots every 3 s), whether or not a digit is drawn."""
        if self.digit_panel.model() not in (self._model, self._requested):
            self._stale = True
            if self.isVisible() and not self._timer.isActive():
                self._timer.start(0 if self._labels is None else 3000)

    def showEvent(self, event):
        super().showEvent(event)
        if (self._stale or self.digit_panel.model() is not self._model
                or self._data_in_use() is not self._data):
            self._request()
        else:
            self._place_personal()  # digits kept since it was last shown

    def _request(self):
        model, data = self.digit_panel.model(), self._data_in_use()
        if (model is None or not self.isVisible()
                or (model is self._model and data is self._data)):
            return
        if self._job is not None:  # one at a time: the next is asked for when it ends
            self._timer.start(500)
            return
        self._stale = False
        self._requested = model
        self.note.setText(english_plural(self.tr(
            "Mapping up to %Ln validation digit(s)…", "", MAP_DIGITS), MAP_DIGITS))
        # The layers are listed at once (the mapping takes a second or two): one blank
        # digit through the network, on this thread, says how many and how wide.
        blank = np.zeros((1, 28 * 28))  # (an input as ``prepare`` makes them)
        self._list_layers([a.shape[1] for a in hidden_layer_activations(model, blank)])
        arrays = None if data is None else data.as_worker_data()

        def map_layers(progress):
            # The PCA (an SVD each) here too, off the GUI thread: ~10 ms for 1,000 x 128.
            labels, activations = validation_activations(model, arrays)
            return model, data, labels, [pca_map(a) for a in activations]

        self._job = self.jobs.start(map_layers, self._on_done, self._on_failed)

    def _on_done(self, result):
        self._job = self._requested = None
        self._model, self._data, self._labels, self._maps = result
        self._list_layers([len(m.mean) for m in self._maps])
        self._draw()

    def _list_layers(self, widths):
        """The layer chooser lists hidden layers of ``widths`` units, the choice kept."""
        current = self.layer.currentIndex()
        self.layer.blockSignals(True)
        self.layer.clear()
        self._widths = list(widths)
        self.layer.addItems([""] * len(widths))
        self._name_layers()
        self.layer.setCurrentIndex(min(max(current, 0), len(widths) - 1))
        self.layer.blockSignals(False)

    def _name_layers(self):
        """The chooser's items in the language in use (a language switch renames them)."""
        for i, width in enumerate(self._widths):
            self.layer.setItemText(i, english_plural(self.tr(
                "Hidden layer {0} (%Ln unit(s))", "", width), width).format(i + 1))

    def _on_failed(self, message):
        self._job = self._requested = None
        self.note.setText(message)

    def _draw(self):
        if not self._maps or not 0 <= self.layer.currentIndex() < len(self._maps):
            self._map = None  # (a layer of the model being mapped: drawn once it is)
            return
        self._map = self._maps[self.layer.currentIndex()]
        for digit, scatter in enumerate(self.scatters):
            scatter.setData(pos=self._map.points[self._labels == digit])
        self._place_personal()
        self._place_drawn()

    def _place_personal(self, *_):
        """Put the user's kept digits on the map (those of the digits the model learns)."""
        model, personal = self._model, self._personal_set()
        labels = np.zeros(0, dtype=int)
        points = np.zeros((0, 2))
        if self._map is not None and self.personal.isChecked() and personal is not None:
            labels = np.asarray(personal.labels, dtype=int)
            keep = np.isin(labels, model.config.classes)
            labels = labels[keep]
            if len(labels):
                hidden = self._personal_activations(model, personal.images[keep], labels)
                points = self._map.place(hidden[self.layer.currentIndex()])
        self._personal_labels = labels
        self.personal_scatter.setData(pos=points, brush=[
            pg.mkBrush(DIGIT_COLOURS[label]) for label in labels])
        self._describe()

    def _personal_activations(self, model, images, labels):
        """Every hidden layer's activations for the kept digits, computed once for a
        model and a set (about 0.2 ms a digit with a CNN, on the GUI thread): switching the
        layer or showing the tab again only places them."""
        key = (labels.tobytes(), len(images), float(np.sum(images)))  # which digits, cheaply
        cached_model, cached_key, hidden = self._personal_cache
        if cached_model is not model or cached_key != key:
            hidden = hidden_layer_activations(model, model.prepare(images))
            self._personal_cache = (model, key, hidden)
        return hidden

    def personal_changed(self, *_):
        """The user kept a digit (or removed one): place their digits again."""
        if self.personal.isChecked():
            self._place_personal()

    def _place_drawn(self):
        model, image = self._model, self.digit_panel.image()
        if self._map is None or model is None or image is None:
            self.drawn.setData([], [])
            return
        hidden = hidden_layer_activations(model, model.prepare(image[np.newaxis]))
        self.drawn.setData(pos=self._map.place(hidden[self.layer.currentIndex()]))

    def _describe(self):
        """The note (how many digits, from which data, how faithful the map is) and the
        legend (which digits are on it, and the marks)."""
        if self._map is None:
            return
        data = self._data.name if self._data is not None else self.tr("the bundled MNIST")
        mapped, personal = len(self._labels), len(self._personal_labels)
        text = english_plural(self.tr(
            "%Ln validation digit(s) of {0}; the two directions keep {1:.0%} and {2:.0%} of "
            "the variance.", "", mapped), mapped).format(data, *map(local, self._map.explained))
        if self.personal.isChecked():
            text = sentences(text, english_plural(self.tr(
                "Plus your %Ln kept digit(s).", "", personal), personal))
        self.note.setText(text)
        shown = sorted(set(self._labels.tolist()))
        entries = [f"<span style='color:{DIGIT_COLOURS[d]}'>&#9679;</span>&nbsp;{d}"
                   for d in shown]
        if len(shown) < 10:
            entries.append(html.escape(self.tr("(only the digits {0}: the ones the model "
                                               "learns)").format(listed(shown))))
        if self.personal.isChecked():
            entries.append("&#9635;&nbsp;" + html.escape(unbroken(self.tr("your kept digits"))))
        entries.append("&#9734;&nbsp;" + html.escape(unbroken(self.tr("the digit on the pad"))))
        self.legend.setText(" &nbsp; ".join(entries))

    def retranslate(self):
        self.layer_label.setText(self.tr("La&yer"))
        self.personal.setText(self.tr("&My digits"))
        self.personal.setToolTip(self.tr(
            "Also place the digits you kept (My handwriting tab) on the map, as squares\n"
            "in their digit's colour: do yours land among the validation digits?"))
        self.plot.getPlotItem().setLabel("bottom", self.tr("first principal component"))
        self.plot.getPlotItem().setLabel("left", self.tr("second"))
        self._name_layers()
        if self._map is None:
            self.note.setText(self.tr("Train or open a model with a hidden layer to map "
                                      "its validation digits."))
            self.legend.clear()
        else:
            self._describe()
