"""A soak (issue 14, point 12): the window trains without a break, its live plots shown,
while a digit is drawn on the pad every second. After the first part (allocations
settle: caches, plot buffers, the first thinning of the curve), the process's resident
memory must grow by less than 5%, and the batch curve in the model and in the plot
stays bounded.

At scale 1 it runs for 10 seconds with the curve thinned from 3,000 points on, so the
thinning happens several times; at a large scale (by hand, see the README) it runs
10 x scale seconds with the real limits.
"""

import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

import digitdesk.engine.model as model_module
import digitdesk.gui.diagnostics_view as diagnostics_module
from digitdesk.engine import TrainConfig
from hostile_files import SCALE

pytestmark = [pytest.mark.usefixtures("isolated_settings", "questions"),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")]

# Small batches of a small network: hundreds of batch points a second, as in the issue,
# 1,250 batches an epoch for up to 1,000 epochs (hours: the run outlasts any soak).
SOAK = TrainConfig(hidden=(32,), batch_size=16, train_size=20000, val_size=500, epochs=1000)
BATCHES_PER_EPOCH = 1250


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def draw_stroke(canvas, rng):
    """A random stroke of real mouse events across the pad."""
    w, h = canvas.width(), canvas.height()
    points = [QPoint(int(x * w), int(y * h)) for x, y in rng.uniform(0.25, 0.75, (6, 2))]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def test_memory_stays_flat_while_training_with_live_plots_and_drawing(qtbot, window, monkeypatch):
    if SCALE <= 1:  # thin early, so that a short soak goes through it several times
        monkeypatch.setattr(model_module, "RECENT_BATCHES", 2000)
        monkeypatch.setattr(model_module, "TAIL_POINTS", 1000)
        monkeypatch.setattr(diagnostics_module, "DIAGNOSTICS_RECENT", 50)
        monkeypatch.setattr(diagnostics_module, "DIAGNOSTICS_TAIL", 20)
    limit = model_module.RECENT_BATCHES + model_module.TAIL_POINTS
    diagnostics_limit = diagnostics_module.DIAGNOSTICS_RECENT + diagnostics_module.DIAGNOSTICS_TAIL
    seconds = 10 * SCALE
    settle = min(60.0, seconds / 3)
    window.resize(1280, 720)
    window.views.setCurrentIndex(max(window.views.indexOf(window.plots), 0))
    assert window.plots.isVisible()  # the live plots are drawn, not a hidden tab
    window.training_panel.set_config(SOAK)
    QTest.mouseClick(window.training_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_training(), timeout=5000)

    rng = np.random.default_rng(0)
    canvas = window.drawing_canvas
    start = time.monotonic()
    settled_rss = None
    samples = []
    diagnostics_points = 0
    while time.monotonic() - start < seconds:
        draw_stroke(canvas, rng)
        draw_stroke(canvas, rng)
        qtbot.wait(1000)
        canvas.clear()
        elapsed = time.monotonic() - start
        if settled_rss is None and elapsed >= settle:
            settled_rss = rss_bytes()
        samples.append((elapsed, rss_bytes(), window.plots.point_count()))
        diagnostics_points = max(diagnostics_points, window.diagnostics_view.point_count())
    if not window.is_training():
        box = window.findChild(QMessageBox, "warningBox")
        pytest.fail("the run ended before the soak did" + (f": {box.text()}" if box else ""))
    window.stop_training(wait=True)

    growth = samples[-1][1] / settled_rss - 1
    # The trend after settling (least squares), as a share of the settled RSS per hour.
    after = np.array([(t, rss) for t, rss, _ in samples if t >= settle])
    per_hour = np.polyfit(after[:, 0], after[:, 1], 1)[0] * 3600 / settled_rss
    points = max(p for _, _, p in samples)
    history = window.model().history
    trained = round(history["batch_epoch"][-1] * BATCHES_PER_EPOCH)
    print(f"\nsoak {seconds:.0f} s, {trained:,} batches trained: RSS {settled_rss / 2**20:.1f} MiB "
          f"after {settle:.0f} s -> {samples[-1][1] / 2**20:.1f} MiB at the end "
          f"({100 * growth:+.2f}%; trend {100 * per_hour:+.1f}% an hour); plot points at most "
          f"{points:,}, history {len(history['batch_loss']):,} points (limit {limit:,}), "
          f"diagnostics {diagnostics_points:,} points (limit {diagnostics_limit:,})")
    minutes = [f"{rss / 2**20:.1f}" for t, rss, _ in samples[59::60]]
    if minutes:
        print("RSS (MiB) after each minute: " + ", ".join(minutes))
    assert growth < 0.05
    assert points <= limit and len(history["batch_loss"]) <= limit
    assert diagnostics_points <= diagnostics_limit
    assert trained > limit  # the run really was long enough to be thinned
