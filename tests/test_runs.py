"""Compare runs: the run list (persisted, bounded, removable, labelled by what differs)
and the tab, fed by two real training runs started with real clicks."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from digitdesk.engine import Model, TrainConfig
from digitdesk.engine.runs import RunList, difference_labels, run_record
from test_gui import SMALL, click, find, set_form

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def test_the_run_list_is_kept_bounded_removable_and_survives_a_bad_file(tmp_path):
    runs = RunList(tmp_path, limit=3)
    for i in range(5):
        model = Model(TrainConfig(hidden=(8,), learning_rate=0.1 * (i + 1)))
        model.history["batch_epoch"] += [0.5, 1.0]
        model.history["batch_loss"] += [2.0, 1.0]
        runs.add(run_record(model, when=1000.0 + i))
    again = RunList(tmp_path, limit=3)
    assert [r["config"]["learning_rate"] for r in again.runs] == pytest.approx([0.3, 0.4, 0.5])
    again.remove(again.runs[0]["id"])
    assert len(RunList(tmp_path).runs) == 2
    (tmp_path / "runs.json").write_text("{not json")
    broken = RunList(tmp_path)
    assert broken.runs == [] and "could not be read" in broken.problem


def test_labels_name_what_differs():
    a = TrainConfig(learning_rate=0.5).to_dict()
    b = TrainConfig(learning_rate=0.1).to_dict()
    c = TrainConfig(learning_rate=0.1, bugs=("one_minus_sigmoid",), activation="sigmoid").to_dict()
    assert difference_labels([a, b]) == ["lr 0.5", "lr 0.1"]
    assert difference_labels([a, a]) == ["", ""]
    assert "bug: one_minus_sigmoid" in difference_labels([b, c])[1]


def test_two_runs_are_overlaid_with_a_legend_of_their_difference(qtbot, window, threads,
                                                                   tmp_path):
    view = window.runs_view
    view.run_list = RunList(tmp_path)  # not the runs other tests trained in this session
    for rate in (0.1, 0.02):
        set_form(window, SMALL.replace(epochs=1, learning_rate=rate, train_size=500,
                                       val_size=200))
        click(find(window, QAbstractButton, "startButton"))
        qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    qtbot.waitUntil(lambda: len(view.checked_runs()) == 2, timeout=5000)
    assert view.list.count() == 2
    assert sorted(view.legend_labels()) == ["lr 0.02", "lr 0.1"]
    stored = json.loads(view.run_list.path.read_text())
    assert [r["config"]["learning_rate"] for r in stored] == [0.1, 0.02]
    # Untick one with the keyboard (Space on the current item): one curve, no difference.
    window.views.setCurrentWidget(view)
    view.list.setFocus()
    view.list.setCurrentRow(0)
    QTest.keyClick(view.list, Qt.Key.Key_Space)
    assert len(view.checked_runs()) == 1 and view.legend_labels() == ["run 1"]
    QTest.keyClick(view.list, Qt.Key.Key_Delete)  # remove the selected run
    assert view.list.count() == 1
    assert len(json.loads(view.run_list.path.read_text())) == 1
