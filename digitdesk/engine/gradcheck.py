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
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .layers import Dropout
from .losses import make_loss
from .model import class_index
from .optimizers import make_optimizer
from .translatable import QT_TRANSLATE_NOOP, Phrase, Phrases

PASS_BELOW = 1e-6  # float64 backprop and central differences agree to ~1e-8 or better
WARN_BELOW = 1e-3  # between the two: look closer (a slightly wrong derivative, a wrong small term)
# Both are relative to the tensor's largest gradient. Below the central difference's
# resolution (``GradCheckResult.resolution``: how far rounding of the loss alone moves it)
# no relative error means anything: a difference that small agrees to rounding, and a tensor
# whose gradients are all that small cannot be checked ("vanishing": itself a finding).


@dataclass(frozen=True)
class GradCheckResult:
    name: str  # parameter tensor, e.g. "W1"
    shape: tuple
    checked: int  # how many coordinates were sampled (``compared`` of them were compared)
    max_relative_error: float  # over the compared coordinates; nan if none was
    max_abs_error: float
    seconds: float
    gradient_scale: float  # the largest |gradient| among the sampled coordinates
    # Coordinates whose central difference missed because w ± h straddled a kink (see
    # read_kink), by how they were compared: over a smaller step (h/4 or h/16) that holds
    # no kink; one-sided, on the side with no kink, the other's kink within h/16; at a kink
    # at w (or too close to tell), with the slopes either side; or not at all.
    smaller_step: int = 0
    one_sided: int = 0
    at_w: int = 0
    not_compared: int = 0
    # Of those, how many had a kink within h/16 on one side only, backprop's value being
    # off the other side's slope (a second kink, too close to w to see, may explain it).
    not_compared_one_side: int = 0
    # The central difference's resolution: rounding of the loss alone may move it by up to
    # this (``TAYLOR_NOISE * loss_rounding / h``; it grows with the logits and the images
    # summed). A difference between backprop and the numbers below it agrees to rounding.
    resolution: float = 0.0

    @property
    def compared(self):
        """How many of the sampled coordinates were compared with a numerical slope."""
        return self.checked - self.not_compared

    @property
    def mostly_unreadable(self):
        """Whether most sampled coordinates could not be compared: the few compared ones
        vouch for nothing, so the tensor is "unchecked" (see ``status``)."""
        return 2 * self.not_compared > self.checked

    @property
    def within_resolution(self):
        """Whether every compared coordinate's difference is below the central
        difference's resolution: they agree to rounding, whatever the relative error."""
        return self.max_abs_error <= self.resolution

    @property
    def agrees(self):
        """Whether backprop and the numbers agree to rounding on every compared weight."""
        return self.within_resolution or self.max_relative_error < PASS_BELOW

    @property
    def status(self):
        """"pass", "warn", "fail", "vanishing" (every gradient below the central
        difference's resolution: too small to check) or "unchecked" (most coordinates could
        not be compared: an uncompared coordinate never counts as agreeing, and the few
        compared ones vouch for nothing). A tensor that matches only because some
        coordinates sat at a kink at w (no derivative there) or could not be compared is a
        "warn", never a "pass"."""
        if self.mostly_unreadable:
            return "unchecked"
        if self.gradient_scale <= self.resolution and self.within_resolution:
            return "vanishing"
        if self.agrees:
            return "warn" if self.at_w or self.not_compared else "pass"
        return "warn" if self.max_relative_error < WARN_BELOW else "fail"

    @property
    def rounding_note(self):
        """Why a row passes, or was not checked, though its relative error is large: a
        ``Phrase`` (as ``kink_notes``), or None where the relative error says it all."""
        if self.status == "vanishing":
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "too small to check: every gradient is below {0:.1e}, what "
                "the central difference can resolve here"), (self.resolution,))
        if self.status in ("pass", "warn") and self.max_relative_error >= PASS_BELOW:
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "differences up to {0:.1e}, within what the central "
                "difference can resolve here ({1:.1e})"), (self.max_abs_error, self.resolution))
        return None

    @property
    def kink_notes(self):
        """The row's kinks in words: ``Phrase``s (English as text, for the command line;
        the app's Gradient check tab translates them). Given whatever the status, else a
        learner wonders why a ReLU network's check passes, or whether a failing one was
        compared at a kink."""
        notes = []
        if self.smaller_step:
            notes.append(Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "{0} compared over a smaller step (h/4 or h/16): w ± h "
                "straddled a kink (a ReLU at 0, or a tie in max pooling)"), (self.smaller_step,)))
        if self.one_sided:
            notes.append(Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "{0} compared with a one-sided difference: a kink (a ReLU at "
                "0, or a tie in max pooling) within h/16 on the other side of w"),
                (self.one_sided,)))
        if self.at_w:
            notes.append(Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "{0} at a kink at w, or too close to w to tell: backprop may "
                "take any slope between the two sides' (a subgradient)"), (self.at_w,)))
        both_sides = self.not_compared - self.not_compared_one_side
        if both_sides:
            notes.append(Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "{0} not compared: a kink within h/16 on each side of w"),
                (both_sides,)))
        if self.not_compared_one_side:
            notes.append(Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "{0} not compared: a kink within h/16 on one side of w, and "
                "backprop differs from the other side's slope"), (self.not_compared_one_side,)))
        return tuple(notes)

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


