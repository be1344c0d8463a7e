"""How big the run list (Compare runs' runs.json) gets. A script that prints figures.

    python tests/benchmarks/bench_run_list.py

Trains 784-128-10 and 784-128-64-10 for 30 epochs of 5,000 images (2,370 batches, the
diagnostics measured about ten times an epoch, as the app does), keeps each run's record as
the app does (``engine.runs.run_record``) and prints its size in JSON, and the size of a
full list of ``MAX_RUNS`` such runs.
"""

import json

from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer
from digitdesk.engine.runs import MAX_RUNS, DiagnosticsHistory, run_record


def main():
    x, y, _, _ = load_mnist()
    for hidden in ((128,), (128, 64)):
        model = Model(TrainConfig(hidden=hidden, batch_size=64, epochs=30, train_size=5000,
                                  val_size=1000))
        diagnostics = DiagnosticsHistory()
        with threadpool_limits(limits=1, user_api="blas"):
            Trainer(model, x[:5000], y[:5000], x[50000:51000], y[50000:51000]).run(
                lambda r, kept=diagnostics: r.diagnostics and kept.add(r.epoch_progress,
                                                                        r.diagnostics))
        record = run_record(model, diagnostics)
        size = len(json.dumps(record))
        print(f"{model.config.architecture_text()}: {len(model.history['batch_loss']):,} "
              f"batches, {len(record['diagnostics']['epoch'])} diagnostics points a series, "
              f"{size / 1000:.1f} kB a run, {MAX_RUNS * size / 1e6:.2f} MB for {MAX_RUNS} runs")


if __name__ == "__main__":
    main()
