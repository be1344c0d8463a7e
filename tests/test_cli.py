"""The command line, called as a user would (``main(argv)``; output captured)."""

import os
import subprocess
import sys

import numpy as np
import pytest

import digitdesk
from digitdesk.cli import main

TINY = ["--hidden", "32", "--epochs", "1", "--train-size", "3000", "--val-size", "500",
        "--no-progress"]


def test_train_prints_epochs_and_test_accuracy_and_saves(tmp_path, capsys):
    path = tmp_path / "tiny.npz"
    assert main(["train", *TINY, "--save", str(path)]) == 0
    out = capsys.readouterr().out
    assert "784-32-10" in out
    assert "epoch   1/1" in out and "val acc" in out
    assert "test accuracy" in out and f"saved {path}" in out
    model = digitdesk.load_model(path)
    # The training accuracy, beside the validation one, as the model recorded it.
    assert f"train acc {100 * model.history['train_accuracy'][0]:6.2f}%" in out
    assert model.config.hidden == (32,) and model.config.train_size == 3000
    assert model.info["test_accuracy"] > 0.7  # 3,000 rows, one epoch


def test_every_engine_option_reaches_the_config(tmp_path, capsys):
    path = tmp_path / "m.npz"
    argv = ["train", "--hidden", "20,10", "--activation", "sigmoid", "--head", "sigmoid_mse",
            "--reduction", "sum", "--init", "xavier", "--no-bias", "--optimizer", "nesterov",
            "--lr", "0.01", "--momentum", "0.8", "--schedule", "step", "--full-batch",
            "--epochs", "2", "--l2", "0.001", "--seed", "5", "--train-size", "500",
            "--val-size", "100", "--no-progress", "--save", str(path)]
    assert main(argv) == 0
    config = digitdesk.load_model(path).config
    assert config.hidden == (20, 10) and config.activation == "sigmoid"
    assert config.head == "sigmoid_mse" and config.reduction == "sum" and config.init == "xavier"
    assert config.bias is False and config.optimizer == "nesterov"
    assert config.learning_rate == 0.01 and config.momentum == 0.8 and config.schedule == "step"
    assert config.batch_size is None and config.epochs == 2 and config.l2 == 0.001
    assert config.seed == 5 and config.train_size == 500 and config.val_size == 100