def central_difference(objective, flat, i, h):
    """The numerical slope of ``objective()`` along weight ``flat[i]``:
    ``(L(w + h) - L(w - h)) / (2 h)``, two forward passes. ``flat`` is a flat view of a
    parameter tensor; the weight is put back as it was."""
    return LossAlong(objective, flat, i).central(h)


# A kink: where a ReLU's input (or two values of a max-pooling block) is within h of the
# switch, the loss bends inside [w - h, w + h], and the central difference averages the
# slopes of both sides: neither is the derivative. Backprop gives the slope of the smooth
# piece the unit is on at w, so such a coordinate is compared with the one-sided slope on
# the side of w that holds no kink. Which side that is must be read off the loss alone:
# not from backprop's value (the value under test: a wrong-side derivative would always
# look right), and not by comparing the two sides (a kink 1e-12 from w hardly bends its
# side, and the loss's curvature may bend the other side more). Each side is held to its
# own Taylor expansion instead. On a smooth side, L(w + t) = L + t L' + t^2 L''/2 + ...,
# so the slope over a step t,
#
#     s(t) = (L(w + t) - L(w)) / t = L' + t L''/2 + O(t^2),
#
# is a straight line in t: halving the step halves its change, s(t) - s(t/2) =
# 2 (s(t/2) - s(t/4)), that is
#
#     s(t) - 3 s(t/2) + 2 s(t/4) = 0        (up to t^2 L'''/16: ~1e-13 at t = 1e-6).
#
# A kink a distance d from w (0 < d < t) breaks the line: each step's slope mixes the two
# pieces' slopes in the shares d : (step - d), which do not change linearly with the step.
# The residual is then about the jump of the slope times 3 d/t (small d), and zero at
# d = 0.4 t, where the broken line happens to pass through the three points: so the
# identity is asked again one octave down (steps t/2, t/4, t/8), whose blind spot is at
# 0.2 t. Together they see a kink anywhere between w and w + t, down to d ~ 1e-12, where
# the kink changes the loss by only a few roundings (below that, see "at w").
#
# Seen in the app: one pre-activation of a trained 784-256-10 ReLU network 6e-8 from zero
# made b1 "fail" (relative error 2e-2); in a convolutional network a bias sums over 576
# positions x 16 images, so a kink moves its slope by only ~3e-4 of the scale ("warn").
# Only coordinates whose central difference misses are looked at again: six more forward
# passes each (L at w +- h/2, h/4, h/8; four more per zoom, see ZOOM), none on a smooth loss.

