"""Teach it my handwriting: a personal set of drawn digits, and fine-tuning on it.

The user draws a digit, says which digit it is, and keeps it. The kept digits live in one
file, ``personal_digits.npz``, in a folder the caller chooses (the app passes its data
folder, ``QStandardPaths.AppDataLocation``). ``fine_tune`` then trains a copy of a model
a little further on MNIST with the personal digits mixed in, many times over, so that a
few dozen digits weigh as much as they should next to thousands of MNIST ones, and reports
the personal set's accuracy separately from MNIST's.

The images are stored exactly as the network is given them by the pad (28 x 28, prepared
like MNIST, see ``DrawingCanvas.mnist_image``), as uint8 0-255 like MNIST itself. A model
that deskews does so itself when it reads or trains on them (``Model.prepare``).

No Qt here: the GUI presents a ``PersonalSet``; it does not store one.
"""

import hashlib
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .engine import Model, Trainer
from .engine.architecture import is_convolutional
from .engine.augment import AUGMENT_SETTINGS, augment_batch, random_affine
from .engine.averaging import read_digits
from .engine.conv import Conv2D
from .engine.layers import Dense, Dropout
from .engine.losses import class_labels, make_loss, outputs_to_probabilities
from .engine.model import class_index, ten_digit_probabilities
from .engine.optimizers import make_optimizer
from .engine.safe_npz import save_npz_atomically

FILE_NAME = "personal_digits.npz"
SIZE = 28


class PersonalSetError(ValueError):
    """The personal-digits file cannot be read; the message says why, in plain words."""


def pixels_as_uint8(pixels):
    """``pixels`` as uint8 0-255, the way the set stores them. Accepted: uint8 (as they
    are) and floats in [0, 1] (the pad's images). Anything else is refused with a
    ``ValueError``: an int64 or float array of 0-255 values cannot be told from one
    in [0, 1] that happens to be bright, and clipping it to [0, 1] would silently turn
    every stroke and half the background white."""
    pixels = np.asarray(pixels)
    if pixels.dtype == np.uint8:
        return pixels
    if pixels.dtype.kind != "f":
        raise ValueError(f"pixels must be floats in [0, 1] (or uint8 0-255), not {pixels.dtype}; "
                         "for 0-255 values use pixels / 255.0 or pixels.astype(np.uint8)")
    # "not (>= and <=)" also catches NaN, which fails every comparison.
    if pixels.size and not (pixels.min() >= 0 and pixels.max() <= 1):
        raise ValueError(f"pixels must be floats in [0, 1] (or uint8 0-255); found values "
                         f"from {pixels.min()} to {pixels.max()}")
    return np.rint(pixels * 255).astype(np.uint8)


def as_uint8_image(image):
    """``image`` (28 x 28 or 784 values, uint8 or float in [0, 1]) as a 28 x 28 uint8
    image, as the set stores it."""
    image = np.asarray(image)
    if image.shape not in ((SIZE, SIZE), (SIZE * SIZE,)):
        raise ValueError(f"a personal digit must be a 28 x 28 image, not shape {image.shape}")
    return pixels_as_uint8(image).reshape(SIZE, SIZE)


@dataclass(frozen=True)
class RemovedDigits:
    """Digits ``PersonalSet.remove_many`` forgot: their ``positions`` in the set (in
    ascending order) and, in the same order, their images, labels and times kept."""
    positions: tuple
    images: np.ndarray
    labels: np.ndarray
    added: np.ndarray


