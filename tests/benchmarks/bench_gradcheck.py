"""How long the gradient check takes, and how many of its coordinates are looked at again
around a kink (``engine.gradcheck``): the Gradient check tab's batch (16 images) on the
quick and convolutional presets, untrained and after a few hundred training steps (a
trained ReLU network has more inputs near 0), and on a network with a bug-lab switch on
(every coordinate of the tensors behind it misses, so every one is looked at again).

    python tests/benchmarks/bench_gradcheck.py [--repeats 3] [--steps 300] [--residuals]

To compare two versions of the engine, run it once with each on the path, e.g. the code
of ``main`` exported next to this worktree:

    git archive main | tar -x -C /tmp/main
    PYTHONPATH=/tmp/main python tests/benchmarks/bench_gradcheck.py

Prints, per case, the median wall and CPU seconds of ``check_model`` over the repeats and
the coordinates compared around a kink; the machine's load makes single figures noisy, so
compare versions run one after the other and read ratios.

``--residuals`` measures instead what rounding alone does to the Taylor identities of
``engine.gradcheck`` (``TAYLOR_NOISE``): on 8 random weights of every tensor of the quick
preset (ReLU and tanh; untrained and trained for --steps, mean and sum reductions, 16 and
512 images) and of the convolutional one (untrained, 16 images), the largest residual of
each identity and the largest difference of the two sides' extrapolated slopes, in units
of ``loss_rounding`` / step. The loss is smooth around almost every weight, so these are
rounding.
"""

import argparse
import time

import numpy as np
from threadpoolctl import threadpool_limits

import digitdesk
from digitdesk.data import load_mnist
from digitdesk.engine import PRESETS, Model, Trainer
from digitdesk.engine.gradcheck import check_model


# The kink counts of a GradCheckResult, in this version and the ones before.
KINK_FIELDS = ("smaller_step", "one_sided", "at_w", "not_compared",  # this version
               "kinks", "kinks_at_w", "kinks_both_sides", "undecided")  # before


def trained(config, x, y, steps):
    """``config``'s model after ``steps`` mini-batches of 5,000 training images (a sum's
    learning rate divided by the batch size, else it diverges)."""
    if config.reduction == "sum":
        config = config.replace(learning_rate=config.learning_rate / config.batch_size)
    model = Model(config)
    trainer = Trainer(model, x[-5000:], y[-5000:])
    for _ in range(steps):
        if trainer.done:
            trainer = Trainer(model, x[-5000:], y[-5000:])
        trainer.step()
    return model


def largest_residuals(model, x, y):
    """For ``model`` on the batch ``x``, ``y``: the loss, and the largest identity residuals
    and gaps of extrapolated slopes over 8 random weights of every tensor, in units of
    ``loss_rounding`` / step."""
    # Here, not at the top: the timing runs on versions of the engine without them too.
    from digitdesk.engine.gradcheck import (STEP, LossAlong, extrapolated_slope, for_checking,
                                            loss_at_weights, make_objective, model_batch,
                                            taylor_residual)
    from digitdesk.engine.losses import make_loss

    network = for_checking(model.network)
    batch, labels = model_batch(model, x, y)
    loss = make_loss(model.config.head, model.config.reduction)
    objective = make_objective(network, loss, batch, labels)
    base, unit, _ = loss_at_weights(network, loss, batch, labels)
    largest = {"identity at h": 0.0, "identity at h/2": 0.0, "slopes' gap": 0.0}
    rng = np.random.default_rng(0)
    for _, value, _ in network.parameters():
        flat = value.reshape(-1)
        for i in rng.choice(flat.size, min(8, flat.size), replace=False):
            along = LossAlong(objective, flat, i, base)
            for t in (STEP, -STEP):
                for name, step in (("identity at h", t), ("identity at h/2", t / 2)):
                    residual = abs(taylor_residual(along, step)) * abs(step) / unit
                    largest[name] = max(largest[name], residual)
            gap = abs(extrapolated_slope(along, STEP) - extrapolated_slope(along, -STEP))
            largest["slopes' gap"] = max(largest["slopes' gap"], gap * STEP / unit)
    return base, largest


def rounding_residuals(x, y, steps):
    """Print the largest identity residuals on smooth sides (see the module's docstring)."""
    cases = [("quick", PRESETS["quick"], (0, steps), (16, 512)),
             ("quick tanh", PRESETS["quick"].replace(activation="tanh"), (0, steps), (16, 512)),
             ("convolutional", PRESETS["convolutional"], (0,), (16,))]
    for name, config, step_counts, batches in cases:
        for reduction in ("mean", "sum"):
            for count in step_counts:
                model = trained(config.replace(reduction=reduction), x, y, count)
                for n in batches:
                    base, largest = largest_residuals(model, x[:n], y[:n])
                    print(f"{name:14s}{reduction:5s}{count:5d} steps {n:4d} images  "
                          f"L = {base:9.3e}  largest, in rounding / step: "
                          + ", ".join(f"{k} {v:.2f}" for k, v in largest.items()), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--steps", type=int, default=300, help="training steps of the trained cases")
    parser.add_argument("--residuals", action="store_true",
                        help="measure the rounding of the kink rule's Taylor identities")
    args = parser.parse_args()
    print(f"engine: {digitdesk.__file__}")
    x, y, _, _ = load_mnist()
    if args.residuals:
        with threadpool_limits(1):
            rounding_residuals(x, y, args.steps)
        return
    batch, labels = x[:16], y[:16]  # the tab's batch: the first 16 images
    sigmoid_bug = PRESETS["quick"].replace(activation="sigmoid", init="xavier",
                                           bugs=("sigmoid_derivative_sign",))
    cases = {
        "quick, untrained": Model(PRESETS["quick"]),
        f"quick, {args.steps} steps": trained(PRESETS["quick"], x, y, args.steps),
        "convolutional, untrained": Model(PRESETS["convolutional"]),
        f"convolutional, {args.steps // 10} steps": trained(PRESETS["convolutional"], x, y,
                                                            args.steps // 10),
        "quick sigmoid, bug switch on": Model(sigmoid_bug),
    }
    print(f"{'case':34s}{'wall s':>9s}{'CPU s':>9s}  kinks per tensor (statuses)")
    with threadpool_limits(1):  # as the app's worker thread: one BLAS thread
        for name, model in cases.items():
            walls, cpus = [], []
            for _ in range(args.repeats):
                wall, cpu = time.perf_counter(), time.process_time()
                results = check_model(model, batch, labels)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            kinks = " ".join(f"{r.name}:{sum(getattr(r, field, 0) for field in KINK_FIELDS)}"
                             for r in results)
            statuses = ",".join(r.status for r in results)
            print(f"{name:34s}{np.median(walls):9.2f}{np.median(cpus):9.2f}  {kinks} ({statuses})",
                  flush=True)


if __name__ == "__main__":
    main()
