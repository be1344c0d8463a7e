"""Compare runs: the run list (persisted, bounded, removable, labelled by what differs)
and the tab, fed by two real training runs started with real clicks."""

import json
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.replays import REPLAYS
from digitdesk.engine.runs import (DIAGNOSTIC_POINTS, MAX_RUNS, DiagnosticsHistory, RunList,
                                   difference_labels, replay_role, run_record,
                                   write_atomically)
from test_gui import SMALL, click, find, set_form

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def as_read(text):
    """``text`` as a reader sees it: a no-break space is a space, a word joiner nothing
    (they only keep a date or a setting on one line)."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


@pytest.fixture
def make_runs_view(qtbot, tmp_path):
    """``make(runs=None, size=None, shown=False, active=False)``: the Compare runs tab on
    its own, its run list in ``tmp_path`` (``runs``: records written to runs.json first),
    resized to ``size``, ``shown`` (and exposed), ``active`` (shown and the active window:
    shortcuts act only there)."""
    from digitdesk.gui.runs_view import RunsView

    def make(runs=None, size=None, shown=False, active=False):
        if runs is not None:
            (tmp_path / "runs.json").write_text(json.dumps(runs))
        view = RunsView(tmp_path)
        qtbot.addWidget(view)
        if size is not None:
            view.resize(*size)
        if shown or active:
            view.show()
            qtbot.waitExposed(view)
        if active:
            view.activateWindow()
            qtbot.waitUntil(view.isActiveWindow)
        return view
    return make


def _with_a_curve(model, epochs=(0.5, 1.0), losses=(2.0, 1.0)):
    """``model`` with a short loss curve in its history, as a run the list records."""
    model.history["batch_epoch"] += list(epochs)
    model.history["batch_loss"] += list(losses)
    return model


def _random_digits(n):
    """``n`` random 28 x 28 images and labels: enough for a run's curves, fast to train."""
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (n, 784), dtype=np.uint8), rng.integers(0, 10, n)


def _train_a_run(view, run_id, x, y, x_val=None, y_val=None, on_step=None, **settings):
    """Train a 784-8-10 on ``x``, ``y`` as the window records a run: ``start_run``, then
    the trained model to ``add_model``; ``on_step`` gets each report."""
    model = Model(TrainConfig(hidden=(8,), batch_size=32, **settings), info={"run_id": run_id})
    view.start_run(run_id)
    Trainer(model, x, y, x_val, y_val, diagnostics_every=2 if on_step else None).run(on_step)
    view.add_model(model)
    return model


def test_the_run_list_is_kept_bounded_removable_and_survives_a_bad_file(tmp_path):
    runs = RunList(tmp_path, limit=3)
    for i in range(5):
        model = _with_a_curve(Model(TrainConfig(hidden=(8,), learning_rate=0.1 * (i + 1))))
        runs.add(run_record(model, when=1000.0 + i))
    again = RunList(tmp_path, limit=3)
    assert [r["config"]["learning_rate"] for r in again.runs] == pytest.approx([0.3, 0.4, 0.5])
    again.remove(again.runs[0]["id"])
    assert len(RunList(tmp_path).runs) == 2
    (tmp_path / "runs.json").write_text("{not json")
    broken = RunList(tmp_path)
    assert broken.runs == [] and str(broken.problem) == \
        "runs.json could not be read (bad JSON at line 1, column 2); starting a new list"


def test_a_broken_run_list_is_explained_in_the_window_language_not_the_parser_s(tmp_path, qapp):
    """The JSON parser's own English ("Expecting property name enclosed in double quotes")
    was quoted inside the Russian sentence."""
    import re

    from digitdesk.gui.language import install_language, phrase_text, translations
    (tmp_path / "runs.json").write_text("[1, 2,\n oops]")
    problem = RunList(tmp_path).problem
    assert str(problem) == \
        "runs.json could not be read (bad JSON at line 2, column 2); starting a new list"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "runs.json").write_text('{"runs": []}')
    assert "(not a list of runs)" in str(RunList(tmp_path / "other").problem)
    install_language("ru")
    try:
        for text in (phrase_text("errors", problem),
                     phrase_text("errors", RunList(tmp_path / "other").problem)):
            assert set(re.findall(r"[A-Za-z]+", text)) <= {"runs", "json", "JSON"}, text
    finally:
        translations.apply("en")


def _a_run(rate, when):
    return run_record(_with_a_curve(Model(TrainConfig(hidden=(8,), learning_rate=rate))),
                      when=when)


def test_a_run_this_version_cannot_read_is_skipped_counted_and_kept_in_the_file(tmp_path):
    """A newer digitdesk's run (a setting value this one does not know) costs neither the
    other runs nor itself: it is left out of the list, counted, and written back as it was."""
    newer = _a_run(0.3, 1001.0)
    newer["config"]["augment"] = "affine+warp"  # a mode of some later version
    newer["something_new"] = {"kept": [1, 2]}
    stored = [_a_run(0.1, 1000.0), newer, _a_run(0.2, 1002.0)]
    (tmp_path / "runs.json").write_text(json.dumps(stored))
    runs = RunList(tmp_path)
    assert [r["config"]["learning_rate"] for r in runs.runs] == pytest.approx([0.1, 0.2])
    assert str(runs.problem).startswith("1 of the runs in runs.json could not be read")
    runs.add(_a_run(0.4, 1003.0))
    runs.wait()
    on_disk = json.loads((tmp_path / "runs.json").read_text())
    assert newer in on_disk  # untouched, unknown fields and all
    assert [r["config"]["learning_rate"] for r in on_disk] == \
        pytest.approx([0.3, 0.1, 0.2, 0.4])
    assert len(RunList(tmp_path).runs) == 3


