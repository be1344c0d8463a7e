"""Reading digit images: the bundled MNIST files, IDX files and Kaggle CSVs.

Conventions used throughout this module:

* An image set is a ``uint8`` array of shape ``(N, 28, 28)``: N images of
  28 rows by 28 columns, pixel values 0 (background) to 255 (full ink).
* A label set is a ``uint8`` array of shape ``(N,)`` with digits 0-9;
  ``labels[i]`` is the digit shown in ``images[i]``.
* The network wants each image as one flat row of 784 floats in [0, 1];
  :func:`to_float` does that conversion.

Every problem with a file raises :class:`DataFormatError`, whose message
starts with the file's name and says what is wrong, so the app can show it
to the learner as it is.

Only NumPy and the standard library are used here, no Qt.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import math
import os
import zlib
from pathlib import Path
from typing import Callable, Iterable, Optional

import numpy as np

from .engine.translatable import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "DataFormatError",
    "read_idx",
    "read_idx_pair",
    "read_kaggle_csv",
    "load_mnist",
    "bundled_data_dir",
    "split_validation",
    "to_float",
    "select_digits",
]

IMAGE_SIZE = 28                      # MNIST images are 28 x 28 pixels
N_PIXELS = IMAGE_SIZE * IMAGE_SIZE   # 784 values per flattened image
MNIST_TRAIN_ROWS = 60_000            # training images in the bundled MNIST (test: 10,000)
# ... of each digit 0-9: how many rows a run on some digits (``--digits 3,7``) has, known
# without reading the files (tests/test_data.py counts the bundled labels).
MNIST_TRAIN_DIGIT_COUNTS = (5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949)

# The four standard MNIST file names (the "t10k" files are the test set).
MNIST_FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}

GZIP_MAGIC = b"\x1f\x8b"   # every gzip file starts with these two bytes

# IDX type codes (third byte of the magic number). Only unsigned bytes are
# supported: that is what MNIST uses. The rest are named for the error message.
IDX_UBYTE = 0x08
IDX_OTHER_TYPES = {0x09: "signed bytes", 0x0B: "int16", 0x0C: "int32",
                   0x0D: "float32", 0x0E: "float64"}


class DataFormatError(ValueError):
    """A data file is missing, unreadable or not in the expected format.

    The message always starts with the file's name, for example
    ``"train.csv, line 17: values on the line: 783, expected 785"``. ``phrase``: the same words as a
    ``Phrase`` an app can translate (context ``"errors"``).
    """

    def __init__(self, message, phrase=None):
        super().__init__(message)
        self.phrase = phrase


def _refuse(path: Path, template: str, *values, line: Optional[int] = None) -> DataFormatError:
    """The error for ``path`` (and ``line``, for a text file), in words an app can
    translate: ``template`` (marked with ``QT_TRANSLATE_NOOP("errors", ...)``) says where
    as ``{0}``, then the ``values``. The caller writes ``raise _refuse(...)``, which keeps
    the ``raise`` visible where the problem is found."""
    name = Path(path).name
    where = name if line is None else Phrase(QT_TRANSLATE_NOOP("errors", "{0}, line {1}"), (name, line))
    phrase = Phrase(template, (where, *values))
    return DataFormatError(str(phrase), phrase)


def _cannot_read(path: Path, error: OSError) -> DataFormatError:
    return _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: cannot read file ({1})"),
                   str(error.strerror or error))


def _open(path: Path):
    """Open ``path`` for reading bytes, turning OS errors into DataFormatError."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: no such file (looked in {1})"),
                      str(path.parent)) from None
    except OSError as e:   # a directory, no permission...
        raise _cannot_read(path, e) from None


def _read_bytes(path: Path) -> bytes:
    """Return the whole file, turning OS errors into DataFormatError."""
    with _open(path) as file:
        try:
            return file.read()
        except OSError as e:   # a disk error while reading
            raise _cannot_read(path, e) from None


# --------------------------------------------------------------------------
# IDX files
# --------------------------------------------------------------------------

