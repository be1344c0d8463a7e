"""Under the probabilities: the "I don't know" threshold, the temperature, and a plain note
on how far the answer can be trusted (see ``digitdesk.engine.confidence``)."""

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QWidget

from ..engine.confidence import MAX_TEMPERATURE, MIN_TEMPERATURE
from .language import Retranslatable, listed_and
from .numbers import local
from .wording import regression_reading_text

DEFAULT_THRESHOLD = 60  # percent: below it the network says it does not know
# The temperature slider moves in quarter-octaves: T = 2 ** (step / 4), 0.25 .. 4.
_STEPS_PER_DOUBLING = 4


def set_label_text(label, text):
    """Give a slider's label its text, with a few pixels to spare: QLabel clips its text to
    its width, which is the text's advance, and a glyph may reach past its advance (the last
    e of "Temperature" lost its right edge against the slider)."""
    label.setText(text)
    label.setMinimumWidth(0)
    label.setMinimumWidth(label.sizeHint().width() + 3)


class _Note(QLabel):
    """The wrapped note. Beside the bars it asks for no width (``least_width`` is the
    width it is given there at least), and its height is counted at no less than that
    width: a layout asking how tall it is at its width of 0 was told 17 lines."""

    least_width = 0

    def heightForWidth(self, width):  # noqa: N802 - Qt's name
        return super().heightForWidth(max(width, self.least_width))