def test_evaluate_prints_accuracy_and_confusion_matrix(tmp_path, capsys):
    path = tmp_path / "m.npz"
    main(["train", *TINY, "--save", str(path)])
    capsys.readouterr()
    assert main(["evaluate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "test accuracy" in out and "confusion matrix" in out
    rows = [line.split() for line in out.splitlines()[-10:]]
    assert [int(r[0]) for r in rows] == list(range(10))
    assert sum(int(n) for r in rows for n in r[1:]) == 10000


def test_evaluate_says_what_a_one_output_network_s_predictions_are(tmp_path, capsys):
    """Question 000: one output, stuck at 1.0 for every image, "predicts" 9 everywhere
    (10%). Evaluate says the predictions are the digit nearest 10 x output, and the
    outputs' range, so that the cause shows beside the accuracy."""
    from digitdesk.engine import Model, TrainConfig
    model = Model(TrainConfig(hidden=(8,), activation="sigmoid", head="sigmoid_regression"))
    last = [layer for layer in model.network.layers if hasattr(layer, "W")][-1]
    last.W[...] = 0
    last.b[...] = 20.0  # sigmoid(20) = 1.0
    path = tmp_path / "r.npz"
    model.save(path)
    assert main(["evaluate", str(path)]) == 0
    out = capsys.readouterr().out
    assert ("one output, a number, not probabilities: each image is read as the digit nearest "
            "to 10 x output; 10 x output ranged 10.00 to 10.00 (mean 10.00), and for 10,000 of "
            "10,000 images it rounds to none of the digits 0-9") in out


@pytest.mark.parametrize("digits", [None, (3, 7)])
def test_evaluate_and_the_app_read_a_one_output_network_by_one_rule(digits):
    """The command line's evaluate line and the app's reading of a one-output network
    (``regression_reading``, used by the pad, the maths tab and the inside view) round
    10 x output to a digit by the same rule: the same digits, the same "none" for values
    past 9.5, below -0.5, halfway-up (6.5 is 7) or outside a 3-vs-7 model's digits."""
    from digitdesk.cli import regression_outputs_line
    from digitdesk.engine import Model, TrainConfig
    from digitdesk.engine.losses import NO_DIGIT, regression_digits, regression_reading
    model = Model(TrainConfig(hidden=(), head="linear_regression", digits=digits))
    dense = model.network.layers[0]
    dense.W[...] = 0
    dense.W[0, 0] = 1.3  # output = 1.3 x (first pixel / 255) - 0.1: 10 x output -1 .. 12
    dense.b[...] = -0.1
    images = np.zeros((256, 784), dtype=np.uint8)
    images[:, 0] = np.arange(256)
    outputs = model.outputs(model.prepare(images))[:, 0]
    readings = [regression_reading(output, digits) for output in outputs]
    values, digit, nearest = regression_digits(outputs, digits)
    assert [r.digit for r in readings] == [None if d == NO_DIGIT else d for d in digit]
    assert [r.nearest for r in readings] == list(nearest)
    assert [r.value for r in readings] == list(values)
    outside = sum(r.digit is None for r in readings)
    assert 0 < outside < 256
    assert f"for {outside:,} of 256 images it rounds to none" in regression_outputs_line(model, images)


def test_one_output_readings_round_halves_up_and_know_only_the_model_s_digits():
    from digitdesk.engine.losses import NO_DIGIT, regression_digits
    values, digit, nearest = regression_digits(
        np.array([[0.65, 0.449], [1.0, np.nan]]), digits=(3, 7))
    assert values.shape == digit.shape == nearest.shape == (2, 2)
    assert digit.tolist() == [[7, NO_DIGIT], [NO_DIGIT, NO_DIGIT]]  # 6.5 is 7; 4.49 is 4
    assert nearest.tolist() == [[7, 3], [7, 3]]  # NaN: the first digit


def test_gradcheck_passes_and_prints_each_tensor(capsys):
    assert main(["gradcheck", "--hidden", "12,6", "--activation", "tanh", "--init", "xavier"]) == 0
    out = capsys.readouterr().out
    for name in ("W1", "b1", "W2", "b2", "W3", "b3"):
        assert any(line.startswith(name) and line.endswith("pass") for line in out.splitlines())


def test_gradcheck_exits_nonzero_when_backprop_is_wrong(monkeypatch, capsys):
    from digitdesk.engine.layers import Tanh
    monkeypatch.setattr(Tanh, "backward", lambda self, dout: dout * (1.0 - self.y))  # wrong
    assert main(["gradcheck", "--hidden", "12", "--activation", "tanh"]) == 1
    assert "FAILED" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["train", "--lr", "-1"], "learning rate must be a positive number"),
    (["train", "--hidden", "abc"], "give sizes separated by commas"),
    (["train", "--activation", "softplus"], "invalid choice"),
    (["train", "--val-size", "60000"], "leaves no training rows"),
    (["train", "--batch-size", "10", "--full-batch"], "not allowed with"),
    (["evaluate", "missing.npz"], "no such file"),
    (["frobnicate"], "invalid choice"),
    # A typo in an option names the command and the option meant (it named neither, and
    # sent the user to digitdesk --help, which lists no option of train).
    (["train", "--epohcs", "3"], "digitdesk train: error: unrecognized arguments: --epohcs 3 "
                                 "(did you mean --epochs?) (see digitdesk train --help)"),
    (["evaluate", "x.npz", "--fast"], "(see digitdesk evaluate --help)"),
])
def test_bad_input_is_one_clear_line(argv, message, capsys):
    assert main(argv) != 0
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_python_dash_m_runs_the_same_command():
    result = subprocess.run([sys.executable, "-m", "digitdesk", "--version"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and digitdesk.__version__ in result.stdout


def test_replays_digits_and_bug_lab_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "37.npz"
    assert main(["train", "--replay", "003", "--fixed", "--epochs", "1", "--no-progress",
                 "--save", str(path)]) == 0
    out = capsys.readouterr().out
    assert "784-3-3-2" in out and "on 2,038 images" in out  # the 3s and 7s of the test set
    assert digitdesk.load_model(path).config.digits == (3, 7)
    assert main(["evaluate", str(path)]) == 0  # tested on the 3s and 7s only
    out = capsys.readouterr().out
    assert "of 2,038)" in out and out.splitlines()[-3].split() == ["3", "7"]
    assert main(["gradcheck", "--hidden", "10", "--bug", "update_added"]) == 1
    assert "update direction: One tiny optimiser step raised the loss by" in capsys.readouterr().out
    assert main(["train", "--fixed"]) == 2  # a usage error
    assert "--fixed goes with --replay" in capsys.readouterr().err


def test_gradcheck_of_question_002_says_the_total_step_went_down(capsys):
    """Question 002's tiny step lowers the loss in total (the output layer's sign errors
    cancel out) while W1's and b1's own steps raise it. The command line said "one
    optimiser step made the loss larger"; it says what happened, in the app's words."""
    assert main(["gradcheck", "--replay", "002"]) == 1
    failed = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("FAILED: update direction")]
    assert len(failed) == 1 and "lowered the loss in total" in failed[0], failed
    assert "the step of W1" in failed[0] and "alone raised it (by up to " in failed[0], failed


def test_the_app_without_a_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "digitdesk"], capture_output=True, text=True,
                            timeout=60, env=env, check=False)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "no display" in result.stderr and "digitdesk train" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_finetune_prints_before_and_after_and_saves_a_model_that_names_its_base(tmp_path,
                                                                               capsys):
    import numpy as np

    from digitdesk.data import load_mnist
    from digitdesk.personal import PersonalSet
    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    _, _, x_test, y_test = load_mnist()
    personal = PersonalSet(tmp_path / "mine")
    for r in range(2):  # two rounds of 0-9, as the app's guided flow keeps them
        for digit in range(10):
            personal.add(x_test[np.flatnonzero(y_test == digit)[r]].T, digit)
    capsys.readouterr()
    out_path = tmp_path / "adapted.npz"
    assert main(["finetune", str(base), "--personal", str(tmp_path / "mine"), "--epochs", "1",
                 "--save", str(out_path), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "personal digits: 20" in out and "fine-tuned on 20 personal digits" in out
    assert "leave one round out" in out and "MNIST test (10,000 images)" in out
    info = digitdesk.load_model(out_path).info
    assert info["fine_tuned"]["base_model"] == "base.npz"
    assert info["fine_tuned"]["personal_digits"] == 20
    assert f"{100 * info['test_accuracy']:.2f}%" in out.splitlines()[-2]
    assert (f"adapted from base.npz (weights {info['fine_tuned']['base_fingerprint']})"
            in out)


def test_finetune_refuses_a_missing_or_empty_folder(tmp_path, capsys):
    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    capsys.readouterr()
    assert main(["finetune", str(base), "--personal", str(tmp_path / "nowhere")]) == 1
    assert "no such folder" in capsys.readouterr().err
    # The file itself given for its folder: the folder is what it means; another file is
    # not called "no such folder".
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "personal_digits.npz").write_bytes(b"")
    assert main(["finetune", str(base), "--personal", str(tmp_path / "nowhere.txt")]) == 1
    assert "no such folder" in capsys.readouterr().err
    base.with_name("notes.txt").write_text("my notes")
    assert main(["finetune", str(base), "--personal", str(base.with_name("notes.txt"))]) == 1
    assert "notes.txt: a file, not a folder" in capsys.readouterr().err
    assert main(["finetune", str(base), "--personal",
                 str(tmp_path / "empty" / "personal_digits.npz")]) == 1
    # (it read that file: an empty one is no set of digits)
    assert "personal_digits.npz: cannot be read as a set" in capsys.readouterr().err
    (tmp_path / "empty" / "personal_digits.npz").unlink()
    assert main(["finetune", str(base), "--personal", str(tmp_path / "empty")]) == 1
    err = capsys.readouterr().err.strip()
    assert "holds no personal digits" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("extra, expected", [([], 1), (["--threads", "2"], 2)])
def test_train_uses_one_blas_thread_unless_told_otherwise(extra, expected, monkeypatch, capsys):
    """A 2-thread OpenBLAS collapses when anything else is busy on a 2-core machine
    (README, "Speed"), so the command line trains with one thread by default."""
    from threadpoolctl import threadpool_info

    from digitdesk.engine import Trainer

    seen = []
    step = Trainer.step

    def recording_step(self):
        seen.append({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})
        return step(self)

    monkeypatch.setattr(Trainer, "step", recording_step)
    assert main(["train", *TINY, *extra]) == 0
    assert seen and all(threads == {expected} for threads in seen)


def test_one_blas_thread_count_for_the_app_and_the_command_line():
    """The command line's default --threads, the app's training worker and its fine-tunes
    use the one count in digitdesk/threads.py (with the measurement that chose it): a
    second constant elsewhere would drift from it unnoticed."""
    import ast
    from pathlib import Path

    from digitdesk.cli import build_parser
    from digitdesk.threads import BLAS_THREADS

    package = Path(digitdesk.__file__).parent
    defined = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Assign)
               and any(getattr(target, "id", None) == "BLAS_THREADS" for target in node.targets)]
    assert defined == ["threads.py"]
    parser = build_parser()
    for command in (["train"], ["finetune", "model.npz", "--personal", "folder"]):
        assert parser.parse_args(command).threads == BLAS_THREADS


