"""Findings: what the measurements of a run say is wrong, in plain words, with a fix.

``find_problems`` is a pure function: give it the settings, the batch losses so far and
the recent per-layer diagnostics (``LayerDiagnostics`` from the trainer's ``StepReport``s),
and it returns a list of ``Finding``s. Each finding names the signal it was measured from,
and carries a one-click fix: a dict of ``TrainConfig`` changes, applied with
``config.replace(**finding.fix)``.

Two kinds:

* ``"problem"``: measured on the run (the loss and the diagnostics). Each has a documented
  threshold below, and ``tests/test_findings.py`` shows it on a run that really does it
  (mostly the replays of the learners' questions) and not on healthy runs.
* ``"warning"``: read from the settings alone (a regression head for classes, a full batch
  with summed gradients, bug-lab switches on). True before the first step.

Texts are English templates with ``{names}`` filled from ``values``; a GUI can translate
the template (``QCoreApplication.translate("findings", finding.template)``) and then format
it with ``finding.values``. ``finding.text`` is the English text, filled in.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from .losses import HEADS
from .translatable import QT_TRANSLATE_NOOP, Phrase, Phrases



# --- Thresholds (each one is a measured signal; see the tests for runs on both sides) ----
MIN_STEPS = 20  # fewer batch losses than this say nothing yet about a trend
FLAT_WINDOW = 50  # the flat test looks at the last this many batch losses
FLAT_CHANGE = 0.01  # flat: the mean of the window's second half is within 1% of its first
STUCK_LEVEL = 0.25  # ... while still above 25% of the first loss (a finished run is flat too)
SATURATED_SHARE = 0.5  # more than half of a layer's sigmoid/tanh outputs within 0.05 of a limit
TINY_UPDATE = 5e-4  # update-to-weight ratio below this in every layer (about 1e-3 is healthy)
OSCILLATION_WINDOW = 100  # points (steps, or blocks of batches) the oscillation test looks at
OSCILLATION_BLOCK = 10  # mini-batch losses are averaged over this many batches first
BIG_RISE = 0.25  # a rise of the loss by more than 25% of the first loss ...
RISE_SHARE = 0.1  # ... in at least 10% of the steps: the loss jumps around
DEAD_SHARE = 0.5  # more than half of a layer's ReLUs silent for a whole batch
RECENT_DIAGNOSTICS = 3  # diagnostics are averaged over the last few measurements


@dataclass(frozen=True)
class Finding:
    key: str  # stable identifier, e.g. "oscillating"
    severity: str  # "problem" (measured) or "warning" (from the settings)
    title: str
    template: str  # the explanation, with {names} from values
    values: dict = field(default_factory=dict)  # the measured numbers quoted in the text
    fix: dict = field(default_factory=dict)  # TrainConfig changes; {} when there is none
    fix_label: str = ""  # the fix in words, for a button

    @property
    def text(self):
        return self.template.format(**self.values)


def find_problems(config, losses, diagnostics=(), diverged=None, train_rows=None):
    """Findings for a run of ``config``.

    ``losses``: every batch loss so far, oldest first (``model.history["batch_loss"]`` or
    the ``loss`` of each ``StepReport``). ``diagnostics``: the recent ``StepReport.diagnostics``
    tuples, oldest first. ``diverged``: the ``TrainingDiverged`` (or its message) if
    training stopped on a non-finite loss. ``train_rows``: the number of training rows,
    if known (to say how large a summed full-batch step is).
    """
    losses = np.asarray(losses, dtype=np.float64)
    diagnostics = [d for d in diagnostics if d]
    found = []
    for check in (_diverged, _oscillating, _flat_and_saturated, _tiny_steps, _dead_relus):
        finding = check(config, losses, diagnostics, diverged)
        if finding is not None:
            found.append(finding)
    found.extend(setting_warnings(config, train_rows))
    return found


def findings_from_reports(config, reports, diverged=None, train_rows=None):
    """``find_problems`` for a list of ``StepReport``s (what a GUI receives, in order)."""
    return find_problems(config, [r.loss for r in reports],
                         [r.diagnostics for r in reports if r.diagnostics],
                         diverged, train_rows)


def apply_fix(config, finding):
    """The settings with ``finding``'s fix applied (a new, validated ``TrainConfig``)."""
    return config.replace(**finding.fix)


# --- Measured problems ------------------------------------------------------------------

