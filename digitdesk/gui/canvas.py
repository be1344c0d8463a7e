"""The drawing pad and the small preview of what the network sees.

``DrawingCanvas`` keeps the strokes as vectors (lists of points) in a fixed 280 x 280
"pad" coordinate system, whatever the widget's size on screen: the same drawing always
gives the same 28 x 28 image, and the strokes can be re-rendered at any thickness: by default
the network is shown them at the thickness of an MNIST pen stroke, whatever pen width the
user draws with (see ``render_strokes_mnist``).
``MnistPreview`` shows a 28 x 28 image enlarged with hard pixel edges.
"""

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy

from digitdesk.preprocess import DIGIT_BOX, MNIST_SIZE, mnist_style

from .backdrop import OpaqueWidget
from .language import Retranslatable, current_text

PAD_SIZE = 280  # side of the drawing pad in pad units (10x the 28-pixel MNIST image)
# In pad units. A digit drawn across most of the pad is shrunk about 12 times, so the
# stroke ends up ~2 px wide in 28 x 28, like a typical MNIST stroke.
DEFAULT_PEN_WIDTH = 24
MIN_PEN_WIDTH = 4
MAX_PEN_WIDTH = 40

# Thickness-normalised rendering: the strokes' centre lines are drawn straight into the
# 20 x 20 box with a pen this many pixels wide (of the 28 x 28 image). MNIST strokes are
# about 2-3 px wide (median 2.4: ink / skeleton length over the test set, measured with
# digitdesk.strokes). Of 2.0, 2.5 and 3.0, tests/benchmarks/bench_handwriting.py found 2.0
# best by a little (0.1-0.4 points) for every model that deskews.
MNIST_PEN_WIDTH = 2.0
# Render at 4x the final resolution, then area-average down: smooth edges. 8x was measured
# (bench_handwriting.py) to read drawn digits no better (within 0.1-0.4 points either way)
# at twice the cost on every mouse move; 2x began to change the images visibly.
SUPERSAMPLE = 4

# A drawing whose strokes span less than this many pad units (one pixel of the 28 x 28
# image) is a click or a dot, not a digit: prepared like MNIST it would be blown up to
# fill the 20 x 20 box, a disc or a bar that the network reads as some digit, often
# "87% sure". The pad says so instead of reading it.
MIN_DIGIT_EXTENT = PAD_SIZE / MNIST_SIZE

# The pad is black with white ink on every palette, because that is what MNIST digits
# look like and so what the network sees; only the frame follows the palette.
PAD_COLOR = QColor(16, 17, 20)
INK_COLOR = QColor(255, 255, 255)


def qimage_to_array(image):
    """A ``Format_Grayscale8`` QImage as a ``(height, width)`` uint8 array (a copy).

    Qt pads every image row to a multiple of 4 bytes, so the buffer is read as
    ``bytesPerLine`` wide and then cut to the real width.
    """
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=height * stride)
    return buffer.reshape(height, stride)[:, :width].copy()


def array_to_qimage(array):
    """A ``(height, width)`` float array in [0, 1] as a ``Format_Grayscale8`` QImage."""
    pixels = np.ascontiguousarray(np.clip(array, 0, 1) * 255 + 0.5, dtype=np.uint8)
    height, width = pixels.shape
    image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # the QImage above only borrows `pixels`; the copy owns its data


def _round_pen(color, width):
    """A thick pen with round ends and round corners, like a felt-tip marker."""
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_strokes(painter, strokes, pen):
    """Draw every stroke with ``pen``. A stroke of one point (a click) is a round dot."""
    painter.setPen(pen)
    for stroke in strokes:
        if len(stroke) == 1:
            painter.drawPoint(stroke[0])
        else:
            painter.drawPolyline(QPolygonF(stroke))


