"""The bug lab: each learner's mistake, switched on, fails the right check; off, all pass."""

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, check_model, check_update
from digitdesk.engine.buglab import BUGS, BrokenSigmoid
from digitdesk.engine.layers import Sigmoid


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


@pytest.fixture(scope="module")
def batch(mnist):
    x_train, y_train, _, _ = mnist
    rows = np.random.default_rng(0).choice(len(x_train), 16, replace=False)
    return x_train[rows], y_train[rows]


def statuses(config, batch):
    model = Model(config)
    grads = {r.name: r.status for r in check_model(model, *batch)}
    return grads, check_update(model, *batch)


# 784-6-10, sigmoid hidden layer and sigmoid outputs with squared error: every sigmoid bug
# touches both layers, so the check must say which tensors each one breaks.
SIGMOID_MSE = TrainConfig(hidden=(6,), activation="sigmoid", head="sigmoid_mse", init="xavier",
                          optimizer="sgd", seed=3)
# ... and with a softmax head the output layer has no sigmoid: only layer 1 is affected.
SIGMOID_SOFTMAX = SIGMOID_MSE.replace(head="softmax_ce")

ALL = {"W1", "b1", "W2", "b2"}


@pytest.mark.parametrize("config", [SIGMOID_MSE, SIGMOID_SOFTMAX], ids=["mse", "softmax"])
def test_without_bugs_every_check_passes(config, batch):
    grads, update = statuses(config, batch)
    assert set(grads.values()) == {"pass"}
    assert update.status == "pass" and update.change < 0


@pytest.mark.parametrize("config, bugs, failing", [
    # One wrong sign per sigmoid: behind one sigmoid (W2) it fails, behind two (W1: hidden
    # and output) the flips cancel, and the check says so.
    (SIGMOID_MSE, ("sigmoid_derivative_sign",), {"W2", "b2"}),
    (SIGMOID_SOFTMAX, ("sigmoid_derivative_sign",), {"W1", "b1"}),
    # The sigmoid applied twice changes every size: everything behind a sigmoid fails.
    (SIGMOID_MSE, ("sigmoid_applied_twice",), ALL),
    (SIGMOID_SOFTMAX, ("sigmoid_applied_twice",), {"W1", "b1"}),
    (SIGMOID_MSE, ("sigmoid_derivative_sign", "sigmoid_applied_twice"), ALL),
    (SIGMOID_MSE, ("one_minus_sigmoid",), ALL),
    (SIGMOID_SOFTMAX, ("one_minus_sigmoid",), {"W1", "b1"}),
])
def test_each_derivative_bug_fails_the_gradient_check_where_it_acts(config, bugs, failing, batch):
    grads, _ = statuses(config.replace(bugs=bugs), batch)
    assert {name for name, status in grads.items() if status == "fail"} == failing
    assert {name for name, status in grads.items() if status == "pass"} == ALL - failing


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adam"])
def test_added_step_passes_the_gradient_check_and_fails_the_update_check(optimizer, batch):
    config = SIGMOID_SOFTMAX.replace(optimizer=optimizer, bugs=("update_added",))
    grads, update = statuses(config, batch)
    assert set(grads.values()) == {"pass"}  # the gradient itself is right
    assert update.status == "fail" and update.change > 0
    # first order: the change is gradient . step, and the step went uphill
    assert update.predicted_change > 0
    assert update.change == pytest.approx(update.predicted_change, rel=0.05)
    right = statuses(config.replace(bugs=()), batch)[1]
    assert right.status == "pass" and right.change == pytest.approx(-update.change, rel=0.05)


def test_update_check_for_sgd_is_minus_lr_times_gradient_squared(batch):
    update = statuses(SIGMOID_SOFTMAX, batch)[1]
    expected = -update.learning_rate * update.gradient_norm ** 2
    assert update.predicted_change == pytest.approx(expected, rel=1e-9)
    assert update.change == pytest.approx(expected, rel=0.05)


def test_bugs_are_validated_and_isolated():
    with pytest.raises(ValueError, match="unknown bug"):
        TrainConfig(activation="sigmoid", bugs=("typo",))
    with pytest.raises(ValueError, match="no sigmoid"):
        TrainConfig(activation="relu", bugs=("sigmoid_derivative_sign",))
    with pytest.raises(ValueError, match="cannot be on together"):
        TrainConfig(activation="sigmoid", bugs=("one_minus_sigmoid", "sigmoid_applied_twice"))
    assert TrainConfig(activation="sigmoid", bugs="update_added").bugs == ("update_added",)
    # The correct engine is the default and contains no broken layer.
    correct = Model(SIGMOID_MSE).network.layers
    assert not any(isinstance(layer, BrokenSigmoid) for layer in correct)
    broken = Model(SIGMOID_MSE.replace(bugs=("one_minus_sigmoid",))).network
    assert sum(isinstance(layer, BrokenSigmoid) for layer in broken.layers) == 2  # hidden + output
    assert all(type(layer) is not Sigmoid for layer in broken.layers)
    assert isinstance(broken.copy().layers[1], BrokenSigmoid)  # snapshots stay broken
    for bug in BUGS.values():
        assert bug.learner_code and bug.effect and bug.seed in ("002", "003")


def test_bug_switches_round_trip_through_the_model_file(tmp_path):
    from digitdesk.engine import load_model
    model = Model(SIGMOID_MSE.replace(bugs=("sigmoid_derivative_sign", "update_added")))
    model.save(tmp_path / "broken.npz")
    loaded = load_model(tmp_path / "broken.npz")
    assert loaded.config.bugs == ("sigmoid_derivative_sign", "update_added")
    assert isinstance(loaded.network.layers[1], BrokenSigmoid)


def train_losses(config, mnist, rows=1000):
    x_train, y_train, _, _ = mnist
    model = Model(config)
    Trainer(model, x_train[:rows], y_train[:rows]).run()
    return np.array(model.history["batch_loss"])


def test_added_step_makes_the_loss_go_up(mnist):
    config = TrainConfig(hidden=(16,), activation="sigmoid", init="xavier", optimizer="sgd",
                         learning_rate=1.0, batch_size=100, epochs=2, val_size=0)
    right = train_losses(config, mnist)
    wrong = train_losses(config.replace(bugs=("update_added",)), mnist)
    assert right[-5:].mean() < 0.8 * right[0]
    assert wrong[-5:].mean() > 1.5 * wrong[0]  # gradient ascent


def test_the_one_minus_sigmoid_effect_says_how_much_too_large_the_factor_is():
    """It said "up to twice too large"; the factor 1 - s(a) against a*(1-a) is at least
    ~1.47 times too large (at a ~ 0.58) and without bound as a nears 0 or 1."""
    a = np.linspace(1e-3, 1 - 1e-3, 100_001)
    ratio = (1 - 1 / (1 + np.exp(-a))) / (a * (1 - a))
    assert 1.45 < ratio.min() < 1.5 and ratio[0] > 400 and ratio[-1] > 250
    effect = BUGS["one_minus_sigmoid"].effect
    assert "1.5 times too large at best" in effect and "twice" not in effect
