"""Tests for the drawing side of the app: the pad, the preview, the probability bars and
the panel that ties them to a model. The pad is driven with real mouse events."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from threadpoolctl import threadpool_limits

from conftest import shown_panel, wait_for_the_reading
from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.averaging import averaged_probabilities
from digitdesk.engine.losses import outputs_to_probabilities
from digitdesk.gui.canvas import PAD_SIZE, DrawingCanvas, MnistPreview
from digitdesk.gui.digit_panel import PREDICTION_INTERVAL_MS
from digitdesk.gui.probability_view import ProbabilityView
from digitdesk.preprocess import center_of_mass, ink_box

# Digits as strokes in pad units (0-280), drawn the way a person would.
ONE = [[(140, 40 + 2 * i) for i in range(101)]]
ZERO = [[(140 + 55 * np.sin(a), 140 - 85 * np.cos(a)) for a in np.linspace(0, 2 * np.pi, 60)]]
SEVEN = [[(80 + 1.2 * i, 60) for i in range(100)]  # the bar, then the down stroke
         + [(200 - 0.6 * i, 60 + 1.8 * i) for i in range(100)]]
# A small "L" drawn off-centre in the top-left corner.
SMALL_L = [[(30, 20 + i) for i in range(60)] + [(30 + i, 80) for i in range(1, 30)]]


@pytest.fixture(scope="module")
def model():
    """A small real model: 784-32-10, one epoch over all of MNIST. It reads the test set at
    about 95%. With one BLAS thread this takes ~0.3 s; with two threads on two busy cores
    (the test suite runs beside other work) the threads wait for each other and it can
    take ten times as long."""
    x_train, y_train, _, _ = load_mnist()
    trained = Model(TrainConfig(hidden=(32,), epochs=1, val_size=0))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(trained, x_train, y_train).run()
    return trained


@pytest.fixture
def canvas(qtbot):
    """A drawing pad on its own, 300 x 300, shown."""
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    return widget


@pytest.fixture
def panel(qtbot):
    return shown_panel(qtbot)


def to_widget(canvas, point):
    """Pad units -> the widget position a mouse event must have to land there."""
    rect = canvas._pad_rect()
    scale = rect.width() / PAD_SIZE
    return QPoint(round(rect.x() + point[0] * scale), round(rect.y() + point[1] * scale))


def draw(canvas, strokes, button=Qt.MouseButton.LeftButton):
    """Draw ``strokes`` (lists of pad points) with real press / move / release events."""
    for stroke in strokes:
        points = [to_widget(canvas, p) for p in stroke]
        QTest.mousePress(canvas, button, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(canvas, point)
        QTest.mouseRelease(canvas, button, Qt.KeyboardModifier.NoModifier, points[-1])


def assert_mnist_like(image):
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert 0.0 <= image.min() and image.max() <= 1.0
    top, bottom, left, right = ink_box(image)
    assert max(bottom - top, right - left) == 20  # fitted to the 20 x 20 box
    row, col = center_of_mass(image)
    assert abs(row - 14.0) <= 0.5 and abs(col - 14.0) <= 0.5  # centred like MNIST


# ------------------------------------------------------------------ the pad

def test_mouse_strokes_become_a_centred_20x20_digit(canvas, qtbot):
    assert canvas.is_empty()
    assert not canvas.mnist_image().any()

    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        draw(canvas, SEVEN)
    assert not canvas.is_empty()
    strokes = canvas.strokes()
    assert len(strokes) == 1 and len(strokes[0]) > 100  # every mouse move was recorded
    # The points are kept in pad units, whatever the widget's size.
    assert abs(strokes[0][0].x() - 80) < 2 and abs(strokes[0][0].y() - 60) < 2
    assert_mnist_like(canvas.mnist_image())


def test_a_small_off_centre_digit_is_enlarged_and_centred(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(250, 250)  # a different size: pad units, not pixels, are stored
    canvas.show()
    draw(canvas, SMALL_L)
    image = canvas.mnist_image()
    assert_mnist_like(image)
    top, bottom, left, right = ink_box(image)
    assert bottom - top == 20 and right - left < 20  # tall, so 20 high; aspect ratio kept


def test_only_the_left_button_draws(canvas, qtbot):
    draw(canvas, ONE, button=Qt.MouseButton.RightButton)
    assert canvas.is_empty()


def test_a_click_draws_a_dot(canvas, qtbot):
    draw(canvas, [[(140, 140)]])
    assert len(canvas.strokes()) == 1
    assert canvas.render_pad().max() == 255


def test_a_click_or_a_dot_is_not_read_as_a_digit(panel, model, qtbot):
    """A click on the pad (to give it the focus, or by mistake) or a dot was blown up to
    fill MNIST's 20 x 20 box and read as some digit, up to "87% sure"; it could be kept
    as a digit of the user's, or "corrected" into one."""
    panel.set_model(model)
    corrections = []
    panel.correctionRequested.connect(lambda image, digit: corrections.append(digit))
    for dot in ([[(140, 140)]], [[(140, 140), (142, 141)]]):
        panel.clear_action.trigger()
        draw(panel.canvas, dot)
        qtbot.waitUntil(lambda: not panel.is_prediction_pending(), timeout=2000)
        assert panel.probabilities() is None
        assert "dot" in panel.probability_view.empty_text()
        assert not panel.keep_button.isEnabled()
        assert panel.clear_button.isEnabled() and panel.undo_button.isEnabled()
        QTest.mouseClick(panel.probability_view, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier,
                         panel.probability_view.row_rect(3).center().toPoint())
        assert not corrections
        assert panel.image() is None  # nor do the views that read it (One digit's maths)
    # The dot becomes part of a digit: the digit is read.
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.keep_button.isEnabled() and panel.image() is not None


