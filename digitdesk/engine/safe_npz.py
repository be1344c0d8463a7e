"""Reading and writing ``.npz`` archives that may be damaged, hostile or half-written.

An ``.npz`` is a zip of ``.npy`` files. ``np.load`` trusts both layers: a zip feature it
cannot handle escapes as ``RuntimeError`` or ``NotImplementedError``, a member whose header
declares a shape of 10**14 values is allocated before a byte of it is read, and a
compressed member of zeros can grow a thousandfold. Here every member is opened by hand:

* its ``.npy`` header is read first (``numpy.lib.format``), and the caller's ``check``
  sees the declared shape and type *before* any data is read, so it can refuse an
  implausible size;
* the data is then streamed into an array of exactly the declared size, never more;
* every failure of the zip layer, whatever its class, becomes one ``ArchiveError`` with a
  message a user can read.

Writing is atomic (a temporary file, then ``os.replace``), the file gets the permissions a
normal file gets (the umask decides, not ``0600``), and temporary files that a killed
process left behind are removed on the next save.
"""

import json
import lzma
import math
import os
import secrets
import struct
import time
import tokenize
import warnings
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from numpy.lib import format as npy_format

from .translatable import QT_TRANSLATE_NOOP, Phrase, PhraseError

try:  # POSIX: a lock tells a temporary file being written from one a crash left behind
    import fcntl
except ImportError:  # pragma: no cover - Windows: fall back to the file's age
    fcntl = None

CHUNK_BYTES = 1 << 20  # data is read a megabyte at a time into the preallocated array
MAX_MEMBERS = 256  # far more arrays than any model has; a zip of a million is refused early
MAX_HEADER_BYTES = 10_000  # numpy's own limit for an .npy header
STALE_TEMP_SECONDS = 3600  # without locks: a temporary file this old is left over

# Everything the zip layer raises for a damaged or unsupported archive: BadZipFile, a
# password-protected member (RuntimeError), an unknown compression (NotImplementedError),
# damaged deflate/bzip2/lzma data, a stream that ends early, a header numpy cannot parse.
# (numpy parses the header's dict with the tokenizer: a cut header is a TokenError.)
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError,
              EOFError, OSError, zlib.error, lzma.LZMAError, struct.error, ValueError,
              OverflowError, UnicodeDecodeError, SyntaxError, tokenize.TokenError, TypeError,
              KeyError)


class ArchiveError(PhraseError):
    """The archive cannot be read safely; the message says why (without the file name), in
    words an app can translate (the zip library's own complaint, quoted, stays English)."""


class SafeNpz:
    """An ``.npz`` archive opened for careful reading; use as a context manager.

    ``names``: the member names without ``.npy``. ``read(name, check)`` reads one member:
    ``check(shape, dtype)`` is called with the *declared* shape and type before the data
    is read, and raises to refuse it.
    """

    def __init__(self, path):
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except ZIP_ERRORS as error:
            raise ArchiveError(QT_TRANSLATE_NOOP("errors", "the file is truncated or corrupt ({0})"),
                               describe(error)) from None
        if len(infos) > MAX_MEMBERS:
            self._zip.close()
            raise ArchiveError(QT_TRANSLATE_NOOP("errors", "the archive holds {0:,} entries, not a "
                                                 "model's few"), len(infos))
        self._members = {}
        for info in infos:
            name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            if name in self._members:
                self._zip.close()
                raise ArchiveError(QT_TRANSLATE_NOOP("errors", "the archive holds two entries named "
                                                     "{0}"), repr(name))
            self._members[name] = info

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._zip.close()

    @property
    def names(self):
        return list(self._members)

    def read(self, name, check=None):
        """The array stored as ``name``; ``ArchiveError`` for anything wrong with it."""
        info = self._members[name]
        try:
            with self._zip.open(info) as member:
                shape, fortran_order, dtype = read_npy_header(member)
                if check is not None:
                    check(shape, dtype)
                check_stored_size(name, info, math.prod(shape) * dtype.itemsize)
                array = np.empty(shape, dtype=dtype, order="F" if fortran_order else "C")
                # Stream into the array: memory never exceeds the size already checked.
                view = memoryview(array.reshape(-1, order="A").view(np.uint8))
                done = 0
                while done < len(view):
                    chunk = member.read(min(CHUNK_BYTES, len(view) - done))
                    if not chunk:
                        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "{0} is truncated: {1:,} of "
                                                             "{2:,} bytes of data"),
                                           name, done, len(view))
                    view[done:done + len(chunk)] = chunk
                    done += len(chunk)
                if member.read(1):  # also makes zipfile check the member's CRC
                    raise ArchiveError(QT_TRANSLATE_NOOP("errors", "{0} has data after its {1:,} "
                                                         "bytes"), name, len(view))
        except ArchiveError:
            raise
        except ZIP_ERRORS as error:
            raise ArchiveError(QT_TRANSLATE_NOOP("errors", "{0} cannot be read ({1})"), name,
                               describe(error)) from None
        return array


