""""Teach it my handwriting" through the real window (offscreen): keeping drawn digits,
the My handwriting tab, deleting, fine-tuning on a worker thread, and the drawing panel's
preview showing what the network really receives (deskewed for a model that deskews).

The personal set goes to a folder under tmp_path (``DIGITDESK_DATA_DIR``), the settings
to an INI file there, and every thread the worker module starts must have ended when a
test's window has closed.
"""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from digitdesk.data import load_mnist
from digitdesk.engine import PRESETS, Model, TrainConfig, Trainer, load_model
from digitdesk.engine.averaging import averaged_probabilities
from digitdesk.engine.explain import prepared_input
from conftest import (made_active, running, shown_panel, wait_for_the_digits,
                      wait_for_the_reading)
from digitdesk.gui.personal_view import DATA_DIR_ENV, PersonalView
from digitdesk.personal import FILE_NAME, PersonalSet
from digitdesk.preprocess import deskew

SMALL = TrainConfig(hidden=(32,), activation="relu", init="he", optimizer="momentum",
                    learning_rate=0.1, batch_size=64, epochs=1, train_size=2000, val_size=500)


# ------------------------------------------------------------------------------ fixtures
# isolated_settings, questions and threads: see conftest.py
pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """The personal set lives here, never in the user's real data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    """A small trained model (784-32-10, 2,000 images, one epoch: ~85% on MNIST)."""
    x, y, _, _ = load_mnist()
    model = Model(SMALL)
    Trainer(model, x[:2000], y[:2000], x[2000:2500], y[2000:2500]).run()
    path = tmp_path_factory.mktemp("models") / "small.npz"
    model.save(path)
    return path


def personal_digits(n):
    """``n`` MNIST test digits standing in for a user's handwriting."""
    _, _, x_test, y_test = load_mnist()
    return x_test[:n], y_test[:n]


def kept_on_disk(data_dir, n):
    """``n`` MNIST test digits kept in the personal set of ``data_dir`` (before the window
    opens, as a user's earlier session left them); their images and labels."""
    images, labels = personal_digits(n)
    stored = PersonalSet(data_dir)
    for image, label in zip(images, labels):
        stored.add(image, label)
    return images, labels


def click(widget, position=None):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     position if position is not None else widget.rect().center())