def _unreadable_run(when):
    newer = _a_run(0.9, when)
    newer["config"]["augment"] = "affine+warp"  # a mode of some later version
    return newer


def test_unreadable_runs_count_toward_the_limit_and_never_cost_a_readable_one(tmp_path):
    """Runs this version cannot read were kept for ever, above the limit: they now take
    the room the readable runs leave, the oldest dropped first when a save has none, and
    the list says so."""
    unreadable = [_unreadable_run(900.0 + i) for i in range(3)]
    (tmp_path / "runs.json").write_text(json.dumps(
        unreadable + [_a_run(0.1, 1000.0), _a_run(0.2, 1001.0)]))
    runs = RunList(tmp_path, limit=4)
    assert len(runs.runs) == 2 and len(runs.unreadable) == 3
    assert str(runs.problem).startswith("3 of the runs in runs.json could not be read")
    assert "last 4 runs" in str(runs.problem)
    runs.add(_a_run(0.3, 1002.0))  # 3 readable: room for one unreadable, the newest
    runs.wait()
    on_disk = json.loads((tmp_path / "runs.json").read_text())
    assert on_disk[0] == unreadable[2] and len(on_disk) == 4
    assert str(runs.problem).startswith("Runs in runs.json that could not be read") \
        and str(runs.problem).endswith(": 2 dropped, 1 still kept in the file"), str(runs.problem)
    for i in range(3):  # the readable runs fill the list: none is dropped for the other
        runs.add(_a_run(0.4 + 0.1 * i, 1003.0 + i))
    runs.wait()
    on_disk = json.loads((tmp_path / "runs.json").read_text())
    assert [r["config"]["learning_rate"] for r in on_disk] == pytest.approx([0.3, 0.4, 0.5, 0.6])
    assert str(runs.problem).endswith(": 3 dropped, 0 still kept in the file")
    again = RunList(tmp_path, limit=4)
    assert again.problem is None and len(again.runs) == 4


def test_the_tab_says_when_unreadable_runs_were_dropped_for_room(make_runs_view, tmp_path):
    view = make_runs_view(runs=[_unreadable_run(900.0),
                                *(_a_run(0.1, 1000.0 + i) for i in range(MAX_RUNS))])
    assert view.hint.text().startswith("1 of the runs in runs.json could not be read")
    view.add_model(_with_a_curve(Model(TrainConfig(hidden=(8,)))))
    view.run_list.wait()
    assert view.hint.text().startswith("Runs in runs.json that could not be read (made by a "
                                       "newer digitdesk, or damaged) were dropped")
    assert ": 1 dropped, 0 still kept in the file" in view.hint.text()
    assert len(json.loads((tmp_path / "runs.json").read_text())) == MAX_RUNS


@pytest.mark.parametrize("damage", [{"id": [1]}, {"val_accuracy": None}, {"when": "today"},
                                    {"when": 1e300}, {"when": -5}, {"batch_loss": {}}])
def test_a_damaged_run_is_skipped_and_the_tab_still_opens(make_runs_view, damage):
    """A record with its settings intact but a field of the wrong kind (an id that is a
    list, a missing curve) is skipped like an unknown one: it stopped the window from
    opening (KeyError, TypeError) while the list said it was readable."""
    damaged = {**_a_run(0.3, 1001.0), **damage}
    view = make_runs_view(runs=[_a_run(0.1, 1000.0), damaged])
    assert view.list.count() == 1
    assert view.hint.text().startswith("1 of the runs in runs.json could not be read")


def test_saves_reach_the_file_in_order_and_as_they_were_made(tmp_path, monkeypatch):
    """The write happens on another thread: what it writes is the list as it was when
    saved, and a later save never lands before an earlier one."""
    runs = RunList(tmp_path)
    written = []
    real_write = write_atomically

    release = threading.Event()

    def slow_write(path, text):
        if not written:  # the first write is the slow one: it waits to be let go
            release.wait(timeout=10)
        written.append(len(json.loads(text)))
        real_write(path, text)

    monkeypatch.setattr("digitdesk.engine.runs.write_atomically", slow_write)
    first = runs.add(_a_run(0.1, 1000.0))
    try:
        assert not first.done()  # add returned while the write is still going on
        runs.add(_a_run(0.2, 1001.0))
    finally:
        release.set()
    runs.wait()
    assert first.done() and written == [1, 2]
    assert len(json.loads((tmp_path / "runs.json").read_text())) == 2
    # The same run trained further: its record is replaced, in the file too.
    further = _a_run(0.3, 1002.0)
    further["id"] = runs.runs[0]["id"]
    runs.add(further)
    runs.wait()
    assert json.loads((tmp_path / "runs.json").read_text()) == [runs.runs[0], further]
    assert (tmp_path / "runs.json").read_text() == json.dumps(runs.runs)


def test_a_failed_write_is_reported_by_its_future(tmp_path):
    (tmp_path / "runs.json").mkdir()  # a folder where the file should be: os.replace fails
    runs = RunList(tmp_path)
    assert "could not be read" in str(runs.problem)
    write = runs.add(_a_run(0.1, 1000.0))
    with pytest.raises(OSError):
        runs.wait()
    assert isinstance(write.exception(), OSError)


