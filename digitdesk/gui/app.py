"""``main()``: start the desktop app (``digitdesk`` or ``python -m digitdesk``)."""

import os
import sys


def no_display_message(environ=os.environ, platform=sys.platform):
    """Why the window cannot open, or None. On Linux without X11 or Wayland, Qt itself
    would abort the process with a long message about platform plugins; say it plainly."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("digitdesk: no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). On a machine without a screen, train headless: "
            "digitdesk train (see digitdesk --help).")


def main(argv=None):
    """Create the application, show the main window, run until it closes; return the exit
    code. ``argv``: Qt's command-line arguments (default: none besides the program)."""
    problem = no_display_message()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ..folders import APPLICATION, ORGANIZATION

    from .language import install_language
    from .main_window import MainWindow
    from .resources import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    # QSettings() finds the settings by these two names.
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("DigitDesk")
    app.setWindowIcon(app_icon())
    install_language()  # View > Language's choice, or the system's language
    window = MainWindow()
    window.show()
    return app.exec()