class PersonalSet:
    """The user's own labelled digits, kept in ``folder / FILE_NAME``.

    ``images``: ``(n, 28, 28)`` uint8; ``labels``: ``(n,)`` digits 0-9; ``added``: when each
    was kept (seconds since 1970). Digit ``i`` is ``images[i]`` with ``labels[i]``.
    Every change (``add``, ``remove``) is saved at once, atomically; a change whose
    save fails is undone in memory too, so the set in memory is always the one on disk.
    """

    def __init__(self, folder):
        self.path = Path(folder) / FILE_NAME
        self.images = np.zeros((0, SIZE, SIZE), dtype=np.uint8)
        self.labels = np.zeros(0, dtype=np.int64)
        self.added = np.zeros(0, dtype=np.float64)
        if self.path.exists():
            self._load()

    @classmethod
    def load(cls, folder):
        """The personal set in ``folder`` (empty if there is none yet).
        Raises ``PersonalSetError`` if the file is there but unreadable."""
        return cls(folder)

    def __len__(self):
        return len(self.labels)

    def items(self):
        """``[(image, label), ...]`` in the order they were kept (copies)."""
        return [(image.copy(), int(label)) for image, label in zip(self.images, self.labels)]

    def counts(self):
        """How many digits of each kind are kept: an array of 10 counts."""
        return np.bincount(self.labels, minlength=10)

    def add(self, image, label):
        """Keep ``image`` (28 x 28, float in [0, 1] or uint8) as digit ``label``; save.
        Returns its index."""
        self.add_many([image], [label])
        return len(self) - 1

    def add_many(self, images, labels):
        """Keep several digits at once, in order, with one save (the guided flow keeps
        twenty). Checks them all first: nothing is kept if any is refused."""
        checked_images, checked_labels = [], []
        for image, label in zip(images, labels, strict=True):
            # A whole number 0-9: 3.7 is refused, not truncated to 3.
            label = int(class_labels([label], 10, "digit labels (0-9)")[0])
            image = as_uint8_image(image)
            if not image.any():
                raise ValueError("the image is empty: draw a digit first")
            checked_images.append(image)
            checked_labels.append(label)
        if not checked_images:
            return
        self._commit(np.concatenate([self.images, np.array(checked_images, np.uint8)]),
                     np.append(self.labels, checked_labels),
                     np.append(self.added, np.full(len(checked_labels), time.time())))

    def relabel(self, index, label):
        """Say digit ``index`` is ``label`` after all (the user corrected their own
        correction); save."""
        # As add() checks it: a whole number 0-9 (3.7 is refused, not truncated to 3).
        label = int(class_labels([label], 10, "digit labels (0-9)")[0])
        labels = self.labels.copy()
        labels[self._position(int(index))] = label
        self._commit(self.images, labels, self.added)

    def remove(self, index):
        """Forget digit ``index``; save."""
        self.remove_many([index])

    def remove_many(self, indices):
        """Forget the digits at ``indices``, with one save. Returns what went, as a
        ``RemovedDigits`` that ``restore`` puts back."""
        positions = sorted({self._position(int(i)) for i in indices})
        removed = RemovedDigits(tuple(positions), self.images[positions].copy(),
                                self.labels[positions].copy(), self.added[positions].copy())
        self._commit(np.delete(self.images, positions, axis=0),
                     np.delete(self.labels, positions), np.delete(self.added, positions))
        return removed

    def restore(self, removed):
        """Put back digits ``remove_many`` took (undo), each at the place it had, with
        one save. Digits kept since then were added at the end, so the places still hold
        as long as the removals are undone last first."""
        total = len(self) + len(removed.positions)
        if removed.positions and removed.positions[-1] >= total:
            raise IndexError(f"cannot put a digit back at {removed.positions[-1]}: "
                             f"there are only {len(self)}")
        back = np.zeros(total, dtype=bool)
        back[list(removed.positions)] = True
        images = np.empty((total, SIZE, SIZE), dtype=np.uint8)
        labels = np.empty(total, dtype=np.int64)
        added = np.empty(total, dtype=np.float64)
        for merged, kept, returned in ((images, self.images, removed.images),
                                       (labels, self.labels, removed.labels),
                                       (added, self.added, removed.added)):
            merged[~back], merged[back] = kept, returned
        self._commit(images, labels, added)

    def _position(self, index):
        """``index`` (negative from the end) as a position in the set; an ``IndexError``
        if there is no such digit."""
        if not -len(self) <= index < len(self):
            raise IndexError(f"there is no personal digit {index} (there are {len(self)})")
        return index % len(self)

    def save(self):
        """Write the set atomically: into a temporary file in the same folder, then
        ``os.replace`` over the old one, so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        save_npz_atomically(self.path, {"images": self.images, "labels": self.labels,
                                        "added": self.added})

    def _commit(self, images, labels, added):
        """Make ``images, labels, added`` the set and save it; if the save fails (disk
        full, folder gone) put the set back as it was before the error goes up: memory
        never holds what the file does not, so a failed delete is not written by the next
        keep, and a failed undo can be tried again without putting digits back twice."""
        before = self.images, self.labels, self.added
        self.images, self.labels, self.added = images, labels, added
        try:
            self.save()
        except BaseException:
            self.images, self.labels, self.added = before
            raise

    def _load(self):
        name = self.path.name
        # An .npz is a zip archive; anything else (a text file, an image, a pickle saved
        # under the name) gave numpy's "Cannot load file containing pickled data", which
        # says nothing to someone who did not write the file.
        try:
            with open(self.path, "rb") as f:
                start = f.read(4)
        except OSError as error:
            raise PersonalSetError(f"{name}: cannot be read ({error.strerror})") from None
        if start not in (b"PK\x03\x04", b"PK\x05\x06"):  # a zip's first entry, or an empty zip
            reason = "the file is empty" if not start else (
                "it is not an .npz archive, the format the app keeps them in")
            raise PersonalSetError(f"{name}: cannot be read as a set of personal digits "
                                   f"({reason})")
        try:
            with np.load(self.path, allow_pickle=False) as archive:
                images, labels = archive["images"], archive["labels"]
                added = archive["added"] if "added" in archive.files else np.zeros(len(labels))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as error:
            raise PersonalSetError(f"{name}: cannot be read as a set of personal digits "
                                   f"({error})") from None
        if (images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (SIZE, SIZE)
                or labels.shape != (len(images),) or added.shape != (len(images),)):
            raise PersonalSetError(f"{name}: expected 28 x 28 uint8 images with one label "
                                   f"each, found images {images.shape} {images.dtype} and "
                                   f"labels {labels.shape}")
        if len(labels) and not (np.issubdtype(labels.dtype, np.integer)
                                and labels.min() >= 0 and labels.max() <= 9):
            raise PersonalSetError(f"{name}: the labels must be digits 0-9")
        self.images, self.labels, self.added = images, labels.astype(np.int64), added


class FineTuneCancelled(RuntimeError):
    """``should_stop`` asked ``fine_tune`` to stop; the model given was not changed."""


@dataclass(frozen=True)
class FineTuneReport:
    """What fine-tuning did, measured honestly.

    ``personal_*``: accuracy on the personal digits themselves, before and after: the
    tuned model has seen them, so "after" flatters it. ``held_out_*``: accuracy on
    personal digits the tuned model did *not* see (leave one round out, see
    ``held_out_accuracy``): what to expect of the next digit the user draws; nan when
    there is only one round. Both read the user's digits as the drawing pad does
    (``engine.averaging.read_digits``). ``mnist_*``: accuracy on ``eval_x, eval_y`` (e.g.
    MNIST test, read plainly as every test accuracy), the cost to everybody else's digits;
    nan if none were given.
    """

    personal_before: float
    personal_after: float
    mnist_before: float
    mnist_after: float
    seconds: float  # the fine-tune of the returned model (the held-out runs not counted)
    held_out_before: float = float("nan")
    held_out_after: float = float("nan")
    held_out_digits: int = 0
    rounds: int = 1
    personal_digits: int = 0
    # The time it took beyond ``seconds`` to measure the figures above (the held-out
    # fine-tunes, the readings before and after): the user waits for both.
    measure_seconds: float = 0.0


# The recipe, measured with tests/benchmarks/bench_adaptation.py (README and tests/benchmarks/RESULTS.md), by kind
# of network. ``move``: which layers learn. "all": every layer, on MNIST rows and personal
# digits distorted anew each epoch (``Trainer``). "dense": a convolutional network's
# convolutions stay as they are; their features are computed once for the MNIST rows and
# for ``copies`` distorted copies of each personal digit, and only the Dense layers above
# them are trained, on those cached features (``_train_head``): the convolutions cost
# nearly all of the time, and they are paid for once instead of once per epoch and fold.
# ``personal_share``: the share of the mix that is personal digits; ``rate_factor``: the
# fine-tune's learning rate as a share of the model's own.
RECIPES = {"dense": {"move": "all", "epochs": 3, "mnist_rows": 10000, "rate_factor": 0.1,
                     "personal_share": 0.1},
           "convolutional": {"move": "dense", "epochs": 4, "mnist_rows": 3000,
                             "rate_factor": 0.4, "personal_share": 0.3}}
AUGMENT = "affine"  # the mix is distorted anew every epoch, whatever the model trained with
HELD_OUT_FOLDS = 2
# How the cached copies of a personal digit are distorted ("dense" and "last"): more than
# MNIST's own augmentation (``augment.AUGMENT_SETTINGS["affine"]``: 10 degrees, 10%, 0.15,
# 2 pixels). Two examples of a digit teach the layers above the convolutions that
# particular drawing unless its copies vary widely; on the tuning writers of
# bench_adaptation.py this range read 95.7% of their other digits (mean of 4 seeds),
# against 95.5% with ranges 2.5 times smaller (and 94.8% with no distortion, one seed):
# within the seed-to-seed spread (tests/benchmarks/RESULTS.md).
COPY_DISTORTION = dict(rotate_degrees=20.0, scale=0.2, shear=0.25, shift_pixels=3.75)


def fingerprint(model):
    """A short fingerprint of ``model``'s weights and layers (16 hex digits): the same
    weights give the same fingerprint, on any machine, whatever file they were read from.
    An adapted model names its base by it (``info["fine_tuned"]["base_fingerprint"]``)."""
    digest = hashlib.sha256(model.config.architecture_text().encode())
    for name, value, _ in model.network.parameters():
        digest.update(name.encode())
        digest.update(np.ascontiguousarray(value).tobytes())
    return digest.hexdigest()[:16]


def base_of(model):
    """``(file name, fingerprint)`` of the base model ``model`` was adapted from, or
    ``None`` for a model that was never fine-tuned."""
    tuned = (model.info or {}).get("fine_tuned") or {}
    if not tuned.get("base_fingerprint"):
        return None
    return tuned.get("base_model"), tuned["base_fingerprint"]


def recipe_for(model):
    """``{"move": ..., "epochs": ..., "mnist_rows": ..., "rate_factor": ...,
    "personal_share": ...}``: the fine-tune recipe for ``model``'s kind of network
    (``RECIPES``)."""
    layers = getattr(model.config, "layers", ())  # an engine without conv layers has none
    return dict(RECIPES["convolutional" if is_convolutional(layers) else "dense"])


def rounds_of(labels):
    """The round each personal digit was written in: the first 3 kept is in round 0, the
    second 3 in round 1, and so on (the guided flow asks for 0-9 once per round)."""
    labels = np.asarray(labels)
    rounds = np.zeros(len(labels), dtype=np.intp)
    for digit in np.unique(labels):
        where = np.flatnonzero(labels == digit)
        rounds[where] = np.arange(len(where))
    return rounds


def _accuracy(model, images, labels):
    if images is None or len(images) == 0:
        return float("nan")
    return float(np.mean(model.predict(images) == np.asarray(labels)))


def _reads(model, images):
    """The digit ``model`` reads in each of the user's ``images``, as the drawing pad reads
    it (averaged over a few versions for a CNN, ``engine.averaging``): the report on the
    user's own digits then says what the pad will do."""
    return np.argmax(read_digits(model, images), axis=1)


