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
``architecture`` to the metadata; 3 allows the augmentation mode "affine+styles" (and its
``style_digits``, written only when it is not all of 0, 1, 7 and 9). Version 1
files still load: their settings have no ``layers``, which means an MLP. A file is written
in the oldest version that can hold its settings (``file_format_version``): a model
trained with "affine+styles" is version 3, which an older digitdesk refuses as "made by a
newer digitdesk" rather than as settings it calls invalid; every other model is version 2,
which older versions still open.

Nothing is pickled: ``np.load(..., allow_pickle=False)`` reads every entry, so opening a
model file can never run code.
"""

import dataclasses
import datetime
import json
import math
import typing
from pathlib import Path

import numpy as np

from .architecture import layer_plan, parameter_shapes
from .config import TrainConfig
from .losses import HEADS
from .model import Model, compact_history, new_history
from .safe_npz import ArchiveError, SafeNpz, parse_json, save_npz_atomically
from .translatable import QT_TRANSLATE_NOOP, Phrase, PhraseError, either

FORMAT_NAME = "digitdesk-model"
FORMAT_VERSION = 3  # the newest version this digitdesk reads and writes
# What each version after 2 added to the settings: a setting's value that needs it.
# (TrainConfig.style_digits, of version 3 too, is written only with "affine+styles".)
NEEDS_VERSION_3 = {"augment": {"affine+styles"}}
INPUT_SCALING = "28x28 pixels, row-major, ink bright on black, divided by 255 to [0, 1]; MNIST-style: ink box 20x20, centre of mass at the image centre"


# Sizes beyond anything digitdesk makes, so that a file merely *claiming* more is refused
# before anything is allocated: 50 million weights (200 MB as float32; the accurate preset
# has 0.4 million), and 32 million characters of metadata (its history is capped, see
# model.compact_history; files from before the cap may hold about 800,000 batches).
MAX_PARAMETERS = 50_000_000
MAX_VALUES_PER_IMAGE = 2_000_000  # all layers' outputs for one image (a conv32 layer: 25,088)
MAX_METADATA_CHARACTERS = 32_000_000


class ModelFileError(ArchiveError):
    """A model file could not be read; the message names the file and what is wrong.
    ``phrase``: the same words as a ``Phrase`` an app can translate (a zip archive's own
    complaint, inside it, stays English)."""

    def __init__(self, message, phrase=None):
        ValueError.__init__(self, message)  # its words come ready-made, not from a template
        self.phrase = phrase

    @property
    def not_a_model(self):
        """True if the file is no digitdesk model at all (random bytes, a text file, some
        other archive), rather than a model with something wrong in it: an app can then
        say what its Open reads and where other files go."""
        return self.phrase is not None and "not a digitdesk model" in self.phrase.template


def _refused(template, *values):
    """A ``ModelFileError`` saying ``template`` (marked for translation) filled in. A value
    that is a phrase, or an error that carries one (``PhraseError``), stays a phrase and a
    number stays a number, so that an app writes them in its language too; anything else
    (a name, a setting's value) is text as it is."""
    def part(value):
        value = getattr(value, "phrase", None) or value  # an error: the words it carries
        if isinstance(value, Phrase) or isinstance(value, (int, float)) and not isinstance(
                value, bool):
            return value
        return str(value)
    phrase = Phrase(template, tuple(map(part, values)))
    return ModelFileError(str(phrase), phrase)


def _version():
    from .. import __version__
    return __version__


def file_format_version(config):
    """The oldest format version that can hold ``config``: 3 if it uses a setting value
    version 3 added, else 2 (what the previous release wrote and reads)."""
    settings = config.to_dict()
    if any(settings[key] in values for key, values in NEEDS_VERSION_3.items()):
        return 3
    return 2


def save_model(model, path, stamp=True):
    """Write ``model`` to ``path`` atomically (see ``safe_npz.save_npz_atomically``): a
    crash, a kill or a full disk leaves either the old file or the new one, never half of
    one, and the next save removes any temporary file a killed one left behind.

    The file says when it was saved: now, or with ``stamp=False`` the time the model
    already carries (``info["saved"]``, None if it was never saved), for a copy the app
    keeps for itself, which is not a save of the user's."""
    config = model.config
    if stamp:  # the model now says when it was last saved, as its file does
        model.info["saved"] = datetime.datetime.now(datetime.timezone.utc).isoformat(
            timespec="seconds")
    metadata = {
        "format": FORMAT_NAME,
        "format_version": file_format_version(config),
        "digitdesk_version": _version(),
        "saved": model.info.get("saved"),
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
    save_npz_atomically(path, arrays)


# The entries of the file the app keeps the user's handwriting digits in
# (personal.PersonalSet, personal_digits.npz; the engine does not import it).
KEPT_DIGITS_ENTRIES = {"images", "labels", "added"}


def _without_metadata(names, name):
    """The error for an archive with no metadata entry. The user's own file of kept
    digits, dropped on the window, was "not a digitdesk model (no metadata entry)": true,
    but it says nothing of what the file is, nor where it is of use."""
    if KEPT_DIGITS_ENTRIES <= set(names):
        return _refused(QT_TRANSLATE_NOOP(
            "errors", "{0}: a file of handwriting digits kept with Keep as, not a model. "
            "The app shows the digits it keeps in My handwriting; to fine-tune a model on "
            "this file: digitdesk finetune MODEL.npz --personal FOLDER (the folder this "
            "file is in)."), name)
    return _refused(QT_TRANSLATE_NOOP("errors", "{0}: not a digitdesk model (no metadata entry)"), name)


def load_model(path):
    """Read a model file, checking everything; raise ``ModelFileError`` with a specific
    message if anything is wrong.

    The whole file is checked before a ``Model`` is returned, and nothing is allocated
    from a size the file merely claims: the metadata first (its size capped), then each
    array's declared shape against the shape the settings imply, then the data."""
    path = Path(path)
    name = path.name
    if not path.exists() and str(path) == name:  # "missing.npz": its name says it all
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: no such file"), name)
    if not path.exists():
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: no such file ({1})"), name, path)
    if path.is_dir():  # named as given: "." and "/" have no name ("digitdesk: : is a folder")
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: is a folder, not a model file"), path)
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
    except OSError as error:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: cannot be read ({1})"), name,
                       error.strerror) from None
    if not magic:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the file is empty"), name)
    if magic != b"PK\x03\x04":  # every .npz is a zip archive, and zips start like this
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: not a digitdesk model (not an .npz archive)"),
                       name)
    try:
        with SafeNpz(path) as archive:
            if "metadata" not in archive.names:
                raise _without_metadata(archive.names, name)
            metadata, config = read_metadata(archive.read("metadata", _metadata_fits), name)
            expected = plausible_shapes(config, name)
            check_array_names(archive.names, expected, name)
            arrays = {param: archive.read(param, _declared_as(param, shape, config, name))
                      for param, shape in expected.items()}
    except ModelFileError:
        raise
    except ArchiveError as error:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: {1}"), name, error) from None
    return build_model(metadata, config, arrays, name)


