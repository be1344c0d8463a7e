"""The model adapted to the user's handwriting: which one reads, corrections, and restart.

``Adaptation`` sits between the window and the drawing panel. It keeps the *original*
model (the one the user trained or opened) and the *adapted* one (fine-tuned on the
user's personal digits), tells the window which to use (``modelChosen``), and shows the
badge under the pad ("Adapted to your handwriting", one click back to the original).

* **Teach it your handwriting** opens the guided flow (``teach_view.TeachDialog``); its
  result becomes the adapted model.
* **Correct a mistake**: clicking the right digit under the probabilities keeps the drawing
  in the personal set and, once the user has stopped correcting for
  ``RETUNE_DELAY_MS``, fine-tunes the *original* again on the whole set in the background
  (a re-tune never builds on an earlier adapted model, so corrections do not drift).
* **Restart**: both models are kept in the app's data folder (``adapted_model.npz``,
  ``original_model.npz``, written atomically) and the settings say whether the adapted
  one was in use, so reopening the app restores it.
"""

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ..engine import ModelFileError, load_model
from .background import BackgroundJobs

ADAPTED_FILE = "adapted_model.npz"
ORIGINAL_FILE = "original_model.npz"
SETTINGS_KEY = "adaptation/inUse"
PATH_KEY = "adaptation/originalPath"
RETUNE_DELAY_MS = 2000  # quiet time after the last correction before re-tuning


def keep_models(folder, original, adapted):
    """Write both models into ``folder`` (each atomically) for the next start."""
    folder.mkdir(parents=True, exist_ok=True)
    original.save(folder / ORIGINAL_FILE)
    adapted.save(folder / ADAPTED_FILE)


def retune(model, images, labels, base_name, progress):
    """The background job of a correction: fine-tune ``model`` on the whole personal set
    (no held-out runs: the user waits for the pad, not for a report)."""
    from threadpoolctl import threadpool_limits

    from ..data import load_mnist
    from ..personal import fine_tune
    from .worker import BLAS_THREADS
    x_train, y_train, _, _ = load_mnist()
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        tuned, _ = fine_tune(model, images, labels, x_train, y_train, held_out=False,
                             base_name=base_name, on_progress=progress)
    return tuned


