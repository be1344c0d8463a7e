"""Gradient check: compare backprop's gradient with central differences.

For one weight ``w`` the slope of the loss can be estimated without any calculus:

    dL/dw ~ (L(w + h) - L(w - h)) / (2 h)

That costs two forward passes *per weight* (seed 001 trained this way: hopelessly slow),
but it is an independent answer. Backprop gives every weight's gradient in one backward
pass; if the two agree on a sample of weights, the backward pass is right. A wrong
derivative anywhere (a sign, a sigmoid applied twice, a missing ``1/n``) shows up as a
large relative error in the tensors it feeds.

Everything runs in float64: in float32, rounding alone would hide small mistakes.
"""

import time
from dataclasses import dataclass

import numpy as np

PASS_BELOW = 1e-6  # float64 backprop and central differences agree to ~1e-8 or better
WARN_BELOW = 1e-3  # between the two: look closer (often a ReLU kink straddled by +-h)
# Below this gradient size the central difference is mostly rounding noise (~1e-11): such a
# tensor cannot be checked, and a gradient that small is itself the finding (it vanished).
VANISHING_BELOW = 1e-9


@dataclass(frozen=True)
class GradCheckResult:
    name: str  # parameter tensor, e.g. "W1"
    shape: tuple
    checked: int  # how many coordinates were compared
    max_relative_error: float
    max_abs_error: float
    seconds: float
    gradient_scale: float  # the largest |gradient| among the compared coordinates

    @property
    def status(self):
        """"pass", "warn", "fail", or "vanishing" (too small to check)."""
        if self.gradient_scale < VANISHING_BELOW and self.max_abs_error < VANISHING_BELOW:
            return "vanishing"
        if self.max_relative_error < PASS_BELOW:
            return "pass"
        return "warn" if self.max_relative_error < WARN_BELOW else "fail"

    @property
    def passed(self):
        return self.status == "pass"


def relative_error(analytic, numeric):
    """How far two gradient estimates of one tensor disagree, relative to the tensor's
    gradient: ``max |a - n| / max(|a| + |n|)`` over the compared coordinates.

    0 means a perfect match, about 1 a completely wrong gradient. Dividing by the largest
    gradient of the tensor, rather than coordinate by coordinate, keeps the measure honest
    for coordinates whose gradient is almost 0 (a pixel that is nearly always black): there
    the rounding noise of the central difference (~1e-11) would otherwise look like a
    large relative error. A wrong derivative changes the large coordinates too, so it
    still shows up as an error near 1.
    """
    scale = np.max(np.abs(analytic) + np.abs(numeric), initial=0.0)
    if scale == 0.0:
        return 0.0  # both say "no gradient at all": they agree
    return float(np.max(np.abs(analytic - numeric)) / scale)


def gradient_check(network, loss, x, labels, max_coords=40, h=1e-5, seed=0):
    """Check every parameter tensor of ``network`` (use a float64 one, see ``for_checking``).

    ``loss`` is a loss object (its ``reduction`` decides the objective), ``x`` a small
    batch (n, 784), ``labels`` its integer labels. Tensors with more than ``max_coords``
    entries are checked on a random sample of that many coordinates.
    Returns one ``GradCheckResult`` per tensor.
    """
    x = np.asarray(x, dtype=network.dtype)
    labels = np.asarray(labels).astype(np.intp)
    n = len(x)

    def objective():
        return loss.objective(loss.forward(network.forward(x), labels), n)

    # One backward pass: the analytic gradients of every tensor.
    objective()
    network.backward(loss.backward())
    rng = np.random.default_rng(seed)
    results = []
    for name, value, grad in network.parameters():
        start = time.perf_counter()
        analytic = grad.copy()  # the forward passes below would not change it, but be safe
        flat = value.reshape(-1)  # a view: changing flat changes the weights
        if flat.size <= max_coords:
            coords = np.arange(flat.size)
        else:
            coords = rng.choice(flat.size, size=max_coords, replace=False)
        numeric = np.empty(len(coords))
        for k, i in enumerate(coords):
            saved = flat[i]
            flat[i] = saved + h
            plus = objective()
            flat[i] = saved - h
            minus = objective()
            flat[i] = saved
            numeric[k] = (plus - minus) / (2 * h)
        a = analytic.reshape(-1)[coords]
        results.append(GradCheckResult(name, value.shape, len(coords), relative_error(a, numeric),
                                       float(np.abs(a - numeric).max()),
                                       time.perf_counter() - start,
                                       float(np.abs(a).max(initial=0.0))))
    return results


def for_checking(network):
    """A float64 copy of ``network`` (same layers, same weights), safe to poke at."""
    twin = network.copy()
    for layer in twin.dense_layers:
        layer.W = layer.W.astype(np.float64)
        layer.dW = np.zeros_like(layer.W)
        if layer.b is not None:
            layer.b = layer.b.astype(np.float64)
            layer.db = np.zeros_like(layer.b)
    return twin


def check_model(model, images, labels, max_coords=40, seed=0):
    """Gradient check of a ``Model`` on a small batch of images (any format
    ``predict_proba`` accepts), with the loss and reduction it trains with."""
    from .losses import make_loss
    from .model import images_to_input

    network = for_checking(model.network)
    x = images_to_input(images, np.float64)
    return gradient_check(network, make_loss(model.config.head, model.config.reduction), x,
                          labels, max_coords=max_coords, seed=seed)
