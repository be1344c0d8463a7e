"""Every training setting in one immutable record, and the named presets.

The GUI form, the command line and the model file all speak ``TrainConfig``: the form
fills one in, the command line parses one, and a saved model carries the one it was
trained with.
"""

import math
from dataclasses import asdict, dataclass, fields, replace

from .architecture import is_convolutional, layer_plan, parse_layer, parse_layers
from .augment import AUGMENT_SETTINGS
from .buglab import validate_bugs
from .initializers import INITIALIZERS
from .layers import ACTIVATIONS
from .losses import HEADS, REDUCTIONS
from .optimizers import OPTIMIZERS, SCHEDULES
from .pen_styles import STYLES
from .translatable import QT_TRANSLATE_NOOP, PhraseError

STYLE_DIGITS = tuple(sorted(STYLES))  # (0, 1, 7, 9): every digit pen_styles redraws


def _whole_numbers(name, values):
    """``values`` (a list of settings ``name``) as ints; a ``PhraseError`` naming the first
    that is not a whole number ('abc', 1.5), instead of Python's own words from ``int()``."""
    if isinstance(values, str):  # "019" is not the list (0, 1, 9), whatever it iterates as
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: '{1}' is not a whole number"),
                          name, values[:30])
    numbers = []
    for value in values:
        try:
            number = int(value)
            whole = isinstance(value, str) or number == value
        except (TypeError, ValueError, OverflowError):
            whole = False
        if not whole or isinstance(value, bool):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: '{1}' is not a whole number"),
                              name, str(value)[:30])
        numbers.append(number)
    return tuple(numbers)


def digits_text(digits):
    return " ".join(str(d) for d in digits)


# Each kind of TrainConfig.summary_parts in English (the command line, logs, model files).
ENGLISH_SUMMARY = {
    "network": lambda value: "{0} {1}".format(*value),
    "head": lambda value: "{0} ({1})".format(*value),
    "init": "{0} init".format,
    "optimizer": lambda value: "{0} lr {1:g}".format(*value),
    "batch": lambda size: "full batch" if size is None else f"batch {size}",
    "epochs": lambda n: f"{n} {'epoch' if n == 1 else 'epochs'}",
    "digits": lambda digits: "digits " + digits_text(digits),
    "pen_styles": lambda digits: "pen styles on " + digits_text(digits),
    "bugs": lambda bugs: "BUGS ON: " + ", ".join(bugs),
}