def test_the_tab_says_how_many_runs_it_could_not_read_in_the_window_language(make_runs_view):
    from digitdesk.gui.language import install_language

    newer = _a_run(0.3, 1001.0)
    newer["config"]["augment"] = "affine+warp"
    view = make_runs_view(runs=[_a_run(0.1, 1000.0), newer])
    assert view.list.count() == 1
    assert view.hint.text().startswith("1 of the runs in runs.json could not be read")
    try:
        install_language("zh_CN")
        view.retranslate()
        assert view.hint.text().startswith("runs.json 中有 1 个运行无法读取")
    finally:
        install_language("en")


def test_a_write_that_fails_on_the_writer_thread_is_told_in_the_status_bar(qtbot, tmp_path,
                                                                           make_runs_view):
    (tmp_path / "runs.json").mkdir()  # the write's os.replace fails
    view = make_runs_view()
    with qtbot.waitSignal(view.status, timeout=5000) as said:
        view.add_model(_with_a_curve(Model(TrainConfig(hidden=(8,)))))
    assert said.args[0]().startswith("The run list could not be saved:")
    assert view.list.count() == 1  # the run is shown all the same


def test_closing_the_window_waits_for_the_run_list_to_be_written(window, tmp_path,
                                                                  monkeypatch):
    view = window.runs_view
    view.run_list = RunList(tmp_path)
    real_write = write_atomically

    release = threading.Event()

    def slow_write(path, text):
        release.wait(timeout=10)  # a slow disk, until it is let go
        real_write(path, text)

    monkeypatch.setattr("digitdesk.engine.runs.write_atomically", slow_write)
    view.add_model(_with_a_curve(Model(TrainConfig(hidden=(8,)))))
    assert not view.run_list.path.exists()  # the GUI thread did not wait for the disk
    window.ask_before_discarding = False
    threading.Timer(0.3, release.set).start()  # the disk finishes while the window closes
    window.close()
    assert len(json.loads(view.run_list.path.read_text())) == 1  # nor did the run get lost


def test_labels_name_what_differs():
    a = TrainConfig(learning_rate=0.5).to_dict()
    b = TrainConfig(learning_rate=0.1).to_dict()
    c = TrainConfig(learning_rate=0.1, bugs=("one_minus_sigmoid",), activation="sigmoid").to_dict()
    assert difference_labels([a, b]) == ["lr 0.5", "lr 0.1"]
    assert difference_labels([a, a]) == ["", ""]
    # A setting one record leaves out (style_digits when all four, an older record's
    # missing key) is its default, not "None", and either run may come first.
    from digitdesk.engine import PRESETS
    preset = PRESETS["convolutional"]
    four = preset.replace(style_digits=(0, 1, 7, 9)).to_dict()
    assert "style_digits" not in four
    assert difference_labels([four, preset.to_dict()]) == ["styles 0,1,7,9", "styles 0,1,9"]
    assert difference_labels([preset.to_dict(), four]) == ["styles 0,1,9", "styles 0,1,7,9"]
    assert "bug: one_minus_sigmoid" in difference_labels([b, c])[1]


def test_two_runs_are_overlaid_with_a_legend_of_their_difference(qtbot, window, threads,
                                                                   tmp_path):
    view = window.runs_view
    view.run_list = RunList(tmp_path)  # not the runs other tests trained in this session
    for kept, rate in enumerate((0.1, 0.02), start=1):
        # Four batches, each measured (diagnostics), and a small validation set: all the
        # test looks at; more was only more to wait for on a loaded machine.
        set_form(window, SMALL.replace(epochs=1, learning_rate=rate, train_size=256,
                                       val_size=100))
        click(find(window, QAbstractButton, "resetButton"))  # a new run, not the same one on
        click(find(window, QAbstractButton, "startButton"))
        assert window.is_training()  # the click started a run (else a wait below times out)
        # The run's record arrives with its trained model, just before its thread ends;
        # the next Start needs the thread gone. (A time limit, not a sleep: generous.)
        qtbot.waitUntil(lambda kept=kept: view.list.count() == kept
                        and not window.is_training(), timeout=60000)
    assert len(view.checked_runs()) == 2
    assert view.list.count() == 2
    assert sorted(view.legend_labels()) == ["lr 0.02", "lr 0.1"]
    view.run_list.wait()  # the file is written off the GUI thread
    stored = json.loads(view.run_list.path.read_text())
    assert [r["config"]["learning_rate"] for r in stored] == [0.1, 0.02]
    # Their diagnostics were kept, per layer, and overlay in the same plots: one curve per
    # run, for the layer chosen.
    assert all(len(r["diagnostics"]["layers"]) == 2 for r in stored)
    window.views.setCurrentWidget(view)
    click(view.diagnostics_button)
    assert view.pages.currentIndex() == 1 and view.layer.isVisible()
    assert view.layer.count() == 2
    assert view.diagnostics_curves() == {"grad_rms": 2, "update_ratio": 2, "stuck": 2}
    grad = view.grad_plot.getPlotItem().listDataItems()[0]
    first_layer = grad.getOriginalDataset()[1]
    view.layer.setFocus()
    QTest.keyClick(view.layer, Qt.Key.Key_Down)  # layer 2
    assert view.layer.currentIndex() == 1
    second_layer = view.grad_plot.getPlotItem().listDataItems()[0].getOriginalDataset()[1]
    assert not np.allclose(first_layer, second_layer)
    click(view.curves_button)
    assert view.pages.currentIndex() == 0
    # Untick one with the keyboard (Space on the current item): one curve, no difference.
    window.views.setCurrentWidget(view)
    view.list.setFocus()
    view.list.setCurrentRow(0)
    QTest.keyClick(view.list, Qt.Key.Key_Space)
    assert len(view.checked_runs()) == 1 and view.legend_labels() == ["run 1"]
    first = as_read(view.list.item(0).text())
    QTest.keyClick(view.list, Qt.Key.Key_Delete)  # remove the selected run
    assert view.list.count() == 1
    # the status bar says which one went: "Removed the run of 1 Dec 04:51 ..."
    message = window.statusBar().currentMessage()
    assert message.startswith("Removed the run of ") and message.split(" of ")[1].split(" from")[0] in first
    view.run_list.wait()  # written off the GUI thread (read at once, it raced the write)
    assert len(json.loads(view.run_list.path.read_text())) == 1


