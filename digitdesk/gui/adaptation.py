"""The model adapted to the user's handwriting: every fine-tune, which model reads, restart.

``Adaptation`` sits between the window, the drawing panel and the "My handwriting" tab.
It keeps the *original* model (the one the user trained or opened: the base) and the
*adapted* one (fine-tuned on the user's personal digits), tells the window which to use
(``modelChosen``), and shows the badge beside the pad ("Adapted to your handwriting", one
click back to the original).

One path for every fine-tune: the guided flow ("Teach it your handwriting",
``teach_view.TeachDialog``), a correction, the tab's button and the badge's offer all
call ``fine_tune``, which runs ``adapt`` in the background (the same job, the same
recipe, the same held-out and MNIST test figures before and after) and ends the same way:
the adapted model in use with the badge, ``adapted(model, report)`` for whoever shows the
result (``report_text``), one click back to the original. Unless it read the user's
held-out digits no better than the original (``improved``): then the original stays in
use, the result says so, and the adapted model is kept one click away ("Use the
adapted model", on the badge and in the guided flow's result alike). If the user was
reading with an adapted model (chosen, restored or opened) when a re-tune turns out no
better, that adapted model stays in use and the new one is not kept (``outcome``):
a re-tune never switches the user off the model they chose.

* **Correct a mistake**: clicking the right digit in the probabilities (It reads) keeps the drawing
  in the personal set and, once the user has stopped correcting for
  ``RETUNE_DELAY_MS``, fine-tunes the *original* again on the whole set (a re-tune never
  builds on an earlier adapted model, so corrections do not drift).
* **The adaptation follows its base**: an adapted model names its base (file name and
  ``personal.fingerprint`` of its weights, in ``info["fine_tuned"]``), and each base's
  pair of models is kept in its own folder, ``adaptations/<fingerprint>/`` in the app's
  data folder (the ``KEEP_BASES`` most recent). When another model comes into use
  (trained, opened), the badge never shows an adaptation made for another model: if this
  model was adapted before, "Use the adapted model" brings that adaptation back; if not,
  and digits are kept, the badge offers to adapt it to them. Opening an adapted model's
  file whose base is kept brings both back, badge and "Use the original" included. The
  personal digits are the user's, not a model's: one set serves every base (a model
  trained on some digits only is tuned on those, see ``personal.fine_tune``).
* **Restart**: the settings say which base was in use and whether its adapted model was,
  so reopening the app restores it.
"""

import shutil
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from ..engine import ModelFileError, load_model
from ..personal import FineTuneReport, base_of, fingerprint
from .background import BackgroundJobs
from .language import listed
from .numbers import local
from .personal_view import KEPT, UNCHANGED
from .wording import english_plural, not_worth_adapting

ADAPTED_FILE = "adapted_model.npz"
ORIGINAL_FILE = "original_model.npz"
STORE = "adaptations"  # one folder per base model, named by its fingerprint
KEEP_BASES = 5  # the adaptations of this many bases are kept; older ones are deleted
SETTINGS_KEY = "adaptation/inUse"
BASE_KEY = "adaptation/base"
PATH_KEY = "adaptation/originalPath"
ADAPTED_PATH_KEY = "adaptation/adaptedPath"  # the file the adapted model was saved to
RETUNE_DELAY_MS = 2000  # quiet time after the last correction before re-tuning
# What a fine-tune's result becomes (Adaptation.outcome):
IN_USE = "in use"  # it read the held-out digits better: it reads the pad now
ASIDE = "aside"  # no better, the original was reading: it stays; the new one one click away
NOT_KEPT = "not kept"  # no better, an adapted model was reading: that one stays in use


def adapt(model, images, labels, base_name, progress):
    """The background job of every fine-tune in the app: fine-tune ``model`` (a copy
    nobody else uses) on the personal digits, with the held-out (leave one round out) and
    MNIST test accuracy before and after. Returns ``(adapted model, FineTuneReport)``."""
    from ..data import load_mnist
    from ..personal import fine_tune
    from ..threads import limit_blas_threads
    x_train, y_train, x_test, y_test = load_mnist()
    x_test, y_test = model.config_rows(x_test, y_test)
    # One BLAS thread, as for training: the other core stays with the window.
    with limit_blas_threads():
        return fine_tune(model, images, labels, x_train, y_train, eval_x=x_test,
                         eval_y=y_test, base_name=base_name, on_progress=progress)