@dataclass(frozen=True)
class TrainConfig:
    # Sizes of the dense hidden layers, e.g. (250,) or (3, 3); None: (128,), or, when
    # ``layers`` is set, the sizes of its dense layers (always a tuple once built).
    hidden: tuple | None = None
    # The whole hidden stack as layer names (see architecture.py), e.g. ("conv32x5",
    # "pool2", "dense128"); () for an MLP, described by ``hidden`` alone. A stack of dense
    # layers only *is* an MLP: it is stored as ``hidden``, with ``layers`` left ().
    layers: tuple = ()
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
    # "affine": a random rotation, scale, shear and shift of each training image, anew each
    # time it comes round; "affine+styles": the same, after a share (augment.STYLE_RATE) of
    # the 0s, 1s, 7s and 9s has been redrawn in another pen style (pen_styles.py).
    augment: str = "none"
    # The digits "affine+styles" redraws in their other style: any of 0 (slashed), 1
    # (flagged), 7 (crossed), 9 (hooked); all four unless told. Without the styles it means
    # nothing and is always all four. Written to a file only when it is not all four, so
    # that older digitdesks, which know no such setting, still open every other file.
    style_digits: tuple = STYLE_DIGITS
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
        layers = parse_layers(self.layers)  # canonical names; ValueError on a bad one
        dense = tuple(int(parse_layer(text).size) for text in layers
                      if parse_layer(text).kind == "dense")
        hidden = None if self.hidden is None else _whole_numbers("hidden", self.hidden)
        if layers:
            if hidden is not None and hidden != dense:
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "hidden sizes {0} do not match the "
                                                    "dense layers of {1}; give one or the other"),
                                  str(list(hidden)), ",".join(layers))
            hidden = dense
            if len(dense) == len(layers):  # dense layers only: an MLP, stored as hidden
                layers = ()
        object.__setattr__(self, "layers", layers)
        object.__setattr__(self, "hidden", (128,) if hidden is None else hidden)
        if self.digits is not None:
            object.__setattr__(self, "digits",
                               tuple(sorted(set(_whole_numbers("digits", self.digits)))))
        style_digits = (tuple(sorted(set(_whole_numbers("style_digits", self.style_digits))))
                        if self.uses_styles else STYLE_DIGITS)
        object.__setattr__(self, "style_digits", style_digits)
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
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} must be one of {1}, not {2}"),
                                  name, ", ".join(allowed), repr(value))
        if any(h < 1 for h in self.hidden):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "hidden layer sizes must be at least 1, "
                                                "not {0}"), str(list(self.hidden)))
        if not (self.learning_rate > 0 and math.isfinite(self.learning_rate)):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "learning rate must be a positive number, "
                                                "not {0}"), self.learning_rate)
        if not 0 <= self.momentum < 1:  # also false for nan
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "momentum must be in [0, 1), not {0}"),
                              self.momentum)
        if self.batch_size is not None and self.batch_size < 1:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "batch size must be at least 1 (or full "
                                                "batch), not {0}"), self.batch_size)
        if self.epochs < 1:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "epochs must be at least 1, not {0}"),
                              self.epochs)
        if not (self.l2 >= 0 and math.isfinite(self.l2)):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "L2 must be a number >= 0, not {0}"),
                              self.l2)
        if not 0 <= self.seed < 2**31:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "seed must be from 0 to {0}, not {1}"),
                              2**31 - 1, self.seed)
        if self.train_size is not None and self.train_size < 1:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "training-subset size must be at least "
                                                "1, not {0}"), self.train_size)
        if self.val_size < 0:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "validation size must be >= 0, not {0}"),
                              self.val_size)
        if self.digits is not None:
            if any(not 0 <= d <= 9 for d in self.digits):
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "digits must be from 0 to 9, not {0}"),
                                  digits_text(self.digits))
            if len(self.digits) < 2:
                # The digits as the user wrote them, not Python's "[3]".
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "choose at least two digits to tell "
                                                    "apart, not {0}"), digits_text(self.digits))
        if not self.style_digits or not set(self.style_digits) <= set(STYLE_DIGITS):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "pen styles: choose one or more of "
                                                "the digits {0}, not {1}"),
                              ", ".join(map(str, STYLE_DIGITS)), str(list(self.style_digits)))
        layer_plan(self.architecture, self.outputs)  # ValueError if the stack cannot be built
        has_sigmoid = ((self.activation == "sigmoid" and len(self.hidden) + self.conv_layers > 0)
                       or HEADS[self.head]["output"] == "sigmoid")
        validate_bugs(self.bugs, has_sigmoid)

    @property
    def uses_styles(self):
        """Whether training redraws some digits in other pen styles ("affine+styles")."""
        return isinstance(self.augment, str) and self.augment.endswith("+styles")

    @property
    def classes(self):
        """The digits this network tells apart, in output order: ``digits`` or 0-9."""
        return tuple(range(10)) if self.digits is None else self.digits

    @property
    def outputs(self):
        """A classification head has one output per class (10, or 2 for ``digits=(3, 7)``);
        a regression head has one output."""
        outputs = HEADS[self.head]["outputs"]
        return outputs if outputs == 1 else len(self.classes)

    @property
    def layer_sizes(self):
        """``[784, *hidden, outputs]``: the sizes of an MLP (for a convolutional network,
        the dense layers only; see ``architecture``)."""
        return [784, *self.hidden, self.outputs]

    @property
    def architecture(self):
        """The hidden stack as layer names: ``layers``, or ``("dense128",)`` for an MLP."""
        return self.layers or tuple(f"dense{h}" for h in self.hidden)

    @property
    def convolutional(self):
        return is_convolutional(self.layers)

    @property
    def conv_layers(self):
        return sum(parse_layer(text).kind == "conv" for text in self.layers)

    def plan(self):
        """Every layer with its output shape and parameter shapes (``architecture.layer_plan``)."""
        return layer_plan(self.architecture, self.outputs, self.bias)

    def architecture_text(self):
        """``784-128-10`` for an MLP; ``28x28-conv32x5-pool2-128-10`` for a CNN."""
        if not self.convolutional:
            return "-".join(str(s) for s in self.layer_sizes)
        parts = [str(int(parse_layer(t).size)) if parse_layer(t).kind == "dense" else t
                 for t in self.layers]
        return "-".join(["28x28", *parts, str(self.outputs)])

    def summary_parts(self):
        """What the one-line summary says, as data: ``(kind, value)`` items, e.g.
        ``("network", ("784-128-10", "relu"))``, ``("batch", 128)`` (``None``: the full
        batch), ``("epochs", 5)``, ``("bugs", ("one_minus_sigmoid",))``. ``describe`` words
        them in English; the app words the same items in the language of its window."""
        parts = [("network", (self.architecture_text(), self.activation)),
                 ("head", (self.head, self.reduction)), ("init", self.init),
                 ("optimizer", (self.optimizer, self.learning_rate)),
                 ("batch", self.batch_size), ("epochs", self.epochs)]
        if self.digits is not None:
            parts.append(("digits", self.digits))
        if self.uses_styles:
            parts.append(("pen_styles", self.style_digits))
        if self.bugs:
            parts.append(("bugs", self.bugs))
        return tuple(parts)

    def describe(self):
        """A one-line summary, e.g. ``784-128-10 relu, softmax_ce (mean), he init, momentum
        lr 0.1, batch 128, 5 epochs`` (the parts of ``summary_parts``, in English)."""
        return ", ".join(ENGLISH_SUMMARY[kind](value) for kind, value in self.summary_parts())

    def to_dict(self):
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        d["layers"] = list(self.layers)
        d["digits"] = None if self.digits is None else list(self.digits)
        d["bugs"] = list(self.bugs)
        d["style_digits"] = list(self.style_digits)
        if self.style_digits == STYLE_DIGITS:
            del d["style_digits"]  # what an older digitdesk assumes: it knows no such setting
        return d

    @classmethod
    def from_dict(cls, d):
        """Build from a dict (e.g. JSON); unknown keys are an error, missing ones default."""
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "unknown training settings: {0}"),
                              ", ".join(sorted(unknown)))
        return cls(**d)

    def replace(self, **changes):
        """A copy with ``changes``. The architecture is given one way or the other: other
        ``hidden`` sizes make an MLP (``layers`` cleared; the same sizes change nothing, so
        a form that always passes ``hidden`` keeps a CNN), new ``layers`` bring their own
        dense sizes (``hidden`` follows them)."""
        if ("hidden" in changes and "layers" not in changes
                and tuple(changes["hidden"] or ()) != self.hidden):
            changes["layers"] = ()
        elif "layers" in changes and "hidden" not in changes:
            changes["hidden"] = None
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
    # The one to draw digits for: a small convolutional network. Its filters slide over the
    # whole image, so a stroke is recognised wherever it is; the same affine distortions and
    # deskewing as "accurate" (deskewing read strangers' digits 0.4-1.2 points better at
    # three training seeds), and a tenth of its 0s, 1s and 9s redrawn slashed, flagged and
    # hooked while it trains (pen_styles.py: strangers' digits read 1.6 points better in
    # the app's five versions, MNIST test 99.45-99.56% at three seeds). The crossed 7s are
    # left out: with them MNIST test fell to 99.27-99.48%. About ten times the arithmetic
    # of "accurate" per image. Tried and not adopted (tests/benchmarks/RESULTS.md): wider
    # affine ranges, wider convolutions with the styles, all four styles at half the rate
    # (MNIST test 99.32-99.53%), dropout 0.25 after the dense layer, alone or with twice the
    # styles (strangers +0.05 and +0.15 points, MNIST test 99.40-99.51%), 25 epochs instead
    # of 15, alone or with the crossed 7s as well (strangers -0.06 and +0.26 points, MNIST
    # test 99.41-99.60%: the crossed 7s no longer cost MNIST test, but gain too little),
    # all four styles at twice the rate for 25 epochs (strangers +0.33, MNIST test
    # 99.40-99.48%) or at this rate for 35 epochs (strangers +0.23, MNIST test 99.39-99.66%),
    # and this recipe on conv32x5,pool2,conv64x5,pool2 (strangers +0.20 at seed 0, twice the cost).
    "convolutional": TrainConfig(layers=("conv16x5", "pool2", "conv32x5", "pool2", "dense128"),
                                 activation="relu", init="he", optimizer="momentum",
                                 learning_rate=0.05, schedule="cosine", batch_size=128,
                                 epochs=15, l2=1e-4, val_size=5000, augment="affine+styles",
                                 style_digits=(0, 1, 9), deskew=True),
}


