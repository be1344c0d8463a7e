"""The window in Simplified Chinese and Russian: translated from the start, switched from
View > Language at once, remembered, and with numbers that keep their format."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox

from digitdesk.gui import MainWindow
from digitdesk.gui.language import (
    LANGUAGES, SETTING, SYSTEM, chosen_language, install_language, system_language,
    translation_file, translations,
)
from digitdesk.gui.personal_view import DATA_DIR_ENV
from conftest import RUN_END_MS, sideways_scrolling, wait_for_the_digits, wait_for_the_maths
from i18n_check import english_left

TITLES = {  # the tab titles a learner of each language reads
    "zh_CN": ["学习曲线", "网络内部", "诊断", "梯度检验", "学习者的问题", "数据", "分布", "层图",
              "比较运行", "一个数字的数学", "我的手写"],
    "ru": ["Кривые обучения", "Внутри сети", "Диагностика", "Проверка градиента",
           "Вопросы учащихся", "Данные", "Распределения", "Карта слоя", "Сравнение запусков",
           "Математика одной цифры", "Мой почерк"],
    "en": ["Learning curves", "Inside the network", "Diagnostics", "Gradient check",
           "Learners' questions", "Data", "Distributions", "Layer map", "Compare runs",
           "One digit's maths", "My handwriting"],
}


def make_window(qtbot):
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def tab_titles(window):
    return [window.views.tabText(i) for i in range(window.views.count())]


def switch(qtbot, window, code):
    """View > Language > ``code``, as a click on the menu's action does."""
    action = next(a for a in window.language_actions.actions() if a.data() == code)
    action.trigger()
    # Qt posts the LanguageChange events: they arrive on the next turns of the event loop.
    qtbot.waitUntil(lambda: window.views.tabText(0) == TITLES.get(code, TITLES["en"])[0],
                    timeout=5000)


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_window_opens_translated(qtbot, english, code):
    install_language(code)
    window = make_window(qtbot)
    assert tab_titles(window) == TITLES[code]
    assert english_left(window, code) == []
    assert window.file_menu.title() == {"zh_CN": "文件(&F)", "ru": "&Файл"}[code]
    assert "DigitDesk" in window.windowTitle()


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_view_language_switches_the_open_window_at_once(qtbot, english, code):
    window = make_window(qtbot)
    assert tab_titles(window) == TITLES["en"]
    switch(qtbot, window, code)
    assert tab_titles(window) == TITLES[code]
    # Not just the tabs: every label, button, menu, tooltip and combo item.
    qtbot.waitUntil(lambda: english_left(window, code) == [], timeout=5000)
    assert QSettings().value(SETTING) == code
    assert chosen_language() == code
    checked = [a.data() for a in window.language_actions.actions() if a.isChecked()]
    assert checked == [code]
    # ... and back: English again everywhere.
    switch(qtbot, window, "en")
    assert tab_titles(window) == TITLES["en"]
    assert window.training_panel.start_button.text() == "Start"


def test_the_choice_is_remembered_for_the_next_start(qtbot, english):
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    window.close()
    translations.apply("en")  # as in a new process
    assert install_language() == "ru"
    again = make_window(qtbot)
    assert tab_titles(again) == TITLES["ru"]
    checked = [a.data() for a in again.language_actions.actions() if a.isChecked()]
    assert checked == ["ru"]


def test_by_default_the_system_language_is_followed(english):
    assert chosen_language() == SYSTEM
    assert system_language(QLocale(QLocale.Language.Russian, QLocale.Country.Russia)) == "ru"
    assert system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert install_language() == system_language()


def test_the_live_read_outs_are_translated_and_keep_their_numbers(qtbot, english):
    """A running read-out (the progress bar) in Russian: translated words, the numbers
    exactly as in English (no decimal comma, no other digits)."""
    install_language("ru")
    window = make_window(qtbot)
    panel = window.training_panel
    panel.show_progress(1234, 5000, 469, 11, 12.5, paused=False)
    text = panel.progress.format()
    assert text.startswith("Эпоха 3/11 · батч 296/469 · осталось 0:38"), text
    # The same read-out switched back to English, numbers unchanged.
    switch(qtbot, window, "en")
    assert panel.progress.format() == "Epoch 3/11 · batch 296/469 · 0:38 left"
    assert panel.learning_rate.text() == "0.1"  # spin boxes keep the point, too


def test_qt_own_dialog_buttons_are_translated(qtbot, english):
    install_language("ru")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "m",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.findChild(QDialogButtonBox).buttons()}
    assert texts == {"Да", "Отмена"}


def test_each_language_has_its_translation_file_and_an_unknown_one_is_refused(english):
    for code, _ in LANGUAGES:
        if code != "en":
            assert translation_file(code) is not None and translation_file(code).is_file()
    with pytest.raises(ValueError, match="unknown language"):
        translations.apply("xx")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_findings_are_translated_with_their_measured_parts(english):
    """A finding's template and the phrases that go into it (the step size of a summed
    full batch, the per-layer shares) come out in Russian, numbers as in English."""
    from digitdesk.engine.replays import REPLAYS
    from digitdesk.engine.findings import setting_warnings
    from digitdesk.engine.translatable import Phrase, Phrases
    from digitdesk.gui.diagnostics_view import finding_text, render

    install_language("ru")
    found = {f.key: f for f in setting_warnings(REPLAYS["000"].config, train_rows=3000)}
    text = finding_text(found["full_batch_sum"])
    assert ("скорость обучения 0,1 x число строк (3\u00a0000): такой же шаг, как со скоростью обучения "
            "300 по среднему градиенту") in text, text
    assert "learning rate" not in text
    layers = Phrases([Phrase("layer {0}: {1:.0%}", (1, 0.6)), Phrase("layer {0}: {1:.0%}", (2, 1.0))])
    assert render(layers) == "слой 1: 60%, слой 2: 100%"
    assert f"{layers}" == "layer 1: 60%, layer 2: 100%"  # the engine's own text stays English


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_no_tab_scrolls_sideways_at_1024_in_any_language(qtbot, isolated_settings, english, code):
    """Longer words widen the form: the Inside tab still shows its four columns side by
    side at 1024 x 768 (in Russian it scrolled by 38 px)."""
    install_language(code)
    window = make_window(qtbot)
    window.resize(1024, 768)
    for i in range(window.views.count()):
        tab = window.views.widget(i)
        window.views.setCurrentWidget(tab)
        for _ in range(5):
            QCoreApplication.processEvents()
        assert sideways_scrolling(tab) == [], window.views.tabText(i)


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_longer_texts_widen_nothing_out_of_sight(qtbot, english, code):
    """At 1280 x 720 in every language the form's fields are all in view (it never
    scrolls sideways) and every tab fits its place; the window still fits 1024 px."""
    install_language(code)
    window = make_window(qtbot)
    panel = window.training_panel
    form = panel.scroll.widget()
    qtbot.waitUntil(lambda: panel.scroll.viewport().width() >= form.minimumSizeHint().width(),
                    timeout=5000)
    for i in range(window.views.count()):
        assert window.views.widget(i).minimumSizeHint().width() <= window.views.width(), \
            window.views.tabText(i)
    assert window.minimumSizeHint().width() <= 1024


def translated(context, text):
    return QCoreApplication.translate(context, text)


def test_the_status_bar_follows_a_switch_of_language(qtbot, english):
    """The message in the status bar is said again in the new language, not left in the
    old one or wiped."""
    window = make_window(qtbot)
    ready = "Ready. Choose settings and press Start (Space), or open a model (Ctrl+O)."
    assert window.statusBar().currentMessage() == ready
    switch(qtbot, window, "ru")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == translated("MainWindow", ready))
    assert window.statusBar().currentMessage() != ready
    window.training_panel.reset_button.click()  # "Fresh random weights: ..."
    russian = window.statusBar().currentMessage()
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Fresh random weights"))
    assert russian != window.statusBar().currentMessage()


def test_reset_weights_names_the_settings_as_the_form_does(qtbot, english):
    """In Russian the status line after Reset weights read "relu, softmax_ce (mean), he
    init, momentum ..." (the code's names) under boxes that say ReLU, Softmax +
    перекрёстная энтропия, Импульс: it names them as the boxes do now."""
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    window.training_panel.reset_button.click()
    message = window.statusBar().currentMessage()
    panel = window.training_panel
    for box in (panel.activation, panel.head, panel.optimizer):
        assert box.currentText() in message, (box.currentText(), message)
    assert f"инициализация {panel.init.currentText()}" in message
    assert f"({panel.reduction.currentText().lower()})" in message
    for code_name in ("relu", "softmax_ce", "momentum", "mean", " he "):
        assert code_name not in message, message


def _kept_a_digit(window):
    image = np.zeros((28, 28), dtype=np.uint8)
    image[6:22, 12:16] = 255  # a stroke: a 1 of sorts
    window.personal_view.keep(image, 3)
    return "Kept as your {0}: %Ln of your digits (is|are) in My handwriting.", "PersonalView"


def _corrected_with_no_model(window):
    window.adaptation.correct(np.zeros((28, 28), dtype=np.uint8), 3)
    return "Train or open a model first, then teach it your handwriting.", "Adaptation"


def _runs_not_saved(window):
    def refuse(*args):
        raise OSError("disk full")
    window.runs_view.run_list.add = refuse
    window.runs_view.add_model(window.model())
    return "The run list could not be saved: {0}", "RunsView"


