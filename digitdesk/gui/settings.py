"""What the app remembers between sessions (``QSettings``): the window's geometry and
splitters, the last training settings, the pen width, the loss and histogram axes, the
"I don't know" threshold and the temperature, and the last folder.
"""

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

from ..engine import TrainConfig
from .canvas import MAX_PEN_WIDTH, MIN_PEN_WIDTH


def last_folder():
    """The folder of the last file opened, saved or imported (the home folder at first)."""
    return str(QSettings().value("files/lastFolder", str(Path.home())))


def remember_folder(path):
    QSettings().setValue("files/lastFolder", str(Path(path).resolve().parent))


RECENT_KEY = "files/recent"
MAX_RECENT = 6


def recent_files():
    """The model files opened or saved last, newest first (File > Open Recent). A damaged
    setting is an empty list."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # an INI file gives a list of one as its one string
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]


def remember_recent(path, forget=False):
    """Put ``path`` first in the recent files (with ``forget``: take it out)."""
    path = str(Path(path).resolve())
    files = [p for p in recent_files() if p != path]
    QSettings().setValue(RECENT_KEY, (files if forget else [path, *files])[:MAX_RECENT])


def yes_or_no(value):
    """A remembered check box (INI files keep ``"true"``/``"false"``); ValueError else."""
    if value not in (True, False, "true", "false"):
        raise ValueError(f"not a yes or no: {value!r}")
    return value in (True, "true")


class WindowSettings(QObject):
    """Restores the window from the settings and saves it back when it closes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        # Whether ``restore`` gave the form a width the user chose (by dragging the
        # splitter, before the app last closed): kept then, else fitted again.
        self.form_width_chosen = False

    def splitters(self):
        return (self.window.main_splitter, self.window.right_splitter)

    def restore(self):
        """Restore every remembered setting. One that cannot be read (a settings file from
        another version, edited by hand or damaged) keeps its default; returns the names of
        those, for the status bar."""
        window = self.window
        settings = QSettings()
        unreadable = []

        def restore(name, key, use):
            value = settings.value(key)
            if value is None:
                return
            try:
                use(value)
            except Exception:  # noqa: BLE001 - any bad value: keep the default, say so
                unreadable.append(name)
                return False
            return True

        def qt_state(restore_method):
            def use(value):
                if not isinstance(value, QByteArray) or not restore_method(value):
                    raise ValueError("not a saved state")
            return use

        restore(self.tr("window size"), "window/geometry", qt_state(window.restoreGeometry))
        restore(self.tr("window layout"), "window/state", qt_state(window.restoreState))
        restored = [restore(self.tr("window layout"), f"window/{splitter.objectName()}",
                            qt_state(splitter.restoreState)) for splitter in self.splitters()]
        if restored[0]:  # the form's width: the main splitter's
            # (earlier versions saved no flag: a width the user may have chosen)
            self.form_width_chosen = True
            restore(self.tr("window layout"), "window/formWidthChosen", self._restore_chosen)
        restore(self.tr("training settings"), "training/config", self._restore_config)
        restore(self.tr("pen width"), "drawing/penWidth", self._restore_pen_width)
        restore(self.tr("loss axis"), "plots/logScale", self._restore_log_scale)
        restore(self.tr("histogram axis"), "distributions/logScale",
                lambda value: window.distributions_view.set_log_scale(yes_or_no(value)))
        restore(self.tr("\"I don't know\" threshold"), "drawing/unsureBelow",
                self._restore_threshold)
        restore(self.tr("temperature"), "drawing/temperature", self._restore_temperature)
        return list(dict.fromkeys(unreadable))  # each name once, in order

    def _restore_chosen(self, value):
        self.form_width_chosen = yes_or_no(value)

    def _restore_config(self, text):
        config = TrainConfig.from_dict(json.loads(text))
        # the form refuses what it cannot show (ValueError) and changes nothing then
        self.window.training_panel.set_config(config)

    def _restore_pen_width(self, value):
        width = int(value)
        if not MIN_PEN_WIDTH <= width <= MAX_PEN_WIDTH:
            raise ValueError(f"pen width {width} is outside {MIN_PEN_WIDTH}-{MAX_PEN_WIDTH}")
        self.window.digit_panel.set_pen_width(width)

    def _restore_log_scale(self, value):
        self.window.plots.set_log_scale(yes_or_no(value))

    def _restore_threshold(self, value):
        # a percentage; set_threshold refuses (ValueError) one outside the slider's range
        self.window.digit_panel.confidence.set_threshold(int(value) / 100)

    def _restore_temperature(self, value):
        self.window.digit_panel.confidence.set_temperature(float(value))

    def save(self):
        window = self.window
        settings = QSettings()
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        for splitter in self.splitters():
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        settings.setValue("window/formWidthChosen", window.form_width_chosen())
        try:
            settings.setValue("training/config",
                              json.dumps(window.training_panel.config().to_dict()))
        except ValueError:
            pass  # an invalid form is not worth remembering
        settings.setValue("drawing/penWidth", window.digit_panel.pen_width())
        settings.setValue("plots/logScale", window.plots.log_scale.isChecked())
        settings.setValue("distributions/logScale",
                          window.distributions_view.log_scale.isChecked())
        confidence = window.digit_panel.confidence
        settings.setValue("drawing/unsureBelow", round(100 * confidence.threshold()))
        settings.setValue("drawing/temperature", confidence.temperature())
