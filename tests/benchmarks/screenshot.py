"""Write the README's screenshots: the real app after a short real training, with a digit
drawn on the pad with mouse events. screenshot.png shows the learning curves,
screenshot-inside.png the Inside tab and screenshot-diagnostics.png the Diagnostics tab
(with the mouse over the curves); screenshot-zh_CN.png and screenshot-ru.png the window
switched to Simplified Chinese and Russian with View > Language, at 1280 x 720;
screenshot-inside-cnn.png the Inside tab of a small
convolutional network (its layers typed into the form): the first layer's filters and the
feature maps of the drawn digit; and the three small scenes below (maths, confidence, rates).
With ``--views``, at 1280 x 720: screenshot-runs.png
(Compare runs: a learner's question and its fixed twin, their diagnostics overlaid),
screenshot-layer-map.png (the layer map with kept digits placed on it) and
screenshot-distributions.png (the histograms live, on log counts).

With ``--guides``, the screenshots the translated guides (Help > Read Me in Chinese and
Russian) show, taken in each translation (View > Language) from the same runs, into
resources/help/<language>/: the views above, the Inside and Diagnostics tabs, the
convolutional Inside tab, and three more small scenes: screenshot-maths.png (One digit's
maths of a 784-3-3-2 sigmoid network trained on 3s and 7s), screenshot-confidence.png (a 4
drawn for a model that knows only 3 and 7) and screenshot-rates.png (the learning rate
changed twice during a run, marked on the curves). PNG in 256 colours, compression level 9.

    python tests/benchmarks/screenshot.py [output folder, default resources/]
    python tests/benchmarks/screenshot.py --languages-only   # only the translated ones
    python tests/benchmarks/screenshot.py --views            # only the three views above
    python tests/benchmarks/screenshot.py --guides           # the guides' own, translated
    python tests/benchmarks/screenshot.py --guides --views   # ... only the three views

Runs offscreen (no display needed) with throw-away settings, so your own settings are
neither used nor changed.
"""

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_gui import wait_until  # noqa: E402  (this folder: run as a script)
from digitdesk.engine import PRESETS, TrainConfig  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONFIG = TrainConfig(hidden=(128,), activation="relu", init="he", optimizer="momentum",
                     learning_rate=0.05, schedule="cosine", batch_size=64, epochs=4,
                     train_size=12000, val_size=3000)
# The recommended convolutional preset's layers, trained briefly on the same subset.
CNN_LAYERS = ",".join(next(c for c in PRESETS.values() if c.convolutional).layers)
CNN_CONFIG = CONFIG.replace(layers=CNN_LAYERS, epochs=2, schedule="cosine")
# MNIST has about 12,400 training 3s and 7s: all of them but the validation ones.
THREES_AND_SEVENS = {"train_size": None, "val_size": 2000}
# The languages of the guides (resources/help/README.<code>.md).
GUIDE_LANGUAGES = ("zh_CN", "ru")


def three(t):
    """A hand-drawn "3" as a curve in pad fractions, t from 0 to 1."""
    if t < 0.5:  # upper bowl, from the top left round to the middle
        a = -math.pi * 0.85 + (t / 0.5) * math.pi * 1.35
        return 0.5 + 0.17 * math.cos(a), 0.33 + 0.13 * math.sin(a)
    a = -math.pi * 0.5 + ((t - 0.5) / 0.5) * math.pi * 1.4  # lower, larger bowl
    return 0.5 + 0.2 * math.cos(a), 0.6 + 0.15 * math.sin(a)


def draw(canvas, curve, steps=60):
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    points = [QPoint(int(left + x * side), int(top + y * side))
              for x, y in (curve(i / steps) for i in range(steps + 1))]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def seven(t):
    """A hand-drawn "7": the bar, then the stem down to the left."""
    if t < 0.4:
        return 0.3 + 0.4 * t / 0.4, 0.22
    u = (t - 0.4) / 0.6
    return 0.7 - 0.22 * u, 0.22 + 0.58 * u


def four_bend(t):
    """A hand-drawn "4", first stroke: down the left, then across."""
    if t < 0.55:
        return 0.34, 0.2 + 0.45 * t / 0.55
    return 0.34 + 0.36 * (t - 0.55) / 0.45, 0.65


def four_stem(t):
    """The 4's second stroke: the stem, top to bottom."""
    return 0.6, 0.25 + 0.6 * t


def settle(app):
    for _ in range(30):  # let the plot timers and the repaints run
        app.processEvents()
        time.sleep(0.01)