def expected_shapes(config):
    """``{array name: shape}`` of every parameter a model of ``config`` has, worked out from
    the settings alone (nothing is allocated), in file order."""
    return parameter_shapes(config.architecture, config.outputs, config.bias)


# --- the checks, in the order they run --------------------------------------------------

def _metadata_fits(shape, dtype):
    """The metadata is one JSON string (a 0-d text array) of a plausible size."""
    if shape != () or dtype.kind != "U":
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "the metadata is not one text entry (it is "
                                             "{0} of shape {1})"), str(dtype), str(shape))
    if dtype.itemsize > 4 * MAX_METADATA_CHARACTERS:  # NumPy stores 4 bytes a character
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "the metadata claims {0:,} characters, more "
                                             "than a model's metadata ever holds ({1:,})"),
                           dtype.itemsize // 4, MAX_METADATA_CHARACTERS)


def read_metadata(array, name):
    """``(metadata dict, TrainConfig)`` from the metadata entry, every field type-checked."""
    try:
        metadata = parse_json(str(array[()]))
    except ValueError as error:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the metadata cannot be read ({1})"),
                       name, error) from None
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: not a digitdesk model (the metadata does not "
                                                      "say {1})"), name, repr(FORMAT_NAME))
    version = metadata.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: bad format version {1}"), name,
                       repr(version))
    if version > FORMAT_VERSION:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: made by a newer digitdesk (format version "
                                                      "{1}; this version reads up to {2})"),
                       name, version, FORMAT_VERSION)
    settings = metadata.get("config", {})
    try:
        if not isinstance(settings, dict):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "they are not a list of named values"))
        check_json_types(settings)
        config = TrainConfig.from_dict(settings)
    except (TypeError, ValueError, OverflowError, RecursionError) as error:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: invalid training settings in the "
                                                   "metadata: {1}"), name, error) from None
    return metadata, config