@pytest.mark.parametrize("say", [_kept_a_digit, _corrected_with_no_model, _runs_not_saved])
def test_a_status_message_of_my_handwriting_adaptation_or_runs_follows_a_switch_of_language(
        qtbot, english, say, tmp_path, monkeypatch):
    """Messages of the views and of the adaptation are said again after View > Language,
    as the window's own are, not wiped."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))  # digits kept go there
    window = make_window(qtbot)
    if say is _runs_not_saved:  # a model with a history to record
        window.training_panel.reset_button.click()
        window.model().history["batch_loss"].append(1.0)
        window.model().history["batch_epoch"].append(0.1)
    template, context = say(window)
    english_text = window.statusBar().currentMessage()
    assert english_text.startswith(template.split("{")[0].rstrip())
    switch(qtbot, window, "ru")
    russian_start = translated(context, template).split("{")[0].rstrip()
    assert russian_start and russian_start != template.split("{")[0].rstrip()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(russian_start),
                    timeout=5000)


def test_the_data_set_name_follows_a_switch_of_language(qtbot, english, tmp_path):
    csv = tmp_path / "train.csv"
    rows = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    rows += [f"{d}," + ",".join(["0"] * 784) for d in range(10)] * 2
    csv.write_text("\n".join(rows) + "\n")
    window = make_window(qtbot)
    window.views.setCurrentWidget(window.data_view)
    window.import_training_data([str(csv)])
    qtbot.waitUntil(lambda: window.training_data() is not None, timeout=10000)
    summary = window.data_view.summary
    assert "train.csv (20 images)" in summary.text()
    assert "train.csv (20 images)" in window.statusBar().currentMessage()
    switch(qtbot, window, "ru")
    russian = "train.csv (20 изображений)"  # (1 изображение, 2 изображения, 20 изображений)
    qtbot.waitUntil(lambda: russian in summary.text())
    assert russian in window.statusBar().currentMessage()
    assert window.training_data().name == russian


def test_the_caption_of_a_digit_shown_on_the_pad_follows_a_switch_of_language(qtbot, english):
    window = make_window(qtbot)
    window.digit_panel.show_image(np.zeros((28, 28), dtype=np.uint8))
    canvas = window.drawing_canvas
    assert canvas.picture_caption() == "Draw on the pad to replace this digit"
    switch(qtbot, window, "zh_CN")
    assert canvas.picture_caption() == translated("DigitPanel", "Draw on the pad to replace this digit")
    assert canvas.picture_caption() != "Draw on the pad to replace this digit"


def test_the_file_dialogs_are_in_the_chosen_language(qtbot, english, monkeypatch):
    """File > Open and Save As: the dialog's title and its file-type filter are
    translated (the filter was handed to the dialog in English)."""
    from PySide6.QtWidgets import QFileDialog
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, filter_: asked.append((title, filter_)) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, path, filter_: asked.append((title, filter_)) or ("", ""))
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    window.open_action.trigger()
    window.files.save_as_interactive()
    for (title, filter_), english_title in zip(asked, ("Open Model", "Save Model")):
        assert title == translated("ModelFiles", english_title) != english_title
        assert filter_ == translated("ModelFiles", "digitdesk models (*.npz)")
        assert filter_ != "digitdesk models (*.npz)" and filter_.endswith("(*.npz)")
    assert len(asked) == 2


def test_numbers_follow_the_chosen_language_not_the_system(qtbot, english):
    """Grouping and the decimal point follow View > Language, the same in the texts and
    in every spin box: a German system does not turn the English window's 60,000 into
    60.000, and the Russian window writes 60 000 and 0,9 everywhere."""
    from PySide6.QtTest import QTest
    from digitdesk.gui.numbers import count, local
    system = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        install_language("en")
        assert (count(60000), f"{local(98.144):.2f}") == ("60,000", "98.14")
        window = make_window(qtbot)
        panel = window.training_panel
        panel.momentum.setValue(0.9)
        panel.val_size.setValue(10000)
        assert panel.val_size.text() == "10,000" and panel.momentum.text().startswith("0.9")
        switch(qtbot, window, "ru")
        assert (count(60000), f"{local(98.144):.2f}", f"{local(0.6):.0%}") == \
            ("60\u00a0000", "98,14", "60%")
        qtbot.waitUntil(lambda: panel.val_size.text() == "10\u00a0000")
        assert panel.momentum.text().startswith("0,9")
        assert panel.learning_rate.text() == "0,1"
        # A learner types a point from habit: it is the decimal point, not a separator.
        for field, typed, value in ((panel.momentum, "0.25", 0.25), (panel.learning_rate, "0.05", 0.05),
                                    (panel.learning_rate, "0,02", 0.02)):
            field.setFocus()  # as a click on it does: the keys go where the focus is
            field.lineEdit().selectAll()
            QTest.keyClicks(field.lineEdit(), typed)
            QTest.keyClick(field.lineEdit(), Qt.Key.Key_Return)
            assert field.value() == pytest.approx(value), typed
        assert not window.is_training()  # Return in a field starts nothing
        assert panel.learning_rate.text() == "0,02"
        switch(qtbot, window, "zh_CN")
        qtbot.waitUntil(lambda: panel.val_size.text() == "10,000")
        assert panel.learning_rate.text() == "0.02" and count(60000) == "60,000"
    finally:
        QLocale.setDefault(system)


def test_the_model_box_writes_its_figures_in_the_chosen_language(qtbot, english, tmp_path):
    from digitdesk.engine import Model, TrainConfig
    model = Model(TrainConfig(hidden=(8,), epochs=1))
    model.info["test_accuracy"] = 0.98144
    path = tmp_path / "m.npz"
    model.save(path)
    window = make_window(qtbot)
    window.load_model(path)
    assert "98.14%" in window.model_info.text()
    switch(qtbot, window, "ru")
    assert "98,14%" in window.model_info.text()


@pytest.mark.parametrize("code, written", [("en", ["1,000", "300,000", "600,000"]),
                                           ("zh_CN", ["1,000", "300,000", "600,000"]),
                                           ("ru", ["1\u00a0000", "300\u00a0000", "600\u00a0000"])])
def test_long_tick_numbers_are_grouped_in_threes(qtbot, english, code, written):
    """The Data tab's counts and a long run's batches read "600000" on their axes: five
    digits or more are grouped, as the language groups them; four stay as they are, unless
    a longer number is on the same axis (a count axis read "5000" under "20,000")."""
    window = make_window(qtbot)
    if code != "en":
        switch(qtbot, window, code)
    axis = window.plots.loss_plot.getPlotItem().getAxis("bottom")
    ticks = axis.tickStrings([1000, 300000, 600000], 1, 1000)
    assert [t.replace("\u202f", "\u00a0") for t in ticks] == written
    assert axis.tickStrings([0, 1000, 2000], 1, 1000) == ["0", "1000", "2000"]


def test_plot_ticks_are_written_in_the_chosen_language(qtbot, english):
    """The axes' numbers too: 0,5 on the loss axis of a Russian window; the axes are
    redrawn when the language changes."""
    window = make_window(qtbot)
    axis = window.plots.loss_plot.getPlotItem().getAxis("left")
    assert axis.tickStrings([0.5, 1.0, 1.5], 1, 0.5) == ["0.5", "1.0", "1.5"]
    switch(qtbot, window, "ru")
    assert axis.tickStrings([0.5, 1.0, 1.5], 1, 0.5) == ["0,5", "1,0", "1,5"]
    # ... and drawn with them: the texts of the axis as it paints now.
    from PySide6.QtGui import QImage, QPainter
    window.plots.loss_plot.getPlotItem().setYRange(0, 2, padding=0)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    texts = [spec[2] for spec in axis.generateDrawSpecs(painter)[2]]
    painter.end()
    assert "0,5" in texts and "0.5" not in texts, texts


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_the_empty_pads_hint_stays_inside_the_pad(qtbot, english, code):
    """At its smallest, the pad's "Draw a digit here" wraps instead of running over its
    edges ("Нарисуйте цифру здесь" is wider than 170 px at the hint's size)."""
    from PySide6.QtGui import QColor
    from digitdesk.gui.canvas import PAD_COLOR, DrawingCanvas
    install_language(code)
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(canvas.minimumSize())
    canvas.show()
    qtbot.waitExposed(canvas)
    image = canvas.grab().toImage()
    rect = canvas._pad_rect().toRect()
    middle = range(rect.top() + rect.height() // 4, rect.bottom() - rect.height() // 4)
    for x in (rect.left() + 5, rect.right() - 5):  # inside the frame, along both sides
        colours = {QColor(image.pixel(x, y)).name() for y in middle}
        assert colours == {PAD_COLOR.name()}, (x, colours)


def test_the_training_status_follows_a_switch_of_language(qtbot, english, monkeypatch):
    """What the training worker says ("Training on 2,000 images, ...") is said again in
    the new language while it trains, with its numbers in that language's format."""
    import threading

    from digitdesk.gui.worker import TrainingWorker
    # Held before its first batch, not paused (paused, the status says so instead), so
    # that no epoch's line replaces it.
    gate = threading.Event()
    may_train = TrainingWorker._may_train_a_batch

    def held(worker):
        gate.wait(20)
        return may_train(worker)

    monkeypatch.setattr(TrainingWorker, "_may_train_a_batch", held)
    window = make_window(qtbot)
    panel = window.training_panel
    panel.train_size.setValue(2000)
    window.start_training()
    try:
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Training on 2,000 images"),
                        timeout=20000)
        switch(qtbot, window, "ru")
        expected = "Обучение на 2\u00a0000 изображениях, валидация на 5\u00a0000…"
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected)
    finally:
        window.stop_training()  # (asked first: it trains no batch once the gate opens)
        gate.set()
        window.stop_training(wait=True)