def _diverged(config, losses, diagnostics, diverged):
    if diverged is None and np.all(np.isfinite(losses)):
        return None
    lr = config.learning_rate
    fix = {"learning_rate": _tenth(lr)}
    if config.reduction == "sum":
        fix["reduction"] = "mean"
    return Finding(
        "not_finite", "problem",
        QT_TRANSLATE_NOOP("findings", "The loss blew up"),
        QT_TRANSLATE_NOOP("findings",
            "The loss exploded (to over a thousand times where it started, or to infinity or "
            "NaN): the steps were so large that the weights blew up. Training stopped and the "
            "last good weights were restored. Take smaller steps: learning rate {new_lr:g} instead of {lr:g}{sum_note}."),
        dict(lr=lr, new_lr=fix["learning_rate"],
             sum_note=Phrase(QT_TRANSLATE_NOOP(
                 "findings", ", and the mean instead of the sum of the gradients"))
             if "reduction" in fix else ""),
        fix, QT_TRANSLATE_NOOP("findings", "Lower the learning rate"))


def _oscillating(config, losses, diagnostics, diverged):
    """The loss jumps up, a lot and often. Gradient descent with a small enough step never
    raises the loss on the same batch; rises of more than ``BIG_RISE`` of the first loss in
    ``RISE_SHARE`` of the steps mean the steps overshoot. Mini-batch losses differ from
    batch to batch anyway, so they are averaged over blocks of ``OSCILLATION_BLOCK`` first."""
    series = losses[np.isfinite(losses)]
    if len(series) < MIN_STEPS:
        return None
    first = series[0]
    if config.batch_size is not None:
        blocks = len(series) // OSCILLATION_BLOCK
        series = series[len(series) - blocks * OSCILLATION_BLOCK:]
        series = series.reshape(blocks, OSCILLATION_BLOCK).mean(axis=1)
    series = series[-OSCILLATION_WINDOW:]
    if len(series) < 10:
        return None
    rises = np.diff(series)
    share = float(np.mean(rises > BIG_RISE * first))
    if share < RISE_SHARE:
        return None
    lr = config.learning_rate
    if config.reduction == "sum":
        fix = {"reduction": "mean"}
        if config.batch_size is None:
            fix["batch_size"] = 64
        template = QT_TRANSLATE_NOOP("findings",
            "In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter "
            "of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each "
            "step overshoots the valley and lands on the other side. With summed gradients "
            "the step grows with the batch: learning rate {lr:g} on the sum of {batch} "
            "examples. Average the gradients, over mini-batches.")
        label = QT_TRANSLATE_NOOP("findings", "Mean gradient, mini-batches")
    else:
        fix = {"learning_rate": _tenth(lr)}
        template = QT_TRANSLATE_NOOP("findings",
            "In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter "
            "of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each "
            "step overshoots the valley and lands on the other side: learning rate {lr:g} is "
            "too large for this network and batch. Try {new_lr:g}.")
        label = QT_TRANSLATE_NOOP("findings", "Lower the learning rate")
    return Finding(
        "oscillating", "problem",
        QT_TRANSLATE_NOOP("findings", "The loss jumps up and down"), template,
        dict(share=share, points=len(series),
             unit=Phrase(QT_TRANSLATE_NOOP("findings", "steps")) if config.batch_size is None
             else Phrase(QT_TRANSLATE_NOOP("findings", "blocks of {0} batches"), (OSCILLATION_BLOCK,)),
             first=float(first), low=float(series.min()), high=float(series.max()), lr=lr,
             new_lr=_tenth(lr),
             batch=config.batch_size or Phrase(QT_TRANSLATE_NOOP("findings", "all training"))),
        fix, label)


def _flat(losses):
    """``(is_flat, relative_change)`` of the last ``FLAT_WINDOW`` losses, judged only when
    the loss is still above ``STUCK_LEVEL`` of where it started."""
    series = losses[np.isfinite(losses)]
    if len(series) < MIN_STEPS:
        return False, None
    # The first loss is the untrained network's: leave it out, or a run that froze after
    # one step (seed 000) would not look flat until it is out of the window.
    window = series[1:][-FLAT_WINDOW:]
    half = len(window) // 2
    before, after = window[:half].mean(), window[half:].mean()
    change = abs(after - before) / max(abs(before), 1e-12)
    stuck = after > STUCK_LEVEL * series[0]
    return bool(change < FLAT_CHANGE and stuck), float(change)