def test_keep_as_offers_a_digit_only_when_the_network_is_sure(panel, model, qtbot):
    """An untrained model's guess ("I don't know: at most 1 (26%)") was put in the Keep as
    box, and one click kept the 7 the user drew as a 1, which fine-tuning then taught the
    model. No digit is chosen while the network is unsure: Keep as waits for the user's."""
    kept = []
    panel.keepRequested.connect(lambda image, digit: kept.append(digit))
    panel.set_model(Model(TrainConfig(hidden=(32,))))  # untrained: unsure of everything
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.probabilities().max() < panel.confidence.threshold()
    assert panel.keep_digit.currentIndex() == -1 and panel.keep_digit.currentText() == ""
    assert panel.keep_digit.placeholderText() == "digit?"
    assert not panel.keep_button.isEnabled()
    assert "not sure" in panel.keep_button.toolTip()
    QTest.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert kept == []

    # The user types the digit in the box (Tab reaches it): Keep as keeps it as that.
    panel.keep_digit.setFocus()
    QTest.keyClick(panel.keep_digit, Qt.Key.Key_7)
    assert panel.keep_digit.currentText() == "7" and panel.keep_button.isEnabled()
    QTest.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert kept == [7]

    # A sure reading is offered; the same reading below a higher threshold is not.
    panel.clear_action.trigger()
    assert panel.keep_digit.currentIndex() == -1  # nothing drawn: nothing chosen
    panel.set_model(model)
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.probabilities().max() >= panel.confidence.threshold()
    assert panel.keep_digit.currentIndex() == int(np.argmax(panel.probabilities()))
    assert panel.keep_button.isEnabled()
    controls = panel.confidence
    controls.temperature_slider.setValue(controls.temperature_slider.maximum())
    controls.threshold_slider.setValue(controls.threshold_slider.maximum())
    assert panel.probabilities().max() < controls.threshold()  # now it doubts
    assert panel.keep_digit.currentIndex() == -1 and not panel.keep_button.isEnabled()
    panel.set_model(None)  # no model, no reading: no digit either
    panel.confidence.threshold_slider.setValue(0)
    assert panel.keep_digit.currentIndex() == -1 and not panel.keep_button.isEnabled()


