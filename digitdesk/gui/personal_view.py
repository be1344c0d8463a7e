"""The "My handwriting" tab: the digits the user kept from the pad, and fine-tuning on them.

The drawing panel's *Keep as* button sends the drawn digit and its label here
(``PersonalView.keep``); the view stores it in the user's personal set
(``digitdesk.personal.PersonalSet``, one file in the user's data folder) and shows the set
as ten columns, one per digit. Digits the model in use misreads get a red frame, and the
summary says how many of the user's digits the model reads correctly: MNIST test
accuracy says little about *your* handwriting.

"Fine-tune on my handwriting" asks for the app's one fine-tune path
(``fineTuneRequested``, which the window's ``adaptation.Adaptation`` answers: a copy of the
model trained a little further on MNIST with the personal digits mixed in, in the
background); the view shows that it runs (``set_busy``) and its result
(``show_report``), whichever way it was started.

Where the set is kept: ``personal_folder()``, the app's data folder
(``QStandardPaths.AppDataLocation``), or the folder named by the environment variable
``DIGITDESK_DATA_DIR`` (tests use it so that they never touch the user's own digits).
"""

import weakref
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QLabel, QListView, QListWidget,
    QListWidgetItem, QMenu, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ..engine import Model
from ..engine.averaging import read_digits
from ..folders import DATA_DIR_ENV, app_data_folder  # noqa: F401 - DATA_DIR_ENV: tests import it here
from ..personal import PersonalSet, PersonalSetError, as_uint8_image, recipe_for
from .background import BackgroundJobs
from .canvas import PAD_COLOR, array_to_qimage
from .language import Retranslatable, current_text, listed
from .numbers import count, local
from .undo import UndoControls
from .wording import english_plural, not_worth_adapting

THUMB_SCALE = 2  # each of the 28 x 28 pixels shown as a 2 x 2 square: crisp, 56 px wide
THUMB_SIDE = 28 * THUMB_SCALE + 4  # plus a 2-pixel frame all round
# A thumbnail's place in its column: 2 px between columns, so that the ten columns
# (620 px) fit the tab beside the training form on a 1024-pixel screen.
CELL = QSize(THUMB_SIDE + 2, THUMB_SIDE + 6)
COUNT_FONT_SCALE = 0.9  # "3 kept / 1 misread" under a digit: smaller than the digit's name
# Keys that move a column's selection to one digit (with neither Ctrl nor Shift held).
_MOVING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
MISREAD_COLOR = QColor(222, 72, 60)  # frame of a digit the model in use reads wrongly
FRAME_COLOR = QColor(70, 72, 78)


def personal_folder():
    """The folder the personal set is kept in: ``$DIGITDESK_DATA_DIR`` if set, else the
    app's data folder (on Linux ``~/.local/share/digitdesk/digitdesk``)."""
    return app_data_folder()


def percent(part, whole):
    return 100.0 * part / whole if whole else float("nan")


def thumbnail(image, misread):
    """A personal digit (28 x 28 uint8) as a crisp enlarged icon with a thin frame,
    red when the model in use misreads it."""
    pixmap = QPixmap(THUMB_SIDE, THUMB_SIDE)
    pixmap.fill(MISREAD_COLOR if misread else FRAME_COLOR)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    inner = pixmap.rect().adjusted(2, 2, -2, -2)
    painter.fillRect(inner, PAD_COLOR)
    painter.drawImage(inner, array_to_qimage(image.astype(np.float32) / 255))
    painter.end()
    icon = QIcon()
    # The same picture when selected: the list's own highlight marks the selection.
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
        icon.addPixmap(pixmap, mode)
    return icon

# What keep_drawing did with a drawing (None: nothing, it could not be kept).
KEPT, RELABELLED, UNCHANGED = "kept", "relabelled", "unchanged"


