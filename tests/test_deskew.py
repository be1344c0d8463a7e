"""Tests for deskewing (digitdesk.preprocess.deskew) and for the model applying it the
same way to training images and to the images it reads (Model.prepare)."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import PRESETS, Model, TrainConfig, Trainer, load_model
from digitdesk.preprocess import center_of_mass, deskew, deskew_uint8, mnist_style, skew


def slanted_bar(lean):
    """A 28 x 28 image of a stroke 16 rows tall and 2 wide, leaning ``lean`` columns to
    the right per row going *up*, centred on (14, 14)."""
    image = np.zeros((28, 28), dtype=np.float32)
    for row in range(6, 22):
        col = 14 - lean * (row - 14)  # higher rows (smaller index) lie further right
        left = int(np.floor(col - 1))
        image[row, left:left + 2] = 1.0
    return image


def column_spread(image):
    """The ink's standard deviation across columns: small for an upright bar."""
    cols = np.arange(28)
    weights = image.sum(axis=0)
    mean = weights @ cols / weights.sum()
    return float(np.sqrt(weights @ (cols - mean) ** 2 / weights.sum()))


def test_a_slanted_stroke_becomes_upright():
    bar = slanted_bar(0.5)  # leans 0.5 column per row: about 27 degrees off vertical
    assert skew(bar) == pytest.approx(-0.5, abs=0.05)  # rows grow downwards: right is negative
    straight = deskew(bar)
    assert abs(skew(straight)) < 0.01
    # Upright: its ink is now within a few columns, where it spread over eight.
    assert column_spread(bar) > 2.0
    assert column_spread(straight) < 1.0
    # Shearing moves ink sideways only: the same ink, the same centre of mass.
    assert straight.sum() == pytest.approx(bar.sum(), rel=1e-3)
    assert center_of_mass(straight) == pytest.approx(center_of_mass(bar), abs=0.05)


def test_leaning_left_and_right_both_straighten():
    for lean in (-0.4, -0.2, 0.2, 0.4):
        assert abs(skew(deskew(slanted_bar(lean)))) < 0.01


def test_upright_digits_are_left_almost_alone():
    upright = slanted_bar(0.0)
    np.testing.assert_allclose(deskew(upright), upright, atol=1e-6)
    _, _, x_test, _ = load_mnist()
    once = deskew(x_test[:200])
    twice = deskew(once)
    # Deskewing a deskewed digit changes (almost) nothing: its skew is already 0.
    assert np.abs(skew(once)).max() < 1e-3
    assert np.abs(twice - once).max() < 0.02


def test_mnist_is_straightened_and_shapes_are_kept():
    _, _, x_test, _ = load_mnist()
    assert np.abs(skew(x_test[:500])).mean() > 0.1  # MNIST digits do lean
    flat = deskew(x_test[:3].reshape(3, 784))
    assert flat.shape == (3, 784) and flat.dtype == np.float32
    assert deskew(x_test[0]).shape == (28, 28)
    stored = deskew_uint8(x_test[:300], chunk_size=128)  # in chunks, as the trainer does
    assert stored.dtype == np.uint8
    np.testing.assert_allclose(stored / 255, deskew(x_test[:300]), atol=0.5 / 255 + 1e-6)
    assert not deskew(np.zeros((28, 28))).any()  # no ink: nothing to do
    dash = np.zeros((28, 28), np.float32)
    dash[14, 4:24] = 1.0  # one row of ink: no slant to measure
    np.testing.assert_array_equal(deskew(dash), dash)


