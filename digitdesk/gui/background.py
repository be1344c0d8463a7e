"""Short jobs off the GUI thread: a gradient check, reading a data file, timing a step.

``BackgroundJobs.start(function, ...)`` runs ``function(progress)`` on its own ``QThread``
(the same worker-object pattern as the training worker, see ``worker.py``) and calls back
on the GUI thread with the result or an error message. ``progress(fraction)`` reports how
far the job is (for a progress bar) and is where a cancelled job stops: it raises
``Cancelled``, which ends the job quietly.

The owner keeps one ``BackgroundJobs`` and calls ``stop_all()`` before it closes, so that no
thread outlives the window.
"""

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from .language import error_text
from .worker import start_training_thread


class Cancelled(Exception):
    """Raised by ``progress()`` in a job that was cancelled."""


class Job(QObject):
    """One function run once on a worker thread. Signals carry the result or a message;
    ``finished`` always comes last. The job never touches a widget."""

    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, function, expected_errors=(ValueError,)):
        super().__init__()  # no parent: it is moved to another thread
        self._function = function
        self._expected = tuple(expected_errors)
        self._cancelled = threading.Event()

    def cancel(self):
        """Called from the GUI thread; the job stops at its next ``progress()`` call."""
        self._cancelled.set()

    def is_cancelled(self):
        return self._cancelled.is_set()

    def progress(self, fraction):
        if self._cancelled.is_set():
            raise Cancelled()
        self.progressed.emit(float(fraction))

    @Slot()
    def run(self):
        try:
            result = self._function(self.progress)
            if not self._cancelled.is_set():
                self.done.emit(result)
        except Cancelled:
            pass
        except self._expected as error:  # a message written for the user (DataFormatError, ...)
            self.failed.emit(error_text(error))  # in the window's language where it can be
        except Exception as error:  # noqa: BLE001 - any error must reach the user, not kill the thread
            self.failed.emit(QCoreApplication.translate("BackgroundJobs", "Unexpected error: {0}").format(error))
        finally:
            self.finished.emit()


class JobHandle(QObject):
    """What ``BackgroundJobs.start`` returns: it lives on the GUI thread (the ``Job`` itself
    lives on its worker thread, and a signal of the job connected to a plain function would
    be delivered there). ``ended`` comes once the thread has ended and the result has been
    handed over; wait for it, in tests too."""

    ended = Signal()

    def __init__(self, job, parent=None):
        super().__init__(parent)
        self._job = job

    def cancel(self):
        self._job.cancel()


class BackgroundJobs(QObject):
    """Starts jobs and keeps the Python references to them (and their threads) until each
    thread has really ended.

    The job's signals are connected to this object's own methods, never to a lambda: a
    bound method of an object that lives on the GUI thread makes Qt queue the call to the
    GUI thread, where the callbacks may touch widgets. A lambda would run on the job's
    thread."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._running = {}  # job -> (thread, done, failed, progressed)

    def start(self, function, done, failed, progressed=None, expected_errors=(ValueError,)):
        """Run ``function(progress)`` on a new thread; ``done(result)`` or ``failed(message)``
        is called on the GUI thread. Returns a ``JobHandle`` (to cancel it, or wait for it)."""
        job = Job(function, expected_errors)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.progressed.connect(self._on_progressed)
        thread = start_training_thread(job)
        thread.setObjectName("BackgroundJob")
        thread.finished.connect(self._on_thread_finished)
        handle = JobHandle(job)
        self._running[job] = (thread, done, failed, progressed, handle)
        return handle

    @Slot(object)
    def _on_done(self, result):
        job = self.sender()
        entry = self._running.get(job)
        # A job cancelled after it emitted its result (the signal was already queued):
        # its owner has moved on (e.g. the dialog closed), so the result is dropped.
        if entry is not None and not job.is_cancelled():
            entry[1](result)

    @Slot(str)
    def _on_failed(self, message):
        entry = self._running.get(self.sender())
        if entry is not None:
            entry[2](message)

    @Slot(float)
    def _on_progressed(self, fraction):
        entry = self._running.get(self.sender())
        if entry is not None and entry[3] is not None:
            entry[3](fraction)

    @Slot()
    def _on_thread_finished(self):
        thread = self.sender()
        for job, entry in list(self._running.items()):
            if entry[0] is thread:
                thread.wait()  # finished comes just before the thread really ends (worker.py)
                del self._running[job]
                entry[4].ended.emit()

    def busy(self):
        return bool(self._running)

    def stop_all(self, timeout_ms=5000):
        """Cancel every job and wait for the threads (jobs are short: a check, a file).
        Their last results are dropped."""
        for job in list(self._running):
            job.cancel()
        for job, entry in list(self._running.items()):
            if entry[0].wait(timeout_ms):
                del self._running[job]
        # A thread still running here stays referenced (in _running) rather than destroyed.
