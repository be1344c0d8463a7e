"""Replays: each learner's question (``shared/seeds``) as a training preset, with its fix.

A ``Replay`` holds two ``TrainConfig``s: ``config`` does what the learner did (their
network, their initialisation, their loss, their batch, their bugs), ``fixed_config`` the
same task done right. Train one, then the other, and compare the curves. The texts say
what the learner saw, what to watch in the app, and what fixes it.

The behaviour each replay promises (the plateau, the oscillation, ...) is measured in
``tests/test_replays.py``; the figures quoted in the texts come from there.

The texts are English; a GUI translates them with ``QCoreApplication.translate("replays",
text)``. ``QT_TRANSLATE_NOOP`` (``translatable.py``) only marks them for ``pyside6-lupdate`` and returns
the text unchanged, so this module needs no Qt.
"""

import time
from dataclasses import dataclass

import numpy as np

from .config import TrainConfig
from .gradcheck import central_difference, for_checking
from .losses import make_loss
from .model import Model, class_index
from .optimizers import make_optimizer
from .translatable import QT_TRANSLATE_NOOP



@dataclass(frozen=True)
class Replay:
    key: str  # the seed's number, "000" ... "003"
    title: str
    config: TrainConfig  # what the learner did
    fixed_config: TrainConfig  # the fixed twin
    saw: str  # what the learner saw
    watch: str  # what to look at in the app while it runs
    fix: str  # what fixes it (and what the fixed twin changes)


REPLAYS = {}


def _add(replay):
    REPLAYS[replay.key] = replay


# --- 000: full batch of 3,000 rows, the loss stops moving ----------------------------------
_seed000 = TrainConfig(
    hidden=(250,), activation="sigmoid", head="sigmoid_regression", reduction="sum",
    init="uniform", bias=False, optimizer="sgd", learning_rate=0.1, batch_size=None,
    epochs=100, train_size=3000, val_size=1000)
_add(Replay(
    key="000",
    title=QT_TRANSLATE_NOOP("replays", "000: the loss that stops moving"),
    config=_seed000,
    fixed_config=_seed000.replace(head="softmax_ce", init="xavier", reduction="mean", bias=True,
                                  batch_size=64, learning_rate=0.5, epochs=10),
    saw=QT_TRANSLATE_NOOP("replays",
        "784-250-1, sigmoid everywhere, weights uniform(-1, 1), no biases, the label/10 "
        "regressed through one sigmoid with squared error, every one of 3,000 rows in one "
        "step, gradients summed, learning rate 0.1. After the first step the loss does not "
        "change at all, whatever the learning rate or the hidden size."),
    watch=QT_TRANSLATE_NOOP("replays",
        "The loss curve goes flat after one step. Saturated units: most hidden sigmoids "
        "(about 60%) and the single output (100%) sit at 0 or 1, where y(1-y) is about 0 and "
        "no gradient flows back. Validation accuracy stays at chance (about 10%)."),
    fix=QT_TRANSLATE_NOOP("replays",
        "The summed gradient of 3,000 rows makes the first step 3,000 times too large: it "
        "throws the output sigmoid to 1 for every image, and uniform(-1, 1) over 784 inputs "
        "has already saturated the hidden ones. The fixed twin uses the mean gradient, "
        "mini-batches of 64, Xavier initialisation and biases, and softmax with "
        "cross-entropy (a class is not a number to regress): about 90% in 10 epochs."),
))

# --- 001: numerical gradients --------------------------------------------------------------
_seed001 = TrainConfig(
    hidden=(50,), activation="relu", head="softmax_ce", reduction="mean", init="normal",
    bias=True, optimizer="sgd", learning_rate=0.001, batch_size=100, epochs=10,
    train_size=10000, val_size=1000)
