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
