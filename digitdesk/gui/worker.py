"""The training worker: runs the engine's ``Trainer`` on its own thread.

The pattern (as in superqt and napari): a parentless ``QObject`` is moved to a ``QThread``;
``thread.started`` runs ``worker.run``; when ``run`` returns, ``worker.finished`` quits the
thread. ``start_training_thread`` wires this together. Unlike superqt, neither object is
cleaned up with ``deleteLater``: the window holds Python references to both anyway, and
``worker.deleteLater`` (run on the worker's thread as it ends) raced with Python deleting
the same object on the GUI thread when the window dropped its reference: a crash about one
run in ten, found by the tests. Here Python alone owns both; the window drops them only
after ``thread.wait()`` has confirmed that the thread has ended.

The worker never touches a widget. It talks to the window only through signals that carry
plain numbers, NumPy arrays it no longer uses, frozen reports and *copies* of the model,
and only a few times a second: a small network trains hundreds of batches a second, and
one signal per batch would flood the GUI thread's event queue.

The window controls the worker by calling ``pause``, ``resume``, ``step_once`` and
``stop`` directly from the GUI thread. These only change flags under a lock; the training
loop looks at them between two batches. (A queued signal would not do: the worker's thread
is busy in ``run`` and never returns to its event loop to receive it.)
"""

import math
import threading
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from ..data import load_mnist
from ..engine import Model, Trainer, TrainingDiverged
from ..engine.distributions import layer_distributions
from ..engine.trainer import training_data
from ..threads import BLAS_THREADS, limit_blas_threads
from .language import error_text
from .numbers import count
from .wording import english_plural

# How often the worker reports, in seconds. The plots redraw 10 times a second, so batch
# points come as often; the weight snapshot (for the drawing panel) costs a copy of every
# weight. Every report costs the GUI thread time, and the GIL the training thread needs.
BATCH_REPORT_INTERVAL = 0.1
SNAPSHOT_INTERVAL = 0.25
# Histograms of weights, inputs and gradients (the Distributions tab, while it is shown):
# a few milliseconds each time, twice a second costs the training ~1%.
DISTRIBUTIONS_INTERVAL = 0.5


class WorkerWords(QObject):
    """The worker's sentences with a count: numerus messages (a form per plural form of
    the language) need a class's ``tr`` for pyside6-lupdate, and a status text that called
    the worker's own would keep the worker alive after its run."""

    def training_on(self, images, validation):
        """"Training on 1 image, validating on 0…", "Обучение на 21 изображении…"."""
        return english_plural(self.tr("Training on %Ln image(s), validating on {0}…", "",
                                      images), images).format(count(validation))


worker_words = WorkerWords()


