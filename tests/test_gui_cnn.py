"""A convolutional network in the app, driven through its widgets offscreen: typed into the
training form's Layers field (a bad one says why, inline), trained with Start on a small
subset, its filters and the feature maps of a drawn digit in the Inside tab, a Diagnostics
curve per conv layer, and its conv tensors in the Gradient check tab.

Every test goes through the ``window`` fixture, which fails the test if a thread (training
or background job) is still running after the window has closed.
"""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from digitdesk.engine import PRESETS, TrainConfig
from digitdesk.gui.numbers import count
from test_gui import draw_digit

# conv8x5 (24x24x8) -> pool2 (12x12x8) -> dense32: trains on 1,500 images in a few seconds.
LAYERS = "conv8x5,pool2,dense32"
SMALL_CNN = TrainConfig(layers=LAYERS, optimizer="momentum", learning_rate=0.05, batch_size=64,
                        epochs=1, train_size=1500, val_size=300)
TIMEOUT = 60_000  # ms; a hang detector, far more than any step needs on a loaded machine

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")  # see conftest.py


def click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_layers(panel, text):
    """Select what the Layers field holds and type ``text`` over it, key by key."""
    edit = panel.architecture.edit
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(edit, text)


def train_small_cnn(qtbot, window):
    panel = window.training_panel
    panel.set_config(SMALL_CNN.replace(layers=()))  # the subset and the schedule; an MLP
    type_layers(panel, LAYERS)
    assert panel.config() == SMALL_CNN
    click(panel.start_button)
    qtbot.waitUntil(lambda: window.is_training(), timeout=5000)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=TIMEOUT)
    assert window.model().config.layers == ("conv8x5", "pool2", "dense32")


# ------------------------------------------------------------------------------ the form
def test_typed_layers_make_a_cnn_and_the_line_under_them_shows_each_shape(window):
    panel = window.training_panel
    type_layers(panel, "conv8x5, pool2, dense32")
    config = panel.config()
    assert config.layers == ("conv8x5", "pool2", "dense32") and config.convolutional
    message = panel.architecture.message
    assert message.isVisible()
    assert "conv8x5 24×24×8" in message.text() and "pool2 12×12×8" in message.text()
    assert "10 outputs" in message.text()
    # 5*5*1*8 + 8, 12*12*8*32 + 32, 32*10 + 10
    assert f"{count(208 + 36896 + 330)} weights" in message.text()
    assert not panel.hidden.isEnabled()  # the typed layers are the network
    assert not panel.problem.isVisible()


def test_a_bad_architecture_says_what_is_wrong_inline_and_start_refuses_it(qtbot, window):
    panel = window.training_panel
    model_before = window.model()
    type_layers(panel, "dense32,conv8x5")
    message = panel.architecture.message.text()
    assert "conv8x5 comes after a dense layer" in message
    assert panel.problem.isVisible() and "conv8x5" in panel.problem.text()
    assert panel.problem_field() is panel.architecture.edit  # the red border is on it
    type_layers(panel, "conv8x5,pool2,dense32,convolution")
    assert "convolution is not a layer" in panel.architecture.message.text()
    type_layers(panel, "conv8x5, pool2 dense32")  # a forgotten comma: not "pool2dense32"
    assert ("'pool2 dense32' is not a layer: separate layers with commas"
            in panel.architecture.message.text().replace("\u200b", ""))
    type_layers(panel, "conv8x30")
    assert "a 30x30 kernel does not fit its 28x28 input" in panel.architecture.message.text()
    click(panel.start_button)  # says why in a dialog, and trains nothing
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and "a 30x30 kernel does not fit" in box.text()
    box.close()
    assert not window.is_training() and window.model() is model_before
    # Fixed, the message turns into the shapes and Start may go.
    type_layers(panel, "conv8x5")
    assert panel.architecture.message.text().startswith("28×28 → conv8x5 24×24×8")
    assert panel.config().layers == ("conv8x5",) and not panel.problem.isVisible()


