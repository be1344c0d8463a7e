"""The benchmark scripts' own logic, where a mistake would hang a measurement."""

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")

sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))


def test_bench_gui_in_app_survives_a_run_over_before_it_listens(qapp, window, monkeypatch):
    """bench_gui's ``in_app`` used to connect to the run's signals after Start: a run that
    ended before that (a tiny one, on a busy machine) left its event loop waiting for
    ever. Here every run is over before Start returns; ``in_app`` must still return the
    run's epoch times, in time."""
    import bench_gui
    from digitdesk.engine import TrainConfig

    timed_out = []

    class WatchedLoop(bench_gui.QEventLoop):
        def exec(self):  # gives up after 20 s, and says so, instead of hanging the tests
            bench_gui.QTimer.singleShot(20000, lambda: (timed_out.append(True), self.quit()))
            return super().exec()

    monkeypatch.setattr(bench_gui, "QEventLoop", WatchedLoop)
    start = window.start_training

    def start_and_finish(*args):
        start(*args)
        window.training.thread.wait()  # the worker is done; nothing delivered yet

    monkeypatch.setattr(window, "start_training", start_and_finish)
    window.ask_before_discarding = False
    config = TrainConfig(hidden=(8,), epochs=2, batch_size=100, train_size=300, val_size=100)
    for _ in range(2):  # a fresh run, then one that goes on from its weights
        epochs, _, _ = bench_gui.in_app(qapp, window, config, 1, probe=False)
        assert not timed_out
        assert len(epochs) == 2 and all(seconds > 0 for seconds in epochs)
