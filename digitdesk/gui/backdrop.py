"""What shows behind a widget, painted once so that the widget can be opaque.

A widget that does not paint every one of its pixels is transparent to Qt: every time it
repaints, Qt first repaints the widgets behind it (a group box's frame, say) in that area.
For widgets that repaint on every mouse move while the user draws, that is most of the
cost (measured: ~0.8 of ~2.3 ms per move for the pad, the preview and the bars). Such a
widget is an ``OpaqueWidget`` instead: it declares itself opaque (``WA_OpaquePaintEvent``),
keeps a pixmap with ``paint_backdrop`` drawn into it, and draws that pixmap first: what the
user sees is the same, and Qt has nothing behind it to repaint.
"""

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

__all__ = ["OpaqueWidget", "backdrop_pixmap", "paint_backdrop"]


def paint_backdrop(widget, painter):
    """Paint, at ``painter``'s origin, what the widgets behind ``widget`` show in its
    rectangle: each ancestor's own painting without its children, from the nearest one
    that fills its background (or the window) down to the parent."""
    ancestors = []
    ancestor = widget.parentWidget()
    while ancestor is not None:
        ancestors.append(ancestor)
        if ancestor.isWindow() or ancestor.autoFillBackground():
            break
        ancestor = ancestor.parentWidget()
    for i, ancestor in enumerate(reversed(ancestors)):
        area = QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())
        # The farthest one also paints its background; the others paint on top of it.
        flags = QWidget.RenderFlag.DrawWindowBackground if i == 0 else QWidget.RenderFlag(0)
        ancestor.render(painter, QPoint(0, 0), QRegion(area), flags)


def backdrop_pixmap(widget):
    """A pixmap the size of ``widget`` (in device pixels) with its backdrop painted in."""
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(widget.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(widget.palette().color(widget.backgroundRole()))  # if nothing is behind
    painter = QPainter(pixmap)
    paint_backdrop(widget, painter)
    painter.end()
    return pixmap


class OpaqueWidget(QWidget):
    """A widget that paints every one of its pixels, starting with ``backdrop()``.

    Subclasses that keep pictures of their own drop them in ``forget_pictures`` (calling
    this class's too): it runs whenever what the widget shows may change as a whole, that
    is when it is resized or moved (another part of what is behind) or its palette, font
    or style changes.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._backdrop = None  # QPixmap of what is behind the widget, once painted
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def backdrop(self):
        """What is behind the widget, as a pixmap of its size (painted once)."""
        if self._backdrop is None:
            self._backdrop = backdrop_pixmap(self)
        return self._backdrop

    def forget_pictures(self):
        self._backdrop = None

    def resizeEvent(self, event):
        self.forget_pictures()
        super().resizeEvent(event)

    def moveEvent(self, event):
        self.forget_pictures()
        super().moveEvent(event)

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.forget_pictures()
            self.update()
        super().changeEvent(event)
