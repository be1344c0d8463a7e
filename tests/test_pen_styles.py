"""Style augmentation (engine/pen_styles.py): crossed 7s, flagged 1s, slashed 0s and hooked
9s drawn onto MNIST digits while a network trains."""

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine import trainer as trainer_module
from digitdesk.engine.augment import augment_batch
from digitdesk.engine.pen_styles import (MARGIN, STYLES, crossed_seven, draw_polyline, flagged_one,
                                         hooked_nine, ink_box, pen_width, random_styles,
                                         slashed_zero)
from digitdesk.preprocess import center_of_mass


@pytest.fixture(scope="module")
def digits():
    """60 training images of every digit, floats in [0, 1], sorted by digit, and labels."""
    x, y, _, _ = load_mnist()
    rows = np.concatenate([np.flatnonzero(y == d)[:60] for d in range(10)])
    return x[rows].reshape(-1, 784).astype(np.float32) / 255, y[rows]


def test_a_drawn_line_is_as_wide_as_its_pen_with_soft_edges():
    for width in (2.0, 3.0):
        image = draw_polyline(np.zeros((28, 28), np.float32), np.array([[5.0, 14], [21, 14]]), width)
        assert image[14, 6:21].min() == pytest.approx(1.0)  # solid along the line
        # Each pixel as bright as the share of it the pen covers: w of ink across the line,
        # with pixels half covered at the edges of an even width (anti-aliased).
        assert image[:, 13].sum() == pytest.approx(width, abs=0.01)
        if width == 2.0:
            assert image[13, 13] == pytest.approx(0.5) and image[15, 13] == pytest.approx(0.5)
        assert image[:, :4].max() == 0 and image[:4].max() == 0  # nothing far from the line
        # The stroke width read back from a digit's ink and outline is the pen's.
        assert pen_width(image) == pytest.approx(width, rel=0.25)


def test_the_stroke_width_of_mnist_digits_is_a_few_pixels(digits):
    x, _ = digits
    widths = np.array([pen_width(image.reshape(28, 28)) for image in x])
    assert 1.5 < np.median(widths) < 3.5


@pytest.mark.parametrize("shape", [(-1, 784), (-1, 28, 28)])
def test_styled_batches_keep_shape_dtype_and_the_input(digits, shape):
    x, y = digits
    batch = x.reshape(shape)
    before = batch.copy()
    out = random_styles(batch, y, np.random.default_rng(0), rate=1.0)
    assert out.shape == batch.shape and out.dtype == np.float32
    np.testing.assert_array_equal(batch, before)  # a new array: the training set is untouched
    assert np.isfinite(out).all() and out.min() >= 0 and out.max() <= 1


def test_only_zeros_ones_sevens_and_nines_are_edited(digits):
    x, y = digits
    out = random_styles(x, y, np.random.default_rng(1), rate=1.0)
    changed = np.abs(out - x).max(axis=1) > 0.1
    editable = np.isin(y, list(STYLES))
    assert sorted(STYLES) == [0, 1, 7, 9]
    assert not changed[~editable].any()
    np.testing.assert_array_equal(out[~editable], x[~editable])
    assert changed[editable].mean() > 0.95  # every one of them, but for a rare no-op edit


def test_edited_digits_stay_in_mnists_frame(digits):
    x, y = digits
    keep = np.isin(y, list(STYLES))
    out = random_styles(x[keep], y[keep], np.random.default_rng(2), rate=1.0)
    for image in out.reshape(-1, 28, 28):
        top, bottom, left, right = ink_box(image)
        assert bottom - top < 20 and right - left < 20
        row, col = center_of_mass(image)
        assert abs(row - 14) <= 1 and abs(col - 14) <= 1


def test_the_rate_is_the_share_of_editable_digits_edited(digits):
    x, y = digits
    sevens = np.tile(x[y == 7], (10, 1))  # 600 sevens
    for rate in (0.15, 0.3):
        out = random_styles(sevens, np.full(len(sevens), 7), np.random.default_rng(3), rate)
        share = (np.abs(out - sevens).max(axis=1) > 0.1).mean()
        assert share == pytest.approx(rate, abs=0.06)  # about 3 standard deviations
    untouched = random_styles(sevens, np.full(len(sevens), 7), np.random.default_rng(3), 0.0)
    np.testing.assert_array_equal(untouched, sevens)


def test_the_same_seed_gives_the_same_edits(digits):
    x, y = digits
    a = random_styles(x, y, np.random.default_rng(5), 0.5)
    b = random_styles(x, y, np.random.default_rng(5), 0.5)
    c = random_styles(x, y, np.random.default_rng(6), 0.5)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def _added_ink(edit, digit, x, y, seed):
    """The original digit's ink box, height, and where the edit added solid ink."""
    image = np.pad(x[y == digit][seed].reshape(28, 28), MARGIN)  # room for the stroke
    edited = edit(image.copy(), np.random.default_rng(seed))
    rows, cols = np.nonzero(edited - image > 0.5)
    assert len(rows) >= 4, "the edit drew a stroke"
    top, bottom, left, right = ink_box(image)
    return image, (top, bottom, left, right), bottom - top + 1, rows, cols


