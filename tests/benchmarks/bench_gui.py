"""How responsive the app is while it trains. A script that prints figures, not a test.

    python tests/benchmarks/bench_gui.py [--epochs 4] [--threads 1 2] [--repeats 3]
        [--parts speed pad startup] [--layers conv32x5,pool2,conv64x5,pool2,dense128]
        [--train-size 55000] [--deskew]

In one run, for each BLAS thread count of the training worker:

(a) the engine's epoch time headless (a plain ``Trainer`` loop, no Qt) vs inside the
    running app (the main window offscreen, training started from the form, the plot
    live, a digit on the pad), and their ratio (target: the app keeps >= 0.8x the headless
    speed), for the app alone and while (b) runs;
(b) the latency of a 10 ms ``QTimer`` on the GUI thread while training: how late each
    tick fires, 50th/99th percentile and worst (target: 99th percentile <= 30 ms);
(c) = (a) and (b) for each ``--threads`` value;
(d) the time from a mouse move on the drawing pad to updated probabilities: the work
    itself (render, MNIST-style preparation, predict, paint), idle and while training (target
    <= 5 ms), and end to end through the event loop for a move after a pause (while the
    mouse keeps moving, the panel updates at most every PREDICTION_INTERVAL_MS instead);
(e) start-up: a fresh process until the window is shown and painted;
(f) a run's end: what the window does when the worker hands over the trained model (the
    model put in use, the run kept in Compare runs), wall and CPU time of the GUI thread,
    with the learning curves in front (the probe timer's worst tick of a run came there),
    once with an empty run list and once with a full one (MAX_RUNS runs of real size).

Settings, the run list and the personal digits live in temporary folders
(``DIGITDESK_DATA_DIR``): what a run leaves behind never changes the next run's figures.

The configuration is 784-128-10, ReLU, batch 128, momentum, 55,000 training images and
5,000 for validation (epoch times include the validation pass, in both settings).
``--layers`` measures another network instead, e.g. a CNN (the pad then predicts with it
too); ``--deskew`` makes it deskew, as the accurate and convolutional presets do (training
and every pad reading then straighten the digit first); ``--train-size`` trains on fewer
images, so that a slow network's epoch stays short.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402

from digitdesk.data import load_mnist, split_validation  # noqa: E402
from digitdesk.engine import Model, TrainConfig, Trainer  # noqa: E402
from digitdesk.engine.averaging import VERSIONS, averages  # noqa: E402
from digitdesk.gui import digit_panel  # noqa: E402
from digitdesk.engine.runs import (DIAGNOSTIC_POINTS, MAX_RUNS, RUNS_FILE,  # noqa: E402
                                   DiagnosticsHistory, RunList, run_record)
from digitdesk.engine.trainer import train_val_split_sizes  # noqa: E402

CONFIG = TrainConfig(hidden=(128,), activation="relu", init="he", optimizer="momentum",
                     learning_rate=0.1, batch_size=128, epochs=2, val_size=5000)


# The GUI thread's CPU time / wall time while the app trains, per run: the share of the
# time it is busy (it then mostly holds the GIL, which the training thread also needs).
GUI_BUSY = []


def percentile(values, q):
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def headless_epoch_seconds(config, threads):
    x_all, y_all, _, _ = load_mnist()
    train_size, val_size = train_val_split_sizes(config, len(x_all))
    x, y, xv, yv = split_validation(x_all, y_all, val_size, seed=config.seed)
    trainer = Trainer(Model(config), x[:train_size], y[:train_size], xv, yv)
    seconds = []
    with threadpool_limits(limits=threads, user_api="blas"):
        while not trainer.done:
            report = trainer.step()
            if report.epoch is not None:
                seconds.append(report.epoch.seconds)
    return seconds


def wait_until(app, condition, timeout=300.0):
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("timed out")
        app.processEvents()
        time.sleep(0.001)


class TimerLatency:
    """A 10 ms QTimer on the GUI thread; records how late each tick comes."""

    def __init__(self):
        self.late_ms = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self):
        self.late_ms.clear()
        self._clock.start()
        self._last = 0.0
        self._timer.start()

    def stop(self):
        self._timer.stop()

    def _tick(self):
        now = self._clock.nsecsElapsed() / 1e6
        self.late_ms.append(max(0.0, now - self._last - 10.0))
        self._last = now


def in_app(app, window, config, threads, measure_predictions=False, probe=True):
    """Train ``config`` in the window with ``threads`` BLAS threads, running the real Qt
    event loop; return the epoch times, the timer lateness (ms; none without ``probe``),
    and, with ``measure_predictions``, the work of a pad mouse move every 50 ms while it
    trains. The 10 ms probe timer is itself work for the GUI thread 100 times a second."""
    import digitdesk.gui.worker as worker_module
    worker_module.BLAS_THREADS = threads
    window.plots.clear()
    window.training_panel.set_config(config)
    latency = TimerLatency()
    predict_ms = []
    mover = QTimer()
    mover.setInterval(50)
    mover.timeout.connect(lambda: predict_ms.append(prediction_work_ms(window)))
    previous = window.model()
    window.start_training()
    # A run that goes on from the current weights keeps their history: its epochs are
    # those after the previous model's.
    first_epoch = (0 if previous is None or window.training.run.get("fresh_model") is not None
                   else len(previous.history.get("epoch_seconds", [])))
    # The run ends when the window says so (on the GUI thread, in this event loop), not
    # on a signal connected after the start: a tiny run can be over before the connection
    # is made, and the loop would wait for ever.
    loop = QEventLoop()
    watch = QTimer()
    watch.setInterval(20)
    watch.timeout.connect(lambda: window.is_training() or loop.quit())
    # Measure from the first batch on (MNIST loading is a one-off).
    wait_until(app, lambda: window.plots.point_count() > 0 or not window.is_training())
    if probe:
        latency.start()
    if measure_predictions:
        mover.start()
    cpu, wall = time.thread_time(), time.perf_counter()
    watch.start()
    if window.is_training():
        loop.exec()
    watch.stop()
    GUI_BUSY.append((time.thread_time() - cpu) / (time.perf_counter() - wall))
    latency.stop()
    mover.stop()
    epoch_seconds = list(window.model().history["epoch_seconds"][first_epoch:])
    return epoch_seconds, latency.late_ms, predict_ms


def fresh_stroke(canvas, steps=60):
    """Clear the pad and draw most of a "2" (press and moves; the button stays down)."""
    canvas.clear()
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    t = np.linspace(0, 1, steps)
    xs = 0.35 + 0.3 * np.sin(np.pi * t * 1.2)
    ys = 0.25 + 0.5 * t
    points = [QPoint(int(left + x * side), int(top + y * side)) for x, y in zip(xs, ys)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(canvas, p)


def prediction_work_ms(window):
    """One mouse move on the pad plus the prediction update it causes (render the
    strokes, prepare the 28 x 28 image, predict, repaint the bars), timed together. The
    panel's throttling timer is left out: a deliberate pause between updates while the
    mouse keeps moving, not work."""
    canvas, panel = window.drawing_canvas, window.digit_panel
    if len(canvas.strokes()) != 1 or len(canvas.strokes()[0]) > 120:
        fresh_stroke(canvas)
    last = canvas.strokes()[0][-1]
    scale = min(canvas.width(), canvas.height()) / 280
    point = QPoint(int(last.x() * scale + (canvas.width() - 280 * scale) / 2) + 2,
                   int(last.y() * scale + (canvas.height() - 280 * scale) / 2) + 1)
    start = time.perf_counter()
    QTest.mouseMove(canvas, point)
    panel._update_prediction()
    # Paint what the move and the new probabilities asked to repaint (the pad only around
    # the new segment), as the event loop would next; nothing else that is queued.
    QApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
    return (time.perf_counter() - start) * 1000


def end_to_end_ms(app, window, samples=20):
    """A mouse move after a pause -> new probabilities shown, through the event loop."""
    from digitdesk.gui.digit_panel import PREDICTION_INTERVAL_MS
    canvas, view = window.drawing_canvas, window.probability_view
    times = []
    for i in range(samples):
        fresh_stroke(canvas, steps=20 + i)
        wait_until(app, lambda: view.probabilities() is not None, timeout=5)
        pause = time.perf_counter() + 2 * PREDICTION_INTERVAL_MS / 1000
        wait_until(app, lambda pause=pause: time.perf_counter() > pause)
        before = view.probabilities()
        start = time.perf_counter()
        QTest.mouseMove(canvas, QPoint(canvas.width() // 2 + 40, canvas.height() // 2 + 60))
        wait_until(app, lambda before=before: not np.array_equal(view.probabilities(), before),
                   timeout=5)
        app.processEvents()  # and painted
        times.append((time.perf_counter() - start) * 1000)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton)
    return times


STARTUP_CODE = r"""
import time, os
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import tempfile
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
app = QApplication([])
from digitdesk.gui import MainWindow
t_import = time.perf_counter()
w = MainWindow()
w.show()
app.processEvents()
w.repaint()
t1 = time.perf_counter()
print(t_import - t0, t1 - t_import, t1 - t0)
"""


def startup_seconds(runs=3):
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP_CODE], capture_output=True, text=True,
                             check=True).stdout.split()
        total = time.perf_counter() - start
        results.append((*map(float, out), total))
    return min(results, key=lambda r: r[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=4,
                        help="epochs per run (an epoch takes about half a second)")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--tab", default=None,
                        help="objectName of a view to show while training, e.g. "
                             "distributionsView (default: the learning curves)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="headless/app pairs per thread count, alternating")
    parser.add_argument("--parts", nargs="+", choices=["speed", "pad", "startup", "end"],
                        default=["speed", "pad", "startup", "end"],
                        help="what to measure: (a-c) speed and timer, (d) pad, (e) start-up, "
                             "(f) a run's end")
    parser.add_argument("--layers", default=None,
                        help="the network's layers instead of 784-128-10, e.g. "
                             "conv32x5,pool2,conv64x5,pool2,dense128")
    parser.add_argument("--train-size", type=int, default=None,
                        help="training images per epoch (default: all 55,000)")
    parser.add_argument("--deskew", action="store_true",
                        help="straighten every digit first, in training and on the pad")
    args = parser.parse_args()
    config = CONFIG.replace(epochs=args.epochs, train_size=args.train_size, deskew=args.deskew)
    if args.layers:
        config = config.replace(layers=args.layers)

    blas = [(i["internal_api"], i["num_threads"], i.get("version")) for i in threadpool_info()
            if i["user_api"] == "blas"]
    print(f"{os.cpu_count()} CPUs; BLAS: {blas}")
    print(f"config: {config.describe()}{', deskew' if config.deskew else ''}, "
          f"{config.train_size or 55000:,} training / "
          f"5,000 validation images")

    # Nothing of the user's, nor of an earlier run of this script: settings, the run list
    # and the personal digits all go to temporary folders (the start-up part inherits them).
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    os.environ["DIGITDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-gui-data-")
    app = QApplication([sys.argv[0]])
    load_mnist()  # once, so that neither side pays for reading the files
    from digitdesk.gui import MainWindow
    window = MainWindow()
    if args.tab:
        window.views.setCurrentWidget(window.findChild(QWidget, args.tab))
    window.ask_before_discarding = False
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    fresh_stroke(window.drawing_canvas)  # ink on the pad: every weight snapshot re-predicts

    if "speed" in args.parts:
        measure_speed(app, window, config, args.threads, args.repeats)
    if "pad" in args.parts:
        measure_pad(app, window, config)
    if "end" in args.parts:
        measure_run_end(app, window, config)
    window.close()
    if "startup" in args.parts:
        print("\n(e) start-up (fresh process, best of 3)")
        imports, build, total_in, wall = startup_seconds()
        print(f"  Qt + app imports {imports:.2f} s, MainWindow built and shown {build:.2f} s, "
              f"in-process total {total_in:.2f} s, wall incl. interpreter {wall:.2f} s")


def measure_speed(app, window, config, thread_counts, repeats):
    print("\n(a-c) epoch time headless vs in the app (alone, and with the 10 ms probe timer);"
          " the probe timer's lateness while training")
    print(f"{'BLAS threads':>12s} {'headless s/epoch':>17s} {'app s/epoch':>12s} {'speed':>6s}"
          f" {'app+timer s/epoch':>18s} {'speed':>6s} {'timer late p50':>15s} {'p99':>8s}"
          f" {'max':>8s}")
    for threads in thread_counts:
        # Headless and in-app runs alternate, so that a noisy neighbour on a shared machine
        # slows all alike; the best epoch of each is the least disturbed one.
        headless, alone, probed, late = [], [], [], []
        GUI_BUSY.clear()
        for _ in range(repeats):
            headless += headless_epoch_seconds(config, threads)
            alone += in_app(app, window, config, threads, probe=False)[0]
            app_epochs, app_late, _ = in_app(app, window, config, threads)
            probed += app_epochs
            late += app_late
        for label, pick in (("median", statistics.median), ("best", min)):
            h, a, p = pick(headless), pick(alone), pick(probed)
            print(f"{threads:>5d} {label:>6s} {h:>17.2f} {a:>12.2f} {h / a:>5.2f}x {p:>18.2f}"
                  f" {h / p:>5.2f}x {percentile(late, 50):>12.1f} ms"
                  f" {percentile(late, 99):>5.1f} ms {max(late):>5.1f} ms")
        print(f"{'':>12s} GUI thread busy while training (CPU / wall, app alone and with the "
              f"timer by turns): {', '.join(f'{100 * b:.0f}%' for b in GUI_BUSY)}")


def averaged_and_plain_ms(window, rounds=5, moves=40):
    """Work per move (``prediction_work_ms``) with the pad's averaged reading and with the
    network's plain one, by turns: ``{"averaged": (wall ms, CPU ms), "plain": ...}``, a
    list of each."""
    averaged = digit_panel.averaged_probabilities
    reads = {"averaged": averaged, "plain": lambda model, x: model.probabilities(x)}
    times = {name: ([], []) for name in reads}
    try:
        for _ in range(rounds):
            for name, read in reads.items():
                digit_panel.averaged_probabilities = read
                for _ in range(moves):
                    cpu = time.thread_time()
                    times[name][0].append(prediction_work_ms(window))
                    times[name][1].append(1000 * (time.thread_time() - cpu))
    finally:
        digit_panel.averaged_probabilities = averaged
    return times


def measure_pad(app, window, config):
    print("\n(d) mouse move on the pad -> probabilities updated")
    _, _, training_predictions = in_app(app, window, config.replace(epochs=1), 1,
                                        measure_predictions=True)
    idle = [prediction_work_ms(window) for _ in range(200)]
    print(f"  work per move, idle:            median {statistics.median(idle):.2f} ms, "
          f"p99 {percentile(idle, 99):.2f} ms")
    if averages(window.digit_panel.model()):
        print(f"  the same, the reading averaged over {len(VERSIONS)} versions (as the app does)"
              " and plain, by turns:")
        for name, (walls, cpus) in averaged_and_plain_ms(window).items():
            print(f"    {name:9s} median {statistics.median(walls):.2f} ms, p99 "
                  f"{percentile(walls, 99):.2f} ms; CPU median {statistics.median(cpus):.2f} ms")
    if training_predictions:
        print(f"  work per move, while training:  median {statistics.median(training_predictions):.2f} ms, "
              f"p99 {percentile(training_predictions, 99):.2f} ms")
    e2e = end_to_end_ms(app, window)
    print(f"  end to end, a move after a pause (idle): median {statistics.median(e2e):.1f} ms, "
          f"worst {max(e2e):.1f} ms")


def full_size_records(config, count, seed=0):
    """``count`` run records the size of a real run's (a curve of CURVE_POINTS points and
    DIAGNOSTIC_POINTS diagnostics per layer, ~17 KB each), with their own ids."""
    rng = np.random.default_rng(seed)
    records = []
    for i in range(count):
        model = Model(config)
        model.history["batch_epoch"] = list(np.linspace(0.01, 15, 6000))
        model.history["batch_loss"] = list(rng.random(6000))
        diagnostics = DiagnosticsHistory()
        for x in np.linspace(0.05, 15, 2 * DIAGNOSTIC_POINTS):
            diagnostics.add(x, [SimpleNamespace(grad_rms=rng.random(), update_ratio=rng.random(),
                                                saturated=rng.random(), dead=rng.random())
                                for _ in config.layer_sizes[1:]])
        record = run_record(model, diagnostics, when=1000.0 + i)
        record["id"] = f"earlier-{i}"
        records.append(record)
    return records


def measure_run_end(app, window, config, times=8):
    print("\n(f) a run's end on the GUI thread (trained model put in use, run kept in "
          "Compare runs); the run list in a temporary folder, empty or already full")
    x_train, y_train, _, _ = load_mnist()
    model = Model(config.replace(epochs=1, train_size=5000, val_size=1000))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train, y_train).run()
    model.info["run_id"] = "bench"
    for label, earlier in (("empty list (1 run)", 0), (f"full list ({MAX_RUNS} runs)", MAX_RUNS - 1)):
        folder = Path(tempfile.mkdtemp(prefix="bench-gui-runs-"))
        (folder / RUNS_FILE).write_text(json.dumps(full_size_records(config, earlier)))
        try:
            run_end_times(app, window, model, folder, label, times)
        finally:
            shutil.rmtree(folder)


def run_end_times(app, window, model, folder, label, times):
    """Print the GUI thread's wall and CPU time at ``times`` run ends, the run list in
    ``folder``."""
    window.runs_view.run_list = run_list = RunList(folder)
    window.runs_view.start_run("bench")
    walls, cpus = [], []
    for _ in range(times):
        trained = model.copy()  # a new model object each time, as the worker sends
        wall, cpu = time.perf_counter(), time.thread_time()
        # the slots the worker's ``trained`` signal reaches, in their order
        window.runs_view.add_model(trained)
        window.training._on_trained(trained)
        walls.append(1000 * (time.perf_counter() - wall))
        cpus.append(1000 * (time.thread_time() - cpu))
        # The file is written off the GUI thread: not timed, but done before the next run
        # ends, as in use. (The code before had no ``wait``: this script measures it too.)
        if hasattr(run_list, "wait"):
            run_list.wait()
        for _ in range(5):
            app.processEvents()
    size = (folder / RUNS_FILE).stat().st_size
    print(f"  {label}, runs.json {size / 1000:.0f} KB: wall median "
          f"{statistics.median(walls):.1f} ms (worst {max(walls):.1f} ms), CPU median "
          f"{statistics.median(cpus):.1f} ms (worst {max(cpus):.1f} ms)")


if __name__ == "__main__":
    main()