# How far from 0 rounding alone moves an identity's residual (or the difference of two
# extrapolated slopes), in units of R / t: R is how much rounding may move a loss value
# (``loss_rounding``: it grows with the logits and the images summed, not with |L|), and
# dividing by the step t magnifies it. Smooth sides reach 5.8 (tests/benchmarks/
# bench_gradcheck.py --residuals: quick preset, ReLU and tanh, untrained and trained, mean
# and sum, 16 and 512 images; convolutional, untrained) and 4.0 on a tanh network summed
# over 4,096 images with logits in the hundreds (tests/test_engine.py); 16 leaves a margin
# of almost three. (Held to eps |L| instead, a trained network summed over 16 images
# reached 53: false kinks, and a wrong derivative on a smooth network read as unreadable.)
TAYLOR_NOISE = 16
# A kink on each side of w: look again with steps ZOOM and ZOOM^2 times smaller (h/4,
# h/16): kinks farther from w than the step then lie outside it. Not smaller: rounding
# grows as 1/step, and at h/16 the extrapolated slope is already off by ~4e-8 of the
# gradient (measured on the probe network of tests/test_engine.py), 1/25 of PASS_BELOW.
ZOOM = 4


def loss_rounding(loss, outputs, value, output_gradient):
    """How far rounding alone may move the loss value (``value``, the objective of the
    network's ``outputs`` on the batch): a float64 eps times the size of the numbers the
    loss is computed from, not of the loss itself. Each image's term is rounded relative to
    its own size (cross-entropy: plus up to one rounding of a log near 0), and the images'
    roundings add up over the batch; each output is rounded relative to its own size too
    (the sums of products that make it, taken as the largest output of its image), and
    moves the loss by that times ``output_gradient`` (the objective's derivative with
    respect to the outputs: softmax - onehot, near 0 on an image the network is sure of).
    So a trained network summed over many images, its loss near 0 from logits in the
    hundreds, gets the allowance its logits need (measured: residuals 53 times eps |L|),
    and a sure, correct image adds almost nothing."""
    n = len(outputs)
    largest = np.abs(outputs).max(axis=1, keepdims=True)
    size = np.sum(np.abs(output_gradient) * largest) + abs(value) + loss.objective(1.0, n)
    return np.finfo(np.float64).eps * size


class LossAlong:
    """The loss as a function of one weight's offset t from its value w: ``L(w + t)``.
    Each offset costs one forward pass, the first time it is asked for; the weight is put
    back after each. ``flat`` is a flat view of the parameter tensor, ``i`` the weight's
    index in it, ``base`` the loss at w (t = 0) when already known."""

    def __init__(self, objective, flat, i, base=None):
        self.objective, self.flat, self.i = objective, flat, i
        self.values = {} if base is None else {0.0: base}

    def __call__(self, t):
        if t not in self.values:
            saved = self.flat[self.i]
            self.flat[self.i] = saved + t
            self.values[t] = self.objective()
            self.flat[self.i] = saved
        return self.values[t]

    def slope(self, t):
        """The one-sided slope over a step t: to the right of w for t > 0, to the left for
        t < 0."""
        return (self(t) - self(0.0)) / t

    def central(self, h):
        """The central difference ``(L(w + h) - L(w - h)) / 2h``."""
        return (self(h) - self(-h)) / (2 * h)


def taylor_residual(loss, t):
    """``s(t) - 3 s(t/2) + 2 s(t/4)`` for the one-sided slopes ``s`` of ``loss`` (a
    ``LossAlong``, or any function of the offset): 0, up to rounding, on a side where the
    loss is smooth; t < 0 looks at the left side."""
    return loss.slope(t) - 3 * loss.slope(t / 2) + 2 * loss.slope(t / 4)


def is_smooth(loss, t, noise):
    """Whether the loss holds no kink between w and w + t: both Taylor identities, at steps
    t and t/2, hold to within rounding (``noise / |step|``, ``noise`` being
    ``TAYLOR_NOISE * loss_rounding(...)``)."""
    return all(abs(taylor_residual(loss, step)) <= noise / abs(step) for step in (t, t / 2))


def extrapolated_slope(loss, t):
    """The one-sided slope over t, extrapolated to a step of 0 (Richardson): over t it is
    ``L' + t L''/2 + ...``, over t/2 ``L' + t L''/4 + ...``, so ``2 s(t/2) - s(t)`` drops
    the ``t L''`` error (~1e-7 of the gradient on a curved loss)."""
    return 2 * loss.slope(t / 2) - loss.slope(t)


