"""A model: a network together with the settings it was trained with and its history.

This is the object the command line, the GUI and ``digitdesk.load_model`` hand around.
"""

import copy

import numpy as np

from ..data import to_float as images_to_input  # (n, 784) floats in [0, 1]
from ..preprocess import deskew
from .config import TrainConfig
from .losses import HEADS, class_labels, make_loss, outputs_to_probabilities
from .network import build_network


def new_history():
    """The curves of a training run, as plain lists (they go into the model file as JSON).

    ``batch_epoch`` is the fractional epoch after each batch (1.5 = half-way through the
    second epoch); the epoch lists have one entry per finished epoch (``train_accuracy``:
    on a fixed sample of the training images, see ``Trainer``). ``rate_change_*``:
    where (in epochs) the learning rate and momentum were changed during training, and to
    what (``Trainer.change_rates``).
    """
    return {"batch_epoch": [], "batch_loss": [], "epoch": [], "train_loss": [],
            "val_loss": [], "val_accuracy": [], "train_accuracy": [], "epoch_seconds": [],
            "rate_change_epoch": [], "rate_change_lr": [], "rate_change_momentum": []}


def history_end(history):
    """Where ``history``'s curve ends, in epochs: after its last batch (a run stopped
    half-way through an epoch ends there, not at its last whole epoch). A run that goes on
    from these weights starts here, so that its curve never runs backwards."""
    batch_epochs = history["batch_epoch"]
    return max(len(history["epoch"]), batch_epochs[-1] if batch_epochs else 0)


def record_rate_change(history, epoch, learning_rate, momentum):
    """Note in ``history`` that from (fractional) ``epoch`` on, training used this base
    learning rate and momentum (a change during training, or a run that goes on from the
    same weights with other rates)."""
    history["rate_change_epoch"].append(float(epoch))
    history["rate_change_lr"].append(float(learning_rate))
    history["rate_change_momentum"].append(float(momentum))


# The per-batch curve of a long run must not grow without limit (an hour of small batches
# is hundreds of thousands of points, in memory, in the plot and in the model file): the
# last RECENT_BATCHES batches are kept as they are, everything older is a "tail" thinned
# to at most TAIL_POINTS points evenly spread over its epochs.
RECENT_BATCHES = 20_000
TAIL_POINTS = 10_000


def thin_curve(x, y, points):
    """``(x, y)`` (arrays, x ascending) averaged into at most ``points`` bins of equal
    width in x: a curve with fewer points and the same shape."""
    if len(x) <= points:
        return x, y
    edges = np.linspace(x[0], x[-1], points + 1)
    bins = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, points - 1)
    counts = np.bincount(bins, minlength=points)
    used = counts > 0
    sums_x = np.bincount(bins, weights=x, minlength=points)
    sums_y = np.bincount(bins, weights=y, minlength=points)
    return sums_x[used] / counts[used], sums_y[used] / counts[used]


