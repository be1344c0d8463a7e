"""A model: a network together with the settings it was trained with and its history.

This is the object the command line, the GUI and ``digitdesk.load_model`` hand around.
"""

import copy

import numpy as np

from ..data import to_float as images_to_input  # (n, 784) floats in [0, 1]
from .config import TrainConfig
from .losses import HEADS, make_loss, outputs_to_probabilities
from .network import build_network


def new_history():
    """The curves of a training run, as plain lists (they go into the model file as JSON).

    ``batch_epoch`` is the fractional epoch after each batch (1.5 = half-way through the
    second epoch); the epoch lists have one entry per finished epoch.
    """
    return {"batch_epoch": [], "batch_loss": [], "epoch": [], "train_loss": [],
            "val_loss": [], "val_accuracy": [], "epoch_seconds": []}


class Model:
    """A network plus what is needed to use it and to describe it.

    ``config``: the ``TrainConfig`` it was built and trained with. ``history``: the curves
    (see ``new_history``). ``info``: free facts such as ``test_accuracy``.
    """

    def __init__(self, config, network=None, history=None, info=None):
        self.config = config
        if network is None:
            network = build_network(config.layer_sizes, config.activation, config.head,
                                    config.init, config.bias, np.random.default_rng(config.seed))
        self.network = network
        self.history = new_history() if history is None else history
        self.info = {} if info is None else dict(info)

    @property
    def head(self):
        return self.config.head

    def outputs(self, x, batch_size=2000):
        """The head's raw outputs for inputs ``x`` (n, 784), computed in chunks so that a
        large set does not keep every hidden activation in memory at once."""
        chunks = [self.network.forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]
        if not chunks:
            return np.zeros((0, HEADS[self.head]["outputs"]), dtype=self.network.dtype)
        return np.concatenate(chunks)

    def predict_proba(self, images):
        """Class probabilities ``(n, 10)`` for images ``(n, 28, 28)`` or ``(n, 784)``,
        uint8 0-255 or float 0-1. For a regression head, see
        ``losses.outputs_to_probabilities``: a bell around the predicted digit."""
        x = images_to_input(images, self.network.dtype)
        return outputs_to_probabilities(self.head, self.outputs(x))

    def predict(self, images):
        """The most probable digit for each image."""
        return np.argmax(self.predict_proba(images), axis=1)

    def evaluate(self, images, labels):
        """``(mean loss, accuracy)`` on a labelled set."""
        x = images_to_input(images, self.network.dtype)
        labels = np.asarray(labels)
        if len(x) == 0:
            return float("nan"), float("nan")
        outputs = self.outputs(x)
        loss = make_loss(self.head).forward(outputs, labels)
        predicted = np.argmax(outputs_to_probabilities(self.head, outputs), axis=1)
        return loss, float(np.mean(predicted == labels))

    def copy(self):
        """An independent copy: the weights are copied, so training this model further
        does not change the copy (the GUI shows such snapshots while training runs)."""
        return Model(self.config, network=self.network.copy(),
                     history=copy.deepcopy(self.history), info=self.info)

    def save(self, path):
        """Write the model to ``path`` (an ``.npz`` file), atomically."""
        from .modelfile import save_model
        save_model(self, path)

    def describe(self):
        sizes = "-".join(str(s) for s in self.network.layer_sizes)
        return f"{sizes}, {self.config.activation}, {self.config.head}"


def new_model(config=None):
    """A freshly initialised model (``config`` defaults to ``TrainConfig()``)."""
    return Model(TrainConfig() if config is None else config)
