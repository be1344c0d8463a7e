"""Does averaging over small variants of the drawn digit read it better? Test-time
averaging (TTA) and a two-seed ensemble, measured on MNIST test and on the hard columns of
bench_handwriting.py.

    python tests/benchmarks/bench_tta.py [--recipes accurate convolutional]
        [--second-seed 1] [--digits 1000] [--seed 0] [--sets SET ...] [--cache DIR]

Test-time averaging: the digit the network is given (28 x 28, prepared as the model was
trained, deskewed for the accurate preset) is also given shifted by a pixel, turned by a
few degrees or made 10% bigger or smaller (``augment.affine``), and the ten
probabilities of all those versions are averaged; the digit read is the most probable one
of the average. Each set below is a choice of versions (the unchanged digit always
among them). The ensemble: the probabilities of the same recipe trained with two seeds
(``--second-seed``), averaged.

The hard columns are bench_handwriting.py's replays, cached in ``--cache`` (made there,
or here the first time): ``~`` distorted, ``s`` styles, ``x`` strangers; each in the
app's rendering (``strokes 2``: the strokes redrawn with an MNIST-like pen) and as drawn
(``pad``: the pad shrunk, three pen widths). Models are bench_handwriting.py's cached
ones (trained the first time they are asked for). Each cell: % read; after it, for a
set other than the plain reading, how many drawings it read right that the plain reading
misread (+) and the other way round (-): the same drawings are read both ways, so these
counts, not the spread of either figure, say whether a change is noise.
"""

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from bench_handwriting import (RECIPES, drawn_images, stroke_set, style_settings,  # noqa: E402
                               train_or_load)
from digitdesk.engine import pen_styles  # noqa: E402
from digitdesk.engine.augment import STYLE_RATE  # noqa: E402
from digitdesk.data import load_mnist  # noqa: E402
from digitdesk.engine.augment import affine  # noqa: E402
from digitdesk.engine.averaging import VERSIONS as APP_VERSIONS  # noqa: E402

# Every version measured: name -> (rotate degrees, zoom, (dx, dy) pixels).
VERSIONS = {
    "same": (0.0, 1.0, (0, 0)),
    "left": (0.0, 1.0, (-1, 0)), "right": (0.0, 1.0, (1, 0)),
    "up": (0.0, 1.0, (0, -1)), "down": (0.0, 1.0, (0, 1)),
    "turn-3": (-3.0, 1.0, (0, 0)), "turn+3": (3.0, 1.0, (0, 0)),
    "turn-6": (-6.0, 1.0, (0, 0)), "turn+6": (6.0, 1.0, (0, 0)),
    "turn-10": (-10.0, 1.0, (0, 0)), "turn+10": (10.0, 1.0, (0, 0)),
    "small5": (0.0, 0.95, (0, 0)), "big5": (0.0, 1.05, (0, 0)),
    "small10": (0.0, 0.9, (0, 0)), "big10": (0.0, 1.1, (0, 0)),
}
SHIFTS = ("left", "right", "up", "down")
SETS = {
    "plain": ("same",),
    "shift 1 px (5)": ("same", *SHIFTS),
    "turn 3 deg (3)": ("same", "turn-3", "turn+3"),
    "turn 6 deg (3)": ("same", "turn-6", "turn+6"),
    "turn 10 deg (3)": ("same", "turn-10", "turn+10"),
    "turn 3, 6 deg (5)": ("same", "turn-3", "turn+3", "turn-6", "turn+6"),
    "scale 5% (3)": ("same", "small5", "big5"),
    "scale 10% (3)": ("same", "small10", "big10"),
    "turn 6, scale 10% (5)": ("same", "turn-6", "turn+6", "small10", "big10"),
    "shift, turn 6 (7)": ("same", *SHIFTS, "turn-6", "turn+6"),
    "shift, turn 6, scale 10% (9)": ("same", *SHIFTS, "turn-6", "turn+6", "small10", "big10"),
    "all (15)": tuple(VERSIONS),
}

# The sets that read the convolutional preset's hard columns best at the first --seed;
# also shown for the second training seed and the ensemble.
CANDIDATES = ("scale 5% (3)", "turn 6, scale 10% (5)")


def is_the_apps(versions):
    """Whether ``versions`` (names of ``VERSIONS``) are the ones the pad averages over
    (``averaging.VERSIONS``)."""
    return ({(VERSIONS[v][0], VERSIONS[v][1]) for v in versions if VERSIONS[v][2] == (0, 0)}
            == set(APP_VERSIONS) and all(VERSIONS[v][2] == (0, 0) for v in versions))