def render_strokes_mnist(strokes, pen_width=MNIST_PEN_WIDTH):
    """The strokes as MNIST would have them: ``(28, 28)`` float32, the digit fitted to the
    20 x 20 box with strokes ``pen_width`` pixels wide, centred by centre of mass.

    Why not shrink the pad? A digit drawn small with a thick pen shrinks into a blob, and
    one drawn large with a thin pen into a hairline: the network sees stroke thickness
    it never saw in MNIST. The strokes are known as lines, so instead their centre lines
    are scaled to fill the box (less the pen's own width, which the round ends add back),
    drawn with a pen of MNIST's width, and only then prepared by ``mnist_style``. The
    user's pen width then only changes what the pad shows, not what the network sees.

    ``strokes``: lists of ``QPointF`` (pad units). All zeros when there are none.
    """
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return np.zeros((MNIST_SIZE, MNIST_SIZE), dtype=np.float32)
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    left, top = min(xs), min(ys)
    extent = max(max(xs) - left, max(ys) - top, 1.0)  # the centre lines' longer side
    # Centre lines span DIGIT_BOX - pen_width pixels; the pen adds half its width all round.
    scale = (DIGIT_BOX - pen_width) * SUPERSAMPLE / extent  # pad units -> supersampled px
    margin = pen_width * SUPERSAMPLE  # room for the pen around the centre lines
    side = int(np.ceil(DIGIT_BOX * SUPERSAMPLE + 2 * margin))
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The painter maps pad units to image pixels, so the points are drawn as they are; the
    # pen is given in pad units too, so that it comes out pen_width * SUPERSAMPLE pixels.
    painter.translate(margin, margin)
    painter.scale(scale, scale)
    painter.translate(-left, -top)
    paint_strokes(painter, strokes, _round_pen(INK_COLOR, pen_width * SUPERSAMPLE / scale))
    painter.end()
    return mnist_style(qimage_to_array(image))