def plausible_shapes(config, name):
    """``expected_shapes(config)``, refused if the network is implausibly large (a damaged
    file must not make us allocate a huge one)."""
    expected = expected_shapes(config)
    count = sum(math.prod(shape) for shape in expected.values())
    if count > MAX_PARAMETERS:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: layers {1} would have {2:,} weights, "
                                                   "more than digitdesk opens ({3:,})"),
                       name, config.architecture_text(), count, MAX_PARAMETERS)
    # Few weights can still make huge layers (a 1x1 convolution of 10 million filters):
    # count the values each layer computes for one image, too.
    plan = layer_plan(config.architecture, config.outputs, config.bias)
    values = sum(math.prod(planned.output_shape) for planned in plan)
    if values > MAX_VALUES_PER_IMAGE:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: layers {1} would compute {2:,} values "
                                                   "for each image, more than digitdesk opens "
                                                   "({3:,})"),
                       name, config.architecture_text(), values, MAX_VALUES_PER_IMAGE)
    return expected


def check_array_names(names, expected, name):
    missing = [param for param in expected if param not in names]
    if missing:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: missing array {1}"), name, missing[0])
    extra = sorted(set(names) - set(expected) - {"metadata"})
    if extra:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: unexpected arrays {1}"), name,
                       ", ".join(extra))


def _declared_as(param, shape, config, name):
    """A check of an array's declared shape and type, before its data is read."""
    def check(declared_shape, dtype):
        if tuple(declared_shape) != shape:
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: {1} has shape {2}, expected {3} "
                                                       "for layers {4}"),
                           name, param, tuple(declared_shape), shape, config.architecture_text())
        if not np.issubdtype(dtype, np.floating):
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: {1} has type {2}, expected floating "
                                                       "point"), name, param, dtype)
    return check


def build_model(metadata, config, arrays, name):
    """The ``Model``, once every array and every metadata field has passed its check; the
    last check is that it predicts numbers at all."""
    for param, array in arrays.items():
        if not np.all(np.isfinite(array)):
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: {1} contains non-finite values (NaN "
                                                       "or infinity)"), name, param)
    history = checked_history(metadata.get("history"), name)
    info = checked_info(metadata.get("info"), name)
    for key in ("saved", "digitdesk_version"):
        if not isinstance(metadata.get(key), (str, type(None))):
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the metadata's {1} is not text"),
                           name, repr(key))

    model = Model(config)  # a network of the right shape; the file's weights go into it
    for param, value, _ in model.network.parameters():
        np.copyto(value, arrays[param], casting="same_kind")
    check_predictions(model, name)
    model.history.update(history)
    # A file from before the training accuracy was measured has none for its epochs: NaN
    # there (no point), so that the next epoch's lines up with its epoch.
    missing = len(model.history["epoch"]) - len(model.history["train_accuracy"])
    model.history["train_accuracy"][:0] = [float("nan")] * max(0, missing)
    compact_history(model.history)  # an old file's unbounded history, thinned as training does
    model.info.update(info)
    # Facts about the file itself, not the model: refreshed on every load.
    model.info["saved"] = metadata.get("saved")
    model.info["digitdesk_version"] = metadata.get("digitdesk_version")
    return model


def check_predictions(model, name):
    """Refuse weights that are finite but so large that the network's outputs overflow:
    such a model predicts NaN for every image (weights of 3e38 do)."""
    rng = np.random.default_rng(0)
    check_batch = np.concatenate([np.zeros((1, 784)), np.ones((1, 784)),
                                  rng.random((6, 784))]).astype(model.network.dtype)
    with np.errstate(all="ignore"):
        probabilities = model.probabilities(check_batch)
    if not np.all(np.isfinite(probabilities)):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the weights are so large that the "
                                                   "network's outputs overflow: it predicts no "
                                                   "number at all (NaN) for test images, so it "
                                                   "cannot be used"), name)


def _kind_names(annotation):
    """The JSON kinds a setting of type ``annotation`` may have in the file."""
    kinds = set()
    for part in typing.get_args(annotation) or (annotation,):
        kinds.add(JSON_KINDS.get(part, "any"))
    return kinds


def check_json_types(settings):
    """Raise ``PhraseError`` for a setting whose JSON type is not its field's (a seed of
    1.5, a learning rate of "x", hidden sizes that are not a list)."""
    types = {field.name: field.type for field in dataclasses.fields(TrainConfig)}
    for key, value in settings.items():
        if key not in types:
            continue  # TrainConfig.from_dict names unknown settings
        kinds = _kind_names(types[key])
        if "any" in kinds or _is_kind(value, kinds):
            continue
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} is {1} {2}, expected {3}"), key,
                          Phrase(_json_kind(value)), repr(str(value)[:40]), _kinds_text(kinds))