def read_idx(path) -> np.ndarray:
    """Read an IDX file of unsigned bytes and return it as a ``uint8`` array.

    The IDX format (used by MNIST) is:

    * 4-byte magic number ``00 00 08 nd``: two zero bytes, type code 0x08
      (unsigned byte) and ``nd``, the number of dimensions (1 to 3 here);
    * ``nd`` sizes, each a big-endian 32-bit unsigned integer;
    * the data: one byte per value, in C (row-major) order.

    The file may be gzip-compressed: it is decompressed if its name ends in
    ``.gz`` or it starts with the gzip magic bytes ``1f 8b``.

    The header is read first and the data streamed into an array of exactly
    the size it declares, so a file cannot make us use more memory than a
    plausible digit set: sizes beyond ``MAX_IDX_BYTES``, or a small ``.gz``
    that would grow far more than images ever compress (a "decompression
    bomb"), are refused before anything is decompressed.

    Returns an array whose shape is the sizes from the header, for example
    ``(60000, 28, 28)`` for an MNIST image file or ``(60000,)`` for labels.
    Raises DataFormatError if anything about the file is wrong.
    """
    path = Path(path)
    with _open(path) as raw:
        compressed = path.name.endswith(".gz") or raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        try:
            file_size = os.fstat(raw.fileno()).st_size
            stream = gzip.GzipFile(fileobj=raw) if compressed else raw
            return _read_idx_stream(path, stream, file_size, compressed)
        except (OSError, EOFError, zlib.error) as e:
            if not compressed:
                raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: cannot read file ({1})"),
                              str(e)) from None
            # BadGzipFile (an OSError) for a wrong header, EOFError if the
            # stream stops early, zlib.error for damaged compressed data.
            raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: not a valid gzip file ({1})"),
                          str(e)) from None


# Limits for IDX files: 1 GiB of values (1.3 million 28 x 28 images; MNIST's
# training images are 47 MB) and, for a .gz file larger than 64 MiB once
# decompressed, at most 50 times the compressed size (digit images compress
# about 5 times; a file of zeros made to look like data, thousands of times).
MAX_IDX_BYTES = 1 << 30
TRUNCATED = QT_TRANSLATE_NOOP("errors", "{0}: truncated: expected {1} bytes of {2}, found {3}")
MAX_GZIP_GROWTH = 50
GZIP_GROWTH_CHECKED_ABOVE = 64 << 20
READ_CHUNK = 1 << 20


def _read_idx_stream(path: Path, stream, file_size: int, compressed: bool) -> np.ndarray:
    """``read_idx`` once the file is open: header, plausibility, then the data."""
    # --- magic number ---------------------------------------------------
    data = stream.read(4)
    if len(data) < 4:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: too short to be an IDX file ({1} "
                                                  "bytes)"), len(data))
    magic = int.from_bytes(data[:4], "big")
    type_code, ndim = data[2], data[3]
    if data[0] != 0 or data[1] != 0 or type_code != IDX_UBYTE or not 1 <= ndim <= 3:
        if data[0] == 0 and data[1] == 0 and type_code in IDX_OTHER_TYPES:
            raise _refuse(path, QT_TRANSLATE_NOOP(
                "errors", "{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or "
                "0x00000803 for an IDX file of unsigned bytes); this IDX file holds {2}"),
                f"0x{magic:08X}", IDX_OTHER_TYPES[type_code])
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "errors", "{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or "
            "0x00000803 for an IDX file of unsigned bytes)"), f"0x{magic:08X}")

    # --- dimensions -----------------------------------------------------
    header_size = 4 + 4 * ndim
    sizes = stream.read(4 * ndim)
    if len(sizes) < 4 * ndim:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: truncated: the header needs {1} "
                                                  "bytes for {2} dimension(s), found {3}"),
                      header_size, ndim, 4 + len(sizes))
    shape = tuple(int.from_bytes(sizes[4 * i: 4 + 4 * i], "big") for i in range(ndim))

    # --- plausible size, before anything is allocated -----------------------
    expected = math.prod(shape)
    what = (Phrase(QT_TRANSLATE_NOOP("errors", "label data")) if ndim == 1
            else Phrase(QT_TRANSLATE_NOOP("errors", "pixel data")))
    if expected > MAX_IDX_BYTES:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: the header declares {1} bytes of "
                                                  "{2} (shape {3}), more than digitdesk reads "
                                                  "({4})"),
                      f"{expected:,}", what, shape, f"{MAX_IDX_BYTES:,}")
    if compressed and expected > max(GZIP_GROWTH_CHECKED_ABOVE, MAX_GZIP_GROWTH * file_size):
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "errors", "{0}: the header declares {1} bytes of {2} in a {3}-byte .gz file, {4} "
            "times larger; digit images compress about 5 times, so this file is refused as "
            "damaged or a decompression bomb"),
            f"{expected:,}", what, f"{file_size:,}", f"{expected // max(file_size, 1):,}")
    if not compressed and expected > file_size - header_size:
        raise _refuse(path, TRUNCATED, expected, what, max(file_size - header_size, 0))

    # --- data: exactly one byte per value, nothing missing, nothing extra --
    array = np.empty(expected, dtype=np.uint8)
    view = memoryview(array)
    found = 0
    while found < expected:
        n = stream.readinto(view[found:found + READ_CHUNK])
        if not n:
            raise _refuse(path, TRUNCATED, expected, what, found)
        found += n
    extra = 0
    while chunk := stream.read(READ_CHUNK):   # counted, not kept
        extra += len(chunk)
        if extra > MAX_IDX_BYTES:
            break
    if extra:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: {1} unexpected extra bytes after "
                                                  "the {2} bytes of {3} (shape {4})"),
                      extra, expected, what, shape)
    return array.reshape(shape)