def _recent(diagnostics, attribute):
    """Per layer, the mean of ``attribute`` over the last few diagnostics (None if the layer
    does not measure it)."""
    recent = diagnostics[-RECENT_DIAGNOSTICS:]
    if not recent:
        return []
    means = []
    for layer in range(len(recent[-1])):
        values = [getattr(d[layer], attribute) for d in recent if len(d) > layer]
        values = [v for v in values if v is not None]
        means.append(float(np.mean(values)) if values else None)
    return means


def _flat_and_saturated(config, losses, diagnostics, diverged):
    flat, change = _flat(losses)
    saturated = _recent(diagnostics, "saturated")
    worst = max((s for s in saturated if s is not None), default=None)
    if not flat or worst is None or worst < SATURATED_SHARE:
        return None
    layers = _per_layer(saturated, SATURATED_SHARE)
    level, first = float(losses[-1]), float(losses[0])
    # Stuck above where it started (seed 000: 0.103, then 0.195 for good): the first steps
    # made the loss worse, the mark of a step far too large. "Still at 0.195 (it started at
    # 0.103)" read as a loss that had not come down yet.
    started = (Phrase(QT_TRANSLATE_NOOP("findings", "higher than the {0:.3g} it started at: "
                                        "the first steps made it worse"), (first,))
               if level > first else
               Phrase(QT_TRANSLATE_NOOP("findings", "it started at {0:.3g}"), (first,)))
    values = dict(points=min(len(losses), FLAT_WINDOW), change=change, level=level,
                  started=started, layers=layers, bugs=Phrases(config.bugs))
    title = QT_TRANSLATE_NOOP("findings", "The loss stopped moving: units are saturated")
    if config.bugs:
        # A broken derivative or an uphill update is reason enough; don't blame the settings.
        return Finding(
            "flat_saturated", "problem", title,
            QT_TRANSLATE_NOOP("findings",
                "Over the last {points} batches the loss changed by {change:.2%}, while it is "
                "still at {level:.3g} ({started}). Most sigmoid outputs sit "
                "at their limits ({layers}), where almost no gradient flows back. The bug-lab "
                "switches ({bugs}) drove them there: the steps do not go downhill."),
            values, {"bugs": ()}, QT_TRANSLATE_NOOP("findings", "Turn the bugs off"))
    fix = {}
    if config.init in ("uniform", "normal"):
        fix["init"] = "he" if "relu" in config.activation else "xavier"
    if config.reduction == "sum":
        fix["reduction"] = "mean"
    if config.batch_size is None:
        fix["batch_size"] = 64
    if not fix:
        fix["learning_rate"] = _tenth(config.learning_rate)
    return Finding(
        "flat_saturated", "problem", title,
        QT_TRANSLATE_NOOP("findings",
            "Over the last {points} batches the loss changed by {change:.2%}, while it is "
            "still at {level:.3g} ({started}). Most sigmoid/tanh outputs sit "
            "at their limits ({layers}), where the slope y(1-y) is about 0 and almost no "
            "gradient flows back. The initialisation (uniform(-1, 1) over 784 inputs "
            "saturates at once) or a summed gradient (a step as large as the batch) put them "
            "there: use Xavier/He initialisation, the mean gradient and mini-batches."),
        values, fix, QT_TRANSLATE_NOOP("findings", "Xavier/He, mean gradient, mini-batches"))


def _tiny_steps(config, losses, diagnostics, diverged):
    """Flat without saturation: the weights barely move (seed 001's learning rate 0.001 on
    weights of 0.01)."""
    flat, change = _flat(losses)
    ratios = [r for r in _recent(diagnostics, "update_ratio") if r is not None]
    saturated = [s for s in _recent(diagnostics, "saturated") if s is not None]
    if not flat or not ratios or max(ratios) >= TINY_UPDATE:
        return None
    if saturated and max(saturated) >= SATURATED_SHARE:
        return None  # that is the saturation finding
    return Finding(
        "tiny_steps", "problem",
        QT_TRANSLATE_NOOP("findings", "The weights barely move"),
        QT_TRANSLATE_NOOP("findings",
            "Over the last {points} batches the loss changed by {change:.2%}, and each step "
            "changes the weights by at most {ratio:.1e} of their size (about 1e-3 is "
            "healthy). The learning rate {lr:g} is too small for this network: try {new_lr:g}."),
        dict(points=min(len(losses), FLAT_WINDOW), change=change, ratio=max(ratios),
             lr=config.learning_rate, new_lr=config.learning_rate * 10),
        {"learning_rate": config.learning_rate * 10},
        QT_TRANSLATE_NOOP("findings", "Raise the learning rate"))


