"""Bring your own data: File > Import training data, and the Data tab.

``read_training_data(paths, progress)`` (no Qt; the window runs it on a background thread)
reads Kaggle's ``train.csv`` or a pair of MNIST IDX files (or a folder holding the standard
four) into a ``TrainingData``. Every problem is a ``DataFormatError`` whose message names
the file and, for a CSV, the line.

``DataView`` shows the data training will use now: where it comes from, how many images of
each digit (the digits chosen in the form stand out) and a grid of samples of each chosen
digit.
"""

import html
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..data import DataFormatError, read_idx_pair, read_kaggle_csv
from ..engine.trainer import train_val_split_sizes
from .axes import plain_axes, plot_widget
from .language import Retranslatable, error_text, listed, sentences
from .numbers import count
from .wording import counts, english_plural

# The IDX file names MNIST is distributed under, with or without ".gz".
IDX_NAMES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

SAMPLES_PER_DIGIT = 12
CHOSEN_COLOR = QColor(40, 110, 200)
OTHER_COLOR = QColor(190, 190, 190)


@dataclass(frozen=True)
class TrainingData:
    """A labelled set to train on. ``x_test``/``y_test`` may be None (Kaggle's train.csv
    has no test set with labels)."""
    source: str | None  # the file ("train.csv") or folder ("mnist/"); None: the bundled MNIST
    x: np.ndarray  # uint8 (n, 28, 28)
    y: np.ndarray  # uint8 (n,)
    x_test: np.ndarray | None = None
    y_test: np.ndarray | None = None

    @property
    def name(self):
        """For the user, in the current language: "train.csv (42,000 images)"."""
        if self.source is None:
            return QCoreApplication.translate("data_import", "Bundled MNIST ({0})").format(
                counts.training_images(len(self.x)))
        return QCoreApplication.translate("data_import", "{0} ({1})").format(
            self.source, counts.images(len(self.x)))

    def as_worker_data(self):
        """What ``TrainingWorker(data=...)`` takes."""
        return (self.x, self.y, self.x_test, self.y_test)


def find_idx_files(folder):
    """The standard MNIST files in ``folder`` as ``{key: path}`` (``.gz`` or not); the
    training pair must be there, the test pair is optional."""
    folder = Path(folder)
    found = {}
    for key, stem in IDX_NAMES.items():
        for name in (stem, stem + ".gz"):
            if (folder / name).is_file():
                found[key] = folder / name
                break
    missing = [IDX_NAMES[k] for k in ("train_images", "train_labels") if k not in found]
    if missing:
        raise DataFormatError(QCoreApplication.translate("data_import", "{0}: no {1} (.gz) in this folder; choose a folder with the "
                                 "MNIST files, or the images file and then the labels file")
                              .format(folder.name, " or ".join(missing)))
    return found


def read_training_data(paths, progress=None):
    """Read a training set. ``paths``: one ``.csv`` (Kaggle format), one folder (MNIST IDX
    files under their standard names) or two files (IDX images, then IDX labels).
    ``progress(fraction)`` is called now and then. Returns a ``TrainingData``."""
    progress = progress or (lambda fraction: None)
    paths = [Path(p) for p in paths]
    if len(paths) == 1 and paths[0].is_dir():
        files = find_idx_files(paths[0])
        progress(0.05)
        x, y = read_idx_pair(files["train_images"], files["train_labels"])
        progress(0.7)
        x_test = y_test = None
        if "test_images" in files and "test_labels" in files:
            x_test, y_test = read_idx_pair(files["test_images"], files["test_labels"])
        progress(1.0)
        return TrainingData(paths[0].name + "/", x, y, x_test, y_test)
    if len(paths) == 1:
        x, y = read_kaggle_csv(paths[0], progress=progress)
        if y is None:
            raise DataFormatError(QCoreApplication.translate("data_import", 
                "{0}: there is no label column, so it cannot be trained on (Kaggle's test.csv "
                "has none). Import train.csv, whose first column is the label.").format(paths[0].name))
        if len(x) == 0:
            raise DataFormatError(QCoreApplication.translate("data_import", "{0}: no images after the header").format(paths[0].name))
        return TrainingData(paths[0].name, x, y)
    if len(paths) == 2:
        progress(0.05)
        x, y = read_idx_pair(paths[0], paths[1])
        progress(1.0)
        return TrainingData(paths[0].name, x, y)
    raise DataFormatError(QCoreApplication.translate("data_import", "choose one CSV file, one folder, or an images file and a labels file"))


def sample_grid(x, y, digits, per_digit=SAMPLES_PER_DIGIT):
    """A uint8 picture (dark ink on white): one row per digit in ``digits``, the first
    ``per_digit`` images of it (fewer if there are fewer)."""
    rows = []
    for digit in digits:
        images = x[np.flatnonzero(y == digit)[:per_digit]]
        row = np.zeros((28, 28 * per_digit), dtype=np.uint8)
        for i, image in enumerate(images):
            row[:, 28 * i:28 * (i + 1)] = image
        rows.append(row)
    grid = np.concatenate(rows) if rows else np.zeros((28, 28 * per_digit), dtype=np.uint8)
    return 255 - grid  # ink dark on paper, as the digits were written


