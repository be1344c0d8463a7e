"""The maths of one digit: the engine's numbers against central differences and the
textbook formulas, and the tab driven with real mouse and keyboard events."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from digitdesk.engine import Model, TrainConfig
from digitdesk.engine.losses import make_loss
from digitdesk.engine.model import class_index
from digitdesk.engine.one_digit import one_digit_maths
from conftest import wait_for_the_maths
from test_digit_panel import SEVEN, draw

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")

TINY = TrainConfig(hidden=(3, 3), activation="sigmoid", init="xavier", digits=(3, 7), seed=4)


def loss_of(model, x, target):
    loss = make_loss(model.config.head)
    return loss.forward(model.network.copy(np.float64).forward(x[None]),
                        class_index(model.config, [target]))


def test_the_numbers_are_the_textbook_formulas_and_match_central_differences():
    model = Model(TINY)  # 784-3-3-2, as learner 003's network
    x = np.random.default_rng(1).random(784)
    maths = one_digit_maths(model, x, 7)
    assert [layer.W.shape for layer in maths.layers] == [(784, 3), (3, 3), (3, 2)]
    first, second, last = maths.layers
    np.testing.assert_allclose(first.z, x @ first.W + first.b, rtol=1e-12)
    np.testing.assert_allclose(first.a, 1 / (1 + np.exp(-first.z)), rtol=1e-12)
    np.testing.assert_array_equal(second.a_prev, first.a)
    # Softmax + cross-entropy: the last delta is p - onehot(target), here over (3, 7).
    p = np.exp(last.z - last.z.max())
    p /= p.sum()
    np.testing.assert_allclose(last.delta, p - [0, 1], atol=1e-12)
    # delta_l = (delta_{l+1} @ W_{l+1}.T) * a (1 - a) for the sigmoid.
    np.testing.assert_allclose(second.delta, (last.delta @ last.W.T) * second.a * (1 - second.a),
                               rtol=1e-10)
    np.testing.assert_allclose(first.dW, np.outer(x, first.delta), rtol=1e-12)
    # dL/dW against central differences on a few weights of every layer.
    for number, layer in enumerate(maths.layers):
        W = model.network.dense_layers[number].W
        for i, j in [(0, 0), (W.shape[0] - 1, W.shape[1] - 1), (1, 1)]:
            saved = W[i, j]
            W[i, j] = saved + 1e-3
            up = loss_of(model, x, 7)
            W[i, j] = saved - 1e-3
            down = loss_of(model, x, 7)
            W[i, j] = saved
            # float32 weights: the difference quotient is good to about 1e-3 of the slope.
            assert layer.dW[i, j] == pytest.approx((up - down) / 2e-3, rel=2e-2, abs=1e-4)
    # The text pastes back into the same arrays.
    namespace = {"np": np}
    exec(last.as_numpy_text(), namespace)  # noqa: S102 - our own output
    np.testing.assert_array_equal(namespace["dW3"], last.dW)
    with pytest.raises(ValueError):
        one_digit_maths(model, x, 4)  # a 3-vs-7 model has no output for 4


def test_the_tab_says_what_is_missing_before_it_can_show_numbers(qtbot, window):
    """With a model open it said "Draw a digit on the pad (and train or open a model)":
    it names only what is missing."""
    window.views.setCurrentWidget(window.maths_view)
    view = window.maths_view
    assert window.model() is None and window.digit_panel.image() is None
    assert view.summary.text() == ("Draw a digit on the pad (and train or open a model) to "
                                   "see its numbers here.")
    draw(window.digit_panel.canvas, SEVEN)
    qtbot.waitUntil(lambda: window.digit_panel.image() is not None, timeout=3000)
    qtbot.waitUntil(lambda: view.summary.text() == (
        "Train or open a model to see the numbers of the digit you drew."), timeout=3000)
    window.digit_panel.clear_button.click()
    window.set_model(Model(TINY))
    qtbot.waitUntil(lambda: view.summary.text() == (
        "Draw a digit on the pad to see its numbers here."), timeout=3000)
    assert view.maths() is None and not view.copy_button.isEnabled()
    window.set_language("ru")  # (it stayed in English)
    try:
        qtbot.waitUntil(lambda: view.summary.text() == (
            "Нарисуйте цифру на поле, чтобы увидеть здесь её числа."), timeout=3000)
    finally:
        window.set_language("en")


def test_the_tab_shows_the_drawn_digit_and_copies_numpy(qtbot, window):
    model = Model(TINY)
    window.set_model(model)
    window.views.setCurrentWidget(window.maths_view)
    view = window.maths_view
    assert view.maths() is None and not view.copy_button.isEnabled()
    assert view.summary.text() == "Draw a digit on the pad to see its numbers here."
    draw(window.digit_panel.canvas, SEVEN)
    wait_for_the_maths(qtbot, window)
    # A 3-vs-7 model: the target is one of its digits.
    assert view.maths().target == 3 and view.copy_button.isEnabled()
    assert view.diagram.isVisible()
    assert [len(c) for c in view.diagram.unit_centres()] == [16, 3, 3, 2]

    view.target.setFocus()
    QTest.keyClick(view.target, Qt.Key.Key_7)  # a combo box jumps to the typed item
    qtbot.waitUntil(lambda: view.maths() is not None and view.maths().target == 7, timeout=2000)
    view.layer.setFocus()
    QTest.keyClick(view.layer, Qt.Key.Key_End)
    assert view.layer.currentIndex() == 2
    assert "delta  (2,)" in view.numbers.toPlainText()

    QTest.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    namespace = {}
    exec(QGuiApplication.clipboard().text(), namespace)  # noqa: S102 - our own output
    np.testing.assert_allclose(namespace["dW3"], view.maths().layers[2].dW)
    np.testing.assert_allclose(namespace["a_prev1"].reshape(28, 28),
                               model.prepare(window.digit_panel.image()[None])[0].reshape(28, 28))


@pytest.mark.parametrize("hidden", [(3, 3), (4,)])
def test_the_diagram_s_lines_run_between_the_edges_of_circles_and_box(qtbot, window, hidden):
    """A line leaves the edge of its circle (or the right edge of the 784-input box) and
    ends at the edge of the circle it enters: drawn from centre to centre, the lines ran
    through the dimly lit circles and into the middle of the box."""
    window.set_model(Model(TINY.replace(hidden=hidden)))
    window.resize(1024, 768)
    window.views.setCurrentWidget(window.maths_view)
    view = window.maths_view
    draw(window.digit_panel.canvas, SEVEN)
    wait_for_the_maths(qtbot, window)
    diagram = view.diagram
    centres, radius, box = diagram.unit_centres(), diagram.radius(), diagram.input_box()
    assert box is not None
    # circles to see their light in: a box stands for the input, its 16 rows do not count
    assert radius >= min(14.0, (diagram.height() - 48) / (2.5 * 3)) >= 8, (radius, diagram.height())
    lines = diagram.connections()
    # per unit of each layer, its strongest incoming connections (the input's three, for
    # the first layer's units, all from the box)
    assert len(lines) == sum(min(3, n) * m for n, m in zip([3] + [len(c) for c in centres[1:-1]],
                                                            [len(c) for c in centres[1:]]))

    def on_a_circle(point, column):
        return min(abs(np.hypot(point.x() - c.x(), point.y() - c.y()) - radius)
                   for c in column) < 0.01

    for line, _, width in lines:
        assert width > 0
        assert any(on_a_circle(line.p2(), column) for column in centres[1:]), line
        assert (abs(line.p1().x() - box.right()) < 0.01 and box.top() <= line.p1().y() <= box.bottom()
                or any(on_a_circle(line.p1(), column) for column in centres[1:-1])), line
        # and nowhere inside a circle or the box between its ends
        for t in (0.25, 0.5, 0.75):
            point = line.pointAt(t)
            assert not box.contains(point)
            assert all(np.hypot(point.x() - c.x(), point.y() - c.y()) >= radius - 0.01
                       for column in centres[1:] for c in column), (line, t)


def test_with_a_broken_backward_the_tab_does_not_call_its_deltas_dl_dz(qtbot, window):
    """With a bug-lab switch on (replay 003's one_minus_sigmoid) the deltas shown are what
    the broken backward pass computes: the summary says so, and says nothing of the kind
    for the same network without the bug."""
    view = window.maths_view
    window.views.setCurrentWidget(view)
    draw(window.digit_panel.canvas, SEVEN)
    window.set_model(Model(TINY.replace(bugs=("one_minus_sigmoid",))))
    qtbot.waitUntil(lambda: view.maths() is not None and "Bug lab on" in view.summary.text(),
                    timeout=3000)
    assert ("Bug lab on (one_minus_sigmoid): delta, dW and db are what the broken backward "
            "pass computes, not dL/dz.") in view.summary.text()
    window.set_model(Model(TINY))
    qtbot.waitUntil(lambda: view.maths() is not None and "Bug lab" not in view.summary.text(),
                    timeout=3000)


def test_for_a_cnn_the_tab_names_the_pad_s_averaged_reading_beside_its_own(qtbot, window):
    """The pad reads a convolutional network's digit in five versions and shows the
    average; these numbers are one forward pass of the digit as drawn. Their top digits can
    differ, so the summary gives the pad's reading too (the same digit and percentage)."""
    from digitdesk.engine.averaging import averaged_probabilities
    cnn = Model(TrainConfig(layers="conv4x5,pool2,dense16"))  # untrained: any weights do
    view = window.maths_view
    window.views.setCurrentWidget(view)
    window.set_model(cnn)
    draw(window.digit_panel.canvas, SEVEN)
    qtbot.waitUntil(lambda: view.maths() is not None
                    and window.digit_panel.probabilities() is not None, timeout=3000)
    pad = window.digit_panel.probabilities()
    x = cnn.prepare(window.digit_panel.image()[None])
    np.testing.assert_allclose(pad, averaged_probabilities(cnn, x)[0], rtol=1e-6)
    best = int(np.argmax(pad))
    assert (f"These numbers read the digit as drawn, one view; the pad averages 5 views "
            f"and reads {best} ({window.digit_panel.probability_view.value_text(best)})."
            ) in view.summary.text()
    window.set_model(Model(TINY))  # an MLP: the pad reads it as drawn, nothing to add
    qtbot.waitUntil(lambda: view.maths() is not None and "pad averages" not in view.summary.text(),
                    timeout=3000)


def test_a_one_output_network_s_maths_gives_its_number_not_a_probability(qtbot, window):
    """Question 000's head: one output, 1.0 for every digit. The tab said "It reads 9
    (99.8%)" from the bell made around 10 x 1.0; it gives the output and what it rounds to."""
    from test_digit_panel import stuck_regression_model
    view = window.maths_view
    window.views.setCurrentWidget(view)
    window.set_model(stuck_regression_model(0.99999))
    draw(window.digit_panel.canvas, SEVEN)
    qtbot.waitUntil(lambda: view.maths() is not None, timeout=3000)
    text = view.summary.text()
    assert text.startswith("One output, a number, not a probability: 1.00 × 10 = 10.0, which "
                           "rounds to none of its digits (nearest: 9). Loss for target"), text
    assert "It reads" not in text and "%" not in text


def test_the_tab_writes_a_near_certainty_the_way_the_pad_does(qtbot, window):
    """A reading of 99.99%: the pad says ">99%" (a near-certainty is not rounded to a
    certainty), and the tab said "It reads 7 (100.0%)" for the same reading."""
    model = Model(TrainConfig(hidden=(8,)))
    last = model.network.dense_layers[-1]
    last.W[...] = 0
    last.b[...] = 0
    last.b[7] = 12.0  # softmax: 7 at 1 - 9 e^-12, about 99.995%
    view = window.maths_view
    window.views.setCurrentWidget(view)
    window.set_model(model)
    draw(window.digit_panel.canvas, SEVEN)
    wait_for_the_maths(qtbot, window)
    assert window.digit_panel.probability_view.value_text(7) == ">99%"
    assert view.summary.text().startswith("It reads 7 (>99%). Loss for target ")


def test_the_diagram_colours_what_raises_a_unit_red_as_the_inside_tab_does(qtbot, window):
    """The Inside tab draws ink that excites a unit red and ink that inhibits it blue; the
    diagram drew a positive input blue and a negative one red, the other way round."""
    from PySide6.QtGui import QColor

    from digitdesk.gui.inside_view import NEGATIVE_BLUE, POSITIVE_RED
    window.set_model(Model(TINY))
    window.views.setCurrentWidget(window.maths_view)
    view = window.maths_view
    draw(window.digit_panel.canvas, SEVEN)
    wait_for_the_maths(qtbot, window)
    first = view.maths().layers[0]
    flow = first.a_prev[:, None] * first.W  # what each pixel carries into each unit
    expected = [flow[i, j] for j in range(flow.shape[1])
                for i in np.argsort(-np.abs(flow[:, j]))[:3]]
    colours = [colour for _, colour, _ in view.diagram.connections()][:len(expected)]
    assert {c.name() for c in colours} == {POSITIVE_RED, NEGATIVE_BLUE}  # both kinds drawn
    for value, colour in zip(expected, colours):
        assert colour == QColor(POSITIVE_RED if value >= 0 else NEGATIVE_BLUE), value
    assert "red positive, blue negative" in view.diagram_note.text()