def test_a_failed_save_is_explained_in_the_chosen_language(qtbot, english, tmp_path, critical):
    """Why a model could not be saved (a missing folder, a folder given as the file) is
    said in Chinese in a Chinese window, not in the English of the command line."""
    from digitdesk.engine import Model, TrainConfig
    from digitdesk.save_target import save_target_problem
    window = make_window(qtbot)
    window.set_model(Model(TrainConfig(hidden=(8,), epochs=1)), unsaved=True)
    switch(qtbot, window, "zh_CN")
    missing = tmp_path / "missing" / "m.npz"
    assert not window.files._save_to(str(missing))
    title, text = critical[-1]
    assert title == translated("ModelFiles", "Cannot save the model")
    folder_missing = translated("save_target", "the folder {0} does not exist").format(missing.parent)
    assert folder_missing != f"the folder {missing.parent} does not exist"
    assert folder_missing in text and "does not exist" not in text
    assert not window.files._save_to(str(tmp_path))
    assert "is a folder" not in critical[-1][1]
    # The command line keeps its English.
    assert f"{save_target_problem(missing)}" == f"the folder {missing.parent} does not exist"


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_every_text_of_the_file_dialog_is_translated(qtbot, english, code):
    """Qt's own file dialog (File > Open, Save As, Import): Qt's translations leave
    "Look in:" and "Files of type:" in English; the app's translation fills them in."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget
    install_language(code)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QWidget)
             if isinstance(w, (QLabel, QAbstractButton)) and w.text()]
    texts += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
    english_words = [t for t in texts if t.replace("&", "").strip(":").replace(" ", "").isascii()]
    assert english_words == [], english_words


@pytest.mark.parametrize("content, words", [
    (b"", "empty.npz: the file is empty"),
    (b"not a zip", "empty.npz: not a digitdesk model (not an .npz archive)")])
def test_a_file_that_is_no_model_is_refused_in_the_chosen_language(qtbot, english, tmp_path, critical,
                                                                    content, words):
    """File > Open of a file that is not a model: the dialog says why in Russian in a
    Russian window (the command line and ModelFileError's message stay English)."""
    from digitdesk.engine import ModelFileError, load_model
    path = tmp_path / "empty.npz"
    path.write_bytes(content)
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert str(caught.value) == words
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    assert not window.open_file(str(path))
    title, text = critical[-1]
    assert title == translated("ModelFiles", "Cannot open the model")
    phrase = caught.value.phrase
    reason, *hint = text.split("\n\n")
    assert reason == translated("errors", phrase.template).format(*phrase.values) != words
    # No model at all: what Open reads, and where data goes, in Russian too.
    assert hint == ([translated("ModelFiles", HINT_NOT_A_MODEL)] if content else [])
    assert translated("ModelFiles", HINT_NOT_A_MODEL) != HINT_NOT_A_MODEL


HINT_NOT_A_MODEL = ("File > Open Model reads the models digitdesk saves (File > Save Model). "
                    "To train on data of your own (Kaggle's train.csv, MNIST files), use "
                    "File > Import Training Data.")


def test_a_bad_csv_is_refused_in_the_chosen_language(qtbot, english, tmp_path, critical):
    """File > Import of a Kaggle CSV with a bad row: the dialog names the line and the
    problem in Russian in a Russian window; the error's own message stays English."""
    from digitdesk.data import DataFormatError, read_kaggle_csv
    csv = tmp_path / "train.csv"
    rows = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    rows += [f"{d}," + ",".join(["0"] * 784) for d in range(3)] + ["3," + ",".join(["x"] * 784)]
    csv.write_text("\n".join(rows) + "\n")
    with pytest.raises(DataFormatError, match=r"^train.csv, line 5: 'x' is not a number$"):
        read_kaggle_csv(csv)
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    window.import_training_data([str(csv)])
    qtbot.waitUntil(lambda: len(critical) == 1, timeout=10000)
    title, text = critical[0]
    where = translated("errors", "{0}, line {1}").format("train.csv", 5)
    expected = translated("errors", "{0}: '{1}' is not a number").format(where, "x")
    assert text == expected and "line" not in text, text
    assert window.training_data() is None


def test_numbers_of_the_pad_my_handwriting_and_the_maps_follow_the_chosen_language(
        qtbot, english, tmp_path, monkeypatch):
    """The temperature, the share of your digits read right, a fine-tune's report, the
    layer map's and the distributions' notes write 0,84 and 1 000 in a Russian window, on a
    German system as on any other (the numbers follow View > Language)."""
    from types import SimpleNamespace
    from digitdesk.engine import Model, TrainConfig, Trainer
    from digitdesk.engine.distributions import layer_distributions
    from digitdesk.gui.adaptation import report_text
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    system = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        install_language("ru")
        window = make_window(qtbot)
        comma, point = re.compile(r"\d,\d"), re.compile(r"\d\.\d")

        confidence = window.digit_panel.confidence
        confidence.set_temperature(2 ** -0.25)
        assert confidence.temperature_value.text() == "0,84"

        report = SimpleNamespace(held_out_digits=20, held_out_before=0.5, held_out_after=0.75,
                                 personal_before=0.5, personal_after=0.9, mnist_before=0.98144,
                                 mnist_after=0.97512, personal_digits=1200, seconds=2.5,
                                 measure_seconds=4.25)
        text = report_text(report)
        assert "98,14" in text and "97,51" in text and "2,5" in text and "1\u00a0200" in text
        assert "ещё 4,2 с" in text or "ещё 4,3 с" in text, text
        assert not point.search(text), text

        model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1))  # maps 1,000 digits
        rng = np.random.default_rng(0)
        start = model.network.weights()
        Trainer(model, rng.integers(0, 256, (64, 784), dtype=np.uint8),
                rng.integers(0, 10, 64)).step()
        image = np.zeros((28, 28), dtype=np.uint8)
        for label, column in ((1, 10), (7, 14), (4, 18)):
            image[6:22, column:column + 3] = 255
            window.personal_view.keep(image, label)
        window.set_model(model)
        window.views.setCurrentWidget(window.personal_view)  # read when the tab is shown
        wait_for_the_digits(qtbot, window.personal_view)
        summary = window.personal_view.summary.text()
        assert comma.search(summary) and not point.search(summary), summary

        view = window.distributions_view
        window.views.setCurrentWidget(view)
        view.show_distributions(layer_distributions(model.network, start))
        assert comma.search(view.note.text()) and not point.search(view.note.text())

        window.views.setCurrentWidget(window.layer_map_view)
        qtbot.waitUntil(lambda: window.layer_map_view.layer_map() is not None, timeout=20000)
        assert window.layer_map_view.note.text().startswith("1\u00a0000 валидационных цифр")
    finally:
        QLocale.setDefault(system)


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_my_handwriting_with_many_digits_fits_1024_and_lines_its_columns_up(
        qtbot, isolated_settings, english, code, tmp_path, monkeypatch):
    """Ten columns of kept digits, their counts and misreads wrapped in long words, and a
    vertical scroll bar: nothing to scroll sideways at 1024 x 768, and every column's
    first thumbnail on one line."""
    from digitdesk.engine import Model, TrainConfig
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    install_language(code)
    window = make_window(qtbot)
    window.resize(1024, 768)
    window.set_model(Model(TrainConfig(hidden=(8,))))  # untrained: it misreads most
    image = np.zeros((28, 28), dtype=np.uint8)
    image[6:22, 12:16] = 255
    view = window.personal_view
    for digit in list(range(10)) + [0] * 6 + [7] * 2:
        view.keep(image, digit)
    window.views.setCurrentWidget(view)
    wait_for_the_digits(qtbot, view)  # the misreads shown: the counts at their tallest
    for _ in range(5):
        QCoreApplication.processEvents()
    assert view.scroll.verticalScrollBar().isVisible()
    assert sideways_scrolling(view) == []
    tops = {column.list.mapTo(view, column.list.rect().topLeft()).y() for column in view.columns}
    assert len(tops) == 1, tops


def test_a_model_file_with_wrong_array_shapes_is_explained_in_the_chosen_language(
        qtbot, english, tmp_path, critical):
    """A model file whose weights do not fit its layers: the dialog says so in Russian
    (it was English whatever the language), and the model in use stays."""
    from digitdesk.engine import Model, TrainConfig
    from test_modelfile import reshape_w2, rewrite
    good = tmp_path / "good.npz"
    Model(TrainConfig(hidden=(16, 8), epochs=1)).save(good)
    bad = rewrite(good, tmp_path / "bad.npz", reshape_w2)
    window = make_window(qtbot)
    in_use = Model(TrainConfig(hidden=(8,), epochs=1))
    window.set_model(in_use)
    switch(qtbot, window, "ru")
    window.files.open_file(str(bad))
    title, text = critical[-1]
    expected = translated("errors", "{0}: {1} has shape {2}, expected {3} for layers {4}").format(
        "bad.npz", "W2", (16, 9), (16, 8), "784-16-8-10")
    assert "has shape" not in expected
    assert text == expected
    assert window.model() is in_use


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_an_idx_pair_with_a_bad_header_is_explained_in_the_chosen_language(
        qtbot, english, tmp_path, critical, code):
    """An imported IDX pair whose image file has a wrong magic number or is cut short: the
    dialog is in the window's language, and the training data stays."""
    from test_data import small_set, write_idx
    images, labels = small_set()
    window = make_window(qtbot)
    switch(qtbot, window, code)
    for broken, template, values in (
            (dict(magic=0), "{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or "
             "0x00000803 for an IDX file of unsigned bytes)", ("0x00000000",)),
            (dict(cut=100), None, None)):
        folder = tmp_path / str(len(critical))
        folder.mkdir()
        image_file = write_idx(folder / "train-images-idx3-ubyte.gz", images, **broken)
        label_file = write_idx(folder / "train-labels-idx1-ubyte.gz", labels)
        calls = len(critical)
        window.import_training_data([str(image_file), str(label_file)])
        qtbot.waitUntil(lambda calls=calls: len(critical) > calls, timeout=10000)
        text = critical[-1][1]
        if template is not None:
            assert text == translated("errors", template).format(image_file.name, *values)
        assert text.startswith(image_file.name) and not re.search(r"[a-z]{5,}", text[
            len(image_file.name):].replace("gzip", "")), text
        assert window.training_data() is None


def test_a_switch_to_a_wider_language_widens_the_form_to_fit(qtbot, isolated_settings, english):
    """The form is fitted to its fields at the start; Russian labels are wider, so a switch
    of language fits it again (its fields were cut off at the right), by the same rule: a
    form the user widened stays as wide."""
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[0] == window.form_width(), timeout=5000)
    english_form = window.main_splitter.sizes()[0]
    switch(qtbot, window, "ru")
    qtbot.wait(300)  # the form takes its Russian least width a few turns of the event loop on
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[0] == window.form_width(), timeout=5000)
    assert window.main_splitter.sizes()[0] > english_form  # else this test shows nothing

    switch(qtbot, window, "en")
    qtbot.wait(300)
    # a user's drag, wider than the Russian form needs
    window.main_splitter.moveSplitter(window.main_splitter.sizes()[0] + 80, 1)
    qtbot.wait(50)
    widened = window.main_splitter.sizes()[0]
    switch(qtbot, window, "ru")
    qtbot.wait(300)
    assert window.main_splitter.sizes()[0] == widened


def test_a_form_the_user_widened_keeps_its_width_at_1024_after_a_switch(qtbot, isolated_settings,
                                                                       english):
    """At 1024 px the form is fitted by the rule "the views keep their room first"; a
    switch of language fitted it again by that rule and narrowed a form the user had
    widened. The user's width is kept, in both directions."""
    window = make_window(qtbot)
    window.resize(1024, 720)
    qtbot.wait(300)
    fitted = window.main_splitter.sizes()[0]
    # a user's drag (as far as the Russian drawing panel's least width allows)
    window.main_splitter.moveSplitter(fitted + 30, 1)
    qtbot.wait(50)
    widened = window.main_splitter.sizes()[0]
    assert widened > fitted
    for code in ("ru", "en"):
        switch(qtbot, window, code)
        qtbot.wait(300)
        assert window.main_splitter.sizes()[0] == widened, code