class TrainingWorker(QObject):
    """Trains ``model`` (which it owns from now on) with ``model.config``.

    Signals, in the order they come:

    * ``status(object)``: what the worker is doing, for the status bar: a function that
      says it in the current language (the message follows a change of language).
    * ``started(total_steps, steps_per_epoch)``: data loaded, training begins.
    * ``batches(epochs, losses)``: new per-batch points as two float arrays (x in
      fractional epochs), gathered over ~50 ms.
    * ``reports(list)``: the engine's ``StepReport``s of those batches (frozen; with the
      per-layer diagnostics every few batches), for the diagnostics plots and findings.
    * ``progress(steps_done, total_steps, seconds)``: for the progress bar.
    * ``epochEnded(EpochReport)``: validation loss and accuracy of a finished epoch.
    * ``snapshot(Model)``: a copy of the current weights (no history), a few times a second.
    * ``ratesChanged(epoch, learning_rate, momentum)``: a ``change_rates`` took effect
      before the batch after ``epoch`` (fractional epochs).
    * ``distributions(tuple)``: ``engine.distributions.LayerDistribution`` per layer, for
      the last batch, every ``DISTRIBUTIONS_INTERVAL`` while ``want_distributions(True)``,
      and once at the end of the training (before ``trained``).
    * ``failed(object, bool)``: a message for the user; ``True`` if the loss diverged.
      A divergence sends a function that gives the message in the window's current
      language (the trainer's words are a phrase), so a read-out that keeps it (the status
      bar's tooltip) follows View > Language; any other failure sends a text.
    * ``testFailed(str)``: measuring the test accuracy after the training failed (why, for
      the user). The training itself went well: its weights and histograms stand.
    * ``trained(Model)``: the model at the end (with its history), also after a stop or a
      divergence (then with the last good weights). Not sent if no training happened.
    * ``finished()``: always last.
    """

    status = Signal(object)
    started = Signal(int, int)
    batches = Signal(object, object)
    reports = Signal(object)
    progress = Signal(int, int, float)
    epochEnded = Signal(object)
    snapshot = Signal(object)
    ratesChanged = Signal(float, float, float)
    distributions = Signal(object)
    failed = Signal(object, bool)
    testFailed = Signal(str)
    trained = Signal(object)
    finished = Signal()

    def __init__(self, model, start_paused=False, blas_threads=None, data=None):
        """``data``: ``(x_train, y_train, x_test, y_test)`` to train on (e.g. an imported
        Kaggle CSV; ``x_test`` may be None); None for the bundled MNIST."""
        super().__init__()  # no parent: it is moved to another thread
        self._model = model
        self._data = data
        self._blas_threads = BLAS_THREADS if blas_threads is None else blas_threads
        # The controls. Every access holds the condition's lock; the training loop waits
        # on it while paused, and every control method wakes it up.
        self._control = threading.Condition()
        self._paused = start_paused
        self._stopping = False
        self._steps_allowed = 0  # batches to train while paused ("Step")
        self._new_rates = None  # (learning rate, momentum) for the next batch, or None
        self._distributions_wanted = False

    # --- controls, called from the GUI thread -----------------------------------------
    def pause(self):
        with self._control:
            self._paused = True

    def resume(self):
        with self._control:
            self._paused = False
            self._control.notify_all()

    def step_once(self):
        """Train one batch, then stay paused (pauses first if running)."""
        with self._control:
            self._paused = True
            self._steps_allowed += 1
            self._control.notify_all()

    def change_rates(self, learning_rate, momentum):
        """Train with this base learning rate and momentum from the next batch on (also
        after a pause: a paused run resumes with them)."""
        with self._control:
            self._new_rates = (learning_rate, momentum)

    def want_distributions(self, wanted):
        """Send ``distributions`` while training (only while someone shows them)."""
        with self._control:
            self._distributions_wanted = bool(wanted)

    def _take_new_rates(self):
        with self._control:
            rates, self._new_rates = self._new_rates, None
            return rates

    def stop(self):
        with self._control:
            self._stopping = True
            self._control.notify_all()

    def is_paused(self):
        with self._control:
            return self._paused

    # --- the worker thread ------------------------------------------------------------
    def _may_train_a_batch(self):
        """Wait while paused; ``True`` to train the next batch, ``False`` to stop."""
        with self._control:
            while True:
                if self._stopping:
                    return False
                if not self._paused:
                    return True
                if self._steps_allowed > 0:
                    self._steps_allowed -= 1
                    return True
                self._control.wait()

    def _is_paused(self):
        with self._control:
            return self._paused

    @Slot()
    def run(self):
        trainer = None
        try:
            trainer = self._make_trainer()
            if trainer is not None:
                # Limits the BLAS library for the whole process while training runs (OpenBLAS
                # has one global thread count); the GUI thread only predicts single images.
                with limit_blas_threads(self._blas_threads):
                    self._train(trainer)
                    self._measure_test(trainer)
        except TrainingDiverged as error:
            # The trainer has already put the last good weights back into the model.
            # Said in the window's language, again each time it is asked (after a switch).
            self.failed.emit(lambda error=error: error_text(error), True)
            # How well those read (a run that blew up at once kept its random start): the
            # window then knows whether the model reads at all (no adapting one that does not).
            # With the worker's BLAS limit, as every pass over the test set.
            with limit_blas_threads(self._blas_threads):
                self._measure_test(trainer)
        except Exception as error:  # noqa: BLE001 - any error must reach the user, not kill the thread
            self.failed.emit(QCoreApplication.translate("TrainingWorker", "Training stopped because of an error: {0}").format(error_text(error)), False)
        finally:
            if trainer is not None and trainer.steps_done > 0:
                self.trained.emit(self._model.copy())
            self.finished.emit()

    def _make_trainer(self):
        """Load MNIST (here, not on the GUI thread) and build the trainer; ``None`` if a
        stop came while loading."""
        config = self._model.config
        if self._data is None:
            self.status.emit(lambda: QCoreApplication.translate("TrainingWorker", "Loading MNIST…"))
        x_all, y_all, _, _ = self._dataset()
        # the chosen digits, the validation hold-out, then the training subset
        x_train, y_train, x_val, y_val = training_data(config, x_all, y_all)
        with self._control:
            if self._stopping:
                return None
        trainer = Trainer(self._model, x_train, y_train, x_val, y_val)
        self.started.emit(trainer.total_steps, trainer.steps_per_epoch)
        train_rows, val_rows = len(x_train), len(x_val)
        self.status.emit(lambda: worker_words.training_on(train_rows, val_rows))
        return trainer

    def _train(self, trainer):
        xs, losses, reports = [], [], []  # batch points not yet sent
        start = time.perf_counter()
        last_points = last_snapshot = last_distributions = start
        initial_weights = self._model.network.weights()  # the histograms compare with these
        paused_seconds = 0.0  # kept out of the "time left" estimate

        def send_points():
            if xs:
                self.batches.emit(np.array(xs), np.array(losses))
                self.reports.emit(list(reports))
                xs.clear()
                losses.clear()
                reports.clear()
            self.progress.emit(trainer.steps_done, trainer.total_steps,
                               time.perf_counter() - start - paused_seconds)

        while not trainer.done:
            wait_start = time.perf_counter()
            if not self._may_train_a_batch():
                break
            paused_seconds += time.perf_counter() - wait_start
            rates = self._take_new_rates()
            if rates is not None:
                trainer.change_rates(*rates)
                self.ratesChanged.emit(trainer.model.history["rate_change_epoch"][-1], *rates)
            report = trainer.step()
            xs.append(report.epoch_progress)
            reports.append(report)
            losses.append(report.loss if math.isfinite(report.loss) else np.nan)

            now = time.perf_counter()
            # While paused (single steps) every batch is shown at once.
            paused = self._is_paused()
            if report.epoch is not None or paused or now - last_points >= BATCH_REPORT_INTERVAL:
                send_points()
                last_points = now
            if report.epoch is not None:
                self.epochEnded.emit(report.epoch)
            with self._control:
                wanted = self._distributions_wanted
            if wanted and (paused or now - last_distributions >= DISTRIBUTIONS_INTERVAL):
                self.distributions.emit(layer_distributions(self._model.network, initial_weights))
                last_distributions = now
            if report.epoch is not None or paused or now - last_snapshot >= SNAPSHOT_INTERVAL:
                self.snapshot.emit(self.snapshot_of(self._model))
                last_snapshot = now
        send_points()
        if trainer.steps_done:  # (stopped before a batch: the weights the window has)
            self.snapshot.emit(self.snapshot_of(self._model))
            # The last batch's distributions, whether or not the tab was shown: the layers
            # keep that batch's arrays only here, and the tab shows them after the run.
            self.distributions.emit(layer_distributions(self._model.network, initial_weights))

    def _measure_test(self, trainer):
        """``_test``, whose failure (e.g. no memory left for the test set) costs only the
        test accuracy: it is reported as ``testFailed``, not as a failed training, so the
        trained weights and the histograms of their last batch stay shown."""
        try:
            self._test(trainer)
        except Exception as error:  # noqa: BLE001 - the user must hear of it, the run stands
            for key in ("test_accuracy", "test_loss", "test_images"):
                self._model.info.pop(key, None)  # (an earlier run's: not these weights')
            self.testFailed.emit(error_text(error))

    def _test(self, trainer):
        """Measure the trained model on the MNIST test images (~0.1 s), as the
        command line does, so the window can show the test accuracy."""
        if trainer.steps_done == 0:
            return
        _, _, x_test, y_test = self._dataset()
        if x_test is None or y_test is None:
            return
        self.status.emit(lambda: QCoreApplication.translate("TrainingWorker", "Measuring the test accuracy…"))
        x_test, y_test = self._model.config_rows(x_test, y_test)  # only the digits it learns
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged model may overflow
            loss, accuracy = self._model.evaluate(x_test, y_test)
        self._model.info.update(test_accuracy=accuracy, test_loss=loss, test_images=len(y_test))

    def _dataset(self):
        return load_mnist() if self._data is None else self._data

    @staticmethod
    def snapshot_of(model):
        """A copy of the weights for the GUI thread. Without the history, which grows with
        every batch and is not needed to predict (the plot has its own copy)."""
        return Model(model.config, network=model.network.copy(), info=model.info)


def start_training_thread(worker):
    """Move ``worker`` to a new ``QThread``, start it and return the thread. The caller
    keeps references to both until ``thread.finished``, then calls ``thread.wait()`` and
    drops them (see the module docstring)."""
    thread = QThread()
    thread.setObjectName("TrainingThread")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and the GUI thread may be blocked in
    # thread.wait() (closing the window), unable to run a queued call.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
