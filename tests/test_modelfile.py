"""The model file: round trip, atomic save, and a specific message for each bad file."""

import json
import os

import numpy as np
import pytest

import digitdesk
from digitdesk.data import load_mnist
from digitdesk.engine import Model, ModelFileError, TrainConfig, Trainer


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(16, 8), activation="tanh", init="xavier", epochs=1))
    Trainer(model, x_train[:1000], y_train[:1000], x_train[-200:], y_train[-200:]).run()
    model.info["test_accuracy"] = 0.5
    path = tmp_path_factory.mktemp("models") / "model.npz"
    model.save(path)
    return model, path


def test_round_trip_gives_identical_predictions(trained):
    model, path = trained
    loaded = digitdesk.load_model(path)
    images = load_mnist()[2][:50]
    np.testing.assert_array_equal(loaded.predict_proba(images), model.predict_proba(images))
    assert loaded.config == model.config
    assert loaded.history == model.history
    assert loaded.info["test_accuracy"] == 0.5
    assert loaded.info["digitdesk_version"] == digitdesk.__version__


def test_file_is_self_describing_without_pickle(trained):
    _, path = trained
    with np.load(path, allow_pickle=False) as archive:
        meta = json.loads(str(archive["metadata"]))
        assert sorted(archive.files) == ["W1", "W2", "W3", "b1", "b2", "b3", "metadata"]
    assert meta["format"] == "digitdesk-model" and meta["format_version"] == 2
    assert meta["layer_sizes"] == [784, 16, 8, 10]
    assert meta["architecture"] == ["dense16", "dense8"]
    assert meta["activation"] == "tanh" and meta["loss"] == "cross_entropy"
    assert "255" in meta["input_scaling"]
    assert meta["config"]["epochs"] == 1 and meta["history"]["epoch"] == [1]
    assert meta["saved"] and meta["digitdesk_version"]


