"""The main window driven through its real widgets (offscreen): training, pause, step,
stop, closing while training, model files through the menu, settings and shortcuts.

Training runs on small subsets of MNIST with a small network, so each test takes about a
second. Every test that builds a window goes through the ``window`` fixture, which fails
the test if a training thread is still running after the window has closed.
"""

import re
import warnings

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QFileDialog, QMessageBox,
    QSlider, QStatusBar, QWidget)

import digitdesk
from digitdesk.engine import Model, TrainConfig
from conftest import RUN_END_MS, hover, running, wait_for_the_reading
from digitdesk.gui import MainWindow
from digitdesk.gui.plots import TrainingPlots

# Small and fast: 2,000 training images, 500 for validation, a 784-32-10 network.
SMALL = TrainConfig(hidden=(32,), activation="relu", init="he", optimizer="momentum",
                    learning_rate=0.1, batch_size=64, epochs=2, train_size=2000, val_size=500)


# ------------------------------------------------------------------------------ fixtures
# isolated_settings, questions, critical, threads and window: see conftest.py
pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def set_form(window, config):
    window.training_panel.set_config(config)
    assert window.training_panel.config() == config


def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def curve_length(curve):
    x, _ = curve.getOriginalDataset()
    return 0 if x is None else len(x)


def loss_curve_points(window):
    """Points in the loss plot's batch-loss curve, read from the plot itself."""
    plot = find(window, pg.PlotWidget, "lossPlot")
    return curve_length(plot.getPlotItem().listDataItems()[0])