def test_a_run_keeps_its_diagnostics_bounded_and_its_file_small(tmp_path):
    x, y = _random_digits(640)
    model = Model(TrainConfig(hidden=(16, 16), activation="sigmoid", batch_size=16,
                              epochs=30, val_size=0))
    diagnostics = DiagnosticsHistory()
    trainer = Trainer(model, x, y, diagnostics_every=1)  # 1,200 measurements
    trainer.run(lambda report: diagnostics.add(report.epoch_progress, report.diagnostics))
    assert len(diagnostics) <= 2 * DIAGNOSTIC_POINTS
    record = run_record(model, diagnostics)
    stored = record["diagnostics"]
    assert len(stored["layers"]) == 3 and len(stored["epoch"]) <= DIAGNOSTIC_POINTS
    assert stored["epoch"][0] < 1 and stored["epoch"][-1] == pytest.approx(30, abs=0.1)
    assert all(v is None for v in stored["layers"][0]["dead"])  # sigmoid: no dead ReLUs
    assert all(0 <= v <= 1 for v in stored["layers"][0]["saturated"])
    runs = RunList(tmp_path)
    for i in range(MAX_RUNS + 5):
        record["id"] = str(i)
        runs.add(dict(record))
    # A full list of such runs stays small: kilobytes per run, not megabytes.
    assert len(runs.runs) == MAX_RUNS
    runs.wait()
    assert runs.path.stat().st_size < 40_000 * MAX_RUNS
    again = DiagnosticsHistory(RunList(tmp_path).runs[-1])  # goes on from the stored one
    assert len(again) == len(stored["epoch"])


def test_the_same_run_trained_further_replaces_its_record(tmp_path):
    runs = RunList(tmp_path)
    model = Model(TrainConfig(hidden=(8,)), info={"run_id": "a"})
    model.history["batch_epoch"] += [0.5, 1.0]
    model.history["batch_loss"] += [2.0, 1.0]
    runs.add(run_record(model))
    model.history["batch_epoch"] += [1.5, 2.0]
    model.history["batch_loss"] += [0.8, 0.7]
    runs.add(run_record(model))
    assert len(runs.runs) == 1 and runs.runs[0]["batch_epoch"] == [0.5, 1.0, 1.5, 2.0]


def test_a_file_saved_mid_run_goes_on_as_a_run_of_its_own(tmp_path):
    """A model saved half-way and opened after its run went further carries the run's id;
    training it on must not replace the longer record (nor resume its diagnostics)."""
    runs = RunList(tmp_path)
    saved_half_way = Model(TrainConfig(hidden=(8,)), info={"run_id": "a"})
    saved_half_way.history["batch_epoch"] += [0.5, 1.0]
    saved_half_way.history["batch_loss"] += [2.0, 1.0]
    assert runs.goes_on(saved_half_way) == "a"  # nothing kept of run "a" yet
    went_further = Model(TrainConfig(hidden=(8,)), info={"run_id": "a"})
    went_further.history["batch_epoch"] += [0.5, 1.0, 1.5, 2.0]
    went_further.history["batch_loss"] += [2.0, 1.0, 0.8, 0.7]
    runs.add(run_record(went_further))
    assert runs.goes_on(went_further) == "a"  # the same run, trained further: it goes on
    other = runs.goes_on(saved_half_way)
    assert other != "a" and runs.find(other) is None


def test_replays_and_their_twins_are_recognised():
    assert replay_role(REPLAYS["002"].config) == ("002", "learner")
    assert replay_role(REPLAYS["002"].fixed_config) == ("002", "fixed")
    assert replay_role(REPLAYS["002"].config.replace(epochs=3)) is None
    labels = difference_labels([REPLAYS["003"].config.to_dict(),
                                REPLAYS["003"].fixed_config.to_dict()])
    assert labels[0].startswith("bug: one_minus_sigmoid")  # the bug first
    # a full batch is said as the run's description says it, not as Python's None
    assert "full batch" in labels[0] and "batch 64" in labels[1]
    assert "None" not in labels[0]
    labels = difference_labels([REPLAYS["000"].config.to_dict(),
                                REPLAYS["000"].config.replace(train_size=None).to_dict()])
    assert labels == ["train 3000", "train all"]


