"""The presets as a learner meets them: named in the window's language, each explained in
its tip with what it measured (figures that must agree with README.md), the Model box and
the status bar in the form's words, and the line recommending the convolutional network
while the form holds an MLP."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from digitdesk.engine import PRESETS, Model, TrainConfig
from digitdesk.engine.config import PRESET_MEASURED
from digitdesk.gui.language import install_language
from digitdesk.gui.numbers import localise, number_locale
from digitdesk.gui.preset_hint import DISMISSED_KEY
from digitdesk.gui.training_panel import TrainingPanel
from test_gui_language import make_window

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions", "english")

README = Path(__file__).resolve().parent.parent / "README.md"

NAMES = {  # what the preset list shows, in the order of PRESETS, "Custom" first
    "en": ["Custom", "Quick", "Accurate", "Convolutional"],
    "ru": ["Своя", "Быстрая", "Точная", "Свёрточная"],
    "zh_CN": ["自定义", "快速", "精确", "卷积"],
}
NETWORK_WORDS = {  # a 784-8-10 ReLU network with softmax and cross-entropy, in the form's words
    "en": "784-8-10 · ReLU · Softmax + cross-entropy",
    "ru": "784-8-10 · ReLU · Softmax + перекрёстная энтропия",
    "zh_CN": "784-8-10 · ReLU · Softmax + 交叉熵",
}


# --- the figures agree with the document they come from -------------------------------------
def readme_table(header_start):
    """The rows of README's table whose header row starts with ``header_start``, each a
    dict from column name to cell (bold and italic marks removed)."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    header = [cell.strip() for cell in lines[start].strip("|").split("|")]
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip().replace("*", "") for cell in line.strip("|").split("|")]
        rows.append(dict(zip(header, cells)))
    return rows


def row_of(rows, first_column, shown_name):
    """The row whose first cell names a preset as the window does: "Quick (784-256-10, 8
    epochs)"."""
    matching = [row for row in rows if row[first_column].startswith(f"{shown_name} (")]
    assert len(matching) == 1, (shown_name, [row[first_column] for row in rows])
    return matching[0]


def test_the_measured_figures_of_each_preset_are_those_of_the_readme():
    """PRESET_MEASURED is a copy of README's tables (Speed: "Training time and memory"; the
    strangers table): the app quotes them, so a new measurement in one and not the other
    fails here."""
    assert set(PRESET_MEASURED) == set(PRESETS)
    speed = readme_table("| preset | test accuracy | training |")
    strangers = readme_table("| recipe | MNIST test | pad as drawn | strokes 2 px | pad, strangers")
    the_app = "strokes 2 px, strangers (the app)"
    for name, figures in PRESET_MEASURED.items():
        shown = NAMES["en"][list(PRESETS).index(name) + 1]  # README names them so too
        row = row_of(speed, "preset", shown)
        assert float(row["test accuracy"].rstrip("%")) == pytest.approx(figures.test_accuracy,
                                                                          abs=1e-9), name
        seconds = re.match(r"([\d.]+) (CPU )?s\b", row["training"])
        assert seconds, row["training"]
        assert float(seconds.group(1)) == pytest.approx(figures.training_seconds, abs=1e-9), name
        assert bool(seconds.group(2)) == figures.cpu_time, name
        measured = [r for r in strangers if r["recipe"] == f"{shown} preset"]
        if figures.strangers is None:
            assert measured == [], f"README measured {name} on strangers: copy the figure"
        else:
            assert len(measured) == 1, name
            assert float(measured[0][the_app]) == pytest.approx(figures.strangers, abs=1e-9), name


# --- the preset list ----------------------------------------------------------------------
def make_panel(qtbot, code="en"):
    install_language(code)
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def number(value, decimals, code):
    return localise(f"{value:.{decimals}f}", number_locale(code))


# Every preset's schedule (cosine), worded as Compare runs words it: the Russian tip read
# a bare "косинусная", an adjective with no noun.
SCHEDULES = {"en": "cosine decay schedule", "ru": "скорость обучения: косинусная",
             "zh_CN": "学习率调度：余弦衰减"}


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_the_presets_are_named_and_explained_in_the_window_s_language(qtbot, code):
    assert {config.schedule for config in PRESETS.values()} == {"cosine"}
    panel = make_panel(qtbot, code)
    combo = panel.preset
    assert [combo.itemText(i) for i in range(combo.count())] == NAMES[code]
    for index in range(1, combo.count()):
        name = combo.itemData(index)
        tip = combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
        figures = PRESET_MEASURED[name]
        assert number(figures.test_accuracy, 2, code) + "%" in tip, (name, tip)
        assert PRESETS[name].architecture_text() in tip  # what it trains
        assert SCHEDULES[code] in tip, tip
        if figures.strangers is not None:
            assert number(figures.strangers, 2, code) + "%" in tip, (name, tip)
        if not figures.cpu_time:
            assert number(figures.training_seconds, 1, code) in tip, (name, tip)
        if code != "en":  # the form's words in the language, never the code's
            assert "relu" not in tip and "Measured" not in tip, tip


def test_choosing_a_preset_by_its_shown_name_fills_the_form(qtbot):
    panel = make_panel(qtbot, "ru")
    index = panel.preset.findText("Точная")
    panel.preset.setCurrentIndex(index)
    panel.preset.activated.emit(index)
    assert panel.config() == PRESETS["accurate"]


