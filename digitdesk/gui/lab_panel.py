"""The lab: the learners' mistakes as switches, and their questions as replays.

* ``BugLabBox``: one switch per entry of ``engine.buglab.BUGS``, part of the training form
  (it sets ``TrainConfig.bugs``). Every switch is marked BROKEN ON PURPOSE and shows the
  learner's line of code next to the correct one. All off, the default, is the correct
  engine.
* ``ReplaysView``: the four learners' questions (``engine.replays.REPLAYS``): what the
  learner saw, what to watch, what fixes it, and buttons that put the learner's settings
  or the fixed twin into the form.

Both only present and forward: the main window decides what a request does.
"""

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QVBoxLayout, QWidget)

from ..engine.buglab import BUGS, CONFLICTS
from ..engine.replays import REPLAYS
from .check_label import CheckBoxLabel
from .focus import frame_focus
from .language import Retranslatable, current_text
from .wording import config_summary

BROKEN_RED = "#c0392b"


def translate_replay(text):
    return QCoreApplication.translate("replays", text)


def translate_bug(text):
    return QCoreApplication.translate("buglab", text)


class BugLabBox(Retranslatable, QGroupBox):
    """A switch per known mistake. ``bugs()`` is the tuple for ``TrainConfig.bugs``."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bugLab")
        self.switches = {}
        self.labels = {}
        self.tips = {}  # each switch's own tooltip, before any "not available" reason
        self._has_sigmoid = True  # the form's network has a sigmoid for a sigmoid bug to act on
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._intro.setStyleSheet("color: gray")
        layout.addWidget(self._intro)
        for name in BUGS:
            # The title goes in a label beside the box, not in the box: a label can wrap,
            # so a long title does not make the whole form wider than the panel.
            switch = QCheckBox()
            switch.setObjectName(f"bug_{name}")
            switch.toggled.connect(self._on_toggled)
            label = CheckBoxLabel(switch)
            row = QHBoxLayout()
            row.addWidget(switch, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.switches[name] = switch
            self.labels[name] = label
        self.warning = QLabel()
        self.warning.setObjectName("bugLabWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.warning)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Bug lab: break the engine on purpose"))
        self.setToolTip(self.tr(
            "Each switch puts back a mistake a learner really made. With a switch on,\n"
            "the engine is BROKEN ON PURPOSE: run the gradient check to see where.\n"
            "All switches off (the default) is the correct engine."))
        self._intro.setText(self.tr("Off is the correct engine. On: the learner's mistake."))
        for name, bug in BUGS.items():
            switch = self.switches[name]
            switch.setAccessibleName(self.tr("Bug: {0}").format(translate_bug(bug.title)))
            self.tips[name] = self.tr(
                "BROKEN ON PURPOSE (learner {0}).\n\nThe learner wrote:\n    {1}\n"
                "Correct:\n    {2}\n\n{3}").format(bug.seed, bug.learner_code, bug.correct_code,
                                                   translate_bug(bug.effect))
            self.labels[name].setText(translate_bug(bug.title))
        self._update_look()  # the tooltips, with any "not available" reason

    def bugs(self):
        return tuple(name for name, switch in self.switches.items() if switch.isChecked())

    def set_bugs(self, bugs):
        for name, switch in self.switches.items():
            switch.blockSignals(True)
            switch.setChecked(name in bugs)
            switch.blockSignals(False)
        self._update_look()

    def set_has_sigmoid(self, has_sigmoid):
        """Whether the form's network has a sigmoid (hidden or output): the sigmoid bugs
        cannot act without one, so their switches are disabled (unless on: then the form
        says what is wrong, and the switch can still be turned off)."""
        if has_sigmoid != self._has_sigmoid:
            self._has_sigmoid = has_sigmoid
            self._update_look()

    def _on_toggled(self):
        self._update_look()
        self.changed.emit()

    def _update_look(self):
        on = self.bugs()
        # Two bugs that replace the same factor cannot be on together: grey out the other.
        for name, switch in self.switches.items():
            blocked = [b for a, b in CONFLICTS if a == name] + [a for a, b in CONFLICTS if b == name]
            conflict = next((other for other in blocked if other in on), None)
            why = None
            if conflict is not None:
                why = self.tr("Not available while \"{0}\" is on: both replace the sigmoid's "
                              "derivative.").format(translate_bug(BUGS[conflict].title))
            elif BUGS[name].part == "sigmoid" and not self._has_sigmoid and not switch.isChecked():
                why = self.tr("Not available: this network has no sigmoid for it to act on "
                              "(choose the Sigmoid activation with a hidden layer, or a sigmoid "
                              "output).")
            switch.setEnabled(why is None)
            tip = self.tips[name] if why is None else f"{why}\n\n{self.tips[name]}"
            switch.setToolTip(tip)
            self.labels[name].setToolTip(tip)
            self.labels[name].setEnabled(switch.isEnabled())
            self.labels[name].setStyleSheet(f"color: {BROKEN_RED}; font-weight: bold;"
                                            if switch.isChecked() else "")
        self.setStyleSheet(f"QGroupBox#bugLab {{ border: 2px solid {BROKEN_RED}; "
                           f"border-radius: 4px; margin-top: 1.2em; padding-top: 4px; }} "
                           f"QGroupBox#bugLab::title {{ color: {BROKEN_RED}; "
                           f"subcontrol-origin: margin; left: 8px; }}" if on else "")
        if on:
            lines = "".join(
                f"<br><code>{html.escape(BUGS[name].learner_code)}</code>" for name in on)
            self.warning.setText(
                f"<span style='color:{BROKEN_RED}'><b>" + self.tr("BROKEN ON PURPOSE") + "</b> "
                + self.tr("— the engine now runs the learner's code:") + lines + "</span>")
        self.warning.setVisible(bool(on))


class ReplaysView(Retranslatable, QWidget):
    """The learners' questions: choose one, read it, load its settings or its fixed twin.

    Signals: ``loadRequested(TrainConfig, str)`` with a short description for the status
    bar; ``stepCostRequested(TrainConfig)`` to time numerical against backprop gradients
    (question 001)."""

    loadRequested = Signal(object, str)
    stepCostRequested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chooser = QComboBox()
        self.chooser.setObjectName("replayChooser")
        for key in REPLAYS:
            self.chooser.addItem("", key)  # titled in retranslate()
        self.chooser.currentIndexChanged.connect(self._show_replay)

        self.load_button = QPushButton()
        self.load_button.setObjectName("loadReplayButton")
        self.load_button.clicked.connect(lambda: self._request(fixed=False))
        self.fixed_button = QPushButton()
        self.fixed_button.setObjectName("loadFixedReplayButton")
        self.fixed_button.clicked.connect(lambda: self._request(fixed=True))
        self.step_cost_button = QPushButton()
        self.step_cost_button.setObjectName("stepCostButton")
        self.step_cost_button.clicked.connect(
            lambda: self.stepCostRequested.emit(REPLAYS[self.current_key()].config))

        self.texts = QLabel()
        self.texts.setObjectName("replayTexts")
        self.texts.setWordWrap(True)
        self.texts.setTextFormat(Qt.TextFormat.RichText)
        self.texts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.texts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_cost = QLabel()
        self.step_cost.setObjectName("stepCost")
        self.step_cost.setWordWrap(True)
        self.step_cost.setTextFormat(Qt.TextFormat.RichText)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.addWidget(self.texts)
        text_layout.addWidget(self.step_cost)
        text_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(text_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        frame_focus(scroll)  # a long text scrolls by the arrow keys; a short one is no stop

        top = QHBoxLayout()
        self._chooser_label = QLabel()
        self._chooser_label.setBuddy(self.chooser)
        top.addWidget(self._chooser_label)
        top.addWidget(self.chooser, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.fixed_button)
        buttons.addWidget(self.step_cost_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._show_replay()
        self.retranslate()

    def retranslate(self):
        self.chooser.setAccessibleName(self.tr("Learners' questions"))
        self.chooser.setToolTip(self.tr(
            "Four real questions from learners whose networks failed silently.\n"
            "Load one, train it, watch the Diagnostics tab, then load its fixed twin."))
        for index, replay in enumerate(REPLAYS.values()):
            self.chooser.setItemText(index, translate_replay(replay.title))
        for b, text, tooltip in (
                (self.load_button, self.tr("Load the learner's settings"), self.tr(
                    "Put exactly what the learner did into the training form (their network,\n"
                    "initialisation, loss, batch and bugs). Then press Start.")),
                (self.fixed_button, self.tr("Load the fixed twin"), self.tr(
                    "Put the same task, done right, into the training form, to compare the curves.")),
                (self.step_cost_button, self.tr("Compare step cost"), self.tr(
                    "Time one training step by backprop against one by numerical differentiation\n"
                    "(two forward passes per parameter), on this network and a batch of MNIST."))):
            b.setText(text)
            b.setAccessibleName(text)
            b.setToolTip(tooltip)
        self.texts.setAccessibleName(self.tr("The question, what to watch and the fix"))
        self._chooser_label.setText(self.tr("&Question"))
        self._show_texts()
        self.show_step_cost(self._step_cost)

    def current_key(self):
        return self.chooser.currentData()

    def choose(self, key):
        self.chooser.setCurrentIndex(self.chooser.findData(key))

    def set_editable(self, editable):
        """The form is locked while training runs; so are the buttons that fill it."""
        self.load_button.setEnabled(editable)
        self.fixed_button.setEnabled(editable)
        self.step_cost_button.setEnabled(editable)

    def _request(self, fixed):
        replay = REPLAYS[self.current_key()]
        config = replay.fixed_config if fixed else replay.config
        what = self.tr("the fixed twin of {0}") if fixed else self.tr("the learner's settings of {0}")
        self.loadRequested.emit(config, what.format(translate_replay(replay.title)))

    def _show_replay(self):
        self._show_texts()
        self.step_cost_button.setVisible(self.current_key() == "001")
        self.show_step_cost("")

    def _show_texts(self):
        replay = REPLAYS[self.current_key()]

        def section(title, text, colour):
            return (f"<p style='margin-top:8px'><b style='color:{colour}'>{html.escape(title)}</b><br>"
                    f"{html.escape(translate_replay(text))}</p>")

        self.texts.setText(
            f"<h3 style='margin:0'>{html.escape(translate_replay(replay.title))}</h3>"
            + section(self.tr("What the learner saw"), replay.saw, "#7f8c8d")
            + section(self.tr("What to watch"), replay.watch, "#2874a6")
            + section(self.tr("What fixes it"), replay.fix, "#1e8449")
            + "<p style='color:gray'>" + html.escape(self.tr("Learner: "))
            + f"<code>{html.escape(config_summary(replay.config))}</code><br>"
            + html.escape(self.tr("Fixed twin: "))
            + f"<code>{html.escape(config_summary(replay.fixed_config))}</code></p>")

    def show_step_cost(self, text):
        """``text``: the text, or a function that gives it (then it follows a change of
        language)."""
        self._step_cost = text
        self.step_cost.setText(current_text(text))
