"""A network is a list of layers run forwards, then backwards in reverse order."""

import copy

import numpy as np

from .architecture import INPUT_SHAPE, layer_plan, parse_layer
from .buglab import break_sigmoids
from .conv import AsImage, Conv2D, Flatten, MaxPool2D
from .initializers import init_weights
from .layers import ACTIVATIONS, Dense, Dropout, Identity, Sigmoid
from .losses import HEADS

# A conv layer's biases start at this, not 0: see build_network.
CONV_BIAS_START = 0.01
# What each layer remembers of its last batch (for backward): emptied in a copy.
_CACHES = ("x", "y", "active", "rows", "planes", "scale", "input_shape", "output_shape")


class Network:
    """A stack of layers ending in an output function. An MLP is ``Dense, activation, ...,
    Dense, output function``; a convolutional network starts with image layers
    (``AsImage, Conv2D, activation, MaxPool2D, ..., Flatten``) before its Dense layers.

    ``forward(x)`` takes ``x`` of shape (n, 784) and returns the head's outputs (n, outputs):
    one output per class (10, or 2 for a network trained on digits 3 and 7), or 1 for a
    regression head. Logits for softmax_ce, sigmoid or linear outputs for the squared-error
    heads.
    """

    def __init__(self, layers):
        self.layers = list(layers)
        # The layers with parameters (Dense and Conv2D), in order: W1/b1 is the first one's.
        self.weighted_layers = [layer for layer in self.layers if hasattr(layer, "parameters")]
        self.dense_layers = [layer for layer in self.layers if isinstance(layer, Dense)]
        self.conv_layers = [layer for layer in self.layers if isinstance(layer, Conv2D)]
        if not self.weighted_layers:
            raise ValueError("a network needs at least one layer with weights (Dense or Conv2D)")
        for number, layer in enumerate(self.weighted_layers, start=1):
            layer.weight_name = f"W{number}"  # as parameters() names it, for error messages
        # Nobody needs the gradient with respect to the input image (see Dense).
        self.weighted_layers[0].needs_input_grad = False

    def forward(self, x, training=False):
        """``training=True`` while training: dropout layers drop (otherwise they pass ``x``)."""
        for layer in self.layers:
            x = layer.forward(x, training) if isinstance(layer, Dropout) else layer.forward(x)
        return x

    def backward(self, dout):
        """Backpropagate ``dL/d(outputs)``; every weighted layer ends up holding its gradients."""
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
            if dout is None:  # the first weighted layer: nothing below it needs a gradient
                break

    def parameters(self):
        """``(name, value, grad)`` for every parameter, named ``W1, b1, W2, ...`` in layer order."""
        params = []
        for i, layer in enumerate(self.weighted_layers, start=1):
            for name, value, grad in layer.parameters():
                params.append((f"{name}{i}", value, grad))
        return params

    @property
    def dtype(self):
        return self.weighted_layers[0].W.dtype

    @property
    def layer_sizes(self):
        """``[inputs, *units, outputs]`` of the Dense layers (an MLP's sizes)."""
        return [self.dense_layers[0].fan_in] + [layer.fan_out for layer in self.dense_layers]

    @property
    def outputs(self):
        return self.dense_layers[-1].fan_out

    def weights(self):
        """A copy of every parameter as ``{name: array}``: a snapshot that later training
        cannot change."""
        return {name: value.copy() for name, value, _ in self.parameters()}

    def set_weights(self, weights):
        """Copy arrays into the existing parameters (so optimisers keep valid references).
        Checks names and shapes first, and changes nothing if any is wrong."""
        params = {name: value for name, value, _ in self.parameters()}
        missing = sorted(set(params) - set(weights))
        extra = sorted(set(weights) - set(params))
        if missing or extra:
            raise ValueError(f"weights do not match the network: missing {missing}, unexpected {extra}")
        for name, value in params.items():
            if np.shape(weights[name]) != value.shape:
                raise ValueError(f"{name} has shape {np.shape(weights[name])}, the network needs {value.shape}")
        for name, value in params.items():
            np.copyto(value, weights[name], casting="same_kind")

    def copy(self, dtype=None):
        """An independent network with copies of the weights (a snapshot), converted to
        ``dtype`` if given (the gradient check and the explanations use float64 twins)."""
        layers = []
        for layer in self.layers:
            twin = copy.copy(layer)  # the settings; the arrays are replaced just below
            for cached in _CACHES:
                if hasattr(twin, cached):
                    setattr(twin, cached, None)
            if hasattr(layer, "parameters"):
                twin.W = layer.W.astype(dtype or layer.W.dtype)  # astype copies
                twin.dW = np.zeros_like(twin.W)
                if layer.b is not None:
                    twin.b = layer.b.astype(dtype or layer.b.dtype)
                    twin.db = np.zeros_like(twin.b)
            if isinstance(layer, Dropout):
                twin.rng = copy.deepcopy(layer.rng)  # a generator is not shared across threads
            layers.append(twin)
        twin_network = Network(layers)
        for original, twin in zip(self.weighted_layers, twin_network.weighted_layers):
            twin.needs_input_grad = original.needs_input_grad
        return twin_network

    def activation_after(self, weighted):
        """The activation that follows weighted layer ``weighted`` (its output function, for
        the last one), or None: the layer the diagnostics measure saturation or dead units on."""
        start = self.layers.index(weighted) + 1
        for layer in self.layers[start:]:
            if hasattr(layer, "parameters"):
                return None
            if hasattr(layer, "saturated_fraction") or hasattr(layer, "dead_fraction"):
                return layer
        return None


