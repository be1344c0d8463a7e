"""Style augmentation: a few MNIST digits redrawn the way many people write them.

MNIST was written by American census staff and students. People elsewhere (and on a
mouse pad) write some digits in styles that are rare in it: a 7 with a bar through its
stem, a 1 with a long flag and sometimes a base, a 0 with a slash, a 9 whose stem ends in
a hook curling left. A network that has hardly seen these reads a crossed 7 as 2, a
flagged 1 as 7 or 4, a slashed 0 as 8, a hooked 9 as 3: not for lack of capacity, but for
lack of examples.

So, while training, a share of those digits is edited into such a style, right on the
28 x 28 image: the extra stroke is found from the digit's own ink (where its stem is, how
long it is, how thick its pen was) and drawn with an anti-aliased pen of the same
thickness. The label does not change: a crossed 7 is still a 7. Then the digit is fitted
back into MNIST's frame (ink box at most 20 pixels, centre of mass at the centre), as
every drawn digit is before the network reads it.

(Open-topped 4s are the fifth common style; making one means erasing part of a closed 4,
which does not look right on a 28 x 28 bitmap, so it is not done here.)
"""

import numpy as np

from ..preprocess import ink_box as _ink_box
from ..preprocess import mnist_style

SIZE = 28
# The edits are drawn on a larger canvas, the digit in its middle, so that a stroke
# reaching past MNIST's frame is not cut off; fitting it back into the frame shrinks it.
MARGIN = 8


def ink_box(image):
    """``(top, bottom, left, right)``: the first and last rows and columns of solid ink."""
    top, bottom, left, right = _ink_box(image, threshold=0.25)
    return top, bottom - 1, left, right - 1


def pen_width(image):
    """The digit's stroke width in pixels, from its ink and its outline.

    A stroke of length L and width w covers about L * w pixels and has an outline about
    2 L long, so w = 2 * ink / outline. The outline of a soft-edged image is the total
    size of its gradient (crossing an edge changes the brightness by 1 in all)."""
    gy, gx = np.gradient(image)
    outline = np.hypot(gx, gy).sum()
    return float(np.clip(2 * image.sum() / max(outline, 1e-6), 1.2, 4.0))


def row_centre(image, y):
    """Where the ink is across row ``y`` (and the rows either side): its mean x."""
    y = int(round(y))
    band = image[max(y - 1, 0):y + 2]
    weights = band.sum(axis=0)
    if weights.sum() < 1e-3:  # no ink there: the centre of the whole digit
        weights = image.sum(axis=0)
    return float((weights * np.arange(image.shape[1])).sum() / weights.sum())


def draw_polyline(image, points, width):
    """``image`` with a pen line of ``width`` pixels through ``points`` (k, 2) of (x, y).

    Every pixel's brightness is how much of it the pen covers: 1 within ``width / 2`` of
    the line, falling to 0 over one pixel outside it (anti-aliased, like MNIST's soft
    edges). New ink adds to old as a pen does: the brighter of the two."""
    a, b = points[:-1].astype(np.float32), points[1:].astype(np.float32)
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-6)
    # For each pixel and segment: the nearest point of the segment, as a fraction along it.
    ys, xs = np.indices(image.shape, dtype=np.float32)
    px = xs.reshape(-1, 1) - a[None, :, 0]
    py = ys.reshape(-1, 1) - a[None, :, 1]
    t = np.clip((px * ab[:, 0] + py * ab[:, 1]) / length2, 0, 1)
    distance = np.hypot(px - t * ab[:, 0], py - t * ab[:, 1]).min(axis=1)
    ink = np.clip(width / 2 + 0.5 - distance, 0, 1).reshape(image.shape)
    return np.maximum(image, ink.astype(image.dtype))


