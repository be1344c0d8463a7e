"""Losses, and the output "heads" that pair an output function with a loss.

Every loss object has:

* ``forward(outputs, labels) -> float``: the **mean** loss per example. That is the number
  the plots and the command line show, whatever the reduction, so curves stay comparable.
* ``backward() -> dL/d(outputs)`` for the objective that is actually minimised:
  ``reduction="mean"`` minimises the mean over the batch (gradient divided by ``n``),
  ``reduction="sum"`` minimises the sum (no division). With a sum, the step grows with the
  batch size: seeds 000 and 003 did this, and it is why their full-batch runs misbehave.
* ``objective(mean_loss, n)``: that minimised number, for the gradient check.

Labels are always integer class labels ``0 .. classes - 1`` (``class_labels`` checks
them); each loss turns them into the targets it needs. A label of -1 is refused, not read
as "the last class" the way NumPy's indexing would read it.
"""

from dataclasses import dataclass

import numpy as np

from .layers import BackwardBeforeForward, as_float_array

REDUCTIONS = ("mean", "sum")


def class_labels(labels, classes, what="labels"):
    """``labels`` as an integer array of class indices, checked: one dimension, whole
    numbers (3.0 is read as 3; 3.7 is refused rather than truncated), each in
    ``[0, classes)``. Refused with a ``ValueError`` that names the first bad label."""
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError(f"{what} must be one class index per example, a 1-D array, "
                         f"not shape {labels.shape}")
    if labels.dtype.kind == "f":
        whole = np.isfinite(labels) & (labels == np.round(labels))
        if not whole.all():
            raise ValueError(f"{what} must be whole class indices, not {labels[~whole][0]}")
    elif labels.dtype.kind not in "iu":
        raise ValueError(f"{what} must be integer class indices, not dtype {labels.dtype}")
    if len(labels):
        outside = (labels < 0) | (labels >= classes)
        # np.count_nonzero rather than outside.any(): the same answer, without the Python
        # wrapper around .any(), and this check runs on every training batch.
        if np.count_nonzero(outside):
            first = labels[outside][0]
            note = " (a negative label does not count from the end)" if first < 0 else ""
            raise ValueError(f"{what} must be in 0..{classes - 1}, found {first}{note}")
    return labels.astype(np.intp, copy=False)


class Loss:
    def __init__(self, reduction="mean"):
        if reduction not in REDUCTIONS:
            raise ValueError(f"reduction must be one of {REDUCTIONS}, not {reduction!r}")
        self.reduction = reduction

    def classes(self, n_outputs):
        """How many classes the labels may name, for a network with ``n_outputs``: one
        per output (``MeanSquaredError`` overrides it for its regression output)."""
        return n_outputs

    def _checked(self, outputs, labels):
        """``outputs`` as floats (n, k) and ``labels`` as class indices, both checked:
        a non-empty batch, one label per row, each in ``[0, classes(k))``."""
        name = type(self).__name__
        outputs = np.asarray(outputs)
        if outputs.dtype.kind != "f":  # the usual case (floats) skips the call: every batch
            outputs = as_float_array(outputs, f"{name}: outputs")
        if outputs.ndim != 2 or len(outputs) == 0:
            raise ValueError(f"{name}: outputs must be a non-empty batch (n, outputs), "
                             f"not shape {outputs.shape}")
        labels = class_labels(labels, self.classes(outputs.shape[1]), f"{name}: labels")
        if len(labels) != len(outputs):
            raise ValueError(f"{name}: {len(outputs)} rows of outputs but {len(labels)} labels")
        return outputs, labels

    def _backward_before_forward(self, why=""):
        return BackwardBeforeForward(f"{type(self).__name__}: backward() was called without a "
                                     f"forward() before it{why}")

    def _scale(self, n):
        return 1.0 / n if self.reduction == "mean" else 1.0

    def objective(self, mean_loss, n):
        return mean_loss if self.reduction == "mean" else mean_loss * n