def draw_digit(canvas):
    """A "7" drawn with the left mouse button: press, moves, release."""
    w, h = canvas.width(), canvas.height()
    side = min(w, h)
    left, top = (w - side) / 2, (h - side) / 2

    def at(fx, fy):
        return QPoint(int(left + fx * side), int(top + fy * side))

    path = [at(0.3, 0.25), at(0.5, 0.25), at(0.7, 0.25), at(0.62, 0.45), at(0.55, 0.6),
            at(0.5, 0.75)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[0])
    for a, b in zip(path, path[1:]):
        for t in np.linspace(0, 1, 6)[1:]:
            QTest.mouseMove(canvas, QPoint(int(a.x() + t * (b.x() - a.x())),
                                           int(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[-1])


def train_to_the_end(qtbot, window, config=SMALL):
    set_form(window, config)
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.model() is not None and not window.is_training()
                    and len(window.model().history["epoch"]) >= config.epochs, timeout=30000)


@pytest.fixture(scope="module")
def saved_model(tmp_path_factory):
    """A small trained model file, made without the GUI."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Trainer
    x, y, _, _ = load_mnist()
    model = Model(SMALL.replace(epochs=1))
    Trainer(model, x[:2000], y[:2000], x[2000:2500], y[2000:2500]).run()
    path = tmp_path_factory.mktemp("models") / "small.npz"
    model.save(path)
    return path


# ------------------------------------------------------------------------------ tests
def test_window_builds_with_the_named_widgets(window):
    for cls, name in ((QAbstractButton, "startButton"), (QAbstractButton, "pauseButton"),
                      (QAbstractButton, "stopButton"), (pg.PlotWidget, "lossPlot"),
                      (QWidget, "drawingCanvas"), (QWidget, "probabilityView")):
        find(window, cls, name)
    assert window.model() is None
    assert window.probability_view.probabilities() is None
    assert window.drawing_canvas.mnist_image().shape == (28, 28)


def test_every_control_has_an_accessible_name_and_a_tooltip(window):
    controls = [w for cls in (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider)
                for w in window.findChildren(cls)]
    # Buttons inside pyqtgraph's plot items and Qt's own spin-box parts are not ours.
    controls = [w for w in controls if w.isVisibleTo(window) and w.objectName() != "qt_spinbox_lineedit"]
    assert len(controls) > 20
    unnamed = [f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}"
               for w in controls if not w.accessibleName()]
    assert not unnamed
    form = window.training_panel.scroll.widget()
    untipped = [w.accessibleName() for w in form.findChildren(QWidget)
                if isinstance(w, (QComboBox, QAbstractSpinBox, QAbstractButton)) and not w.toolTip()]
    assert not untipped


def test_choosing_a_preset_fills_the_form(window):
    panel = window.training_panel
    set_form(window, SMALL)
    assert panel.preset.currentData() is None  # "Custom"
    index = panel.preset.findData("accurate")
    panel.preset.setCurrentIndex(index)
    panel.preset.activated.emit(index)
    assert panel.config() == digitdesk.engine.PRESETS["accurate"]
    panel.epochs.setValue(3)
    assert panel.preset.currentData() is None


def test_training_shows_curves_and_progress_and_pause_holds_it(qtbot, window, threads):
    set_form(window, SMALL.replace(epochs=1000, batch_size=16))  # long enough to pause in
    progress = find(window, QWidget, "trainingProgress")
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: loss_curve_points(window) > 20 and progress.value() > 20, timeout=20000)
    (thread,) = threads

    click(find(window, QAbstractButton, "pauseButton"))
    assert find(window, QAbstractButton, "pauseButton").text() == "Resume"
    qtbot.wait(300)  # the batch in flight and the last signals arrive
    held = window.plots.point_count()
    qtbot.wait(500)
    assert window.plots.point_count() == held  # no batch trained while paused
    assert thread.isRunning()
    assert "paused" in progress.format()

    click(find(window, QAbstractButton, "stepButton"))  # exactly one batch
    qtbot.waitUntil(lambda: window.plots.point_count() == held + 1, timeout=5000)
    qtbot.wait(200)
    assert window.plots.point_count() == held + 1

    click(find(window, QAbstractButton, "pauseButton"))  # resume
    qtbot.waitUntil(lambda: window.plots.point_count() > held + 50, timeout=10000)

    with qtbot.waitSignal(thread.finished, timeout=RUN_END_MS):
        click(find(window, QAbstractButton, "stopButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert not running(threads)
    # The weights learnt so far became the model in use, with the plotted history.
    model = window.model()
    assert len(model.history["batch_loss"]) == window.plots.point_count()
    assert window.isWindowModified()  # trained and not saved


def test_a_finished_run_reads_a_drawn_digit_and_saves_through_the_menu(
        qtbot, window, tmp_path, monkeypatch):
    train_to_the_end(qtbot, window)
    plots = window.plots
    qtbot.waitUntil(lambda: curve_length(plots.val_loss_curve) == 2, timeout=2000)
    assert curve_length(plots.accuracy_curve) == 2
    assert window.model().info["test_accuracy"] > 0.7
    assert window.training_panel.progress.value() == window.training_panel.progress.maximum()

    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, window.digit_panel)
    shown = window.probability_view.probabilities()
    assert shown.shape == (10,) and abs(shown.sum() - 1) < 1e-4

    target = tmp_path / "mine.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    assert target.exists() and not window.isWindowModified()
    loaded = digitdesk.load_model(target)
    image = window.drawing_canvas.mnist_image()[np.newaxis]
    np.testing.assert_allclose(loaded.predict_proba(image)[0], shown, atol=1e-6)
    assert loaded.history["val_accuracy"] == window.model().history["val_accuracy"]


def test_opening_a_model_through_the_menu_shows_it(qtbot, window, saved_model, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved_model), ""))
    window.open_action.trigger()
    model = window.model()
    assert model is not None and window.isWindowModified() is False
    assert window.training_panel.config() == model.config  # the form reflects it
    assert "784-32-10" in window.model_info.text() and "small.npz" in window.model_info.text()
    qtbot.waitUntil(lambda: loss_curve_points(window) == len(model.history["batch_loss"]), timeout=2000)
    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, window.digit_panel)


def test_the_model_box_does_not_give_a_fine_tuned_model_its_base_s_validation(window,
                                                                              saved_model):
    """An adapted model keeps its base's history: the Model box showed the base's last
    validation figure as the adapted model's own (beside its new test accuracy)."""
    model = digitdesk.load_model(saved_model)
    figure = f"{100 * model.history['val_accuracy'][-1]:.2f}%"
    window.set_model(model)
    assert f"validation {figure}" in window.model_info.text()
    assert "before the fine-tune" not in window.model_info.text()
    model.info["fine_tuned"] = {"personal_digits": 20, "base_model": "small.npz"}
    window.set_model(model)
    assert f"validation {figure} before the fine-tune" in window.model_info.text()


def test_the_model_box_says_when_the_file_was_saved_in_the_users_own_time(window, monkeypatch):
    """A model file records when it was saved in UTC; the Model box showed that time as
    if it were local: eight hours early in Beijing."""
    import time
    model = Model(SMALL, info={"saved": "2026-12-01T01:45:12+00:00"})
    # Beijing's time as a POSIX rule (no zone files needed); only this patch is undone.
    with monkeypatch.context() as patch:
        patch.setenv("TZ", "CST-8")
        time.tzset()
        try:
            window.set_model(model)
            assert "saved 2026-12-01 09:45" in window.model_info.text()
            model.info["saved"] = "not a time"  # damaged metadata: nothing said or raised
            window.set_model(model)
            assert "saved" not in window.model_info.text()
        finally:
            patch.undo()
            time.tzset()


def recent_actions(window):
    """File > Open Recent's items, as the menu shows them when it opens."""
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    return [a for a in menu.actions() if a.isEnabled()]


def test_open_recent_lists_the_files_opened_and_saved_and_opens_them(
        qtbot, make_window, saved_model, tmp_path, critical):
    """File had no recent files: a model saved yesterday was one file dialog away."""
    window = make_window()
    assert window.files.recent_menu.menuAction() in window.file_menu.actions()
    assert recent_actions(window) == []
    window.load_model(saved_model)
    copy = tmp_path / "copy.npz"
    window.save_model(copy)
    assert [a.toolTip() for a in recent_actions(window)] == [str(copy.resolve()),
                                                            str(saved_model.resolve())]
    window.close()

    again = make_window()  # remembered across a restart; the newest first
    first, second = recent_actions(again)
    assert first.text().startswith("&1 copy.npz")
    second.trigger()
    assert again.model() is not None and again.model_path().endswith("small.npz")
    assert recent_actions(again)[0].toolTip() == str(saved_model.resolve())
    # A file gone since: the usual error, and it is no longer offered.
    copy.unlink()
    recent_actions(again)[1].trigger()
    assert critical and again.model_path().endswith("small.npz")
    assert [a.toolTip() for a in recent_actions(again)] == [str(saved_model.resolve())]


def test_a_corrupt_file_shows_an_error_and_the_model_stays(qtbot, window, saved_model, tmp_path,
                                                          monkeypatch, critical):
    window.load_model(saved_model)
    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, window.digit_panel)
    before = window.probability_view.probabilities()
    model = window.model()

    bad = tmp_path / "broken.npz"
    bad.write_bytes(saved_model.read_bytes()[:300])  # a truncated archive
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.open_action.trigger()

    assert len(critical) == 1 and "broken.npz" in critical[0][1]
    assert window.model() is model
    # Still predicts: the drawing is read again with the same model.
    window.drawing_canvas.undo()
    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, window.digit_panel)
    np.testing.assert_allclose(window.probability_view.probabilities(), before, atol=1e-6)

    with pytest.raises(digitdesk.ModelFileError):
        window.load_model(bad)  # the automation API raises instead of showing a dialog
    assert window.model() is model


