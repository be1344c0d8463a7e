"""The left-hand panel: every training setting as a form control, the training buttons and
the progress bar.

The panel only presents: ``config()`` reads the form into a ``TrainConfig`` and
``set_config()`` shows one. The main window connects the buttons and decides what they do.
"""

import html
import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ..engine import PRESETS
from ..engine.buglab import BUGS
from ..engine.augment import AUGMENT_SETTINGS, STYLE_RATE
from ..engine.config import PRESET_MEASURED, STYLE_DIGITS
from .architecture_field import ArchitectureField
from .fitting import ElidingComboBox, breakable, never_widens
from .lab_panel import BROKEN_RED, BugLabBox
from .language import Retranslatable, error_text, listed
from .numbers import count, local, localise, python_number
from .preset_hint import RECOMMENDED, PresetHint
from .wording import (
    activation_name, augment_name, augmentation_text, epochs_text, head_name, init_name,
    optimizer_name, preset_name, reduction_name, schedule_name, setting_words)

MNIST_TRAIN_ROWS = 60000  # rows in the MNIST training file, shared by training and validation
MAX_HIDDEN_LAYERS = 6
MAX_LAYER_SIZE = 65536  # far beyond what trains well here, but what a model file may hold


class LogSpinBox(QDoubleSpinBox):
    """A spin box for values that span orders of magnitude (learning rate, L2).

    The arrows step along 1, 2, 5, 10, 20, 50, ...: from 0.001 up is 0.002, 0.005, 0.01.
    Any value can still be typed. ``minimum()`` may be 0 ("off"); one step up from 0 is
    ``smallest_step``.
    """

    def __init__(self, minimum, maximum, smallest_step, parent=None):
        super().__init__(parent)
        self.setDecimals(8)
        self.setRange(minimum, maximum)
        self._smallest = smallest_step
        self.setKeyboardTracking(False)

    def textFromValue(self, value):
        return localise(f"{value:g}", self.locale())

    def valueFromText(self, text):
        try:
            return float(python_number(text, self.locale()))
        except ValueError:
            return self.value()

    def validate(self, text, position):
        stripped = python_number(text, self.locale())
        if stripped in ("", ".", "-", "e", "1e", "1e-"):
            return QValidator.State.Intermediate, text, position
        try:
            value = float(stripped)
        except ValueError:
            # Partly typed exponents such as "1e" or "5e-" are fine while typing.
            if stripped[-1:] in ("e", "E", "-", "+"):
                return QValidator.State.Intermediate, text, position
            return QValidator.State.Invalid, text, position
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, position
        return QValidator.State.Intermediate, text, position

    def stepBy(self, steps):
        value = self.value()
        for _ in range(abs(steps)):
            value = _next_1_2_5(value, up=steps > 0, smallest=self._smallest)
        self.setValue(min(max(value, self.minimum()), self.maximum()))

    def stepEnabled(self):
        return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)


class DecimalSpinBox(QDoubleSpinBox):
    """A ``QDoubleSpinBox`` that shows the locale's decimal point and also takes a typed
    point for it. Qt's own, in a locale that writes 0,9, reads a typed "0.25" as 25."""

    def validate(self, text, position):
        return super().validate(text.replace(".", self.locale().decimalPoint()), position)

    def valueFromText(self, text):
        return super().valueFromText(text.replace(".", self.locale().decimalPoint()))


def limit_what_is_typed(box, name, say):
    """A number typed in ``box`` (a spin box) beyond its range becomes the nearest value it
    allows, and ``say`` gets a function giving why, in the language in use. Qt put the old
    value back without a word: a learning rate of 50 typed stayed 0.1, 0 epochs stayed 8,
    and the run trained with what the user believed gone. ``name``: a function giving the
    field's name. (Qt's own CorrectToNearestValue made a typed 50 the minimum, 1e-06.)

    Returns the function that does it when the edit is finished, for a caller that reads
    the value before Qt says so (Enter in a field may come first)."""
    typed = []  # the field's text as last typed, until the edit is finished

    def remember(text):
        typed[:] = [text]

    def finished():
        if not typed:
            return
        text = typed.pop().strip()
        try:
            value = float(python_number(text, box.locale()))
        except ValueError:
            return  # not a number: Qt kept the old value, which the field shows
        if box.minimum() <= value <= box.maximum():
            return
        above = not value < box.maximum()  # (nan: the larger limit, as inf)
        limit = box.textFromValue(box.maximum() if above else box.minimum())
        box.setValue(box.maximum() if above else box.minimum())
        say(lambda: (QCoreApplication.translate(
            "TrainingPanel", "{0}: at most {1}, so {1} instead of {2}.") if above else
            QCoreApplication.translate(
                "TrainingPanel", "{0}: at least {1}, so {1} instead of {2}.")).format(
            name(), limit, text))

    box.lineEdit().textEdited.connect(remember)
    box.editingFinished.connect(finished)
    return finished


def _next_1_2_5(value, up, smallest):
    """The next value on the 1-2-5 ladder above (or below) ``value``."""
    if value <= 0:
        return smallest if up else 0.0
    ladder = []
    exponent = math.floor(math.log10(value))
    for e in (exponent - 1, exponent, exponent + 1):
        ladder += [m * 10.0 ** e for m in (1, 2, 5)]
    if up:
        return next(v for v in ladder if v > value * (1 + 1e-9))
    below = [v for v in ladder if v < value * (1 - 1e-9)]
    if not below or below[-1] < smallest * (1 - 1e-9):
        return 0.0 if smallest and value <= smallest * (1 + 1e-9) else smallest
    return below[-1]


