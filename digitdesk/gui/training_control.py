"""Training control: Start, Pause/Resume, Step, Stop and Reset weights.

Training never changes the model in use in place: the worker trains its own copy on
another thread and sends snapshots for the drawing panel while it runs, and the trained
model at the end, which then becomes the model in use.
"""

import copy
import math
import time

from PySide6.QtCore import QCoreApplication, QObject, Slot

from ..engine import Model
from ..engine.model import history_end, record_rate_change
from ..engine.runs import new_run_id
from ..engine.trainer import train_val_split_sizes
from .language import current_text, error_text, listed, sentences
from .numbers import local
from .wording import config_summary, english_plural, epochs_text
from .worker import TrainingWorker, start_training_thread

STOP_TIMEOUT_MS = 2000  # the worker stops between two batches, far sooner than this


def same_network(a, b):
    """True if configs ``a`` and ``b`` describe networks of the same shape, so that the
    weights of one fit the other (the initialisation and seed only matter for new weights)."""
    return (a.architecture == b.architecture and a.layer_sizes == b.layer_sizes
            and a.activation == b.activation
            and a.head == b.head and a.bias == b.bias
            # the same outputs must mean the same digits, and the input be prepared alike
            and a.classes == b.classes and a.deskew == b.deskew)


def _network_text(config):
    # Not a function nested in fresh_weights_reason: pyside6-lupdate then loses track of
    # the class below and files its strings under no context.
    return f"{config.architecture_text()} {config.activation}, {config.head}"


def fresh_weights_reason(old, new):
    """Why a run of config ``new`` cannot go on from weights trained with config ``old``
    (None: it can). Weights that do not fit need fresh ones; so do weights shaped by another
    initialisation, other bug-lab switches or another output and loss: going on from them
    would carry the learner's broken weights into the fixed twin."""
    if not same_network(old, new):
        return QCoreApplication.translate("TrainingControl", "the network changed ({0} → {1})").format(
            _network_text(old), _network_text(new))
    if old.init != new.init:
        return QCoreApplication.translate("TrainingControl", "the initialisation changed ({0} → {1})").format(
            old.init, new.init)
    if old.bugs != new.bugs:
        none = QCoreApplication.translate("TrainingControl", "none")  # (no switch on)
        return QCoreApplication.translate("TrainingControl", "the bug-lab switches changed ({0} → {1})").format(
            listed(old.bugs) or none, listed(new.bugs) or none)
    return None


