"""Where a model file is about to be saved: checked before the work that produces it (a
training run must not end in "cannot write"), and a failed save said in plain words,
without the temporary file's name an atomic save writes first.

The words are a ``Phrase``: English where formatted as text (the command line), and
translated by the app (``QCoreApplication.translate("save_target", phrase.template)``).
"""

import errno
import os
from pathlib import Path

from .engine.translatable import QT_TRANSLATE_NOOP, Phrase


def _words(template, *values):
    return Phrase(template, tuple(str(v) for v in values))


MODEL_SUFFIX = ".npz"


def model_file_path(path):
    """The file a model saved under the name ``path`` is written to: ``path`` itself if it
    ends in ``.npz`` (in any case: ``Model.NPZ`` too), else ``path`` + ``.npz``, as numpy's
    ``np.savez`` names its files (``run.v2`` -> ``run.v2.npz``, ``out`` -> ``out.npz``).
    The command line and the app both save through it, so a model file always ends in
    ``.npz``: the app's Open dialog lists it, a drop on the window opens it. Returns a
    ``Path``. (An existing folder, or ``.``, is left as it is: the check of the target
    refuses it by its name.)"""
    path = Path(path)
    if path.name.lower().endswith(MODEL_SUFFIX) or path.name in ("", "..") or path.is_dir():
        return path
    return path.with_name(path.name + MODEL_SUFFIX)


def save_target_problem(path):
    """Why a file cannot be written at ``path``, in plain words (a ``Phrase``); None if
    it can be."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        return _words(QT_TRANSLATE_NOOP("save_target", "{0} is a folder; give a file name such as {1}"),
                      path, path / "model.npz")
    if path.exists() and not path.is_file():
        # A device (/dev/null), a pipe or a socket. An atomic save writes a temporary file
        # beside it and renames that over it: it would replace /dev/null itself with a
        # model file, for every program on the machine.
        return _words(QT_TRANSLATE_NOOP("save_target", "{0} is not a regular file (a device or a "
                                        "pipe); give a file name such as {1}"),
                      path, "model.npz")
    if not folder.exists():
        return _words(QT_TRANSLATE_NOOP("save_target", "the folder {0} does not exist"), folder)
    if not folder.is_dir():
        return _words(QT_TRANSLATE_NOOP("save_target", "{0} is not a folder"), folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return _words(QT_TRANSLATE_NOOP("save_target", "there is no permission to write in the folder {0}"),
                      folder)
    if path.is_file() and is_read_only(path):
        # An atomic save renames a temporary file over the old one, which the folder's
        # permission allows whatever the file's own: a model marked read-only, to keep
        # it, was silently replaced by File > Save.
        return _words(QT_TRANSLATE_NOOP("save_target", "{0} is read-only; give another file name, "
                                        "or make the file writable first"), path)
    return None


def is_read_only(path):
    """Whether the file ``path`` is marked read-only: not writable by this user, or
    writable by no one (root may write anything, but a file with no write permission at
    all was made read-only on purpose)."""
    return not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222


def save_error_words(path, error):
    """A failed save (``OSError``) in plain words (a ``Phrase``), naming ``path``, not a
    temporary file."""
    problem = save_target_problem(path)
    if problem is not None:
        return problem
    path = Path(path)
    if isinstance(error, PermissionError):
        return _words(QT_TRANSLATE_NOOP("save_target", "there is no permission to write {0} in {1}"),
                      path.name, path.parent)
    if error.errno == errno.ENOSPC:
        return _words(QT_TRANSLATE_NOOP("save_target", "the disk holding {0} is full"), path.parent)
    reason = error.strerror or str(error)
    return _words(QT_TRANSLATE_NOOP("save_target", "{0} could not be written in {1}: {2}"),
                  path.name, path.parent, reason)
