"""Layers: each one has a ``forward`` and a ``backward`` you can check against the maths.

Conventions used everywhere in the engine:

* A batch is a 2-D array ``x`` of shape ``(n, features)``: one example per row.
* ``forward(x)`` computes the layer's output and keeps what ``backward`` will need.
* ``backward(dout)`` receives ``dL/d(output)`` (same shape as the output) and returns
  ``dL/d(input)`` (same shape as the input). A layer with parameters also stores their
  gradients (``dW``, ``db``) so the optimiser can use them.
* ``backward`` never writes into the ``dout`` it was given: the caller may still need it.

Every layer refuses what it cannot make sense of, with an error that says what was wrong:
``backward`` before any ``forward`` (``BackwardBeforeForward``), a ``dout`` whose shape is
not the output's, an input of the wrong shape for the weights. Integer inputs are read as
floats: ``0.01 * x`` on an integer array would otherwise be rounded to whole numbers.
"""

import math
import numbers

import numpy as np


class BackwardBeforeForward(RuntimeError):
    """``backward`` was called on a layer (or a loss) that has not run ``forward`` yet:
    the backward pass needs what the forward pass keeps (its input or its output)."""


def as_float_array(x, what, dtype=np.float64):
    """``x`` as a NumPy array of floats. Floats are returned as they are (no copy);
    integers and booleans become ``dtype``, so that ``0.01 * x`` is not truncated back to
    whole numbers. Anything else (strings, objects, complex numbers) is refused, naming
    ``what`` it was."""
    x = np.asarray(x)
    if x.dtype.kind == "f":
        return x
    if x.dtype.kind in "iub":
        return x.astype(dtype)
    raise TypeError(f"{what} must be an array of real numbers, not dtype {x.dtype}")


def real_number(value, what):
    """``value`` as a Python float, if it is a finite real number (int, float or a NumPy
    scalar; not a bool, not a string); otherwise a ``TypeError``/``ValueError`` naming
    ``what`` it was meant to be."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{what} must be a number, not {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value}")
    return value


class Layer:
    """What every layer shares: the bookkeeping that lets ``backward`` refuse to run
    before ``forward``, or on a ``dout`` of the wrong shape.

    ``forward`` ends with ``return self._output(y)``, which remembers the output's shape;
    ``backward`` starts with ``dout = self._check_dout(dout)``."""

    output_shape = None  # set by the first forward pass

    @property
    def label(self):
        """How error messages name the layer: its class, and for a layer with weights the
        name of its weight tensor in the network (``Dense W1``)."""
        name = getattr(self, "weight_name", None)
        return type(self).__name__ + (f" {name}" if name else "")

    def _float_input(self, x, dtype=np.float64):
        """``x`` as floats (``as_float_array``), naming this layer if it cannot be. (The
        message is only written when needed: this runs on every forward pass.)"""
        x = np.asarray(x)
        return x if x.dtype.kind == "f" else as_float_array(x, f"{self.label}: input", dtype)

    def _output(self, y):
        """``y``, the forward pass's output, after noting its shape: the shape ``backward``
        expects its ``dout`` in (and proof that a forward pass ran)."""
        self.output_shape = y.shape
        return y

    def _last_batch(self, kept):
        """``kept`` (what the last forward pass kept), for a diagnostic that reads it; a
        ``RuntimeError`` naming the layer if no batch has gone forward yet."""
        if kept is None:
            raise RuntimeError(f"{self.label}: no batch has gone forward yet, so there is "
                               "nothing to measure; run forward on a batch first")
        return kept

    def _check_dout(self, dout):
        """``dout`` as floats, if a forward pass ran and ``dout`` has its output's shape
        (``BackwardBeforeForward`` or ``ValueError``, naming the layer, otherwise). A
        ``dout`` of the wrong shape would often broadcast without an error: a (n, 1)
        column times a sigmoid's (n, 10) output gives a gradient of the wrong meaning."""
        if self.output_shape is None:
            raise BackwardBeforeForward(
                f"{self.label}: backward() was called before forward(); run forward on a "
                "batch first (backward needs what forward keeps)")
        dout = np.asarray(dout)
        if dout.dtype.kind != "f":
            dout = as_float_array(dout, f"{self.label}: dout")
        if dout.shape != self.output_shape:
            raise ValueError(f"{self.label}: dout has shape {dout.shape}, but the layer's "
                             f"output (from the last forward) has shape {self.output_shape}")
        return dout


