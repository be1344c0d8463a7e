"""Turn a digit *image* back into pen strokes: thin it to a one-pixel skeleton, then trace
the skeleton into polylines.

Why: to test the drawing pad honestly we need digits that a person *drew*, not MNIST images
pasted onto the pad. The held-out MNIST test digits are real handwriting; their skeletons
are (close to) the path the pen took. Replaying those paths as mouse strokes on the real
pad, at the sizes and pen widths people use, gives drawn digits whose labels we know
(see ``tests/benchmarks/bench_handwriting.py``).

Steps:

1. ``upsample``: enlarge the 28 x 28 image 4 times with bilinear interpolation and keep
   the pixels brighter than half, so the skeleton is not a staircase of whole 28-px pixels.
2. ``zhang_suen_thin``: the classic thinning of Zhang and Suen (1984, "A fast parallel
   algorithm for thinning digital patterns"): peel the outermost layer of ink off, again
   and again, never removing a pixel that holds the shape together or ends a line, until
   only a line one pixel wide is left.
3. ``trace_skeleton``: follow the skeleton from pixel to neighbouring pixel into polylines,
   breaking them at line ends and at forks.
4. ``simplify``: drop points that lie (almost) on the straight line between their
   neighbours (Ramer-Douglas-Peucker), as a mouse reports points every few pixels.

Only NumPy, no Qt. Coordinates are ``(x, y)`` = (column, row), as a mouse reports them, in
the continuous coordinates of the input image: pixel ``(row r, col c)`` covers
``[c, c + 1) x [r, r + 1)``, so its centre is ``(c + 0.5, r + 0.5)``.
"""

import numpy as np

__all__ = ["upsample", "zhang_suen_thin", "trace_skeleton", "simplify", "image_to_strokes"]


def _linear_weights(n_in, n_out):
    """``(n_out, n_in)`` matrix of bilinear-interpolation weights along one axis, with
    pixel centres aligned: output centre ``(i + 0.5) * n_in / n_out - 0.5`` in input pixels."""
    position = (np.arange(n_out) + 0.5) * n_in / n_out - 0.5
    position = np.clip(position, 0, n_in - 1)
    left = np.minimum(np.floor(position).astype(int), n_in - 2)
    fraction = position - left
    weights = np.zeros((n_out, n_in))
    weights[np.arange(n_out), left] = 1 - fraction
    weights[np.arange(n_out), left + 1] = fraction
    return weights


def upsample(image, factor=4):
    """``image`` (2-D, ink bright) enlarged ``factor`` times by bilinear interpolation."""
    image = np.asarray(image, dtype=np.float64)
    rows = _linear_weights(image.shape[0], image.shape[0] * factor)
    cols = _linear_weights(image.shape[1], image.shape[1] * factor)
    return np.einsum("ij,jk,lk->il", rows, image, cols)


def _neighbours(ink):
    """The eight neighbours of every pixel, as Zhang and Suen number them: P2 (north),
    P3 (north-east), P4 (east), ... clockwise to P9 (north-west). Each is an array of the
    image's shape (0 outside the image)."""
    padded = np.pad(ink, 1)  # a border of zeros, so edge pixels have eight neighbours
    h, w = ink.shape
    offsets = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
    return [padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w] for dr, dc in offsets]


def zhang_suen_thin(ink):
    """Thin a binary image (True = ink) to lines one pixel wide; returns a new bool array.

    Each pass has two half-steps; in each, every ink pixel P1 with neighbours P2..P9 is
    removed at once (in parallel) when all of these hold:

    * ``2 <= B <= 6``: B, the number of ink neighbours. B < 2 is a line end (keep it);
      B > 6 is inside the ink, not on its border.
    * ``A == 1``: A, the number of 0 -> 1 changes going round P2, P3, ..., P9, P2. Exactly
      one means the neighbours form one run, so removing P1 cannot cut the shape in two.
    * first half-step: ``P2*P4*P6 == 0`` and ``P4*P6*P8 == 0`` (P1 is on the south or east
      border, or a north-west corner); second half-step: ``P2*P4*P8 == 0`` and
      ``P2*P6*P8 == 0`` (north or west border, or a south-east corner). Peeling opposite
      sides in turn keeps the skeleton in the middle of the stroke.

    Repeats until a pass removes nothing.
    """
    ink = np.asarray(ink, dtype=bool).copy()
    while True:
        removed_any = False
        for half in (0, 1):
            p = [n.astype(np.uint8) for n in _neighbours(ink)]
            p2, p3, p4, p5, p6, p7, p8, p9 = p
            b = sum(p)
            ring = p + [p2]
            a = sum((ring[k] == 0) & (ring[k + 1] == 1) for k in range(8))
            if half == 0:
                side = (p2 * p4 * p6 == 0) & (p4 * p6 * p8 == 0)
            else:
                side = (p2 * p4 * p8 == 0) & (p2 * p6 * p8 == 0)
            remove = ink & (b >= 2) & (b <= 6) & (a == 1) & side
            if remove.any():
                ink &= ~remove
                removed_any = True
        if not removed_any:
            return ink