def version_probabilities(model, images, versions=tuple(VERSIONS), chunk=3000):
    """``{version: (n, 10) probabilities}`` of each of ``versions`` (names of ``VERSIONS``)
    of ``images`` (n, 28, 28), each made from the model's prepared input (as the pad's
    reading would make them)."""
    x = model.prepare(images.reshape(-1, 28, 28))
    out = {}
    for name in versions:
        turn, zoom, (dx, dy) = VERSIONS[name]
        parts = []
        for i in range(0, len(x), chunk):
            part = x[i:i + chunk]
            n = len(part)
            if name != "same":
                part = affine(part, np.full(n, turn), np.full(n, zoom), np.zeros(n),
                              np.tile([dx, dy], (n, 1)))
            parts.append(model.probabilities(part))
        out[name] = np.concatenate(parts)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipes", nargs="+", default=["accurate", "convolutional"],
                        choices=list(RECIPES))
    parser.add_argument("--second-seed", type=int, default=1,
                        help="the ensemble's second training seed (0: no ensemble)")
    parser.add_argument("--digits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS),
                        help="the sets of versions to measure (default: all; fewer read "
                             "fewer versions)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/digitdesk-handwriting"))
    args = parser.parse_args()
    sets = ["plain"] + [s for s in args.sets if s != "plain"]
    candidates = [s for s in CANDIDATES if s in sets]
    needed = list(dict.fromkeys(v for s in sets for v in SETS[s]))

    data = load_mnist()
    _, _, x_test, y_test = data
    digits, labels = stroke_set(x_test, y_test, args.digits, args.seed, args.cache)
    sizes, widths = [120, 180, 250], [12, 24, 36]
    columns = {"MNIST test": (x_test, y_test)}
    for variant, mark in (("distorted", "~"), ("styles", "s"), ("strangers", "x")):
        images = drawn_images(digits, sizes, widths, args.seed, args.cache, variant, labels)
        for rendering in ("strokes 2", "pad"):
            batch = images[rendering]
            truth = np.broadcast_to(labels.reshape((-1,) + (1,) * (batch.ndim - 3)),
                                    batch.shape[:-2])
            columns[f"{rendering} {mark}"] = (batch.reshape(-1, 28, 28), truth.ravel())

    width = max(len(c) for c in columns) + 12
    for name in args.recipes:
        seeds = [0] + ([args.second_seed] if args.second_seed else [])
        readings = {}  # seed -> column -> version -> probabilities
        for seed in seeds:
            config = RECIPES[name].replace(seed=seed)
            extra = style_settings(config, STYLE_RATE, sorted(pen_styles.STYLES), name)
            model = train_or_load(name, config, args.cache / "models", data, extra)
            start, cpu = time.perf_counter(), time.process_time()
            with threadpool_limits(limits=1, user_api="blas"):
                readings[seed] = {c: version_probabilities(model, x, needed)
                                  for c, (x, _) in columns.items()}
            print(f"\n{name} seed {seed}: {len(needed)} versions of every image read in "
                  f"{time.perf_counter() - start:.0f} s ({time.process_time() - cpu:.0f} CPU s)")
        print(f"{name}: % read, (+ fixed / - broken against the plain reading of seed 0)")
        print(f"{'set':34s}" + "".join(f"{c:>{width}s}" for c in columns))
        rows = [(f"{s}{' = the pad (CNNs)' if is_the_apps(SETS[s]) else ''}", [seeds[0]], SETS[s])
                for s in sets]
        if len(seeds) > 1:
            # The second seed alone and with the first, plain and with the sets that did
            # best on the first seed's drawings (so a gain that is only luck shows here).
            for versions in ("plain", *candidates):
                rows.append((f"seed {seeds[1]}, {versions}", [seeds[1]], SETS[versions]))
            for versions in ("plain", *candidates):
                rows.append((f"ensemble {seeds[0]}+{seeds[1]}, {versions}", seeds, SETS[versions]))
        for label, use, versions in rows:
            cells = []
            for column, (_, truth) in columns.items():
                base = readings[seeds[0]][column]["same"].argmax(axis=1) == truth
                mean = np.mean([readings[s][column][v] for s in use for v in versions], axis=0)
                right = mean.argmax(axis=1) == truth
                cell = f"{100 * right.mean():.2f}"
                if label != "plain":
                    cell += f" +{int((right & ~base).sum())}/-{int((base & ~right).sum())}"
                cells.append(f"{cell:>{width}s}")
            print(f"{label:34s}" + "".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
