"""Finding the app's images (the icon, the screenshot) with ``importlib.resources``.

Installed from a wheel, the top-level ``resources/`` folder travels inside the package as
``digitdesk/_resources`` (see pyproject.toml); in a source checkout it is ``resources/``
next to the package.
"""

import importlib.resources
from pathlib import Path


def resource_path(name):
    """The path of the resource file ``name`` (e.g. ``"icon.svg"``), or ``None`` if it is
    in neither place."""
    try:
        packaged = importlib.resources.files("digitdesk") / "_resources" / name
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError):
        pass  # not importable as a package with files: try the checkout
    checkout = Path(__file__).resolve().parent.parent.parent / "resources" / name
    return checkout if checkout.is_file() else None


def readme_path():
    """The README that came with the app: inside the package when installed (see
    pyproject.toml), at the top of a checkout otherwise; ``None`` if neither is there."""
    packaged = resource_path("README.md")
    if packaged is not None:
        return packaged
    checkout = Path(__file__).resolve().parent.parent.parent / "README.md"
    return checkout if checkout.is_file() else None


def app_icon():
    """The window icon (a null ``QIcon`` if the file is missing, which Qt shows as none)."""
    from PySide6.QtGui import QIcon
    path = resource_path("icon.svg")
    return QIcon(str(path)) if path is not None else QIcon()
