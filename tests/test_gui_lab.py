"""The lab views of the main window, driven through their widgets (offscreen): diagnostics
and findings during real (short) training runs, the gradient-check table with each bug-lab
switch, the learners' questions, and importing training data.

Every test goes through the ``window`` fixture, which fails the test if a thread (training
or background job) is still running after the window has closed.
"""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from digitdesk.engine import Model, TrainConfig
from digitdesk.engine.buglab import BUGS
from digitdesk.engine.replays import REPLAYS
from digitdesk.gui.diagnostics_view import FLOOR
from conftest import hover

SMALL = TrainConfig(hidden=(32,), activation="relu", init="he", optimizer="momentum",
                    learning_rate=0.1, batch_size=64, epochs=2, train_size=2000, val_size=500)
# 784-6-10 with sigmoid hidden units and sigmoid outputs: every sigmoid bug can act here
# (the same network as tests/test_buglab.py, which says which tensors each bug breaks).
SIGMOID_MSE = TrainConfig(hidden=(6,), activation="sigmoid", head="sigmoid_mse", init="xavier",
                          optimizer="sgd", seed=3)
ALL = {"W1", "b1", "W2", "b2"}


# ------------------------------------------------------------------------------ fixtures
# isolated_settings, questions, critical, threads and window: see conftest.py
pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def train(qtbot, window, config, timeout=60000):
    window.training_panel.set_config(config)
    assert window.training_panel.config() == config
    click(window.training_panel.start_button)
    qtbot.waitUntil(lambda: window.is_training(), timeout=5000)
    qtbot.waitUntil(lambda: not window.is_training(), timeout=timeout)


def finding_keys(window):
    return {f.key for f in window.diagnostics_view.current_findings()}


def fix_button(window, key):
    card = window.diagnostics_view.findings.cards[key]
    return card.findChild(QPushButton, "fixButton")


def check_gradients(qtbot, window):
    view = window.gradcheck_view
    before = view.report
    click(view.check_button)
    qtbot.waitUntil(lambda: view.report is not before and view.check_button.isEnabled(),
                    timeout=30000)
    return view.statuses()


# ------------------------------------------------------------------------------ diagnostics
def test_diagnostics_plots_gain_points_during_training(qtbot, window):
    window.views.setCurrentWidget(window.diagnostics_view)
    train(qtbot, window, SMALL)
    view = window.diagnostics_view
    assert view.point_count() >= 2 * 10  # about ten measurements an epoch
    # every curve (2 layers: hidden and output) shows every point once the timer redraws
    qtbot.waitUntil(lambda: view.curve_points("grad_rms", 1) == view.point_count(), timeout=10000)
    for metric in ("grad_rms", "update_ratio", "dead"):
        assert view.curve_points(metric, 0) == view.point_count()
    # a healthy run: no problem found
    assert not [f for f in view.current_findings() if f.severity == "problem"]
    # pointing at the curves puts the measurements nearest the mouse into words
    hover(view.grad_plot, 1.0, -3)
    text = view.readout.text()
    epoch = float(re.search(r"epoch <b>([\d.]+)</b>", text).group(1))
    assert abs(epoch - 1.0) < 0.1  # a measurement near the mouse (about ten an epoch)
    assert "layer 1: gradient <b>" in text and "layer 2: gradient <b>" in text
    assert "% dead" in text  # ReLU units: the share that is dead


def test_replay_000_finds_saturated_units_and_the_fix_changes_the_form(qtbot, window):
    window.views.setCurrentWidget(window.replays_view)
    window.replays_view.choose("000")
    click(window.replays_view.load_button)
    assert window.training_panel.config() == REPLAYS["000"].config
    # Before any training the settings alone are warned about.
    qtbot.waitUntil(lambda: {"regression_head", "full_batch_sum"} <= finding_keys(window),
                    timeout=2000)
    # 20 full-batch steps of the replay's 3,000 images: flat and saturated already (the
    # finding needs 20 batch losses); on 1,000 images a trickle of gradient is left
    train(qtbot, window, REPLAYS["000"].config.replace(epochs=20))
    qtbot.waitUntil(lambda: "flat_saturated" in finding_keys(window), timeout=10000)
    card = window.diagnostics_view.findings.cards["flat_saturated"]
    assert "layer 2: 100%" in card.text.text()  # the single sigmoid output, in plain words
    # After the first step no gradient flows at all: the read-out says 0, not the floor
    # the log axis draws a 0 at (1.0e-12 read as a tiny gradient, not as none).
    view = window.diagnostics_view
    window.views.setCurrentWidget(view)
    hover(view.grad_plot, 15, -6)
    assert ("layer 1: gradient <b>0</b>, update/weight <b>0</b>" in view.readout.text()
            and "layer 2: gradient <b>0</b>, update/weight <b>0</b>" in view.readout.text())
    x, y = view._curves["grad_rms", 1].getOriginalDataset()
    assert y[-1] == FLOOR  # drawn at the floor all the same
    button = fix_button(window, "flat_saturated")
    assert button.isEnabled()
    click(button)
    config = window.training_panel.config()
    assert (config.init, config.reduction, config.batch_size) == ("xavier", "mean", 64)
    # a new initialisation acts on fresh weights: they were reset
    assert window.model().history["batch_loss"] == []
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=2000)  # "Fix applied"


