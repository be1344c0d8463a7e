"""What a new user tried and what broke or misled (issue 11, and points 8 and 10 of issue
14), each driven through the window with real mouse and keyboard events.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from conftest import RUN_END_MS, running
from digitdesk.cli import main
from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.replays import REPLAYS
from digitdesk.gui import MainWindow
from digitdesk.gui.personal_view import DATA_DIR_ENV
from digitdesk.gui.wording import trained_so_far, weights_age
from digitdesk.personal import RECIPES, PersonalSet
from test_gui_lab import finding_keys, fix_button, write_kaggle_csv

SMALL = TrainConfig(hidden=(32,), activation="relu", init="he", optimizer="momentum",
                    learning_rate=0.1, batch_size=64, epochs=1, train_size=640, val_size=200)

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())


def open_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def statuses(window):
    """Every status-bar message from now on."""
    seen = []
    window.statusBar().messageChanged.connect(seen.append)
    return seen


def train(qtbot, window, timeout=60000):
    """Press Start and wait until the run has ended."""
    click(window.training_panel.start_button)
    qtbot.waitUntil(window.is_training, timeout=5000)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=timeout)


def trained_epochs(window):
    return len(window.model().history["epoch"])


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    x, y, _, _ = load_mnist()
    model = Model(SMALL)
    Trainer(model, x[:640], y[:640], x[640:840], y[640:840]).run()
    path = tmp_path_factory.mktemp("models") / "small.npz"
    model.save(path)
    return path


# --- 1. a fix or a fixed twin starts from fresh weights -------------------------------------------
def test_the_fixed_twin_starts_from_fresh_weights_as_a_new_run(qtbot, window):
    replays = window.replays_view
    window.views.setCurrentWidget(replays)
    replays.choose("002")
    click(replays.load_button)
    panel = window.training_panel
    assert panel.config() == REPLAYS["002"].config
    panel.set_config(panel.config().replace(epochs=20))  # a short run of the learner's network
    train(qtbot, window)
    assert trained_epochs(window) == 20 and window.model().config.bugs

    seen = statuses(window)
    click(replays.fixed_button)
    panel.set_config(panel.config().replace(epochs=20))
    assert panel.config() == REPLAYS["002"].fixed_config.replace(epochs=20)
    # The gradient check looks at the weights Start would train: fresh ones, which pass.
    window.views.setCurrentWidget(window.gradcheck_view)
    click(window.gradcheck_view.check_button)
    qtbot.waitUntil(lambda: any(text.startswith("Gradient check:") for text in seen), timeout=30000)
    assert "Gradient check: passes." in seen
    train(qtbot, window)
    # Fresh weights, not the broken ones: the history holds the twin's 20 epochs only, and
    # the curves start again (one point per full-batch step of this run).
    assert trained_epochs(window) == 20
    assert window.plots.point_count() == 20
    assert window.model().config.bugs == ()
    assert any("Fresh weights: the bug-lab switches changed" in text for text in seen)


def test_turning_a_bug_off_starts_afresh_and_the_same_settings_go_on(qtbot, window):
    panel = window.training_panel
    panel.set_config(SMALL.replace(activation="sigmoid", init="xavier", bugs=("update_added",)))
    train(qtbot, window)
    assert trained_epochs(window) == 1
    train(qtbot, window)  # the same settings: on from the trained weights
    assert trained_epochs(window) == 2

    seen = statuses(window)
    click(panel.bug_lab.switches["update_added"])  # the bug off: the weights it made go
    assert panel.config().bugs == ()
    train(qtbot, window)
    assert trained_epochs(window) == 1
    assert any("Fresh weights: the bug-lab switches changed (update_added → none)" in text
               for text in seen)
    panel.init.setFocus()
    QTest.keyClick(panel.init, Qt.Key.Key_Down)  # xavier -> he: another initialisation
    assert panel.config().init == "he"
    train(qtbot, window)
    assert trained_epochs(window) == 1
    assert any("the initialisation changed (xavier → he)" in text for text in seen)


def test_the_diagnostics_fix_turn_the_bugs_off_then_start_starts_afresh(qtbot, window):
    panel = window.training_panel
    panel.set_config(SMALL.replace(activation="sigmoid", init="xavier",
                                   bugs=("update_added",)))
    train(qtbot, window)
    window.views.setCurrentWidget(window.diagnostics_view)
    qtbot.waitUntil(lambda: "bugs_on" in finding_keys(window), timeout=5000)
    seen = statuses(window)
    click(fix_button(window, "bugs_on"))
    assert panel.config().bugs == ()
    train(qtbot, window)
    assert trained_epochs(window) == 1  # not 2: the broken weights were not kept
    assert any(text.startswith("Fresh weights: the bug-lab switches changed") for text in seen)


# --- 2. the form does not shout while editing ---------------------------------------------------------
@pytest.mark.parametrize("typed, twice", [("11", "1"), ("3, 3, 7, 7", "3, 7")])
def test_a_digit_typed_twice_is_named_not_shown_as_a_python_list(qtbot, window, typed, twice):
    """"11" (or "3, 3") in Digits said "choose at least two digits to tell apart, not [1]":
    the repeat was dropped without a word, and the rest shown as a Python list."""
    panel = window.training_panel
    panel.scroll.ensureWidgetVisible(panel.digits)
    click(panel.digits)
    QTest.keyClicks(panel.digits, typed)
    assert panel.problem.isVisible()
    assert panel.problem.text() == ('Cannot start with these settings: '
                                    f'Digits: {twice} typed twice in "{typed}"; type each '
                                    'digit once, e.g. "3, 7".')


def test_typing_digits_shows_problems_inline_and_only_start_opens_a_dialog(qtbot, window):
    panel = window.training_panel
    panel.scroll.ensureWidgetVisible(panel.digits)
    click(panel.digits)
    assert QApplication.focusWidget() is panel.digits
    QTest.keyClick(panel.digits, Qt.Key.Key_3)
    assert not open_dialogs() and QApplication.focusWidget() is panel.digits
    assert panel.problem.isVisible() and "at least two digits" in panel.problem.text()
    assert "border" in panel.digits.styleSheet()
    QTest.keyClicks(panel.digits, ", 7")
    assert panel.digits.text() == "3, 7"
    assert not open_dialogs() and QApplication.focusWidget() is panel.digits
    assert not panel.problem.isVisible() and panel.digits.styleSheet() == ""
    assert panel.config().digits == (3, 7)

    QTest.keyClicks(panel.digits, " and 9")
    assert not open_dialogs()
    assert "type digits from 0 to 9" in panel.problem.text()
    click(panel.start_button)  # Start says it in a dialog, and trains nothing
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "warningBox") is not None, timeout=2000)
    assert "type digits" in window.findChild(QMessageBox, "warningBox").text()
    assert not window.is_training() and window.model() is None
    window.findChild(QMessageBox, "warningBox").close()


def test_sigmoid_bugs_cannot_be_switched_on_without_a_sigmoid(qtbot, window):
    panel = window.training_panel
    panel.set_config(SMALL.replace(activation="sigmoid"))
    switches = panel.bug_lab.switches
    sigmoid_bugs = ("sigmoid_derivative_sign", "sigmoid_applied_twice", "one_minus_sigmoid")
    assert all(switches[name].isEnabled() for name in sigmoid_bugs)
    panel.scroll.ensureWidgetVisible(switches["sigmoid_derivative_sign"])
    click(switches["sigmoid_derivative_sign"])
    assert panel.config().bugs == ("sigmoid_derivative_sign",)

    panel.activation.setFocus()
    QTest.keyClick(panel.activation, Qt.Key.Key_Down)  # sigmoid -> tanh
    assert panel.activation.currentData() == "tanh"
    assert not open_dialogs()
    assert "has no sigmoid" in panel.problem.text() and panel.problem.isVisible()
    on = switches["sigmoid_derivative_sign"]
    assert on.isEnabled() and "border" in on.styleSheet()  # it can still be turned off
    assert not switches["sigmoid_applied_twice"].isEnabled()
    assert "no sigmoid for it to act on" in switches["sigmoid_applied_twice"].toolTip()
    assert not switches["one_minus_sigmoid"].isEnabled()  # and it conflicts with the one on
    assert "Not available while" in switches["one_minus_sigmoid"].toolTip()
    assert switches["update_added"].isEnabled()

    click(on)  # off: the form is valid again, the other switches stay unavailable
    assert not panel.problem.isVisible() and on.styleSheet() == ""
    assert not on.isEnabled() and "no sigmoid" in on.toolTip()
    QTest.keyClick(panel.activation, Qt.Key.Key_Up)  # back to sigmoid
    assert all(switches[name].isEnabled() for name in sigmoid_bugs)
    assert "no sigmoid" not in on.toolTip()


# --- 3. Space and Return press the focused control ----------------------------------------------------
def test_space_and_return_act_on_the_focused_control_not_on_training(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    panel = window.training_panel
    panel.set_config(SMALL.replace(epochs=1000))

    panel.bias.setFocus()
    QTest.keyClick(panel.bias, Qt.Key.Key_Space)
    assert not panel.bias.isChecked() and not window.is_training()
    QTest.keyClick(panel.bias, Qt.Key.Key_Return)  # pressed like a click (animated)
    qtbot.waitUntil(panel.bias.isChecked, timeout=2000)
    assert not window.is_training()

    window.views.setCurrentWidget(window.gradcheck_view)
    check = window.gradcheck_view.check_button
    check.setFocus()
    QTest.keyClick(check, Qt.Key.Key_Space)
    assert window.lab.checking and not window.is_training()
    qtbot.waitUntil(lambda: not window.lab.checking, timeout=30000)
    check.setFocus()  # it lost the focus while disabled during the check
    with qtbot.waitSignal(window.gradcheck_view.checkRequested, timeout=2000):
        QTest.keyClick(check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lab.checking, timeout=30000)
    assert not window.is_training()

    window.views.setCurrentWidget(window.replays_view)
    window.replays_view.choose("003")
    fixed = window.replays_view.fixed_button
    fixed.setFocus()
    QTest.keyClick(fixed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.config() == REPLAYS["003"].fixed_config, timeout=2000)
    assert not window.is_training()

    # Where Space has no other use (the pad; a plot takes no focus), it starts and pauses
    # training.
    pad = window.drawing_canvas
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Space)
    assert window.is_training()
    QTest.keyClick(pad, Qt.Key.Key_Space)
    assert window.training.is_paused()
    click(panel.stop_button)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)


# --- 4. small data: sizes fitted at import, checked at Start ---------------------------------------
def test_importing_small_data_fits_the_sizes_and_start_checks_before_replacing(
        qtbot, window, tmp_path, model_file):
    window.load_model(model_file)
    before = window.model()
    panel = window.training_panel
    panel.set_config(SMALL.replace(val_size=5000, train_size=20000))
    csv = tmp_path / "train.csv"
    write_kaggle_csv(csv, rows=300)
    seen = statuses(window)
    job = window.import_training_data([csv])
    qtbot.waitUntil(lambda: window.training_data() is not None, timeout=20000)
    assert job is not None
    config = panel.config()
    assert config.val_size == 30 and config.train_size is None
    assert any("validation images 5,000 → 30 (a tenth of the 300 rows)" in text and
               "training images 20,000 → All" in text for text in seen)

    # Typed back to 5,000 by hand: Start refuses with the numbers and changes nothing.
    spin = panel.val_size
    panel.scroll.ensureWidgetVisible(spin)
    click(spin)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "5000")
    QTest.keyClick(spin, Qt.Key.Key_Tab)
    assert panel.config().val_size == 5000
    click(panel.start_button)
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and "validation size 5,000" in box.text() and "300" in box.text()
    assert not window.is_training() and window.model() is before
    box.close()


# --- 5. labels that say what they mean ------------------------------------------------------------------
def test_wording_of_how_far_a_model_has_trained():
    history = Model(SMALL).history
    assert trained_so_far(history) == "untrained (random weights)"
    assert weights_age(history) == "untrained"
    history["batch_epoch"] += [0.1, 0.2, 0.3, 0.4]
    history["batch_loss"] += [1.0] * 4
    assert trained_so_far(history) == "4 batches trained" and weights_age(history) == "after 4 batches"
    history["batch_epoch"] += [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    history["epoch"].append(1)
    assert trained_so_far(history) == "1 epoch trained" and weights_age(history) == "after epoch 1"
    history["batch_epoch"].append(1.4)
    assert trained_so_far(history) == "1.4 epochs trained" and weights_age(history) == "after 1.4 epochs"


def test_the_model_box_and_inside_name_the_weights_they_show(qtbot, window, tmp_path):
    panel = window.training_panel
    panel.set_config(SMALL.replace(epochs=3))  # 10 batches an epoch
    window.views.setCurrentWidget(window.inside_view)
    heading = window.inside_view.validation_heading
    window.drawing_canvas.setFocus()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.plots.point_count() == 1, timeout=20000)
    # Inside read the fresh weights; once a step has changed them it says so.
    qtbot.waitUntil(lambda: window.inside_view.validation_result() is not None, timeout=20000)
    assert heading.text().startswith("Validation, untrained:")
    for n in range(2, 5):
        QTest.keyClick(window.drawing_canvas, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda n=n: window.plots.point_count() == n, timeout=5000)
    qtbot.waitUntil(lambda: "paused: 4 batches in this run" in window.model_info.text(),
                    timeout=2000)
    assert "untrained" not in window.model_info.text()
    assert heading.text().endswith("training goes on: read again after each epoch")
    click(panel.stop_button)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert "4 batches trained" in window.model_info.text()

    panel.set_config(SMALL.replace(epochs=1))
    train(qtbot, window)  # 10 more batches: 1 epoch and 4 batches in all
    info = window.model_info.text()
    assert "1.4 epochs trained" in info and "(epoch 1)" in info  # validation of epoch 1
    assert window.training_panel.progress.format() == "Finished: 1 epoch"
    qtbot.waitUntil(lambda: heading.text().startswith("Validation, after 1.4 epochs:"),
                    timeout=20000)

    window.save_model(tmp_path / "m.npz")
    assert "not saved" not in window.model_info.text()
    window.load_model(tmp_path / "m.npz")
    assert "saved 20" in window.model_info.text() and "not saved" not in window.model_info.text()
    train(qtbot, window)  # the file's date no longer describes the model in use
    assert "not saved" in window.model_info.text() and "saved 20" not in window.model_info.text()
    assert "2.4 epochs trained" in window.model_info.text()


def test_the_command_line_says_1_epoch(capsys):
    assert main(["train", "--hidden", "8", "--epochs", "1", "--train-size", "300",
                 "--val-size", "100", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "1 epoch" in out and "1 epochs" not in out


# --- 6. fine-tuning is not dropped by a Start -------------------------------------------------------------
def test_start_waits_while_fine_tuning_runs(qtbot, threads, tmp_path, monkeypatch, model_file):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    # What a Start does while a fine-tune runs is checked here, not the fine-tune: it mixes
    # in 1,000 MNIST digits, not 10,000 (on its ten digits: 1.9 s of CPU -> 0.2 s).
    monkeypatch.setitem(RECIPES["dense"], "mnist_rows", 1000)
    _, _, x_test, y_test = load_mnist()
    stored = PersonalSet(tmp_path / "data")
    for image, label in zip(x_test[:10], y_test[:10], strict=True):
        stored.add(image, label)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load_model(model_file)
    view = window.personal_view
    window.views.setCurrentWidget(view)
    panel = window.training_panel
    with qtbot.waitSignal(window.adaptation.adapted, timeout=60000):
        click(view.fine_tune_button)
        assert window.adaptation.is_busy()
        for widget in (panel.start_button, panel.step_button, panel.reset_button,
                       window.open_action):
            assert not widget.isEnabled()
        assert "fine-tuning" in panel.start_button.toolTip()
        window.drawing_canvas.setFocus()
        QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Space)  # Space does not start either
        assert not window.is_training()
    qtbot.waitUntil(lambda: not window.adaptation.is_busy(), timeout=5000)
    assert window.model().info.get("fine_tuned")  # the fine-tuned model is in use
    assert panel.start_button.isEnabled() and panel.step_button.isEnabled()
    window.ask_before_discarding = False
    window.close()
    assert not running(threads)


# --- 7. saving: checked first, said plainly, never reported when it did not happen ----------------------
@pytest.mark.parametrize("where, words", [("missing/m.npz", "does not exist"),
                                          ("a_file/m.npz", "is not a folder")])
def test_save_as_into_an_impossible_place_says_why_in_plain_words(
        qtbot, window, tmp_path, monkeypatch, model_file, critical, where, words):
    (tmp_path / "a_file").write_text("not a folder")
    window.load_model(model_file)
    window.show_status("Saved something earlier")
    target = tmp_path / where
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_as_action.trigger()
    assert len(critical) == 1
    title, text = critical[0]
    assert words in text and ".tmp" not in text and "Errno" not in text
    assert window.statusBar().currentMessage().startswith("Not saved:")
    assert not target.exists()
    assert window.model_path() == str(model_file)  # still the file it came from


@pytest.mark.parametrize("typed, written", [("model", "model.npz"), ("run.v2", "run.v2.npz"),
                                             ("Kept.NPZ", "Kept.NPZ")])
def test_save_as_names_the_file_as_the_command_line_does(
        qtbot, window, tmp_path, monkeypatch, model_file, typed, written):
    """File > Save As follows train --save's rule (save_target.model_file_path): a name
    without .npz gets it ("run.v2" was saved as run.v2, a file Open does not list)."""
    window.load_model(model_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / typed), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.files.save_as_interactive()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [written]
    assert window.model_path() == str(tmp_path / written)
    assert window.statusBar().currentMessage() == f"Saved {tmp_path / written}"


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_save_as_asks_before_replacing_the_file_it_adds_npz_to(
        qtbot, window, tmp_path, monkeypatch, model_file, answer):
    """Typing "model" where model.npz is: Qt's dialog asks about "model" (not there), so
    model.npz was replaced without a word. Now the app asks; No leaves the file as it was."""
    window.load_model(model_file)
    (tmp_path / "model.npz").write_bytes(b"an earlier model")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "model"), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k:
                        asked.append(text) or getattr(QMessageBox.StandardButton, answer))
    assert window.files.save_as_interactive() == (answer == "Yes")
    assert asked == [f"A model file's name ends in .npz: the model would be saved as "
                     f"model.npz, and model.npz already exists in {tmp_path}. Replace it?"]
    kept = (tmp_path / "model.npz").read_bytes() == b"an earlier model"
    assert kept == (answer == "No")
    if answer == "No":
        assert window.model_path() == str(model_file)
        assert window.statusBar().currentMessage() == "Not saved: model.npz was kept"
    else:
        assert window.model_path() == str(tmp_path / "model.npz")
    assert not (tmp_path / "model").exists()


def test_train_with_an_impossible_save_path_fails_at_once(capsys):
    assert main(["train", "--hidden", "8", "--epochs", "1", "--no-progress",
                 "--save", "/nonexistent/dir/m.npz"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == ("digitdesk train: cannot save to /nonexistent/dir/m.npz: "
                                    "the folder /nonexistent/dir does not exist")
    assert "test accuracy" not in captured.out  # nothing was trained


# --- 8. the bug lab cannot be on unseen ---------------------------------------------------------------------
def test_remembered_bug_switches_show_a_badge_next_to_start(qtbot, threads):
    first = MainWindow()
    qtbot.addWidget(first)
    first.training_panel.set_config(SMALL.replace(activation="sigmoid", bugs=("update_added",)))
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.resize(1280, 720)
    second.show()
    qtbot.waitExposed(second)
    panel = second.training_panel
    assert panel.config().bugs == ("update_added",)
    assert panel.bug_badge.isVisible() and "Bug lab on" in panel.bug_badge.text()
    assert "update_added" in panel.bug_badge.toolTip()
    panel.scroll.verticalScrollBar().setValue(0)
    assert panel.bug_lab.visibleRegion().isEmpty()  # scrolled out of view...
    click(panel.bug_badge)
    assert not panel.bug_lab.visibleRegion().isEmpty()  # ...the badge shows it
    click(panel.bug_lab.switches["update_added"])
    assert not panel.bug_badge.isVisible()
    second.close()
    assert not running(threads)


# --- issue 14, 10: after Stop, nothing to step ---------------------------------------------------------------
def test_after_stop_step_and_pause_wait_for_the_worker_to_end(qtbot, window):
    panel = window.training_panel
    panel.set_config(SMALL.replace(epochs=50))
    click(panel.step_button)
    qtbot.waitUntil(lambda: window.plots.point_count() == 1, timeout=20000)
    assert panel.step_button.isEnabled() and window.step_action.isEnabled()
    click(panel.stop_button)
    # At once, before the worker has ended: a Step now would be lost.
    assert window.is_training()
    assert not panel.step_button.isEnabled() and not window.step_action.isEnabled()
    assert not panel.pause_button.isEnabled()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert panel.step_button.isEnabled() and panel.start_button.isEnabled()
    click(panel.step_button)  # a new paused run: the step is not dropped
    qtbot.waitUntil(lambda: window.plots.point_count() == 2, timeout=20000)
    click(panel.stop_button)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
    assert len(window.model().history["batch_loss"]) == 2
