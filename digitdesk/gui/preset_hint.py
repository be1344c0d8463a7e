"""A one-line recommendation above the training form: while the form holds an MLP, it says
that a convolutional network reads drawn digits better (with the measured figure) and
offers to fill the form with the Convolutional preset.

Learners arrive with an MLP in mind (every question in ``shared/seeds`` is one), train it,
draw a digit and are disappointed; the app's own measurements say the small CNN reads
drawn digits a good deal better. The line only fills the form: training still starts with
Start, so nothing long begins behind the learner's back. Its ✕ hides it for good (the
choice is kept in ``QSettings``).
"""

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QToolButton

from ..engine.config import PRESET_MEASURED
from .language import Retranslatable
from .numbers import local
from .wording import preset_name

DISMISSED_KEY = "training/convolutionalHintDismissed"

# The preset recommended, and the MLP its figure is compared with (the best one).
RECOMMENDED = "convolutional"
BEST_MLP = "accurate"


class PresetHint(Retranslatable, QFrame):
    """The recommendation: a short line, a "Choose Convolutional" button and a ✕."""

    chosen = Signal()  # "Choose Convolutional": the panel fills the form with the preset

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("presetHint")
        # A quiet box, in the palette's colours (a dark theme stays dark).
        self.setStyleSheet("QFrame#presetHint { border: 1px solid palette(mid); "
                           "border-radius: 4px; background: palette(alternate-base); }")
        self.text = QLabel()
        self.text.setObjectName("presetHintText")
        self.text.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("presetHintChoose")
        self.choose_button.setAutoDefault(False)  # Enter in the form still means Start
        self.choose_button.clicked.connect(self.chosen)
        self.close_button = QToolButton()
        self.close_button.setObjectName("presetHintClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        # A tool button is no Tab stop by default: this one must be reachable by keyboard.
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.dismiss)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 2, 4)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.close_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.choose_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        layout.setColumnStretch(0, 1)

        self._applies = False  # whether the form holds an MLP
        # (an INI file keeps "true"; anything else, a damaged value too, reads as not dismissed)
        self._dismissed = QSettings().value(DISMISSED_KEY, False) in (True, "true")
        self.hide()
        self.retranslate()

    def retranslate(self):
        recommended = PRESET_MEASURED[RECOMMENDED].strangers
        mlp = PRESET_MEASURED[BEST_MLP].strangers
        self.text.setText(self.tr(
            "Convolutional networks read drawn digits better: {0}% against {1}% for the "
            "best MLP.").format(f"{local(recommended):.1f}", f"{local(mlp):.1f}"))
        self.text.setToolTip(self.tr(
            "Measured on 3,000 digits in strangers' handwriting (simulated), read as the\n"
            "pad reads them: the {0} preset against the {1} preset, the best MLP.\n"
            "A convolutional network's filters slide over the whole image, so a stroke is\n"
            "recognised wherever it is.").format(preset_name(RECOMMENDED), preset_name(BEST_MLP)))
        self.choose_button.setText(self.tr("Choose Convolutional"))
        self.choose_button.setAccessibleName(self.tr("Choose the Convolutional preset"))
        self.choose_button.setToolTip(self.tr(
            "Fill the form with the {0} preset. Training starts only when you press Start\n"
            "(it takes a few minutes).").format(preset_name(RECOMMENDED)))
        self.close_button.setAccessibleName(self.tr("Hide this recommendation"))
        self.close_button.setToolTip(self.tr("Hide this recommendation for good"))

    def set_applies(self, is_mlp):
        """Show the line while the form holds an MLP (unless it was dismissed)."""
        self._applies = bool(is_mlp)
        self.setVisible(self._applies and not self._dismissed)

    def set_choosable(self, choosable):
        """While training runs the form is locked: so is the button that would fill it."""
        self.choose_button.setEnabled(choosable)

    def dismiss(self):
        """The ✕: hide the line, now and in every later session."""
        self._dismissed = True
        QSettings().setValue(DISMISSED_KEY, True)
        self.hide()