def _model_file_changed(folder, change):
    """A small saved model whose metadata ``change(meta)`` has damaged: bad.npz. A change
    that returns an array stores it as the metadata instead."""
    import json
    from digitdesk.engine import Model, TrainConfig
    good = folder / "good.npz"
    Model(TrainConfig(hidden=(4,))).save(good)
    with np.load(good, allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    meta = json.loads(str(arrays.pop("metadata")))
    metadata = change(meta)
    metadata = np.array(json.dumps(meta)) if metadata is None else metadata
    np.savez(folder / "bad.npz", **arrays, metadata=metadata)
    return folder / "bad.npz"


@pytest.mark.parametrize("change, allowed, english_words", [
    # a setting of the wrong JSON kind: the kinds and "or" were English
    (lambda m: m["config"].update(train_size="many"), {"train_size", "many"},
     "invalid training settings in the metadata: train_size is text 'many', expected a "
     "whole number or null"),
    # a setting out of range: the configuration's own reason was English
    (lambda m: m["config"].update(learning_rate=-0.5), set(),
     "invalid training settings in the metadata: learning rate must be a positive number, "
     "not -0.5"),
    (lambda m: m["config"].update(layers=["conv32x50", "dense4"]), {"conv32x50"},
     "invalid training settings in the metadata: conv32x50: a 50x50 kernel does not fit its "
     "28x28 input"),
    (lambda m: m["info"].update(test_images=1.5), {"test_images"},
     "the model fact 'test_images' is a number '1.5', expected a whole number"),
    # the archive's own checks were English
    (lambda m: np.zeros(3), {"float64"},
     "the metadata is not one text entry (it is float64 of shape (3,))"),
    # Python's own int() words, and a fraction taken for a whole number (1.5 read as 1)
    (lambda m: m["config"].update(hidden=["abc"]), {"hidden", "abc"},
     "invalid training settings in the metadata: hidden: 'abc' is not a whole number"),
    (lambda m: m["config"].update(digits=[3, 1.5]), {"digits"},
     "invalid training settings in the metadata: digits: '1.5' is not a whole number"),
    # the JSON parser's own words ("Expecting property name enclosed in double quotes")
    (lambda m: np.array('{"format": oops}'), {"JSON"},
     "the metadata cannot be read (bad JSON at line 1, column 12)"),
    # numbers were written with an English comma inside the Russian sentence
    (lambda m: m["config"].update(hidden=[30000000]), set(),
     "layers 784-30000000-10 would have 23,850,000,010 weights, more than digitdesk opens "
     "(50,000,000)"),
])
def test_a_bad_model_file_is_refused_with_no_english_in_a_russian_window(
        qtbot, english, tmp_path, critical, change, allowed, english_words):
    """File > Open of a model file with bad settings or facts in a Russian window: every
    part of the reason is Russian (the nested reason, the kinds of JSON values, "or") and
    its numbers are written the Russian way; only the file's name and the names and values
    of its settings stay as they are. The error's own message stays English."""
    text, words = _refused_in_russian(qtbot, _model_file_changed(tmp_path, change), critical,
                                      english_words)
    assert words <= allowed | {"digitdesk"}, text
    if "weights" in english_words:
        russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
        assert russian.toString(50_000_000) in text and "50,000,000" not in text
    if "-0.5" in english_words:
        assert "-0,5" in text


@pytest.mark.parametrize("damage, english_words", [
    (lambda data: data[:len(data) // 2],
     "the file is truncated or corrupt (not a complete zip archive: its end is missing)"),
    (lambda data: _flip_a_byte_of(data, b"metadata.npy", 200),
     "metadata cannot be read (its data does not match its checksum)")])
def test_a_damaged_archive_is_explained_in_our_words_not_the_zip_library_s(
        qtbot, english, tmp_path, critical, damage, english_words):
    """A cut-off download and a flipped bit: the zip library's own English ("File is not
    a zip file", "Bad CRC-32 for file 'metadata.npy'") was quoted inside the Russian
    reason; now the reason is ours, in the window's language."""
    from digitdesk.engine import Model, TrainConfig
    good = tmp_path / "good.npz"
    Model(TrainConfig(hidden=(4,))).save(good)
    path = tmp_path / "bad.npz"
    path.write_bytes(damage(good.read_bytes()))
    text, words = _refused_in_russian(qtbot, path, critical, english_words)
    assert words <= {"zip", "metadata", "npy"}, text


def _refused_in_russian(qtbot, path, critical, english_words):
    """Open the model file ``path`` (named bad.npz), refused with ``english_words`` by the
    engine, in a Russian window: ``(the dialog's text, the Latin words after the name)``."""
    from digitdesk.engine import ModelFileError, load_model
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert str(caught.value) == "bad.npz: " + english_words
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    assert not window.open_file(str(path))
    _, text = critical[-1]
    assert text.startswith("bad.npz: ")
    return text, set(re.findall(r"(?<!\w)[A-Za-z_]\w*", text.removeprefix("bad.npz: ")))


def _flip_a_byte_of(data, after, offset):
    data = bytearray(data)
    data[data.find(after) + offset] ^= 0xFF
    return bytes(data)


def test_layers_that_cannot_be_built_are_explained_in_the_chosen_language(qtbot, english):
    """The layers field and the line under the form say why in Russian (the reason came
    from the engine in English)."""
    window = make_window(qtbot)
    switch(qtbot, window, "ru")
    panel = window.training_panel
    panel.architecture.edit.setText("conv32x50, dense64")
    qtbot.waitUntil(lambda: panel.problem.isVisible(), timeout=3000)
    for text in (panel.architecture.message.text(), panel.problem.text()):
        assert "conv32x50" in text
        assert set(re.findall(r"(?<!\w)[A-Za-z_]\w*", text)) == {"conv32x50"}, text
    panel.architecture.edit.setText("dense64 32")  # a forgotten comma, quoted as typed
    for text in (panel.architecture.message.text(), panel.problem.text()):
        assert "«dense64 32» — не слой: разделяйте слои запятыми" in text, text


def test_sizes_that_do_not_fit_the_data_are_explained_in_the_chosen_language(english):
    """Start's "These settings do not fit the training data" quotes the engine's reason:
    in Russian in a Russian window, with Russian numbers."""
    from digitdesk.engine import TrainConfig
    from digitdesk.engine.trainer import train_val_split_sizes
    from digitdesk.gui.language import error_text
    install_language("ru")
    with pytest.raises(ValueError) as caught:
        train_val_split_sizes(TrainConfig(val_size=5000, train_size=20000), 6000)
    text = error_text(caught.value)
    assert not re.search(r"[A-Za-z]", text), text
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert russian.toString(20000) in text and "20,000" not in text


def test_a_diverged_run_says_so_in_the_window_language(qtbot, window):
    """The divergence message (what blew up, which weights came back, what to try) is the
    trainer's; in a Russian window it is Russian, numbers included."""
    from digitdesk.engine import TrainConfig
    window.ask_before_discarding = False  # the diverged model is not saved: close without asking
    install_language("ru")
    try:
        window.retranslate()
        window.training_panel.set_config(TrainConfig(
            hidden=(16,), reduction="sum", learning_rate=10.0, head="linear_mse", optimizer="sgd",
            epochs=20, train_size=2000, val_size=500, batch_size=64))
        qtbot.keyClick(window.findChild(QAbstractButton, "startButton"), Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "warningBox") is not None,
                        timeout=20000)
        text = window.findChild(QMessageBox, "warningBox").text()
        assert "Обучение остановлено в эпохе" in text and "скорость обучения" in text
        assert "Восстановлены последние хорошие веса (" in text
        # No English words left (a loss of inf or nan is a number, as Python writes it).
        assert not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(inf|nan)\b", "", text)), text
        qtbot.waitUntil(lambda: not window.is_training(), timeout=RUN_END_MS)
        # The status bar: one short Russian line at 1024 x 768, the whole message its tooltip.
        bar = window.statusBar()
        window.resize(1024, 768)
        assert bar.currentMessage().startswith("Обучение остановлено: потери разошлись")
        assert bar.toolTip() == text
        assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) \
            <= bar.message_rect().width()
        window.findChild(QMessageBox, "warningBox").close()
        # View > Language: the tooltip follows the short line (it kept the Russian text).
        install_language("en")
        window.retranslate()
        assert bar.currentMessage().startswith("Training stopped: the loss diverged")
        assert "learning rate" in bar.toolTip(), bar.toolTip()
        assert not re.search(r"[А-Яа-я]", bar.toolTip()), bar.toolTip()
    finally:
        install_language("en")
        window.retranslate()


@pytest.mark.parametrize("code, space", [("ru", "Пробел"), ("zh_CN", "空格")])
def test_the_space_key_is_named_in_the_window_language(qtbot, english, code, space):
    """The Training menu and Help > Keyboard Shortcuts said "Space" in every language (the
    window handles Space itself, so its name was written into the actions' text)."""
    window = make_window(qtbot)
    switch(qtbot, window, code)
    assert window.start_action.text().endswith("\t" + space)
    assert window.pause_action.text().endswith("\t" + space)
    dialog = window.show_shortcuts()
    text = dialog.text()
    dialog.close()
    assert space in text and "Space" not in text


def test_the_shortcuts_list_left_open_follows_a_change_of_language(qtbot, english):
    """Help > Keyboard Shortcuts does not block the window: left open while View >
    Language changed, it stayed in the old language, title, table and note."""
    window = make_window(qtbot)
    dialog = window.show_shortcuts()
    assert "Open Model\tCtrl+O" in dialog.text()
    switch(qtbot, window, "ru")
    qtbot.waitUntil(lambda: "Открыть модель\tCtrl+O" in dialog.text(), timeout=5000)
    assert dialog.windowTitle() == "Сочетания клавиш"
    assert dialog.note.text().startswith("Пробел")
    assert dialog.table.horizontalHeaderItem(0).text() == "Действие"
    assert not english_left(dialog, "ru")
    dialog.close()


