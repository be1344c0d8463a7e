"""Convolutional layers: a small Dense layer slid over every patch of an image.

Conventions (as in ``layers.py``, plus the image layout):

* An image batch is a 4-D array ``x`` of shape ``(n, height, width, channels)``: channels
  last, so one pixel's channels sit next to each other in memory and a patch of pixels is
  a row of numbers, ready for a matrix product. A grey MNIST digit has 1 channel.
* ``forward`` keeps what ``backward`` needs; ``backward(dout)`` returns ``dL/d(input)`` and
  never writes into ``dout``.

The one idea of this module: a convolution with ``k x k`` kernels is a ``Dense`` layer
applied to every ``k x k`` window of the image. Unroll every window into a row (the
"im2col" trick) and the whole layer, for every window of every image of the batch, is one
matrix product; the backward pass is then the backward pass of ``Dense``, plus putting the
windows' gradients back where the windows came from.
"""

import numbers

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .layers import Layer, WeightedLayer


def windows(x, k, out=None):
    """Every ``k x k`` window of ``x`` (n, H, W, C), as rows: ``(n * H' * W', k * k * C)``
    with ``H' = H - k + 1``, ``W' = W - k + 1``, each row ordered (row, column, channel).

    ``sliding_window_view`` makes a view with one entry per window without copying; copying
    the windows once into a plain matrix is what lets a single matrix product (one call into
    BLAS, the fastest code NumPy has) compute the layer for every window at once, instead of
    a Python loop over positions.

    The copy is the slow part, and it is fast when it reads long runs of neighbouring
    values. One row of a window is ``k * C`` neighbours in memory (channels last); one row
    of the image's windows at a fixed kernel offset is ``W'`` neighbours. So the copy goes
    along whichever is longer: window by window for a layer with many channels, offset by
    offset for the first layer (1 channel: its window rows are only ``k`` long, 3x slower
    to copy). The second way fills the matrix column by column (Fortran order): the same
    matrix to NumPy and BLAS (a matrix product reads either order at full speed), only
    laid out differently in memory.

    ``out``: the matrix an earlier call returned, to fill again if it has the right shape.
    Why: the matrix is the largest array of a training step (13 MB for the second layer of
    the convolutional preset), and a fresh one costs the operating system a page fault
    every 4 KB (3-7% of the step's time)."""
    n, height, width, channels = x.shape
    out_h, out_w = height - k + 1, width - k + 1
    view = sliding_window_view(x, (k, k), axis=(1, 2))  # (n, H', W', C, k, k), no copy
    shape = (n * out_h * out_w, k * k * channels)
    if (out is None or out.shape != shape or out.dtype != x.dtype
            or not (out.flags.c_contiguous or out.flags.f_contiguous)):
        out = np.empty(shape, dtype=x.dtype, order="C" if k * channels >= out_w else "F")
    if out.flags.c_contiguous:  # window by window: (n, H', W', k, k, C), a channel's values adjacent
        out.reshape(n, out_h, out_w, k, k, channels)[...] = view.transpose(0, 1, 2, 4, 5, 3)
    else:  # offset by offset: (k, k, C, n, H', W'), one image row at a time
        out.T.reshape(k, k, channels, n, out_h, out_w)[...] = view.transpose(4, 5, 3, 0, 1, 2)
    return out


def image_batch(layer, x, channels=None):
    """``x`` checked as an image batch ``(n, height, width, channels)`` of floats for
    ``layer`` (integers are read as floats); ``channels``: how many it must have."""
    x = layer._float_input(x)
    if x.ndim != 4:
        raise ValueError(f"{layer.label}: input must be an image batch (n, height, width, "
                         f"channels), not shape {x.shape}")
    if channels is not None and x.shape[3] != channels:
        raise ValueError(f"{layer.label}: input has {x.shape[3]} channels, "
                         f"{layer.weight_name} expects {channels} (W has shape {layer.W.shape})")
    return x


