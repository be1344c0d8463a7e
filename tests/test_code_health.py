"""The linters, as part of the test command (configured in pyproject.toml):

* ``ruff check``: pyflakes, bugbear and a few pylint checks that catch defects, among them
  a function or method defined twice in one scope (F811);
* ``lint-imports``: the layering contract (the engine, data, preprocessing and personal-set
  modules import no Qt or pyqtgraph, not even through another module).

Both come with the test extras (``pip install ".[test]"``), so ``python -m pytest`` and CI
run them on the checkout.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(args, **kwargs):
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False, **kwargs)


def test_ruff_finds_nothing():
    result = run(["-m", "ruff", "check", "--no-cache", "digitdesk", "tests"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_catches_a_private_method_defined_twice(tmp_path):
    """With ruff's defaults a name starting with "_" counts as a dummy, and F811 ignored
    the second ``_form_config`` of the main window that replaced the first (issue 11)."""
    source = tmp_path / "window.py"
    source.write_text(textwrap.dedent("""\
        class Window:
            def _form_config(self):
                return None

            def changed(self):
                return self._form_config()

            def _form_config(self):
                raise ValueError("a dialog")
        """))
    result = run(["-m", "ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
                  str(source)])
    assert result.returncode == 1
    assert "F811" in result.stdout and "_form_config" in result.stdout


def test_the_core_imports_no_qt():
    # PYTHONPATH: the checkout's modules, also when an installed copy is on the path.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = run(["-c", "import sys; from importlinter.cli import lint_imports_command; "
                        "sys.exit(lint_imports_command())", "--no-cache"], env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_a_runtime_warning_in_digitdesk_code_fails_the_tests():
    """pyproject.toml's filterwarnings: numpy's warnings about NaN or division by zero in
    the app's own code are errors in the test suite, not lines in its summary."""
    import warnings
    import numpy as np
    import pytest
    with pytest.raises(RuntimeWarning, match="divide by zero"):
        exec(compile("np.log(np.zeros(1))", "digitdesk/example.py", "exec"),
             {"np": np, "__name__": "digitdesk.example"})
    with warnings.catch_warnings(record=True):  # elsewhere: a warning, as usual
        np.log(np.zeros(1))


def test_a_runtime_warning_from_pyqtgraph_given_our_data_is_caught(qtbot):
    """pyqtgraph given an all-NaN scatter warns at every repaint (the 114 warnings
    test_gui_teach.py once printed); conftest's no_runtime_warnings finds that warning
    and fails the test that caused it."""
    import warnings
    import numpy as np
    import pyqtgraph as pg
    from conftest import our_runtime_warnings
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot.plot([1.0, 2.0], [np.nan, np.nan], symbol="o")
        plot.show()
        plot.grab()
    assert [str(w.message) for w in our_runtime_warnings(caught)][:1] == ["All-NaN slice encountered"]


def test_the_window_lists_names_through_the_one_helper():
    """Names, digits and keys shown in a list go through ``language.listed`` (Chinese
    writes "W1、b1", not "W1, b1"); a join with ", " says on its line why it is no list."""
    joins = [f"{path.name}:{n}" for path in (ROOT / "digitdesk" / "gui").glob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if '", ".join(' in line and "not listed" not in line
             and "not listed" not in path.read_text(encoding="utf-8").splitlines()[n - 2]]
    assert joins == []