def read_idx_pair(images_path, labels_path) -> tuple[np.ndarray, np.ndarray]:
    """Read matching IDX image and label files, e.g. the MNIST training pair.

    Returns ``(images, labels)``: ``uint8`` arrays of shapes ``(N, 28, 28)``
    and ``(N,)``, with every label a digit 0-9.
    Raises DataFormatError if a file is bad or the two files don't match.
    """
    images_path, labels_path = Path(images_path), Path(labels_path)
    images = read_idx(images_path)
    labels = read_idx(labels_path)

    if images.ndim != 3 or images.shape[1:] != (IMAGE_SIZE, IMAGE_SIZE):
        dims = " x ".join(str(d) for d in images.shape)
        raise _refuse(images_path, QT_TRANSLATE_NOOP(
            "errors", "{0}: expected images of N x 28 x 28 pixels, found dimensions {1}"), dims)
    if labels.ndim != 1:
        dims = " x ".join(str(d) for d in labels.shape)
        raise _refuse(labels_path, QT_TRANSLATE_NOOP(
            "errors", "{0}: expected a 1-dimensional list of labels, found dimensions {1}"), dims)
    if len(images) != len(labels):
        raise _refuse(images_path, QT_TRANSLATE_NOOP("errors", "{0}: {1} images but {2} has {3} "
                                                         "labels"),
                      len(images), labels_path.name, len(labels))
    if len(images) == 0:
        raise _refuse(images_path, QT_TRANSLATE_NOOP(
            "errors", "{0}: holds no images (its header says 0), so there is nothing to train "
            "on"))
    _check_labels(labels_path, labels)
    return images, labels


def _check_labels(path: Path, labels: np.ndarray) -> None:
    """Raise DataFormatError naming the first label that is not 0-9."""
    bad = np.flatnonzero(labels > 9)   # uint8 can't be negative
    if bad.size:
        i = int(bad[0])
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: label {1} out of range 0-9 at "
                                                  "index {2}"), labels[i], i)


# --------------------------------------------------------------------------
# Kaggle CSV files
# --------------------------------------------------------------------------

# Rows parsed per np.loadtxt call: small enough to report progress often,
# large enough that the per-call overhead doesn't matter.
CSV_CHUNK_ROWS = 2000


