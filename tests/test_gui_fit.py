"""Texts that fit their room at 1280 x 720 and 1024 x 768 in every language: the form's
combo boxes (a Russian choice was cut mid-letter: "Softmax + перекрёстная э") and the
status bar (a long Russian message was cut off at the right)."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox, QToolTip

from digitdesk.gui import MainWindow
from digitdesk.gui.language import SETTING, install_language, translations

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


@pytest.fixture
def language(qapp):
    """``language(code)`` installs a language; English again afterwards."""
    QSettings().remove(SETTING)
    yield install_language
    QSettings().remove(SETTING)
    translations.apply("en")


def open_window(qtbot, size):
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)  # the form is fitted a turn of the event loop after the first show
    return window


def form_combos(window):
    return [c for c in window.training_panel.findChildren(QComboBox) if c.isVisible()]


def text_room(combo):
    """The width a combo box draws its current text in (Qt's style, not ours)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def widths(combo):
    metrics = combo.fontMetrics()
    return [metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())]


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_every_choice_of_the_form_reads_whole(qtbot, language, code, size):
    """Every choice of every combo box of the form, whole (no "…") in every language, also
    at 1024 px where the views keep their room first: Russian "Ступенчатое снижение" and
    "Softmax + перекрёстная энтропия" ended in "…" there. The output and loss choices have
    the group's whole width; the other Russian ones are worded shorter."""
    language(code)
    window = open_window(qtbot, size)
    combos = form_combos(window)
    assert len(combos) >= 8
    for combo in combos:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            assert not combo.is_elided(), (combo.accessibleName(), combo.currentText())
            assert widths(combo)[index] <= text_room(combo), (combo.accessibleName(),
                                                              combo.currentText())


def test_a_choice_too_long_for_its_box_ends_in_an_ellipsis_and_shows_whole_in_its_tooltip(
        qtbot, language):
    """Where a choice cannot fit (a larger system font, a narrower box) it ends in "…"
    instead of being cut mid-letter, and its tooltip says it whole."""
    from digitdesk.gui.fitting import ElidingComboBox
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Softmax + перекрёстная энтропия", "Сумма"])
    combo.setToolTip("Выход и функция потерь")
    combo.setFixedWidth(120)
    combo.show()
    qtbot.waitExposed(combo)
    text = combo.currentText()
    assert combo.fontMetrics().horizontalAdvance(text) > text_room(combo)  # else this shows nothing
    shown = combo.shown_text()
    assert combo.is_elided()
    assert shown.endswith("…") and text.startswith(shown[:-1]) and len(shown) > 3, shown
    assert combo.fontMetrics().horizontalAdvance(shown) <= text_room(combo)
    QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                             combo.mapToGlobal(QPoint(5, 5))))
    assert QToolTip.text() == text + "\n\nВыход и функция потерь", QToolTip.text()
    QToolTip.hideText()
    combo.setCurrentIndex(1)  # a short choice: drawn whole, no tooltip of its own
    assert combo.shown_text() == "Сумма" and not combo.is_elided()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_a_long_status_message_wraps_instead_of_being_cut_off(qtbot, language, size):
    """A damaged settings file: every remembered setting is named in the status bar, a
    line longer than the window in Russian."""
    language("ru")
    settings = QSettings()
    for key in ("window/geometry", "window/state", "training/config", "drawing/penWidth",
                "plots/logScale", "distributions/logScale", "drawing/unsureBelow",
                "drawing/temperature"):
        settings.setValue(key, "[damaged]")
    settings.sync()
    window = open_window(qtbot, size)
    bar = window.statusBar()
    message = bar.currentMessage()
    metrics = bar.fontMetrics()
    assert "температура" in message  # the last setting named
    assert metrics.horizontalAdvance(message) > bar.width()  # one line cannot hold it
    wrapped = metrics.boundingRect(QRect(0, 0, bar.width() - 30, 100000),
                                   Qt.TextFlag.TextWordWrap, message)
    assert bar.height() >= wrapped.height() >= 2 * metrics.lineSpacing()
    assert bar.toolTip() == message
    window.show_status("Ready.")
    qtbot.wait(50)
    assert bar.height() < 2 * metrics.lineSpacing()  # one line again


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_distributions_titles_read_whole(qtbot, language, code, size):
    """Each histogram's title fits its plot: the Russian weights' title ("Веса (серым — в
    начале)") made its plot wider than its room at 1024 x 768, cut at the right."""
    from digitdesk.engine import Model, TrainConfig
    language(code)
    window = open_window(qtbot, size)
    model = Model(TrainConfig(hidden=(32, 16), epochs=1, train_size=500, val_size=100))
    model.info["test_accuracy"] = 0.6063  # (the Model box, as wide as after a run)
    window.set_model(model)
    view = window.distributions_view
    window.views.setCurrentWidget(view)
    qtbot.wait(100)
    for key, plot in view.plots.items():
        item = plot.getPlotItem()
        needed = item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        assert needed <= plot.viewport().width(), (key, needed, plot.viewport().width())
        title = item.titleLabel.item
        assert title.boundingRect().width() <= item.vb.width(), key