def test_closing_while_training_stops_the_thread(qtbot, window, threads, questions):
    set_form(window, SMALL.replace(epochs=1000))
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.plots.point_count() > 0, timeout=20000)
    (thread,) = threads
    window.close()
    # close() waits for the worker (at most 2 s): the thread has finished when it returns.
    assert not running([thread])
    assert questions  # the unsaved training was asked about (answered Discard here)


def test_enter_on_start_then_closing_at_once_starts_no_run(qtbot, window, threads):
    """Return on the focused Start button clicks it with a short animation (~100 ms): a
    window closed meanwhile must not start training once it has closed."""
    set_form(window, SMALL.replace(epochs=1000))
    start = find(window, QAbstractButton, "startButton")
    start.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Return)
    window.close()
    qtbot.wait(400)  # longer than the click's animation
    assert not window.is_training()
    assert not running(threads)


def test_opening_a_model_while_training_stops_the_thread(qtbot, window, threads, saved_model):
    set_form(window, SMALL.replace(epochs=1000, hidden=(16,)))
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.plots.point_count() > 0, timeout=20000)
    (thread,) = threads
    window.load_model(saved_model)
    assert not running([thread])
    assert not window.is_training()
    assert window.model().config.hidden == (32,)
    qtbot.wait(100)  # no late signal from the stopped run replaces the opened model
    assert window.model().config.hidden == (32,)
    # The plot shows the opened model's history, not the stopped run's.
    qtbot.waitUntil(lambda: loss_curve_points(window) == len(window.model().history["batch_loss"]),
                    timeout=2000)


def test_unsaved_model_asks_before_closing_and_cancel_keeps_the_window(
        qtbot, window, monkeypatch):
    train_to_the_end(qtbot, window, SMALL.replace(epochs=1))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert window.isVisible()
    window.ask_before_discarding = False  # scripts can close without a dialog
    assert window.close() is True


def test_step_from_idle_trains_exactly_one_batch(qtbot, window, threads):
    set_form(window, SMALL)
    click(find(window, QAbstractButton, "stepButton"))
    qtbot.waitUntil(lambda: window.plots.point_count() == 1, timeout=20000)
    qtbot.wait(200)
    assert window.plots.point_count() == 1
    assert window.is_training() and window.training.worker.is_paused()
    # Not the worker's "Training on 2000 images, validating on 500…": it came after the
    # run had paused, and stayed while the bar said "paused".
    assert window.statusBar().currentMessage() == "Paused. Space resumes; F10 trains one batch."
    assert "paused" in find(window, QWidget, "trainingProgress").format()
    click(find(window, QAbstractButton, "stopButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert len(window.model().history["batch_loss"]) == 1


def test_divergence_shows_a_message_and_keeps_finite_weights(qtbot, window):
    # Summed gradients of 64 examples with learning rate 10: the loss explodes to inf/NaN.
    set_form(window, SMALL.replace(reduction="sum", learning_rate=10.0, head="linear_mse",
                                   optimizer="sgd", epochs=20))
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "warningBox") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "warningBox")
    assert "learning rate" in box.text()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    probabilities = window.model().predict_proba(np.zeros((1, 28, 28), np.uint8))
    assert np.all(np.isfinite(probabilities))
    # The status bar ends on what happened and what was kept (the worker measured the
    # test accuracy after the divergence: its "Measuring…" stayed there for good): one
    # short line, even at 1024 x 768 (the whole message was cut off there), the whole
    # message in its tooltip.
    bar = window.statusBar()
    assert bar.currentMessage() == ("Training stopped: the loss diverged — last good "
                                    "weights kept.")
    assert bar.toolTip() == box.text()
    assert "the last good ones, were restored" in box.text()
    window.resize(1024, 768)
    assert 0 < bar.message_height() <= bar.fontMetrics().lineSpacing() + 1
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= bar.message_rect().width()
    # A menu's status tip (Qt shows it without show_status) does not inherit the details.
    QStatusBar.showMessage(bar, "Open a model file")
    assert bar.toolTip() == "Open a model file"
    box.close()


def test_reset_weights_makes_a_fresh_untrained_model(qtbot, window):
    set_form(window, SMALL)
    click(find(window, QAbstractButton, "resetButton"))
    model = window.model()
    assert model is not None and model.history["batch_loss"] == []
    assert model.config == SMALL
    draw_digit(window.drawing_canvas)
    wait_for_the_reading(qtbot, window.digit_panel)


