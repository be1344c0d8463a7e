"""Layers: each one has a ``forward`` and a ``backward`` you can check against the maths.

Conventions used everywhere in the engine:

* A batch is a 2-D array ``x`` of shape ``(n, features)``: one example per row.
* ``forward(x)`` computes the layer's output and keeps what ``backward`` will need.
* ``backward(dout)`` receives ``dL/d(output)`` (same shape as the output) and returns
  ``dL/d(input)`` (same shape as the input). A layer with parameters also stores their
  gradients (``dW``, ``db``) so the optimiser can use them.
* ``backward`` never writes into the ``dout`` it was given: the caller may still need it.
"""

import numpy as np


class Dense:
    """A fully connected layer: ``y = x @ W + b``.

    Shapes: ``x`` (n, fan_in), ``W`` (fan_in, fan_out), ``b`` (fan_out,), ``y`` (n, fan_out).

    The local derivatives, with ``dout = dL/dy``:

    * ``dL/dW = x.T @ dout``   (each weight W[i, j] carries x[:, i] into y[:, j])
    * ``dL/db = dout summed over the batch``
    * ``dL/dx = dout @ W.T``
    """

    def __init__(self, W, b=None):
        self.W = W
        self.b = b  # None: a layer without bias (seed 000 used none)
        # The gradient arrays live as long as the layer, so an optimiser can hold on to
        # them; backward() overwrites them in place.
        self.dW = np.zeros_like(W)
        self.db = None if b is None else np.zeros_like(b)
        # The first layer's input is the image itself: nobody needs dL/dx there, and
        # skipping it saves the largest matrix product of the backward pass.
        self.needs_input_grad = True
        self.x = None

    @property
    def fan_in(self):
        return self.W.shape[0]

    @property
    def fan_out(self):
        return self.W.shape[1]

    def forward(self, x):
        self.x = x
        y = x @ self.W
        if self.b is not None:
            y += self.b  # broadcast: the same bias for every row
        return y

    def backward(self, dout):
        np.matmul(self.x.T, dout, out=self.dW)
        if self.b is not None:
            dout.sum(axis=0, out=self.db)  # the method: np.sum(...) adds a slow Python wrapper
        if not self.needs_input_grad:
            return None
        return dout @ self.W.T

    def parameters(self):
        """``(name, value, gradient)`` for each parameter; the arrays are updated in place."""
        params = [("W", self.W, self.dW)]
        if self.b is not None:
            params.append(("b", self.b, self.db))
        return params


class Sigmoid:
    """``y = 1 / (1 + exp(-x))``, with ``dy/dx = y * (1 - y)``.

    The derivative is written in terms of the *output* ``y``: that is why the layer keeps
    ``y``. (Seed 003 applied ``1 - sigmoid(a)`` to an ``a`` that was already an output.)
    """

    def forward(self, x):
        # exp(-x) overflows to inf for very negative x; 1 / (1 + inf) = 0 is exactly the
        # limit we want, so the overflow warning is noise here.
        with np.errstate(over="ignore"):
            self.y = 1.0 / (1.0 + np.exp(-x))
        return self.y

    def backward(self, dout):
        return dout * (self.y * (1.0 - self.y))

    def saturated_fraction(self, threshold=0.05):
        """Share of outputs within ``threshold`` of 0 or 1, where ``y * (1 - y)`` ~ 0 and
        almost no gradient flows back."""
        y = self.y
        return float(np.mean((y < threshold) | (y > 1.0 - threshold)))


class Tanh:
    """``y = tanh(x)``, with ``dy/dx = 1 - y**2``."""

    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dout):
        return dout * (1.0 - self.y * self.y)

    def saturated_fraction(self, threshold=0.05):
        """Share of outputs within ``threshold`` of -1 or 1, where ``1 - y**2`` ~ 0."""
        return float(np.mean(np.abs(self.y) > 1.0 - threshold))


class ReLU:
    """``y = max(0, x)``, with ``dy/dx = 1`` where ``x > 0`` and ``0`` elsewhere."""

    def forward(self, x):
        self.active = x > 0
        return np.maximum(x, 0)

    def backward(self, dout):
        # A new array, so the caller's dout stays untouched.
        return dout * self.active

    def dead_fraction(self):
        """Share of units that output 0 for every example of the last batch: their
        gradient is 0 too, so (for this batch) they cannot learn."""
        return dead_share(self.active)


def dead_share(active):
    """Share of units never active in the batch. A unit is a column of a dense layer's
    output (n, units), or a channel of an image layer's (n, H, W, channels): a conv filter
    is one unit used at every position, dead if it is silent at all of them."""
    per_unit = active.reshape(-1, active.shape[-1]).any(axis=0)
    return float(np.mean(~per_unit))


class LeakyReLU:
    """``y = x`` where ``x > 0``, else ``alpha * x``; ``dy/dx`` is 1 or ``alpha``.

    The small slope keeps a gradient flowing through units that a plain ReLU would kill.
    """

    def __init__(self, alpha=0.01):
        self.alpha = alpha

    def forward(self, x):
        self.active = x > 0
        return np.where(self.active, x, x * x.dtype.type(self.alpha))

    def backward(self, dout):
        slope = np.where(self.active, dout.dtype.type(1), dout.dtype.type(self.alpha))
        return dout * slope

    def dead_fraction(self):
        """Share of units that were negative for every example (slope ``alpha`` only)."""
        return dead_share(self.active)


class Identity:
    """``y = x``: the output layer of a linear head. Exists so every head has the same shape
    of code: Dense, then an output function."""

    def forward(self, x):
        return x

    def backward(self, dout):
        return dout


ACTIVATIONS = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
}


class Dropout:
    """While training, zero each input with probability ``rate`` and scale the others by
    ``1 / (1 - rate)`` ("inverted dropout"), so the expected output is ``x`` and nothing
    has to change when the network is used: there (``training=False``) ``y = x``.

    With the random ``mask`` (1 for a kept input, 0 for a dropped one) fixed, the layer is
    ``y = x * mask / (1 - rate)``, so ``dy/dx = mask / (1 - rate)``: a dropped input gets no
    gradient, a kept one gets ``dout`` scaled like its value was.

    Units cannot count on any one neighbour being there, which keeps them from
    co-adapting: a regulariser, like L2.
    """

    def __init__(self, rate=0.5, rng=None):
        if not 0 <= rate < 1:
            raise ValueError(f"dropout rate must be in [0, 1), not {rate}")
        self.rate = rate
        self.rng = np.random.default_rng() if rng is None else rng
        # The gradient check needs the same function on every forward pass: with
        # keep_mask set, the mask of the first training pass is reused.
        self.keep_mask = False
        self.scale = None

    def forward(self, x, training=False):
        if not training or self.rate == 0:
            self.scale = None
            return x
        if not (self.keep_mask and self.scale is not None and self.scale.shape == x.shape):
            keep = self.rng.random(x.shape, dtype=np.float32) >= self.rate
            self.scale = keep * x.dtype.type(1.0 / (1.0 - self.rate))
        return x * self.scale.astype(x.dtype, copy=False)

    def backward(self, dout):
        if self.scale is None:  # the forward pass was not training: y = x
            return dout
        return dout * self.scale.astype(dout.dtype, copy=False)
