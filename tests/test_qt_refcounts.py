"""A guard against the PySide6 6.12.0 reference leak.

PySide6 6.12.0 (on CPython 3.11) drops a reference to ``None``, ``True`` or ``False`` in
``QCoreApplication.processEvents()`` and ``Signal.emit()``; after ~20,000 calls a refcount
reaches zero and the interpreter aborts in the middle of a training session. The app calls
both many times a second, so the pin ``PySide6-Essentials<6.12`` matters. This test does
what the app does, 25,000 times, and checks the counts stay put: with the bad version it
fails (or aborts) instead of letting a user find out.
"""

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal

ITERATIONS = 25_000
TOLERANCE = 1_000  # other code may take a few references; a leak loses one per call


class Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)


def test_processevents_and_emit_do_not_leak_references_to_singletons(qapp):
    emitter = Emitter()
    received = []
    emitter.flag.connect(received.append)
    emitter.anything.connect(received.append)

    before = {name: sys.getrefcount(value)
              for name, value in (("None", None), ("True", True), ("False", False))}
    for i in range(ITERATIONS):
        QCoreApplication.processEvents()
        emitter.flag.emit(i % 2 == 0)
        emitter.anything.emit(None)
        if len(received) > 1000:
            received.clear()
    received.clear()
    after = {name: sys.getrefcount(value)
             for name, value in (("None", None), ("True", True), ("False", False))}

    for name in before:
        assert abs(after[name] - before[name]) < TOLERANCE, (
            f"references to {name} drifted by {after[name] - before[name]} over {ITERATIONS:,} "
            f"calls: this PySide6 leaks (6.12.0 does; keep PySide6 < 6.12)")