def improved(report):
    """Whether the adapted model of ``report`` is worth putting in use: it read the user's
    digits it did not learn from (held out) better than the original did. Without held-out
    digits (one round of each digit) there is nothing to judge by: it is put in use, as
    the user asked."""
    return not report.held_out_digits or report.held_out_after > report.held_out_before


class ReportCounts(QObject):
    """The counts of ``report_text``: numerus messages (one form per plural form of the
    language), which pyside6-lupdate finds only in a class's ``tr``."""

    def held_out(self, report):
        n = report.held_out_digits
        return english_plural(self.tr(
            "<p><b>Your digits it did not learn from: {0:.0f}% → {1:.0f}%</b> read "
            "correctly.<br><small>Each of your %Ln digit(s) was read by a model "
            "fine-tuned on your other rounds only.</small></p>", "", n), n).format(
            local(100 * report.held_out_before), local(100 * report.held_out_after))

    def tuned_on(self, report):
        n = report.personal_digits
        return english_plural(self.tr(
            "<p>The pad now reads with the adapted model, fine-tuned on your %Ln "
            "digit(s) in {0:.1f} s. <i>Use the original</i> switches back; File &gt; Save "
            "keeps it. When it misreads a digit, click the right digit in <i>It reads</i> "
            "to teach it that one too.</p>", "", n), n).format(
            local(report.seconds))

    def kept_aside(self, report, switch):
        n = report.personal_digits
        return english_plural(self.tr(
            "<p>So the pad still reads with the original model. The adapted one, fine-tuned "
            "on your %Ln digit(s) in {0:.1f} s, is kept: to read with it anyway, click "
            "<i>{1}</i>.</p>", "", n), n).format(local(report.seconds), switch)

    def not_kept(self, report):
        n = report.personal_digits
        return english_plural(self.tr(
            "<p>So the pad still reads with the adapted model you were using. The one "
            "fine-tuned now on your %Ln digit(s) was not kept; your digits are, and the "
            "next fine-tune learns from them too. <i>Use the original</i> switches back to "
            "the original model.</p>", "", n), n)


report_counts = ReportCounts()


def report_text(report, in_use=None, switch=None, kept=True):
    """A fine-tune's result in words (rich text), the held-out figure first: it is the
    one to trust. The guided flow and the My handwriting tab both show it. ``in_use``:
    whether the adapted model reads the pad (default: ``improved(report)``, as
    ``Adaptation`` decides); ``switch``: the button that puts it in use when it does not
    (default: the badge's "Use the adapted model"); ``kept=False``: the result was not
    kept, and the adapted model that was reading still does (``NOT_KEPT``)."""
    if in_use is None:
        in_use = improved(report)
    lines = []
    if report.held_out_digits:
        lines.append(report_counts.held_out(report))
        if report.held_out_after <= report.held_out_before:
            lines.append(QCoreApplication.translate(
                "Adaptation",
                "<p>It did not read your held-out digits better: it may read your style "
                "well already, or need more rounds.</p>"))
    else:
        lines.append(QCoreApplication.translate(
            "Adaptation",
            "<p>Your digits: {0:.0f}% → {1:.0f}% read correctly (it learnt from all of "
            "them; with two of each digit, the ones it did not learn from are measured "
            "too).</p>").format(local(100 * report.personal_before), local(100 * report.personal_after)))
    lines.append(QCoreApplication.translate(
        "Adaptation",
        "<p>MNIST test digits (everybody else's handwriting): {0:.2f}% → {1:.2f}%.</p>"
        ).format(local(100 * report.mnist_before), local(100 * report.mnist_after)))
    if not kept:
        lines.append(report_counts.not_kept(report))
    elif in_use:
        lines.append(report_counts.tuned_on(report))
    else:
        lines.append(report_counts.kept_aside(report, switch or QCoreApplication.translate(
            "DigitPanel", "Use the adapted model")))
    if report.measure_seconds >= 0.05:
        # The user waited for both: "fine-tuned in 3.5 s" after a 7.5 s progress bar
        # looked untrue without it.
        lines.append(QCoreApplication.translate(
            "Adaptation", "<p><small>Measuring the figures above took another {0:.1f} s."
            "</small></p>").format(local(report.measure_seconds)))
    return "".join(lines)


