"""Finding the app's images (the icon, the screenshot) and pages (the README, its
translated guides) with ``importlib.resources``.

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


def guide_path(code):
    """Help > Read Me's page in the language ``code`` (see language.py): the README itself
    in English, else its translated user guide ``resources/help/README.<code>.md``; ``None``
    if that did not come with the app."""
    return readme_path() if code == "en" else resource_path(f"help/README.{code}.md")


def app_page(path):
    """The file a link of the app's pages leads to (``path``: where the link resolves).

    The pages link to each other as a checkout has them: a guide
    (``resources/help/README.ru.md``) to ``../../README.md``, the README to
    ``resources/help/README.ru.md``, which is right in a checkout and on GitHub. Installed
    from a wheel, the README is in the package's ``_resources``, which is also the
    checkout's ``resources/`` (see pyproject.toml): a guide's link lands in the package
    folder, the README's in ``_resources/resources``; both are found in ``_resources``."""
    path = Path(path)
    if path.exists():
        return path
    package = Path(__file__).resolve().parent.parent
    try:
        inside = path.resolve().relative_to(package).as_posix().removeprefix("_resources/")
    except ValueError:
        return path  # not one of the app's pages: as it is (the viewer says it is missing)
    for name in (inside, inside.removeprefix("resources/")):
        packaged = resource_path(name)
        if packaged is not None:
            return packaged
    return path


def app_icon():
    """The window icon (a null ``QIcon`` if the file is missing, which Qt shows as none)."""
    from PySide6.QtGui import QIcon
    path = resource_path("icon.svg")
    return QIcon(str(path)) if path is not None else QIcon()