def test_the_gradient_check_writes_its_numbers_and_units_the_window_s_way(qtbot, english):
    """The thresholds in its explanation (0.001) and the milliseconds of each row were
    written the English way in a Russian window ("0.001", "3 ms")."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model, TrainConfig
    from digitdesk.engine.gradcheck import check_batch
    from digitdesk.gui.gradcheck_view import GradCheckView, run_checks
    install_language("ru")
    view = GradCheckView()
    qtbot.addWidget(view)
    assert "0,001" in view.explanation.text() and "0.001" not in view.explanation.text()
    model = Model(TrainConfig(hidden=(4,)))
    x, y, _, _ = load_mnist()
    view.show_report(run_checks(model, *check_batch(model.config, x, y, size=8)))
    times = [view.table.item(row, 5).text() for row in range(view.table.rowCount())]
    assert times and all(t.endswith("\N{NO-BREAK SPACE}мс") for t in times), times


def test_a_form_the_user_narrowed_stays_narrow_after_a_switch_and_a_resize(qtbot, english):
    """Choices that do not fit end in "…": a user may narrow the form below the width
    that shows them whole, and a switch of language or of window size keeps that."""
    window = make_window(qtbot)
    qtbot.wait(300)
    fitted = window.main_splitter.sizes()[0]
    window.main_splitter.moveSplitter(fitted - 40, 1)  # a user's drag
    qtbot.wait(50)
    narrowed = window.main_splitter.sizes()[0]
    assert narrowed < fitted
    switch(qtbot, window, "zh_CN")
    qtbot.wait(300)
    window.resize(1200, 720)
    qtbot.wait(300)
    # Qt never makes a widget narrower than its smallest size, which depends on the
    # language's texts and the fonts installed (the Chinese form's can be wider than the
    # width the user dragged the English one to): the form keeps the user's width, or
    # that floor if it is wider, not the width that shows every choice whole.
    floor = window.main_splitter.widget(0).minimumSizeHint().width()
    assert window.main_splitter.sizes()[0] == max(narrowed, floor)


def test_one_digit_s_maths_writes_its_sentence_s_figures_in_the_chosen_language(qtbot,
                                                                                english):
    """'It reads 7 (82.9%). Loss for target 0: 4.44477' kept English points in a Russian
    window (the arrays, code to paste into Python, keep them). (The percentage is now
    written as the pad writes it, "83%".)"""
    from digitdesk.engine import Model, TrainConfig
    from test_digit_panel import SEVEN, draw
    install_language("ru")
    window = make_window(qtbot)
    window.set_model(Model(TrainConfig(hidden=(8,), epochs=1)))
    window.views.setCurrentWidget(window.maths_view)
    draw(window.digit_panel.canvas, SEVEN)
    view = window.maths_view
    wait_for_the_maths(qtbot, window)  # the whole digit's, not a stroke half drawn
    maths = view.maths()
    best = int(np.argmax(maths.probabilities))
    percent = window.probability_view.value_text(best)  # as the pad writes it: "83%"
    loss = f"{maths.loss:.6g}".replace(".", ",")
    assert f"({percent})" in view.summary.text() and f": {loss}." in view.summary.text()
    switch(qtbot, window, "en")  # the sentence follows a switch at once
    assert view.summary.text().startswith(f"It reads {best} ({percent})")


@pytest.mark.parametrize("code, learner, fixed", [
    pytest.param("zh_CN",
     "已载入表单：学习者的设置（000：停止变化的损失）。按“开始”，然后观察“诊断”标签页。",
     "已载入表单：修正后的孪生版本（000：停止变化的损失）。按“开始”，然后观察“诊断”标签页。",
        id="zh_CN"),
    pytest.param("ru",
     "Загружено в форму: настройки учащегося (003: потери, которые скачут). Нажмите «Старт» "
     "и следите за вкладкой «Диагностика».",
     "Загружено в форму: исправленный двойник (003: потери, которые скачут). Нажмите «Старт» "
     "и следите за вкладкой «Диагностика».", id="ru"),
])
def test_loading_a_learners_question_says_so_in_a_sentence_of_that_language(
        qtbot, english, code, learner, fixed):
    """The status after "Load the learner's settings" / "Load the fixed twin": the
    question's title (itself with a colon) in brackets inside a sentence that reads as
    one, not "{title} 中学习者的设置 载入表单" or a plural subject with a neuter verb
    ("настройки ... загружено")."""
    install_language(code)
    window = make_window(qtbot)
    view = window.replays_view
    view.choose("000" if code == "zh_CN" else "003")
    view.load_button.click()
    assert window.statusBar().currentMessage() == learner
    view.fixed_button.click()
    assert window.statusBar().currentMessage() == fixed


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_the_gradient_check_table_shows_its_details_at_1024(qtbot, english, code):
    """Question 003's check in a window of 1024 x 768: the Details column (what is wrong
    with each tensor) is in view. In Russian the long header "Макс. относительная ошибка"
    and the row "направление обновления" pushed it out, the table scrolling sideways."""
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model
    from digitdesk.engine.replays import REPLAYS
    from digitdesk.engine.gradcheck import check_batch
    from digitdesk.gui.gradcheck_view import run_checks
    install_language(code)
    window = make_window(qtbot)
    window.resize(1024, 768)
    view = window.gradcheck_view
    window.views.setCurrentWidget(view)
    model = Model(REPLAYS["003"].config)
    x, y, _, _ = load_mnist()
    view.show_report(run_checks(model, *check_batch(model.config, x, y)))
    details = view.table.columnCount() - 1

    def laid_out():  # the layout settles over a few event-loop turns (slower under load)
        assert sideways_scrolling(view) == []
        widths = [view.table.columnWidth(c) for c in range(details + 1)]
        assert widths[details] >= 200, (widths, view.table.viewport().width())
    qtbot.waitUntil(laid_out, timeout=5000)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_gradient_check_s_cut_details_are_read_whole_from_the_keyboard(qtbot, english,
                                                                           code):
    """A long Details cell ends in "…" at 1024 x 768; the whole text was in its tooltip
    only, which a keyboard never shows. The arrow keys go from row to row and the current
    row's details are written out in full under the table."""
    from PySide6.QtTest import QTest
    from digitdesk.data import load_mnist
    from digitdesk.engine import Model
    from digitdesk.engine.replays import REPLAYS
    from digitdesk.engine.gradcheck import check_batch
    from digitdesk.gui.gradcheck_view import run_checks
    install_language(code)
    window = make_window(qtbot)
    window.resize(1024, 768)
    view = window.gradcheck_view
    window.views.setCurrentWidget(view)
    assert not view.details.isVisible()  # nothing checked yet
    model = Model(REPLAYS["003"].config)
    x, y, _, _ = load_mnist()
    view.show_report(run_checks(model, *check_batch(model.config, x, y)))
    table, column = view.table, view.table.columnCount() - 1
    metrics = table.fontMetrics()
    qtbot.waitUntil(lambda: any(  # the case in question: a cell too narrow for its text
        metrics.horizontalAdvance(table.item(row, column).text()) > table.columnWidth(column)
        for row in range(table.rowCount())), timeout=5000)
    table.setFocus()
    for row in range(table.rowCount()):
        if row:
            QTest.keyClick(table, Qt.Key.Key_Down)
        assert table.currentRow() == row
        assert view.details.isVisible()
        name, details = table.item(row, 0).text(), table.item(row, column).text()
        assert view.details.text() == f"{name}: {details}"
        qtbot.waitUntil(lambda: view.details.height()  # all its lines, none cut off
                        >= view.details.heightForWidth(view.details.width()), timeout=2000)


@pytest.mark.parametrize("code, numerical, minutes", [
    ("en", "numerical gradients 1,100.8 s", "1.2 s against 13 days"),
    ("zh_CN", "数值梯度 1,100.8 秒", "反向传播 1.2 秒，数值梯度 13 天"),
    # (a no-break space before a unit: "1,2 с" never breaks between the two)
    ("ru", "численные градиенты 1\N{NO-BREAK SPACE}100,8\N{NO-BREAK SPACE}с",
     "1,2\N{NO-BREAK SPACE}с против 13\N{NO-BREAK SPACE}дней"),
])
def test_question_001_s_step_cost_groups_its_large_numbers(qtbot, english, code, numerical,
                                                           minutes):
    """Question 001's "Compare step cost": thousands of seconds and minutes were written
    "1100.8" and "18346" in every language (and "минут" after any number in Russian)."""
    from digitdesk.engine.replays import StepCost
    install_language(code)
    window = make_window(qtbot)
    cost = StepCost(parameters=39760, batch_size=100, backprop_seconds=0.00118,
                    coordinates_measured=200, numerical_seconds_measured=5.5376,
                    numerical_seconds=1100.8, extrapolated=True)
    window.lab._on_step_cost_done(cost)
    text = window.replays_view.step_cost.text()
    assert numerical in text and minutes in text, text


@pytest.mark.parametrize("code, durations", [
    ("en", ["90 minutes", "2 hours", "21 hours", "30 hours", "48 hours", "3 days", "5 days",
            "21 days"]),
    ("zh_CN", ["90 分钟", "2 小时", "21 小时", "30 小时", "48 小时", "3 天", "5 天", "21 天"]),
    ("ru", [f"{n}\N{NO-BREAK SPACE}{unit}" for n, unit in [
        (90, "мин."), (2, "часа"), (21, "час"), (30, "часов"), (48, "часов"), (3, "дня"),
        (5, "дней"), (21, "день")]]),
])
def test_question_001_s_step_cost_writes_long_runs_in_hours_and_days(qtbot, english, code,
                                                                    durations):
    """Question 001's learner read that 1,000 numerical steps take "1,805 minutes": past
    90 minutes the estimate reads in hours ("30 hours"), past 48 hours in days, with each
    language's plural forms ("21 час", "2 часа", "30 часов")."""
    from digitdesk.engine.replays import StepCost
    install_language(code)
    window = make_window(qtbot)
    minutes = [90, 120, 21 * 60, 1805, 48 * 60, 72 * 60, 5 * 24 * 60, 21 * 24 * 60]
    for minutes_in_all, duration in zip(minutes, durations):
        numerical_step = minutes_in_all * 60 / 1000  # the step cost counts 1,000 steps
        cost = StepCost(parameters=39760, batch_size=100, backprop_seconds=0.00118,
                        coordinates_measured=200, numerical_seconds_measured=numerical_step,
                        numerical_seconds=numerical_step, extrapolated=True)
        window.lab._on_step_cost_done(cost)
        text = window.replays_view.step_cost.text()
        # the sentence's full stop, or the Russian "мин." ending it
        assert text.endswith((f" {duration}.", f" {duration}。", f" {duration}")), \
            (duration, text)


@pytest.mark.parametrize("code, gradient, ratio, dead", [
    ("en", "1.2·10⁻³", "0.050", "</b>, 10% dead"),
    ("ru", "1,2·10⁻³", "0,050", "</b>, 10"),
    ("zh_CN", "1.2·10⁻³", "0.050", "</b>，10%"),
])
def test_the_diagnostics_read_out_writes_numbers_as_the_rest_of_the_window(
        qtbot, english, code, gradient, ratio, dead):
    """The Diagnostics tab's hover read-out wrote "1,2e-03" and "5,0e-02" where every
    other view writes 1,2·10⁻³ and, between 0.01 and 1000, the plain number (two significant
    digits: 0.050); and in Chinese an ASCII ", " before the dead share, where the window
    writes the Chinese comma between clauses."""
    from conftest import hover
    from digitdesk.engine.trainer import LayerDiagnostics, StepReport
    install_language(code)
    window = make_window(qtbot)
    view = window.diagnostics_view
    window.views.setCurrentWidget(view)
    layer = LayerDiagnostics(layer=1, grad_rms=1.2e-3, update_ratio=0.05, saturated=None,
                             dead=0.1)
    view.add_reports([StepReport(step=n, epoch_progress=n / 10, loss=1.0, learning_rate=0.1,
                                 epoch=None, diagnostics=(layer,)) for n in range(1, 11)])
    qtbot.waitUntil(lambda: view.curve_points("grad_rms", 0) == 10, timeout=5000)
    hover(view.grad_plot, 0.5, -3)
    text = view.readout.text()
    assert f"<b>{gradient}</b>" in text and f"<b>{ratio}</b>" in text, text
    assert dead in text, text