def saved_report(model):
    """The ``FineTuneReport`` an adapted model's file keeps (``info["fine_tuned"]``), or
    ``None`` for a file that keeps too little of it (one written by an earlier version).
    Without it, My handwriting showed the held-out and MNIST figures until a restart."""
    saved = model.info.get("fine_tuned") or {}
    figures = {"personal_before": saved.get("personal_before"),
               "personal_after": saved.get("personal_accuracy"),
               "mnist_before": saved.get("mnist_before"), "mnist_after": saved.get("mnist_after"),
               "held_out_before": saved.get("held_out_before"),
               "held_out_after": saved.get("held_out_after")}
    counts = {name: saved.get(name) for name in ("held_out_digits", "seconds",
                                                 "measure_seconds", "personal_digits")}
    if any(value is None for value in counts.values()):
        return None
    try:
        return FineTuneReport(**{name: float("nan") if value is None else float(value)
                                 for name, value in figures.items()},
                              held_out_digits=int(counts["held_out_digits"]),
                              seconds=float(counts["seconds"]),
                              measure_seconds=float(counts["measure_seconds"]),
                              personal_digits=int(counts["personal_digits"]))
    except (TypeError, ValueError):
        return None  # a hand-edited file: the figures are not worth a refusal


def _pair_folder(folder, base_fingerprint):
    return Path(folder) / STORE / base_fingerprint