def _personal_accuracy(model, images, labels):
    return float(np.mean(_reads(model, images) == np.asarray(labels)))


def _as_personal(personal_x, personal_y):
    personal_x = np.asarray(personal_x).reshape(-1, SIZE * SIZE)
    personal_y = class_labels(personal_y, 10, "personal labels (digits)")
    if len(personal_x) == 0:
        raise ValueError("the personal set is empty: keep a few drawn digits first")
    if len(personal_x) != len(personal_y):
        raise ValueError(f"{len(personal_x)} personal images but {len(personal_y)} labels")
    return pixels_as_uint8(personal_x), personal_y  # one dtype for the mix; MNIST's is uint8


def _repeats(n_personal, n_mnist, personal_share):
    """How many times each personal digit comes in a mix with ``n_mnist`` MNIST rows for
    the personal digits to make up ``personal_share`` of it (at least once)."""
    wanted = personal_share / (1 - personal_share) * n_mnist
    return max(1, int(round(wanted / n_personal)))


def _mix(personal_x, personal_y, mnist_x, mnist_y, rows, personal_share):
    """The MNIST ``rows`` and the personal digits repeated until they make up
    ``personal_share`` of the mix."""
    repeats = _repeats(len(personal_x), len(rows), personal_share)
    x = np.concatenate([mnist_x[rows], np.tile(personal_x, (repeats, 1))])
    y = np.concatenate([mnist_y[rows], np.tile(personal_y, repeats)])
    return x, y


