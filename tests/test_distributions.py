"""Distributions of weights, inputs and gradients: the engine's histograms, and the tab
following a real training run started with a real click."""

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.distributions import layer_distributions
from conftest import RUN_END_MS
from test_gui import SMALL, click, find, set_form

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def assert_in_view(view, key):
    """The histogram ``key`` is inside its plot's axes (which follow it, not every
    update), its top bar within the top third."""
    edges, heights = view.curves[key].getData()  # heights: log10 of counts on log counts
    (x0, x1), (y0, y1) = view.plots[key].getPlotItem().viewRange()
    assert x0 <= edges[0] and edges[-1] <= x1
    top = np.nanmax(heights)
    if key == "weights":  # the axes hold the initial weights' outline too
        top = max(top, np.nanmax(view.initial_curve.getData()[1]))
    assert y0 <= 0 <= top <= y1 and top >= y1 - (y1 - y0) / 3


def test_histograms_count_every_weight_input_and_gradient_of_the_last_batch():
    rng = np.random.default_rng(0)
    x, y = rng.integers(0, 256, (64, 784), dtype=np.uint8), rng.integers(0, 10, 64)
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1, val_size=0))
    start = model.network.weights()
    Trainer(model, x, y).step()
    first, last = layer_distributions(model.network, start)
    assert first.weights.counts.sum() == 784 * 8 and first.initial.counts.sum() == 784 * 8
    np.testing.assert_array_equal(first.weights.edges, first.initial.edges)  # same bins
    assert first.inputs.counts.sum() == 32 * 784  # the batch's pixels
    assert last.inputs.counts.sum() == 32 * 8  # the hidden activations of the batch
    assert last.inputs.edges[0] >= 0  # after a ReLU
    assert first.gradients.counts.sum() == 784 * 8


def test_gradients_all_exactly_zero_are_one_bar_at_zero():
    """Question 000 freezes after one step: every dL/dW is exactly 0. The gradients'
    histogram was left out then, and the tab kept the last step's empty axes: the learner
    could not see that no gradient flowed at all."""
    from digitdesk.data import load_mnist
    from digitdesk.engine.replays import REPLAYS
    from digitdesk.engine.trainer import training_data
    x_all, y_all, _, _ = load_mnist()
    config = REPLAYS["000"].config.replace(epochs=2)
    model = Model(config)
    trainer = Trainer(model, *training_data(config, x_all, y_all))
    trainer.step()
    trainer.step()  # the output sigmoid is 1.0 for every image now
    hidden, output = layer_distributions(model.network)
    for d, size in ((hidden, 784 * 250), (output, 250)):
        assert not np.any(model.network.weighted_layers[d.layer - 1].dW)
        assert d.gradients is not None and d.gradients.counts.sum() == size
        bar = np.searchsorted(d.gradients.edges, 0.0, side="right") - 1
        assert d.gradients.counts[bar] == size  # one bar, at 0


def test_the_tab_follows_training_only_while_shown(qtbot, window, threads):
    set_form(window, SMALL.replace(epochs=1000, batch_size=16))
    view = window.distributions_view
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.plots.point_count() > 20, timeout=20000)
    qtbot.wait(700)
    assert view.distributions() is None  # hidden: the worker computes none
    window.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.distributions() is not None, timeout=5000)
    shown = view.distributions()
    assert [d.layer for d in shown] == [1, 2] and view.layer.count() == 2
    assert shown[0].weights.counts.sum() == 784 * 32
    x, counts = view.curves["weights"].getData()
    assert counts is not None and counts.sum() == 784 * 32  # drawn, not just received
    assert_in_view(view, "weights")
    (thread,) = threads
    with qtbot.waitSignal(thread.finished, timeout=RUN_END_MS):
        click(find(window, QAbstractButton, "stopButton"))


def test_log_counts_show_the_heavy_tails_and_are_remembered(qtbot, make_window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    rng = np.random.default_rng(1)
    x, y = rng.integers(0, 256, (64, 784), dtype=np.uint8), rng.integers(0, 10, 64)
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1, val_size=0))
    start = model.network.weights()
    Trainer(model, x, y).step()
    window = make_window()
    view = window.distributions_view
    window.views.setCurrentWidget(view)
    view.show_distributions(layer_distributions(model.network, start))
    box = view.log_scale
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    counts = view.curves["gradients"].getOriginalDataset()[1]
    shown = view.curves["gradients"].getData()[1]  # what is drawn: log10 of the counts
    for plot in view.plots.values():
        assert plot.getPlotItem().getAxis("left").logMode
    nonzero = counts > 0
    np.testing.assert_allclose(shown[nonzero], np.log10(counts[nonzero]))
    for key in ("weights", "inputs", "gradients"):
        assert_in_view(view, key)
    window.close()
    again = make_window()  # the app restarted: still on log counts
    assert again.distributions_view.log_scale.isChecked()
    assert again.distributions_view.plots["weights"].getPlotItem().getAxis("left").logMode


