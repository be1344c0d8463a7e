"""``main()``: start the desktop app (``digitdesk`` or ``python -m digitdesk``)."""

import sys


def main(argv=None):
    """Create the application, show the main window, run until it closes; return the exit
    code. ``argv``: Qt's command-line arguments (default: none besides the program)."""
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow
    from .resources import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    # QSettings() finds the settings by these two names.
    app.setOrganizationName("digitdesk")
    app.setApplicationName("digitdesk")
    app.setApplicationDisplayName("DigitDesk")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.show()
    return app.exec()
