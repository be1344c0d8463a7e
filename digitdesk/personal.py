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
        label = int(label)
        if not 0 <= label <= 9:
            raise ValueError(f"a digit label is 0-9, not {label}")
        image = _as_uint8_image(image)
        if not image.any():
            raise ValueError("the image is empty: draw a digit first")
        self.images = np.concatenate([self.images, image[np.newaxis]])
        self.labels = np.append(self.labels, label)
        self.added = np.append(self.added, time.time())
        self.save()
        return len(self) - 1

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


@dataclass(frozen=True)
class FineTuneReport:
    personal_before: float  # accuracy on the personal digits, before and after
    personal_after: float
    mnist_before: float  # accuracy on the MNIST images given (nan if none were given)
    mnist_after: float
    seconds: float


def fine_tune(model, personal_x, personal_y, mnist_x, mnist_y, epochs=3, mnist_rows=10000,
              personal_share=0.1, learning_rate=None, seed=0, eval_x=None, eval_y=None):
    """Train a copy of ``model`` a little further on MNIST mixed with the personal digits.

    * ``mnist_rows`` random MNIST training rows (all if fewer) keep the network from
      forgetting everything else while it learns the user's style;
    * the personal digits are repeated until they make up ``personal_share`` of the mix
      (a few dozen digits next to 10,000 would otherwise hardly count);
    * ``epochs`` passes at ``learning_rate`` (default: a tenth of the model's own), with
      the model's own settings otherwise: its augmentation (so the personal digits are
      seen slightly differently every time, not memorised pixel by pixel) and deskewing.

    The original ``model`` is not changed. Returns ``(new_model, FineTuneReport)``; the
    report gives the personal digits' accuracy before and after, and the accuracy on
    ``eval_x, eval_y`` (e.g. MNIST test images) before and after, to see the cost.
    """
    personal_x = np.asarray(personal_x).reshape(-1, SIZE * SIZE)
    personal_y = np.asarray(personal_y).astype(np.intp)
    if len(personal_x) == 0:
        raise ValueError("the personal set is empty: keep a few drawn digits first")
    if len(personal_x) != len(personal_y):
        raise ValueError(f"{len(personal_x)} personal images but {len(personal_y)} labels")
    if personal_x.dtype != np.uint8:  # one dtype for the mix; MNIST's is uint8
        personal_x = np.rint(np.clip(personal_x, 0, 1) * 255).astype(np.uint8)
    rng = np.random.default_rng(seed)
    mnist_x = np.asarray(mnist_x).reshape(len(mnist_x), -1)
    rows = rng.choice(len(mnist_x), min(mnist_rows, len(mnist_x)), replace=False)
    # Repeats so that personal / (personal + mnist) = personal_share.
    wanted = personal_share / (1 - personal_share) * len(rows)
    repeats = max(1, int(round(wanted / len(personal_x))))
    x = np.concatenate([mnist_x[rows], np.tile(personal_x, (repeats, 1))])
    y = np.concatenate([np.asarray(mnist_y)[rows], np.tile(personal_y, repeats)])

    def accuracy(m, images, labels):
        if images is None or len(images) == 0:
            return float("nan")
        return float(np.mean(m.predict(images) == np.asarray(labels)))

    start = time.perf_counter()
    base = model.config
    rate = base.learning_rate / 10 if learning_rate is None else learning_rate
    settings = base.replace(epochs=epochs, learning_rate=rate, schedule="constant",
                            train_size=None, val_size=0, seed=base.seed + seed + 1)
    tuned = Model(settings, network=model.network.copy(),
                  history={k: list(v) for k, v in model.history.items()}, info=model.info)
    Trainer(tuned, x, y).run()
    # The model still *is* the one trained with `base`; fine-tuning is recorded in info.
    tuned.config = base
    report = FineTuneReport(
        personal_before=accuracy(model, personal_x, personal_y),
        personal_after=accuracy(tuned, personal_x, personal_y),
        mnist_before=accuracy(model, eval_x, eval_y),
        mnist_after=accuracy(tuned, eval_x, eval_y),
        seconds=time.perf_counter() - start)
    tuned.info["fine_tuned"] = {"personal_digits": int(len(personal_x)), "epochs": epochs,
                                "learning_rate": rate, "mnist_rows": int(len(rows)),
                                "personal_accuracy": report.personal_after}
    return tuned, report
