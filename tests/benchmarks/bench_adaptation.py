"""How much does fine-tuning on a few of a writer's digits help with that writer's others?

    python tests/benchmarks/bench_adaptation.py [--writers report|tune] [--k 1 2 3]
        [--recipe accurate | --model FILE] [--try "epochs=2 lr=0.02" ...] [--repeats N]

Synthetic writers: held-out MNIST *test* digits are traced back into pen strokes
(``digitdesk.strokes``, cached with ``bench_handwriting.py``'s), and each writer gets one
consistent hand (``styles.Writer``: a slant, a width, a rotation, and a fixed choice of
crossed 7, flagged 1 with or without a base, hooked 9, open 4, slashed 0, curly 2, at the
rates of ``styles.WRITER_RATES``), with a little variation from digit to digit. Every
digit is then drawn the way the pad draws a digit for the network
(``render_strokes_mnist``: centre lines fitted to the 20 x 20 box with an MNIST-like pen,
centred by centre of mass).

Two sets of writers, never sharing a traced digit: ``--writers tune`` (``--tune-count``
writers, for trying recipes with ``--try``) and ``--writers report`` (``--report-count``
others, for the figures in the README). A recipe chosen on the writers it is reported on
would flatter itself.

For each writer and each k: ``fine_tune`` on the writer's first k digits of each kind
(10 k digits), then the accuracy on the writer's *other* digits (``--test`` of each kind,
the same for every k), before and after, and on MNIST test before and after; fine-tune
seconds in wall and process CPU time (one BLAS thread, as in the app). No model is trained
on any of the edits: the base model knows MNIST only, and the fine-tune sees only the
writer's k digits of each kind, never the digits it is scored on.

``--try`` runs other fine-tune settings on the same writers (keyword=value, the keywords of
``digitdesk.personal.fine_tune``; ``lr`` is ``learning_rate``; ``distortion=2`` makes the
ranges of ``personal.COPY_DISTORTION`` twice as wide), to tune the recipe.

``--repeats N`` fine-tunes every writer N times, with other seeds (other MNIST rows, other
distorted copies, another order), and prints the mean over writers for each repeat: on 10
tuning writers one recipe's figure moves by up to 1.4 points from seed to seed, so two
recipes are compared over the same seeds, never on one.

``--in-app`` measures instead what the user waits for in the app: the main window
(offscreen) with the model open and the first writer's 2 x 10 digits kept, *Fine-tune on
my handwriting* clicked, until the adapted model is in use (the fine-tune, its two
held-out fine-tunes, MNIST test before and after), and meanwhile how late a 10 ms timer on
the GUI thread fires (``bench_gui.TimerLatency``): the window's responsiveness.
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

from bench_handwriting import (RECIPES, cache_name, stroke_set, style_settings,  # noqa: E402
                               train_or_load)
from styles import Writer  # noqa: E402

from digitdesk.data import load_mnist  # noqa: E402
from digitdesk.engine import augment, load_model, pen_styles  # noqa: E402
from digitdesk.engine.averaging import read_digits  # noqa: E402
import digitdesk.personal as personal  # noqa: E402
from digitdesk.personal import fine_tune  # noqa: E402


_APP = []  # the QApplication that QPainter needs, kept alive while the script runs


def render(strokes):
    """Strokes (28-px units) as the pad gives them to the network, ``(28, 28)`` uint8."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication
    from digitdesk.gui.canvas import render_strokes_mnist
    if not _APP:  # a QApplication, not a QGuiApplication: --in-app opens a window
        _APP.append(QApplication.instance() or QApplication([]))
    # In pad units (the pad is 280 wide), as the mouse would report them.
    image = render_strokes_mnist([[QPointF(10 * x, 10 * y) for x, y in s] for s in strokes])
    return np.rint(image * 255).astype(np.uint8)


def writer_digits(digits, labels, writers, per_digit, seed):
    """For each writer, ``per_digit`` digits of each kind written in their hand: a list of
    ``(Writer, images (10, per_digit, 28, 28))``, every traced digit used once."""
    rng = np.random.default_rng(seed)
    by_label = [list(rng.permutation(np.flatnonzero(labels == d))) for d in range(10)]
    result = []
    for _ in range(writers):
        writer = Writer.random(rng)
        images = np.zeros((10, per_digit, 28, 28), np.uint8)
        for d in range(10):
            for j in range(per_digit):
                if not by_label[d]:
                    raise SystemExit("not enough traced digits: raise --pool")
                images[d, j] = render(writer.write(digits[by_label[d].pop()], d, rng))
        result.append((writer, images))
    return result