def keep_models(folder, base_fingerprint, original, adapted):
    """Write the pair into ``folder/STORE/<fingerprint>`` (each file atomically) for the
    next start, or the next time this base is in use; forget the oldest bases beyond
    ``KEEP_BASES``."""
    pair = _pair_folder(folder, base_fingerprint)
    pair.mkdir(parents=True, exist_ok=True)
    # The app's own copies: each keeps the time its model was last saved by the user (none
    # for the adapted one), so that a restart shows the same as before it.
    original.save(pair / ORIGINAL_FILE, stamp=False)
    adapted.save(pair / ADAPTED_FILE, stamp=False)
    pairs = sorted((p for p in pair.parent.iterdir() if p.is_dir()),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for old in pairs[KEEP_BASES:]:
        shutil.rmtree(old, ignore_errors=True)


class Adaptation(QObject):
    """``panel``: the ``DigitPanel`` (its badge and signals); ``personal_view``: the
    ``PersonalView`` whose set the digits go into; ``folder``: where the models are kept.

    Signals: ``modelChosen(Model)``: the model to put in use (the window does, and calls
    ``model_in_use`` for every model it puts in use); ``status(object)``: a status-bar message, as a
    function that says it in the language in use (said again when it changes);
    ``busyChanged(bool)``: a fine-tune started or ended; ``progressed(float)``: how far it
    is; ``adapted(model, report)``: its result is in use; ``failed(str)``: it failed.
    """

    modelChosen = Signal(object)
    status = Signal(object)  # a function giving the text: see MainWindow.show_status
    busyChanged = Signal(bool)
    progressed = Signal(float)
    adapted = Signal(object, object)
    failed = Signal(str)

    def __init__(self, panel, personal_view, folder, parent=None):
        super().__init__(parent)
        self._panel = panel
        self._view = personal_view
        self._folder = Path(folder)
        self._original = None  # the base: the model the user trained or opened
        self._fingerprint = None  # the base's
        self._adapted = None  # the base's adapted model, once read or made
        self._using_adapted = False
        self._path = None  # the file the original came from, if any
        self._adapted_path = None  # the file the adapted model was opened from or saved to
        self._training = False
        self._dialog = None
        self._jobs = BackgroundJobs(self)
        self._job = None  # the running fine-tune's JobHandle
        self._again = False  # a correction came while fine-tuning
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETUNE_DELAY_MS)
        self._timer.timeout.connect(self._start_retune)
        panel.useAdaptedRequested.connect(self.use_adapted)
        panel.correctionRequested.connect(self.correct)
        panel.adaptRequested.connect(self.fine_tune)
        personal_view.fineTuneRequested.connect(self.fine_tune)
        personal_view.digitsChanged.connect(self._show_badge)
        self.busyChanged.connect(personal_view.set_busy)
        self._outcome = None  # what the last fine-tune's result became (see outcome)
        self.adapted.connect(lambda _model, report: personal_view.show_report(
            lambda outcome=self._outcome: report_text(report, outcome == IN_USE,
                                                      kept=outcome != NOT_KEPT)))
        self.failed.connect(personal_view.show_failure)

    # ----------------------------------------------------------- state

    def original(self):
        return self._original

    def adapted_model(self):
        """The base's adapted model, if one was made or read (None otherwise)."""
        return self._adapted

    def base_fingerprint(self):
        return self._fingerprint

    def is_adapted_in_use(self):
        return self._panel.adaptation() is True

    def original_path(self):
        return self._path

    def adapted_path(self):
        """The file the adapted model in hand was opened from or saved to, or None."""
        return self._adapted_path

    def base(self):
        """The model a fine-tune starts from: the original (the model in use if it is not
        an adapted one)."""
        return self._original

    def is_busy(self):
        return self._job is not None

    def job(self):
        """The running fine-tune's ``JobHandle`` (tests wait for ``ended``), or None."""
        return self._job

    def saved_as(self, model, path):
        """The window saved ``model`` to ``path``: if it is the original (or its adapted
        model), "Use the original" ("Use the adapted model"), now and after a restart,
        names that file, and File > Save writes there, not to the file it was opened from
        (nor asks for a name again)."""
        if model is None:
            return
        if model is self._original:
            self._path = str(path)
            QSettings().setValue(PATH_KEY, self._path)
        elif model is self._adapted:
            self._adapted_path = str(path)
            QSettings().setValue(ADAPTED_PATH_KEY, self._adapted_path)

    def pending(self):
        """True while a correction waits for its re-tune."""
        return self._timer.isActive()

    def model_in_use(self, model, path=None):
        """The window put ``model`` in use (``path``: its file, if any). A model that is
        neither the original nor its adapted one (trained, opened) becomes the base: the
        badge then shows its own adaptation, if it has one, never another model's."""
        if model is not None and (model is self._original or model is self._adapted):
            return
        self._timer.stop()
        self._again = False
        self._adapted, self._using_adapted = None, False
        self._original = model
        self._path = None if path is None else str(path)
        self._adapted_path = None
        self._fingerprint = None if model is None else fingerprint(model)
        base = None if model is None else base_of(model)
        if base is not None:
            # An adapted model's file: with its base's pair kept, both come back.
            original = self._read(base[1], ORIGINAL_FILE)
            if original is not None:
                self._original, self._adapted, self._using_adapted = original, model, True
                self._fingerprint = base[1]
                self._path, self._adapted_path = None, self._path
        # One QSettings for the three: each one destroyed writes the file (~13 ms on a
        # busy disk, on the GUI thread, at the end of every training run).
        settings = QSettings()
        settings.setValue(SETTINGS_KEY, self._using_adapted)
        settings.setValue(BASE_KEY, self._fingerprint or "")
        # The original's file goes with its base: a path left from another base would
        # give that base's original this file's name at the next start (and File > Save
        # would write over the other model).
        settings.setValue(PATH_KEY, self._path or "")
        settings.setValue(ADAPTED_PATH_KEY, self._adapted_path or "")
        self._show_badge()

    def _has_adaptation(self):
        return self._adapted is not None or (
            self._fingerprint is not None
            and (_pair_folder(self._folder, self._fingerprint) / ADAPTED_FILE).exists())

    def _show_badge(self):
        """The badge for the base in use: its adaptation (in use or not), or an offer to
        adapt it to the kept digits, or nothing (while training: nothing)."""
        if self._original is None or self._training:
            self._panel.set_adaptation(None)
        elif self._has_adaptation():
            self._panel.set_adaptation(self._using_adapted)
        else:
            personal = self._view.personal_set()
            # No offer for fresh random weights: there is nothing to adapt yet.
            # Nor for a model that reads at chance (the panel says why).
            trained = (bool(self._original.history.get("batch_epoch"))
                       and not_worth_adapting(self._original) is None)
            # Only the digits this model reads count (a 3-vs-7 model learns nothing from
            # a kept 5): no offer when none of them is one of its digits.
            kept = (int(np.isin(personal.labels, self._original.config.classes).sum())
                    if personal is not None and self._job is None and trained else 0)
            self._panel.set_adaptation(None, kept)

    def _move_pair_of_version_one(self):
        """The fingerprint of the pair an earlier version kept at the top of the data
        folder, moved into its base's own folder (so that upgrading keeps the adapted
        model in use); "" if there is none, ``None`` if it cannot be read (a status message
        said so)."""
        old = {name: self._folder / name for name in (ORIGINAL_FILE, ADAPTED_FILE)}
        if not all(path.exists() for path in old.values()):
            return ""
        try:
            key = fingerprint(load_model(old[ORIGINAL_FILE]))
            pair = _pair_folder(self._folder, key)
            pair.mkdir(parents=True, exist_ok=True)
            for name, path in old.items():
                path.replace(pair / name)
        except (ModelFileError, OSError) as error:
            self.status.emit(lambda error=error: self.tr(
                "The adapted model kept last time cannot be read: {0}").format(error))
            return None
        QSettings().setValue(BASE_KEY, key)
        return key

    def _read(self, base_fingerprint, name):
        """A kept model of base ``base_fingerprint``, or None (with a status message if
        the file is there but unreadable)."""
        path = _pair_folder(self._folder, base_fingerprint) / name
        if not path.exists():
            return None
        try:
            return load_model(path)
        except ModelFileError as error:
            self.status.emit(lambda error=error: self.tr(
                "The adapted model kept last time cannot be read: {0}").format(error))
            return None

    def outcome(self, report):
        """What a fine-tune's result (``report``) becomes: ``IN_USE`` if it read the
        held-out digits better (``improved``); if not, ``ASIDE`` while the original reads
        (it stays; the new model is one click away), or ``NOT_KEPT`` while an adapted model
        the user chose reads: that one stays in use, and the new one is dropped."""
        if improved(report):
            return IN_USE
        return NOT_KEPT if self._using_adapted else ASIDE

    def set_adapted(self, adapted, original, use=True):
        """Use ``adapted``, fine-tuned from ``original`` (the base in use), or with
        ``use=False`` (while the original reads) keep reading with ``original`` and keep
        ``adapted`` one click away; keep both for the next start and the next time this
        base is in use."""
        self._original, self._adapted = original, adapted
        self._adapted_path = None  # a new adapted model: saved to no file yet
        self._fingerprint = (base_of(adapted) or (None, fingerprint(original)))[1]
        QSettings().setValue(PATH_KEY, self._path or "")
        QSettings().setValue(ADAPTED_PATH_KEY, "")
        QSettings().setValue(BASE_KEY, self._fingerprint)
        # Written off the GUI thread (tens of milliseconds each, with fsync); neither model
        # is trained further, so the job may read them while the window uses them.
        folder, key = self._folder, self._fingerprint
        self._jobs.start(lambda progress: keep_models(folder, key, original, adapted),
                         lambda _: None, self._on_not_kept, expected_errors=(OSError,))
        if use:
            self.use_adapted(True)
        else:
            self._panel.set_adaptation(False)
            QSettings().setValue(SETTINGS_KEY, False)

    def _on_not_kept(self, message):
        self.status.emit(lambda: self.tr("The adapted model could not be kept for next "
                                         "time: {0}").format(message))

    def use_adapted(self, on):
        """Read with the adapted model (``on``) or the original; the badge follows. The
        adapted model of a base opened again is read from its folder here."""
        if on and self._adapted is None and self._fingerprint is not None:
            self._adapted = self._read(self._fingerprint, ADAPTED_FILE)
        if self._adapted is None or self._original is None:
            return
        self._using_adapted = bool(on)
        self._panel.set_adaptation(bool(on))
        QSettings().setValue(SETTINGS_KEY, bool(on))
        self.modelChosen.emit(self._adapted if on else self._original)
        self.status.emit((lambda: self.tr("Reading with the model adapted to your handwriting."))
                         if on else (lambda: self.tr("Reading with the original model.")))

    def restore(self):
        """At start-up: if the adapted model was in use when the app closed, bring it back
        in use (and its original, one click away). A missing or unreadable file is
        skipped. Returns ``"restored"``, ``"unreadable"`` (a status message said why) or
        ``""`` (nothing to restore), so that the window does not talk over the message."""
        # Only if it was in use: after "Use the original", or once another model came into
        # use, the app starts as it always does, with no model.
        if QSettings().value(SETTINGS_KEY, False) not in (True, "true"):
            return ""
        key = QSettings().value(BASE_KEY, "") or self._move_pair_of_version_one()
        if key is None:
            return "unreadable"
        pair = _pair_folder(self._folder, key)
        if not key or not (pair / ADAPTED_FILE).exists() or not (pair / ORIGINAL_FILE).exists():
            return ""
        original, adapted = self._read(key, ORIGINAL_FILE), self._read(key, ADAPTED_FILE)
        if original is None or adapted is None:
            return "unreadable"
        self._original, self._adapted, self._fingerprint = original, adapted, key
        self._using_adapted = True
        self._path = QSettings().value(PATH_KEY, "") or None
        self._adapted_path = QSettings().value(ADAPTED_PATH_KEY, "") or None
        self._panel.set_adaptation(True)
        self.modelChosen.emit(adapted)
        report = saved_report(adapted)
        if report is not None:  # the figures of My handwriting, as before the restart
            self._view.show_report(lambda: report_text(report, in_use=True))
        return "restored"

    def set_training(self, running):
        """While the window trains, nothing is fine-tuned (the run's model replaces the
        model in use when it ends) and the badge is hidden."""
        if bool(running) == self._training:
            return
        self._training = bool(running)
        if running:
            self._timer.stop()
        elif self._original is not None and self._adapted is None:
            # The run may have trained the base in place: it is another model now.
            self._fingerprint = fingerprint(self._original)
        self._show_badge()

    def _name(self):
        return Path(self._path).name if self._path else ""

    def teach(self, parent=None):
        """Open the guided flow "Teach it your handwriting" (it is modal to ``parent``)."""
        from .teach_view import TeachDialog
        personal = self._view.personal_set()
        if personal is None:
            self.status.emit(lambda: self.tr("Your kept digits cannot be read (see My "
                                             "handwriting)."))
            return None
        dialog = TeachDialog(self, personal, parent=parent)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
        return dialog

    # ----------------------------------------------------------- fine-tuning

    def can_fine_tune(self):
        return self._original is not None and not self._training and self._job is None

    def fine_tune(self, images=None, labels=None, accept=None):
        """Fine-tune the base in the background on ``images, labels`` (default: the whole
        personal set). ``accept(model, report)``, if given, is called first when it
        succeeds; if it returns False the result is dropped. Returns the ``JobHandle``, or
        None if it cannot start now (the status bar says why)."""
        if not self.can_fine_tune():
            self.status.emit((lambda: self.tr("Fine-tuning waits: train or open a model "
                                              "first, and let training or the fine-tune "
                                              "running finish."))
                             if self._job is None or self._training else
                             (lambda: self.tr("A fine-tune is running; it will be done in a "
                                              "moment.")))
            return None
        refusal = not_worth_adapting(self._original)
        if refusal is not None:
            self.status.emit(refusal)
            return None
        if images is None:
            personal = self._view.personal_set()
            if personal is None or len(personal) == 0:
                self.status.emit(lambda: self.tr("Keep a few of your digits first (Keep "
                                                 "as, or Teach it your handwriting)."))
                return None
            images, labels = personal.images.copy(), personal.labels.copy()
        if not np.isin(labels, self._original.config.classes).any():
            self.status.emit(lambda: self.tr("None of your kept digits is one this model "
                                             "reads: keep some of its digits first."))
            return None
        self._timer.stop()  # this fine-tune learns every digit kept: nothing is pending
        original = self._original
        model, name = original.copy(), self._name()
        self._job = self._jobs.start(
            lambda progress: adapt(model, images, labels, name, progress),
            lambda result: self._on_tuned(result, original, accept), self._on_failed,
            self.progressed.emit)
        self._job.ended.connect(self._on_ended)
        self.busyChanged.emit(True)
        self._show_badge()
        how_many = len(labels)
        self.status.emit(lambda: english_plural(self.tr(
            "Learning your %Ln digit(s), mixed into MNIST…", "", how_many), how_many))
        return self._job

    def cancel(self):
        """Stop the running fine-tune at its next batch; nothing changes."""
        if self._job is not None:
            self._job.cancel()

    def _on_tuned(self, result, original, accept):
        model, report = result
        if original is not self._original or self._training:
            self.status.emit(lambda: self.tr("Fine-tuning finished, but meanwhile another "
                                             "model came into use or training started, so "
                                             "its result was dropped."))
            return
        if accept is not None and accept(model, report) is False:
            return
        self._outcome = outcome = self.outcome(report)
        if outcome != NOT_KEPT:
            self.set_adapted(model, original, outcome == IN_USE)
        self.adapted.emit(model, report)
        text = {IN_USE: self._adapted_text, ASIDE: self._kept_aside_text,
                NOT_KEPT: self._not_kept_text}[outcome]
        self.status.emit(lambda: text(report))

    def _adapted_text(self, report):
        held_out = (self.tr(" Your digits it did not learn from: {0:.0f}% → {1:.0f}%.")
                    .format(local(100 * report.held_out_before), local(100 * report.held_out_after))
                    if report.held_out_digits else "")
        n = report.personal_digits
        return english_plural(self.tr("Adapted to your handwriting: your %Ln digit(s).{0} "
                                      "MNIST test {1:.2f}% → {2:.2f}%.", "", n), n).format(
            held_out, local(100 * report.mnist_before), local(100 * report.mnist_after))

    def _kept_aside_text(self, report):
        n = report.personal_digits
        return english_plural(self.tr(
            "The original model stays in use: adapted to your %Ln digit(s), it read the ones "
            "it did not learn from no better ({0:.0f}% → {1:.0f}%). Click Use the adapted "
            "model to read with it anyway.", "", n), n).format(
            local(100 * report.held_out_before), local(100 * report.held_out_after))

    def _not_kept_text(self, report):
        n = report.personal_digits
        return english_plural(self.tr(
            "The adapted model you were using stays in use: re-tuned on your %Ln digit(s), "
            "the new one read the ones it did not learn from no better than the original "
            "({0:.0f}% → {1:.0f}%), so it was not kept.", "", n), n).format(
            local(100 * report.held_out_before), local(100 * report.held_out_after))

    def _on_failed(self, message):
        def text():
            return self.tr("Fine-tuning failed: {0}").format(message)
        self.failed.emit(text())
        self.status.emit(text)

    def _on_ended(self):
        self._job = None
        self.busyChanged.emit(False)
        self._show_badge()
        if self._again:
            self._again = False
            self._start_retune()

    # ----------------------------------------------------------- corrections

    def correct(self, image, digit):
        """The user says the drawing is ``digit``: keep it, and re-tune soon."""
        if self._training:
            self.status.emit(lambda: self.tr("Let training finish first, then correct its "
                                             "readings."))
            return
        if self._original is None:
            self.status.emit(lambda: self.tr("Train or open a model first, then teach it "
                                             "your handwriting."))
            return
        known = self._original.config.classes
        if digit not in known:
            # A 3-vs-7 model has no output for a 4: kept, it would never be learnt (the
            # re-tune a moment later would say so). Keep as keeps it for the user's set.
            self.status.emit(lambda: self.tr(
                "This model tells apart only {0}: it cannot learn a {1}, so the drawing is "
                "not kept. Keep as keeps it in your set anyway.").format(listed(known), digit))
            return
        # A second click for the same drawing relabels it rather than keeping it twice.
        outcome = self._view.keep_drawing(image, digit)
        if outcome is None:
            return  # the view said why
        self._panel.mark_kept(image, digit)  # not kept again with Keep as
        if outcome == UNCHANGED and (self.pending() or self._job is not None):
            return  # already on its way into the model; the view said it was kept
        self._timer.start()  # restarted by every correction: one re-tune for a burst
        # (kept with Keep as, then clicked: the click asks the model to learn it now)
        if outcome in (KEPT, UNCHANGED):  # (a relabelling keeps "Now kept as your 2, not 3")
            self.status.emit(lambda: self.tr("Kept as your {0}; the model learns it in a "
                                             "moment.").format(digit))

    def _start_retune(self):
        if self._job is not None:
            self._again = True
            return
        self.fine_tune()

    def stop(self):
        """Before the window closes: no thread outlives it (a fine-tune is dropped; the
        models being written are written: that takes a moment)."""
        self._timer.stop()
        self.cancel()
        self._jobs.stop_all()
