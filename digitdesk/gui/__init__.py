"""The desktop app (PySide6): the main window, the training panel, the live plots and the
drawing canvas.

Everything Qt lives in this package; ``digitdesk.engine`` and ``digitdesk.data`` import no
Qt. ``MainWindow`` is imported on first use, so that ``import digitdesk.gui.canvas`` (or a
test of one widget) does not build the whole window's module tree.
"""

__all__ = ["MainWindow"]


def __getattr__(name):
    # PEP 562: ``from digitdesk.gui import MainWindow`` lands here the first time.
    if name == "MainWindow":
        from .main_window import MainWindow
        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