class SoftmaxCrossEntropy(Loss):
    """Softmax followed by cross-entropy, fused into one step.

    For logits ``z`` (n, K) and labels ``t``: ``p = softmax(z)``, ``L_i = -log p[i, t_i]``.
    Fusing the two gives the famously simple gradient ``dL_i/dz_i = p_i - onehot(t_i)``,
    and lets us compute ``log p`` without ever taking the log of 0:
    ``log p = z - max(z) - log(sum(exp(z - max(z))))``.
    """

    probs = None

    def forward(self, logits, labels):
        logits, labels = self._checked(logits, labels)
        shifted = logits - logits.max(axis=1, keepdims=True)  # largest logit becomes 0
        exp = np.exp(shifted)
        sum_exp = exp.sum(axis=1, keepdims=True)
        rows = np.arange(len(labels))
        log_p_true = shifted[rows, labels] - np.log(sum_exp[:, 0])
        exp /= sum_exp  # in place: exp becomes the probabilities
        self.probs = exp
        self.labels = labels
        return -float(log_p_true.sum()) / len(labels)  # the mean over the batch

    def backward(self):
        if self.probs is None:
            raise self._backward_before_forward(
                " (each forward allows one backward: backward turns the probabilities into "
                "the gradient, in place)")
        n = len(self.labels)
        # p - onehot(t), built in the probabilities' own array: forward makes a new one
        # every time, so nothing else needs these values any more (and the copy would cost).
        grad, self.probs = self.probs, None
        grad[np.arange(n), self.labels] -= 1.0
        grad *= grad.dtype.type(self._scale(n))
        return grad


class MeanSquaredError(Loss):
    """Squared error ``L_i = 1/2 * sum_k (y_ik - target_ik)**2`` (the 1/2 cancels the 2 of
    the derivative), so ``dL_i/dy_i = y_i - target_i``.

    Targets: with one output per class, the one-hot vector of the label; with 1 output,
    the label divided by 10 (a *regression* of the class index, as seed 000 did). Integer outputs
    are read as floats (float64): targets of ``label / 10`` in an integer array would all
    be 0.
    """

    diff = None

    def forward(self, outputs, labels):
        outputs, labels = self._checked(outputs, labels)
        self.targets = mse_targets(labels, outputs.shape[1], outputs.dtype)
        self.diff = outputs - self.targets
        return float(0.5 * np.mean(np.sum(self.diff * self.diff, axis=1)))

    def classes(self, n_outputs):
        """A single output regresses the digit (``label / 10``): labels 0-9."""
        return 10 if n_outputs == 1 else n_outputs

    def backward(self):
        if self.diff is None:
            raise self._backward_before_forward()
        n = len(self.diff)
        return self.diff * self.diff.dtype.type(self._scale(n))


def mse_targets(labels, n_outputs, dtype):
    """One-hot targets ``(n, n_outputs)`` for one output per class; ``label / 10``, shape
    ``(n, 1)``, for a single regression output."""
    if n_outputs == 1:
        return (labels.astype(dtype) / 10).reshape(-1, 1)
    targets = np.zeros((len(labels), n_outputs), dtype=dtype)
    targets[np.arange(len(labels)), labels] = 1
    return targets


def softmax(z):
    """Each row of ``z`` (n, K) as probabilities: ``exp(z) / sum(exp(z))``. Subtracting the
    row's largest value first changes nothing (it cancels) but keeps ``exp`` from
    overflowing."""
    shifted = z - z.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


# A head is: how many outputs, which output function, which loss, and how its outputs turn
# into the ten class probabilities that predict_proba reports.
HEADS = {
    "softmax_ce": dict(outputs=10, output="identity", loss="cross_entropy"),
    "sigmoid_mse": dict(outputs=10, output="sigmoid", loss="mse"),
    "linear_mse": dict(outputs=10, output="identity", loss="mse"),
    "sigmoid_regression": dict(outputs=1, output="sigmoid", loss="mse"),
    "linear_regression": dict(outputs=1, output="identity", loss="mse"),
}

HEAD_DESCRIPTIONS = {
    "softmax_ce": "10 outputs, softmax + cross-entropy (the right choice for classes)",
    "sigmoid_mse": "10 sigmoid outputs, squared error against one-hot targets",
    "linear_mse": "10 linear outputs, squared error against one-hot targets",
    "sigmoid_regression": "1 sigmoid output regressing label/10, squared error (seed 000)",
    "linear_regression": "1 linear output regressing label/10, squared error",
}


def make_loss(head, reduction="mean"):
    if head not in HEADS:
        raise ValueError(f"unknown head {head!r}; choose one of {', '.join(HEADS)}")
    if HEADS[head]["loss"] == "cross_entropy":
        return SoftmaxCrossEntropy(reduction)
    return MeanSquaredError(reduction)