def test_the_augment_help_describes_every_mode(capsys):
    from digitdesk.engine.augment import AUGMENT_SETTINGS

    with pytest.raises(SystemExit):
        main(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the lines
    described = text.split("--augment {none,affine,affine+styles}")[-1]  # not the usage line
    for mode in AUGMENT_SETTINGS:
        if mode != "none":
            assert f"{mode}: " in described, mode
    assert "10% of the 0s, 1s, 7s and 9s" in described


def test_the_style_digits_option_chooses_the_digits_the_styles_redraw():
    from digitdesk.cli import build_parser, config_from_args

    parser = build_parser()
    args = parser.parse_args(["train", "--augment", "affine+styles", "--style-digits", "0,1,9"])
    assert config_from_args(args).style_digits == (0, 1, 9)
    args = parser.parse_args(["train", "--augment", "affine+styles"])
    assert config_from_args(args).style_digits == (0, 1, 7, 9)
    args = parser.parse_args(["train", "--augment", "affine+styles", "--style-digits", "2"])
    with pytest.raises(ValueError, match="pen styles: choose one or more of the digits"):
        config_from_args(args)
    # Without the styles the option would be dropped without a word.
    args = parser.parse_args(["train", "--style-digits", "0,1"])
    with pytest.raises(ValueError, match="--style-digits goes with --augment affine\\+styles"):
        config_from_args(args)
    args = parser.parse_args(["train", "--preset", "convolutional", "--style-digits", "0,1"])
    assert config_from_args(args).style_digits == (0, 1)


def test_gradcheck_says_where_a_kink_was_compared_one_sided(monkeypatch, capsys):
    import dataclasses

    import digitdesk.cli as cli
    checked = cli.check_model

    def with_a_kink(*args, **kwargs):  # the real check; b1 as if one weight sat at a kink
        return [dataclasses.replace(r, one_sided=1) if r.name == "b1" else r
                for r in checked(*args, **kwargs)]
    monkeypatch.setattr(cli, "check_model", with_a_kink)
    assert main(["gradcheck", "--hidden", "12", "--activation", "relu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("b1") and line.endswith(
        "pass (1 compared with a one-sided difference: a kink (a ReLU at 0, or a tie in max "
        "pooling) within h/16 on the other side of w)") for line in lines), lines
    # A kink right at w: no derivative to compare with, a warning (not a failure) that
    # says so, in the words of the app's Gradient check tab (GradCheckResult.kink_notes).
    monkeypatch.setattr(cli, "check_model", lambda *args, **kwargs: [
        dataclasses.replace(r, smaller_step=2, at_w=1) if r.name == "b1" else r
        for r in checked(*args, **kwargs)])
    assert main(["gradcheck", "--hidden", "12", "--activation", "relu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("b1") and line.endswith(
        "warn (2 compared over a smaller step (h/4 or h/16): w ± h straddled a kink (a ReLU at "
        "0, or a tie in max pooling); 1 at a kink at w, or too close to w to tell: backprop "
        "may take any slope between the two sides' (a subgradient))")
        for line in lines), lines
    # No weight compared: "not checked" (a non-zero exit), saying the check cannot vouch
    # for the tensor, never that backprop is wrong.
    monkeypatch.setattr(cli, "check_model", lambda *args, **kwargs: [
        dataclasses.replace(r, not_compared=r.checked, max_relative_error=float("nan"))
        if r.name == "b1" else r
        for r in checked(*args, **kwargs)])
    assert main(["gradcheck", "--hidden", "12", "--activation", "relu"]) != 0
    out = capsys.readouterr().out
    assert "NOT CHECKED: b1: only 0 of 12 weights could be compared, too few to vouch for " \
        "it" in out
    assert "b1: backprop disagrees" not in out and "FAILED" not in out, out
    # Its row: its own status, and "—" for the error of no weight (as in the app's tab).
    row = next(line for line in out.splitlines() if line.startswith("b1"))
    assert row.split()[3:6] == ["—", "not", "checked"], row
    assert "nan" not in out, out


def test_finetune_reads_the_app_s_own_folder_by_default(tmp_path, capsys, monkeypatch):
    """A newcomer types `digitdesk finetune model.npz`: --personal was required, and
    they had to find where the app keeps their digits. It is the app's data folder."""
    import numpy as np

    from digitdesk.data import load_mnist
    from digitdesk.folders import DATA_DIR_ENV, app_data_folder
    from digitdesk.personal import PersonalSet
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "app"))  # the app's folder, here
    assert app_data_folder() == tmp_path / "app"
    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    capsys.readouterr()
    assert main(["finetune", str(base)]) == 1  # nothing kept yet: says how to keep some
    assert "the app has kept none of your digits here yet" in capsys.readouterr().err
    _, _, x_test, y_test = load_mnist()
    personal = PersonalSet(app_data_folder())
    for digit in range(10):
        personal.add(x_test[np.flatnonzero(y_test == digit)[0]].T, digit)
    capsys.readouterr()
    assert main(["finetune", str(base), "--epochs", "1", "--no-progress"]) == 0
    assert "personal digits: 10" in capsys.readouterr().out