class DataView(Retranslatable, QWidget):
    """Counts per class and samples of the data training would use now."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data = None
        self._config = None
        self.summary = QLabel()
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.counts_plot = plot_widget()
        self.counts_plot.setObjectName("classCountsPlot")
        plain_axes(self.counts_plot)  # "images", not "images (x0.001)" while it is empty
        item = self.counts_plot.getPlotItem()
        item.setYRange(0, 1, padding=0)  # no negative counts before the data comes
        item.setXRange(-0.6, 9.6, padding=0)  # the ten digits, also before it comes
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        item.addItem(self.bars)
        self.samples = QLabel()
        self.samples.setObjectName("sampleGrid")
        self.samples.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.samples.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        body = QHBoxLayout()
        body.addWidget(self.counts_plot, 1)
        body.addWidget(self.samples, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        self._first = True  # the data was never read yet
        self.retranslate()

    def retranslate(self):
        self.summary.setAccessibleName(self.tr("Training data"))
        self.counts_plot.setAccessibleName(self.tr("Images per digit"))
        self.counts_plot.setToolTip(self.tr(
            "How many images of each digit the data holds. Blue: the digits chosen in the\n"
            "form; grey: left out. A very uneven count teaches the network to guess the\n"
            "common digits."))
        item = self.counts_plot.getPlotItem()
        item.setLabel("left", self.tr("images"))
        item.setLabel("bottom", self.tr("digit"))
        self.samples.setAccessibleName(self.tr("Sample images of each chosen digit"))
        self.samples.setToolTip(self.tr("The first images of each chosen digit, as the "
                                        "network sees them (28 × 28 pixels)."))
        if self._data is not None:
            self._refresh()
        elif self._first:
            self.show_loading(self.tr("The training data is read when this tab is first shown."))
        else:
            self.show_loading(self.tr("The training data is read when this tab is shown."))

    def has_data(self):
        return self._data is not None

    def show_loading(self, text):
        self.summary.setText(f"<span style='color:gray'>{text}</span>")

    def set_data(self, data):
        """``data``: a ``TrainingData`` (imported or the bundled MNIST); None forgets it."""
        self._data = data
        if data is None:
            self.bars.setOpts(height=np.zeros(10))
            self.samples.clear()
            self._grid = None
            self._first = False
            self.show_loading(self.tr("The training data is read when this tab is shown."))
        self._refresh()

    def set_config(self, config):
        """The form's settings (None if invalid): which digits and how many rows."""
        self._config = config
        self._refresh()

    def counts(self):
        """Images per digit 0-9 in the data (tests read it)."""
        return np.bincount(self._data.y, minlength=10)[:10] if self._data is not None else None

    def _refresh(self):
        data, config = self._data, self._config
        if data is None:
            return
        counts = self.counts()
        digits = config.classes if config is not None else tuple(range(10))
        brushes = [pg.mkBrush(CHOSEN_COLOR if d in digits else OTHER_COLOR) for d in range(10)]
        self.bars.setOpts(height=counts, brushes=brushes)
        self.counts_plot.getPlotItem().setYRange(0, max(1, counts.max()) * 1.05, padding=0)
        chosen = int(sum(counts[d] for d in digits))
        lines = [f"<b>{html.escape(data.name)}</b>"]
        if config is not None:
            try:
                train, val = train_val_split_sizes(config, chosen)
                which = (self.tr("All ten digits") if config.digits is None else
                         self.tr("Digits {0}").format(listed(digits)))
                lines.append(english_plural(self.tr(
                    "{0}: %Ln image(s) → {1} to train on, {2} held out for validation.",
                    "", chosen), chosen).format(which, count(train), count(val)))
            except ValueError as error:  # (in the language in use, as Start says it)
                lines.append(f"<span style='color:#c0392b'>{html.escape(error_text(error))}</span>")
        if data.x_test is None:
            lines.append("<span style='color:gray'>%s</span>" % self.tr(
                "No labelled test set: the test accuracy is not measured."))
        self.summary.setText(sentences(*lines))
        grid = np.ascontiguousarray(sample_grid(data.x, data.y, digits))
        image = QImage(grid.data, grid.shape[1], grid.shape[0], grid.shape[1],
                       QImage.Format.Format_Grayscale8).copy()  # copy: grid is freed soon
        self._grid = QPixmap.fromImage(image)
        self._show_grid()

    def _show_grid(self):
        if getattr(self, "_grid", None) is None:
            return
        size = self.samples.size()
        # Fill the space, but no more than 4x: larger, the pixels look like bricks.
        scale = min(4.0, size.width() / self._grid.width(), size.height() / self._grid.height())
        scale = max(scale, 0.5)
        self.samples.setPixmap(self._grid.scaled(int(self._grid.width() * scale),
                                                 int(self._grid.height() * scale),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._show_grid()
