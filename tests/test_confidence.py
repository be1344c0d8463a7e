"""The "I don't know" threshold and the temperature: the engine part, and the drawing panel
driven with real mouse and keyboard events on a real 3-vs-7 model."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.confidence import judge, temper
from digitdesk.engine.losses import softmax
from digitdesk.gui.digit_panel import DigitPanel
from conftest import wait_for_the_reading
from test_digit_panel import draw

pytestmark = pytest.mark.usefixtures("isolated_settings")

# A 4 as a person draws it: the open triangle, then the down stroke.
FOUR = [[(110, 40 + 1.2 * i) for i in range(100)] + [(110 + 1.3 * i, 160) for i in range(1, 100)],
        [(190, 60 + 2 * i) for i in range(100)]]


def test_temperature_is_softmax_of_scaled_logits():
    logits = np.array([[2.0, -1.0, 0.5, 3.0]])
    for temperature in (0.25, 1.0, 2.0, 4.0):
        np.testing.assert_allclose(temper(softmax(logits), temperature),
                                   softmax(logits / temperature), rtol=1e-9)
    with pytest.raises(ValueError, match="positive"):
        temper(softmax(logits), 0.0)
    for temperature in (float("inf"), float("nan")):  # inf would flatten every answer to 10%
        with pytest.raises(ValueError, match="temperature must be a finite number"):
            temper(softmax(logits), temperature)
    with pytest.raises(ValueError, match="the batch is empty"):
        temper(np.zeros((0, 10)), 1.0)
    with pytest.raises(ValueError, match="at least two digits"):
        judge([1.0], 0.5)


def test_temperature_keeps_unknown_digits_at_zero_and_the_answer():
    p = np.zeros(10)
    p[[3, 7]] = [0.2, 0.8]
    hot, cold = temper(p, 4.0), temper(p, 0.25)
    assert hot[[0, 1, 2, 4, 5, 6, 8, 9]].sum() == 0 and cold[[0, 1, 2, 4, 5, 6, 8, 9]].sum() == 0
    assert 0.5 < hot[7] < 0.8 < cold[7]  # flatter, sharper; 7 stays the answer
    assert hot.sum() == pytest.approx(1.0) and cold.sum() == pytest.approx(1.0)


def test_judge_says_unsure_below_the_threshold_and_names_a_subset_model_limit():
    p = np.zeros(10)
    p[[3, 7]] = [0.45, 0.55]
    verdict = judge(p, 0.6, known_digits=(3, 7))
    assert verdict.unsure and verdict.digit == 7 and verdict.runner_up == 3
    assert verdict.margin == pytest.approx(0.10)
    assert verdict.only_knows == (3, 7)
    assert not judge(p, 0.5).unsure and judge(p, 0.5).only_knows is None


@pytest.fixture(scope="module")
def three_or_seven():
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(16,), epochs=1, val_size=0, digits=(3, 7),
                              train_size=6000))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train, y_train).run()
    return model


def shown_panel(qtbot):
    """A drawing panel on screen, 700 x 460, with no model yet."""
    panel = DigitPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 460)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_four_on_a_three_or_seven_model_is_never_shown_without_a_warning(qtbot, three_or_seven):
    panel = shown_panel(qtbot)
    panel.set_model(three_or_seven)
    draw(panel.canvas, FOUR)
    wait_for_the_reading(qtbot, panel)
    shown = panel.probabilities()
    assert set(np.flatnonzero(shown)) <= {3, 7}  # it can only answer 3 or 7 ...
    # ... so, however sure it looks, the panel says what the model cannot know.
    note = panel.confidence.note
    assert note.isVisible() and "only knows 3 and 7" in note.text()

    # The temperature at its top (4, real key presses on the slider) flattens the bars:
    # the answer stays, less sure.
    before = panel.probabilities()
    temperature = panel.confidence.temperature_slider
    temperature.setFocus()
    QTest.keyClick(temperature, Qt.Key.Key_End)
    assert panel.confidence.temperature() == pytest.approx(4.0)
    after = panel.probabilities()
    assert np.argmax(after) == np.argmax(before)
    np.testing.assert_allclose(after, temper(before, 4.0), atol=1e-9)
    # Two classes at T = 4 stay under 95% unless the logits are 4 * ln(19) ~ 12 apart.
    assert after.max() < min(before.max(), 0.95)

    # The threshold at its top (95%): "?  not sure" instead of a digit, and the note
    # names the two best guesses; at 0 nothing is ever unsure.
    slider = panel.confidence.threshold_slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_End)
    assert panel.confidence.threshold() == pytest.approx(0.95)
    assert panel.probability_view.is_unsure()
    assert "not sure" in panel.probability_view.accessibleDescription()
    assert "I don't know" in note.text() and "only knows 3 and 7" in note.text()
    QTest.keyClick(slider, Qt.Key.Key_Home)
    assert panel.confidence.threshold() == 0 and not panel.probability_view.is_unsure()
    assert "I don't know" not in note.text()


@pytest.mark.parametrize("code, two, three", [
    ("en", "only knows 3 and 7.", "only knows 0, 1 and 2"),
    ("ru", "знает только 3 и 7.", "знает только 0, 1 и 2"),
    ("zh_CN", "只认识 3 和 7。", "只认识 0、1 和 2")])
def test_the_note_lists_the_digits_a_model_knows_as_a_sentence_does(
        qtbot, english, three_or_seven, code, two, three):
    """The note said "Эта модель знает только 3, 7" (and "only knows 3, 7"): a list of two
    reads as "3 and 7", of more as "0, 1 and 2", in each language's words."""
    from digitdesk.gui.language import install_language, listed_and
    install_language(code)
    panel = shown_panel(qtbot)
    panel.set_model(three_or_seven)
    draw(panel.canvas, FOUR)
    wait_for_the_reading(qtbot, panel)
    note = panel.confidence.note.text()
    tip = panel.keep_button.toolTip()
    assert two in note and two[:-1] in tip, (note, tip)
    assert three.endswith(listed_and([0, 1, 2])), listed_and([0, 1, 2])