def _dead_relus(config, losses, diagnostics, diverged):
    dead = _recent(diagnostics, "dead")
    worst = max((d for d in dead if d is not None), default=None)
    if worst is None or worst < DEAD_SHARE:
        return None
    layers = _per_layer(dead, DEAD_SHARE)
    fix = {"learning_rate": _tenth(config.learning_rate)}
    if config.activation == "relu":
        fix["activation"] = "leaky_relu"
    return Finding(
        "dead_relus", "problem",
        QT_TRANSLATE_NOOP("findings", "Many ReLUs are dead"),
        QT_TRANSLATE_NOOP("findings",
            "{layers} of the ReLU units output 0 for every image of the batch, so their "
            "gradient is 0 and they cannot learn again. Large steps push their inputs below "
            "0 for good: lower the learning rate to {new_lr:g}, or use leaky ReLU, which "
            "keeps a small slope."),
        dict(layers=layers, new_lr=fix["learning_rate"]),
        fix, QT_TRANSLATE_NOOP("findings", "Lower the learning rate, leaky ReLU"))


# --- Warnings from the settings alone ----------------------------------------------------

def setting_warnings(config, train_rows=None):
    """Findings that the settings alone imply, before any training."""
    found = []
    if config.bugs:
        found.append(Finding(
            "bugs_on", "warning",
            QT_TRANSLATE_NOOP("findings", "Bug-lab switches are on"),
            QT_TRANSLATE_NOOP("findings",
                "The engine is deliberately broken ({bugs}): the gradient check or the "
                "update check shows where. Turn the switches off for the correct engine."),
            dict(bugs=Phrases(config.bugs)), {"bugs": ()},
            QT_TRANSLATE_NOOP("findings", "Turn the bugs off")))
    if HEADS[config.head]["outputs"] == 1:
        found.append(Finding(
            "regression_head", "warning",
            QT_TRANSLATE_NOOP("findings", "A class regressed as a number"),
            QT_TRANSLATE_NOOP("findings",
                "The head predicts one number, label/10, with squared error. Digits are "
                "classes, not quantities: a 4 is not 'between' a 3 and a 5, and an output "
                "halfway between two digits is rewarded. Use softmax with cross-entropy: "
                "one output per digit."),
            {}, {"head": "softmax_ce"},
            QT_TRANSLATE_NOOP("findings", "Softmax + cross-entropy")))
    # Adam divides each step by the gradient's running size, so a summed gradient takes
    # the same steps as the mean one: the warning holds for the other optimisers only.
    if config.batch_size is None and config.reduction == "sum" and config.optimizer != "adam":
        rows = train_rows if train_rows is not None else config.train_size
        found.append(Finding(
            "full_batch_sum", "warning",
            QT_TRANSLATE_NOOP("findings", "Full batch with summed gradients"),
            QT_TRANSLATE_NOOP("findings",
                "Every training row is in one step and the gradients are added up, so the "
                "step grows with the data: {size}. A learning rate that works for a few rows "
                "overshoots for many. Average the gradient (mean) and use mini-batches."),
            dict(size=Phrase(QT_TRANSLATE_NOOP(
                     "findings", "learning rate {0:g} x {1:,} rows, as large as a step of learning "
                     "rate {2:g} on the mean gradient"),
                     (config.learning_rate, rows, config.learning_rate * rows)) if rows else
                 Phrase(QT_TRANSLATE_NOOP("findings", "learning rate x number of rows"))),
            {"reduction": "mean", "batch_size": 64},
            QT_TRANSLATE_NOOP("findings", "Mean gradient, mini-batches of 64")))
    return found


def _per_layer(shares, threshold):
    """"layer 1: 60%, layer 2: 95%" for the layers whose share reaches ``threshold``."""
    return Phrases(Phrase(QT_TRANSLATE_NOOP("findings", "layer {0}: {1:.0%}"), (i + 1, share))
                   for i, share in enumerate(shares) if share is not None and share >= threshold)


def _tenth(learning_rate):
    """A tenth of the learning rate, rounded to one significant figure (0.1 -> 0.01)."""
    value = learning_rate / 10
    return float(f"{value:.1g}") if value > 0 and math.isfinite(value) else value
