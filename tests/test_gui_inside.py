"""The "Inside the network" view (digitdesk.gui.inside_view), driven through its widgets
offscreen: the weight tiles, the explained digit, the confusion matrix read off the GUI
thread, and the gallery that puts a validation digit on the drawing panel.

Models are trained on 2,000 MNIST images for one epoch (a fraction of a second) and
validated on 500. Every test that makes a view waits, at teardown, until no validation
reading is running.
"""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QWidget

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, training_data
from digitdesk.gui import MainWindow
from digitdesk.gui.digit_panel import DigitPanel
from digitdesk.gui.inside_view import MAX_GALLERY, MAX_UNITS, InsideView

SMALL = TrainConfig(hidden=(32,), activation="relu", init="he", optimizer="momentum",
                    learning_rate=0.1, batch_size=64, epochs=1, train_size=2000, val_size=500)
TIMEOUT = 30_000  # ms; a hang detector: far more than any step needs, even on a loaded machine


pytestmark = pytest.mark.usefixtures("isolated_settings")  # see conftest.py


_trained = {}


def trained(config=SMALL):
    """A model trained for one epoch on ``config``'s subset (cached: tests only read it)."""
    if config not in _trained:
        x_all, y_all, _, _ = load_mnist()
        model = Model(config)
        Trainer(model, *training_data(config, x_all, y_all)).run()
        _trained[config] = model
    return _trained[config]


def validation_set(config=SMALL):
    x_all, y_all, _, _ = load_mnist()
    _, _, x_val, y_val = training_data(config, x_all, y_all)
    return x_val, y_val


@pytest.fixture
def panel_and_view(qtbot):
    """A drawing panel and the inside view on it, side by side in one shown window."""
    window = QWidget()
    layout = QHBoxLayout(window)
    panel = DigitPanel()
    view = InsideView(panel)
    layout.addWidget(view, 3)
    layout.addWidget(panel, 2)
    window.resize(1300, 520)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield panel, view
    assert view.wait_for_evaluation(TIMEOUT), "a validation reading was still running"
    # Its answer is queued for this thread. QTest.qWait delivers it; qtbot.waitUntil's
    # nested QEventLoop was seen not to, for 10 s, on a loaded 2-core machine (also on the
    # code before this branch), which failed the teardown.
    deadline = time.monotonic() + TIMEOUT / 1000
    while view.evaluator.is_busy() and time.monotonic() < deadline:
        QTest.qWait(10)
    assert not view.evaluator.is_busy(), "the last validation reading was never delivered"


def show_and_evaluate(qtbot, view, model):
    with qtbot.waitSignal(view.evaluator.evaluated, timeout=TIMEOUT):
        view.set_model(model)
    qtbot.waitUntil(lambda: view.validation_result() is not None, timeout=TIMEOUT)
    return view.validation_result()


