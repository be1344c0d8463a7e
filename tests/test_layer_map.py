"""A layer's map: PCA by SVD against its definition, and the tab placing a drawn digit
among real validation digits (drawn with real mouse events)."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.layer_map import pca_map
from conftest import wait_for_the_reading
from test_digit_panel import ONE, draw

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def test_pca_finds_the_directions_of_largest_variance():
    rng = np.random.default_rng(0)
    # Points spread 10x more along (1, 1, 0) than along (1, -1, 0), none along z.
    a = (rng.normal(size=(500, 1)) * 10 * np.array([1, 1, 0]) / np.sqrt(2)
         + rng.normal(size=(500, 1)) * np.array([1, -1, 0]) / np.sqrt(2) + 5.0)
    layer_map = pca_map(a)
    assert abs(layer_map.components[0] @ np.array([1, 1, 0]) / np.sqrt(2)) == pytest.approx(1, abs=1e-3)
    assert layer_map.explained[0] == pytest.approx(100 / 101, abs=0.02)
    np.testing.assert_allclose(layer_map.points.mean(axis=0), 0, atol=1e-9)
    np.testing.assert_allclose(layer_map.place(a[:3]), layer_map.points[:3])
    with pytest.raises(ValueError):
        pca_map(a[:1])


def test_the_map_shows_validation_digits_and_places_the_drawn_one(qtbot, window):
    x, y, _, _ = load_mnist()
    model = Model(TrainConfig(hidden=(32,), epochs=1, train_size=5000, val_size=1000))
    with threadpool_limits(limits=1, user_api="blas"):
        Trainer(model, x[1000:6000], y[1000:6000]).run()
    window.set_model(model)
    view = window.layer_map_view
    window.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.layer_map() is not None, timeout=20000)
    assert view.layer.count() == 1 and len(view.layer_map().points) == 1000
    assert sum(len(s.getData()[0]) for s in view.scatters) == 1000  # every digit drawn
    assert view.drawn_position() is None
    draw(window.digit_panel.canvas, ONE)
    wait_for_the_reading(qtbot, window.digit_panel)
    qtbot.waitUntil(lambda: view.drawn_position() is not None, timeout=3000)
    # A drawn 1 lands nearer the validation 1s than the average digit does.
    points = view.layer_map().points
    ones_centre = np.column_stack(view.scatters[1].getData()).mean(axis=0)
    drawn = np.array(view.drawn_position())
    assert np.linalg.norm(drawn - ones_centre) < np.mean(np.linalg.norm(points - ones_centre, axis=1))


def test_the_map_uses_the_data_in_use_the_models_digits_and_your_kept_digits(
        qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from digitdesk.gui.layer_map_view import validation_activations
    from digitdesk.gui.personal_view import DATA_DIR_ENV
    from digitdesk.personal import PersonalSet
    from test_gui_lab import write_kaggle_csv
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    _, _, x_test, y_test = load_mnist()
    mine = np.concatenate([np.flatnonzero(y_test == d)[:3] for d in (3, 4, 7)])
    PersonalSet(tmp_path / "data").add_many(x_test[mine], y_test[mine])  # three 3s, 4s, 7s
    window = make_window()
    csv = write_kaggle_csv(tmp_path / "train.csv", rows=400, digits=(3, 5, 7))
    window.import_training_data([csv])
    qtbot.waitUntil(lambda: window.training_data() is not None, timeout=20000)
    model = Model(TrainConfig(hidden=(16,), digits=(3, 7), val_size=60, epochs=1))
    window.set_model(model)
    view = window.layer_map_view
    window.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.layer_map() is not None, timeout=20000)
    # The imported file's validation digits (3s and 7s only: the model's), not MNIST's.
    labels, activations = validation_activations(model, window.training_data().as_worker_data())
    assert set(labels) == {3, 7} and len(labels) == len(view.layer_map().points)
    np.testing.assert_allclose(np.abs(view.layer_map().points),
                               np.abs(pca_map(activations[0]).points), atol=1e-9)
    assert sum(len(s.getData()[0]) for i, s in enumerate(view.scatters) if i not in (3, 7)) == 0
    assert "train.csv" in view.note.text()
    assert "only the digits 3, 7" in view.legend.text()
    # "My digits" (a real click): the kept 3s and 7s join the map, not the 4s.
    box = view.personal
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert sorted(view.personal_labels()) == [3, 3, 3, 7, 7, 7]
    assert len(view.personal_scatter.getData()[0]) == 6
    assert "Plus your 6 kept digits." in view.note.text() and "your kept digits" in view.legend.text().replace("\xa0", " ")
    draw(window.digit_panel.canvas, ONE)
    wait_for_the_reading(qtbot, window.digit_panel)
    qtbot.waitUntil(lambda: view.drawn_position() is not None, timeout=3000)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert len(view.personal_scatter.getData()[0]) == 0 and len(view.personal_labels()) == 0


def test_the_layers_are_listed_at_once_while_the_map_is_made(qtbot, window):
    """The layer list stayed empty for the second or two the mapping takes."""
    model = Model(TrainConfig(layers=("conv4x5", "pool2", "dense24", "dense12"), epochs=1,
                              train_size=500, val_size=300))
    window.set_model(model)
    view = window.layer_map_view
    window.views.setCurrentWidget(view)  # the mapping starts on a job thread
    assert view.layer_map() is None  # (its answer comes through the event loop)
    assert [view.layer.itemText(i) for i in range(view.layer.count())] == [
        "Hidden layer 1 (24 units)", "Hidden layer 2 (12 units)"]
    assert view.note.text().startswith("Mapping up to")
    view.layer.setCurrentIndex(1)  # chosen while it maps: kept
    qtbot.waitUntil(lambda: view.layer_map() is not None, timeout=20000)
    assert view.layer.count() == 2 and view.layer.currentIndex() == 1
    assert view.layer_map().mean.shape == (12,)


def test_the_map_follows_a_new_model_with_the_pad_empty(qtbot, window):
    """A model trained (or opened) while the map was shown and nothing was drawn left
    the old model's map and layer names: only a changed reading of the pad remapped."""
    small = TrainConfig(hidden=(24, 12), epochs=1, train_size=500, val_size=300)
    window.set_model(Model(small))
    view = window.layer_map_view
    window.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.layer_map() is not None, timeout=20000)
    assert window.digit_panel.canvas.is_empty() and view.layer.count() == 2
    window.set_model(Model(small.replace(hidden=(20,))))
    qtbot.waitUntil(lambda: view.layer.count() == 1, timeout=20000)
    assert view.layer.itemText(0) == "Hidden layer 1 (20 units)"
    qtbot.waitUntil(lambda: view.layer_map() is not None
                    and view.layer_map().mean.shape == (20,), timeout=20000)