def test_start_after_stop_goes_on_with_the_same_run_and_marks_the_new_rate(qtbot, window,
                                                                             tmp_path):
    view = window.runs_view
    view.run_list = RunList(tmp_path)
    config = SMALL.replace(epochs=1, train_size=640, val_size=200)
    set_form(window, config)
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=5000)
    points = window.plots.point_count()
    # Another learning rate in the form, Start again: the same weights train on.
    set_form(window, config.replace(learning_rate=0.02))
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    qtbot.waitUntil(lambda: len(view.run_list.runs[-1]["epoch"]) == 2, timeout=5000)
    # The learning curve went on: more points, the x axis past the first run's end, and
    # the new rate marked where it took over.
    assert window.plots.point_count() == 2 * points
    assert window.plots._batch_x.values[-1] == pytest.approx(2.0)
    assert window.plots.rate_marks() == [(pytest.approx(1.0), 0.02, SMALL.momentum)]
    # One run in the list, its record grown: the whole curve, both epochs, the change.
    assert view.list.count() == 1
    (run,) = view.run_list.runs
    assert run["epoch"] == [1, 2] and run["batch_epoch"][-1] == pytest.approx(2.0)
    assert run["rate_changes"] == [[1.0, 0.02, SMALL.momentum]]
    assert run["diagnostics"]["epoch"][0] < 1 < run["diagnostics"]["epoch"][-1]
    # Compare runs marks the change on the run's curve.
    window.views.setCurrentWidget(view)
    marks = [item for item in view.loss_plot.getPlotItem().listDataItems()
             if item.opts.get("symbol") == "t1"]
    assert len(marks) == 1 and marks[0].getData()[0] == pytest.approx([1.0])


def test_a_replay_and_its_fixed_twin_are_compared_by_default(qtbot, window, tmp_path):
    view = window.runs_view
    view.run_list = RunList(tmp_path)
    replays = window.replays_view
    window.views.setCurrentWidget(replays)
    replays.choose("002")

    def train_a_little(button):
        click(button)
        click(find(window, QAbstractButton, "startButton"))
        qtbot.waitUntil(lambda: window.training.batches_done() >= 5, timeout=30000)
        click(find(window, QAbstractButton, "stopButton"))
        qtbot.waitUntil(lambda: not window.is_training(), timeout=10000)

    train_a_little(replays.load_button)  # the learner's broken network
    # An unrelated run in between: the twin is still compared with its learner's run.
    set_form(window, SMALL.replace(epochs=1, train_size=500, val_size=200))
    click(find(window, QAbstractButton, "startButton"))
    qtbot.waitUntil(lambda: not window.is_training(), timeout=30000)
    train_a_little(replays.fixed_button)
    qtbot.waitUntil(lambda: view.list.count() == 3, timeout=5000)
    ticked = view.checked_runs()
    assert [run["replay"] for run in ticked] == [{"key": "002", "role": "learner"},
                                                 {"key": "002", "role": "fixed"}]
    learner, fixed = view.legend_labels()
    assert learner.startswith("question 002, learner (bug: sigmoid_derivative_sign")
    assert fixed == "question 002, fixed twin (bug: none)"
    assert "bug: sigmoid_derivative_sign" in view.legend.text()
    window.views.setCurrentWidget(view)
    click(view.diagnostics_button)
    assert view.diagnostics_curves()["grad_rms"] == 2
    # The plots show the runs' whole span (not an empty 0 to 1).
    last = max(run["diagnostics"]["epoch"][-1] for run in ticked)
    qtbot.waitUntil(lambda: view.stuck_plot.getPlotItem().viewRange()[0][1] >= last,
                    timeout=3000)


def test_a_question_s_run_is_tagged_as_the_window_s_language_tags_a_line(make_runs_view):
    """"[问题 002，学习者]  12月2日 14:33 ...": half-width brackets around Chinese in the
    Chinese window; Chinese tags a line with 【】, and the gap after it is the bracket's."""
    from digitdesk.gui.language import install_language, translations
    run = _a_run(0.1, when=1_700_000_000)
    run["replay"] = {"key": "002", "role": "learner"}
    view = make_runs_view(runs=[run])
    assert view.list.item(0).text().startswith("[question 002, learner]  ")
    try:
        install_language("zh_CN")
        view = make_runs_view(runs=[run])
        text = view.list.item(0).text()
        assert text.startswith("【问题 002，学习者】") and "】 " not in text, text
        install_language("ru")
        assert make_runs_view(runs=[run]).list.item(0).text().startswith("[вопрос 002")
    finally:
        translations.apply("en")


