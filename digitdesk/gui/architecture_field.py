"""The training form's "Layers" field: the whole hidden stack typed as layer names, e.g.
``conv32x5,pool2,conv64x5,pool2,dense128``, checked as the user types.

Empty, the network is the MLP of the hidden-layer boxes above it (an MLP needs no typing).
Filled in, it is the network; the line under it says, as the user types, either what the
stack makes of a 28 x 28 image (every layer's output shape, and the number of weights) or
exactly what is wrong with it, with a red border, in the words of
``digitdesk.engine.architecture``, which does the parsing and the checking.
"""

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from ..engine.architecture import INPUT_SHAPE, layer_plan, parse_layers
from .fitting import WrappingLabel, breakable, never_widens
from .lab_panel import BROKEN_RED
from .language import Retranslatable, error_text
from .numbers import count


def shape_text(shape):
    """``(24, 24, 32)`` -> ``24×24×32``; ``(128,)`` -> ``128``."""
    return "×".join(str(s) for s in shape)


class ArchitectureField(Retranslatable, QWidget):
    """A line edit for the layer names and a line under it that explains or objects."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._outputs = 10
        self._bias = True
        self.edit = QLineEdit()
        self.edit.setObjectName("layersEdit")
        self.edit.setClearButtonEnabled(True)
        # (wrapped over four or five lines in the form's scroll area: see WrappingLabel)
        # It never widens the form (a long unknown layer name, or the example of the
        # error message, pushed the fields 46 px out of the scroll area's view).
        self.message = never_widens(WrappingLabel())
        self.message.setObjectName("layersMessage")
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.message.setFont(font)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        # Typed layers are longer than the field: once the user moves on (Tab, a click
        # elsewhere, Start disabling the form), the field shows them from the first layer,
        # not scrolled to where typing stopped (",conv32x5,pool2,dense128" with its start
        # cut off). Not when the window or a menu only takes the focus for a moment: the
        # user comes back to the cursor where it was.
        if (watched is self.edit and event.type() == QEvent.Type.FocusOut
                and event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason,
                                           Qt.FocusReason.PopupFocusReason,
                                           Qt.FocusReason.MenuBarFocusReason)):
            self.edit.setCursorPosition(0)
        return super().eventFilter(watched, event)

    def retranslate(self):
        for button in self.edit.findChildren(QToolButton):  # Qt's own clear button
            button.setAccessibleName(self.tr("Clear the layers"))
            button.setToolTip(self.tr("Clear the layers: back to the hidden layers above."))
        self.edit.setPlaceholderText(self.tr("empty: use Hidden layers"))
        self.edit.setAccessibleName(self.tr("Layers"))
        self.edit.setToolTip(self.tr(
            "The whole network as a list of layers, from the image up, separated by commas,\n"
            "e.g. conv32x5,pool2,conv64x5,pool2,dense128 (a small convolutional network):\n"
            "  convNxK   N filters of K x K pixels slid over the image (add 'same' to keep\n"
            "            its size: conv32x3same)\n"
            "  poolK     keep the largest value of each K x K block (max pooling)\n"
            "  denseN    a fully connected layer of N units\n"
            "  dropoutR  while training, drop each input at random with probability R\n"
            "The output layer is added at the end. Empty: the MLP of the hidden layers above."))
        self.message.setAccessibleName(self.tr("What the layers make of an image"))
        self._show_message()

    # --- what the form reads and writes --------------------------------------------------
    def text(self):
        return self.edit.text().strip()

    def is_empty(self):
        return not self.text()

    def set_layers(self, layers):
        """Show the layer names ``layers`` (``()``: empty, the hidden layers above)."""
        self.edit.setText(",".join(layers))
        # From the first layer: setText leaves the cursor (and the view) at the end, so a
        # preset's layers read ",conv32x5,pool2,dense128", their start cut off.
        self.edit.setCursorPosition(0)

    def error(self):
        """What is wrong with the typed layers (a sentence), or None."""
        return self._check()[1]

    def set_network_end(self, outputs, bias):
        """The output layer the stack ends in (it depends on other settings of the form)."""
        if (outputs, bias) != (self._outputs, self._bias):
            self._outputs, self._bias = outputs, bias
            self._show_message()

    # --- checking ------------------------------------------------------------------------
    def _check(self):
        """``(plan, None)`` for layers that build, ``(None, message)`` otherwise; ``(None,
        None)`` when the field is empty."""
        if self.is_empty():
            return None, None
        try:
            layers = parse_layers(self.text())
            if not layers:
                return None, None
            return layer_plan(layers, self._outputs, self._bias), None
        except ValueError as error:
            return None, error_text(error)

    def _on_text_changed(self):
        self._show_message()
        self.changed.emit()

    def _show_message(self):
        plan, message = self._check()
        if message is not None:
            self.message.setText(breakable(
                self.tr("These layers cannot be built: {0}").format(message)))
            self.message.setStyleSheet(f"color: {BROKEN_RED};")
            self.edit.setStyleSheet(f"border: 2px solid {BROKEN_RED}; border-radius: 3px;")
        elif plan is not None:
            steps = [shape_text(INPUT_SHAPE[:2])]
            steps += [f"{p.text} {shape_text(p.output_shape)}" for p in plan[:-1]]
            steps.append(self.tr("{0} outputs").format(plan[-1].output_shape[0]))
            weights = sum(math.prod(shape) for p in plan for shape in p.parameters.values())
            self.message.setText(breakable(
                self.tr("{0} · {1} weights").format(" → ".join(steps), count(weights))))
            self.message.setStyleSheet("color: gray;")
            self.edit.setStyleSheet("")
        else:
            self.message.setText("")
            self.edit.setStyleSheet("")
        self.message.setVisible(bool(self.message.text()))

