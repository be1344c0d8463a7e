"""What one update of the Distributions tab costs the GUI thread. Prints figures.

    python tests/benchmarks/bench_distributions.py [--log]

Ten batches of 784-128-10 (batch 128) give ten sets of histograms
(``engine.distributions.layer_distributions``, what the worker sends twice a second while
the tab is shown); the tab (900 x 330, offscreen) is handed them round and round, each
followed by the event loop's repaint, and the GUI thread's CPU time per update is printed
(median, 90th percentile, worst), with the time the worker takes to compute one set.
``--log``: counts on a log axis.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from digitdesk.engine import Model, TrainConfig, Trainer  # noqa: E402
from digitdesk.engine.distributions import layer_distributions  # noqa: E402


def main():
    app = QApplication([sys.argv[0]])
    from digitdesk.gui.distributions_view import DistributionsView
    rng = np.random.default_rng(0)
    x, y = rng.integers(0, 256, (1280, 784), dtype=np.uint8), rng.integers(0, 10, 1280)
    model = Model(TrainConfig(hidden=(128,), batch_size=128, epochs=1, val_size=0))
    start = model.network.weights()
    trainer = Trainer(model, x, y)
    sets, compute_ms = [], []
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(10):
            trainer.step()
            t = time.thread_time()
            sets.append(layer_distributions(model.network, start))
            compute_ms.append((time.thread_time() - t) * 1000)
    view = DistributionsView()
    view.resize(900, 330)
    view.show()
    view.set_log_scale("--log" in sys.argv)
    app.processEvents()
    update_ms = []
    for _ in range(6):
        for distributions in sets:
            t = time.thread_time()
            view.show_distributions(distributions)
            app.processEvents()
            app.processEvents()
            update_ms.append((time.thread_time() - t) * 1000)
    update_ms = np.array(update_ms[10:])  # the first round settles the axes
    print(f"worker: {np.median(compute_ms):.1f} ms of CPU a set of histograms (median)")
    print(f"GUI thread per update: median {np.median(update_ms):.1f} ms, 90th percentile "
          f"{np.percentile(update_ms, 90):.1f} ms, worst {update_ms.max():.1f} ms")


if __name__ == "__main__":
    main()
