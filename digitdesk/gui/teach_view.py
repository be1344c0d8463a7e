"""Teach it your handwriting: a guided flow from blank digits to a model adapted to you.

The dialog asks for each digit the model tells apart (0-9, or only its own for a model
made for some digits, ``TrainConfig.digits``) in turn, on its own pad, for two rounds (more on
request: "Add a round"). A row of tiles per round shows which digits are done; clicking a
done tile redraws that digit (its earlier drawing is kept until then). "Teach it" is on
once the first two rounds are drawn: a round added on request need not be finished (the
digits of it drawn so far are taught too), and its greyed-out tooltip says why. It then
fine-tunes a copy of the model in use on the digits through the app's one fine-tune path
(``adaptation.Adaptation.fine_tune``: mixed into MNIST, on a background thread), with a
progress bar and Cancel; the window stays responsive.

The result is shown honestly: the accuracy on the user's digits *held out* of the
fine-tune (leave one round out: each round is read by a model tuned on the other rounds)
before and after, and MNIST test before and after (``adaptation.report_text``). The
digits are added to the user's personal set just before the adapted model is put in use.
If it read the held-out digits no better than the original, the original stays in use
(``adaptation.improved``) and the result page says so, with a button to use the adapted
model anyway; or, if an adapted model was reading, that one stays in use and the new one
is not kept (``Adaptation.outcome``). Cancelling, or closing the dialog, changes nothing.
"""

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QMessageBox,
    QProgressBar, QPushButton, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from .adaptation import ASIDE, IN_USE, NOT_KEPT, report_text
from .canvas import DrawingCanvas
from .language import listed, sentences
from .numbers import count
from .personal_view import thumbnail
from .wording import counts, english_plural

DEFAULT_ROUNDS = 2
MAX_ROUNDS = 5
PROGRESS_STEPS = 1000