# Neighbour offsets (row, col): the four sides first, then the four corners.
_SIDES = ((-1, 0), (0, 1), (1, 0), (0, -1))
_CORNERS = ((-1, 1), (1, 1), (1, -1), (-1, -1))


def _skeleton_graph(skeleton):
    """Adjacency of the skeleton's pixels: ``{(row, col): [neighbour, ...]}``.

    Two pixels touching at a corner are linked only if no pixel touches both of them by a
    side (so-called m-adjacency). Otherwise a bend such as ``(0,0) (0,1) (1,1)`` would be a
    little triangle, and every bend would look like a fork.
    """
    pixels = set(zip(*np.nonzero(skeleton)))
    graph = {}
    for r, c in pixels:
        links = [(r + dr, c + dc) for dr, dc in _SIDES if (r + dr, c + dc) in pixels]
        for dr, dc in _CORNERS:
            corner = (r + dr, c + dc)
            if corner in pixels and (r + dr, c) not in pixels and (r, c + dc) not in pixels:
                links.append(corner)
        graph[(int(r), int(c))] = [(int(a), int(b)) for a, b in links]
    return graph


def trace_skeleton(skeleton):
    """Polylines along a one-pixel-wide skeleton: a list of lists of ``(row, col)`` pixels.

    Every link between two neighbouring pixels is walked exactly once. Walks start at line
    ends and forks (pixels with other than two neighbours) and stop at the next one, so a
    "4" becomes a few strokes meeting at its crossing. Closed loops with no end or fork
    (an "0") are walked last, starting anywhere. A lone pixel becomes a one-point stroke.
    """
    graph = _skeleton_graph(skeleton)
    walked = set()  # links already used, as frozensets of their two pixels

    def walk(start, nxt):
        line = [start, nxt]
        walked.add(frozenset((start, nxt)))
        previous, current = start, nxt
        while len(graph[current]) == 2:
            following = next(p for p in graph[current] if p != previous)
            link = frozenset((current, following))
            if link in walked:
                break
            walked.add(link)
            line.append(following)
            previous, current = current, following
        return line

    lines = []
    # Line ends first (so a stroke starts where a pen would), then forks, then loops.
    order = sorted(graph, key=lambda p: (len(graph[p]) != 1, len(graph[p]) == 2, p))
    for pixel in order:
        if not graph[pixel]:
            lines.append([pixel])
            continue
        for neighbour in graph[pixel]:
            if frozenset((pixel, neighbour)) not in walked:
                lines.append(walk(pixel, neighbour))
    return lines


def simplify(points, tolerance):
    """Ramer-Douglas-Peucker: keep the end points, and recursively the point farthest from
    the chord between them while it is farther than ``tolerance``. ``points`` (n, 2)."""
    points = np.asarray(points, dtype=np.float64)
    if len(points) < 3:
        return points
    start, end = points[0], points[-1]
    chord = end - start
    length = np.hypot(*chord)
    offsets = points - start
    if length == 0:  # a closed loop: distance to the start point
        distance = np.hypot(offsets[:, 0], offsets[:, 1])
    else:
        distance = np.abs(offsets[:, 0] * chord[1] - offsets[:, 1] * chord[0]) / length
    far = int(np.argmax(distance))
    if distance[far] <= tolerance:
        return points[[0, -1]]
    left = simplify(points[:far + 1], tolerance)
    right = simplify(points[far:], tolerance)
    return np.concatenate([left[:-1], right])


def image_to_strokes(image, factor=4, threshold=0.5, min_length=1.0, tolerance=0.25):
    """The pen strokes of a digit image (e.g. an MNIST digit, uint8 or float in [0, 1]).

    Returns a list of ``(n, 2)`` float arrays of ``(x, y)`` points in the image's own
    pixel coordinates (see the module docstring). Strokes shorter than ``min_length``
    pixels (tiny spurs the thinning leaves at corners) are dropped, unless nothing else
    is left; ``tolerance`` (in image pixels) is the simplification's.
    """
    image = np.asarray(image)
    if image.dtype == np.uint8:
        image = image / 255.0
    ink = upsample(image, factor) > threshold
    lines = trace_skeleton(zhang_suen_thin(ink))
    strokes = []
    for line in lines:
        rows_cols = np.asarray(line, dtype=np.float64)
        xy = (rows_cols[:, ::-1] + 0.5) / factor  # (row, col) pixel -> (x, y) point
        strokes.append(simplify(xy, tolerance))
    long_enough = [s for s in strokes if _length(s) >= min_length]
    return long_enough or strokes


def _length(stroke):
    """The length of a polyline ``(n, 2)``: the sum of its segments' lengths."""
    steps = np.diff(stroke, axis=0)
    return float(np.hypot(steps[:, 0], steps[:, 1]).sum())