@pytest.mark.parametrize("seed", [0, 1, 3, 4, 5])  # MNIST's third 7 is crossed already
def test_each_style_adds_its_stroke_where_people_draw_it(digits, seed):
    x, y = digits
    # A 7's bar crosses its stem a little below the middle of its height.
    _, (top, _, _, _), height, rows, _ = _added_ink(crossed_seven, 7, x, y, seed)
    assert np.all((rows >= top + 0.4 * height - 2) & (rows <= top + 0.75 * height + 2))
    # A 1's flag leaves its top to the left; its base (if any) is at its foot.
    image, (top, bottom, _, _), height, rows, cols = _added_ink(flagged_one, 1, x, y, seed)
    flag = rows < top + 0.6 * height
    assert flag.any() and np.all(rows[~flag] >= bottom - 3)
    top_centre = (image[top:top + 2] * np.arange(image.shape[1])).sum() / image[top:top + 2].sum()
    assert cols[flag].mean() < top_centre
    # A 0's slash stays about within the oval, through its middle.
    _, (top, bottom, left, right), height, rows, cols = _added_ink(slashed_zero, 0, x, y, seed)
    assert abs(rows.mean() - (top + bottom) / 2) < 3 and abs(cols.mean() - (left + right) / 2) < 3
    # A 9's hook is at its foot and curls to the left of the stem's end.
    image, (top, bottom, _, _), height, rows, cols = _added_ink(hooked_nine, 9, x, y, seed)
    assert np.all(rows >= top + 0.5 * height)
    foot = (image[bottom - 1:bottom + 1] * np.arange(image.shape[1])).sum() / image[bottom - 1:bottom + 1].sum()
    assert cols.min() < foot - 2


def test_the_styles_mode_is_a_setting_and_needs_the_digits():
    assert TrainConfig(augment="affine+styles").augment == "affine+styles"
    with pytest.raises(ValueError, match="augment must be one of none, affine, affine"):
        TrainConfig(augment="styles")
    batch = np.zeros((4, 784), np.float32)
    with pytest.raises(ValueError, match="needs the digit of every image"):
        augment_batch(batch, "affine+styles", np.random.default_rng(0))


def test_training_on_some_digits_passes_the_digits_not_their_positions(digits, monkeypatch):
    """With digits (1, 7) the loss trains on positions 0 and 1; the styles need 1 and 7."""
    x, y = digits
    keep = np.isin(y, (1, 7))
    seen = []

    def recording(batch, mode, rng, digits=None, style_digits=None):
        seen.append(digits)
        return augment_batch(batch, mode, rng, digits, style_digits)

    monkeypatch.setattr(trainer_module, "augment_batch", recording)
    config = TrainConfig(hidden=(8,), epochs=1, batch_size=40, val_size=0, digits=(1, 7),
                         augment="affine+styles")
    Trainer(Model(config), (x[keep] * 255).astype(np.uint8), y[keep]).run()
    assert set(np.concatenate(seen)) == {1, 7}


def test_training_with_styles_is_reproducible(digits):
    x, y = digits
    images = (x * 255).astype(np.uint8)
    config = TrainConfig(hidden=(16,), epochs=1, val_size=0, augment="affine+styles", seed=4)
    histories = []
    for _ in range(2):
        model = Model(config)
        Trainer(model, images, y).run()
        histories.append(model.history["batch_loss"])
    assert histories[0] == histories[1]


def test_a_full_batch_run_trains_with_styles_and_edits_its_digits(digits, monkeypatch):
    # Full batch with augmentation: every step sees the whole set, shuffled, and the
    # styles get each image's digit in that order.
    x, y = digits
    seen = []
    real = trainer_module.augment_batch

    def spy(batch, mode, rng, batch_digits=None, style_digits=None):
        seen.append(batch_digits)
        return real(batch, mode, rng, batch_digits, style_digits)

    monkeypatch.setattr(trainer_module, "augment_batch", spy)
    config = TrainConfig(hidden=(8,), epochs=2, batch_size=None, val_size=0, augment="affine+styles")
    model = Model(config)
    Trainer(model, (x * 255).astype(np.uint8), y).run()
    assert len(model.history["batch_loss"]) == 2
    assert len(seen) == 2 and all(np.array_equal(np.sort(d), np.sort(y)) for d in seen)


def test_only_the_chosen_digits_are_redrawn(digits):
    """``style_digits`` (the convolutional preset leaves the 7s alone): at rate 1 every
    chosen digit is edited and no other."""
    x, y = digits
    edited = random_styles(x, y, np.random.default_rng(0), 1.0, (0, 1, 9))
    changed = np.abs(edited - x).max(axis=1) > 0.1
    assert set(y[changed]) == {0, 1, 9}
    assert changed[np.isin(y, (0, 1, 9))].mean() > 0.9  # a blank or odd digit may be skipped
    assert np.array_equal(edited[y == 7], x[y == 7])


def test_the_style_digits_are_a_setting_the_training_uses(digits, monkeypatch):
    x, y = digits
    config = TrainConfig(hidden=(8,), epochs=1, batch_size=60, val_size=0,
                         augment="affine+styles", style_digits=[9, 0, 1, 1])
    assert config.style_digits == (0, 1, 9)
    assert TrainConfig(augment="affine+styles").style_digits == (0, 1, 7, 9)  # all, unless told
    # Without the styles the setting means nothing: always all four, so configs compare equal.
    assert config.replace(augment="affine") == TrainConfig(hidden=(8,), epochs=1, batch_size=60,
                                                           val_size=0, augment="affine")
    for bad in ((2,), (), (7, 10)):
        with pytest.raises(ValueError, match="pen styles: choose one or more of the digits"):
            TrainConfig(augment="affine+styles", style_digits=bad)
    seen = []

    def spy(batch, mode, rng, batch_digits=None, style_digits=None):
        seen.append(style_digits)
        return augment_batch(batch, mode, rng, batch_digits, style_digits)

    monkeypatch.setattr(trainer_module, "augment_batch", spy)
    Trainer(Model(config), (x * 255).astype(np.uint8), y).run()
    assert seen and all(kinds == (0, 1, 9) for kinds in seen)