class Conv2D(WeightedLayer):
    """A convolution: ``out_channels`` filters of ``k x k x in_channels`` weights, stride 1.

    Shapes: ``x`` (n, H, W, C_in); ``W`` (k, k, C_in, C_out); ``b`` (C_out,);
    ``y`` (n, H', W', C_out), with ``H' = H - k + 1`` for ``padding="valid"`` (only windows
    that fit inside the image) and ``H' = H`` for ``padding="same"`` (the image is framed
    with ``k // 2`` zeros first; ``k`` odd).

    Each output pixel is ``y[i, r, c, f] = sum(window(r, c) * W[..., f]) + b[f]``. With the
    windows unrolled into rows ``X`` (see ``windows``) and ``W`` read as a matrix
    ``(k*k*C_in, C_out)``, that is ``Y = X @ W + b``: a ``Dense`` layer whose batch is every
    window of every image. So the local derivatives are those of ``Dense``, with
    ``dout = dL/dy`` read as a matrix ``D`` (one row per window):

    * ``dL/dW = X.T @ D``   (summed over every window: the same filter is used everywhere)
    * ``dL/db = D summed over every window``
    * ``dL/dX = D @ W.T``, and a pixel's ``dL/dx`` is the sum of its entries in every window
      that contains it (up to ``k*k`` of them; "col2im"): pixel ``x[r + i, c + j]`` sits at
      offset ``(i, j)`` of window ``(r, c)``, so it gets ``D[window (r, c)] @ W[i, j].T``.
    """

    W_DIMENSIONS = 4

    def __init__(self, W, b=None, padding="valid"):
        if padding not in ("valid", "same"):
            raise ValueError(f"padding must be 'valid' or 'same', not {padding!r}")
        self.W = W
        if W.shape[0] != W.shape[1] or W.shape[0] < 1:
            raise ValueError(f"Conv2D: W must be (k, k, in_channels, out_channels) with square "
                             f"k x k kernels, not shape {W.shape}")
        if padding == "same" and W.shape[0] % 2 == 0:
            raise ValueError(f"'same' padding needs an odd kernel size, not {W.shape[0]}")
        self.b = b
        self.padding = padding
        self.dW = np.zeros_like(W)
        self.db = None if b is None else np.zeros_like(b)
        self.needs_input_grad = True  # False for the first layer (see Dense)
        self.rows = self.input_shape = None

    @property
    def kernel_size(self):
        return self.W.shape[0]

    @property
    def in_channels(self):
        return self.W.shape[2]

    @property
    def out_channels(self):
        return self.W.shape[3]

    def _pad(self, x):
        p = self.kernel_size // 2 if self.padding == "same" else 0
        return x if p == 0 else np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))

    def forward(self, x):
        x = self._pad(image_batch(self, x, self.in_channels))
        k = self.kernel_size
        n, height, width, _ = x.shape
        if height < k or width < k:
            raise ValueError(f"{self.label}: the input ({height} x {width}"
                             f"{', padded' if self.padding == 'same' else ''}) is smaller than "
                             f"the {k} x {k} kernel: there is no window to convolve")
        self.input_shape = x.shape  # padded: backward puts gradients here, then crops
        # Last batch's matrix, filled again (see windows). Like every layer's caches, it
        # belongs to one thread: the app gives other threads their own copy of a network.
        self.rows = windows(x, k, out=self.rows)
        out_h, out_w = height - k + 1, width - k + 1
        y = self.rows @ self.W.reshape(-1, self.out_channels)
        y = y.reshape(n, out_h * out_w * self.out_channels)  # one row per image
        if self.b is not None:
            # The biases repeated for every position, added to each image's row: one long
            # run of numbers per image. (``y += b`` on the (windows, C_out) matrix works in
            # runs of C_out values, and NumPy's loop pays a fixed cost per run: the addition
            # takes twice as long for the preset's first layer.)
            y += np.tile(self.b, out_h * out_w)
        return self._output(y.reshape(n, out_h, out_w, self.out_channels))

    def backward(self, dout):
        dout = self._check_dout(dout)
        D = dout.reshape(-1, self.out_channels)  # one row per window
        np.matmul(self.rows.T, D, out=self.dW.reshape(-1, self.out_channels))
        if self.b is not None:
            # The sum over every window, as a matrix-vector product: BLAS adds up a tall
            # matrix's rows several times faster than np.sum(D, axis=0).
            np.matmul(np.ones(len(D), dtype=D.dtype), D, out=self.db)
        if not self.needs_input_grad:
            return None
        k = self.kernel_size
        n, out_h, out_w, _ = dout.shape
        # dL/dX = D @ W.T, then col2im. Done per kernel offset (i, j): the pixels that
        # offset read, x[:, r + i, c + j], get D @ W[i, j].T (one small matrix product
        # each). k*k products and additions of whole arrays, instead of materialising
        # D @ W.T (k*k times larger than x) and adding it back in small strided pieces.
        # The sums are laid out positions first, images next: (H, W, n, C), not (n, H, W,
        # C). Why: the pixels one offset reads are then a block of whole rows of W' * n * C
        # neighbours in memory (16,384 values in the preset's second conv layer), not n * H'
        # runs of W' * C (128); NumPy's loop pays a fixed cost per run, which was most of
        # the additions' time (this way the input gradient takes 0.7x the time).
        D = np.ascontiguousarray(dout.transpose(1, 2, 0, 3)).reshape(-1, self.out_channels)
        height, width = self.input_shape[1:3]
        dx = np.zeros((height, width, n, self.in_channels), dtype=dout.dtype)
        for i in range(k):
            for j in range(k):
                dx[i:i + out_h, j:j + out_w] += (D @ self.W[i, j].T).reshape(
                    out_h, out_w, n, self.in_channels)
        p = k // 2 if self.padding == "same" else 0
        # Back to (n, H, W, C), without the 'same' padding's frame.
        return np.ascontiguousarray(dx[p:height - p, p:width - p].transpose(2, 0, 1, 3))