def test_a_misread_digit_is_corrected_from_the_keyboard_too(panel, model, qtbot):
    """Correcting a misread digit was a click on its row only: Tab now reaches the bars,
    and a digit key says what the drawing is."""
    panel.set_model(model)
    corrections = []
    panel.correctionRequested.connect(lambda image, digit: corrections.append(digit))
    bars = panel.probability_view
    panel.canvas.setFocus()
    QTest.keyClick(bars, Qt.Key.Key_4)  # nothing drawn: no reading to correct
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    for _ in range(12):
        if QApplication.focusWidget() is bars:
            break
        QTest.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bars
    QTest.keyClick(bars, Qt.Key.Key_1)
    assert corrections == [1]
    # A key held down repeats: still one correction, as a held click is (it kept the same
    # drawing ten times in the personal set).
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier,
                       "1", True)  # autorep=True: the key is still down
    for _ in range(3):
        QApplication.sendEvent(bars, repeat)
    assert corrections == [1]


def test_the_pad_shows_what_was_drawn_through_undo_resize_and_clear(canvas, qtbot):
    """The pad paints new segments onto a kept picture instead of redrawing every stroke
    on each mouse move; whatever changes the whole picture must repaint it."""
    qtbot.waitExposed(canvas)

    def ink_at(point):  # lightness of the pad on screen at a point in pad units
        return canvas.grab().toImage().pixelColor(to_widget(canvas, point)).lightness()

    on_one, on_l, empty = (140, 100), (30, 50), (230, 230)
    draw(canvas, ONE)
    draw(canvas, SMALL_L)  # a second stroke, painted segment by segment
    assert ink_at(on_one) > 200 and ink_at(on_l) > 200 and ink_at(empty) < 40
    canvas.undo()
    assert ink_at(on_one) > 200 and ink_at(on_l) < 40
    canvas.resize(240, 240)
    assert ink_at(on_one) > 200 and ink_at(on_l) < 40
    canvas.clear()
    assert ink_at(on_one) < 40


def test_undo_removes_the_last_stroke_and_clear_empties_the_pad(canvas, qtbot):
    draw(canvas, ONE)
    only_one = canvas.mnist_image()
    draw(canvas, SMALL_L)
    assert len(canvas.strokes()) == 2
    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        canvas.undo()
    assert len(canvas.strokes()) == 1
    np.testing.assert_array_equal(canvas.mnist_image(), only_one)
    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        canvas.clear()
    assert canvas.is_empty() and canvas.strokes() == []
    assert not canvas.mnist_image().any()


def test_pen_width_changes_the_rendering(canvas, qtbot):
    draw(canvas, ONE)
    thin = canvas.render_pad()
    width = canvas.pen_width()
    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        canvas.set_pen_width(width + 12)
    assert canvas.pen_width() == width + 12
    thick = canvas.render_pad()
    # Existing strokes are re-rendered: the 200-unit line is 12 units wider all along,
    # and its two round caps (half discs) grow from radius width/2 to (width + 12)/2.
    extra_ink = (thick.sum() - thin.sum()) / 255
    caps = np.pi * (((width + 12) / 2) ** 2 - (width / 2) ** 2)
    assert extra_ink == pytest.approx(12 * 200 + caps, rel=0.02)
    canvas.set_pen_width(1000)  # out of range: kept to the largest width
    assert canvas.pen_width() == 40


