"""The maths of one digit: for the digit on the pad, layer by layer, the input, z = Wx + b,
the activation and, for a chosen target digit, the backward deltas and dL/dW, as numbers to
copy as NumPy arrays; and, for a small network, a diagram of units lit by their activation.
The numbers come from ``digitdesk.engine.one_digit``; this module only presents them."""

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..engine.averaging import VERSIONS, averages
from ..engine.buglab import BUGS
from ..engine.losses import is_regression, regression_reading
from ..engine.one_digit import one_digit_maths
from .focus import stop_while_filled
from .inside_view import NEGATIVE_BLUE, POSITIVE_RED
from .language import Retranslatable, listed
from .numbers import local, percent
from .wording import regression_reading_text

DIAGRAM_MAX_UNITS = 16  # a diagram is drawn when no layer has more units than this
EDGES_PER_UNIT = 3  # the strongest incoming connections drawn per unit


class NetworkDiagram(QWidget):
    """Units as circles lit by their activation; per unit, the ``EDGES_PER_UNIT`` incoming
    connections that carry most (``|a_prev * W|``), red positive and blue negative (as the
    Inside tab colours what excites and what inhibits)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self._maths = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self):
        return QSize(320, 240)

    def set_maths(self, maths):
        self._maths = maths
        self.update()

    def unit_centres(self):
        """The circles' centres, per drawn layer (input first), in widget coordinates."""
        layers = self._maths.layers
        columns = [min(len(layers[0].a_prev), DIAGRAM_MAX_UNITS)] + [len(m.a) for m in layers]
        margin = 28.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        centres = []
        for c, count in enumerate(columns):
            x = margin + width * c / max(1, len(columns) - 1)
            centres.append([QPointF(x - (14 if c == len(columns) - 1 else 0), margin + height * (r + 0.5) / count) for r in range(count)])
        return centres

    def radius(self):
        """The circles' radius: smaller as the tallest column of circles holds more units.
        (A large input is a box, not sixteen circles: counted, it left the three units of
        a 784-3-3-2 network 4 px dots.)"""
        centres = self.unit_centres()
        if len(self._maths.layers[0].a_prev) > DIAGRAM_MAX_UNITS:
            centres = centres[1:]
        return max(4.0, min(14.0, (self.height() - 48) / (2.5 * max(len(c) for c in centres))))

    def input_box(self):
        """Where the box standing for a large input (784 pixels) goes, or ``None`` when
        the input's units are drawn as circles."""
        if len(self._maths.layers[0].a_prev) <= DIAGRAM_MAX_UNITS:
            return None
        first, radius = self.unit_centres()[0], self.radius()
        return QRectF(first[0].x() - 16, first[0].y() - radius,
                      32, first[-1].y() - first[0].y() + 2 * radius)

    def connections(self):
        """The lines drawn: per unit, its ``EDGES_PER_UNIT`` strongest incoming connections
        as ``(line, colour, width)``, from the edge of the circle (or the input's box) they
        leave to the edge of the circle they enter. Drawn from centre to centre they ran
        through the dimly lit circles and into the middle of the input's box."""
        layers, centres, radius = self._maths.layers, self.unit_centres(), self.radius()
        box = self.input_box()
        lines = []
        for c, m in enumerate(layers):
            flow = m.a_prev[:, None] * m.W  # what each input carries into each unit
            strongest = np.abs(flow).max() or 1.0
            for j in range(flow.shape[1]):
                target = centres[c + 1][j]
                for i in np.argsort(-np.abs(flow[:, j]))[:EDGES_PER_UNIT]:
                    if box is not None and c == 0:  # from the box's right edge
                        start = QPointF(box.right(), box.center().y())
                        line = QLineF(start, target)
                        line.setLength(max(0.0, line.length() - radius))
                    else:
                        line = QLineF(centres[c][i], target)
                        length = line.length()
                        if length <= 2 * radius:  # (the circles touch: nothing between)
                            continue
                        line = QLineF(line.pointAt(radius / length),
                                      line.pointAt(1 - radius / length))
                    colour = QColor(POSITIVE_RED if flow[i, j] >= 0 else NEGATIVE_BLUE)
                    lines.append((line, colour, 0.5 + 3.0 * abs(flow[i, j]) / strongest))
        return lines

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self._maths is None or not self._maths.layers:
            return
        layers = self._maths.layers
        centres = self.unit_centres()
        radius = self.radius()
        box = self.input_box()
        big_input = box is not None
        for line, colour, width in self.connections():
            painter.setPen(QPen(colour, width))
            painter.drawLine(line)
        painter.setPen(QPen(text, 1))
        if big_input:
            painter.setBrush(QColor(128, 128, 128, 60))
            painter.drawRoundedRect(box, 6, 6)
            painter.save()
            painter.translate(box.center())
            painter.rotate(-90)
            painter.drawText(QRectF(-box.height() / 2, -10, box.height(), 20),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("{0} inputs").format(len(layers[0].a_prev)))
            painter.restore()
        activations = ([] if big_input else [layers[0].a_prev]) + [m.a for m in layers]
        for values, column in zip(activations, centres[1:] if big_input else centres):
            top = np.abs(values).max() or 1.0
            for value, centre in zip(values, column):
                light = QColor(255, 190, 40)
                light.setAlphaF(float(min(1.0, abs(value) / top)))
                painter.setBrush(light)
                painter.drawEllipse(centre, radius, radius)
        # The output units are digits: which one each circle stands for.
        digits = self._maths.output_digits
        if len(digits) == len(centres[-1]):
            for digit, centre in zip(digits, centres[-1]):
                painter.drawText(QRectF(centre.x() + radius + 3, centre.y() - 10, 20, 20),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(digit))


