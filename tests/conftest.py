"""Shared test set-up. Every test has its own settings file (``isolated_settings``); GUI
test modules also use ``pytestmark = pytest.mark.usefixtures("questions")``."""

import os
import shutil
import tempfile

# Qt tests run without a display, here and in CI. This must be set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The personal handwriting set lives in the user's data folder: never the real one in tests.
# A folder made here goes at the end of the session (pytest_sessionfinish): every run left
# a digitdesk-tests-XXXX in /tmp. One named in the environment is the caller's, and stays.
MADE_DATA_DIR = None
if "DIGITDESK_DATA_DIR" not in os.environ:
    MADE_DATA_DIR = tempfile.mkdtemp(prefix="digitdesk-tests-")
    os.environ["DIGITDESK_DATA_DIR"] = MADE_DATA_DIR

import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


# How long a test waits for a training run to end once it was stopped or diverged: the
# batch in flight, then the pass over the 10,000 test images (~0.1 s on a quiet machine).
# A limit, not a sleep: it costs nothing when the run ends at once, and the suite runs on
# 2 shared cores at a load of 5-6, where 2 s timed out.
RUN_END_MS = 30000


def pytest_sessionfinish(session):
    """The tests leave nothing behind: the data folder made above is removed."""
    if MADE_DATA_DIR is not None:
        shutil.rmtree(MADE_DATA_DIR, ignore_errors=True)


def our_runtime_warnings(records):
    """The ``RuntimeWarning``s among ``records`` (``warnings.WarningMessage``) raised in
    digitdesk or in pyqtgraph. pyqtgraph warns only when the app hands it bad data (an
    all-NaN curve: "All-NaN slice encountered"), and from inside a paint, where turning
    the warning into an exception would crash Qt: so it is recorded, and the test fails."""
    import pyqtgraph
    import digitdesk
    folders = [str(Path(module.__file__).resolve().parent) for module in (digitdesk, pyqtgraph)]
    return [w for w in records if issubclass(w.category, RuntimeWarning)
            and any(str(Path(w.filename).resolve()).startswith(folder) for folder in folders)]


@pytest.fixture(autouse=True)
def no_runtime_warnings():
    """Every test fails if digitdesk, or pyqtgraph given digitdesk's data, warned (a
    RuntimeWarning in digitdesk's own code is an error at once: pyproject.toml's
    filterwarnings). Other warnings go on to pytest's summary as usual."""
    with warnings.catch_warnings(record=True) as caught:
        yield
    ours = our_runtime_warnings(caught)
    for w in caught:
        if w not in ours:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    assert not ours, "\n".join(f"{w.filename}:{w.lineno}: {w.message}" for w in ours[:5])


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Every test's settings go to an INI file under its own tmp_path: never the user's
    real settings, and never what an earlier test left behind (without this, tests that
    did not ask for it read and wrote ~/.config, and one passed in the suite but failed
    alone, on a learning rate another run had saved)."""
    from PySide6.QtCore import QCoreApplication, QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("digitdesk-tests")
    QCoreApplication.setApplicationName("digitdesk-tests")
    return tmp_path / "settings"


@pytest.fixture
def questions(monkeypatch):
    """"Save the trained model?" would block a test: answer Discard, and record the calls."""
    from PySide6.QtWidgets import QMessageBox
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def critical(monkeypatch):
    """Record QMessageBox.critical instead of showing it."""
    from PySide6.QtWidgets import QMessageBox
    calls = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: calls.append((title, text)))
    return calls


@pytest.fixture
def threads(monkeypatch):
    """Every QThread started through the worker module (training, fine-tuning and
    background jobs), to check that none is left running."""
    import digitdesk.gui.worker as worker_module
    created = []

    class TrackedThread(worker_module.QThread):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            created.append(self)

    monkeypatch.setattr(worker_module, "QThread", TrackedThread)
    return created


def running(threads):
    """The threads still running (one whose C++ object is gone is not running either)."""
    import shiboken6
    return [t for t in threads if shiboken6.isValid(t) and t.isRunning()]


def hover(plot_widget, x, y):
    """Move the mouse (a real mouse event) over the point (x, y), in data coordinates, of
    a pyqtgraph PlotWidget."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtTest import QTest
    # Qt drops a move to where the mouse already is (an earlier test may have left it
    # there), so come from elsewhere; pyqtgraph ignores a move that follows another within
    # 10 ms (its mouseRateLimit), and the plot may still change its range as it is first
    # painted: wait a little before working out where (x, y) is.
    QTest.mouseMove(plot_widget.viewport(), QPoint(1, 1))
    QTest.qWait(25)
    view_box = plot_widget.getPlotItem().getViewBox()
    point = plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(x, y)))
    QTest.mouseMove(plot_widget.viewport(), point)


