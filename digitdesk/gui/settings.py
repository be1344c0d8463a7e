"""What the app remembers between sessions (``QSettings``): the window's geometry and
splitters, the last training settings, the pen width, the loss axis and the last folder.
"""

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

from ..engine import TrainConfig


def last_folder():
    """The folder of the last file opened, saved or imported (the home folder at first)."""
    return str(QSettings().value("files/lastFolder", str(Path.home())))


def remember_folder(path):
    QSettings().setValue("files/lastFolder", str(Path(path).resolve().parent))


class WindowSettings(QObject):
    """Restores the window from the settings and saves it back when it closes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def splitters(self):
        return (self.window.main_splitter, self.window.right_splitter)

    def restore(self):
        window = self.window
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for splitter in self.splitters():
            sizes = settings.value(f"window/{splitter.objectName()}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        text = settings.value("training/config")
        if text:
            try:
                window.training_panel.set_config(TrainConfig.from_dict(json.loads(text)))
            except (ValueError, TypeError):
                pass  # settings from another version: keep the defaults
        pen = settings.value("drawing/penWidth")
        if pen is not None:
            try:
                window.digit_panel.set_pen_width(int(pen))
            except (TypeError, ValueError):
                pass
        window.plots.set_log_scale(settings.value("plots/logScale", False) in (True, "true"))

    def save(self):
        window = self.window
        settings = QSettings()
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        for splitter in self.splitters():
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        try:
            settings.setValue("training/config",
                              json.dumps(window.training_panel.config().to_dict()))
        except ValueError:
            pass  # an invalid form is not worth remembering
        settings.setValue("drawing/penWidth", window.digit_panel.pen_width())
        settings.setValue("plots/logScale", window.plots.log_scale.isChecked())