@dataclass(frozen=True)
class KinkReading:
    """What looking again at one coordinate found: ``kind`` is "smooth" (no kink: the
    central difference stands, and its miss is backprop's), "smaller step" (a kink within
    h, beyond h/4 or h/16 on each side: the central difference over that step), "one-sided"
    (a kink within h/16 on one side: the other side's slope), "at w" (both sides smooth
    but of different slopes: a kink at w, or closer than rounding can resolve; the loss has
    no derivative there) or "not compared" (a kink within h/16 on each side). ``slopes``:
    the numerical slopes backprop may equal; at a kink at w, any value between the two (a
    subgradient)."""
    kind: str
    slopes: tuple = ()


def read_kink(loss, h, noise):
    """Look at the loss around w again (see above) and say what is there: a
    ``KinkReading``. ``loss``: a ``LossAlong``; ``noise``: ``TAYLOR_NOISE`` times
    ``loss_rounding``.

    Over each step, from h down to h/16: if both sides are smooth, either the loss is
    smooth there (their slopes agree) or a kink is at w (they differ). Otherwise try again
    with a smaller step, which may fit inside the kinks. A side that is smooth while the
    other holds a kink is not trusted at once: a kink within ~1e-12 of w bends it by less
    than rounding, so its slope may be that of the far side of a kink at w; only inside the
    other side's kink can the two sides be compared. When that kink is within h/16, the
    smooth side's slope is all there is ("one-sided"; ``compare_at_kinks`` does not count
    a miss of it against backprop)."""
    one_side = None
    for step in (h, h / ZOOM, h / ZOOM**2):
        right, left = is_smooth(loss, step, noise), is_smooth(loss, -step, noise)
        if right and left:
            slopes = (extrapolated_slope(loss, step), extrapolated_slope(loss, -step))
            if abs(slopes[0] - slopes[1]) > noise / step:
                # Both sides smooth, yet their slopes differ: the kink is at w. The loss has
                # no derivative there, only a slope to each side; a backward pass may
                # return either, or anything between (a subgradient: ReLU's is 0 at 0).
                return KinkReading("at w", slopes)
            if step == h:
                return KinkReading("smooth")
            return KinkReading("smaller step", (sum(slopes) / 2,))  # they agree
        if (right or left) and one_side is None:
            one_side = extrapolated_slope(loss, step if right else -step)
    if one_side is not None:
        return KinkReading("one-sided", (one_side,))
    return KinkReading("not compared")


def compare_at_kinks(losses, analytic, central, h, noise):
    """The numerical slopes to compare with ``analytic`` (backprop's values at the
    coordinates of ``losses``, one ``LossAlong`` each): the central differences
    ``central``, except where they miss and ``read_kink`` finds a kink. There, the
    acceptable slope nearest backprop's (at a kink at w, any value between the two sides'
    slopes is one), or nan where nothing can be compared: a kink within h/16 on each side,
    or backprop off a one-sided slope (a second kink, too close to w to see, may stand
    between w and the side measured: also counted as "not compared, one side"). Returns
    the slopes and how many coordinates had each kind of reading."""
    numeric = np.array(central, dtype=np.float64)
    # A miss below the central difference's resolution (noise / h) is rounding, not a kink.
    tolerance = max(PASS_BELOW * np.max(np.abs(analytic) + np.abs(numeric), initial=0.0),
                    noise / h)
    kinds = Counter()
    for j in np.flatnonzero(np.abs(analytic - numeric) > tolerance):
        reading = read_kink(losses[j], h, noise)
        kind = reading.kind
        if kind == "one-sided" and abs(analytic[j] - reading.slopes[0]) > tolerance:
            kind = "not compared"
            kinds["not compared, one side"] += 1
        kinds[kind] += 1
        if kind == "not compared":
            numeric[j] = np.nan
        elif reading.slopes:
            numeric[j] = np.clip(analytic[j], min(reading.slopes), max(reading.slopes))
    return numeric, kinds


# The step of the central difference. Smaller steps cut the truncation error but raise the
# rounding error (~1e-16 / h, relative); 1e-6 keeps both near 1e-9 in float64. Why not the
# usual 1e-5: max pooling is a kink wherever two values of a block are almost equal, and in
# MNIST's repeated strokes gaps of ~1e-6 are common; a step that crosses one measures the
# slope of the other value. A smaller step crosses (measured) none of them.
STEP = 1e-6