def test_preview_shows_pixels_with_hard_edges(qtbot):
    preview = MnistPreview()
    qtbot.addWidget(preview)
    preview.resize(preview.sizeHint())
    preview.set_image(np.eye(28, dtype=np.float32))  # a white diagonal on black
    grabbed = preview.grab().toImage()
    cell = (min(grabbed.width(), grabbed.height()) - 2) // 28
    x0 = (grabbed.width() - 28 * cell) // 2
    y0 = (grabbed.height() - 28 * cell) // 2
    assert cell >= 3

    def pixel(x, y):
        return grabbed.pixelColor(x0 + x, y0 + y).lightness()

    # Cell (1, 1) is white right up to its edge and cell (1, 2) next to it is black right
    # from its edge: no smoothing blurs the 28 x 28 pixels into each other.
    for offset in range(cell):
        assert pixel(cell + offset, cell + cell // 2) == 255
        assert pixel(2 * cell + offset, cell + cell // 2) < 30
    preview.set_image(None)
    grabbed = preview.grab().toImage()
    assert pixel(cell + 1, cell + 1) < 30  # nothing drawn: a black square


# ------------------------------------------------------------------ the bars

def test_probability_view_shows_exactly_what_it_is_given(qtbot):
    view = ProbabilityView()
    qtbot.addWidget(view)
    assert view.objectName() == "probabilityView"
    assert view.probabilities() is None
    p = np.array([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.62, 0.05, 0.05])
    view.set_probabilities(p)
    np.testing.assert_array_equal(view.probabilities(), p)
    assert "7" in view.accessibleDescription() and "62%" in view.accessibleDescription()
    view.probabilities()[0] = 5  # a copy: the caller cannot change what is shown
    np.testing.assert_array_equal(view.probabilities(), p)
    view.grab()  # paints without error
    view.set_probabilities(None)
    assert view.probabilities() is None
    with pytest.raises(ValueError):
        view.set_probabilities(np.ones(3) / 3)


def test_the_answer_keeps_its_number_when_the_bars_are_narrow(qtbot):
    """Beside the big digit, "89% sure" (Russian "уверенность 89%", number last) was cut
    at the bars' right edge when they were narrow: the number went first. Then only the
    number is shown."""
    from PySide6.QtGui import QFontMetrics
    view = ProbabilityView()
    qtbot.addWidget(view)
    view.set_probabilities(np.array([0.01] * 7 + [0.89, 0.01, 0.03]))
    for width, words in ((300, "89% sure"), (110, "89%")):
        view.resize(width, 300)
        view.show()
        qtbot.waitExposed(view)
        geometry = view._geometry()
        room = geometry.header.width() - geometry.digit_width
        assert view.answer_text() == words
        assert QFontMetrics(view._font("medium")).horizontalAdvance(words) <= room
        view.grab()


# ------------------------------------------------------------------ the panel

def test_empty_panel_shows_no_prediction(panel, model):
    assert panel.canvas.objectName() == "drawingCanvas"
    panel.set_model(model)
    assert panel.probabilities() is None
    assert not panel.clear_action.isEnabled() and not panel.undo_action.isEnabled()


def test_drawing_updates_the_probabilities(panel, model, qtbot):
    panel.set_model(model)
    with qtbot.waitSignal(panel.predictionChanged, timeout=2000) as blocker:
        draw(panel.canvas, SEVEN)
    shown = panel.probabilities()
    assert shown is not None and shown.shape == (10,)
    assert shown.sum() == pytest.approx(1.0, abs=1e-5)
    np.testing.assert_array_equal(blocker.args[0], shown)
    # What is shown is the model's answer for the prepared 28 x 28 image.
    expected = model.predict_proba(panel.mnist_image()[np.newaxis])[0]
    np.testing.assert_allclose(shown, expected, rtol=1e-6)


def test_a_cnn_reads_the_drawing_averaged_over_its_versions_and_says_so(panel, model, qtbot):
    """The bars of a convolutional network show its reading averaged over the digit's
    versions (engine/averaging.py), not its plain reading, and the panel says so; an MLP's
    are its plain reading (the test above)."""
    cnn = Model(TrainConfig(layers="conv4x5,pool2,dense16"))  # untrained: any weights do
    panel.set_model(cnn)
    assert "5" in panel.reads_label.text() and "five" in panel.reads_label.toolTip()
    with qtbot.waitSignal(panel.predictionChanged, timeout=2000):
        draw(panel.canvas, SEVEN)
    prepared = cnn.prepare(panel.mnist_image()[np.newaxis])
    shown = panel.probabilities()
    np.testing.assert_allclose(shown, averaged_probabilities(cnn, prepared)[0], rtol=1e-6)
    assert np.abs(shown - cnn.probabilities(prepared)[0]).max() > 1e-3
    panel.set_model(model)
    assert "5" not in panel.reads_label.text() and "five" not in panel.reads_label.toolTip()


def test_mouse_moves_are_coalesced_into_one_prediction(panel, model, qtbot):
    panel.set_model(model)
    emitted = []
    panel.predictionChanged.connect(emitted.append)
    draw(panel.canvas, SEVEN)  # 200 moves, no event loop in between
    assert emitted == [] and panel.probabilities() is None  # nothing computed per move
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=2000)
    qtbot.wait(100)  # longer than the throttle interval: no second update follows
    assert len(emitted) == 1


def test_a_change_after_a_pause_is_answered_at_once(panel, model, qtbot):
    """No fixed delay: the first change after a pause is read as soon as the event loop
    runs (only a burst of moves is spread out, as above)."""
    panel.set_model(model)
    draw(panel.canvas, ONE)
    wait_for_the_reading(qtbot, panel)
    before = panel.probabilities()
    qtbot.wait(PREDICTION_INTERVAL_MS + 20)
    draw(panel.canvas, [[(60, 150), (220, 150)]])  # a bar across the 1
    QApplication.processEvents()  # one pass of the event loop, no waiting
    assert not np.array_equal(panel.probabilities(), before)


def test_set_model_none_and_back(panel, model, qtbot):
    draw(panel.canvas, ZERO)
    qtbot.wait(100)
    assert panel.probabilities() is None  # a drawing but no model: no prediction
    panel.set_model(model)  # takes effect at once, without redrawing
    assert panel.probabilities() is not None
    panel.set_model(None)
    assert panel.probabilities() is None
    assert "model" in panel.probability_view.empty_text().lower()


def test_a_model_with_nan_weights_shows_a_message(panel, model, qtbot):
    broken = model.copy()
    for _, value, _ in broken.network.parameters():
        value[...] = np.nan
    draw(panel.canvas, ONE)
    panel.set_model(broken)
    assert panel.probabilities() is None
    assert "NaN" in panel.probability_view.empty_text()


def test_clear_and_undo_actions_and_their_shortcuts(panel, model, qtbot):
    panel.set_model(model)
    assert panel.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(Qt.Key.Key_Escape) in panel.clear_action.shortcuts()
    draw(panel.canvas, ONE)
    draw(panel.canvas, SMALL_L)
    wait_for_the_reading(qtbot, panel)
    assert panel.clear_action.isEnabled() and panel.undo_action.isEnabled()

    panel.activateWindow()
    qtbot.waitActive(panel)
    assert panel.canvas.hasFocus()  # pressing the mouse on the pad focused it
    QTest.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.canvas.strokes()) == 1
    QTest.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.is_empty()
    assert panel.probabilities() is None  # an empty pad clears the answer at once

    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
        draw(panel.canvas, ONE)
        wait_for_the_reading(qtbot, panel)
        QTest.keyClick(panel.canvas, key)
        assert panel.canvas.is_empty() and panel.probabilities() is None

    draw(panel.canvas, ONE)
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.is_empty()


