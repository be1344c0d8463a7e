"""Random Start / Pause / Resume / Step / Stop / close cycles through the window's buttons
(issue 11, "Reliability"): no hang, no thread left running, and after every action the
buttons agree with the state of training.

Default: 2 windows of 40 actions each; ``DIGITDESK_RELIABILITY_SCALE=10`` runs 20 windows
(800 actions). Each window ends with a close, which must stop its training thread.
"""

import os
import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import running
from digitdesk.engine import TrainConfig
from digitdesk.gui import MainWindow

SCALE = float(os.environ.get("DIGITDESK_RELIABILITY_SCALE", "1"))
WINDOWS = max(1, int(2 * SCALE))
ACTIONS = 40
# 10 batches an epoch of a tiny network: runs end, and are stopped, within the cycles.
TINY = TrainConfig(hidden=(16,), activation="relu", init="he", optimizer="sgd",
                   learning_rate=0.1, batch_size=64, epochs=3, train_size=640, val_size=100)
HANG_MS = 10_000  # far above the time one batch takes: longer counts as a hang

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def check_buttons(window, where):
    """The buttons, the menu actions and the form agree with the state of training."""
    panel, training = window.training_panel, window.is_training()
    paused, stopping = window.training.is_paused(), window.training.stopping
    expected = {
        "Start": (panel.start_button, not training),
        "Start action": (window.start_action, not training),
        "Stop": (panel.stop_button, training),
        "Pause": (panel.pause_button, training and not stopping),
        "Step": (panel.step_button, not training or (paused and not stopping)),
        "Step action": (window.step_action, not training or (paused and not stopping)),
        "Reset": (panel.reset_button, not training),
        "Open": (window.open_action, not training),
        "the form": (panel.scroll.widget(), not training),
    }
    for name, (widget, enabled) in expected.items():
        assert widget.isEnabled() == enabled, f"{where}: {name} enabled={widget.isEnabled()}"
    assert panel.pause_button.text() == ("Resume" if paused else "Pause"), where


def test_random_training_cycles_leave_no_thread_and_consistent_buttons(qtbot, threads):
    rng = random.Random(11)
    counts = {}
    slowest_stop = 0.0
    for w in range(WINDOWS):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.ask_before_discarding = False
        window.training_panel.set_config(TINY)
        panel = window.training_panel
        for a in range(ACTIONS):
            action = rng.choice(["start", "pause", "step", "stop", "stop", "wait", "space",
                                 "stop and wait"])
            counts[action] = counts.get(action, 0) + 1
            where = f"window {w}, action {a} ({action})"
            if action == "start":
                click(panel.start_button)
            elif action == "pause":
                click(panel.pause_button)
            elif action == "step":
                click(panel.step_button)
            elif action == "stop":
                click(panel.stop_button)
            elif action == "space":
                window.drawing_canvas.setFocus()
                QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
            elif action == "wait":
                qtbot.wait(rng.randint(0, 60))
            else:
                click(panel.stop_button)
                start = time.perf_counter()
                qtbot.waitUntil(lambda window=window: not window.is_training(), timeout=HANG_MS)
                slowest_stop = max(slowest_stop, time.perf_counter() - start)
            check_buttons(window, where)
            qtbot.wait(rng.randint(0, 5))  # let queued signals arrive now and then
            check_buttons(window, where + " after events")
        start = time.perf_counter()
        window.close()  # stops a run in progress and waits for its thread
        slowest_stop = max(slowest_stop, time.perf_counter() - start)
        assert not window.isVisible()
        assert not running(threads), f"window {w}: a thread was left running"
    print(f"\n{WINDOWS} windows, {WINDOWS * ACTIONS} actions {counts}: "
          f"{len(threads)} threads started, 0 left running, slowest stop "
          f"{1000 * slowest_stop:.0f} ms")
