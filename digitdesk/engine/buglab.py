"""The bug lab: the learners' mistakes, on purpose. EVERYTHING IN THIS FILE IS BROKEN.

Each bug below is a line of code a learner really wrote (see ``shared/seeds``), put back
into the engine behind a switch so you can watch what it does: the gradient check fails
and names the tensors, the update check fails, the curves look the way the learner's did.

Switch them on with ``TrainConfig(bugs=("sigmoid_derivative_sign", ...))``. The correct
layers and optimisers in ``layers.py`` and ``optimizers.py`` are never changed: when a bug
is on, ``build_network`` swaps each ``Sigmoid`` for a ``BrokenSigmoid`` from this file, and
``make_optimizer`` wraps the optimiser's update with ``add_the_step``. With no bugs (the
default) nothing in this file runs.
"""

from dataclasses import dataclass

import numpy as np

from .layers import Sigmoid
from .translatable import QT_TRANSLATE_NOOP, PhraseError


@dataclass(frozen=True)
class Bug:
    title: str  # a short name for a switch
    seed: str  # which learner wrote it
    learner_code: str  # the line as the learner wrote it
    correct_code: str  # what it should have been, in the learner's own names
    effect: str  # what it does to training, in plain words
    part: str  # "sigmoid" (the derivative of every sigmoid layer) or "update"


BUGS = {
    "sigmoid_derivative_sign": Bug(
        title=QT_TRANSLATE_NOOP("buglab", "Sigmoid derivative with the wrong sign"),
        seed="002",
        learner_code="return y*(y-1)",
        correct_code="return y*(1-y)",
        effect=QT_TRANSLATE_NOOP("buglab",
               "Every sigmoid flips the sign of the gradient passing through it. A tensor "
               "behind an odd number of sigmoids is pushed uphill, behind an even number "
               "the flips cancel: the gradient check fails exactly on the former."),
        part="sigmoid"),
    "sigmoid_applied_twice": Bug(
        title=QT_TRANSLATE_NOOP("buglab", "Sigmoid derivative of an output that is already a sigmoid"),
        seed="002",
        learner_code="self.dersgm(self.layerOut[i])  # dersgm computes y = sgm(x) first",
        correct_code="y = self.layerOut[i]; y*(1-y)",
        effect=QT_TRANSLATE_NOOP("buglab",
               "The derivative is s(a)*(1-s(a)) of the activation a, always about 0.2-0.25, "
               "instead of a*(1-a). Saturated units (a near 0 or 1) keep passing gradient "
               "they should not; every gradient has the wrong size."),
        part="sigmoid"),
    "one_minus_sigmoid": Bug(
        title=QT_TRANSLATE_NOOP("buglab", "(1 - sigmoid(a)) in place of a*(1-a)"),
        seed="003",
        learner_code="delta3 = delta4.dot(W3.T) * (1 - sigmoid(a2))",
        correct_code="delta3 = delta4.dot(W3.T) * (a2 * (1 - a2))",
        effect=QT_TRANSLATE_NOOP("buglab",
               "The factor is 1 - s(a), between 0.27 and 0.5, instead of a*(1-a): about "
               "1.5 times too large at best, and ever larger as a nears 0 or 1 (where "
               "a*(1-a) goes to 0). It is unrelated to the unit's slope, so the step does "
               "not point downhill and the loss jumps around."),
        part="sigmoid"),
    "update_added": Bug(
        title=QT_TRANSLATE_NOOP("buglab", "Update adds the step instead of subtracting it"),
        seed="002",
        learner_code="self.weights[i] = self.weights[i] + (learning_rate * weight_deltas[i])",
        correct_code="self.weights[i] = self.weights[i] - (learning_rate * weight_deltas[i])",
        effect=QT_TRANSLATE_NOOP("buglab",
               "Gradient ascent: every step goes uphill and the loss rises. The gradient "
               "itself is right, so the gradient check passes; the update check fails."),
        part="update"),
}

