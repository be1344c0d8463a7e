"""Test-time averaging (engine/averaging.py): a convolutional network's reading of a drawn
digit is the mean over a few slightly turned and resized versions of it; an MLP's is its
plain reading."""

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig
from digitdesk.engine.augment import AFFINE, affine
from digitdesk.engine.averaging import VERSIONS, averaged_probabilities, averages, read_digits

# Untrained (weights from the config's seed): enough to tell one reading from another.
CNN = Model(TrainConfig(layers="conv4x5,pool2,dense16"))
MLP = Model(TrainConfig(hidden=(16,)))


@pytest.fixture(scope="module")
def digits():
    _, _, x_test, _ = load_mnist()
    return CNN.prepare(x_test[:6])


def test_a_cnn_reads_the_mean_of_its_versions(digits):
    read = averaged_probabilities(CNN, digits)
    by_hand = np.mean([CNN.probabilities(affine(digits, np.full(6, turn), np.full(6, size),
                                                np.zeros(6), np.zeros((6, 2))))
                       for turn, size in VERSIONS], axis=0)
    np.testing.assert_allclose(read, by_hand, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(read.sum(axis=1), 1.0, rtol=1e-5)
    # ... which is not its reading of the digit as drawn alone
    assert np.abs(read - CNN.probabilities(digits)).max() > 1e-3


def test_each_image_is_averaged_over_its_own_versions(digits):
    one_by_one = np.concatenate([averaged_probabilities(CNN, digits[i:i + 1]) for i in range(6)])
    np.testing.assert_allclose(averaged_probabilities(CNN, digits), one_by_one, rtol=1e-5,
                               atol=1e-7)


def test_an_mlp_reads_as_it_is(digits):
    assert not averages(MLP) and averages(CNN) and not averages(None)
    np.testing.assert_array_equal(averaged_probabilities(MLP, digits), MLP.probabilities(digits))


def test_the_digit_as_drawn_is_read_and_every_version_is_one_the_network_trained_on():
    """Versions beyond the affine augmentation's ranges would be digits unlike any the
    network learned from."""
    assert VERSIONS[0] == (0.0, 1.0)
    for turn, size in VERSIONS:
        assert abs(turn) <= AFFINE["rotate_degrees"]
        assert abs(size - 1) <= AFFINE["scale"] + 1e-12


@pytest.mark.parametrize("model", [CNN, MLP], ids=["cnn", "mlp"])
def test_no_images_read_as_an_empty_set_of_ten_probabilities(model):
    """As ``predict_proba`` does: a caller with nothing to read gets ``(0, 10)`` (no rows,
    still ten digits), not a reshape error from the five versions of a CNN."""
    none = np.zeros((0, 28, 28), dtype=np.uint8)
    assert model.predict_proba(none).shape == (0, 10)
    assert averaged_probabilities(model, model.prepare(none)).shape == (0, 10)
    assert read_digits(model, none).shape == (0, 10)