def make_objective(network, loss, x, labels):
    """The number the gradient check differentiates: ``loss``'s objective (mean or sum, as
    it is minimised) of ``network`` on the batch ``x``, ``labels``, run as in training
    (dropout on: fix its masks first, see ``fix_dropout_masks``). A function of no
    arguments: the weights it reads are changed in place between calls."""
    n = len(x)

    def objective():
        return loss.objective(loss.forward(network.forward(x, training=True), labels), n)
    return objective


def loss_at_weights(network, loss, x, labels):
    """The objective at the current weights (one forward pass, as in training), how far
    rounding alone may move it (``loss_rounding``), and its gradient with respect to the
    network's outputs (what backprop starts from)."""
    outputs = network.forward(x, training=True)
    value = loss.objective(loss.forward(outputs, labels), len(x))
    output_gradient = loss.backward()
    return value, loss_rounding(loss, outputs, value, output_gradient), output_gradient


# Why each check refuses a float32 network: float32 rounds a loss to ~1e-7 of its size.
FLOAT32_REASONS = {
    "gradient check": "rounding moves the central differences by ~1e-3 and every tensor fails",
    "update check": "rounding moves the loss by ~1e-7 of its size, far more than the change of "
                    "one tiny step (read as rounding below 1e-12 of it)",
}


def require_float64(network, check):
    """Refuse ``network`` for ``check`` (a key of ``FLOAT32_REASONS``) unless it is float64."""
    if network.dtype != np.float64:
        raise ValueError(f"the {check} needs a float64 network, not {network.dtype}: in "
                         f"float32, {FLOAT32_REASONS[check]}; check for_checking(network), "
                         "a float64 copy")


def gradient_check(network, loss, x, labels, max_coords=40, h=STEP, seed=0):
    """Check every parameter tensor of ``network``, a float64 one (see ``for_checking``).

    ``loss`` is a loss object (its ``reduction`` decides the objective), ``x`` a small
    batch (n, 784), ``labels`` its integer labels. The network runs as in training
    (dropout on, with one fixed mask, see ``fix_dropout_masks``). Tensors with more than ``max_coords``
    entries are checked on a random sample of that many coordinates.
    Returns one ``GradCheckResult`` per tensor.
    """
    require_float64(network, "gradient check")
    x = np.asarray(x, dtype=np.float64)
    labels = np.asarray(labels)  # the loss checks them (whole numbers, one per row, in range)
    fix_dropout_masks(network)
    objective = make_objective(network, loss, x, labels)

    # One backward pass: the analytic gradients of every tensor.
    base, rounding, output_gradient = loss_at_weights(network, loss, x, labels)
    noise = TAYLOR_NOISE * rounding
    network.backward(output_gradient)
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
        losses = [LossAlong(objective, flat, i, base) for i in coords]
        a = analytic.reshape(-1)[coords]
        numeric, kinds = compare_at_kinks(losses, a, [along.central(h) for along in losses], h,
                                          noise)
        compared = ~np.isnan(numeric)
        results.append(GradCheckResult(
            name=name, shape=value.shape, checked=len(coords),
            max_relative_error=(relative_error(a[compared], numeric[compared])
                                if compared.any() else float("nan")),
            max_abs_error=float(np.abs(a[compared] - numeric[compared]).max(initial=0.0)),
            seconds=time.perf_counter() - start,
            gradient_scale=float(np.abs(a).max(initial=0.0)),
            smaller_step=kinds["smaller step"], one_sided=kinds["one-sided"],
            at_w=kinds["at w"], not_compared=kinds["not compared"],
            not_compared_one_side=kinds["not compared, one side"], resolution=noise / h))
    return results


def for_checking(network):
    """A float64 copy of ``network`` (same layers, same weights), safe to poke at."""
    return network.copy(np.float64)


def fix_dropout_masks(network):
    """Make every dropout layer keep one random mask from now on. The check runs the
    network in training mode, so that dropout's backward pass is checked too; with a fresh
    mask on every forward pass the loss would change between ``L(w + h)`` and ``L(w - h)``
    for reasons that have nothing to do with ``w``."""
    for layer in network.layers:
        if isinstance(layer, Dropout):
            layer.keep_mask = True
            layer.scale = None