def test_a_histogram_counts_only_the_finite_values_on_even_bins():
    from digitdesk.engine.distributions import histogram
    h = histogram(np.array([0.0, 0.25, np.nan, 1.0, np.inf, -np.inf]), bins=4)
    np.testing.assert_allclose(h.edges, [0.0, 0.25, 0.5, 0.75, 1.0])
    assert h.counts.tolist() == [1, 1, 0, 1]  # the top edge belongs to the last bin
    same = histogram(np.full(5, 2.0), bins=2)  # all equal: one bin round the value
    np.testing.assert_allclose(same.edges, [1.5, 2.0, 2.5])
    assert same.counts.sum() == 5


def test_after_a_run_the_tab_shows_its_last_batch_and_another_model_clears_it(
        qtbot, english, window, threads):
    """After training, the tab said "Start training to see the distributions live" next to
    an empty layer list: it shows the run's last batch now, whether or not it was shown
    during the run; a model that is not that run's (Reset weights) clears them, saying why."""
    set_form(window, SMALL.replace(epochs=1, train_size=500, val_size=100))
    view = window.distributions_view
    assert view.note.text() == "Start training to see the distributions live."
    # (the tab stays hidden for the whole run: the worker sends none live)
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.model() is not None and not window.is_training()
                    and bool(window.model().history.get("epoch")), timeout=RUN_END_MS)
    shown = view.distributions()
    assert shown is not None and [d.layer for d in shown] == [1, 2]
    assert shown[0].weights.counts.sum() == 784 * 32 and shown[0].gradients is not None
    assert re.fullmatch(r"Training finished: \d+\.\d\d% of the 10,000 test images read "
                        r"correctly\.", window.statusBar().currentMessage())
    window.views.setCurrentWidget(view)
    assert view.layer.count() == 2
    assert view.note.text().startswith("The last batch of the run that trained the model "
                                       "in use.")
    x, counts = view.curves["weights"].getData()
    assert counts.sum() == 784 * 32
    window.training.reset_weights()  # fresh random weights: not what was measured
    assert view.distributions() is None and view.layer.count() == 0
    assert view.note.text() == "Start training to see the distributions live."
    trained = Model(SMALL)
    trained.history["epoch"] = [1]
    window.set_model(trained)  # e.g. opened from a file: none kept there
    assert "a model file does not keep them" in view.note.text()


def test_a_run_that_diverged_before_sending_its_histograms_does_not_inherit_the_last_ones(
        qtbot):
    """A diverged (or failed) run sends no last batch's histograms: the tab showed the
    previous model's as the new one's. Now it clears, saying why; a run that sent its own
    keeps them."""
    from PySide6.QtCore import QObject, Signal
    from digitdesk.gui.distributions_view import DistributionsView

    class Worker(QObject):  # the signals the tab follows, sent as TrainingWorker sends them
        distributions, failed = Signal(object), Signal(str, bool)
        trained, finished = Signal(object), Signal()

        def want_distributions(self, wanted):
            pass

    rng = np.random.default_rng(2)
    x, y = rng.integers(0, 256, (64, 784), dtype=np.uint8), rng.integers(0, 10, 64)
    old, new = (Model(TrainConfig(hidden=hidden, batch_size=32, epochs=1, val_size=0))
                for hidden in ((8,), (6, 4)))
    start = old.network.weights()
    Trainer(old, x, y).step()
    view = DistributionsView()
    qtbot.addWidget(view)

    def run(model, send, fail):
        worker = Worker()
        view.follow(worker)
        if send:
            worker.distributions.emit(layer_distributions(model.network, start))
        if fail:
            worker.failed.emit("The loss diverged", True)
        worker.trained.emit(model)
        view.set_model(model)  # the window puts the run's model in use
        worker.finished.emit()

    run(old, send=True, fail=False)
    assert view.distributions() is not None and view.layer.count() == 2
    run(new, send=False, fail=True)  # diverged at once, the tab hidden: sent none
    assert view.distributions() is None and view.layer.count() == 0
    assert "before the distributions of the weights it kept were measured" in view.note.text()
    run(old, send=True, fail=True)  # sent live ones, then diverged: not of the kept weights
    assert view.distributions() is None and "diverged" in view.note.text()
    run(old, send=True, fail=False)
    assert view.distributions() is not None and view.note.text().startswith("The last batch")


