"""The window by keyboard alone, as a newcomer meets it: the Alt+letter keys (each opens its
menu or goes to its field, none taken twice), and what a keyboard walk through the tabs
found (see each test)."""

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from digitdesk.gui import MainWindow
from digitdesk.gui.language import install_language

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def mnemonics(window):
    """``{Alt+letter: [texts]}`` of what the window shows now: its menus, and every visible
    button, group box and label with a buddy."""
    texts = [menu.text() for menu in window.menuBar().actions()]
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.isCheckable():
            texts.append(box.title())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            texts.append(label.text())
    found = {}
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.setdefault(key.upper(), []).append(text)
    return found


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_no_alt_letter_is_taken_twice_on_any_tab(qtbot, english, code):
    """Alt+T went to the Temperature slider, never to the Training menu; Alt+L to the
    Layer box or the learning rate in turn."""
    install_language(code)
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    clashes = {}
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        twice = {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}
        if twice:
            clashes[window.views.tabText(index)] = twice
    assert clashes == {}


def mnemonic_key(text):
    return QKeySequence.mnemonic(text.partition("\t")[0]).toString().upper()


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_no_alt_letter_is_taken_twice_even_by_what_shows_later(qtbot, english, code):
    """What a tab shows only in some states counts too: the While-it-trains fields (shown
    greyed) took Alt+К in Russian ("с&корость", the learning rate, once untranslated "lr")
    that the Compare-runs and maths tabs also used. Every button, checkable box and
    labelled field of the window, hidden or not, against the menus and each tab's own; and
    no letter twice in any menu, the context menus included."""
    from PySide6.QtWidgets import QMenu, QWidget
    install_language(code)
    window = MainWindow()
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    tabs = [window.views.widget(i) for i in range(window.views.count())]

    def tab_of(widget):
        while widget is not None and widget not in tabs:
            widget = widget.parentWidget()
        return widget

    def texts(widget):
        if isinstance(widget, QAbstractButton):
            return [widget.text()]
        if isinstance(widget, QGroupBox) and widget.isCheckable():
            return [widget.title()]
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            return [widget.text()]
        return []

    everywhere = [menu.text() for menu in window.menuBar().actions()]
    per_tab = {tab: [] for tab in tabs}
    for widget in window.findChildren(QWidget):
        tab = tab_of(widget)
        (per_tab[tab] if tab is not None else everywhere).extend(texts(widget))
    clashes = {}
    for index, tab in enumerate(tabs):
        keys = {}
        for text in everywhere + per_tab[tab]:
            if mnemonic_key(text):
                keys.setdefault(mnemonic_key(text), []).append(text)
        twice = {key: found for key, found in keys.items() if len(found) > 1}
        if twice:
            clashes[window.views.tabText(index)] = twice
    for menu in window.findChildren(QMenu):
        keys = {}
        for action in menu.actions():
            if mnemonic_key(action.text()):
                keys.setdefault(mnemonic_key(action.text()), []).append(action.text())
        twice = {key: found for key, found in keys.items() if len(found) > 1}
        if twice:
            clashes[menu.title() or menu.objectName()] = twice
    assert clashes == {}


def test_alt_t_opens_the_training_menu(qtbot, window, english):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.training_panel.start_button.setFocus()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.training_menu,
                    timeout=2000)
    window.training_menu.close()


def test_starting_from_a_field_of_the_form_leaves_the_focus_on_pause(qtbot, window, english):
    """Training > Start (or Space) with the focus in the form locked the form and left the
    focus nowhere: Tab began again at the first control, Space reached nothing."""
    from PySide6.QtWidgets import QApplication
    from test_gui import SMALL, set_form
    set_form(window, SMALL.replace(epochs=1, train_size=500, val_size=100))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.training_panel
    panel.epochs.setFocus()
    window.start_action.trigger()
    assert window.is_training() and not panel.epochs.isEnabled()
    assert QApplication.focusWidget() is panel.pause_button
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    assert QApplication.focusWidget() is panel.start_button