def test_the_chinese_legend_breaks_a_line_only_after_a_separator(make_runs_view):
    """"问题 002，修" at the end of one line of the Compare runs legend, "正后的孪生版本" on
    the next: Qt breaks between any two Chinese characters, and the no-break spaces kept
    only English and Russian entries whole. Laid out as the legend's label lays it out."""
    from PySide6.QtGui import QTextDocument, QTextLayout

    from digitdesk.gui.language import install_language, translations
    learner, fixed = _a_run(0.1, when=1_700_000_000), _a_run(0.5, when=1_700_000_100)
    learner["replay"] = {"key": "002", "role": "learner"}
    fixed["replay"] = {"key": "002", "role": "fixed"}
    try:
        install_language("zh_CN")
        view = make_runs_view(runs=[learner, fixed])
        for row in range(view.list.count()):
            view.list.item(row).setCheckState(Qt.CheckState.Checked)
        assert len(view.legend_labels()) == 2
        document = QTextDocument()
        document.setHtml(view.legend.text())
        text = document.toRawText()  # (toPlainText makes no-break spaces plain ones)
        layout = QTextLayout(text, view.legend.font())
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(170)  # narrower than an entry, wider than its longest part
            lines.append(text[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
        assert len(lines) > 2
        for shown in lines[:-1]:
            assert shown.rstrip(" \u00a0\u2060")[-1] in "，：、）", lines
    finally:
        translations.apply("en")


@pytest.mark.parametrize("code", ["zh_CN", "ru", "en"])
def test_the_run_list_never_breaks_a_date(make_runs_view, code):
    """"【问题 002，修正后的孪生版本】12月" at the end of a line of the run list, "2日 14:39"
    on the next: Qt breaks between any two Chinese characters. Laid out as the list lays
    out its items (word wrap), at every width from narrow to wide."""
    from PySide6.QtGui import QTextLayout, QTextOption

    from digitdesk.gui.language import install_language, translations
    run = _a_run(0.5, when=1_765_540_000)  # 12 December 2025: a two-digit month and day
    run["replay"] = {"key": "002", "role": "fixed"}
    try:
        install_language(code)
        view = make_runs_view(runs=[run])
        text = view.list.item(0).text()
        tag = text.index("]" if code != "zh_CN" else "】")
        date = next(i for i in range(tag, len(text)) if text[i].isdigit())
        time = text.index("  ", date)  # the two spaces after the date and its time
        assert text[time - 1].isdigit(), text
        for width in range(60, 400, 2):
            layout = QTextLayout(text, view.list.font())
            layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))  # (word wrap)
            layout.beginLayout()
            starts = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                starts.append(line.textStart())
            layout.endLayout()
            broken = [start for start in starts if date < start < time]
            assert not broken, (width, [text[date:start] for start in broken])
    finally:
        translations.apply("en")


def test_the_diagnostics_plots_show_the_runs_span_when_shown_first(qtbot, make_runs_view):
    x, y = _random_digits(320)
    view = make_runs_view(size=(900, 600))
    for rate in (0.1, 0.01):
        _train_a_run(view, str(rate), x, y, on_step=lambda report: view.add_reports([report]),
                     epochs=12, val_size=0, learning_rate=rate)
    # The Diagnostics page chosen before the tab was ever shown (as a user coming back to
    # it finds it): its plots follow their own data, not the hidden learning curves'.
    view.diagnostics_button.setChecked(True)
    view.show()
    qtbot.waitExposed(view)
    assert view.diagnostics_curves()["grad_rms"] == 2
    qtbot.waitUntil(lambda: view.grad_plot.getPlotItem().viewRange()[0][1] >= 11.5,
                    timeout=3000)


def test_a_run_ending_behind_another_tab_is_drawn_when_the_tab_is_shown(qtbot, tmp_path):
    """A run ends while the learning curves are in front: the list and the legend are up
    to date at once, the curves (30 ms of the window's time, at the moment the run ends)
    are drawn only when Compare runs is shown."""
    from PySide6.QtWidgets import QTabWidget

    from digitdesk.gui.runs_view import RunsView
    x, y = _random_digits(64)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    # (not make_runs_view: this view belongs to the tab widget, which closes and deletes it)
    front, view = QTabWidget(), RunsView(tmp_path)
    tabs.addTab(front, "curves")
    tabs.addTab(view, "runs")
    tabs.show()
    qtbot.waitExposed(tabs)
    for rate in (0.1, 0.01):
        _train_a_run(view, str(rate), x, y, epochs=1, val_size=0, learning_rate=rate)
    assert view.list.count() == 2 and sorted(view.legend_labels()) == ["lr 0.01", "lr 0.1"]
    assert view.loss_plot.getPlotItem().listDataItems() == []
    tabs.setCurrentWidget(view)
    assert len(view.loss_plot.getPlotItem().listDataItems()) == 2


def test_an_empty_accuracy_axis_reads_0_to_100_percent(qtbot, make_runs_view):
    """No run ticked (or none with validation): "validation accuracy (%)" went from 0 to
    1; it reads 0 to 100, and follows the points once there are some."""
    view = make_runs_view(size=(900, 600), shown=True)
    item = view.accuracy_plot.getPlotItem()
    low, high = item.viewRange()[1]
    assert low <= 0 and high >= 100
    x, y = _random_digits(96)
    model = _train_a_run(view, "a", x[:64], y[:64], x[64:], y[64:], epochs=2)
    accuracies = [a * 100 for a in model.history["val_accuracy"]]
    qtbot.waitUntil(lambda: item.viewRange()[1][1] - item.viewRange()[1][0] < 90,
                    timeout=3000)
    low, high = item.viewRange()[1]
    assert low <= min(accuracies) and max(accuracies) <= high
    view.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # none ticked: empty again
    qtbot.waitUntil(lambda: item.viewRange()[1][1] >= 100, timeout=3000)
    assert item.viewRange()[1][0] <= 0


def test_a_run_of_one_epoch_has_an_accuracy_axis_round_its_point(qtbot, make_runs_view):
    """A run of one epoch has one accuracy point: the axis went from 50 to 150 % round it
    (pyqtgraph's span for a single value), past 100 % and with the point a dot in the
    middle. It is now a point's width either side, as on the Learning curves tab."""
    view = make_runs_view(size=(900, 600), shown=True)
    item = view.accuracy_plot.getPlotItem()
    x, y = _random_digits(96)
    model = _train_a_run(view, "a", x[:64], y[:64], x[64:], y[64:], epochs=1)
    [accuracy] = [a * 100 for a in model.history["val_accuracy"]]
    qtbot.waitUntil(lambda: item.viewRange()[1][1] - item.viewRange()[1][0] < 90, timeout=3000)
    low, high = item.viewRange()[1]
    assert low <= accuracy <= high and high - low <= 2, (low, accuracy, high)


