"""Reading the validation set with a model, off the GUI thread.

``ValidationEvaluator.request(model)`` reads the validation images (the same split the
training uses: ``training_data`` on MNIST, or on the data the run trains on) with a copy of
``model`` on a thread of its own pool, and sends the ``ValidationResult`` back with the
``evaluated`` signal. Reading 5,000 images takes tens of milliseconds (longer for a model
that deskews, and the first time MNIST is loaded), long enough to make the window stutter
if it ran on the GUI thread once an epoch.

Requests that arrive while one is running are not queued up: only the newest waits, and it
starts when the running one ends. During training a new epoch can never pile up work.

The window calls ``shut_down()`` as it closes (and the application as it quits): no job
may still run when Python shuts down, or its thread is torn down in the middle of the job
("Qt Concurrent has caught an exception thrown from a worker thread"). Closing does not
wait for a whole reading (a slow model's can take seconds): the job is told to stop, and
stops before its next batch of images.

The job talks back through a small ``QObject`` (``_Messenger``) made on the GUI thread:
a signal emitted on the pool's thread is delivered on the GUI thread (a queued connection),
carrying a result that the job no longer touches.
"""

import functools
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from ..data import load_mnist
from ..engine import Model
from ..engine.explain import ReadingCancelled, evaluate_validation
from ..engine.trainer import training_data


class _Messenger(QObject):
    """Carries a job's answer from the pool thread to the GUI thread."""
    evaluated = Signal(int, object)  # request number, ValidationResult
    failed = Signal(int, str)  # request number, a message for the user
    stopped = Signal(int)  # request number: the job was told to stop and did


def _evaluate(number, model, data, messenger, stop):
    """The job (runs on the pool's thread): never touches a widget. ``stop`` (an
    ``Event``) set: it ends before its next batch of images."""
    try:
        x_all, y_all = (load_mnist() if data is None else data)[:2]
        _, _, x_val, y_val = training_data(model.config, x_all, y_all)
        result = evaluate_validation(model, x_val, y_val, should_stop=stop.is_set)
    except ReadingCancelled:
        answer = (messenger.stopped, number)
    except Exception as error:  # noqa: BLE001 - any error must reach the user as a message
        answer = (messenger.failed, number, QCoreApplication.translate("ValidationEvaluator", "Could not read the validation set: {0}").format(error))
    else:
        answer = (messenger.evaluated, number, result)
    try:
        answer[0].emit(*answer[1:])
    except RuntimeError:
        pass  # the window has gone while this ran: nobody is waiting for the answer


class ValidationEvaluator(QObject):
    """Reads the validation set with a model on another thread.

    Signals: ``started()`` when a job starts; ``evaluated(ValidationResult)`` with the
    answer for the newest request; ``failed(str)``.
    """

    started = Signal()
    evaluated = Signal(object)
    failed = Signal(str)

    SHUT_DOWN_MS = 10_000  # a last resort: a job stops at its next batch

    def __init__(self, parent=None):
        super().__init__(parent)
        # The pool is made before the messenger, so Qt destroys it first: its destructor
        # waits for a running job, which can then still reach the messenger.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one job at a time: they only compete otherwise
        self._messenger = _Messenger(self)
        self._messenger.evaluated.connect(self._on_evaluated)
        self._messenger.failed.connect(self._on_failed)
        self._messenger.stopped.connect(self._on_stopped)
        self._data = None  # None: MNIST
        self._requests = 0  # number of the newest request
        self._running = False
        self._waiting = None  # (number, model) of a request waiting for the running job
        self._stop = threading.Event()  # set: the running job stops at its next batch
        app = QCoreApplication.instance()
        if app is not None:  # a bound slot: disconnected by Qt when this object goes
            app.aboutToQuit.connect(self.shut_down)

    def set_data(self, data):
        """Read the validation split of ``data`` (``(x_train, y_train, ...)`` as the
        training worker takes it, e.g. imported) instead of MNIST; ``None``: MNIST."""
        self._data = data

    def request(self, model):
        """Read the validation set with (a copy of) ``model``. The copy is made here, on
        the GUI thread: the drawing panel keeps reading the original while the job runs."""
        self._requests += 1
        twin = Model(model.config, network=model.network.copy())
        if self._running:
            self._waiting = (self._requests, twin)
        else:
            self._start(self._requests, twin)

    def cancel(self):
        """Forget every request: answers to them are dropped (e.g. the model was closed),
        and the running job stops at its next batch of images."""
        self._requests += 1
        self._waiting = None
        self._stop.set()

    @Slot()
    def shut_down(self):
        """Forget every request, tell the running job to stop, and wait for it to end
        (the batch it is reading: a fraction of a second; at most SHUT_DOWN_MS if it is
        still loading MNIST). Called as the window closes."""
        self.cancel()
        self._pool.waitForDone(self.SHUT_DOWN_MS)

    def is_busy(self):
        return self._running

    def wait(self, msecs=-1):
        """Block until no job runs (tests, closing); ``True`` if none does."""
        return self._pool.waitForDone(msecs)

    def _start(self, number, model):
        self._running = True
        self._stop = threading.Event()  # (the one a cancel set was the stopped job's)
        self.started.emit()
        self._pool.start(functools.partial(_evaluate, number, model, self._data,
                                           self._messenger, self._stop))

    def _job_ended(self):
        self._running = False
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(*waiting)

    def _on_evaluated(self, number, result):
        self._job_ended()
        if number == self._requests:  # an older answer is not worth showing
            self.evaluated.emit(result)

    def _on_stopped(self, _number):
        self._job_ended()  # (told to stop: its request was forgotten)

    def _on_failed(self, number, message):
        self._job_ended()
        if number == self._requests:
            self.failed.emit(message)