_add(Replay(
    key="001",
    title=QT_TRANSLATE_NOOP("replays", "001: gradients by numerical differentiation"),
    config=_seed001,
    fixed_config=_seed001.replace(init="he", learning_rate=0.1),
    saw=QT_TRANSLATE_NOOP("replays",
        "784-50-10, ReLU, softmax and cross-entropy, mini-batches of 100, learning rate "
        "0.001, weights normal(0, 0.01), 1,000 steps, every gradient computed by central "
        "differences: two forward passes for each of the 39,760 parameters, every step. "
        "It learned, very slowly."),
    watch=QT_TRANSLATE_NOOP("replays",
        "The cost of one step: backprop against numerical differentiation (run 'Compare "
        "step cost'). With backprop the 1,000 steps take a second or two (measured: 0.8-2.2 "
        "s of training on a shared 2-core machine with one BLAS thread, as the app and the "
        "command line train by default; with --threads 2 the command line took 18-31 s there "
        "while other work ran); the loss still creeps down from 2.30, because learning rate "
        "0.001 on weights of 0.01 is tiny."),
    fix=QT_TRANSLATE_NOOP("replays",
        "Backprop gives every gradient in one backward pass; numerical gradients are for "
        "checking it (the gradient check), not for training. The fixed twin also uses He "
        "initialisation and learning rate 0.1: above 90% in the same 1,000 steps."),
))

# --- 002: an error that converges to a strange number ---------------------------------------
_seed002 = TrainConfig(
    hidden=(30,), activation="sigmoid", head="sigmoid_mse", reduction="sum", init="xavier",
    bias=True, optimizer="sgd", learning_rate=0.002, batch_size=None, epochs=300,
    train_size=1000, val_size=1000,
    bugs=("sigmoid_derivative_sign", "sigmoid_applied_twice", "update_added"))
_add(Replay(
    key="002",
    title=QT_TRANSLATE_NOOP("replays", "002: an error that converges to a strange number"),
    config=_seed002,
    fixed_config=_seed002.replace(bugs=()),
    saw=QT_TRANSLATE_NOOP("replays",
        "A sigmoid network with squared error. The sigmoid derivative is written y*(y-1), "
        "it is applied to outputs that already went through the sigmoid, and the update "
        "adds the step instead of subtracting it. The error falls, then stays at a strange "
        "number and never nears zero."),
    watch=QT_TRANSLATE_NOOP("replays",
        "The loss falls from about 1.5 to about 0.45 and stops. Pushed uphill, the hidden "
        "sigmoids saturate (Diagnostics: 100%) and give every image the same activations, so "
        "the output layer can only learn one answer for all of them: about 0.1 for each "
        "digit, how often it occurs. The error of that answer is 0.5 * (0.9^2 + 9 * 0.1^2) = "
        "0.45: the strange number. Accuracy stays at chance. Run the gradient check: W2 and b2 fail (one wrong sign), "
        "W1 and b1 fail (the sigmoid applied twice); the update check fails too."),
    fix=QT_TRANSLATE_NOOP("replays",
        "Turn the three bug switches off (the fixed twin): the derivative y*(1-y) of the "
        "layer's own output, and weights - learning_rate * gradient. The gradient check and "
        "the update check pass, and the same network reaches about 85% in the same steps."),
))

# --- 003: two hidden layers and a loss that jumps around -------------------------------------
_seed003 = TrainConfig(
    hidden=(3, 3), activation="sigmoid", head="softmax_ce", reduction="sum", init="xavier",
    bias=True, optimizer="sgd", learning_rate=0.005, batch_size=None, epochs=300,
    digits=(3, 7), train_size=None, val_size=500, bugs=("one_minus_sigmoid",))
