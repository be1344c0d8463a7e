"""How well does a model read digits *drawn on the pad*? Stroke accuracy next to MNIST test
accuracy, for each recipe (how the model is trained) and each way the pad is rendered.

    python tests/benchmarks/bench_handwriting.py [--digits 1000] [--sizes 120 180 250]
        [--widths 12 24 36] [--recipes plain deskew ...] [--cache DIR] [--seed S]
        [--train-seed S] [--style-rate R] [--style-digits 0 1 7 9]
        [--distorted] [--styles] [--strangers [--per-writer 4] [--strangers-off [HABIT ...]]]

MNIST test images pasted onto the pad would prove nothing: they are already MNIST-shaped.
Instead, held-out MNIST *test* digits (never trained on) are turned back into pen strokes
(``digitdesk.strokes``: thinned to a skeleton and traced into polylines), scaled to a
digit ``size`` pad units tall (the longer side, if it is wider than tall) at a random place
on the 280 x 280 pad, and replayed through the real ``DrawingCanvas`` with real mouse
events (``QTest.mousePress / mouseMove / mouseRelease``), offscreen. Each replay is
rendered with every pen ``width``, in two ways:

* ``pad``: what the user sees, shrunk (``render_pad`` + ``mnist_style``), so the pen width
  and the drawing size decide how thick the strokes end up;
* ``strokes``: thickness-normalised (``render_strokes_mnist``): the strokes' centre lines
  drawn into the 20 x 20 box with an MNIST-like pen, whatever the user's pen.

With ``--distorted`` every digit is replayed a second time, written a little differently
(rotated up to 15 degrees, slanted up to 0.3, 20% wider or narrower, at random):
renderings marked ``~``. People who did not write MNIST differ from it in such ways.

With ``--styles`` every digit is replayed once more, and the kinds that real writers often
write unlike MNIST are edited into those styles at the rates of ``styles.RATES`` (crossed
7, flagged 1 with or without a base, hooked 9, open 4, slashed 0; see ``styles.py``):
renderings marked ``s``, plus a table of the edited digits alone, by style. No model here
is trained on these edits; "convolutional+styles" is trained on edits of the same kinds
made independently (engine/pen_styles.py), and so are the wider candidates
"conv32-64+styles" and "conv32-32+styles", so for them the ``s`` columns are not a test of
styles they have never seen. The "CPU s" column is the training's CPU time (one BLAS
thread), "-" for a model cached before it was kept.

With ``--strangers`` every digit is written three more times (once per size; the sizes
themselves are the writers' own), each time by a synthetic stranger (``Stranger``), a new
one every ``--per-writer`` (4) digits: 750 hands for 1,000 digits. Renderings marked
``x``, plus the styled digits alone by style and every digit's misreads (what it is read
as, styled and plain drawings apart). Each stranger has:

* a hand (``styles.Writer``, as in bench_adaptation.py): rotated up to 15 degrees, slanted
  up to 0.45, x0.7-1.3 as wide, each digit varying a little around it, and a fixed choice
  of styles at ``styles.WRITER_RATES`` (flagged 1 65% of writers, a third with a base,
  crossed 7 50%, hooked 9 and open 4 45%, curly 2 35%, slashed 0 25%);
* a size: the digit's longer side 30-90% of the pad's drawing area (78-234 of 260 pad
  units), each digit x0.8-1.25 of it, anywhere on the pad (off-centre, as people draw);
* an unsteady line: a slow wobble (two sine waves on each axis, up to 4% of the digit's
  height, waves 15-40% of it long) and a fast shake (up to 0.6%, smoothed over 5 points);
* sloppy ends: each stroke's ends stop short or run on by up to 0-12% of the height (a 4
  whose arms do not meet, a 0 left open, a bar that sticks out);
* a speed: the pad gets a point every 3-16 pad units of travel, as a mouse reports at a
  fixed rate (a quick hand draws curves as polygons); the other columns get one every 5
  units, along the traced polylines.

Calibration: real pen digits replayed through the window (issue 9) were read 91.2% (14
writers) and 94.7% (268 writers) by the accurate preset; on this column, through the
app's own rendering (``strokes 2 x``), it reads 93.0% (93.6% with ``--seed 1``: other
digits, other writers; README, "Reading your handwriting"), mostly for the styles and the
hands' slant and rotation (the wobble, the ends and the sampling change it by 0.4 points
or less each, within the draw's noise; RESULTS.md, "Strangers"). The writers and their habits are drawn from a seed of their own
(``--seed``), never trained on; what they do is an estimate, not a measured population.
What each habit costs: ``--strangers-off HABIT`` replays the same strangers with that habit
switched off (``HABITS``; several may be named), each habit drawing from a generator of its
own, and ``--strangers-off`` with none named replays them the same way with every habit on:
the baseline to compare with (its figures differ a little from the column's own, whose
habits share one generator).

``--train-seed`` trains every recipe with another seed; ``--style-rate`` and
``--style-digits`` change what a "+styles" recipe edits while it trains (the engine's
``augment.STYLE_RATE`` and ``pen_styles.STYLES``, set for the training only), except for
the recipes of ``RECIPE_STYLES``, which keep their own.

Models are trained with the engine (one BLAS thread, the same data split as
``digitdesk train``) the first time and cached in ``--cache`` (default
/tmp/digitdesk-handwriting), as are the traced strokes and the replayed images; delete
the folder to start again. A cached model's file name says its recipe, training seed and
style settings, and its info keeps the style settings: it is used only for the same ones.
Nothing is written to the repository.
"""

