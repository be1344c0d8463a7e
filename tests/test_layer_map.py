"""A layer's map: PCA by SVD against its definition, and the tab placing a drawn digit
among real validation digits (drawn with real mouse events)."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.layer_map import pca_map
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
    qtbot.waitUntil(lambda: view.drawn_position() is not None, timeout=3000)
    # A drawn 1 lands nearer the validation 1s than the average digit does.
    points = view.layer_map().points
    ones_centre = np.column_stack(view.scatters[1].getData()).mean(axis=0)
    drawn = np.array(view.drawn_position())
    assert np.linalg.norm(drawn - ones_centre) < np.mean(np.linalg.norm(points - ones_centre, axis=1))