def draw(canvas, points):
    """One stroke through ``points`` (fractions of the pad), with real mouse events."""
    side = min(canvas.width(), canvas.height())
    left = (canvas.width() - side) / 2

    def at(fx, fy):
        return QPoint(int(left + fx * side), int(fy * side))

    path = [at(*p) for p in points]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[0])
    for a, b in zip(path, path[1:]):
        for t in np.linspace(0, 1, 8)[1:]:
            QTest.mouseMove(canvas, QPoint(int(a.x() + t * (b.x() - a.x())),
                                           int(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       path[-1])


SEVEN = [(0.3, 0.2), (0.7, 0.2), (0.6, 0.45), (0.5, 0.8)]
SLANTED_ONE = [(0.65, 0.15), (0.35, 0.85)]  # leans right: deskewing stands it up


def column_count(view, digit):
    return view.columns[digit].list.count()


def quick_adapt(learnt=None):
    """A stand-in for ``adaptation.adapt`` that returns at once, better on the held-out
    digits (so the adapted model goes in use), counting in ``learnt`` the digits it was
    given: for tests of what the window does with a fine-tune, not of the fine-tune."""
    from digitdesk.personal import FineTuneReport

    def adapt(model, images, labels, base_name, progress):
        if learnt is not None:
            learnt.append(len(labels))
        return model, FineTuneReport(
            personal_before=0.3, personal_after=0.9, mnist_before=0.95, mnist_after=0.94,
            seconds=1.5, held_out_before=0.3, held_out_after=0.6,
            held_out_digits=len(labels), rounds=2, personal_digits=len(labels))
    return adapt


# ------------------------------------------------------------------------------ tests
def test_keeping_a_drawn_digit_shows_it_in_the_tab_and_stores_it(qtbot, make_window,
                                                                  model_file, data_dir):
    window = make_window()
    window.load_model(model_file)
    panel, view = window.digit_panel, window.personal_view
    assert not panel.keep_button.isEnabled()  # nothing drawn yet

    draw(window.drawing_canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    # The label follows what the network reads (when it is sure), until the user picks one.
    assert panel.probabilities().max() >= panel.confidence.threshold()
    assert panel.keep_digit.currentIndex() == int(np.argmax(panel.probabilities()))
    panel.keep_digit.setFocus()
    QTest.keyClick(panel.keep_digit, Qt.Key.Key_3)  # the user says: it is a 3
    assert panel.keep_digit.currentText() == "3"
    draw(window.drawing_canvas, [(0.5, 0.5), (0.52, 0.52)])  # a new stroke keeps the choice
    qtbot.waitUntil(lambda: not panel.is_prediction_pending(), timeout=2000)
    assert panel.keep_digit.currentText() == "3"

    click(panel.keep_button)
    window.views.setCurrentWidget(view)  # the tab reads the kept digits when it is shown
    assert column_count(view, 3) == 1 and sum(column_count(view, d) for d in range(10)) == 1
    assert "1 kept" in view.columns[3].count.text()
    assert "Kept as your 3" in window.statusBar().currentMessage()
    assert not panel.keep_button.isEnabled()  # the same drawing is not kept twice
    assert "Your digits: <b>1</b>" in view.summary.text()

    on_disk = PersonalSet.load(data_dir)
    assert on_disk.labels.tolist() == [3]
    expected = np.rint(window.drawing_canvas.mnist_image() * 255).astype(np.uint8)
    np.testing.assert_array_equal(on_disk.images[0], expected)

    click(panel.clear_button)  # a new digit: the label follows the network again
    draw(window.drawing_canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.keep_digit.currentIndex() == int(np.argmax(panel.probabilities()))
    assert panel.keep_button.isEnabled()


def test_a_corrected_drawing_is_kept_once_and_a_second_click_relabels_it(
        qtbot, make_window, model_file, data_dir):
    """Clicking the right digit under the bars keeps the drawing; Keep as stayed on, so
    the same drawing could be kept again under another label, and a second click (the
    user changing their mind) added a second copy: the model was then taught one drawing
    as two digits."""
    window = make_window()
    window.load_model(model_file)
    panel, view, bars = window.digit_panel, window.personal_view, window.probability_view
    draw(window.drawing_canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    assert panel.keep_button.isEnabled()

    click(bars, bars.row_rect(3).center().toPoint())  # "it is a 3"
    assert PersonalSet.load(data_dir).labels.tolist() == [3]
    assert not panel.keep_button.isEnabled()  # as if Keep as had been pressed
    assert panel.keep_digit.currentText() == "3"
    click(panel.keep_button)  # off: nothing happens
    assert PersonalSet.load(data_dir).labels.tolist() == [3]

    assert window.statusBar().currentMessage() == \
        "Kept as your 3; the model learns it in a moment."
    assert window.adaptation.pending()

    click(bars, bars.row_rect(3).center().toPoint())  # the same again: still one 3
    assert PersonalSet.load(data_dir).labels.tolist() == [3]
    assert window.statusBar().currentMessage() == "Already kept as your 3."
    assert window.adaptation.pending()  # the one re-tune on its way
    click(bars, bars.row_rect(2).center().toPoint())  # no, a 2: the 3 becomes a 2
    assert window.statusBar().currentMessage() == "Now kept as your 2, not 3."
    on_disk = PersonalSet.load(data_dir)
    assert on_disk.labels.tolist() == [2]
    expected = np.rint(window.drawing_canvas.mnist_image() * 255).astype(np.uint8)
    np.testing.assert_array_equal(on_disk.images[0], expected)
    assert view.personal_set().labels.tolist() == [2]
    assert not panel.keep_button.isEnabled() and panel.keep_digit.currentText() == "2"
    assert window.adaptation.pending()  # the model learns the 2, not a 3 and a 2

    # A new stroke makes a new drawing: it can be kept, as a new digit.
    draw(window.drawing_canvas, [(0.5, 0.5), (0.52, 0.6)])
    qtbot.waitUntil(lambda: not panel.is_prediction_pending(), timeout=2000)
    assert panel.keep_button.isEnabled()
    click(panel.keep_button)
    assert PersonalSet.load(data_dir).labels.tolist() == [2, 2]


def test_a_digit_kept_with_keep_as_then_clicked_under_the_bars_is_learnt(
        qtbot, make_window, model_file, data_dir):
    """Keep as keeps a drawing without re-tuning; clicking its digit under the bars then
    asks the model to learn it: kept once, and a re-tune on its way."""
    window = make_window()
    window.load_model(model_file)
    panel, bars = window.digit_panel, window.probability_view
    draw(window.drawing_canvas, SEVEN)
    wait_for_the_reading(qtbot, panel)
    panel.keep_digit.setCurrentIndex(3)
    click(panel.keep_button)
    assert PersonalSet.load(data_dir).labels.tolist() == [3]
    assert not window.adaptation.pending()
    click(bars, bars.row_rect(3).center().toPoint())
    assert PersonalSet.load(data_dir).labels.tolist() == [3]  # not twice
    assert window.adaptation.pending()
    assert window.statusBar().currentMessage() == \
        "Kept as your 3; the model learns it in a moment."


def test_deleting_removes_digits_from_the_tab_and_the_disk(qtbot, make_window, data_dir):
    images, labels = kept_on_disk(data_dir, 6)  # labels 7 2 1 0 4 1
    window = make_window()
    view = window.personal_view
    window.views.setCurrentWidget(view)
    assert [column_count(view, d) for d in (0, 1, 2, 4, 7)] == [1, 2, 1, 1, 1]
    assert not view.delete_button.isEnabled()  # nothing selected
    assert not view.fine_tune_button.isEnabled()  # no model to fine-tune

    ones = view.columns[1].list
    click(ones.viewport(), ones.visualItemRect(ones.item(1)).center())  # the second 1
    assert view.selected_indices() == [5]
    click(view.delete_button)
    assert column_count(view, 1) == 1
    assert PersonalSet.load(data_dir).labels.tolist() == [7, 2, 1, 0, 4]
    assert "Deleted 1" in window.statusBar().currentMessage()

    sevens = view.columns[7].list
    click(sevens.viewport(), sevens.visualItemRect(sevens.item(0)).center())
    # The Delete key and the context menu trigger this action.
    assert view.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    view.delete_action.trigger()
    assert column_count(view, 7) == 0
    on_disk = PersonalSet.load(data_dir)
    assert on_disk.labels.tolist() == [2, 1, 0, 4]
    np.testing.assert_array_equal(on_disk.images, images[1:5])


def test_fine_tuning_through_the_tab_adapts_like_every_fine_tune(qtbot, make_window,
                                                                 model_file, data_dir, threads):
    """The tab's button takes the app's one fine-tune path: the badge, the held-out and
    MNIST figures, one click back to the original."""
    images, labels = kept_on_disk(data_dir, 20)
    window = make_window()
    window.load_model(model_file)
    view = window.personal_view
    window.views.setCurrentWidget(view)
    wait_for_the_digits(qtbot, view)
    before = window.model()
    right_before = int(np.sum(before.predict(images) == labels))
    assert f"reads <b>{right_before} of them" in view.summary.text()

    assert view.fine_tune_button.isEnabled()
    with qtbot.waitSignal(window.adaptation.adapted, timeout=60000) as tuned:
        click(view.fine_tune_button)
        assert view.busy.isVisible() and not view.fine_tune_button.isEnabled()
        assert not window.start_action.isEnabled()  # nothing replaces the model meanwhile
        assert not window.open_action.isEnabled()
        assert not window.files.recent_menu.menuAction().isEnabled()  # (it was not greyed)
        assert not window.open_file("dropped.npz")  # a drop: refused, with a word
        assert window.statusBar().currentMessage() == (
            "Wait until fine-tuning has finished before opening a model.")
    qtbot.waitUntil(lambda: not window.adaptation.is_busy(), timeout=5000)
    qtbot.waitUntil(lambda: not running(threads), timeout=5000)
    assert not view.busy.isVisible() and view.fine_tune_button.isEnabled()

    after, report = tuned.args
    assert window.model() is after and after is not before
    assert window.digit_panel.badge.isVisible()
    assert after.info["fine_tuned"]["personal_digits"] == 20
    assert after.info["fine_tuned"]["base_model"] == "small.npz"
    assert after.info["test_accuracy"] == report.mnist_after > 0.7
    right_after = int(np.sum(after.predict(images) == labels))
    text = view.report.text()
    assert report.held_out_digits == 20  # the two rounds of ten digits
    assert (f"{100 * report.held_out_before:.0f}% → {100 * report.held_out_after:.0f}%"
            in text)
    assert f"{100 * report.mnist_after:.2f}%" in text
    wait_for_the_digits(qtbot, view)
    assert f"reads <b>{right_after} of them" in view.summary.text()
    assert "fine-tuned on 20 of your digits" in window.model_info.text()
    click(window.digit_panel.switch_button)  # "Use the original"
    assert window.model() is before and not window.digit_panel.badge.isVisible()


def test_the_fine_tune_figures_are_shown_again_after_a_restart(qtbot, make_window,
                                                               model_file, data_dir, threads):
    """My handwriting showed the held-out and MNIST figures of the last fine-tune until
    the app restarted with the adapted model in use: then they were gone. The adapted
    model's file keeps them, and the restarted tab shows them again."""
    kept_on_disk(data_dir, 20)
    window = make_window()
    window.load_model(model_file)
    view = window.personal_view
    window.views.setCurrentWidget(view)
    with qtbot.waitSignal(window.adaptation.adapted, timeout=60000) as tuned:
        click(view.fine_tune_button)
    qtbot.waitUntil(lambda: not running(threads), timeout=20000)
    report = tuned.args[1]
    assert window.adaptation.is_adapted_in_use()
    shown = view.report.text()
    window.close()

    again = make_window()  # the app restarted, the adapted model in use
    assert again.adaptation.is_adapted_in_use()
    report_label = again.personal_view.report
    again.views.setCurrentWidget(again.personal_view)
    assert report_label.isVisible()
    assert report_label.text() == shown
    assert (f"{100 * report.held_out_before:.0f}% → {100 * report.held_out_after:.0f}%"
            in report_label.text())
    assert f"{100 * report.mnist_after:.2f}%" in report_label.text()
    # Another model in use: the figures, of the adapted model, go.
    click(again.digit_panel.switch_button)  # "Use the original"
    assert not report_label.isVisible()


def test_the_fine_tune_figures_come_back_with_the_adapted_model(
        qtbot, make_window, model_file, data_dir, threads, monkeypatch):
    """"Use the original", then "Use the adapted model", in one session: the figures of
    the fine-tune went with the first click and did not come back with the second (only a
    restart brought them back). They belong to the adapted model, and show while it reads."""
    import digitdesk.gui.adaptation as adaptation_module
    monkeypatch.setattr(adaptation_module, "adapt", quick_adapt())
    kept_on_disk(data_dir, 20)
    window = make_window()
    window.load_model(model_file)
    view = window.personal_view
    window.views.setCurrentWidget(view)
    with qtbot.waitSignal(window.adaptation.adapted, timeout=30000):
        click(view.fine_tune_button)
    qtbot.waitUntil(lambda: not running(threads), timeout=20000)
    adapted, shown = window.model(), view.report.text()
    assert view.report.isVisible() and "60%" in shown  # held out: 30% → 60%
    switch = window.digit_panel.switch_button
    assert switch.text() == "Use the original"
    click(switch)
    assert window.model() is window.adaptation.original() and not view.report.isVisible()
    assert switch.text() == "Use the adapted model"
    click(switch)
    assert window.model() is adapted
    assert view.report.isVisible() and view.report.text() == shown


def test_an_unreadable_personal_file_is_reported_and_left_alone(make_window, data_dir,
                                                               model_file, qtbot):
    data_dir.mkdir()
    (data_dir / FILE_NAME).write_bytes(b"not a zip file")
    window = make_window()
    window.load_model(model_file)
    assert "cannot be read" in window.personal_view.summary.text()
    draw(window.drawing_canvas, SEVEN)
    window.digit_panel.keep_digit.setFocus()
    QTest.keyClick(window.digit_panel.keep_digit, Qt.Key.Key_7)
    click(window.digit_panel.keep_button)
    assert "Cannot keep the digit" in window.statusBar().currentMessage()
    assert (data_dir / FILE_NAME).read_bytes() == b"not a zip file"


def shown_preview(panel):
    """The 28 x 28 image the preview shows, read back from its pixels (cell centres)."""
    grabbed = panel.preview.grab().toImage()
    cell = (min(grabbed.width(), grabbed.height()) - 2) // 28
    x0 = (grabbed.width() - 28 * cell) // 2 + cell // 2
    y0 = (grabbed.height() - 28 * cell) // 2 + cell // 2
    return np.array([[grabbed.pixelColor(x0 + c * cell, y0 + r * cell).lightness()
                      for c in range(28)] for r in range(28)], dtype=np.float64)


def test_the_preview_shows_the_deskewed_image_for_a_deskew_model(qtbot):
    panel = shown_panel(qtbot)
    draw(panel.canvas, SLANTED_ONE)
    drawn = panel.mnist_image()
    straightened = deskew(drawn)
    assert np.abs(straightened - drawn).max() > 0.5  # the slant is worth straightening

    panel.set_model(Model(SMALL.replace(deskew=True)))
    np.testing.assert_allclose(shown_preview(panel), straightened * 255, atol=2)
    assert "straightened" in panel.sees_label.text()

    panel.set_model(Model(SMALL))  # a model that does not deskew sees the drawing as it is
    np.testing.assert_allclose(shown_preview(panel), drawn * 255, atol=2)
    assert "straightened" not in panel.sees_label.text()


def test_the_convolutional_preset_reads_the_pad_deskewed_as_it_trained(qtbot, tmp_path):
    """The recommended model straightens every digit: its training images once, before
    the augmentation, and the pad's digit before the five views it averages; the preview
    and the Inside tab show that straightened digit, and the saved file keeps it so."""
    assert PRESETS["convolutional"].deskew and PRESETS["convolutional"].convolutional
    config = PRESETS["convolutional"].replace(epochs=1, train_size=256, val_size=64)
    x, y, _, _ = load_mnist()
    model = Model(config)
    trainer = Trainer(model, x[:256], y[:256], x[256:320], y[256:320])
    # Training stores the straightened images as uint8: within half a grey level of the
    # pad's float deskew of the same image.
    np.testing.assert_allclose(trainer.x_train / 255, deskew(x[:256]).reshape(256, 784),
                               atol=0.5 / 255 + 1e-6)
    trainer.run()
    model.save(tmp_path / "cnn.npz")
    model = load_model(tmp_path / "cnn.npz")
    assert model.config.deskew

    panel = shown_panel(qtbot)
    panel.set_model(model)
    panel.confidence.set_temperature(1.0)  # the bars then show the probabilities as read
    draw(panel.canvas, SLANTED_ONE)
    wait_for_the_reading(qtbot, panel)
    drawn = panel.mnist_image()
    straightened = deskew(drawn)
    assert np.abs(straightened - drawn).max() > 0.5
    np.testing.assert_allclose(shown_preview(panel), straightened * 255, atol=2)
    expected = averaged_probabilities(model, straightened.reshape(1, 784))[0]
    np.testing.assert_allclose(panel.probabilities(), expected, atol=1e-5)
    unstraightened = averaged_probabilities(model, drawn.reshape(1, 784))[0]
    assert np.abs(unstraightened - expected).max() > 1e-3  # the deskew changed the reading
    # The Inside tab explains the digit the network read: the straightened one.
    np.testing.assert_allclose(prepared_input(model, drawn), straightened, atol=1e-6)


def read_with(qtbot, view, model):
    """Put ``model`` in use in ``view`` and wait until its readings are shown: the kept
    digits are read on a background thread."""
    view.set_model(model)
    wait_for_the_digits(qtbot, view)


def view_of_kept(qtbot, folder, images, labels):
    """A My handwriting view of a personal set in ``folder`` holding ``images, labels``."""
    stored = PersonalSet(folder)
    for image, label in zip(images, labels):
        stored.add(image, label)
    view = PersonalView(folder)
    qtbot.addWidget(view)
    view.show()  # the tab as the user sees it: a hidden one reads its digits when shown
    return view


def test_the_view_reads_the_set_with_the_model_and_marks_misreads(qtbot, tmp_path):
    images, labels = personal_digits(10)
    view = view_of_kept(qtbot, tmp_path, images, labels)
    model = Model(SMALL)  # random weights: most digits misread
    read_with(qtbot, view, model)
    readings = model.predict(images)
    wrong = int(np.sum(readings != labels))
    assert wrong > 0
    shown_wrong = sum(1 for column in view.columns for i in range(column.list.count())
                      if "reads it as" in column.list.item(i).toolTip())
    assert shown_wrong == wrong



def test_a_digit_the_model_has_no_output_for_is_not_marked_misread(qtbot, tmp_path):
    """A 3-vs-7 model reads a kept 4 as 3 or 7 by construction: the 4 was framed red as
    "misread" ("the model in use reads it as 3"), which no fine-tune can mend (it cannot
    learn a 4). It is said as what it is; its own digits are still marked."""
    images, labels = personal_digits(40)
    view = view_of_kept(qtbot, tmp_path, images, labels)
    model = Model(SMALL.replace(digits=(3, 7)))  # random weights: misreads among its digits
    read_with(qtbot, view, model)
    others = 0
    for column in view.columns:
        tips = [column.list.item(i).toolTip() for i in range(column.list.count())]
        if column.digit in (3, 7) or not tips:
            continue
        others += len(tips)
        assert all("has no output for" in tip for tip in tips), column.digit
        assert "misread" not in column.count.text()
    assert others == int(np.sum(~np.isin(labels, (3, 7)))) > 20
    mine = np.isin(labels, (3, 7))
    wrong = int(np.sum(model.predict(images[mine]) != labels[mine]))
    shown_wrong = sum(1 for column in view.columns for i in range(column.list.count())
                      if "reads it as" in column.list.item(i).toolTip())
    assert shown_wrong == wrong

def test_the_view_reads_a_cnns_digits_as_the_pad_does(qtbot, tmp_path):
    """For a convolutional network the pad shows the mean of five versions of the digit
    (engine/averaging.py): My handwriting reads the kept digits the same way, so a digit
    the pad read right is not marked misread here (it was read plainly)."""
    from digitdesk.engine.averaging import read_digits
    images, labels = personal_digits(60)
    view = view_of_kept(qtbot, tmp_path, images, labels)
    model = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=3))  # random weights
    read_with(qtbot, view, model)
    as_the_pad = np.argmax(read_digits(model, images), axis=1)
    plain = model.predict(images)
    assert np.any(as_the_pad != plain)  # else this test could not tell the two apart
    shown_wrong = sum(1 for column in view.columns for i in range(column.list.count())
                      if "reads it as" in column.list.item(i).toolTip())
    assert shown_wrong == int(np.sum(as_the_pad != labels))
    assert shown_wrong != int(np.sum(plain != labels))


def test_each_kept_digit_is_read_once_per_model(qtbot, tmp_path, monkeypatch):
    """Reading as the pad does costs five forward passes a digit: a keep reads only the
    new digit, a delete or a language switch none, a new model all."""
    import digitdesk.gui.personal_view as personal_view
    images, labels = personal_digits(12)
    view = view_of_kept(qtbot, tmp_path, images[:10], labels[:10])
    rows = []
    real = personal_view.read_digits
    monkeypatch.setattr(personal_view, "read_digits",
                        lambda model, x: rows.append(len(x)) or real(model, x))
    model = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=1))
    read_with(qtbot, view, model)
    assert rows == [10]
    view.keep(images[10], int(labels[10]))
    wait_for_the_digits(qtbot, view)
    assert rows == [10, 1]
    view.retranslate()  # as a language switch does
    view.columns[int(labels[0])].list.item(0).setSelected(True)
    view.delete_selected()
    assert rows == [10, 1]
    readings = [item for column in view.columns for item in
                (column.list.item(i).toolTip() for i in range(column.list.count()))]
    assert len(readings) == 10
    read_with(qtbot, view, Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=2)))
    assert rows == [10, 1, 10]


