"""Which texts of a window are still in English after a switch of language (for tests)."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget, QWidget)

import update_translations as tools


def shown_texts(root):
    """``(where, text)`` for every text a user can see or hear on ``root`` and its
    children: labels, buttons, titles, tabs, combo items, tooltips, accessible names,
    actions and menus."""
    found = []

    def add(where, text):
        if text:
            found.append((where, text))

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        add(name + ".toolTip", widget.toolTip())
        add(name + ".accessibleName", widget.accessibleName())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name + ".text", widget.text())
        if isinstance(widget, QLineEdit):
            add(name + ".placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(name + ".title", widget.title())
        if isinstance(widget, QMenu):
            add(name + ".title", widget.title())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name}.tab{i}", widget.tabText(i))
                add(f"{name}.tabToolTip{i}", widget.tabToolTip(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name}.item{i}", widget.itemText(i))
    for action in root.findChildren(QAction):
        add("QAction.text", action.text())
        add("QAction.toolTip", action.toolTip())
        add("QAction.statusTip", action.statusTip())
    return found


def english_left(root, language):
    """The shown texts of ``root`` that are an English text the ``language`` .ts
    translates differently: what a switch to ``language`` failed to retranslate."""
    english = {source for (_, source), (translation, done)
               in tools.messages(tools.ts_path(language)).items()
               if done and translation != source}
    return [(where, text) for where, text in shown_texts(root)
            if text in english or text.replace("&", "") in english]