import argparse
import contextlib
import dataclasses
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from digitdesk.data import load_mnist  # noqa: E402
from digitdesk.engine import PRESETS, Model, Trainer, augment, load_model, pen_styles  # noqa: E402
from digitdesk.engine.trainer import training_data  # noqa: E402
from digitdesk.strokes import image_to_strokes  # noqa: E402
from styles import RATES, STYLE_NAMES, WRITER_RATES, Writer, styled  # noqa: E402

# Recipe name -> training settings. "quick", "accurate" and "convolutional" are the presets
# as they are now; "mlp800" is fixed here (the first "accurate" preset: 784-800-10, 20
# epochs); the convolutional variants are named from the first convolutional preset
# (FORMER_CONVOLUTIONAL: no deskew, affine), the base they were tried on (issue 9).
MLP800 = PRESETS["quick"].replace(hidden=(800,), epochs=20, l2=1e-4)
FORMER_CONVOLUTIONAL = PRESETS["convolutional"].replace(deskew=False, augment="affine")
CONVOLUTIONAL_DROPOUT = PRESETS["convolutional"].replace(
    layers=(*PRESETS["convolutional"].layers, "dropout0.25"))
CONVOLUTIONAL_WIDER = PRESETS["convolutional"].replace(
    layers=("conv32x5", "pool2", "conv64x5", "pool2", "dense128"))
RECIPES = {
    "plain": PRESETS["quick"],
    "deskew": PRESETS["quick"].replace(deskew=True),
    "quick+affine": PRESETS["quick"].replace(augment="affine"),
    "quick+affine+deskew": PRESETS["quick"].replace(augment="affine", deskew=True),
    "mlp800": MLP800,
    "mlp800+affine": MLP800.replace(augment="affine"),
    "mlp800+affine+deskew": MLP800.replace(augment="affine", deskew=True),
    "mlp512+affine": PRESETS["accurate"].replace(deskew=False),
    "accurate": PRESETS["accurate"],  # 784-512-10, affine augmentation, deskew
    "convolutional": PRESETS["convolutional"],  # the preset as it is now (styles-no7)
    # conv16x5,pool2,conv32x5,pool2,dense128 + affine: the preset until issue 9's change.
    "former-convolutional": FORMER_CONVOLUTIONAL,
    # The same, with a share of the 0s, 1s, 7s and 9s redrawn in other styles while it
    # trains (engine/pen_styles.py): its "s" columns are no longer an independent test.
    "convolutional+styles": FORMER_CONVOLUTIONAL.replace(augment="affine+styles"),
    # Candidates for the convolutional preset with more capacity, so that it can take the
    # styles and keep 99.5% MNIST test (issue 9): the PyTorch network (32 then 64
    # filters) and 32 then 32 filters, each with the preset's other settings (15 epochs).
    # The name says every setting that differs from the preset.
    "conv32-64+styles": FORMER_CONVOLUTIONAL.replace(
        layers=("conv32x5", "pool2", "conv64x5", "pool2", "dense128"), augment="affine+styles"),
    "conv32-32+styles": FORMER_CONVOLUTIONAL.replace(
        layers=("conv32x5", "pool2", "conv32x5", "pool2", "dense128"), augment="affine+styles"),
    # Tries at reading slanted, turned strangers better (README, "Deskewing: adopted"):
    # every training and drawn digit straightened first (preprocess.deskew, as the accurate
    # preset does; adopted as the preset), the affine as it is; wider affine distortions
    # (WIDE_AFFINE); deskewed and trained with the pen styles.
    "convolutional+deskew": FORMER_CONVOLUTIONAL.replace(deskew=True),  # the preset before
    "convolutional+wide": FORMER_CONVOLUTIONAL,
    "convolutional+deskew+styles": FORMER_CONVOLUTIONAL.replace(
        deskew=True, augment="affine+styles"),
    # A gentler dose of the styles on the deskewing preset, to keep MNIST test at 99.5%
    # (issue 9): all four styles at half the rate, or the rate without the crossed 7s
    # (RECIPE_STYLES; adopted as the preset).
    "convolutional+styles-light": PRESETS["convolutional"].replace(style_digits=(0, 1, 7, 9)),
    "convolutional+styles-no7": PRESETS["convolutional"],
    # Dropout on the preset's dense layer (a regulariser never tried on it), to read the
    # strangers better at the same MNIST test; then with it, twice the preset's style rate
    # (RECIPE_STYLES), which MNIST test stopped without dropout (issue 9). Neither passed
    # the rule (RESULTS.md, "Dropout, alone and with twice the pen styles: not adopted").
    "convolutional+dropout": CONVOLUTIONAL_DROPOUT,
    "convolutional+dropout+styles0.2": CONVOLUTIONAL_DROPOUT,
    # A longer training (25 epochs against the preset's 15, still well under the issue's
    # 10 minutes), to take more of the styles without the MNIST test cost that kept the
    # crossed 7s out: alone, then with all four pen styles at the preset's rate (issue 9).
    # Neither passed the rule (RESULTS.md, "A longer training, with and without the
    # crossed 7s: not adopted").
    "convolutional+long": PRESETS["convolutional"].replace(epochs=25),
    "convolutional+long+7s": PRESETS["convolutional"].replace(
        epochs=25, style_digits=(0, 1, 7, 9)),
    # With 25 epochs taking all four styles at no MNIST test cost, more of them: all four at
    # twice the rate (RECIPE_STYLES), or at the preset's rate for 35 epochs (issue 9).
    # Neither passed the rule (RESULTS.md, "More pen styles with a longer training: not
    # adopted").
    "convolutional+long+7s+rate0.2": PRESETS["convolutional"].replace(
        epochs=25, style_digits=(0, 1, 7, 9)),
    "convolutional+longer+7s": PRESETS["convolutional"].replace(
        epochs=35, style_digits=(0, 1, 7, 9)),
    # The wider network (32 then 64 filters, which PyTorch found read the real pens
    # better than an MLP) with the preset's recipe as it is now (deskew, the pen styles
    # without the crossed 7s); "conv32-64+styles" above was tried before deskewing, with all
    # four styles. If it trains in more than the 10 CPU minutes, the same with 10
    # epochs (issue 9). Neither passed the rule at training seed 0 (RESULTS.md, "A wider
    # network with the preset's recipe: not adopted").
    "convolutional+wider": CONVOLUTIONAL_WIDER,
    "convolutional+wider+10epochs": CONVOLUTIONAL_WIDER.replace(epochs=10),
}
# Models are cached under their recipe's name (``cache_name``), except these two: the
# preset's models are the ones of the recipe it was made from, and the former preset's
# keep the name they were trained under, so that neither is trained twice.
CACHED_AS = {"convolutional": next(name for name, config in RECIPES.items()
                                   if config == PRESETS["convolutional"]
                                   and name != "convolutional"),
             "former-convolutional": "convolutional"}