@pytest.mark.parametrize("code, steps", [
    ("en", "1,000 steps: 1.2 s against 1 minute."),
    ("zh_CN", "1,000 步：反向传播 1.2 秒，数值梯度 1 分钟。"),
    ("ru", "1\N{NO-BREAK SPACE}000 шагов: 1,2\N{NO-BREAK SPACE}с против "
           "1\N{NO-BREAK SPACE}мин."),
])
def test_question_001_s_step_cost_counts_its_steps_and_minutes(qtbot, english, code, steps):
    """The step cost's counts go through the plural forms: a numerical step of 0.06 s
    made the 1,000 steps "1 minutes" (and the Russian worked round its counts with
    "Шагов: 1000")."""
    from digitdesk.engine.replays import StepCost
    install_language(code)
    window = make_window(qtbot)
    cost = StepCost(parameters=39760, batch_size=100, backprop_seconds=0.00118,
                    coordinates_measured=200, numerical_seconds_measured=0.0003,
                    numerical_seconds=0.06, extrapolated=True)
    window.lab._on_step_cost_done(cost)
    text = window.replays_view.step_cost.text()
    assert text.endswith(steps), text


def test_the_learners_questions_write_numbers_the_russian_way(english):
    """The questions' texts in Russian: "между 0,45 и 4,8", as the form writes 0,005, not
    "0.45" (a call such as normal(0, 0.01) is code and stays as it is); the heading over
    the cure asks "Как это исправить", not "Что это исправляет" ("what does this fix")."""
    from digitdesk.engine.replays import REPLAYS
    install_language("ru")
    for replay in REPLAYS.values():
        for text in (replay.saw, replay.watch, replay.fix):
            russian = QCoreApplication.translate("replays", text)
            prose = re.sub(r"\w+\([^()]*\)", "", russian)
            assert not re.search(r"\d\.\d", prose), russian
    assert "между 0,45 и 4,8" in QCoreApplication.translate("replays", REPLAYS["003"].saw)
    assert QCoreApplication.translate("ReplaysView", "What fixes it") == "Как это исправить"


def test_question_003_s_fix_says_what_a_summed_step_is(english):
    """Summed over 12,000 images, learning rate 0.005 takes the step of learning rate 60 on
    the mean gradient; the text called it "a step of 60 per image", in every language."""
    from digitdesk.engine.replays import REPLAYS
    fix = REPLAYS["003"].fix
    assert "per image" not in fix and "learning rate 60 on the mean gradient" in fix
    install_language("zh_CN")
    assert "对平均梯度用学习率 60 的一步" in QCoreApplication.translate("replays", fix)
    install_language("ru")
    assert "скорость обучения 60 по среднему градиенту" in QCoreApplication.translate("replays", fix)


@pytest.mark.parametrize("code", ["zh_CN", "en"])
def test_a_hidden_layer_added_widens_the_form_it_does_not_push_its_buttons_out(
        qtbot, english, code):
    """In Chinese, whose short labels leave the form narrow, a second hidden layer's box
    (question 003's 784-3-3-2, or "+" clicked) pushed "+" and "−" out of the form's sight:
    the form widened for longer labels only, never for a wider row."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication
    install_language(code)
    try:
        window = make_window(qtbot)
        qtbot.waitExposed(window)
        panel, hidden = window.training_panel, window.training_panel.hidden
        viewport = panel.scroll.viewport()

        def in_sight(widget):
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            return right <= viewport.width()

        while len(hidden.spin_boxes()) < 3:
            qtbot.mouseClick(hidden.add_button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
            qtbot.waitUntil(lambda: in_sight(hidden.remove_button))
        assert in_sight(hidden.add_button) and in_sight(hidden.spin_boxes()[-1])
    finally:
        translations.apply("en")


def test_compare_runs_names_its_axes_as_the_other_tabs_do(qtbot, english):
    """Compare runs wrote "准确率（%）" and "卡住的单元（%）" up its axes, beside the
    Learning curves' and Diagnostics' "准确率 (%)" and "卡住的单元 (%)" (pyqtgraph's
    label with its unit): one axis, two spellings, in the one window."""
    install_language("zh_CN")
    try:
        window = make_window(qtbot)

        def axis(plot):
            return re.sub(r"<[^>]+>", "", plot.getPlotItem().getAxis("left").labelString()).strip()

        runs = window.runs_view
        assert axis(runs.accuracy_plot) == axis(window.plots.accuracy_plot) == "准确率 (%)"
        assert axis(runs.stuck_plot) == axis(window.diagnostics_view.stuck_plot) == "卡住的单元 (%)"
    finally:
        translations.apply("en")


def test_question_002_s_chinese_text_writes_its_arithmetic_as_a_textbook_does(english):
    """"0.5 * (0.9^2 + 9 * 0.1^2)": the Chinese text wrote the strange number's sum in
    code's notation, in prose beside the Russian "0,5 · (0,9² + 9 · 0,1²)"; a Chinese
    learner's textbook writes × and ²."""
    from digitdesk.engine.replays import REPLAYS
    install_language("zh_CN")
    watch = QCoreApplication.translate("replays", REPLAYS["002"].watch)
    assert "0.5 × (0.9² + 9 × 0.1²) = 0.45" in watch
    assert "^" not in watch


def test_lists_of_names_are_written_as_the_language_writes_a_list(english):
    from digitdesk.gui.language import listed
    assert listed(["W1", "b1", "W2"]) == "W1, b1, W2"
    translations.apply("zh_CN")
    assert listed(["W1", "b1", "W2"]) == "W1、b1、W2" and listed([3, 5]) == "3、5"
    translations.apply("ru")
    assert listed(["W1", "b1"]) == "W1, b1"


def test_the_chinese_status_bar_lists_failing_tensors_with_the_enumeration_comma(
        qtbot, english):
    """The gradient check's status message joined the tensors' names with ", " in Chinese."""
    from digitdesk.engine import TrainConfig
    window = make_window(qtbot)
    switch(qtbot, window, "zh_CN")
    window.training_panel.set_config(TrainConfig(
        hidden=(16,), activation="sigmoid", init="xavier", train_size=1000, val_size=100,
        bugs=("sigmoid_derivative_sign",)))
    window.views.setCurrentWidget(window.gradcheck_view)
    heading = translated("LabController", "Gradient check: {0}.").split("{0}")[0]
    window.gradcheck_view.check_button.click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(heading),
                    timeout=30000)
    message = window.statusBar().currentMessage()
    assert "W1" in message and "、" in message and ", " not in message


def test_the_layer_choosers_and_the_distributions_note_follow_a_switch_of_language(qtbot,
                                                                                english):
    """The Distributions and Layer map choosers name their layers when a model arrives; a
    switch of language renames them (they stayed "Layer 1 (W1)", "Hidden layer 1 (64
    units)" in a Russian window), and a paused run's distributions note is rewritten."""
    from digitdesk.engine import Model, TrainConfig, Trainer
    from digitdesk.engine.distributions import layer_distributions
    window = make_window(qtbot)
    model = Model(TrainConfig(hidden=(8,), batch_size=32, epochs=1))
    rng = np.random.default_rng(0)
    start = model.network.weights()
    Trainer(model, rng.integers(0, 256, (64, 784), dtype=np.uint8), rng.integers(0, 10, 64)).step()
    window.set_model(model)
    distributions = window.distributions_view
    window.views.setCurrentWidget(distributions)
    distributions.show_distributions(layer_distributions(model.network, start))
    layer_map = window.layer_map_view
    window.views.setCurrentWidget(layer_map)
    qtbot.waitUntil(lambda: layer_map.layer_map() is not None, timeout=20000)
    assert distributions.layer.itemText(0) == "Layer 1 (W1)"
    assert layer_map.layer.itemText(0) == "Hidden layer 1 (8 units)"
    switch(qtbot, window, "ru")
    assert distributions.layer.itemText(0).startswith("Слой ")
    assert distributions.note.text().startswith("Последний батч")
    assert layer_map.layer.itemText(0) == "Скрытый слой 1 (8 нейронов)"
    assert layer_map.layer.currentIndex() == 0 and distributions.layer.currentIndex() == 0


def test_a_learning_rate_change_marked_on_the_curves_follows_a_switch_of_language(qtbot,
                                                                                 english):
    """The label of a change made while training ("lr 0.3, momentum 0.9") is rewritten
    by a switch of language, its numbers the language's way ("скорость 0,3, импульс 0,9")."""
    window = make_window(qtbot)
    window.plots.mark_rate_change(1.5, 0.3, 0.9)
    label = window.plots._rate_lines[0].label
    assert label.toPlainText() == "lr 0.3, momentum 0.9"
    switch(qtbot, window, "ru")
    assert label.toPlainText() == "скорость 0,3, импульс 0,9"
    assert window.plots.rate_marks() == [(1.5, 0.3, 0.9)]


def test_counts_take_russian_plural_forms_and_chinese_s_one(english):
    """A count with a noun fell back to "эпох: 21" in Russian (English chose "1 epoch" or
    "N epochs" itself); Qt's numerus forms give 1 эпоха, 2 эпохи, 5 эпох, 21 эпоха, as the
    Model box's "… trained" says them."""
    from digitdesk.gui.wording import batches_text, trained_so_far

    def trained(epochs):
        return trained_so_far({"epoch": list(range(1, epochs + 1))})

    assert [trained(n) for n in (1, 2, 5, 21)] == [
        "1 epoch trained", "2 epochs trained", "5 epochs trained", "21 epochs trained"]
    assert [batches_text(n) for n in (1, 2)] == ["1 batch", "2 batches"]
    try:
        install_language("ru")
        said = [trained(n) for n in (1, 2, 5, 21)]
        assert [re.search(r"\d+ \w+", text).group() for text in said] == [
            "1 эпоха", "2 эпохи", "5 эпох", "21 эпоха"], said
        assert [batches_text(n) for n in (1, 3, 11)] == ["1 батч", "3 батча", "11 батчей"]
        install_language("zh_CN")
        assert [trained(n) for n in (1, 5)] == [
            QCoreApplication.translate("wording", "{0} trained").format(f"{n} 轮") for n in (1, 5)]
    finally:
        translations.apply("en")


def test_the_russian_model_box_says_trained_and_unsaved_of_the_same_model(qtbot, english):
    """"обучено (300 эпох) · не сохранена": the first word was neuter (as of nothing), the
    second feminine, of the model; now both are of the model, "обучена", as "не обучена"
    already was; and 1.4 epochs read "обучено эпох: 1,4", now "обучена (1,4 эпохи)"."""
    from digitdesk.engine import TrainConfig
    from digitdesk.gui.wording import trained_so_far
    install_language("ru")
    window = make_window(qtbot)
    window.training_panel.set_config(TrainConfig(hidden=(16,), epochs=1, train_size=300,
                                                 val_size=100))
    qtbot.mouseClick(window.training_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_training() and window.model() is not None,
                    timeout=RUN_END_MS)
    qtbot.waitUntil(lambda: "эпоха" in window.model_info.text(), timeout=5000)
    text = window.model_info.text()
    assert "обучена (1 эпоха)" in text and "не сохранена" in text, text
    assert "обучено" not in text, text
    assert trained_so_far({"epoch": [1], "batch_epoch": [1.4]}) == "обучена (1,4 эпохи)"


