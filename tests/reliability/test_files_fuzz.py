"""Hostile and fuzzed files through the API, the command line and the window (issue 14,
points 1-6 and 11): every file is either refused with one clear line that names it
(``ModelFileError`` / ``DataFormatError``; a dialog in the window; exit 1 on the command
line) or loads as a model that predicts numbers. Nothing else: no other exception, no
traceback, no memory blow-up, and a refused file leaves the model in use as it was.

Counts scale with DIGITDESK_RELIABILITY_SCALE (see hostile_files.py).
"""

import contextlib
import io
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

import digitdesk
from digitdesk import cli
from digitdesk.data import DataFormatError, load_mnist, read_idx_pair, read_kaggle_csv
from digitdesk.engine import Model, ModelFileError, TrainConfig, Trainer
from digitdesk.gui.data_import import read_training_data
from hostile_files import (fuzzed_csvs, fuzzed_idx_pairs, fuzzed_model_files, hostile_csvs,
                           hostile_idx_pairs, hostile_model_files, scaled)

IMAGES = load_mnist()[2][:20]

# What the refusal of some hostile files must say (the rest: any one line naming the file).
MESSAGES = {
    "zip_encrypted": "metadata cannot be read .it is password-protected",
    "zip_unknown_method": "metadata cannot be read .it is compressed in a way",
    "huge_declared_w1": r"W1 has shape \(100000000000000,\), expected \(784, 8\)",
    "w1_object_array": "pickled objects",
    "metadata_declared_huge": "more than a model's metadata ever holds",
    "metadata_bomb": "more than a model's metadata ever holds",
    "weights_bomb": "W1 declares 188,160,000 bytes from .* refused as damaged or a decompression bomb",
    "json_deep_nesting": "nested too deeply",
    "json_hidden_infinity": "Infinity is not a number JSON allows",
    "json_hidden_1e999": "too large",
    "info_accuracy_text": "test_accuracy' is text",
    "info_fine_tuned_list": "fine_tuned' is a list",
    "config_bias_nan": "bias is a number",
    "config_huge_network": "more than digitdesk opens",
    "config_huge_conv_outputs": "would compute 1,570,000,010 values for each image",
    "history_strings": "not a list of numbers",
    "bias_nan": "b1 contains non-finite",
    "weights_3e38": "overflow",
    "weights_1e30": "overflow",
    "weights_extra_array": "unexpected arrays W9",
}
# Files whose damage leaves a model that is still fine to use.
HARMLESS = set()


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    x, y, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(8,), epochs=1, val_size=100))
    Trainer(model, x[:300], y[:300], x[-100:], y[-100:]).run()
    model.info.update(test_accuracy=0.5, fine_tuned={"personal_digits": 3, "epochs": 2})
    path = tmp_path_factory.mktemp("reliability") / "m.npz"
    model.save(path)
    return path