def in_app(model_path, images, repeats):
    """Seconds from the click to the adapted model in use, and the GUI timer's lateness
    (ms) meanwhile, for ``repeats`` fine-tunes of ``images`` (10, 2, 28, 28)."""
    import tempfile

    from bench_gui import TimerLatency, percentile, wait_until
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from digitdesk.gui.personal_view import DATA_DIR_ENV
    from digitdesk.personal import PersonalSet
    folder = tempfile.mkdtemp(prefix="bench-adaptation-")
    os.environ[DATA_DIR_ENV] = folder
    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    app.setOrganizationName("digitdesk-bench")
    from digitdesk.gui import MainWindow
    personal = PersonalSet(folder)
    for r in range(images.shape[1]):  # round after round, as the guided flow keeps them
        personal.add_many(images[:, r], np.arange(10))
    window = MainWindow()
    window.show()
    window.load_model(model_path)
    latency = TimerLatency()
    for _ in range(repeats):
        window.load_model(model_path)  # the original again: the next fine-tune starts from it
        done = []

        def arrived(*result, done=done):
            done.append(result)
        window.adaptation.adapted.connect(arrived)
        latency.start()
        start = time.perf_counter()
        window.personal_view.fine_tune_button.click()
        wait_until(app, lambda done=done: done)
        seconds = time.perf_counter() - start
        latency.stop()
        report = done[0][1]
        print(f"  in the app: {seconds:.2f} s from the click to the adapted model in use "
              f"(its own fine-tune {report.seconds:.2f} s); GUI timer late by "
              f"{percentile(latency.late_ms, 50):.1f} ms median, "
              f"{percentile(latency.late_ms, 99):.1f} ms 99th percentile, "
              f"{max(latency.late_ms):.1f} ms worst", flush=True)
        window.adaptation.adapted.disconnect(arrived)
        wait_until(app, lambda: not window.adaptation.is_busy())
    window.ask_before_discarding = False
    window.close()