class _Run:
    """Parts of a fine-tune (trainer runs, the cached features) counted as one progress
    bar, with a way to stop."""

    def __init__(self, total_parts, on_progress, should_stop):
        self.total_parts, self.done_parts = total_parts, 0
        self.on_progress, self.should_stop = on_progress, should_stop

    def report(self, fraction):
        """The current part is ``fraction`` done; stop here if asked to."""
        if self.should_stop is not None and self.should_stop():
            raise FineTuneCancelled("fine-tuning was cancelled")
        if self.on_progress is not None:
            self.on_progress((self.done_parts + fraction) / self.total_parts)

    def train(self, trainer):
        self.report(0.0)
        while not trainer.done:
            trainer.step()
            self.report(trainer.steps_done / trainer.total_steps)
        self.done_parts += 1


def _tuned_model(model, network):
    """``network`` (trained further from ``model``'s) as a model: the same settings,
    curves and facts. The model still *is* the one trained with ``model.config``;
    fine-tuning is recorded in ``info`` (see ``fine_tune``)."""
    # Not the run it came from: training it further must start a run of its own in the
    # run list, not replace the base's record (``run_id``, see ``engine.runs``); and not
    # the moment the base was saved (the app showed the new model as "saved" then).
    info = {k: v for k, v in model.info.items() if k not in ("run_id", "saved")}
    return Model(model.config, network=network,
                 history={k: list(v) for k, v in model.history.items()}, info=info)