def test_finetune_without_qt_asks_for_the_folder(tmp_path, capsys, monkeypatch):
    """Where Qt cannot load, the command line still runs; `finetune` without --personal
    needs Qt to find the app's folder: one clear line, not an ImportError's traceback."""
    import sys

    from digitdesk.folders import DATA_DIR_ENV
    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    capsys.readouterr()
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # import fails: ImportError
    assert main(["finetune", str(base)]) == 1
    err = capsys.readouterr().err
    assert "--personal FOLDER" in err and "Traceback" not in err


def test_gradcheck_shows_no_error_for_a_vanishing_tensor(monkeypatch, capsys):
    """A tensor whose gradients are all too small to check (W3 of a trained question 003)
    printed a max relative error of 1.00e+00, which reads as "totally wrong": it now
    shows "—", as the app's tab does, and says why in its note."""
    import dataclasses

    import digitdesk.cli as cli
    checked = cli.check_model

    def vanishing_b1(*args, **kwargs):  # the real check; b1 as if its gradients vanished
        return [dataclasses.replace(r, max_relative_error=1.0, max_abs_error=1e-12,
                                    gradient_scale=1e-12, resolution=1e-10)
                if r.name == "b1" else r for r in checked(*args, **kwargs)]
    monkeypatch.setattr(cli, "check_model", vanishing_b1)
    monkeypatch.setattr(cli, "no_value", lambda: "—")
    assert main(["gradcheck", "--hidden", "12", "--activation", "tanh", "--init", "xavier"]) == 0
    lines = capsys.readouterr().out.splitlines()
    def error(name):  # the max rel error column: characters 33 to 48
        return next(line for line in lines if line.startswith(name))[33:48].strip()
    b1 = next(line for line in lines if line.startswith("b1"))
    assert "vanishing (too small to check" in b1, b1
    assert error("b1") == "—", b1
    assert float(error("W1")) < 1e-4  # the others keep their number


def test_gradcheck_writes_a_hyphen_for_no_error_where_the_terminal_has_no_dash(monkeypatch):
    """A row with no weight compared shows "—" as the app's tab does (it printed "nan");
    a terminal whose encoding has no "—" gets "-" rather than a UnicodeEncodeError."""
    import io

    from digitdesk import cli
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert cli.no_value() == "-"
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert cli.no_value() == "—"


def ctrl_c_after(monkeypatch, batches, presses=1):
    """Make the training loop's ``batches``-th step end with ``presses`` real Ctrl+Cs
    (SIGINT sent to this process, handled as a terminal's would be). Returns the list of
    steps taken."""
    import signal

    from digitdesk.engine import Trainer

    taken = []
    step = Trainer.step

    def step_then_ctrl_c(self):
        report = step(self)
        taken.append(self.steps_done)
        if len(taken) == batches:
            for _ in range(presses):
                os.kill(os.getpid(), signal.SIGINT)
        return report

    monkeypatch.setattr(Trainer, "step", step_then_ctrl_c)
    return taken


def test_ctrl_c_stops_training_after_the_batch_then_tests_and_saves(tmp_path, monkeypatch,
                                                                     capsys):
    """Minutes into a run, Ctrl+C printed "interrupted" and threw the model away. It
    stops after the batch it is on, tests the model and saves it as asked: exit code 130
    (a shell's "stopped by Ctrl+C")."""
    import signal

    path = tmp_path / "stopped.npz"
    taken = ctrl_c_after(monkeypatch, batches=3)
    assert main(["train", *TINY, "--save", str(path)]) == 130
    assert taken == [1, 2, 3]  # stopped after the batch it was on, no further
    captured = capsys.readouterr()
    assert "stopping after this batch" in captured.err
    assert "stopped by Ctrl+C after 3 of 24 batches; testing the model as it is and saving " \
        "it" in captured.err
    assert "test accuracy" in captured.out and f"saved {path}" in captured.out
    saved = digitdesk.load_model(path)
    assert saved.config.hidden == (32,)
    assert saved.info["stopped_by_ctrl_c"] == {"batches_trained": 3, "batches_planned": 24}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


def test_a_second_ctrl_c_quits_at_once_saving_nothing(tmp_path, monkeypatch, capsys):
    path = tmp_path / "never.npz"
    taken = ctrl_c_after(monkeypatch, batches=2, presses=2)
    assert main(["train", *TINY, "--save", str(path)]) == 130
    assert taken == [1, 2]
    err = capsys.readouterr().err
    assert "interrupted (Ctrl+C); nothing saved" in err and "Traceback" not in err
    assert not path.exists()


def test_a_run_whose_ctrl_c_is_ignored_goes_on(tmp_path, monkeypatch, capsys):
    """A script's background job (`digitdesk train ... &`) has Ctrl+C ignored: the press
    meant for the script must not stop the run it started."""
    import signal

    path = tmp_path / "whole.npz"
    taken = ctrl_c_after(monkeypatch, batches=2)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert main(["train", *TINY, "--save", str(path)]) == 0
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # still ignored
    finally:
        signal.signal(signal.SIGINT, previous)
    assert taken == list(range(1, 25))  # all 24 batches
    assert "Ctrl+C" not in capsys.readouterr().err
    assert "stopped_by_ctrl_c" not in digitdesk.load_model(path).info


