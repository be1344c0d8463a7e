"""Prepare a drawn digit the way the MNIST digits were prepared.

How MNIST itself was made (LeCun, Cortes and Burges, "The MNIST database"):

1. The original NIST digits were black-and-white (binary) scans of different sizes.
2. Each digit was *size-normalised* to fit in a 20 x 20 pixel box **while preserving its
   aspect ratio**: a tall "1" becomes 20 pixels tall and only a few pixels wide, it is not
   stretched into a square.
3. The normalisation used anti-aliasing, which is where MNIST's grey levels come from: a
   small pixel that is half covered by ink gets half the brightness.
4. The 20 x 20 digit was placed in a 28 x 28 image so that its **centre of mass** (the
   ink-weighted mean position of its pixels) falls on the centre of the field. The shift was
   a whole number of pixels, so in the published files the centre of mass lies within half a
   pixel of row 14.0, column 14.0 (0-based indices; measured over the test set: mean
   (13.99, 14.01), never more than 0.5 away).

A network that scores 98% on MNIST has only ever seen digits prepared like this. A digit
drawn with the mouse is usually large, off-centre and thick; fed to the network as it is, it
looks nothing like the training data and is misread. ``mnist_style`` repeats steps 2-4 on
any grayscale image.

Conventions: an image is a 2-D float array, ink bright (1.0) on a dark (0.0) background,
like MNIST after dividing by 255. ``uint8`` images (0-255) are accepted and scaled.
Only NumPy is used here, no Qt.
"""

import math

import numpy as np

__all__ = ["MNIST_SIZE", "DIGIT_BOX", "MNIST_CENTER", "mnist_style", "ink_box",
           "center_of_mass", "area_weights", "resize_area", "skew", "deskew", "deskew_uint8",
           "MAX_SKEW"]

MNIST_SIZE = 28  # the MNIST images are 28 x 28
DIGIT_BOX = 20  # the digit's longer side after size normalisation
MNIST_CENTER = (14.0, 14.0)  # where MNIST's centre of mass lies, as 0-based (row, col)


def _as_float_image(image):
    """A 2-D float32 copy-or-view of ``image`` with values in [0, 1]."""
    image = np.asarray(image)
    if image.ndim != 2:
        raise ValueError(f"expected a 2-D grayscale image, not shape {image.shape}")
    if image.dtype == np.uint8:
        return image.astype(np.float32) / 255
    if not np.issubdtype(image.dtype, np.floating):
        raise ValueError(f"expected a uint8 or float image, not {image.dtype}")
    # Clipping guards against tiny negative values from upstream arithmetic.
    return np.clip(image, 0.0, 1.0).astype(np.float32, copy=False)