class Adaptation(QObject):
    """``panel``: the ``DigitPanel`` (its badge and signals); ``personal_view``: the
    ``PersonalView`` whose set the digits go into; ``folder``: where both models are kept.

    Signals: ``modelChosen(Model)``: the model to put in use (the window does, and calls
    ``model_in_use`` for every model it puts in use); ``status(str)`` for the status bar.
    """

    modelChosen = Signal(object)
    status = Signal(str)

    def __init__(self, panel, personal_view, folder, parent=None):
        super().__init__(parent)
        self._panel = panel
        self._view = personal_view
        self._folder = Path(folder)
        self._original = None
        self._adapted = None
        self._path = None  # the file the original came from, if any
        self._training = False
        self._dialog = None
        self._jobs = BackgroundJobs(self)
        self._retune_job = None
        self._retune_again = False  # a correction came while re-tuning
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETUNE_DELAY_MS)
        self._timer.timeout.connect(self._start_retune)
        panel.useAdaptedRequested.connect(self.use_adapted)
        panel.correctionRequested.connect(self.correct)

    # ----------------------------------------------------------- state

    def original(self):
        return self._original

    def adapted(self):
        return self._adapted

    def is_adapted_in_use(self):
        return self._panel.adaptation() is True

    def model_in_use(self, model, path=None):
        """The window put ``model`` in use (``path``: its file, if any). A model that is
        neither the original nor the adapted one (trained, opened) ends the adaptation:
        the badge goes."""
        if model is None or (model is not self._original and model is not self._adapted):
            self._path = None if path is None else str(path)
            self._original = self._adapted = None
            self._timer.stop()
            self._panel.set_adaptation(None)
            QSettings().setValue(SETTINGS_KEY, False)

    def set_adapted(self, adapted, original):
        """Use ``adapted``, fine-tuned from ``original``; keep both for the next start."""
        self._original, self._adapted = original, adapted
        QSettings().setValue(PATH_KEY, self._path or "")
        # Written off the GUI thread (tens of milliseconds each, with fsync); neither model
        # is trained further, so the job may read them while the window uses them.
        folder = self._folder
        self._jobs.start(lambda progress: keep_models(folder, original, adapted),
                         lambda _: None, self._on_not_kept, expected_errors=(OSError,))
        self.use_adapted(True)

    def _on_not_kept(self, message):
        self.status.emit(self.tr("The adapted model could not be kept for next time: "
                                 "{0}").format(message))

    def use_adapted(self, on):
        """Read with the adapted model (``on``) or the original; the badge follows."""
        if self._adapted is None:
            return
        self._panel.set_adaptation(bool(on))
        QSettings().setValue(SETTINGS_KEY, bool(on))
        self.modelChosen.emit(self._adapted if on else self._original)
        self.status.emit(self.tr("Reading with the model adapted to your handwriting.") if on
                         else self.tr("Reading with the original model."))

    def restore(self):
        """At start-up: if the adapted model was in use when the app closed, bring it back
        in use (and its original, one click away). A missing or unreadable file is
        skipped (with a status message)."""
        adapted_path = self._folder / ADAPTED_FILE
        original_path = self._folder / ORIGINAL_FILE
        # Only if it was in use: after "Use the original", or once another model came into
        # use, the app starts as it always does, with no model.
        if QSettings().value(SETTINGS_KEY, False) not in (True, "true"):
            return False
        if not (adapted_path.exists() and original_path.exists()):
            return False
        try:
            original, adapted = load_model(original_path), load_model(adapted_path)
        except ModelFileError as error:
            self.status.emit(self.tr("The adapted model kept last time cannot be read: "
                                     "{0}").format(error))
            return False
        self._original, self._adapted = original, adapted
        self._path = QSettings().value(PATH_KEY, "") or None
        self._panel.set_adaptation(True)
        self.modelChosen.emit(adapted)
        return True

    def original_path(self):
        return self._path

    def set_training(self, running):
        """While the window trains, corrections are not re-tuned (the run's model replaces
        the model in use when it ends)."""
        self._training = bool(running)
        if running:
            self._timer.stop()

    def _name(self):
        return Path(self._path).name if self._path else ""

    def base(self):
        """The model a fine-tune starts from: the original, or else the one in use."""
        return self._original if self._original is not None else self._panel.model()

    def teach(self, parent=None):
        """Open the guided flow "Teach it your handwriting" (it is modal to ``parent``)."""
        from .teach_view import TeachDialog
        base, personal = self.base(), self._view.personal_set()
        if personal is None:
            self.status.emit(self.tr("Your kept digits cannot be read (see My handwriting)."))
            return None
        dialog = TeachDialog(base, personal, self._name(), parent=parent)
        dialog.adapted.connect(lambda model, _report: self._on_taught(model, base))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_taught(self, model, base):
        self._timer.stop()  # the flow tuned on every digit kept: nothing is pending
        self.set_adapted(model, base)

    # ----------------------------------------------------------- corrections

    def correct(self, image, digit):
        """The user says the drawing is ``digit``: keep it, and re-tune soon."""
        base = self.base()
        if self._training:
            self.status.emit(self.tr("Let training finish first, then correct its readings."))
            return
        if base is None:
            self.status.emit(self.tr("Train or open a model first, then teach it your "
                                     "handwriting."))
            return
        if not self._view.keep(image, digit):
            return  # the view said why
        if self._original is None:
            self._original = base
        self._timer.start()  # restarted by every correction: one re-tune for a burst
        self.status.emit(self.tr("Kept as your {0}; the model learns it in a moment.").format(
            digit))

    def _start_retune(self):
        if self._retune_job is not None:
            self._retune_again = True
            return
        personal = self._view.personal_set()
        if personal is None or len(personal) == 0 or self._original is None:
            return
        original = self._original
        model = original.copy()
        images, labels = personal.images.copy(), personal.labels.copy()
        name = self._name()
        self._retune_job = self._jobs.start(
            lambda progress: retune(model, images, labels, name, progress),
            lambda tuned: self._on_retuned(tuned, original), self._on_failed)
        self._retune_job.ended.connect(self._on_retune_ended)
        self.status.emit(self.tr("Learning your corrected digits…"))

    def retuning(self):
        """The running re-tune's ``JobHandle`` (tests wait for ``ended``), or None."""
        return self._retune_job

    def pending(self):
        """True while a correction waits for its re-tune."""
        return self._timer.isActive()

    def _on_retuned(self, tuned, original):
        if original is not self._original:
            return  # another model came into use meanwhile: drop this result
        self.set_adapted(tuned, original)
        self.status.emit(self.tr("Adapted to your handwriting again: {0} of your digits.")
                         .format(tuned.info["fine_tuned"]["personal_digits"]))

    def _on_failed(self, message):
        self.status.emit(self.tr("Re-tuning failed: {0}").format(message))

    def _on_retune_ended(self):
        self._retune_job = None
        if self._retune_again:
            self._retune_again = False
            self._start_retune()

    def stop(self):
        """Before the window closes: no thread outlives it (a re-tune is dropped; the
        models being written are written: that takes a moment)."""
        self._timer.stop()
        self._jobs.stop_all()