def test_a_failed_test_accuracy_keeps_the_histograms_and_says_what_failed(
        qtbot, window, threads, monkeypatch):
    """Measuring the test accuracy after a run that trained well failed (here: no memory for
    the test set): it was reported as a failed training, and the tab cleared the histograms
    of weights that were kept. Now they stay, and the status bar says what could not be done."""
    from digitdesk.engine import model as model_module

    evaluate = model_module.Model.evaluate

    def evaluate_or_fail(self, images, labels, *args, **kwargs):
        if len(images) > SMALL.val_size:  # the test set, not the validation hold-out
            raise MemoryError("no memory for the test images")
        return evaluate(self, images, labels, *args, **kwargs)

    monkeypatch.setattr(model_module.Model, "evaluate", evaluate_or_fail)
    set_form(window, SMALL.replace(epochs=1, train_size=500))
    view = window.distributions_view
    window.views.setCurrentWidget(view)
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.model() is not None and not window.is_training()
                    and bool(window.model().history.get("epoch")), timeout=RUN_END_MS)
    shown = view.distributions()
    assert shown is not None and view.layer.count() == 2
    x, counts = view.curves["weights"].getData()
    assert counts.sum() == 784 * 32
    assert view.note.text().startswith("The last batch of the run that trained the model in use.")
    status = window.statusBar().currentMessage()
    assert status.startswith("Training finished; the trained weights are kept.")
    assert "test accuracy could not be measured" in status and "no memory" in status
    assert window.model().info.get("test_accuracy") is None  # no number for other weights
    assert not window.findChildren(QMessageBox, "warningBox")  # not a failed training


def test_an_empty_tab_shows_empty_axes_of_counts_from_0(qtbot):
    """With nothing measured yet (a model opened from a file, a fresh window) the three
    plots drew a flat bar at 0 on count axes from -0.4 to 0.4: no bar now, counts from 0;
    the histograms show once measured, and hide again for another model."""
    from digitdesk.gui.distributions_view import DistributionsView
    view = DistributionsView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()

    def counts_from_0():
        for plot in view.plots.values():
            low, high = plot.getPlotItem().viewRange()[1]
            assert low == pytest.approx(0) and high == pytest.approx(1)

    assert not any(curve.isVisible() for curve in view.curves.values())
    assert not view.initial_curve.isVisible()
    counts_from_0()
    rng = np.random.default_rng(0)
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1, val_size=0))
    start = model.network.weights()
    Trainer(model, rng.integers(0, 256, (64, 784), dtype=np.uint8),
            rng.integers(0, 10, 64)).step()
    view.show_distributions(layer_distributions(model.network, start))
    assert all(curve.isVisible() for curve in view.curves.values())
    assert_in_view(view, "weights")
    view.set_model(Model(TrainConfig(hidden=(8,))))  # another model: none of its own
    assert not any(curve.isVisible() for curve in view.curves.values())
    counts_from_0()
    view.set_log_scale(True)  # empty on log counts: from half a count
    for plot in view.plots.values():
        low, _ = plot.getPlotItem().viewRange()[1]
        assert low == pytest.approx(np.log10(0.5))


def test_the_tab_writes_numbers_as_the_rest_of_the_window(qtbot, english):
    """The note wrote "Weights: -0.237 to 0.241" with a hyphen where the Inside tab writes
    a true minus ("−4.43"), and the count axis read "5000" beside "20,000" (and "1.3e+07")."""
    from digitdesk.gui.distributions_view import DistributionsView
    from digitdesk.gui.numbers import MINUS
    view = DistributionsView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1, val_size=0))
    start = model.network.weights()
    rng = np.random.default_rng(0)
    Trainer(model, rng.integers(0, 256, (64, 784), dtype=np.uint8),
            rng.integers(0, 10, 64)).step()
    view.show_distributions(layer_distributions(model.network, start))
    low = float(np.min(view.distributions()[0].weights.edges))
    assert low < 0 and f"Weights: {MINUS}{-low:.3g} to " in view.note.text()
    assert "-" not in view.note.text()
    counts = view.plots["weights"].getPlotItem().getAxis("left")
    assert counts.tickStrings([0, 5000, 10000, 15000, 20000], 1, 5000) == [
        "0", "5,000", "10,000", "15,000", "20,000"]
    weights = view.plots["weights"].getPlotItem().getAxis("bottom")
    assert weights.tickStrings([-0.2, 0.0, 0.2], 1, 0.2) == [f"{MINUS}0.2", "0", "0.2"]
    # A full batch's thirteen million input pixels: as the window writes exponents.
    assert counts.tickStrings([1.2e7, 1.3e7], 1, 1e6) == ["1.2·10⁷", "1.3·10⁷"]