def test_output_cut_short_by_a_closed_pipe_ends_quietly(tmp_path):
    """`digitdesk train | head -1`: head leaves after one line; the next print met a
    closed pipe, and a BrokenPipeError's traceback filled the terminal."""
    # Unbuffered, whatever this machine's environment says: each line is written as it is
    # printed, so lines come after the reader left (buffered, all of them went into the
    # pipe at exit, before it closed, and there was nothing to test).
    process = subprocess.Popen(
        [sys.executable, "-m", "digitdesk", "train", *TINY, "--epochs", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
        env=dict(os.environ, PYTHONUNBUFFERED="1"))
    first_line = process.stdout.readline()
    process.stdout.close()  # as head does after its line
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert first_line.startswith(b"digitdesk ")
    assert err == "", err


@pytest.mark.parametrize("buffered", [False, True])
def test_a_run_asked_to_save_outlives_the_reader_of_its_output(tmp_path, buffered):
    """`digitdesk train --save m.npz | head -1`: the run ended at the closed pipe (exit
    141) and the model was never saved. It trains on quietly, saves, and exits 0. (The
    reader is gone before the first line here, so that every line meets the closed pipe,
    whatever the timing.) Buffered (Python's default for a pipe), the output still held
    met the closed pipe at exit, after the run: exit 120, "Exception ignored"."""
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "digitdesk", "train", *TINY, "--epochs", "2",
             "--save", str(tmp_path / "m")],
            stdout=writer, stderr=subprocess.PIPE, cwd=tmp_path, timeout=120, check=False,
            env=env)
    finally:
        os.close(writer)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""  # no traceback, no "Exception ignored"
    model = digitdesk.load_model(tmp_path / "m.npz")
    assert len(model.history["epoch"]) == 2 and "test_accuracy" in model.info


def test_no_progress_bar_where_stderr_is_not_a_terminal(tmp_path):
    """Sent to a log file, the bar was hundreds of carriage-return fragments in it."""
    result = subprocess.run([sys.executable, "-m", "digitdesk", "train",
                             *[a for a in TINY if a != "--no-progress"]],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no bar
    assert "epoch   1/1" in result.stdout and "\r" not in result.stdout


def test_the_progress_bar_shows_on_a_terminal(tmp_path):
    """The other side of the test above: on a terminal (a pseudo-terminal here), the bar."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    # A new pseudo-terminal is 0 columns wide, where tqdm draws nothing: 24 x 100, as a window.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        result = subprocess.run([sys.executable, "-m", "digitdesk", "train",
                                 *[a for a in TINY if a != "--no-progress"]],
                                stdout=subprocess.PIPE, stderr=follower, timeout=120,
                                cwd=tmp_path, check=False)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"batch/s" in seen


def test_an_ascii_only_terminal_gets_ascii_not_a_unicode_error(monkeypatch):
    """A terminal whose encoding has no "→" or "—" (PYTHONIOENCODING=ascii, a Latin-1
    console): the command line writes "->" and "-" there, not a UnicodeEncodeError."""
    import io

    from digitdesk.cli import plain_where_the_terminal_needs_it
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out)
    plain_where_the_terminal_needs_it()
    print("97.0% → 98.1% ✓ w ± h — done")
    out.flush()
    assert out.buffer.getvalue().decode() == "97.0% -> 98.1% ok w +/- h - done\n"


def test_gradcheck_on_an_ascii_only_terminal_writes_ascii(monkeypatch):
    """gradcheck's note for a kink says "w ± h": on an ASCII terminal it stopped the run
    with a UnicodeEncodeError's traceback."""
    import dataclasses
    import io

    import digitdesk.cli as cli
    checked = cli.check_model
    monkeypatch.setattr(cli, "check_model", lambda *args, **kwargs: [
        dataclasses.replace(r, smaller_step=2) if r.name == "b1" else r
        for r in checked(*args, **kwargs)])
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["gradcheck", "--hidden", "12", "--activation", "relu"]) == 0
    out.flush()
    text = out.buffer.getvalue().decode("ascii")
    assert "w +/- h straddled a kink" in text


def test_save_is_checked_before_training(tmp_path, capsys):
    """A folder, a pipe or a device given to --save is refused before a run of minutes,
    not after it; an empty name is a usage error. (A device is tested with a pipe of
    our own: nothing under /dev is touched. The atomic save would have renamed its model
    file over /dev/null itself.)"""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, words in [(tmp_path, "is a folder; give a file name such as"),
                          (fifo, "is not a regular file (a device or a pipe); give a file name such as")]:
        assert main(["train", *TINY, "--save", str(target)]) == 1
        err = capsys.readouterr().err.strip()
        assert err == f"digitdesk train: cannot save to {target}: {target} {words} " + (
            f"{target / 'model.npz'}" if target == tmp_path else "model.npz"), err
    assert fifo.exists() and not fifo.is_file()  # left as it was
    assert main(["train", *TINY, "--save", ""]) == 2
    assert "argument --save: give a file name, e.g. --save model.npz" in capsys.readouterr().err


