import os
import tempfile

# Qt tests run without a display, here and in CI. This must be set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The personal handwriting set lives in the user's data folder: never the real one in tests.
os.environ.setdefault("DIGITDESK_DATA_DIR", tempfile.mkdtemp(prefix="digitdesk-tests-"))