def test_ctrl_tab_goes_through_the_views_from_anywhere_in_the_window(qtbot, window, english):
    """Ctrl+Tab turned the views only with the focus on the tab bar: from the pad or the
    form (where the focus mostly is) it did nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.drawing_canvas.setFocus()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_Tab, control)
    assert window.views.currentIndex() == 1
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_PageDown, control)
    assert window.views.currentIndex() == 2
    window.training_panel.epochs.setFocus()
    QTest.keyClick(window.training_panel.epochs, Qt.Key.Key_Backtab, control | shift)
    QTest.keyClick(window.training_panel.epochs, Qt.Key.Key_PageUp, control)
    assert window.views.currentIndex() == 0
    QTest.keyClick(window.training_panel.epochs, Qt.Key.Key_PageUp, control)  # round the end
    assert window.views.currentIndex() == window.views.count() - 1
    assert window.training_panel.epochs.hasFocus()  # the focus stays where it was


@pytest.mark.parametrize("code", ["en", "zh_CN", "ru"])
def test_no_letter_is_taken_twice_in_a_menu(qtbot, english, code):
    install_language(code)
    window = MainWindow()
    qtbot.addWidget(window)
    clashes = {}
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in menus for action in menu.actions() if action.menu()]
    for menu in menus:
        keys = {}
        for action in menu.actions():
            key = QKeySequence.mnemonic(action.text().partition("\t")[0]).toString().upper()
            if key:
                keys.setdefault(key, []).append(action.text())
        twice = {key: texts for key, texts in keys.items() if len(texts) > 1}
        if twice:
            clashes[menu.title()] = twice
    assert clashes == {}


def test_a_run_stopped_before_its_first_batch_does_not_say_stopping_for_ever(qtbot, window,
                                                                              english):
    """Stop (Ctrl+.) while MNIST loaded left "Stopping…" in the status bar after the run
    had ended."""
    from test_gui import SMALL, set_form
    set_form(window, SMALL.replace(epochs=1, train_size=500, val_size=100))
    window.start_action.trigger()
    window.stop_action.trigger()
    assert window.statusBar().currentMessage() == "Stopping…"
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    assert window.statusBar().currentMessage() == (
        "Training stopped before its first batch: there is still no model.")
    assert window.model() is None


@pytest.mark.parametrize("first_run", [False, True])
def test_a_fresh_run_paused_and_stopped_before_its_first_batch_changes_nothing(
        qtbot, window, english, first_run):
    """Started with new layers, paused at once and stopped once the data had loaded, a
    run said "the model in use is unchanged" while a fresh untrained network was in use
    and the curves were gone (and a first run left a random network)."""
    from test_gui import SMALL, set_form
    tiny = SMALL.replace(epochs=1, train_size=500, val_size=100)
    before, points = None, 0
    if not first_run:
        set_form(window, tiny)
        window.start_action.trigger()
        qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
        before, points = window.model(), window.plots.point_count()
        assert before is not None and points > 0
    set_form(window, tiny.replace(hidden=(24,), epochs=3))
    window.start_action.trigger()
    window.pause_action.trigger()
    assert window.training.is_paused()
    qtbot.waitUntil(lambda: window.training.run.get("steps_per_epoch", 0) > 0, timeout=60000)
    qtbot.wait(100)  # (the run is ready to train its first batch: it waits, paused)
    assert window.model() is before and window.plots.point_count() == points
    if not first_run:  # the Model box: not the old model "training now: 0 batches"
        window.show_model_info()
        assert "a new network (784-24-10) waits to train" in window.model_info.text()
        assert "training now" not in window.model_info.text()
    window.stop_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    assert window.model() is before and window.plots.point_count() == points
    assert window.digit_panel.model() is before  # (it reads the pad with it)
    assert window.statusBar().currentMessage() == (
        "Training stopped before its first batch: there is still no model." if first_run else
        "Training stopped before its first batch: the model in use is unchanged.")


def test_a_fresh_network_that_diverges_at_once_replaces_the_model_and_its_curves(
        qtbot, window, english):
    """Its network goes in use once it trains, even when it blows up before a batch of
    its curve is sent: the model in use is its (last good) network, the curves of the
    model before are gone, the diagnostics say it diverged."""
    from test_gui import SMALL, set_form
    tiny = SMALL.replace(epochs=1, train_size=500, val_size=100)
    set_form(window, tiny)
    window.start_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    before = window.model()
    assert window.plots.point_count() > 0
    set_form(window, tiny.replace(hidden=(16,), reduction="sum", learning_rate=10.0,
                                  head="linear_mse", optimizer="sgd", epochs=20))
    window.start_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
    model = window.model()
    assert model is not before and model.config.hidden == (16,)
    assert window.plots.point_count() <= len(model.history["batch_loss"]) < 5  # (its own)
    assert window.diagnostics_view._diverged is not None


@pytest.mark.parametrize("button", ["clear_button", "undo_button", "keep_button"])
def test_a_pad_button_pressed_by_keyboard_leaves_the_focus_on_the_pad(qtbot, window,
                                                                      english, button):
    """Clear (or Undo of the only stroke, or Keep as), reached by Tab and pressed with
    Space, goes off, and Qt handed the focus on in Tab order: to the form's Preset box."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from test_gui import draw_digit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    draw_digit(window.drawing_canvas)
    if button == "keep_button":  # no model reads it: Keep as waits for the digit
        window.digit_panel.keep_digit.setFocus()
        QTest.keyClick(window.digit_panel.keep_digit, Qt.Key.Key_7)
    pressed = getattr(window.digit_panel, button)
    pressed.setFocus()
    assert pressed.isEnabled() and pressed.hasFocus()
    QTest.keyClick(pressed, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not pressed.isEnabled(), timeout=2000)
    assert QApplication.focusWidget() is window.drawing_canvas