class MaxPool2D(Layer):
    """Keep the largest value of each ``size x size`` block (stride ``size``), per channel.

    Shapes: ``x`` (n, H, W, C) -> ``y`` (n, H // size, W // size, C); rows or columns left
    over when ``size`` does not divide ``H`` are dropped (as PyTorch does).

    Local derivative: ``y`` is one of the block's inputs, so ``dy/dx`` is 1 for the input
    that was the largest and 0 for the others: ``dL/dx`` is ``dout`` at the winner of each
    block and 0 elsewhere. If several inputs tie for the largest, the first one wins (only
    one of them: a tie is common in MNIST, where identical strokes give identical values,
    and passing ``dout`` to both would double the gradient).
    """

    def __init__(self, size=2):
        if isinstance(size, bool) or not isinstance(size, numbers.Integral) or size < 1:
            raise ValueError(f"MaxPool2D: the pool size must be a whole number >= 1, not {size!r}")
        self.size = int(size)
        self.planes = self.y = self.input_shape = None

    def _blocks(self, x):
        """``x`` as ``(n, H//s, s, W//s, s, C)``: block (r, c) is ``[:, r, :, c, :, :]``.
        A reshape, no copy, when ``s`` divides the size (otherwise the leftover is cut)."""
        s = self.size
        n, height, width, channels = x.shape
        h, w = height // s, width // s
        return x[:, :h * s, :w * s, :].reshape(n, h, s, w, s, channels)

    def forward(self, x):
        x = image_batch(self, x)
        if self.size > min(x.shape[1:3]):
            raise ValueError(f"{self.label}: the pool size {self.size} is bigger than the input "
                             f"({x.shape[1]} x {x.shape[2]}): no whole block fits")
        self.input_shape = x.shape
        # The s*s planes "input (i, j) of every block", copied once into one array
        # (s, s, n, H//s, W//s, C). Why the copy: with channels last, input (i, j) of every
        # block is a view that jumps after every C values, and NumPy's loops over such
        # short runs (16 values in the first pooling layer) are ~9x slower than over a
        # contiguous array. One strided copy here makes the maximum below and backward's
        # comparisons contiguous (backward 1.4-1.5x faster than comparing the views).
        self.planes = np.ascontiguousarray(self._blocks(x).transpose(2, 4, 0, 1, 3, 5))
        self.y = self.planes.max(axis=(0, 1))
        return self._output(self.y)

    def backward(self, dout):
        dout = self._check_dout(dout)
        s = self.size
        n, h, w, channels = dout.shape
        wins = (self.planes == self.y).reshape(s * s, n, h, w, channels)  # every input equal to the max
        taken = wins[0].copy()  # blocks whose winner is already found: the first one wins
        for won in wins[1:]:
            np.greater(won, taken, out=won)  # True > False: wins here, not before
            taken |= won
        dplanes = (wins * dout).reshape(s, s, n, h, w, channels)
        # Back to the image's layout; zeros are only needed for dropped rows/columns.
        leftover = self.input_shape[1] % s or self.input_shape[2] % s
        dx = (np.zeros if leftover else np.empty)(self.input_shape, dtype=dout.dtype)
        self._blocks(dx)[...] = dplanes.transpose(2, 3, 0, 4, 1, 5)
        return dx


class Flatten(Layer):
    """``(n, H, W, C) -> (n, H * W * C)``: the image layers' output as one row per example,
    for the ``Dense`` layers that follow. ``dL/dx`` is ``dout`` reshaped back."""

    input_shape = None

    def forward(self, x):
        x = self._float_input(x)
        if x.ndim < 2:
            raise ValueError(f"{self.label}: input must be a batch (n, ...), not shape {x.shape}")
        self.input_shape = x.shape
        return self._output(x.reshape(len(x), -1))

    def backward(self, dout):
        return self._check_dout(dout).reshape(self.input_shape)


class AsImage(Layer):
    """``(n, 784) -> (n, 28, 28, 1)``: the network's input rows as one-channel images, for a
    first ``Conv2D``. Nothing to learn; ``dL/dx`` is ``dout`` reshaped back."""

    def __init__(self, height=28, width=28):
        self.height, self.width = height, width

    def forward(self, x):
        x = self._float_input(x)
        pixels = self.height * self.width
        if x.ndim != 2 or x.shape[1] != pixels:
            raise ValueError(f"{self.label}: input must be rows of {pixels} pixels (n, {pixels}) "
                             f"for {self.height} x {self.width} images, not shape {x.shape}")
        return self._output(x.reshape(len(x), self.height, self.width, 1))

    def backward(self, dout):
        return self._check_dout(dout).reshape(len(dout), -1)