_add(Replay(
    key="003",
    title=QT_TRANSLATE_NOOP("replays", "003: a loss that jumps around"),
    config=_seed003,
    fixed_config=_seed003.replace(bugs=(), reduction="mean", batch_size=64, learning_rate=0.5,
                                  epochs=5),
    saw=QT_TRANSLATE_NOOP("replays",
        "784-3-3-2, sigmoid hidden layers, softmax output, 3 against 7, every image in one "
        "step, gradients summed, learning rate 0.005, and (1 - sigmoid(a)) where a is "
        "already an activation instead of a*(1-a). The loss swings between 0.45 and 4.8 "
        "and never settles below 1."),
    watch=QT_TRANSLATE_NOOP("replays",
        "The loss jumps up and down from one step to the next instead of falling; the "
        "hidden sigmoids saturate. The gradient check fails on W1, b1, W2 and b2 (the "
        "layers behind the wrong derivative). On fresh weights it passes on W3 and b3; "
        "after the 300 epochs it may show W3 as \"vanishing\", too small to check. W3's gradient "
        "is the second hidden layer's outputs times the output's error: on most images the "
        "network gets wrong those saturated sigmoids output 0, and it is sure of the rest "
        "(error about 0). That is no failure: b3, which gets the output's error alone, "
        "still passes."),
    fix=QT_TRANSLATE_NOOP("replays",
        "Two things: the derivative a*(1-a), and a step that does not grow with the data. "
        "With about 12,000 images summed, learning rate 0.005 takes the step of learning "
        "rate 60 on the mean gradient (even with the right derivative the loss then bounces "
        "between two values). The "
        "fixed twin averages the gradient over mini-batches of 64 with learning rate 0.5: "
        "the loss falls steadily, about 98% correct."),
))


@dataclass(frozen=True)
class StepCost:
    """One training step by backprop against one by numerical differentiation."""
    parameters: int  # every weight and bias of the network
    batch_size: int
    backprop_seconds: float  # measured: forward, backward and update of one batch
    coordinates_measured: int  # central differences actually timed
    numerical_seconds_measured: float  # the time those took
    numerical_seconds: float  # EXTRAPOLATED to every parameter (see ``extrapolated``)
    extrapolated: bool  # True when fewer than all parameters were measured

    @property
    def ratio(self):
        return self.numerical_seconds / self.backprop_seconds

    def describe(self):
        label = "extrapolated from" if self.extrapolated else "measured on"
        return (f"one step on a batch of {self.batch_size}: backprop {self.backprop_seconds * 1000:.2f} ms; "
                f"numerical gradients {self.numerical_seconds:.1f} s ({label} "
                f"{self.coordinates_measured:,} of {self.parameters:,} parameters), "
                f"about {self.ratio:,.0f} times slower")


def numerical_step_cost(config, images, labels, coordinates=200, repeats=5, seed=0):
    """Time one training step of ``config``'s network on a batch of ``images`` by backprop,
    and by central differences as seed 001 did (two forward passes per parameter).

    Differentiating every parameter would take minutes, so ``coordinates`` of them are timed
    and the time is extrapolated to all (the result says so). Both run in float64, as the
    learner's NumPy code did. ``images``/``labels``: one batch (e.g. ``config.batch_size``).
    """
    model = Model(config)
    network = for_checking(model.network)
    images, labels = model.config_rows(images, labels)
    x = model.prepare(images).astype(np.float64)
    labels = class_index(config, labels)
    loss = make_loss(config.head, config.reduction)
    optimizer = make_optimizer(config.optimizer, network.parameters(), config.learning_rate,
                               config.momentum, bugs=config.bugs)
    n = len(x)

    def objective():
        return loss.objective(loss.forward(network.forward(x), labels), n)

    backprop = []
    for _ in range(repeats):  # the fastest of a few: the least disturbed by other work
        start = time.perf_counter()
        objective()
        network.backward(loss.backward())
        optimizer.step()
        backprop.append(time.perf_counter() - start)

    params = network.parameters()
    total = sum(value.size for _, value, _ in params)
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(total, size=min(coordinates, total), replace=False))
    offsets = np.cumsum([0] + [value.size for _, value, _ in params])
    h = 1e-4  # seed 001's step
    start = time.perf_counter()
    for index in chosen:
        k = np.searchsorted(offsets, index, side="right") - 1
        flat = params[k][1].reshape(-1)
        i = index - offsets[k]
        central_difference(objective, flat, i, h)  # the gradient seed 001 trained with
    measured = time.perf_counter() - start
    return StepCost(parameters=int(total), batch_size=n, backprop_seconds=min(backprop),
                    coordinates_measured=len(chosen), numerical_seconds_measured=measured,
                    numerical_seconds=measured * total / len(chosen),
                    extrapolated=len(chosen) < total)
