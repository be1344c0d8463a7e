"""The run list: every training run's settings, curves, per-layer diagnostics and final
figures, kept (bounded) in a JSON file in the app's data folder so that runs can be compared
side by side, and named by what differs between them ("lr 0.5" against "lr 0.1").

A run is known by its id, which the model carries in ``model.info["run_id"]``: a run that
goes on from the same weights (Start again after Stop) keeps the id, and its record is
replaced by the longer one instead of adding a second run. A run of a learner's question
(``replays``) or of its fixed twin is marked as such (``replay_role``), so that the two are
compared by default."""

import json
import math
import os
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .config import TrainConfig
from .model import history_end, thin_curve
from .replays import REPLAYS
from .safe_npz import parse_json
from .translatable import QT_TRANSLATE_NOOP, Phrase, PhraseError

MAX_RUNS = 30  # the oldest run is dropped beyond this
CURVE_POINTS = 400  # a run's batch-loss curve is kept thinned to this many points
DIAGNOSTIC_POINTS = 150  # and its diagnostics to this many measurements per series
RUNS_FILE = "runs.json"
# The per-layer measurements a run keeps (``trainer.LayerDiagnostics``).
METRICS = ("grad_rms", "update_ratio", "saturated", "dead")

# Short names for the settings, as a legend shows them.
# How a legend names each setting, marked for translation: a window in another language
# passes its own ``word`` to ``difference_labels``. "" where the value speaks for itself.
SHORT_NAMES = {"learning_rate": QT_TRANSLATE_NOOP("runs", "lr"),
               "batch_size": QT_TRANSLATE_NOOP("runs", "batch"),
               "hidden": QT_TRANSLATE_NOOP("runs", "hidden"), "activation": "", "optimizer": "",
               "momentum": QT_TRANSLATE_NOOP("runs", "momentum"),
               "init": QT_TRANSLATE_NOOP("runs", "init"), "head": "",
               "reduction": "", "schedule": QT_TRANSLATE_NOOP("runs", "schedule"),
               "epochs": QT_TRANSLATE_NOOP("runs", "epochs"), "l2": "L2",
               "seed": QT_TRANSLATE_NOOP("runs", "seed"),
               "train_size": QT_TRANSLATE_NOOP("runs", "train"),
               "val_size": QT_TRANSLATE_NOOP("runs", "val"),
               "digits": QT_TRANSLATE_NOOP("runs", "digits"),
               "augment": QT_TRANSLATE_NOOP("runs", "augment"),
               "deskew": QT_TRANSLATE_NOOP("runs", "deskew"),
               "layers": QT_TRANSLATE_NOOP("runs", "layers"),
               "bias": QT_TRANSLATE_NOOP("runs", "bias"), "bugs": QT_TRANSLATE_NOOP("runs", "bug:"),
               "style_digits": QT_TRANSLATE_NOOP("runs", "styles")}
# Values a legend says in words: a full batch, every row, no digit.
FULL_BATCH = QT_TRANSLATE_NOOP("runs", "full batch")
ALL = QT_TRANSLATE_NOOP("runs", "{0} all")
NONE = QT_TRANSLATE_NOOP("runs", "none")


def _finite(values, digits=None):
    """Plain floats for JSON (``None`` for NaN or infinity), rounded to ``digits``
    significant digits if given: the file stays small, and no plot shows more."""
    return [None if v is None or not math.isfinite(v)
            else float(v) if digits is None else float(f"{v:.{digits}g}") for v in values]


def new_run_id(when=None):
    return f"{time.time() if when is None else when:.6f}"


def replay_role(config):
    """``(key, "learner")`` if ``config`` is exactly a learner's question (``replays``),
    ``(key, "fixed")`` if it is its fixed twin, else ``None``."""
    for key, replay in REPLAYS.items():
        if config == replay.config:
            return key, "learner"
        if config == replay.fixed_config:
            return key, "fixed"
    return None