def test_the_kept_digits_are_read_off_the_gui_thread_for_the_model_in_use(
        qtbot, tmp_path, monkeypatch):
    """With the Convolutional preset's network and 100 kept digits, each switch of model
    (the "adapted to your handwriting" badge toggled) froze the window for over a second:
    the digits were read on the GUI thread. They are read in the background now, the tab
    says so meanwhile, a reading for a model no longer in use is not shown, and a model
    switched back to is not read again."""
    import threading

    import digitdesk.gui.personal_view as personal_view
    images, labels = personal_digits(20)
    view = view_of_kept(qtbot, tmp_path, images, labels)
    gate = threading.Event()  # the reading waits for it: the test sees the "reading" state
    calls = []  # the thread of each reading
    real = personal_view.read_digits

    def slow_read(model, x):
        calls.append(threading.current_thread())
        gate.wait(20)
        return real(model, x)

    monkeypatch.setattr(personal_view, "read_digits", slow_read)
    first = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=1))
    second = Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=2))
    view.set_model(first)
    assert "Reading them with the model in use" in view.summary.text()
    view.set_model(second)  # before the first model's reading has ended
    assert view.is_reading()
    gate.set()
    wait_for_the_digits(qtbot, view)
    assert len(calls) == 2 and threading.main_thread() not in calls
    # What is shown is the second model's reading, not the first's, which ended first.
    expected = np.argmax(read_digits_of(second, images), axis=1)
    assert np.any(expected != np.argmax(read_digits_of(first, images), axis=1))
    assert shown_readings(view, labels) == list(expected)
    assert f"reads <b>{int(np.sum(expected == labels))} of them" in view.summary.text()
    # Back to the first model (the badge toggled): its reading was kept, none runs.
    view.set_model(first)
    assert not view.is_reading() and len(calls) == 2
    assert shown_readings(view, labels) == list(np.argmax(read_digits_of(first, images), axis=1))


