"""Ten bars, one per digit: how sure the network is about each reading of the drawing."""

from collections import namedtuple

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QStaticText, QTransform,
)
from PySide6.QtWidgets import QSizePolicy

from .backdrop import OpaqueWidget
from .language import Retranslatable
from .numbers import local
from .wording import regression_reading_text

# Where everything goes, for one widget size and font (see ProbabilityView._geometry).
_Geometry = namedtuple("_Geometry", "header digit_width labels tracks values bar_height")


class ProbabilityView(Retranslatable, OpaqueWidget):
    """Shows ten probabilities as horizontal bars, the most likely digit large on top.

    ``set_probabilities(None)`` shows a short message instead (``set_empty_text``), for
    "nothing drawn yet" or "no model yet". The widget only presents: it computes nothing.

    It repaints on every prediction while the user draws (and while a model trains), so
    painting is kept cheap: what does not depend on the probabilities (what is behind the
    widget, the ten tracks and the digit labels) is drawn once into a pixmap, and texts are
    laid out once (``QStaticText``). The widget paints all its pixels, so Qt need not
    repaint the widgets behind it (see ``backdrop``).
    """

    # The user clicked the row of a digit (to say the drawing is that digit).
    digitClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("probabilityView")
        self._probabilities = None
        self._unsure = False  # "I don't know": the answer is below the user's threshold
        # A one-output network's own number (engine.losses.RegressionReading), or None:
        # then the bars are no probabilities, and say so (see set_regression).
        self._regression = None
        self._empty_text = self.tr("Draw a digit")
        # The digits the model has an output for (a 3-vs-7 model: 3 and 7); the rows of
        # the others are faded, with a dash for a percentage: it cannot read or learn them.
        self._classes = tuple(range(10))
        self._geometry_cache = None  # _Geometry for the current size and font
        self._background = None  # QPixmap: the backdrop, the tracks and the digit labels
        self._fonts = {}  # font role -> QFont (see _font)
        self._texts = {}  # (font role, text) -> QStaticText, laid out once
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # Tab reaches it (a click does not take the focus from the pad, where Esc and
        # Ctrl+Z work): a digit key then says what the drawing is, as a click on a row.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslate()

    def retranslate(self):
        """The names; the painted texts come back in the new language at the next paint
        (``DigitPanel`` gives the empty text)."""
        self.setAccessibleName(self.tr("Prediction"))
        self.setToolTip(self.tr(
            "This network has one output, a number, not ten probabilities: on top, that\n"
            "output and 10 times it, the digit it stands for. The bars only show how close\n"
            "each digit is to that number; they are not how sure the network is.")
            if self._regression is not None else self.tr(
            "How probable the network finds each digit for your drawing.\n"
            "The highlighted bar is its answer."))
        self._update_description()
        self.update()

    def probabilities(self):
        """A copy of the ten probabilities shown, or ``None`` when none are shown."""
        return None if self._probabilities is None else self._probabilities.copy()

    def set_probabilities(self, probabilities):
        """Show ``probabilities`` (ten numbers for the digits 0-9), or ``None``."""
        if probabilities is not None:
            probabilities = np.array(probabilities, dtype=np.float64).reshape(-1)
            if probabilities.shape != (10,):
                raise ValueError(f"expected 10 probabilities, not {probabilities.shape[0]}")
        elif self._probabilities is None:
            return  # still nothing to show: no repaint (a training run asks 4 times a second)
        self._probabilities = probabilities
        self._update_description()
        self.update()

    def set_unsure(self, unsure):
        """``True``: the answer is shown as "?  not sure" (the bars stay as they are), for
        a network whose top probability is below the "I don't know" threshold."""
        unsure = bool(unsure)
        if unsure != self._unsure:
            self._unsure = unsure
            self._update_description()
            self.update()

    def is_unsure(self):
        return self._unsure

    def set_regression(self, reading):
        """``reading``: a one-output network's ``RegressionReading`` (the probabilities
        given are then its bell of closeness), or ``None``. With one, the answer on top is
        the digit the output rounds to ("?" for none) and the output itself ("1.00 →
        10.0"), with no percentages: they would read as how sure it is."""
        changed = (reading is None) != (self._regression is None)
        self._regression = reading
        if changed:
            self.retranslate()  # the tooltip, the description, a repaint
        else:
            self._update_description()
            self.update()

    def regression(self):
        return self._regression

    def set_classes(self, classes):
        """``classes``: the digits the model in use tells apart (0-9, or its own)."""
        classes = tuple(int(d) for d in classes)
        if classes != self._classes:
            self._classes = classes
            self._background = None  # the faded labels are drawn there
            self.update()

    def classes(self):
        return self._classes

    def value_text(self, digit):
        """What the row of ``digit`` shows right of its bar: its percentage, or a dash
        for a digit the model has no output for ("" with no probabilities or for a
        one-output network, whose bars are no percentages)."""
        if self._probabilities is None or self._regression is not None:
            return ""
        if digit not in self._classes:
            return "–"
        return percent_text(self._probabilities[digit])

    def empty_text(self):
        return self._empty_text

    def set_empty_text(self, text):
        """The message shown when there are no probabilities."""
        if text == self._empty_text:
            return
        self._empty_text = text
        self._update_description()
        self.update()

    def _update_description(self):
        # Screen readers cannot see the bars, so the answer is also put into words.
        if self._probabilities is None:
            self.setAccessibleDescription(self._empty_text)
            return
        best = int(np.argmax(self._probabilities))
        if self._regression is not None:
            self.setAccessibleDescription(self.tr(
                "One output, a number, not a probability: {0}.").format(
                regression_reading_text(self._regression)))
            return
        if self._unsure:
            self.setAccessibleDescription(self.tr(
                "The network is not sure; at most {digit} ({percent}).").format(
                digit=best, percent=percent_text(self._probabilities[best])))
            return
        self.setAccessibleDescription(self.tr("The network reads {digit} ({percent}).").format(
            digit=best, percent=percent_text(self._probabilities[best])))

    def answer_text(self):
        """The words beside the large digit, as painted: "93% sure", "not sure", or only
        "93%" where the bars are too narrow for the words (Russian "уверенность 89%" lost
        its number at 1024 px), "" when no probabilities are shown."""
        if self._probabilities is None:
            return ""
        if self._regression is not None:  # the number itself: "1.00 → 10.0"
            return f"{local(self._regression.output):.2f} → {local(self._regression.value):.1f}"
        percent = percent_text(float(np.max(self._probabilities)))
        text = self.tr("not sure") if self._unsure else self.tr("{percent} sure").format(
            percent=percent)
        geometry = self._geometry()
        room = geometry.header.width() - geometry.digit_width
        if not self._unsure and QFontMetrics(self._font("medium")).horizontalAdvance(text) > room:
            return percent
        return text

    def answer_digit(self):
        """The large answer on top: the digit read, "?" when not sure (or, for a
        one-output network, when its output rounds to none of its digits), "" for none."""
        if self._probabilities is None:
            return ""
        if self._regression is not None:
            return "?" if self._regression.digit is None else str(self._regression.digit)
        return "?" if self._unsure else str(int(np.argmax(self._probabilities)))

    def sizeHint(self):
        return QSize(240, 320)

    def minimumSizeHint(self):
        # The answer's line and ten rows no shorter than a line of text: the digits'
        # labels never overlap.
        header = QFontMetrics(self._font("big")).height() * 1.15 + 6
        return QSize(170, int(header + 10 * self.fontMetrics().height() + 8) + 1)

    def digit_at(self, position):
        """The digit whose row (label, bar and percentage) is at ``position`` (widget
        coordinates), or ``None`` (also when no probabilities are shown)."""
        if self._probabilities is None:
            return None
        geometry = self._geometry()
        for digit, (label, value) in enumerate(zip(geometry.labels, geometry.values)):
            if QRectF(label.topLeft(), value.bottomRight()).contains(QPointF(position)):
                return digit
        return None

    def row_rect(self, digit):
        """Where digit ``digit``'s row is (for tests and tooltips)."""
        geometry = self._geometry()
        return QRectF(geometry.labels[digit].topLeft(), geometry.values[digit].bottomRight())

    def mousePressEvent(self, event):
        digit = self.digit_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and digit is not None:
            self.digitClicked.emit(digit)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        # The keyboard's way to click a row: Tab to the bars, type the digit it is.
        text = event.text()
        if event.isAutoRepeat():  # a held key is one correction, as a held click is
            event.accept()
            return
        if self._probabilities is not None and len(text) == 1 and text.isdigit() \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            self.digitClicked.emit(int(text))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        self.update()  # the focus frame
        super().focusInEvent(event)

    def focusOutEvent(self, event):  # noqa: N802 - Qt's name
        self.update()
        super().focusOutEvent(event)

    # ----------------------------------------------------------- cached layout

    def forget_pictures(self):
        super().forget_pictures()
        self._geometry_cache = None
        self._background = None

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts.clear()  # the texts are laid out in them
            self._texts.clear()
        super().changeEvent(event)

    def _font(self, role):
        """The fonts used: "big" (the answer), "medium" (its percentage), "bold" (the
        answer's row) and "normal"."""
        font = self._fonts.get(role)
        if font is None:
            font = QFont(self.font())
            if role == "big":
                font.setPointSizeF(font.pointSizeF() * 2.6)
                font.setBold(True)
            elif role == "medium":
                font.setPointSizeF(font.pointSizeF() * 1.6)
            elif role == "bold":
                font.setBold(True)
            self._fonts[role] = font
        return font

    def _draw_text(self, painter, rect, role, text, align=Qt.AlignmentFlag.AlignLeft):
        """Draw ``text`` in the font ``role`` at the left (or right) of ``rect``, centred
        vertically. Each text is laid out once (a QStaticText) and reused: a prediction
        changes the percentages, but there are only about a hundred of them."""
        static = self._texts.get((role, text))
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self._font(role))
            self._texts[(role, text)] = static
        painter.setFont(self._font(role))  # QStaticText draws in the painter's font
        size = static.size()
        x = rect.right() - size.width() if align == Qt.AlignmentFlag.AlignRight else rect.left()
        painter.drawStaticText(QPointF(x, rect.center().y() - size.height() / 2), static)

    def _geometry(self):
        """Where the header, and each row's label, track and percentage go."""
        if self._geometry_cache is not None:
            return self._geometry_cache
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        big = QFontMetrics(self._font("big"))
        header = QRectF(rect.x(), rect.y(), rect.width(), big.height() * 1.15)
        metrics = self.fontMetrics()
        top = header.bottom() + 6
        row_height = (rect.bottom() - top) / 10
        label_width = metrics.horizontalAdvance("0") + 10
        value_width = metrics.horizontalAdvance(">99%") + 8
        track_width = max(10.0, rect.width() - label_width - value_width)
        bar_height = min(row_height * 0.62, 22.0)
        labels, tracks, values = [], [], []
        for digit in range(10):
            y = top + digit * row_height
            labels.append(QRectF(rect.x(), y, label_width, row_height))
            tracks.append(QRectF(rect.x() + label_width, y + (row_height - bar_height) / 2,
                                 track_width, bar_height))
            values.append(QRectF(rect.x() + label_width + track_width, y, value_width,
                                 row_height))
        self._geometry_cache = _Geometry(header, big.horizontalAdvance("0") * 1.6, labels,
                                         tracks, values, bar_height)
        return self._geometry_cache

    def _colors(self):
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track, bar = QColor(text), QColor(text)
        track.setAlphaF(0.10)
        bar.setAlphaF(0.40)  # also the quiet colour of unlikely digits' percentages
        return text, track, bar, palette.color(QPalette.ColorRole.Highlight)

    def _background_pixmap(self):
        """The backdrop, the ten empty tracks and the digit labels, drawn once."""
        if self._background is not None:
            return self._background
        pixmap = QPixmap(self.backdrop())  # a copy, drawn on below
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color, track_color, faded, _ = self._colors()
        geometry = self._geometry()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_color)
        for track in geometry.tracks:
            painter.drawRoundedRect(track, 3, 3)
        for digit, label in enumerate(geometry.labels):
            painter.setPen(text_color if digit in self._classes else faded)
            self._draw_text(painter, label, "normal", str(digit))
        painter.end()
        self._background = pixmap
        return pixmap

    # ----------------------------------------------------------- painting

    def paintEvent(self, event):
        painter = QPainter(self)
        self._paint_contents(painter)
        if self.hasFocus():  # where the digit keys go (see keyPressEvent)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_contents(self, painter):
        text_color, _, bar_color, highlight = self._colors()

        if self._probabilities is None:
            painter.drawPixmap(0, 0, self.backdrop())
            faded = QColor(text_color)
            faded.setAlphaF(0.55)
            painter.setPen(faded)
            painter.drawText(QRectF(self.rect()).adjusted(4, 4, -4, -4),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return

        p = self._probabilities
        best = int(np.argmax(p))
        geometry = self._geometry()
        painter.drawPixmap(0, 0, self._background_pixmap())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # The answer, large: "7  93% sure" (or "?  not sure" below the threshold).
        painter.setPen(text_color)
        self._draw_text(painter, geometry.header, "big", self.answer_digit())
        painter.setPen(highlight if highlight.lightnessF() < 0.8 else text_color)
        self._draw_text(painter, geometry.header.adjusted(geometry.digit_width, 0, 0, 0), "medium",
                        self.answer_text())

        # The answer's label in bold, in place of the plain one in the background.
        label = geometry.labels[best]
        ratio = self.devicePixelRatioF()
        painter.drawPixmap(label, self.backdrop(),
                           QRectF(label.topLeft() * ratio, label.size() * ratio))
        painter.setPen(text_color)
        self._draw_text(painter, label, "bold", str(best))

        # Each bar on its track, and its percentage.
        painter.setPen(Qt.PenStyle.NoPen)
        lengths = np.clip(p, 0.0, 1.0) * geometry.tracks[0].width()
        for digit in range(10):
            if lengths[digit] > 0.5:
                track = geometry.tracks[digit]
                painter.setBrush(highlight if digit == best else bar_color)
                painter.drawRoundedRect(QRectF(track.x(), track.y(), lengths[digit],
                                               geometry.bar_height), 3, 3)
        for digit in range(10):
            # Unlikely digits get a quieter percentage, so the answer stands out.
            painter.setPen(text_color if p[digit] >= 0.1 else bar_color)
            if self._regression is None:  # (closeness is no percentage)
                self._draw_text(painter, geometry.values[digit],
                                "bold" if digit == best else "normal",
                                self.value_text(digit), Qt.AlignmentFlag.AlignRight)


def percent_text(probability):
    """0.934 -> '93%'. Near-certainties are not rounded to certainties: 0.9996 is '>99%'
    and 0.0004 is '<1%' (an exact 0 or 1 is still '0%' or '100%')."""
    if 0 < probability < 0.005:
        return "<1%"
    if 0.995 <= probability < 1:
        return ">99%"
    return f"{local(probability * 100):.0f}%"
