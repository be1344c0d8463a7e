"""What shows behind a widget, painted once so that the widget can be opaque.

A widget that does not paint every one of its pixels is transparent to Qt: every time it
repaints, Qt first repaints the widgets behind it (a group box's frame, say) in that area.
For widgets that repaint on every mouse move while the user draws, that is most of the
cost (measured: ~0.8 of ~2.3 ms per move for the pad, the preview and the bars). Such a
widget instead declares itself opaque (``WA_OpaquePaintEvent``), keeps a pixmap with
``paint_backdrop`` drawn into it, and draws that pixmap first: what the user sees is the
same, and Qt has nothing behind it to repaint.
"""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

__all__ = ["backdrop_pixmap", "paint_backdrop"]


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