def model_batch(model, images, labels):
    """The batch as the model trains on it: float64 inputs, only the digits it learns, and
    the labels its loss expects (see ``model.class_index``)."""
    images, labels = model.config_rows(images, labels)
    if len(labels) == 0:
        raise ValueError(f"none of the images shows one of the digits {list(model.config.classes)}")
    return model.prepare(images).astype(np.float64), class_index(model.config, labels)


# Images in the check's batch: enough to exercise every unit, fast in float64.
CHECK_BATCH = 16


def check_batch(config, images, labels, size=CHECK_BATCH, seed=0):
    """The batch a gradient check runs on: ``size`` of ``images`` (all, if fewer) showing
    the digits ``config`` learns, drawn at random with ``seed``. The app's Gradient check
    tab and ``digitdesk gradcheck`` both take it, so they check the same images and give
    the same figures (the tab took the first 16, the command line 16 at random: on
    question 003's network one said the step went uphill, the other downhill)."""
    labels = np.asarray(labels)
    rows = np.flatnonzero(np.isin(labels, config.classes))
    picked = rows[np.random.default_rng(seed).choice(len(rows), min(size, len(rows)),
                                                     replace=False)]
    return np.asarray(images)[picked], labels[picked]


def check_model(model, images, labels, max_coords=40, seed=0):
    """Gradient check of a ``Model`` on a small batch of images (any format
    ``predict_proba`` accepts), with the loss and reduction it trains with. Bug-lab
    switches in ``model.config.bugs`` are part of the model's network, so a broken
    derivative fails here, in the tensors it feeds."""
    network = for_checking(model.network)
    x, labels = model_batch(model, images, labels)
    return gradient_check(network, make_loss(model.config.head, model.config.reduction), x,
                          labels, max_coords=max_coords, seed=seed)


# The update check. The gradient check proves the gradient is right; it cannot see what
# the optimiser then does with it (seed 002 added the step instead of subtracting it). So
# take one step, small enough that the loss is a straight line over it, and see whether the
# loss went down. To first order the change is ``gradient . step``; for plain SGD the step
# is ``-lr * gradient``, so the change is ``-lr * |gradient|^2``, negative whatever the
# gradient. A loss that goes *up* means the update goes the wrong way.
UPDATE_STEP_SIZE = 1e-6  # the step moves the weights by this fraction of their size
UPDATE_NOISE = 1e-12  # changes below this (relative to the loss) are rounding, not a result


@dataclass(frozen=True)
class UpdateCheckResult:
    name: str  # "update direction": a row next to the gradient check's tensors
    loss_before: float  # the objective on the check batch (as minimised: mean or sum)
    loss_after: float  # after one step of the optimiser
    predicted_change: float  # gradient . step: what the change should be, to first order
    learning_rate: float  # the tiny learning rate the step was taken with
    gradient_norm: float  # |gradient| over every parameter
    seconds: float
    # (tensor name, change of the loss when only that tensor takes its step): shows *where*
    # the step goes uphill, even when the other tensors' steps hide it in the total.
    tensor_changes: tuple = ()

    @property
    def change(self):
        return self.loss_after - self.loss_before

    @property
    def noise(self):
        return UPDATE_NOISE * max(1.0, abs(self.loss_before))

    @property
    def uphill(self):
        """The tensors whose own step raised the loss."""
        return [name for name, change in self.tensor_changes if change > self.noise]

    @property
    def status(self):
        """"pass" (the loss went down, and with each tensor's own step too), "fail" (the
        loss, or one tensor's step, went up) or "vanishing" (the gradient is so small that
        one tiny step changes nothing measurable)."""
        if self.change > self.noise or self.uphill:
            return "fail"
        if abs(self.change) <= self.noise and abs(self.predicted_change) <= self.noise:
            return "vanishing"
        return "pass"

    @property
    def passed(self):
        return self.status == "pass"

    @property
    def verdict(self):
        """What the step did, in words: a ``Phrase`` (English as text, for the command
        line; the app's Gradient check tab translates it)."""
        if self.status == "fail" and self.change > self.noise:
            # (a list of names: the app writes it as its language lists, "W1、b1" in Chinese)
            where = Phrases(self.uphill) if self.uphill else Phrase(
                QT_TRANSLATE_NOOP("GradCheckView", "the total"))
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "One tiny optimiser step raised the loss by {0:.1e}; uphill: {1}"),
                (self.change, where))
        if self.status == "fail":
            # The total went down, but some tensors' own steps went up (learner 002: the
            # output layer's two sign errors cancel out and hide the hidden layer's).
            rise = max(change for name, change in self.tensor_changes if name in self.uphill)
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "One tiny optimiser step lowered the loss in total, but the step of "
                "{0} alone raised it (by up to {1:.1e}): the other tensors' steps hide it"),
                (Phrases(self.uphill), rise))
        if self.status == "vanishing":
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "One tiny step changed nothing measurable: no gradient"))
        if self.change >= 0:  # a pass within rounding: "lowered by -x" would be nonsense
            return Phrase(QT_TRANSLATE_NOOP(
                "GradCheckView", "One tiny optimiser step changed the loss by {0:.1e}, within "
                "rounding"), (self.change,))
        return Phrase(QT_TRANSLATE_NOOP(
            "GradCheckView", "One tiny optimiser step lowered the loss by {0:.1e}, as it must"),
            (-self.change,))