class HiddenLayersEdit(Retranslatable, QWidget):
    """The hidden layers: one spin box per layer (its size), with buttons to add a layer
    and to remove the last one. No spin box at all is a network without hidden layers."""

    changed = Signal()
    countChanged = Signal()  # a box added or removed: the row's least width changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self._spins = []  # the layers' spin boxes in use, shown
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        # Every spin box there can be is made now, hidden until a layer needs it: Tab then
        # reaches them where they are seen, before + and − (a widget added while the app
        # runs would come last in the window's Tab order).
        self._spare = []
        for _ in range(MAX_HIDDEN_LAYERS):
            spin = QSpinBox()
            spin.setRange(1, MAX_LAYER_SIZE)
            spin.valueChanged.connect(self.changed)
            spin.hide()
            self._row.addWidget(spin)
            self._spare.append(spin)
        self._none = QLabel()
        self._none.setEnabled(False)
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.clicked.connect(lambda: self._add_layer(self._spins[-1].value() // 2
                                                                if self._spins else 128))
        self.remove_button = QToolButton()
        self.remove_button.setText("−")
        self.remove_button.clicked.connect(self._remove_layer)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._row, 1)
        outer.addWidget(self._none)
        outer.addWidget(self.add_button)
        outer.addWidget(self.remove_button)
        self._update_buttons()
        self.retranslate()

    def retranslate(self):
        self._none.setText(self.tr("none"))
        self.add_button.setAccessibleName(self.tr("Add a hidden layer"))
        self.add_button.setToolTip(self.tr("Add a hidden layer after the last one."))
        self.remove_button.setAccessibleName(self.tr("Remove the last hidden layer"))
        self.remove_button.setToolTip(self.tr("Remove the last hidden layer."))
        for number, spin in enumerate(self._spare, 1):
            self._name_spin(spin, number)

    def _name_spin(self, spin, number):
        spin.setAccessibleName(self.tr("Units in hidden layer {0}").format(number))
        spin.setToolTip(self.tr(
            "Units (neurons) in hidden layer {0}. More units can learn more detailed\n"
            "features but train slower; 100-800 is typical for MNIST.").format(number))

    def value(self):
        return tuple(spin.value() for spin in self._spins)

    def set_value(self, sizes):
        while len(self._spins) > len(sizes):
            self._remove_layer(emit=False)
        while len(self._spins) < len(sizes):
            self._add_layer(1, emit=False)
        for spin, size in zip(self._spins, sizes):
            spin.blockSignals(True)
            spin.setValue(size)
            spin.blockSignals(False)
        self.changed.emit()

    def spin_boxes(self):
        return list(self._spins)

    def every_spin_box(self):
        """Every spin box it has: those in use and those hidden for layers yet to add."""
        return list(self._spare)

    def _add_layer(self, size, emit=True):
        if len(self._spins) >= MAX_HIDDEN_LAYERS:
            return
        spin = self._spare[len(self._spins)]
        spin.blockSignals(True)
        spin.setValue(max(1, size))
        spin.blockSignals(False)
        spin.show()
        self._spins.append(spin)
        self._update_buttons()
        if emit:
            self.changed.emit()

    def _remove_layer(self, emit=True):
        if not self._spins:
            return
        self._spins.pop().hide()
        self._update_buttons()
        if emit:
            self.changed.emit()

    def _update_buttons(self):
        self.add_button.setEnabled(len(self._spins) < MAX_HIDDEN_LAYERS)
        self.remove_button.setEnabled(bool(self._spins))
        self._none.setVisible(not self._spins)
        self.countChanged.emit()


def _combo(values):
    """A combo box of engine values; ``_name_items`` gives them their texts."""
    combo = ElidingComboBox()
    for value in values:
        combo.addItem("", value)
    return combo


def _name_items(combo, items, accessible_name, tooltip):
    """Label ``combo``'s items, in order, with ``(label, tooltip)`` pairs."""
    for index, (label, item_tip) in enumerate(items):
        combo.setItemText(index, label)
        combo.setItemData(index, item_tip, Qt.ItemDataRole.ToolTipRole)
    combo.setAccessibleName(accessible_name)
    combo.setToolTip(tooltip)


def _item_text(combo, value):
    """The label ``combo`` shows for the engine value ``value``."""
    return combo.itemText(combo.findData(value))


