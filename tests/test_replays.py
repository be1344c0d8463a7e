"""Replays of the learners' questions: each really shows its behaviour, each twin is fixed.

The runs are the presets themselves, shortened (fewer epochs) where the behaviour shows
early; the figures quoted in the replay texts come from these measurements.
"""

import json

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import (Model, TrainConfig, Trainer, check_model, check_update, load_model,
                              training_data)
from digitdesk.engine.gradcheck import check_batch
from digitdesk.engine.replays import REPLAYS, numerical_step_cost


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def train(config, mnist):
    """Train ``config`` as the app would; return the model and every StepReport."""
    x_all, y_all, _, _ = mnist
    model = Model(config)
    trainer = Trainer(model, *training_data(config, x_all, y_all), diagnostics_every=5)
    reports = []
    trainer.run(reports.append)
    return model, reports


def last_diagnostics(reports):
    return [r.diagnostics for r in reports if r.diagnostics][-1]


def test_no_replay_tells_the_learner_to_pass_a_command_line_default():
    """A text saying "pass --threads 1" when 1 is already the default sends the learner
    looking for a difference that is not there."""
    import re

    from digitdesk.threads import BLAS_THREADS
    for replay in REPLAYS.values():
        for text in (replay.saw, replay.watch, replay.fix):
            for value in re.findall(r"pass --threads (\d+)", text):
                assert int(value) != BLAS_THREADS, (replay.key, text)


def test_every_replay_has_its_texts_and_a_different_fixed_twin():
    assert list(REPLAYS) == ["000", "001", "002", "003"]
    for key, replay in REPLAYS.items():
        assert replay.key == key and replay.title.startswith(key)
        assert replay.saw and replay.watch and replay.fix
        assert replay.fixed_config != replay.config
        assert not replay.fixed_config.bugs


def test_000_loss_plateaus_with_saturated_units_and_the_twin_learns(mnist):
    replay = REPLAYS["000"]
    assert replay.config.layer_sizes == [784, 250, 1] and replay.config.train_size == 3000
    model, reports = train(replay.config.replace(epochs=20), mnist)
    losses = np.array([r.loss for r in reports])
    # After the first step the loss does not move: under 1% over the last 15 steps.
    assert abs(losses[-1] - losses[5]) / losses[5] < 0.01
    hidden, output = last_diagnostics(reports)
    assert hidden.saturated > 0.5  # most hidden sigmoids at 0 or 1 ...
    assert output.saturated > 0.99  # ... and the single output for every image
    assert model.history["val_accuracy"][-1] < 0.2  # chance is about 0.1

    fixed, _ = train(replay.fixed_config.replace(epochs=3), mnist)
    assert fixed.history["train_loss"][-1] < 0.5 * fixed.history["batch_loss"][0]
    assert fixed.history["val_accuracy"][-1] > 0.8


def test_001_learns_slowly_with_its_learning_rate_and_fast_when_fixed(mnist):
    replay = REPLAYS["001"]
    assert replay.config.layer_sizes == [784, 50, 10]
    model, reports = train(replay.config, mnist)
    losses = np.array([r.loss for r in reports])
    assert len(losses) == 1000  # the learner's 1,000 steps of 100
    drop = losses[:100].mean() - losses[-100:].mean()
    assert 0 < drop < 0.1  # it does learn, but from 2.30 it has barely moved
    assert model.history["val_accuracy"][-1] > 0.2  # clearly above chance (0.1)

    fixed, _ = train(replay.fixed_config, mnist)
    assert fixed.history["val_accuracy"][-1] > 0.85


def test_001_numerical_step_cost_is_extrapolated_and_labelled(mnist):
    x_train, y_train, _, _ = mnist
    config = REPLAYS["001"].config
    cost = numerical_step_cost(config, x_train[:100], y_train[:100], coordinates=50, repeats=2)
    assert cost.parameters == 784 * 50 + 50 + 50 * 10 + 10
    assert cost.coordinates_measured == 50 and cost.extrapolated
    assert cost.numerical_seconds == pytest.approx(cost.numerical_seconds_measured * cost.parameters / 50)
    assert "extrapolated" in cost.describe()
    # Two forward passes per parameter against one forward+backward: tens of thousands of
    # times the work. A bound a thousand times looser than that cannot be missed by noise.
    assert cost.ratio > 10


def test_002_bug_switches_fail_both_checks_and_the_twin_passes(mnist):
    replay = REPLAYS["002"]
    x_train, y_train, _, _ = mnist
    batch = x_train[:16], y_train[:16]
    broken = Model(replay.config)
    assert {r.name: r.status for r in check_model(broken, *batch)} == dict.fromkeys(
        ["W1", "b1", "W2", "b2"], "fail")
    update = check_update(broken, *batch)
    # The total still falls (W2's wrong sign and the added step cancel, so W2 goes downhill),
    # which is why the learner saw the error fall; W1's own step goes uphill.
    assert update.status == "fail" and update.uphill == ["W1", "b1"]
    fixed = Model(replay.fixed_config)
    assert all(r.status == "pass" for r in check_model(fixed, *batch))
    assert check_update(fixed, *batch).status == "pass"