class DiagnosticsHistory:
    """A run's per-layer diagnostics (``trainer.LayerDiagnostics``) over its epochs, kept
    bounded: past ``2 * DIAGNOSTIC_POINTS`` measurements, all series are thinned on the
    same bins of x to ``DIAGNOSTIC_POINTS``. ``record``: go on from a stored run's."""

    def __init__(self, record=None):
        self.x = []
        self.layers = []  # per layer: {metric: [values]} (NaN where a metric does not apply)
        stored = (record or {}).get("diagnostics")
        if stored:
            self.x = [float(v) for v in stored["epoch"]]
            self.layers = [{m: [np.nan if v is None else float(v) for v in layer[m]]
                            for m in METRICS} for layer in stored["layers"]]

    def __len__(self):
        return len(self.x)

    def add(self, x, diagnostics):
        """One measurement (a tuple of ``LayerDiagnostics``) at fractional epoch ``x``."""
        if len(diagnostics) != len(self.layers):  # a network of another depth: start over
            self.x = []
            self.layers = [{m: [] for m in METRICS} for _ in diagnostics]
        self.x.append(float(x))
        for layer, d in zip(self.layers, diagnostics):
            for metric in METRICS:
                value = getattr(d, metric)
                layer[metric].append(np.nan if value is None else float(value))
        if len(self.x) > 2 * DIAGNOSTIC_POINTS:
            self._thin(DIAGNOSTIC_POINTS)

    def _thin(self, points):
        x = np.asarray(self.x)
        for layer in self.layers:
            for metric in METRICS:
                thinned_x, values = thin_curve(x, np.asarray(layer[metric]), points)
                layer[metric] = values.tolist()
        self.x = thinned_x.tolist()

    def to_dict(self):
        """JSON-ready, at most ``DIAGNOSTIC_POINTS`` per series, 3 significant digits."""
        if len(self.x) > DIAGNOSTIC_POINTS:
            self._thin(DIAGNOSTIC_POINTS)
        return {"epoch": _finite(self.x, 5),
                "layers": [{m: _finite(layer[m], 3) for m in METRICS} for layer in self.layers]}


def run_record(model, diagnostics=None, when=None):
    """A JSON-ready record of ``model``'s run: settings, thinned curves, the learning-rate
    changes, the diagnostics (a ``DiagnosticsHistory``, if measured), final figures. Its id
    is ``model.info["run_id"]`` (a new one if the model has none)."""
    history = model.history
    x, y = np.asarray(history["batch_epoch"], float), np.asarray(history["batch_loss"], float)
    keep = np.isfinite(y)
    x, y = thin_curve(x[keep], y[keep], CURVE_POINTS) if keep.any() else (x[:0], y[:0])
    when = time.time() if when is None else when
    role = replay_role(model.config)
    return {"id": model.info.get("run_id") or new_run_id(when), "when": when,
            "config": model.config.to_dict(),
            "end": float(history_end(history)),  # where its curve ends, in epochs
            "batch_epoch": _finite(x, 5), "batch_loss": _finite(y, 4),
            "epoch": list(history["epoch"]), "val_loss": _finite(history["val_loss"]),
            "val_accuracy": _finite(history["val_accuracy"]),
            "rate_changes": [list(change) for change in zip(
                _finite(history.get("rate_change_epoch", []), 5),
                history.get("rate_change_lr", []), history.get("rate_change_momentum", []))],
            "diagnostics": None if diagnostics is None or not len(diagnostics)
            else diagnostics.to_dict(),
            "replay": None if role is None else {"key": role[0], "role": role[1]},
            "test_accuracy": model.info.get("test_accuracy")}


