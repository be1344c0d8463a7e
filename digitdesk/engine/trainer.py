"""The training loop, one batch at a time.

``Trainer.step()`` runs exactly one mini-batch: forward, loss, backward, update. A GUI
worker calls it in a loop and can pause or stop between any two calls; the command line
calls ``run()``. Each step returns a ``StepReport``; the last batch of an epoch also
carries an ``EpochReport`` (validation loss and accuracy, and the accuracy on training
images, whose gap to the validation accuracy shows memorising), and every few batches a
``LayerDiagnostics`` per layer (gradient size, update-to-weight ratio, saturated or dead
units) so a learner can see *why* a run is stuck.
"""

import ctypes
import dataclasses
import functools
import math
import sys
import time
from dataclasses import dataclass

import numpy as np

from ..data import select_digits, split_validation
from ..preprocess import deskew_uint8
from .augment import augment_batch
from .losses import class_labels, make_loss
from .model import (class_index, compact_history, history_end, images_to_input,
                    record_rate_change)
from .optimizers import make_optimizer, schedule_factor
from .translatable import QT_TRANSLATE_NOOP, Phrase, PhraseError


class TrainingDiverged(RuntimeError):
    """The loss stopped being a finite number, or exploded (see ``DIVERGENCE_FACTOR``). The
    model has been put back to the last good weights; the message says what happened and
    what to try. Its words are a ``phrase`` too, so that the app can show them in its
    language (``str(error)`` is the English text, for the command line)."""

    def __init__(self, template, *values):
        self.phrase = Phrase(template, values)
        super().__init__(str(self.phrase))


# A finite loss this many times the run's first loss (or 1, if that was smaller: a trained
# model starts low, and one bad batch must not stop it) is an explosion, not learning: a
# step far too large overshoots further each time (lr 1e6 gives 1e6 and 10% accuracy).
# (Not 100: summed gradients on mini-batches, a run the app shows as "oscillating", peak
# at about 300 times their first loss and come back down.)
DIVERGENCE_FACTOR = 1000


# glibc's malloc.h: mallopt's settings for "serve blocks this large with a fresh mapping" and
# "give free memory back to the system above this much".
_M_MMAP_THRESHOLD, _M_TRIM_THRESHOLD = -3, -1


