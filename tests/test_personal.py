"""Tests for the personal set of drawn digits and fine-tuning on it (digitdesk.personal)."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, load_model
from digitdesk.personal import (FILE_NAME, FineTuneCancelled, PersonalSet, PersonalSetError,
                                RECIPES, base_of, fine_tune, fingerprint, recipe_for,
                                rounds_of)


def digit_image(value=1.0):
    image = np.zeros((28, 28), dtype=np.float32)
    image[4:24, 13:15] = value  # a "1"
    return image


def test_a_new_folder_has_an_empty_set(tmp_path):
    personal = PersonalSet.load(tmp_path / "not yet made")
    assert len(personal) == 0 and personal.items() == []
    assert personal.counts().tolist() == [0] * 10


def test_add_save_load_and_remove(tmp_path):
    personal = PersonalSet(tmp_path)
    one, seven = digit_image(), np.eye(28, dtype=np.float32)
    assert personal.add(one, 1) == 0
    assert personal.add(seven, 7) == 1
    assert personal.add((digit_image(0.5) * 255).astype(np.uint8), 1) == 2
    assert (tmp_path / FILE_NAME).exists()
    # Nothing but the file itself is left in the folder: the temporary file was renamed.
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]

    loaded = PersonalSet.load(tmp_path)  # as the app does when it starts again
    assert loaded.labels.tolist() == [1, 7, 1]
    assert loaded.counts()[1] == 2 and loaded.counts()[7] == 1
    images = [image for image, _ in loaded.items()]
    assert all(image.dtype == np.uint8 and image.shape == (28, 28) for image in images)
    np.testing.assert_array_equal(images[0], (one * 255).astype(np.uint8))
    assert images[2].max() in (127, 128)

    loaded.remove(1)  # delete the 7
    again = PersonalSet.load(tmp_path)
    assert again.labels.tolist() == [1, 1]
    np.testing.assert_array_equal(again.images[1], images[2])
    with pytest.raises(IndexError):
        again.remove(5)


def test_a_digit_can_be_relabelled(tmp_path):
    personal = PersonalSet(tmp_path)
    personal.add(digit_image(), 3)
    personal.add(np.eye(28, dtype=np.float32), 7)
    personal.relabel(-1, 2)  # the user said 7, then 2
    assert PersonalSet.load(tmp_path).labels.tolist() == [3, 2]
    with pytest.raises(ValueError, match="0-9"):
        personal.relabel(0, 10)
    with pytest.raises(ValueError, match="whole"):
        personal.relabel(0, 3.7)  # refused, as add() refuses it: not truncated to 3
    with pytest.raises(IndexError):
        personal.relabel(5, 1)
    assert PersonalSet.load(tmp_path).labels.tolist() == [3, 2]


def test_bad_input_is_refused_with_a_message(tmp_path):
    personal = PersonalSet(tmp_path)
    with pytest.raises(ValueError, match="0-9"):
        personal.add(digit_image(), 12)
    with pytest.raises(ValueError, match="28 x 28"):
        personal.add(np.zeros((10, 10)), 3)
    with pytest.raises(ValueError, match="empty"):
        personal.add(np.zeros((28, 28)), 3)
    with pytest.raises(ValueError, match="whole class indices, not 3.7"):
        personal.add(digit_image(), 3.7)  # not truncated to 3
    # 0-255 pixels in another type than uint8: clipped to [0, 1] they turned all white.
    with pytest.raises(ValueError, match=r"pixels must be floats in \[0, 1\].*not int64"):
        personal.add((digit_image() * 255).astype(np.int64), 3)
    with pytest.raises(ValueError, match=r"pixels must be floats in \[0, 1\].*to 255"):
        personal.add(digit_image() * 255, 3)
    assert len(personal) == 0 and not (tmp_path / FILE_NAME).exists()


def test_a_corrupt_file_gives_a_clear_error(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"not a zip archive at all")
    with pytest.raises(PersonalSetError, match=FILE_NAME):
        PersonalSet.load(tmp_path)
    np.savez(tmp_path / FILE_NAME, images=np.zeros((2, 5, 5), np.uint8), labels=np.zeros(2))
    with pytest.raises(PersonalSetError, match="28 x 28"):
        PersonalSet.load(tmp_path)


@pytest.fixture(scope="module")
def small_model():
    """784-32-10, one epoch on 10,000 MNIST digits (~0.2 s with one BLAS thread)."""
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(32,), epochs=1, val_size=0))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train[:10000], y_train[:10000]).run()
    return model


def test_fine_tuning_learns_the_personal_digits(small_model, tmp_path):
    """Someone whose digits look unlike MNIST: here, MNIST test digits turned on their
    side (transposed). The model misreads most; after keeping 40 of them and fine-tuning,
    it reads those, and others in the same style, far better, and MNIST about as well."""
    x_train, y_train, x_test, y_test = load_mnist()
    sideways = np.transpose(x_test[:200], (0, 2, 1))
    personal = PersonalSet(tmp_path)
    for image, label in zip(sideways[:40], y_test[:40]):
        personal.add(image, label)
    personal = PersonalSet.load(tmp_path)  # the round trip through the file

    with threadpool_limits(limits=1, user_api="blas"):
        tuned, report = fine_tune(small_model, personal.images, personal.labels,
                                  x_train, y_train, epochs=3, mnist_rows=5000, learning_rate=0.05,
                                  personal_share=0.3, held_out=False,
                                  eval_x=x_test[1000:3000], eval_y=y_test[1000:3000])
    assert report.personal_before < 0.5
    assert report.personal_after > 0.9
    assert report.personal_after > report.personal_before + 0.4
    assert report.mnist_after > report.mnist_before - 0.03  # MNIST is not forgotten
    # The same writer's *other* digits (not kept) are read better too.
    others_before = np.mean(small_model.predict(sideways[40:]) == y_test[40:200])
    others_after = np.mean(tuned.predict(sideways[40:]) == y_test[40:200])
    assert others_after > others_before + 0.1
    # The original model is untouched; the new one says it was fine-tuned.
    assert np.mean(small_model.predict(sideways[:40]) == y_test[:40]) == report.personal_before
    assert tuned.info["fine_tuned"]["personal_digits"] == 40
    assert tuned.config == small_model.config


def test_rounds_count_each_digit_s_repeats_in_the_order_kept():
    assert rounds_of([3, 1, 3, 3, 1, 0]).tolist() == [0, 0, 1, 2, 1, 0]
    assert rounds_of([]).tolist() == []


def sideways_digits(rounds):
    """``rounds`` of the digits 0-9 from MNIST test, turned on their side (transposed): a
    writer whose digits look unlike MNIST, kept round after round as the guided flow does."""
    _, _, x_test, y_test = load_mnist()
    rows = [np.flatnonzero(y_test == d)[r] for r in range(rounds) for d in range(10)]
    return np.transpose(x_test[rows], (0, 2, 1)), y_test[rows]


def test_held_out_accuracy_leaves_each_round_out_of_its_own_fine_tune(small_model):
    images, labels = sideways_digits(2)
    seen = []

    def spy(fraction):
        seen.append(fraction)

    with threadpool_limits(limits=1, user_api="blas"):
        tuned, report = fine_tune(small_model, images, labels, *load_mnist()[:2], epochs=2,
                                  mnist_rows=2000, learning_rate=0.05, on_progress=spy,
                                  base_name="small.npz")
    assert report.rounds == 2 and report.held_out_digits == 20 and report.personal_digits == 20
    # Before, the held-out digits are all of them, read by the untouched model.
    assert report.held_out_before == pytest.approx(report.personal_before)
    # Digits the fine-tune never saw are read worse than the ones it saw: the held-out
    # figure is the honest one.
    assert report.held_out_after < report.personal_after
    # The time the held-out fine-tunes took is said beside the fine-tune's own: the user
    # waits for both ("fine-tuned in 3.5 s" came after a 7.5 s progress bar).
    assert report.measure_seconds > 0
    # Three fine-tunes (the model, and one per round left out) make one progress bar.
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    assert seen[len(seen) // 3 - 1] == pytest.approx(1 / 3, abs=0.02)
    info = tuned.info["fine_tuned"]
    assert info["base_model"] == "small.npz" and info["personal_digits"] == 20
    assert info["held_out_after"] == report.held_out_after and info["rounds"] == 2


def test_the_report_reads_a_cnns_personal_digits_as_the_pad_does():
    """The pad averages a CNN's reading over a few versions of the digit: the report on the
    user's own digits (before and after, held out) reads them the same way, so that it
    says what the pad will do."""
    from digitdesk.engine.averaging import read_digits
    images, labels = sideways_digits(3)
    model = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=1))  # random weights
    as_the_pad = np.mean(read_digits(model, images).argmax(axis=1) == labels)
    # Else this test could not tell the two readings apart (here 4 and 7 of 30 read right).
    assert abs(as_the_pad - np.mean(model.predict(images) == labels)) >= 2 / 30
    with threadpool_limits(limits=1, user_api="blas"):
        _, report = fine_tune(model, images, labels, *load_mnist()[:2], epochs=1,
                              mnist_rows=200)
    assert report.personal_before == pytest.approx(as_the_pad)
    assert report.held_out_before == pytest.approx(as_the_pad)


def test_one_round_has_no_held_out_figure_and_costs_one_fine_tune(small_model):
    images, labels = sideways_digits(1)
    with threadpool_limits(limits=1, user_api="blas"):
        tuned, report = fine_tune(small_model, images, labels, *load_mnist()[:2], epochs=1,
                                  mnist_rows=1000)
    assert report.held_out_digits == 0 and np.isnan(report.held_out_after)
    assert tuned.info["fine_tuned"]["held_out_after"] is None  # JSON null, not NaN


def test_a_fine_tuned_model_is_a_normal_model_file_that_names_its_base(small_model, tmp_path):
    images, labels = sideways_digits(1)
    x_train, y_train, _, _ = load_mnist()
    with threadpool_limits(limits=1, user_api="blas"):
        tuned, _ = fine_tune(small_model, images, labels, x_train, y_train, epochs=1,
                             mnist_rows=1000, base_name="base.npz")
        tuned.save(tmp_path / "tuned.npz")
        again, _ = fine_tune(load_model(tmp_path / "tuned.npz"), images, labels, x_train,
                             y_train, epochs=1, mnist_rows=1000, base_name="tuned.npz")
    info = load_model(tmp_path / "tuned.npz").info["fine_tuned"]
    assert info["base_model"] == "base.npz" and info["personal_digits"] == 10
    # Tuned again (a corrected digit), it still names the model it all started from.
    assert again.info["fine_tuned"]["base_model"] == "base.npz"


def test_cancelling_stops_the_fine_tune_and_leaves_the_model_alone(small_model):
    images, labels = sideways_digits(2)
    before = small_model.network.weights()
    calls = []
    with pytest.raises(FineTuneCancelled):
        fine_tune(small_model, images, labels, *load_mnist()[:2], epochs=1, mnist_rows=2000,
                  on_progress=calls.append, should_stop=lambda: len(calls) >= 3)
    assert len(calls) == 3  # stopped at the next batch
    for name, value in small_model.network.weights().items():
        np.testing.assert_array_equal(value, before[name])


@pytest.fixture(scope="module")
def small_cnn():
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), epochs=1,
                              train_size=1000, val_size=0))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train[:1000], y_train[:1000]).run()
    return model


def test_a_convolutional_network_keeps_its_convolutions_and_tunes_the_layers_above(
        small_cnn, tmp_path):
    """The convolutional recipe ("dense"): the convolution's features are computed once
    and only the Dense layers above them learn; the tuned model is a normal model file."""
    x_train, y_train, x_test, y_test = load_mnist()
    images, labels = sideways_digits(2)
    with threadpool_limits(limits=1, user_api="blas"):
        tuned, report = fine_tune(small_cnn, images, labels, x_train, y_train,
                                  mnist_rows=500, base_name="cnn.npz",
                                  eval_x=x_test[:1000], eval_y=y_test[:1000])
    # MNIST before and after, read from the features the base and the tuned model share,
    # are what evaluating each model gives (a tie between two digits may round either
    # way on another CPU: one image of slack).
    assert abs(report.mnist_before - small_cnn.evaluate(x_test[:1000], y_test[:1000])[1]) \
        <= 0.001
    assert abs(report.mnist_after - tuned.evaluate(x_test[:1000], y_test[:1000])[1]) <= 0.001
    assert tuned.info["test_accuracy"] == report.mnist_after
    assert tuned.info["fine_tuned"]["move"] == "dense" and report.held_out_digits == 20
    before, after = small_cnn.network.weights(), tuned.network.weights()
    assert set(before) == set(after)
    np.testing.assert_array_equal(after["W1"], before["W1"])  # the convolution
    np.testing.assert_array_equal(after["b1"], before["b1"])
    assert all(not np.array_equal(before[name], after[name]) for name in ("W2", "b2", "W3"))
    assert report.personal_after > report.personal_before  # it learnt the sideways digits
    # The tuned network still backpropagates through every layer (it may be trained on).
    assert [layer.needs_input_grad for layer in tuned.network.weighted_layers] == \
        [layer.needs_input_grad for layer in small_cnn.network.weighted_layers]
    tuned.save(tmp_path / "tuned.npz")
    loaded = load_model(tmp_path / "tuned.npz")
    assert loaded.config.layers == small_cnn.config.layers
    assert loaded.info["fine_tuned"]["base_model"] == "cnn.npz"
    np.testing.assert_allclose(loaded.predict_proba(images), tuned.predict_proba(images),
                               rtol=1e-5, atol=1e-6)


def test_every_layer_of_a_convolutional_network_can_move(small_cnn):
    """fine_tune uses only the generic network API: with move="all" a CNN adapts like an
    MLP, every weight trained."""
    x_train, y_train, _, _ = load_mnist()
    images, labels = sideways_digits(1)
    with threadpool_limits(limits=1, user_api="blas"):
        tuned, _ = fine_tune(small_cnn, images, labels, x_train, y_train, epochs=1,
                             mnist_rows=500, learning_rate=0.05, move="all")
    before, after = small_cnn.network.weights(), tuned.network.weights()
    assert all(not np.array_equal(before[name], after[name]) for name in before)
    with pytest.raises(ValueError, match="move"):
        fine_tune(small_cnn, images, labels, x_train, y_train, move="some")


def test_the_fingerprint_names_the_weights_not_the_file(small_model, tmp_path):
    small_model.save(tmp_path / "a.npz")
    assert fingerprint(load_model(tmp_path / "a.npz")) == fingerprint(small_model)
    changed = small_model.copy()
    changed.network.weighted_layers[0].W[0, 0] += 1e-3
    assert fingerprint(changed) != fingerprint(small_model)
    images, labels = sideways_digits(1)
    with threadpool_limits(limits=1, user_api="blas"):
        tuned, _ = fine_tune(small_model, images, labels, *load_mnist()[:2], epochs=1,
                             mnist_rows=500, base_name="a.npz")
    assert base_of(tuned) == ("a.npz", fingerprint(small_model))
    assert base_of(small_model) is None


def test_a_model_of_some_digits_is_tuned_on_those_only():
    x_train, y_train, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(16,), epochs=1, digits=(3, 7), val_size=0))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x_train[:2000], y_train[:2000]).run()
        images, labels = sideways_digits(2)
        tuned, report = fine_tune(model, images, labels, x_train, y_train, mnist_rows=500)
        assert report.personal_digits == 4 and report.held_out_digits == 4
        with pytest.raises(ValueError, match="reads 3, 7"):
            fine_tune(model, images[labels == 1], labels[labels == 1], x_train, y_train)


def test_adding_many_saves_once_and_refuses_all_if_one_is_bad(tmp_path):
    personal = PersonalSet(tmp_path)
    personal.add_many([digit_image(), np.eye(28)], [1, 7])
    assert PersonalSet.load(tmp_path).labels.tolist() == [1, 7]
    with pytest.raises(ValueError, match="empty"):
        personal.add_many([digit_image(), np.zeros((28, 28))], [1, 2])
    assert PersonalSet.load(tmp_path).labels.tolist() == [1, 7] and len(personal) == 2


def test_a_convolutional_network_gets_the_lighter_recipe():
    cnn = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16")))
    mlp = Model(TrainConfig(hidden=(16,)))
    assert recipe_for(cnn) == RECIPES["convolutional"] and recipe_for(mlp) == RECIPES["dense"]
    # Fewer images for the network that costs more per image.
    images = {kind: r["epochs"] * r["mnist_rows"] for kind, r in RECIPES.items()}
    assert images["convolutional"] < images["dense"]


def test_each_held_out_fold_of_a_convolutional_fine_tune_keeps_the_recipe_s_share(
        small_cnn, monkeypatch):
    """A held-out fold tunes on fewer personal digits; each must then come more often, so
    that the fold's mix has the recipe's personal share, as the final fine-tune's has: the
    held-out figure measures the same recipe the user gets."""
    import digitdesk.personal as personal_module
    shares = []
    real = personal_module._HeadTrainer

    def recording(layers, x, labels, config, settings, fold):
        n_mnist = 500
        shares.append((len(x) - n_mnist) / len(x))
        return real(layers, x, labels, config, settings, fold)

    monkeypatch.setattr(personal_module, "_HeadTrainer", recording)
    x_train, y_train, _, _ = load_mnist()
    images, labels = sideways_digits(2)
    with threadpool_limits(limits=1, user_api="blas"):
        fine_tune(small_cnn, images, labels, x_train, y_train, mnist_rows=500)
    assert len(shares) == 3  # the fine-tune and two held-out folds
    share = RECIPES["convolutional"]["personal_share"]
    for measured in shares:
        assert measured == pytest.approx(share, abs=0.05)


def test_a_fine_tuned_model_starts_a_run_of_its_own(small_model):
    """Training a tuned model further must not replace its base's record in the run list:
    it does not carry the base's run id; nor the moment the base's file was saved (the
    Model box called the new, unsaved model "saved" at that moment)."""
    base = Model(small_model.config, network=small_model.network.copy(),
                 info={**small_model.info, "run_id": "20261130-120000-abcd",
                       "saved": "2026-11-30T12:00:00+00:00"})
    x_train, y_train, _, _ = load_mnist()
    images, labels = sideways_digits(1)
    tuned, _ = fine_tune(base, images, labels, x_train, y_train, mnist_rows=500,
                         held_out=False)
    assert "run_id" not in tuned.info and base.info["run_id"] == "20261130-120000-abcd"
    assert "saved" not in tuned.info and base.info["saved"] == "2026-11-30T12:00:00+00:00"


@pytest.mark.parametrize("move", ["last", "all"])
def test_a_fine_tune_with_styles_redraws_mnist_digits_in_other_styles(small_model, move,
                                                                      monkeypatch):
    """augment="affine+styles" is the styles mode in every recipe (the layers above the
    convolutions included, whose MNIST rows are distorted once), not affine alone."""
    from digitdesk.engine import augment

    styled = []
    real = augment.random_styles

    kinds_asked = []

    def spy(x, digits, rng, rate, kinds=None):
        styled.append(np.asarray(digits).copy())
        kinds_asked.append(kinds)
        return real(x, digits, rng, rate, kinds)

    monkeypatch.setattr(augment, "random_styles", spy)
    images, labels = sideways_digits(1)
    x_train, y_train = load_mnist()[:2]
    with threadpool_limits(limits=1, user_api="blas"):
        fine_tune(small_model, images, labels, x_train, y_train, epochs=1, mnist_rows=500,
                  move=move, augment="affine+styles", held_out=False)
    assert styled, "no digit was redrawn in another style"
    assert set(np.concatenate(styled)) <= set(range(10))  # digits, as the styles need
    # A model trained on some of the styles (the convolutional preset: no crossed 7s) is
    # fine-tuned on the same ones.
    kinds_asked.clear()
    chosen = Model(small_model.config.replace(augment="affine+styles", style_digits=(0, 1, 9)))
    with threadpool_limits(limits=1, user_api="blas"):
        fine_tune(chosen, images, labels, x_train, y_train, epochs=1, mnist_rows=500,
                  move=move, augment="affine+styles", held_out=False)
    assert kinds_asked and all(tuple(k) == (0, 1, 9) for k in kinds_asked)
    with pytest.raises(ValueError, match="augment is one of none, affine, affine\\+styles"):
        fine_tune(small_model, images, labels, x_train, y_train, augment="styles")


def test_removed_digits_are_restored_in_their_places(tmp_path):
    """Undo Delete in My handwriting: digits forgot together come back where they were,
    on disk too, even with a digit kept in between."""
    personal = PersonalSet(tmp_path)
    images = [digit_image(v) for v in (0.2, 0.4, 0.6, 0.8)]
    personal.add_many(images, [1, 2, 3, 4])
    before = personal.images.copy(), personal.added.copy()
    removed = personal.remove_many([3, 1])
    assert removed.positions == (1, 3) and removed.labels.tolist() == [2, 4]
    assert PersonalSet.load(tmp_path).labels.tolist() == [1, 3]
    personal.add(np.eye(28, dtype=np.float32), 7)  # kept after the deletion: at the end
    personal.restore(removed)
    again = PersonalSet.load(tmp_path)
    assert again.labels.tolist() == [1, 2, 3, 4, 7]
    np.testing.assert_array_equal(again.images[:4], before[0])
    np.testing.assert_array_equal(again.added[:4], before[1])
    with pytest.raises(IndexError):
        personal.remove_many([9])
    assert len(PersonalSet.load(tmp_path)) == 5  # nothing forgotten by a refused removal


def test_a_change_whose_save_fails_changes_nothing_in_memory(tmp_path, monkeypatch):
    """Disk full: a keep, delete or undo that cannot be saved leaves the set in memory
    as it is on disk (else the next save writes a deletion the user saw fail, or an
    undo repeated after a failure puts the digits back twice)."""
    import digitdesk.personal as personal_module
    personal = PersonalSet(tmp_path)
    personal.add_many([digit_image(v) for v in (0.2, 0.4, 0.6)], [1, 2, 3])
    removed = personal.remove_many([1])
    real_save = personal_module.save_npz_atomically

    def disk_full(path, arrays):
        raise OSError("disk full")
    monkeypatch.setattr(personal_module, "save_npz_atomically", disk_full)
    for change in (lambda: personal.add(digit_image(), 9), lambda: personal.remove(0),
                   lambda: personal.remove_many([0, 1]), lambda: personal.restore(removed)):
        with pytest.raises(OSError, match="disk full"):
            change()
        assert personal.labels.tolist() == [1, 3] and len(personal.images) == 2
        assert len(personal.added) == 2
    monkeypatch.setattr(personal_module, "save_npz_atomically", real_save)
    personal.restore(removed)  # the undo, tried again once the disk has room: once
    assert personal.labels.tolist() == [1, 2, 3]
    assert PersonalSet.load(tmp_path).labels.tolist() == [1, 2, 3]


def test_fine_tune_refuses_0_255_pixels_that_are_not_uint8():
    """Before any training: int64 0-255 pixels clipped to [0, 1] were a white square."""
    model = Model(TrainConfig(hidden=(8,), seed=0))
    images = np.stack([digit_image(), np.eye(28, dtype=np.float32)]) * 255
    mnist_x, mnist_y = np.zeros((4, 784), np.uint8), np.array([0, 1, 2, 3])
    with pytest.raises(ValueError, match=r"pixels must be floats in \[0, 1\].*not int64"):
        fine_tune(model, images.astype(np.int64), [1, 7], mnist_x, mnist_y)
    with pytest.raises(ValueError, match="whole class indices"):
        fine_tune(model, images / 255, [1.5, 7], mnist_x, mnist_y)