def test_counts_of_your_digits_agree_with_the_number(qtbot, english):
    """"1 digits kept" in English: the counts of your digits were built by hand. Now they
    are numerus messages: "digit" for one, Russian's one / few / many forms (1 цифра,
    3 цифры, 5 цифр, 21 цифра)."""
    from digitdesk.gui.digit_panel import DigitPanel
    panel = DigitPanel()
    qtbot.addWidget(panel)

    def badge(n):
        panel.set_adaptation(None, n)
        return panel.badge.text()

    assert [badge(n) for n in (1, 2)] == ["1 digit kept", "2 digits kept"]
    try:
        install_language("ru")
        assert [badge(n) for n in (1, 3, 5, 21)] == [
            "Сохранена 1 цифра", "Сохранены 3 цифры", "Сохранено 5 цифр",
            "Сохранена 21 цифра"]
        assert badge(1000) == "Сохранено 1\u00a0000 цифр"  # the count as Russian writes it
        install_language("zh_CN")
        assert badge(5) == "已保存 5 个数字"
    finally:
        translations.apply("en")


def test_a_fine_tune_report_counts_your_digits_in_the_right_form(english):
    """"fine-tuned on all 1 of your digits" in English, "на всех ваших цифрах (21)" in
    Russian: the report says "your 1 digit", "на 21 вашей цифре", "на 5 ваших цифрах"."""
    from types import SimpleNamespace
    from digitdesk.gui.adaptation import report_text

    def report(n, held_out=0):
        return SimpleNamespace(personal_digits=n, held_out_digits=held_out, seconds=2.0,
                               measure_seconds=0.0,
                               held_out_before=0.5, held_out_after=0.75, personal_before=0.5,
                               personal_after=0.9, mnist_before=0.97, mnist_after=0.96)

    assert "fine-tuned on your 1 digit in 2.0 s" in report_text(report(1))
    assert "fine-tuned on your 20 digits in" in report_text(report(20, held_out=20))
    # The count is of the digits read, not of those each model was tuned on (10 of 20).
    assert ("Each of your 20 digits was read by a model fine-tuned on your other rounds "
            "only." in report_text(report(20, held_out=20)))
    try:
        install_language("ru")
        assert "дообученной на 21 вашей цифре за" in report_text(report(21))
        assert "дообученной на 5 ваших цифрах за" in report_text(report(5))
        assert "Каждую из ваших 22 цифр читала модель" in report_text(report(22, held_out=22))
        assert "Каждую из ваших 21 цифры читала" in report_text(report(21, held_out=21))
        install_language("zh_CN")
        assert "它在你的 5 个数字上" in report_text(report(5))
    finally:
        translations.apply("en")


def test_the_inside_tab_counts_units_in_the_right_form(qtbot, english):
    """"Hidden layer 1: 1 relu units" in English, "нейронов — 21" in Russian: a layer's
    line under its activations now says "1 ReLU unit", "21 нейрон", "3 нейрона"; the
    activation named as the form's Activation box names it ("ReLU", "Leaky ReLU"), not by
    its code name ("relu", "leaky_relu"), which read as a slip in "5 个 relu 单元"."""
    window = make_window(qtbot)
    describe = window.inside_view._describe_layer
    assert describe(1, "relu", np.ones(1)) == "Hidden layer 1: 1 ReLU unit, 1 active"
    assert describe(1, "leaky_relu", np.ones(2)) == "Hidden layer 1: 2 Leaky ReLU units, 2 active"
    assert describe(2, "sigmoid", np.zeros(3)) == "Hidden layer 2: 3 sigmoid units, 3 saturated"
    try:
        install_language("ru")
        # (the second count after a colon: "активны — 1" put a plural beside one neuron)
        assert describe(1, "relu", np.ones(21)) == "Скрытый слой 1, ReLU: 21 нейрон, активных: 21"
        assert describe(1, "relu", np.ones(3)) == "Скрытый слой 1, ReLU: 3 нейрона, активных: 3"
        assert describe(1, "relu", np.eye(1, 5)[0]) == (
            "Скрытый слой 1, ReLU: 5 нейронов, активных: 1")
        assert describe(1, "tanh", np.zeros(5)) == (
            "Скрытый слой 1, tanh: 5 нейронов, насыщенных: 0")
        # (the form's Activation box says "Сигмоида"; "sigmoid" was left in English)
        assert describe(2, "sigmoid", np.zeros(3)) == (
            "Скрытый слой 2, сигмоида: 3 нейрона, насыщенных: 3")
        install_language("zh_CN")
        assert describe(1, "relu", np.ones(5)) == "隐藏层 1：5 个 ReLU 单元，其中 5 个被激活"
    finally:
        translations.apply("en")


def test_why_fresh_weights_names_no_bug_lab_switch_in_the_window_language(english):
    """"the bug-lab switches changed (update_added → none)": the "none" was English in
    the Russian and Chinese windows."""
    from digitdesk.engine import TrainConfig
    from digitdesk.gui.training_control import fresh_weights_reason
    buggy, fixed = TrainConfig(bugs=("update_added",)), TrainConfig()
    assert fresh_weights_reason(buggy, fixed).endswith("(update_added → none)")
    install_language("ru")
    assert fresh_weights_reason(buggy, fixed).endswith("(update_added → нет)")
    assert fresh_weights_reason(fixed, buggy).endswith("(нет → update_added)")
    install_language("zh_CN")
    assert fresh_weights_reason(buggy, fixed).endswith("（update_added → 无）")


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guides_quote_the_compare_runs_legend_as_the_window_writes_it(english, code):
    """The Chinese and Russian guides quoted the legend in English ("lr 0.5", "question
    002, learner ...") while the window writes "скорость 0,5", "问题 002，学习者"."""
    from digitdesk.engine import TrainConfig
    from digitdesk.gui.help import guide_path
    from digitdesk.gui.wording import run_differences
    guide = guide_path(code).read_text(encoding="utf-8")
    try:
        install_language(code)
        labels = run_differences([TrainConfig(learning_rate=0.5).to_dict(),
                                  TrainConfig(learning_rate=0.1).to_dict()])
        # The learner's run and its twin as the legend names them (one label each: "问题
        # 002，学习者（错误：…）", not "问题 002，学习者：错误：…").
        bugs, none = run_differences([
            {**TrainConfig().to_dict(), "bugs": ["sigmoid_derivative_sign"]},
            TrainConfig().to_dict()])
        legend = QCoreApplication.translate("RunsView", "{0} ({1})")
        learner = legend.format(
            QCoreApplication.translate("RunsView", "question {0}, learner").format("002"), bugs)
        fixed = legend.format(
            QCoreApplication.translate("RunsView", "question {0}, fixed twin").format("002"), none)
    finally:
        translations.apply("en")
    assert all(label in guide for label in labels), labels
    assert learner[:learner.index("sigmoid_derivative_sign")] + "sigmoid_derivative_sign" in guide
    assert fixed in guide
    assert "lr 0.5" not in guide and "question 002" not in guide


def test_the_gradient_check_names_its_network_and_thresholds_in_the_window_language(
        qtbot, english):
    """The gradient check said "xavier init, momentum lr 0.1, 2 epochs" under a Russian
    window, and its thresholds as Python writes them ("1e-06")."""
    from digitdesk.engine import TrainConfig
    from digitdesk.gui.gradcheck_view import GradCheckView
    view = GradCheckView()
    qtbot.addWidget(view)
    config = TrainConfig(init="xavier", learning_rate=0.1, epochs=2)
    view.show_running(config)
    assert "Xavier / Glorot init" in view.summary.text() and "10⁻⁶" in view.explanation.text()
    try:
        install_language("ru")
        view.retranslate()
        assert "инициализация Ксавье / Глоро" in view.summary.text()
        assert "скоростью 0,1" in view.summary.text() and "2 эпохи" in view.summary.text()
        assert "10⁻⁶" in view.explanation.text() and "e-06" not in view.explanation.text()
    finally:
        translations.apply("en")


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_gradient_check_s_details_write_a_small_number_as_a_power_of_ten(
        qtbot, english, code):
    """A vanishing row said "every gradient is below 1,0e-07" in Russian (and "1.0e-07" in
    English) under an explanation that writes "10⁻⁶": the numbers in a phrase of the core
    are now written as the explanation writes them."""
    from digitdesk.engine.gradcheck import UpdateCheckResult, gradient_check
    from digitdesk.engine.losses import make_loss
    from digitdesk.gui.gradcheck_view import CheckReport, GradCheckView
    from test_engine import _saturated_mse_network
    network, x, labels = _saturated_mse_network(25)  # W1 and b1 too small to check
    results = gradient_check(network, make_loss("linear_mse", "sum"), x, labels)
    try:
        install_language(code)
        view = GradCheckView()
        qtbot.addWidget(view)
        update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
        view.show_report(CheckReport("20-8-10", tuple(results), update, 256, 0.1))
        assert view.statuses()["W1"] == "vanishing"
        view.table.setCurrentCell(0, 0)  # W1, as the arrow keys choose it
        details = view.details.text()
    finally:
        translations.apply("en")
    assert re.search(r"\d[.,]\d·10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]", details), details
    assert not re.search(r"\de-\d", details), details


def test_the_russian_gradient_check_says_what_is_too_small(qtbot, english):
    """The legend read "затухание: слишком мал для проверки", a masculine adjective after a
    neuter badge word: it is the gradient that is too small."""
    from digitdesk.gui.gradcheck_view import GradCheckView
    install_language("ru")
    view = GradCheckView()
    qtbot.addWidget(view)
    assert ("&nbsp;затухание&nbsp;</span>: градиент слишком мал для проверки;"
            in view.explanation.text()), view.explanation.text()


@pytest.mark.parametrize("code, plain, power", [("en", "1.00", "3.00·10⁻⁸"),
                                                  ("ru", "1,00", "3,00·10⁻⁸")])
