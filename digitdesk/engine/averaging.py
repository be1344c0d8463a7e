"""Test-time averaging: read a drawn digit in five versions and average what they say.

A convolutional network's reading of a digit moves a little when the digit is turned a few
degrees or drawn a little bigger or smaller, and a person's drawing is never exactly as
upright or as big as MNIST's digits. So the drawing pad asks the network about the digit
as drawn, turned 6 degrees either way, and 10% smaller and bigger (the same kind of change
``augment.affine`` makes while the network trains, and within its ranges), and shows the
mean of the five sets of ten probabilities. The network itself is unchanged: the Inside
tab and ``Model.predict_proba`` show its reading of the digit as drawn.

Why these five and only for convolutional networks (README, "Reading your handwriting";
``tests/benchmarks/bench_tta.py``): on the convolutional preset (before it deskewed) they
read 0.4-0.6 points more of the hardest drawn digits (the strangers of
``bench_handwriting.py --strangers``, as the app renders them; 0.7-0.8 as drawn), 0.1-0.4
more of the others, and 0.08 points more of MNIST test, on two sets of drawings and two
trained seeds; they were chosen on the first set and confirmed on the second. On the
deskewing preset they read the strangers 0.3-0.6 points better (three seeds, both sets).
Shifts by a pixel gained less. The accurate preset (an MLP) gained nothing from any such
set and lost up to 0.08 points of MNIST test, so an MLP is read as it is. Five versions
cost about 0.3 ms more per reading on one core.
"""

import numpy as np

from .augment import affine

# (degrees turned, size) of every version read; the first is the digit as drawn.
VERSIONS = ((0.0, 1.0), (-6.0, 1.0), (6.0, 1.0), (0.0, 0.9), (0.0, 1.1))


def averages(model):
    """Whether the pad reads ``model``'s digits averaged: convolutional networks only."""
    return model is not None and model.config.convolutional


def averaged_probabilities(model, x):
    """The ten probabilities ``(n, 10)`` of prepared inputs ``x`` ``(n, 784)`` (see
    ``Model.prepare``), each averaged over the ``VERSIONS`` of its image; for a model that
    does not average (``averages``), its plain probabilities."""
    x = np.asarray(x)
    if not averages(model):
        return model.probabilities(x)
    probabilities = model.probabilities(_versions(x))
    # The column count from the array itself: reshape cannot infer it (-1) for zero images.
    return probabilities.reshape(len(x), len(VERSIONS), probabilities.shape[1]).mean(axis=1)


def _versions(x):
    """The ``VERSIONS`` of each prepared input: row ``i * k + j`` is version ``j`` of
    image ``i``, so that one forward pass reads them all."""
    n, k = len(x), len(VERSIONS)
    turns = np.repeat([[turn for turn, _ in VERSIONS]], n, axis=0).ravel()
    sizes = np.repeat([[size for _, size in VERSIONS]], n, axis=0).ravel()
    return affine(np.repeat(x, k, axis=0), turns, sizes, np.zeros(n * k), np.zeros((n * k, 2)))


def averaged_outputs(model, x):
    """The network's raw outputs ``(n, outputs)`` for prepared inputs ``x``, averaged over
    the ``VERSIONS`` as ``averaged_probabilities`` averages (plain for a model that does
    not average): a one-output network's own number, for the pad to show beside its bars."""
    x = np.asarray(x)
    if not averages(model):
        return model.outputs(x)
    outputs = model.outputs(_versions(x))
    return outputs.reshape(len(x), len(VERSIONS), outputs.shape[1]).mean(axis=1)


def read_digits(model, images):
    """What the drawing pad would show for ``images`` ``(n, 28, 28)`` (or ``(n, 784)``):
    ``Model.predict_proba``, averaged over the ``VERSIONS`` for a convolutional network.
    Everything that tells the user how the app reads *their* digits (the kept digits of
    My handwriting, the fine-tune's report on them) reads them so, to agree with the pad."""
    return averaged_probabilities(model, model.prepare(images))
