"""Write the README's screenshots: the real app after a short real training, with a digit
drawn on the pad with mouse events. screenshot.png shows the learning curves,
screenshot-inside.png the Inside tab and screenshot-diagnostics.png the Diagnostics tab
(with the mouse over the curves); screenshot-zh_CN.png and screenshot-ru.png the window
switched to Simplified Chinese and Russian with View > Language, at 1280 x 720;
screenshot-inside-cnn.png the Inside tab of a small
convolutional network (its layers typed into the form): the first layer's filters and the
feature maps of the drawn digit. With ``--views``, at 1280 x 720: screenshot-runs.png
(Compare runs: a learner's question and its fixed twin, their diagnostics overlaid),
screenshot-layer-map.png (the layer map with kept digits placed on it) and
screenshot-distributions.png (the histograms live, on log counts).

    python tests/benchmarks/screenshot.py [output folder, default resources/]
    python tests/benchmarks/screenshot.py --languages-only   # only the translated ones
    python tests/benchmarks/screenshot.py --views            # only the three views above

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

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt  # noqa: E402
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


def save(window, path):
    if not window.grab().save(str(path)):  # Qt says only "false": no such folder, say
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "resources",
                        help="where the PNG files go (default: resources/)")
    parser.add_argument("--languages-only", action="store_true",
                        help="only the translated screenshots")
    parser.add_argument("--views", action="store_true",
                        help="only Compare runs, the layer map and the distributions")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv[1:])
    languages_only, views_only, folder = args.languages_only, args.views, args.folder
    folder.mkdir(parents=True, exist_ok=True)
    settings_dir = tempfile.mkdtemp(prefix="digitdesk-screenshot-")
    # The run list and the kept digits go to a throw-away data folder too.
    os.environ["DIGITDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="digitdesk-screenshot-data-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([argv[0]])
    app.setOrganizationName("digitdesk-screenshot")
    app.setApplicationName("digitdesk-screenshot")
    from digitdesk.gui import MainWindow
    from digitdesk.gui.resources import app_icon
    app.setWindowIcon(app_icon())

    if views_only:
        save_views(app, folder)
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
    save(window, folder / "screenshot.png")

    # The views hold more than the curves: a larger window, with more of it for them.
    window.resize(1440, 960)
    window.right_splitter.setSizes([600, 360])
    inside = window.inside_view
    window.views.setCurrentWidget(inside)
    wait_until(app, lambda: inside.validation_heading.text().startswith("Validation,")
               and inside.saliency_image.has_image())
    settle(app)
    save(window, folder / "screenshot-inside.png")

    diagnostics = window.diagnostics_view
    window.views.setCurrentWidget(diagnostics)
    settle(app)
    hover(diagnostics.grad_plot, 2.0)
    settle(app)
    save(window, folder / "screenshot-diagnostics.png")
    window.views.setCurrentWidget(window.plots)
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
    save(window, folder / "screenshot-inside-cnn.png")
    window.close()
    return 0


def save_views(app, folder):
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
    save(window, folder / "screenshot-runs.png")

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
    save(window, folder / "screenshot-layer-map.png")

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
    save(window, folder / "screenshot-distributions.png")
    window.stop_training(wait=True)
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
