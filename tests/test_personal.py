"""Tests for the personal set of drawn digits and fine-tuning on it (digitdesk.personal)."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.personal import FILE_NAME, PersonalSet, PersonalSetError, fine_tune


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


def test_bad_input_is_refused_with_a_message(tmp_path):
    personal = PersonalSet(tmp_path)
    with pytest.raises(ValueError, match="0-9"):
        personal.add(digit_image(), 12)
    with pytest.raises(ValueError, match="28 x 28"):
        personal.add(np.zeros((10, 10)), 3)
    with pytest.raises(ValueError, match="empty"):
        personal.add(np.zeros((28, 28)), 3)
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
