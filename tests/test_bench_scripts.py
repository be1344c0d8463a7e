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


def test_strangers_with_every_habit_off_draw_the_traced_digit_scaled_and_moved():
    """``--strangers-off`` (what each habit of bench_handwriting's strangers costs): with
    every habit off, a stranger who has the 1's style draws the traced strokes themselves,
    only scaled and moved onto the pad, and the drawing is not counted as styled; with
    none off, the same stranger's 1 is styled and drawn otherwise."""
    import numpy as np
    from bench_handwriting import HABITS, Stranger
    from styles import Writer

    writer = Writer(rotate=12.0, shear=0.4, stretch=0.3, styles=frozenset({1}), one_base=True)
    stranger = Stranger(writer=writer, size=0.6, wobble=0.04, jitter=0.006, sloppiness=0.12,
                        step=12.0)
    one = [np.array([[14.0, 4.0], [14.0, 24.0]]), np.array([[10.0, 8.0], [14.0, 4.0]])]
    drawn, styled = stranger.draw(one, 1, np.random.default_rng(0), off=HABITS)
    assert not styled and len(drawn) == 2
    traced, placed = np.concatenate(one), np.concatenate([s[[0, -1]] for s in drawn])
    scale = np.ptp(placed[:, 1]) / np.ptp(traced[:, 1])
    assert scale > 1
    np.testing.assert_allclose(placed - placed[0], (traced - traced[0]) * scale, atol=1e-6)

    drawn, styled = stranger.draw(one, 1, np.random.default_rng(0), off=())
    assert styled and len(drawn) > 2  # the flag's and the base's strokes