# A compressed member may grow this many times at most once it is larger than 64 MiB:
# trained weights barely compress, a member of zeros made to look like weights does.
MAX_GROWTH = 50
GROWTH_CHECKED_ABOVE = 64 << 20


def check_stored_size(name, info, data_bytes):
    """Refuse a member whose data cannot be in the archive (more bytes than it stores) or
    would grow implausibly from few compressed bytes (a "decompression bomb")."""
    if info.compress_type == zipfile.ZIP_STORED and data_bytes > info.file_size:
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "{0} is truncated: its header declares "
                                             "{1:,} bytes, the archive holds {2:,}"),
                           name, data_bytes, info.file_size)
    if data_bytes > max(GROWTH_CHECKED_ABOVE, MAX_GROWTH * info.compress_size):
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "{0} declares {1:,} bytes from {2:,} "
                                             "compressed ones: refused as damaged or a "
                                             "decompression bomb"),
                           name, data_bytes, info.compress_size)


def read_npy_header(member):
    """``(shape, fortran_order, dtype)`` from an ``.npy`` header, refusing object arrays
    (which would need pickle, and pickle can run code)."""
    major, _ = npy_format.read_magic(member)
    if major not in (1, 2, 3):
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "unknown .npy format version {0}"), major)
    read_header = (npy_format.read_array_header_1_0 if major == 1
                   else npy_format.read_array_header_2_0)
    with warnings.catch_warnings():  # a damaged header's text may warn as Python code would
        warnings.simplefilter("ignore")
        header = read_header(member, max_header_size=MAX_HEADER_BYTES)
    shape, fortran_order, dtype = header
    if dtype.hasobject:
        raise ArchiveError(QT_TRANSLATE_NOOP("errors", "contains pickled objects, which digitdesk "
                                             "never loads"))
    return shape, fortran_order, dtype