def read_digits_of(model, images):
    from digitdesk.engine.averaging import read_digits
    return read_digits(model, images)


def shown_readings(view, labels):
    """What the tab shows each kept digit read as, in the order they were kept."""
    read = {}
    for column in view.columns:
        for row in range(column.list.count()):
            item = column.list.item(row)
            tip = item.toolTip()
            digit = int(tip.rsplit(" ", 1)[1]) if "reads it as" in tip else column.digit
            assert "reads it" in tip, tip
            read[item.data(Qt.ItemDataRole.UserRole)] = digit
    return [read[i] for i in range(len(labels))]


def test_a_hidden_tab_reads_the_kept_digits_when_it_is_shown(qtbot, tmp_path, monkeypatch):
    """A run's end puts a new model in use: a hidden My handwriting tab reads the kept
    digits (five forward passes each for a CNN, on the GUI thread) only when shown."""
    import digitdesk.gui.personal_view as personal_view
    images, labels = personal_digits(10)
    view = view_of_kept(qtbot, tmp_path, images, labels)
    view.hide()
    rows = []
    real = personal_view.read_digits
    monkeypatch.setattr(personal_view, "read_digits",
                        lambda model, x: rows.append(len(x)) or real(model, x))
    view.set_model(Model(TrainConfig(layers=("conv4x5", "pool2", "dense16"), seed=1)))
    assert rows == []
    view.show()
    wait_for_the_digits(qtbot, view)
    assert rows == [10]
    assert "Your digits: <b>10</b>. The model in use reads" in view.summary.text()


