"""Findings: each one appears on a run that really shows it, and not on healthy runs."""

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, TrainingDiverged, training_data
from digitdesk.engine.findings import (apply_fix, find_problems, findings_from_reports,
                                       setting_warnings)
from digitdesk.engine.replays import REPLAYS


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def run(config, mnist, steps=None):
    """Train like the app: collect StepReports, stop early after ``steps``; return the
    findings from the reports (and the TrainingDiverged, if any)."""
    x_all, y_all, _, _ = mnist
    data = training_data(config, x_all, y_all)
    # No validation set: findings come from the batch losses and the diagnostics only, and
    # a full-batch run would otherwise validate after every step.
    trainer = Trainer(Model(config), data[0], data[1], diagnostics_every=5)
    reports, diverged = [], None
    try:
        while not trainer.done and (steps is None or len(reports) < steps):
            reports.append(trainer.step())
    except TrainingDiverged as error:
        diverged = error
    found = findings_from_reports(config, reports, diverged, train_rows=len(data[0]))
    return {f.key: f for f in found}


def problems(found):
    return {key for key, f in found.items() if f.severity == "problem"}


@pytest.fixture(scope="module")
def replay_findings(mnist):
    """Findings of each replay and of its fixed twin (shortened runs)."""
    result = {}
    for key, steps, fixed_steps in [("000", 30, 150), ("001", 150, 150), ("002", 150, 150),
                                    ("003", 60, None)]:
        replay = REPLAYS[key]
        result[key] = run(replay.config, mnist, steps)
        result[key + " fixed"] = run(replay.fixed_config, mnist, fixed_steps)
    return result


def test_000_flat_loss_with_saturated_units(replay_findings):
    found = replay_findings["000"]
    assert problems(found) == {"flat_saturated"}
    finding = found["flat_saturated"]
    assert "layer 2: 100%" in finding.text  # the single sigmoid output
    # The loss froze above where it started (0.103, then 0.195): said, not "still at".
    assert "still at 0.195 (higher than the 0.103 it started at: the first steps made it " \
        "worse)" in finding.text
    assert finding.fix == {"init": "xavier", "reduction": "mean", "batch_size": 64}
    # ... and its settings are warned about before a single step
    assert {"regression_head", "full_batch_sum"} <= set(found)
    assert "0.1 x 3,000 rows, as large as a step of learning rate 300 on the mean gradient" \
        in found["full_batch_sum"].text


def test_the_full_batch_warning_quotes_this_runs_rows_only(replay_findings):
    """Question 002 trains on 1,000 rows, 003 on every 3 and 7: the warning says their
    own figures, not question 000's 500 and 3,000 rows, and does not call the summed step
    a step "per example" (it is the mean gradient's step times the rows)."""
    for key in ("002", "003"):
        text = replay_findings[key]["full_batch_sum"].text
        assert "3,000" not in text and "500" not in text, text
        assert "per example" not in text
    assert "0.002 x 1,000 rows, as large as a step of learning rate 2 on the mean gradient" \
        in replay_findings["002"]["full_batch_sum"].text


def test_001_tiny_steps(replay_findings):
    found = replay_findings["001"]
    assert problems(found) == {"tiny_steps"}
    assert found["tiny_steps"].fix == {"learning_rate": pytest.approx(0.01)}


def test_002_flat_because_of_the_bugs(replay_findings):
    found = replay_findings["002"]
    assert problems(found) == {"flat_saturated"}
    assert found["flat_saturated"].fix == {"bugs": ()}  # the cause is the bugs, not the settings
    assert "(it started at 1.4" in found["flat_saturated"].text  # it fell, then stopped
    assert "bugs_on" in found


def test_003_oscillating_with_summed_full_batch(replay_findings):
    found = replay_findings["003"]
    assert "oscillating" in problems(found)
    assert found["oscillating"].fix == {"reduction": "mean", "batch_size": 64}
    assert found["oscillating"].values["share"] >= 0.1


@pytest.mark.parametrize("key", ["000", "001", "002", "003"])
def test_fixed_twins_have_no_problems(replay_findings, key):
    found = replay_findings[key + " fixed"]
    assert problems(found) == set()
    assert "bugs_on" not in found and "regression_head" not in found


def test_dead_relus_and_oscillation_with_a_too_large_learning_rate(mnist):
    config = TrainConfig(hidden=(100,), optimizer="sgd", learning_rate=2.0, train_size=5000,
                         val_size=500, epochs=3)
    found = run(config, mnist)
    assert "dead_relus" in problems(found)
    assert found["dead_relus"].fix == {"learning_rate": pytest.approx(0.2), "activation": "leaky_relu"}
    healthy = run(config.replace(learning_rate=0.1), mnist)
    assert problems(healthy) == set()


def test_oscillation_on_mini_batches_with_summed_gradients(mnist):
    config = TrainConfig(hidden=(100,), activation="tanh", init="xavier", optimizer="sgd",
                         reduction="sum", learning_rate=0.1, train_size=5000, val_size=500,
                         epochs=4)
    found = run(config, mnist)
    assert "oscillating" in problems(found)
    assert found["oscillating"].fix == {"reduction": "mean"}
    # The one-click fix gives a run without the problem.
    assert "oscillating" not in problems(run(apply_fix(config, found["oscillating"]), mnist))


def test_not_finite_loss(mnist):
    config = TrainConfig(hidden=(32,), activation="relu", head="linear_mse", optimizer="sgd",
                         reduction="sum", learning_rate=1.0, train_size=1000, val_size=0, epochs=3)
    found = run(config, mnist)
    assert "not_finite" in problems(found)
    assert found["not_finite"].fix == {"learning_rate": pytest.approx(0.1), "reduction": "mean"}
    assert "restored" in found["not_finite"].text


def test_every_fix_gives_valid_settings(replay_findings):
    for found in replay_findings.values():
        for finding in found.values():
            assert finding.title and finding.text and finding.fix_label
            config_changes = finding.fix
            assert config_changes  # every finding offers a fix
            apply_fix(TrainConfig(activation="sigmoid", bugs=("update_added",)), finding)


def test_too_few_steps_say_nothing():
    config = TrainConfig()
    assert find_problems(config, [2.3] * 5) == []
    assert find_problems(config, []) == []
    assert setting_warnings(config) == []
    assert [f.key for f in find_problems(config, [2.3, np.nan])] == ["not_finite"]


def test_the_full_batch_warning_is_not_given_for_adam():
    """Adam divides each step by the gradient's running size, so summing the gradient over
    the rows instead of averaging it leaves its steps as they were: the warning, which says
    the step grows with the rows, would be false."""
    config = REPLAYS["003"].config
    assert "full_batch_sum" in {f.key for f in setting_warnings(config, train_rows=11896)}
    adam = config.replace(optimizer="adam", learning_rate=0.001)
    assert "full_batch_sum" not in {f.key for f in setting_warnings(adam, train_rows=11896)}
