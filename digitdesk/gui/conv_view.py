"""The Inside tab's view of a convolutional network's image layers: what each filter of a
conv or pooling layer finds in the digit on the pad (its "feature map").

A filter is a small stamp (5 x 5 weights for ``conv32x5``) slid over the whole image: its
feature map is bright wherever the image under it resembles the stamp. Shown side by side,
the first layer's maps are the digit seen through each filter (strokes of one slant, edges
on one side, ...); a pooling layer's maps are the same, at half the resolution, keeping
the strongest response of each 2 x 2 block. The numbers come from
``digitdesk.engine.explain`` (``DigitExplanation.feature_maps``); this module only presents.
"""

import numpy as np
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from .fitting import WrappingLabel
from .inside_view import TileGrid, bold, diverging_rgb, robust_scale, sequential_rgb
from .language import Retranslatable, sentences
from .numbers import local

MAX_MAPS = 64  # feature maps shown for one layer; more would be too small to read


def feature_map_rgb(maps, activation):
    """``maps`` (channels, H, W) as RGB tiles, all on ONE scale so that a filter that found
    nothing looks empty next to one that found a lot: ReLU outputs (>= 0) white to dark,
    others (negative too) blue-white-red around 0."""
    maps = np.asarray(maps, dtype=np.float64)
    if activation == "relu":
        return sequential_rgb(maps, float(np.max(maps, initial=0.0)))
    if activation == "sigmoid":
        return sequential_rgb(maps, 1.0)
    return diverging_rgb(maps, 1.0 if activation == "tanh" else robust_scale(maps))


class FeatureMapsView(Retranslatable, QWidget):
    """A heading, a choice of layer (the network's conv and pooling layers) and that
    layer's feature maps for the digit on the pad, one tile per filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("featureMapsView")
        self._maps = []  # [(layer name, (channels, H, W))], as last shown
        self._activation = "relu"
        # Wrapping labels: their least height follows their width, so the maps are not
        # laid over a heading or a note that wraps onto more lines (Russian, 1024 px).
        self.heading = bold(WrappingLabel())
        self.layer_choice = QComboBox()
        self.layer_choice.setObjectName("featureMapsLayer")
        self.layer_choice.currentIndexChanged.connect(lambda _: self._show())
        self.grid = TileGrid(max_tile=84)
        self.grid.setObjectName("featureMapsGrid")
        self.grid.tip_for = self._tile_tip
        self.note = WrappingLabel()
        self.note.setObjectName("featureMapsNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(self.layer_choice)  # a row of its own: the column may be narrow
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self):
        tip = self.tr(
            "Each tile is one filter's feature map for the digit on the pad: the filter slid\n"
            "over the whole image, dark where the image under it looks like the filter\n"
            "(its stamp is the tile with the same place on the left), white where it does\n"
            "not. A pooling layer keeps the strongest response of each block: the same\n"
            "maps, smaller. Deeper layers combine the maps below them into larger shapes.")
        self.heading.setText(self.tr("Feature maps of your digit"))
        for widget in (self.heading, self.grid, self.note):
            widget.setToolTip(tip)
        self.grid.setAccessibleName(self.tr("Feature maps"))
        self.layer_choice.setAccessibleName(self.tr("Layer whose feature maps are shown"))
        self.layer_choice.setToolTip(self.tr("Which conv or pooling layer's feature maps to show."))
        if self._maps:
            self.set_maps(*zip(*self._maps), self._activation)

    def set_maps(self, names, maps, activation):
        """Show the feature maps ``maps`` (one ``(channels, H, W)`` array per layer named in
        ``names``), keeping the chosen layer if the network still has it."""
        self._maps = list(zip(names, maps))
        self._activation = activation
        labels = [self.tr("{0}: {1} maps of {2}×{3}").format(name, m.shape[0], m.shape[1], m.shape[2])
                  for name, m in self._maps]
        current = self.layer_choice.currentIndex()
        if labels != [self.layer_choice.itemText(i) for i in range(self.layer_choice.count())]:
            self.layer_choice.blockSignals(True)
            self.layer_choice.clear()
            self.layer_choice.addItems(labels)
            self.layer_choice.setCurrentIndex(current if 0 <= current < len(labels) else 0)
            self.layer_choice.blockSignals(False)
        self._show()

    def clear(self, text):
        self._maps = []
        self.grid.set_tiles(None, empty_text=text)
        self.note.setText("")

    def shown_maps(self):
        """``(layer name, maps)`` on screen, or None (tests read it)."""
        index = self.layer_choice.currentIndex()
        return self._maps[index] if 0 <= index < len(self._maps) else None

    def _show(self):
        shown = self.shown_maps()
        if shown is None:
            return
        name, maps = shown
        self.grid.set_tiles(feature_map_rgb(maps[:MAX_MAPS], self._activation))
        if len(maps) > MAX_MAPS:
            text = self.tr("The first {0} of {1} maps of {2}, on one colour scale.").format(
                MAX_MAPS, len(maps), name)
        else:
            text = self.tr("All {0} maps of {1}, on one colour scale.").format(len(maps), name)
        silent = int(np.sum(np.max(maps, axis=(1, 2)) <= 0)) if self._activation == "relu" else 0
        if silent:
            text = sentences(text, self.tr("{0} found nothing in this digit (all 0).").format(silent))
        self.note.setText(text)

    def _tile_tip(self, index):
        name, maps = self.shown_maps()
        return self.tr("{0}, filter {1}: from {2:.3g} to {3:.3g}").format(
            name, index + 1, local(maps[index].min()), local(maps[index].max()))