class ConfidenceControls(Retranslatable, QWidget):
    """Two sliders and a note. ``threshold()`` (0-1) and ``temperature()`` are read by the
    drawing panel, which calls ``show_verdict`` with what it computed; ``changed`` is
    emitted when the user moves a slider."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confidenceControls")
        self._verdict = None
        self._reading = None  # see show_verdict
        self._has_probabilities = True  # see set_has_probabilities
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setObjectName("thresholdSlider")
        self.threshold_slider.setRange(0, 95)
        self.threshold_slider.setSingleStep(5)
        self.threshold_slider.setPageStep(10)
        self.threshold_slider.setValue(DEFAULT_THRESHOLD)
        low = round(math.log2(MIN_TEMPERATURE) * _STEPS_PER_DOUBLING)
        high = round(math.log2(MAX_TEMPERATURE) * _STEPS_PER_DOUBLING)
        self.temperature_slider = QSlider(Qt.Orientation.Horizontal)
        self.temperature_slider.setObjectName("temperatureSlider")
        self.temperature_slider.setRange(low, high)
        self.temperature_slider.setValue(0)  # T = 1: the network's own probabilities
        for slider in (self.threshold_slider, self.temperature_slider):
            slider.setMinimumWidth(60)
            slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            slider.valueChanged.connect(self._on_moved)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold_slider)
        self.threshold_value = QLabel()
        self.temperature_label = QLabel()
        self.temperature_label.setBuddy(self.temperature_slider)
        self.temperature_value = QLabel()
        for value in (self.threshold_value, self.temperature_value):
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0.00") + 4)
        self.note = _Note()
        self.note.setObjectName("confidenceNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.threshold_label, 0, 0)
        layout.addWidget(self.threshold_slider, 0, 1)
        layout.addWidget(self.threshold_value, 0, 2)
        # The two settings apart (as Undo is from the pen's width), so "Temperature" is
        # not read as the threshold's; an empty column between them.
        layout.setColumnMinimumWidth(3, 12)
        layout.addWidget(self.temperature_label, 0, 4)
        layout.addWidget(self.temperature_slider, 0, 5)
        layout.addWidget(self.temperature_value, 0, 6)
        self.take_note_back()
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(5, 1)
        self.retranslate()

    def threshold(self):
        """Below this top probability (0-1) the network "does not know"."""
        return self.threshold_slider.value() / 100

    def temperature(self):
        return 2.0 ** (self.temperature_slider.value() / _STEPS_PER_DOUBLING)

    def set_threshold(self, threshold):
        """Put the threshold (0-1) on its slider; ``ValueError`` outside the slider's range."""
        percent = round(100 * float(threshold))
        slider = self.threshold_slider
        if not slider.minimum() <= percent <= slider.maximum():
            raise ValueError(f"threshold {percent}% is outside {slider.minimum()}-"
                             f"{slider.maximum()}%")
        slider.setValue(percent)

    def set_temperature(self, temperature):
        """Put the temperature on its slider (the nearest quarter-octave); ``ValueError``
        outside MIN_TEMPERATURE..MAX_TEMPERATURE or not a positive number."""
        temperature = float(temperature)
        if not MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE:
            raise ValueError(f"temperature {temperature:g} is outside {MIN_TEMPERATURE:g}-"
                             f"{MAX_TEMPERATURE:g}")
        self.temperature_slider.setValue(round(math.log2(temperature) * _STEPS_PER_DOUBLING))

    def set_has_probabilities(self, has_probabilities):
        """Whether the model has probabilities for the sliders to act on. A one-output
        (regression) network has none: no logits, no softmax, only a number. Its "not sure"
        comes from that number rounding to none of its digits, not from a threshold, and
        there is nothing for the temperature to reshape; so both sliders are off and their
        tooltips say why."""
        self._has_probabilities = bool(has_probabilities)
        for widget in (self.threshold_label, self.threshold_slider, self.threshold_value,
                       self.temperature_label, self.temperature_slider, self.temperature_value):
            widget.setEnabled(self._has_probabilities)
        self._tip_sliders()

    def has_probabilities(self):
        return self._has_probabilities

    def show_verdict(self, verdict, reading=None):
        """Put ``verdict`` (an ``engine.confidence.Verdict``, or ``None`` for nothing
        drawn) into words: the note, under the sliders or beside the bars. ``reading``: a
        one-output network's own number (``engine.losses.RegressionReading``): the note
        then says what it is, and that the bars are no probabilities."""
        self._verdict = verdict
        self._reading = reading
        self._update_note()

    def _on_moved(self):
        self._update_values()
        self.changed.emit()

    def _update_values(self):
        self.threshold_value.setText(self.tr("{0}%").format(self.threshold_slider.value()))
        self.temperature_value.setText(f"{local(self.temperature()):.2g}")

    def _update_note(self):
        verdict = self._verdict
        lines = []
        if self._reading is not None:
            lines.append(self.tr(
                "One output, a number, not probabilities: {0}. The bars only show how close "
                "each digit is to {1:.1f}; they are not how sure the network is.").format(
                regression_reading_text(self._reading), local(self._reading.value)))
        elif verdict is not None and verdict.unsure:
            lines.append(self.tr(
                "I don't know: at most {digit} ({percent:.0f}%), then {second} "
                "({second_percent:.0f}%).").format(
                digit=verdict.digit, percent=local(100 * verdict.confidence), second=verdict.runner_up,
                second_percent=local(100 * (verdict.confidence - verdict.margin))))
        if verdict is not None and verdict.only_knows is not None:
            lines.append(self.tr(
                "This model only knows {digits}. It cannot answer \"none of these\": any "
                "other digit is still read as one of them, however sure it looks.").format(
                digits=listed_and(verdict.only_knows)))
        self.note.setText("\n".join(lines))
        self.show_note()

    def show_note(self):
        """Show the note if it has something to say (where it is: the drawing panel may
        put it beside the bars, see ``take_note_back``)."""
        self.note.setVisible(bool(self.note.text()))

    def take_note_back(self):
        """Put the note under the sliders (its place unless the drawing panel moved it)."""
        self.layout().addWidget(self.note, 1, 0, 1, 7)

    def retranslate(self):
        set_label_text(self.threshold_label, self.tr("&Unsure below"))
        self.threshold_slider.setAccessibleName(self.tr("I don't know threshold"))
        set_label_text(self.temperature_label, self.tr("T&emperature"))
        self.temperature_slider.setAccessibleName(self.tr("Temperature"))
        self._tip_sliders()
        self._update_values()
        self._update_note()

    def _tip_sliders(self):
        threshold_tip = self.tr(
            "When the most probable digit is less probable than this, the network says it\n"
            "does not know instead of naming a digit. 0% never doubts.")
        temperature_tip = self.tr(
            "Divides the network's logits before the softmax: softmax(z / T).\n"
            "Above 1 the probabilities flatten (an over-confident network doubts more),\n"
            "below 1 they sharpen. 1 shows the network's own probabilities.\n"
            "The most probable digit never changes, only how sure it looks.")
        if not self._has_probabilities:
            threshold_tip = self.tr(
                "Off for this model: it has one output, a number, not probabilities.\n"
                "It says it is not sure when that number × 10 rounds to none of its digits\n"
                "(10.0, -0.7), not when a probability is below a threshold.")
            temperature_tip = self.tr(
                "Off for this model: it has one output, a number, not probabilities.\n"
                "The temperature reshapes a softmax's probabilities (softmax(z / T));\n"
                "this network has no softmax, so there is nothing for it to change.")
        for widgets, tip in (
                ((self.threshold_label, self.threshold_slider, self.threshold_value),
                 threshold_tip),
                ((self.temperature_label, self.temperature_slider, self.temperature_value),
                 temperature_tip)):
            for widget in widgets:
                widget.setToolTip(tip)