class _EveryLayer:
    """Fine-tunes every layer ("all"): the ``Trainer`` on MNIST rows mixed with the
    personal digits, every image distorted anew each epoch."""

    def __init__(self, model, personal_x, personal_y, mnist_x, mnist_y, rows, settings):
        self.model, self.settings = model, settings
        self.personal_x, self.personal_y = personal_x, personal_y
        self.mnist = (mnist_x, mnist_y, rows)
        self.parts = 0  # nothing to prepare
        self.eval_seconds = 0.0

    def accuracy(self, model, labels, eval_x):
        """``model``'s accuracy on ``eval_x, labels`` (MNIST test), read the usual way."""
        return _accuracy(model, eval_x, labels)

    def tune(self, keep, fold, run):
        """A tuned copy of the model, from the personal digits where ``keep`` is true."""
        s = self.settings
        x, y = _mix(self.personal_x[keep], self.personal_y[keep], *self.mnist,
                    s["personal_share"])
        base = self.model.config
        config = base.replace(epochs=s["epochs"], learning_rate=s["rate"],
                              schedule="constant", train_size=None, val_size=0,
                              seed=(base.seed + s["seed"] + fold + 1) % 2**31,
                              augment=s["augment"])
        tuned = Model(config, network=self.model.network.copy())
        run.train(Trainer(tuned, x, y))
        return _tuned_model(self.model, tuned.network)