def weight_array(value, what, ndim):
    """``value`` checked as a layer's weight tensor: a NumPy array of floats with ``ndim``
    dimensions (it is updated in place, so it is not converted: a list or an integer array
    is refused rather than silently copied)."""
    if not isinstance(value, np.ndarray):
        raise TypeError(f"{what} must be a NumPy array, not {type(value).__name__}")
    if value.dtype.kind != "f":
        raise TypeError(f"{what} must hold floats (float32 or float64), not {value.dtype}: "
                        "integer weights cannot take small steps")
    if value.ndim != ndim:
        raise ValueError(f"{what} must have {ndim} dimensions, not shape {value.shape}")
    return value


class WeightedLayer(Layer):
    """A layer with a weight tensor ``W`` and an optional bias ``b`` (one per output
    channel), and their gradients ``dW`` and ``db``. Assigning ``W`` or ``b`` checks the
    shape: a layer's size is fixed once it is built (the optimiser and the gradient arrays
    hold on to arrays of that shape), so ``W`` must keep its shape and ``b`` must have one
    entry per output."""

    W_DIMENSIONS = 2
    weight_name = "W"  # the network renames it W1, W2, ... (see Network)

    @property
    def W(self):
        return self._W

    @W.setter
    def W(self, value):
        value = weight_array(value, f"{self.label}: W", self.W_DIMENSIONS)
        old = getattr(self, "_W", None)
        if old is not None and value.shape != old.shape:
            raise ValueError(f"{self.label}: W has shape {old.shape}, the new value {value.shape}; "
                             "a layer's size is fixed (build a new layer for another size)")
        self._W = value

    @property
    def b(self):
        return self._b

    @b.setter
    def b(self, value):
        if value is not None:
            value = weight_array(value, f"{self.label}: b", 1)
            if value.shape != (self.W.shape[-1],):
                raise ValueError(f"{self.label}: b has shape {value.shape}, but W {self.W.shape} "
                                 f"has {self.W.shape[-1]} outputs: b needs shape ({self.W.shape[-1]},)")
        self._b = value

    def parameters(self):
        """``(name, value, gradient)`` for each parameter; the arrays are updated in place."""
        params = [("W", self.W, self.dW)]
        if self.b is not None:
            params.append(("b", self.b, self.db))
        return params


class Dense(WeightedLayer):
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
        # W and b read once: each self.W is a call to the checking property (WeightedLayer),
        # and forward and backward run for every batch.
        W, b = self.W, self.b
        x = self._float_input(x, W.dtype)
        if x.ndim != 2:
            hint = " (one example? x.reshape(1, -1))" if x.ndim == 1 else ""
            raise ValueError(f"{self.label}: input must be a batch of rows (n, {W.shape[0]}), "
                             f"not shape {x.shape}{hint}")
        if x.shape[1] != W.shape[0]:
            raise ValueError(f"{self.label}: input has {x.shape[1]} features, "
                             f"{self.weight_name} expects {W.shape[0]} (W has shape {W.shape})")
        self.x = x
        y = x @ W
        if b is not None:
            y += b  # broadcast: the same bias for every row
        return self._output(y)

    def backward(self, dout):
        dout = self._check_dout(dout)
        np.matmul(self.x.T, dout, out=self.dW)
        if self.b is not None:
            dout.sum(axis=0, out=self.db)  # the method: np.sum(...) adds a slow Python wrapper
        if not self.needs_input_grad:
            return None
        return dout @ self.W.T


class Sigmoid(Layer):
    """``y = 1 / (1 + exp(-x))``, with ``dy/dx = y * (1 - y)``.

    The derivative is written in terms of the *output* ``y``: that is why the layer keeps
    ``y``. (Seed 003 applied ``1 - sigmoid(a)`` to an ``a`` that was already an output.)
    """

    y = None

    def forward(self, x):
        x = self._float_input(x)
        # exp(-x) overflows to inf for very negative x; 1 / (1 + inf) = 0 is exactly the
        # limit we want, so the overflow warning is noise here.
        with np.errstate(over="ignore"):
            self.y = 1.0 / (1.0 + np.exp(-x))
        return self._output(self.y)

    def backward(self, dout):
        dout = self._check_dout(dout)
        return dout * (self.y * (1.0 - self.y))

    def saturated_fraction(self, threshold=0.05):
        """Share of outputs within ``threshold`` of 0 or 1, where ``y * (1 - y)`` ~ 0 and
        almost no gradient flows back."""
        y = self._last_batch(self.y)
        return float(np.mean((y < threshold) | (y > 1.0 - threshold)))


class Tanh(Layer):
    """``y = tanh(x)``, with ``dy/dx = 1 - y**2``."""

    y = None

    def forward(self, x):
        self.y = np.tanh(self._float_input(x))
        return self._output(self.y)

    def backward(self, dout):
        dout = self._check_dout(dout)
        return dout * (1.0 - self.y * self.y)

    def saturated_fraction(self, threshold=0.05):
        """Share of outputs within ``threshold`` of -1 or 1, where ``1 - y**2`` ~ 0."""
        return float(np.mean(np.abs(self._last_batch(self.y)) > 1.0 - threshold))


