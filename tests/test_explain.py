"""The numbers behind the "Inside the network" view (digitdesk.engine.explain): checked
against finite differences and direct computations, on small float64 networks."""

import numpy as np
import pytest

from digitdesk.engine import Model, TrainConfig, build_network
from digitdesk.engine import explain
from digitdesk.engine.losses import REGRESSION_SIGMA


def float64_model(**settings):
    """A small model whose network computes in float64, so that central differences are
    accurate to many digits."""
    config = TrainConfig(**{"hidden": (12, 7), "activation": "tanh", **settings})
    network = build_network(config.layer_sizes, config.activation, config.head, config.init,
                            config.bias, np.random.default_rng(config.seed), dtype=np.float64,
                            bugs=config.bugs)
    return Model(config, network=network)


def a_digit(seed=0):
    """A blob of ink on an empty 28 x 28 image: most pixels are exactly 0."""
    rng = np.random.default_rng(seed)
    image = np.zeros((28, 28))
    image[8:20, 10:18] = rng.uniform(0.2, 1.0, size=(12, 8))
    return image


def score(model, image, digit):
    """The class score explain.py documents, computed straight from the network."""
    outputs = model.network.copy().forward(image.reshape(1, 784))
    if model.config.head in ("sigmoid_regression", "linear_regression"):
        return -(10 * outputs[0, 0] - digit) ** 2 / (2 * REGRESSION_SIGMA**2)
    return outputs[0, model.config.classes.index(digit)]


def numerical_gradient(model, image, digit, pixels, eps=1e-6):
    grad = []
    for r, c in pixels:
        up, down = image.copy(), image.copy()
        up[r, c] += eps
        down[r, c] -= eps
        grad.append((score(model, up, digit) - score(model, down, digit)) / (2 * eps))
    return np.array(grad)


@pytest.mark.parametrize("settings, digit", [
    (dict(), 3),
    (dict(activation="relu"), 7),
    (dict(activation="sigmoid", head="sigmoid_mse"), 0),
    (dict(activation="sigmoid", head="sigmoid_regression", hidden=(9,)), 4),
    (dict(digits=(3, 7), hidden=(3, 3), activation="sigmoid"), 7),
])
def test_input_times_gradient_matches_central_differences(settings, digit):
    model = float64_model(**settings)
    image = a_digit()
    rng = np.random.default_rng(1)
    inked = np.argwhere(image > 0)
    pixels = [tuple(p) for p in inked[rng.choice(len(inked), 25, replace=False)]]

    result = explain.input_times_gradient(model, image, digit)

    expected = image[tuple(np.array(pixels).T)] * numerical_gradient(model, image, digit, pixels)
    got = result[tuple(np.array(pixels).T)]
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-9)
    assert np.any(np.abs(got) > 1e-6), "a test on an all-zero map could not fail"


def test_input_times_gradient_is_zero_where_there_is_no_ink():
    model = float64_model()
    image = a_digit()
    result = explain.input_times_gradient(model, image, 5)
    assert np.all(result[image == 0] == 0)
    assert np.count_nonzero(result[image > 0]) > 0.9 * np.count_nonzero(image)
    # ... while the gradient alone is not zero there: more ink there *would* matter.
    gradient = explain.explain_digit(model, image, 5).gradient
    assert np.count_nonzero(gradient[image == 0]) > 0.5 * np.count_nonzero(image == 0)


def test_a_bug_lab_model_is_explained_with_the_true_gradient():
    """With the sigmoid derivative's sign broken, the model's own backward pass is wrong on
    purpose; the explanation still matches the network's real sensitivity."""
    model = float64_model(activation="sigmoid", hidden=(10,), bugs=("sigmoid_derivative_sign",))
    image = a_digit(2)
    pixels = [tuple(p) for p in np.argwhere(image > 0)[:20]]
    got = explain.explain_digit(model, image, 2).gradient[tuple(np.array(pixels).T)]
    np.testing.assert_allclose(got, numerical_gradient(model, image, 2, pixels), rtol=1e-5, atol=1e-9)


def test_the_explained_digit_defaults_to_the_one_read_and_probabilities_match_the_model():
    model = float64_model()
    image = a_digit(3)
    result = explain.explain_digit(model, image)
    expected = model.predict_proba(image[np.newaxis])[0]
    np.testing.assert_allclose(result.probabilities, expected, rtol=1e-10)
    assert result.digit == int(np.argmax(expected))