def _set_combo(combo, value):
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class TrainingPanel(Retranslatable, QWidget):
    """The settings form, the preset selector, the training buttons and the progress bar."""

    configChanged = Signal()
    widthFitted = Signal()  # the form's least width follows its texts (after a language change)
    # Something the user should know about an edit (a typed number out of range was
    # limited): a function giving the text in the language in use, for the status bar.
    noticed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filling = False  # True while set_config fills the form: no "Custom" flicker
        self._base_config = None  # the settings set_config showed last
        self._progress = None  # the last show_progress arguments; None: idle
        self._idle_text = None  # a function giving the idle text; None: "Not training"
        self._paused = False

        # --- preset -------------------------------------------------------------------
        self.preset = ElidingComboBox()
        self.preset.setObjectName("presetCombo")
        self.preset.addItem("", None)  # "Custom"
        for name in PRESETS:  # named and explained in retranslate()
            self.preset.addItem("", name)
        self.preset.activated.connect(self._on_preset_chosen)
        # While the form holds an MLP: "convolutional networks read drawn digits better".
        self.hint = PresetHint()
        self.hint.chosen.connect(self._on_hint_chosen)
        # Its ✕ hides it: the keyboard's focus goes back to the preset list, not nowhere.
        self.hint.close_button.clicked.connect(self.preset.setFocus)

        # --- network ------------------------------------------------------------------
        self.hidden = HiddenLayersEdit()
        # A second box widens the row: the form widens with it, as for a longer label (in
        # Chinese, whose labels leave the form narrow, "+" and "−" went out of sight).
        self.hidden.countChanged.connect(lambda: QTimer.singleShot(0, self, self._fit_width))
        # Any other network (a convolutional one) is typed as layer names; when it is,
        # the boxes above step aside.
        self.architecture = ArchitectureField()
        self.activation = _combo(("sigmoid", "tanh", "relu", "leaky_relu"))
        self.init = _combo(("uniform", "normal", "xavier", "he"))
        self.bias = QCheckBox()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)

        # --- output and loss ------------------------------------------------------------
        self.head = _combo(("softmax_ce", "sigmoid_mse", "linear_mse", "sigmoid_regression",
                            "linear_regression"))
        self.reduction = _combo(("mean", "sum"))

        # --- optimiser ------------------------------------------------------------------
        self.optimizer = _combo(("sgd", "momentum", "nesterov", "adam"))
        self.learning_rate = LogSpinBox(1e-6, 10.0, 1e-6)
        self.momentum = DecimalSpinBox()
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setDecimals(3)
        self.momentum.setSingleStep(0.05)
        self.schedule = _combo(("constant", "step", "cosine"))
        self.l2 = LogSpinBox(0.0, 1.0, 1e-6)

        # --- data and length ------------------------------------------------------------
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, MNIST_TRAIN_ROWS)
        self.batch_size.setGroupSeparatorShown(True)  # 60,000 reads better than 60000
        self.full_batch = QCheckBox()
        self.full_batch.toggled.connect(lambda on: self.batch_size.setEnabled(not on))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 1000)
        self.train_size = QSpinBox()
        self.train_size.setRange(0, MNIST_TRAIN_ROWS - 1)
        self.train_size.setSingleStep(1000)
        self.train_size.setGroupSeparatorShown(True)  # 60,000 reads better than 60000
        self.val_size = QSpinBox()
        self.val_size.setRange(0, MNIST_TRAIN_ROWS - 1)
        self.val_size.setSingleStep(1000)
        self.val_size.setGroupSeparatorShown(True)
        self.digits = QLineEdit()
        self.digits.setObjectName("digitsEdit")

        self.augment = _combo(("none", "affine", "affine+styles"))
        # The digits "Affine + pen styles" redraws: a box for each, one under the other
        # (two by two, the Russian names widened the form past 1024 px).
        self.style_digits = QWidget()
        self.style_boxes = {d: QCheckBox() for d in STYLE_DIGITS}
        style_column = QVBoxLayout(self.style_digits)
        style_column.setContentsMargins(0, 0, 0, 0)
        for box in self.style_boxes.values():
            style_column.addWidget(box)
        self.deskew = QCheckBox()

        # --- bug lab (BROKEN ON PURPOSE, see engine/buglab.py) ------------------------------
        self.bug_lab = BugLabBox()

        # --- layout -----------------------------------------------------------------------
        # The row labels and group titles get their texts in retranslate().
        self._labels = {}

        def form(rows):
            layout = QFormLayout()
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for row in rows:
                if isinstance(row, QWidget):  # the whole width; its group's title names it
                    layout.addRow(row)
                    continue
                key, field = row
                if key is None:
                    layout.addRow("", field)
                else:
                    self._labels[key] = QLabel()
                    layout.addRow(self._labels[key], field)
            return layout

        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_size, 1)
        batch_row.addWidget(self.full_batch)
        self._groups = {key: QGroupBox() for key in ("network", "output", "optimiser", "data")}
        self._groups["network"].setLayout(form([
            ("hidden", self.hidden), ("layers", self.architecture),
            ("activation", self.activation), ("init", self.init),
            ("seed", self.seed), (None, self.bias)]))
        # The output and loss choices are the form's longest ("Softmax + перекрёстная
        # энтропия"): they have the group's whole width, else they end in "…" at 1024 px.
        self._groups["output"].setLayout(form([self.head, ("reduction", self.reduction)]))
        self._groups["optimiser"].setLayout(form([
            ("optimizer", self.optimizer), ("learning_rate", self.learning_rate),
            ("momentum", self.momentum), ("schedule", self.schedule), ("l2", self.l2)]))
        self._groups["data"].setLayout(form([
            ("batch_size", batch_row), ("epochs", self.epochs), ("train_size", self.train_size),
            ("val_size", self.val_size), ("digits", self.digits), ("augment", self.augment),
            ("style_digits", self.style_digits), ("deskew", self.deskew)]))

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.setContentsMargins(0, 0, 4, 0)
        for box in self._groups.values():
            form_layout.addWidget(box)
        form_layout.addWidget(self.bug_lab)
        form_layout.addStretch(1)
        self.scroll = QScrollArea()
        # Not a Tab stop of its own (it would show no focus): Tab goes to the fields, and
        # the form scrolls to the one with the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(form_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than the form: _fit_width, once the texts are in (retranslate).

        # --- buttons and progress ----------------------------------------------------------
        def button(name):
            b = QPushButton()
            b.setObjectName(name)
            return b

        self.start_button = button("startButton")
        # Return on the focused Start clicks it (autoDefault), as on a dialog's buttons.
        # Not a default button: Fusion draws one with the very outline it draws round the
        # focused button, so Start looked focused wherever the focus was, and a keyboard
        # user on Start could not tell.
        self.start_button.setAutoDefault(True)
        self.pause_button = button("pauseButton")
        self.stop_button = button("stopButton")
        self.step_button = button("stepButton")
        self.reset_button = button("resetButton")
        # What is wrong with the form, while editing: a line under the form (and a red
        # border on the field), never a dialog; Start says it in a dialog.
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        never_widens(self.problem)  # (the form's width is the fields')
        self.problem.setStyleSheet(f"color: {BROKEN_RED};")
        self.problem.hide()
        self._marked = None  # the field with the red border
        # The bug lab may be scrolled out of view (and its switches are remembered between
        # sessions): a badge next to Start says it is on; clicking it shows the switches.
        self.bug_badge = QPushButton()
        self.bug_badge.setObjectName("bugLabBadge")
        self.bug_badge.setFlat(True)
        self.bug_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.bug_badge.setStyleSheet(f"QPushButton#bugLabBadge {{ color: white; background: "
                                     f"{BROKEN_RED}; border-radius: 3px; padding: 2px 6px; "
                                     f"font-weight: bold; }}")
        self.bug_badge.clicked.connect(lambda: self.scroll.ensureWidgetVisible(self.bug_lab))
        self.bug_badge.hide()
        buttons = QGridLayout()
        buttons.addWidget(self.bug_badge, 2, 0, 1, 3)
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.stop_button, 0, 2)
        buttons.addWidget(self.step_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1, 1, 2)

        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setTextVisible(True)
        self.progress.setValue(0)

        preset_row = QHBoxLayout()
        self._preset_label = QLabel()
        self._preset_label.setBuddy(self.preset)
        preset_row.addWidget(self._preset_label)
        preset_row.addWidget(self.preset, 1)

        layout = QVBoxLayout(self)
        # (no margin on the left: the window's column of the form has it, for every box)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addLayout(preset_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.retranslate()

        # Any edit: keep dependent controls in step and the preset label honest.
        for widget in (self.activation, self.init, self.head, self.reduction, self.optimizer,
                       self.schedule, self.augment):
            widget.currentIndexChanged.connect(self._on_edited)
        for widget in (self.seed, self.batch_size, self.epochs, self.train_size, self.val_size):
            widget.valueChanged.connect(self._on_edited)
        for widget in (self.learning_rate, self.momentum, self.l2):
            widget.valueChanged.connect(self._on_edited)
        for widget in (self.bias, self.full_batch, self.deskew, *self.style_boxes.values()):
            widget.toggled.connect(self._on_edited)
        self.hidden.changed.connect(self._on_edited)
        self.architecture.changed.connect(self._on_edited)
        self.digits.textChanged.connect(self._on_edited)
        self.bug_lab.changed.connect(self._on_edited)

        for key, box in (("seed", self.seed), ("learning_rate", self.learning_rate),
                         ("momentum", self.momentum), ("l2", self.l2),
                         ("batch_size", self.batch_size), ("epochs", self.epochs),
                         ("train_size", self.train_size), ("val_size", self.val_size)):
            limit_what_is_typed(box, self._labels[key].text, self.noticed.emit)
        for box in self.hidden.every_spin_box():
            limit_what_is_typed(box, self._labels["hidden"].text, self.noticed.emit)

        # Tab goes from the preset list to the recommendation's two buttons, then the form.
        QWidget.setTabOrder(self.preset, self.hint.choose_button)
        QWidget.setTabOrder(self.hint.choose_button, self.hint.close_button)

        self.set_config(PRESETS["quick"])

    def retranslate(self):
        """Every text of the form, in the current language (at start and on a change)."""
        self.preset.setItemText(0, self.tr("Custom"))
        for index in range(1, self.preset.count()):
            name = self.preset.itemData(index)
            self.preset.setItemText(index, preset_name(name))
        self.preset.setAccessibleName(self.tr("Preset"))
        self._preset_label.setText(self.tr("&Preset"))

        # --- network ------------------------------------------------------------------
        self.hidden.setAccessibleName(self.tr("Hidden layers"))
        self.hidden.setToolTip(self.tr(
            "The hidden layers between the 784 input pixels and the outputs, and how many\n"
            "units each has. One layer of 100-300 units already reads about 98% of MNIST."))
        _name_items(self.activation, [
            # (the names are shared with the Model box and the status bar: wording.py)
            (activation_name("sigmoid"), self.tr(
                "1/(1+e^-x): squashes to (0, 1); saturates, and its slope is at most 0.25, so "
                "deep sigmoid nets learn slowly")),
            (activation_name("tanh"), self.tr(
                "squashes to (-1, 1); centred at 0, saturates like sigmoid")),
            (activation_name("relu"), self.tr(
                "max(0, x): does not saturate for x > 0; the usual choice")),
            (activation_name("leaky_relu"), self.tr(
                "like ReLU but with a small slope for x < 0, so no unit can die")),
        ], self.tr("Activation"), self.tr("The function each hidden unit applies to its weighted sum."))
        _name_items(self.init, [
            # (the names are shared with the status bar and Compare runs: wording.py)
            (init_name("uniform"), self.tr("the naive choice: far too large for 784 inputs, "
                                           "saturates sigmoid units (learner question 000)")),
            (init_name("normal"), self.tr("tiny weights: signals and gradients shrink "
                                          "layer by layer (learner question 001)")),
            (init_name("xavier"), self.tr("scaled by the layer sizes; suits sigmoid and tanh")),
            (init_name("he"), self.tr("scaled for ReLU, which zeroes half of its inputs")),
        ], self.tr("Weight initialisation"), self.tr(
            "How the weights are drawn before training. Changing it starts the next\n"
            "run from fresh weights (so does Reset weights)."))
        self.bias.setText(self.tr("Biases"))
        self.bias.setAccessibleName(self.tr("Biases"))
        self.bias.setToolTip(self.tr("Give every unit a bias (a learnt offset). Without biases every\n"
                                     "unit's boundary must pass through the origin."))
        self.seed.setAccessibleName(self.tr("Random seed"))
        self.seed.setToolTip(self.tr("The random seed: the same seed gives the same starting weights,\n"
                                     "the same validation split and the same batches."))

        # --- output and loss ------------------------------------------------------------
        _name_items(self.head, [
            (head_name("softmax_ce"),
             self.tr("10 outputs turned into probabilities; the right choice for classes")),
            (head_name("sigmoid_mse"),
             self.tr("10 sigmoid outputs fitted to one-hot targets; learns slower")),
            (head_name("linear_mse"),
             self.tr("10 linear outputs fitted to one-hot targets")),
            (head_name("sigmoid_regression"),
             self.tr("regresses the digit as a number (learner question 000): treats 3 as "
                     "'between 2 and 4'")),
            (head_name("linear_regression"),
             self.tr("regresses the digit as a number with a linear output")),
        ], self.tr("Output and loss"), self.tr(
            "What the output layer computes and which loss measures its error.\n"
            "Softmax with cross-entropy is the standard for choosing one of ten digits."))
        _name_items(self.reduction, [
            (reduction_name("mean"), self.tr(
                "average the examples' gradients: the step size does not depend on the batch "
                "size")),
            (reduction_name("sum"), self.tr(
                "add the examples' gradients: a batch of 3,000 takes a step 3,000 times larger "
                "(learner question 000)")),
        ], self.tr("Batch reduction"), self.tr(
            "How the gradients of the examples in a batch are combined."))

        # --- optimiser ------------------------------------------------------------------
        _name_items(self.optimizer, [
            (optimizer_name("sgd"), self.tr(
                "plain gradient descent: step = −learning rate × gradient")),
            (optimizer_name("momentum"), self.tr(
                "keeps a running velocity, which smooths the steps and speeds up along "
                "consistent directions")),
            (optimizer_name("nesterov"), self.tr("momentum that looks one step ahead")),
            (optimizer_name("adam"), self.tr(
                "adapts the step for every weight; try a learning rate around 0.001")),
        ], self.tr("Optimiser"), self.tr("How the gradient becomes a change of the weights."))
        self.learning_rate.setAccessibleName(self.tr("Learning rate"))
        self.learning_rate.setToolTip(self.tr(
            "The size of each step. Too large: the loss jumps or becomes NaN.\n"
            "Too small: the loss barely moves. The arrows step 0.01, 0.02, 0.05, 0.1, ...\n"
            "Typical: 0.1 with SGD or momentum, 0.001 with Adam."))
        self.momentum.setAccessibleName(self.tr("Momentum"))
        self.momentum.setToolTip(self.tr(
            "How much of the previous step is kept (for Momentum and Nesterov).\n"
            "0.9 is usual; 0 is plain SGD."))
        _name_items(self.schedule, [
            (schedule_name("constant"), self.tr("the same learning rate all along")),
            (schedule_name("step"), self.tr("divided by 10 half-way and again at three quarters")),
            (schedule_name("cosine"), self.tr("slides smoothly from the full rate down to 0")),
        ], self.tr("Learning-rate schedule"), self.tr(
            "How the learning rate changes during a training run: large steps early,\n"
            "small ones at the end usually give a better final network."))
        self.l2.setAccessibleName(self.tr("L2 weight decay"))
        self.l2.setToolTip(self.tr(
            "L2 regularisation: pulls every weight a little towards 0 at each step,\n"
            "which reduces memorising. 0 is off; 1e-4 is a common value."))

        # --- data and length ------------------------------------------------------------
        self.batch_size.setAccessibleName(self.tr("Batch size"))
        self.batch_size.setToolTip(self.tr(
            "Images per step (a mini-batch). Small batches give many noisy steps,\n"
            "large ones few smooth steps. 32-256 is typical."))
        self.full_batch.setText(self.tr("Full batch"))
        self.full_batch.setAccessibleName(self.tr("Full batch"))
        self.full_batch.setToolTip(self.tr(
            "Use every training image in one step (plain gradient descent): one step per\n"
            "epoch. With summed gradients this is where large sets stop learning\n"
            "(learner question 000)."))
        self.epochs.setAccessibleName(self.tr("Epochs"))
        self.epochs.setToolTip(self.tr("How many times to go through the training images."))
        self.train_size.setSpecialValueText(self.tr("All"))
        self.train_size.setAccessibleName(self.tr("Training images"))
        self.train_size.setToolTip(self.tr(
            "Train on only this many images (All: every image not held out for validation).\n"
            "A small subset trains fast and shows memorising: try 500 and then 3,000."))
        self.val_size.setAccessibleName(self.tr("Validation images"))
        self.val_size.setToolTip(self.tr(
            "Images held out of training to measure the validation loss and accuracy\n"
            "after each epoch. 0: no validation curve."))
        affine = AUGMENT_SETTINGS["affine"]
        _name_items(self.augment, [
            (augment_name("none"), self.tr("every training image as it is")),
            (augment_name("affine"), self.tr(
                "every training image rotated by up to {0}°, scaled by up to {1}%, sheared\n"
                "by up to {2} and shifted by up to {3} pixels, anew each time it is seen").format(
                f"{local(affine['rotate_degrees']):g}", f"{local(affine['scale'] * 100):g}",
                f"{local(affine['shear']):g}", f"{local(affine['shift_pixels']):g}")),
            (augment_name("affine+styles"), self.tr(
                "as Affine, and first {0}% of the 0s, 1s, 7s and 9s redrawn in styles that\n"
                "many people write and MNIST rarely has: a bar through the 7, a flag (and\n"
                "sometimes a base) on the 1, a slash through the 0, a hook at the foot of the 9").format(
                f"{local(STYLE_RATE * 100):g}")),
        ], self.tr("Augmentation"), self.tr(
            "Distort the training images a little, differently in every epoch, so the\n"
            "network learns the digit and not the exact pixels. Trains slower per epoch,\n"
            "reads drawn digits better (the Accurate preset uses it)."))
        for digit, text in zip(STYLE_DIGITS, (self.tr("slashed 0"), self.tr("flagged 1"),
                                              self.tr("crossed 7"), self.tr("hooked 9"))):
            self.style_boxes[digit].setText(text)
            self.style_boxes[digit].setAccessibleName(self.tr("Pen style: {0}").format(text))
        tip = self.tr(
            "The digits Affine + pen styles redraws in their other style. The Convolutional\n"
            "preset leaves the 7s as they are: crossed 7s as well cost it accuracy on MNIST.")
        for widget in (self.style_digits, *self.style_boxes.values()):
            widget.setToolTip(tip)
        self.deskew.setText(self.tr("Straighten digits"))
        self.deskew.setAccessibleName(self.tr("Deskew"))
        self.deskew.setToolTip(self.tr(
            "Straighten every digit by its image moments before the network sees it, in\n"
            "training and whenever the model reads a digit (also the ones you draw).\n"
            "Slanted handwriting then reads better (the Accurate and Convolutional\n"
            "presets use it)."))
        self.digits.setPlaceholderText(self.tr("all ten"))
        self.digits.setAccessibleName(self.tr("Digits to train on"))
        self.digits.setToolTip(self.tr(
            "Train on only these digits, e.g. \"3, 7\" to tell threes from sevens\n"
            "(learner 003). Empty: all ten digits. The network gets one output per digit."))

        # --- row labels and group titles --------------------------------------------------
        for key, text in (
                ("hidden", self.tr("Hidden layers")), ("layers", self.tr("Layers")),
                ("activation", self.tr("Activation")),
                ("init", self.tr("Initialisation")), ("seed", self.tr("Seed")),
                ("reduction", self.tr("Batch gradient")),
                ("optimizer", self.tr("Optimiser")), ("learning_rate", self.tr("Learning rate")),
                ("momentum", self.tr("Momentum")), ("schedule", self.tr("Schedule")),
                ("l2", self.tr("L2 decay")), ("batch_size", self.tr("Batch size")),
                ("epochs", self.tr("Epochs")), ("train_size", self.tr("Training images")),
                ("val_size", self.tr("Validation images")), ("digits", self.tr("Digits")),
                ("augment", self.tr("Augmentation")), ("style_digits", self.tr("Pen styles")),
                ("deskew", self.tr("Deskew"))):
            self._labels[key].setText(text)
        for key, text in (("network", self.tr("Network")), ("output", self.tr("Output and loss")),
                          ("optimiser", self.tr("Optimiser")),
                          ("data", self.tr("Data and length"))):
            self._groups[key].setTitle(text)

        # --- buttons and progress ----------------------------------------------------------
        self.start_tip = self.tr(
            "Train for the number of epochs set above, going on from the current weights\n"
            "when the network, its initialisation and the bug-lab switches are unchanged;\n"
            "otherwise from fresh weights (the status bar says why). Reset weights starts afresh.")
        for b, text, accessible, tooltip in (
                (self.start_button, self.tr("Start"), self.tr("Start training"), self.start_tip),
                (self.pause_button, self.tr("Pause"), self.tr("Pause or resume training"),
                 self.tr("Pause training between two batches; press again to resume.")),
                (self.stop_button, self.tr("Stop"), self.tr("Stop training"),
                 self.tr("Stop training and keep the weights learnt so far.")),
                (self.step_button, self.tr("Step"), self.tr("Train one batch"), self.tr(
                    "Train exactly one batch and pause, to watch a single step.")),
                (self.reset_button, self.tr("Reset weights"), self.tr("Reset weights"), self.tr(
                    "Throw the learnt weights away and start from fresh random weights\n"
                    "(drawn with the initialisation and seed above). Clears the plots."))):
            b.setText(text)
            b.setAccessibleName(accessible)
            b.setToolTip(tooltip)
        self.problem.setAccessibleName(self.tr("What is wrong with the settings"))
        self.bug_badge.setAccessibleName(self.tr("Bug lab on"))
        if self._base_config is not None:  # (not yet while __init__ builds the form)
            try:
                config = self.config()
            except ValueError:
                config = None
            self._show_problem(config)
            self._show_bug_badge()
        self.progress.setAccessibleName(self.tr("Training progress"))
        self.progress.setToolTip(self.tr("Epoch and batch of the current training run, and the time left."))
        self.preset.setToolTip(self._describe_presets())  # in the combo boxes' words
        for index in range(1, self.preset.count()):
            self.preset.setItemData(index, self._describe_preset(self.preset.itemData(index)),
                                    Qt.ItemDataRole.ToolTipRole)
        self.show_paused(self._paused)
        if self._progress is not None:
            self.show_progress(*self._progress)
        else:
            self.show_idle(self._idle_text)
        # After the children (the bug lab, the hidden layers) have their new texts too.
        QTimer.singleShot(0, self._fit_width)

    def _fit_width(self):
        """The form never scrolls sideways: longer labels (Russian) widen the panel
        instead of pushing the fields out of sight."""
        self.scroll.setMinimumWidth(self.scroll.widget().minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width())
        self.widthFitted.emit()

    def width_shortfall(self):
        """How much wider the form must be for every combo box to show each of its choices
        whole (a combo box can be narrower than its text, which then ends in "…");
        negative: how much narrower it could be. Every field of the form widens with it."""
        return max(c.widest_text() - c.text_room()
                   for c in self.findChildren(ElidingComboBox) if c.isVisibleTo(self))

    def show_paused(self, paused):
        """The pause button says Resume while a run is paused."""
        self._paused = paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # --- the form <-> TrainConfig --------------------------------------------------------
    def config(self):
        """The form as a ``TrainConfig``; ``ValueError`` (a readable message) if invalid.

        Settings the form has no control for are kept from the last ``set_config`` (a
        preset's or an opened model's), so they survive a round trip through the form."""
        return self._base_config.replace(**self._form_values())

    def _form_values(self):
        # The typed layers, as text (TrainConfig parses them and says what is wrong), or
        # the hidden-layer boxes' MLP.
        network = (dict(hidden=self.hidden.value()) if self.architecture.is_empty()
                   else dict(layers=self.architecture.text()))
        return dict(
            **network,
            activation=self.activation.currentData(),
            head=self.head.currentData(),
            reduction=self.reduction.currentData(),
            init=self.init.currentData(),
            bias=self.bias.isChecked(),
            optimizer=self.optimizer.currentData(),
            learning_rate=self.learning_rate.value(),
            momentum=self.momentum.value(),
            schedule=self.schedule.currentData(),
            batch_size=None if self.full_batch.isChecked() else self.batch_size.value(),
            epochs=self.epochs.value(),
            l2=self.l2.value(),
            seed=self.seed.value(),
            train_size=self.train_size.value() or None,
            val_size=self.val_size.value(),
            digits=self.chosen_digits(),
            augment=self.augment.currentData(),
            style_digits=tuple(d for d, box in self.style_boxes.items() if box.isChecked()),
            deskew=self.deskew.isChecked(),
            bugs=self.bug_lab.bugs(),
        )

    def problem_field(self):
        """The control to blame for an invalid form (None if valid or unclear): the one
        whose change back to its default makes the settings valid."""
        try:
            values = self._form_values()
        except ValueError:
            return self.digits  # chosen_digits: not digits
        try:
            self._base_config.replace(**values)
            return None
        except ValueError:
            pass
        candidates = [(self.bug_lab.switches[name], {"bugs": tuple(b for b in values["bugs"]
                                                                   if b != name)})
                      for name in values["bugs"]]
        candidates.append((self.digits, {"digits": None}))
        candidates.append((self.style_digits, {"style_digits": STYLE_DIGITS}))
        candidates.append((self.architecture.edit, {"layers": ()}))
        for widget, change in candidates:
            try:
                self._base_config.replace(**{**values, **change})
                return widget
            except ValueError:
                continue
        return None

    def chosen_digits(self):
        """The digits typed in the form as a tuple ("3, 7" or "37" -> (3, 7)); None for
        all ten. ``ValueError`` for anything but digits, commas and spaces."""
        text = self.digits.text().replace(",", " ").strip()
        if not text:
            return None
        if any(not (c.isdigit() or c.isspace()) for c in text):
            raise ValueError(self.tr("Digits: type digits from 0 to 9, e.g. \"3, 7\" "
                                     "(or leave it empty for all ten), not \"{0}\".").format(
                self.digits.text()))
        # "3 7" and "37" both mean the digits 3 and 7: a digit is one character.
        digits = [int(c) for c in text if c.isdigit()]
        twice = sorted({d for d in digits if digits.count(d) > 1})
        if twice:  # ("3, 3" and "11" were "choose at least two digits, not [3]": a puzzle)
            raise ValueError(self.tr("Digits: {0} typed twice in \"{1}\"; type each digit "
                                     "once, e.g. \"3, 7\".").format(
                listed(twice), self.digits.text()))
        return tuple(sorted(digits))

    def _all_ten_digits(self):
        """True when the Digits field means all ten (empty, or 0 to 9 all listed). A field
        still being typed (not yet valid) counts as all ten: the line doesn't flicker."""
        try:
            digits = self.chosen_digits()
        except ValueError:
            return True
        return digits is None or len(digits) == 10

    def set_config(self, config):
        """Show ``config`` in the form. Raises ``ValueError`` (and changes nothing) if a
        value is outside what the form can show, rather than silently clamping it."""
        self.check_fits(config)
        self._base_config = config
        self._filling = True
        try:
            # A convolutional network is shown as its layer names; the hidden-layer boxes
            # keep the MLP that clearing the field goes back to.
            self.architecture.set_layers(config.layers)
            if not config.layers:
                self.hidden.set_value(config.hidden)
            _set_combo(self.activation, config.activation)
            _set_combo(self.head, config.head)
            _set_combo(self.reduction, config.reduction)
            _set_combo(self.init, config.init)
            self.bias.setChecked(config.bias)
            _set_combo(self.optimizer, config.optimizer)
            self.learning_rate.setValue(config.learning_rate)
            self.momentum.setValue(config.momentum)
            _set_combo(self.schedule, config.schedule)
            self.full_batch.setChecked(config.batch_size is None)
            if config.batch_size is not None:
                self.batch_size.setValue(config.batch_size)
            self.epochs.setValue(config.epochs)
            self.l2.setValue(config.l2)
            self.seed.setValue(config.seed)
            self.train_size.setValue(config.train_size or 0)
            self.val_size.setValue(config.val_size)
            self.digits.setText("" if config.digits is None  # (what the field reads: not listed)
                                else ", ".join(str(d) for d in config.digits))
            _set_combo(self.augment, config.augment)
            for digit, box in self.style_boxes.items():
                box.setChecked(digit in config.style_digits)
            self.deskew.setChecked(config.deskew)
            self.bug_lab.set_bugs(config.bugs)
        finally:
            self._filling = False
        self._on_edited()

    def check_fits(self, config):
        boxes = [(self.tr("learning rate"), self.learning_rate, config.learning_rate),
                 (self.tr("L2"), self.l2, config.l2),
                 (self.tr("epochs"), self.epochs, config.epochs),
                 (self.tr("seed"), self.seed, config.seed),
                 (self.tr("training images"), self.train_size, config.train_size or 0),
                 (self.tr("validation images"), self.val_size, config.val_size)]
        if config.batch_size is not None:
            boxes.append((self.tr("batch size"), self.batch_size, config.batch_size))
        if not config.layers and (len(config.hidden) > MAX_HIDDEN_LAYERS
                                  or any(h > MAX_LAYER_SIZE for h in config.hidden)):
            raise ValueError(self.tr("The form cannot show hidden layers {0} (it allows {1} "
                                     "layers of up to {2} units).").format(
                list(config.hidden), MAX_HIDDEN_LAYERS, MAX_LAYER_SIZE))
        for name, box, value in boxes:
            if not box.minimum() <= value <= box.maximum():
                raise ValueError(self.tr("The form cannot show {0} = {1} (it allows {2} to "
                                         "{3}).").format(name, local(value), local(box.minimum()),
                                                         local(box.maximum())))

    def _describe_presets(self):
        """The preset selector's tooltip, written from ``PRESETS`` and in the form's own
        words (a hand-written copy went stale once)."""
        lines = [self.tr("A ready-made set of settings. Choosing one fills in the form below;\n"
                    "change any setting afterwards and the preset shows \"Custom\".")]
        for name in PRESETS:
            lines.append(self.tr("{0}: {1}").format(preset_name(name), self._preset_settings(name)))
        return "\n".join(lines)

    def _preset_purpose(self, name):
        """What a preset is for, in one sentence."""
        return {
            "quick": self.tr("A good first run: a small MLP that trains in seconds."),
            "accurate": self.tr("The best MLP: a wider layer, trained on digits that are "
                                "distorted a little and straightened."),
            "convolutional": self.tr("The one to draw digits for: a small convolutional "
                                     "network whose filters find a stroke wherever it is."),
        }.get(name, "")

    def _preset_measured(self, name):
        """What a preset measured (``PRESET_MEASURED``, copied from README.md), as lines."""
        figures = PRESET_MEASURED[name]
        lines = [self.tr("Measured on a 2-core computer: {0}% of the MNIST test digits read "
                         "right; training took {1}.").format(
            f"{local(figures.test_accuracy):.2f}", self._preset_time(name))]
        if figures.strangers is not None:
            lines.append(self.tr("Digits in strangers' handwriting (simulated), read as the "
                                 "pad reads them: {0}% read right.").format(
                f"{local(figures.strangers):.2f}"))
        return lines

    def _preset_time(self, name):
        """How long a preset took to train when measured (``PRESET_MEASURED``)."""
        figures = PRESET_MEASURED[name]
        if figures.cpu_time:
            # "min", not "minutes": the noun would change with the number in Russian
            return self.tr("about {0} min of CPU time").format(
                f"{local(figures.training_seconds / 60):.0f}")
        return self.tr("{0} s").format(f"{local(figures.training_seconds):.1f}")

    def _describe_preset(self, name):
        """One preset's tip in the list: what it is for, what it trains, what it measured.
        Rich text, so that Qt wraps its long lines (the settings) to the tip's width."""
        paragraphs = [self._preset_purpose(name),
                      self.tr("It trains: {0}.").format(self._preset_settings(name)),
                      *self._preset_measured(name)]
        return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)

    def _preset_settings(self, name):
        """A preset's settings in the form's words: "784-256-10, ReLU, 8 epochs, ..."."""
        config = PRESETS[name]
        parts = [config.architecture_text(),
                 _item_text(self.activation, config.activation),
                 epochs_text(config.epochs),
                 _item_text(self.optimizer, config.optimizer).lower(),
                 self.tr("learning rate {0}").format(f"{local(config.learning_rate):g}"),
                 setting_words("schedule", config.schedule)]  # as Compare runs says it
        if config.augment != "none":
            parts.append(augmentation_text(config.augment))
        if config.uses_styles and config.style_digits != STYLE_DIGITS:
            parts.append(self.tr("pen styles on {0}").format(
                listed(config.style_digits)))
        if config.deskew:
            parts.append(self.tr("deskew"))
        if config.l2:
            parts.append(self.tr("L2 {0}").format(f"{local(config.l2):g}"))
        return listed(parts)

    def _on_preset_chosen(self, index):
        name = self.preset.itemData(index)
        if name is not None:
            self.set_config(PRESETS[name])

    def _on_hint_chosen(self):
        """The recommendation's button: the Convolutional preset in the form, nothing
        started. The focus goes to the preset list, which now names it (the button itself
        has just hidden)."""
        self.set_config(PRESETS[RECOMMENDED])
        self.preset.setFocus(Qt.FocusReason.OtherFocusReason)
        # The form changed under the learner's eyes with no word: say what happened, that
        # nothing has started, and what Start will cost.
        self.noticed.emit(lambda: self.tr(
            "{0} preset chosen: press Start to train it (it took {1} when measured).").format(
            preset_name(RECOMMENDED), self._preset_time(RECOMMENDED)))

    def _on_edited(self):
        if self._filling:
            return
        # The recommendation compares ten-digit accuracies: for a model trained on only
        # some digits (the Digits field) that comparison means nothing, so it stays hidden.
        self.hint.set_applies(self.architecture.is_empty() and self._all_ten_digits())
        self.momentum.setEnabled(self.optimizer.currentData() in ("momentum", "nesterov"))
        self.batch_size.setEnabled(not self.full_batch.isChecked())
        self.hidden.setEnabled(self.architecture.is_empty())
        self.style_digits.setEnabled(self.augment.currentData().endswith("+styles"))
        try:
            config = self.config()
        except ValueError:
            config = None
        if config is not None:
            self.architecture.set_network_end(config.outputs, config.bias)
        matching = next((name for name, preset in PRESETS.items() if preset == config), None)
        _set_combo(self.preset, matching)
        has_sigmoid = self._has_sigmoid()
        if has_sigmoid is not None:
            self.bug_lab.set_has_sigmoid(has_sigmoid)
        self._show_problem(config)
        self._show_bug_badge()
        self.configChanged.emit()

    def _has_sigmoid(self):
        """Whether the form's network has a sigmoid for a sigmoid bug to act on, by the
        engine's own rule (it refuses a sigmoid bug on a network without one); None when
        the rest of the form is invalid and it cannot tell."""
        probe = next(name for name, bug in BUGS.items() if bug.part == "sigmoid")
        try:
            values = self._form_values()
            self._base_config.replace(**{**values, "bugs": ()})
        except ValueError:
            return None
        try:
            self._base_config.replace(**{**values, "bugs": (probe,)})
        except ValueError:
            return False
        return True

    def _show_problem(self, config):
        """The line under the form and the red border of the field to blame."""
        message = None
        if config is None:
            try:
                self.config()
            except ValueError as error:
                message = error_text(error)
        field = self.problem_field() if message else None
        if self._marked is not None and self._marked is not field:
            self._marked.setStyleSheet("")
        self._marked = field
        if field is not None:
            field.setStyleSheet(f"border: 2px solid {BROKEN_RED}; border-radius: 3px;")
        self.problem.setText(breakable(self.tr("Cannot start with these settings: {0}")
                                       .format(message)) if message else "")
        self.problem.setVisible(bool(message))

    def _show_bug_badge(self):
        bugs = self.bug_lab.bugs()
        self.bug_badge.setText(self.tr("⚠ Bug lab on: {0}").format(len(bugs)) if len(bugs) > 1
                               else self.tr("⚠ Bug lab on"))
        self.bug_badge.setToolTip(self.tr(
            "The engine is BROKEN ON PURPOSE: {0}.\nClick to show the bug lab's switches.")
            .format(listed(bugs)))
        self.bug_badge.setVisible(bool(bugs))

    def set_editable(self, editable):
        """Lock the form while training runs (the running trainer would not see edits)."""
        self.scroll.widget().setEnabled(editable)
        self.preset.setEnabled(editable)
        self.hint.set_choosable(editable)

    # --- progress --------------------------------------------------------------------------
    def show_progress(self, steps_done, total_steps, steps_per_epoch, epochs, seconds, paused):
        """``seconds``: training time so far (pauses not counted), for the time left."""
        self._progress = (steps_done, total_steps, steps_per_epoch, epochs, seconds, paused)
        self.progress.setMaximum(max(total_steps, 1))
        self.progress.setValue(steps_done)
        epoch = min(steps_done // steps_per_epoch + 1, epochs) if steps_per_epoch else 1
        batch = steps_done - (epoch - 1) * steps_per_epoch
        text = self.tr("Epoch {0}/{1} · batch {2}/{3}").format(
            count(epoch), count(epochs), count(batch), count(steps_per_epoch))
        if paused:
            text += " · " + self.tr("paused")
        elif steps_done > 0 and steps_done < total_steps:
            left = seconds / steps_done * (total_steps - steps_done)
            text += " · " + self.tr("{0} left").format(format_duration(left))
        self.progress.setFormat(text)

    def show_idle(self, text=None, empty=None):
        """Show ``text()`` (a function that returns the text in the current language, called
        again when the language changes; default: "Not training") instead of a run's progress.
        ``empty``: empty the bar (default: only under "Not training")."""
        self._progress = None
        self._idle_text = text
        if empty if empty is not None else text is None:
            # An empty bar: a full one under "Not training" (a model opened after a run, or
            # fresh weights) read as training done or going on, and under "Loading MNIST…"
            # as the new run being that far already. "Finished" and "Stopped" keep how far
            # their run went.
            self.progress.setValue(self.progress.minimum())
        self.progress.setFormat(text() if text is not None else self.tr("Not training"))


def format_duration(seconds):
    """``0:07``, ``3:25`` or ``1:02:03``."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