@pytest.fixture(scope="module")
def hostile(base_model, tmp_path_factory):
    return hostile_model_files(base_model, tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def fuzzed(base_model, tmp_path_factory):
    return fuzzed_model_files(base_model, tmp_path_factory.mktemp("fuzzed"), scaled(120))


def api_outcome(path):
    """``"refused"`` or ``"loaded"``: anything other than a one-line ModelFileError naming
    the file, or a model that predicts finite probabilities, fails the test."""
    try:
        model = digitdesk.load_model(path)
    except ModelFileError as error:
        text = str(error)
        assert text.startswith(f"{path.name}: ") and "\n" not in text, text
        return "refused"
    probabilities = model.predict_proba(IMAGES)
    assert probabilities.shape == (len(IMAGES), 10) and np.all(np.isfinite(probabilities))
    assert model.describe()
    return "loaded"


def test_each_hostile_model_file_is_refused_with_a_specific_message(hostile):
    for name, path in hostile.items():
        if name in HARMLESS:
            continue
        with pytest.raises(ModelFileError, match=MESSAGES.get(name)) as error:
            digitdesk.load_model(path)
        assert str(error.value).startswith(f"{path.name}: ") and "\n" not in str(error.value), name


@pytest.mark.parametrize("name", ["metadata_bomb", "weights_bomb", "huge_declared_w1",
                                  "metadata_declared_huge", "config_huge_network",
                                  "config_huge_conv_outputs"])
def test_a_bomb_is_refused_without_allocating_its_size(hostile, name):
    tracemalloc.start()
    try:
        with pytest.raises(ModelFileError):
            digitdesk.load_model(hostile[name])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20e6, f"{name}: {peak / 1e6:.0f} MB allocated"


def test_fuzzed_model_files_through_the_api(fuzzed, base_model):
    outcomes = [api_outcome(path) for path in fuzzed]
    report("API", outcomes)
    assert outcomes.count("refused") > len(fuzzed) / 4  # the damage is real
    assert api_outcome(base_model) == "loaded"


def report(what, outcomes):
    """One line of figures (shown with ``pytest -s``; the README quotes them)."""
    counts = ", ".join(f"{outcomes.count(o):,} {o}" for o in sorted(set(outcomes)))
    print(f"\n{what}: {len(outcomes):,} files: {counts}; no other outcome")


def run_cli(*args):
    """``digitdesk ...`` in this process: (exit code, stdout, stderr). An exception the
    command line lets escape would be a traceback for the user: it fails the test here."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_every_file_through_the_command_line(hostile, fuzzed):
    outcomes = []
    for path in list(hostile.values()) + fuzzed[:scaled(60)]:
        expected = api_outcome(path)
        outcomes.append(expected)
        code, out, err = run_cli("evaluate", path)
        if expected == "refused":
            assert code == 1 and out == "", path.name
            assert err.startswith(f"digitdesk: {path.name}: ") and err.count("\n") == 1, err
        else:
            assert code == 0 and "test accuracy" in out and err == "", (path.name, err)
    report("command line (digitdesk evaluate)", outcomes)


def test_the_issues_reproductions_exit_1_without_a_traceback(hostile):
    for name in ("zip_encrypted", "json_deep_nesting", "json_hidden_infinity", "weights_3e38"):
        result = subprocess.run([sys.executable, "-m", "digitdesk", "evaluate", str(hostile[name])],
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert "9.80%" not in result.stdout


@pytest.mark.usefixtures("isolated_settings", "questions")
def test_every_file_through_the_window_leaves_a_refused_model_in_use_unchanged(
        window, hostile, fuzzed, base_model, critical, capfd):
    window.load_model(base_model)
    outcomes = []
    for path in list(hostile.values()) + fuzzed[:scaled(60)]:
        in_use = window.model()
        weights = in_use.network.weights()  # copies
        dialogs = len(critical)
        opened = window.open_file(path)
        outcomes.append("opened" if opened else "refused with a dialog, model in use unchanged")
        if opened:
            assert api_outcome(path) == "loaded" and window.model() is not in_use
        else:
            assert len(critical) == dialogs + 1, path.name  # one dialog says why
            assert path.name in critical[-1][1]
            assert window.model() is in_use, path.name
            for name, after in in_use.network.weights().items():
                np.testing.assert_array_equal(weights[name], after)
    assert "Traceback" not in capfd.readouterr().err
    with capfd.disabled():
        report("window (File > Open)", outcomes)


# ------------------------------------------------------------------------ IDX and CSV

def data_outcome(read, *paths):
    """``"refused"`` or ``"read"``, as ``api_outcome`` for training data."""
    try:
        result = read(*paths)
    except DataFormatError as error:
        text = str(error)
        assert any(text.startswith(f"{p.name}") for p in paths) and "\n" not in text, text
        return "refused"
    x, y = (result.x, result.y) if hasattr(result, "x") else result
    assert len(x) >= 1 and x.shape[1:] == (28, 28) and x.dtype == np.uint8 and len(y) == len(x)
    assert y is not None and int(y.max()) <= 9
    return "read"


@pytest.fixture(scope="module")
def idx_hostile(tmp_path_factory):
    return hostile_idx_pairs(tmp_path_factory.mktemp("idx-hostile"))


def test_each_hostile_idx_pair_is_refused(idx_hostile):
    for name, (images, labels) in idx_hostile.items():
        assert data_outcome(read_idx_pair, images, labels) == "refused", name
        assert data_outcome(lambda *p: read_training_data(p), images, labels) == "refused", name
    with pytest.raises(DataFormatError, match="holds no images"):
        read_idx_pair(*idx_hostile["zero_images"])


def test_an_idx_gzip_bomb_is_refused_without_decompressing_it(idx_hostile):
    images, labels = idx_hostile["gzip_bomb"]
    assert images.stat().st_size < 1_000_000  # 549 MB of zeros, once decompressed
    tracemalloc.start()
    try:
        with pytest.raises(DataFormatError, match="decompression bomb"):
            read_idx_pair(images, labels)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20e6, f"{peak / 1e6:.0f} MB allocated"


def test_fuzzed_idx_pairs_and_csvs(tmp_path):
    pairs = fuzzed_idx_pairs(tmp_path / "idx", scaled(150))
    outcomes = [data_outcome(read_idx_pair, images, labels) for images, labels in pairs]
    report("IDX pairs (read_idx_pair)", outcomes)
    assert outcomes.count("refused") > len(pairs) / 4
    csvs = list(hostile_csvs(tmp_path / "csv").values()) + fuzzed_csvs(tmp_path / "csv", scaled(150))
    outcomes = [data_outcome(lambda p: read_training_data([p]), path) for path in csvs]
    report("CSV files (File > Import's reader)", outcomes)
    assert outcomes.count("refused") > len(csvs) / 4
    for path in csvs:  # the reader itself: only DataFormatError, whatever the file
        try:
            read_kaggle_csv(path)
        except DataFormatError:
            pass


@pytest.mark.usefixtures("isolated_settings", "questions")
def test_hostile_data_through_the_windows_import_keeps_the_data_in_use(
        qtbot, window, idx_hostile, tmp_path, critical, capfd):
    csvs = hostile_csvs(tmp_path / "csv")
    imports = [list(pair) for pair in idx_hostile.values()] + [[path] for path in csvs.values()]
    imports += [list(pair) for pair in fuzzed_idx_pairs(tmp_path / "idx", scaled(10))]
    outcomes = []
    for paths in imports:
        before = window.training_data()
        dialogs = len(critical)
        job = window.import_training_data([str(p) for p in paths])
        assert job is not None
        with qtbot.waitSignal(job.ended, timeout=30000):
            pass
        if window.training_data() is before:  # refused: said so, in a dialog
            assert len(critical) == dialogs + 1, paths
            outcomes.append("refused with a dialog, data in use unchanged")
        else:
            assert data_outcome(lambda *p: read_training_data(p), *paths) == "read"
            outcomes.append("imported")
    assert "Traceback" not in capfd.readouterr().err
    with capfd.disabled():
        report("window (File > Import)", outcomes)
