"""Changing the learning rate and momentum while the network trains: the engine applies
them at the next batch and records them; the window's fields, driven with real key
presses, reach the running worker, also through a pause."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from digitdesk.engine import Model, TrainConfig, Trainer, load_model
from conftest import RUN_END_MS
from test_gui import SMALL, click, find, set_form

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def small_data(n=256):
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (n, 784), dtype=np.uint8), rng.integers(0, 10, n)


def test_change_rates_applies_at_the_next_batch_and_is_recorded(tmp_path):
    x, y = small_data()
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=2, learning_rate=0.1,
                              momentum=0.9, val_size=0))
    trainer = Trainer(model, x, y)
    first = trainer.step()
    assert first.learning_rate == pytest.approx(0.1)
    trainer.change_rates(0.02, 0.5)
    second = trainer.step()
    assert second.learning_rate == pytest.approx(0.02)
    assert trainer.optimizer.momentum == 0.5
    assert model.config.learning_rate == 0.02 and model.config.momentum == 0.5
    assert model.history["rate_change_epoch"] == [pytest.approx(first.epoch_progress)]
    assert model.history["rate_change_lr"] == [0.02]
    assert model.history["rate_change_momentum"] == [0.5]
    # A bad value changes nothing.
    with pytest.raises(ValueError, match="momentum"):
        trainer.change_rates(0.01, 1.5)
    assert trainer.optimizer.momentum == 0.5 and len(model.history["rate_change_lr"]) == 1
    # The model file keeps the record.
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.history["rate_change_lr"] == [0.02]
    assert loaded.config.learning_rate == 0.02


def test_rates_typed_while_paused_apply_on_resume_and_mark_the_curves(qtbot, window, threads):
    set_form(window, SMALL.replace(epochs=1000, batch_size=16))
    live = window.live_rates
    assert not live.isEnabled()  # nothing to change before a run
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.plots.point_count() > 10, timeout=20000)
    assert live.isEnabled() and live.learning_rate.value() == pytest.approx(0.1)

    click(find(window, QAbstractButton, "pauseButton"))
    qtbot.wait(300)
    held = window.plots.point_count()
    # Real typing: select the field's text, type the new rate, Enter.
    live.learning_rate.setFocus()
    QTest.keyClick(live.learning_rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(live.learning_rate, "0.01")
    QTest.keyClick(live.momentum, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(live.momentum, "0.5")
    QTest.keyClick(live.momentum, Qt.Key.Key_Return)
    assert "0.01" in window.statusBar().currentMessage()
    qtbot.wait(300)
    assert window.plots.point_count() == held  # still paused: nothing applied yet
    assert window.plots.rate_marks() == []

    click(find(window, QAbstractButton, "pauseButton"))  # resume
    qtbot.waitUntil(lambda: len(window.plots.rate_marks()) == 1, timeout=5000)
    epoch, learning_rate, momentum = window.plots.rate_marks()[0]
    assert (learning_rate, momentum) == (pytest.approx(0.01), pytest.approx(0.5))
    assert epoch == pytest.approx(held / 125, abs=1 / 125)  # 2,000 / 16 = 125 batches an epoch
    qtbot.waitUntil(lambda: window.plots.point_count() > held + 20, timeout=10000)

    (thread,) = threads
    with qtbot.waitSignal(thread.finished, timeout=RUN_END_MS):
        click(find(window, QAbstractButton, "stopButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert not live.isEnabled()
    model = window.model()
    assert model.history["rate_change_lr"] == [pytest.approx(0.01)]
    assert model.history["rate_change_momentum"] == [pytest.approx(0.5)]
    assert model.config.learning_rate == pytest.approx(0.01)
    # Opening the model again shows the mark where it was.
    window.plots.set_history(model.history)
    assert window.plots.rate_marks() == [(pytest.approx(epoch), pytest.approx(0.01),
                                          pytest.approx(0.5))]


def test_between_runs_the_greyed_fields_show_what_start_will_use(qtbot, window):
    """A fresh window showed lr 0.1 and momentum 0.9 under "While it trains" whatever the
    form held: beside question 001's learning rate 0.001 and plain SGD."""
    from digitdesk.engine.replays import REPLAYS
    replays = window.replays_view
    window.views.setCurrentWidget(replays)
    replays.choose("001")
    click(replays.load_button)
    assert window.training_panel.config() == REPLAYS["001"].config
    rates = window.live_rates
    assert not rates.isEnabled()  # (no run: greyed out)
    assert rates.learning_rate.value() == pytest.approx(0.001)
    assert not rates.momentum.isEnabled()  # SGD has no momentum