def test_a_model_put_in_use_writes_the_settings_file_once(qtbot, window, monkeypatch):
    """Every training run ends with its model put in use; each QSettings object writes
    the settings file when it goes (~13 ms on a busy disk, on the window's thread), so
    what the adaptation remembers of it is written with one."""
    import digitdesk.gui.adaptation as adaptation_module
    made = []

    class CountedSettings(adaptation_module.QSettings):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(adaptation_module, "QSettings", CountedSettings)
    window.set_model(Model(TrainConfig(hidden=(8,), epochs=1)), unsaved=True)
    assert len(made) == 1


def test_delete_pressed_by_keyboard_leaves_the_focus_in_the_column(qtbot, make_window,
                                                                  data_dir):
    """Delete, reached by Tab and pressed, goes off with the selection: Qt handed the
    focus on in Tab order, away from the digits."""
    from PySide6.QtWidgets import QApplication
    images, labels = kept_on_disk(data_dir, 6)  # labels 7 2 1 0 4 1
    window = make_window()
    view = window.personal_view
    made_active(window, view=view)
    ones = view.columns[1].list
    click(ones.viewport(), ones.visualItemRect(ones.item(1)).center())
    view.delete_button.setFocus()
    QTest.keyClick(view.delete_button, Qt.Key.Key_Space)
    assert column_count(view, 1) == 1 and not view.delete_button.isEnabled()
    assert QApplication.focusWidget() is ones