def test_the_gradient_check_writes_an_error_of_1_plainly_and_a_tiny_one_as_a_power(
        qtbot, english, code, plain, power):
    """After question 003's 300 epochs W1 and b1 fail with a relative error of 1, which the
    column wrote "1,00·10⁰": between 0.01 and 1000 a number is written plainly, below and
    above as a power of ten (as the details write their numbers: one function for both)."""
    from digitdesk.engine.gradcheck import GradCheckResult, UpdateCheckResult
    from digitdesk.gui.gradcheck_view import CheckReport, GradCheckView
    from digitdesk.gui.numbers import readable

    def row(name, error, scale):
        return GradCheckResult(name, (3,), 3, error, error * scale, 0.001, scale,
                               resolution=1e-7)
    install_language(code)
    try:
        view = GradCheckView()
        qtbot.addWidget(view)
        update = UpdateCheckResult("update direction", 1.0, 0.9, -0.1, 1e-3, 1.0, 0.01)
        view.show_report(CheckReport("784-3-3-2", (
            row("b1", 1.0, 2.3e5), row("W2", 0.0384, 1.0), row("W3", 3e-8, 1.0)),
            update, 16, 0.1))
        errors = {view.table.item(r, 0).text(): view.table.item(r, 3).text()
                  for r in range(3)}
        details = view.table.item(2, 6).text()  # W3's: "largest gradient 1.0", plainly
        large = [format(readable(value), ".2e") for value in (523.4, 999.96)]
    finally:
        translations.apply("en")
    point = "," if code == "ru" else "."
    assert errors == {"b1": plain, "W2": f"0{point}0384", "W3": power}, errors
    assert f"1{point}0)" in details and "10⁰" not in details, details
    assert large == ["523", f"1{point}00·10³"]


@pytest.mark.parametrize("code, buggy, fixed", [
    ("en", "bug: one_minus_sigmoid, sigmoid_derivative_sign", "bug: none"),
    ("ru", "ошибка: one_minus_sigmoid, sigmoid_derivative_sign", "ошибка: нет"),
    ("zh_CN", "错误：one_minus_sigmoid、sigmoid_derivative_sign", "错误：无")])
def test_the_compare_runs_legend_lists_bug_switches_as_the_language_lists_them(
        english, code, buggy, fixed):
    """The legend joined bug-lab switches with "," and no space (a long list could not
    wrap), and Chinese read "错误 无" for "bug: none"."""
    from digitdesk.engine import TrainConfig
    from digitdesk.gui.wording import run_differences
    try:
        install_language(code)
        labels = run_differences([  # stored records: the legend checks no combination
            {**TrainConfig().to_dict(), "bugs": ["one_minus_sigmoid", "sigmoid_derivative_sign"]},
            TrainConfig().to_dict()])
    finally:
        translations.apply("en")
    assert labels == [buggy, fixed]


def test_a_drop_it_cannot_open_is_said_in_the_chosen_language_with_its_plural(
        qtbot, english, tmp_path):
    """Several files dropped: the count takes the noun's plural form of the language
    (Russian 2 файла, 5 файлов), and the message follows View > Language."""
    from test_gui import drag_and_drop
    from PySide6.QtCore import QUrl
    window = make_window(qtbot)
    paths = [tmp_path / f"digit{i}.png" for i in range(5)]
    for path in paths:
        path.write_bytes(b"\x89PNG")
    urls = [QUrl.fromLocalFile(str(p)) for p in paths]
    drag_and_drop(window, urls[:2])
    switch(qtbot, window, "ru")
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Перетащено 2 файла: digitdesk открывает по одному")
    drag_and_drop(window, urls)
    assert bar.currentMessage().startswith("Перетащено 5 файлов: ")
    drag_and_drop(window, urls[:1])
    assert bar.currentMessage() == ("Не удаётся открыть digit0.png: digitdesk открывает "
                                    "модели (.npz) и таблицы цифр (.csv)")
    switch(qtbot, window, "zh_CN")
    assert bar.currentMessage() == "无法打开 digit0.png：digitdesk 只能打开模型（.npz）和数字表格（.csv）"
    assert "导入训练数据" in bar.toolTip()


def test_the_chinese_close_question_spaces_digitdesk_off(qtbot, english, questions):
    """"要在关闭 DigitDesk之前保存它吗？": the action that goes into the question ends in a
    Latin word or in Chinese, and the space follows it."""
    install_language("zh_CN")
    window = make_window(qtbot)
    window.ask_before_discarding = True
    window.set_model(window.model(), unsaved=True)  # as after training
    assert window.confirm_discard(translated("MainWindow", "close DigitDesk")) is True
    assert window.confirm_discard(translated("TrainingControl", "reset the weights")) is True
    assert questions == ["你训练的模型还没有保存。要在关闭 DigitDesk 之前保存它吗？",
                         "你训练的模型还没有保存。要在重置权重之前保存它吗？"]
    window.ask_before_discarding = False


@pytest.mark.parametrize("code, words", [("zh_CN", "置信度 89%"), ("ru", "уверенность 89%"),
                                         ("en", "89% sure")])
def test_the_answer_beside_the_big_digit_reads_as_the_language_says_it_and_fits(
        qtbot, english, code, words):
    """Chinese read "89% 确定" (a number, then "certain"), then "把握 89%" (a colloquial
    "confidence", used nowhere else for a figure): it says "置信度 89%". In the
    window at 1024 x 768 the words fit beside the digit, number and all."""
    from PySide6.QtGui import QFontMetrics
    install_language(code)
    window = make_window(qtbot)
    window.resize(1024, 768)
    view = window.digit_panel.probability_view
    view.set_probabilities(np.array([0.01] * 7 + [0.89, 0.01, 0.03]))
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    geometry = view._geometry()
    assert view.answer_text() == words
    assert QFontMetrics(view._font("medium")).horizontalAdvance(words) <= \
        geometry.header.width() - geometry.digit_width


def test_the_tab_bar_s_scroll_arrows_are_named_in_the_language_switched_to(qtbot, english):
    """The arrows of the tab bar (its tabs do not fit at 1024 px): Qt names them once, when
    the bar is made, so a screen reader heard "Scroll Left" in a Russian window and
    "Прокрутить влево" after a switch back to English."""
    from PySide6.QtWidgets import QToolButton
    install_language("ru")
    window = make_window(qtbot)
    window.resize(1024, 768)
    bar = window.views.tabBar()
    arrows = [bar.findChild(QToolButton, name)
              for name in ("ScrollLeftButton", "ScrollRightButton")]
    qtbot.waitUntil(lambda: all(arrow.isVisible() for arrow in arrows), timeout=3000)

    def names():
        return [(arrow.accessibleName(), arrow.toolTip()) for arrow in arrows]

    russian = [("Прокрутить вкладки влево",) * 2, ("Прокрутить вкладки вправо",) * 2]
    assert names() == russian
    for code, expected in (("en", [("Scroll the tabs left",) * 2, ("Scroll the tabs right",) * 2]),
                           ("zh_CN", [("向左滚动标签页",) * 2, ("向右滚动标签页",) * 2]),
                           ("ru", russian)):
        switch(qtbot, window, code)
        qtbot.waitUntil(lambda expected=expected: names() == expected, timeout=3000)


def test_the_sliders_a_one_output_network_turns_off_say_why_in_the_chosen_language(
        qtbot, english):
    """"Unsure below" and the temperature, off for a one-output network, say why in
    Russian too, and still say it (not the slider's usual tip) after a switch of language."""
    from test_digit_panel import stuck_regression_model
    window = make_window(qtbot)
    confidence = window.digit_panel.confidence
    window.digit_panel.set_model(stuck_regression_model(0.7))
    switch(qtbot, window, "ru")
    for slider in (confidence.threshold_slider, confidence.temperature_slider):
        assert not slider.isEnabled()
        assert slider.toolTip().startswith("Для этой модели выключено"), slider.toolTip()
    assert "не округляется ни до одной из её цифр" in confidence.threshold_slider.toolTip()


def test_question_002_s_names_are_listed_the_chinese_way(qtbot, english):
    """Question 002 loaded and its gradients checked in Chinese: the update row and the
    bug-lab finding list their tensors and switches as Chinese lists ("W1、b1"); the
    engine joined them with ", " ("只走 W1, b1 的那一步", "（sigmoid_derivative_sign,
    sigmoid_applied_twice, update_added）") beside the verdict's own "W1、b1"."""
    from PySide6.QtTest import QTest
    install_language("zh_CN")
    window = make_window(qtbot)
    window.replays_view.choose("002")
    QTest.mouseClick(window.replays_view.load_button, Qt.MouseButton.LeftButton)
    window.views.setCurrentWidget(window.diagnostics_view)
    cards = window.diagnostics_view.findings.cards
    qtbot.waitUntil(lambda: "bugs_on" in cards, timeout=5000)
    finding = cards["bugs_on"].text.text()
    assert "sigmoid_derivative_sign、sigmoid_applied_twice、update_added" in finding, finding
    view = window.gradcheck_view
    window.views.setCurrentWidget(view)
    QTest.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.check_button.isEnabled(),
                    timeout=30000)
    update_row = view.table.item(view.table.rowCount() - 1, 6).text()
    assert "W1、b1" in update_row and ", " not in update_row, update_row


@pytest.mark.parametrize("bug, verdict", [
    ("sigmoid_derivative_sign", "梯度检验：在 W2、b2、更新方向上失败。"),
    ("update_added", "梯度检验：在更新方向上失败。")])
def test_the_chinese_gradient_check_status_spaces_only_latin_names(qtbot, english, bug, verdict):
    """The status bar after a failing check: a space between a tensor's Latin name and
    the Chinese around it, none between two Chinese words (it read "在 W1、更新方向 上失败"
    and, with only the update failing, "在 更新方向 上失败")."""
    from PySide6.QtTest import QTest

    from digitdesk.engine import TrainConfig
    install_language("zh_CN")
    window = make_window(qtbot)
    window.training_panel.set_config(TrainConfig(hidden=(8,), activation="sigmoid",
                                                 head="sigmoid_mse", bugs=(bug,)))
    view = window.gradcheck_view
    window.views.setCurrentWidget(view)
    QTest.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.check_button.isEnabled(),
                    timeout=30000)
    assert window.statusBar().currentMessage() == verdict


def test_the_chinese_status_after_an_import_spaces_the_file_name_only(qtbot, english, tmp_path):
    """Question 000's learner imports their trimmed train.csv: the status bar read "从现在起用
    train.csv（20 张图像） 训练", a space between the name's Chinese bracket and 训练."""
    csv = tmp_path / "train.csv"
    rows = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    rows += [f"{d}," + ",".join(["0"] * 784) for d in range(10)] * 2
    csv.write_text("\n".join(rows) + "\n")
    install_language("zh_CN")
    window = make_window(qtbot)
    window.import_training_data([str(csv)])
    qtbot.waitUntil(lambda: window.training_data() is not None, timeout=10000)
    assert window.statusBar().currentMessage().startswith(
        "从现在起用 train.csv（20 张图像）训练（“文件 > 使用内置 MNIST”可以切回）。")