class DrawingCanvas(Retranslatable, OpaqueWidget):
    """A square pad to draw a digit on with the left mouse button.

    The strokes are kept as lists of ``QPointF`` in pad units (0-280 on both axes).
    ``mnist_image()`` renders them and prepares the result the way MNIST was prepared.
    """

    imageChanged = Signal()  # a stroke was started, extended, undone or cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawingCanvas")
        self._strokes = []  # list of lists of QPointF, in pad units
        self._pen_width = DEFAULT_PEN_WIDTH
        self._normalise_thickness = True  # see render_strokes_mnist
        self._drawing = False  # True between a left press and its release
        # What the widget shows, painted once and then extended segment by segment as the
        # user draws (see _pad_pixmap); None when it must be painted afresh.
        self._pixmap = None
        # A ready 28 x 28 image shown on the empty pad (e.g. a validation digit being read),
        # as a QImage, with a caption; it is not a drawing, and goes when the user draws.
        self._picture = None
        self._picture_caption = ""
        self.setMinimumSize(170, 170)
        # Square (see DigitPanel.resizeEvent), but with no height for its width: a layout
        # took that as its least height, so a pad widened in a taller panel kept the panel
        # that tall; the drawing panel could never be made shorter again (700 px window).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so Esc / Ctrl+Z work after drawing
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Drawing pad"))
        self.setAccessibleDescription(self.tr(
            "Draw a digit with the left mouse button; the network tries to read it."))
        self.setToolTip(self.tr(
            "Draw one digit (0-9) with the left mouse button.\n"
            "It is shrunk to 20 x 20 pixels and centred in 28 x 28, as MNIST digits were,\n"
            "with strokes as thick as MNIST's whatever the pen width."))
        self._repaint_all()  # the empty pad's hint is painted into the cached picture

    # ----------------------------------------------------------- public interface

    def strokes(self):
        """A copy of the strokes: a list of lists of ``QPointF`` in pad units."""
        return [list(stroke) for stroke in self._strokes]

    def is_empty(self):
        return not self._strokes

    def is_dot(self):
        """True when something is drawn but too little to be a digit: every point within
        ``MIN_DIGIT_EXTENT`` pad units of the others (a click, a dot)."""
        points = [p for stroke in self._strokes for p in stroke]
        if not points:
            return False
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return max(max(xs) - min(xs), max(ys) - min(ys)) < MIN_DIGIT_EXTENT

    def pen_width(self):
        return self._pen_width

    def set_pen_width(self, width):
        """Set the pen width in pad units; existing strokes are redrawn with it too."""
        width = int(min(max(width, MIN_PEN_WIDTH), MAX_PEN_WIDTH))
        if width == self._pen_width:
            return
        self._pen_width = width
        self._repaint_all()
        if self._strokes:
            self.imageChanged.emit()

    def normalises_thickness(self):
        return self._normalise_thickness

    def set_normalise_thickness(self, on):
        """True (the default): the network sees the strokes at MNIST's stroke thickness
        whatever the pen width (``render_strokes_mnist``). False: it sees the pad as drawn,
        shrunk (``render_pad`` then ``mnist_style``), so the pen width matters."""
        on = bool(on)
        if on == self._normalise_thickness:
            return
        self._normalise_thickness = on
        if self._strokes:
            self.imageChanged.emit()

    def clear(self):
        if self._picture is not None:
            self._picture = None
            if not self._strokes:
                self._repaint_all()
        if not self._strokes:
            return
        self._strokes = []
        self._drawing = False
        self._repaint_all()
        self.imageChanged.emit()

    def show_picture(self, image, caption=""):
        """Show a ready ``(28, 28)`` image (float in [0, 1]) on the pad, enlarged, with
        ``caption`` under it, in place of the drawing: so that a digit the network is shown
        from elsewhere (a validation digit, say) is also seen where digits are drawn. The
        strokes are cleared; drawing or ``clear()`` takes the picture away. ``caption``: a
        text, or a function that gives it in the current language (the pad then follows a
        change of language)."""
        self.clear()
        self._picture = array_to_qimage(image)
        self._picture_caption = caption
        self._repaint_all()

    def has_picture(self):
        return self._picture is not None

    def picture_caption(self):
        """The caption under the picture shown, as painted now ("" if none)."""
        return current_text(self._picture_caption) if self._picture is not None else ""

    def undo(self):
        """Remove the last stroke."""
        if not self._strokes:
            return
        self._strokes.pop()
        self._drawing = False
        self._repaint_all()
        self.imageChanged.emit()

    def render_pad(self):
        """The strokes rendered anti-aliased on a black 280 x 280 grayscale image,
        as a ``(280, 280)`` uint8 array (255 = full ink)."""
        image = QImage(PAD_SIZE, PAD_SIZE, QImage.Format.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_strokes(painter, self._strokes, _round_pen(INK_COLOR, self._pen_width))
        painter.end()
        return qimage_to_array(image)

    def mnist_image(self):
        """What the network is given: ``(28, 28)`` float32 in [0, 1], prepared like MNIST
        (see ``digitdesk.preprocess.mnist_style``). All zeros when nothing is drawn.
        A model may prepare it further the way it was trained (``Model.prepare``, e.g.
        deskewing); ``predict_proba`` does that by itself."""
        if self._normalise_thickness:
            return render_strokes_mnist(self._strokes)
        return mnist_style(self.render_pad())

    # ----------------------------------------------------------- geometry

    def sizeHint(self):
        return QSize(320, 320)

    def _pad_rect(self):
        """Where the square pad sits in the widget: as large as fits, at the top (right
        under the pen controls), centred from left to right."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, 0, side, side)

    def _to_pad(self, position):
        """Widget coordinates (e.g. of a mouse event) -> pad units."""
        rect = self._pad_rect()
        scale = PAD_SIZE / rect.width()
        return QPointF((position.x() - rect.x()) * scale, (position.y() - rect.y()) * scale)

    # ----------------------------------------------------------- mouse

    def mousePressEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._drawing = True
        point = self._to_pad(event.position())
        if self._strokes:
            self._strokes.append([point])
            self._extend_pixmap([point])
            self.update(self._widget_rect_around(point, point))
        else:  # the first stroke: the hint or the picture on the empty pad goes away
            self._picture = None
            self._strokes.append([point])
            self._repaint_all()
        self.imageChanged.emit()

    def mouseMoveEvent(self, event):
        if not (self._drawing and event.buttons() & Qt.MouseButton.LeftButton):
            return super().mouseMoveEvent(event)
        point = self._to_pad(event.position())
        last = self._strokes[-1][-1]
        # Mice report many tiny moves; points closer than one pad unit add nothing to see,
        # but every point costs time each time the strokes are rendered.
        if (point - last).manhattanLength() < 1.0:
            return
        self._strokes[-1].append(point)
        # Draw only the new segment, and repaint only around it: redrawing the whole pad on
        # every mouse move costs more the longer the drawing gets.
        self._extend_pixmap([last, point])
        self.update(self._widget_rect_around(last, point))
        self.imageChanged.emit()

    def _widget_rect_around(self, a, b):
        """The widget rectangle covering the segment a-b (pad units) drawn with the pen."""
        rect = self._pad_rect()
        scale = rect.width() / PAD_SIZE
        reach = (self._pen_width / 2 + 2) * scale  # half the pen, plus anti-aliasing
        left = rect.x() + min(a.x(), b.x()) * scale - reach
        top = rect.y() + min(a.y(), b.y()) * scale - reach
        width = abs(a.x() - b.x()) * scale + 2 * reach
        height = abs(a.y() - b.y()) * scale + 2 * reach
        return QRectF(left, top, width, height).toAlignedRect()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = False
        super().mouseReleaseEvent(event)

    # ----------------------------------------------------------- painting

    def forget_pictures(self):
        super().forget_pictures()
        self._pixmap = None

    def focusInEvent(self, event):
        self._repaint_all()  # the frame shows where the focus is
        super().focusInEvent(event)

    def focusOutEvent(self, event):
        self._repaint_all()
        super().focusOutEvent(event)

    def _repaint_all(self):
        self._pixmap = None  # the backdrop (behind the pad's corners) stays as it was
        self.update()

    def paintEvent(self, event):
        QPainter(self).drawPixmap(0, 0, self._pad_pixmap())

    def _pad_pixmap(self):
        """The whole widget as it should look, painted from the strokes when needed."""
        if self._pixmap is None:
            pixmap = QPixmap(self.backdrop())  # a copy: the pad's corners show what is behind
            painter = QPainter(pixmap)
            self._paint_pad(painter)
            painter.end()
            self._pixmap = pixmap
        return self._pixmap

    def _extend_pixmap(self, points):
        """Add one new dot or segment (pad units) to the painted pad. Round caps make the
        segments join as smoothly as one polyline."""
        if self._pixmap is None:
            return  # painted in full, new points included, when next shown
        painter = QPainter(self._pixmap)
        self._begin_strokes(painter)
        paint_strokes(painter, [points], _round_pen(INK_COLOR, self._pen_width))
        painter.end()

    def _begin_strokes(self, painter):
        """Set ``painter`` up to draw strokes in pad units, inside the pad's frame."""
        rect = self._pad_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect.adjusted(2, 2, -2, -2))
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / PAD_SIZE, rect.height() / PAD_SIZE)

    def _paint_pad(self, painter):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._pad_rect()
        frame = self.palette().color(QPalette.ColorRole.Mid)
        if self.hasFocus():
            frame = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(frame, 2))
        painter.setBrush(PAD_COLOR)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)

        if not self._strokes:
            hint = QColor(INK_COLOR)
            hint.setAlpha(110)
            font = QFont(self.font())
            if self._picture is None:
                font.setPointSizeF(font.pointSizeF() * 1.3)
                painter.setFont(font)
                painter.setPen(hint)
                # Wrapped within the frame: a long translation must not run over its edges.
                painter.drawText(rect.adjusted(12, 12, -12, -12),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self.tr("Draw a digit here"))
                return
            # The pad is the 28 x 28 field at 10 pad units per pixel: the picture fills it.
            painter.save()
            inside_frame = QPainterPath()
            inside_frame.addRoundedRect(rect.adjusted(2, 2, -2, -2), 7, 7)
            painter.setClipPath(inside_frame)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self._picture)
            painter.restore()
            painter.setFont(font)
            painter.setPen(hint)
            painter.drawText(rect.adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                             | Qt.TextFlag.TextWordWrap, self.picture_caption())
            return

        self._begin_strokes(painter)
        paint_strokes(painter, self._strokes, _round_pen(INK_COLOR, self._pen_width))


