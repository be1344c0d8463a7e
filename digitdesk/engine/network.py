"""A network is a list of layers run forwards, then backwards in reverse order."""

import copy

import numpy as np

from .buglab import break_sigmoids
from .initializers import init_weights
from .layers import ACTIVATIONS, Dense, Identity, Sigmoid
from .losses import HEADS


class Network:
    """An MLP: ``Dense, activation, Dense, activation, ..., Dense, output function``.

    ``forward(x)`` takes ``x`` of shape (n, 784) and returns the head's outputs (n, 10 or 1):
    logits for softmax_ce, sigmoid or linear outputs for the squared-error heads.
    """

    def __init__(self, layers):
        self.layers = list(layers)
        self.dense_layers = [layer for layer in self.layers if isinstance(layer, Dense)]
        # Nobody needs the gradient with respect to the input image (see Dense).
        self.dense_layers[0].needs_input_grad = False

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, dout):
        """Backpropagate ``dL/d(outputs)``; every Dense layer ends up holding its gradients."""
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
            if dout is None:  # the first Dense layer: nothing below it needs a gradient
                break

    def parameters(self):
        """``(name, value, grad)`` for every parameter, named ``W1, b1, W2, ...``."""
        params = []
        for i, layer in enumerate(self.dense_layers, start=1):
            for name, value, grad in layer.parameters():
                params.append((f"{name}{i}", value, grad))
        return params

    @property
    def dtype(self):
        return self.dense_layers[0].W.dtype

    @property
    def layer_sizes(self):
        return [self.dense_layers[0].fan_in] + [layer.fan_out for layer in self.dense_layers]

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

    def copy(self):
        """An independent network with copies of the weights (a snapshot)."""
        layers = []
        for layer in self.layers:
            if isinstance(layer, Dense):
                twin = Dense(layer.W.copy(), None if layer.b is None else layer.b.copy())
            else:
                twin = copy.copy(layer)  # activations hold only settings and the last batch
                for cached in ("y", "active"):
                    if hasattr(twin, cached):
                        setattr(twin, cached, None)
            layers.append(twin)
        return Network(layers)

    def activation_layers(self):
        """The hidden activation layers, in order (for the diagnostics)."""
        hidden = self.layers[:-1]  # the last layer is the output function
        return [layer for layer in hidden if not isinstance(layer, (Dense, Identity))]


def build_network(layer_sizes, activation="relu", head="softmax_ce", init="he", bias=True,
                  rng=None, dtype=np.float32, bugs=()):
    """Build ``Dense -> activation`` for each hidden layer, then ``Dense -> output``.

    ``layer_sizes`` is ``[784, *hidden, outputs]``; ``rng`` a ``np.random.Generator`` (the
    same seed gives the same weights). ``bugs``: names from ``buglab.BUGS`` to build a
    deliberately broken network (the default, none, is the correct one).
    """
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; choose one of {', '.join(ACTIVATIONS)}")
    if head not in HEADS:
        raise ValueError(f"unknown head {head!r}; choose one of {', '.join(HEADS)}")
    if (HEADS[head]["outputs"] == 1) != (layer_sizes[-1] == 1):
        raise ValueError(f"head {head} needs {'1 output' if HEADS[head]['outputs'] == 1 else 'an output per class'}, "
                         f"not {layer_sizes[-1]}")
    rng = np.random.default_rng() if rng is None else rng
    layers = []
    n_dense = len(layer_sizes) - 1
    for i, (fan_in, fan_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:])):
        W = init_weights(init, rng, fan_in, fan_out, dtype)
        b = np.zeros(fan_out, dtype=dtype) if bias else None
        layers.append(Dense(W, b))
        if i < n_dense - 1:
            layers.append(ACTIVATIONS[activation]())
    layers.append(Sigmoid() if HEADS[head]["output"] == "sigmoid" else Identity())
    if bugs:
        layers = break_sigmoids(layers, bugs)  # BROKEN ON PURPOSE: see buglab.py
    return Network(layers)