# Recipes that train "affine" with other ranges than augment.AFFINE: recipe -> the ranges
# (random_affine's keywords), set in the engine for the training only and kept in the
# model's info and file name. Real people turn and slant their digits more than MNIST's
# writers (the strangers: up to 15 degrees, slant 0.45, x0.7-1.3 as wide).
WIDE_AFFINE = dict(rotate_degrees=15.0, scale=0.15, shear=0.3, shift_pixels=2.0, stretch=0.3)
RECIPE_AFFINE = {"convolutional+wide": WIDE_AFFINE}
# "+styles" recipes that train with their own style rate and digits (recipe -> (rate,
# digits)) rather than --style-rate and --style-digits, so that one command runs them all;
# kept in the model's info and file name like the others'.
RECIPE_STYLES = {"convolutional+styles-light": (0.05, (0, 1, 7, 9)),
                 "convolutional+styles-no7": (0.1, (0, 1, 9)),
                 "convolutional+dropout": (0.1, (0, 1, 9)),
                 "convolutional+dropout+styles0.2": (0.2, (0, 1, 9)),
                 "convolutional+long": (0.1, (0, 1, 9)),
                 "convolutional+long+7s": (0.1, (0, 1, 7, 9)),
                 "convolutional+long+7s+rate0.2": (0.2, (0, 1, 7, 9)),
                 "convolutional+longer+7s": (0.1, (0, 1, 7, 9)),
                 "convolutional+wider": (0.1, (0, 1, 9)),
                 "convolutional+wider+10epochs": (0.1, (0, 1, 9))}
# Elastic distortion (Simard et al. 2003) on top of "affine" was tried and did not pay:
# accurate+elastic+deskew 98.82% MNIST / 97.30% strokes, mlp800+elastic+deskew 99.13% /
# 98.10%, against accurate (which deskews) 99.09% / 98.07%. It is not in the engine.
MNIST_PENS = (2.0, 2.5, 3.0)
PER_WRITER = 4  # --strangers: digits each synthetic writer writes before the next one
STRANGERS_VERSION = 1  # bump when Stranger changes, so that cached replays are redone  # pen widths (28-px pixels) tried for the "strokes" rendering


def style_settings(config, rate, digits, name=None):
    """What recipe ``name`` trains with beyond its settings, as plain values for the
    model's info: for a "+styles" recipe ``augment.STYLE_RATE`` and the digits
    ``pen_styles.STYLES`` edits (``rate`` and ``digits``, or the recipe's own in
    ``RECIPE_STYLES``); for a recipe of ``RECIPE_AFFINE`` its affine ranges; ``{}`` for
    any other, which they do not touch."""
    extra = {}
    rate, digits = RECIPE_STYLES.get(CACHED_AS.get(name, name), (rate, digits))
    if name in RECIPE_AFFINE:
        extra["affine"] = {k: float(v) for k, v in RECIPE_AFFINE[name].items()}
    if config.augment.endswith("+styles"):
        extra.update(style_rate=float(rate), style_digits=sorted(int(d) for d in digits))
    return extra