def test_replay_003_oscillates_and_the_fix_averages_over_mini_batches(qtbot, window):
    # 30 full-batch steps: the loss jumps in half of them already (the finding needs 10%)
    train(qtbot, window, REPLAYS["003"].config.replace(epochs=30))
    qtbot.waitUntil(lambda: "oscillating" in finding_keys(window), timeout=10000)
    click(fix_button(window, "oscillating"))
    config = window.training_panel.config()
    assert (config.reduction, config.batch_size) == ("mean", 64)


def test_a_diverged_run_is_a_finding_with_a_smaller_learning_rate(qtbot, window):
    config = TrainConfig(hidden=(32,), activation="relu", head="linear_mse", optimizer="sgd",
                         reduction="sum", learning_rate=1.0, train_size=1000, val_size=100, epochs=3)
    train(qtbot, window, config)
    qtbot.waitUntil(lambda: "not_finite" in finding_keys(window), timeout=10000)
    click(fix_button(window, "not_finite"))
    fixed = window.training_panel.config()
    assert fixed.learning_rate == pytest.approx(0.1) and fixed.reduction == "mean"


# ------------------------------------------------------------------------------ gradient check
def test_gradient_check_passes_for_the_correct_engine(qtbot, window):
    window.training_panel.set_config(SIGMOID_MSE)
    window.views.setCurrentWidget(window.gradcheck_view)
    statuses = check_gradients(qtbot, window)
    assert statuses == {"W1": "pass", "b1": "pass", "W2": "pass", "b2": "pass",
                        "update direction": "pass"}
    assert "backprop is right" in window.gradcheck_view.summary.text()


def test_the_chinese_verdict_puts_no_space_after_a_full_stop_and_lists_its_digits(
        qtbot, window):
    """Questions checked in the Chinese window: "...数值结果不符。 这一步在走上坡" (a space
    after "。", as English puts one after "."), and 003's settings "数字 3 7"."""
    from digitdesk.gui.language import install_language, translations
    install_language("zh_CN")
    try:
        view = window.gradcheck_view
        for key in ("002", "003"):
            window.replays_view.choose(key)
            click(window.replays_view.load_button)
            window.views.setCurrentWidget(view)
            check_gradients(qtbot, window)
            summary = re.sub(r"<[^>]+>", "", view.summary.text())
            assert "。 " not in summary, summary
            if key == "002":  # two sentences: wrong derivatives, then the uphill step
                assert re.search(r"导数与数值结果不符。[^ ]", summary), summary
        assert "数字 3、7" in summary, summary
    finally:
        translations.apply("en")


