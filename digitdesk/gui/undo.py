"""Undo of a removal in a tab (Compare runs' runs, My handwriting's digits): Delete is easily
pressed, so what it takes away can be put back, by a button or by Ctrl+Z while the focus
is in the tab (the pad's Ctrl+Z acts only while the focus is in the drawing panel)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton


class UndoControls:
    """An Undo action of ``widget`` (the platform's Undo keys, while the focus is in
    ``widget``) calling ``slot``, and a button that triggers it; both off until
    ``set_enabled(True)``. ``name`` names them for tests and the automation contract:
    ``<name>Action``, ``<name>Button``. The owner sets their texts in ``retranslate()``."""

    def __init__(self, widget, name, slot):
        self.action = QAction(widget)
        self.action.setObjectName(f"{name}Action")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(slot)
        widget.addAction(self.action)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Button")
        self.button.clicked.connect(self.action.trigger)
        self.set_enabled(False)

    def set_enabled(self, enabled):
        self.action.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def set_text(self, text, tip):
        """The action's and the button's ``text``; the button's ``tip``, whose ``{0}`` is
        the Undo keys as the platform writes them."""
        self.action.setText(text)
        self.button.setText(text)
        self.button.setToolTip(tip.format(self.keys()))

    def keys(self):
        """The Undo keys as the platform writes them: "Ctrl+Z"."""
        return self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
