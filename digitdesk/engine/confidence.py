"""When to say "I don't know": a temperature for the probabilities and a threshold under them.

A softmax always sums to 1 over the digits the network was trained on, so it always names
one of them. Two honest signals of doubt come from the probabilities themselves:

* the top probability is low (the network spreads its belief over several digits);
* the two most likely digits are close (it hesitates between two).

What the probabilities can *not* show: that the drawing is none of the digits the model
knows. A model trained on 3s and 7s has two outputs; a drawn 4 still lands on one of them,
and may land there with 98%: nothing in its outputs says "neither". So for such a model
the verdict always carries that limit in plain words (``Verdict.only_knows``).

Temperature ``T`` divides the logits before the softmax, ``softmax(z / T)``: ``T > 1``
flattens the distribution (a network known to be over-confident), ``T < 1`` sharpens it.
For heads without logits it is applied the same way to the log-probabilities
(``p ** (1 / T)``, renormalised), which for a softmax is exactly ``softmax(z / T)``.
"""

from dataclasses import dataclass

import numpy as np

from .layers import real_number

MIN_TEMPERATURE = 0.25
MAX_TEMPERATURE = 4.0


def temper(probabilities, temperature):
    """``probabilities`` (..., k) re-sharpened or flattened by ``temperature`` > 0.

    ``p_i ** (1 / T) / sum_j p_j ** (1 / T)``; digits with probability 0 (those a subset
    model never learned) stay at 0. Computed in log space so that small probabilities do
    not underflow at low temperatures.

    Refused (``ValueError``): a temperature that is not a finite number > 0 (``T = inf``
    would flatten every distribution to uniform without a word), and an empty array: there
    is no row of probabilities to temper."""
    temperature = real_number(temperature, "temperature")  # a finite number
    if not temperature > 0:
        raise ValueError(f"temperature must be positive, not {temperature}")
    p = np.asarray(probabilities, dtype=np.float64)
    if p.size == 0 or p.ndim == 0:
        raise ValueError(f"no probabilities to temper: the batch is empty (shape {p.shape}); "
                         "give at least one row of probabilities")
    known = p > 0
    with np.errstate(divide="ignore"):
        logs = np.where(known, np.log(np.where(known, p, 1.0)), -np.inf) / temperature
    logs -= np.max(logs, axis=-1, keepdims=True)  # as in a stable softmax
    tempered = np.exp(logs)
    return tempered / tempered.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class Verdict:
    """What the network says about one drawing, and how far to trust it.

    ``digit``: its most probable digit; ``confidence``: that probability; ``runner_up``
    and ``margin``: the second digit and how far behind it is; ``unsure``: the confidence
    is below the threshold; ``only_knows``: the digits a subset model knows (``None`` for
    a model of all ten), the limit no probability can reveal."""

    digit: int
    confidence: float
    runner_up: int
    margin: float
    unsure: bool
    only_knows: tuple | None


def judge(probabilities, threshold, known_digits=None):
    """The ``Verdict`` for ten ``probabilities`` (already tempered) with the "I don't know"
    ``threshold`` (0 to 1: below it the network is unsure). ``known_digits``: the digits a
    subset model was trained on (``config.digits``), or ``None``."""
    p = np.asarray(probabilities, dtype=np.float64).reshape(-1)
    if len(p) < 2:
        raise ValueError(f"a verdict needs the probabilities of at least two digits, not {len(p)}")
    order = np.argsort(-p, kind="stable")
    best, second = int(order[0]), int(order[1])
    only_knows = None if known_digits is None else tuple(int(d) for d in known_digits)
    return Verdict(digit=best, confidence=float(p[best]), runner_up=second,
                   margin=float(p[best] - p[second]), unsure=bool(p[best] < threshold),
                   only_knows=only_knows)