class RunList:
    """The runs in ``folder/runs.json``, read at once. A record this version cannot read (a
    setting a newer digitdesk added, a damaged entry) is skipped, kept in the file as it was,
    and counted in ``problem``; such records count toward ``limit`` in the room the runs
    it can read leave, and the oldest are dropped when a save has no room for them (never
    a readable run for them). An unreadable file starts an empty list and ``problem``
    says why.

    Every change is saved atomically, and off the calling thread: the list is turned into
    JSON at once (that text is the snapshot written, whatever the list becomes next), and one
    writer thread, shared by every list, writes the texts in the order they were made
    (``wait`` waits for them; a new ``RunList`` waits before it reads)."""

    def __init__(self, folder, limit=MAX_RUNS):
        self.path = Path(folder) / RUNS_FILE
        self.limit = limit
        self.runs = []
        self.unreadable = []  # records kept in the file untouched (a newer digitdesk's)
        self.problem = None  # a ``Phrase``: why the list is empty, or runs are missing
        self._last_write = None
        self._texts = {}  # run id -> (record, its JSON text), see ``save``
        self._unreadable_texts = []
        self._dropped = 0  # unreadable records dropped for room since the list was read
        wait_for_writes()  # a list saved a moment ago is read as saved
        try:
            runs = parse_json(self.path.read_text(encoding="utf-8"))
            if not isinstance(runs, list):
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "not a list of runs"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError) as error:
            # our words for bad JSON (a PhraseError); the system's for a file it cannot read
            if isinstance(error, PhraseError):
                reason = error.phrase
            elif isinstance(error, UnicodeDecodeError):
                reason = Phrase(QT_TRANSLATE_NOOP("errors", "it is not text"))
            elif isinstance(error, OSError):
                reason = error.strerror or str(error)
            else:
                reason = str(error)
            self.problem = Phrase(QT_TRANSLATE_NOOP(
                "errors", "{0} could not be read ({1}); starting a new list"),
                (self.path.name, reason))
            return
        for run in runs:
            (self.runs if _readable(run) else self.unreadable).append(run)
        self._unreadable_texts = [json.dumps(run) for run in self.unreadable]
        self.runs = self.runs[-limit:]
        # Encoded now, while the window opens, rather than at the first run's end (``save``).
        self._texts = {run["id"]: (run, json.dumps(run)) for run in self.runs}
        self._say_unreadable()

    def _say_unreadable(self, dropped=0):
        """``problem``: how many runs could not be read, kept, and (``dropped``) dropped."""
        if dropped:
            self.problem = Phrase(QT_TRANSLATE_NOOP(
                "errors", "Runs in {1} that could not be read (made by a newer digitdesk, "
                          "or damaged) were dropped to make room for new runs, the oldest "
                          "first (the list keeps the last {2}): {0} dropped, {3} still kept "
                          "in the file"),
                (dropped, self.path.name, self.limit, len(self.unreadable)))
        elif self.unreadable:
            self.problem = Phrase(QT_TRANSLATE_NOOP(
                "errors", "{0} of the runs in {1} could not be read (made by a newer "
                          "digitdesk, or damaged): they are not shown here, and are kept in "
                          "the file while the list has room for them (they count toward its "
                          "last {2} runs; a run it can read is never dropped for them)"),
                (len(self.unreadable), self.path.name, self.limit))

    def add(self, record):
        """Add ``record`` as the newest run; a run of the same id (the same run, trained
        further) is replaced by it. Returns the write's ``Future`` (see ``save``)."""
        self.runs = [run for run in self.runs if run["id"] != record["id"]]
        self.runs.append(record)
        del self.runs[:-self.limit]
        return self.save()

    def find(self, run_id):
        """The run of id ``run_id``, or ``None``."""
        return next((run for run in self.runs if run["id"] == run_id), None)

    def goes_on(self, model):
        """The run id under which training ``model`` further goes on with its run: its own,
        unless the list holds a record of that run that ends elsewhere than ``model``'s
        curve (a file saved mid-run and opened after the run went further): then a new
        one, so that the longer record is not replaced nor its diagnostics mixed up."""
        run_id = model.info.get("run_id")
        record = None if run_id is None else self.find(run_id)
        if record is not None and not math.isclose(record.get("end", -1.0),
                                                   history_end(model.history), abs_tol=1e-9):
            return new_run_id()
        return run_id or new_run_id()

    def remove(self, run_id):
        """Remove the run of id ``run_id``; returns the write's ``Future`` (see ``save``)."""
        self.runs = [run for run in self.runs if run["id"] != run_id]
        return self.save()

    def restore(self, record, index):
        """Put a removed run back at ``index`` (its place before; the end if the list is
        shorter now), where its colour and its tick were: undoing a removal. Beyond the
        list's limit (runs added since), the oldest others go. Returns the write's
        ``Future`` (see ``save``)."""
        self.runs = [run for run in self.runs if run["id"] != record["id"]]
        index = max(0, min(index, len(self.runs)))
        if len(self.runs) >= self.limit:  # room for it: the oldest run goes
            del self.runs[0]
            index = max(0, index - 1)
        self.runs.insert(index, record)
        return self.save()

    def save(self):
        """Queue the list for writing; returns a ``concurrent.futures.Future`` whose
        ``result()`` raises the ``OSError`` if the write failed.

        The text is made here, so it is the list as it is now whatever it becomes next,
        and made cheaply: a record is never edited once in the list (a run trained further
        replaces its record), so each record is turned into JSON once and the file is
        those texts joined (a full list took 11 ms to encode whole, or 31 ms with
        ``json.dump``, whose encoder into a file is pure Python). The records the file held
        but this version could not read come first, as they were: they are the oldest,
        runs are only ever appended."""
        cache, texts = {}, []
        for run in self.runs:
            record, text = self._texts.get(run["id"], (None, None))
            if record is not run:
                text = json.dumps(run)
            cache[run["id"]] = (run, text)
            texts.append(text)
        self._texts = cache  # a removed run's text goes with it
        # The records this version cannot read count toward the limit too, in the room the
        # readable runs leave (they never cost a readable run): beyond it, the oldest go.
        dropped = len(self.unreadable) - max(0, self.limit - len(self.runs))
        if dropped > 0:
            self.unreadable = self.unreadable[dropped:]
            self._unreadable_texts = self._unreadable_texts[dropped:]
            self._dropped += dropped
            self._say_unreadable(self._dropped)
        text = "[" + ", ".join(self._unreadable_texts + texts) + "]"
        self._last_write = _writer().submit(write_atomically, self.path, text)
        return self._last_write

    def wait(self):
        """Block until this list's last save is on disk; raise its ``OSError`` if it failed."""
        if self._last_write is not None:
            self._last_write.result()


