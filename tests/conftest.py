import os

# Qt tests run without a display, here and in CI. This must be set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