def rewrite(path, target, change):
    """Copy the model at ``path`` to ``target`` with ``change(arrays, meta)`` applied; a
    change that returns False drops the metadata entry."""
    with np.load(path, allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    meta = json.loads(str(arrays.pop("metadata")))
    if change(arrays, meta) is not False:
        arrays["metadata"] = np.array(json.dumps(meta))
    np.savez(target, **arrays)
    return target


def set_meta(key, value):
    def change(arrays, meta):
        meta[key] = value
    return change


def drop_w2(arrays, meta):
    del arrays["W2"]


def drop_metadata(arrays, meta):
    return False


def reshape_w2(arrays, meta):
    arrays["W2"] = np.zeros((16, 9), dtype=np.float32)


def nan_w1(arrays, meta):
    arrays["W1"][3, 4] = np.nan


def bad_config(arrays, meta):
    meta["config"]["activation"] = "softplus"


@pytest.mark.parametrize("change, message", [
    (set_meta("format", "something-else"), "not a digitdesk model"),
    (set_meta("format_version", 99), "newer digitdesk"),
    (drop_w2, "missing array W2"),
    (drop_metadata, "no metadata"),
    (reshape_w2, r"W2 has shape \(16, 9\), expected \(16, 8\)"),
    (nan_w1, "W1 contains non-finite"),
    (bad_config, "activation"),
])
def test_bad_model_files_get_specific_messages(trained, tmp_path, change, message):
    _, path = trained
    target = rewrite(path, tmp_path / "bad.npz", change)
    with pytest.raises(ModelFileError, match=message) as error:
        digitdesk.load_model(target)
    assert "bad.npz" in str(error.value)


def test_truncated_empty_and_foreign_files(trained, tmp_path):
    _, path = trained
    data = path.read_bytes()
    cases = {
        "truncated.npz": (data[: len(data) // 2], "truncated or corrupt"),
        "empty.npz": (b"", "empty"),
        "text.npz": (b"hello, this is not a model\n", "not an .npz archive"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ModelFileError, match=message):
            digitdesk.load_model(tmp_path / name)
    with pytest.raises(ModelFileError, match="no such file"):
        digitdesk.load_model(tmp_path / "missing.npz")
    np.save(tmp_path / "single.npy", np.zeros(3))
    with pytest.raises(ModelFileError, match="not an .npz archive"):
        digitdesk.load_model(tmp_path / "single.npy")


def test_interrupted_save_leaves_the_old_file_intact(trained, tmp_path, monkeypatch):
    model, path = trained
    target = tmp_path / "keep.npz"
    model.save(target)
    before = target.read_bytes()

    def crash_half_way(file, **arrays):
        file.write(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", crash_half_way)
    with pytest.raises(OSError, match="disk full"):
        model.save(target)
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["keep.npz"]  # no temporary file left behind


def test_a_file_claiming_huge_layers_is_refused_before_anything_is_allocated(trained, tmp_path):
    _, path = trained

    def huge(arrays, meta):
        meta["config"]["hidden"] = [1_000_000, 1_000_000]  # 4 TB of weights, if built

    target = rewrite(path, tmp_path / "huge.npz", huge)
    with pytest.raises(ModelFileError, match=r"784-1000000-1000000-10 would have 1,000,796,000,010 weights"):
        digitdesk.load_model(target)


def long_history(batches, per_epoch=100):
    x = (np.arange(1, batches + 1) / per_epoch).tolist()
    loss = (2.3 * np.exp(-np.arange(batches) / 5000) + 0.1).tolist()
    return x, loss


def test_a_long_history_is_saved_with_its_recent_batches_whole_and_a_thinned_past(tmp_path):
    from digitdesk.engine.model import RECENT_BATCHES, TAIL_POINTS
    model = Model(TrainConfig(hidden=(8,)))
    x, loss = long_history(100_000)
    model.history["batch_epoch"], model.history["batch_loss"] = list(x), list(loss)
    # An old file (from before the limit) holds them all; it still loads, thinned.
    model.save(tmp_path / "old.npz")
    loaded = digitdesk.load_model(tmp_path / "old.npz")
    kept_x, kept_loss = loaded.history["batch_epoch"], loaded.history["batch_loss"]
    assert len(kept_x) == len(kept_loss) <= RECENT_BATCHES + TAIL_POINTS
    assert kept_x[-RECENT_BATCHES:] == x[-RECENT_BATCHES:]  # the recent part, exactly
    assert kept_loss[-RECENT_BATCHES:] == loss[-RECENT_BATCHES:]
    # The thinned past spans the whole start of the run and follows the curve.
    tail = len(kept_x) - RECENT_BATCHES
    assert kept_x[0] < 0.2 and np.all(np.diff(kept_x) > 0)
    expected = np.interp(kept_x[:tail], x, loss)
    np.testing.assert_allclose(kept_loss[:tail], expected, rtol=0.02)
    # Saved again, it stays as it is.
    loaded.save(tmp_path / "new.npz")
    assert digitdesk.load_model(tmp_path / "new.npz").history == loaded.history


def test_training_keeps_the_history_bounded(monkeypatch):
    import digitdesk.engine.model as model_module
    monkeypatch.setattr(model_module, "RECENT_BATCHES", 300)
    monkeypatch.setattr(model_module, "TAIL_POINTS", 100)
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(8,), batch_size=10, epochs=1))
    lengths = []
    Trainer(model, x_train[:6000], y_train[:6000]).run(
        on_step=lambda report: lengths.append(len(model.history["batch_loss"])))
    assert len(lengths) == 600 and max(lengths) <= 400
    assert model.history["batch_epoch"][-1] == pytest.approx(1.0)
    assert model.history["batch_epoch"][0] < 0.1  # the start of the run is still there


def test_a_styles_model_is_format_3_which_an_older_reader_refuses_as_newer(tmp_path,
                                                                           monkeypatch):
    """The previous release reads up to format 2 and knows no "affine+styles": a file of
    that mode must say "made by a newer digitdesk" there, not "invalid training settings";
    every other model stays format 2, which that release still opens."""
    from digitdesk.engine import modelfile

    styled, plain = tmp_path / "styled.npz", tmp_path / "plain.npz"
    Model(TrainConfig(hidden=(8,), augment="affine+styles")).save(styled)
    Model(TrainConfig(hidden=(8,), augment="affine")).save(plain)
    versions = {}
    for path in (styled, plain):
        with np.load(path) as archive:
            versions[path.name] = json.loads(str(archive["metadata"]))["format_version"]
    assert versions == {"styled.npz": 3, "plain.npz": 2}
    assert digitdesk.load_model(styled).config.augment == "affine+styles"  # this one reads both
    assert digitdesk.load_model(plain).config.augment == "affine"

    monkeypatch.setattr(modelfile, "FORMAT_VERSION", 2)  # the previous release's version check
    with pytest.raises(ModelFileError, match="made by a newer digitdesk .format version 3"):
        digitdesk.load_model(styled)
    digitdesk.load_model(plain)  # opens


def test_the_style_digits_are_kept_in_the_file_and_older_files_read_all_four(tmp_path):
    """A model trained with pen styles on some digits only keeps them (format 3); a file
    with all four, or without the styles, does not write the setting at all, so files from
    before it (which lack it) read as all four and the previous release opens the rest."""
    some = TrainConfig(hidden=(8,), augment="affine+styles", style_digits=(0, 1, 9))
    every = some.replace(style_digits=(0, 1, 7, 9))
    for config, name in ((some, "some.npz"), (every, "every.npz"),
                         (some.replace(augment="affine"), "plain.npz")):
        Model(config).save(tmp_path / name)
    settings = {}
    for name in ("some.npz", "every.npz", "plain.npz"):
        with np.load(tmp_path / name) as archive:
            meta = json.loads(str(archive["metadata"]))
        settings[name] = (meta["format_version"], meta["config"].get("style_digits"))
    assert settings == {"some.npz": (3, [0, 1, 9]), "every.npz": (3, None),
                        "plain.npz": (2, None)}
    assert digitdesk.load_model(tmp_path / "some.npz").config == some
    assert digitdesk.load_model(tmp_path / "every.npz").config.style_digits == (0, 1, 7, 9)


def test_a_setting_written_as_a_whole_number_where_a_number_is_expected_loads(tmp_path):
    """A learning rate of 1 (an int, as an API user may give it) is written as ``1`` in
    the JSON: the file opens again, and the settings are the same."""
    config = TrainConfig(hidden=(4,), learning_rate=1, l2=0)
    path = tmp_path / "whole.npz"
    Model(config).save(path)
    assert digitdesk.load_model(path).config == config


def test_a_file_from_before_the_training_accuracy_lines_its_next_epoch_up(trained, tmp_path):
    """An older file has no training accuracy: its epochs get none (NaN, not drawn), and
    an epoch trained on from it gets its own at its own place."""
    _, path = trained
    old = rewrite(path, tmp_path / "old.npz",
                  lambda arrays, meta: meta["history"].pop("train_accuracy"))
    model = digitdesk.load_model(old)
    assert len(model.history["epoch"]) == 1 and np.isnan(model.history["train_accuracy"]).all()
    x_train, y_train, _, _ = load_mnist()
    Trainer(model, x_train[:500], y_train[:500], x_train[-200:], y_train[-200:]).run()
    assert model.history["epoch"] == [1, 2]
    assert np.isnan(model.history["train_accuracy"][0])
    assert 0 < model.history["train_accuracy"][1] <= 1
