"""The "Inside the network" view: what the hidden units look for, how the network reads the
digit on the pad, and where it goes wrong on the validation set. Live while training runs.

Four columns, side by side in a splitter:

* **First layer**: the weights into each first-layer unit as a 28 x 28 image (the first
  ``MAX_UNITS``), blue-white-red around 0: red where ink excites the unit, blue where ink
  inhibits it. Each tile on its own scale by default (its largest ``|w|`` is full colour),
  so every unit's pattern is visible; "one scale for all" shows which units have big
  weights at all (e.g. a ``uniform(-1, 1)`` start, or units that never learn).
* **Your digit**: ink times gradient over the image the network sees (which pixels push
  the score of the digit read up or down), the gradient alone (where new ink would push
  it), and each hidden layer's activations for this digit.
* **Validation set**: a confusion matrix, refreshed after every epoch and whenever the
  model in use changes (opened, trained, reset); a click on a cell shows its digits.
* **Misread digits**: a gallery of validation digits with true and read labels (all
  mistakes, or one cell's digits); a click puts the digit on the drawing panel, where the
  second column explains it.

Where the work happens: the numbers come from ``digitdesk.engine.explain`` (pure NumPy).
One digit (one forward and one backward pass) and one weight mosaic (at most 64 x 784
pixels through a colour map) take about a millisecond, so they run on the GUI thread, at
most every ``REFRESH_MS`` and only while the view is on screen. Reading the 5,000 validation
images runs on another thread (``evaluation.ValidationEvaluator``).
"""

import math

import numpy as np
from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy,
    QSplitter, QToolTip, QVBoxLayout, QWidget)

from ..engine.averaging import VERSIONS, averages
from ..engine.explain import conv_filters, explain_digit, first_layer_weights
from ..engine.losses import is_regression, regression_reading
from .fitting import ElidingComboBox, WrappingLabel
from .evaluation import ValidationEvaluator
from .language import Retranslatable, current_text, sentences
from .check_label import CheckBoxLabel
from .numbers import count, local, percent, signed
from .wording import activation_name, english_plural, regression_reading_text, weights_age

# What raises a unit's input or a score is red, what lowers it blue, in every view (One
# digit's maths draws its connections so too).
NEGATIVE_BLUE = "#2166ac"
POSITIVE_RED = "#b2182b"

MAX_UNITS = 64  # weight tiles shown (one per first-layer unit); more would be too small to read
MAX_GALLERY = 100  # digits shown in the gallery (it scrolls)
MIN_GRID_WIDTH = 96  # pixels: the least width of a grid of filters or feature maps
REFRESH_MS = 150  # the weights and the digit are redrawn at most this often
ACTIVATION_COLUMNS = 32  # cells per row in a hidden layer's activation strip
MIN_COUNT_PIXELS = 9  # the confusion matrix's counts are never drawn smaller than this

# Colour maps: (value, RGB) stops, linear in between.
BLUE, WHITE, RED = np.array([33, 102, 172]), np.array([255, 255, 255]), np.array([178, 24, 43])
GREEN = np.array([35, 139, 69])
ACTIVATION_STOPS = np.array([[255, 255, 255], [253, 174, 107], [217, 72, 1], [127, 39, 4]])
EMPTY_CELL = np.array([225, 225, 225])  # a cell that stands for no unit


# ----------------------------------------------------------------------------- colours
def diverging_rgb(values, scale):
    """Blue (``-scale``) - white (0) - red (``+scale``) as uint8 RGB, shape ``values.shape
    + (3,)``. ``scale`` is a number or an array that broadcasts against ``values``."""
    scale = np.where(np.asarray(scale) > 0, scale, 1.0)
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64) / scale), -1.0, 1.0)[..., None]
    rgb = np.where(t >= 0, WHITE + t * (RED - WHITE), WHITE - t * (BLUE - WHITE))
    return np.rint(rgb).astype(np.uint8)


def sequential_rgb(values, scale):
    """White (0) through orange to dark brown (``scale``), for outputs that are >= 0."""
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64) / (scale if scale > 0 else 1.0)),
                0.0, 1.0)
    position = t * (len(ACTIVATION_STOPS) - 1)
    low = np.minimum(position.astype(int), len(ACTIVATION_STOPS) - 2)
    frac = (position - low)[..., None]
    rgb = ACTIVATION_STOPS[low] * (1 - frac) + ACTIVATION_STOPS[low + 1] * frac
    return np.rint(rgb).astype(np.uint8)


def robust_scale(values):
    """The colour scale of a map: the 99th percentile of ``|values|`` where they are not 0,
    so one extreme pixel does not wash out all the others."""
    magnitudes = np.abs(values[np.isfinite(values) & (values != 0)])
    return float(np.percentile(magnitudes, 99)) if magnitudes.size else 1.0


def overlay_rgb(ink, values, scale):
    """``values`` in diverging colours laid over the digit ``ink`` (28 x 28 in [0, 1]),
    which shows through in grey where the values are small. The colour grows with the
    square root of ``|value| / scale``, so that middling pixels are visible next to the
    strongest few, not only those."""
    base = (255.0 - 150.0 * np.clip(ink, 0, 1))[..., None] * np.ones(3)
    strength = np.sqrt(np.clip(np.abs(np.nan_to_num(values)) / scale, 0.0, 1.0))
    colour = diverging_rgb(np.sign(np.nan_to_num(values)) * strength, 1.0)
    alpha = np.minimum(1.0, 1.5 * strength)[..., None]
    return np.rint(base * (1 - alpha) + colour * alpha).astype(np.uint8)


