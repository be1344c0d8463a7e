"""Training control: Start, Pause/Resume, Step, Stop and Reset weights.

Training never changes the model in use in place: the worker trains its own copy on
another thread and sends snapshots for the drawing panel while it runs, and the trained
model at the end, which then becomes the model in use.
"""

import copy
import time

from PySide6.QtCore import QCoreApplication, QObject, Slot

from ..engine import Model
from .worker import TrainingWorker, start_training_thread

STOP_TIMEOUT_MS = 2000  # the worker stops between two batches, far sooner than this


def same_network(a, b):
    """True if configs ``a`` and ``b`` describe networks of the same shape, so that the
    weights of one fit the other (the initialisation and seed only matter for new weights)."""
    return (a.layer_sizes == b.layer_sizes and a.activation == b.activation
            and a.head == b.head and a.bias == b.bias
            # the same outputs must mean the same digits, and the input be prepared alike
            and a.classes == b.classes and a.deskew == b.deskew)


class TrainingControl(QObject):
    """Runs the training worker for the window. ``worker`` and ``thread`` are set while a
    run is going on; ``run`` holds facts about it for the progress bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker = None
        self.thread = None
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

    # --- the buttons ---------------------------------------------------------------------------
    @Slot()
    def start(self, start_paused=False):
        """Train with the form's settings, going on from the current weights when the
        network's shape is unchanged, else from fresh weights."""
        window = self.window
        if self.is_training():
            return
        config = window.config_or_warn()
        if config is None:
            return
        current = window.model()
        new_network = not (current is not None and same_network(current.config, config))
        if not new_network:
            # Go on from the current weights, with the form's training settings. The network
            # is built from the form (a bug-lab switch may have changed its layers), then
            # given the current weights.
            model = Model(config, history=copy.deepcopy(current.history))
            model.network.set_weights(current.network.weights())
        else:
            if not window.confirm_discard(self.tr("start a new network")):
                return
            model = Model(config)
            window.plots.clear()
            window.set_model(model.copy())
        self.run = {"epochs": config.epochs, "total": 0, "steps_per_epoch": 0,
                    "done": 0, "seconds": 0.0,
                    "last_epoch": len(model.history["epoch"]) + config.epochs}
        window.diagnostics_view.start_run(config, self.run["last_epoch"], new_network)
        data = window.data_import.worker_data()
        worker = TrainingWorker(model, start_paused=start_paused, data=data)
        worker.reports.connect(window.diagnostics_view.add_reports)
        worker.status.connect(window.show_status)
        worker.started.connect(self._on_run_started)
        worker.batches.connect(window.plots.add_batches)
        worker.progress.connect(self._on_progress)
        worker.epochEnded.connect(self._on_epoch_ended)
        worker.snapshot.connect(window.digit_panel.set_model)
        worker.snapshot.connect(window.inside_view.show_snapshot)
        worker.epochEnded.connect(window.inside_view.epoch_ended)
        window.inside_view.set_training_data(data)
        worker.failed.connect(self._on_training_failed)
        worker.trained.connect(self._on_trained)
        self.worker = worker
        self.thread = start_training_thread(worker)
        # The thread's own finished, not the worker's: only then has the thread really
        # ended, and only then may the last references to it be dropped.
        self.thread.finished.connect(self._on_run_finished)
        window.training_panel.show_idle(lambda: self.tr("Loading MNIST…"))
        window.update_controls()

    @Slot()
    def toggle_pause(self):
        if not self.is_training():
            return
        if self.worker.is_paused():
            self.worker.resume()
            self.window.show_status(self.tr("Training resumed."))
        else:
            self.worker.pause()
            self.window.show_status(self.tr("Paused. Space resumes; F10 trains one batch."))
        self.window.update_controls()
        self._show_progress()

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
        if not wait:
            self.window.show_status(self.tr("Stopping…"))
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
    def reset_weights(self):
        window = self.window
        if self.is_training():
            return
        config = window.config_or_warn()
        if config is None:
            return
        if not window.confirm_discard(self.tr("reset the weights")):
            return
        window.plots.clear()
        window.diagnostics_view.clear()
        window.set_model(Model(config))
        window.training_panel.show_idle()
        window.show_status(self.tr("Fresh random weights: {0}.").format(config.describe()))

    # --- the worker's signals ----------------------------------------------------------------
    @Slot(int, int)
    def _on_run_started(self, total_steps, steps_per_epoch):
        self.run.update(total=total_steps, steps_per_epoch=steps_per_epoch)
        self.window.plots.prepare_run(self.run["last_epoch"], steps_per_epoch)
        self._show_progress()

    @Slot(int, int, float)
    def _on_progress(self, steps_done, total_steps, seconds):
        self.run.update(done=steps_done, total=total_steps, seconds=seconds)
        # A progress bar repaints at once when its value changes (~1 ms, holding the GIL the
        # training thread needs): 4 times a second is plenty, except for single steps.
        now = time.monotonic()
        if self.is_paused() or steps_done >= total_steps or now - self.run.get("shown", 0.0) >= 0.25:
            self.run["shown"] = now
            self._show_progress()

    def _show_progress(self):
        run = self.run
        if not run.get("steps_per_epoch"):
            return
        self.window.training_panel.show_progress(run["done"], run["total"], run["steps_per_epoch"],
                                                 run["epochs"], run["seconds"], self.is_paused())

    @Slot(object)
    def _on_epoch_ended(self, report):
        self.window.plots.add_epoch(report.epoch, report.val_loss, report.val_accuracy)
        if report.val_accuracy == report.val_accuracy:  # not nan: there is a validation set
            text = self.tr("Epoch {0}: validation accuracy {1:.2f}%, loss {2:.4f} "
                           "(training loss {3:.4f}, {4:.1f} s)").format(
                report.epoch, 100 * report.val_accuracy, report.val_loss, report.train_loss,
                report.seconds)
        else:
            text = self.tr("Epoch {0}: training loss {1:.4f} ({2:.1f} s)").format(
                report.epoch, report.train_loss, report.seconds)
        self.window.show_status(text)

    @Slot(str, bool)
    def _on_training_failed(self, message, diverged):
        title = self.tr("Training diverged") if diverged else self.tr("Training failed")
        if diverged:
            self.window.diagnostics_view.set_diverged(message)
        self.window.show_status(title)
        self.window.warn(title, message)

    @Slot(object)
    def _on_trained(self, model):
        self.window.set_model(model, self.window.model_path(), unsaved=True)

    @Slot()
    def _on_run_finished(self):
        run, window = self.run, self.window
        # thread.finished is sent just before the thread really ends; wait (microseconds)
        # until it has, so that dropping the last references cannot destroy a running
        # QThread.
        self.thread.wait()
        self.worker = self.thread = None
        window.update_controls()
        model = window.model()
        if run.get("total") and run.get("done", 0) >= run["total"]:
            window.training_panel.show_idle(
                lambda epochs=run["epochs"]: self.tr("Finished: {0} epochs").format(epochs))
            accuracy = model.info.get("test_accuracy") if model else None
            if accuracy is not None:
                count = model.info.get("test_images", 10000)
                window.show_status(self.tr("Training finished: {0:.2f}% of the {1:,} test "
                                           "images read correctly.").format(100 * accuracy, count))
        else:
            window.training_panel.show_idle(lambda: self.tr("Stopped"))
            if run.get("done"):
                window.show_status(self.tr("Training stopped; the weights learnt so far are kept."))


# Threads that did not stop in time (not expected). Kept referenced so that Python never
# destroys a running QThread, which would abort the process.
_orphans = []
