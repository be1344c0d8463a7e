"""The maths of one digit, layer by layer, with numbers to check your own code against.

For one input ``x`` and a chosen target digit, every Dense layer ``l`` shows:

* forward: its input ``a_prev``, ``z = a_prev @ W + b`` and the activation ``a = f(z)``;
* backward, for the loss of this one example with that target: ``delta = dL/dz`` and the
  gradients ``dL/dW = outer(a_prev, delta)`` and ``dL/db = delta``.

Backward runs in the usual order: ``delta`` of the last layer comes from the loss
(softmax + cross-entropy: ``p - onehot(target)``), and each earlier one is
``delta_l = (delta_{l+1} @ W_{l+1}.T) * f'(z_l)``. The numbers are computed with the engine's
own layers on a float64 twin of the network (the model is never changed), so they are what
the engine computes. In a convolutional network the image layers come first; only the
Dense layers after them are listed (their input is the flattened feature maps).
"""

from dataclasses import dataclass

import numpy as np

from .layers import Dense, Dropout
from .losses import make_loss, outputs_to_probabilities
from .model import class_index, ten_digit_probabilities


@dataclass(frozen=True)
class LayerMaths:
    """One Dense layer for one example (1-D arrays, float64). ``activation``: the name of
    the function after the layer (the output function for the last one)."""

    number: int  # 1 for the first Dense layer
    a_prev: np.ndarray  # its input
    W: np.ndarray
    b: np.ndarray | None
    z: np.ndarray  # a_prev @ W + b
    a: np.ndarray  # f(z)
    activation: str
    delta: np.ndarray  # dL/dz for the target
    dW: np.ndarray  # outer(a_prev, delta)
    db: np.ndarray | None  # delta

    def as_numpy_text(self):
        """The arrays as Python you can paste next to your own code (full precision)."""
        with np.printoptions(threshold=np.inf, precision=17, floatmode="maxprec",
                             linewidth=100):
            lines = [f"# layer {self.number}: z = a_prev @ W + b, a = {self.activation}(z)"]
            lines += [f"{name}{self.number} = np.{value!r}" for name, value in self.arrays()]
        return "\n".join(lines)

    def arrays(self):
        """``(name, array)`` in the order of the maths; no ``b``/``db`` without a bias."""
        names = ("a_prev", "W", "b", "z", "a", "delta", "dW", "db")
        return [(name, getattr(self, name)) for name in names if getattr(self, name) is not None]


@dataclass(frozen=True)
class DigitMaths:
    layers: tuple  # LayerMaths, first to last
    probabilities: np.ndarray  # (10,)
    target: int
    loss: float
    only_dense_shown: bool  # True for a convolutional network (image layers not listed)
    output_digits: tuple  # the digit each output unit stands for (one output: regression)


def one_digit_maths(model, x, target):
    """The forward and backward numbers of ``model`` for one prepared input ``x`` (784,)
    (``Model.prepare``) and target digit ``target``. Raises ``ValueError`` for a target
    the model has no output for (a digit outside a subset model's ``config.digits``)."""
    labels = class_index(model.config, [target])  # ValueError outside config.digits
    twin = model.network.copy(np.float64)
    layers = twin.layers
    out = np.asarray(x, dtype=np.float64).reshape(1, -1)
    records = {}  # dense layer index in layers -> [a_prev, z, a, activation name]
    for i, layer in enumerate(layers):
        a_prev = out
        out = layer.forward(out, False) if isinstance(layer, Dropout) else layer.forward(out)
        if isinstance(layer, Dense):
            records[i] = [a_prev[0].copy(), out[0].copy(), None, None]
        elif records and records[max(records)][2] is None and not isinstance(layer, Dropout):
            records[max(records)][2:] = [out[0].copy(), type(layer).__name__.lower()]
    loss_function = make_loss(model.config.head)
    loss = float(loss_function.forward(out, labels))
    dout = loss_function.backward()
    deltas = {}
    for i in range(len(layers) - 1, -1, -1):
        layer = layers[i]
        if isinstance(layer, Dense):
            deltas[i] = dout[0].copy()  # dL/dz: what arrives at the layer's output
        dout = layer.backward(dout)
        if dout is None:
            break
    result = []
    for number, i in enumerate(sorted(records), start=1):
        a_prev, z, a, activation = records[i]
        layer, delta = layers[i], deltas[i]
        result.append(LayerMaths(number, a_prev, layer.W.copy(),
                                 None if layer.b is None else layer.b.copy(), z,
                                 z.copy() if a is None else a, activation or "identity",
                                 delta, np.outer(a_prev, delta),
                                 None if layer.b is None else delta.copy()))
    probabilities = ten_digit_probabilities(
        model.config, outputs_to_probabilities(model.config.head, out))[0]
    outputs = len(result[-1].z)
    digits = model.config.digits if model.config.digits is not None else tuple(range(10))
    return DigitMaths(tuple(result), probabilities, int(target), loss,
                      bool(twin.conv_layers), tuple(digits) if outputs == len(digits) else ())
