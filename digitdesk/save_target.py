"""Where a model file is about to be saved: checked before the work that produces it (a
training run must not end in "cannot write"), and a failed save said in plain words,
without the temporary file's name an atomic save writes first.
"""

import errno
import os
from pathlib import Path


def save_target_problem(path):
    """Why a file cannot be written at ``path``, in plain words; None if it can be."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        return f"{path} is a folder; give a file name such as {path / 'model.npz'}"
    if not folder.exists():
        return f"the folder {folder} does not exist"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"there is no permission to write in the folder {folder}"
    return None


def save_error_words(path, error):
    """A failed save (``OSError``) in plain words, naming ``path``, not a temporary file."""
    problem = save_target_problem(path)
    if problem is not None:
        return problem
    if isinstance(error, PermissionError):
        return f"there is no permission to write {Path(path).name} in {Path(path).parent}"
    if error.errno == errno.ENOSPC:
        return f"the disk holding {Path(path).parent} is full"
    reason = error.strerror or str(error)
    return f"{Path(path).name} could not be written in {Path(path).parent}: {reason}"