def hover(plot_widget, x):
    """Move the mouse over epoch ``x`` in the middle of a plot, with a real mouse event."""
    view_box = plot_widget.getPlotItem().getViewBox()
    y = sum(view_box.viewRange()[1]) / 2
    point = plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(x, y)))
    QTest.mouseMove(plot_widget.viewport(), point)


def save(window, path, small=False):
    """``small``: in 256 colours at PNG compression level 9 (Qt's quality 0), a third of
    the size, for the guides' twenty files."""
    image = window.grab().toImage()
    if not (indexed(image).save(str(path), "PNG", 0) if small else image.save(str(path))):
        raise SystemExit(f"could not write {path}")  # Qt says only "false": say which
    print(f"wrote {path}")


def indexed(image):
    """``image`` in at most 256 colours: its most frequent ones and the most distinct of the
    rest, each other pixel given the nearest of them (a screenshot is mostly flat colours
    and antialiased text, so it looks the same)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    height, width = image.height(), image.width()
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(
        height, image.bytesPerLine() // 4)[:, :width]
    colours, inverse, counts = np.unique(pixels, return_inverse=True, return_counts=True)

    def rgb(packed):
        return np.stack([(packed >> shift) & 255 for shift in (16, 8, 0)], axis=-1).astype(np.int32)

    # The 192 most frequent colours, then 64 picked one by one as the farthest from those
    # chosen (among colours of at least 4 pixels): a small red legend square or the red of
    # the weights is rare, and without them turned grey.
    palette = list(colours[np.argsort(-counts, kind="stable")[:192]])
    candidates = colours[counts >= 4]
    if len(candidates):
        distance = ((rgb(candidates)[:, None] - rgb(np.array(palette))[None]) ** 2).sum(-1).min(1)
        while len(palette) < 256 and distance.max() > 0:
            chosen = candidates[distance.argmax()]
            palette.append(chosen)
            distance = np.minimum(distance, ((rgb(candidates) - rgb(chosen)) ** 2).sum(-1))
    palette = np.array(palette, colours.dtype)

    nearest = np.empty(len(colours), np.uint8)
    for start in range(0, len(colours), 4096):  # 4,096 x 256 distances at a time
        chunk = rgb(colours[start:start + 4096])
        nearest[start:start + 4096] = ((chunk[:, None] - rgb(palette)[None]) ** 2).sum(-1).argmin(1)
    stride = (width + 3) // 4 * 4  # a QImage row is padded to 4 bytes
    rows = np.zeros((height, stride), np.uint8)
    rows[:, :width] = nearest[inverse.reshape(height, width)]
    result = QImage(rows.tobytes(), width, height, stride, QImage.Format.Format_Indexed8)
    result.setColorTable([0xFF000000 | int(c) for c in palette])
    return result.copy()  # (its own pixels: ``rows`` goes away)


class Shots:
    """Where each scene goes: ``folder/name`` in English, or, for the guides,
    ``folder/<language>/name`` in each translation (View > Language), then back to English."""

    def __init__(self, app, folder, guides=False):
        self.app, self.folder, self.guides = app, folder, guides

    def take(self, window, name):
        if not self.guides:
            save(window, self.folder / name)
            return
        for code in GUIDE_LANGUAGES:
            window.set_language(code)
            settle(self.app)
            (self.folder / code).mkdir(parents=True, exist_ok=True)
            save(window, self.folder / code / name, small=True)
        window.set_language("en")
        settle(self.app)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "resources",
                        help="where the PNG files go (default: resources/)")
    parser.add_argument("--languages-only", action="store_true",
                        help="only the translated screenshots")
    parser.add_argument("--views", action="store_true",
                        help="only Compare runs, the layer map and the distributions")
    parser.add_argument("--guides", action="store_true",
                        help="the translated guides' screenshots, into resources/help/<language>/")
    return parser.parse_args(argv)


def main(argv):
    # The settings, the run list and the kept digits go to throw-away folders inside one
    # temporary folder, removed at the end, after an error too: every run left three
    # digitdesk-screenshot-* folders in /tmp.
    with tempfile.TemporaryDirectory(prefix="digitdesk-screenshot-") as scratch:
        return take_screenshots(argv, Path(scratch))


def throwaway_data_folder(scratch):
    """A new, empty data folder (``DIGITDESK_DATA_DIR``) inside ``scratch``."""
    os.environ["DIGITDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="data-", dir=scratch)


def take_screenshots(argv, scratch):
    args = parse_args(argv[1:])
    languages_only, views_only, folder = args.languages_only, args.views, args.folder
    if args.guides and folder == ROOT / "resources":
        folder = ROOT / "resources" / "help"
    folder.mkdir(parents=True, exist_ok=True)
    throwaway_data_folder(scratch)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(scratch / "settings"))
    app = QApplication([argv[0]])
    app.setOrganizationName("digitdesk-screenshot")
    app.setApplicationName("digitdesk-screenshot")
    from digitdesk.gui import MainWindow
    from digitdesk.gui.language import install_language
    from digitdesk.gui.resources import app_icon
    app.setWindowIcon(app_icon())
    # In English, as the app starts (app.py): its numbers too (10,000, not the C locale's 10000).
    install_language("en")

    shots = Shots(app, folder, guides=args.guides)
    if views_only or args.guides:
        save_views(app, shots)
    if not (views_only or languages_only):  # (the README shows them too, in English)
        save_small_scenes(app, shots, scratch)
    if views_only:
        return 0
    window = MainWindow()
    window.ask_before_discarding = False
    window.resize(1280, 800)
    window.show()
    window.training_panel.set_config(CONFIG)
    window.start_training()
    wait_until(app, lambda: not window.is_training())
    window.plots.readout.setText("")
    draw(window.drawing_canvas, three)
    wait_until(app, lambda: window.probability_view.probabilities() is not None)
    settle(app)
    print("test accuracy", window.model().info.get("test_accuracy"),
          "reads", window.probability_view.probabilities().argmax())
    if languages_only:
        save_languages(app, window, folder)
        window.close()
        return 0
    if not args.guides:  # (the guides show screenshot-<language>.png: --languages-only)
        save(window, folder / "screenshot.png")

    # The views hold more than the curves: a larger window, with more of it for them.
    window.resize(1440, 960)
    window.right_splitter.setSizes([600, 360])
    inside = window.inside_view
    window.views.setCurrentWidget(inside)
    wait_until(app, lambda: inside.validation_heading.text().startswith("Validation,")
               and inside.saliency_image.has_image())
    settle(app)
    shots.take(window, "screenshot-inside.png")

    diagnostics = window.diagnostics_view
    window.views.setCurrentWidget(diagnostics)
    settle(app)
    hover(diagnostics.grad_plot, 2.0)
    settle(app)
    shots.take(window, "screenshot-diagnostics.png")
    window.views.setCurrentWidget(window.plots)
    if not args.guides:
        save_languages(app, window, folder)

    # A convolutional network, typed into the form's Layers field as a user would.
    window.training_panel.set_config(CNN_CONFIG.replace(layers=()))
    edit = window.training_panel.architecture.edit
    window.activateWindow()  # (the focus goes only to a widget of the active window)
    wait_until(app, window.isActiveWindow)
    edit.setFocus()
    edit.clear()
    QTest.keyClicks(edit, CNN_LAYERS)
    # Then Start, clicked: the field loses the focus and shows the layers from the first.
    QTest.mouseClick(window.training_panel.start_button, Qt.MouseButton.LeftButton)
    assert window.is_training()
    wait_until(app, lambda: not window.is_training(), timeout=900)
    window.drawing_canvas.clear()
    draw(window.drawing_canvas, three)
    window.views.setCurrentWidget(inside)
    wait_until(app, lambda: inside.feature_maps.grid.tile_count() > 0
               and inside.validation_heading.text().startswith(
                   f"Validation, after epoch {CNN_CONFIG.epochs}:"))
    settle(app)
    print("CNN test accuracy", window.model().info.get("test_accuracy"),
          "reads", window.probability_view.probabilities().argmax())
    shots.take(window, "screenshot-inside-cnn.png")
    window.close()
    return 0


def save_views(app, shots):
    """Compare runs, the layer map and the distributions, at 1280 x 720."""
    from digitdesk.data import load_mnist
    from digitdesk.gui import MainWindow
    from digitdesk.personal import PersonalSet
    # Thirty MNIST test digits stand in for digits a user kept ("Keep as").
    _, _, x_test, y_test = load_mnist()
    PersonalSet(os.environ["DIGITDESK_DATA_DIR"]).add_many(x_test[:30], y_test[:30])
    window = MainWindow()
    window.ask_before_discarding = False
    window.resize(1280, 720)
    window.show()

    # A learner's question (002: three bugs in the backward pass) and its fixed twin,
    # loaded and started as a user does; Compare runs ticks the two together.
    replays = window.replays_view
    replays.choose("002")
    for button in (replays.load_button, replays.fixed_button):
        button.click()
        window.start_training()
        wait_until(app, lambda: not window.is_training())
    runs = window.runs_view
    window.views.setCurrentWidget(runs)
    runs.diagnostics_button.click()
    settle(app)
    shots.take(window, "screenshot-runs.png")

    # A 784-64-10 network on 12,000 images; the drawn 3 and the kept digits on its map.
    window.training_panel.set_config(CONFIG.replace(hidden=(64,), epochs=3))
    window.reset_weights()
    window.start_training()
    wait_until(app, lambda: not window.is_training())
    draw(window.drawing_canvas, three)
    layer_map = window.layer_map_view
    window.views.setCurrentWidget(layer_map)
    wait_until(app, lambda: layer_map.layer_map() is not None)
    layer_map.personal.click()
    wait_until(app, lambda: layer_map.drawn_position() is not None)
    settle(app)
    shots.take(window, "screenshot-layer-map.png")

    # The histograms while it trains on, counts on a log axis; paused for the picture.
    window.drawing_canvas.clear()
    distributions = window.distributions_view
    window.views.setCurrentWidget(distributions)
    distributions.log_scale.click()
    window.training_panel.set_config(CONFIG.replace(hidden=(64,), epochs=50))
    window.start_training()
    wait_until(app, lambda: window.training.batches_done() > 300
               and distributions.distributions() is not None)
    window.training.toggle_pause()
    settle(app)
    shots.take(window, "screenshot-distributions.png")
    window.stop_training(wait=True)
    window.close()


def save_small_scenes(app, shots, scratch):
    """One digit's maths, the I-don't-know controls and live learning rates, at 1280 x 720."""
    from digitdesk.gui import MainWindow
    # No kept digits here (the views' thirty would add a row under the pad).
    throwaway_data_folder(scratch)
    window = MainWindow()
    window.ask_before_discarding = False
    window.resize(1280, 720)
    window.show()

    # Learner 003's shape done right: 784-3-3-2 sigmoid on 3s and 7s; its maths for a 7.
    window.training_panel.set_config(CONFIG.replace(
        hidden=(3, 3), activation="sigmoid", init="xavier", digits=(3, 7), epochs=2,
        schedule="constant", learning_rate=0.1, **THREES_AND_SEVENS))
    window.start_training()
    wait_until(app, lambda: not window.is_training())
    draw(window.drawing_canvas, seven)
    wait_until(app, lambda: window.probability_view.probabilities() is not None)
    maths = window.maths_view
    window.views.setCurrentWidget(maths)
    maths.target.setCurrentIndex(7)
    settle(app)
    shots.take(window, "screenshot-maths.png")

    # A model that knows only 3 and 7 reads a 4 as one of them: the note under the bars.
    window.views.setCurrentWidget(window.plots)
    window.training_panel.set_config(CONFIG.replace(hidden=(16,), digits=(3, 7), epochs=1,
                                                    **THREES_AND_SEVENS))
    window.reset_weights()
    window.start_training()
    wait_until(app, lambda: not window.is_training())
    window.drawing_canvas.clear()
    draw(window.drawing_canvas, four_bend)
    draw(window.drawing_canvas, four_stem)
    wait_until(app, lambda: window.probability_view.probabilities() is not None)
    settle(app)
    shots.take(window, "screenshot-confidence.png")

    # The learning rate and momentum changed twice while it trains (While it trains).
    window.drawing_canvas.clear()
    window.training_panel.set_config(CONFIG.replace(hidden=(32,), epochs=8, schedule="constant",
                                                    learning_rate=0.1, momentum=0.9))
    window.reset_weights()
    window.start_training()
    per_epoch = math.ceil(CONFIG.train_size / CONFIG.batch_size)
    for epoch, rate, momentum in ((1.5, 0.3, 0.9), (4, 0.01, 0.5)):
        wait_until(app, lambda e=epoch: window.training.batches_done() >= e * per_epoch)
        window.live_rates.set_rates(rate, momentum)
        window.live_rates.apply_button.click()
    wait_until(app, lambda: not window.is_training())
    settle(app)
    shots.take(window, "screenshot-rates.png")
    window.close()


def save_languages(app, window, folder):
    """The same window in each translation, switched at once with View > Language."""
    size, splits = window.size(), window.right_splitter.sizes()
    window.resize(1280, 720)
    window.right_splitter.setSizes([420, 300])
    for code in ("zh_CN", "ru"):
        window.set_language(code)
        settle(app)
        save(window, folder / f"screenshot-{code}.png")
    window.set_language("en")
    window.resize(size)
    window.right_splitter.setSizes(splits)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
