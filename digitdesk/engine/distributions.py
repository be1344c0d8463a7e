"""Per layer, the distributions a learner checks while a network trains: its weights (beside
the weights it started from), the activations that enter it and its gradients, for the
last batch trained.

Why these three: weights that never leave their initial shape are not learning; weights
spreading without bound are diverging; activations piled at 0 (dead ReLUs) or at the ends
of a sigmoid (saturated) stop the gradient; gradients all near 0 mean a frozen layer.

``layer_distributions`` reads the arrays the layers keep from the last batch (each layer's
input ``x`` and gradient ``dW``), so it must run where the network trains (the worker) and
hands on only the histograms: small, immutable, safe to send to the GUI thread.
"""

from dataclasses import dataclass

import numpy as np

BINS = 40


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # (bins + 1,)
    counts: np.ndarray  # (bins,)


@dataclass(frozen=True)
class LayerDistribution:
    layer: int  # 1 for the first weighted layer (W1)
    weights: Histogram
    initial: Histogram | None  # the run's starting weights, on the same bins as ``weights``
    inputs: Histogram | None  # what entered the layer in the last batch (None: not kept)
    gradients: Histogram | None  # dL/dW of the last batch


def finite_range(*arrays):
    """``(low, high)`` of the finite values of all ``arrays`` ((0, 1) if there are none)."""
    lows, highs = [], []
    for values in arrays:
        values = np.asarray(values).ravel()
        if not np.isfinite(values).all():
            values = values[np.isfinite(values)]
        if values.size:
            lows.append(float(values.min()))
            highs.append(float(values.max()))
    return (min(lows), max(highs)) if lows else (0.0, 1.0)


def even_edges(low, high, bins=BINS):
    if high <= low:  # all equal: a bin round the one value
        low, high = low - 0.5, high + 0.5
    return np.linspace(low, high, bins + 1)


def histogram(values, bins=BINS, edges=None):
    """A ``Histogram`` of the finite ``values`` (``edges``: reuse another's bins). NaN and
    infinities fall outside every bin, so ``np.histogram`` leaves them out."""
    values = np.asarray(values).ravel()
    if edges is None:
        edges = even_edges(*finite_range(values), bins)
    counts, edges = np.histogram(values, bins=edges)
    return Histogram(edges, counts)


def layer_distributions(network, initial_weights=None, bins=BINS):
    """``LayerDistribution`` per weighted layer of ``network`` (as it is after a training
    step). ``initial_weights``: ``{"W1": array, ...}`` the run started from, or None."""
    result = []
    for i, layer in enumerate(network.weighted_layers, start=1):
        start = None if initial_weights is None else initial_weights.get(f"W{i}")
        # one set of bins for the weights and the initial ones, so that the two compare
        weights_bins = even_edges(*finite_range(layer.W, *([] if start is None else [start])),
                                  bins)
        inputs = getattr(layer, "x", None)
        trained = isinstance(inputs, np.ndarray)  # (a batch went through, and back)
        result.append(LayerDistribution(
            layer=i,
            weights=histogram(layer.W, edges=weights_bins),
            initial=None if start is None else histogram(start, edges=weights_bins),
            inputs=histogram(inputs, bins) if trained else None,
            # Every gradient exactly 0 (seed 000's frozen network) is one bar at 0, not no
            # histogram: the tab showed empty axes left over from the step before.
            gradients=histogram(layer.dW, bins) if trained else None))
    return tuple(result)