def describe(error):
    """An exception of the zip library as one short phrase: the common cases in our own
    words (translatable), any other with the library's own (English) words as a detail."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if isinstance(error, RuntimeError) and "encrypted" in text:
        return Phrase(QT_TRANSLATE_NOOP("errors", "it is password-protected, which model files "
                                                  "never are"))
    if isinstance(error, NotImplementedError):
        return Phrase(QT_TRANSLATE_NOOP("errors", "it is compressed in a way this Python cannot "
                                                  "read: {0}"), (text[:80],))
    if isinstance(error, zipfile.BadZipFile):
        # The zip library's words for the damage a cut-off download or a bad disk leaves.
        if text == "File is not a zip file":  # no zip directory at the end: cut off
            return Phrase(QT_TRANSLATE_NOOP("errors", "not a complete zip archive: its end "
                                                      "is missing"))
        if text.startswith("Bad CRC-32"):
            return Phrase(QT_TRANSLATE_NOOP("errors", "its data does not match its checksum"))
        if "file header" in text:  # "Bad magic number for file header", "Truncated ..."
            return Phrase(QT_TRANSLATE_NOOP("errors", "an entry's header is damaged"))
    if isinstance(error, (zlib.error, lzma.LZMAError, EOFError)):
        return Phrase(QT_TRANSLATE_NOOP("errors", "its compressed data is damaged"))
    return Phrase(QT_TRANSLATE_NOOP("errors", "the zip library says: {0}"),
                  (text[:200] or type(error).__name__,))


def _refuse_constant(name):
    raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} is not a number JSON allows"), name)


def parse_json(text, allow_nan=True):
    """``json.loads`` for text from a file anyone could have written: a number too large
    for a float (``1e999``) and, unless ``allow_nan``, ``NaN`` are refused, as are
    ``Infinity`` and nesting too deep for Python (``RecursionError``). Raises ``ValueError``."""
    def constant(name):
        if name == "NaN" and allow_nan:
            return float("nan")
        return _refuse_constant(name)

    def finite_float(token):
        value = float(token)
        if not math.isfinite(value):
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "the number {0} is too large"),
                              token[:30])
        return value

    try:
        return json.loads(text, parse_constant=constant, parse_float=finite_float)
    except RecursionError:
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "nested too deeply")) from None
    except json.JSONDecodeError as error:  # its own words ("Expecting value") stay out
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "bad JSON at line {0}, column {1}"),
                          error.lineno, error.colno) from None


# --------------------------------------------------------------------------------- writing

def temp_name(path):
    """A temporary file next to ``path``: ``.NAME.<random>.tmp`` (hidden, recognisably ours)."""
    return path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"


def is_our_temp(path, candidate):
    """Whether ``candidate`` is named like a temporary file of ``temp_name(path)``."""
    name = candidate.name
    middle = name[len(path.name) + 2:-4]
    return (name.startswith(f".{path.name}.") and name.endswith(".tmp") and len(middle) == 12
            and all(c in "0123456789abcdef" for c in middle))


def remove_stale_temps(path):
    """Delete the temporary files a killed save of ``path`` left behind. A save in
    progress holds a lock on its temporary file (released by the system when its process
    dies, even by kill -9), so only abandoned ones are removed."""
    try:
        # scandir, not glob: a file name may hold glob's special characters ("[1].npz")
        candidates = [path.parent / entry.name for entry in os.scandir(path.parent)
                      if is_our_temp(path, Path(entry.name))]
    except OSError:
        return
    for candidate in candidates:
        try:
            if fcntl is None:
                if time.time() - candidate.stat().st_mtime > STALE_TEMP_SECONDS:
                    candidate.unlink()
                continue
            fd = os.open(candidate, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while it is written
                candidate.unlink()
            except BlockingIOError:
                pass
            finally:
                os.close(fd)
        except OSError:
            pass  # gone already, or not ours to remove: leave it


@contextmanager
def _locked_temp_file(path):
    """A new temporary file next to ``path`` (mode 0666 minus the umask, as any new file),
    locked while it is written; removed again if anything fails."""
    while True:
        tmp = temp_name(path)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
            break
        except FileExistsError:  # pragma: no cover - 48 random bits collided
            continue
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        with os.fdopen(fd, "wb") as f:
            yield f, tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_npz_atomically(path, arrays):
    """``np.savez(path, **arrays)``, atomically: written to a temporary file in the same
    folder, flushed to disk, then moved over ``path`` with ``os.replace``. A crash, a kill
    or a full disk leaves the old file or the new one, never half of one; a temporary file
    left by a killed save is removed by the next save to the same path."""
    path = Path(path)
    if not str(path.parent):
        path = Path(".") / path
    remove_stale_temps(path)
    with _locked_temp_file(path) as (f, tmp):
        np.savez(f, **arrays)
        f.flush()
        os.fsync(f.fileno())
        os.replace(tmp, path)  # still locked: a concurrent cleaner never sees it unlocked
