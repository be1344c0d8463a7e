"""The "draw a digit" panel: a pad to draw on, what the network sees, and what it reads.

Flow: the pad emits ``imageChanged`` on every stroke change -> a single-shot timer
collects the burst of mouse moves -> ``_update_prediction`` renders the strokes, prepares
the 28 x 28 image like MNIST (``digitdesk.preprocess``), asks the current model for ten
probabilities and shows them. All of that takes a few milliseconds, so it runs on the GUI
thread. The timer fires as soon as the event loop is free when the last update is at least
``PREDICTION_INTERVAL_MS`` old (so a single move is answered at once), and otherwise when
it will be: a mouse reporting hundreds of moves a second costs ~30 updates a second, not
hundreds, and the pen stays smooth (and a network training in the background is not
starved of the GIL).
"""

import time
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QTimer, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QSpacerItem,
    QStyle, QStyleOptionComboBox, QVBoxLayout, QWidget,
)

from .canvas import (
    DEFAULT_PEN_WIDTH, MAX_PEN_WIDTH, MIN_PEN_WIDTH, DrawingCanvas, MnistPreview,
)
from ..engine.averaging import averaged_outputs, averaged_probabilities, averages
from ..engine.confidence import judge, temper
from ..engine.losses import is_regression, regression_reading
from .confidence_controls import ConfidenceControls
from .language import Retranslatable, listed_and
from .probability_view import ProbabilityView
from .wording import english_plural

__all__ = ["DigitPanel", "DrawingCanvas", "MnistPreview", "ProbabilityView"]

PREDICTION_INTERVAL_MS = 30  # at least this long between two updates while drawing

# Qt's QWIDGETSIZE_MAX: the maximum size of a widget that has none of its own
QWIDGETSIZE_MAX = (1 << 24) - 1


