"""The text of a check box as a label beside it, which wraps: a check box's own text does
not, and a long title (or its translation) would set the width of everything around it."""

from PySide6.QtCore import Qt
from .fitting import WrappingLabel


class CheckBoxLabel(WrappingLabel):
    """A word-wrapped label that toggles ``check_box`` when clicked, as the box's own text
    would; put it beside the box in a row."""

    def __init__(self, check_box, parent=None):
        super().__init__("", parent)
        self.setBuddy(check_box)
        self._check_box = check_box

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._check_box.isEnabled():
            self._check_box.toggle()
            self._check_box.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()
