"""The run list: every training run's settings, curves and final figures, kept (bounded)
in a JSON file in the app's data folder so that runs can be compared side by side, and
named by what differs between them ("lr 0.5" against "lr 0.1")."""

import json
import math
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from .config import TrainConfig
from .model import thin_curve

MAX_RUNS = 30  # the oldest run is dropped beyond this
CURVE_POINTS = 400  # a run's batch-loss curve is kept thinned to this many points
RUNS_FILE = "runs.json"

# Short names for the settings, as a legend shows them.
SHORT_NAMES = {"learning_rate": "lr", "batch_size": "batch", "hidden": "hidden",
               "activation": "", "optimizer": "", "momentum": "momentum", "init": "init",
               "head": "", "reduction": "", "schedule": "schedule", "epochs": "epochs",
               "l2": "L2", "seed": "seed", "train_size": "train", "val_size": "val",
               "digits": "digits", "augment": "augment", "deskew": "deskew",
               "layers": "layers", "bias": "bias", "bugs": "bug:"}


def _finite(values):
    return [None if not math.isfinite(v) else float(v) for v in values]


def run_record(model, when=None):
    """A JSON-ready record of ``model``'s run: settings, thinned curves, final figures."""
    history = model.history
    x, y = np.asarray(history["batch_epoch"], float), np.asarray(history["batch_loss"], float)
    keep = np.isfinite(y)
    x, y = thin_curve(x[keep], y[keep], CURVE_POINTS) if keep.any() else (x[:0], y[:0])
    when = time.time() if when is None else when
    return {"id": f"{when:.6f}", "when": when, "config": model.config.to_dict(),
            "batch_epoch": x.tolist(), "batch_loss": y.tolist(),
            "epoch": list(history["epoch"]), "val_loss": _finite(history["val_loss"]),
            "val_accuracy": _finite(history["val_accuracy"]),
            "test_accuracy": model.info.get("test_accuracy")}


class RunList:
    """The runs in ``folder/runs.json`` (read at once; an unreadable file starts an empty
    list and ``problem`` says why). Every change is saved atomically."""

    def __init__(self, folder, limit=MAX_RUNS):
        self.path = Path(folder) / RUNS_FILE
        self.limit = limit
        self.runs = []
        self.problem = None
        try:
            runs = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(runs, list) or not all(isinstance(r, dict) and "id" in r
                                                     and "config" in r for r in runs):
                raise ValueError("not a list of runs")
            for run in runs:
                TrainConfig.from_dict(run["config"])  # ValueError if it is not one
            self.runs = runs[-limit:]
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError) as error:
            self.problem = f"{self.path.name} could not be read ({error}); starting a new list"

    def add(self, record):
        self.runs.append(record)
        del self.runs[:-self.limit]
        self.save()

    def remove(self, run_id):
        self.runs = [run for run in self.runs if run["id"] != run_id]
        self.save()

    def save(self):
        """Into a temporary file beside it, then ``os.replace``: never half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=self.path.parent, suffix=".tmp",
                                         delete=False, encoding="utf-8") as f:
            json.dump(self.runs, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(f.name, self.path)


def difference_labels(configs):
    """For each config (dicts, as ``TrainConfig.to_dict``), a label naming the settings in
    which the configs differ: ``["lr 0.5", "lr 0.1"]``; ``""`` when they do not."""
    keys = [key for key in configs[0] if any(c.get(key) != configs[0].get(key) for c in configs)]
    labels = []
    for config in configs:
        parts = []
        for key in keys:
            value = config.get(key)
            if isinstance(value, list):
                value = ",".join(str(v) for v in value) or "none"
            short = SHORT_NAMES.get(key, key)
            parts.append(f"{short} {value:g}" if isinstance(value, float) and short
                         else f"{short} {value}".strip())
        labels.append(", ".join(parts))
    return labels
