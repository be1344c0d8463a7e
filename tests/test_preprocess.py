"""Tests for digitdesk.preprocess: drawn digits prepared the way MNIST digits were."""

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.preprocess import (
    area_weights,
    center_of_mass,
    ink_box,
    mnist_style,
    resize_area,
)


def blob(rng, size=(200, 160)):
    """A random digit-like image: a few thick random strokes somewhere on a canvas."""
    height, width = size
    image = np.zeros(size, dtype=np.float32)
    rows, cols = np.mgrid[0:height, 0:width]
    # A random sub-rectangle of the canvas, so blobs vary in size, shape and position.
    top, left = rng.integers(0, height // 2), rng.integers(0, width // 2)
    bottom, right = rng.integers(top + 10, height), rng.integers(left + 10, width)
    for _ in range(rng.integers(1, 5)):
        r0, r1 = rng.uniform(top, bottom, 2)
        c0, c1 = rng.uniform(left, right, 2)
        for t in np.linspace(0, 1, 15):  # a stroke as a chain of discs
            r, c = r0 + t * (r1 - r0), c0 + t * (c1 - c0)
            image[(rows - r) ** 2 + (cols - c) ** 2 <= 36] = 1.0
    return image


def test_empty_image_gives_zeros():
    out = mnist_style(np.zeros((100, 80)))
    assert out.shape == (28, 28)
    assert out.dtype == np.float32
    assert not out.any()
    assert ink_box(np.zeros((5, 5))) is None
    assert center_of_mass(np.zeros((5, 5))) is None


def test_ink_box_and_center_of_mass():
    image = np.zeros((10, 12))
    image[2:5, 3:9] = 1.0
    assert ink_box(image) == (2, 5, 3, 9)
    assert center_of_mass(image) == pytest.approx((3.0, 5.5))
    image[2, 3] = 3.0  # a heavier pixel pulls the centre towards itself
    row, col = center_of_mass(image)
    assert row < 3.0 and col < 5.5


def test_long_thin_stroke_becomes_20_pixels_long_and_keeps_its_aspect_ratio():
    image = np.zeros((300, 300), dtype=np.float32)
    image[50:250, 140:150] = 1.0  # 200 tall, 10 wide: aspect ratio 20
    out = mnist_style(image)
    top, bottom, left, right = ink_box(out)
    assert bottom - top == 20
    assert right - left == 1  # 10 px * 20/200 = 1 px: not stretched into a square

    wide = np.zeros((300, 300), dtype=np.float32)
    wide[100:160, 20:260] = 1.0  # 60 x 240: becomes 5 x 20
    top, bottom, left, right = ink_box(mnist_style(wide))
    assert (bottom - top, right - left) == (5, 20)


def test_output_range_and_uint8_input():
    rng = np.random.default_rng(1)
    image = (blob(rng) * 255).astype(np.uint8)
    out = mnist_style(image)
    assert out.dtype == np.float32
    assert 0.0 <= out.min() and out.max() <= 1.0
    assert out.max() > 0.9  # solid strokes stay (nearly) full ink
    assert np.allclose(out, mnist_style(image.astype(np.float32) / 255), atol=1e-6)


def test_random_blobs_fit_20x20_and_centre_of_mass_is_within_half_a_pixel():
    rng = np.random.default_rng(0)
    for _ in range(100):
        out = mnist_style(blob(rng))
        top, bottom, left, right = ink_box(out)
        assert max(bottom - top, right - left) == 20
        assert min(bottom - top, right - left) >= 1
        row, col = center_of_mass(out)
        assert abs(row - 14.0) <= 0.5 and abs(col - 14.0) <= 0.5, (row, col)


def test_ink_at_one_end_is_kept_in_the_frame():
    # Nearly all the mass at the top of a tall shape: moving that mass down to row 14 would
    # push the tail out through the bottom, so the shift stops at the bottom edge instead.
    image = np.zeros((200, 200), dtype=np.float32)
    image[0:40, 0:200] = 1.0  # a heavy bar...
    image[40:200, 99:101] = 0.05  # ...with a long faint tail below it
    out = mnist_style(image)
    top, bottom, left, right = ink_box(out)
    assert (top, bottom) == (8, 28)
    assert center_of_mass(out)[0] < 13.5  # could not be centred, and that is accepted
    assert out.sum() == pytest.approx(resize_area(image, 20, 20).sum(), rel=1e-5)


def test_area_weights_rows_and_columns():
    for n_in, n_out in [(200, 20), (7, 20), (20, 20), (33, 7)]:
        weights = area_weights(n_in, n_out)
        assert weights.shape == (n_out, n_in)
        assert np.allclose(weights.sum(axis=1), 1.0)  # a flat grey stays that grey
        assert np.allclose(weights.sum(axis=0), n_out / n_in)  # ink spread, not lost
    assert np.allclose(area_weights(20, 20), np.eye(20))


def test_area_averaging_preserves_total_ink_in_proportion_to_area():
    rng = np.random.default_rng(2)
    image = rng.random((150, 90))
    small = resize_area(image, 20, 12)
    assert small.sum() == pytest.approx(image.sum() * (20 * 12) / (150 * 90), rel=1e-9)
    # Each output pixel is the mean of the block it covers (exact for whole-number ratios).
    assert small[3, 4] == pytest.approx(_block_mean(image, 3, 4, 7.5, 7.5))


def _block_mean(image, i, j, step_rows, step_cols):
    """Mean of ``image`` over the real-valued block of output pixel (i, j), by brute force
    on a 2x finer grid (exact here because the block edges fall on half pixels)."""
    fine = np.repeat(np.repeat(image, 2, axis=0), 2, axis=1)
    r0, r1 = round(2 * i * step_rows), round(2 * (i + 1) * step_rows)
    c0, c1 = round(2 * j * step_cols), round(2 * (j + 1) * step_cols)
    return fine[r0:r1, c0:c1].mean()


def test_mnist_digits_are_already_mnist_style():
    """Applying the preparation to real MNIST digits changes them little: they are
    already 20 pixels on the long side and centred by centre of mass."""
    _, _, x_test, _ = load_mnist()
    digits = x_test[:300].astype(np.float32) / 255
    differences = []
    for digit in digits:
        out = mnist_style(digit)
        top, bottom, left, right = ink_box(out)
        assert max(bottom - top, right - left) <= 20
        row, col = center_of_mass(out)
        assert abs(row - 14.0) <= 0.5 and abs(col - 14.0) <= 0.5
        differences.append(np.abs(out - digit).mean())
    # Most digits come back pixel for pixel; a few move by a pixel or are resampled.
    assert np.median(differences) < 0.01
    assert np.mean(differences) < 0.05