def update_check(network, loss, x, labels, build_optimizer):
    """Take one tiny optimiser step on ``network`` (a float64 copy: it is changed; a
    float32 network is refused, see ``require_float64``) and measure the objective before
    and after.

    ``build_optimizer(parameters, learning_rate)`` builds the optimiser to test, fresh. Its
    first step is proportional to the learning rate (true of SGD, momentum and Adam), so a
    trial step at learning rate 1 tells which learning rate moves the weights by
    ``UPDATE_STEP_SIZE`` of their size; the real step is then taken with that one.
    """
    require_float64(network, "update check")
    start = time.perf_counter()
    labels = np.asarray(labels)  # the loss checks them (whole numbers, one per row, in range)
    n = len(x)
    params = network.parameters()
    weights = network.weights()
    fix_dropout_masks(network)

    def run(net_input):
        return loss.forward(network.forward(net_input, training=True), labels)

    def objective_and_gradient():
        value = loss.objective(run(x), n)
        network.backward(loss.backward())
        return value, [grad.copy() for _, _, grad in params]

    before, gradient = objective_and_gradient()
    gradient_norm = float(np.sqrt(sum(np.sum(g * g) for g in gradient)))
    weight_norm = float(np.sqrt(sum(np.sum(w * w) for w in weights.values())))

    build_optimizer(params, 1.0).step()  # the trial step, at learning rate 1
    trial = float(np.sqrt(sum(np.sum((value - weights[name]) ** 2) for name, value, _ in params)))
    network.set_weights(weights)
    if trial == 0.0 or not np.isfinite(trial):
        learning_rate = 0.0  # no gradient at all: nothing can move
    else:
        learning_rate = UPDATE_STEP_SIZE * max(weight_norm, 1.0) / trial

    predicted = 0.0
    after = before
    tensor_changes = []
    if learning_rate > 0:
        objective_and_gradient()  # the optimiser reads the layers' gradient arrays
        build_optimizer(params, learning_rate).step()
        predicted = float(sum(np.sum(g * (value - weights[name]))
                              for g, (name, value, _) in zip(gradient, params)))
        after = loss.objective(run(x), n)
        # Then each tensor's step on its own, the others left where they were.
        stepped = network.weights()
        for name, _, _ in params:
            network.set_weights({**weights, name: stepped[name]})
            alone = loss.objective(run(x), n)
            tensor_changes.append((name, float(alone - before)))
    return UpdateCheckResult("update direction", float(before), float(after), predicted,
                             learning_rate, gradient_norm, time.perf_counter() - start,
                             tuple(tensor_changes))


def check_update(model, images, labels):
    """The update check for a ``Model``: its loss, reduction and optimiser (bug-lab
    switches included), on a float64 copy; the model itself is not changed. L2 is left
    out: the check is about the direction of the data loss's step."""
    config = model.config
    x, labels = model_batch(model, images, labels)

    def optimizer(parameters, learning_rate):
        return make_optimizer(config.optimizer, parameters, learning_rate, config.momentum,
                              bugs=config.bugs)

    return update_check(for_checking(model.network), make_loss(config.head, config.reduction),
                        x, labels, optimizer)