class DigitPanel(Retranslatable, QWidget):
    """Draw a digit and see how the current model reads it.

    ``set_model(model)`` gives the panel the model to ask (a snapshot; ``None`` for none).
    ``clear_action`` (Esc, Delete) and ``undo_action`` (Ctrl+Z) can also be put in a menu;
    their shortcuts work while the focus is inside this panel.
    """

    # The ten probabilities shown (a new array), or None when none are shown.
    predictionChanged = Signal(object)
    # The model it reads with changed (another model, or a training run's snapshot):
    # views of the model follow it even when the pad is empty and no reading changes.
    modelChanged = Signal(object)
    # "Keep as": the drawing as a (28, 28) uint8 image, and the digit the user says it is.
    keepRequested = Signal(object, int)
    # The user clicked a digit under the probabilities: the drawing (as for keepRequested)
    # is that digit; the window adds it to the personal set and re-tunes.
    correctionRequested = Signal(object, int)
    teachRequested = Signal()  # "Teach it your handwriting..."
    # The badge's button: True to use the adapted model again, False for the original.
    useAdaptedRequested = Signal(bool)
    # The badge's button when it offers to adapt the model in use to the personal digits
    # (kept for another model, or with Keep as).
    adaptRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._can_teach = False  # see set_can_teach
        self._averages = False  # the bars show an averaged reading (engine/averaging.py)
        self._teach_refusal = None
        self.setObjectName("digitPanel")
        self._model = None
        self._image = None  # the prepared 28 x 28 image of the current drawing, once computed
        # A 28 x 28 image shown in place of a drawing (e.g. a validation digit), or None.
        self._shown_image = None

        self.canvas = DrawingCanvas()
        self.preview = MnistPreview()
        self.probability_view = ProbabilityView()
        # "I don't know": a threshold and a temperature under the bars.
        self.confidence = ConfidenceControls()
        self.confidence.changed.connect(self._update_prediction)

        self._prediction_timer = QTimer(self)
        self._prediction_timer.setSingleShot(True)
        self._prediction_timer.timeout.connect(self._update_prediction)
        self._last_update = -1.0  # time.monotonic() of the last prediction update

        self._make_actions()
        self._make_controls()
        self._make_layout()
        self.canvas.imageChanged.connect(self._on_image_changed)
        self.retranslate()

    def retranslate(self):
        self.undo_action.setText(self.tr("&Undo Stroke"))
        self.undo_action.setToolTip(self.tr("Remove the last stroke ({key})").format(
            key=self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.clear_action.setText(self.tr("C&lear Drawing"))
        self.clear_action.setToolTip(self.tr("Wipe the pad to draw a new digit (Esc)"))
        for action in (self.undo_action, self.clear_action):
            action.setStatusTip(action.toolTip())
        self.pen_slider.setAccessibleName(self.tr("Pen width"))
        self.pen_slider.setToolTip(self.tr(
            "How thick the pen looks on the pad. It does not change what the network sees:\n"
            "your strokes are redrawn at MNIST's own stroke width (about 2 pixels in 28 x 28)\n"
            "whatever pen you draw with, as the preview shows."))
        self.pen_label.setText(self.tr("Pen"))
        self._show_pen_width(self.pen_slider.value())
        self.undo_button.setText(self.tr("Undo"))
        self.clear_button.setText(self.tr("Clear"))
        for button, action in ((self.undo_button, self.undo_action),
                               (self.clear_button, self.clear_action)):
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", ""))
        self.keep_button.setText(self.tr("Keep as"))
        self.keep_button.setAccessibleName(self.tr("Keep the drawing as my digit"))
        self.keep_digit.setAccessibleName(self.tr("Digit to keep the drawing as"))
        self.keep_digit.setPlaceholderText(self.tr("digit?"))
        # The box is as wide as its digits; its placeholder ("цифра?") was cut off.
        option = QStyleOptionComboBox()
        self.keep_digit.initStyleOption(option)
        text = self.keep_digit.fontMetrics().size(0, self.keep_digit.placeholderText())
        self.keep_digit.setMinimumWidth(self.keep_digit.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, text, self.keep_digit).width())
        self._enable_keep()
        self.teach_button.setText(self.tr("Teach it your handwriting…"))
        self.teach_button.setAccessibleName(self.tr("Teach it your handwriting"))
        self._tip_the_teach_button()
        self.switch_button.setAccessibleName(self.tr("Switch between the adapted and the "
                                                     "original model"))
        self.preview.retranslate()
        self._show_sees_label()
        self._tip_the_bars()
        # The bars are a child: Qt renews their own tooltip after this; add to it then.
        QTimer.singleShot(0, self._tip_the_bars)
        self.set_adaptation(self._adaptation, self._offer)
        self._update_prediction()

    def _tip_the_bars(self):
        self.probability_view.retranslate()
        tip = self.probability_view.toolTip() + self.tr(
            "\nIf it misreads your digit, click the right one: it is kept in your own set\n"
            "and the model is fine-tuned on your handwriting again.") + self.tr(
            "\nFrom the keyboard: Tab to the bars, then type the right digit.")
        if self._averages:
            tip += self.tr(
                "\nA convolutional network reads your digit five times: as drawn, turned 6°\n"
                "either way, and 10% smaller and bigger; the bars show the average, which\n"
                "reads drawn digits better. The tab Inside the network shows its reading\n"
                "of the digit as drawn alone.")
        self.reads_label.setText(self.tr("It reads (5 views)") if self._averages
                                 else self.tr("It reads"))
        self.probability_view.setToolTip(tip)
        self.reads_label.setToolTip(tip)

    # ----------------------------------------------------------- construction

    def _make_actions(self):
        # WidgetWithChildrenShortcut: Esc, Delete and Ctrl+Z act on the drawing only while
        # the focus is in this panel (clicking the pad gives it focus), so they never
        # surprise someone typing in another part of the window.
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.canvas.undo)

        self.clear_action = QAction(self)
        self.clear_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape),
                                        QKeySequence(QKeySequence.StandardKey.Delete)])
        self.clear_action.triggered.connect(self._clear)

        for action in (self.undo_action, self.clear_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _make_controls(self):
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setRange(MIN_PEN_WIDTH, MAX_PEN_WIDTH)
        self.pen_slider.setValue(DEFAULT_PEN_WIDTH)
        self.pen_slider.setMinimumWidth(80)
        self.pen_slider.valueChanged.connect(self.canvas.set_pen_width)
        self.pen_slider.valueChanged.connect(self._show_pen_width)
        self.pen_label = QLabel()
        self.pen_label.setBuddy(self.pen_slider)
        self.pen_value_label = QLabel()
        self.pen_value_label.setMinimumWidth(self.pen_value_label.fontMetrics()
                                             .horizontalAdvance("00 px") + 4)

        self.undo_button = QPushButton()
        self.clear_button = QPushButton()
        for button, action in ((self.undo_button, self.undo_action),
                               (self.clear_button, self.clear_action)):
            button.clicked.connect(action.trigger)
            # Clicking a button leaves the focus on the pad, where the shortcuts work.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        # "Keep as [7]": keep the drawing, labelled, in the user's personal set. The label
        # follows what the network reads while it is sure, until the user picks one (then
        # it stays, until the pad is cleared), so a correctly read digit is kept with one
        # click. While the network is unsure (or there is no model) no digit is chosen
        # and Keep as is off: an untrained model's guess ("at most 1 (26%)") was in the
        # box, and one click kept a 7 as a 1, which fine-tuning then taught the model.
        self._kept = False  # this drawing has been kept already: not twice by accident
        self._label_chosen = False  # the user picked the label for this drawing
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepButton")
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keep_button.clicked.connect(self._keep)
        self.keep_digit = QComboBox()
        self.keep_digit.setObjectName("keepDigit")
        self.keep_digit.addItems([str(digit) for digit in range(10)])
        self.keep_digit.setCurrentIndex(-1)  # no digit chosen: the placeholder shows
        self.keep_digit.activated.connect(self._on_label_chosen)  # the user, not the code
        self.keep_digit.currentIndexChanged.connect(self._enable_keep)
        self.probability_view.digitClicked.connect(self._on_digit_clicked)

        self.teach_button = QPushButton()
        self.teach_button.setObjectName("teachButton")
        self.teach_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.teach_button.clicked.connect(self.teachRequested)
        # The badge: which model reads, the adapted one or the original, and a one-click
        # switch to the other. Hidden until there is an adapted model.
        # Its words are few (see set_adaptation), on one line: "Adapted to your
        # handwriting" beside its button made the window wider than a 1024-pixel screen
        # (1039 px; 1107 in Russian) and, wrapped, took three lines from the preview. (A
        # wrapping label was no cure: Qt asked it for three lines' height, 45 px, even
        # for Chinese on one line.)
        self.badge = QLabel()
        self.badge.setObjectName("adaptedBadge")
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchModelButton")
        self.switch_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self._adapted_in_use = False
        self._adaptation = None
        self._offer = 0  # personal digits the badge offers to adapt the model to
        self.set_adaptation(None)

    def _make_layout(self):
        # The pad's own controls: the pen's width, Undo and Clear. On one line under the
        # sliders; with the note under the sliders too (a narrow panel, see _place_note),
        # on two lines under the pad instead (see _place_pen_controls).
        self._pen_box = QWidget()  # (a widget: it moves from one layout to the other)
        controls = QGridLayout(self._pen_box)
        controls.setContentsMargins(0, 0, 0, 0)
        self._pen_buttons = QHBoxLayout()
        self._pen_buttons.addStretch(1)
        self._pen_buttons.addWidget(self.undo_button)
        self._pen_buttons.addWidget(self.clear_button)

        # The controls go beside the pad, under what the network reads: the pad gets the
        # panel's whole height, and keeps its square shape.

        sees = self.sees_label = QLabel()
        reads = self.reads_label = QLabel()
        for label in (sees, reads):
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        # The preview and the bars side by side, not one above the other: the panel then
        # needs little height, which leaves the views above it room on a short screen.
        right = QGridLayout()
        # Rows 4 px apart, not the style's 6: the window's least height is counted in the
        # pixels of this column (see _place_note). (The layouts in it then have no spacing
        # of their own to inherit: they are given the style's.)
        spacing = right.spacing()
        right.setVerticalSpacing(4)
        right.addWidget(sees, 0, 0)
        right.addWidget(self.preview, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        right.addWidget(reads, 0, 1)
        right.addWidget(self.probability_view, 1, 1, 2, 1)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_button)
        keep.addWidget(self.keep_digit)
        keep.addStretch(1)
        adapt = QHBoxLayout()
        adapt.addWidget(self.badge)
        adapt.addWidget(self.switch_button)
        adapt.addStretch(1)
        # The badge's row keeps its height while hidden (not its width: the bars beside
        # would move): when it appeared (after adapting, or with an offer to adapt) it took
        # that height from the preview, whose image then dropped from 4 to 3 screen pixels
        # per pixel (112 -> 84 px).
        adapt.addSpacerItem(QSpacerItem(0, self.switch_button.sizeHint().height(),
                                        QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        # Under the preview: keeping a digit, the way into the guided flow and which model
        # reads (the adapted one or the original); the three rows close together, so
        # that the preview keeps its 4 pixels per pixel beside the bars' height.
        below = QVBoxLayout()
        below.addStretch(1)
        below.addLayout(keep)
        below.addWidget(self.teach_button, 0, Qt.AlignmentFlag.AlignLeft)
        below.addLayout(adapt)  # last: while it is hidden, its room is no gap between two
        for inner in (controls, self._pen_buttons, keep, adapt, below):
            inner.setSpacing(spacing)
        below.setSpacing(4)
        right.addLayout(below, 2, 0)
        right.addWidget(self.confidence, 3, 0, 1, 3)
        right.setRowStretch(2, 1)
        right.setColumnStretch(1, 1)
        # Column 2: the note on the answer, beside the bars when the panel is wide enough
        # (see _place_note).
        self._right = right
        self._note_beside = False
        self._beside_by_estimate = False  # see _place_note
        self._estimate_waited = False
        self._under_since_width = 0
        self._beside_least_height = 0  # the panel's, while the note was last beside
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(0)
        self._note_timer.timeout.connect(self._place_note)
        self.probability_view.installEventFilter(self)
        self.confidence.note.installEventFilter(self)

        # The pad, and under it its own controls while the note is under the sliders.
        self._pad_column = pad_column = QVBoxLayout()
        pad_column.setSpacing(4)
        pad_column.addWidget(self.canvas, 1)
        # (Beside the sliders until the note is first placed: where they are in a window
        # of the usual size. Put under the pad, they moved beside the sliders once the
        # window was shown, and the pad widened from 191 to 259 px after the first digit
        # was drawn on it, which was then read differently.)
        self._pen_under_pad = None  # not placed yet
        self._place_pen_controls(under_pad=False)

        layout = QHBoxLayout(self)
        # The group box round the panel has margins of its own: none more above and below,
        # where a 1280 x 720 screen has no pixel to spare.
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(pad_column, 2)
        layout.addLayout(right, 3)
        self.probability_view.setSizePolicy(QSizePolicy.Policy.Expanding,
                                            QSizePolicy.Policy.Expanding)

    def _place_pen_controls(self, under_pad):
        """The pen's width, Undo and Clear on one line under the sliders, or on two under
        the pad: with the note under the sliders the panel is narrow (its pad no wider than
        the column it has) and taller than the pad, which left about 120 px empty under
        the pad while the sliders' column made the window taller than a 1280 x 720 screen
        leaves it (688 px in Russian at 1024 px wide)."""
        if under_pad == self._pen_under_pad:
            return
        self._pen_under_pad = under_pad
        grid = self._pen_box.layout()
        for widget in (self.pen_label, self.pen_slider, self.pen_value_label):
            grid.removeWidget(widget)
        grid.removeItem(self._pen_buttons)
        grid.addWidget(self.pen_label, 0, 0)
        grid.addWidget(self.pen_slider, 0, 1)
        grid.addWidget(self.pen_value_label, 0, 2)
        if under_pad:
            self._pen_box.setMaximumWidth(max(self.canvas.minimumWidth(), self.canvas.height()))
            grid.addLayout(self._pen_buttons, 1, 0, 1, 3)
            self._right.removeWidget(self._pen_box)
            self._pad_column.addWidget(self._pen_box)
        else:
            self._pen_box.setMaximumWidth(QWIDGETSIZE_MAX)
            grid.addLayout(self._pen_buttons, 0, 4)
            self._pad_column.removeWidget(self._pen_box)
            self._right.addWidget(self._pen_box, 4, 0, 1, 3)
        grid.setColumnMinimumWidth(3, 0 if under_pad else 12)  # (the pen, then the buttons)
        grid.setColumnStretch(1, 1)

    def minimumSizeHint(self):
        # As tall as the layout needs at this width, wrapped lines included: the note under
        # the bars ("I don't know…", "This model only knows…") wraps onto three or four
        # lines in Russian, and a wrapping label's minimum counts only two. The splitter
        # gave the panel that minimum, and the extra lines took their height from the bars
        # (ten rows of 14 px text in 168 px).
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), self._least_height(self.width())))
        return hint

    def _least_height(self, width):
        """The panel's least height at ``width``, whatever the pad's width now.

        The pad is no wider than it is tall, so it narrows the sliders' column as the panel
        grows taller, and their wrapped lines need more height there: the layout's least
        height, counted with the pad as wide as it is now, went round in a circle. At
        1040 px a window widened from 1024 kept a pad 244 px wide and needed 291 px, while
        one narrowed from 1056 kept a pad 230 px wide and needed 277. Counted from the
        narrowest pad instead, and widened only as far as the height it needs, the least
        height is the least of those that fit, whichever way the window came."""
        layout = self.layout()
        margins = layout.contentsMargins()
        columns = width - margins.left() - margins.right() - layout.spacing()
        widest_pad = columns - self._right.minimumSize().width()
        least_side = self.canvas.minimumWidth()
        under_pad = 0  # the height of the pen's controls under the pad, if they are there
        if self._pen_under_pad:
            under_pad = self._pen_box.minimumSizeHint().height() + self._pad_column.spacing()
            least_side = max(least_side, self._pen_box.minimumSizeHint().width())
        side = least_side
        while True:
            height = max(self._right.minimumHeightForWidth(columns - side), side + under_pad)
            wider = max(least_side, min(height - under_pad, widest_pad))
            if wider <= side:
                return height
            side = wider

    def resizeEvent(self, event):
        # The pad is square: no wider than it is tall, so that spare width goes to the
        # bars beside it instead of empty margins round the pad.
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # (the wrapped lines' height follows the width)
        side = max(self.canvas.minimumWidth(), self.canvas.height())
        if self.canvas.maximumWidth() != side:
            self.canvas.setMaximumWidth(side)
        # (the pen's controls under the pad: no wider than it, or the pad's column took
        # the spare width, not the bars)
        if self._pen_under_pad and self._pen_box.maximumWidth() != side:
            self._pen_box.setMaximumWidth(side)
        self._note_timer.start()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        # The bars' width follows the room there is for the note beside them (a resize of
        # the panel, a language switch, the badge shown under the preview...).
        # The note's own width too: the bars at their least width stay as they are while
        # the note beside them is squeezed. (Moved once the layout is done: not while it
        # sets their geometry.)
        # The note shown or hidden: its column takes a share of the width only while it
        # has words (see _place_note).
        if watched in (self.probability_view, self.confidence.note) and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._note_timer.start()
        return super().eventFilter(watched, event)

    def _place_note(self):
        """Put the note on the answer ("I don't know…", "This model only knows…") beside
        the bars when they keep their least width beside it, else under the sliders.

        Under the sliders, its three or four lines (in Russian) made the panel that much
        taller: the window's least height went from 644 to 702 px, past the 640 px a
        1280 x 720 screen leaves it. At that size the panel is as short as it gets, its pad
        square, and the bars have hundreds of pixels of width to spare; on a 1024-pixel
        screen (768 px tall) the note goes under the sliders, where there is height."""
        right = self._right
        note = self.confidence.note
        # (from the panel's own width: the layout's is not set yet while it places the bars)
        room = (self.width() - self.layout().contentsMargins().right()
                - self.probability_view.geometry().left())
        spacing = right.horizontalSpacing()
        needed = (self.probability_view.minimumSizeHint().width() + spacing
                  + self.note_beside_width())
        beside = room >= needed
        if self._note_beside:
            # its least height with the note beside: the pad's side when it goes back there
            self._beside_least_height = self.minimumSizeHint().height()
        else:
            # Under the sliders, the pad has the pen's controls under it, and may be
            # narrower than it would be beside: the room is counted with the pad as it
            # would be there, or the note went beside, the pad widened and it came back.
            beside = room + self._pad_width_given_back() >= needed
        if not beside and not self._note_beside and self.width() > self._under_since_width:
            # Under the sliders the note makes the panel taller, and the square pad wider:
            # widened since, the room beside the bars is counted with the pad as it would
            # be without the note under it. (Counted from the pad as it was, a window
            # narrowed to 1130 px and widened again kept the note under the sliders, 58 px
            # taller in Russian, up to 1240 px, where a fresh one had it beside at 1180.)
            beside = room + self._pad_width_given_back() >= needed
            self._beside_by_estimate = beside
        elif self._note_beside and not beside and self._beside_by_estimate \
                and not self._estimate_waited:
            # The panel comes down to its new least height (its pad narrower) in a layout
            # pass of its own: looked at again once that is done.
            self._estimate_waited = True
            self._note_timer.start()
            return
        self._estimate_waited = False
        if self._note_beside and beside:
            self._beside_by_estimate = False  # the pad gave its width back: no estimate now
        if self._note_beside and not beside:
            # Under from this width on: the pad is counted as it is until the panel is
            # wider (so that a pad that did not give its width back, in a panel taller
            # than its least height, does not send the note back and forth).
            self._under_since_width = self.width()
            self._beside_by_estimate = False
        # Beside the bars, the note's column shares the width only while the note has
        # words: an empty column kept the bars at half the panel, and the Russian answer's
        # "уверенность >99%" no longer fitted beside the big digit.
        wanted = 1 if beside and note.text() else 0
        if right.columnStretch(2) != wanted:
            right.setColumnStretch(2, wanted)
        if beside == self._note_beside:
            self._place_pen_controls(under_pad=not beside)  # (the first time: see above)
            return
        self._note_beside = beside
        # Beside the bars it asks for no width of its own (the panel would then be too wide
        # to go back under the sliders): it is put there only when the width is there.
        policy = note.sizePolicy()  # (its height for its width kept: it wraps)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored if beside
                                   else QSizePolicy.Policy.Preferred)
        note.setSizePolicy(policy)
        note.least_width = self.note_beside_width() if beside else 0
        if beside:
            right.addWidget(note, 1, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        else:
            self.confidence.take_note_back()
        self._place_pen_controls(under_pad=not beside)
        self.confidence.show_note()  # (moved, it is hidden)
        # The heights the layouts keep for the sliders and the panel are out of date.
        self.confidence.updateGeometry()
        self.updateGeometry()

    def _pad_width_given_back(self):
        """How much narrower the pad would be with the note beside the bars instead of
        under the sliders (negative: wider). Beside, the pad has the column's whole height
        (the pen's controls go back beside the sliders, see _place_pen_controls), which at
        the panel's least height is its least height with the note beside; and the pad is
        no wider than it is tall."""
        if self.height() > self.minimumSizeHint().height():
            height = self.height()  # (taller than it needs: it keeps its height)
        else:
            note = self.confidence.note
            height = self._beside_least_height or (
                self.height() - note.height() - self.confidence.layout().verticalSpacing())
        side = max(height, self.canvas.minimumWidth())
        return self.canvas.width() - side

    def note_beside_width(self):
        """The least width of the note beside the bars: about 26 characters."""
        return self.confidence.note.fontMetrics().averageCharWidth() * 26

    def note_is_beside(self):
        """Whether the note on the answer is beside the bars (not under the sliders)."""
        return self._note_beside

    # ----------------------------------------------------------- public interface

    def model(self):
        return self._model

    def set_can_teach(self, can_teach, refusal=None):
        """Whether "Teach it your handwriting" can start now (a model that reads, not
        training); ``refusal``: a function giving why the model cannot be taught (it
        reads at chance), said on the empty pad and in the button's tooltip."""
        self._can_teach = can_teach
        self._teach_refusal = refusal
        self.teach_button.setEnabled(can_teach)
        self._tip_the_teach_button()
        if self.canvas.is_empty() and self._shown_image is None:
            self._update_prediction()  # the empty pad's hint names the button only if on

    def set_model(self, model):
        """Read the drawing with ``model`` from now on (``None``: no model).

        During training the window passes a fresh snapshot several times a second; the
        panel only reads from it, so the snapshot must not be trained further.
        """
        self._model = model
        self.probability_view.set_classes(range(10) if model is None else model.config.classes)
        self.confidence.set_has_probabilities(model is None
                                              or not is_regression(model.config.head))
        self._show_sees_label()
        if averages(model) != self._averages:  # (not on every snapshot: tooltips are slow)
            self._averages = averages(model)
            self._tip_the_bars()
        self._update_prediction()
        self.modelChanged.emit(model)

    def _show_sees_label(self):
        deskews = self._model is not None and self._model.config.deskew
        self.sees_label.setText(self.tr("The network sees (straightened)") if deskews
                                else self.tr("The network sees"))
        self.sees_label.setToolTip(self.preview.toolTip() + (self.tr(
            "\nThis model was trained on straightened digits, so your drawing is\n"
            "straightened (deskewed) the same way before it reads it.") if deskews else ""))

    def is_prediction_pending(self):
        """True while the drawing has changed but its new reading is not shown yet (the
        reading comes within ``PREDICTION_INTERVAL_MS``, as soon as the event loop runs)."""
        return self._prediction_timer.isActive()

    def probabilities(self):
        """The probabilities shown (a copy), or ``None`` when none are shown."""
        return self.probability_view.probabilities()

    def mnist_image(self):
        """The prepared 28 x 28 image of the current drawing (all zeros when empty)."""
        return self.canvas.mnist_image()

    def show_image(self, image, caption=None):
        """Read a ready 28 x 28 image (uint8 0-255 or float 0-1, e.g. a validation digit)
        in place of a drawing: it is shown on the pad with ``caption`` (a text or a function
        that gives it in the current language; by default, how to get back to drawing), in the preview and the probabilities. Drawing again (or
        Clear) drops it."""
        image = np.asarray(image)
        image = image / 255.0 if image.dtype == np.uint8 else image
        image = np.array(image, dtype=np.float32).reshape(28, 28)
        # Clears the pad first, which emits imageChanged and forgets any image shown before.
        self.canvas.show_picture(image, (lambda: self.tr("Draw on the pad to replace this digit"))
                                 if caption is None else caption)
        self._shown_image = image
        self._image = self._shown_image
        self.preview.set_image(self._image)
        self._update_prediction()

    def has_image(self):
        """Whether ``image()`` is an image, without preparing it (cheap enough for every
        move of the pen)."""
        return self._shown_image is not None or not (self.canvas.is_empty()
                                                     or self.canvas.is_dot())

    def image(self):
        """The 28 x 28 float image being read (shown or drawn), or ``None`` when empty or
        a dot (which the pad does not read either: the other views must not)."""
        if self._shown_image is None and (self.canvas.is_empty() or self.canvas.is_dot()):
            return None
        if self._image is None:
            self._image = self.canvas.mnist_image()
        return self._image.copy()

    def _tip_the_teach_button(self):
        if self._teach_refusal is not None:
            tip = self._teach_refusal()
        elif not self._can_teach:  # greyed out: the tip said what it does, not why it was off
            tip = self.tr("Train or open a model first (and let training finish), then teach "
                          "it your handwriting.")
        else:
            tip = self.tr("Draw each digit twice; the model then learns your style in a few "
                          "seconds")
        self.teach_button.setToolTip(tip)

    def set_adaptation(self, in_use, offer=0):
        """Show which model reads: ``True`` the adapted one (the badge "Adapted to your
        handwriting" and "Use the original"), ``False`` the original while an adapted one
        is at hand ("Use the adapted model", as the teach result page's button), ``None`` no adapted model: then, if ``offer``
        personal digits are kept, an offer to adapt the model in use to them, otherwise
        nothing."""
        self._adaptation = in_use
        self._adapted_in_use = bool(in_use)
        self._offer = offer if in_use is None else 0
        self.badge.setVisible(bool(in_use) or bool(self._offer))
        self.switch_button.setVisible(in_use is not None or bool(self._offer))
        if self.canvas.is_empty() and self._shown_image is None:
            self._update_prediction()  # the empty pad's hint depends on it
        if self._offer:
            # Short words, on one line beside the button (as the badge's below).
            self.badge.setText(english_plural(self.tr(
                "%Ln digit(s) kept", "", self._offer), self._offer))
            self.badge.setToolTip(english_plural(self.tr(
                "%Ln of your digits (is|are) kept in My handwriting; this model has not "
                "learnt them yet", "", self._offer), self._offer))
            self.switch_button.setText(self.tr("Adapt to them"))
            self.switch_button.setToolTip(self.tr(
                "Fine-tune this model on your kept digits, in the background (a few "
                "seconds)"))
            return
        # One short word beside its button: "Adapted to your handwriting" wrapped onto
        # three lines in the narrow column under the preview and squeezed the preview.
        # The tooltip says it in full.
        self.badge.setText(self.tr("<b>✓ Adapted</b>"))
        self.badge.setToolTip(self.tr("Adapted to your handwriting: the pad reads with a "
                                      "copy of the model fine-tuned on your own digits"))
        if in_use:
            self.switch_button.setText(self.tr("Use the original"))
            self.switch_button.setToolTip(self.tr("Read with the model as it was before it "
                                                  "learnt your handwriting"))
        else:
            # The same words as the teach result page's button, which does the same.
            self.switch_button.setText(self.tr("Use the adapted model"))
            self.switch_button.setToolTip(self.tr("Read with the model fine-tuned on your "
                                                  "handwriting again"))

    def _on_switch_clicked(self):
        if self._offer:
            self.adaptRequested.emit()
        else:
            self.useAdaptedRequested.emit(not self._adapted_in_use)

    def adapt_offer(self):
        """How many personal digits the badge offers to adapt the model to (0: none)."""
        return self._offer

    def adaptation(self):
        """What ``set_adaptation`` was last given (None when no badge is shown)."""
        return self._adaptation

    def pen_width(self):
        return self.canvas.pen_width()

    def set_pen_width(self, width):
        """Set the pen width (for restoring settings); the slider follows."""
        self.pen_slider.setValue(int(width))

    # ----------------------------------------------------------- updating

    def _show_pen_width(self, width):
        self.pen_value_label.setText(self.tr("{width} px").format(width=width))

    def _clear(self):
        self._shown_image = None
        if self.canvas.is_empty():
            self._image = None
            self._update_prediction()
        self.canvas.clear()

    def _on_image_changed(self):
        self._image = None  # the drawing changed: prepare it again when needed
        self._kept = False
        if self.canvas.is_empty():
            self._label_chosen = False  # a new digit: the label follows the network again
        self._shown_image = None
        self._enable_actions(not self.canvas.is_empty())
        if self.canvas.is_empty():
            self._update_prediction()  # nothing to compute: show the empty pad at once
        elif not self._prediction_timer.isActive():
            # Not restarted on every move: while the mouse keeps moving, the prediction is
            # still refreshed every PREDICTION_INTERVAL_MS instead of only when it stops.
            since_last_ms = (time.monotonic() - self._last_update) * 1000
            self._prediction_timer.start(max(0, round(PREDICTION_INTERVAL_MS - since_last_ms)))

    def _update_prediction(self):
        self._prediction_timer.stop()
        self._last_update = time.monotonic()
        self._enable_actions(not self.canvas.is_empty() or self._shown_image is not None)
        if self.canvas.is_empty() and self._shown_image is None:
            self.preview.set_image(None)
            # The first-run hint: a model that has not met the user's handwriting yet,
            # and can be taught it now (not while it trains: the button is off then).
            refusal = self._teach_refusal
            self._show(None, self.tr("Draw a digit on the pad. {0}").format(refusal())
                       if refusal is not None and self._model is not None
                       else self.tr("Draw a digit on the pad") if self._model is None
                       or self._adaptation is not None or not self._can_teach else self.tr(
                       "Draw a digit on the pad, or first teach it your handwriting "
                       "(Teach it your handwriting…, Ctrl+T): it reads you better after "
                       "twenty of your digits"))
            return
        if self._shown_image is None and self.canvas.is_dot():
            self.preview.set_image(None)
            self._show(None, self.tr("A dot is not a digit: draw your digit bigger"))
            return
        if self._image is None:
            self._image = self.canvas.mnist_image()
        # The preview shows what the network really receives: the model's own preparation
        # (e.g. deskewing) applied, so it also changes when the model does.
        network_input = self._network_input()
        self.preview.set_image(network_input)
        if self._model is None:
            self._show(None, self.tr("No model yet: train one or open a saved model "
                                     "to read your digit"))
            return
        # A convolutional network's reading is averaged over a few slightly turned and
        # resized versions of the digit: it reads drawn digits better so (engine/averaging.py).
        probabilities = averaged_probabilities(self._model, network_input.reshape(1, -1))[0]
        if not np.all(np.isfinite(probabilities)):
            self._show(None, self.tr("The model's outputs are not numbers (NaN): "
                                     "its training diverged"))
            return
        if self.confidence.has_probabilities():  # (a one-output network has no softmax)
            probabilities = temper(probabilities, self.confidence.temperature())
        verdict = judge(probabilities, self.confidence.threshold(), self._model.config.digits)
        reading = None
        if is_regression(self._model.config.head):
            # One output, a number: the bars are a bell of closeness around it, no
            # probabilities (a network whose output is 1.0 for every digit showed
            # "9 >99% sure"). What it says is that number, rounded to a digit or to none.
            output = averaged_outputs(self._model, network_input.reshape(1, -1))[0, 0]
            reading = regression_reading(output, self._model.config.digits)
            verdict = replace(verdict, unsure=reading.digit is None)
        self._show(probabilities, verdict=verdict, reading=reading)

    def _network_input(self):
        """The current image as the model in use is fed it (``Model.prepare``: e.g.
        deskewed), as a 28 x 28 image; the image as prepared like MNIST without a model."""
        if self._model is None:
            return self._image
        return self._model.prepare(self._image[np.newaxis]).reshape(self._image.shape)

    def _known_digits(self):
        """The digits the model in use tells apart when it knows only some (3 and 7),
        ``None`` for a model of all ten digits or no model."""
        return None if self._model is None else self._model.config.digits

    def _suggest_label(self, verdict):
        """Put the network's digit in the Keep as box when its ``verdict`` is sure, and
        no digit when it is unsure or there is none, unless the user chose one. A model
        of some digits suggests none either: a 3-vs-7 model read a drawn 4 as "7, 93%
        sure", and it cannot know that a digit it has no output for was drawn."""
        if not self._label_chosen:
            self.keep_digit.setCurrentIndex(
                -1 if verdict is None or verdict.unsure or self._known_digits() is not None
                else verdict.digit)

    def _on_label_chosen(self):
        self._label_chosen = True
        self._enable_keep()  # (activated is also sent for the digit already shown)

    def _drawing(self):
        """The drawing on the pad as the set keeps it (28 x 28 uint8), or ``None`` for an
        empty pad or a dot, which is no digit."""
        if self.canvas.is_empty() or self.canvas.is_dot():
            return None
        return np.rint(self.canvas.mnist_image() * 255).astype(np.uint8)

    def _go_off_kept(self):
        """The drawing is kept: Keep as goes off until the drawing changes."""
        self._kept = True
        self._focus_pad_if_going_off(self.keep_button)
        self.keep_button.setEnabled(False)

    def _keep(self):
        image = self._drawing()
        if image is None or self.keep_digit.currentIndex() < 0:
            return
        self._go_off_kept()
        self.keepRequested.emit(image, self.keep_digit.currentIndex())

    def mark_kept(self, image, label):
        """``image`` was kept as ``label`` by another way than Keep as (a digit clicked
        under the bars): if it is still the drawing on the pad, Keep as goes off as if it
        had been pressed, and shows the label, so the drawing is not kept a second time."""
        drawing = self._drawing()
        if drawing is None or not np.array_equal(drawing, np.asarray(image)):
            return  # the pad changed since
        self._label_chosen = True  # the user said which digit it is
        self.keep_digit.setCurrentIndex(int(label))
        self._go_off_kept()

    def _on_digit_clicked(self, digit):
        # A digit shown from the gallery is MNIST's, not yours (the pad is empty then).
        image = self._drawing()
        if image is not None:
            self.correctionRequested.emit(image, digit)

    def _enable_actions(self, enabled):
        if not enabled:
            self._focus_pad_if_going_off(self.undo_button, self.clear_button)
        for widget in (self.undo_action, self.clear_action, self.undo_button, self.clear_button):
            widget.setEnabled(enabled)
        self._enable_keep()

    def _enable_keep(self):
        """Keep as is on for a drawing (not a dot) not kept yet, once a digit is chosen;
        its tooltip says what it waits for."""
        drawn = not self.canvas.is_empty() and not self.canvas.is_dot()
        no_digit = self.keep_digit.currentIndex() < 0
        can_keep = drawn and not self._kept and not no_digit
        if not can_keep:
            self._focus_pad_if_going_off(self.keep_button)
        self.keep_button.setEnabled(can_keep)
        known = self._known_digits()
        if drawn and not self._kept and no_digit:
            tip = self.tr(
                "The network is not sure which digit this is: choose the digit you drew in\n"
                "the box on the right (or type it there), then keep it.") if known is None \
                else self.tr(
                "This model only knows {0}: it cannot tell which digit you drew. Choose it\n"
                "in the box on the right (or type it there), then keep it.").format(
                    listed_and(known))
        else:
            tip = self.tr(
                "Keep this drawing, labelled with the digit on the right, in your own set\n"
                "(the My handwriting tab), to check and fine-tune the model on your handwriting.")
        self.keep_button.setToolTip(tip)
        self.keep_digit.setToolTip(self.tr(
            "Which digit you drew. It follows what the network reads when it is sure;\n"
            "otherwise choose it (or type it). Correct it if the network is wrong -\n"
            "those are the digits worth keeping.") if known is None else self.tr(
            "Which digit you drew: choose it (or type it). This model only knows {0},\n"
            "so it suggests none: it cannot know that you drew another digit.").format(
            listed_and(known)))

    def _focus_pad_if_going_off(self, *buttons):
        """A pad button with the focus (reached by Tab) goes off once pressed (Clear, Undo
        of the last stroke, Keep as): the focus goes to the pad, where the next digit is
        drawn and Esc and Ctrl+Z work. Qt handed it on in Tab order: Clear sent it to the
        form's Preset box, far from the pad."""
        if any(button.hasFocus() for button in buttons):
            self.canvas.setFocus()

    def _show(self, probabilities, empty_text=None, verdict=None, reading=None):
        """Show ``probabilities``, or when they are ``None`` the message ``empty_text``;
        ``verdict`` (``engine.confidence``) says how far to trust them; ``reading``: a
        one-output network's own number (``engine.losses.RegressionReading``)."""
        self.confidence.show_verdict(verdict, reading)
        self._suggest_label(verdict)
        view = self.probability_view
        if (reading is None) != (view.regression() is None):
            view.set_regression(reading)
            self._tip_the_bars()  # their tooltip says what the bars are
        else:
            view.set_regression(reading)
        view.set_unsure(verdict is not None and verdict.unsure)
        unchanged = probabilities is None and view.probabilities() is None
        if empty_text is not None:
            view.set_empty_text(empty_text)
        view.set_probabilities(probabilities)
        if not unchanged:
            self.predictionChanged.emit(view.probabilities())