def test_a_deletion_can_be_undone_by_button_or_ctrl_z(qtbot, make_window, data_dir):
    """Deleting kept digits could not be undone (Delete is easily pressed): Undo Delete,
    or Ctrl+Z with the focus in the tab, brings them back in their places, on disk too."""
    images, labels = kept_on_disk(data_dir, 6)  # labels 7 2 1 0 4 1
    window = make_window()
    view = window.personal_view
    made_active(window, view=view)
    assert not view.undo_button.isEnabled()  # nothing deleted yet
    ones = view.columns[1].list
    ones.selectAll()
    click(view.delete_button)
    assert column_count(view, 1) == 0
    assert PersonalSet.load(data_dir).labels.tolist() == [7, 2, 0, 4]
    shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert window.statusBar().currentMessage() == (
        f"Deleted 2 of your digits; 4 left. Undo ({shortcut}) brings them back.")
    assert view.undo_button.isEnabled()
    sevens = view.columns[7].list
    click(sevens.viewport(), sevens.visualItemRect(sevens.item(0)).center())
    view.delete_action.trigger()
    assert PersonalSet.load(data_dir).labels.tolist() == [2, 0, 4]

    sevens.setFocus()  # Ctrl+Z in the tab: the last deletion first
    QTest.keyClick(sevens, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert PersonalSet.load(data_dir).labels.tolist() == [7, 2, 0, 4]
    assert column_count(view, 7) == 1
    assert window.statusBar().currentMessage() == "Brought back 1 of your digits; 4 in all."
    click(view.undo_button)
    on_disk = PersonalSet.load(data_dir)
    assert on_disk.labels.tolist() == [7, 2, 1, 0, 4, 1]
    np.testing.assert_array_equal(on_disk.images, images)
    assert column_count(view, 1) == 2 and not view.undo_button.isEnabled()


def test_digits_are_neither_deleted_nor_brought_back_while_fine_tuning(
        qtbot, make_window, model_file, data_dir, threads, monkeypatch):
    """Undo Delete stayed on while a fine-tune ran: one digit deleted (19 left), Fine-tune,
    Undo meanwhile, and the tab showed 20 digits while the report said it learnt 19, with
    no re-tune to follow. While it runs, Delete and Undo Delete are off and say why; they
    come back when it ends."""
    import digitdesk.gui.adaptation as adaptation_module
    learnt = []
    monkeypatch.setattr(adaptation_module, "adapt", quick_adapt(learnt))  # what, not how
    images, labels = kept_on_disk(data_dir, 20)
    window = make_window()
    window.load_model(model_file)
    view = window.personal_view
    window.views.setCurrentWidget(view)
    view.columns[1].list.item(0).setSelected(True)
    click(view.delete_button)
    assert len(PersonalSet.load(data_dir)) == 19 and view.undo_button.isEnabled()
    view.columns[7].list.item(0).setSelected(True)
    assert view.delete_button.isEnabled()
    with qtbot.waitSignal(window.adaptation.adapted, timeout=30000):
        click(view.fine_tune_button)
        assert not view.undo_button.isEnabled() and not view.undo_action.isEnabled()
        assert not view.delete_button.isEnabled() and not view.delete_action.isEnabled()
        assert "Wait until fine-tuning has finished" in view.undo_button.toolTip()
        assert "Wait until fine-tuning has finished" in view.delete_button.toolTip()
        view.undo_delete()  # (Ctrl+Z, or a script) changes nothing either
        view.delete_selected()
        assert len(PersonalSet.load(data_dir)) == 19
    qtbot.waitUntil(lambda: not window.adaptation.is_busy(), timeout=5000)
    qtbot.waitUntil(lambda: not running(threads), timeout=5000)
    assert learnt == [19] and "19 digits" in view.report.text()
    view.columns[7].list.item(0).setSelected(True)  # (the new model's reading: shown anew)
    assert view.undo_button.isEnabled() and view.delete_button.isEnabled()
    assert "Bring back the digits deleted last" in view.undo_button.toolTip()
    assert view.delete_button.toolTip() == view.delete_action.toolTip()
    click(view.undo_button)
    assert len(PersonalSet.load(data_dir)) == 20


def test_a_plain_click_or_arrow_in_a_column_lets_go_of_the_other_columns_digits(
        qtbot, make_window, data_dir):
    """Each column is a list of its own, and a plain click in one kept the digits selected
    in the others: a 1 selected earlier (scrolled out of sight) was forgotten by Delete
    with the 0 just clicked. A plain click, or a plain arrow key, selects that digit alone,
    as the columns' tooltip says; Ctrl+click still adds one from another column."""
    from PySide6.QtWidgets import QApplication
    images, labels = kept_on_disk(data_dir, 6)  # labels 7 2 1 0 4 1
    window = make_window()
    view = window.personal_view
    made_active(window, view=view)
    zeros, ones, sevens = (view.columns[d].list for d in (0, 1, 7))
    click(ones.viewport(), ones.visualItemRect(ones.item(0)).center())
    click(zeros.viewport(), zeros.visualItemRect(zeros.item(0)).center())
    assert view.selected_indices() == [3]  # the 0 alone
    QTest.keyClick(zeros, Qt.Key.Key_Delete)
    assert PersonalSet.load(data_dir).labels.tolist() == [7, 2, 1, 4, 1]

    click(sevens.viewport(), sevens.visualItemRect(sevens.item(0)).center())
    QTest.mouseClick(ones.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     ones.visualItemRect(ones.item(0)).center())
    assert sorted(view.selected_indices()) == [0, 2]  # Ctrl adds the 1 to the 7
    assert QApplication.focusWidget() is ones
    QTest.keyClick(ones, Qt.Key.Key_Down)  # on to the second 1, alone
    assert view.selected_indices() == [4]


def test_left_and_right_go_to_the_digits_of_the_columns_beside(qtbot, make_window, data_dir):
    """The columns are lists of their own: Left and Right did nothing, and only Tab went
    from the 1s to the 2s. They go to the nearest column holding digits (an empty one is
    passed over), at the same height or its last digit, selected alone."""
    from PySide6.QtWidgets import QApplication
    kept_on_disk(data_dir, 6)  # labels 7 2 1 0 4 1: indices 0-5
    window = make_window()
    view = window.personal_view
    made_active(window, view=view)
    zeros, ones, twos, fours = (view.columns[d].list for d in (0, 1, 2, 4))
    click(ones.viewport(), ones.visualItemRect(ones.item(1)).center())
    assert view.selected_indices() == [5]  # the second 1
    QTest.keyClick(ones, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is twos and view.selected_indices() == [1]
    QTest.keyClick(twos, Qt.Key.Key_Right)  # no 3 kept: on to the 4
    assert QApplication.focusWidget() is fours and view.selected_indices() == [4]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is zeros and view.selected_indices() == [3]
    QTest.keyClick(zeros, Qt.Key.Key_Left)  # the first column: it stays
    assert QApplication.focusWidget() is zeros and view.selected_indices() == [3]