# How wide the bell around a regression output is, in digits: a prediction of 3.5 gives
# about equal probability to 3 and 4, a prediction of 3.0 mostly 3.
REGRESSION_SIGMA = 0.5


def outputs_to_probabilities(head, outputs):
    """Turn a head's raw outputs (n, outputs) into class probabilities: (n, outputs) for a
    classification head (one column per class: 10, or 2 for digits 3 and 7), (n, 10) for a
    regression head (``model.ten_digit_probabilities`` spreads them over the ten digits).

    * softmax_ce: the softmax of the logits.
    * sigmoid_mse / linear_mse: the outputs, clipped at 0 and divided by their sum (all zero
      gives the uniform distribution).
    * *_regression: the output ``v`` means digit ``10 * v``; the probability of digit ``k``
      is proportional to ``exp(-(10 v - k)**2 / (2 * 0.5**2))``, a bell centred on it.
    """
    outputs = np.asarray(outputs, dtype=np.float64)
    if head == "softmax_ce":
        return softmax(outputs)
    if head in ("sigmoid_mse", "linear_mse"):
        positive = np.clip(outputs, 0.0, None)
        total = positive.sum(axis=1, keepdims=True)
        uniform = np.full_like(positive, 0.1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(total > 0, positive / np.where(total > 0, total, 1), uniform)
    if head in ("sigmoid_regression", "linear_regression"):
        value = 10.0 * outputs[:, :1]
        digits = np.arange(10)[None, :]
        return softmax(-((value - digits) ** 2) / (2 * REGRESSION_SIGMA**2))
    raise ValueError(f"unknown head {head!r}")


def is_regression(head):
    """Whether ``head`` has one output regressing the digit (``label / 10``): its output is
    a number, and the ten "probabilities" made from it (a bell, above) are no probability
    the network gave. Whoever shows them must say so."""
    return head in HEADS and HEADS[head]["outputs"] == 1


@dataclass(frozen=True)
class RegressionReading:
    """What a one-output network says, in its own terms: ``output`` (e.g. 1.0), ``value``
    = 10 x output, the digit it stands for (10.0), ``digit`` the digit that rounds to
    (``None``: none, as for 10.0 or -0.7, or one the model does not know), and
    ``nearest`` the known digit nearest to it (9)."""

    output: float
    value: float
    digit: int | None
    nearest: int


# What ``regression_digits`` gives where a value rounds to no digit the model knows.
NO_DIGIT = -1


def regression_digits(outputs, digits=None):
    """How one-output (regression) networks' outputs read as digits, for any array of
    outputs (one per image). ``digits``: the digits the model knows (``config.digits``;
    ``None`` for all ten). Returns three arrays of the outputs' shape:

    * ``values``: 10 x output, the digit each output stands for (a target is label / 10);
    * ``digit``: the known digit the value rounds to, halves up (6.5 is 7), or
      ``NO_DIGIT`` where it rounds to none (10.0, -0.7, NaN, or 4 for a 3-vs-7 model);
    * ``nearest``: the known digit nearest the value (the first of them for NaN or inf).

    The one rule for this reading: the command line's evaluate and every view of the app
    use it, so that they never disagree about what a regression network said."""
    values = 10.0 * np.asarray(outputs, dtype=np.float64)
    known = np.arange(10) if digits is None else np.asarray(digits, dtype=np.intp).reshape(-1)
    finite = np.isfinite(values)
    safe = np.where(finite, values, 0.0)  # no "invalid value" warning from NaN or inf
    rounded = np.floor(safe + 0.5)
    digit = np.where(finite & np.isin(rounded, known), rounded, NO_DIGIT).astype(np.intp)
    # argmin takes the first of two equally near digits, as min() over them would
    distance = np.abs(safe[..., None] - known)
    nearest = np.where(finite, known[np.argmin(distance, axis=-1)], known[0]).astype(np.intp)
    return values, digit, nearest


def regression_reading(output, digits=None):
    """The ``RegressionReading`` of one regression output; ``digits``: the digits the
    model knows (``config.digits``; ``None`` for all ten)."""
    value, digit, nearest = regression_digits(float(output), digits)
    return RegressionReading(float(output), float(value),
                             None if digit == NO_DIGIT else int(digit), int(nearest))