class _HeadOnly:
    """Fine-tunes only the Dense layers above the convolutions ("dense"), or only the
    output layer ("last"), on features computed once.

    The layers below stay as they are, so their outputs for an image never change: they
    are computed once (``prepare``) for the MNIST rows and for ``copies`` distorted copies
    of every personal digit, and every epoch of every fold trains the layers above on
    those rows of numbers. That is the same training as moving those layers alone, minus
    the distortion being drawn anew each epoch."""

    def __init__(self, model, personal_x, personal_y, mnist_x, mnist_y, rows, settings):
        self.model, self.settings = model, settings
        layers = model.network.layers
        dense = [i for i, layer in enumerate(layers) if isinstance(layer, Dense)]
        if settings["move"] == "last":
            self.split = dense[-1]
        else:  # the first Dense layer after the last convolution (all of them in an MLP)
            convs = [i for i, layer in enumerate(layers) if isinstance(layer, Conv2D)]
            self.split = next(i for i in dense if not convs or i > convs[-1])
        self.personal_y, self.mnist_y = personal_y, mnist_y[rows]
        self._inputs = (personal_x, mnist_x[rows])
        self.parts = 1  # computing the features: about as long as the training itself

    def prepare(self, run, eval_x=None):
        """The features of the MNIST rows (distorted once, as the model trained) and of
        the personal digits' copies: ``(rows, f)`` and ``(personal, copies, f)``; and of
        ``eval_x`` (MNIST test), which the base and every tuned model share, so that the
        cost to MNIST is measured with one pass through the frozen layers, not two."""
        s = self.settings
        personal_x, mnist_x = self._inputs
        rng = np.random.default_rng([s["seed"], 1])
        copies = _repeats(len(personal_x), len(mnist_x), s["personal_share"])
        # Distorted as the model's own training would ("affine+styles" redraws a share of
        # the 0s, 1s, 7s and 9s first, which needs each row's digit).
        mnist = augment_batch(self.model.prepare(mnist_x), s["augment"], rng, self.mnist_y,
                              self.model.config.style_digits)
        personal = np.repeat(self.model.prepare(personal_x), copies, axis=0)
        distorted = random_affine(personal, rng, **COPY_DISTORTION)
        distorted[::copies] = personal[::copies]  # the first copy is the digit as drawn
        parts = [mnist, distorted]
        if eval_x is not None and len(eval_x):
            parts.append(self.model.prepare(eval_x))
        # A copy runs the frozen layers: they keep their last chunk for a backward pass
        # that never comes, and the model's own network must not hold on to it.
        frozen = self.model.network.copy().layers[:self.split]
        total = sum(len(part) for part in parts)
        features, chunk, done = [], 250, 0
        self.eval_seconds = 0.0  # not part of the fine-tune: the measure of its cost
        for index, part in enumerate(parts):
            part_start = time.perf_counter()
            for start in range(0, len(part), chunk):
                x = part[start:start + chunk]
                for layer in frozen:
                    x = layer.forward(x)
                features.append(x)
                done += len(x)
                run.report(done / total)
            if index == 2:
                self.eval_seconds = time.perf_counter() - part_start
        run.done_parts += 1
        features = np.concatenate(features)
        n_mnist, n_personal = len(mnist), len(distorted)
        self.mnist_features = features[:n_mnist]
        self.personal_features = features[n_mnist:n_mnist + n_personal].reshape(
            len(personal_x), copies, -1)
        self.eval_features = features[n_mnist + n_personal:]

    def accuracy(self, model, labels, eval_x=None):
        """``model``'s accuracy on the ``eval_x`` given to ``prepare`` (the base or a tuned
        copy: their frozen layers are the same), from the cached features."""
        x = self.eval_features
        for layer in model.network.layers[self.split:]:
            x = layer.forward(x)
        probabilities = ten_digit_probabilities(
            model.config, outputs_to_probabilities(model.config.head, x))
        return float(np.mean(np.argmax(probabilities, axis=1) == np.asarray(labels)))

    def tune(self, keep, fold, run):
        s = self.settings
        # As many copies of each kept digit as the mix needs for its personal share (a
        # held-out fold keeps fewer digits, so each comes more often, as in ``_mix``);
        # beyond the cached copies, they come round again.
        reps = _repeats(int(np.count_nonzero(keep)), len(self.mnist_features),
                        s["personal_share"])
        personal = self.personal_features[keep]
        personal = personal[:, np.arange(reps) % personal.shape[1]]
        x = np.concatenate([self.mnist_features, personal.reshape(-1, personal.shape[-1])])
        y = np.concatenate([self.mnist_y, np.repeat(self.personal_y[keep], personal.shape[1])])
        network = self.model.network.copy()
        head = network.layers[self.split:]
        flag = head[0].needs_input_grad
        # Nothing below the head learns: its first layer needs no input gradient.
        head[0].needs_input_grad = False
        try:
            run.train(_HeadTrainer(head, x, class_index(self.model.config, y),
                                   self.model.config, s, fold))
        finally:
            head[0].needs_input_grad = flag
        return _tuned_model(self.model, network)