def test_clearing_the_layers_goes_back_to_the_hidden_layers_mlp(window):
    panel = window.training_panel
    panel.hidden.set_value((40, 20))
    type_layers(panel, LAYERS)
    assert panel.config().convolutional
    type_layers(panel, "")
    config = panel.config()
    assert config.layers == () and config.hidden == (40, 20) and panel.hidden.isEnabled()
    assert not panel.architecture.message.isVisible()
    # dense layers only are an MLP, whichever way they are given
    type_layers(panel, "dense64")
    assert panel.config().layers == () and panel.config().hidden == (64,)


@pytest.mark.parametrize("name", list(PRESETS))
def test_choosing_a_preset_shows_its_layers(window, name):
    panel = window.training_panel
    type_layers(panel, "conv4x3")  # something to replace
    panel.preset.setCurrentIndex(panel.preset.findData(name))
    panel.preset.activated.emit(panel.preset.currentIndex())
    assert panel.config() == PRESETS[name]
    assert panel.architecture.text() == ",".join(PRESETS[name].layers)
    assert panel.hidden.isEnabled() == (not PRESETS[name].layers)


def test_a_cnn_config_round_trips_through_the_form(window):
    panel = window.training_panel
    config = SMALL_CNN.replace(layers=("conv6x3same", "pool2", "dropout0.25", "dense16"))
    panel.set_config(config)
    assert panel.architecture.text() == "conv6x3same,pool2,dropout0.25,dense16"
    assert panel.config() == config
    assert panel.preset.currentData() is None  # "Custom"


def test_typed_layers_are_remembered_for_the_next_window(qtbot, threads):
    from digitdesk.gui import MainWindow
    first = MainWindow()
    qtbot.addWidget(first)
    type_layers(first.training_panel, "conv6x3same,pool2,dense24")
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.training_panel.architecture.text() == "conv6x3same,pool2,dense24"
    assert second.training_panel.config().layers == ("conv6x3same", "pool2", "dense24")
    second.close()


# ------------------------------------------------------------------------------ trained
def test_start_trains_a_cnn_and_the_inside_tab_shows_filters_and_feature_maps(qtbot, window):
    window.views.setCurrentWidget(window.inside_view)
    train_small_cnn(qtbot, window)
    assert window.model().info["test_accuracy"] > 0.5  # it learnt something in one short epoch
    view = window.inside_view
    qtbot.waitUntil(lambda: view.weights_grid.tile_count() == 8, timeout=TIMEOUT)
    assert "conv8x5" in view.weights_heading.text()
    assert "All 8 filters" in view.weights_note.text()
    assert view.feature_maps.isVisible()

    draw_digit(window.drawing_canvas)
    maps = view.feature_maps
    qtbot.waitUntil(lambda: maps.grid.tile_count() == 8, timeout=TIMEOUT)
    name, shown = maps.shown_maps()
    assert name == "conv8x5" and shown.shape == (8, 24, 24)
    assert np.all(shown >= 0) and shown.max() > 0  # ReLU outputs, and the ink lit some up
    # The pooling layer: the same maps, the largest of each 2 x 2 block.
    maps.layer_choice.setCurrentIndex(1)
    name, pooled = maps.shown_maps()
    assert name == "pool2" and pooled.shape == (8, 12, 12)
    np.testing.assert_allclose(pooled, shown.reshape(8, 12, 2, 12, 2).max(axis=(2, 4)), rtol=1e-6)
    assert "8 maps of pool2" in maps.note.text()
    # The digit is still explained through the convolutions: its ink-times-gradient map.
    assert view.saliency_image.has_image()
    assert view.digit_heading.text().startswith("As drawn: read as")

    # An MLP afterwards: units again, and no feature maps.
    window.training_panel.set_config(SMALL_CNN.replace(layers=(), hidden=(16,)))
    click(window.training_panel.reset_button)
    qtbot.waitUntil(lambda: view.weights_grid.tile_count() == 16, timeout=TIMEOUT)
    assert "units" in view.weights_note.text() and not view.feature_maps.isVisible()