def cache_name(name, config, styles):
    """The cached model's file name: the recipe, its training seed, and for a "+styles"
    recipe the style rate and the digits edited, so that no setting reuses another's model."""
    parts = [CACHED_AS.get(name, name).replace("+", "_"), f"seed{config.seed}"]
    if "affine" in styles:
        short = dict(rotate_degrees="rot", scale="scale", shear="shear", shift_pixels="shift",
                     stretch="stretch")
        parts += [f"{short[k]}{v:g}" for k, v in styles["affine"].items()]
    if "style_rate" in styles:
        parts.append(f"rate{styles['style_rate']:g}")
        if styles["style_digits"] != sorted(pen_styles.STYLES):
            parts.append("digits" + "".join(map(str, styles["style_digits"])))
    return "_".join(parts) + ".npz"


def train_or_load(name, config, folder, data, styles):
    """The model of recipe ``name`` (with ``styles``, see ``style_settings``), trained once
    and cached in ``folder``; a cached file is used only if its settings and its style
    settings (kept in its info) are the ones asked for."""
    path = folder / cache_name(name, config, styles)
    if path.exists():
        model = load_model(path)
        if model.config == config and all(model.info.get(k) == v for k, v in styles.items()):
            return model
        print(f"  {path.name} was trained with other settings: training again")
    x_all, y_all, x_test, y_test = data
    x_train, y_train, x_val, y_val = training_data(config, x_all, y_all)
    model = Model(config)
    start, cpu = time.perf_counter(), time.process_time()
    with threadpool_limits(limits=1, user_api="blas"), styles_as(styles), affine_as(styles):
        Trainer(model, x_train, y_train, x_val, y_val).run()
    # CPU time too: on a shared machine the wall time measures the neighbours.
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    _, accuracy = model.evaluate(x_test, y_test)
    model.info.update(test_accuracy=accuracy, training_seconds=seconds,
                      training_cpu_seconds=cpu, **styles)
    print(f"  trained {name}: {100 * accuracy:.2f}% MNIST test in {seconds:.0f} s "
          f"({cpu:.0f} CPU s)")
    folder.mkdir(parents=True, exist_ok=True)
    model.save(path)
    return model


@contextlib.contextmanager
def styles_as(styles):
    """Train with ``styles``' rate and digits: the engine's module settings, set for the
    training and put back after."""
    if "style_rate" not in styles:
        yield
        return
    rate, kinds = augment.STYLE_RATE, dict(pen_styles.STYLES)
    augment.STYLE_RATE = styles["style_rate"]
    pen_styles.STYLES.clear()
    pen_styles.STYLES.update({d: kinds[d] for d in styles["style_digits"]})
    try:
        yield
    finally:
        augment.STYLE_RATE = rate
        pen_styles.STYLES.clear()
        pen_styles.STYLES.update(kinds)


@contextlib.contextmanager
def affine_as(settings):
    """Train "affine" with ``settings["affine"]``'s ranges (if any): the engine's
    ``augment.AUGMENT_SETTINGS`` entry, set for the training and put back after."""
    if "affine" not in settings:
        yield
        return
    saved = augment.AUGMENT_SETTINGS["affine"]
    augment.AUGMENT_SETTINGS["affine"] = settings["affine"]
    try:
        yield
    finally:
        augment.AUGMENT_SETTINGS["affine"] = saved


def stroke_set(x_test, y_test, n, seed, folder):
    """``n`` test digits as strokes (lists of (k, 2) arrays in 28-px units), with labels."""
    path = folder / f"strokes_{n}_{seed}.npz"
    rows = np.sort(np.random.default_rng(seed).choice(len(x_test), n, replace=False))
    if path.exists():
        saved = np.load(path)
        points, lengths, counts = saved["points"], saved["lengths"], saved["counts"]
    else:
        start = time.perf_counter()
        digits = [image_to_strokes(x_test[row]) for row in rows]
        counts = np.array([len(d) for d in digits])
        lengths = np.array([len(s) for d in digits for s in d])
        points = np.concatenate([s for d in digits for s in d])
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(path, points=points, lengths=lengths, counts=counts)
        print(f"  traced {n} digits into strokes in {time.perf_counter() - start:.0f} s")
    strokes = np.split(points, np.cumsum(lengths)[:-1])
    digits = [strokes[a:b] for a, b in zip(np.r_[0, np.cumsum(counts)[:-1]], np.cumsum(counts))]
    return digits, y_test[rows]


def distort(strokes, rng, rotate=15.0, shear=0.3, stretch=0.2):
    """The same digit written a little differently: turned up to ``rotate`` degrees,
    slanted by up to ``shear`` (columns per row), and made up to ``stretch`` wider or
    narrower, each drawn at random. Writers differ in exactly these ways."""
    angle = np.deg2rad(rng.uniform(-rotate, rotate))
    cos, sin = np.cos(angle), np.sin(angle)
    matrix = (np.array([[cos, -sin], [sin, cos]])
              @ np.array([[1.0, rng.uniform(-shear, shear)], [0.0, 1.0]])
              @ np.diag([1.0 + rng.uniform(-stretch, stretch), 1.0]))
    return [stroke @ matrix.T for stroke in strokes]