def test_ctrl_s_with_no_model_says_there_is_nothing_to_save(qtbot, window, english):
    """Save is greyed out until there is a model, and a greyed action ignores its key:
    Ctrl+S did nothing and said nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.show()
    qtbot.waitExposed(window)
    assert not window.save_action.isEnabled()
    window.statusBar().clearMessage()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        "There is no model to save yet: train one first.")
    window.statusBar().clearMessage()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == (
        "There is no model to save yet: train one first.")


def test_the_window_slots_have_the_signatures_their_signals_send():
    """show_status takes the text (or a function giving it) the controllers' signals
    carry; the Ctrl+S explainer, fired by a shortcut, takes nothing (a merge had moved
    show_status's @Slot(object) onto it)."""
    meta = MainWindow.staticMetaObject
    signatures = {meta.method(i).methodSignature().data().decode()
                  for i in range(meta.methodOffset(), meta.methodCount())}
    assert {"show_status(PyObject)", "_explain_no_save()", "explain_no_open()"} <= signatures


@pytest.mark.parametrize("field, typed, kept, said", [
    ("learning_rate", "50", 10.0, "Learning rate: at most 10, so 10 instead of 50."),
    ("learning_rate", "0", 1e-6, "Learning rate: at least 1e-06, so 1e-06 instead of 0."),
    ("epochs", "0", 1, "Epochs: at least 1, so 1 instead of 0."),
    ("batch_size", "0", 1, "Batch size: at least 1, so 1 instead of 0."),
])
def test_a_number_typed_out_of_range_becomes_the_limit_and_the_status_bar_says_so(
        qtbot, window, english, field, typed, kept, said):
    """A learning rate of 50 typed in the form, then Tab: Qt put 0.1 back without a word
    (0 epochs went back to 8), and the run trained with what the user thought was gone."""
    from PySide6.QtCore import Qt
    box = getattr(window.training_panel, field)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == pytest.approx(kept)
    assert window.statusBar().currentMessage() == said
    assert getattr(window.config_or_warn(), field) == pytest.approx(kept)  # what Start trains with


def test_a_hidden_layer_typed_as_0_units_says_it_became_1(qtbot, window, english):
    from PySide6.QtCore import Qt
    window.training_panel.hidden.add_button.click()  # a layer made after start-up too
    box = window.training_panel.hidden.spin_boxes()[-1]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "0")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 1
    assert window.statusBar().currentMessage() == "Hidden layers: at least 1, so 1 instead of 0."