def parse_try(text):
    """``"epochs=2 lr=0.02 augment=none"`` -> keyword arguments for ``fine_tune``."""
    settings = {}
    for item in text.split():
        key, value = item.split("=")
        key = {"lr": "learning_rate"}.get(key, key)
        try:
            value = int(value) if value.isdigit() else float(value)
        except ValueError:
            pass
        settings[key] = value
    return settings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", choices=["tune", "report"], default="report",
                        help="which set of writers: the one recipes are tuned on, or the "
                             "one they are reported on")
    parser.add_argument("--tune-count", type=int, default=10, help="writers to tune on")
    parser.add_argument("--report-count", type=int, default=12, help="writers to report on")
    parser.add_argument("--k", type=int, nargs="+", default=[1, 2, 3],
                        help="examples of each digit the writer gives")
    parser.add_argument("--test", type=int, default=8,
                        help="other digits of each kind each writer is scored on")
    parser.add_argument("--recipe", default="accurate", choices=list(RECIPES))
    parser.add_argument("--model", type=Path, help="a model file instead of --recipe")
    parser.add_argument("--try", dest="tries", nargs="+", default=[""],
                        help='fine-tune settings to compare, e.g. "epochs=2 lr=0.02"; '
                             '"" is the recipe as it is')
    parser.add_argument("--pool", type=int, default=3000, help="MNIST test digits traced")
    parser.add_argument("--mnist-eval", type=int, default=10000,
                        help="MNIST test digits the cost to MNIST is measured on (fewer: a "
                             "faster, rougher figure while tuning)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=1,
                        help="fine-tune each writer this many times with other seeds and "
                             "print the spread: how far a difference between two recipes "
                             "can come from the fine-tune's own randomness")
    parser.add_argument("--verbose", action="store_true", help="one line per writer")
    parser.add_argument("--in-app", type=int, metavar="REPEATS", default=0,
                        help="time the fine-tune in the app instead (see above)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/digitdesk-handwriting"))
    args = parser.parse_args()

    data = load_mnist()
    x_train, y_train, x_test, y_test = data
    eval_x, eval_y = x_test[:args.mnist_eval], y_test[:args.mnist_eval]
    # A recipe's model is bench_handwriting's, trained with the engine's style settings.
    config = RECIPES[args.recipe]
    styles = style_settings(config, augment.STYLE_RATE, pen_styles.STYLES, args.recipe)
    if args.model:
        model, name = load_model(args.model), args.model.name
    else:
        model, name = train_or_load(args.recipe, config, args.cache / "models", data,
                                    styles), args.recipe
    digits, labels = stroke_set(x_test, y_test, args.pool, args.seed, args.cache)
    # The same writers whatever --k asks for (up to 3 examples of each kind).
    per_digit = max(3, *args.k) + args.test
    start = time.perf_counter()
    # Both sets are always written, the tuning writers first, so that each set is the
    # same whichever is asked for, and no traced digit is in both.
    writers = writer_digits(digits, labels, args.tune_count + args.report_count, per_digit,
                            args.seed)
    writers = writers[:args.tune_count] if args.writers == "tune" else writers[args.tune_count:]
    print(f"{name}: {len(writers)} {args.writers} writers, {per_digit} digits of each kind each, written "
          f"in {time.perf_counter() - start:.0f} s; scored on {10 * args.test} other "
          f"digits per writer")
    if args.in_app:
        path = args.model or args.cache / "models" / cache_name(args.recipe, config, styles)
        in_app(path, writers[0][1][:, :2], args.in_app)
        return 0
    if args.verbose:
        for i, (writer, _) in enumerate(writers):
            print(f"  writer {i + 1}: {writer.describe()}")

    print(f"\n{'settings':28s}{'k':>3s}{'before':>9s}{'after':>8s}{'worst b->a':>16s}"
          f"{'MNIST before':>14s}{'after':>8s}{'wall s':>8s}{'CPU s':>7s}")
    copy_distortion = dict(personal.COPY_DISTORTION)
    for text in args.tries:
        settings = parse_try(text)
        scale = float(settings.pop("distortion", 1.0))
        personal.COPY_DISTORTION = {key: scale * value for key, value in copy_distortion.items()}
        for k in args.k:
            before, after, mnist_after, wall, cpu = [], [], [], [], []
            runs = [(i, images, repeat) for repeat in range(args.repeats)
                    for i, (_, images) in enumerate(writers)]
            for i, images, repeat in runs:
                personal_x = images[:, :k].reshape(-1, 28, 28)
                personal_y = np.repeat(np.arange(10), k)
                test_x = images[:, -args.test:].reshape(-1, 28, 28)
                test_y = np.repeat(np.arange(10), args.test)
                with threadpool_limits(limits=1, user_api="blas"):
                    wall_start, cpu_start = time.perf_counter(), time.process_time()
                    tuned, _ = fine_tune(model, personal_x, personal_y, x_train, y_train,
                                         held_out=False, seed=i + 1000 * repeat,
                                         **settings)
                    wall.append(time.perf_counter() - wall_start)
                    cpu.append(time.process_time() - cpu_start)
                    # Read as the pad reads them (averaged for a CNN): what the user sees.
                    before.append(np.mean(read_digits(model, test_x).argmax(axis=1) == test_y))
                    after.append(np.mean(read_digits(tuned, test_x).argmax(axis=1) == test_y))
                    mnist_after.append(tuned.evaluate(eval_x, eval_y)[1])
                if args.verbose:
                    print(f"    writer {i + 1} k={k}: {100 * before[-1]:.0f}% -> "
                          f"{100 * after[-1]:.0f}%")
            worst = int(np.argmin(before[:len(writers)]))
            _, mnist_before = model.evaluate(eval_x, eval_y)
            print(f"{text or 'recipe':28s}{k:3d}{100 * np.mean(before):8.1f}%"
                  f"{100 * np.mean(after):7.1f}%"
                  f"{f'{100 * before[worst]:.0f}->{100 * after[worst]:.0f}%':>16s}"
                  f"{100 * mnist_before:13.2f}%{100 * np.mean(mnist_after):7.2f}%"
                  f"{np.median(wall):8.2f}{np.median(cpu):7.2f}", flush=True)
            if args.repeats > 1:
                means = 100 * np.reshape(after, (args.repeats, -1)).mean(axis=1)
                print(f"{'':31s}after, each repeat: "
                      + ", ".join(f"{m:.1f}%" for m in means)
                      + f" (spread {means.max() - means.min():.1f} points)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
