"""Where Tab stops in the views, for a user who drives the window by the keyboard alone.

A Tab stop must be worth stopping at: something the keys can work, and a mark that shows
the focus is there. Two kinds of widget are Tab stops in Qt by default and fail that:

* a plot (pyqtgraph's views): nothing shows the focus on it and no key does anything there;
  ``not_a_tab_stop`` takes it out of the Tab order.
* a scroll area with nothing to scroll: ``frame_focus`` makes a scroll area a Tab stop only
  while its content overflows it (then the arrow and page keys scroll it), and draws a
  frame in the highlight colour round it while it has the focus.

And a control that is empty until a model fills it (a layer chooser, the numbers of One
digit's maths) has nothing for the keys: ``stop_while_filled`` makes it a Tab stop only
while it has something in it.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QWidget

FRAME_WIDTH = 2  # pixels: the focus frame round a scroll area


def not_a_tab_stop(widget):
    """``widget`` (a plot: something to look at) never takes the keyboard focus: Tab passes
    it by, and a click on it leaves the focus where it was. The mouse works as before (the
    hover read-out, dragging and the wheel need no focus). Returns ``widget``."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def stop_while_filled(widget):
    """``widget``, a combo box or a plain text view, is a Tab stop only while it has items
    (text): empty, before there is a model, it took the focus with nothing to choose or
    read. Kept up to date as it is filled and emptied. Returns ``widget``."""
    if isinstance(widget, QComboBox):
        model = widget.model()
        signals = (model.rowsInserted, model.rowsRemoved, model.modelReset)
        def filled():
            return widget.count() > 0
    else:
        signals = (widget.textChanged,)
        def filled():
            return not widget.document().isEmpty()

    def update_policy(*_):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if filled() else Qt.FocusPolicy.NoFocus)
    for signal in signals:
        signal.connect(update_policy)
    update_policy()
    return widget


def overflows(area):
    """The content of the scroll area ``area`` is larger than its view: there is something
    to scroll."""
    return area.horizontalScrollBar().maximum() > 0 or area.verticalScrollBar().maximum() > 0


class FocusFrame(QWidget):
    """A frame in the highlight colour drawn over the edges of a scroll area while the area
    has the focus. A child of the area on top of its view, transparent to the mouse; it
    takes no room, so showing it moves nothing."""

    def __init__(self, area):
        super().__init__(area)
        self.setObjectName("focusFrame")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FRAME_WIDTH / 2  # the pen is centred on the line: the frame lies inside
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class _ScrollFocus(QObject):
    """What ``frame_focus`` installs on a scroll area: follows its scroll ranges (a Tab
    stop only while there is something to scroll) and its focus (the frame)."""

    def __init__(self, area):
        super().__init__(area)
        self._area = area
        self.frame = FocusFrame(area)
        area.installEventFilter(self)
        # The ranges change whenever the area or its content is resized (a window made
        # smaller, findings added, the drawing panel dragged up): the Tab stop follows.
        for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
            bar.rangeChanged.connect(self.update_policy)
        self.update_policy()

    def update_policy(self):
        self._area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if overflows(self._area)
                                  else Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.frame.setGeometry(self._area.rect())
            self.frame.raise_()
            self.frame.show()
        elif kind == QEvent.Type.FocusOut:
            self.frame.hide()
        elif kind == QEvent.Type.Resize:
            self.frame.setGeometry(self._area.rect())
        return False


def frame_focus(area):
    """Make the scroll area ``area`` a Tab stop only while its content overflows it (kept
    up to date as sizes change), and show a frame round it while it has the focus. For a
    scroll area whose content has nothing that takes the keys (plots, text): the area itself
    is then the only way to scroll it from the keyboard. Returns ``area``."""
    _ScrollFocus(area)  # a child of the area: lives as long as it
    return area


def focus_frame(area):
    """The ``FocusFrame`` that ``frame_focus`` put on ``area`` (for tests), or ``None``."""
    return area.findChild(FocusFrame, options=Qt.FindChildOption.FindDirectChildrenOnly)