def test_pen_width_control(panel, qtbot):
    assert panel.pen_slider.accessibleName() and panel.pen_slider.toolTip()
    panel.set_pen_width(30)
    assert panel.pen_width() == 30 == panel.canvas.pen_width() == panel.pen_slider.value()
    assert "30" in panel.pen_value_label.text()
    panel.pen_slider.setValue(12)  # as if the user moved the slider
    assert panel.canvas.pen_width() == 12


@pytest.mark.parametrize("strokes, digit", [(ONE, 1), (ZERO, 0), (SEVEN, 7)])
def test_drawn_digits_are_read_correctly(panel, model, qtbot, strokes, digit):
    """The point of the preparation: a model trained only on MNIST reads mouse drawings.
    (Each is read with probability > 0.95 by this model, so this is not a coin toss.)"""
    panel.set_model(model)
    draw(panel.canvas, strokes)
    wait_for_the_reading(qtbot, panel)
    assert int(np.argmax(panel.probabilities())) == digit


def stuck_regression_model(output):
    """A one-output network (question 000's head) whose output is ``output`` for every
    input: zero weights into its output, and the bias that gives ``output``."""
    model = Model(TrainConfig(hidden=(8,), activation="sigmoid", head="sigmoid_regression"))
    last = [layer for layer in model.network.layers if hasattr(layer, "W")][-1]
    last.W[...] = 0
    last.b[...] = np.log(output / (1 - output))  # the sigmoid's inverse
    return model