def test_a_model_of_some_digits_does_not_choose_what_a_drawing_is_kept_as(qtbot, three_or_seven):
    """A 3-vs-7 model read a drawn 4 as "7, 93% sure", and Keep as had 7 chosen: one
    click kept the 4 as a 7. Such a model cannot know that another digit was drawn, so
    nothing is chosen (even with the threshold at 0, where it is never unsure), the
    tooltips say why, and the user's digit is what is kept."""
    panel = shown_panel(qtbot)
    panel.confidence.threshold_slider.setFocus()
    QTest.keyClick(panel.confidence.threshold_slider, Qt.Key.Key_Home)  # 0%: never unsure
    panel.set_model(three_or_seven)
    draw(panel.canvas, FOUR)
    wait_for_the_reading(qtbot, panel)
    assert panel.probability_view.answer_digit() in ("3", "7")  # it answers one of its two
    assert panel.keep_digit.currentIndex() == -1 and not panel.keep_button.isEnabled()
    assert panel.keep_digit.currentText() == "" and panel.keep_digit.placeholderText() == "digit?"
    assert panel.keep_button.toolTip().startswith(
        "This model only knows 3 and 7: it cannot tell which digit you drew.")
    assert "it suggests none" in panel.keep_digit.toolTip()
    panel.keep_digit.setFocus()
    QTest.keyClick(panel.keep_digit, Qt.Key.Key_4)  # the user says what it is
    with qtbot.waitSignal(panel.keepRequested, timeout=2000) as kept:
        QTest.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert kept.args[1] == 4

    panel.set_model(Model(TrainConfig(hidden=(8,))))  # a model of all ten digits suggests
    panel.clear_button.click()
    draw(panel.canvas, FOUR)
    wait_for_the_reading(qtbot, panel)
    assert panel.keep_digit.currentIndex() == int(np.argmax(panel.probabilities()))
    assert "It follows what the network reads" in panel.keep_digit.toolTip()


def test_the_threshold_and_temperature_are_remembered_for_the_next_start(qtbot, make_window):
    first = make_window()
    confidence = first.digit_panel.confidence
    # Real key presses on the sliders: threshold 60% -> 80%, temperature 1 -> 2.
    confidence.threshold_slider.setFocus()
    QTest.keyClick(confidence.threshold_slider, Qt.Key.Key_PageUp)
    QTest.keyClick(confidence.threshold_slider, Qt.Key.Key_PageUp)
    confidence.temperature_slider.setFocus()
    for _ in range(4):  # four quarter-octaves: one doubling
        QTest.keyClick(confidence.temperature_slider, Qt.Key.Key_Right)
    assert confidence.threshold() == pytest.approx(0.8)
    assert confidence.temperature() == pytest.approx(2.0)
    first.close()

    second = make_window()  # the app restarted
    assert second.digit_panel.confidence.threshold() == pytest.approx(0.8)
    assert second.digit_panel.confidence.temperature() == pytest.approx(2.0)
    second.close()


def test_unreadable_remembered_confidence_settings_keep_their_defaults(qtbot, make_window):
    from PySide6.QtCore import QSettings
    settings = QSettings()
    settings.setValue("drawing/unsureBelow", 250)  # not a percentage the slider can show
    settings.setValue("drawing/temperature", "hot")
    settings.sync()
    window = make_window()
    confidence = window.digit_panel.confidence
    assert confidence.threshold() == pytest.approx(0.6) and confidence.temperature() == 1.0
    message = window.statusBar().currentMessage()
    assert "threshold" in message and "temperature" in message


def rightmost_ink(label):
    """The x of the label's rightmost pixel column with text in it (dark on the light
    window), or -1."""
    image = label.grab().toImage()
    background = label.palette().window().color().lightness()
    for x in range(image.width() - 1, -1, -1):
        if any(abs(image.pixelColor(x, y).lightness() - background) > 60
               for y in range(image.height())):
            return x
    return -1


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_the_slider_labels_are_whole_and_apart_from_the_threshold(qtbot, code):
    """QLabel clips its text to its width: the last e of "Temperature" lost its edge
    against the slider. Each label ends clear of its right edge, and the temperature's
    label stands as far from the threshold's value as Undo does from the pen's."""
    from digitdesk.gui.language import install_language
    install_language(code)
    try:
        panel = DigitPanel()
        qtbot.addWidget(panel)
        panel.resize(640, 280)
        panel.show()
        qtbot.waitExposed(panel)
        controls = panel.confidence
        for label in (controls.threshold_label, controls.temperature_label):
            assert 0 <= rightmost_ink(label) < label.width() - 1, label.text()
        gap = controls.temperature_label.x() - controls.threshold_value.geometry().right()
        assert gap >= 12
    finally:
        install_language("en")
