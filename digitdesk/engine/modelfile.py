"""The model file: one self-describing ``.npz`` per model.

Inside the archive (a zip of ``.npy`` files, readable with plain ``np.load``):

* ``W1, b1, W2, b2, ...``: the parameters of each layer with weights, in order, float32:
  a dense layer's ``(fan_in, fan_out)`` and ``(fan_out,)``, a conv layer's
  ``(k, k, in_channels, out_channels)`` and ``(out_channels,)``.
* ``metadata``: a 0-d string array holding JSON: the format name and version, the
  architecture (layer names, see ``architecture.py``) and layer sizes, activation, head and
  loss, input scaling, the training settings, the history of the curves, the digitdesk
  version and the date.

Format versions: 1 (digitdesk 0.1.0) held MLPs only; 2 adds ``layers`` to the settings and
``architecture`` to the metadata. Version 1 files still load: their settings have no
``layers``, which means an MLP.

Nothing is pickled: ``np.load(..., allow_pickle=False)`` reads every entry, so opening a
model file can never run code.
"""

import datetime
import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np

from .architecture import parameter_shapes
from .config import TrainConfig
from .losses import HEADS
from .model import Model

FORMAT_NAME = "digitdesk-model"
FORMAT_VERSION = 2
INPUT_SCALING = "28x28 pixels, row-major, ink bright on black, divided by 255 to [0, 1]; MNIST-style: ink box 20x20, centre of mass at the image centre"


class ModelFileError(ValueError):
    """A model file could not be read; the message names the file and what is wrong."""


def _version():
    from .. import __version__
    return __version__


def save_model(model, path):
    """Write ``model`` to ``path`` atomically.

    The archive is written to a temporary file in the same folder and then moved over the
    target with ``os.replace``, which is atomic: a crash or a full disk leaves either the
    old file or the new one, never half of one.
    """
    path = Path(path)
    config = model.config
    metadata = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "digitdesk_version": _version(),
        "saved": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "architecture": list(config.architecture),
        "layer_sizes": config.layer_sizes,
        "activation": config.activation,
        "output": HEADS[config.head]["output"],
        "head": config.head,
        "loss": HEADS[config.head]["loss"],
        "input_scaling": INPUT_SCALING,
        "config": config.to_dict(),
        "history": model.history,
        "info": model.info,
    }
    arrays = {name: value for name, value, _ in model.network.parameters()}
    arrays["metadata"] = np.array(json.dumps(metadata))
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                               prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_model(path):
    """Read a model file, checking everything; raise ``ModelFileError`` with a specific
    message if anything is wrong."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ModelFileError(f"{name}: no such file ({path})")
    if path.is_dir():
        raise ModelFileError(f"{name}: is a folder, not a model file")
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
    except OSError as error:
        raise ModelFileError(f"{name}: cannot be read ({error.strerror})") from None
    if not magic:
        raise ModelFileError(f"{name}: the file is empty")
    if magic != b"PK\x03\x04":  # every .npz is a zip archive, and zips start like this
        raise ModelFileError(f"{name}: not a digitdesk model (not an .npz archive)")
    try:
        with np.load(path, allow_pickle=False) as archive:
            entries = {key: archive[key] for key in archive.files}
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise ModelFileError(f"{name}: the file is truncated or corrupt ({error})") from None
    except ValueError as error:
        if "pickle" in str(error):
            raise ModelFileError(f"{name}: contains pickled objects, which digitdesk never loads") from None
        raise ModelFileError(f"{name}: not a digitdesk model ({error})") from None
    except OSError as error:
        raise ModelFileError(f"{name}: cannot be read ({error})") from None
    return model_from_entries(entries, name)


def expected_shapes(config):
    """``{array name: shape}`` of every parameter a model of ``config`` has, worked out from
    the settings alone (nothing is allocated), in file order."""
    return parameter_shapes(config.architecture, config.outputs, config.bias)


def model_from_entries(entries, name="model"):
    """Build a ``Model`` from the archive's arrays, validating as we go."""
    if "metadata" not in entries:
        raise ModelFileError(f"{name}: not a digitdesk model (no metadata entry)")
    try:
        metadata = json.loads(str(entries.pop("metadata")))
    except (json.JSONDecodeError, TypeError) as error:
        raise ModelFileError(f"{name}: the metadata is not valid JSON ({error})") from None
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{name}: not a digitdesk model (the metadata does not say {FORMAT_NAME!r})")
    version = metadata.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ModelFileError(f"{name}: bad format version {version!r}")
    if version > FORMAT_VERSION:
        raise ModelFileError(f"{name}: made by a newer digitdesk (format version {version}; "
                             f"this version reads up to {FORMAT_VERSION})")
    try:
        config = TrainConfig.from_dict(metadata.get("config", {}))
    except (TypeError, ValueError) as error:
        raise ModelFileError(f"{name}: invalid training settings in the metadata: {error}") from None

    # Check every array against the layers the settings describe *before* building a
    # network of that size: a damaged file must not make us allocate a huge one.
    for param, shape in expected_shapes(config).items():
        if param not in entries:
            raise ModelFileError(f"{name}: missing array {param}")
        if entries[param].shape != shape:
            raise ModelFileError(f"{name}: {param} has shape {entries[param].shape}, expected "
                                 f"{shape} for layers {config.architecture_text()}")

    model = Model(config)  # a network of the right shape; the file's weights go into it
    for param, value, _ in model.network.parameters():
        array = entries[param]
        if not np.issubdtype(array.dtype, np.floating):
            raise ModelFileError(f"{name}: {param} has type {array.dtype}, expected floating point")
        if not np.all(np.isfinite(array)):
            raise ModelFileError(f"{name}: {param} contains non-finite values (NaN or infinity)")
        np.copyto(value, array, casting="same_kind")
    extra = sorted(set(entries) - {p for p, _, _ in model.network.parameters()})
    if extra:
        raise ModelFileError(f"{name}: unexpected arrays {', '.join(extra)}")
    history = metadata.get("history")
    if isinstance(history, dict):
        model.history.update({k: list(v) for k, v in history.items() if isinstance(v, list)})
    if isinstance(metadata.get("info"), dict):
        model.info.update(metadata["info"])
    # Facts about the file itself, not the model: refreshed on every load.
    model.info["saved"] = metadata.get("saved")
    model.info["digitdesk_version"] = metadata.get("digitdesk_version")
    return model
