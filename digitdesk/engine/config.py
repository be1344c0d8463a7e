"""Every training setting in one immutable record, and the named presets.

The GUI form, the command line and the model file all speak ``TrainConfig``: the form
fills one in, the command line parses one, and a saved model carries the one it was
trained with.
"""

import math
from dataclasses import asdict, dataclass, fields, replace

from .augment import AUGMENT_SETTINGS
from .buglab import validate_bugs
from .initializers import INITIALIZERS
from .layers import ACTIVATIONS
from .losses import HEADS, REDUCTIONS
from .optimizers import OPTIMIZERS, SCHEDULES


@dataclass(frozen=True)
class TrainConfig:
    hidden: tuple = (128,)  # sizes of the hidden layers, e.g. (250,) or (3, 3)
    activation: str = "relu"  # hidden-layer activation: see layers.ACTIVATIONS
    head: str = "softmax_ce"  # output function + loss: see losses.HEADS
    reduction: str = "mean"  # "mean" or "sum" of the per-example gradients
    init: str = "he"  # see initializers.INITIALIZERS
    bias: bool = True
    optimizer: str = "momentum"
    learning_rate: float = 0.1
    momentum: float = 0.9  # for "momentum" and "nesterov"
    schedule: str = "constant"
    batch_size: int | None = 128  # None: the full batch (every training row at once)
    epochs: int = 5
    l2: float = 0.0
    seed: int = 0
    train_size: int | None = None  # None: every row not held out for validation
    val_size: int = 5000
    augment: str = "none"  # "affine": random rotation, scale, shear, shift of each image
    # Straighten slanted digits (digitdesk.preprocess.deskew) in training *and* whenever
    # the model reads an image (Model.prepare), so drawn digits are fed the same way.
    deskew: bool = False
    # Train on these digits only, e.g. (3, 7); None: all ten. A classification head then has
    # one output per chosen digit; see ``classes`` and ``Model.predict_proba``.
    digits: tuple | None = None
    # Names of deliberate mistakes from buglab.BUGS; () (the default) is the correct engine.
    bugs: tuple = ()

    def __post_init__(self):
        # Normalise so that a list from JSON and a tuple compare equal.
        object.__setattr__(self, "hidden", tuple(int(h) for h in self.hidden))
        if self.digits is not None:
            object.__setattr__(self, "digits", tuple(sorted({int(d) for d in self.digits})))
        bugs = (self.bugs,) if isinstance(self.bugs, str) else self.bugs
        object.__setattr__(self, "bugs", tuple(dict.fromkeys(bugs)))  # no repeats, order kept
        self.validate()

    def validate(self):
        """Raise ``ValueError`` with a message a user understands for any bad setting."""
        choices = {
            "activation": ACTIVATIONS,
            "head": HEADS,
            "reduction": REDUCTIONS,
            "init": INITIALIZERS,
            "optimizer": OPTIMIZERS,
            "schedule": SCHEDULES,
            "augment": AUGMENT_SETTINGS,
        }
        for name, allowed in choices.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        if any(h < 1 for h in self.hidden):
            raise ValueError(f"hidden layer sizes must be at least 1, not {list(self.hidden)}")
        if not (self.learning_rate > 0 and math.isfinite(self.learning_rate)):
            raise ValueError(f"learning rate must be a positive number, not {self.learning_rate}")
        if not 0 <= self.momentum < 1:  # also false for nan
            raise ValueError(f"momentum must be in [0, 1), not {self.momentum}")
        if self.batch_size is not None and self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1 (or full batch), not {self.batch_size}")
        if self.epochs < 1:
            raise ValueError(f"epochs must be at least 1, not {self.epochs}")
        if not (self.l2 >= 0 and math.isfinite(self.l2)):
            raise ValueError(f"L2 must be a number >= 0, not {self.l2}")
        if not 0 <= self.seed < 2**31:
            raise ValueError(f"seed must be from 0 to {2**31 - 1}, not {self.seed}")
        if self.train_size is not None and self.train_size < 1:
            raise ValueError(f"training-subset size must be at least 1, not {self.train_size}")
        if self.val_size < 0:
            raise ValueError(f"validation size must be >= 0, not {self.val_size}")
        if self.digits is not None:
            if any(not 0 <= d <= 9 for d in self.digits):
                raise ValueError(f"digits must be from 0 to 9, not {list(self.digits)}")
            if len(self.digits) < 2:
                raise ValueError(f"choose at least two digits to tell apart, not {list(self.digits)}")
        has_sigmoid = ((self.activation == "sigmoid" and len(self.hidden) > 0)
                       or HEADS[self.head]["output"] == "sigmoid")
        validate_bugs(self.bugs, has_sigmoid)

    @property
    def classes(self):
        """The digits this network tells apart, in output order: ``digits`` or 0-9."""
        return tuple(range(10)) if self.digits is None else self.digits

    @property
    def layer_sizes(self):
        """``[784, *hidden, outputs]``: a classification head has one output per class
        (10, or 2 for ``digits=(3, 7)``); a regression head has one output."""
        outputs = HEADS[self.head]["outputs"]
        if outputs != 1:
            outputs = len(self.classes)
        return [784, *self.hidden, outputs]

    def describe(self):
        """A one-line summary, e.g. ``784-128-10 relu, softmax_ce, momentum lr 0.1``."""
        sizes = "-".join(str(s) for s in self.layer_sizes)
        batch = "full batch" if self.batch_size is None else f"batch {self.batch_size}"
        text = (f"{sizes} {self.activation}, {self.head} ({self.reduction}), {self.init} init, "
                f"{self.optimizer} lr {self.learning_rate:g}, {batch}, {self.epochs} "
                f"{'epoch' if self.epochs == 1 else 'epochs'}")
        if self.digits is not None:
            text += ", digits " + " ".join(str(d) for d in self.digits)
        if self.bugs:
            text += ", BUGS ON: " + ", ".join(self.bugs)
        return text

    def to_dict(self):
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        d["digits"] = None if self.digits is None else list(self.digits)
        d["bugs"] = list(self.bugs)
        return d

    @classmethod
    def from_dict(cls, d):
        """Build from a dict (e.g. JSON); unknown keys are an error, missing ones default."""
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown training settings: {', '.join(sorted(unknown))}")
        return cls(**d)

    def replace(self, **changes):
        return replace(self, **changes)


# Presets. Figures for each are measured by tests/benchmarks/bench_presets.py.
PRESETS = {
    # A few seconds an epoch: a good first run.
    "quick": TrainConfig(hidden=(256,), activation="relu", init="he", optimizer="momentum",
                         learning_rate=0.1, schedule="cosine", batch_size=128, epochs=8),
    # Slower, more accurate, and the best at reading drawn digits: a wider layer, every
    # training image randomly rotated, scaled, sheared and shifted a little each time it is
    # seen (augment.py), and every digit straightened by its moments (preprocess.deskew).
    "accurate": TrainConfig(hidden=(512,), activation="relu", init="he", optimizer="momentum",
                            learning_rate=0.1, schedule="cosine", batch_size=128, epochs=15,
                            l2=1e-4, val_size=5000, augment="affine", deskew=True),
}