def test_saving_over_an_existing_file_says_it_replaced_it(tmp_path, capsys):
    path = tmp_path / "m.npz"
    assert main(["train", *TINY, "--save", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"saved {path}"
    assert main(["train", *TINY, "--save", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"saved {path} (replaced the file that was there)")


def test_finetune_checks_its_save_target_before_fine_tuning(tmp_path, capsys, monkeypatch):
    import digitdesk.cli as cli

    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    capsys.readouterr()
    monkeypatch.setattr(cli, "fine_tune", lambda *a, **k: pytest.fail("fine-tuned first"))
    assert main(["finetune", str(base), "--personal", str(tmp_path), "--save",
                 str(tmp_path)]) == 1
    assert "digitdesk finetune: cannot save to" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["train", "--lr", "-1"],
     "digitdesk train: error: argument --lr: learning rate must be a positive number, not -1.0"),
    (["train", "--momentum", "2"], "argument --momentum: momentum must be in [0, 1), not 2.0"),
    (["train", "--seed", "-1"], "argument --seed: seed must be from 0 to 2147483647, not -1"),
    (["train", "--digits", "3"],  # not Python's "[3]"
     "argument --digits: choose at least two digits to tell apart, not 3 (see"),
    (["train", "--digits", "37"],  # the app's Digits field reads "37" as 3 and 7
     "argument --digits: '37': a digit is 0 to 9; separate digits with commas, e.g. 3,7"),
    (["train", "--bug", "one_minus_sigmoid"], "argument --bug: bug one_minus_sigmoid"),
    (["gradcheck", "--l2", "-1"], "digitdesk gradcheck: error: argument --l2: L2 must be"),
    (["train", "--val-size", "60000"], "argument --val-size: validation size 60,000 leaves no"),
    (["train", "--layers", "dropout1.5"],
     "argument --layers: dropout1.5: the dropout rate must be in [0, 1), not 1.5"),
    (["train", "--layers", "dense10,dropout1"], "dropout1: the dropout rate must be in [0, 1)"),
    (["train", "--layers", ""], "argument --layers: give layers separated by commas"),
    (["train", "--hidden", "64 32"],  # was 6432, silently
     "argument --hidden: '64 32': give sizes separated by commas"),
    (["train", "--digits", "3 7"], "argument --digits: '3 7': give digits separated by commas"),
    (["train", "--layers", "dense64 32"],  # was dense6432, silently
     "argument --layers: 'dense64 32' is not a layer: separate layers with commas"),
    (["train", "--hidden", " "], "argument --hidden: give sizes separated by commas"),
    (["train", "--hidden", "0"],  # not "give sizes separated by commas"
     "argument --hidden: '0': a hidden layer has at least 1 unit, not 0 (none for no hidden "
     "layer)"),
    (["train", "--hidden", "128,-5"], "argument --hidden: '128,-5': a hidden layer has at "
                                      "least 1 unit, not -5"),
    (["train", "--save", ""], "argument --save: give a file name"),
    (["train", "--hidden", "100000,100000"],
     "argument --hidden: 784-100000-100000-10 has 10,079,600,010 weights, more than the "
     "50,000,000 digitdesk trains"),
    (["gradcheck", "--layers", "conv4096x5,dense4096"], "argument --layers: 28x28-conv4096x5-"),
    (["gradcheck", "--model", "m.npz", "--hidden", "64", "--lr", "0.5"],
     "argument --model: the saved model is checked as it was saved: --hidden, --lr would be "
     "ignored"),
    (["--bogus"], "digitdesk: error: unrecognized arguments: --bogus"),
    (["train", "--digits", "3,3"], "argument --digits: '3,3': 3 given twice"),
    (["gradcheck", "--batch", "100000"],
     "argument --batch: 100,000 is more than the 60,000 training images this network reads"),
    # Not argparse's "invalid positive_int value: 'abc'" (the name of a function here).
    (["train", "--epochs", "abc"], "argument --epochs: give a whole number of at least 1, "
                                   "not 'abc' (see digitdesk train --help)"),
    (["train", "--epochs", "0"], "argument --epochs: give a whole number of at least 1, not 0"),
    (["train", "--batch-size", "64.5"],
     "argument --batch-size: give a whole number of at least 1, not '64.5'"),
    (["train", "--threads", "two"], "argument --threads: give a whole number of at least 1"),
    (["gradcheck", "--coords", "abc"],
     "argument --coords: give a whole number of at least 1, not 'abc'"),
    (["train", "--seed", "abc"], "argument --seed: give a whole number, not 'abc'"),
    (["train", "--val-size", "many"], "argument --val-size: give a whole number, not 'many'"),
    (["train", "--lr", "fast"], "argument --lr/--learning-rate: give a number, not 'fast'"),
])
def test_a_value_the_settings_refuse_is_a_usage_error_naming_the_option(argv, message,
                                                                         capsys, monkeypatch):
    """Refused settings ended with exit code 1, like a failed run, and said "momentum must
    be..." without the option: a usage error is code 2 and names what to change. Nothing
    else is printed (the run's header line came before "--val-size 60000" was refused)."""
    import digitdesk.cli as cli
    monkeypatch.setattr(cli, "run_app", lambda argv: pytest.fail("the app opened"))
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert message in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "invalid" not in err
    assert out == ""


def test_layers_none_is_a_network_without_hidden_layers(tmp_path, capsys):
    """--layers none, as --hidden none: 784-10 (it became the default 784-128-10)."""
    path = tmp_path / "linear.npz"
    assert main(["train", *TINY[2:], "--layers", "none", "--save", str(path)]) == 0
    assert "784-10 relu" in capsys.readouterr().out
    assert digitdesk.load_model(path).config.layer_sizes == [784, 10]


def test_a_missing_model_file_is_named_once(tmp_path, capsys):
    assert main(["evaluate", "missing.npz"]) == 1
    assert capsys.readouterr().err.strip() == "digitdesk: missing.npz: no such file"
    path = tmp_path / "missing.npz"
    assert main(["evaluate", str(path)]) == 1  # a path: where it looked
    assert capsys.readouterr().err.strip() == f"digitdesk: missing.npz: no such file ({path})"