@pytest.mark.parametrize("code, month", [("en", "15 Dec "), ("ru", "15 дек. "), ("zh_CN", "12月15日 ")])
def test_a_run_s_date_is_written_in_the_window_language(make_runs_view, code, month):
    """The list said "15 Dec 12:00" in every language (Python's strftime)."""
    from PySide6.QtCore import QSettings

    from digitdesk.gui.language import SETTING, install_language, translations
    noon_15_december = 1765800000.0  # 2025-12-15 12:00 UTC: the 15th in every time zone
    install_language(code)
    try:
        view = make_runs_view(runs=[_a_run(0.1, noon_15_december)])
        text = as_read(view.list.item(0).text())
        assert text.startswith(month), text
    finally:
        QSettings().remove(SETTING)
        translations.apply("en")


def test_a_restored_run_goes_back_in_its_place_and_the_limit_holds(tmp_path):
    runs = RunList(tmp_path, limit=3)
    for i in range(3):
        model = _with_a_curve(Model(TrainConfig(hidden=(8,), learning_rate=0.1 * (i + 1))),
                              epochs=[1.0], losses=[1.0])
        runs.add(run_record(model, when=1000.0 + i))
    middle = runs.runs[1]
    runs.remove(middle["id"])
    runs.restore(middle, 1)
    runs.wait()
    assert [r["when"] for r in RunList(tmp_path).runs] == [1000.0, 1001.0, 1002.0]
    # A full list (a run added since the removal): the oldest other run makes room.
    runs.remove(middle["id"])
    model = _with_a_curve(Model(TrainConfig(hidden=(8,))), epochs=[1.0], losses=[1.0])
    runs.add(run_record(model, when=1003.0))
    runs.restore(middle, 1)
    assert [r["when"] for r in runs.runs] == [1001.0, 1002.0, 1003.0]


def test_a_removed_run_comes_back_with_undo_in_its_place_and_ticked(qtbot, make_runs_view):
    """Delete removed a run for good: Ctrl+Z (while the tab has the focus) or the Undo
    Remove button puts it back where it was, ticked if it was, in the file too."""
    view = make_runs_view()
    said = []
    view.status.connect(lambda text: said.append(text()))
    for i in range(3):
        view.add_model(_with_a_curve(Model(TrainConfig(hidden=(8,), learning_rate=0.1 * (i + 1)),
                                           info={"run_id": f"run{i}"})))
    view.show()
    view.activateWindow()  # (shortcuts act in the active window)
    qtbot.waitUntil(view.isActiveWindow)
    ticked = [r["id"] for r in view.checked_runs()]
    assert ticked == ["run1", "run2"] and not view.undo_button.isEnabled()
    view.list.setFocus()
    view.list.setCurrentRow(1)
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert [r["id"] for r in view.run_list.runs] == ["run0", "run2"]
    assert "Undo (Ctrl+Z) puts it back" in said[-1]
    assert view.undo_button.isEnabled()
    QTest.keyClick(view.list, Qt.Key.Key_Delete)  # the next run is current: it goes too
    assert [r["id"] for r in view.run_list.runs] == ["run0"]
    QTest.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r["id"] for r in view.run_list.runs] == ["run0", "run2"]
    assert said[-1].startswith("Put the run of ")
    click(view.undo_button)
    assert [r["id"] for r in view.run_list.runs] == ["run0", "run1", "run2"]
    assert [r["id"] for r in view.checked_runs()] == ticked
    assert view.list.currentRow() == 1 and not view.undo_button.isEnabled()
    view.run_list.wait()
    assert [r["id"] for r in json.loads(view.run_list.path.read_text())] == ["run0", "run1", "run2"]
    QTest.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert view.list.count() == 3


