"""A damaged settings file must not stop the app (issue 14, point 8): every setting that
cannot be read keeps its default, and the status bar says which.

Hand-made damage first (each seen in the wild or in a fuzzing run), then random byte
damage of a real settings file: ``10 * DIGITDESK_RELIABILITY_SCALE`` files (default 1).
"""

import os
import random

import pytest
from PySide6.QtCore import QSettings

from digitdesk.engine import PRESETS, TrainConfig
from digitdesk.gui import MainWindow

SCALE = float(os.environ.get("DIGITDESK_RELIABILITY_SCALE", "1"))
READY = "Ready."
DAMAGED = "Some remembered settings could not be read and are back to their defaults"

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


def settings_file():
    return QSettings().fileName()


def write(text_or_bytes):
    path = settings_file()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(text_or_bytes, bytes) else "w"
    with open(path, mode) as f:
        f.write(text_or_bytes)


def build(qtbot):
    """A window on the settings file as it is now; it must build and be usable."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.training_panel.config()  # a valid form: Start can be pressed
    status = window.statusBar().currentMessage()
    window.ask_before_discarding = False
    window.close()
    return window, status


def ini_string(text):
    """``text`` as a quoted INI value (QSettings' own escaping of quotes and backslashes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.mark.parametrize("config_text", [
    '{"hidden": [Infinity]}',  # OverflowError in int(inf): the app did not start
    "[" * 100_000 + "]" * 100_000,  # RecursionError in json
    "{not json",
    "[1, 2]",
    '{"hidden": "abc"}',
    '{"hidden": [-1]}',
    '{"unknown_setting": 1}',
    '{"epochs": 5000}',  # valid, but more than the form can show
    '{"learning_rate": NaN}',
    '{"bugs": ["no_such_bug"]}',
], ids=lambda text: text[:24])
def test_an_unreadable_training_setting_keeps_the_defaults(qtbot, config_text):
    write(f"[training]\nconfig={ini_string(config_text)}\n")
    window, status = build(qtbot)
    assert window.training_panel.config() == PRESETS["quick"]
    assert status.startswith(DAMAGED) and "training settings" in status


@pytest.mark.parametrize("lines, name", [
    ("[drawing]\npenWidth=abc\n", "pen width"),
    ("[drawing]\npenWidth=100000000000000000000000000000\n", "pen width"),
    ("[plots]\nlogScale=maybe\n", "loss axis"),
    ("[window]\ngeometry=not a geometry\n", "window size"),
    ("[window]\ngeometry=@ByteArray(\\x1\\x2\\x3)\n", "window size"),
    ("[window]\nmainSplitter=@ByteArray(garbage)\n", "window layout"),
])
def test_other_unreadable_settings_keep_their_defaults(qtbot, lines, name):
    write(lines)
    window, status = build(qtbot)
    assert status.startswith(DAMAGED) and name in status
    assert window.training_panel.config() == PRESETS["quick"]


def test_a_binary_or_empty_file_starts_with_the_defaults(qtbot):
    write(bytes(range(256)) * 4)
    window, status = build(qtbot)
    assert window.training_panel.config() == PRESETS["quick"]
    write(b"")
    window, status = build(qtbot)
    assert status.startswith(READY)


def test_randomly_damaged_settings_files_never_stop_the_app(qtbot):
    # A real settings file, as the app writes it on closing.
    first = MainWindow()
    qtbot.addWidget(first)
    first.training_panel.set_config(PRESETS["quick"].replace(hidden=(64, 32), digits=(3, 7),
                                                             bugs=("update_added",)))
    first.close()
    with open(settings_file(), "rb") as f:
        good = f.read()
    assert b"config" in good
    assert build(qtbot)[1].startswith(READY)  # read back whole, nothing reported
    rng = random.Random(14)
    files = int(10 * SCALE)
    damaged = 0
    for _ in range(files):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            what = rng.random()
            i = rng.randrange(len(data))
            if what < 0.5:
                data[i] = rng.randrange(256)
            elif what < 0.75:
                del data[i:i + rng.randint(1, 40)]
            else:
                data[i:i] = rng.choice([b"Infinity", b"[" * 50, b"\"", b"\\", b"\x00", b"-1e999"])
        write(bytes(data))
        window, status = build(qtbot)  # builds, with a valid form
        assert isinstance(window.training_panel.config(), TrainConfig)
        assert status.startswith(READY) or status.startswith(DAMAGED)
        damaged += status.startswith(DAMAGED)
    print(f"\n{files} randomly damaged settings files: the app started every time; "
          f"{damaged} reported unreadable settings")
