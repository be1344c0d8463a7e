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

import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .engine import Model, Trainer
from .engine.architecture import is_convolutional
from .engine.safe_npz import save_npz_atomically

FILE_NAME = "personal_digits.npz"
SIZE = 28


class PersonalSetError(ValueError):
    """The personal-digits file cannot be read; the message says why, in plain words."""


def _as_uint8_image(image):
    image = np.asarray(image)
    if image.shape not in ((SIZE, SIZE), (SIZE * SIZE,)):
        raise ValueError(f"a personal digit must be a 28 x 28 image, not shape {image.shape}")
    if image.dtype != np.uint8:
        image = np.rint(np.clip(image, 0.0, 1.0) * 255).astype(np.uint8)
    return image.reshape(SIZE, SIZE)


class PersonalSet:
    """The user's own labelled digits, kept in ``folder / FILE_NAME``.

    ``images``: ``(n, 28, 28)`` uint8; ``labels``: ``(n,)`` digits 0-9; ``added``: when each
    was kept (seconds since 1970). Digit ``i`` is ``images[i]`` with ``labels[i]``.
    Every change (``add``, ``remove``) is saved at once, atomically.
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
            label = int(label)
            if not 0 <= label <= 9:
                raise ValueError(f"a digit label is 0-9, not {label}")
            image = _as_uint8_image(image)
            if not image.any():
                raise ValueError("the image is empty: draw a digit first")
            checked_images.append(image)
            checked_labels.append(label)
        if not checked_images:
            return
        self.images = np.concatenate([self.images, np.array(checked_images, np.uint8)])
        self.labels = np.append(self.labels, checked_labels)
        self.added = np.append(self.added, np.full(len(checked_labels), time.time()))
        self.save()

    def remove(self, index):
        """Forget digit ``index``; save."""
        if not -len(self) <= index < len(self):
            raise IndexError(f"there is no personal digit {index} (there are {len(self)})")
        self.images = np.delete(self.images, index, axis=0)
        self.labels = np.delete(self.labels, index)
        self.added = np.delete(self.added, index)
        self.save()

    def save(self):
        """Write the set atomically: into a temporary file in the same folder, then
        ``os.replace`` over the old one, so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        save_npz_atomically(self.path, {"images": self.images, "labels": self.labels,
                                        "added": self.added})

    def _load(self):
        name = self.path.name
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
    there is only one round. ``mnist_*``: accuracy on ``eval_x, eval_y`` (e.g. MNIST test),
    the cost to everybody else's digits; nan if none were given.
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


# The recipe, measured with tests/benchmarks/bench_adaptation.py (see the README).
# Passes over the mix and MNIST rows in it, by kind of network: a convolutional network
# costs about ten times as much per image, so it sees fewer images to stay within a few
# seconds (the mix is then about 3,300 images instead of 11,100).
RECIPES = {"dense": {"epochs": 3, "mnist_rows": 10000},
           "convolutional": {"epochs": 2, "mnist_rows": 3000}}
PERSONAL_SHARE = 0.1
RATE_FACTOR = 0.1  # the fine-tune's learning rate, as a share of the model's own
AUGMENT = "affine"  # the mix is distorted anew every epoch, whatever the model trained with
HELD_OUT_FOLDS = 2


def recipe_for(model):
    """``{"epochs": ..., "mnist_rows": ...}``: the fine-tune recipe for ``model``'s kind of
    network (``RECIPES``)."""
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


def _as_personal(personal_x, personal_y):
    personal_x = np.asarray(personal_x).reshape(-1, SIZE * SIZE)
    personal_y = np.asarray(personal_y).astype(np.intp)
    if len(personal_x) == 0:
        raise ValueError("the personal set is empty: keep a few drawn digits first")
    if len(personal_x) != len(personal_y):
        raise ValueError(f"{len(personal_x)} personal images but {len(personal_y)} labels")
    if personal_x.dtype != np.uint8:  # one dtype for the mix; MNIST's is uint8
        personal_x = np.rint(np.clip(personal_x, 0, 1) * 255).astype(np.uint8)
    return personal_x, personal_y


def _mix(personal_x, personal_y, mnist_x, mnist_y, mnist_rows, personal_share, rng):
    """``mnist_rows`` random MNIST rows and the personal digits repeated until they make up
    ``personal_share`` of the mix."""
    mnist_x = np.asarray(mnist_x).reshape(len(mnist_x), -1)
    rows = rng.choice(len(mnist_x), min(mnist_rows, len(mnist_x)), replace=False)
    wanted = personal_share / (1 - personal_share) * len(rows)
    repeats = max(1, int(round(wanted / len(personal_x))))
    x = np.concatenate([mnist_x[rows], np.tile(personal_x, (repeats, 1))])
    y = np.concatenate([np.asarray(mnist_y)[rows], np.tile(personal_y, repeats)])
    return x, y


class _Run:
    """One or more Trainer runs counted as one progress bar, with a way to stop."""

    def __init__(self, total_runs, on_progress, should_stop):
        self.total_runs, self.done_runs = total_runs, 0
        self.on_progress, self.should_stop = on_progress, should_stop

    def train(self, trainer):
        while not trainer.done:
            if self.should_stop is not None and self.should_stop():
                raise FineTuneCancelled("fine-tuning was cancelled")
            trainer.step()
            if self.on_progress is not None:
                fraction = trainer.steps_done / trainer.total_steps
                self.on_progress((self.done_runs + fraction) / self.total_runs)
        self.done_runs += 1


