"""Change the learning rate and momentum while the network trains (as ConvNetJS lets you):
the worker applies them before its next batch, the curves mark the change and the model's
history records it (``Trainer.change_rates``)."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from .language import Retranslatable
from .training_panel import DecimalSpinBox, LogSpinBox, limit_what_is_typed


class LiveRates(Retranslatable, QGroupBox):
    """Two fields and an Apply button, enabled while a run trains (paused too).
    ``ratesRequested(learning_rate, momentum)`` is emitted on Apply or Enter in a field."""

    ratesRequested = Signal(float, float)
    noticed = Signal(object)  # a typed value was out of range: why (a function), as the form's

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("liveRates")
        self.learning_rate = LogSpinBox(1e-6, 10.0, 1e-6)
        self.learning_rate.setObjectName("liveLearningRate")
        self.learning_rate.setValue(0.1)
        self.momentum = DecimalSpinBox()
        self.momentum.setObjectName("liveMomentum")
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setDecimals(3)
        self.momentum.setSingleStep(0.05)
        self.momentum.setValue(0.9)
        self.momentum.setKeyboardTracking(False)
        self.learning_rate_label = QLabel()
        self.learning_rate_label.setBuddy(self.learning_rate)
        self.momentum_label = QLabel()
        self.momentum_label.setBuddy(self.momentum)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyRatesButton")
        self.apply_button.clicked.connect(self._apply)
        for box in (self.learning_rate, self.momentum):
            box.lineEdit().returnPressed.connect(self._apply)
        # 50 typed with Enter went back to the old rate, and the status bar said the old
        # rate applied: the nearest allowed one (10) applies, and why is said.
        self._limiters = [
            limit_what_is_typed(box, lambda label=label: label.text().replace("&", ""),
                                self._notice)
            for box, label in ((self.learning_rate, self.learning_rate_label),
                               (self.momentum, self.momentum_label))]
        # Two rows, the button beside both: on one row the Russian labels ("скорость",
        # "импульс") made this box the widest of the left column, and the views lost the
        # room (the Inside tab of a CNN scrolled sideways at 1024 pixels).
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.learning_rate_label, 0, 0)
        layout.addWidget(self.learning_rate, 0, 1)
        layout.addWidget(self.momentum_label, 1, 0)
        layout.addWidget(self.momentum, 1, 1)
        layout.addWidget(self.apply_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(1, 1)
        self.setEnabled(False)  # until a run trains
        self.retranslate()

    def show_rates_of(self, config):
        """Show the learning rate and momentum of ``config`` (a ``TrainConfig``): a run's
        as it starts; between runs the form's, the ones Start will use (the box showed
        0.1 in a fresh window, whatever the form held: question 001's 0.001)."""
        self.set_rates(config.learning_rate, config.momentum,
                       config.optimizer in ("momentum", "nesterov"))

    def set_rates(self, learning_rate, momentum, uses_momentum=True):
        """Show the run's current values; ``uses_momentum``: the optimiser has one."""
        self.learning_rate.setValue(learning_rate)
        self.momentum.setValue(momentum)
        self.momentum.setEnabled(uses_momentum)

    def _notice(self, text):
        # Said once Enter or Apply has applied the rates: "Learning rate 10 and momentum
        # 0.9 from the next batch" would hide it (the edit ends before they are applied).
        QTimer.singleShot(0, self, lambda: self.noticed.emit(text))

    def _apply(self):
        for limit in self._limiters:  # (in case Enter comes before the edit's end)
            limit()
        # interpretText: a value typed but not yet confirmed counts too.
        self.learning_rate.interpretText()
        self.momentum.interpretText()
        self.ratesRequested.emit(self.learning_rate.value(), self.momentum.value())

    def retranslate(self):
        self.setTitle(self.tr("While it trains"))
        self.setToolTip(self.tr(
            "Change the learning rate and momentum of the run in progress: they apply from\n"
            "the next batch, a dashed line marks the change on the learning curves, and the\n"
            "model's history records it. Pause and resume keep them."))
        self.learning_rate_label.setText(self.tr("&lr"))
        self.learning_rate.setAccessibleName(self.tr("Learning rate while training"))
        self.momentum_label.setText(self.tr("m&omentum"))
        self.momentum.setAccessibleName(self.tr("Momentum while training"))
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Use these from the next batch (Enter in a field)"))
        self.apply_button.setAccessibleName(self.tr("Apply the learning rate and momentum"))