def build_network(layer_sizes, activation="relu", head="softmax_ce", init="he", bias=True,
                  rng=None, dtype=np.float32, bugs=(), layers=None):
    """Build the network: for an MLP, ``Dense -> activation`` for each hidden layer, then
    ``Dense -> output``.

    ``layer_sizes`` is ``[inputs, *hidden, outputs]``; ``layers``, if given, the hidden stack
    as layer names instead (see ``architecture.py``, e.g. ``("conv32x5", "pool2",
    "dense128")``; the input is then a 28 x 28 image). ``rng`` a ``np.random.Generator``
    (the same seed gives the same weights). ``bugs``: names from ``buglab.BUGS`` to build
    a deliberately broken network (the default, none, is the correct one).
    """
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; choose one of {', '.join(ACTIVATIONS)}")
    if head not in HEADS:
        raise ValueError(f"unknown head {head!r}; choose one of {', '.join(HEADS)}")
    outputs = layer_sizes[-1]
    if (HEADS[head]["outputs"] == 1) != (outputs == 1):
        raise ValueError(f"head {head} needs {'1 output' if HEADS[head]['outputs'] == 1 else 'an output per class'}, "
                         f"not {outputs}")
    rng = np.random.default_rng() if rng is None else rng
    if layers is None:
        layers, input_shape = [f"dense{size}" for size in layer_sizes[1:-1]], (layer_sizes[0],)
    else:
        input_shape = INPUT_SHAPE
    built = []
    shape = (int(np.prod(input_shape)),)  # the network is fed rows, (n, 784)
    for planned in layer_plan(layers, outputs, bias, input_shape):
        if planned.kind in ("conv", "pool") and len(shape) == 1:
            built.append(AsImage(*INPUT_SHAPE[:2]))  # the input rows as images
            shape = INPUT_SHAPE
        if planned.kind in ("dense", "output") and len(shape) == 3:
            built.append(Flatten())
        if planned.parameters:
            names = list(planned.parameters)
            W_shape = planned.parameters[names[0]]
            fan_in, fan_out = int(np.prod(W_shape[:-1])), W_shape[-1]
            # A conv filter is a Dense unit's weights over one k x k x C window (conv.py),
            # so it is initialised like one, with fan_in = k * k * C.
            W = init_weights(init, rng, fan_in, fan_out, dtype).reshape(W_shape)
            b = np.zeros(fan_out, dtype=dtype) if bias else None
            if planned.kind == "conv" and b is not None:
                # MNIST is mostly black: a window of black pixels outputs exactly b, and at
                # b = 0 that sits on the ReLU's kink, where the slope jumps from 0 to 1 (and
                # the gradient check, straddling it, would fail). A small positive start
                # keeps those units just on.
                b += dtype(CONV_BIAS_START)
            if planned.kind == "conv":
                built.append(Conv2D(W, b, padding=parse_layer(planned.text).padding))
            else:
                built.append(Dense(W, b))
            if planned.kind != "output":
                built.append(ACTIVATIONS[activation]())
        elif planned.kind == "pool":
            built.append(MaxPool2D(int(parse_layer(planned.text).size)))
        elif planned.kind == "dropout":
            rate = parse_layer(planned.text).size
            built.append(Dropout(rate, np.random.default_rng(rng.integers(2**63))))
        shape = planned.output_shape
    built.append(Sigmoid() if HEADS[head]["output"] == "sigmoid" else Identity())
    if bugs:
        built = break_sigmoids(built, bugs)  # BROKEN ON PURPOSE: see buglab.py
    return Network(built)