def read_kaggle_csv(path, max_rows: Optional[int] = None,
                    progress: Optional[Callable[[float], None]] = None,
                    ) -> tuple[np.ndarray, Optional[np.ndarray]]:
    """Read a CSV in the Kaggle "Digit Recognizer" format.

    The first line is a header. Kaggle's ``train.csv`` has 785 columns,
    ``label,pixel0,...,pixel783``; its ``test.csv`` has no labels, only the
    784 columns ``pixel0,...,pixel783``. Each following line is one image,
    its 784 pixels (0-255) row by row.

    ``max_rows``: read at most this many images (None = all).
    ``progress``: optional function called now and then with the fraction
    done, a float from 0.0 to 1.0 (for a progress bar).

    Returns ``(images, labels)``: ``uint8`` arrays of shapes ``(N, 28, 28)``
    and ``(N,)``; ``labels`` is None for a file without a label column.
    Raises DataFormatError naming the file and, for a bad row, its line
    number (counting the header as line 1).
    """
    path = Path(path)
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")   # "-sig" skips a byte-order mark
    except UnicodeDecodeError:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "errors", "{0}: not a text file (could not decode it as UTF-8)")) from None

    lines = text.splitlines()
    # A file cut short (trimmed by hand to a few thousand rows, copied in part) ends in the
    # middle of its last line, with no line break after it: that line is said to be cut.
    cut_line = len(lines) if lines and not text.endswith(("\n", "\r")) else None
    while lines and not lines[-1].strip():   # ignore blank lines at the end
        lines.pop()
    if not lines:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: file is empty"))

    has_labels = _parse_csv_header(path, lines[0])
    n_columns = N_PIXELS + 1 if has_labels else N_PIXELS
    rows = lines[1:] if max_rows is None else lines[1:1 + max_rows]

    # Fast path: np.loadtxt parses a block of lines in C. If a block fails
    # (or has odd values) we scan that block line by line in Python to find
    # the exact line to report, which is slow but only happens on errors.
    images = np.empty((len(rows), N_PIXELS), dtype=np.uint8)
    labels = np.empty(len(rows), dtype=np.uint8) if has_labels else None
    for start in range(0, len(rows), CSV_CHUNK_ROWS):
        chunk = rows[start:start + CSV_CHUNK_ROWS]
        first_line = start + 2   # file line number of chunk[0]; header is line 1
        try:
            # int64 so that a value like 300 or -1 is read as it is and then
            # reported, rather than silently wrapped around to fit a uint8.
            block = np.loadtxt(chunk, delimiter=",", dtype=np.int64,
                               ndmin=2, comments=None)
        except ValueError:
            block = None
        if (block is None or block.shape != (len(chunk), n_columns)
                or block.min() < 0 or block.max() > 255
                or (has_labels and block[:, 0].max() > 9)):
            _find_csv_error(path, chunk, first_line, n_columns, has_labels, cut_line)
            # Should be unreachable: the scan rejects everything loadtxt does.
            raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: could not read the rows from "
                                                      "here to line {1}"),
                          first_line + len(chunk) - 1, line=first_line)
        end = start + len(chunk)
        if has_labels:
            labels[start:end] = block[:, 0]
            images[start:end] = block[:, 1:]
        else:
            images[start:end] = block
        if progress is not None:
            progress(end / len(rows))

    if progress is not None and not rows:
        progress(1.0)
    return images.reshape(-1, IMAGE_SIZE, IMAGE_SIZE), labels