def test_settings_persist_between_windows(qtbot, threads):
    first = MainWindow()
    qtbot.addWidget(first)
    set_form(first, SMALL.replace(learning_rate=0.05, hidden=(64, 32)))
    first.digit_panel.set_pen_width(25)
    first.plots.set_log_scale(True)
    first.main_splitter.setSizes([300, 900])
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.training_panel.config() == SMALL.replace(learning_rate=0.05, hidden=(64, 32))
    assert second.digit_panel.pen_width() == 25
    assert second.log_scale_action.isChecked()
    second.close()


def test_log_scale_action_switches_the_loss_axis(window):
    plot = find(window, pg.PlotWidget, "lossPlot").getPlotItem()
    window.log_scale_action.trigger()
    assert plot.getAxis("left").logMode
    assert window.plots.log_scale.isChecked()
    window.plots.log_scale.setChecked(False)
    assert not plot.getAxis("left").logMode and not window.log_scale_action.isChecked()


def test_hovering_the_curves_reads_out_their_values(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 400)
    plots.show()
    qtbot.waitExposed(plots)
    plots.add_batches(np.arange(1, 101) / 100, np.linspace(2.0, 0.5, 100))
    plots.add_epoch(1, 0.4, 0.9)
    plots._redraw()
    hover(plots.loss_plot, 0.5, 1.0)
    text = plots.readout.text()
    # The batch nearest the mouse (which lands on whole pixels: within a batch or two of
    # 0.5), with its own loss.
    epoch = float(re.search(r"epoch <b>([\d.]+)</b>", text).group(1))
    assert abs(epoch - 0.5) <= 0.02
    assert f"batch loss <b>{np.linspace(2.0, 0.5, 100)[round(epoch * 100) - 1]:.4f}</b>" in text
    assert "after epoch 1: validation loss <b>0.4000</b>, accuracy <b>90.00%</b>" in text


def legend_names(legend):
    """A legend's entries: ``{name: the curve it names}``."""
    return {label.text: sample.item for sample, label in legend.items}


def test_the_validation_accuracy_points_have_a_legend_entry(qtbot, window):
    """The accuracy plot's green points had no name, unlike every curve of the loss plot
    above them; the name follows the language."""
    plots = window.plots
    window.views.setCurrentWidget(plots)
    plots.add_batches([0.5, 1.0], [0.5, 0.4])
    plots.add_epoch(1.0, 0.4, 91.0)
    plots._redraw()
    legend = plots.accuracy_plot.getPlotItem().legend
    assert legend is not None and legend.isVisible()
    assert legend_names(legend).get("validation accuracy") is plots.accuracy_curve
    assert "validation loss" in legend_names(plots.loss_plot.getPlotItem().legend)
    try:
        window.set_language("ru")
        qtbot.waitUntil(lambda: "точность на валидации" in legend_names(legend), timeout=5000)
        assert legend_names(legend)["точность на валидации"] is plots.accuracy_curve
    finally:
        window.set_language("en")


def test_a_few_rows_memorised_show_as_training_accuracy_far_above_the_validation_one(
        qtbot, window):
    """What the training panel's tip suggests (a small subset shows memorising), seen as
    Nielsen and ConvNetJS show it: the training accuracy climbs to 100% while the
    validation accuracy stays below; pointing at the plot reads both out."""
    set_form(window, SMALL.replace(train_size=100, batch_size=10, epochs=20, learning_rate=0.02))
    window.views.setCurrentWidget(window.plots)
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    plots = window.plots
    plots._redraw()
    epochs, training = plots.train_accuracy_curve.getData()
    _, validation = plots.accuracy_curve.getData()
    assert list(epochs) == list(range(1, 21)) and training[-1] == 100
    assert validation[-1] < 85
    legend = plots.accuracy_plot.getPlotItem().legend
    assert legend_names(legend).get("training accuracy") is plots.train_accuracy_curve
    # The accuracy axis shows both: the training accuracy is not cut off at the top.
    assert plots.accuracy_plot.getPlotItem().getViewBox().viewRange()[1][1] >= 100
    hover(plots.accuracy_plot, 20, 90)
    qtbot.waitUntil(lambda: "training accuracy <b>100.00%</b>" in plots.readout.text(),
                    timeout=2000)
    assert f"accuracy <b>{validation[-1]:.2f}%</b>" in plots.readout.text()