def test_for_a_cnn_the_inside_heading_says_it_reads_the_digit_as_drawn(qtbot, window):
    """The pad averages a convolutional network's reading of five versions of the digit;
    the Inside tab explains the digit as drawn. Its heading said "read as 1 (46%)" beside
    the pad's "? not sure" (1 at 43%), as if the two disagreed: it says which it is now."""
    from digitdesk.engine import Model
    from digitdesk.gui.numbers import percent
    cnn = Model(TrainConfig(layers="conv4x5,pool2,dense16"))  # untrained: any weights do
    view = window.inside_view
    window.views.setCurrentWidget(view)
    window.set_model(cnn)
    draw_digit(window.drawing_canvas)
    qtbot.waitUntil(view.saliency_image.has_image, timeout=TIMEOUT)
    p = cnn.probabilities(cnn.prepare(window.digit_panel.image()[None]))[0]  # one view
    read = int(np.argmax(p))
    qtbot.waitUntil(lambda: view.digit_heading.text() == (
        f"As drawn: read as {read} ({percent(p[read])}); the pad averages 5 views"),
        timeout=TIMEOUT)
    other = (read + 1) % 10
    view.explain_choice.setCurrentIndex(view.explain_choice.findData(other))
    qtbot.waitUntil(lambda: view.digit_heading.text() == (
        f"As drawn: read as {read}; explaining {other} ({percent(p[other])}); the pad "
        f"averages 5 views"), timeout=TIMEOUT)
    # An MLP: the pad reads the digit as drawn too, nothing to add.
    window.set_model(Model(TrainConfig(hidden=(8,))))
    qtbot.waitUntil(lambda: view.digit_heading.text().startswith("Your digit: read as"),
                    timeout=TIMEOUT)
    assert "views" not in view.digit_heading.text()


def test_diagnostics_has_a_curve_and_a_legend_entry_per_conv_layer(qtbot, window):
    window.views.setCurrentWidget(window.diagnostics_view)
    train_small_cnn(qtbot, window)
    view = window.diagnostics_view
    assert view.point_count() >= 5
    legend = view.legend.text().replace("\xa0", " ")  # names keep their words together
    assert "layer 1 (conv8x5)" in legend and "layer 2 (dense32)" in legend
    assert "layer 3 (output)" in legend
    qtbot.waitUntil(lambda: view.curve_points("grad_rms", 0) == view.point_count(), timeout=10000)
    for metric in ("grad_rms", "update_ratio", "dead"):  # the conv layer, like a dense one
        assert view.curve_points(metric, 0) == view.point_count()


def test_the_gradient_check_lists_and_passes_the_conv_tensors(qtbot, window):
    window.training_panel.set_config(SMALL_CNN.replace(layers=("conv3x3", "pool2", "dense8")))
    window.views.setCurrentWidget(window.gradcheck_view)
    view = window.gradcheck_view
    click(view.check_button)
    qtbot.waitUntil(lambda: view.report is not None and view.check_button.isEnabled(),
                    timeout=TIMEOUT)
    statuses = view.statuses()
    assert set(statuses) == {"W1", "b1", "W2", "b2", "W3", "b3", "update direction"}
    assert set(statuses.values()) == {"pass"}
    shapes = {view.table.item(row, 0).text(): view.table.item(row, 1).text()
              for row in range(view.table.rowCount())}
    assert shapes["W1"] == "3 × 3 × 1 × 3"  # a conv layer's filters: k × k × in × out


