"""Where the app keeps its files (the personal digits, the runs, the adaptations): the
app's data folder, which the command line's ``digitdesk finetune`` reads too.

Qt's ``QStandardPaths`` finds it (on Linux ``~/.local/share/digitdesk/digitdesk``); only
QtCore is imported, so the command line does not load the GUI for it.
"""

import os
from pathlib import Path

DATA_DIR_ENV = "DIGITDESK_DATA_DIR"  # tests and scripts: another folder than the user's
ORGANIZATION = APPLICATION = "digitdesk"  # the names QSettings and QStandardPaths go by


def app_data_folder():
    """``$DIGITDESK_DATA_DIR`` if set, else the app's data folder. Outside the app (the
    command line) the app's names are set first, so that both find the same folder.
    ``ValueError`` (a message for the command line) if Qt cannot be loaded."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    try:
        from PySide6.QtCore import QCoreApplication, QStandardPaths
    except ImportError as error:  # the command line on a machine where Qt cannot load
        raise ValueError(f"cannot find the app's data folder without Qt ({error}): give "
                         "the folder of personal_digits.npz with --personal FOLDER") from error
    if not QCoreApplication.organizationName() and not QCoreApplication.applicationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".digitdesk"