def test_a_model_from_before_the_training_accuracy_opens_with_its_validation_points_only(
        qtbot, window, saved_model, tmp_path, monkeypatch):
    import json
    with np.load(saved_model) as archive:
        arrays = {name: archive[name] for name in archive.files}
    meta = json.loads(str(arrays["metadata"]))
    del meta["history"]["train_accuracy"]
    arrays["metadata"] = np.array(json.dumps(meta))
    old = tmp_path / "old.npz"
    np.savez(old, **arrays)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    window.views.setCurrentWidget(window.plots)
    window.open_action.trigger()
    assert window.model_path() == str(old)
    window.plots._redraw()
    assert len(window.plots.accuracy_curve.getData()[1]) == 1
    assert window.plots.train_accuracy_curve.getData()[1] is None or \
        len(window.plots.train_accuracy_curve.getData()[1]) == 0


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_the_legends_sit_beside_the_plot_areas_which_stay_as_wide_as_each_other(
        qtbot, window, code):
    """"точность на валидации" sat on question 003's accuracy curve, which jumps between
    50% and 93% all along (no corner of the plot is free), and the loss legend on question
    000's flat validation loss: both legends are beside their plot areas now, in every
    language, at 1280 x 720 and 1024 x 768, and the two areas, which share the epoch
    axis, are as wide as each other, so an epoch is at one x in both."""
    plots = window.plots
    window.views.setCurrentWidget(plots)
    epochs = np.arange(1, 301)
    plots.add_batches(list(epochs), list(np.where(epochs % 2, 0.5, 4.8)))
    for epoch in epochs:
        plots.add_epoch(float(epoch), 0.5, 93.0 if epoch % 2 else 50.0)
    plots._redraw()
    try:
        window.set_language(code)
        for size in ((1280, 720), (1024, 768)):
            window.resize(*size)
            qtbot.waitUntil(lambda: plots.accuracy_plot.height() > 0, timeout=5000)
            QApplication.processEvents()
            areas = []
            for plot in (plots.loss_plot, plots.accuracy_plot):
                item = plot.getPlotItem()
                legend = item.legend
                shown = legend.mapRectToScene(legend.boundingRect())
                area = item.vb.mapRectToScene(item.vb.boundingRect())
                assert legend.isVisible() and shown.width() > 0, (code, size)
                # (the layout places items on fractions of a pixel)
                assert shown.left() >= area.right() - 1, (code, size, shown, area)
                assert plot.sceneRect().contains(shown), (code, size)
                areas.append(area)
            assert abs(areas[0].right() - areas[1].right()) <= 1, (code, size, areas)
    finally:
        window.set_language("en")


