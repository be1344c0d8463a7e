"""The tests and the screenshot script leave nothing behind in the temporary folder: every
test session left a digitdesk-tests-XXXX there, every screenshot run three
digitdesk-screenshot-* folders. Each runs here in a process of its own, with a temporary
folder (TMPDIR) of the test's."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args, tmp, **env):
    """``python args...`` from the project's folder, its temporary folder ``tmp``, with no
    data folder named (this session's conftest.py named one) unless ``env`` does."""
    environment = {name: value for name, value in os.environ.items()
                   if name != "DIGITDESK_DATA_DIR"}
    environment.update(TMPDIR=str(tmp), **env)
    done = subprocess.run([sys.executable, *map(str, args)], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_a_test_session_removes_the_data_folder_it_made_and_only_that(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    session = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only",
               "tests/test_strokes.py"]
    run(session, tmp)
    assert list(tmp.iterdir()) == []
    # A data folder named by whoever runs the tests is theirs: it stays.
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    run(session, tmp, DIGITDESK_DATA_DIR=str(theirs))
    assert theirs.is_dir() and list(tmp.iterdir()) == []


# screenshot.py --views with its scenes replaced by one that writes a setting and a run
# list where the real ones would, and says where that was.
SCREENSHOT_VIEWS = """
import os, sys
sys.path.insert(0, "tests/benchmarks")
import screenshot

def save_views(app, shots):
    from PySide6.QtCore import QSettings
    settings = QSettings()
    settings.setValue("written", 1)
    settings.sync()
    data = os.environ["DIGITDESK_DATA_DIR"]
    with open(os.path.join(data, "runs.json"), "w") as out:
        out.write("[]")
    print(settings.fileName())
    print(data)

screenshot.save_views = save_views
sys.exit(screenshot.main(["screenshot.py", "--views", sys.argv[1]]))
"""


def test_the_screenshot_script_removes_its_throwaway_folders(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    written = run(["-c", SCREENSHOT_VIEWS, tmp_path / "shots"], tmp).split()
    assert len(written) == 2 and all(Path(path).is_relative_to(tmp) for path in written)
    assert list(tmp.iterdir()) == []