@functools.cache
def keep_freed_memory():
    """Ask the C library to keep freed memory for the next batch instead of giving it back
    to the operating system. Linux with glibc only (elsewhere nothing changes); returns
    whether the setting took. Called by every ``Trainer``; the first call does it.

    Why: every NumPy operation of a training step returns a new array, and a convolutional
    network's are megabytes (4.7 MB for the first conv layer's output at batch 128). By
    default glibc hands large freed blocks back to the system, so the next batch asks for
    them again and the kernel zeroes every 4 KB page as it is first touched: about 400
    page faults a batch, 12-15% of a convolutional step's CPU time. With blocks up to 32 MB
    taken from (and returned to) the process's own heap, and up to 128 MB of it kept free,
    the batches reuse the same memory; larger arrays (a whole data set) still come from
    and go back to the system."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, 32 * 2**20) and mallopt(_M_TRIM_THRESHOLD, 128 * 2**20))


@dataclass(frozen=True)
class LayerDiagnostics:
    layer: int  # 1 for the first layer with weights (Dense or Conv2D)
    grad_rms: float  # sqrt(mean(dW**2)): gradient size per weight, comparable across sizes
    update_ratio: float  # ||step|| / ||W||: ~1e-3 is healthy, 1e-6 frozen, 1e-1 wild
    saturated: float | None  # share of sigmoid/tanh outputs near their limits (after this
    # layer; for the last layer, the outputs of a sigmoid head)
    dead: float | None  # share of ReLU units silent for the whole batch (after this layer;
    # for a conv layer a unit is a filter, silent at every position)
    kind: str = "dense"  # "dense" or "conv"


@dataclass(frozen=True)
class EpochReport:
    epoch: int  # 1-based, counted over the model's whole history
    train_loss: float  # mean of this epoch's batch losses
    val_loss: float  # nan when there is no validation set
    val_accuracy: float
    seconds: float  # wall time of the epoch, validation included
    learning_rate: float  # at the end of the epoch
    # On TRAIN_SAMPLE training images as they are (no dropout, no distortion), measured
    # as the validation accuracy is: far above it, the network memorises its training set.
    train_accuracy: float = float("nan")


@dataclass(frozen=True)
class StepReport:
    step: int  # batches done so far in this run, this one included
    epoch_progress: float  # fractional epoch over the model's history, e.g. 2.5
    loss: float  # mean loss of this batch
    learning_rate: float
    epoch: EpochReport | None  # set on the last batch of an epoch
    diagnostics: tuple | None  # of LayerDiagnostics, about ten times an epoch (see Trainer)


class Trainer:
    """Trains ``model`` in place on ``x_train, y_train``.

    Images are kept as they come (uint8 is four times smaller than float32); each batch is
    converted to floats in [0, 1] when it is used. ``x_val, y_val`` (optional) give the
    validation curve at the end of every epoch. With ``config.digits`` set, rows of other
    digits are dropped here (``training_data`` does that before choosing the subset size).
    """

    def __init__(self, model, x_train, y_train, x_val=None, y_val=None,
                 diagnostics_every=None, checkpoint_every=50):
        keep_freed_memory()  # the steps' arrays are reused, not faulted in again (see there)
        config = model.config
        if config.digits is not None:
            x_train, y_train = select_digits(x_train, y_train, config.digits)
            if x_val is not None and y_val is not None:
                x_val, y_val = select_digits(x_val, y_val, config.digits)
        if len(x_train) == 0:
            raise ValueError("there are no training rows")
        if len(x_train) != len(y_train):
            raise ValueError(f"{len(x_train)} training images but {len(y_train)} labels")
        self.model = model
        self.config = config
        self.x_train = np.asarray(x_train).reshape(len(x_train), -1)
        # The labels the loss trains on: the digits, or their positions in config.digits.
        self.y_train = class_index(config, y_train)
        self.digits_train = np.asarray(y_train).astype(np.intp)  # what each image shows
        if config.deskew:
            # Straighten every training image once, here (about a second for MNIST), not in
            # every batch; augmentation (if any) then distorts the straightened digits.
            self.x_train = deskew_uint8(self.x_train)
        # model.prepare: floats in [0, 1], deskewed if the model deskews.
        self.x_val = None if x_val is None or len(x_val) == 0 else model.prepare(x_val)
        self.y_val = None if self.x_val is None else class_labels(y_val, 10, "validation labels")
        # The training images the training accuracy is measured on after each epoch.
        sample = train_sample_rows(len(self.x_train))
        # (already deskewed above if the model deskews: not prepared again)
        self.x_train_sample = images_to_input(self.x_train[sample], model.network.dtype)
        self.digits_train_sample = self.digits_train[sample]
        self.loss = make_loss(config.head, config.reduction)
        self.optimizer = make_optimizer(config.optimizer, model.network.parameters(),
                                        config.learning_rate, config.momentum, config.l2,
                                        bugs=config.bugs)
        n = len(self.x_train)
        self.batch_size = n if config.batch_size is None else min(config.batch_size, n)
        self.steps_per_epoch = math.ceil(n / self.batch_size)
        self.total_steps = self.steps_per_epoch * config.epochs
        self.steps_done = 0
        # Diagnostics cost a few passes over the weights: measure them about ten times an
        # epoch (every batch for a full batch), at most every 50 batches.
        self.diagnostics_every = (diagnostics_every if diagnostics_every is not None
                                  else max(1, min(50, self.steps_per_epoch // 10)))
        self.checkpoint_every = checkpoint_every
        # Shuffling has its own generator, so the same seed gives the same batches.
        self._rng = np.random.default_rng(config.seed + 1)
        self._epochs_before = len(model.history["epoch"])
        # Where this run's batches start on the x axis: after the last batch of the history.
        self._progress_before = history_end(model.history)
        self._full_batch = None
        if self.batch_size == n and config.augment == "none":
            # One batch is the whole set: its order does not change the gradient, so convert
            # it to floats once instead of on every step.
            self._full_batch = images_to_input(self.x_train, model.network.dtype)
        self._last_good = (model.network.weights(),
                           Phrase(QT_TRANSLATE_NOOP("errors", "the start of training")))
        self._first_loss = None  # the run's first batch loss, the yardstick of an explosion

    @property
    def done(self):
        return self.steps_done >= self.total_steps

    @property
    def epochs_done(self):
        return self.steps_done // self.steps_per_epoch

    def _batch(self, index_in_epoch):
        """``(x, labels)`` of batch ``index_in_epoch``: floats, distorted if augmenting."""
        if self._full_batch is not None:  # (only without augmentation: see __init__)
            return self._full_batch, self.y_train
        if index_in_epoch == 0:  # reshuffle at the start of every epoch
            self._order = self._rng.permutation(len(self.x_train))
        rows = self._order[index_in_epoch * self.batch_size:(index_in_epoch + 1) * self.batch_size]
        x = images_to_input(self.x_train[rows], self.model.network.dtype)
        # A fresh random distortion every time an image comes round (never the validation set).
        # (A "+styles" mode edits some digits by what they are: it gets the digits, not
        # their class positions, which differ when training on a few digits only.)
        x = augment_batch(x, self.config.augment, self._rng, self.digits_train[rows],
                          self.config.style_digits)
        return x, self.y_train[rows]

    def step(self):
        """Train on one batch; return a ``StepReport``. Raises ``TrainingDiverged``."""
        if self.done:
            raise RuntimeError("training is finished; make a new Trainer to train more")
        index = self.steps_done % self.steps_per_epoch
        if index == 0:
            self._epoch_start = time.perf_counter()
            self._epoch_losses = []
        network = self.model.network
        x, labels = self._batch(index)
        # config.learning_rate: the base rate, which change_rates may have changed.
        learning_rate = self.config.learning_rate * schedule_factor(
            self.config.schedule, self.steps_done / self.total_steps)
        self.optimizer.learning_rate = learning_rate

        # A diverging run overflows to inf/NaN; the check below catches that and explains it,
        # so NumPy's own overflow warnings would only be noise.
        with np.errstate(over="ignore", invalid="ignore"):
            outputs = network.forward(x, training=True)
            loss = self.loss.forward(outputs, labels)
            self._check_loss(loss, Phrase(QT_TRANSLATE_NOOP("errors", "loss")))
            if self._first_loss is None:
                self._first_loss = loss
            if index == 0 or self.steps_done % self.checkpoint_every == 0:
                # These weights just gave a finite loss: the ones to go back to if a later
                # step diverges. (Copied before the update, which nobody has checked yet.)
                self._last_good = (network.weights(), Phrase(
                    QT_TRANSLATE_NOOP("errors", "before batch {0} of epoch {1}"),
                    (index + 1, self._epoch_number())))
            network.backward(self.loss.backward())
            measure = self.steps_done % self.diagnostics_every == 0
            steps = self.optimizer.step()
            diagnostics = self._diagnostics(steps) if measure else None

        self.steps_done += 1
        self._epoch_losses.append(loss)
        progress = self._progress_before + self.steps_done / self.steps_per_epoch
        history = self.model.history
        history["batch_epoch"].append(progress)
        history["batch_loss"].append(loss)
        compact_history(history)  # a long run keeps recent batches and a thinned past

        epoch_report = None
        if index == self.steps_per_epoch - 1:
            epoch_report = self._end_epoch(learning_rate)
        return StepReport(self.steps_done, progress, loss, learning_rate, epoch_report, diagnostics)

    def change_rates(self, learning_rate, momentum):
        """Use ``learning_rate`` (the base rate, before the schedule) and ``momentum`` from
        the next batch on, as if the run had been started with them; the optimiser keeps its
        state (its velocity). The change is recorded in the model's history (where, in
        epochs, and the new values) and in its config, so a saved model says what it was
        last trained with. Momentum only matters to the momentum and Nesterov optimisers."""
        # TrainConfig checks the values (ValueError): nothing is changed if one is wrong.
        self.config = dataclasses.replace(self.config, learning_rate=float(learning_rate),
                                          momentum=float(momentum))
        self.model.config = self.config
        if hasattr(self.optimizer, "momentum"):
            self.optimizer.momentum = float(momentum)
        batch_epochs = self.model.history["batch_epoch"]
        record_rate_change(self.model.history,
                           batch_epochs[-1] if batch_epochs else self._progress_before,
                           learning_rate, momentum)

    def run(self, on_step=None):
        """Train to the end, calling ``on_step(report)`` after every batch."""
        while not self.done:
            report = self.step()
            if on_step is not None:
                on_step(report)
        return self.model

    def _epoch_number(self):
        return self._epochs_before + self.steps_done // self.steps_per_epoch + 1

    def _end_epoch(self, learning_rate):
        train_loss = float(np.mean(self._epoch_losses))
        if self.x_val is not None:
            with np.errstate(over="ignore", invalid="ignore"):  # checked just below
                # (x_val is prepared already: evaluate would deskew it a second time)
                val_loss, val_accuracy = self.model.evaluate_prepared(self.x_val, self.y_val)
        else:
            val_loss, val_accuracy = float("nan"), float("nan")
        if self.x_val is not None:
            self._check_loss(val_loss, Phrase(QT_TRANSLATE_NOOP("errors", "validation loss")))
        with np.errstate(over="ignore", invalid="ignore"):  # (its loss is not used)
            _, train_accuracy = self.model.evaluate_prepared(self.x_train_sample,
                                                             self.digits_train_sample)
        epoch = self._epochs_before + self.steps_done // self.steps_per_epoch
        report = EpochReport(epoch, train_loss, val_loss, val_accuracy,
                             time.perf_counter() - self._epoch_start, learning_rate,
                             train_accuracy)
        history = self.model.history
        history["epoch"].append(epoch)
        history["train_loss"].append(train_loss)
        history["val_loss"].append(val_loss)
        history["val_accuracy"].append(val_accuracy)
        history["train_accuracy"].append(train_accuracy)
        history["epoch_seconds"].append(report.seconds)
        if self.x_val is not None:  # a finite validation loss vouches for these weights
            self._last_good = (self.model.network.weights(),
                               Phrase(QT_TRANSLATE_NOOP("errors", "the end of epoch {0}"), (epoch,)))
        return report

    def _check_loss(self, loss, what):
        """Stop (``TrainingDiverged``) on a loss that is not finite or has exploded."""
        if not math.isfinite(loss):
            self._diverged(Phrase(QT_TRANSLATE_NOOP("errors", "the {0} became {1}"), (what, loss)))
        if self._first_loss is not None and loss > DIVERGENCE_FACTOR * max(self._first_loss, 1.0):
            self._diverged(Phrase(QT_TRANSLATE_NOOP(
                "errors", "the {0} exploded to {1:.3g}, more than {2} times the first loss of "
                "this run ({3:.3g})"), (what, loss, DIVERGENCE_FACTOR, self._first_loss)))

    def _diverged(self, what):
        weights, when = self._last_good
        self.model.network.set_weights(weights)
        index = self.steps_done % self.steps_per_epoch
        summed = self.config.reduction == "sum"
        raise TrainingDiverged(
            QT_TRANSLATE_NOOP("errors", "Training stopped at epoch {0}, batch {1}: {2}. The "
                              "weights from {3}, the last good ones, were restored. Try a "
                              "smaller learning rate (it was {4:g}), or mean instead of summed "
                              "gradients.") if summed else
            QT_TRANSLATE_NOOP("errors", "Training stopped at epoch {0}, batch {1}: {2}. The "
                              "weights from {3}, the last good ones, were restored. Try a "
                              "smaller learning rate (it was {4:g})."),
            # The rate the user chose (or last applied while it trained), not the schedule's
            # value at this batch: --lr 50 with the cosine schedule was reported as 48.097.
            self._epoch_number(), index + 1, what, when, self.config.learning_rate)

    def _diagnostics(self, steps):
        """Cheap per-layer measurements from the batch just trained on."""
        network = self.model.network
        result = []
        # the optimiser returns its steps in the order of parameters()
        step_of = {name: step for (name, _, _), step in zip(network.parameters(), steps)}
        for i, layer in enumerate(network.weighted_layers):
            step_norm = float(np.linalg.norm(step_of[f"W{i + 1}"]))
            weight_norm = float(np.linalg.norm(layer.W))
            # sqrt(mean(dW**2)) = ||dW|| / sqrt(size): BLAS's norm, with no float64 copy of dW
            grad_rms = float(np.linalg.norm(layer.dW)) / math.sqrt(layer.dW.size)
            # The activation after the layer; for the last layer, the output function (a
            # sigmoid head saturates too: seed 000's single output did, and its loss froze).
            act = network.activation_after(layer)
            saturated = act.saturated_fraction() if hasattr(act, "saturated_fraction") else None
            dead = act.dead_fraction() if hasattr(act, "dead_fraction") else None
            ratio = step_norm / weight_norm if weight_norm > 0 else float("inf")
            kind = "conv" if layer in network.conv_layers else "dense"
            result.append(LayerDiagnostics(i + 1, grad_rms, ratio, saturated, dead, kind))
        return tuple(result)


# Training images the training accuracy is measured on. 1,000 read 99% right to within
# +-0.6% (two standard errors), enough to see a network memorise; the Convolutional
# preset's 5,000 validation images cost 10% of its epoch to read, 1,000 cost 2%.
TRAIN_SAMPLE = 1000


def train_sample_rows(n_train):
    """The rows of an ``n_train``-image training set that the training accuracy is measured
    on: ``TRAIN_SAMPLE`` of them (all of a smaller set), evenly spaced, the same every
    epoch (so the curve moves only with the weights). No random draw: the batches'
    generator must give the same batches as before."""
    size = min(n_train, TRAIN_SAMPLE)
    return np.linspace(0, n_train - 1, size).round().astype(np.intp)


def training_data(config, x_all, y_all):
    """``(x_train, y_train, x_val, y_val)`` as ``config`` asks for them: only the chosen
    ``digits``, ``val_size`` rows held out at random (seeded), then the first ``train_size``
    of the rest. The GUI worker and the command line can both use this."""
    if config.digits is not None:
        x_all, y_all = select_digits(x_all, y_all, config.digits)
    train_size, val_size = train_val_split_sizes(config, len(x_all))
    x_train, y_train, x_val, y_val = split_validation(x_all, y_all, val_size, seed=config.seed)
    return x_train[:train_size], y_train[:train_size], x_val, y_val


def train_val_split_sizes(config, n_available):
    """``(train_size, val_size)`` that ``config`` asks for, checked against the data."""
    val = config.val_size
    if val >= n_available:
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "validation size {0:,} leaves no training "
                                            "rows (there are {1:,})"), val, n_available)
    train = n_available - val if config.train_size is None else config.train_size
    if train > n_available - val:
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "training-subset size {0:,} is more than "
                                            "the {1:,} rows left after holding out {2:,} for "
                                            "validation"), train, n_available - val, val)
    return train, val