def _parse_csv_header(path: Path, header: str) -> bool:
    """Check the header line; return True if the file has a label column."""
    names = [name.strip().strip('"') for name in header.split(",")]
    if _is_number(names[0]):
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "errors", "{0}: missing header row: line 1 starts with a number; expected "
            "'label,pixel0,...,pixel783' or 'pixel0,...,pixel783'"))
    if len(names) == N_PIXELS + 1 and names[0].lower() == "label":
        return True
    if len(names) == N_PIXELS and names[0].lower() != "label":
        return False
    # A spreadsheet set to a comma-decimal language saves "label;pixel0;...": the whole
    # line was quoted back as the first column's name, 8,000 characters in a message box.
    separator = next((s for s in (";", "\t") if len(names) == 1 and s in header), None)
    if separator is not None:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "errors", "{0}: the columns are separated by {1}, not by commas; expected "
            "'label,pixel0,...,pixel783' (save the file as comma-separated values)"),
            repr(separator), line=1)
    first = names[0] if len(names[0]) <= 30 else names[0][:30] + "…"
    # (the count after a colon: "header has 1 columns" read wrong, and an engine text has
    # no plural forms)
    raise _refuse(path, QT_TRANSLATE_NOOP(
        "errors", "{0}: columns in the header: {1}, the first '{2}'; expected "
        "'label,pixel0,...,pixel783' (785 columns) or 'pixel0,...,pixel783' (784 columns)"),
        len(names), first, line=1)


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _find_csv_error(path: Path, lines: list, first_line: int,
                    n_columns: int, has_labels: bool, cut_line: Optional[int] = None) -> None:
    """Check ``lines`` one by one; raise DataFormatError at the first bad one.
    ``cut_line``: the file's last line if the file ends in the middle of it."""
    for line_number, line in enumerate(lines, start=first_line):
        if not line.strip():
            raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: empty line"), line=line_number)
        fields = line.split(",")
        if len(fields) < n_columns and line_number == cut_line:
            # (the count alone said what was wrong, not that the file is incomplete nor
            # what to do about it)
            raise _refuse(path, QT_TRANSLATE_NOOP(
                "errors", "{0}: values on the line: {1}, expected {2}. The file ends in the "
                "middle of this line: it was cut short. Delete this line, or copy the whole "
                "file again"), len(fields), n_columns, line=line_number)
        if len(fields) != n_columns:
            # (the count after a colon, as for the header: "1 values" read wrong, and an
            # engine text has no plural forms)
            raise _refuse(path, QT_TRANSLATE_NOOP(
                "errors", "{0}: values on the line: {1}, expected {2}"),
                len(fields), n_columns, line=line_number)
        for column, field in enumerate(fields):
            try:
                value = int(field)
            except ValueError:
                template = (QT_TRANSLATE_NOOP("errors", "{0}: '{1}' is not a whole number")
                            if _is_number(field) else
                            QT_TRANSLATE_NOOP("errors", "{0}: '{1}' is not a number"))
                raise _refuse(path, template, field.strip(), line=line_number) from None
            if has_labels and column == 0:
                if not 0 <= value <= 9:
                    raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: label {1} out of range 0-9"),
                                  value, line=line_number)
            elif not 0 <= value <= 255:
                raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{0}: pixel value {1} out of range 0-255"),
                              value, line=line_number)


# --------------------------------------------------------------------------
# The bundled MNIST set
# --------------------------------------------------------------------------

def bundled_data_dir() -> Path:
    """Return the folder holding the bundled MNIST ``.gz`` files.

    Installed from a wheel, the files live inside the package, in
    ``digitdesk/_data/``. In a source checkout (or an editable install) they
    are in the repository's top-level ``data/`` folder.
    """
    try:
        packaged = importlib.resources.files("digitdesk") / "_data"
        if packaged.is_dir():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError):
        pass   # package not importable this way: fall back to the checkout
    return Path(__file__).resolve().parent.parent / "data"