class MnistPreview(Retranslatable, OpaqueWidget):
    """The 28 x 28 image the network is given, enlarged with hard pixel edges.

    A faint square marks the central 20 x 20 box that MNIST digits are scaled to fit.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mnistPreview")
        self._image = None  # QImage 28 x 28, or None for "nothing drawn"
        self.setMinimumSize(3 * MNIST_SIZE + 2, 3 * MNIST_SIZE + 2)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Network input preview"))
        self.setToolTip(self.tr(
            "The 28 x 28 image the network is given: your drawing shrunk so its longer side\n"
            "is 20 pixels (inside the dotted square) and moved so its centre of mass is at\n"
            "the middle, exactly as the MNIST digits were prepared."))

    def set_image(self, image):
        """Show a ``(28, 28)`` float image in [0, 1], or ``None`` for an empty pad."""
        if image is None and self._image is None:
            return  # no repaint for nothing new
        self._image = None if image is None else array_to_qimage(image)
        self.update()

    def sizeHint(self):
        return QSize(4 * MNIST_SIZE + 2, 4 * MNIST_SIZE + 2)

    def shown_side(self):
        """The side of the image as painted, in screen pixels: a whole number of them per
        image pixel (keeps the edges sharp), inside a 1-pixel frame. 112 at the preferred
        size; 2 pixels less height makes it 84."""
        return max(1, (min(self.width(), self.height()) - 2) // MNIST_SIZE) * MNIST_SIZE

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.backdrop())  # opaque: Qt paints nothing behind
        side = self.shown_side()
        cell = side // MNIST_SIZE
        target = QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        painter.fillRect(target, PAD_COLOR)
        if self._image is not None:
            # No smoothing: each of the 28 x 28 pixels is shown as a crisp square.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(target, self._image)
        margin = (MNIST_SIZE - DIGIT_BOX) / 2 * cell
        guide = QColor(INK_COLOR)
        guide.setAlpha(55)
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target.adjusted(margin, margin, -margin - 1, -margin - 1))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