class DigitColumn(Retranslatable, QWidget):
    """One digit's column: the digit, how many are kept, and their thumbnails."""

    def __init__(self, digit, parent=None):
        super().__init__(parent)
        self.digit = digit
        self.title = QLabel(str(digit))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        # At the top: the counts of all columns start on one line, however they wrap.
        self.count.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.count.setContentsMargins(1, 0, 1, 0)  # words of neighbouring columns apart
        self.count.setTextFormat(Qt.TextFormat.RichText)
        # Wrapped to the column's width ("已保存 3 个" on two lines if need be), so that
        # longer words widen no column (PersonalView lines the columns' counts up).
        self.count.setWordWrap(True)
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * COUNT_FONT_SCALE)
        self.count.setFont(font)

        self.list = QListWidget()
        self.list.setObjectName(f"personalDigits{digit}")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.list.setGridSize(CELL)
        self.list.setSpacing(0)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # No frame, no background, no scroll bars: the list is exactly as tall as its
        # digits (see show_digits), and the whole grid scrolls as one.
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        for policy in (self.list.setHorizontalScrollBarPolicy,
                       self.list.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFixedWidth(CELL.width())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self):
        """The list's name; its digits are relabelled by ``PersonalView`` (they need the
        model's readings)."""
        self.list.setAccessibleName(
            QCoreApplication.translate("PersonalView", "Your digits {0}").format(self.digit))
        self.list.setToolTip(QCoreApplication.translate(
            "PersonalView", "The {0}s you kept. Click to select (Ctrl or Shift for several), "
            "then Delete to forget them.").format(self.digit))

    def show_digits(self, entries, readable=True):
        """``entries``: ``[(index in the set, image, reading or None), ...]`` of this digit;
        a reading other than the digit itself is a misread. ``readable``: whether the
        model in use has an output for this digit at all (a 3-vs-7 model has none for a
        4: it reads a 4 as 3 or 7 by construction, which is no misread to mark red)."""
        self.list.clear()
        misread = 0
        for index, image, reading in entries:
            wrong = readable and reading is not None and reading != self.digit
            misread += wrong
            item = QListWidgetItem(thumbnail(image, wrong), "")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setSizeHint(CELL)
            if not readable:
                item.setToolTip(QCoreApplication.translate(
                    "PersonalView", "Your {0}: the model in use has no output for {0}, so it "
                    "cannot read it").format(self.digit))
            elif reading is None:
                item.setToolTip(QCoreApplication.translate("PersonalView", "Your {0}").format(self.digit))
            elif wrong:
                item.setToolTip(QCoreApplication.translate("PersonalView", "Your {0}: the model in use reads it as {1}").format(
                    self.digit, reading))
            else:
                item.setToolTip(QCoreApplication.translate("PersonalView", "Your {0}: the model in use reads it correctly").format(
                    self.digit))
            self.list.addItem(item)
        self.list.setFixedHeight(len(entries) * CELL.height())
        # A Tab stop only with digits to select: an empty column shows "none" and takes no key.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if entries else Qt.FocusPolicy.NoFocus)
        if not entries:
            none = QCoreApplication.translate("PersonalView", "none")
            text = f"<span style='color: gray'>{none}</span><br>&nbsp;"
        else:
            text = QCoreApplication.translate("PersonalView", "{0} kept").format(count(len(entries)))
            if misread:
                misread_text = QCoreApplication.translate("PersonalView", "{0} misread").format(count(misread))
                text += f"<br><span style='color: {MISREAD_COLOR.name()}'>{misread_text}</span>"
            else:
                text += "<br>&nbsp;"  # same height as a column with misreads
        self.count.setText(text)

    def selected_indices(self):
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]