def _tuned_copy(model, x, y, epochs, rate, augment, seed, run):
    base = model.config
    settings = base.replace(epochs=epochs, learning_rate=rate, schedule="constant",
                            train_size=None, val_size=0, seed=(base.seed + seed + 1) % 2**31,
                            augment=augment)
    tuned = Model(settings, network=model.network.copy(),
                  history={k: list(v) for k, v in model.history.items()}, info=model.info)
    run.train(Trainer(tuned, x, y))
    # The model still *is* the one trained with `base`; fine-tuning is recorded in info.
    tuned.config = base
    return tuned


def fine_tune(model, personal_x, personal_y, mnist_x, mnist_y, epochs=None,
              mnist_rows=None, personal_share=PERSONAL_SHARE, learning_rate=None,
              augment=AUGMENT, seed=0, eval_x=None, eval_y=None, held_out=True,
              base_name=None, on_progress=None, should_stop=None):
    """Train a copy of ``model`` a little further on MNIST mixed with the personal digits.

    * ``mnist_rows`` random MNIST training rows (all if fewer) keep the network from
      forgetting everything else while it learns the user's style;
    * the personal digits are repeated until they make up ``personal_share`` of the mix
      (a few dozen digits next to 10,000 would otherwise hardly count);
    * ``epochs`` passes at ``learning_rate`` (default: ``RATE_FACTOR`` of the model's own),
      every image distorted anew each time (``augment``), so that the repeated personal
      digits are seen slightly differently every time, not memorised pixel by pixel;
    * ``epochs`` and ``mnist_rows`` default to ``recipe_for(model)``.

    Every layer moves: through ``Network.parameters`` this works for any architecture.
    With ``held_out`` and at least two rounds of digits (``rounds_of``), it also measures
    the held-out accuracy (``held_out_accuracy``), which costs one more fine-tune per round
    (at most ``HELD_OUT_FOLDS``). ``on_progress(fraction)`` is called after every batch;
    ``should_stop()`` returning true ends it with ``FineTuneCancelled``.

    The original ``model`` is not changed. Returns ``(new_model, FineTuneReport)``; the
    new model's ``info["fine_tuned"]`` says on how many digits, from which base model
    (``base_name``, e.g. its file name) and with what settings.
    """
    personal_x, personal_y = _as_personal(personal_x, personal_y)
    recipe = recipe_for(model)
    epochs = recipe["epochs"] if epochs is None else epochs
    mnist_rows = recipe["mnist_rows"] if mnist_rows is None else mnist_rows
    rate = model.config.learning_rate * RATE_FACTOR if learning_rate is None else learning_rate
    rounds = rounds_of(personal_y)
    folds = min(HELD_OUT_FOLDS, int(rounds.max()) + 1) if held_out else 1
    folds = folds if folds > 1 else 0
    run = _Run(1 + folds, on_progress, should_stop)

    def tune(x, y, fold_seed):
        mix = _mix(x, y, mnist_x, mnist_y, mnist_rows, personal_share,
                   np.random.default_rng([seed, fold_seed]))
        return _tuned_copy(model, *mix, epochs, rate, augment, seed + fold_seed, run)

    start = time.perf_counter()
    tuned = tune(personal_x, personal_y, 0)
    seconds = time.perf_counter() - start
    held_before = held_after = float("nan")
    held_digits = 0
    if folds:
        correct_before = correct_after = 0
        for fold in range(folds):
            test = rounds % folds == fold
            fold_model = tune(personal_x[~test], personal_y[~test], fold + 1)
            correct_before += np.sum(model.predict(personal_x[test]) == personal_y[test])
            correct_after += np.sum(fold_model.predict(personal_x[test]) == personal_y[test])
        held_digits = len(personal_y)
        held_before, held_after = correct_before / held_digits, correct_after / held_digits
    report = FineTuneReport(
        personal_before=_accuracy(model, personal_x, personal_y),
        personal_after=_accuracy(tuned, personal_x, personal_y),
        mnist_before=_accuracy(model, eval_x, eval_y),
        mnist_after=_accuracy(tuned, eval_x, eval_y),
        seconds=seconds, held_out_before=float(held_before), held_out_after=float(held_after),
        held_out_digits=held_digits, rounds=int(rounds.max()) + 1,
        personal_digits=len(personal_y))
    earlier = model.info.get("fine_tuned", {})
    tuned.info["fine_tuned"] = {
        "personal_digits": int(len(personal_x)), "rounds": report.rounds,
        # A model tuned again (the user corrected a digit) still names the original.
        "base_model": earlier.get("base_model", base_name),
        "base_test_accuracy": earlier.get("base_test_accuracy",
                                          model.info.get("test_accuracy")),
        "epochs": epochs, "learning_rate": rate, "mnist_rows": int(min(mnist_rows, len(mnist_x))),
        "personal_share": personal_share, "augment": augment,
        # Measured accuracies; None (JSON null) for one not measured.
        **{name: None if np.isnan(value) else value for name, value in (
            ("personal_accuracy", report.personal_after),
            ("held_out_before", report.held_out_before),
            ("held_out_after", report.held_out_after),
            ("mnist_before", report.mnist_before), ("mnist_after", report.mnist_after))},
    }
    return tuned, report
