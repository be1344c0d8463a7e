"""Texts that fit their room in every language: a combo box that ends a text too long
for it in "…" (with the whole text in its tooltip) instead of cutting it mid-letter, a
status bar that wraps a long message onto a second line instead of cutting it off, and a
wrapped label that is never made shorter than its lines, and a wrapped label that never
makes its container wider (its long words broken after their commas).

Russian texts are often a third longer than English ones, and the window must still fit a
1024-pixel screen: where a text cannot have its room, the user can still read all of it."""

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox, QLabel, QSizeGrip, QSizePolicy, QStatusBar, QStyle, QStyleOption,
    QStyleOptionComboBox, QStylePainter, QToolTip)

ZERO_WIDTH_SPACE = "\u200b"


def breakable(text):
    """``text`` with a place to break the line after each comma not followed by a space.

    Qt wraps a label between words only, and reads ``conv32x5,pool2,conv64x5,pool2,
    dense128:`` as one word, wider than the training form: a label that must keep it on
    one line either widens the form past its room or is cut off. An invisible zero-width
    space after each comma lets the line break there."""
    return re.sub(r",(?=[^\W\d_])", "," + ZERO_WIDTH_SPACE, text)  # (not in 37,434)


def never_widens(label):
    """Let the word-wrapped ``label`` be as narrow as the layout gives it: its longest
    word no longer sets the least width of the form (or panel) it is in, which wraps it
    at its own width instead. Its height still follows its width. Show its text through
    ``breakable``, so that no word is wider than that width. Returns ``label``."""
    policy = label.sizePolicy()  # (keeps the height-for-width that word wrap set)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label



class ElidingComboBox(QComboBox):
    """A combo box whose preferred size follows its items' texts (in the current
    language: Qt's default keeps the size of the texts it had when first shown) and which
    can be narrower than its longest text: the text then ends in "…", and the tooltip
    starts with the whole text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # refits when an item's text changes, as a language switch does
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        letters = self.fontMetrics().horizontalAdvance("…")
        least = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option,
            QSize(letters, self.fontMetrics().height()), self)
        hint = super().minimumSizeHint()  # (Qt's: the arrow, and hardly any text)
        return QSize(min(hint.width(), least.width()), hint.height())

    def widest_text(self):
        """The width of its longest item's text."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                   default=0)

    def text_room(self):
        """The width the current text is drawn in."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def shown_text(self):
        """The current text as drawn: whole, or ending in "…" where the box is too narrow."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             self.text_room())

    def is_elided(self):
        return self.shown_text() != self.currentText()

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        # QComboBox's own paintEvent, with the label elided
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self.is_elided():
            tip = self.toolTip()
            QToolTip.showText(event.globalPos(),
                              self.currentText() + ("\n\n" + tip if tip else ""), self)
            return True
        return super().event(event)


class WrappingLabel(QLabel):
    """A word-wrapped label whose least height is what its lines need at the width it has.

    A splitter, and a scroll area once its scroll bar takes its width, size their contents
    without asking a wrapped label how tall it is at its real width: a label that wraps
    onto one more line there is cut (the line under Layers, at 1280 x 720, lost its first
    and last lines). Its least height follows its width instead, so the layout makes room,
    or the scroll area scrolls."""

    def __init__(self, text="", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text):  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self):
        # Before it is shown its width is a placeholder (100 px): not a height to insist on.
        needed = self.lines_height() if self.text() and self.isVisible() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))

    def lines_height(self):
        """The height its lines need at its width now. (QLabel's heightForWidth is never
        less than the least height, which this label sets: once it had wrapped onto more
        lines at a narrower width, it never shrank again, and its text sank half an empty
        line below a check box beside it, as the bug lab's titles did.)"""
        least = self.minimumHeight()
        self.setMinimumHeight(0)
        height = self.heightForWidth(self.width())
        self.setMinimumHeight(least)
        return height


class WrappingStatusBar(QStatusBar):
    """A status bar that shows a message too long for one line on two (or more): a
    Russian message is often wider than the window, and QStatusBar cuts it off."""

    MARGIN = 6  # QStatusBar's own left margin for its message

    def __init__(self, parent=None):
        super().__init__(parent)
        # The tooltip of one message, if not the message itself: (message, details).
        self._details = ("", "")
        self.messageChanged.connect(self._fit_height)

    def showMessage(self, message, timeout=0, details=""):  # noqa: N802 - Qt's name
        """Show ``message``; ``details``, a longer explanation, is its tooltip (a short
        line in the bar, the whole story under the mouse)."""
        self._details = (message, details)
        super().showMessage(message, timeout)
        self._fit_height()  # the tooltip, also when the message itself is unchanged

    def message_rect(self):
        """Where the message is drawn: the bar, less its margins and the size grip."""
        grips = [g for g in self.findChildren(QSizeGrip) if g.isVisible()]
        right = self.MARGIN + (grips[0].width() if grips else 0)
        return self.rect().adjusted(self.MARGIN, 0, -right, 0)

    def message_height(self):
        """The height the current message needs, wrapped to the bar's width (0: none)."""
        message = self.currentMessage()
        if not message:
            return 0
        room = QRect(0, 0, max(1, self.message_rect().width()), 100000)
        return self.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, message).height()

    def _fit_height(self):
        # Before the bar is shown its width is a placeholder: a message set then (the
        # start-up one) would wrap at it and make the window open taller than the screen.
        height = self.message_height() if self.isVisible() else 0
        # one line: Qt's own height; more: room for every line
        self.setMinimumHeight(height + 6 if height > self.fontMetrics().lineSpacing() + 1 else 0)
        # Only the message they were given with has its details: a menu's status tip,
        # shown by Qt without showMessage, or a cleared bar, has none.
        message, details = self._details
        current = self.currentMessage()
        self.setToolTip(details if details and current == message else current)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, message)