def made_active(window, size=(1280, 720), view=None):
    """``window`` active (keys go to its focused widget), at ``size``, showing ``view``."""
    from PySide6.QtTest import QTest
    window.resize(*size)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    if view is not None:
        window.views.setCurrentWidget(view)
    return window


@pytest.fixture
def window(qtbot, threads):
    """The main window, shown; the test fails if a thread is left running after it closed."""
    from digitdesk.gui import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    assert not running(threads), "a thread was left running"


@pytest.fixture
def make_window(qtbot, threads):
    """``make()`` builds a window when the test is ready (e.g. after putting files on
    disk), as often as the test likes (a restart); the test fails if a thread is left
    running after they closed."""
    from digitdesk.gui import MainWindow
    windows = []

    def make():
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
    assert not running(threads), "a thread was left running"


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English, with no language setting kept (the
    language tests switch it)."""
    from PySide6.QtCore import QSettings

    from digitdesk.gui.language import SETTING, translations
    QSettings().remove(SETTING)
    translations.apply("en")
    yield
    QSettings().remove(SETTING)
    translations.apply("en")


def sideways_scrolling(tab):
    """The scroll areas of ``tab`` (itself included) that scroll sideways now, with by
    how much: what a user must scroll to see."""
    from PySide6.QtWidgets import QAbstractScrollArea
    areas = [a for a in [tab, *tab.findChildren(QAbstractScrollArea)]
             if isinstance(a, QAbstractScrollArea) and a.isVisible()]
    return [f"{a.objectName() or type(a).__name__} by {a.horizontalScrollBar().maximum()} px"
            for a in areas
            if a.horizontalScrollBar().isVisible() and a.horizontalScrollBar().maximum() > 0]


def wait_for_the_reading(qtbot, panel, timeout=5000):
    """Wait until ``panel`` shows its reading of the whole drawing. The pad reads a burst
    of moves at most every ``PREDICTION_INTERVAL_MS``: on a busy machine a first reading
    (of a stroke half drawn) can come before the last one, so "a reading is shown" is not
    enough before asserting figures."""
    qtbot.waitUntil(lambda: panel.probabilities() is not None
                    and not panel.is_prediction_pending(), timeout=timeout)


def wait_for_the_digits(qtbot, view, timeout=20000):
    """Wait until My handwriting (``view``) shows the model in use's readings of the kept
    digits: they are read on a background thread."""
    qtbot.waitUntil(lambda: not view.is_reading(), timeout=timeout)


def wait_for_the_maths(qtbot, window, timeout=5000):
    """Wait until One digit's maths shows the numbers of the whole drawing: the pad has
    no reading pending and the view's probabilities are the model's for the pad's final
    28 x 28 image (not those of a stroke half drawn)."""
    import numpy as np
    panel, view = window.digit_panel, window.maths_view

    def finished():
        maths, image = view.maths(), panel.image()
        return (maths is not None and image is not None and not panel.is_prediction_pending()
                and np.allclose(maths.probabilities,
                                panel.model().predict_proba(image[np.newaxis])[0]))
    qtbot.waitUntil(finished, timeout=timeout)


def shown_panel(qtbot):
    """A drawing panel on screen (its pad, preview and bars), as in the window."""
    from digitdesk.gui.digit_panel import DigitPanel
    panel = DigitPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def heading_top(browser, text):
    """How far below the top of the view the heading ``text`` is, in pixels."""
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text() == text:
            rect = browser.document().documentLayout().blockBoundingRect(block)
            return rect.top() - browser.verticalScrollBar().value()
        block = block.next()
    raise AssertionError(f"no heading {text!r}")


def scrolled_to(browser, text):
    """The heading is at the top of the view (a little below it, at the page's end)."""
    return 0 <= heading_top(browser, text) < browser.viewport().height() // 3