# Bugs that cannot be on together: both replace the same factor of the derivative.
CONFLICTS = [("one_minus_sigmoid", "sigmoid_derivative_sign"),
             ("one_minus_sigmoid", "sigmoid_applied_twice")]


def validate_bugs(bugs, has_sigmoid):
    """Raise ``ValueError`` (a message a user understands) for unknown or conflicting bugs,
    or a sigmoid bug on a network without any sigmoid (it would silently do nothing)."""
    for name in bugs:
        if name not in BUGS:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "unknown bug {0}; choose from {1}"),
                              repr(name), ", ".join(BUGS))
    for a, b in CONFLICTS:
        if a in bugs and b in bugs:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "bugs {0} and {1} cannot be on "
                                                "together: both replace the sigmoid's derivative"),
                              a, b)
    sigmoid_bugs = [name for name in bugs if BUGS[name].part == "sigmoid"]
    if sigmoid_bugs and not has_sigmoid:
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "bug {0} changes the sigmoid's derivative, "
                                            "but this network has no sigmoid (use a sigmoid "
                                            "activation or head)"), sigmoid_bugs[0])


def sigmoid(x):
    with np.errstate(over="ignore"):  # exp overflow gives exactly the limit 0, see Sigmoid
        return 1.0 / (1.0 + np.exp(-x))


class BrokenSigmoid(Sigmoid):
    """BROKEN ON PURPOSE. The forward pass is the real sigmoid; the backward pass is the
    learner's. ``bugs`` says which of the sigmoid bugs above are on.

    The correct backward is ``dout * y * (1 - y)`` with ``y`` the layer's output.
    """

    def __init__(self, bugs):
        self.bugs = tuple(bugs)

    def backward(self, dout):
        dout = self._check_dout(dout)  # backward before forward, or a dout of the wrong shape
        y = self.y  # the output of this layer: already a sigmoid
        if "sigmoid_applied_twice" in self.bugs or "one_minus_sigmoid" in self.bugs:
            # Both seeds call sigmoid() again on what is already an activation.
            y = sigmoid(y)
        if "one_minus_sigmoid" in self.bugs:
            slope = 1.0 - y  # seed 003: (1 - sigmoid(a2))
        elif "sigmoid_derivative_sign" in self.bugs:
            slope = y * (y - 1.0)  # seed 002: y*(y-1), the sign is wrong
        else:
            slope = y * (1.0 - y)  # the right formula (here only sigmoid_applied_twice is on)
        return dout * slope.astype(dout.dtype, copy=False)


def break_sigmoids(layers, bugs):
    """Swap every ``Sigmoid`` in ``layers`` (hidden and output) for a ``BrokenSigmoid``,
    as in the seeds, where the same derivative function served every layer."""
    sigmoid_bugs = tuple(name for name in bugs if BUGS[name].part == "sigmoid")
    if not sigmoid_bugs:
        return list(layers)
    return [BrokenSigmoid(sigmoid_bugs) if type(layer) is Sigmoid else layer for layer in layers]


def add_the_step(optimizer):
    """BROKEN ON PURPOSE: make ``optimizer`` add its step instead of subtracting it
    (seed 002: ``weights + learning_rate * weight_deltas``).

    Every optimiser in ``optimizers.py`` moves against the gradient it is given. Handing it
    the gradient with its sign flipped turns ``W -= lr * grad`` into ``W += lr * grad``,
    and does the same to momentum and Adam. Only this one optimiser object is changed.
    """
    correct_update = optimizer.update

    def update_with_plus(i, value, grad):
        return correct_update(i, value, -grad)

    optimizer.update = update_with_plus
    optimizer.bugs = ("update_added",)
    return optimizer


def describe(bugs):
    """One line per bug that is on, for a banner: title and the learner's code."""
    return [f"{BUGS[name].title} (seed {BUGS[name].seed}): {BUGS[name].learner_code}"
            for name in bugs]