def bezier(p0, p1, p2, p3, steps=12):
    """``steps`` points along the cubic Bezier curve from p0 to p3 pulled towards p1, p2."""
    t = np.linspace(0, 1, steps)[:, None]
    return ((1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2
            + t ** 3 * p3)


def _rotate(vector, degrees):
    """``vector`` (x, y) turned by ``degrees`` (clockwise on screen, where y points down)."""
    c, s = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    return np.array([c * vector[0] - s * vector[1], s * vector[0] + c * vector[1]])


def _stem(image, top, bottom):
    """The direction of a digit's stem from ``top`` to ``bottom`` (a unit vector pointing
    down it), from where the ink is across the rows near each end."""
    upper = np.array([row_centre(image, top + 1), top + 1.0])
    lower = np.array([row_centre(image, bottom - 1), bottom - 1.0])
    down = lower - upper
    return down / max(np.hypot(*down), 1e-6)


def crossed_seven(image, rng):
    """A short bar across the stem of a 7, a little below the middle of its height."""
    top, bottom, left, right = ink_box(image)
    height = bottom - top + 1
    y = top + height * rng.uniform(0.5, 0.65)
    x = row_centre(image, y) + height * rng.uniform(-0.05, 0.05)
    half = height * rng.uniform(0.17, 0.28)  # the bar: about a third to a half of the height
    along = _rotate(np.array([1.0, 0.0]), rng.uniform(-12, 6))  # level, or rising a little
    points = np.array([[x, y] - half * along, [x, y] + half * along])
    return draw_polyline(image, points, pen_width(image))


def flagged_one(image, rng, base_share=0.4):
    """A flag down to the left from the top of a 1, and, ``base_share`` of the time, a
    base across its foot."""
    top, bottom, _, _ = ink_box(image)
    height = bottom - top + 1
    down = _stem(image, top, bottom)
    tip = np.array([row_centre(image, top), float(top)])
    # The flag leaves the top between 35 and 70 degrees from the stem, to the left.
    flag = _rotate(down, rng.uniform(35, 70)) * height * rng.uniform(0.2, 0.45)
    # A flag is often drawn as one movement with the stem: slightly curved, not straight.
    bend = _rotate(flag, 90) * rng.uniform(-0.12, 0.12)
    width = pen_width(image)
    result = draw_polyline(image, np.array([tip + flag, tip + 0.5 * flag + bend, tip]), width)
    if rng.random() < base_share:
        foot = np.array([row_centre(image, bottom), float(bottom)])
        half = height * rng.uniform(0.2, 0.35)
        shift = height * rng.uniform(-0.05, 0.05)
        points = np.array([foot + [-half + shift, 0.0], foot + [half + shift, 0.0]])
        result = draw_polyline(result, points, width)
    return result


def slashed_zero(image, rng):
    """A slash through a 0 from upper right to lower left, reaching about its rim."""
    top, bottom, left, right = ink_box(image)
    centre = np.array([(left + right) / 2, (top + bottom) / 2])
    half = (bottom - top + 1) / 2 * rng.uniform(0.85, 1.2)
    # 20 to 45 degrees from upright, but at least 15 degrees across the 0's own long axis
    # (it may lean right), so the slash crosses a narrow, slanted oval instead of running
    # along its inside.
    down = _stem(image, top, bottom)
    lean = np.degrees(np.arctan2(-down[0], down[1]))  # > 0: the 0 leans right
    angle = min(max(rng.uniform(20, 45), lean + rng.uniform(15, 25)), 60)
    slash = _rotate(np.array([0.0, 1.0]), angle) * half  # down and to the left
    return draw_polyline(image, np.array([centre - slash, centre + slash]), pen_width(image))


def hooked_nine(image, rng):
    """A hook at the foot of a 9: its stem goes on and curls to the left (as a 3 ends)."""
    top, bottom, _, _ = ink_box(image)
    height = bottom - top + 1
    middle = top + height // 2
    down = _stem(image, middle, bottom)
    leftwards = _rotate(down, 90)  # a quarter turn from "down the stem": to the left
    foot = np.array([row_centre(image, bottom), float(bottom)])
    size = height * rng.uniform(0.25, 0.45)
    start = foot - down * 0.15 * size  # overlaps the stem's end, so the two join
    curve = bezier(start, foot + down * 0.6 * size, foot + down * 0.55 * size + leftwards * size,
                   foot + leftwards * rng.uniform(0.9, 1.3) * size - down * rng.uniform(0, 0.4) * size)
    return draw_polyline(image, curve, pen_width(image))


# Digit -> the function that redraws it in its other style.
STYLES = {0: slashed_zero, 1: flagged_one, 7: crossed_seven, 9: hooked_nine}


def random_styles(images, digits, rng, rate, kinds=None):
    """Edit a share ``rate`` of the 0s, 1s, 7s and 9s of ``images`` into their other
    style; return a new array of the same shape and dtype (the labels stay as they are).

    ``images``: floats in [0, 1], ``(n, 784)`` or ``(n, 28, 28)``; ``digits``: the digit
    each image shows (the digits themselves, not class positions); ``kinds``: edit only
    these digits (None: every digit of ``STYLES``)."""
    shape = images.shape
    out = np.array(images, copy=True).reshape(len(images), SIZE, SIZE)
    digits = np.asarray(digits)
    kinds = [d for d in STYLES if kinds is None or d in kinds]
    chosen = np.flatnonzero(np.isin(digits, kinds) & (rng.random(len(out)) < rate))
    for i in chosen:
        if out[i].max() <= 0.25:  # a blank image has no stem to edit
            continue
        canvas = np.pad(out[i], MARGIN)
        canvas = STYLES[int(digits[i])](canvas, rng)
        # An added stroke can make the digit taller or wider than MNIST's 20 pixels and
        # moves its centre of mass: fit it back into the frame, as a drawn digit is.
        out[i] = mnist_style(canvas)
    return out.reshape(shape)
