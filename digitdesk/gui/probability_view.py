"""Ten bars, one per digit: how sure the network is about each reading of the drawing."""

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProbabilityView(QWidget):
    """Shows ten probabilities as horizontal bars, the most likely digit large on top.

    ``set_probabilities(None)`` shows a short message instead (``set_empty_text``), for
    "nothing drawn yet" or "no model yet". The widget only presents: it computes nothing.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("probabilityView")
        self._probabilities = None
        self._empty_text = self.tr("Draw a digit")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 220)
        self.setAccessibleName(self.tr("Prediction"))
        self.setToolTip(self.tr(
            "How probable the network finds each digit for your drawing.\n"
            "The highlighted bar is its answer."))
        self._update_description()

    def probabilities(self):
        """A copy of the ten probabilities shown, or ``None`` when none are shown."""
        return None if self._probabilities is None else self._probabilities.copy()

    def set_probabilities(self, probabilities):
        """Show ``probabilities`` (ten numbers for the digits 0-9), or ``None``."""
        if probabilities is not None:
            probabilities = np.array(probabilities, dtype=np.float64).reshape(-1)
            if probabilities.shape != (10,):
                raise ValueError(f"expected 10 probabilities, not {probabilities.shape[0]}")
        self._probabilities = probabilities
        self._update_description()
        self.update()

    def empty_text(self):
        return self._empty_text

    def set_empty_text(self, text):
        """The message shown when there are no probabilities."""
        self._empty_text = text
        self._update_description()
        self.update()

    def _update_description(self):
        # Screen readers cannot see the bars, so the answer is also put into words.
        if self._probabilities is None:
            self.setAccessibleDescription(self._empty_text)
            return
        best = int(np.argmax(self._probabilities))
        self.setAccessibleDescription(self.tr("The network reads {digit} ({percent}).").format(
            digit=best, percent=_percent(self._probabilities[best])))

    def sizeHint(self):
        return QSize(240, 320)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)

        if self._probabilities is None:
            faded = QColor(text_color)
            faded.setAlphaF(0.55)
            painter.setPen(faded)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return

        p = self._probabilities
        best = int(np.argmax(p))
        highlight = palette.color(QPalette.ColorRole.Highlight)

        # The answer, large: "7  93%".
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.6)
        big.setBold(True)
        painter.setFont(big)
        header_height = painter.fontMetrics().height() * 1.15
        header = QRectF(rect.x(), rect.y(), rect.width(), header_height)
        painter.setPen(text_color)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(best))
        digit_width = painter.fontMetrics().horizontalAdvance("0") * 1.6
        medium = QFont(self.font())
        medium.setPointSizeF(self.font().pointSizeF() * 1.6)
        painter.setFont(medium)
        painter.setPen(highlight if highlight.lightnessF() < 0.8 else text_color)
        painter.drawText(header.adjusted(digit_width, 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("{percent} sure").format(percent=_percent(p[best])))

        # Ten rows: the digit, its bar on a faint track, the percentage.
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        top = header.bottom() + 6
        row_height = (rect.bottom() - top) / 10
        label_width = metrics.horizontalAdvance("0") + 10
        value_width = metrics.horizontalAdvance(">99%") + 8
        track_width = max(10.0, rect.width() - label_width - value_width)
        bar_height = min(row_height * 0.62, 22.0)
        track_color = QColor(text_color)
        track_color.setAlphaF(0.10)
        bar_color = QColor(text_color)
        bar_color.setAlphaF(0.40)
        for digit in range(10):
            y = top + digit * row_height
            row = QRectF(rect.x(), y, rect.width(), row_height)
            is_best = digit == best
            font = QFont(self.font())
            font.setBold(is_best)
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(QRectF(row.x(), y, label_width, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(digit))
            bar_y = y + (row_height - bar_height) / 2
            track = QRectF(row.x() + label_width, bar_y, track_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_color)
            painter.drawRoundedRect(track, 3, 3)
            length = float(np.clip(p[digit], 0.0, 1.0)) * track_width
            if length > 0.5:
                painter.setBrush(highlight if is_best else bar_color)
                painter.drawRoundedRect(QRectF(track.x(), bar_y, length, bar_height), 3, 3)
            # Unlikely digits get a quieter percentage, so the answer stands out.
            painter.setPen(text_color if p[digit] >= 0.1 else bar_color)
            painter.drawText(QRectF(track.right(), y, value_width, row_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _percent(p[digit]))


def _percent(probability):
    """0.934 -> '93%'. Near-certainties are not rounded to certainties: 0.9996 is '>99%'
    and 0.0004 is '<1%' (an exact 0 or 1 is still '0%' or '100%')."""
    if 0 < probability < 0.005:
        return "<1%"
    if 0.995 <= probability < 1:
        return ">99%"
    return f"{probability * 100:.0f}%"