def test_remove_and_undo_remove_pressed_by_keyboard_keep_the_focus_in_the_tab(make_runs_view):
    """Remove, pressed from the keyboard, goes off with the last run: the focus goes to
    Undo Remove (the empty list is no Tab stop); Undo Remove, going off in turn, sends it
    to the list with the run back."""
    from PySide6.QtWidgets import QApplication

    view = make_runs_view(active=True)
    view.add_model(_with_a_curve(Model(TrainConfig(hidden=(8,)), info={"run_id": "only"}),
                                 epochs=[1.0], losses=[1.0]))
    view.list.setCurrentRow(0)
    view.remove_button.setFocus()
    QTest.keyClick(view.remove_button, Qt.Key.Key_Space)
    assert view.list.count() == 0 and QApplication.focusWidget() is view.undo_button
    QTest.keyClick(view.undo_button, Qt.Key.Key_Space)
    assert view.list.count() == 1 and QApplication.focusWidget() is view.list


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_run_list_and_legend_say_a_run_s_settings_in_the_window_language(make_runs_view,
                                                                           code):
    """The run list and the legend showed TrainConfig's English ("full batch", "300
    epochs", "BUGS ON: ...") in a Chinese or Russian window."""
    from PySide6.QtCore import QSettings

    from digitdesk.gui.language import SETTING, install_language, translations
    from digitdesk.gui.wording import config_summary
    learner, fixed = REPLAYS["003"].config, REPLAYS["003"].fixed_config
    runs = []
    for i, config in enumerate((learner, fixed)):
        run = _a_run(0.1, 1765800000.0 + i)
        run["config"] = config.to_dict()
        runs.append(run)
    english = [config_summary(learner), config_summary(fixed)]
    # The parts of describe(), with the settings named as the form names them (the CLI's
    # describe() keeps the code's names, which its options take).
    assert learner.describe().startswith("784-3-3-2 sigmoid, softmax_ce (sum), xavier init")
    assert english[0].startswith("784-3-3-2 Sigmoid, Softmax + cross-entropy (sum), "
                                 "Xavier / Glorot init, SGD lr 0.005")
    english_legend = difference_labels([learner.to_dict(), fixed.to_dict()])
    assert "BUGS ON: " in english[0] and "full batch" in english[0]
    install_language(code)
    try:
        view = make_runs_view(runs=runs)
        for i in range(2):
            view.list.item(i).setCheckState(Qt.CheckState.Checked)
        listed = " ".join(view.list.item(i).text() for i in range(view.list.count()))
        for english_words in ("full batch", "epochs", "BUGS ON", " init", "batch "):
            assert english_words not in listed, listed
        assert config_summary(learner) in listed and "300" in config_summary(learner)
        for code_name in (" sigmoid,", "softmax_ce", "xavier", " sgd ", "(sum)", "(mean)"):
            assert code_name not in listed, listed
        legend = view.legend_labels()
        assert len(legend) == 2 and legend != english_legend
        assert not any(word in " ".join(legend) for word in ("bug:", "full batch", "batch "))
    finally:
        QSettings().remove(SETTING)
        translations.apply("en")


def legend_of_two_runs(make_runs_view, configs, code):
    """Compare runs' legend in language ``code`` with two runs of ``configs`` ticked."""
    from PySide6.QtCore import QSettings

    from digitdesk.gui.language import SETTING, install_language, translations
    runs = []
    for i, config in enumerate(configs):
        run = _a_run(0.1, 1765800000.0 + i)
        run["config"] = config.to_dict()
        runs.append(run)
    install_language(code)
    try:
        view = make_runs_view(runs=runs)
        for i in range(2):
            view.list.item(i).setCheckState(Qt.CheckState.Checked)
        return view.legend_labels()
    finally:
        QSettings().remove(SETTING)
        translations.apply("en")


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_legend_names_question_000_s_settings_as_the_form_names_them(make_runs_view,
                                                                         code):
    """Question 000 against its fixed twin: the legend said "sigmoid_regression, sum,
    init uniform, bias False" (in Russian "…, инициализация uniform, смещение False")
    beside "скорость 0,1": the code's names and Python's booleans. Now it names each
    setting as the form does: "Sum", "Uniform(−1, 1) init", "no biases", and its length
    as the run's summary does: "100 эпох", not "эпохи 100"."""
    replay = REPLAYS["000"]
    legend = " | ".join(legend_of_two_runs(
        make_runs_view, (replay.config, replay.fixed_config), code))
    code_names = ("sigmoid_regression", "softmax_ce", "uniform", "xavier", "False", "True")
    for code_name in code_names + (("sum", "mean") if code == "ru" else ()):
        assert code_name not in legend, legend
    expected = {"en": ("One sigmoid output: label / 10, sum, Uniform(−1, 1) init, no biases",
                       "Softmax + cross-entropy, mean, Xavier / Glorot init, with biases",
                       "100 epochs", "10 epochs"),
                "ru": ("Один сигмоидный выход: label / 10, сумма, инициализация "
                       "Равномерное(−1, 1), без смещений",
                       "Softmax + перекрёстная энтропия, среднее, инициализация Ксавье / "
                       "Глоро, со смещениями", "100 эпох", "10 эпох")}[code]
    assert all(part in legend for part in expected), legend


@pytest.mark.parametrize("code, expected", [
    ("en", ("cosine decay schedule, affine augmentation",
            "constant schedule, no augmentation")),
    ("ru", ("скорость обучения: косинусная, аугментация: аффинная",
            "скорость обучения: постоянная, без аугментации")),
    ("zh_CN", ("学习率调度：余弦衰减，数据增强：仿射", "学习率调度：常数，无数据增强"))])
def test_the_legend_names_the_schedule_and_augmentation_as_the_form_names_them(
        make_runs_view, code, expected):
    """The Accurate preset against the same run with a constant rate and no augmentation:
    the legend still said "schedule cosine, augment affine" (in Russian "расписание cosine,
    аугментация affine") beside the form's names of every other setting."""
    from digitdesk.engine.config import PRESETS
    accurate = PRESETS["accurate"]
    legend = legend_of_two_runs(
        make_runs_view, (accurate, accurate.replace(schedule="constant", augment="none")), code)
    assert len(legend) == 2, legend
    assert all(label.endswith(text) for label, text in zip(legend, expected)), legend


def test_a_summary_s_parts_are_data_worded_once_in_english():
    config = TrainConfig(batch_size=None, epochs=1, digits=(3, 7), augment="affine+styles")
    assert dict(config.summary_parts())["batch"] is None
    assert config.describe() == (
        "784-128-2 relu, softmax_ce (mean), he init, momentum lr 0.1, full batch, 1 epoch, "
        "digits 3 7, pen styles on 0 1 7 9")