@dataclass(frozen=True)
class PresetFigures:
    """What a preset measured, copied from README.md (``tests/test_gui_presets.py`` checks
    that the two agree, so neither can drift from the other)."""

    # % of the 10,000 MNIST test images read right ("Training time and memory" under Speed,
    # measured by tests/benchmarks/bench_presets.py).
    test_accuracy: float
    # How long ``digitdesk train`` trained it on the project's 2-core machine, in seconds:
    # wall time, or CPU time when ``cpu_time`` (the convolutional row, measured under load).
    training_seconds: float
    cpu_time: bool
    # % of 3,000 digits drawn by synthetic strangers, read through the app's own rendering
    # (README's "strangers" table, column "strokes 2 px, strangers (the app)"); None: not
    # measured. The figure to steer by for digits drawn on the pad.
    strangers: float | None


# The source of every figure the app quotes about its presets (the preset list's tips, the
# recommendation to try the convolutional network).
PRESET_MEASURED = {
    "quick": PresetFigures(test_accuracy=98.14, training_seconds=5.2, cpu_time=False,
                           strangers=None),
    "accurate": PresetFigures(test_accuracy=99.03, training_seconds=37.2, cpu_time=False,
                              strangers=93.00),
    "convolutional": PresetFigures(test_accuracy=99.53, training_seconds=181, cpu_time=True,
                                   strangers=95.70),
}