def ink_box(image, threshold=0.0):
    """The smallest box holding every pixel brighter than ``threshold``.

    Returns ``(top, bottom, left, right)`` with ``bottom`` and ``right`` exclusive, so
    ``image[top:bottom, left:right]`` is the cropped ink; ``None`` when there is no ink.
    """
    ink = np.asarray(image) > threshold
    rows = np.flatnonzero(ink.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def center_of_mass(image):
    """The ink-weighted mean position ``(row, col)`` in 0-based pixel indices, as floats.

    Pixel ``(r, c)`` counts with weight ``image[r, c]``, so faint anti-aliased edges count
    a little and solid ink counts fully. Returns ``None`` when the image has no ink.
    """
    image = np.asarray(image, dtype=np.float64)
    total = image.sum()
    if total <= 0:
        return None
    rows = np.arange(image.shape[0])
    cols = np.arange(image.shape[1])
    row = (image.sum(axis=1) @ rows) / total  # mass in each row, times the row index
    col = (image.sum(axis=0) @ cols) / total
    return float(row), float(col)


def area_weights(n_in, n_out):
    """The ``(n_out, n_in)`` matrix that resamples a line of ``n_in`` pixels to ``n_out``
    pixels by area averaging ("box" resampling).

    Lay both lines over the same length: output pixel ``i`` covers the input interval
    ``[i * n_in / n_out, (i + 1) * n_in / n_out)``. Its value is the mean of the input over
    that interval, so its weight for input pixel ``j`` is the length of the overlap of
    ``[j, j + 1)`` with the interval, divided by the interval's length. Every row sums to 1
    (a uniform grey stays the same grey) and every column sums to ``n_out / n_in`` (each
    input pixel's ink is spread over ``n_out / n_in`` output pixels), so the total ink is
    scaled exactly by the change in area. That is the anti-aliasing: an output pixel half
    covered by a stroke gets half its brightness.
    """
    scale = n_in / n_out  # input pixels per output pixel
    starts = np.arange(n_out)[:, None] * scale  # (n_out, 1) start of each output pixel
    ends = starts + scale
    left = np.arange(n_in)[None, :]  # (1, n_in) start of each input pixel
    overlap = np.minimum(ends, left + 1) - np.maximum(starts, left)
    return np.clip(overlap, 0.0, None) / scale


def resize_area(image, height, width):
    """Resize a 2-D image to ``(height, width)`` by area averaging.

    Area averaging is separable: average along the rows, then along the columns, which is
    the product ``W_rows @ image @ W_cols.T`` with the matrices from ``area_weights``.
    """
    image = np.asarray(image, dtype=np.float64)
    w_rows = area_weights(image.shape[0], height)
    w_cols = area_weights(image.shape[1], width)
    # The same product as ``w_rows @ image @ w_cols.T``, but with einsum, which does not
    # call BLAS. These matrices are tiny, and while a network trains in another thread a
    # multi-threaded BLAS call here waits for busy cores: measured 5-16 ms with ``@``
    # against 0.4 ms with einsum on two cores.
    rows_done = np.einsum("ij,jk->ik", w_rows, image)  # (height, old width)
    return np.einsum("ij,kj->ik", rows_done, w_cols)  # (height, width)


def mnist_style(image, threshold=0.0):
    """Prepare a grayscale digit image of any size the way MNIST digits were prepared.

    ``image``: 2-D array, ink bright on a dark background (float in [0, 1] or uint8).
    Returns a ``(28, 28)`` float32 image in [0, 1]:

    1. crop to the ink's bounding box (pixels brighter than ``threshold``);
    2. scale so that the longer side is 20 pixels, keeping the aspect ratio, by area
       averaging (anti-aliased, see ``area_weights``);
    3. paste into a black 28 x 28 image, shifted by whole pixels so that the centre of mass
       lands on (14, 14) -- within half a pixel, as in MNIST. If that would push ink out of
       the frame (a digit with nearly all its ink at one end) the shift stops at the edge.

    An image with no ink gives an all-zero image.
    """
    image = _as_float_image(image)
    out = np.zeros((MNIST_SIZE, MNIST_SIZE), dtype=np.float32)
    box = ink_box(image, threshold)
    if box is None:
        return out
    top, bottom, left, right = box
    digit = image[top:bottom, left:right]

    # Step 2: the longer side becomes DIGIT_BOX; the shorter keeps the same proportion
    # (rounded to whole pixels, at least one).
    height, width = digit.shape
    scale = DIGIT_BOX / max(height, width)
    new_height = max(1, min(DIGIT_BOX, round(height * scale)))
    new_width = max(1, min(DIGIT_BOX, round(width * scale)))
    digit = resize_area(digit, new_height, new_width)

    # Step 3: choose the top-left corner so that the centre of mass moves to MNIST_CENTER.
    # floor(x + 0.5) rounds halves up, the same way in both directions.
    com_row, com_col = center_of_mass(digit)
    row0 = math.floor(MNIST_CENTER[0] - com_row + 0.5)
    col0 = math.floor(MNIST_CENTER[1] - com_col + 0.5)
    row0 = min(max(row0, 0), MNIST_SIZE - new_height)  # keep every inked pixel in the frame
    col0 = min(max(col0, 0), MNIST_SIZE - new_width)
    out[row0:row0 + new_height, col0:col0 + new_width] = digit
    return np.clip(out, 0.0, 1.0, out=out)


# ------------------------------------------------------------------ deskewing

MAX_SKEW = 1.0  # shears beyond 45 degrees are not slant but a strange shape: left alone


def _as_image_batch(images):
    """``images`` as a float64 ``(n, 28, 28)`` array; the input's shape, to give back."""
    images = np.asarray(images)
    shape = images.shape
    if images.dtype == np.uint8:
        images = images / 255.0
    elif not np.issubdtype(images.dtype, np.floating):
        raise ValueError(f"expected uint8 or float images, not {images.dtype}")
    n = 1 if images.size == MNIST_SIZE * MNIST_SIZE else len(images)
    return images.reshape(n, MNIST_SIZE, MNIST_SIZE).astype(np.float64, copy=False), shape


def skew(images):
    """How slanted each digit is: ``mu11 / mu02``, one value per image.

    With ``x`` the column and ``y`` the row, measured from the centre of mass and weighted
    by the ink, ``mu11 = sum(ink * x * y)`` and ``mu02 = sum(ink * y * y)``. The ratio is
    the slope of the least-squares line ``x = skew * y`` through the ink: how many columns
    the digit leans per row going down. Rows grow downwards, so a digit leaning to the
    right (top to the right of the bottom) has a *negative* skew. An upright digit has
    skew 0; an image without ink, too.

    ``images``: ``(28, 28)``, ``(n, 28, 28)`` or ``(n, 784)``, uint8 or float.
    """
    batch, _ = _as_image_batch(images)
    return _skew_and_row_centre(batch)[0]


def _skew_and_row_centre(batch):
    rows = np.arange(MNIST_SIZE, dtype=np.float64)
    mass = batch.sum(axis=(1, 2))
    safe = np.where(mass > 0, mass, 1.0)
    row_mass = batch.sum(axis=2)  # (n, 28): ink in each row
    col_mass = batch.sum(axis=1)  # (n, 28): ink in each column
    cy = row_mass @ rows / safe
    cx = col_mass @ rows / safe
    y = rows[None, :] - cy[:, None]  # (n, 28) row offsets from the centre of mass
    x = rows[None, :] - cx[:, None]  # (n, 28) column offsets
    mu02 = np.einsum("nr,nr->n", row_mass, y * y)
    # mu11 = sum over rows of y * (sum over that row's columns of ink * x)
    mu11 = np.einsum("nr,nr->n", np.einsum("nrc,nc->nr", batch, x), y)
    # A digit with (almost) all its ink in one row (a dash) has no slant to measure.
    skews = np.where(mu02 > 1e-6 * safe, mu11 / np.where(mu02 > 0, mu02, 1.0), 0.0)
    return skews, cy


def deskew(images):
    """Straighten slanted digits: shear each image so that its skew (``mu11``) becomes 0.

    The classic moment-based deskewing used with MNIST (e.g. in LeCun et al. 1998's
    "deslanted" results). Every row is slid sideways in proportion to its distance from
    the centre of mass, ``shift = skew * (row - centre row)``, which turns the leaning
    least-squares line through the ink into a vertical one. The centre of mass stays
    where it was (at (14, 14) for an MNIST-style image), rows stay rows, and the sideways
    slide reads between pixels by linear interpolation, so strokes stay anti-aliased.

    Used identically on training images (by the trainer, batch by batch) and on drawn
    digits (by ``Model.prepare``), so the network always sees digits prepared one way.

    ``images``: ``(28, 28)``, ``(n, 28, 28)`` or ``(n, 784)``, uint8 or float in [0, 1].
    Returns float32 images of the same shape. Skews beyond ``MAX_SKEW`` are clipped.
    """
    batch, shape = _as_image_batch(images)
    # In chunks: the index arithmetic below takes ~50 bytes per pixel, 400 MB for the
    # 10,000 test images at once.
    out = np.concatenate([_deskew_batch(batch[i:i + DESKEW_CHUNK])
                          for i in range(0, len(batch), DESKEW_CHUNK)] or
                         [np.zeros((0, MNIST_SIZE, MNIST_SIZE), np.float32)])
    return out.reshape(shape)


DESKEW_CHUNK = 1024


def _deskew_batch(batch):
    """``deskew`` for an ``(n, 28, 28)`` float batch."""
    n = len(batch)
    skews, cy = _skew_and_row_centre(batch)
    skews = np.clip(skews, -MAX_SKEW, MAX_SKEW)
    rows = np.arange(MNIST_SIZE, dtype=np.float64)
    # Output pixel (row r, column c) reads the input at column c + skew * (r - cy):
    # a pixel of the input at column x ends up at x - skew * (r - cy), so for the output
    # sum(ink * x * y) = mu11 - skew * mu02 = 0.
    shift = skews[:, None] * (rows[None, :] - cy[:, None])  # (n, 28): per image and row
    # A whole row moves by the same amount: whole pixels plus a fraction of one.
    whole = np.floor(shift)
    fraction = (shift - whole)[:, :, None].astype(np.float32)  # (n, 28, 1)
    whole = whole.astype(np.intp)
    # Read from a copy with a black margin on both sides, wide enough for the largest
    # shift, so that sources outside the image read 0. Row r of image i starts at
    # flat index (i * 28 + r) * width in it.
    margin = int(np.ceil(MAX_SKEW * MNIST_SIZE)) + 2
    width = MNIST_SIZE + 2 * margin
    padded = np.zeros((n, MNIST_SIZE, width), dtype=np.float32)
    padded[:, :, margin:margin + MNIST_SIZE] = batch
    row_start = (np.arange(n * MNIST_SIZE) * width).reshape(n, MNIST_SIZE) + margin + whole
    index = row_start[:, :, None] + np.arange(MNIST_SIZE)  # (n, 28, 28) flat indices
    flat = padded.ravel()
    out = flat[index] * (1 - fraction) + flat[index + 1] * fraction
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def deskew_uint8(images, chunk_size=2048):
    """``deskew`` a whole data set, stored again as uint8 0-255 (four times smaller than
    float32; rounding to 1/255 is as fine as MNIST's own grey levels). Works in chunks so
    that the float copies stay small. ``images``: ``(n, 28, 28)`` or ``(n, 784)``."""
    images = np.asarray(images)
    out = np.empty(images.shape, dtype=np.uint8)
    for start in range(0, len(images), chunk_size):
        part = deskew(images[start:start + chunk_size])
        out[start:start + chunk_size] = np.rint(part * 255)
    return out
