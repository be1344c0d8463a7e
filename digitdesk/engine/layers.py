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
            np.sum(dout, axis=0, out=self.db)
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
        return float(np.mean(~self.active.any(axis=0)))


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
        return float(np.mean(~self.active.any(axis=0)))


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