# --- the Model box and the status bar after File > Open -----------------------------------
@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_the_model_box_and_the_open_status_use_the_form_s_words(qtbot, tmp_path, code):
    install_language(code)
    window = make_window(qtbot)
    model = Model(TrainConfig(hidden=(8,), activation="relu", head="softmax_ce", epochs=1))
    path = tmp_path / "small.npz"
    model.save(path)
    window.load_model(path)
    info = re.sub(r"<[^>]+>", "", window.model_info.text())
    status = window.statusBar().currentMessage()
    assert NETWORK_WORDS[code] in info, info
    assert NETWORK_WORDS[code] in status and "small.npz" in status, status
    for raw in ("softmax_ce", "relu,", "· relu"):
        assert raw not in info and raw not in status


# --- the recommendation -------------------------------------------------------------------
def test_an_mlp_in_the_form_brings_the_recommendation_which_fills_in_the_cnn_preset(
        qtbot, window):
    panel = window.training_panel
    hint = panel.hint
    assert panel.config().layers == ()  # the Quick preset at start: an MLP
    assert hint.isVisible()
    strangers = PRESET_MEASURED["convolutional"].strangers, PRESET_MEASURED["accurate"].strangers
    assert all(f"{s:.1f}%" in hint.text.text() for s in strangers), hint.text.text()
    hint.choose_button.click()
    assert panel.config() == PRESETS["convolutional"]
    assert panel.preset.currentText() == "Convolutional"
    assert not window.is_training()  # the form is filled; Start is the learner's to press
    # ... and the status bar says so (the form changed with no word before).
    minutes = round(PRESET_MEASURED["convolutional"].training_seconds / 60)
    assert window.statusBar().currentMessage() == (
        f"Convolutional preset chosen: press Start to train it (it took about {minutes} min "
        f"of CPU time when measured).")
    assert not hint.isVisible()  # a CNN is configured: nothing to recommend
    # Back to an MLP (the hidden-layer boxes): the line comes back.
    panel.architecture.set_layers(())
    panel.architecture.changed.emit()
    assert panel.config().layers == ()
    assert hint.isVisible()


def test_the_recommendation_hides_for_a_model_of_only_some_digits(qtbot, window):
    # Its figures are ten-digit accuracies: for a 3-and-7 model they compare nothing.
    panel = window.training_panel
    assert panel.config().layers == () and panel.hint.isVisible()
    panel.digits.setText("3, 7")
    assert not panel.hint.isVisible()
    panel.digits.setText("0123456789")  # all ten, listed: the comparison holds again
    assert panel.hint.isVisible()
    panel.digits.setText("3")
    assert not panel.hint.isVisible()
    panel.digits.setText("")
    assert panel.hint.isVisible()


def test_the_recommendation_cannot_fill_a_locked_form(qtbot, window):
    panel = window.training_panel
    panel.set_editable(False)  # as while training runs
    assert not panel.hint.choose_button.isEnabled()
    panel.set_editable(True)
    assert panel.hint.choose_button.isEnabled()


def test_the_cross_hides_the_recommendation_for_good(qtbot, window):
    panel = window.training_panel
    panel.hint.close_button.click()
    assert not panel.hint.isVisible()
    assert QSettings().value(DISMISSED_KEY) in (True, "true")
    panel.set_config(PRESETS["quick"])  # still an MLP: it stays hidden
    assert not panel.hint.isVisible()
    again = make_panel(qtbot)  # the next session
    assert again.config().layers == () and not again.hint.isVisible()


def test_a_damaged_dismissal_setting_shows_the_recommendation(qtbot):
    QSettings().setValue(DISMISSED_KEY, "perhaps")
    assert make_panel(qtbot).hint.isVisible()


def test_the_recommendation_is_reached_and_used_from_the_keyboard(qtbot):
    panel = make_panel(qtbot)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.preset.setFocus()
    QTest.keyClick(panel.preset, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.hint.choose_button
    QTest.keyClick(panel.hint.choose_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.hint.close_button
    QTest.keyClick(panel.hint.close_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.hint.choose_button
    QTest.keyClick(panel.hint.choose_button, Qt.Key.Key_Space)
    assert panel.config() == PRESETS["convolutional"]
    assert QApplication.focusWidget() is panel.preset  # not lost with the hidden button
    # Back to an MLP: the ✕, by keyboard, hides the line and leaves the focus on the list.
    panel.set_config(PRESETS["quick"])
    panel.hint.close_button.setFocus()
    QTest.keyClick(panel.hint.close_button, Qt.Key.Key_Space)
    assert not panel.hint.isVisible() and QSettings().value(DISMISSED_KEY) in (True, "true")
    assert QApplication.focusWidget() is panel.preset


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_recommendation_fits_the_form_whole(qtbot, code, size):
    """On a small screen, in every language: the line's text and buttons whole, the form
    no wider for it, and most of the form still in view under it."""
    install_language(code)
    window = make_window(qtbot)
    window.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)
    panel, hint = window.training_panel, window.training_panel.hint
    assert hint.isVisible()
    text = hint.text
    assert text.height() >= text.heightForWidth(text.width()), (text.height(), text.text())
    for button in (hint.choose_button, hint.close_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert hint.rect().contains(button.geometry())
    assert hint.width() <= panel.width()
    scroll = panel.scroll
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
    assert hint.height() < scroll.height() / 2, (hint.height(), scroll.height())