def test_a_one_output_network_shows_its_number_not_a_probability(panel, qtbot):
    """Question 000: a network whose one output is 1.0 for every digit (10% accuracy) read
    "9 >99% sure": its bell of closeness around 10 x 1.0 = 10.0 looked like a probability.
    The pad shows the number, the digit it rounds to ("?" for none), no percentages, and
    says plainly that the bars are no probabilities."""
    panel.set_model(stuck_regression_model(0.99999))
    with qtbot.waitSignal(panel.predictionChanged, timeout=2000):
        draw(panel.canvas, SEVEN)
    view = panel.probability_view
    assert view.answer_digit() == "?"
    assert view.answer_text() == "1.00 → 10.0" and "%" not in view.answer_text()
    note = panel.confidence.note.text()
    assert note.startswith("One output, a number, not probabilities: 1.00 × 10 = 10.0, which "
                           "rounds to none of its digits (nearest: 9).")
    assert "not how sure the network is" in note and "%" not in note
    assert "not ten probabilities" in view.toolTip()
    assert panel.keep_digit.currentIndex() == -1  # no digit to suggest keeping it as

    panel.set_model(stuck_regression_model(0.7))  # 10 x 0.7 = 7.0: it rounds to 7
    qtbot.waitUntil(lambda: view.answer_text() == "0.70 → 7.0", timeout=2000)
    assert view.answer_digit() == "7" and panel.keep_digit.currentIndex() == 7
    assert "which rounds to 7." in panel.confidence.note.text()

    panel.set_model(Model(TrainConfig(hidden=(8,))))  # ten outputs: probabilities again
    qtbot.waitUntil(lambda: view.answer_text().endswith("sure"), timeout=2000)
    assert "not ten probabilities" not in view.toolTip()
    assert "One output" not in panel.confidence.note.text()


def test_the_temperature_is_off_for_a_one_output_network(panel, qtbot):
    """A one-output network has no softmax for the temperature to reshape: its bars (a
    bell of closeness around 10 x output) stayed sharpened or flattened by the slider. For
    such a model the slider is off, its tooltip says why, and the bars are the bell."""
    controls = panel.confidence
    slider = controls.temperature_slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_End)  # T = 4, chosen while a ten-output model is used
    assert controls.temperature() == pytest.approx(4.0)
    panel.set_model(stuck_regression_model(0.55))  # 10 x 0.55 = 5.5: between 5 and 6
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    bell = outputs_to_probabilities("sigmoid_regression", np.array([[0.55]]))[0]
    np.testing.assert_allclose(panel.probabilities(), bell, atol=1e-5)
    assert not slider.isEnabled() and not controls.temperature_label.isEnabled()
    assert slider.toolTip().startswith("Off for this model: it has one output, a number")
    assert controls.temperature_label.toolTip() == slider.toolTip()

    panel.set_model(Model(TrainConfig(hidden=(8,))))  # ten outputs: the temperature counts
    wait_for_the_reading(qtbot, panel)
    assert slider.isEnabled() and slider.toolTip().startswith("Divides the network's logits")
    assert controls.temperature() == pytest.approx(4.0)  # the user's choice was kept


def test_unsure_below_is_off_for_a_one_output_network(panel, qtbot):
    """Question 000's one output says "not sure" when its number rounds to none of its
    digits, whatever the "Unsure below" slider says: at 95% a network reading 7.0 still
    answered 7, the slider did nothing. For such a model it is off (with the temperature)
    and its tooltip says where "not sure" comes from; back on for ten outputs."""
    controls = panel.confidence
    slider = controls.threshold_slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_End)  # 95%, chosen while a ten-output model is used
    assert controls.threshold() == pytest.approx(0.95)
    panel.set_model(stuck_regression_model(0.7))  # 10 x 0.7 = 7.0: it rounds to 7
    draw(panel.canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.probability_view.answer_digit() == "7"  # not "?": the 95% played no part
    assert not slider.isEnabled() and not controls.threshold_label.isEnabled()
    assert not controls.threshold_value.isEnabled()
    assert slider.toolTip().startswith("Off for this model: it has one output, a number")
    assert "rounds to none of its digits" in slider.toolTip()
    assert controls.threshold_label.toolTip() == slider.toolTip()

    panel.set_model(Model(TrainConfig(hidden=(8,))))  # ten outputs: the threshold counts
    wait_for_the_reading(qtbot, panel)
    assert slider.isEnabled() and slider.toolTip().startswith("When the most probable digit")
    assert controls.threshold() == pytest.approx(0.95)  # the user's choice was kept