def _resample(stroke, step):
    """Points every ``step`` along the stroke's length (its first and last kept)."""
    run = np.r_[0.0, np.cumsum(np.hypot(*np.diff(stroke, axis=0).T))]
    if run[-1] <= step:
        return stroke[[0, -1]] if len(stroke) > 1 else stroke
    at = np.r_[np.arange(0.0, run[-1], step), run[-1]]
    return np.stack([np.interp(at, run, stroke[:, 0]), np.interp(at, run, stroke[:, 1])], 1)


def sloppy_ends(strokes, rng, sloppiness):
    """Each stroke's two ends moved along the stroke by up to ``sloppiness`` of the digit's
    height, at random: stopped short (a 4 whose arms do not meet, a 0 left open) or run on
    past the point (a 7's bar that sticks out). A pen lifted by hand does not stop where a
    skeleton traced from a bitmap does."""
    height = float(np.ptp(np.concatenate(strokes)[:, 1])) or 1.0
    out = []
    for stroke in strokes:
        if len(stroke) < 2:
            out.append(stroke)
            continue
        fine = _resample(stroke, 0.02 * height)
        for end in (0, -1):
            change = rng.uniform(-sloppiness, sloppiness) * height
            if change >= 0:  # run on, straight along the last direction
                inner = fine[1] if end == 0 else fine[-2]
                direction = fine[end] - inner
                direction /= max(float(np.hypot(*direction)), 1e-9)
                extra = fine[end] + direction * change
                fine = np.vstack([extra, fine]) if end == 0 else np.vstack([fine, extra])
            else:  # stop short, but never lose more than a third of the stroke
                cut = min(int(round(-change / (0.02 * height))), len(fine) // 3)
                if cut:
                    fine = fine[cut:] if end == 0 else fine[:-cut]
        out.append(fine)
    return out


def tremble(strokes, rng, wobble, jitter):
    """A hand's unsteady line: every stroke bent by a slow wobble (two sine waves across
    and along it, of ``wobble`` of the digit's height, a wave 15-40% of its height long)
    plus ``jitter`` (same unit) of fast random shake, smoothed over a few points as a
    hand's shake is."""
    height = float(np.ptp(np.concatenate(strokes)[:, 1])) or 1.0
    step = 0.01 * height
    out = []
    for stroke in strokes:
        fine = _resample(stroke, step)
        along = np.arange(len(fine)) * step
        moved = np.zeros_like(fine)
        for axis in range(2):
            for _ in range(2):
                length = rng.uniform(0.15, 0.4) * height
                moved[:, axis] += (wobble * height / 2 * rng.uniform(0.5, 1.0)
                                   * np.sin(2 * np.pi * along / length + rng.uniform(0, 2 * np.pi)))
            shake = rng.normal(0, 1, len(fine) + 4)
            moved[:, axis] += jitter * height * np.convolve(shake, np.ones(5) / np.sqrt(5), "valid")
        out.append(fine + moved)
    return out


def mouse_samples(strokes, step):
    """What a mouse or pen reports of a stroke: a point every ``step`` pad units of travel
    (it reports at a fixed rate, ~125 a second, so a quick hand gives points far apart), the
    pad joining them with straight lines: curves drawn quickly come out as polygons."""
    return [_resample(stroke, step) for stroke in strokes]


@dataclass(frozen=True)
class Stranger:
    """A writer of the ``--strangers`` column: a ``styles.Writer`` (their hand's rotation,
    slant and width, and their fixed styles at ``WRITER_RATES``), and how they handle the
    pen: how big they write (a share of the pad, each digit a little bigger or smaller),
    how unsteady their line is, how far their strokes stop short or run on, and how fast
    they draw (the mouse's sampling step)."""

    writer: Writer
    size: float  # the longer side of their digits, as a share of the 280-unit pad
    wobble: float
    jitter: float
    sloppiness: float
    step: float  # pad units between the reported points

    @classmethod
    def random(cls, rng):
        return cls(writer=Writer.random(rng), size=float(rng.uniform(0.3, 0.9)),
                   wobble=float(rng.uniform(0.0, 0.04)), jitter=float(rng.uniform(0.0, 0.006)),
                   sloppiness=float(rng.uniform(0.0, 0.12)), step=float(rng.uniform(3.0, 16.0)))

    def draw(self, strokes, label, rng, pad=280, border=10, off=None):
        """``(pad-unit strokes as the mouse reports them, styled)``: the digit in this
        writer's hand and styles, drawn with their pen habits at a random place on the pad.

        ``off`` (a set of ``HABITS``; ``None``: the column as it is): this writer with
        those habits switched off, each habit drawing from a generator of its own spawned
        from ``rng``, so that switching one off leaves the others' draws as they were
        (``--strangers-off``, which measures what each habit costs against ``off=()``)."""
        if off is not None:
            return self._draw_without(strokes, label, rng, pad, border, frozenset(off))
        styled_ = int(label) in self.writer.styles
        strokes = self.writer.write(strokes, label, rng)
        strokes = sloppy_ends(strokes, rng, self.sloppiness)
        strokes = tremble(strokes, rng, self.wobble, self.jitter)
        size = np.clip(self.size * rng.uniform(0.8, 1.25), 0.15, 1.0) * (pad - 2 * border)
        placed = place_on_pad(strokes, size, rng, pad, border, step=np.inf)
        return mouse_samples(placed, self.step), styled_

    def _draw_without(self, strokes, label, rng, pad, border, off):
        hand, ends, line, place = rng.spawn(4)
        writer = self.writer
        if "styles" in off:
            writer = dataclasses.replace(writer, styles=frozenset())
        if "hand" in off:  # upright, as wide as traced, the same every time
            writer = dataclasses.replace(writer, rotate=0.0, shear=0.0, stretch=0.0)
        styled_ = int(label) in writer.styles
        strokes = writer.write(strokes, label, hand, jitter=0.0 if "hand" in off else 0.05)
        if "ends" not in off:
            strokes = sloppy_ends(strokes, ends, self.sloppiness)
        if "unsteady" not in off:
            strokes = tremble(strokes, line, self.wobble, self.jitter)
        size = np.clip(self.size * place.uniform(0.8, 1.25), 0.15, 1.0) * (pad - 2 * border)
        if "sampling" in off:  # a point every 5 pad units along the lines, as elsewhere
            return place_on_pad(strokes, size, place, pad, border), styled_
        placed = place_on_pad(strokes, size, place, pad, border, step=np.inf)
        return mouse_samples(placed, self.step), styled_


# The strangers' habits that --strangers-off switches off (Stranger.draw): their styles,
# their hand (rotation, slant, width), their unsteady line (wobble and shake), their
# sloppy stroke ends and the mouse's sampling; their size and place on the pad stay.
HABITS = ("styles", "hand", "unsteady", "ends", "sampling")


def place_on_pad(strokes, size, rng, pad=280, border=10, step=5.0):
    """Scale strokes (28-px units) so that the digit's longer side (its height, for most
    digits) is ``size`` pad units, put them at a random place on the pad, and add points
    every ``step`` units along each segment, as a mouse reports them."""
    points = np.concatenate(strokes)
    low, high = points.min(axis=0), points.max(axis=0)
    extent = max(float((high - low).max()), 1e-6)
    scale = min(size, pad - 2 * border) / extent
    room = pad - 2 * border - (high - low) * scale  # free space left on each axis
    offset = border + rng.uniform(0, 1, 2) * np.maximum(room, 0)
    placed = []
    for stroke in strokes:
        s = (stroke - low) * scale + offset
        dense = [s[0]]
        for a, b in zip(s[:-1], s[1:]):
            k = max(1, int(np.hypot(*(b - a)) // step))
            dense.extend(a + (b - a) * t for t in np.arange(1, k + 1) / k)
        placed.append(np.array(dense))
    return placed


def replay(canvas, strokes):
    """Draw pad-unit strokes on ``canvas`` (a 280 x 280 widget) with real mouse events."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for stroke in strokes:
        points = [QPoint(int(round(x)), int(round(y))) for x, y in stroke]
        QTest.mousePress(canvas, left, none, points[0])
        for point in points[1:]:
            QTest.mouseMove(canvas, point)
        QTest.mouseRelease(canvas, left, none, points[-1])


def drawn_images(digits, sizes, widths, seed, folder, variant=None, labels=None,
                 per_writer=PER_WRITER, off=None):
    """Replay every digit at every size (``variant`` "distorted": each time written a
    little differently, see ``distort``; "styles": edited into a writer's style at the
    rates of ``styles.RATES``, which needs the ``labels``; "strangers": written by a
    ``Stranger``, a new one every ``per_writer`` digits, at the writer's own size rather
    than ``sizes``, which then only says how many times each digit is written); render
    with every pen width; ``off``: the strangers with those ``HABITS`` switched off
    (``Stranger.draw``).

    Returns ``{rendering: images}``: "pad" ``(n, sizes, widths, 28, 28)`` and, for every
    MNIST pen p, "strokes p" ``(n, sizes, 28, 28)`` (the same for every pen width); with
    "styles" or "strangers" also "edited" ``(n, sizes)``, true where the digit was edited
    into a style."""
    key = f"{len(digits)}_{seed}_{'-'.join(map(str, sizes))}_{'-'.join(map(str, widths))}"
    key += f"_{variant}" if variant else ""
    key += f"{per_writer}_v{STRANGERS_VERSION}" if variant == "strangers" else ""
    key += f"_off-{'-'.join(sorted(off)) or 'nothing'}" if off is not None else ""
    path = folder / f"drawn_{key}.npz"
    if path.exists():
        return dict(np.load(path))
    from PySide6.QtWidgets import QApplication
    from digitdesk.gui.canvas import DrawingCanvas, render_strokes_mnist
    app = QApplication.instance() or QApplication([])
    canvas = DrawingCanvas()
    canvas.resize(280, 280)
    canvas.show()
    app.processEvents()
    assert canvas._pad_rect().width() == 280, "the canvas must be 280 x 280 on screen"
    rng = np.random.default_rng(seed)
    pad = np.zeros((len(digits), len(sizes), len(widths), 28, 28), np.float32)
    normalised = {p: np.zeros((len(digits), len(sizes), 28, 28), np.float32) for p in MNIST_PENS}
    edited = np.zeros((len(digits), len(sizes)), bool)
    start = time.perf_counter()
    # The "strangers": the j-th writing of digit i is by writer (j * n + i) // per_writer.
    strangers = ([Stranger.random(rng) for _ in range(-(-len(digits) * len(sizes) // per_writer))]
                 if variant == "strangers" else None)
    for i, strokes in enumerate(digits):
        for j, size in enumerate(sizes):
            canvas.clear()
            drawn = strokes
            if variant == "strangers":
                stranger = strangers[(j * len(digits) + i) // per_writer]
                drawn, edited[i, j] = stranger.draw(strokes, labels[i], rng, off=off)
                replay(canvas, drawn)
            else:
                if variant == "distorted":
                    drawn = distort(strokes, rng)
                elif variant == "styles":
                    drawn, edited[i, j] = styled(strokes, labels[i], rng)
                replay(canvas, place_on_pad(drawn, size, rng))
            canvas.set_normalise_thickness(False)
            for k, width in enumerate(widths):
                canvas.set_pen_width(width)
                pad[i, j, k] = canvas.mnist_image()
            for p in MNIST_PENS:
                normalised[p][i, j] = render_strokes_mnist(canvas.strokes(), p)
        if i % 200 == 199:
            print(f"  replayed {i + 1} digits ({time.perf_counter() - start:.0f} s)", flush=True)
    images = {"pad": pad, **{f"strokes {p:g}": v for p, v in normalised.items()}}
    if variant in ("styles", "strangers"):
        images["edited"] = edited
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(path, **images)
    return images


def print_styles(detail, edited, labels, mark="s", kinds=None, rates="styles.RATES"):
    """The renderings marked ``mark``: their edited digits alone, all of them, then style
    by style (``kinds``: the digits that have a style there; default those of ``RATES``)."""
    kinds = sorted(RATES) if kinds is None else kinds
    counts = [int(edited[labels == d].sum()) for d in kinds]
    print(f"\nedited digits alone ({mark}: styles at {rates}; {int(edited.sum())} drawings: "
          + ", ".join(f"{n} {STYLE_NAMES[d]}" for d, n in zip(kinds, counts)) + ")")
    print(f"{'recipe':24s}{'rendering':>12s}{'all edited':>12s}"
          + "".join(f"{STYLE_NAMES[d]:>12s}" for d in kinds))
    for name, rendering, correct, _ in detail:
        if rendering not in (f"pad {mark}", f"strokes 2 {mark}"):
            continue
        if correct.ndim == 3:  # pad: every pen width counts as a drawing
            correct = correct.mean(axis=2)
        cells = [100 * correct[edited].mean()]
        cells += [100 * correct[edited & (labels == d)[:, None]].mean() for d in kinds]
        print(f"{name:24s}{rendering:>12s}" + "".join(f"{c:11.1f}%" for c in cells))


def print_misreads(detail, labels, edited, mark="x"):
    """The renderings marked ``mark``, digit by digit: how many are read, and what the
    misread ones are read as (most often first), styled and plain drawings apart."""
    print(f"\nmisreads by digit ({mark}; each cell: % read, then what the misread ones were "
          "read as, with counts; styled drawings apart from plain ones)")
    for name, rendering, correct, predicted in detail:
        if rendering not in (f"pad {mark}", f"strokes 2 {mark}"):
            continue
        print(f"  {name} {rendering}")
        truth = np.broadcast_to(labels.reshape((-1,) + (1,) * (predicted.ndim - 1)), predicted.shape)
        styled_ = np.broadcast_to(edited.reshape(edited.shape + (1,) * (predicted.ndim - 2)),
                                  predicted.shape)
        for d in range(10):
            parts = []
            for kind, keep in (("plain", ~styled_), ("styled", styled_)):
                keep = keep & (truth == d)
                if not keep.any():
                    continue
                wrong = predicted[keep & ~correct]
                reads = np.bincount(wrong, minlength=10)
                top = ", ".join(f"{k}:{reads[k]}" for k in np.argsort(-reads)[:3] if reads[k])
                parts.append(f"{kind} {100 * correct[keep].mean():5.1f}% of {int(keep.sum()):4d}"
                             f" (as {top or '-'})")
            print(f"    {d}: " + "; ".join(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=1000, help="test digits replayed")
    parser.add_argument("--sizes", type=int, nargs="+", default=[120, 180, 250],
                        help="digit sizes in pad units (the pad is 280)")
    parser.add_argument("--widths", type=int, nargs="+", default=[12, 24, 36],
                        help="pen widths in pad units")
    parser.add_argument("--recipes", nargs="+", default=list(RECIPES), choices=list(RECIPES))
    parser.add_argument("--seed", type=int, default=0,
                        help="which test digits are traced, and where they are drawn")
    parser.add_argument("--train-seed", type=int, default=0,
                        help="the training seed of every recipe (default 0, the presets')")
    parser.add_argument("--style-rate", type=float, default=augment.STYLE_RATE,
                        help="the share of the digits a \"+styles\" recipe edits while it "
                             "trains (default: augment.STYLE_RATE, %(default)s)")
    parser.add_argument("--style-digits", type=int, nargs="+", default=sorted(pen_styles.STYLES),
                        choices=sorted(pen_styles.STYLES),
                        help="the digits a \"+styles\" recipe edits (default: all of "
                             "pen_styles.STYLES)")
    parser.add_argument("--distorted", action="store_true",
                        help="also replay every digit rotated, slanted and stretched a "
                             "little at random (renderings marked ~)")
    parser.add_argument("--styles", action="store_true",
                        help="also replay every digit with crossed 7s, flagged 1s, hooked "
                             "9s, open 4s and slashed 0s at realistic rates (marked s)")
    parser.add_argument("--strangers", action="store_true",
                        help="also have every digit written by many synthetic strangers, "
                             "each with their own hand, styles, size and unsteady, "
                             "sloppy, quickly sampled line (marked x; see the docstring)")
    parser.add_argument("--per-writer", type=int, default=PER_WRITER,
                        help="--strangers: digits each writer writes (default %(default)s)")
    parser.add_argument("--strangers-off", nargs="*", choices=HABITS, metavar="HABIT",
                        help="--strangers: switch these habits off (%(choices)s; none "
                             "named: the baseline they are compared with), each habit "
                             "drawn from a generator of its own, so that only the habits "
                             "named change")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/digitdesk-handwriting"))
    args = parser.parse_args()
    if args.strangers_off is not None and not args.strangers:
        parser.error("--strangers-off needs --strangers")

    data = load_mnist()
    _, _, x_test, y_test = data
    print(f"strokes of {args.digits} MNIST test digits, sizes {args.sizes}, pen widths "
          f"{args.widths}")
    digits, labels = stroke_set(x_test, y_test, args.digits, args.seed, args.cache)
    images = drawn_images(digits, args.sizes, args.widths, args.seed, args.cache)
    if args.distorted:
        more = drawn_images(digits, args.sizes, args.widths, args.seed, args.cache, "distorted")
        images.update({f"{k} ~": v for k, v in more.items()})
    edited = None
    if args.styles:
        more = drawn_images(digits, args.sizes, args.widths, args.seed, args.cache, "styles",
                            labels)
        edited = more.pop("edited")
        images.update({f"{k} s": v for k, v in more.items()})
    strangers_edited = None
    if args.strangers:
        more = drawn_images(digits, args.sizes, args.widths, args.seed, args.cache, "strangers",
                            labels, args.per_writer, args.strangers_off)
        strangers_edited = more.pop("edited")
        images.update({f"{k} x": v for k, v in more.items()})

    renderings = list(images)
    width = max(13, 2 + max(len(r) for r in renderings))  # "strokes 2.5 s" needs 15
    header = f"{'recipe':24s}{'MNIST':>8s}{'train s':>9s}{'CPU s':>7s}" + "".join(f"{r:>{width}s}" for r in renderings)
    print(f"\ntraining seed {args.train_seed}; \"+styles\" recipes edit {args.style_rate:g} of "
          f"the digits {' '.join(map(str, args.style_digits))}"
          + "".join(f"; {name} {rate:g} of {' '.join(map(str, digits))}"
                    for name, (rate, digits) in RECIPE_STYLES.items() if name in args.recipes))
    print("stroke accuracy by rendering (all sizes and widths)")
    print(header)
    detail = []
    if not 0 <= args.style_rate <= 1:
        parser.error(f"--style-rate must be from 0 to 1, not {args.style_rate}")
    for name in args.recipes:
        config = RECIPES[name].replace(seed=args.train_seed)
        styles = style_settings(config, args.style_rate, args.style_digits, name)
        model = train_or_load(name, config, args.cache / "models", data, styles)
        _, mnist = model.evaluate(x_test, y_test)
        cells = []
        for rendering in renderings:
            batch = images[rendering]
            predicted = model.predict(batch.reshape(-1, 28, 28)).reshape(batch.shape[:-2])
            correct = predicted == labels.reshape((-1,) + (1,) * (batch.ndim - 3))
            cells.append(f"{100 * correct.mean():{width - 1}.2f}%")
            detail.append((name, rendering, correct, predicted))
        seconds = model.info.get("training_seconds")
        seconds = f"{seconds:9.0f}" if seconds else f"{'-':>9s}"
        cpu = model.info.get("training_cpu_seconds")  # not kept by models cached before it
        seconds += f"{cpu:7.0f}" if cpu else f"{'-':>7s}"
        print(f"{name:24s}{100 * mnist:7.2f}%{seconds}" + "".join(cells), flush=True)

    if edited is not None:
        print_styles(detail, edited, labels)
    if strangers_edited is not None:
        if strangers_edited.any():  # none with --strangers-off styles
            print_styles(detail, strangers_edited, labels, "x", tuple(sorted(WRITER_RATES)),
                         "their writers' styles.WRITER_RATES")
        print_misreads(detail, labels, strangers_edited)

    print("\nstroke accuracy by digit size (rows) and pen width (columns)")
    for name, rendering, correct, _ in detail:
        if rendering not in ("pad", "strokes 2", "pad ~", "strokes 2 ~"):
            continue
        by_size = correct.mean(axis=tuple(range(2, correct.ndim)) + (0,))
        text = " ".join(f"{s}:{100 * a:.1f}" for s, a in zip(args.sizes, by_size))
        if correct.ndim == 3:
            by_width = correct.mean(axis=(0, 1))
            text += "  | width " + " ".join(f"{w}:{100 * a:.1f}" for w, a in zip(args.widths, by_width))
        print(f"  {name:24s}{rendering:12s} size {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