def thin_old_points(x, y, recent=None, tail=None):
    """``None`` while the curve ``(x, y)`` has at most ``recent + tail`` points; then the
    curve as two arrays with its last ``recent`` points as they are and the older ones
    thinned to at most ``tail // 2`` (so that thinning happens once every ``tail // 2``
    points, not on every one). The model's history and the live plot both use it; the
    defaults are the module's ``RECENT_BATCHES`` and ``TAIL_POINTS``."""
    recent = RECENT_BATCHES if recent is None else recent
    tail = TAIL_POINTS if tail is None else tail
    if len(x) <= recent + tail:
        return None
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    old = len(x) - recent
    tail_x, tail_y = thin_curve(x[:old], y[:old], tail // 2)
    return np.concatenate([tail_x, x[old:]]), np.concatenate([tail_y, y[old:]])


def compact_history(history):
    """Thin the per-batch curve of ``history`` in place (see ``thin_old_points``)."""
    thinned = thin_old_points(history["batch_epoch"], history["batch_loss"])
    if thinned is not None:
        history["batch_epoch"][:] = thinned[0].tolist()
        history["batch_loss"][:] = thinned[1].tolist()


class Model:
    """A network plus what is needed to use it and to describe it.

    ``config``: the ``TrainConfig`` it was built and trained with. ``history``: the curves
    (see ``new_history``). ``info``: free facts such as ``test_accuracy``.
    """

    def __init__(self, config, network=None, history=None, info=None):
        self.config = config
        if network is None:
            network = build_network(config.layer_sizes, config.activation, config.head,
                                    config.init, config.bias, np.random.default_rng(config.seed),
                                    bugs=config.bugs, layers=config.layers or None)
        self.network = network
        self.history = new_history() if history is None else history
        self.info = {} if info is None else dict(info)

    @property
    def head(self):
        return self.config.head

    def outputs(self, x, batch_size=None):
        """The head's raw outputs for inputs ``x`` (n, 784), computed in chunks so that a
        large set does not keep every hidden activation in memory at once (a conv layer's
        unrolled windows take ~100 kB per image, hence smaller chunks for a CNN)."""
        if batch_size is None:
            batch_size = 500 if self.config.convolutional else 2000
        chunks = [self.network.forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]
        if not chunks:
            return np.zeros((0, self.network.outputs), dtype=self.network.dtype)
        return np.concatenate(chunks)

    def prepare(self, images):
        """The network's input for MNIST-format images: ``(n, 784)`` floats in [0, 1],
        prepared the way this model was trained (deskewed if ``config.deskew``).

        ``predict_proba`` and ``evaluate`` go through here, and so does a digit drawn on
        the pad: a model is always fed the way it learned, whoever asks."""
        x = images_to_input(images, self.network.dtype)
        if self.config.deskew:
            x = deskew(x).astype(self.network.dtype, copy=False)
        return x

    def predict_proba(self, images):
        """Class probabilities ``(n, 10)`` for images ``(n, 28, 28)`` or ``(n, 784)``,
        uint8 0-255 or float 0-1. For a regression head, see
        ``losses.outputs_to_probabilities``: a bell around the predicted digit.

        Always ten columns, one per digit, even for a model trained on a subset of the
        digits (``config.digits``, e.g. 3 and 7): the digits it never saw get probability 0.
        """
        return self.probabilities(self.prepare(images))

    def probabilities(self, x):
        """``predict_proba`` for input that ``prepare`` has already made (the drawing
        panel shows that input, so it prepares it once for both)."""
        return ten_digit_probabilities(self.config, outputs_to_probabilities(self.head, self.outputs(x)))

    def predict(self, images):
        """The most probable digit for each image."""
        return np.argmax(self.predict_proba(images), axis=1)

    def evaluate(self, images, labels):
        """``(mean loss, accuracy)`` on a labelled set. A model trained on a subset of the
        digits is evaluated on the images of those digits only (the others are skipped)."""
        images, labels = self.config_rows(images, labels)
        return self.evaluate_prepared(self.prepare(images), labels)

    def evaluate_prepared(self, x, labels):
        """``evaluate`` for input ``prepare`` has already made (the trainer prepares its
        images once, not at every epoch), of the digits this model learns only."""
        labels = np.asarray(labels)
        if len(x) == 0:
            return float("nan"), float("nan")
        outputs = self.outputs(x)
        loss = make_loss(self.head).forward(outputs, class_index(self.config, labels))
        probabilities = ten_digit_probabilities(self.config, outputs_to_probabilities(self.head, outputs))
        return loss, float(np.mean(np.argmax(probabilities, axis=1) == labels))

    def config_rows(self, images, labels):
        """``(images, labels)`` restricted to the digits this model learns (all, unless
        ``config.digits`` is set). Labels stay digits 0-9."""
        labels = np.asarray(labels)
        if self.config.digits is None:
            return images, labels
        keep = np.isin(labels, self.config.digits)
        return np.asarray(images)[keep], labels[keep]

    def copy(self):
        """An independent copy: the weights are copied, so training this model further
        does not change the copy (the GUI shows such snapshots while training runs)."""
        return Model(self.config, network=self.network.copy(),
                     history=copy.deepcopy(self.history), info=self.info)

    def save(self, path, stamp=True):
        """Write the model to ``path`` (an ``.npz`` file), atomically; ``stamp=False``
        keeps the time it says it was saved (see ``modelfile.save_model``)."""
        from .modelfile import save_model
        save_model(self, path, stamp=stamp)

    def describe(self):
        return f"{self.config.architecture_text()}, {self.config.activation}, {self.config.head}"


def class_index(config, labels):
    """The labels as the loss needs them. Usually the digits themselves; for a
    classification head trained on a subset of digits, the digit's position in
    ``config.digits`` (with digits (3, 7): 3 -> 0, 7 -> 1), because output k of the
    network stands for the k-th chosen digit. Regression heads regress the digit itself.

    The labels must be digits: whole numbers 0-9 (``losses.class_labels``); a 3.7 is
    refused, not truncated to 3, and a -1 is refused, not read as the last class."""
    labels = class_labels(labels, 10, "labels (digits)")
    if config.digits is None or HEADS[config.head]["outputs"] == 1:
        return labels
    digits = np.asarray(config.digits)
    index = np.searchsorted(digits, labels)
    if not np.all(digits[np.minimum(index, len(digits) - 1)] == labels):
        raise ValueError(f"labels outside the chosen digits {list(config.digits)}")
    return index


def ten_digit_probabilities(config, probabilities):
    """Spread a subset model's class probabilities over the ten digits: (n, k) -> (n, 10),
    zero for digits it was not trained on. A regression head's bell over all ten digits is
    cut to the chosen digits and renormalised."""
    if config.digits is None:
        return probabilities
    ten = np.zeros((len(probabilities), 10))
    if probabilities.shape[1] == 10:  # regression head: the bell covers every digit
        ten[:, config.digits] = probabilities[:, config.digits]
        total = ten.sum(axis=1, keepdims=True)
        uniform = np.zeros(10)
        uniform[list(config.digits)] = 1.0 / len(config.digits)
        return np.where(total > 0, ten / np.where(total > 0, total, 1.0), uniform)
    ten[:, config.digits] = probabilities
    return ten


def new_model(config=None):
    """A freshly initialised model (``config`` defaults to ``TrainConfig()``)."""
    return Model(TrainConfig() if config is None else config)