@pytest.mark.parametrize("command", [["evaluate"], ["gradcheck", "--model"]])
def test_a_folder_given_as_the_model_is_named_as_typed(tmp_path, monkeypatch, capsys, command):
    """`digitdesk evaluate .` said "digitdesk: : is a folder, not a model file" (the
    folder's name, and "." has none)."""
    monkeypatch.chdir(tmp_path)
    assert main([*command, "."]) == 1
    assert capsys.readouterr().err.strip() == "digitdesk: .: is a folder, not a model file"
    assert main([*command, str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"digitdesk: {tmp_path}: is a folder, not a model file"


def test_threads_beyond_the_cores_are_cut_to_the_cores_with_a_note(monkeypatch, capsys):
    from digitdesk import cli
    seen = []
    monkeypatch.setattr(cli, "limit_blas_threads", lambda threads: seen.append(threads) or
                        type("Limits", (), {"restore_original_limits": lambda self: None})())
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert main(["train", *TINY, "--threads", "100000"]) == 0
    assert seen == [2]
    assert ("digitdesk train: --threads 100000: this machine has 2 cores; using 2"
            in capsys.readouterr().err)


def test_finetune_says_which_personal_digits_it_leaves_out_and_why(tmp_path, capsys):
    """A 3-vs-7 model fine-tuned on all ten digits used the 3s and 7s only, and said
    "fine-tuned on 4 personal digits" of the 20 listed above it, without a word why."""
    import numpy as np

    from digitdesk.data import load_mnist
    from digitdesk.personal import PersonalSet
    base = tmp_path / "37.npz"
    assert main(["train", *TINY, "--digits", "3,7", "--save", str(base)]) == 0
    _, _, x_test, y_test = load_mnist()
    personal = PersonalSet(tmp_path / "mine")
    for r in range(2):
        for digit in range(10):
            personal.add(x_test[np.flatnonzero(y_test == digit)[r]].T, digit)
    capsys.readouterr()
    assert main(["finetune", str(base), "--personal", str(tmp_path / "mine"), "--epochs", "1",
                 "--no-held-out"]) == 0
    out, err = capsys.readouterr()
    # No bar where stderr is no terminal (here, captured): a line at each quarter instead.
    assert err.splitlines() == ["fine-tuning: 25% done", "fine-tuning: 50% done",
                                "fine-tuning: 75% done"], err
    assert ("left out: your 0, 1, 2, 4, 5, 6, 8, 9 (16 digits): this model tells apart only "
            "3, 7") in out
    assert "fine-tuned on 4 personal digits" in out
    # Two rounds were there: it was not measured because it was asked not to be.
    assert "your digits held out: not measured (--no-held-out)" in out.splitlines()
    assert "(measuring the figures below took another " in out


def test_finetune_of_an_adapted_model_says_its_before_figures_are_not_held_out(
        tmp_path, capsys):
    """Given a model already adapted to the digits, "held out" read 85.7% before (digits
    it had learnt from) against 77.6% after: the line says that "before" is not held out;
    the original model gets no such note."""
    import numpy as np

    from digitdesk.data import load_mnist
    from digitdesk.personal import PersonalSet
    main(["train", *TINY, "--save", str(tmp_path / "base.npz")])
    _, _, x_test, y_test = load_mnist()
    personal = PersonalSet(tmp_path / "mine")
    for digit in range(10):
        personal.add(x_test[np.flatnonzero(y_test == digit)[0]].T, digit)
    finetune = ["finetune", "--personal", str(tmp_path / "mine"), "--epochs", "1",
                "--no-held-out", "--no-progress"]
    capsys.readouterr()
    assert main([*finetune[:1], str(tmp_path / "base.npz"), *finetune[1:],
                 "--save", str(tmp_path / "adapted.npz")]) == 0
    assert "note:" not in capsys.readouterr().out
    assert main([*finetune[:1], str(tmp_path / "adapted.npz"), *finetune[1:]]) == 0
    out = capsys.readouterr().out
    assert ("note: adapted.npz was already fine-tuned on your digits (from base.npz), and "
            "this fine-tune built on it: the \"before\" figures for your digits are of a model "
            "that learnt from them, not held out. For a true before and after, give the "
            "original model.") in out, out


def test_a_personal_file_that_is_no_npz_is_named_as_such(tmp_path, capsys):
    base = tmp_path / "base.npz"
    main(["train", *TINY, "--save", str(base)])
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "personal_digits.npz").write_text("3,7,7,1\n")  # not what the app wrote
    capsys.readouterr()
    assert main(["finetune", str(base), "--personal", str(tmp_path / "mine")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("personal_digits.npz: cannot be read as a set of personal digits (it "
                        "is not an .npz archive, the format the app keeps them in)"), err
    assert "pickle" not in err and len(err.splitlines()) == 1


def test_train_help_gives_units_and_the_values_options_default_to(capsys):
    """`digitdesk train -h` listed --lr LEARNING_RATE, --epochs EPOCHS... with no unit and
    no word of what they are when not given."""
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the lines
    for shown in ("--lr RATE, --learning-rate RATE learning rate, > 0",
                  "(quick: 0.1)", "--batch-size IMAGES images per gradient step (quick: 128)",
                  "--epochs N passes over the training rows (quick: 8)",
                  "--val-size IMAGES images held out", "(quick: 5,000)",
                  "--threads N BLAS threads, at most one per core (default 1",
                  "--hidden SIZES an MLP's hidden layer sizes in units", "(quick: 256)",
                  "Ctrl+C stops after the batch it is on", "130 stopped by Ctrl+C"):
        assert shown in text, shown


@pytest.mark.parametrize("argv, shown", [(["help"], "{train,evaluate,gradcheck,finetune}"),
                                         (["help", "train"], "--batch-size IMAGES")])
def test_help_as_a_command_shows_the_help(argv, shown, capsys):
    """`digitdesk help` was "invalid choice: 'help'"."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0 and shown in capsys.readouterr().out


def test_a_save_that_fails_after_training_says_the_model_was_trained_but_not_saved(
        tmp_path, monkeypatch, capsys):
    """The disk filled up while the trained model was written: one line says what was
    done and what was not (no traceback), and the exit code is 1."""
    import errno

    from digitdesk import cli

    def disk_full(model, path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(cli, "save_model", disk_full)
    path = tmp_path / "model.npz"
    assert main(["train", *TINY, "--save", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("digitdesk train: the model was trained but not saved: "), err
    assert err.rstrip().endswith("is full") and "Traceback" not in err  # in plain words


def test_save_writes_a_name_without_npz_as_name_npz_and_says_so(tmp_path, capsys):
    """`--save out` writes out.npz, numpy's rule and the app's (whose Open dialog and drop
    list .npz files only); the line "saved ..." names the file written, and evaluate given
    the name typed points at it instead of a bare "no such file"."""
    for typed, written in [("out", "out.npz"), ("run.v2", "run.v2.npz"),
                           ("kept.npz", "kept.npz"), ("Kept.NPZ", "Kept.NPZ")]:
        assert main(["train", *TINY, "--save", str(tmp_path / typed)]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == f"saved {tmp_path / written}"
        assert digitdesk.load_model(tmp_path / written).config.hidden == (32,)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Kept.NPZ", "kept.npz", "out.npz", "run.v2.npz"]
    assert main(["evaluate", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"digitdesk evaluate: out: no such file ({tmp_path / 'out'}) (did you mean "
        f"{tmp_path / 'out.npz'}? --save adds .npz to a name without it)")
    # The file replaced is the one written, out.npz; a file named as typed is left alone.
    (tmp_path / "out").write_bytes(b"notes")
    assert main(["train", *TINY, "--save", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"saved {tmp_path / 'out.npz'} (replaced the file that was there)")
    assert (tmp_path / "out").read_bytes() == b"notes"


def test_a_save_target_is_checked_under_the_name_written(tmp_path, capsys):
    """`--save out` where out.npz is a folder: refused before training, naming out.npz."""
    (tmp_path / "out.npz").mkdir()
    assert main(["train", *TINY, "--save", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"digitdesk train: cannot save to {tmp_path / 'out.npz'}: "
                          f"{tmp_path / 'out.npz'} is a folder"), err


def test_finetune_save_writes_a_name_without_npz_as_name_npz(tmp_path, capsys):
    import numpy as np

    from digitdesk.data import load_mnist
    from digitdesk.personal import PersonalSet
    main(["train", *TINY, "--save", str(tmp_path / "base")])
    _, _, x_test, y_test = load_mnist()
    personal = PersonalSet(tmp_path / "mine")
    for digit in range(10):
        personal.add(x_test[np.flatnonzero(y_test == digit)[0]].T, digit)
    capsys.readouterr()
    assert main(["finetune", str(tmp_path / "base.npz"), "--personal", str(tmp_path / "mine"),
                 "--epochs", "1", "--no-held-out", "--no-progress",
                 "--save", str(tmp_path / "adapted")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"saved {tmp_path / 'adapted.npz'}"
    assert digitdesk.load_model(tmp_path / "adapted.npz").info["fine_tuned"]["base_model"] == (
        "base.npz")


@pytest.mark.parametrize("command, shown", [
    ("train", "--save PATH write the trained model there when training ends, to PATH.npz "
              "unless PATH ends in .npz (out: out.npz;"),
    ("finetune", "--save PATH write the adapted model there, to PATH.npz unless PATH ends "
                 "in .npz (mine: mine.npz;")])
def test_save_help_says_where_the_file_goes(command, shown, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert shown in " ".join(capsys.readouterr().out.split())


def test_a_choice_written_as_the_app_writes_it_is_taken(capsys):
    """The app shows "Convolutional", "ReLU", "He", "Adam": typed so, the command line
    said "invalid choice: 'Convolutional' (choose from ... 'convolutional' ...)"."""
    assert main(["train", *TINY, "--preset", "Quick", "--activation", "ReLU", "--init", "He",
                 "--optimizer", "Adam", "--schedule", "Cosine", "--augment", "None"]) == 0
    assert "784-32-10 relu, softmax_ce (mean), he init, adam lr" in capsys.readouterr().out
    from digitdesk.cli import build_parser
    args = build_parser().parse_args(["train", "--preset", "Convolutional", "--head",
                                      "Softmax_CE", "--reduction", "Sum", "--bug",
                                      "Update_Added"])
    assert (args.preset, args.head, args.reduction, args.bugs) == (
        "convolutional", "softmax_ce", "sum", ["update_added"])


def write_train_csv(path, rows, bad=None):
    """Kaggle's train.csv format: a header row, then the label and 784 pixels a line
    (MNIST's first training images); ``bad``: (data row, column, text) written in."""
    from digitdesk.data import load_mnist
    x, y, _, _ = load_mnist()
    lines = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    for row in range(rows):
        values = [str(y[row])] + [str(v) for v in x[row].ravel()]
        if bad is not None and bad[0] == row:
            values[bad[1]] = bad[2]
        lines.append(",".join(values))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_train_on_a_kaggle_csv_and_an_idx_pair(tmp_path, capsys):
    """Question 000's learner trained on 3,000 rows of Kaggle's train.csv; the command line
    trained on the bundled MNIST only. --data reads the learner's file (--labels: an IDX
    pair), which has no test set: the validation accuracy is the last word."""
    csv = write_train_csv(tmp_path / "train.csv", 600)
    assert main(["train", "--replay", "000", "--data", str(csv), "--train-size", "500",
                 "--val-size", "100", "--epochs", "3", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "data: 500 training rows, 100 validation, no test set (train.csv)" in out
    assert "train.csv has no test set: validation accuracy" in out and "test accuracy" not in out
    from digitdesk.data import load_mnist
    x, y, _, _ = load_mnist()
    images, labels = tmp_path / "images-idx3-ubyte", tmp_path / "labels-idx1-ubyte"
    images.write_bytes(bytes([0, 0, 8, 3, 0, 0, 1, 44, 0, 0, 0, 28, 0, 0, 0, 28])
                       + x[:300].tobytes())
    labels.write_bytes(bytes([0, 0, 8, 1, 0, 0, 1, 44]) + y[:300].tobytes())
    assert main(["train", *TINY[:2], "--data", str(images), "--labels", str(labels),
                 "--val-size", "0", "--epochs", "1", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "data: 300 training rows, 0 validation, no test set (images-idx3-ubyte)" in out
    assert "no validation images were held out" in out


@pytest.mark.parametrize("bad, message", [
    ((40, 300, "abc"), "train.csv, line 42: 'abc' is not a number"),
    ((11, 0, "10"), "train.csv, line 13: label 10 out of range 0-9"),
    ((7, 784, "1,2"), "train.csv, line 9: values on the line: 786, expected 785")])
def test_a_malformed_csv_is_one_line_naming_the_line(tmp_path, capsys, bad, message):
    csv = write_train_csv(tmp_path / "train.csv", 50, bad)
    assert main(["train", "--data", str(csv), "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"digitdesk: {message}\n" and captured.out == ""


def test_labels_without_data_is_a_usage_error(capsys):
    assert main(["train", "--labels", "labels-idx1-ubyte"]) == 2
    assert "argument --labels: give the images file with --data" in capsys.readouterr().err


def test_a_read_only_model_file_is_not_replaced(tmp_path, capsys):
    """The atomic save renamed its new file over a model marked read-only (the folder
    allows it): --save refuses it before training, and the file stays as it was."""
    path = tmp_path / "kept.npz"
    path.write_bytes(b"kept")
    os.chmod(path, 0o444)
    assert main(["train", *TINY, "--save", str(path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"digitdesk train: cannot save to {path}: {path} is read-only; give another file "
        "name, or make the file writable first")
    assert path.read_bytes() == b"kept"


@pytest.mark.parametrize("command, shown", [
    ("gradcheck", ["central differences", "one tiny optimiser step", "Exit codes: 0",
                   "1 a tensor failed"]),
    ("finetune", ["mixed with MNIST training images", "before -> after", "Exit codes: 0"])])
def test_gradcheck_and_finetune_help_say_what_the_command_does(command, shown, capsys):
    """Their --help listed options only: what gradcheck checks (the update step too) and
    what its exit code means, what finetune trains on, were in the README alone."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the lines
    for words in shown:
        assert words in text, words