def test_a_digit_outside_a_subset_model_is_refused():
    model = float64_model(digits=(3, 7))
    with pytest.raises(ValueError, match="3, 7"):
        explain.input_times_gradient(model, a_digit(), 5)


def test_explaining_leaves_the_model_untouched():
    model = Model(TrainConfig(hidden=(16,), activation="sigmoid"))  # float32, as trained
    weights = model.network.weights()
    image = a_digit()
    model.predict_proba(image[np.newaxis])
    cached = model.network.layers[1].y.copy()  # what the last forward pass left behind
    explain.explain_digit(model, np.zeros((28, 28)))
    explain.hidden_activations(model, a_digit(5))
    for name, value in model.network.weights().items():
        np.testing.assert_array_equal(value, weights[name])
    np.testing.assert_array_equal(model.network.layers[1].y, cached)
    assert model.network.dense_layers[0].needs_input_grad is False


def test_explanations_use_the_input_the_network_sees():
    """A deskewing model is explained over the deskewed image, as it reads it."""
    model = float64_model(deskew=True)
    slanted = np.zeros((28, 28))
    for row in range(6, 22):
        slanted[row, 8 + (row - 6) // 2: 11 + (row - 6) // 2] = 1.0
    result = explain.explain_digit(model, slanted)
    seen = model.prepare(slanted[np.newaxis]).reshape(28, 28)
    np.testing.assert_allclose(result.image, seen)
    assert not np.allclose(result.image, slanted)
    assert np.all(result.input_times_gradient[seen == 0] == 0)


def test_hidden_activations_are_each_layers_outputs():
    model = float64_model(hidden=(6, 4), activation="relu")
    image = a_digit()
    x = image.reshape(1, 784)
    d1, d2 = model.network.dense_layers[:2]
    first = np.maximum(x @ d1.W + d1.b, 0)
    second = np.maximum(first @ d2.W + d2.b, 0)
    got = explain.hidden_activations(model, image)
    assert [a.shape for a in got] == [(6,), (4,)]
    np.testing.assert_allclose(got[0], first[0])
    np.testing.assert_allclose(got[1], second[0])


def test_first_layer_weights_are_one_image_per_unit():
    model = Model(TrainConfig(hidden=(20,)))
    tiles = explain.first_layer_weights(model)
    assert tiles.shape == (20, 28, 28)
    W = model.network.dense_layers[0].W
    np.testing.assert_allclose(tiles[13], W[:, 13].reshape(28, 28))
    tiles[0] += 1  # a copy: changing it changes nothing in the model
    np.testing.assert_allclose(model.network.dense_layers[0].W, W)


def test_confusion_matrix_counts_pairs():
    labels = [1, 1, 2, 3, 3, 3]
    read = [1, 2, 2, 3, 1, 3]
    counts = explain.confusion_matrix(labels, read)
    expected = np.zeros((10, 10), dtype=int)
    for t, p in zip(labels, read):
        expected[t, p] += 1
    np.testing.assert_array_equal(counts, expected)


def test_evaluate_validation_agrees_with_the_model():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(300, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, size=300)
    model = Model(TrainConfig(hidden=(8,)))
    result = explain.evaluate_validation(model, images, labels, batch_size=128)
    predicted = model.predict(images)
    np.testing.assert_array_equal(result.predicted, predicted)
    assert result.confusion.sum() == 300
    assert result.accuracy == pytest.approx(model.evaluate(images, labels)[1])
    mistakes = result.mistakes()
    assert len(mistakes) == 300 - result.correct
    assert np.all(np.diff(result.confidence[mistakes]) <= 0)
    t, p = labels[mistakes[0]], predicted[mistakes[0]]
    cell = result.cell(t, p)
    assert len(cell) == result.confusion[t, p]
    assert np.all((labels[cell] == t) & (predicted[cell] == p))


def test_evaluate_validation_of_a_subset_model_keeps_its_digits():
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, size=(200, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, size=200)
    model = Model(TrainConfig(hidden=(8,), digits=(3, 7)))
    result = explain.evaluate_validation(model, images, labels)
    assert result.size == np.isin(labels, (3, 7)).sum()
    assert set(np.unique(result.predicted)) <= {3, 7}
    assert result.classes == (3, 7)