class TeachDialog(QDialog):
    """The guided flow. ``adaptation``: the window's ``Adaptation``, which fine-tunes its
    base (a copy; the base is never changed) and puts the result in use;
    ``personal_set``: the user's ``PersonalSet``, which gets the digits once the adapted
    model is accepted.

    ``adapted(model, report)`` is emitted once, when fine-tuning succeeded."""

    adapted = Signal(object, object)

    def __init__(self, adaptation, personal_set, rounds=DEFAULT_ROUNDS, parent=None):
        super().__init__(parent)
        self.setObjectName("teachDialog")
        self.setWindowTitle(self.tr("Teach it your handwriting"))
        self._adaptation = adaptation
        self._set = personal_set
        self._rounds = rounds
        self._required = rounds  # the rounds Teach it waits for; added ones are extra
        # The digits asked for: the model's own (a 3-vs-7 model cannot learn a 4).
        base = adaptation.base()
        self._asked = tuple(range(10)) if base is None else tuple(base.config.classes)
        self._drawn = {}  # (round, digit) -> the prepared 28 x 28 uint8 image
        self._current = (0, self._asked[0])  # the (round, digit) asked for; None when all are done
        self._job = None  # JobHandle of the running fine-tune
        self.report = None  # the FineTuneReport, once fine-tuned
        self._build()
        self._update()
        # A fine-tune started elsewhere (a corrected digit's re-tune) holds Teach it back
        # until it ends: pressed meanwhile, it did nothing the dialog could show.
        adaptation.busyChanged.connect(self._on_busy_changed)

    # ----------------------------------------------------------- construction

    def _build(self):
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_draw_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 560)

    def _build_draw_page(self):
        page = QWidget()
        self.prompt = QLabel()
        self.prompt.setObjectName("teachPrompt")
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.prompt.setFont(font)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        # A model made for some digits only: why it asks for those alone.
        self.scope_label = QLabel()
        self.scope_label.setObjectName("teachScope")
        self.scope_label.setWordWrap(True)
        if len(self._asked) < 10:
            self.scope_label.setText(self.tr(
                "This model tells apart only {0}: it can learn only these digits, so it "
                "asks for them alone.").format(listed(self._asked)))
        else:
            self.scope_label.hide()

        self.canvas = DrawingCanvas()
        self.canvas.setMinimumSize(240, 240)
        self.canvas.setAccessibleName(self.tr("Pad for the digit asked for"))
        self.canvas.imageChanged.connect(self._update_buttons)
        # Why Enter did nothing (Next is greyed out while the pad holds no digit): said
        # under the pad, and wiped as soon as the pad changes.
        self.hint = QLabel()
        self.hint.setObjectName("teachHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #c0392b;")
        self.hint.hide()
        self.canvas.imageChanged.connect(self._clear_hint)

        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Wipe the pad"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("teachNextButton")
        self.next_button.setToolTip(self.tr("Keep this digit and go on to the next (Enter)"))
        self.next_button.clicked.connect(self.accept_digit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), page, self._on_enter)

        self.tiles_grid = QGridLayout()
        self.tiles_grid.setSpacing(4)
        # The tiles beside their round's name, however few digits (the last column takes
        # the spare width: two tiles of a 3-vs-7 model were pushed to the far right).
        self.tiles_grid.setColumnStretch(len(self._asked) + 1, 1)
        self.tiles = {}  # (round, digit) -> QToolButton

        self.more_button = QPushButton(self.tr("Add a round"))
        self.more_button.setToolTip(self.tr(
            "Write each digit once more: more examples teach it more, and the result\n"
            "is measured on more of your digits"))
        self.more_button.clicked.connect(self.add_round)
        self.teach_button = QPushButton(self.tr("Teach it"))
        self.teach_button.setObjectName("teachStartButton")
        self.teach_button.setToolTip(self.tr(
            "Fine-tune a copy of the model on your digits (a few seconds, in the background)"))
        self.teach_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.teach_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.prompt)
        layout.addWidget(self.step_label)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.canvas, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(pad_buttons)
        layout.addWidget(self.hint)
        layout.addLayout(self.tiles_grid)
        layout.addLayout(bottom)
        self._make_tiles()
        return page

    def _build_progress_page(self):
        page = QWidget()
        label = QLabel(self.tr("Learning your handwriting: a copy of the model is trained a "
                               "little further on your digits mixed into MNIST, and checked "
                               "on digits of yours it did not see."))
        label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Fine-tuning progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("teachCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_result_page(self):
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("teachResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        # Shown when the adapted model read the held-out digits no better: the original
        # stays in use, and this puts the adapted one in use anyway.
        self.use_adapted_button = buttons.addButton(
            self.tr("Use the adapted model"), QDialogButtonBox.ButtonRole.ActionRole)
        self.use_adapted_button.setObjectName("teachUseAdaptedButton")
        self.use_adapted_button.setToolTip(self.tr(
            "Read with the model fine-tuned on your digits, although it read the ones it "
            "did not learn from no better"))
        self.use_adapted_button.clicked.connect(self.use_adapted)
        self.use_adapted_button.hide()
        layout = QVBoxLayout(page)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(buttons)
        return page

    def _make_tiles(self):
        for r in range(self._rounds):
            if r in {key[0] for key in self.tiles}:
                continue
            self.tiles_grid.addWidget(QLabel(self.tr("Round {0}").format(r + 1)), r, 0)
            for column, digit in enumerate(self._asked):
                tile = QToolButton()
                tile.setObjectName(f"teachTile_{r}_{digit}")
                tile.setIconSize(QSize(36, 36))
                tile.setFixedSize(44, 44)
                tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                tile.clicked.connect(lambda _=False, key=(r, digit): self.redo(*key))
                self.tiles[(r, digit)] = tile
                self.tiles_grid.addWidget(tile, r, column + 1)
        # Tab goes as the eye does: the pad, its buttons, the tiles row by row, then the
        # buttons under them (the tiles, made after those buttons, came last otherwise).
        chain = [self.canvas, self.clear_button, self.next_button,
                 *(self.tiles[key] for key in sorted(self.tiles)),
                 self.more_button, self.close_button, self.teach_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # ----------------------------------------------------------- the drawing steps

    def rounds(self):
        return self._rounds

    def done_count(self):
        return len(self._drawn)

    def current(self):
        """The ``(round, digit)`` asked for, or ``None`` when every digit is drawn."""
        return self._current

    def accept_digit(self):
        """Keep the drawing as the digit asked for; ask for the next missing one."""
        if (self._current is None or self.canvas.is_empty() or self.canvas.is_dot()
                or self.pages.currentIndex() != 0):
            return
        image = np.rint(self.canvas.mnist_image() * 255).astype(np.uint8)
        self._drawn[self._current] = image
        self._current = self._next_missing()
        on_next = self.next_button.hasFocus()
        self.canvas.clear()
        self._update()
        if on_next:
            # Next, clicked, goes off with the pad wiped, and Qt handed the focus on to the
            # first tile: Enter then redrew the 0. It goes where the user goes next: the
            # pad, or Teach it once every digit is drawn.
            (self.teach_button if self._current is None and self.teach_button.isEnabled()
             else self.canvas).setFocus()

    def _on_enter(self):
        focused = self.focusWidget()
        if (isinstance(focused, QAbstractButton) and focused.isEnabled()
                and focused is not self.next_button):
            # Enter on a button presses it, as everywhere (the page's Enter, made for the
            # pad, took it: Add a round said "Draw the 0 on the pad first").
            focused.animateClick()
            return
        if self._current is None:
            self.start()
        elif self.canvas.is_empty():
            self._say(self.tr("Draw the {0} on the pad first, then press Enter.").format(
                self._current[1]))
        elif self.canvas.is_dot():
            self._say(self.tr("That is only a dot: draw the whole {0}, then press Enter.")
                      .format(self._current[1]))
        else:
            self.accept_digit()

    def hint_text(self):
        """What the hint line under the pad says now ("" when hidden)."""
        return self.hint.text() if self.hint.isVisibleTo(self) else ""

    def _say(self, text):
        self.hint.setText(text)
        self.hint.show()

    def _clear_hint(self, *_):
        self.hint.hide()
        self.hint.clear()

    def redo(self, round_index, digit):
        """Ask for digit ``digit`` of round ``round_index`` again (its tile was clicked)."""
        if self.pages.currentIndex() != 0:
            return
        self._current = (round_index, digit)
        self.canvas.clear()
        self._update()

    def add_round(self):
        if self._rounds >= MAX_ROUNDS:
            return
        self._rounds += 1
        self._make_tiles()
        if self._current is None:
            self._current = self._next_missing()
        self._update()

    def missing_required(self):
        """How many digits of the rounds Teach it waits for (the first two) are not drawn
        yet. A round added on request, and a digit asked for again, never hold it back:
        the digits of an added round drawn so far are taught too, and a digit asked for
        again keeps its earlier drawing until it is drawn again."""
        return sum((r, digit) not in self._drawn
                   for r in range(self._required) for digit in self._asked)

    def can_teach(self):
        return (self.missing_required() == 0 and self._adaptation.base() is not None
                and self._job is None and not self._adaptation.is_busy())

    def _on_busy_changed(self, _busy):
        self._update_buttons()

    def _next_missing(self):
        for r in range(self._rounds):
            for digit in self._asked:
                if (r, digit) not in self._drawn:
                    return (r, digit)
        return None

    def _update(self):
        # A hint was about the digit asked for before (a tile clicked on an empty pad
        # wipes nothing, so the pad's change did not clear it)
        self._clear_hint()
        total = len(self._asked) * self._rounds
        if self._current is None:
            self.prompt.setText(english_plural(self.tr("All %Ln digit(s) (is|are) drawn", "", total),
                                               total))
            self.step_label.setText(self.tr(
                "Teach it now, add a round for more examples, or click a digit below to "
                "draw it again."))
        else:
            r, digit = self._current
            redo = self._current in self._drawn
            self.prompt.setText((self.tr("Draw a {0} again") if redo
                                 else self.tr("Draw a {0}")).format(digit))
            step = english_plural(self.tr(
                "Round {0} of {1}, {2} of %Ln digit(s) done. Write as you always do: the "
                "point is to teach it your own style.", "", total), total).format(
                r + 1, self._rounds, count(len(self._drawn)))
            note = ""
            if redo:
                note = self.tr("Until you draw it again, your earlier {0} is kept."
                               ).format(digit)
            elif self.missing_required() == 0:
                note = self.tr("You can teach it now: the digits of this round drawn so "
                               "far are taught too.")
            self.step_label.setText(sentences(step, note))
        for key, tile in self.tiles.items():
            image = self._drawn.get(key)
            if image is None:
                tile.setIcon(QIcon())
                tile.setText(str(key[1]))
                tile.setToolTip(self.tr("Not drawn yet"))
            else:
                tile.setIcon(QIcon(thumbnail(image, False)))
                tile.setText("")
                tile.setToolTip(self.tr("Click to draw this {0} again").format(key[1]))
            tile.setDown(key == self._current)
            tile.setAccessibleName(self.tr("Round {0}, digit {1}: {2}").format(
                key[0] + 1, key[1], self.tr("done") if image is not None else self.tr("to do")))
        self.more_button.setEnabled(self._rounds < MAX_ROUNDS)
        self._update_buttons()

    def _update_buttons(self):
        self.next_button.setEnabled(self._current is not None and not self.canvas.is_empty()
                                    and not self.canvas.is_dot())
        ready = self.can_teach()
        self.teach_button.setEnabled(ready)
        # The button Enter presses looks it: Next while a digit is asked for (Qt made Clear
        # look it, the first button of the dialog), Teach it once all are drawn.
        self.next_button.setDefault(self._current is not None)
        self.teach_button.setDefault(ready and self._current is None)
        # A greyed-out Teach it says why (it said what it does, as if it could).
        missing = self.missing_required()
        if self._adaptation.base() is None:
            self.teach_button.setToolTip(self.tr("Train or open a model first"))
        elif self._job is None and self._adaptation.is_busy():
            self.teach_button.setToolTip(self.tr(
                "Another fine-tune is running (the digits you corrected or kept): Teach it "
                "comes back when it is done, in a moment"))
        elif missing:
            self.teach_button.setToolTip(english_plural(self.tr(
                "Draw every digit of the first {0} rounds first: %Ln still to draw", "",
                missing), missing).format(self._required))
        else:
            self.teach_button.setToolTip(self.tr(
                "Fine-tune a copy of the model on your digits (a few seconds, in the "
                "background)"))

    # ----------------------------------------------------------- fine-tuning

    def _digits(self):
        """The personal set's digits and the new ones, round after round: ``(images,
        labels)`` (the new ones in the order ``rounds_of`` counts rounds in)."""
        keys = sorted(self._drawn)
        images = np.concatenate([self._set.images,
                                 np.array([self._drawn[k] for k in keys], np.uint8)])
        labels = np.concatenate([self._set.labels, [k[1] for k in keys]]).astype(np.int64)
        return images, labels

    def start(self):
        """Fine-tune on a background thread; the progress page shows how far it is."""
        if not self.can_teach():
            return
        images, labels = self._digits()
        self._job = self._adaptation.fine_tune(images, labels, accept=self._keep_digits)
        if self._job is None:
            return  # the status bar says why
        self.progress.setValue(0)
        self.pages.setCurrentIndex(1)
        self.cancel_button.setFocus()
        self._adaptation.progressed.connect(self._on_progress)
        self._adaptation.failed.connect(self._on_failed)
        self._job.ended.connect(self._on_ended)

    def is_busy(self):
        return self._job is not None

    def job(self):
        """The running fine-tune's ``JobHandle`` (tests wait for its ``ended``), or None."""
        return self._job

    def cancel(self):
        """Stop the fine-tune at its next batch; nothing changes."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def _on_progress(self, fraction):
        self.progress.setValue(round(fraction * PROGRESS_STEPS))

    def _keep_digits(self, model, report):
        """Just before the adapted model is put in use: keep the new digits in the
        personal set. If they cannot be saved, the result is dropped (False)."""
        keys = sorted(self._drawn)  # round after round, as rounds_of counts them
        try:
            self._set.add_many([self._drawn[k] for k in keys], [k[1] for k in keys])
        except (OSError, ValueError) as error:
            self._on_failed(self.tr("Your digits could not be saved: {0}").format(error))
            return False
        self.report = report
        # (no better, and an adapted model was reading: that one stays, this one is dropped)
        outcome = self._adaptation.outcome(report)
        self.result_label.setText(report_text(report, outcome == IN_USE,
                                              self.use_adapted_button.text(),
                                              kept=outcome != NOT_KEPT))
        self.use_adapted_button.setVisible(outcome == ASIDE)
        self.pages.setCurrentIndex(2)
        self.adapted.emit(model, report)
        return True

    def use_adapted(self):
        """"Use the adapted model": read with it although it did not read the held-out
        digits better (the result says it reads now)."""
        self._adaptation.use_adapted(True)
        # (It is not if its file could not be read, which the status bar says, or if the
        # model it was made from is no longer open.)
        if self._adaptation.is_adapted_in_use():
            self.use_adapted_button.hide()
            self.result_label.setText(report_text(self.report, in_use=True))

    def _on_failed(self, message):
        """``message``: what went wrong, in words (``Adaptation.failed`` says it failed)."""
        self.pages.setCurrentIndex(0)
        self.step_label.setText(message)

    def _on_ended(self):
        self._job = None
        self._adaptation.progressed.disconnect(self._on_progress)
        self._adaptation.failed.disconnect(self._on_failed)
        self.cancel_button.setEnabled(True)
        self._update_buttons()  # Teach it, held back while it ran
        if self.pages.currentIndex() == 1:  # cancelled: back to the digits, all kept
            self.pages.setCurrentIndex(0)
            self.step_label.setText(self.tr("Cancelled: nothing changed. Your digits are "
                                            "still here; Teach it tries again."))
            self.teach_button.setFocus()  # the focus was on Cancel, now hidden

    # ----------------------------------------------------------- closing

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        """Esc does here what it does on the window's pad: it wipes a drawing on the pad,
        and only an empty pad lets it close the dialog (see ``reject``). While it fine-tunes,
        Esc is Cancel: back to the digits, all kept."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.pages.currentIndex() == 0 and not self.canvas.is_empty():
                self.canvas.clear()
                return
            if self._job is not None:
                self.cancel()
                return
        super().keyPressEvent(event)

    def reject(self):
        """Close, Esc or the title bar: the digits drawn so far are kept only by teaching
        them, so closing with some drawn and not taught asks first."""
        if self._drawn and self.report is None:
            Button = QMessageBox.StandardButton
            if self._job is not None:  # the title bar's close while it learns them
                question = self.tr("It is still learning your digits. Stop, close and "
                                   "discard them?")
            elif len(self._drawn) == 1:
                question = self.tr("You drew 1 digit and have not taught it yet. Close and "
                                   "discard it?")
            else:
                question = self.tr("You drew {0} and have not taught them yet. Close "
                                   "and discard them?").format(counts.digits(len(self._drawn)))
            answer = QMessageBox.question(self, self.tr("Discard your digits?"), question,
                                          Button.Discard | Button.Cancel, Button.Cancel)
            if answer != Button.Discard:
                return
            if self.report is not None:
                # It finished learning them while the question was open: the digits are
                # taught and the adapted model in use; the dialog stays, showing that.
                return
        super().reject()

    def done(self, result):
        """Closing the dialog (Close, Esc, the title bar) cancels a running fine-tune: it
        stops at its next batch, and no result arrives."""
        if self._job is not None:
            self._job.cancel()
        super().done(result)