class PersonalView(Retranslatable, QWidget):
    """The user's personal digits, how the model in use reads them, and fine-tuning.

    ``set_model(model)``: the model in use (the window calls it whenever that changes).
    ``set_training(running)``: no fine-tuning while the window trains (its result would
    replace the one training is about to deliver). ``keep(image, label)`` adds a digit.
    ``set_busy``, ``show_report``, ``show_failure``: a fine-tune runs, and how it ended.
    Signals: ``status(object)``: a status-bar message, as a function that says
    it in the language in use; ``fineTuneRequested()``: the button;
    ``digitsChanged()``: digits were kept, relabelled or deleted.

    The kept digits are read on a background thread (``jobs``, a ``BackgroundJobs``: the
    window's, so that closing it waits for a reading): a CNN reads each digit five times,
    over a second for 100 digits, which froze the window at every switch of model. The
    tab says "reading" meanwhile, and ``is_reading()`` tells tests when it is done.
    """

    status = Signal(object)  # a function giving the text: see MainWindow.show_status
    fineTuneRequested = Signal()
    digitsChanged = Signal()

    def __init__(self, folder, parent=None, jobs=None):
        super().__init__(parent)
        self.setObjectName("personalView")
        self._jobs = jobs if jobs is not None else BackgroundJobs(self)
        self._model = None  # the model in use
        self._readings = None  # what it reads each personal digit as (array), or None
        # What each model read each kept digit as, by the digit's pixels (see _refresh): a
        # model switched back to (the adapted badge toggled) is not read again. Weak: a
        # model nobody uses any more takes its readings with it.
        self._read_cache = weakref.WeakKeyDictionary()
        self._reading = None  # the JobHandle of the reading that runs, if one does
        self._read_failure = None  # (model, message): reading with that model failed
        self._waiting = []  # indices of the kept digits the model in use has not read yet
        self._stale = False  # the set waits to be read until the tab is shown
        self._training = False
        self._teach_keys = None  # see set_teach_keys
        self._busy = False  # a fine-tune runs
        self._report_model = None  # the model in use when the report was shown
        self._load_error = None
        self._report = None  # the fine-tuning report shown (see _show_report), if any
        try:
            self._set = PersonalSet.load(folder)
        except PersonalSetError as error:
            # Never overwrite a file we could not read: keeping is refused until it is moved.
            self._set = None
            self._load_error = str(error)
        self._folder = Path(folder)
        self._build()
        self.retranslate()

    def retranslate(self):
        self._intro.setText(self.tr(
            "Digits you kept with <b>Keep as</b> (in <b>Draw a digit</b>), one column per digit. "
            "A red frame marks a digit the model in use misreads. Fine-tuning trains the "
            "model a little further on MNIST with your digits mixed in, so it learns your "
            "style without forgetting everyone else's."))
        self.summary.setAccessibleName(self.tr("How the model in use reads your digits"))
        self.delete_action.setText(self.tr("&Delete Selected Digits"))
        self.delete_action.setToolTip(self.tr("Forget the selected digits (Delete)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete selected digits"))
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self._undo.set_text(self.tr("U&ndo Delete"), self._undo_tip())
        self.fine_tune_button.setAccessibleName(self.tr("Fine-tune on my handwriting"))
        self.busy.setAccessibleName(self.tr("Fine-tuning in progress"))
        self.report.setAccessibleName(self.tr("Fine-tuning result"))
        if self._report is not None and not self.report.isHidden():
            self._show_report(self._report)
        self._refresh()

    def _undo_tip(self):
        return self.tr("Bring back the digits deleted last, in their places ({0})")

    # ----------------------------------------------------------- construction
    def _build(self):
        self._intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.summary = QLabel()
        self.summary.setObjectName("personalSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)

        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deletePersonalButton")
        self.delete_button.clicked.connect(self.delete_action.trigger)

        # A deletion can be undone (Delete is easily pressed), as a removal in Compare
        # runs: the button, or Ctrl+Z while the focus is in this tab (the pad's Ctrl+Z
        # acts only while the focus is in the drawing panel).
        self._deleted = []  # the RemovedDigits of each deletion, the last at the end
        self._undo = UndoControls(self, "undoDeletePersonal", self.undo_delete)
        self.undo_action, self.undo_button = self._undo.action, self._undo.button

        self.fine_tune_button = QPushButton()
        self.fine_tune_button.setObjectName("fineTuneButton")
        self.fine_tune_button.clicked.connect(self.fineTuneRequested)

        self.busy = QProgressBar()
        self.busy.setObjectName("fineTuneBusy")
        self.busy.setRange(0, 0)  # no known end: Qt shows a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(140)
        self.busy.setMaximumHeight(self.fine_tune_button.sizeHint().height() // 2)
        self.busy.hide()

        self.report = QLabel()
        self.report.setObjectName("fineTuneReport")
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()

        self.columns = [DigitColumn(digit) for digit in range(10)]
        for column in self.columns:
            column.list.itemSelectionChanged.connect(self._update_controls)
            column.list.currentItemChanged.connect(
                lambda item, _, column=column: self._show_item(column, item))
            column.list.customContextMenuRequested.connect(
                lambda position, column=column: self._show_context_menu(column, position))
            column.list.installEventFilter(self)
            column.list.viewport().installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.fine_tune_button)
        grid_widget = QWidget()
        grid = QHBoxLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)  # the cells keep the columns apart
        for column in self.columns:
            grid.addWidget(column, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("personalDigits")
        self.scroll.setWidget(grid_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own (it would show no focus): Tab goes to the columns, and
        # the grid scrolls to the digit the arrow keys go to (_show_item).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The ten columns fit 1024 pixels (see CELL); narrower still, the grid scrolls
        # sideways rather than hiding the last digits.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        layout.addWidget(self.scroll, 1)

    # ----------------------------------------------------------- public interface
    def personal_set(self):
        """The ``PersonalSet`` shown (``None`` if its file could not be read)."""
        return self._set

    def folder(self):
        return self._folder

    def set_model(self, model):
        """Show how ``model`` (the model in use, or ``None``) reads the personal digits."""
        self._model = model
        # The report describes the model that was in use when it came: hidden while another
        # reads, shown again when that one is back ("Use the original", then "Use the
        # adapted model": its before/after figures had gone for the session), unless a
        # fine-tune runs, whose own report comes next.
        self.report.setVisible(self._report is not None and model is self._report_model
                               and not self._busy)
        self._refresh()

    def set_teach_keys(self, keys):
        """``keys``: the shortcut of "Teach it your handwriting" ("Ctrl+T") while it can
        start, else ``None``. With no digits kept, the tab then names it: the tab has no
        control of its own to reach until there are digits, and the guided flow is the
        quickest way to keep some."""
        if keys != self._teach_keys:
            self._teach_keys = keys
            self.summary.setText(self._summary_text())

    def set_training(self, running):
        self._training = bool(running)
        self._update_controls()

    @Slot(bool)
    def set_busy(self, busy):
        """A fine-tune runs (``True``) or has ended."""
        self._busy = bool(busy)
        if busy:
            self.report.hide()
        self._update_controls()

    @Slot(object, int)
    def keep(self, image, label):
        """Keep ``image`` (28 x 28, uint8 or float in [0, 1]) as the user's ``label``.
        Returns ``True`` if it was kept; otherwise says why in the status bar."""
        if self._set is None:
            self.status.emit(lambda error=self._load_error: self.tr(
                "Cannot keep the digit: {0}. Move that file away to start a new set.")
                .format(error))
            return False
        try:
            self._set.add(image, label)
        except (ValueError, OSError) as error:
            self.status.emit(lambda error=error: self.tr("Cannot keep the digit: {0}")
                             .format(error))
            return False
        self._refresh()
        kept = len(self._set)
        self.status.emit(lambda: english_plural(self.tr(
            "Kept as your {0}: %Ln of your digits (is|are) in My handwriting.", "", kept),
            kept).format(label))
        self.digitsChanged.emit()
        return True

    @Slot(object, int)
    def keep_drawing(self, image, label):
        """Keep the drawing on the pad (``image``) as ``label``, as ``keep`` does; but if
        it is the drawing kept last, pixel for pixel (a second click under the bars, or
        another digit clicked for it), relabel that digit instead of keeping it twice.
        Returns what happened: ``KEPT``, ``RELABELLED``, ``UNCHANGED`` (it was already
        kept as ``label``), or ``None`` if it could not be kept (the status bar says why)."""
        if self._set is not None and self._is_last_kept(image):
            return self._relabel_last(label)
        return KEPT if self.keep(image, label) else None

    def _is_last_kept(self, image):
        """``image`` is, pixel for pixel, the digit kept last: the same drawing given
        again (a second click under the bars, Keep as after a click), not a new one."""
        if not len(self._set):
            return False
        try:
            image = as_uint8_image(image)
        except ValueError:
            return False  # add() says what is wrong with it
        return np.array_equal(self._set.images[-1], image)

    def _relabel_last(self, label):
        """The user changed their mind about the drawing kept last: it becomes ``label``
        instead of a second copy under another label (which would teach the model the
        same drawing as two digits)."""
        before = int(self._set.labels[-1])
        if before == int(label):
            self.status.emit(lambda: self.tr("Already kept as your {0}.").format(label))
            return UNCHANGED
        try:
            self._set.relabel(-1, label)
        except (ValueError, OSError) as error:
            self.status.emit(lambda error=error: self.tr("Cannot keep the digit: {0}")
                             .format(error))
            return None
        self._refresh()
        self.status.emit(lambda: self.tr("Now kept as your {0}, not {1}.").format(
            label, before))
        self.digitsChanged.emit()
        return RELABELLED

    def selected_indices(self):
        """Indices in the personal set of the selected digits, in no particular order."""
        return [i for column in self.columns for i in column.selected_indices()]

    @Slot()
    def delete_selected(self):
        indices = sorted(self.selected_indices(), reverse=True)  # the last first: no shifts
        if not indices or self._set is None or self._busy:
            return
        # Delete, pressed from the keyboard (on the button, or in a column), goes off with
        # the selection: the focus goes to the column the digits left, not on to the next
        # control in Tab order; or, if that column is now empty (no Tab stop), to Undo
        # Delete, not nowhere.
        focused = QApplication.focusWidget()
        column = next((c for c in self.columns if focused is not None
                       and (focused is c.list or c.list.isAncestorOf(focused))), None)
        keyboard = column is not None or self.delete_button.hasFocus()
        if column is None:
            column = next(c for c in self.columns if c.selected_indices())
        try:
            self._deleted.append(self._set.remove_many(indices))
        except OSError as error:
            self.status.emit(lambda error=error: self.tr("Cannot delete: {0}").format(error))
            return
        self._refresh()
        if keyboard:
            (column.list if column.list.count() else self.undo_button).setFocus()
        deleted, left = len(indices), len(self._set)
        self.status.emit(lambda: english_plural(self.tr(
            "Deleted %Ln of your digits; {0} left. Undo ({1}) brings (it|them) back.", "",
            deleted), deleted).format(count(left), self._undo.keys()))
        self.digitsChanged.emit()

    @Slot()
    def undo_delete(self):
        """Bring back the digits deleted last, each in its place."""
        if not self._deleted or self._set is None or self._busy:
            return
        removed = self._deleted[-1]
        pressed = self.undo_button.hasFocus()
        try:
            self._set.restore(removed)
        except OSError as error:
            self.status.emit(lambda error=error: self.tr("Cannot bring the digits back: {0}")
                             .format(error))
            return
        self._deleted.pop()
        self._refresh()
        if pressed and not self.undo_button.isEnabled():
            # Nothing more to undo: the focus goes to the digits that came back, not on to
            # the next control in Tab order.
            self.columns[int(removed.labels[0])].list.setFocus()
        back, total = len(removed.positions), len(self._set)
        self.status.emit(lambda: english_plural(self.tr(
            "Brought back %Ln of your digits; {0} in all.", "", back), back).format(count(total)))
        self.digitsChanged.emit()

    def show_report(self, text):
        """A fine-tune's result (``text``, or a function that gives it in the current
        language), shown while its model is in use."""
        self._report_model = self._model
        self._show_report(text)

    @Slot(str)
    def show_failure(self, message):
        self._report_model = self._model
        self._show_report(f"<span style='color: {MISREAD_COLOR.name()}'>{message}</span>")

    def _show_report(self, text):
        """``text``: the text, or a function that gives it (then it follows a change of
        language)."""
        self._report = text
        self.report.setText(current_text(text))
        self.report.show()

    # ----------------------------------------------------------- display
    def _refresh(self):
        """Show everything again, with the model in use's readings of the kept digits as
        far as they are known; digits not read yet are read in the background (see
        ``_start_reading``), and shown when the reading ends. While the tab is hidden, a
        set to read waits until it is shown (``showEvent``): a run's end or a switch to
        the adapted model reads nothing for a tab nobody is looking at."""
        self._readings = None
        known = [None] * (0 if self._set is None else len(self._set))  # a reading each
        self._waiting = waiting = []
        if self._model is not None and self._set is not None and len(self._set):
            readings = self._read_cache.setdefault(self._model, {})
            keys = [image.tobytes() for image in self._set.images]
            self._waiting = waiting = [i for i, key in enumerate(keys) if key not in readings]
            known = [readings.get(key) for key in keys]
            if not waiting and None not in known:
                self._readings = np.array(known)
        failed = self._read_failure is not None and self._read_failure[0] is self._model
        if waiting and not failed:
            if not self.isVisible():
                self._stale = True
                self._update_controls()
                return
            self._start_reading()
        self._stale = False
        entries = [[] for _ in range(10)]
        if self._set is not None:
            for index, (image, label) in enumerate(zip(self._set.images, self._set.labels)):
                entries[label].append((index, image, known[index]))
        classes = range(10) if self._model is None else self._model.config.classes
        for column, digits in zip(self.columns, entries):
            column.show_digits(digits, readable=column.digit in classes)
        # The counts of every column as tall as the tallest (at the narrowest), so that
        # the thumbnails start on one line however the counts wrap.
        height = max(column.count.heightForWidth(CELL.width()) for column in self.columns)
        for column in self.columns:
            column.count.setMinimumHeight(height)
        self.summary.setText(self._summary_text())
        self._update_controls()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def is_reading(self):
        """A reading of the kept digits runs in the background (tests wait for it to end)."""
        return self._reading is not None

    def _start_reading(self):
        """Read the kept digits the model in use has not read yet, on a background thread,
        as the pad reads them (averaged over five versions for a CNN, so a digit the pad
        read right is not shown here as misread). The job gets a copy of the network (the
        pad reads with the model on this thread meanwhile, and a layer keeps its last
        input) and of the images. One reading at a time: when it ends, ``_refresh`` reads
        whatever the model in use (perhaps another by then) still lacks."""
        if self._reading is not None:
            return
        model, readings = self._model, self._read_cache[self._model]
        keys = [image.tobytes() for image in self._set.images]
        new = [i for i, key in enumerate(keys) if key not in readings]
        twin = Model(model.config, network=model.network.copy())
        images = self._set.images[new].copy()

        def keep(probabilities):  # on this thread; kept even if the model in use changed
            for i, row in zip(new, probabilities):
                readings[keys[i]] = (int(np.argmax(row)) if np.all(np.isfinite(row))
                                     else None)

        def fail(message):
            self._read_failure = (model, message)

        self._reading = self._jobs.start(lambda _progress: read_digits(twin, images),
                                         keep, fail)
        self._reading.ended.connect(self._reading_ended)

    @Slot()
    def _reading_ended(self):
        self._reading = None
        self._refresh()  # the readings of the model in use, or a reading of another

    def _summary_text(self):
        if self._set is None:
            problem = self.tr("Your kept digits cannot be read: {0}").format(self._load_error)
            return f"<span style='color: {MISREAD_COLOR.name()}'>{problem}</span>"
        n = len(self._set)
        if n == 0:
            if self._teach_keys:
                return self.tr("No digits kept yet. Draw a digit, choose its label next to "
                               "<b>Keep as</b>, and press the button; or let <b>Teach it "
                               "your handwriting</b> ({0}) ask you for each digit in turn."
                               ).format(self._teach_keys)
            return self.tr("No digits kept yet. Draw a digit, choose its label next to "
                           "<b>Keep as</b>, and press the button.")
        if self._model is None:
            return self.tr("Your digits: <b>{0}</b>. Train or open a model to see how it "
                           "reads them.").format(count(n))
        if self._read_failure is not None and self._read_failure[0] is self._model:
            problem = self.tr("The model in use could not read them: {0}").format(
                self._read_failure[1])
            return self.tr("Your digits: <b>{0}</b>.").format(count(n)) + (
                f" <span style='color: {MISREAD_COLOR.name()}'>{problem}</span>")
        if self._waiting:
            return self.tr("Your digits: <b>{0}</b>. Reading them with the model in use…"
                           ).format(count(n))
        if self._readings is None:
            return self.tr("Your digits: <b>{0}</b>. The model in use gives no numbers (NaN) "
                           "for them: its training diverged.").format(count(n))
        classes = self._model.config.classes
        mine = np.isin(self._set.labels, classes)
        if not mine.all():
            # A model made for some digits (3-vs-7) reads only those: the rest of the kept
            # digits (the user's, kept all the same) are no reading it could get right.
            known = int(mine.sum())
            if known == 0:
                return self.tr("Your digits: <b>{0}</b>. The model in use tells apart only "
                               "{1}: none of your digits is one of them, so it can learn "
                               "none of them.").format(count(n), listed(classes))
            right = int(np.sum(self._readings[mine] == self._set.labels[mine]))
            return english_plural(self.tr(
                "Your digits: <b>{0}</b>. The model in use tells apart only {1}: it reads "
                "<b>{2} of your %Ln digit(s) among them ({3:.1f}%)</b> correctly, and cannot "
                "learn the other {4}.", "", known), known).format(
                count(n), listed(classes), count(right), local(percent(right, known)),
                count(n - known))
        right = int(np.sum(self._readings == self._set.labels))
        return self.tr("Your digits: <b>{0}</b>. The model in use reads <b>{1} of them "
                       "({2:.1f}%)</b> correctly.").format(count(n), count(right),
                                                      local(percent(right, n)))

    def _can_fine_tune(self):
        return (self._set is not None and len(self._set) > 0 and self._model is not None
                and not self._training and not self._busy
                and not_worth_adapting(self._model) is None)

    def _update_controls(self):
        busy = self._busy
        self.busy.setVisible(busy)
        self.fine_tune_button.setEnabled(self._can_fine_tune())
        self.fine_tune_button.setText(self.tr("Fine-tuning…") if busy
                                      else self.tr("Fine-tune on my handwriting"))
        if busy:
            tip = self.tr("Fine-tuning is running: a few seconds.")
        elif self._set is None or len(self._set) == 0:
            tip = self.tr("Keep a few digits from the pad first.")
        elif self._model is None:
            tip = self.tr("Train or open a model first: fine-tuning improves a trained model.")
        elif self._training:
            tip = self.tr("Wait until training has finished.")
        elif not_worth_adapting(self._model) is not None:
            tip = not_worth_adapting(self._model)()
        else:
            settings = recipe_for(self._model)
            passes = settings["epochs"]
            tip = english_plural(self.tr(
                "Train the model in use a little further (%Ln pass(es) over {0} MNIST "
                "images with your digits mixed in, a few seconds), then use the result. "
                "Your digits' accuracy and MNIST test accuracy are reported before and "
                "after.", "", passes), passes).format(count(settings["mnist_rows"]))
        self.fine_tune_button.setToolTip(tip)
        # While a fine-tune runs, the set stays as it learns it: a digit deleted or brought
        # back meanwhile would be in the set and not in the model its report describes.
        selected = bool(self.selected_indices())
        self.delete_action.setEnabled(selected and not busy)
        self.delete_button.setEnabled(selected and not busy)
        self._undo.set_enabled(bool(self._deleted) and not busy)
        wait = self.tr("Wait until fine-tuning has finished: it learns your digits as they "
                       "were when it started.")
        self.delete_button.setToolTip(wait if busy else self.delete_action.toolTip())
        self.undo_button.setToolTip(wait if busy else self._undo_tip().format(self._undo.keys()))

    def _show_item(self, column, item):
        """The grid scrolls to ``item`` of ``column`` (the digit the arrow keys went to):
        the columns are as tall as their digits, and the whole grid scrolls as one."""
        if item is None:
            return
        if column.list.row(item) == 0:  # the first digit: the column's name and counts too
            self.scroll.ensureWidgetVisible(column.title, 0, 0)
        rect = column.list.visualItemRect(item)
        centre = column.list.viewport().mapTo(self.scroll.widget(), rect.center())
        self.scroll.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 2,
                                  rect.height() // 2 + 2)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        """A plain click, or a plain arrow key, in a column selects that one digit, as in
        any list: the digits selected in the other columns are let go. Each column is a
        list of its own, and they were kept: Delete then forgot a 0 selected earlier,
        scrolled out of sight, with the 5 just clicked. Ctrl or Shift still adds to them."""
        column = next((c for c in self.columns
                       if watched is c.list or watched is c.list.viewport()), None)
        if column is not None and self._selects_one(event):
            for other in self.columns:
                if other is not column:
                    other.list.clearSelection()
        if (column is not None and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._move_sideways(column, -1 if event.key() == Qt.Key.Key_Left else 1)
            return True
        return super().eventFilter(watched, event)

    def _move_sideways(self, column, step):
        """Left / Right: to the digit beside, in the nearest column that holds digits,
        at the same height (or its last digit), selected alone. The columns are lists of
        their own: the arrow keys stopped at a column's edge, and only Tab went across."""
        row = max(column.list.currentRow(), 0)
        where = self.columns.index(column) + step
        while 0 <= where < len(self.columns) and not self.columns[where].list.count():
            where += step
        if not 0 <= where < len(self.columns):
            return  # the first or last column with digits: nowhere further to go
        target = self.columns[where].list
        for other in self.columns:
            other.list.clearSelection()
        target.setCurrentRow(min(row, target.count() - 1))
        target.currentItem().setSelected(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _selects_one(event):
        adding = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.type() == QEvent.Type.MouseButtonPress:
            return (event.button() == Qt.MouseButton.LeftButton
                    and not event.modifiers() & adding)
        if event.type() == QEvent.Type.KeyPress:
            return event.key() in _MOVING_KEYS and not event.modifiers() & adding
        return False

    def _show_context_menu(self, column, position):
        item = column.list.itemAt(position)
        if item is None:
            return
        if not item.isSelected():
            # Right-clicking an unselected digit acts on that digit alone.
            for other in self.columns:
                other.list.clearSelection()
            item.setSelected(True)
        menu = QMenu(self)
        menu.addAction(self.delete_action)
        menu.exec(column.list.viewport().mapToGlobal(position))