def test_a_drawn_slanted_one_and_its_upright_twin_look_alike_after_deskewing():
    pad = np.zeros((280, 280), dtype=np.float32)
    upright = pad.copy()
    rows = np.arange(40, 240)
    for r in rows:
        pad[r, int(190 - 0.4 * (r - 40)) - 8:int(190 - 0.4 * (r - 40)) + 8] = 1.0
        upright[r, 132:148] = 1.0
    slanted, straight = mnist_style(pad), mnist_style(upright)
    assert column_spread(slanted) > 4 * column_spread(straight)
    # After deskewing, the slanted one is as narrow as its upright twin (within a pixel's
    # blur from reading between pixels) and stands in the same place: mnist_style shifts
    # by whole pixels, so each centre of mass is within half a pixel of (14, 14). Which
    # way a half-pixel tie rounds depends on the last bit of a float sum, and so on the
    # CPU: 13.5 and 14.5 are both right (a fresh AMD machine gave one, Intel the other).
    assert column_spread(deskew(slanted)) < column_spread(deskew(straight)) + 0.5
    half_pixel = 0.5 + 1e-3
    for image in (deskew(slanted), straight):
        assert center_of_mass(image) == pytest.approx((14.0, 14.0), abs=half_pixel)


@pytest.fixture(scope="module")
def data():
    return load_mnist()


def test_the_model_records_deskewing_and_applies_it_when_reading(data, tmp_path):
    x_train, y_train, x_test, y_test = data
    config = TrainConfig(hidden=(32,), epochs=1, val_size=0, train_size=3000, deskew=True)
    model = Model(config)
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train[:3000], y_train[:3000]).run()
    images = x_test[:300]
    np.testing.assert_allclose(model.prepare(images), deskew(images).reshape(300, 784), atol=1e-6)
    # predict_proba reads through prepare: the same as feeding deskewed images to the
    # network directly, and different from feeding the raw ones.
    network_on_deskewed = model.network.forward(deskew(images).reshape(300, 784))
    direct = np.exp(network_on_deskewed - network_on_deskewed.max(axis=1, keepdims=True))
    direct /= direct.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(model.predict_proba(images), direct, rtol=1e-4, atol=1e-6)
    # Saved and loaded, the model still deskews: the setting travels in the file.
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.config.deskew
    np.testing.assert_allclose(loaded.predict_proba(images), model.predict_proba(images))
    assert model.evaluate(x_test[:1000], y_test[:1000])[1] > 0.85
    # An older model (no deskew setting) is fed the images as they are.
    assert not Model(TrainConfig()).config.deskew
    np.testing.assert_allclose(Model(TrainConfig()).prepare(images),
                               images.reshape(300, 784) / 255, atol=1e-6)


def test_a_convolutional_model_saved_before_the_preset_deskewed_reads_as_it_was_trained(
        data, tmp_path):
    """The convolutional preset deskews now; a model file made with the old preset (no
    deskew, saved so or from before the setting existed) is still fed its digits as they
    are, and a file of the new preset straightens them: each file carries its own flag."""
    import json
    _, _, x_test, _ = data
    images = x_test[:50]
    old = Model(PRESETS["convolutional"].replace(deskew=False))
    new = Model(PRESETS["convolutional"])
    assert new.config.deskew
    old.save(tmp_path / "old.npz")
    new.save(tmp_path / "new.npz")
    # The oldest files have no deskew setting at all: the same file with the key removed.
    with np.load(tmp_path / "old.npz") as stored:
        arrays = dict(stored)
    metadata = json.loads(str(arrays["metadata"][()]))
    del metadata["config"]["deskew"]
    arrays["metadata"] = np.array(json.dumps(metadata))
    np.savez(tmp_path / "oldest.npz", **arrays)

    raw, straight = images.reshape(50, 784) / 255, deskew(images).reshape(50, 784)
    for name in ("old.npz", "oldest.npz"):
        loaded = load_model(tmp_path / name)
        assert not loaded.config.deskew
        np.testing.assert_allclose(loaded.prepare(images), raw, atol=1e-6)
        np.testing.assert_allclose(loaded.predict_proba(images), old.predict_proba(images),
                                   rtol=1e-5, atol=1e-7)
    loaded = load_model(tmp_path / "new.npz")
    assert loaded.config.deskew
    np.testing.assert_allclose(loaded.prepare(images), straight, atol=1e-6)
    np.testing.assert_allclose(loaded.predict_proba(images), new.predict_proba(images),
                               rtol=1e-5, atol=1e-7)