def click(widget, point):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def draw_seven(canvas):
    w, h = canvas.width(), canvas.height()
    side = min(w, h)
    left, top = (w - side) / 2, (h - side) / 2
    path = [QPoint(int(left + fx * side), int(top + fy * side))
            for fx, fy in ((0.3, 0.25), (0.5, 0.25), (0.7, 0.25), (0.62, 0.45), (0.55, 0.6), (0.5, 0.75))]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[0])
    for a, b in zip(path, path[1:]):
        for t in np.linspace(0, 1, 6)[1:]:
            QTest.mouseMove(canvas, QPoint(int(a.x() + t * (b.x() - a.x())), int(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[-1])


# ------------------------------------------------------------------------------ weights
def settled_picture(qtbot, widget, pause_ms=300):
    """The widget's picture once two grabs ``pause_ms`` apart (longer than the refresh
    interval) agree."""
    picture = widget.grab().toImage()
    for _ in range(TIMEOUT // pause_ms):
        qtbot.wait(pause_ms)
        again = widget.grab().toImage()
        if again == picture:
            return picture
        picture = again
    raise AssertionError("the picture kept changing")


def test_weights_grid_shows_one_tile_per_unit_and_follows_snapshots(qtbot, panel_and_view):
    panel, view = panel_and_view
    model = Model(SMALL.replace(hidden=(20,)))
    view.set_model(model)
    qtbot.waitUntil(lambda: view.weights_grid.tile_count() == 20, timeout=TIMEOUT)
    assert "20" in view.weights_note.text()
    before = view.weights_grid.grab().toImage()

    # A snapshot with other weights, as training sends: the picture changes.
    changed = model.copy()
    changed.network.dense_layers[0].W[:, :10] *= -1
    view.show_snapshot(changed)
    qtbot.waitUntil(lambda: view.weights_grid.grab().toImage() != before, timeout=TIMEOUT)
    # ... and a snapshot with the same weights leaves it as it is. (First let the redraw of
    # the changed weights finish: on a loaded machine it can still be under way.)
    after = settled_picture(qtbot, view.weights_grid)
    view.show_snapshot(changed.copy())
    qtbot.wait(300)  # longer than the refresh interval: a redraw would have happened
    assert view.weights_grid.grab().toImage() == after


def test_a_wide_layer_shows_the_first_units_and_says_so(qtbot, panel_and_view):
    panel, view = panel_and_view
    view.set_model(Model(SMALL.replace(hidden=(150,))))
    qtbot.waitUntil(lambda: view.weights_grid.tile_count() == MAX_UNITS, timeout=TIMEOUT)
    assert f"{MAX_UNITS} of 150" in view.weights_note.text()


def test_nothing_is_computed_while_the_view_is_hidden(qtbot, panel_and_view):
    panel, view = panel_and_view
    view.hide()
    started = []
    view.evaluator.started.connect(lambda: started.append(1))
    view.set_model(trained())
    qtbot.wait(300)
    assert started == [] and view.weights_grid.tile_count() == 0
    with qtbot.waitSignal(view.evaluator.evaluated, timeout=TIMEOUT):
        view.show()
    assert view.weights_grid.tile_count() == 32


# ------------------------------------------------------------------------------ your digit
def test_the_drawn_digit_is_explained(qtbot, panel_and_view):
    panel, view = panel_and_view
    model = trained()
    view.set_model(model)
    panel.set_model(model)
    assert not view.saliency_image.has_image()
    draw_seven(panel.canvas)
    qtbot.waitUntil(view.saliency_image.has_image, timeout=TIMEOUT)
    read = int(np.argmax(panel.probabilities()))
    assert f"read as {read}" in view.digit_heading.text()
    assert len(view.layer_rows) == 1 and view.layer_rows[0][1].has_image()
    assert "32 ReLU units" in view.layer_rows[0][0].text()

    # Explaining another digit's score: chosen in the combo box.
    other = (read + 1) % 10
    view.explain_choice.setCurrentIndex(view.explain_choice.findData(other))
    qtbot.waitUntil(lambda: f"explaining {other}" in view.digit_heading.text(), timeout=TIMEOUT)


# ------------------------------------------------------------------------------ validation
@pytest.mark.parametrize("config", [SMALL, SMALL.replace(digits=(3, 7), hidden=(8,))],
                         ids=["ten digits", "3 and 7"])
def test_confusion_matrix_matches_a_direct_computation(qtbot, panel_and_view, config):
    panel, view = panel_and_view
    model = trained(config)
    show_and_evaluate(qtbot, view, model)
    x_val, y_val = validation_set(config)
    predicted = model.predict(x_val)
    classes = list(config.classes)
    expected = np.array([[np.sum((y_val == t) & (predicted == p)) for p in classes] for t in classes])
    counts = view.confusion_view.counts()
    np.testing.assert_array_equal(counts, expected)
    assert counts.sum() == len(y_val) == config.val_size
    accuracy = 100 * np.mean(predicted == y_val)
    assert f"{accuracy:.1f}%" in view.validation_heading.text()


def test_clicking_a_cell_shows_its_digits(qtbot, panel_and_view):
    panel, view = panel_and_view
    result = show_and_evaluate(qtbot, view, trained())
    # At first, the gallery shows every mistake.
    mistakes = int(np.sum(result.labels != result.predicted))
    assert view.gallery.tile_count() == min(mistakes, MAX_GALLERY)
    assert all(view.gallery.caption(i).split("→")[0] != view.gallery.caption(i).split("→")[1]
               for i in range(view.gallery.tile_count()))

    counts = result.confusion.copy()
    np.fill_diagonal(counts, 0)
    t, p = np.unravel_index(np.argmax(counts), counts.shape)
    click(view.confusion_view, view.confusion_view.cell_rect(t, p).center())
    assert view.gallery.tile_count() == min(counts[t, p], MAX_GALLERY)
    assert {view.gallery.caption(i) for i in range(view.gallery.tile_count())} == {f"{t}→{p}"}
    assert f"{t} read as {p}" in view.gallery_heading.text()

    # A diagonal cell: the digits read right, and the button goes back to all mistakes.
    click(view.confusion_view, view.confusion_view.cell_rect(1, 1).center())
    assert view.gallery.tile_count() == min(result.confusion[1, 1], MAX_GALLERY)
    assert view.gallery.caption(0) == "1→1"
    click(view.all_mistakes_button, view.all_mistakes_button.rect().center())
    assert view.gallery.tile_count() == min(mistakes, MAX_GALLERY)


def test_clicking_a_gallery_digit_puts_it_on_the_panel(qtbot, panel_and_view):
    panel, view = panel_and_view
    model = trained()
    panel.set_model(model)
    result = show_and_evaluate(qtbot, view, model)
    index = int(result.mistakes()[0])
    image = result.images[index]

    with qtbot.waitSignal(panel.predictionChanged, timeout=TIMEOUT):
        click(view.gallery, view.gallery.tile_rect(0).center())
    np.testing.assert_allclose(panel.image(), image / 255.0, atol=1e-6)
    np.testing.assert_allclose(panel.probabilities(), model.predict_proba(image[np.newaxis])[0], rtol=1e-6)
    # The pad shows it too (enlarged, 10 pad units per pixel), not "Draw a digit here".
    assert panel.canvas.has_picture() and panel.canvas.is_empty()
    row, col = np.unravel_index(np.argmax(image), image.shape)
    rect = panel.canvas._pad_rect()
    on_ink = QPoint(round(rect.x() + (col + 0.5) * rect.width() / 28),
                    round(rect.y() + (row + 0.5) * rect.height() / 28))
    assert panel.canvas.grab().toImage().pixelColor(on_ink).lightness() > 150
    assert int(np.argmax(panel.probabilities())) == result.predicted[index] != result.labels[index]
    # The explanation follows the digit on the panel.
    qtbot.waitUntil(lambda: f"read as {result.predicted[index]}" in view.digit_heading.text(),
                    timeout=TIMEOUT)

    # Drawing replaces the shown digit; Clear empties the panel.
    draw_seven(panel.canvas)
    assert not panel.canvas.has_picture()
    qtbot.waitUntil(lambda: not np.allclose(panel.image(), image / 255.0), timeout=TIMEOUT)
    with qtbot.waitSignal(panel.predictionChanged, timeout=TIMEOUT):
        click(view.gallery, view.gallery.tile_rect(1).center())
    panel.clear_action.trigger()
    assert panel.image() is None and panel.probabilities() is None
    assert not panel.canvas.has_picture()


# ------------------------------------------------------------------------------ in the window
def test_the_window_reads_the_validation_set_after_each_epoch(qtbot, monkeypatch):
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.inside_view
    window.views.setCurrentWidget(view)
    requests = []
    original = view.evaluator.request
    monkeypatch.setattr(view.evaluator, "request", lambda model: (requests.append(model), original(model)))
    config = SMALL.replace(epochs=3)
    try:
        window.training_panel.set_config(config)
        window.start_training()
        qtbot.waitUntil(lambda: not window.is_training(), timeout=60_000)
        assert view.wait_for_evaluation(TIMEOUT)
        qtbot.waitUntil(lambda: not view.evaluator.is_busy(), timeout=TIMEOUT)
        # The new network, each of the three epochs, and the trained model at the end.
        assert len(requests) >= 1 + config.epochs
        x_val, y_val = validation_set(config)
        result = view.validation_result()
        np.testing.assert_array_equal(result.predicted, window.model().predict(x_val))
        assert "epoch 3" in view.validation_heading.text()
        # The weights are redrawn at most every REFRESH_MS: the last snapshot's redraw may
        # still be due when a quick run has ended and been read.
        qtbot.waitUntil(lambda: view.weights_grid.tile_count() == 32, timeout=TIMEOUT)
    finally:
        window.close()
        assert view.wait_for_evaluation(TIMEOUT)


def test_a_click_on_the_wrapped_same_scale_text_toggles_its_box(qtbot, panel_and_view):
    _, view = panel_and_view
    label = view._same_scale_label
    assert label.wordWrap() and label.text() == "One colour scale for all units"
    before = view.same_scale.isChecked()
    click(label, label.rect().center())
    assert view.same_scale.isChecked() != before
    click(label, label.rect().center())
    assert view.same_scale.isChecked() == before


def test_the_matrix_and_the_gallery_work_from_the_keyboard(qtbot, panel_and_view):
    """Without a mouse: Tab reaches the confusion matrix and the gallery, the arrow keys
    move over their cells and digits (a frame shows where), Enter opens a cell or puts a
    digit on the pad."""
    panel, view = panel_and_view
    model = trained()
    panel.set_model(model)
    result = show_and_evaluate(qtbot, view, model)
    matrix, gallery = view.confusion_view, view.gallery
    for widget in (matrix, gallery):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    assert not view.weights_grid.focusPolicy() & Qt.FocusPolicy.TabFocus  # nothing to press
    matrix.setFocus()
    assert matrix.current_cell() == (0, 0)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up):
        QTest.keyClick(matrix, key)
    assert matrix.current_cell() == (1, 1)
    QTest.keyClick(matrix, Qt.Key.Key_Left)
    QTest.keyClick(matrix, Qt.Key.Key_Left)  # stays in the grid
    assert matrix.current_cell() == (1, 0)
    QTest.keyClick(matrix, Qt.Key.Key_Return)
    assert view.gallery.tile_count() == min(result.confusion[1, 0], MAX_GALLERY)
    assert "1 read as 0" in view.gallery_heading.text()
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    QTest.keyClick(matrix, Qt.Key.Key_Space)  # Space presses a cell too
    assert "1 read right" in view.gallery_heading.text()

    view.show_cell()  # all mistakes again
    gallery.setFocus()
    assert gallery.current_index() == 0
    QTest.keyClick(gallery, Qt.Key.Key_Right)
    assert gallery.current_index() == 1
    with qtbot.waitSignal(panel.predictionChanged, timeout=TIMEOUT):
        QTest.keyClick(gallery, Qt.Key.Key_Return)
    index = int(result.mistakes()[1])
    np.testing.assert_allclose(panel.image(), result.images[index] / 255.0, atol=1e-6)


def test_a_model_not_yet_read_is_not_called_no_model_in_any_language(qtbot, panel_and_view):
    """A model in use whose validation digits are not read yet (the tab was hidden while
    it trained) showed "No model yet: train one or open a saved model." over the matrix,
    and a switch of language left that and "Misread digits" in English."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from digitdesk.gui.language import SETTING, install_language, translations
    _, view = panel_and_view
    assert "No model yet" in view.confusion_view.empty_text()  # no model: true
    view.hide()  # a tab not shown reads nothing
    view.set_model(trained())
    assert view.confusion_view.empty_text() == "Reading the validation digits…"
    install_language("ru")
    try:
        qtbot.waitUntil(lambda: view.gallery_heading.text() != "Misread digits", timeout=5000)
        assert view.confusion_view.empty_text() == QCoreApplication.translate(
            "InsideView", "Reading the validation digits…") != "Reading the validation digits…"
        assert view.validation_heading.text() == QCoreApplication.translate(
            "InsideView", "Validation set: reading it…")
        view.show()
        qtbot.waitUntil(lambda: view.validation_result() is not None, timeout=TIMEOUT)
    finally:
        QSettings().remove(SETTING)
        translations.apply("en")


def close_during_a_reading(qtbot, model, entered):
    """Show ``model`` in the window's Inside view and close the window once its validation
    reading has ``entered`` (an Event) the slow part; returns the closed window."""
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.views.setCurrentWidget(window.inside_view)
    window.inside_view.set_model(model)
    assert entered.wait(TIMEOUT / 1000), "the reading never started"
    window.close()
    return window


def test_closing_the_window_waits_for_a_validation_reading(qtbot, monkeypatch):
    """A reading still running when the window closes must end before closing returns:
    one that ran on into Python's shutdown was torn down mid-job ("Qt Concurrent has
    caught an exception thrown from a worker thread")."""
    import threading

    import digitdesk.gui.evaluation as evaluation
    entered, ended = threading.Event(), threading.Event()
    original = evaluation.evaluate_validation

    def slow(*args, **kwargs):
        entered.set()
        time.sleep(1.0)  # a reading that is still running when the window closes
        try:
            return original(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(evaluation, "evaluate_validation", slow)
    window = close_during_a_reading(qtbot, trained(), entered)
    assert ended.is_set(), "closing returned while the reading still ran"
    assert window.inside_view.evaluator._pool.activeThreadCount() == 0


def test_closing_the_window_stops_a_long_validation_reading(qtbot, monkeypatch):
    """Closing waited for the whole reading, however long (a slow model's takes
    seconds): the reading is told to stop and ends after the batch it is reading."""
    import functools
    import threading

    import digitdesk.gui.evaluation as evaluation
    from digitdesk.engine import Model
    entered, batches = threading.Event(), []
    original = Model.predict_proba

    def slow(self, images):  # each batch of the reading takes half a second
        batches.append(len(images))
        entered.set()
        time.sleep(0.5)
        return original(self, images)

    model = trained()
    monkeypatch.setattr(Model, "predict_proba", slow)
    # (its 500 validation images in 5 batches)
    monkeypatch.setattr(evaluation, "evaluate_validation",
                        functools.partial(evaluation.evaluate_validation, batch_size=100))
    window = close_during_a_reading(qtbot, model, entered)
    assert window.inside_view.evaluator._pool.activeThreadCount() == 0  # it has ended...
    assert batches == [100]  # ...after the batch it was reading (of 5)


def test_opening_another_model_stops_the_reading_of_the_one_before(qtbot, panel_and_view,
                                                                   monkeypatch):
    """A model opened while the one before is still being read on the validation set: that
    reading stops at its next batch, and the new model's answer does not wait for it."""
    import functools
    import threading

    import digitdesk.gui.evaluation as evaluation
    from digitdesk.engine import Model
    first, second = trained(), trained(SMALL.replace(seed=1))
    entered, released, batches = threading.Event(), threading.Event(), []
    original = Model.predict_proba

    def held(self, images):  # the first model's batch is held until the second is opened
        batches.append(self.config.seed)  # (the reading is of a copy: told by its seed)
        entered.set()
        if self.config.seed == first.config.seed:
            assert released.wait(TIMEOUT / 1000)
        return original(self, images)

    monkeypatch.setattr(Model, "predict_proba", held)
    monkeypatch.setattr(evaluation, "evaluate_validation",
                        functools.partial(evaluation.evaluate_validation, batch_size=100))
    _, view = panel_and_view
    view.set_model(first)
    assert entered.wait(TIMEOUT / 1000), "the first reading never started"
    view.set_model(second)
    released.set()  # (no sleep to race: the first reading's next batch comes after this)
    qtbot.waitUntil(lambda: second.config.seed in batches, timeout=TIMEOUT)
    assert view.wait_for_evaluation(TIMEOUT)
    assert batches.count(first.config.seed) == 1  # the batch it was reading, of 5


def test_the_misread_digits_note_joins_its_sentences_the_chinese_way(qtbot, panel_and_view):
    """The note under Misread digits is two or three sentences; joined with a space,
    Chinese showed a space after each "。"."""
    from PySide6.QtCore import QSettings

    from digitdesk.gui.language import SETTING, install_language, translations
    panel, view = panel_and_view
    model = trained()
    panel.set_model(model)
    show_and_evaluate(qtbot, view, model)
    english = view.gallery_note.text()
    assert english.endswith(". Click one to put it on the pad.")  # two sentences, a space
    install_language("zh_CN")
    try:
        view.show_cell()
        note = view.gallery_note.text()
        assert note != english and note.count("。") >= 2
        assert " " not in note
    finally:
        QSettings().remove(SETTING)
        translations.apply("en")


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_the_digit_note_has_a_minus_sign_and_is_seen_whole_at_1024_by_768(
        qtbot, english, make_window, code):
    """The Russian note under the maps read "синие — -2,72" (a dash, then a hyphen for the
    minus) and, for a convolutional network at 1024 x 768, was cut off by the bottom of
    the tab: the maps took the tab's spare height, the gradient map smaller than the other
    beside its longer caption. That caption ended in "…" ("梯度：此处多加墨迹会…"), and
    read as cut off: each caption is a whole phrase."""
    import re

    from digitdesk.gui.language import translations
    model = trained(SMALL.replace(hidden=(32,), layers=("conv8x5", "pool2", "dense32"),
                                  learning_rate=0.05))
    translations.apply(code)
    window = make_window()
    window.resize(1024, 768)
    window.set_model(model)
    view = window.inside_view
    window.views.setCurrentWidget(view)
    draw_seven(window.digit_panel.canvas)
    qtbot.waitUntil(view.saliency_image.has_image, timeout=TIMEOUT)
    qtbot.wait(50)  # (the layout settles)
    note = view.digit_note
    assert "\u2212" in note.text() and not re.search(r"-\d", note.text()), note.text()
    for label in (note, *view._map_captions):
        seen = label.visibleRegion().boundingRect()
        assert seen.height() >= label.heightForWidth(label.width()) > 0, label.text()
        assert seen.width() == label.width(), label.text()
        assert not label.text().rstrip().endswith(("…", "...")), label.text()
    assert view.saliency_image.size() == view.gradient_image.size()


def test_a_one_output_network_s_digit_is_its_number_not_a_probability(qtbot, panel_and_view):
    """Question 000's head, stuck at 1.0: the heading said "read as 9 (>99%)", from the
    bell of closeness around 10 x 1.0. It gives the output and what it rounds to."""
    from test_digit_panel import stuck_regression_model
    panel, view = panel_and_view
    model = stuck_regression_model(0.99999)
    view.set_model(model)
    panel.set_model(model)
    draw_seven(panel.canvas)
    qtbot.waitUntil(view.saliency_image.has_image, timeout=TIMEOUT)
    assert view.digit_heading.text() == (
        "Your digit: one output, not a probability: 1.00 × 10 = 10.0, which rounds to none "
        "of its digits (nearest: 9)")
    view.explain_choice.setCurrentIndex(view.explain_choice.findData(3))
    qtbot.waitUntil(lambda: "explaining 3" in view.digit_heading.text(), timeout=TIMEOUT)
    assert "%" not in view.digit_heading.text()


def test_the_heading_writes_the_probability_as_the_pad_s_bars_do(qtbot, panel_and_view):
    """A 7 read at 99.2%: the bars said "99%", the Inside tab's heading ">99%" (and an
    exact 1.0, a saturated softmax, "100%" against ">99%")."""
    panel, view = panel_and_view
    model = Model(TrainConfig(hidden=(8,)))
    output = model.network.weighted_layers[-1]
    chances = np.full(10, 0.008 / 9)
    chances[7] = 0.992
    output.W[...] = 0  # whatever is drawn, the logits are the biases: these chances
    output.b[...] = np.log(chances)
    view.set_model(model)
    panel.set_model(model)
    draw_seven(panel.canvas)
    qtbot.waitUntil(view.saliency_image.has_image, timeout=TIMEOUT)
    assert panel.probability_view.value_text(7) == "99%"
    assert view.digit_heading.text() == "Your digit: read as 7 (99%)"
