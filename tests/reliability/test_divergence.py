"""Divergence (issue 14, point 9): a loss that explodes, finite or not, stops the run with
the last good weights kept and a message that says what to try; a new run can start
from there. Through the engine, the command line and the window."""

import contextlib
import io

import numpy as np
import pytest
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from digitdesk import cli
from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, TrainingDiverged, training_data
from digitdesk.engine.trainer import DIVERGENCE_FACTOR
from conftest import RUN_END_MS

SMALL = TrainConfig(hidden=(32,), train_size=2000, val_size=500, epochs=2)
# Summed gradients of a full batch of 2,000: the step is 2,000 times too large, and the
# loss grows to millions while staying finite (the window's version of issue 14's lr 1e6).
FULL_BATCH_SUM = SMALL.replace(reduction="sum", batch_size=None, learning_rate=0.1,
                               optimizer="sgd", epochs=30)
CASES = {
    "lr 1e6, finite explosion": SMALL.replace(learning_rate=1e6),
    "full batch, summed gradients": FULL_BATCH_SUM,
    "linear output, to inf/NaN": SMALL.replace(head="linear_mse", reduction="sum",
                                               learning_rate=10.0, optimizer="sgd", epochs=20),
}


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


@pytest.mark.parametrize("case", list(CASES))
def test_an_exploding_run_stops_keeps_finite_weights_and_a_new_run_can_start(mnist, case):
    config = CASES[case]
    x_train, y_train, x_val, y_val = training_data(config, mnist[0], mnist[1])
    model = Model(config)
    trainer = Trainer(model, x_train, y_train, x_val, y_val)
    with pytest.raises(TrainingDiverged, match="Try a smaller learning rate") as error:
        trainer.run()
    assert "restored" in str(error.value)
    weights = model.network.weights()
    assert all(np.all(np.isfinite(w)) for w in weights.values())
    # The restored weights are good ones: their loss is far from the explosion.
    loss, _ = model.evaluate(x_val, y_val)
    assert np.isfinite(loss) and loss < DIVERGENCE_FACTOR * 2.5
    # A new run with a sane step starts from there and learns.
    model.config = model.config.replace(learning_rate=0.01, reduction="mean", batch_size=64,
                                        optimizer="momentum", epochs=1)
    Trainer(model, x_train, y_train, x_val, y_val).run()
    assert model.evaluate(x_val, y_val)[0] < loss


def test_a_trained_model_that_starts_low_is_not_stopped_by_one_bad_batch(mnist):
    """The yardstick is the first loss or 1, whichever is larger: a model trained to a loss
    of 0.01 may meet a batch of 0.5 without being called diverged."""
    x_train, y_train, x_val, y_val = training_data(SMALL, mnist[0], mnist[1])
    model = Model(SMALL.replace(epochs=8))
    Trainer(model, x_train, y_train).run()
    first = model.history["batch_loss"][-1]
    model.config = model.config.replace(epochs=1, learning_rate=0.3)  # larger steps: losses jump
    Trainer(model, x_train, y_train).run()
    assert first < 1 and max(model.history["batch_loss"][-16:]) < DIVERGENCE_FACTOR


def test_the_command_line_stops_says_what_to_try_and_exits_1():
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["train", "--hidden", "32", "--lr", "1e6", "--train-size", "2000",
                         "--val-size", "500", "--epochs", "2", "--no-progress"])
    assert code == 1
    assert "exploded" in err.getvalue() and "Try a smaller learning rate" in err.getvalue()
    assert "Traceback" not in err.getvalue()


@pytest.mark.usefixtures("isolated_settings", "questions")
def test_the_window_stops_says_so_and_starts_again(qtbot, window):
    window.training_panel.set_config(FULL_BATCH_SUM)
    QTest.mouseClick(window.training_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "warningBox") is not None, timeout=30000)
    box = window.findChild(QMessageBox, "warningBox")
    assert "exploded" in box.text() and "learning rate" in box.text()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    weights = window.model().network.weights()
    assert all(np.all(np.isfinite(w)) for w in weights.values())
    box.close()
    # Start again with a sane step: it trains, from the kept weights.
    steps_before = len(window.model().history["batch_loss"])
    window.training_panel.set_config(SMALL.replace(epochs=1))
    QTest.mouseClick(window.training_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_training(), timeout=5000)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    assert len(window.model().history["batch_loss"]) > steps_before
    assert window.findChild(QMessageBox, "warningBox") is None or not window.findChild(
        QMessageBox, "warningBox").isVisible()