class MathsView(Retranslatable, QWidget):
    """The digit on ``digit_panel``, read by its model, as numbers layer by layer."""

    def __init__(self, digit_panel, parent=None):
        super().__init__(parent)
        self.setObjectName("mathsView")
        self.digit_panel = digit_panel
        self._maths = None
        self._dirty = True
        self.target = QComboBox()
        self.target.setObjectName("mathsTarget")
        self.target.addItems([str(d) for d in range(10)])
        self.target.currentIndexChanged.connect(self._refresh)
        self.layer = QComboBox()
        self.layer.setObjectName("mathsLayer")
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer.currentIndexChanged.connect(self._show_layer)
        stop_while_filled(self.layer)  # empty until a digit is drawn
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyMathsButton")
        self.copy_button.clicked.connect(self.copy_as_numpy)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        self.layer_label = QLabel()
        self.layer_label.setBuddy(self.layer)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.numbers = QPlainTextEdit()
        self.numbers.setObjectName("mathsNumbers")
        self.numbers.setReadOnly(True)
        # Read-only, but the keys move a caret (which shows where the focus is), select and
        # copy; a Tab stop only with numbers in it.
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        stop_while_filled(self.numbers)
        self.numbers.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.numbers.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diagram = NetworkDiagram()
        self.diagram_note = QLabel()
        self.diagram_note.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.target_label)
        controls.addWidget(self.target)
        controls.addWidget(self.layer_label)
        controls.addWidget(self.layer)
        controls.addStretch(1)
        controls.addWidget(self.copy_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.diagram, 1)
        left_layout.addWidget(self.diagram_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.numbers)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        digit_panel.predictionChanged.connect(self._mark_dirty)
        # With no reading (no model, or nothing drawn) no prediction changes: the message
        # follows what is missing.
        self._missing = None
        digit_panel.modelChanged.connect(self._on_inputs_changed)
        digit_panel.canvas.imageChanged.connect(self._on_inputs_changed)
        self.retranslate()

    def maths(self):
        """The ``DigitMaths`` shown, or ``None``."""
        return self._maths

    def _on_inputs_changed(self, *_):
        panel = self.digit_panel
        missing = (panel.model() is None, not panel.has_image())
        # (with nothing missing, the reading changes: predictionChanged, once the pad has
        # read the whole drawing, not a stroke half drawn)
        if missing != self._missing and any(missing):
            self._mark_dirty()

    def _mark_dirty(self, *_):
        self._dirty = True
        if self.isVisible():  # hidden: computed when the tab is shown
            self._refresh()

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self._refresh()

    def _refresh(self):
        self._dirty = False
        model, image = self.digit_panel.model(), self.digit_panel.image()
        self._maths = None
        self._missing = (model is None, image is None)
        # What is missing, and only that ("and train or open a model" with a model open
        # sent the user looking for something already done).
        if model is None and image is None:
            self._show_message(self.tr("Draw a digit on the pad (and train or open a model) "
                                       "to see its numbers here."))
            return
        if model is None:
            self._show_message(self.tr("Train or open a model to see the numbers of the "
                                       "digit you drew."))
            return
        if image is None:
            self._show_message(self.tr("Draw a digit on the pad to see its numbers here."))
            return
        x = model.prepare(image[np.newaxis])[0]
        known = model.config.digits
        if known is not None and self.target.currentIndex() not in known:
            self.target.blockSignals(True)  # a subset model: one of its own digits
            self.target.setCurrentIndex(known[0])
            self.target.blockSignals(False)
        try:
            self._maths = one_digit_maths(model, x, self.target.currentIndex())
        except ValueError:
            digits = listed(model.config.digits or ())
            self._show_message(self.tr("This model has no output for {0}: choose one of the "
                                       "digits it knows ({1}).").format(
                self.target.currentIndex(), digits))
            return
        m = self._maths
        best = int(np.argmax(m.probabilities))
        # The bug lab's broken sigmoids break the backward pass itself (a broken update
        # does not: its gradients are right).
        broken = [name for name in model.config.bugs if BUGS[name].part == "sigmoid"]
        if is_regression(model.config.head):
            # One output: the number itself, not the bell of closeness made from it (a
            # network stuck at 1.0 for every digit read "It reads 9 (99.8%)").
            reading = regression_reading(m.layers[-1].a[0], model.config.digits)
            first = self.tr(
                "One output, a number, not a probability: {0}. Loss for target {1}: {2:.6g}. "
                "Forward: z = a_prev @ W + b, a = f(z). Backward: delta = dL/dz, dL/dW = "
                "outer(a_prev, delta).").format(
                regression_reading_text(reading), m.target, local(m.loss))
        else:
            first = self.tr(
                "It reads {0} ({1}). Loss for target {2}: {3:.6g}. Forward: z = a_prev @ W "
                "+ b, a = f(z). Backward: delta = dL/dz, dL/dW = outer(a_prev, delta).").format(
                best, percent(m.probabilities[best]), m.target, local(m.loss))
        self.summary.setText(
            first
            + (self.tr(" Convolutional network: only its Dense layers, after the image layers, "
                       "are listed.") if m.only_dense_shown else "")
            + self._pad_reading(model)
            + (self.tr(" Bug lab on ({0}): delta, dW and db are what the broken backward pass "
                       "computes, not dL/dz.").format(listed(broken)) if broken else ""))
        current = self.layer.currentIndex()
        self.layer.blockSignals(True)
        self.layer.clear()
        for layer in m.layers:
            self.layer.addItem(self.tr("{0}: {1} → {2}").format(
                layer.number, len(layer.a_prev), len(layer.z)))
        self.layer.setCurrentIndex(min(max(current, 0), len(m.layers) - 1))
        self.layer.blockSignals(False)
        small = max(len(layer.z) for layer in m.layers) <= DIAGRAM_MAX_UNITS
        self.diagram.set_maths(m if small else None)
        self.diagram.setVisible(small)
        self.diagram_note.setText(self.tr(
            "Circles lit by activation; lines: the {0} strongest inputs of each unit "
            "(|a_prev * W|), red positive, blue negative.").format(EDGES_PER_UNIT) if small
            else self.tr("The diagram is drawn for small networks (at most {0} units a layer, "
                         "e.g. 784-3-3-2).").format(DIAGRAM_MAX_UNITS))
        self.copy_button.setEnabled(True)
        self._show_layer()

    def _pad_reading(self, model):
        """For a network the pad reads in several versions (``engine.averaging``), what
        the pad reads: these numbers are one forward pass, of the digit as drawn, and
        their top digit can differ from the pad's average ("" for any other network)."""
        pad = self.digit_panel.probabilities()
        if not averages(model) or pad is None:
            return ""
        best = int(np.argmax(pad))
        return self.tr(" These numbers read the digit as drawn, one view; the pad averages "
                       "{0} views and reads {1} ({2}).").format(
            len(VERSIONS), best, percent(pad[best]))

    def _show_message(self, text):
        self.summary.setText(text)
        self.layer.clear()
        self.numbers.clear()
        self.diagram.set_maths(None)
        self.copy_button.setEnabled(False)

    def _show_layer(self):
        if self._maths is None or self.layer.currentIndex() < 0:
            return
        layer = self._maths.layers[self.layer.currentIndex()]
        with np.printoptions(precision=5, suppress=False, threshold=60, edgeitems=4,
                             linewidth=90):
            lines = [f"# layer {layer.number}: a = {layer.activation}(z)"]
            lines += [f"{name}  {value.shape}\n{value}" for name, value in layer.arrays()]
        self.numbers.setPlainText("\n\n".join(lines))

    def copy_as_numpy(self):
        """Every layer's arrays, full precision, as NumPy code on the clipboard."""
        if self._maths is None:
            return
        text = "import numpy as np\n\n" + "\n\n".join(
            layer.as_numpy_text() for layer in self._maths.layers)
        QGuiApplication.clipboard().setText(text)

    def retranslate(self):
        self.target_label.setText(self.tr("Tar&get digit"))
        self.target.setToolTip(self.tr("The label the loss and the backward pass use for "
                                       "this one example"))
        self.layer_label.setText(self.tr("La&yer"))
        self.copy_button.setText(self.tr("&Copy as NumPy"))
        self.copy_button.setToolTip(self.tr(
            "Copy every layer's a_prev, W, b, z, a, delta, dW and db, at full precision, as\n"
            "NumPy arrays to paste beside your own code"))
        self._mark_dirty()  # the summary and the messages, in the new language