@pytest.mark.parametrize("layers, tiles, heading, maps", [
    ("conv4x3", 4, "the filters of conv4x3", [(4, 26, 26)]),
    ("conv4x3same,dropout0.5,dense8", 4, "the filters of conv4x3same", [(4, 28, 28)]),
    ("conv4x5,pool2,conv6x3,pool2", 4, "the filters of conv4x5",
     [(4, 24, 24), (4, 12, 12), (6, 10, 10), (6, 5, 5)]),
    # pooling first: the first dense layer's units look at a 14 x 14 image
    ("pool2,dense16", 16, "what each unit looks for", [(1, 14, 14)]),
    ("dense16", 16, "what each unit looks for", []),
])
def test_the_inside_tab_adapts_to_any_architecture(qtbot, window, layers, tiles, heading, maps):
    from digitdesk.engine import Model
    view = window.inside_view
    window.views.setCurrentWidget(view)
    window.set_model(Model(SMALL_CNN.replace(layers=layers)))
    draw_digit(window.drawing_canvas)
    qtbot.waitUntil(lambda: view.saliency_image.has_image(), timeout=TIMEOUT)
    assert view.weights_grid.tile_count() == tiles
    assert heading in view.weights_heading.text()
    assert view.feature_maps.isVisible() == bool(maps)
    if maps:
        shapes = []
        for index in range(view.feature_maps.layer_choice.count()):
            view.feature_maps.layer_choice.setCurrentIndex(index)
            shapes.append(view.feature_maps.shown_maps()[1].shape)
            assert view.feature_maps.grid.tile_count() == shapes[-1][0]
        assert shapes == maps
    qtbot.waitUntil(lambda: view.validation_result() is not None, timeout=TIMEOUT)


def test_the_window_computes_with_one_blas_thread(window):
    # Its products are small (one digit through the network); on 2 busy cores a 2-thread
    # OpenBLAS made one CNN forward pass ~25x slower (tests/benchmarks/bench_gui.py --parts pad).
    from threadpoolctl import threadpool_info
    blas = [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]
    assert blas and set(blas) == {1}


def test_a_diverged_runs_test_pass_keeps_the_workers_blas_limit(qapp, monkeypatch):
    """After a run blows up, its last good weights are measured on the test digits: with
    the worker's one BLAS thread, like every pass over them (a 2-thread OpenBLAS slows
    10-30x on 2 cores beside the busy GUI thread)."""
    from threadpoolctl import threadpool_info, threadpool_limits
    from digitdesk.engine import Model
    from digitdesk.gui.worker import TrainingWorker
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (600, 28, 28), dtype=np.uint8)
    y = rng.integers(0, 10, 600)
    # Summed gradients with learning rate 10: the loss explodes to inf/NaN.
    config = TrainConfig(hidden=(16,), reduction="sum", learning_rate=10.0, head="linear_mse",
                         optimizer="sgd", epochs=3, batch_size=64, val_size=100)
    worker = TrainingWorker(Model(config), blas_threads=1, data=(x, y, x[:200], y[:200]))
    seen = []
    measure = worker._test

    def test_pass(trainer):
        seen.append({i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"})
        measure(trainer)

    monkeypatch.setattr(worker, "_test", test_pass)
    failures = []
    worker.failed.connect(lambda text, diverged: failures.append(diverged))
    with threadpool_limits(limits=2, user_api="blas"):  # the process's own setting
        worker.run()
    assert failures == [True]
    assert seen == [{1}]


def test_a_preset_s_layers_are_shown_from_the_first(window):
    """Choosing the convolutional preset filled in its layers with the field scrolled to
    their end: ",conv32x5,pool2,dense128", the first layers out of sight."""
    panel = window.training_panel
    panel.preset.setFocus()
    panel.preset.setCurrentIndex(panel.preset.findData("convolutional"))
    panel.preset.activated.emit(panel.preset.currentIndex())
    edit = panel.architecture.edit
    assert edit.cursorPosition() == 0
    shown = edit.grab()
    edit.setCursorPosition(len(edit.text()))  # what it showed before: the end
    assert edit.grab().toImage() != shown.toImage()


def test_typed_layers_are_shown_from_the_first_once_the_field_is_left(qtbot, window):
    """After typing, the field stayed scrolled to its end: ",conv32x5,pool2,dense128",
    the first layers out of sight (as in the README's screenshot)."""
    panel = window.training_panel
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    layers = ",".join(PRESETS["convolutional"].layers) + ",dropout0.25,dense64"
    type_layers(panel, layers)
    edit = panel.architecture.edit
    assert edit.hasFocus() and edit.cursorPosition() == len(layers)
    assert edit.cursorRect().left() > edit.width() / 2  # scrolled: the end in sight
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    assert edit.cursorPosition() == 0 and edit.cursorRect().left() < edit.width() / 4