class TrainingControl(QObject):
    """Runs the training worker for the window. ``worker`` and ``thread`` are set while a
    run is going on; ``run`` holds facts about it for the progress bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker = None
        self.thread = None
        self.stopping = False  # Stop was pressed; the worker ends after its current batch
        self.run = {}
        panel = window.training_panel
        panel.start_button.clicked.connect(self.start)
        panel.pause_button.clicked.connect(self.toggle_pause)
        panel.stop_button.clicked.connect(self.stop)
        panel.step_button.clicked.connect(self.step)
        panel.reset_button.clicked.connect(self.reset_weights)

    def is_training(self):
        return self.worker is not None

    def is_paused(self):
        return self.worker is not None and self.worker.is_paused()

    def batches_done(self):
        """Batches trained in the current run so far (0 when none runs)."""
        return self.run.get("done", 0) if self.is_training() else 0

    def waiting_network(self):
        """The fresh network the current run will train, while it has not trained its
        first batch yet (it is not the model in use until then); else ``None``."""
        return self.run.get("fresh_model") if self.is_training() else None

    # --- the buttons ---------------------------------------------------------------------------
    @Slot()
    def start(self, start_paused=False):
        """Train with the form's settings: on from the current weights when they fit and
        the settings that shaped them are unchanged, else from fresh weights (and the
        status bar says why). Nothing changes until the settings and the data are checked
        and the worker has its data: a run that cannot start leaves the model in use, and
        fresh weights replace it only once they train (a run stopped before its first
        batch leaves it too)."""
        window = self.window
        if self.is_training() or window.adaptation.is_busy() or window.closed:
            return
        config = window.config_or_warn()
        if config is None or not self._data_fits(config):
            return
        current = window.model()
        # "" : fresh weights, nothing to explain (there was no model)
        reason = "" if current is None else fresh_weights_reason(current.config, config)
        if reason is None:
            # Go on from the current weights, with the form's training settings. The network
            # is built from the form (a bug-lab switch may have changed its layers), then
            # given the current weights. The same run goes on: its curves and its place in
            # the run list (the run id) carry over.
            model = Model(config, history=copy.deepcopy(current.history),
                          info={"run_id": window.runs_view.run_list.goes_on(current)})
            model.network.set_weights(current.network.weights())
        else:
            if not window.confirm_discard(self.tr("start from fresh weights")):
                return
            model = Model(config, info={"run_id": new_run_id()})
        self.stopping = False
        start_epoch = history_end(model.history)  # where the run starts on the x axis
        rate_change = None
        if reason is None and ((config.learning_rate, config.momentum)
                               != (current.config.learning_rate, current.config.momentum)):
            # Going on with other rates: marked on the curves where they take over, as a
            # change made during training is.
            rate_change = (start_epoch, config.learning_rate, config.momentum)
            record_rate_change(model.history, *rate_change)
        self.run = {"epochs": config.epochs, "total": 0, "steps_per_epoch": 0,
                    "rate_change": rate_change,
                    "done": 0, "seconds": 0.0, "config": config,
                    "mnist": window.data_import.worker_data() is None,  # (what it loads)
                    "last_epoch": start_epoch + config.epochs,
                    # the fresh weights become the model in use once they train their
                    # first batch (see _fresh_network_trains)
                    "fresh_model": None if reason is None else model.copy(),
                    # why the weights are fresh, in the current language ("" : no reason to give)
                    "note": (lambda old=current.config: self.tr("Fresh weights: {0}.").format(
                        fresh_weights_reason(old, config))) if reason else (lambda: "")}
        data = window.data_import.worker_data()
        worker = TrainingWorker(model, start_paused=start_paused, data=data)
        worker.reports.connect(window.diagnostics_view.add_reports)
        worker.status.connect(self._on_worker_status)
        worker.started.connect(self._on_run_started)
        # (before the plots': Qt calls the slots in the order they were connected)
        worker.batches.connect(self._fresh_network_trains)
        worker.ratesChanged.connect(self._fresh_network_trains)
        worker.batches.connect(window.plots.add_batches)
        worker.ratesChanged.connect(window.plots.mark_rate_change)
        window.distributions_view.follow(worker)
        window.runs_view.start_run(model.info["run_id"])
        worker.reports.connect(window.runs_view.add_reports)
        worker.trained.connect(window.runs_view.add_model)
        worker.progress.connect(self._on_progress)
        worker.epochEnded.connect(self._on_epoch_ended)
        worker.snapshot.connect(window.digit_panel.set_model)
        worker.snapshot.connect(window.inside_view.show_snapshot)
        worker.epochEnded.connect(window.inside_view.epoch_ended)
        window.inside_view.set_training_data(data)
        worker.failed.connect(self._on_training_failed)
        worker.testFailed.connect(self._on_test_failed)
        worker.trained.connect(self._on_trained)
        self.worker = worker
        self.thread = start_training_thread(worker)
        # The thread's own finished, not the worker's: only then has the thread really
        # ended, and only then may the last references to it be dropped.
        self.thread.finished.connect(self._on_run_finished)
        # (an empty bar: the last run's fill under it read as this run's progress)
        window.training_panel.show_idle(lambda: self.tr("Loading MNIST…"), empty=True)
        if reason:
            window.show_status(self.run["note"])
        window.update_controls()

    def _data_fits(self, config):
        """Check the validation and training sizes against the data in use before anything
        changes; if they do not fit, say so with the numbers. ``True`` if they fit."""
        try:
            train_val_split_sizes(config, self.window.data_import.available_rows(config.digits))
        except ValueError as error:
            self.window.warn(self.tr("These settings do not fit the training data"), self.tr(
                "{0}: {1}.\n\nLower Validation images or Training images in the form; "
                "nothing was changed.").format(self.window.data_import.data_name(),
                                               error_text(error)))
            return False
        return True

    @Slot()
    def toggle_pause(self):
        if not self.is_training():
            return
        self.run["user_paused"] = not self.worker.is_paused()
        if self.worker.is_paused():
            self.worker.resume()
            if self.run.get("steps_per_epoch"):
                self.window.show_status(lambda: self.tr("Training resumed."))
            else:  # still loading the data: "resumed" would say it trains while it loads
                self._on_worker_status(self.run.get("worker_status", lambda: ""))
        else:
            self.worker.pause()
            self.window.show_status(self._paused_status)
        self.window.update_controls()
        self._show_progress()
        self.window.show_model_info()  # "paused: ..." or "training now: ..."

    @Slot()
    def step(self):
        """Train one batch and pause (starting a paused run if none is running)."""
        if not self.is_training():
            self.start(start_paused=True)
            if not self.is_training():
                return
        self.worker.step_once()
        self.window.update_controls()

    @Slot()
    def stop(self, wait=False):
        """Ask the worker to stop after the current batch. With ``wait``, block until its
        thread has finished (at most ``STOP_TIMEOUT_MS``) and handle its last signals now,
        so that the trained model is the model in use when this returns."""
        if not self.is_training():
            return True
        worker, thread = self.worker, self.thread
        worker.stop()
        self.stopping = True
        self.run["stopped"] = True
        if not wait:
            self.window.show_status(lambda: self.tr("Stopping…"))
            self.window.update_controls()  # nothing to pause or step any more
            return True
        finished = thread.wait(STOP_TIMEOUT_MS)
        # The worker's last signals (the trained model, finished) are queued for this
        # thread; deliver them now instead of at the next turn of the event loop.
        QCoreApplication.sendPostedEvents()
        if not finished:  # not expected: keep the thread object alive rather than crash
            _orphans.append((worker, thread))
            self.worker = self.thread = None
            self.window.update_controls()
        return finished

    @Slot()
    def reset_weights(self, keep_findings=False):
        """Fresh random weights for the form's network; ``keep_findings``: for a finding's
        fix (see ``DiagnosticsView.clear``)."""
        window = self.window
        if self.is_training():
            return
        config = window.config_or_warn()
        if config is None:
            return
        if not window.confirm_discard(self.tr("reset the weights")):
            return
        window.plots.clear()
        window.diagnostics_view.clear(keep_findings)
        window.set_model(Model(config))
        window.training_panel.show_idle()
        window.show_status(lambda: self.tr("Fresh random weights: {0}.").format(config_summary(config)))

    # --- the worker's signals ----------------------------------------------------------------
    def _paused_status(self):
        """The status line of a paused run, in the current language: while the data
        still loads, that it loads (the progress bar says "Loading MNIST…" then)."""
        if self.run.get("steps_per_epoch"):
            return self.tr("Paused. Space resumes; F10 trains one batch.")
        if self.run.get("mnist"):
            return self.tr("Paused while MNIST loads. Space resumes; F10 trains one batch.")
        return self.tr("Paused while the data loads. Space resumes; F10 trains one batch.")

    @Slot(object)
    def _on_worker_status(self, text):
        self.run["worker_status"] = text
        if self.stopping:
            return  # ("Loading MNIST…", sent before it saw Stop, would say it goes on)
        run = self.run
        note = run.get("note", lambda: "")
        # Paused, "Training on 55,000 images…" (sent once the data has loaded: after F10
        # started a paused run, or after Pause while it loaded) and "Loading MNIST…" (after
        # Pause pressed at once) would say it trains. Not F10's own pause while the data
        # loads (it trains a batch once it has), nor the last batch's: "Measuring the test
        # accuracy…" comes after it.
        loaded = bool(run.get("steps_per_epoch"))
        if (self.is_paused() and (loaded or run.get("user_paused"))
                and not (loaded and run.get("done", 0) >= run.get("total", 0))):
            self.window.show_status(lambda: sentences(note(), self._paused_status()))
            return
        self.window.show_status(lambda: sentences(note(), text()))

    @Slot(int, int)
    def _on_run_started(self, total_steps, steps_per_epoch):
        """The data is loaded and the run can train (it may be paused before its first
        batch): the progress bar has its batches to count."""
        window, run = self.window, self.run
        run.update(total=total_steps, steps_per_epoch=steps_per_epoch)
        if run.get("fresh_model") is None:  # (a fresh network: once it trains, see below)
            if run.get("rate_change"):
                window.plots.mark_rate_change(*run["rate_change"])
            window.diagnostics_view.start_run(run["config"], run["last_epoch"])
            window.plots.prepare_run(run["last_epoch"], steps_per_epoch)
        self._show_progress()

    @Slot()
    def _fresh_network_trains(self):
        """A run of fresh weights trains its first batch: its network becomes the model in
        use until the trained one arrives, and the curves and diagnostics start again.
        Not before: a run paused at once and stopped before a batch leaves the model in
        use, its curves and its findings as they were (its status says so)."""
        window, run = self.window, self.run
        fresh = run.pop("fresh_model", None)
        if fresh is None:
            return  # (going on from the model in use, or a later batch)
        window.plots.clear()
        window.set_model(fresh)
        window.diagnostics_view.start_run(run["config"], run["last_epoch"], True)
        window.plots.prepare_run(run["last_epoch"], run["steps_per_epoch"])

    @Slot(int, int, float)
    def _on_progress(self, steps_done, total_steps, seconds):
        self.run.update(done=steps_done, total=total_steps, seconds=seconds)
        # A progress bar repaints at once when its value changes (~1 ms, holding the GIL the
        # training thread needs): 4 times a second is plenty, except for single steps.
        now = time.monotonic()
        if self.is_paused() or steps_done >= total_steps or now - self.run.get("shown", 0.0) >= 0.25:
            self.run["shown"] = now
            self._show_progress()
            self.window.show_model_info()  # "training now: N batches in this run"

    def _show_progress(self):
        run = self.run
        if not run.get("steps_per_epoch"):
            return
        self.window.training_panel.show_progress(run["done"], run["total"], run["steps_per_epoch"],
                                                 run["epochs"], run["seconds"], self.is_paused())

    @Slot(object)
    def _on_epoch_ended(self, report):
        self.run["val_accuracy"] = report.val_accuracy  # (NaN: no validation images)
        self.window.plots.add_epoch(report.epoch, report.val_loss, report.val_accuracy,
                                    report.train_accuracy)
        def text():
            if report.val_accuracy == report.val_accuracy:  # not nan: there is a validation set
                return self.tr("Epoch {0}: validation accuracy {1:.2f}%, loss {2:.4f} "
                               "(training accuracy {5:.2f}%, loss {3:.4f}; {4:.1f} s)").format(
                    report.epoch, local(100 * report.val_accuracy), local(report.val_loss),
                    local(report.train_loss), local(report.seconds),
                    local(100 * report.train_accuracy))
            return self.tr("Epoch {0}: training accuracy {3:.2f}%, loss {1:.4f} ({2:.1f} s)").format(
                report.epoch, local(report.train_loss), local(report.seconds),
                local(100 * report.train_accuracy))
        self.window.show_status(text)

    @Slot(object, bool)
    def _on_training_failed(self, message, diverged):
        # ``message``: a text, or (a divergence) a function giving it in the current
        # language. The status tooltip keeps the function and so follows a language switch;
        # the warning, the Diagnostics note and the run's record take today's text.
        words = message
        message = current_text(message)
        title = self.tr("Training diverged") if diverged else self.tr("Training failed")
        # (the run's last status: the worker's "Measuring the test accuracy…" comes after)
        self.run.update(failed=message, failed_words=words, diverged=diverged)
        if diverged:
            # (at its first batch: its curves were never sent, its network trained)
            self._fresh_network_trains()
            self.window.diagnostics_view.set_diverged(message)
            self.window.show_status(self._diverged_status, details=words)
        else:
            self.window.show_status(title)
        self.window.warn(title, message)

    def _diverged_status(self):
        """A diverged run's status line: the trainer's message (where, the loss, which
        weights came back, what to try) is two lines or more, cut off at 1024 pixels or
        pushing the window up; it goes in the tooltip and the warning."""
        return self.tr("Training stopped: the loss diverged — last good weights kept.")

    @Slot(str)
    def _on_test_failed(self, message):
        """The run trained, but its test accuracy could not be measured: said when it ends
        (its weights are kept and shown; no dialog, nothing for the user to decide)."""
        self.run["test_failed"] = message

    def _test_failure(self, message):
        """The sentence that says the test accuracy could not be measured (``message``:
        why), or '' when it was."""
        if not message:
            return ""
        return self.tr("The test accuracy could not be measured: {0}").format(message)

    def _finished_without_test_set(self, accuracy):
        """A finished run's status line when its data has no test set: its last
        validation ``accuracy`` instead (NaN: it had no validation images)."""
        if not math.isnan(accuracy):
            return self.tr("Training finished: validation accuracy {0:.2f}% (this data has "
                           "no test set).").format(local(100 * accuracy))
        return self.tr("Training finished (this data has no test set, and no validation "
                       "images were held out).")

    @Slot(object)
    def _on_trained(self, model):
        self._fresh_network_trains()  # (an error at its first batch: no curves were sent)
        self.window.set_model(model, self.window.model_path(), unsaved=True)

    @Slot()
    def _on_run_finished(self):
        run, window = self.run, self.window
        # thread.finished is sent just before the thread really ends; wait (microseconds)
        # until it has, so that dropping the last references cannot destroy a running
        # QThread.
        self.thread.wait()
        self.worker = self.thread = None
        self.stopping = False
        window.update_controls()
        window.show_model_info()
        model = window.model()
        if run.get("total") and run.get("done", 0) >= run["total"]:
            window.training_panel.show_idle(
                lambda epochs=run["epochs"]: self.tr("Finished: {0}").format(epochs_text(epochs)))
            accuracy = model.info.get("test_accuracy") if model else None
            if run.get("test_failed") and not run.get("failed"):
                window.show_status(lambda why=run["test_failed"]: sentences(self.tr(
                    "Training finished; the trained weights are kept."), self._test_failure(why)))
            elif accuracy is not None and not run.get("failed"):
                images = int(model.info.get("test_images", 10000))
                window.show_status(lambda: english_plural(self.tr(
                    "Training finished: {0:.2f}% of the %Ln test image(s) read correctly.", "",
                    images), images).format(local(100 * accuracy)))
            elif not run.get("failed"):
                # Imported data with no test set (a Kaggle train.csv): the last epoch's
                # "Epoch 8: validation accuracy…" was left, and never said it had ended.
                last = run.get("val_accuracy", math.nan)
                window.show_status(lambda: self._finished_without_test_set(last))
        else:
            window.training_panel.show_idle(lambda: self.tr("Stopped"))
            if run.get("done") and not run.get("failed"):  # (else said below)
                why = run.get("test_failed")
                window.show_status(lambda: sentences(self.tr(
                    "Training stopped; the weights learnt so far are kept."),
                    self._test_failure(why)))
            elif run.get("stopped") and not run.get("failed"):
                # Stopped before its first batch (while the data loaded, or paused at
                # once): "Stopping…", or the worker's "Loading MNIST…" after it, was left
                # in the status bar. Nothing changed (see _fresh_network_trains).
                if model is None:
                    window.show_status(lambda: self.tr(
                        "Training stopped before its first batch: there is still no model."))
                else:
                    window.show_status(lambda: self.tr(
                        "Training stopped before its first batch: the model in use is "
                        "unchanged."))
        if run.get("failed"):
            # What went wrong and what was kept (a divergence's last good weights), not the
            # worker's "Measuring the test accuracy…", sent after it, left for good.
            if run.get("diverged"):
                window.show_status(self._diverged_status, details=run["failed_words"])
            else:
                window.show_status(lambda message=run["failed"]: message)


# Threads that did not stop in time (not expected). Kept referenced so that Python never
# destroys a running QThread, which would abort the process.
_orphans = []