def test_a_history_without_validation_draws_without_warnings(qtbot):
    """A model trained without a validation set (``Trainer(model, x, y).run()``) has NaN
    validation curves: the window draws its batch curve and no validation points, and
    pyqtgraph is never handed an all-NaN scatter (numpy's "All-NaN slice encountered" on
    every repaint)."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 400)
    plots.show()
    qtbot.waitExposed(plots)
    history = {"batch_epoch": list(np.arange(1, 101) / 50), "batch_loss": list(np.linspace(2, .5, 100)),
               "epoch": [1, 2], "val_loss": [float("nan")] * 2, "val_accuracy": [float("nan")] * 2}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plots.set_history(history)
        plots.grab()  # a paint: pyqtgraph works out the plots' ranges here
        qtbot.wait(50)
    assert [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)] == []
    assert len(plots.val_loss_curve.getData()[0] or []) == 0
    assert len(plots.batch_curve.getData()[0]) == 100
    # A run that diverged in its second epoch: the first epoch's point stays.
    history.update(val_loss=[0.4, float("nan")], val_accuracy=[0.9, 0.1])
    plots.set_history(history)
    assert list(plots.val_loss_curve.getData()[1]) == [0.4]
    assert list(plots.accuracy_curve.getData()[1]) == [90.0, 10.0]


def test_a_reopened_run_shows_the_moving_average_watched_live(qtbot, window, tmp_path):
    """The moving average of a run with short epochs (32 batches) is taken over half an
    epoch; reopened from its file (after a restart) it was taken over 50 batches:
    another curve for the same run."""
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: loss_curve_points(window) == 64, timeout=5000)
    live = window.plots.average_curve.getOriginalDataset()[1]
    window.save_model(tmp_path / "run.npz")
    reopened = TrainingPlots()  # a new window's plots
    qtbot.addWidget(reopened)
    reopened.set_history(digitdesk.load_model(tmp_path / "run.npz").history)
    reopened.show()
    qtbot.waitExposed(reopened)
    np.testing.assert_allclose(reopened.average_curve.getOriginalDataset()[1], live, rtol=1e-6)


def test_space_starts_and_pauses_but_not_while_typing(qtbot, window):
    set_form(window, SMALL.replace(epochs=1000))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    spin = window.training_panel.learning_rate
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Space)
    assert not window.is_training()  # Space went to the spin box

    window.drawing_canvas.setFocus()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
    assert window.is_training()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
    assert window.training.worker.is_paused()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)


@pytest.fixture
def slow_mnist(monkeypatch):
    """MNIST loads in the worker only once the test sets the returned ``threading.Event``
    (or after 10 s); set at the end of the test whatever happened, so that a failed
    assertion never leaves the worker waiting."""
    import threading

    import digitdesk.gui.worker as worker_module
    loaded = threading.Event()
    real_load = worker_module.load_mnist

    def slow_load():
        loaded.wait(10)
        return real_load()

    monkeypatch.setattr(worker_module, "load_mnist", slow_load)
    yield loaded
    loaded.set()


def test_pause_and_resume_while_mnist_loads_say_it_still_loads(qtbot, window, slow_mnist):
    """Space twice while MNIST was loading said "Training resumed." for as long as it
    went on loading (seconds on a busy machine), with no batch trained."""
    loaded = slow_mnist
    set_form(window, SMALL.replace(epochs=1000))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    try:
        window.drawing_canvas.setFocus()
        QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "Loading MNIST" in window.statusBar().currentMessage(),
                        timeout=2000)
        QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
        assert window.training.worker.is_paused()
        assert window.statusBar().currentMessage() == (
            "Paused while MNIST loads. Space resumes; F10 trains one batch.")
        QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
        assert not window.training.worker.is_paused()
        assert "Loading MNIST" in window.statusBar().currentMessage()
    finally:
        loaded.set()
    # (loading MNIST and the first batch: long on a busy machine)
    qtbot.waitUntil(lambda: window.training.batches_done() > 0, timeout=RUN_END_MS)
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)  # pause, resume: now it trains
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)
    assert window.statusBar().currentMessage() == "Training resumed."
    window.stop_training(wait=True)


def test_a_new_run_loading_mnist_shows_an_empty_bar_not_the_last_run_s(qtbot, window,
                                                                         slow_mnist):
    """Start after a finished run: "Loading MNIST…" stood over the last run's full bar,
    which read as the new run being that far already."""
    train_to_the_end(qtbot, window)
    progress = window.training_panel.progress
    assert progress.value() == progress.maximum() > progress.minimum()
    loaded = slow_mnist
    try:
        click(find(window, QAbstractButton, "startButton"))
        qtbot.waitUntil(lambda: "Loading MNIST" in window.statusBar().currentMessage(),
                        timeout=2000)
        assert progress.format() == "Loading MNIST…" and progress.text() == "Loading MNIST…"
        assert progress.value() == progress.minimum()
    finally:
        loaded.set()
    window.stop_training(wait=True)


def test_dropping_a_model_file_opens_it(qtbot, window, saved_model):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved_model))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.model() is not None and window.model().config.hidden == (32,)


def test_while_training_no_way_of_opening_a_model_stops_the_run(
        qtbot, make_window, saved_model, questions):
    """File > Open was greyed while training, Open Recent was not: a recent file picked
    then asked to save a model still training ("has not been saved"), stopped the run
    without a word and opened the file. Ctrl+O did nothing and said nothing. Now Open
    Recent is greyed with Open, and Ctrl+O and a dropped model say why nothing opens."""
    window = make_window()
    window.load_model(saved_model)  # one recent file
    window.activateWindow()  # (its shortcuts are the active window's)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    recent = window.files.recent_menu.menuAction()
    assert window.open_action.isEnabled() and recent.isEnabled()
    set_form(window, SMALL.replace(epochs=3))
    window.start_training(start_paused=True)
    try:
        assert window.is_training()
        assert not window.open_action.isEnabled() and not recent.isEnabled()
        bar = window.statusBar()
        for attempt in (
                lambda: QTest.keyClick(window.drawing_canvas, Qt.Key.Key_O,
                                       Qt.KeyboardModifier.ControlModifier),
                lambda: drag_and_drop(window, [QUrl.fromLocalFile(str(saved_model))]),
                lambda: recent_actions(window)[0].trigger()):  # (a menu shown before)
            bar.clearMessage()
            before = window.model()
            attempt()
            assert bar.currentMessage() == "Stop training before opening a model."
            assert window.is_training() and window.model() is before  # nothing opened
        assert questions == []  # no "Save it before you open ...?" about a running model
    finally:
        window.stop_training(wait=True)
    qtbot.waitUntil(lambda: recent.isEnabled(), timeout=5000)
    assert window.open_action.isEnabled()


def drag_and_drop(window, urls):
    """Drag ``urls`` onto the window and drop them there, as a file manager does; whether
    the drag was taken (the pointer shows it may be dropped) and the drop."""
    from PySide6.QtGui import QDragEnterEvent
    mime = QMimeData()
    mime.setUrls(urls)
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_dropped_file_it_cannot_open_is_named_in_the_status_bar(window, tmp_path):
    """A photo of a digit dropped on the window: the drag was refused, and the learner
    was left guessing. It is taken, and the status bar says what digitdesk opens."""
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG")
    assert drag_and_drop(window, [QUrl.fromLocalFile(str(photo))]) == (True, True)
    bar = window.statusBar()
    assert bar.currentMessage() == ("Cannot open photo.png: digitdesk opens models (.npz) "
                                    "and tables of digits (.csv)")
    assert "File > Import Training Data" in bar.toolTip()  # MNIST's own IDX files
    assert window.model() is None


def test_dropping_several_files_says_it_opens_one_at_a_time(window, saved_model, tmp_path):
    other = tmp_path / "other.npz"
    other.write_bytes(saved_model.read_bytes())
    urls = [QUrl.fromLocalFile(str(p)) for p in (saved_model, other)]
    assert drag_and_drop(window, urls) == (True, True)
    assert window.statusBar().currentMessage() == (
        "Dropped 2 files: digitdesk opens one file at a time, a model (.npz) or a CSV of digits")
    assert window.model() is None  # neither opened


def test_a_dragged_web_link_is_not_taken(window):
    assert drag_and_drop(window, [QUrl("https://example.org/model.npz")]) == (False, False)


def test_weights_carry_over_only_to_a_network_that_reads_the_same_digits():
    from digitdesk.gui.training_control import same_network
    all_ten = TrainConfig(hidden=(32,))
    assert same_network(all_ten, all_ten.replace(learning_rate=0.5, seed=3))
    assert not same_network(all_ten.replace(digits=(3, 7)), all_ten.replace(digits=(1, 3)))
    assert not same_network(all_ten, all_ten.replace(deskew=True))


def test_a_model_the_form_cannot_show_is_refused_and_the_old_one_stays(window, tmp_path):
    Model(TrainConfig(hidden=(16,), epochs=5000)).save(tmp_path / "long.npz")
    before = window.model()
    with pytest.raises(digitdesk.ModelFileError, match="epochs = 5000"):
        window.load_model(tmp_path / "long.npz")
    assert window.model() is before


def test_opening_a_model_the_form_cannot_show_says_why(window, tmp_path, critical):
    Model(TrainConfig(hidden=(16,), epochs=5000)).save(tmp_path / "long.npz")
    window.open_file(tmp_path / "long.npz")
    assert len(critical) == 1 and "epochs = 5000" in critical[0][1]
    assert window.model() is None


def test_opening_a_file_that_is_no_model_says_so_and_keeps_the_model(window, tmp_path,
                                                                     critical):
    """File > Open of random bytes named .npz, a text file, an archive of other arrays, a
    model cut short: a dialog names the file and what is wrong, and the model in use
    stays. A file that is no model at all also says what Open reads and where data goes
    (a newcomer looks for their train.csv there)."""
    good = tmp_path / "good.npz"
    Model(TrainConfig(hidden=(8,), epochs=1)).save(good)
    window.load_model(good)
    model, path = window.model(), window.model_path()
    rng = np.random.default_rng(0)
    (tmp_path / "noise.npz").write_bytes(rng.integers(0, 256, 5000, dtype=np.uint8).tobytes())
    (tmp_path / "notes.npz").write_text("epoch 1: loss 0.3\n")
    np.savez(tmp_path / "arrays.npz", x=np.zeros((3, 784)), y=np.zeros(3))
    (tmp_path / "cut.npz").write_bytes(good.read_bytes()[:good.stat().st_size // 2])
    for name, reason, hint in (("noise.npz", "not an .npz archive", True),
                               ("notes.npz", "not an .npz archive", True),
                               ("arrays.npz", "no metadata entry", True),
                               ("cut.npz", "truncated or corrupt", False)):
        critical.clear()
        assert not window.open_file(tmp_path / name)
        assert len(critical) == 1, name
        title, text = critical[0]
        assert title == "Cannot open the model"
        assert text.startswith(name) and reason in text, text
        assert ("Import Training Data" in text) == hint, text
        assert window.model() is model and window.model_path() == path
        assert window.statusBar().currentMessage() == f"Could not open {name}"


def test_dropping_the_kept_digits_file_says_what_it_is(qtbot, window, critical, tmp_path):
    """The file My handwriting keeps the user's digits in, dropped on the window, was
    "not a digitdesk model (no metadata entry)": it says now what the file is and where
    it is of use, and offers no Import Training Data (it is no training data either)."""
    from digitdesk.personal import FILE_NAME, PersonalSet
    kept = PersonalSet(tmp_path / "data")
    kept.add(np.eye(28, dtype=np.uint8) * 255, 3)
    assert drag_and_drop(window, [QUrl.fromLocalFile(str(kept.path))]) == (True, True)
    assert len(critical) == 1
    text = critical[0][1]
    assert text.startswith(f"{FILE_NAME}: a file of handwriting digits kept with Keep as, "
                           "not a model."), text
    assert "My handwriting" in text and "--personal FOLDER" in text
    assert "metadata" not in text and "Import Training Data" not in text
    assert window.model() is None


def test_tab_goes_through_the_form_in_reading_order(qtbot, window):
    """Keyboard only: from the preset, Tab reaches the hidden layers' sizes (added while
    the app runs) before their + and − buttons, not after the training buttons."""
    panel = window.training_panel
    edit = panel.hidden
    edit.set_value((256, 128))
    stops = []
    panel.preset.setFocus()
    for _ in range(10):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        stops.append(next((s for s in edit.spin_boxes() if s.isAncestorOf(focused) or s is focused), focused))
    spins = edit.spin_boxes()
    assert spins[0] in stops and spins[1] in stops, [type(s).__name__ for s in stops]
    assert stops.index(spins[0]) < stops.index(spins[1]) < stops.index(edit.add_button)
    # The recommendation above the form (an MLP is in it) has two stops, in reading order;
    # then no stop on the form's scroll area, which shows no focus: the next Tab is a field.
    assert panel.hint.isVisible()
    assert stops[:2] == [panel.hint.choose_button, panel.hint.close_button]
    assert stops[2] is spins[0], type(stops[2]).__name__


def test_space_on_a_new_window_starts_training_as_the_status_bar_says(qtbot, window):
    """"Ready. Choose settings and press Start (Space)": the first Space a newcomer
    presses starts training (it opened the preset list, which had the focus)."""
    set_form(window, SMALL.replace(epochs=1000))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert "(Space)" in window.statusBar().currentMessage()
    focused = QApplication.focusWidget()
    assert focused is window.training_panel.start_button, type(focused).__name__
    QTest.keyClick(focused, Qt.Key.Key_Space)
    qtbot.waitUntil(window.is_training, timeout=2000)
    window.stop_training(wait=True)


def test_a_model_opened_after_a_run_shows_an_empty_bar_not_a_full_one(window, tmp_path):
    """After a finished run the bar is full under "Finished: 8 epochs"; a model opened
    then (or fresh weights) is not being trained, and a full bar under "Not training"
    read as a run done or going on."""
    panel = window.training_panel
    panel.show_progress(430, 430, 430, 1, 5.0, paused=False)
    panel.show_idle(lambda: "Finished: 1 epoch")
    assert panel.progress.value() == panel.progress.maximum()  # a finished run stays full
    path = tmp_path / "m.npz"
    Model(TrainConfig(hidden=(8,), epochs=1)).save(path)
    window.files.open_file(str(path))
    assert panel.progress.format() == "Not training"
    assert panel.progress.value() == panel.progress.minimum()


def test_the_empty_pad_offers_teaching_only_when_the_button_can_be_pressed(qtbot, window):
    """While the first run trains, the empty pad's hint pointed to "Teach it your
    handwriting" (Ctrl+T), which is off until training ends: the hint says only what can
    be done now, and names the button again once it is on."""
    set_form(window, SMALL.replace(epochs=50, train_size=2000, val_size=200))
    click(find(window, QAbstractButton, "startButton"))
    view = window.probability_view
    qtbot.waitUntil(lambda: window.digit_panel.model() is not None, timeout=30000)
    assert window.is_training() and not window.digit_panel.teach_button.isEnabled()
    assert view.empty_text() == "Draw a digit on the pad"
    # a model that reads (one stopped after a batch or two reads at chance: no teaching)
    qtbot.waitUntil(lambda: window.training.batches_done() >= 15, timeout=30000)
    click(find(window, QAbstractButton, "stopButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    assert window.model().info["test_accuracy"] > 0.5
    assert window.digit_panel.teach_button.isEnabled()
    assert "Teach it your handwriting" in view.empty_text()


def test_a_run_paused_while_mnist_loads_says_paused_once_it_has_loaded(qtbot, window,
                                                                        slow_mnist):
    """Paused while MNIST loads, the run waits; the worker's "Training on 2000 images…",
    sent once the data is in, said it trained while the bar said "paused"."""
    loaded = slow_mnist
    # A long run: a short one could end, on a busy machine, before the wait below looks,
    # and batches_done() of a run that has ended is 0.
    set_form(window, SMALL.replace(epochs=1000))
    window.start_training()
    window.training.toggle_pause()
    loaded.set()
    qtbot.waitUntil(lambda: "Training on" in window.training.run.get(
        "worker_status", lambda: "")(), timeout=RUN_END_MS)
    assert window.training.is_paused() and window.training.batches_done() == 0
    assert window.statusBar().currentMessage() == "Paused. Space resumes; F10 trains one batch."
    assert "paused" in find(window, QWidget, "trainingProgress").format()
    window.training.toggle_pause()  # resumed, it trains
    assert window.statusBar().currentMessage() == "Training resumed."
    qtbot.waitUntil(lambda: window.training.batches_done() > 0, timeout=RUN_END_MS)
    window.stop_training(wait=True)
    assert not window.is_training()


def test_the_keyboard_focus_follows_start_pause_and_back(qtbot, window):
    """Space on Start turned Start off and the focus went on to the views' tab bar; it goes
    to Pause, which takes over, and back to Start when the run ends (Ctrl+.)."""
    set_form(window, SMALL.replace(epochs=50, train_size=2000, val_size=200))
    panel = window.training_panel
    window.activateWindow()
    panel.start_button.setFocus()
    QTest.keyClick(panel.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(window.is_training, timeout=10000)
    assert QApplication.focusWidget() is panel.pause_button
    QTest.keyClick(panel.pause_button, Qt.Key.Key_Space)  # pauses: the focus stays
    qtbot.waitUntil(window.training.is_paused, timeout=10000)
    assert QApplication.focusWidget() is panel.pause_button
    QTest.keyClick(panel.pause_button, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    assert QApplication.focusWidget() is panel.start_button


def test_tab_goes_from_the_views_tab_bar_into_the_view_not_to_its_scroll_arrows(window):
    """The tab bar's scroll arrows (there when the tabs do not fit) were Tab stops of their
    own between the tab bar and the view."""
    window.activateWindow()
    bar = window.views.tabBar()
    bar.setFocus()
    QTest.keyClick(bar, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert window.views.currentWidget().isAncestorOf(focus), focus


def test_open_recent_shows_an_ampersand_in_a_name_as_itself(qtbot, make_window, saved_model,
                                                           tmp_path):
    """Qt reads "&" in a menu text as a mnemonic: "R&D/mine&yours.npz" was listed as
    "mineyours.npz (RD)", with a second underlined key."""
    folder = tmp_path / "R&D models"
    folder.mkdir()
    path = folder / "mine&yours.npz"
    path.write_bytes(saved_model.read_bytes())
    window = make_window()
    window.load_model(path)
    (action,) = recent_actions(window)
    assert action.text().startswith("&1 mine&&yours.npz") and "R&&D models" in action.text()
    assert action.toolTip() == str(path.resolve())
    window.close()


def test_ctrl_s_on_a_read_only_model_file_keeps_the_file_and_says_so(
        qtbot, window, saved_model, tmp_path, monkeypatch, critical):
    """A model marked read-only, opened and saved with Ctrl+S, was silently replaced: the
    atomic save renames a new file over it, which the folder allows whatever the file's
    own permission. It is kept, the message names it and says what to do, and the model
    in use and its file name stay as they were."""
    import os
    import shutil
    kept = tmp_path / "kept.npz"
    shutil.copy(saved_model, kept)
    os.chmod(kept, 0o444)
    before = kept.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(kept), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    control = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_O, control)
    model = window.model()
    assert model is not None and window.model_path() == str(kept)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_S, control)
    assert kept.read_bytes() == before
    assert len(critical) == 1
    assert f"{kept} is read-only; give another file name, or make the file writable first" \
        in critical[0][1]
    assert window.model() is model and window.model_path() == str(kept)
    assert window.statusBar().currentMessage().startswith("Not saved: ")