def rgb_to_qimage(rgb):
    """An ``(h, w, 3)`` uint8 array as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def bold(label):
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# ----------------------------------------------------------------------------- widgets
class PixelImage(QWidget):
    """An RGB array, enlarged with hard pixel edges and centred. Only presents.

    ``tip_for(row, col)``, if set, gives the tooltip of a pixel.
    """

    def __init__(self, accessible_name="", tip="", minimum=84, square=False, parent=None):
        """``accessible_name`` and ``tip``: for a widget that sets them once; a view that
        follows a change of language sets them in its ``retranslate()`` instead."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setToolTip(tip)
        self._image = None
        self._shape = (0, 0)
        self._empty_text = ""
        self.tip_for = None
        # A 28 x 28 map needs its full minimum height; a strip of units (one row) does not.
        self.setMinimumSize(minimum, minimum if square else minimum // 3)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._square = square

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._square:
            # A square map is no taller than it is wide: the height beyond that stayed
            # empty and pushed the words under it out of a short tab (Inside, 1024 x 768,
            # a convolutional network: the note under the maps was cut off).
            self.setMaximumHeight(max(self.minimumHeight(), self.width()))

    def set_rgb(self, rgb, empty_text=""):
        """Show ``rgb`` (h, w, 3) uint8, or ``None`` and ``empty_text`` instead."""
        self._image = None if rgb is None else rgb_to_qimage(rgb)
        self._shape = (0, 0) if rgb is None else rgb.shape[:2]
        self._empty_text = empty_text
        self.update()

    def has_image(self):
        return self._image is not None

    def target_rect(self):
        """Where the image is drawn: the largest whole-pixel enlargement that fits."""
        rows, cols = self._shape
        if not rows:
            return QRect()
        cell = max(1, min(self.width() // cols, self.height() // rows))
        w, h = cell * cols, cell * rows
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def pixel_at(self, position):
        rect = self.target_rect()
        if not rect.contains(position):
            return None
        rows, cols = self._shape
        return ((position.y() - rect.y()) * rows // rect.height(),
                (position.x() - rect.x()) * cols // rect.width())

    def paintEvent(self, event):
        painter = QPainter(self)
        if self._image is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        painter.drawImage(self.target_rect(), self._image)  # no smoothing: hard pixel edges

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self.tip_for is not None:
            pixel = self.pixel_at(event.pos())
            text = self.tip_for(*pixel) if pixel is not None else None
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)


ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def arrow_step(key, columns):
    """How far an arrow key moves in a grid ``columns`` wide, row by row; None for
    another key."""
    return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -columns, Qt.Key.Key_Down: columns}.get(key)


def draw_focus_frame(painter, widget, rect):
    """The keyboard's place in a grid: a frame in the highlight colour around ``rect``."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2,
                        Qt.PenStyle.DashLine))
    painter.drawRect(rect.adjusted(-1, -1, 1, 1))
    painter.restore()


class FocusFramed:
    """Mixin for a grid that draws where the keyboard is (``draw_focus_frame``) only while
    it has the focus: it repaints when the focus comes and goes. Put it before the Qt
    class."""

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event):  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()


class TileGrid(FocusFramed, QWidget):
    """Equal square images in a grid, with an optional caption under each;
    ``tileClicked(index)`` on a click. Painted from ONE QImage (the tiles stacked), not one
    widget per tile. Only presents. A ``clickable`` grid also takes the keyboard focus:
    the arrow keys move a frame over the tiles, Enter or Space "clicks" the framed one.

    By default the tiles grow to fill the widget (at most ``max_tile`` pixels); with
    ``fixed_tile`` they keep that size and the widget grows downwards (in a scroll area).
    """

    tileClicked = Signal(int)

    def __init__(self, accessible_name="", tip="", max_tile=84, fixed_tile=None, clickable=False,
                 parent=None):
        """``accessible_name`` and ``tip``: as for ``PixelImage``."""
        super().__init__(parent)
        self._current = 0  # the tile the keyboard is on
        self._clickable = clickable  # a Tab stop while it has tiles (see set_tiles)
        self.setAccessibleName(accessible_name)
        self.setToolTip(tip)
        self._image = None
        self._count = 0
        self._tile = 28  # pixels per tile side in the data
        self._captions = None
        self._empty_text = ""
        self._max_tile = max_tile
        self._fixed_tile = fixed_tile
        self.tip_for = None  # tip_for(index) -> tooltip of a tile
        # Tiles of a fixed size (the gallery) fill as many columns as the width holds: as
        # narrow as one tile, else a narrow column (1024 px) hid half of its second one.
        # Others are at least 100 px wide: four 24-pixel filters of a conv16x5 to a row.
        # (At 120, the Inside tab's first column with a convolution's feature maps under
        # its filters, taller than a 1024 x 768 screen, left no room for the vertical scroll
        # bar in Russian and Chinese: the tab scrolled sideways by 11 px.)
        self.setMinimumSize(MIN_GRID_WIDTH if fixed_tile is None else fixed_tile, 90)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(fixed_tile is not None)
        self.setSizePolicy(policy)

    def set_tiles(self, rgb, captions=None, empty_text=""):
        """``rgb``: (n, h, h, 3) uint8 (``None`` or n = 0: show ``empty_text``)."""
        self._count = 0 if rgb is None else len(rgb)
        self._image = None
        if self._count:
            self._tile = rgb.shape[1]
            self._image = rgb_to_qimage(rgb.reshape(-1, rgb.shape[2], 3))
        self._captions = captions
        self._empty_text = empty_text
        self._current = 0
        if self._clickable:  # a Tab stop only with tiles to go to and press
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self._count
                                else Qt.FocusPolicy.NoFocus)
        self.updateGeometry()
        self.update()

    def tile_count(self):
        return self._count

    def current_index(self):
        """The tile the keyboard is on (framed while the grid has the focus)."""
        return self._current

    def caption(self, index):
        return None if self._captions is None else self._captions[index]

    def _caption_height(self):
        return self.fontMetrics().height() if self._captions else 0

    def hasHeightForWidth(self):
        return self._fixed_tile is not None

    def heightForWidth(self, width):
        if self._fixed_tile is None:
            return super().heightForWidth(width)
        gap, side = 2, self._fixed_tile
        columns = max(1, (width + gap) // (side + gap))
        rows = math.ceil(self._count / columns)
        return max(90, rows * (side + self._caption_height() + gap))

    def sizeHint(self):
        if self._fixed_tile is None:
            return super().sizeHint()
        width = 4 * (self._fixed_tile + 2)
        return QSize(width, self.heightForWidth(width))

    def _layout(self):
        """``(columns, side)``: the largest tiles that fit with the last row at least half
        full (64 tiles as 8 x 8 or 6 x 11, not 7 x 9 and a lone tile on a tenth row)."""
        gap, caption = 2, self._caption_height()
        if self._fixed_tile is not None:
            return max(1, (self.width() + gap) // (self._fixed_tile + gap)), self._fixed_tile
        layouts = []  # (columns, side, empty places)
        for columns in range(1, self._count + 1):
            rows = math.ceil(self._count / columns)
            side = min((self.width() - gap * (columns - 1)) // columns,
                       (self.height() - rows * (caption + gap)) // rows, self._max_tile)
            empty = rows * columns - self._count
            if 2 * empty <= columns or columns == 1:
                layouts.append((columns, max(side, 1), empty))
        columns, side, _ = min(layouts, key=lambda layout: (-layout[1], layout[2]))
        return columns, side

    def tile_rect(self, index):
        columns, side = self._layout()
        gap, caption = 2, self._caption_height()
        row, col = divmod(index, columns)
        return QRect(col * (side + gap), row * (side + caption + gap), side, side)

    def tile_at(self, position):
        for index in range(self._count):
            rect = self.tile_rect(index)
            if rect.adjusted(0, 0, 0, self._caption_height()).contains(position):
                return index
        return None

    def paintEvent(self, event):
        painter = QPainter(self)
        if not self._count:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        caption = self._caption_height()
        for index in range(self._count):
            rect = self.tile_rect(index)
            source = QRect(0, index * self._tile, self._tile, self._tile)
            painter.drawImage(rect, self._image, source)
            if self._captions:
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                painter.drawText(QRect(rect.x() - 4, rect.bottom() + 1, rect.width() + 8, caption),
                                 Qt.AlignmentFlag.AlignCenter, self._captions[index])
        if self.hasFocus():
            draw_focus_frame(painter, self, self.tile_rect(self._current))

    def mousePressEvent(self, event):
        index = self.tile_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self._current = index
            self.update()
            self.tileClicked.emit(index)

    def keyPressEvent(self, event):
        if not self._count or not self._clickable:
            super().keyPressEvent(event)
            return
        columns, _ = self._layout()
        if event.key() in ACTIVATE_KEYS:
            self.tileClicked.emit(self._current)
            return
        step = arrow_step(event.key(), columns)
        if step is None:
            super().keyPressEvent(event)
            return
        self._current = min(max(self._current + step, 0), self._count - 1)
        rect = self.tile_rect(self._current)
        scroll = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(scroll, QScrollArea):  # in the gallery's scroll area: bring it into view
            scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width(), rect.height())
        self.update()

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self.tip_for is not None:
            index = self.tile_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tip_for(index), self)
                return True
        return super().event(event)


class ConfusionMatrixView(FocusFramed, Retranslatable, QWidget):
    """Rows: the true digit; columns: the digit the network read. The diagonal (green) is
    what it gets right; red cells are its mistakes, darker for a larger share of the row.
    ``cellClicked(true_digit, read_as)`` on a click, or on Enter or Space on the cell the
    arrow keys framed. Only presents."""

    cellClicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts = None  # (10, 10)
        self._classes = ()
        self._selected = None
        self._current = (0, 0)  # (row, column) the keyboard is on, positions in classes
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Confusion matrix"))
        self.setToolTip(self.tr(
            "Each row is a true digit of the validation set, each column the digit the\n"
            "network read. The green diagonal is what it reads right; a red cell counts\n"
            "one kind of mistake. Click a cell to see its digits below."))
        self.update()  # the axis titles are painted

    def empty_text(self):
        """What the matrix says while it has no counts."""
        return self._empty_text

    def set_counts(self, counts, classes, empty_text=""):
        """``counts`` (10, 10) or ``None`` (then ``empty_text``); ``classes``: the digits
        shown (e.g. only 3 and 7 for a model trained on those)."""
        self._counts = None if counts is None else np.array(counts)
        self._classes = tuple(classes)
        self._empty_text = empty_text
        k = max(1, len(self._classes))
        self._current = (min(self._current[0], k - 1), min(self._current[1], k - 1))
        # A Tab stop only with cells to go to and press.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if counts is None else Qt.FocusPolicy.StrongFocus)
        self.updateGeometry()  # counts of four digits or more need wider cells
        self.update()

    def counts(self):
        """The counts shown, rows and columns ``classes()`` (a copy), or ``None``."""
        if self._counts is None:
            return None
        index = np.array(self._classes)
        return self._counts[np.ix_(index, index)].copy()

    def classes(self):
        return self._classes

    def current_cell(self):
        """``(true digit, read as)`` of the cell the keyboard is on."""
        row, col = self._current
        return self._classes[row], self._classes[col]

    def set_selected(self, cell):
        self._selected = cell
        self.update()

    def count_font(self, cell):
        """The font of the counts in cells ``cell`` pixels wide: never below
        ``MIN_COUNT_PIXELS``, so that a small window does not make them unreadable."""
        font = QFont(self.font())
        font.setPixelSize(max(MIN_COUNT_PIXELS, min(14, int(cell * 0.36))))
        return font

    def minimumSizeHint(self):
        # Cells wide enough for three digits in the smallest font, or for the widest count
        # when it has more: the layout does not move when a new reading comes in.
        k = len(self._classes) if self._counts is not None else 10
        metrics = QFontMetrics(self.count_font(0))
        widest = metrics.horizontalAdvance("888")
        if self._counts is not None and self._counts.size:
            widest = max(widest, metrics.horizontalAdvance(count(self._counts.max())))
        label = self.fontMetrics().height() + 4
        side = max(1, k) * (widest + 6) + 2 * label
        # and room for the titles along the grid (two digits' cells are shorter)
        title = max(self.fontMetrics().horizontalAdvance(text) + 6
                    for text in self._title_texts())
        side = max(side, title + label)
        return QSize(side, side)

    def _geometry(self):
        """``(left, top, cell)`` of the grid: room for the labels, square cells."""
        label = self.fontMetrics().height() + 4
        k = max(1, len(self._classes))
        cell = max(8, min((self.width() - 2 * label) // k, (self.height() - 2 * label) // k))
        left = label * 2 + max(0, (self.width() - 2 * label - k * cell) // 2)
        return left, label * 2, cell

    def _title_texts(self):
        return self.tr("read as →"), self.tr("true digit →")

    def axis_titles(self):
        """``(rect, text)`` of "read as →" over the grid and of "true digit →" up its left
        (that one's rect as it is on screen, the text turned to read upwards): centred on
        the grid, longer than it when the text is (two digits' cells were shorter than
        "true digit →" in Russian, which lost its first letters), and elided only where the
        widget itself is shorter than the words."""
        left, top, cell = self._geometry()
        label = self.fontMetrics().height() + 4
        k = max(1, len(self._classes))
        metrics = self.fontMetrics()
        titles = []
        across_text, down_text = self._title_texts()
        for text, centre, start, end in (
                (across_text, left + k * cell / 2, label, self.width()),
                (down_text, top + k * cell / 2, label, self.height())):
            room = max(0, end - start)
            length = min(room, max(k * cell, metrics.horizontalAdvance(text) + 6))
            begin = int(min(max(start, centre - length / 2), end - length))
            if metrics.horizontalAdvance(text) > length:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, length)
            titles.append((begin, length, text))
        (x, width, across), (y, height, down) = titles
        return (QRect(x, 0, width, label), across), (QRect(0, y, label, height), down)

    def cell_rect(self, true_digit, read_as):
        left, top, cell = self._geometry()
        row, col = self._classes.index(true_digit), self._classes.index(read_as)
        return QRect(left + col * cell, top + row * cell, cell, cell)

    def cell_at(self, position):
        if self._counts is None:
            return None
        left, top, cell = self._geometry()
        col, row = (position.x() - left) // cell, (position.y() - top) // cell
        k = len(self._classes)
        if 0 <= row < k and 0 <= col < k and position.x() >= left and position.y() >= top:
            return self._classes[row], self._classes[col]
        return None

    def paintEvent(self, event):
        painter = QPainter(self)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        if self._counts is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        left, top, cell = self._geometry()
        k = len(self._classes)
        counts = self.counts()
        row_totals = np.maximum(counts.sum(axis=1), 1)
        label = self.fontMetrics().height() + 4
        painter.setPen(text_color)
        # The titles in the widget's own font, the one their room is measured in (in the
        # counts' font, up to 14 px, "true digit →" outgrew two cells and was cut).
        (across, across_text), (down, down_text) = self.axis_titles()
        painter.drawText(across, Qt.AlignmentFlag.AlignCenter, across_text)
        painter.save()
        painter.translate(down.left(), down.top() + down.height())
        painter.rotate(-90)
        painter.drawText(QRect(0, 0, down.height(), down.width()), Qt.AlignmentFlag.AlignCenter,
                         down_text)
        painter.restore()
        painter.setFont(self.count_font(cell))
        for i, digit in enumerate(self._classes):
            painter.drawText(QRect(left + i * cell, label, cell, label), Qt.AlignmentFlag.AlignCenter, str(digit))
            painter.drawText(QRect(left - label, top + i * cell, label, cell), Qt.AlignmentFlag.AlignCenter, str(digit))
        for r in range(k):
            for c in range(k):
                share = counts[r, c] / row_totals[r]
                # Mistakes are rare: a square root makes a 2% cell visible next to a 90% one.
                t = share if r == c else math.sqrt(share)
                end = GREEN if r == c else RED
                rgb = WHITE + t * (end - WHITE)
                rect = QRect(left + c * cell, top + r * cell, cell, cell)
                painter.fillRect(rect, QColor(*[int(v) for v in rgb]))
                if counts[r, c]:
                    painter.setPen(QColor("white") if t > 0.55 else QColor(30, 30, 30))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                     count(counts[r, c]))
        painter.setPen(QPen(QColor(200, 200, 200), 1))
        painter.drawRect(QRect(left, top, k * cell, k * cell))
        if self._selected is not None and self._selected[0] in self._classes:
            painter.setPen(QPen(text_color, 2))
            painter.drawRect(self.cell_rect(*self._selected).adjusted(1, 1, -1, -1))
        if self.hasFocus():
            draw_focus_frame(painter, self, self.cell_rect(*self.current_cell()))

    def mousePressEvent(self, event):
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self._current = (self._classes.index(cell[0]), self._classes.index(cell[1]))
            self.cellClicked.emit(*cell)

    def keyPressEvent(self, event):
        if self._counts is None:
            super().keyPressEvent(event)
            return
        if event.key() in ACTIVATE_KEYS:
            self.cellClicked.emit(*self.current_cell())
            return
        k = len(self._classes)
        step = arrow_step(event.key(), k)
        if step is None:
            super().keyPressEvent(event)
            return
        row, col = self._current
        if abs(step) == 1:
            col = min(max(col + step, 0), k - 1)
        else:
            row = min(max(row + step // k, 0), k - 1)
        self._current = (row, col)
        self.update()

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self._counts is not None:
            cell = self.cell_at(event.pos())
            if cell is not None:
                t, p = cell
                total = int(self._counts[t].sum())
                n = int(self._counts[t, p])
                text = english_plural(
                    self.tr("{0} of %Ln image(s) of {1} read correctly ({2:.1f}%)", "", total)
                    if t == p else
                    self.tr("{0} of %Ln image(s) of {1} read as {3} ({2:.1f}%)", "", total),
                    total).format(count(n), t, local(100 * n / max(total, 1)), p)
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)


# ----------------------------------------------------------------------------- the view
class InsideView(Retranslatable, QWidget):
    """The tab. ``digit_panel``: the drawing panel whose digit is explained and on which a
    gallery click puts a validation digit.

    The window calls ``set_model`` when the model in use changes (opened, trained, reset),
    ``show_snapshot`` with each snapshot while training runs, and ``epoch_ended`` after
    each epoch (the next snapshot is then read on the validation set).
    """

    def __init__(self, digit_panel, parent=None):
        super().__init__(parent)
        self.setObjectName("insideView")
        self.digit_panel = digit_panel
        self._model = None
        self._dirty = set()  # parts to redraw: "weights", "digit"
        self._evaluation_stale = False  # a validation reading is due once the view is shown
        self._evaluate_next_snapshot = False
        self._age = ""  # how far the model in use or the snapshot has trained ("after epoch 1")
        self._result = None  # the last ValidationResult shown
        self._result_age = ""  # the weights it was read on
        self._pending_age = ""  # the weights of the reading asked for last
        self._moved_on = False  # training changed the weights since the reading shown
        self._gallery_cell = None  # None: the mistakes; (true, read as): one cell
        self._gallery_indices = np.zeros(0, dtype=int)

        self.evaluator = ValidationEvaluator(self)
        self.evaluator.evaluated.connect(self._show_result)
        self.evaluator.failed.connect(self._show_evaluation_failure)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("insideSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_weights_column())
        splitter.addWidget(self._build_digit_column())
        splitter.addWidget(self._build_confusion_column())
        splitter.addWidget(self._build_gallery_column())
        splitter.setSizes([240, 250, 220, 200])
        # Narrower or shorter than the columns can be read (a small screen, or the drawing
        # panel dragged up), the view scrolls instead of shrinking the maps and the counts.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("insideScroll")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        self.scroll.setWidget(splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addWidget(self.scroll)

        digit_panel.predictionChanged.connect(lambda _: self._mark_dirty("digit"))
        self._set_explain_choices()
        self.retranslate()

    def readable_width(self):
        """The least width at which the four columns are side by side without scrolling."""
        margins = self.layout().contentsMargins()
        return (self.scroll.widget().minimumSizeHint().width() + 2 * self.scroll.frameWidth()
                + margins.left() + margins.right())

    # ----------------------------------------------------------- construction
    def _column(self):
        """A column: a bold heading above the column's contents."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(2, 0, 2, 0)  # the splitter's handles keep them apart
        layout.setSpacing(3)
        heading = bold(WrappingLabel())
        layout.addWidget(heading)
        return column, layout, heading

    def _note(self):
        # Wrapped labels whose least height follows their width: the splitter gives a
        # column no more than its least height, and a plain wrapped label counts one line
        # there, so the feature maps were laid over the lines under them (1024 x 768).
        label = WrappingLabel()
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def _legend(self):
        """A line for ``_set_legend``."""
        label = self._note()
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    @staticmethod
    def _set_legend(label, negative, positive):
        """A blue square and what blue means, a red square and what red means (each square
        held to its words by a no-break space: a wrapped line never ends in a square)."""
        label.setText(f'<span style="color:{NEGATIVE_BLUE}">&#9632;</span>&nbsp;{negative} &nbsp; '
                      f'<span style="color:{POSITIVE_RED}">&#9632;</span>&nbsp;{positive}')

    def _build_weights_column(self):
        column, layout, self.weights_heading = self._column()
        self.weights_grid = TileGrid(max_tile=112)
        self.weights_grid.setObjectName("weightsGrid")
        self.weights_grid.tip_for = self._weight_tip
        self.same_scale = QCheckBox()
        self.same_scale.setObjectName("sameScaleCheck")
        # Its text is a label beside it that wraps: a check box's own text does not, and
        # would set the column's least width (the Inside tab scrolled sideways at 1024 px).
        self._same_scale_label = CheckBoxLabel(self.same_scale)
        self.same_scale.setChecked(QSettings().value("inside/sameScale", False) in (True, "true"))
        self.same_scale.toggled.connect(self._on_same_scale_toggled)
        self.weights_note = self._note()
        self.weights_note.setObjectName("weightsNote")
        self._weights_legend = self._legend()
        layout.addWidget(self.weights_grid, 1)
        layout.addWidget(self._weights_legend)
        layout.addWidget(self.weights_note)
        same_scale_row = QHBoxLayout()
        same_scale_row.addWidget(self.same_scale, 0, Qt.AlignmentFlag.AlignTop)
        same_scale_row.addWidget(self._same_scale_label, 1)
        layout.addLayout(same_scale_row)
        # Imported here: conv_view builds on this module's widgets.
        from .conv_view import FeatureMapsView
        self.feature_maps = FeatureMapsView()
        self.feature_maps.hide()  # for a convolutional network only
        layout.addWidget(self.feature_maps, 1)
        return column

    def _build_digit_column(self):
        column, layout, self.digit_heading = self._column()
        # The label above its choice: side by side in a narrow column (1024 px, a Russian
        # or Chinese label) the label took three lines and cut the choice to "прочита".
        explain_row = QVBoxLayout()
        explain_row.setSpacing(1)
        self._explain_label = self._note()
        self.explain_choice = ElidingComboBox()
        self.explain_choice.setObjectName("explainChoice")
        self._explain_label.setBuddy(self.explain_choice)
        self.explain_choice.currentIndexChanged.connect(lambda _: self._mark_dirty("digit"))
        explain_row.addWidget(self._explain_label)
        explain_row.addWidget(self.explain_choice)
        layout.addLayout(explain_row)

        # The two maps side by side, their captions in a row under them: each map as large
        # as the other whatever its caption's lines (a caption of three lines, in a column
        # of its own, made its map smaller and lower than the other).
        maps = QGridLayout()
        maps.setHorizontalSpacing(6)
        maps.setVerticalSpacing(0)
        self.saliency_image = PixelImage(minimum=80, square=True)
        self.saliency_image.setObjectName("saliencyImage")
        self.gradient_image = PixelImage(minimum=80, square=True)
        self.gradient_image.setObjectName("gradientImage")
        self._map_captions = []
        for side, image in enumerate((self.saliency_image, self.gradient_image)):
            maps.addWidget(image, 0, side)
            label = self._note()
            label.setObjectName(("saliencyCaption", "gradientCaption")[side])
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            # The captions must not decide the widths: both maps get half the column. No
            # taller than their lines: the room a map cannot take (it is no taller than
            # wide) goes to the layers under the note, not between a map and its words.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
            maps.addWidget(label, 1, side)
            maps.setColumnStretch(side, 1)
            self._map_captions.append(label)
        maps.setRowStretch(0, 1)
        layout.addLayout(maps, 3)
        self.digit_legend = self._legend()
        layout.addWidget(self.digit_legend)
        self.digit_note = self._note()
        self.digit_note.setObjectName("digitNote")
        layout.addWidget(self.digit_note)
        self.layers_box = QVBoxLayout()
        self.layers_box.setSpacing(1)
        layout.addLayout(self.layers_box, 2)
        self.layer_rows = []  # (caption label, PixelImage) per hidden layer
        return column

    def _build_confusion_column(self):
        column, layout, self.validation_heading = self._column()
        self.validation_heading.setObjectName("validationHeading")
        self.confusion_view = ConfusionMatrixView()
        self.confusion_view.setObjectName("confusionMatrix")
        self.confusion_view.cellClicked.connect(self.show_cell)
        layout.addWidget(self.confusion_view, 1)
        self._confusion_hint = self._note()
        layout.addWidget(self._confusion_hint)
        return column

    def _build_gallery_column(self):
        column, layout, self.gallery_heading = self._column()
        self.gallery_heading.setObjectName("galleryHeading")
        self.gallery = TileGrid(fixed_tile=42, clickable=True)
        self.gallery.setObjectName("gallery")
        self.gallery.tip_for = self._gallery_tip
        self.gallery.tileClicked.connect(self._on_gallery_clicked)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the gallery itself takes the keys
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.gallery)
        self.gallery_note = self._note()
        self.gallery_note.setObjectName("galleryNote")
        self.all_mistakes_button = QPushButton()
        self.all_mistakes_button.setObjectName("allMistakesButton")
        self.all_mistakes_button.clicked.connect(lambda: self.show_cell())
        layout.addWidget(self.gallery_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.all_mistakes_button)
        return column

    def retranslate(self):
        """Every text in the current language: the fixed ones here, then the read-outs
        drawn again from what is shown."""
        weights_tip = self.tr(
            "Unit j of the first hidden layer adds up every pixel times its own weight\n"
            "W[pixel, j]. Drawn as a 28 x 28 image, the weights show the ink pattern\n"
            "that excites the unit (red) or inhibits it (blue); white pixels are ignored.\n"
            "They start as random noise; as the network learns, strokes and blobs appear.\n"
            "The speckle that stays, mostly near the edges, is the random start: a pixel that\n"
            "is blank in every image gets no gradient, so its weights never change.")
        saliency_tip = self.tr(
            "Each pixel's ink times the gradient of the digit's score with respect to\n"
            "that pixel (input x gradient): red ink makes the network more sure of the\n"
            "digit, blue ink argues against it. Pixels without ink contribute nothing.")
        gradient_tip = self.tr(
            "The gradient of the digit's score with respect to every pixel: red where\n"
            "adding ink would raise the score, blue where it would lower it. The digit\n"
            "is shaded darker.")
        gallery_tip = self.tr(
            "Validation digits with their true label and what the network read\n"
            "(true → read). Click one to put it on the drawing panel and see why.")
        self._unit_tips = (weights_tip, self.tr(
            "The first layer of this network is a convolution: each filter is a small stamp\n"
            "of weights (5 x 5 for conv32x5) slid over the whole image. Drawn as a picture,\n"
            "a filter shows the pattern it responds to: red where ink excites it, blue where\n"
            "ink inhibits it. Below: what each filter finds in the digit on the pad."))
        self._show_layer_kind()  # the heading and the tips: of units or of filters
        self._weights_legend.setToolTip(weights_tip)
        self.weights_grid.setAccessibleName(self.tr("First-layer weights"))
        self._set_legend(self._weights_legend, self.tr("ink here inhibits"),
                         self.tr("ink here excites"))
        self._same_scale_label.setText(self.tr("One colour scale for all units"))
        self.same_scale.setAccessibleName(self.tr("One colour scale for all units"))
        self.same_scale.setToolTip(self.tr(
            "Off: each tile has its own scale (its largest weight is full colour), so every\n"
            "unit's pattern is visible. On: one scale for all, so you see which units have\n"
            "large weights and which hardly matter."))

        self.digit_heading.setToolTip(self.tr(
            "How the network reads the digit on the drawing panel, with the weights\n"
            "it has right now (live while it trains)."))
        self._explain_label.setText(self.tr("Explain the score of"))
        self.explain_choice.setAccessibleName(self.tr("Digit to explain"))
        self.explain_choice.setToolTip(self.tr(
            "Which digit's score the two maps explain: the digit the network reads, or any\n"
            "other (\"why not an 8?\"). The score is the output for that digit before the\n"
            "softmax (the logit)."))
        self._explain_label.setToolTip(self.explain_choice.toolTip())
        self.explain_choice.setItemText(0, self.tr("the digit it reads"))
        self.saliency_image.setAccessibleName(self.tr("Ink times gradient"))
        self.gradient_image.setAccessibleName(self.tr("Gradient"))
        for image, caption, tip, text in (
                (self.saliency_image, self._map_captions[0], saliency_tip, self.tr("ink × gradient")),
                # A whole phrase, the legend below saying what each colour does: "more
                # ink here would…" read as words cut off in every language.
                (self.gradient_image, self._map_captions[1], gradient_tip,
                 self.tr("gradient: what more ink would do"))):
            image.setToolTip(tip)
            caption.setToolTip(tip)
            caption.setText(text)
        self._set_legend(self.digit_legend, self.tr("pushes the score down"),
                         self.tr("pushes it up"))
        self.digit_legend.setToolTip(saliency_tip)
        self.digit_note.setToolTip(saliency_tip)

        self.validation_heading.setToolTip(self.tr(
            "The images held out from training (the same ones every epoch), read by\n"
            "the network after each epoch."))
        self.confusion_view.retranslate()  # before its tooltip is copied (children come later)
        self._confusion_hint.setToolTip(self.confusion_view.toolTip())
        self._confusion_hint.setText(self.tr("Click a cell to see its digits."))

        for widget in (self.gallery_heading, self.gallery, self.gallery_note):
            widget.setToolTip(gallery_tip)
        self.gallery.setAccessibleName(self.tr("Misread digits"))
        self.all_mistakes_button.setText(self.tr("All mistakes"))
        self.all_mistakes_button.setAccessibleName(self.tr("Show all mistakes"))
        self.all_mistakes_button.setToolTip(self.tr("Show every misread digit again, not one cell"))

        if self._model is None:
            self._show_nothing()
            return
        self._mark_dirty("weights", "digit")
        if self._result is not None:
            self._show_validation()
        else:
            self._show_unread()

    # ----------------------------------------------------------- the window's calls
    def set_model(self, model):
        """The model in use changed (or ``None``): redraw everything, read the validation
        set again."""
        self._model = model
        self._evaluate_next_snapshot = False
        # Functions, so that a heading drawn again after a change of language follows it.
        self._age = (lambda: "") if model is None else (lambda h=model.history: weights_age(h))
        self._set_explain_choices()
        self._show_layer_kind()
        if model is None:
            self.evaluator.cancel()
            self._show_nothing()
            return
        self._mark_dirty("weights", "digit")
        # Another model's reading still running is of no use now: stopped at its next
        # batch, so this model's answer does not wait for it. (Not in show_snapshot: while
        # training, each epoch's reading must be allowed to finish.)
        self.evaluator.cancel()
        self._request_evaluation()
        if self._result is None:
            self._show_unread()

    def show_snapshot(self, model):
        """A snapshot while training runs (several a second): redrawn at most every
        ``REFRESH_MS``, and read on the validation set if an epoch just ended."""
        self._model = model
        if model.config.classes != tuple(self.explain_choice.itemData(i)
                                         for i in range(1, self.explain_choice.count())):
            self._set_explain_choices()
        self._mark_dirty("weights", "digit")
        if self._evaluate_next_snapshot:
            self._evaluate_next_snapshot = False
            self._request_evaluation()
        elif not self._moved_on and self._result is not None and self._result.size and self._result.finite:
            self._moved_on = True  # the reading shown is of weights training has changed
            self._show_validation_heading()

    def _show_validation_heading(self):
        result = self._result
        text = self.tr("Validation, {0}: {1:.1f}% right ({2} of {3})").format(
            current_text(self._result_age), local(100 * result.accuracy), count(result.correct),
            count(result.size))
        if self._moved_on:
            text += " · " + self.tr("training goes on: read again after each epoch")
        self.validation_heading.setText(text)

    def epoch_ended(self, report=None):
        """An epoch ended: the next snapshot has its final weights (the worker sends one
        right after the epoch report), so that is the one to read."""
        self._evaluate_next_snapshot = True
        if report is not None:
            self._age = lambda epoch=report.epoch: self.tr("after epoch {0}").format(epoch)

    def set_training_data(self, data):
        """Validate on the split of ``data`` (as the training worker's ``data``), or MNIST."""
        self.evaluator.set_data(data)

    def wait_for_evaluation(self, msecs=-1):
        """Block until no validation reading runs; ``True`` if none does (tests, closing)."""
        return self.evaluator.wait(msecs)

    def validation_result(self):
        """The ``ValidationResult`` shown, or ``None``."""
        return self._result

    # ----------------------------------------------------------- updating
    def _mark_dirty(self, *parts):
        self._dirty.update(parts)
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def showEvent(self, event):
        super().showEvent(event)
        # Nothing is computed while the tab is hidden; catch up now.
        if self._dirty:
            self._refresh()
        if self._evaluation_stale:
            self._request_evaluation()

    def _refresh(self):
        self._refresh_timer.stop()
        if not self.isVisible():
            return
        dirty, self._dirty = self._dirty, set()
        if "weights" in dirty:
            self._show_weights()
        if "digit" in dirty:
            self._show_digit()

    def _request_evaluation(self):
        if self._model is None:
            return
        if not self.isVisible():
            self._evaluation_stale = True
            return
        self._evaluation_stale = False
        self._pending_age = self._age
        self.evaluator.request(self._model)
        if self._result is None:
            self._show_unread()

    def _on_same_scale_toggled(self, on):
        QSettings().setValue("inside/sameScale", on)
        self._show_weights()

    def _set_explain_choices(self):
        classes = () if self._model is None else self._model.config.classes
        current = self.explain_choice.currentData()
        self.explain_choice.blockSignals(True)
        self.explain_choice.clear()
        self.explain_choice.addItem(self.tr("the digit it reads"), None)
        for digit in classes:
            self.explain_choice.addItem(str(digit), digit)
        index = self.explain_choice.findData(current)
        self.explain_choice.setCurrentIndex(max(0, index) if current is not None else 0)
        self.explain_choice.blockSignals(False)

    # ----------------------------------------------------------- the columns
    def _show_nothing(self):
        text = self.tr("No model yet: train one or open a saved model.")
        self.weights_grid.set_tiles(None, empty_text=text)
        self.weights_note.setText("")
        self.saliency_image.set_rgb(None, text)
        self.gradient_image.set_rgb(None)
        self.digit_heading.setText(self.tr("Your digit"))
        self.digit_note.setText("")
        self._set_layer_rows([])
        self._result = None
        self.validation_heading.setText(self.tr("Validation set"))
        self.confusion_view.set_counts(None, (), text)
        self.gallery_heading.setText(self.tr("Misread digits"))
        self.gallery_note.setText("")
        self.gallery.set_tiles(None)
        self.all_mistakes_button.setEnabled(False)

    def _show_unread(self):
        """A model whose validation reading has not come yet: the last two columns say so
        (not "No model yet", and in the language of now)."""
        reading = self.evaluator.is_busy() or self._evaluation_stale
        self.validation_heading.setText(self.tr("Validation set: reading it…") if reading
                                        else self.tr("Validation set"))
        self.confusion_view.set_counts(None, (), self.tr("Reading the validation digits…")
                                       if reading else "")
        self.gallery_heading.setText(self.tr("Misread digits"))

    def _convolutional(self):
        return self._model is not None and bool(self._model.network.conv_layers)

    def _show_layer_kind(self):
        """The first column speaks of units (an MLP) or of filters (a convolution)."""
        convolutional = self._convolutional()
        self.weights_heading.setText(self.tr("First layer: the filters of {0}").format(
            self._model.config.layers[0]) if convolutional
            else self.tr("First layer: what each unit looks for"))
        tip = self._unit_tips[convolutional]
        for widget in (self.weights_heading, self.weights_grid, self.weights_note):
            widget.setToolTip(tip)
        # Pooling alone (pool2,dense128) makes an image layer too: its maps are shown.
        self.feature_maps.setVisible(self._model is not None and self._model.config.convolutional)

    def _show_weights(self):
        if self._model is None:
            return
        self._show_layer_kind()  # a snapshot may come from another network
        convolutional = self._convolutional()
        # A first conv layer looks at the one grey channel of the image: one k x k stamp
        # per filter.
        weights = (conv_filters(self._model)[:, 0] if convolutional
                   else first_layer_weights(self._model))
        total = len(weights)
        weights = weights[:MAX_UNITS]
        self._weights_shown = weights
        finite = np.all(np.isfinite(weights))
        if self.same_scale.isChecked():
            scale = robust_scale(weights)
            how = self.tr("full colour at |w| = {0:.2g}").format(local(scale))
        else:
            scale = np.abs(np.nan_to_num(weights)).max(axis=(1, 2), keepdims=True)
            how = self.tr("each on its own scale")
        self.weights_grid.set_tiles(diverging_rgb(weights, scale))
        if convolutional:
            shown = (self.tr("All %Ln filter(s)", "", total) if total <= MAX_UNITS
                     else self.tr("The first {0} of %Ln filter(s)", "", total))
        else:
            shown = (self.tr("All %Ln unit(s)", "", total) if total <= MAX_UNITS
                     else self.tr("The first {0} of %Ln unit(s)", "", total))
        shown = english_plural(shown, total).format(MAX_UNITS)
        text = self.tr("{0}, {1}.").format(shown, how)
        if not finite:
            text = sentences(text, self.tr("Some weights are not numbers: training diverged."))
        self.weights_note.setText(text)

    def _weight_tip(self, index):
        w = self._weights_shown[index]
        if self._convolutional():
            return self.tr("Filter {0}: weights from {1:.3g} to {2:.3g}").format(
                index + 1, local(w.min()), local(w.max()))
        return self.tr("Unit {0}: weights from {1:.3g} to {2:.3g}").format(
            index + 1, local(w.min()), local(w.max()))

    def _show_digit(self):
        if self._model is None:
            return
        image = self.digit_panel.image()
        if image is None:
            text = self.tr("Draw a digit on the pad, or click a digit in the gallery.")
            self.saliency_image.set_rgb(None, text)
            self.gradient_image.set_rgb(None)
            self.digit_heading.setText(self.tr("Your digit"))
            self.digit_note.setText("")
            self._set_layer_rows([])
            self.feature_maps.clear(text)
            return
        explanation = explain_digit(self._model, image, self.explain_choice.currentData())
        if not np.all(np.isfinite(explanation.probabilities)):
            self.saliency_image.set_rgb(None, self.tr("The network's outputs are not numbers (NaN): "
                                                      "its training diverged."))
            self.gradient_image.set_rgb(None)
            self._set_layer_rows([])
            self.feature_maps.clear("")
            return
        digit, p = explanation.digit, explanation.probabilities
        read = int(np.argmax(p))
        if is_regression(self._model.config.head):
            # One output: its number, not the bell of closeness made from it (a network
            # stuck at 1.0 for every digit was "read as 9 (>99%)").
            reading = regression_reading_text(regression_reading(explanation.outputs[0],
                                                                 self._model.config.digits))
            heading = (self.tr("Your digit: one output, not a probability: {0}").format(reading)
                       if digit == read else self.tr(
                       "Your digit: one output, not a probability: {0}; explaining {1}").format(
                       reading, digit))
        elif averages(self._model):
            # The pad reads a convolutional network's digit in several versions and shows
            # their average (engine.averaging); this is one forward pass of the digit as
            # drawn, and its percentage (even its digit) can differ from the pad's. Said
            # as the One digit tab says it, so that "1 (46%)" here beside "? not sure" on
            # the pad does not read as a contradiction.
            heading = (self.tr("As drawn: read as {0} ({1}); the pad averages {2} views").format(
                           read, percent(p[read]), len(VERSIONS)) if digit == read else
                       self.tr("As drawn: read as {0}; explaining {1} ({2}); the pad averages "
                               "{3} views").format(read, digit, percent(p[digit]), len(VERSIONS)))
        elif digit == read:
            heading = self.tr("Your digit: read as {0} ({1})").format(read, percent(p[read]))
        else:
            heading = self.tr("Your digit: read as {0}; explaining {1} ({2})").format(
                read, digit, percent(p[digit]))
        self.digit_heading.setText(heading)
        contribution = explanation.input_times_gradient
        scale = robust_scale(contribution)
        self.saliency_image.set_rgb(overlay_rgb(explanation.image, contribution, scale))
        gradient = explanation.gradient
        shaded = diverging_rgb(gradient, robust_scale(gradient)).astype(float)
        shaded *= (1 - 0.45 * np.clip(explanation.image, 0, 1))[..., None]  # the digit, darker
        self.gradient_image.set_rgb(np.rint(shaded).astype(np.uint8))
        self.saliency_image.tip_for = lambda r, c: self.tr(
            "pixel ({0}, {1}): ink {2:.2f} × gradient {3:.3g} = {4:.3g}").format(
            r, c, local(explanation.image[r, c]), local(gradient[r, c]), local(contribution[r, c]))
        push_up, push_down = contribution[contribution > 0].sum(), contribution[contribution < 0].sum()
        self.digit_note.setText(self.tr(
            "In all, red ink adds {1:+.2f} to the score of {0}, blue ink {2:+.2f}.").format(
            digit, signed(push_up), signed(push_down)))
        self._set_layer_rows(explanation.activations)
        if explanation.feature_maps:
            names = [p.text for p in self._model.config.plan() if p.kind in ("conv", "pool")]
            self.feature_maps.set_maps(names, explanation.feature_maps, self._model.config.activation)

    def _set_layer_rows(self, activations):
        while len(self.layer_rows) > len(activations):
            label, image = self.layer_rows.pop()
            for widget in (label, image):
                self.layers_box.removeWidget(widget)
                widget.deleteLater()
        while len(self.layer_rows) < len(activations):
            label = self._note()
            image = PixelImage(minimum=60)
            image.setObjectName(f"layerActivations{len(self.layer_rows) + 1}")
            self.layers_box.addWidget(label)
            self.layers_box.addWidget(image, 1)
            self.layer_rows.append((label, image))
        activation = None if self._model is None else self._model.config.activation
        # A convolutional network's dense layers come after its image layers: named, not
        # numbered from 1 as if they were the first.
        names = ([p.text for p in self._model.config.plan() if p.kind == "dense"]
                 if self._model is not None and self._model.config.convolutional else [])
        for number, (values, (label, image)) in enumerate(zip(activations, self.layer_rows), start=1):
            name = names[number - 1] if len(names) == len(activations) else number
            label.setText(self._describe_layer(name, activation, values))
            label.setToolTip(self._layer_tip(activation))
            image.setAccessibleName(self.tr("Hidden layer {0} activations").format(number))
            image.setToolTip(self.tr("One cell per unit of this hidden layer: its output for the "
                                     "digit on the pad."))
            image.set_rgb(self._layer_rgb(activation, values))
            image.tip_for = (lambda r, c, v=values: self.tr("unit {0}: {1:.3g}").format(
                r * ACTIVATION_COLUMNS + c + 1, local(v[r * ACTIVATION_COLUMNS + c]))
                if r * ACTIVATION_COLUMNS + c < len(v) else None)

    @staticmethod
    def _layer_rgb(activation, values):
        """One cell per unit, ``ACTIVATION_COLUMNS`` to a row. Sigmoid outputs on their fixed
        0-1 scale (so saturation shows as the darkest and the whitest cells), ReLU on 0 to
        the largest output, tanh and leaky ReLU blue-white-red around 0."""
        if activation == "sigmoid":
            rgb = sequential_rgb(values, 1.0)
        elif activation == "relu":
            rgb = sequential_rgb(values, float(np.max(values, initial=0.0)))
        else:
            rgb = diverging_rgb(values, 1.0 if activation == "tanh" else robust_scale(values))
        columns = min(len(values), ACTIVATION_COLUMNS)
        rows = math.ceil(len(values) / columns)
        grid = np.empty((rows * columns, 3), dtype=np.uint8)
        grid[:] = EMPTY_CELL
        grid[:len(values)] = rgb
        return grid.reshape(rows, columns, 3)

    def _describe_layer(self, number, activation, values):
        n = len(values)
        if activation == "sigmoid":
            saturated = int(np.sum((values < 0.05) | (values > 0.95)))
            return english_plural(self.tr("Hidden layer {0}: %Ln sigmoid unit(s), {1} saturated",
                                          "", n), n).format(number, saturated)
        if activation == "tanh":
            saturated = int(np.sum(np.abs(values) > 0.95))
            return english_plural(self.tr("Hidden layer {0}: %Ln tanh unit(s), {1} saturated",
                                          "", n), n).format(number, saturated)
        active = int(np.sum(values > 0))
        # The activation as the form names it ("ReLU"), not its code name ("relu").
        return english_plural(self.tr("Hidden layer {0}: %Ln {1} unit(s), {2} active", "", n),
                              n).format(number, activation_name(activation), active)

    def _layer_tip(self, activation):
        if activation == "sigmoid":
            return self.tr("Each cell is one unit's output for this digit, from 0 (white) to 1 "
                           "(dark).\nSaturated: below 0.05 or above 0.95, where the slope "
                           "a*(1-a) is almost 0\nand almost no gradient flows back through the unit.")
        if activation == "tanh":
            return self.tr("Each cell is one unit's output for this digit, from -1 (blue) to 1 "
                           "(red).\nSaturated: |output| above 0.95, where the slope 1-a² is "
                           "almost 0.")
        return self.tr("Each cell is one unit's output for this digit (white: 0; darkest: the "
                       "largest in the layer).\nActive: above 0. A ReLU unit that is never "
                       "active for any digit is dead: it cannot learn.")

    # ----------------------------------------------------------- validation
    def _show_result(self, result):
        self._result = result
        self._result_age = self._pending_age
        self._moved_on = False
        self._show_validation()

    def _show_validation(self):
        result = self._result
        if result.size == 0:
            self.validation_heading.setText(self.tr("Validation set: none (its size is 0 in the form)"))
            self.confusion_view.set_counts(None, (), self.tr("No validation images."))
            self.gallery.set_tiles(None)
            return
        if not result.finite:
            self.validation_heading.setText(self.tr("Validation set: the outputs are not numbers "
                                                    "(NaN): training diverged"))
        else:
            self._show_validation_heading()
        self.confusion_view.set_counts(result.confusion, result.classes)
        cell = self._gallery_cell
        self._show_gallery(cell if cell is not None and cell[0] in result.classes else None)

    def _show_evaluation_failure(self, message):
        self.validation_heading.setText(message)

    def show_cell(self, true_digit=None, read_as=None):
        """Show the images of ``true_digit`` read as ``read_as`` (a cell of the confusion
        matrix) in the gallery; with no arguments, every mistake."""
        self._show_gallery(None if true_digit is None else (int(true_digit), int(read_as)))

    def _show_gallery(self, cell):
        self._gallery_cell = cell
        self.confusion_view.set_selected(cell)
        result = self._result
        self.all_mistakes_button.setEnabled(result is not None and cell is not None)
        if result is None or result.size == 0:
            return
        if cell is None:
            indices = result.mistakes()
            heading = self.tr("Misread digits: {0}").format(count(len(indices)))
            note = self.tr("The most confidently wrong first.")
        elif cell[0] == cell[1]:
            indices = result.cell(*cell)
            heading = self.tr("{0} read right: {1}").format(cell[0], count(len(indices)))
            note = self.tr("The least sure first.")
        else:
            indices = result.cell(*cell)
            heading = self.tr("{0} read as {1}: {2}").format(cell[0], cell[1],
                                                              count(len(indices)))
            note = self.tr("The most sure first.")
        if len(indices) > MAX_GALLERY:
            note = sentences(note, self.tr("The first {0} are shown.").format(MAX_GALLERY))
        note = sentences(note, self.tr("Click one to put it on the pad."))
        indices = indices[:MAX_GALLERY]
        self._gallery_indices = indices
        self.gallery_heading.setText(heading)
        self.gallery_note.setText(note)
        ink = result.images[indices].astype(np.float64) / 255.0
        tiles = np.rint(255 - 215 * ink[..., None] * np.ones(3)).astype(np.uint8)  # dark ink on white
        captions = [f"{result.labels[i]}→{result.predicted[i]}" for i in indices]
        self.gallery.set_tiles(tiles, captions, self.tr("None: every digit of the validation set "
                                                       "is read correctly."))

    def _gallery_tip(self, index):
        result, i = self._result, self._gallery_indices[index]
        return self.tr("A {0}, read as {1} ({2:.0f}% sure). Click to put it on the drawing "
                       "panel.").format(result.labels[i], result.predicted[i], local(100 * result.confidence[i]))

    def _on_gallery_clicked(self, index):
        result, i = self._result, self._gallery_indices[index]
        label = result.labels[i]
        self.digit_panel.show_image(result.images[i], lambda: self.tr(
            "A {0} from the validation set. Draw on the pad to replace it.").format(label))
