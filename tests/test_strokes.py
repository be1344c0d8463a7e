"""Tests for turning digit images back into strokes (digitdesk.strokes) and for the pad's
thickness-normalised rendering (DrawingCanvas.mnist_image, render_strokes_mnist)."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from digitdesk.data import load_mnist
from digitdesk.gui.canvas import MNIST_PEN_WIDTH, PAD_SIZE, DrawingCanvas
from digitdesk.preprocess import center_of_mass, ink_box
from digitdesk.strokes import image_to_strokes, simplify, trace_skeleton, zhang_suen_thin


def test_thinning_leaves_a_line_one_pixel_wide_down_the_middle():
    bar = np.zeros((30, 20), dtype=bool)
    bar[5:25, 7:13] = True  # 20 tall, 6 wide
    line = zhang_suen_thin(bar)
    assert line.sum() >= 12  # most of the length survives (the ends are peeled a little)
    assert (line.sum(axis=1) <= 1).all()  # one pixel per row: one pixel wide
    cols = np.nonzero(line)[1]
    assert set(cols) <= {9, 10}  # in the middle of columns 7-12


def test_thinning_a_ring_keeps_it_closed():
    rows, cols = np.mgrid[0:40, 0:40]
    radius = np.hypot(rows - 20, cols - 20)
    ring = (radius > 10) & (radius < 15)
    line = zhang_suen_thin(ring)
    strokes = trace_skeleton(line)
    assert len(strokes) == 1  # one loop, no ends and no forks
    (first_row, first_col), (last_row, last_col) = strokes[0][0], strokes[0][-1]
    # It ends where it started (or on a neighbouring pixel): the loop is closed.
    assert max(abs(first_row - last_row), abs(first_col - last_col)) <= 1
    assert len(strokes[0]) > 2 * np.pi * 11  # about the circumference


def test_tracing_breaks_lines_at_forks_only():
    t = np.zeros((20, 20), dtype=bool)
    t[3, 3:16] = True  # the bar of a "T"
    t[3:17, 9] = True  # its stem
    strokes = trace_skeleton(t)
    assert len(strokes) == 3  # left arm, right arm, stem: they meet at the fork (3, 9)
    assert all((3, 9) in (s[0], s[-1]) for s in strokes)
    corner = np.zeros((20, 20), dtype=bool)
    corner[3:15, 4] = True
    corner[14, 4:15] = True  # an "L": a bend is not a fork
    assert len(trace_skeleton(corner)) == 1


def test_simplify_keeps_corners_and_drops_points_on_straight_lines():
    line = [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2)]
    np.testing.assert_array_equal(simplify(line, 0.1), [(0, 0), (3, 0), (3, 2)])


def test_mnist_digits_become_strokes_that_cover_their_ink():
    _, _, x_test, _ = load_mnist()
    for image in x_test[:20]:
        strokes = image_to_strokes(image)
        assert 1 <= len(strokes) <= 8
        points = np.concatenate(strokes)
        assert points.min() >= 0 and points.max() <= 28
        # Every stroke point lies on the digit's ink (or right next to it).
        cols = np.clip(points[:, 0].astype(int), 0, 27)
        rows = np.clip(points[:, 1].astype(int), 0, 27)
        near = np.maximum.reduce([np.roll(np.roll(image, dr, 0), dc, 1)
                                  for dr in (-1, 0, 1) for dc in (-1, 0, 1)])
        assert (near[rows, cols] > 0).mean() > 0.95


# ------------------------------------------------------------------ thickness

# A "7" and a "4" in pad units, drawn as a person would (the 4 in two strokes).
SEVEN = [[(80 + 1.2 * i, 60) for i in range(100)] + [(200 - 0.6 * i, 60 + 1.8 * i) for i in range(100)]]
FOUR = [[(170 - 0.9 * i, 40 + 1.4 * i) for i in range(80)] + [(98 + 1.2 * i, 152) for i in range(80)],
        [(175, 40 + 2 * i) for i in range(100)]]


def draw(canvas, strokes, scale=1.0, shift=(0, 0)):
    """Draw pad-unit strokes (scaled and shifted) with real mouse events."""
    rect = canvas._pad_rect()
    k = rect.width() / PAD_SIZE
    for stroke in strokes:
        points = [QPoint(round(rect.x() + (shift[0] + scale * x) * k),
                         round(rect.y() + (shift[1] + scale * y) * k)) for x, y in stroke]
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(canvas, point)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(PAD_SIZE, PAD_SIZE)
    widget.show()
    return widget


@pytest.mark.parametrize("digit", [SEVEN, FOUR])
def test_two_pen_widths_give_the_same_image(canvas, qtbot, digit):
    assert canvas.normalises_thickness()  # the default
    draw(canvas, digit)
    canvas.set_pen_width(8)
    thin = canvas.mnist_image()
    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        canvas.set_pen_width(36)
    thick = canvas.mnist_image()
    np.testing.assert_allclose(thin, thick, atol=1e-6)
    # ... while the pad shrunk as drawn (normalisation off) differs a lot between them.
    with qtbot.waitSignal(canvas.imageChanged, timeout=1000):
        canvas.set_normalise_thickness(False)
    thick_pad = canvas.mnist_image()
    canvas.set_pen_width(8)
    thin_pad = canvas.mnist_image()
    assert thick_pad.sum() > 1.8 * thin_pad.sum()


def test_a_small_drawing_and_a_large_one_give_nearly_the_same_image(canvas):
    draw(canvas, SEVEN)
    large = canvas.mnist_image()
    canvas.clear()
    draw(canvas, SEVEN, scale=0.4, shift=(20, 150))  # 40% of the size, elsewhere on the pad
    small = canvas.mnist_image()
    # Only the rounding of mouse positions to whole pixels differs.
    assert np.abs(large - small).sum() < 0.1 * large.sum()


def test_normalised_strokes_are_mnist_shaped_with_an_mnist_pen(canvas):
    draw(canvas, SEVEN)
    image = canvas.mnist_image()
    assert image.shape == (28, 28) and image.dtype == np.float32
    top, bottom, left, right = ink_box(image)
    assert max(bottom - top, right - left) == 20
    row, col = center_of_mass(image)
    assert abs(row - 14) <= 0.5 and abs(col - 14) <= 0.5
    # Stroke width = ink / length of the centre line (in 28-px pixels). The 7's two lines
    # are 120 + 201 pad units long; the longer side (its height, 180) becomes
    # 20 - pen pixels.
    length = (120 + np.hypot(60, 180)) * (20 - MNIST_PEN_WIDTH) / 180
    assert image.sum() / length == pytest.approx(MNIST_PEN_WIDTH, rel=0.2)
    canvas.clear()
    assert not canvas.mnist_image().any()