# What every record has had since the first version, with the type the views rely on.
_RECORD_FIELDS = {"id": str, "when": (int, float), "batch_epoch": list, "batch_loss": list,
                  "epoch": list, "val_loss": list, "val_accuracy": list}
# The last second of the year 9999: a "when" past it (1e300 in a damaged file) cannot be
# turned into a date, and stopped the Compare runs tab from opening.
_LAST_SECOND = 253402300799


def _readable(run):
    """Whether ``run`` is a record this version can show: the fields every record has, of
    the right kinds, and settings it knows (a damaged entry must not stop the window)."""
    if not (isinstance(run, dict) and "config" in run and all(
            isinstance(run.get(key), kind) and not isinstance(run.get(key), bool)
            for key, kind in _RECORD_FIELDS.items())):
        return False
    if not 0 <= run["when"] <= _LAST_SECOND:  # a date the views can write
        return False
    try:
        TrainConfig.from_dict(run["config"])
    except (ValueError, TypeError):
        return False
    return True


def write_atomically(path, text):
    """Write ``text`` into a temporary file beside ``path``, then ``os.replace``: never
    half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp",
                                     delete=False, encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(f.name, path)


_WRITER = None
_WRITER_LOCK = threading.Lock()


def _writer():
    """The one writer thread (made on first use): one thread, so that two saves in quick
    succession reach the disk in the order they were made. Python waits for its queued
    writes at exit, so the last one is not lost when the app closes."""
    global _WRITER
    with _WRITER_LOCK:
        if _WRITER is None:
            _WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="runs-writer")
        return _WRITER


def wait_for_writes():
    """Block until every run list queued so far is written (errors are each list's own)."""
    if _WRITER is not None:
        _WRITER.submit(lambda: None).result()


def difference_labels(configs, word=str, number="{0:g}".format, join=", ".join,
                      listing=",".join, names=", ".join, setting=lambda key, value: None):
    """For each config (dicts, as ``TrainConfig.to_dict``), a label naming the settings in
    which the configs differ: ``["lr 0.5", "lr 0.1"]``; ``""`` when they do not. A setting
    a config leaves out (an older record; ``style_digits`` when it is all four) counts as
    its default. English by default; a window in another language passes ``word`` (the
    translation of an English word of ``SHORT_NAMES``, ``FULL_BATCH``, ``ALL``, ``NONE``),
    ``number`` (a float written its way), ``join`` (its list of parts) and ``listing``
    (the items of one value: hidden sizes, digits; "3,7", in Chinese "3、7") and ``names``
    (a list of names, the bug-lab switches: "a, b", in Chinese "a、b": with a space, a
    long list can wrap). A short name ending in a full-width colon ("错误：") takes its
    value with no space: "错误：无". ``setting(key, value)`` may word a whole part itself
    (a window names a choice as its form does: "Sum", "Xavier / Glorot init", "no biases",
    not the code's "sum", "init xavier", "bias False"); ``None`` leaves it to the above."""
    defaults = TrainConfig().to_dict()
    defaults["style_digits"] = list(TrainConfig().style_digits)
    configs = [{**defaults, **config} for config in configs]
    keys = [key for key in configs[0] if any(c.get(key) != configs[0].get(key) for c in configs)]
    keys.sort(key=lambda key: key != "bugs")  # a bug first: it is what a replay is about
    labels = []
    for config in configs:
        parts = []
        for key in keys:
            value = config.get(key)
            worded = setting(key, value)
            if worded is not None:
                parts.append(worded)
                continue
            if isinstance(value, list):
                value = ((names if key == "bugs" else listing)(str(v) for v in value)
                         or word(NONE))
            short = SHORT_NAMES.get(key, key)
            short = word(short) if short else short
            if value is None:  # as TrainConfig.describe() says it, never Python's "None"
                parts.append(word(FULL_BATCH) if key == "batch_size"
                             else word(ALL).format(short).strip())
                continue
            text = number(value) if isinstance(value, float) and short else value
            space = "" if short.endswith("：") else " "
            parts.append(f"{short}{space}{text}".strip())
        labels.append(join(parts))
    return labels