def _json_kind(value):
    """The kind of a JSON value in words (marked for translation: a refusal names it)."""
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("errors", "true/false")
    if isinstance(value, int):
        return QT_TRANSLATE_NOOP("errors", "a whole number")
    if isinstance(value, float):
        return QT_TRANSLATE_NOOP("errors", "a number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("errors", "text")
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("errors", "a list")
    if value is None:
        return QT_TRANSLATE_NOOP("errors", "null")
    return QT_TRANSLATE_NOOP("errors", "an object")


def _is_kind(value, kinds):
    """``value`` is of one of the JSON ``kinds``; a whole number is a number too (JSON
    writes the float 1.0 as ``1``, and so does ``json.dumps`` for an int given as one)."""
    kind = _json_kind(value)
    return kind in kinds or kind == "a whole number" and "a number" in kinds


def _kinds_text(kinds):
    """``"a number or null"``, each kind a phrase to translate."""
    return either([Phrase(kind) for kind in sorted(kinds)])


# A setting's Python type -> the JSON kinds allowed for it (a float may be written as 1).
JSON_KINDS = {bool: "true/false", int: "a whole number", str: "text", tuple: "a list",
              type(None): "null", float: "a number"}


def _numbers(key, values, name, allow_nan):
    """A history list as floats, refused unless it is a list of finite numbers (NaN too
    where ``allow_nan``: no validation set means a NaN validation loss)."""
    if not isinstance(values, list) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the history's {1} is not a list of "
                                                   "numbers"), name, repr(key))
    array = np.asarray(values, dtype=float)
    bad = ~np.isfinite(array) & (~np.isnan(array) if allow_nan else True)
    if np.any(bad):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the history's {1} holds {2} values"),
                       name, repr(key), array[bad][0])
    return [float(v) for v in values]


def checked_history(history, name):
    """The curves from the file: known lists of numbers, the batch lists of equal length;
    unknown entries are left out (a newer digitdesk may add curves)."""
    if history is None:
        return {}
    if not isinstance(history, dict):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the history is not a set of named "
                                                   "curves"), name)
    known = new_history()
    result = {key: _numbers(key, history[key], name, allow_nan=key in NAN_CURVES)
              for key in known if key in history}
    batch = [len(result.get(key, [])) for key in ("batch_epoch", "batch_loss")]
    if batch[0] != batch[1]:
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the history has {1:,} batch positions "
                                                   "but {2:,} batch losses"),
                       name, batch[0], batch[1])
    return result


# NaN: no validation set; a training accuracy: an epoch trained before it was measured.
NAN_CURVES = {"train_loss", "val_loss", "val_accuracy", "train_accuracy"}

# The facts ``info`` may hold and the JSON kinds each may have; other keys may hold any
# plain value (text, a number, true/false or null), or a flat list or object of them.
INFO_KINDS = {"test_accuracy": ("a number", "null"), "test_loss": ("a number", "null"),
              "test_images": ("a whole number",), "training_seconds": ("a number",),
              "fine_tuned": ("an object",)}


def _plain(value, depth=1):
    """A JSON scalar, or (``depth`` levels down) a list or object of scalars."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return not isinstance(value, float) or math.isfinite(value) or math.isnan(value)
    if depth == 0:
        return False
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
    return items is not None and all(_plain(v, depth - 1) for v in items)


def checked_info(info, name):
    """Free facts about the model, type-checked: what the window shows must be showable."""
    if info is None:
        return {}
    if not isinstance(info, dict):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the model facts ('info') are not a "
                                                   "set of named values"), name)
    for key, value in info.items():
        if key in INFO_KINDS and not _is_kind(value, INFO_KINDS[key]):
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the model fact {1} is {2} {3}, "
                                                       "expected {4}"),
                           name, repr(key), Phrase(_json_kind(value)), repr(str(value)[:40]),
                           _kinds_text(INFO_KINDS[key]))
        if not _plain(value):
            raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the model fact {1} is not a plain "
                                                       "value"), name, repr(key))
    accuracy = info.get("test_accuracy")
    if accuracy is not None and not (0 <= accuracy <= 1 or math.isnan(accuracy)):
        raise _refused(QT_TRANSLATE_NOOP("errors", "{0}: the test accuracy {1} is not between "
                                                   "0 and 1"), name, repr(accuracy))
    return dict(info)