class _HeadTrainer:
    """Minibatch training of ``layers`` (a network's top layers) on fixed input rows, with
    the model's own optimiser, loss and batch size at a constant ``rate``; the interface
    ``_Run.train`` uses (``done``, ``step``, ``steps_done``, ``total_steps``)."""

    def __init__(self, layers, x, labels, config, settings, fold):
        self.layers, self.x, self.labels = layers, x, labels
        self.loss = make_loss(config.head, config.reduction)
        parameters = [(f"{name}{i}", value, grad) for i, layer in enumerate(
            [layer for layer in layers if hasattr(layer, "parameters")], start=1)
            for name, value, grad in layer.parameters()]
        self.optimizer = make_optimizer(config.optimizer, parameters, settings["rate"],
                                        config.momentum, config.l2)
        self.batch_size = min(config.batch_size or len(x), len(x))
        self.steps_per_epoch = -(-len(x) // self.batch_size)
        self.total_steps = self.steps_per_epoch * settings["epochs"]
        self.steps_done = 0
        self._rng = np.random.default_rng([settings["seed"], fold, 2])

    @property
    def done(self):
        return self.steps_done >= self.total_steps

    def step(self):
        index = self.steps_done % self.steps_per_epoch
        if index == 0:
            self._order = self._rng.permutation(len(self.x))
        rows = self._order[index * self.batch_size:(index + 1) * self.batch_size]
        x = self.x[rows]
        for layer in self.layers:
            x = layer.forward(x, True) if isinstance(layer, Dropout) else layer.forward(x)
        self.loss.forward(x, self.labels[rows])
        dout = self.loss.backward()
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
            if dout is None:
                break
        self.optimizer.step()
        self.steps_done += 1


TUNERS = {"all": _EveryLayer, "dense": _HeadOnly, "last": _HeadOnly}


def fine_tune(model, personal_x, personal_y, mnist_x, mnist_y, epochs=None,
              mnist_rows=None, personal_share=None, learning_rate=None,
              move=None, augment=AUGMENT, seed=0, eval_x=None, eval_y=None, held_out=True,
              base_name=None, on_progress=None, should_stop=None):
    """Train a copy of ``model`` a little further on MNIST mixed with the personal digits.

    * ``mnist_rows`` random MNIST training rows (all if fewer) keep the network from
      forgetting everything else while it learns the user's style;
    * the personal digits are repeated until they make up ``personal_share`` of the mix
      (a few dozen digits next to 10,000 would otherwise hardly count), every repeat
      distorted a little differently, so they are not memorised pixel by pixel;
    * ``epochs`` passes at ``learning_rate`` (default: the recipe's ``rate_factor`` times
      the model's own);
    * ``move``: which layers learn ("all", "dense": those above the convolutions, "last":
      the output layer), see ``RECIPES``;
    * ``move``, ``epochs``, ``mnist_rows``, ``personal_share`` and the learning rate
      default to ``recipe_for(model)``;
    * ``augment``: how the MNIST rows of the mix are distorted, as in training (a key of
      ``augment.AUGMENT_SETTINGS``: "none", "affine", or "affine+styles", which also
      redraws a share of their 0s, 1s, 7s and 9s in other styles); the personal digits'
      copies are always distorted by ``COPY_DISTORTION``.

    Personal digits of a digit the model does not read (a model trained on some digits
    only, ``config.digits``) are left out. With ``held_out`` and at least two rounds of
    digits (``rounds_of``), it also measures the held-out accuracy: each round is read by
    a model tuned on the other rounds only, which costs one more fine-tune per round (at
    most ``HELD_OUT_FOLDS``). ``on_progress(fraction)`` is called after every batch;
    ``should_stop()`` returning true ends it with ``FineTuneCancelled``.

    The original ``model`` is not changed. Returns ``(new_model, FineTuneReport)``; the
    new model's ``info["fine_tuned"]`` says on how many digits, from which base model
    (``base_name``, e.g. its file name, and its ``fingerprint``) and with what settings.
    """
    personal_x, personal_y = _as_personal(personal_x, personal_y)
    personal_x, personal_y = model.config_rows(personal_x, personal_y)
    if len(personal_y) == 0:
        raise ValueError("none of the personal digits is one this model reads "
                         f"(it reads {', '.join(map(str, model.config.digits))})")
    recipe = recipe_for(model)
    settings = {
        "move": recipe["move"] if move is None else move,
        "epochs": recipe["epochs"] if epochs is None else epochs,
        "rate": (model.config.learning_rate * recipe["rate_factor"] if learning_rate is None
                 else learning_rate),
        "personal_share": (recipe["personal_share"] if personal_share is None
                           else personal_share),
        "augment": augment, "seed": seed}
    if settings["move"] not in TUNERS:
        raise ValueError(f"move is one of {', '.join(TUNERS)}, not {settings['move']!r}")
    if augment not in AUGMENT_SETTINGS:
        raise ValueError(f"augment is one of {', '.join(AUGMENT_SETTINGS)}, not {augment!r}")
    mnist_rows = recipe["mnist_rows"] if mnist_rows is None else mnist_rows
    mnist_x, mnist_y = model.config_rows(np.asarray(mnist_x).reshape(len(mnist_x), -1),
                                         np.asarray(mnist_y))
    rows = np.random.default_rng([seed, 0]).choice(
        len(mnist_x), min(mnist_rows, len(mnist_x)), replace=False)
    rounds = rounds_of(personal_y)
    folds = min(HELD_OUT_FOLDS, int(rounds.max()) + 1) if held_out else 1
    folds = folds if folds > 1 else 0
    tuner = TUNERS[settings["move"]](model, personal_x, personal_y, mnist_x, mnist_y, rows,
                                     settings)
    run = _Run(tuner.parts + 1 + folds, on_progress, should_stop)

    start = time.perf_counter()
    measure_mnist = eval_x is not None and len(eval_x) > 0
    if tuner.parts:
        tuner.prepare(run, eval_x if measure_mnist else None)
    tuned = tuner.tune(np.ones(len(personal_y), bool), 0, run)
    seconds = time.perf_counter() - start - tuner.eval_seconds
    held_before, held_after, held_digits = _held_out_accuracy(
        model, tuner, run, personal_x, personal_y, rounds, folds)
    figures = {
        "personal_before": _personal_accuracy(model, personal_x, personal_y),
        "personal_after": _personal_accuracy(tuned, personal_x, personal_y),
        "mnist_before": tuner.accuracy(model, eval_y, eval_x) if measure_mnist else float("nan"),
        "mnist_after": tuner.accuracy(tuned, eval_y, eval_x) if measure_mnist else float("nan")}
    report = FineTuneReport(
        **figures, seconds=seconds, held_out_before=float(held_before),
        held_out_after=float(held_after), held_out_digits=held_digits,
        rounds=int(rounds.max()) + 1, personal_digits=len(personal_y),
        measure_seconds=max(0.0, time.perf_counter() - start - seconds))
    tuned.info["fine_tuned"] = _fine_tune_info(model, base_name, report, settings, len(rows))
    if not np.isnan(report.mnist_after):
        # The test accuracy in the base's info belongs to the weights before.
        tuned.info["test_accuracy"] = report.mnist_after
    return tuned, report


def _held_out_accuracy(model, tuner, run, personal_x, personal_y, rounds, folds):
    """``(before, after, digits)``: the share of the personal digits read right by
    ``model`` and by a model tuned without them (leave one round out: round ``r`` is in
    fold ``r % folds``, read by a model tuned on the other folds). ``(nan, nan, 0)`` with
    no folds (held out not asked for, or a single round)."""
    if not folds:
        return float("nan"), float("nan"), 0
    correct_before = correct_after = 0
    for fold in range(folds):
        test = rounds % folds == fold
        fold_model = tuner.tune(~test, fold + 1, run)
        correct_before += np.sum(_reads(model, personal_x[test]) == personal_y[test])
        correct_after += np.sum(_reads(fold_model, personal_x[test]) == personal_y[test])
    digits = len(personal_y)
    return correct_before / digits, correct_after / digits, digits


def _fine_tune_info(model, base_name, report, settings, mnist_rows):
    """What an adapted model records of its fine-tune (``info["fine_tuned"]``, saved with
    it): on how many digits, from which base, with what settings, and the report."""
    earlier = model.info.get("fine_tuned", {})
    return {
        "personal_digits": int(report.personal_digits), "rounds": report.rounds,
        # A model tuned again still names the original (the app always tunes the original;
        # the command line may be given an adapted model).
        "base_model": earlier.get("base_model", base_name),
        "base_fingerprint": earlier.get("base_fingerprint", fingerprint(model)),
        "base_test_accuracy": earlier.get("base_test_accuracy",
                                          model.info.get("test_accuracy")),
        "move": settings["move"], "epochs": settings["epochs"],
        "learning_rate": settings["rate"], "mnist_rows": int(mnist_rows),
        "personal_share": settings["personal_share"], "augment": settings["augment"],
        # The rest of the report, so that an app shows it again after a restart.
        "held_out_digits": report.held_out_digits, "seconds": report.seconds,
        "measure_seconds": report.measure_seconds,
        # Measured accuracies; None (JSON null) for one not measured.
        **{name: None if np.isnan(value) else value for name, value in (
            ("personal_before", report.personal_before),
            ("personal_accuracy", report.personal_after),
            ("held_out_before", report.held_out_before),
            ("held_out_after", report.held_out_after),
            ("mnist_before", report.mnist_before), ("mnist_after", report.mnist_after))},
    }