class ReLU(Layer):
    """``y = max(0, x)``, with ``dy/dx = 1`` where ``x > 0`` and ``0`` elsewhere."""

    active = None

    def forward(self, x):
        x = self._float_input(x)
        self.active = x > 0
        return self._output(np.maximum(x, 0))

    def backward(self, dout):
        dout = self._check_dout(dout)
        # A new array, so the caller's dout stays untouched.
        return dout * self.active

    def dead_fraction(self):
        """Share of units that output 0 for every example of the last batch: their
        gradient is 0 too, so (for this batch) they cannot learn."""
        return dead_share(self._last_batch(self.active))


def dead_share(active):
    """Share of units never active in the batch. A unit is a column of a dense layer's
    output (n, units), or a channel of an image layer's (n, H, W, channels): a conv filter
    is one unit used at every position, dead if it is silent at all of them."""
    per_unit = active.reshape(-1, active.shape[-1]).any(axis=0)
    return float(np.mean(~per_unit))


class LeakyReLU(Layer):
    """``y = x`` where ``x > 0``, else ``alpha * x``; ``dy/dx`` is 1 or ``alpha``.

    The small slope keeps a gradient flowing through units that a plain ReLU would kill.
    ``alpha`` is a float in [0, 1) (an int 0 is read as 0.0): at 1 the layer would be the
    identity, and above 1 it would no longer be a ReLU at all.
    """

    active = None

    def __init__(self, alpha=0.01):
        alpha = real_number(alpha, "LeakyReLU: alpha")
        if not 0 <= alpha < 1:
            raise ValueError(f"LeakyReLU: alpha must be in [0, 1), not {alpha}")
        self.alpha = alpha

    def forward(self, x):
        x = self._float_input(x)
        self.active = x > 0
        return self._output(np.where(self.active, x, x * x.dtype.type(self.alpha)))

    def backward(self, dout):
        dout = self._check_dout(dout)
        slope = np.where(self.active, dout.dtype.type(1), dout.dtype.type(self.alpha))
        return dout * slope

    def dead_fraction(self):
        """Share of units that were negative for every example (slope ``alpha`` only)."""
        return dead_share(self._last_batch(self.active))


class Identity(Layer):
    """``y = x``, with ``dy/dx = 1`` (so ``dL/dx = dout``): the output layer of a linear
    head. Exists so every head has the same shape of code: Dense, then an output function."""

    def forward(self, x):
        return self._output(self._float_input(x))

    def backward(self, dout):
        return self._check_dout(dout)


ACTIVATIONS = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
}


class Dropout(Layer):
    """While training, zero each input with probability ``rate`` and scale the others by
    ``1 / (1 - rate)`` ("inverted dropout"), so the expected output is ``x`` and nothing
    has to change when the network is used: there (``training=False``) ``y = x``.

    With the random ``mask`` (1 for a kept input, 0 for a dropped one) fixed, the layer is
    ``y = x * mask / (1 - rate)``, so ``dy/dx = mask / (1 - rate)``: a dropped input gets no
    gradient, a kept one gets ``dout`` scaled like its value was. The layer keeps that one
    array, ``mask / (1 - rate)``, as ``scale``: forward and backward both multiply by it.

    Units cannot count on any one neighbour being there, which keeps them from
    co-adapting: a regulariser, like L2.
    """

    def __init__(self, rate=0.5, rng=None):
        rate = real_number(rate, "Dropout: rate")
        if not 0 <= rate < 1:
            raise ValueError(f"Dropout: rate must be in [0, 1), not {rate}")
        self.rate = rate  # a float: an int rate 0 must not make 1 / (1 - rate) integer
        self.rng = np.random.default_rng() if rng is None else rng
        # The gradient check needs the same function on every forward pass: with
        # keep_mask set, the mask of the first training pass is reused.
        self.keep_mask = False
        self.scale = None

    def forward(self, x, training=False):
        x = self._float_input(x)
        if not training or self.rate == 0:
            self.scale = None
            return self._output(x)
        if not (self.keep_mask and self.scale is not None and self.scale.shape == x.shape):
            keep = self.rng.random(x.shape, dtype=np.float32) >= self.rate
            self.scale = keep * x.dtype.type(1.0 / (1.0 - self.rate))
        return self._output(x * self.scale.astype(x.dtype, copy=False))

    def backward(self, dout):
        dout = self._check_dout(dout)
        if self.scale is None:  # the forward pass was not training: y = x
            return dout
        return dout * self.scale.astype(dout.dtype, copy=False)