def load_mnist(data_dir=None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Load the MNIST training and test sets.

    ``data_dir``: folder with the four standard MNIST ``.gz`` files; the
    default is the copy bundled with DigitDesk (see :func:`bundled_data_dir`).

    Returns ``(x_train, y_train, x_test, y_test)``, all ``uint8``, of shapes
    ``(60000, 28, 28)``, ``(60000,)``, ``(10000, 28, 28)`` and ``(10000,)``
    for the real MNIST files.

    The arrays are cached, so loading again is instant, and shared by every
    caller, so they are read-only: use ``x.copy()`` (or :func:`to_float`,
    which makes a new array) if you need to change them.
    """
    folder = Path(data_dir) if data_dir is not None else bundled_data_dir()
    return _load_mnist_cached(folder.resolve())


@functools.lru_cache(maxsize=4)
def _load_mnist_cached(folder: Path):
    for name in MNIST_FILES.values():
        if not (folder / name).is_file():
            raise _refuse(folder / name, QT_TRANSLATE_NOOP(
                "errors", "{0}: MNIST data file not found. The data folder is missing or "
                "incomplete: looked in {1}"), str(folder))
    files = {key: folder / name for key, name in MNIST_FILES.items()}
    x_train, y_train = read_idx_pair(files["train_images"], files["train_labels"])
    x_test, y_test = read_idx_pair(files["test_images"], files["test_labels"])
    arrays = (x_train, y_train, x_test, y_test)
    for a in arrays:
        a.flags.writeable = False   # protect the cached copy from changes
    return arrays


# --------------------------------------------------------------------------
# Preparing arrays for training
# --------------------------------------------------------------------------

def split_validation(x: np.ndarray, y: np.ndarray, val_size: int, seed: int = 0):
    """Hold out ``val_size`` random examples as a validation set.

    ``x`` has one example per row (any shape ``(N, ...)``), ``y`` shape ``(N,)``.
    The choice depends only on ``seed``, so the same seed always gives the
    same split. Both parts keep the original order of their examples.

    Returns ``(x_train, y_train, x_val, y_val)``, new arrays;
    ``val_size=0`` gives an empty validation set.
    """
    if len(x) != len(y):
        raise ValueError(f"x has {len(x)} examples but y has {len(y)} labels")
    if not isinstance(val_size, (int, np.integer)) or isinstance(val_size, bool):
        raise TypeError(f"val_size must be a whole number of examples, got {val_size!r}")
    if not 0 <= val_size < len(x):
        raise ValueError(f"val_size must be from 0 to {len(x) - 1} (there are "
                         f"{len(x)} examples and some must be left for training), "
                         f"got {val_size}")

    order = np.random.default_rng(seed).permutation(len(x))
    # Sorting the chosen indices keeps each part in the original order.
    val_idx = np.sort(order[:val_size])
    train_idx = np.sort(order[val_size:])
    return x[train_idx], y[train_idx], x[val_idx], y[val_idx]


def to_float(images: np.ndarray, dtype=np.float32) -> np.ndarray:
    """Turn images into the network's input: shape ``(N, 784)``, values in [0, 1].

    Accepts ``(N, 28, 28)``, ``(N, 784)`` or a single ``(28, 28)`` image
    (which gives shape ``(1, 784)``). ``uint8`` pixels are divided by 255;
    float pixels must already be in [0, 1]. Always returns a new array.
    """
    a = np.asarray(images)
    if a.shape == (IMAGE_SIZE, IMAGE_SIZE):
        a = a.reshape(1, N_PIXELS)               # one image -> a batch of one
    elif a.ndim == 3 and a.shape[1:] == (IMAGE_SIZE, IMAGE_SIZE):
        a = a.reshape(len(a), N_PIXELS)          # flatten each image to a row
    elif not (a.ndim == 2 and a.shape[1] == N_PIXELS):
        raise ValueError(f"expected images of shape (N, 28, 28), (N, 784) "
                         f"or (28, 28), got {a.shape}")

    if a.dtype == np.uint8:
        out = a.astype(dtype)                    # astype makes a new array...
        out /= 255                               # ...so dividing in place is safe
        return out
    if np.issubdtype(a.dtype, np.floating):
        # "not (>= and <=)" also catches NaN, which fails every comparison.
        if a.size and not (a.min() >= 0 and a.max() <= 1):
            raise ValueError(f"float images must already be scaled to [0, 1]; "
                             f"found values from {a.min()} to {a.max()}")
        return a.astype(dtype)
    raise ValueError(f"expected uint8 pixels (0-255) or floats in [0, 1], "
                     f"got dtype {a.dtype}")


def select_digits(x: np.ndarray, y: np.ndarray, digits: Iterable[int]):
    """Keep only the examples whose label is one of ``digits``.

    For example ``select_digits(x, y, [3, 7])`` for a 3-versus-7 exercise.
    Labels keep their original values (3 and 7, not 0 and 1).
    Returns ``(x, y)``, new arrays, in the original order.
    """
    if len(x) != len(y):
        raise ValueError(f"x has {len(x)} examples but y has {len(y)} labels")
    keep = np.isin(y, list(digits))
    return x[keep], y[keep]