def test_002_error_converges_to_a_strange_number(mnist):
    replay = REPLAYS["002"]
    model, reports = train(replay.config.replace(epochs=80), mnist)
    losses = np.array([r.loss for r in reports])
    assert losses[-1] < 0.5 * losses[0]  # the error falls ...
    assert abs(losses[-1] - losses[-20]) / losses[-20] < 0.01  # ... stops ...
    assert losses[-1] > 0.4  # ... far from zero
    assert model.history["val_accuracy"][-1] < 0.2
    # What the replay's text says it stops at: not every output pushed to 0 (that error is
    # 0.5), but one answer for every image, about 0.1 for each digit, whose error is 0.45.
    x_all, _, _, _ = mnist
    outputs = model.network.forward(model.prepare(x_all[-1000:]))
    assert np.all(np.abs(outputs.mean(axis=0) - 0.1) < 0.03)
    assert outputs.std(axis=0).max() < 0.05  # the same answer, whatever the image
    assert losses[-1] == pytest.approx(0.5 * (0.9 ** 2 + 9 * 0.1 ** 2), abs=0.01)
    assert "about 0.1 for each digit" in replay.watch and "pushed to 0" not in replay.watch

    fixed, fixed_reports = train(replay.fixed_config.replace(epochs=80), mnist)
    assert fixed_reports[-1].loss < 0.6 * losses[-1]
    assert fixed.history["val_accuracy"][-1] > 0.6


def big_rises(losses, first):
    """Share of steps on which the loss rose by more than a quarter of its first value."""
    return float(np.mean(np.diff(losses) > 0.25 * first))


@pytest.fixture(scope="module")
def learner_003(mnist):
    """Question 003 trained as the learner trained it: all of its 300 full-batch epochs
    (about 35 s; two tests share it)."""
    return train(REPLAYS["003"].config, mnist)


def test_003_loss_jumps_around_and_the_twin_decreases(mnist, learner_003):
    replay = REPLAYS["003"]
    assert replay.config.layer_sizes == [784, 3, 3, 2]
    model, reports = learner_003
    losses = np.array([r.loss for r in reports])
    later = losses[20:]
    assert big_rises(later, losses[0]) > 0.2  # rises of more than ln(2)/4 on 1 step in 5
    assert later.max() > 4 * later.min() and later.max() > 2  # swings like the learner's

    fixed, fixed_reports = train(replay.fixed_config, mnist)
    epochs = fixed.history["train_loss"]
    assert all(b < a for a, b in zip(epochs, epochs[1:]))  # falls every epoch
    assert epochs[-1] < 0.2 * fixed_reports[0].loss
    assert fixed.history["val_accuracy"][-1] > 0.95


def test_003_gradient_check_blames_the_layers_behind_the_wrong_derivative(mnist):
    x_train, y_train, _, _ = mnist
    results = {r.name: r.status for r in check_model(Model(REPLAYS["003"].config),
                                                      x_train[:40], y_train[:40])}
    assert results == {"W1": "fail", "b1": "fail", "W2": "fail", "b2": "fail",
                       "W3": "pass", "b3": "pass"}


def test_003_s_text_says_what_the_check_shows_after_the_learner_s_300_epochs(mnist,
                                                                              learner_003):
    """The text said the check "passes on W3 and b3": true on fresh weights (above), but
    after the 300 epochs the app's check (its batch: ``check_batch``) showed W3 as
    "vanishing". The text now says so, and why."""
    model, _ = learner_003
    x_train, y_train, _, _ = mnist
    results = {r.name: r.status
               for r in check_model(model, *check_batch(model.config, x_train, y_train))}
    assert results == {"W1": "fail", "b1": "fail", "W2": "fail", "b2": "fail",
                       "W3": "vanishing", "b3": "pass"}
    watch = REPLAYS["003"].watch
    assert "passes on W3 and b3" in watch  # on fresh weights
    assert 'W3 as "vanishing", too small to check' in watch and "b3" in watch.split(
        "vanishing")[1]


def test_digit_subset_outputs_labels_probabilities_and_model_file(mnist, tmp_path):
    x_all, y_all, x_test, y_test = mnist
    config = TrainConfig(hidden=(8,), digits=[7, 3], epochs=1, train_size=2000, val_size=200)
    assert config.digits == (3, 7) and config.layer_sizes == [784, 8, 2]
    x_train, y_train, x_val, y_val = training_data(config, x_all, y_all)
    assert set(np.unique(y_train)) == {3, 7} and len(x_train) == 2000 and len(x_val) == 200
    model = Model(config)
    Trainer(model, x_train, y_train, x_val, y_val).run()
    probabilities = model.predict_proba(x_test[:50])
    assert probabilities.shape == (50, 10)
    others = [d for d in range(10) if d not in (3, 7)]
    assert np.all(probabilities[:, others] == 0)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1, rtol=1e-6)
    # Evaluation keeps only 3s and 7s: accuracy is about telling them apart.
    _, accuracy = model.evaluate(x_test, y_test)
    assert accuracy > 0.9
    # The Trainer drops other digits itself when it is given all of them.
    Trainer(Model(config), x_all[:500], y_all[:500]).step()

    model.save(tmp_path / "37.npz")
    loaded = load_model(tmp_path / "37.npz")
    assert loaded.config == config
    np.testing.assert_array_equal(loaded.predict_proba(x_test[:50]), probabilities)
    with np.load(tmp_path / "37.npz", allow_pickle=False) as archive:
        assert json.loads(str(archive["metadata"]))["config"]["digits"] == [3, 7]

    with pytest.raises(ValueError, match="at least two digits"):
        TrainConfig(digits=(3,))
    with pytest.raises(ValueError, match="from 0 to 9"):
        TrainConfig(digits=(3, 12))