def test_the_model_box_says_paused_while_the_run_is_paused(qtbot, window, english):
    """Paused mid-run (the status bar said "Paused", the button "Resume"), the Model box
    still said "training now: 438 batches in this run"."""
    from test_gui import SMALL, set_form
    set_form(window, SMALL.replace(epochs=2, train_size=500, val_size=100))
    window.step_action.trigger()  # F10: one batch, then paused
    qtbot.waitUntil(lambda: window.training.batches_done() == 1, timeout=60000)
    qtbot.waitUntil(lambda: "paused: 1 batch in this run" in window.model_info.text(),
                    timeout=5000)
    assert "training now" not in window.model_info.text()
    window.pause_action.trigger()  # Space: resume
    assert "training now" in window.model_info.text()
    assert "paused" not in window.model_info.text()
    window.pause_action.trigger()  # and pause again
    assert "paused:" in window.model_info.text()
    window.stop_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)


def test_ctrl_t_with_nothing_to_teach_says_why(qtbot, window, english):
    """Teach It Your Handwriting is greyed out with no model or an untrained one, and a
    greyed action ignores its key: Ctrl+T did nothing and said nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.teach_action.isEnabled()
    window.statusBar().clearMessage()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        "Train or open a model first (and let training finish), then teach it your "
        "handwriting.")
    window.reset_action.trigger()  # fresh random weights: a model, but nothing to adapt
    assert window.model() is not None and not window.teach_action.isEnabled()
    window.statusBar().clearMessage()
    QTest.keyClick(window.drawing_canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert "untrained" in window.statusBar().currentMessage()


def test_a_live_rate_typed_out_of_range_applies_the_limit_and_says_so(qtbot, window, english):
    """While it trains, lr 50 typed with Enter went back to 0.1, and the status bar said
    "Learning rate 0.1 and momentum 0.9 from the next batch": the old rate, as if chosen."""
    from PySide6.QtCore import Qt
    from test_gui import SMALL, set_form
    set_form(window, SMALL.replace(epochs=3, train_size=500, val_size=100))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start_training(start_paused=True)
    box = window.live_rates.learning_rate
    qtbot.waitUntil(box.isEnabled, timeout=5000)
    # Typed while MNIST still loads, the message was (rightly) replaced a moment later by
    # "Paused." once the data had loaded: on a busy machine the test failed 2 runs in 8.
    qtbot.waitUntil(lambda: bool(window.training.run.get("steps_per_epoch")), timeout=60000)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "50")
    with qtbot.waitSignal(window.live_rates.ratesRequested) as applied:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert applied.args[0] == 10.0
    qtbot.waitUntil(lambda: window.statusBar().currentMessage()
                    == "lr: at most 10, so 10 instead of 50.", timeout=2000)
    window.stop_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)


def test_the_greyed_teach_button_says_why_in_its_tip(qtbot, window, english):
    """With no model the Teach button is greyed out and its tip only said what it does
    ("Draw each digit twice..."), not why it could not be pressed."""
    button = window.digit_panel.teach_button
    assert not button.isEnabled()
    assert button.toolTip() == ("Train or open a model first (and let training finish), "
                                "then teach it your handwriting.")


def test_the_focus_on_start_can_be_seen(qtbot, window, english):
    """Start was a default button, which Fusion draws with the outline of the focused
    one: it looked focused wherever the focus was, and the focus on it could not be
    seen. Tab away from it and back: it looks different; Return on it still starts."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from test_gui import SMALL, set_form
    set_form(window, SMALL.replace(epochs=1, train_size=500, val_size=100))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start, step = window.training_panel.start_button, window.training_panel.step_button
    assert QApplication.focusWidget() is start  # where the window opens

    def looks():
        for _ in range(3):
            QApplication.processEvents()
        return start.grab().toImage()

    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is step
    away = looks()
    QTest.keyClick(step, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is start
    assert looks() != away
    QTest.keyClick(start, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_training, timeout=2000)
    window.stop_action.trigger()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=60000)