def test_the_tab_and_digitdesk_gradcheck_check_the_same_images_with_the_same_figures(
        qtbot, window, tmp_path, capsys):
    """The tab took the first 16 images, the command line 16 at random: on question 003's
    network the tab said the step went uphill, the command line that it went down. Both
    now take ``engine.gradcheck.check_batch``: every figure agrees."""
    from digitdesk.cli import main
    window.ask_before_discarding = False
    path = tmp_path / "q003.npz"
    Model(REPLAYS["003"].config.replace(epochs=3)).save(path)
    assert window.open_file(str(path))
    window.views.setCurrentWidget(window.gradcheck_view)
    check_gradients(qtbot, window)
    report = window.gradcheck_view.report
    main(["gradcheck", "--model", str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert f"on {report.batch} training images" in lines[0], lines[0]
    for result in report.gradients:
        row = next(line for line in lines if line.startswith(f"{result.name} "))
        printed = row[33:48].strip()  # the max rel error column
        if result.status == "vanishing" or np.isnan(result.max_relative_error):
            assert printed in ("—", "-"), row
        else:
            assert printed == f"{result.max_relative_error:.2e}", (row, result)
        assert row[48:].split()[0] == result.status, (row, result)
    row = next(line for line in lines if line.startswith("update "))
    assert row[33:48].strip() == f"{report.update.change:.2e}", (row, report.update)
    assert row[48:].split()[0] == report.update.status


@pytest.mark.parametrize("bug, failing", [
    # One flip behind one sigmoid (W2), two cancel (W1); the wrong gradient of W2 then
    # sends its step uphill, so the update check fails too.
    ("sigmoid_derivative_sign", {"W2", "b2", "update direction"}),
    ("sigmoid_applied_twice", ALL),
    ("one_minus_sigmoid", ALL),
    ("update_added", {"update direction"}),  # the gradient is right, the step goes uphill
])
def test_each_bug_switch_fails_the_check_where_it_acts(qtbot, window, bug, failing):
    window.training_panel.set_config(SIGMOID_MSE)
    switch = window.training_panel.bug_lab.switches[bug]
    window.training_panel.scroll.ensureWidgetVisible(switch)
    click(switch)
    assert window.training_panel.config().bugs == (bug,)
    assert window.training_panel.bug_lab.warning.isVisibleTo(window)  # "BROKEN ON PURPOSE"
    assert BUGS[bug].learner_code in switch.toolTip()
    statuses = check_gradients(qtbot, window)
    assert {name for name, status in statuses.items() if status == "fail"} == failing
    click(switch)  # off again: the correct engine
    assert window.training_panel.config().bugs == ()
    assert set(check_gradients(qtbot, window).values()) == {"pass"}


# ------------------------------------------------------------------------------ replays
@pytest.mark.parametrize("key", sorted(REPLAYS))
def test_choosing_a_replay_fills_the_form(window, key):
    view = window.replays_view
    view.choose(key)
    assert REPLAYS[key].title in view.texts.text()
    click(view.load_button)
    assert window.training_panel.config() == REPLAYS[key].config
    click(view.fixed_button)
    assert window.training_panel.config() == REPLAYS[key].fixed_config


def test_replay_001_times_numerical_against_backprop_gradients(qtbot, window):
    view = window.replays_view
    window.views.setCurrentWidget(view)
    view.choose("001")
    assert view.step_cost_button.isVisibleTo(window)
    click(view.step_cost_button)
    qtbot.waitUntil(lambda: "times slower" in view.step_cost.text(), timeout=30000)
    assert "extrapolated" in view.step_cost.text()


# ------------------------------------------------------------------------------ data
def write_kaggle_csv(path, rows=300, bad_line=None, digits=range(5)):
    """A Kaggle-format CSV of random images with labels cycling through ``digits``;
    ``bad_line`` (a file line number, the header being 1) gets one value too few."""
    rng = np.random.default_rng(0)
    digits = list(digits)
    lines = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    for row in range(rows):
        pixels = rng.integers(0, 256, 784)
        values = [str(digits[row % len(digits)])] + [str(p) for p in pixels]
        if len(lines) + 1 == bad_line:
            values = values[:-1]
        lines.append(",".join(values))
    path.write_text("\n".join(lines) + "\n")
    return path


def import_data(qtbot, window, paths):
    job = window.import_training_data([str(p) for p in paths])
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    assert window.data_import.loading is None


def test_importing_a_kaggle_csv_trains_on_it(qtbot, window, tmp_path):
    import_data(qtbot, window, [write_kaggle_csv(tmp_path / "train.csv")])
    data = window.training_data()
    assert data is not None and len(data.x) == 300 and data.x.shape[1:] == (28, 28)
    window.views.setCurrentWidget(window.data_view)
    assert list(window.data_view.counts()) == [60] * 5 + [0] * 5
    assert "train.csv" in window.data_view.summary.text()
    # Training uses it: 250 rows after 50 held out, 4 batches of 64 an epoch (MNIST: 859).
    train(qtbot, window, SMALL.replace(train_size=None, val_size=50, epochs=1))
    assert window.training.run["steps_per_epoch"] == 4
    # It says it finished (with no test set, the status was left on the last epoch's
    # "Epoch 1: validation accuracy…").
    accuracy = window.model().history["val_accuracy"][-1]  # (its only epoch)
    assert window.statusBar().currentMessage() == (
        f"Training finished: validation accuracy {100 * accuracy:.2f}% "
        "(this data has no test set).")
    train(qtbot, window, SMALL.replace(train_size=None, val_size=0, epochs=1))
    assert window.statusBar().currentMessage() == (
        "Training finished (this data has no test set, and no validation images were held "
        "out).")
    assert window.bundled_action.isEnabled()
    window.bundled_action.trigger()
    assert window.training_data() is None


def test_sizes_that_do_not_fit_imported_data_are_said_in_the_language_in_use(qtbot, window,
                                                                             tmp_path):
    """A learner's 3,000-row train.csv and question 000's sizes (3,000 to train on, 1,000
    held out): the Data tab said what does not fit in English, with English numbers, in
    the Russian window."""
    from digitdesk.gui.language import install_language
    install_language("ru")
    try:
        window.retranslate()
        import_data(qtbot, window, [write_kaggle_csv(tmp_path / "train.csv")])
        window.training_panel.set_config(SMALL.replace(train_size=1000, val_size=100))
        window.views.setCurrentWidget(window.data_view)
        text = window.data_view.summary.text()
        assert "обучающих изображений 1\u00a0000 — больше, чем остаётся строк (200)" in text
        assert "training-subset size" not in text
    finally:
        install_language("en")
        window.retranslate()


def drop(window, path):
    """Drop ``path`` on the window, as a file dragged from a file manager is."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    accepted = enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    return accepted


def test_a_dropped_kaggle_csv_is_imported(qtbot, window, tmp_path):
    """The window takes a dropped model file; a learner's train.csv dropped there was
    refused without a word. It is imported now, as File > Import Training Data does."""
    csv_path = write_kaggle_csv(tmp_path / "train.csv", rows=60)
    assert drop(window, csv_path)
    job = window.data_import.loading
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    data = window.training_data()
    assert data is not None and len(data.x) == 60 and data.source == "train.csv"
    (tmp_path / "notes.txt").write_text("not data\n")
    assert drop(window, tmp_path / "notes.txt")  # neither a model nor a CSV: taken, and said
    assert window.statusBar().currentMessage().startswith("Cannot open notes.txt: ")
    assert window.data_import.loading is None and window.training_data().source == "train.csv"
    window.import_action.setEnabled(False)  # as while training
    assert drop(window, write_kaggle_csv(tmp_path / "other.csv", rows=10))
    assert window.data_import.loading is None and window.training_data().source == "train.csv"
    assert window.statusBar().currentMessage().startswith("Cannot import other.csv now")


def answer_format_question(monkeypatch, button_text):
    """Make the "Which format is your data in?" box answer with the button ``button_text``
    (or Cancel), as the user would click it; returns the texts it asked."""
    from PySide6.QtWidgets import QMessageBox
    asked = []

    def exec_(box):
        asked.append(box.text())
        buttons = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        (buttons[0] if buttons else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_file_import_asks_the_format_then_the_file(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    csv_path = write_kaggle_csv(tmp_path / "train.csv")
    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, folder, filters:
                        offered.append(filters) or (str(csv_path), filters))
    asked = answer_format_question(monkeypatch, "Kaggle CSV…")
    window.import_action.trigger()
    assert "Which format" in asked[0] and "CSV files (*.csv)" in offered[0]
    qtbot.waitUntil(lambda: window.training_data() is not None, timeout=30000)
    assert len(window.training_data().x) == 300

    # Cancel in the format question: no file dialog, the data stays.
    answer_format_question(monkeypatch, "Cancel")
    window.import_action.trigger()
    assert len(offered) == 1 and len(window.training_data().x) == 300

    # IDX files: the images file, then its labels file; cancelling the second imports nothing.
    answers = iter([(str(tmp_path / "images-idx3-ubyte"), ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: offered.append(args[1]) or next(answers))
    answer_format_question(monkeypatch, "IDX files…")
    window.import_action.trigger()
    assert offered[1:] == ["MNIST images file (IDX)", "MNIST labels file (IDX) for images-idx3-ubyte"]
    assert window.data_import.loading is None and len(window.training_data().x) == 300


def test_the_full_batch_warning_counts_the_rows_of_the_data_in_use(qtbot, window, tmp_path):
    def warning_text():
        card = window.diagnostics_view.findings.cards.get("full_batch_sum")
        return card.text.text() if card is not None else ""

    window.training_panel.set_config(SMALL.replace(batch_size=None, reduction="sum",
                                                   learning_rate=0.1, train_size=None,
                                                   val_size=5000))
    qtbot.waitUntil(lambda: "0.1 x 55,000 rows, as large as a step of learning rate 5500" in warning_text(), timeout=2000)
    import_data(qtbot, window, [write_kaggle_csv(tmp_path / "train.csv")])  # 300 rows
    window.training_panel.set_config(window.training_panel.config().replace(val_size=50))
    qtbot.waitUntil(lambda: "0.1 x 250 rows, as large as a step of learning rate 25 " in warning_text(), timeout=2000)
    # ... and of the digits the run learns: 3s and 7s are 60 of the file's 300 rows
    window.training_panel.set_config(window.training_panel.config().replace(digits=(3, 7)))
    qtbot.waitUntil(lambda: "0.1 x 10 rows, as large as a step of learning rate 1 " in warning_text(), timeout=2000)


def test_question_003_s_warning_counts_its_3s_and_7s(qtbot, window):
    """Question 003 trains on every 3 and 7 of MNIST (6,131 + 6,265, less 500 held out):
    the warning said 59,500 rows, those of all ten digits."""
    def warning_text():
        card = window.diagnostics_view.findings.cards.get("full_batch_sum")
        return card.text.text() if card is not None else ""

    window.views.setCurrentWidget(window.replays_view)
    window.replays_view.choose("003")
    click(window.replays_view.load_button)
    qtbot.waitUntil(lambda: "0.005 x 11,896 rows" in warning_text(), timeout=2000)
    assert "59,500" not in warning_text()


def test_start_checks_a_training_size_against_the_rows_of_the_chosen_digits(qtbot, window):
    """20,000 rows of 3s and 7s do not exist (12,396 do): Start says so at once, as it
    does for all ten digits, instead of starting a run that fails in its worker."""
    window.training_panel.set_config(SMALL.replace(digits=(3, 7), train_size=20000))
    click(window.training_panel.start_button)
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and "20,000" in box.text() and "11,896" in box.text(), \
        box and box.text()
    assert not window.is_training()
    box.close()


def test_a_malformed_csv_names_the_line_and_keeps_the_data(qtbot, window, tmp_path, critical):
    import_data(qtbot, window, [write_kaggle_csv(tmp_path / "train.csv")])
    good = window.training_data()
    import_data(qtbot, window, [write_kaggle_csv(tmp_path / "bad.csv", bad_line=5)])
    assert len(critical) == 1
    assert "bad.csv, line 5" in critical[0][1] and "values on the line: 784, expected 785" in critical[0][1]
    assert window.training_data() is good


def test_importing_an_mnist_folder(qtbot, window, tmp_path):
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (40, 28, 28), dtype=np.uint8)
    labels = np.arange(40, dtype=np.uint8) % 10
    (tmp_path / "train-images-idx3-ubyte").write_bytes(
        bytes([0, 0, 8, 3]) + b"".join(int(n).to_bytes(4, "big") for n in images.shape)
        + images.tobytes())
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(
        bytes([0, 0, 8, 1]) + len(labels).to_bytes(4, "big") + labels.tobytes())
    import_data(qtbot, window, [tmp_path])
    assert len(window.training_data().x) == 40
    assert np.array_equal(window.training_data().y, labels)


def test_the_data_tab_shows_the_bundled_mnist_and_the_chosen_digits(qtbot, window):
    window.training_panel.digits.setText("3, 7")
    assert window.training_panel.config().digits == (3, 7)
    window.views.setCurrentWidget(window.data_view)
    qtbot.waitUntil(window.data_view.has_data, timeout=30000)
    assert window.data_view.counts().sum() == 60000
    assert "Digits 3, 7" in window.data_view.summary.text()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_findings_fit_their_column_at_1024_by_768(qtbot, window, code):
    """A fix's words on its button ("Fix: Xavier/He, mean gradient, mini-batches") made
    the cards wider than the findings column at 1024 px: every line of every finding was
    cut off at the right, with no way to scroll. The button's text now ends in "…" where
    it must; its whole text stays in the button (tooltip, accessible name)."""
    from digitdesk.gui.language import install_language
    install_language(code)
    try:
        window.retranslate()
        window.resize(1024, 768)
        window.views.setCurrentWidget(window.diagnostics_view)
        train(qtbot, window, REPLAYS["000"].config.replace(epochs=20, train_size=1000))
        # Generous timeouts: waitUntil returns as soon as it holds; a loaded CI machine is slow.
        qtbot.waitUntil(lambda: "flat_saturated" in finding_keys(window), timeout=10000)
        findings = window.diagnostics_view.findings
        qtbot.waitUntil(lambda: findings.widget().width() <= findings.viewport().width(),
                        timeout=10000)
        # The cards are rebuilt as findings update: wait for the button on screen and laid
        # out (a new widget's geometry is 640 x 480 until its layout has run).
        qtbot.waitUntil(lambda: fix_button(window, "flat_saturated").isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: fix_button(window, "flat_saturated").geometry().right()
                        < findings.viewport().width(), timeout=10000)
        button = fix_button(window, "flat_saturated")
        assert button.full_text().replace("\n", " ") == button.accessibleName()
    finally:
        install_language("en")
        window.retranslate()


def test_a_relu_kink_is_not_called_wrong_backprop(qtbot, window):
    """Seen on a trained ReLU network: one pre-activation 6e-8 from zero, inside the
    check's w ± h, and the tab said "Backprop is wrong for b1". The check compares such a
    weight with a one-sided difference, passes, and says so."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model
    from digitdesk.engine.gradcheck import check_batch
    config = TrainConfig(hidden=(8,), activation="relu", init="he")
    model = Model(config)
    x, y, _, _ = load_mnist()
    image = model.prepare(check_batch(config, x, y)[0][:1]).astype(np.float64)
    dense = model.network.layers[0]
    dense.b[3] -= (image @ dense.W.astype(np.float64) + dense.b)[0, 3] - 3e-8
    window.set_model(model)
    window.training_panel.set_config(config)
    window.views.setCurrentWidget(window.gradcheck_view)
    assert check_gradients(qtbot, window)["b1"] == "pass"
    table = window.gradcheck_view.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "b1")
    assert "1 compared with a one-sided difference" in table.item(row, 6).text()
    assert "backprop is right" in window.gradcheck_view.summary.text()


def test_the_update_row_of_question_002_does_not_claim_a_rise_of_zero(qtbot):
    """Question 002's tiny step lowers the loss in total (the output layer's sign errors
    cancel out) while W1's and b1's own steps raise it: the row said "raised the loss by
    0.0e+00"; it says what happened, with the rise of the tensors that go uphill."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model
    from digitdesk.engine.gradcheck import check_batch
    from digitdesk.gui.gradcheck_view import GradCheckView, run_checks
    from digitdesk.gui.numbers import readable
    view = GradCheckView()
    qtbot.addWidget(view)
    model = Model(REPLAYS["002"].config)
    x, y, _, _ = load_mnist()
    report = run_checks(model, *check_batch(model.config, x, y))
    update = report.update
    assert update.status == "fail" and update.change <= update.noise  # the case in question
    assert set(update.uphill) >= {"W1"}
    view.show_report(report)
    text = view.table.item(view.table.rowCount() - 1, 6).text()
    assert "0.0e+00" not in text, text
    assert "lowered the loss in total" in text and "W1" in text
    rise = max(change for name, change in update.tensor_changes if name in update.uphill)
    # (written as the view writes a small number: 5.2·10⁻⁵, not 5.2e-05)
    assert format(readable(rise), ".1e") in text and "e-0" not in text, text


@pytest.mark.parametrize("status, error, at_w", [("pass", 1e-8, 0), ("warn", 1e-8, 1),
                                                 ("warn", 1e-4, 1), ("fail", 0.5, 1)])
def test_every_gradient_row_says_how_many_coordinates_sat_at_a_kink(qtbot, status, error, at_w):
    """The kink count was shown on 'pass' rows only: a learner looking at a failing or
    warning tensor could not tell whether it was compared one-sided, or at a kink right at
    w. A tensor that agrees everywhere but at such a kink is a warning that says why."""
    import dataclasses

    from digitdesk.engine.gradcheck import GradCheckResult, UpdateCheckResult
    from digitdesk.gui.gradcheck_view import CheckReport, GradCheckView
    view = GradCheckView()
    qtbot.addWidget(view)
    b1 = GradCheckResult("b1", (32,), 32, error, error, 0.01, 0.1, one_sided=2, at_w=at_w)
    assert b1.status == status
    update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
    view.show_report(CheckReport("784-32-10", (b1, dataclasses.replace(b1, name="W2", one_sided=0,
                                                                       at_w=0)),
                                 update, 16, 0.1))
    text = view.table.item(0, 6).text()
    assert "; 2 compared with a one-sided difference" in text, text
    assert ("; 1 at a kink at w, or too close to w to tell" in text) == bool(at_w), text
    if (status, error) == ("warn", 1e-8):
        assert text.startswith("Agrees to rounding wherever it could be compared"), text
    w2 = view.table.item(1, 6).text()  # no kink there: no count
    assert "one-sided" not in w2 and "at w" not in w2, w2


def seen_difference(first, second):
    """How different two ``QColor``s look: their distance in CIELAB (CIE76 delta E, D65
    white). About 2 is barely noticed; from about 10 on they read as two colours."""
    def lab(colour):
        rgb = np.array([colour.redF(), colour.greenF(), colour.blueF()])
        linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                        [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
        f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
        return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])
    return float(np.linalg.norm(lab(first) - lab(second)))


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_every_result_colour_stands_out_from_what_it_lies_on(qtbot, english, code):
    """The legend's grey "vanishing" badge (#e5e7e9 on the window's #efefef: 3 apart) was
    hardly seen, in every language. Each badge stands out from the window behind the
    legend, and each row's colour from the table's white, by at least 10."""
    from PySide6.QtGui import QColor, QPalette

    from digitdesk.gui.gradcheck_view import STATUS_COLORS, GradCheckView
    from digitdesk.gui.language import install_language
    install_language(code)
    view = GradCheckView()
    qtbot.addWidget(view)
    badges = re.findall(r"background:\s*(#[0-9a-fA-F]{6})", view.explanation.text())
    assert len(badges) == len(STATUS_COLORS), view.explanation.text()
    window = view.explanation.palette().color(QPalette.ColorRole.Window)
    assert {colour: round(seen_difference(QColor(colour), window), 1)
            for colour in badges if seen_difference(QColor(colour), window) < 10} == {}
    base = view.table.palette().color(QPalette.ColorRole.Base)
    assert {status: round(seen_difference(colour, base), 1) for status, colour in
            STATUS_COLORS.items() if seen_difference(colour, base) < 10} == {}


def test_a_tensor_most_of_whose_weights_were_not_compared_is_not_checked_and_says_why(qtbot):
    """Coordinates that could not be compared used to count as agreeing: a tensor none of
    whose weights was compared showed "warn", error 0, "Agrees to rounding". Now its row
    is "not checked" (its own status: it said FAIL beside "Not checked…"), shows no error,
    counts only the compared weights, and says the check cannot vouch for it; the tab's
    legend no longer blames a warning on a kink straddled by w ± h (those are compared on
    a step without it), nor calls such a tensor a failure. An uphill step then is not said
    to follow a gradient that is right: it was not checked everywhere."""
    from digitdesk.engine.gradcheck import GradCheckResult, UpdateCheckResult
    from digitdesk.gui.gradcheck_view import CheckReport, GradCheckView
    view = GradCheckView()
    qtbot.addWidget(view)
    none = GradCheckResult("W1", (784, 32), 40, float("nan"), 0.0, 0.01, 0.1, not_compared=40)
    some = GradCheckResult("b1", (32,), 32, 1e-9, 1e-10, 0.01, 0.1, not_compared=3)
    update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
    view.show_report(CheckReport("784-32-10", (none, some), update, 16, 0.1))
    assert view.statuses()["W1"] == "unchecked" and view.statuses()["b1"] == "warn"
    assert [view.table.item(0, column).text() for column in (2, 3)] == ["0", "—"]
    assert view.table.item(1, 2).text() == "29"
    text = view.table.item(0, 6).text()
    assert text.startswith("Not checked: only 0 of 40 weights could be compared"), text
    assert "disagree" not in text and "Agrees" not in text, text
    assert view.table.item(1, 6).text().startswith(
        "Agrees to rounding wherever it could be compared; 3 not compared")
    summary = view.summary.text()
    assert "Not checked: most weights of W1 could not be compared" in summary, summary
    assert "Backprop is wrong" not in summary, summary
    legend = view.explanation.text()
    assert "most weights not compared" in legend and "kink between" not in legend, legend
    assert "not compared: fail" not in legend and "or most weights not compared" not in legend
    assert view.table.item(0, 4).text() == "not checked"
    uphill = UpdateCheckResult("update direction", 1.0, 1.1, -0.1, 1e-3, 1.0, 0.01,
                               (("W1", 0.1), ("b1", -0.01)))
    view.show_report(CheckReport("784-32-10", (none, some), uphill, 16, 0.1))
    summary = view.summary.text()
    assert "although the gradient is right wherever it could be checked" in summary, summary
    assert "although the gradient is right:" not in summary, summary


def test_the_diagnostics_legend_names_the_shapes_of_the_run_in_progress(qtbot, window):
    """Question 000 (784-250-1), then its fixed twin (784-250-10): as deep, so the curves
    go on, but the legend still said "layer 2 (250→1)" during and after the twin's run."""
    first = SMALL.replace(hidden=(16,), epochs=1, train_size=500, val_size=100)
    train(qtbot, window, first.replace(digits=(3, 7)))
    legend = window.diagnostics_view.legend.text()
    assert "16→2" in legend and "16→10" not in legend
    train(qtbot, window, first)
    legend = window.diagnostics_view.legend.text()
    assert "16→10" in legend and "16→2" not in legend


def test_reset_weights_and_open_forget_the_last_run_s_findings_and_legend(qtbot, window,
                                                                         tmp_path):
    """After question 003's run, Reset weights and Open still showed its problem ("The
    loss jumps up and down"), its layer shapes and its epochs axis beside the emptied
    plots."""
    window.ask_before_discarding = False
    window.views.setCurrentWidget(window.diagnostics_view)
    view = window.diagnostics_view

    def problems():
        return [f.key for f in view.current_findings() if f.severity == "problem"]

    def legend():
        return view.legend.text().replace("\xa0", " ")

    def go_wrong():  # question 003: 30 full-batch steps, the loss jumps up and down
        train(qtbot, window, REPLAYS["003"].config.replace(epochs=30))
        qtbot.waitUntil(lambda: "oscillating" in problems(), timeout=10000)
        assert "layer 1 (784→3)" in legend()

    def epochs_shown():
        return view.grad_plot.getPlotItem().viewRange()[0]

    go_wrong()
    assert epochs_shown()[1] >= 29  # the run's 30 epochs
    window.reset_weights()
    assert problems() == []
    assert "layer 1" not in legend() and "784→" not in legend()
    assert view.point_count() == 0
    # the epochs axis as on an empty view, not the old run's 0-30 over no curve
    assert epochs_shown()[1] <= 1.5

    go_wrong()
    path = tmp_path / "other.npz"
    Model(TrainConfig(hidden=(256,), epochs=1)).save(path)
    assert window.open_file(str(path))
    assert problems() == []
    assert "layer 1" not in legend() and "784→" not in legend()
    # the next run's measurements bring the curves and the legend back, with its shapes
    train(qtbot, window, SMALL.replace(epochs=1, train_size=500, val_size=100))
    qtbot.waitUntil(lambda: "layer 1 (784→32)" in legend(), timeout=5000)
    assert view.point_count() > 0


@pytest.mark.parametrize("bias", [20, 25])
def test_the_tab_does_not_call_a_correct_network_wrong_below_the_resolution(qtbot, bias):
    """A correct network whose hidden gradients are below what the central difference can
    resolve (a sigmoid layer saturated by its biases, squared error summed over 256
    images): the tab said "Backprop is wrong for W1, b1" (or, on a confident network,
    "Look closer at W1, b1, W2, b2"). Now such rows pass (with the resolution in their
    details) or are too small to check, and the summary blames nothing."""
    from digitdesk.engine.gradcheck import UpdateCheckResult, gradient_check
    from digitdesk.engine.losses import make_loss
    from digitdesk.gui.gradcheck_view import CheckReport, GradCheckView
    from test_engine import _saturated_mse_network
    network, x, labels = _saturated_mse_network(bias)
    results = gradient_check(network, make_loss("linear_mse", "sum"), x, labels)
    view = GradCheckView()
    qtbot.addWidget(view)
    update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
    view.show_report(CheckReport("20-8-10", tuple(results), update, 256, 0.1))
    statuses = view.statuses()
    assert {statuses["W1"], statuses["b1"]} == ({"pass"} if bias == 20 else {"vanishing"})
    # A vanishing row's relative error (about 1) read as "totally wrong": none is shown.
    errors = {view.table.item(row, 3).text() for row in (0, 1)}
    if bias == 20:
        assert "—" not in errors, errors
    else:
        assert errors == {"—"}, errors
        assert max(r.max_relative_error for r in results[:2]) > 0.1  # (else this shows nothing)
    summary = view.summary.text()
    assert "Backprop is wrong" not in summary and "Look closer" not in summary, summary
    details = view.table.item(0, 6).text()
    assert "what the central difference can resolve here" in details, details


def test_the_status_bar_names_a_tensor_the_check_could_not_check(qtbot, window):
    """The bar said "no failure, but look at the table" when a tensor was "not checked":
    a learner could take that for a pass with a detail. It now names the tensor."""
    from digitdesk.engine.gradcheck import GradCheckResult, UpdateCheckResult
    from digitdesk.gui.gradcheck_view import CheckReport
    none = GradCheckResult("W1", (784, 32), 40, float("nan"), 0.0, 0.01, 0.1, not_compared=40)
    fine = GradCheckResult("b1", (32,), 32, 1e-9, 1e-10, 0.01, 0.1)
    update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
    window.lab._on_gradient_check_done(CheckReport("784-32-10", (none, fine), update, 16, 0.1))
    status = window.statusBar().currentMessage()
    assert status == ("Gradient check: could not check W1 (most weights could not be "
                      "compared)."), status
