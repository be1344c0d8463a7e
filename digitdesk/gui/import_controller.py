"""The training data: File > Import Training Data (Kaggle's train.csv or MNIST IDX files,
read off the GUI thread with a progress dialog), File > Use Bundled MNIST, and the Data
tab, which reads the bundled MNIST the first time it is shown.
"""

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ..data import MNIST_TRAIN_DIGIT_COUNTS, MNIST_TRAIN_ROWS
from .data_import import TrainingData, read_training_data
from .language import sentences, spaced_format
from .numbers import count
from .wording import english_plural
from .settings import last_folder, remember_folder


class DataImport(QObject):
    """The data training uses: ``data`` is an imported ``TrainingData``, or None for the
    bundled MNIST. Owns the File menu's two data actions."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.data = None
        self.loading = None  # the job reading a data file, while it runs
        self._progress = None  # its progress dialog
        self._updating = False  # inside the dialog's setValue (see _on_progress)
        self._loading_bundled = False  # the Data tab is reading the bundled MNIST
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_interactive)
        self.bundled_action = QAction(window)
        self.bundled_action.triggered.connect(self.use_bundled_mnist)
        window.views.currentChanged.connect(self.view_changed)
        self.retranslate()

    def retranslate(self):
        """The actions' texts (the window calls it when the language changes)."""
        self.import_action.setText(self.tr("&Import Training Data…"))
        self.import_action.setStatusTip(self.tr("Train on Kaggle's train.csv or a pair of MNIST IDX files"))
        self.bundled_action.setText(self.tr("Use &Bundled MNIST"))
        self.bundled_action.setStatusTip(self.tr("Train on the MNIST set that comes with DigitDesk again"))

    def available_rows(self, digits=None):
        """Rows of the data in use, shared by training and validation; with ``digits``
        (``TrainConfig.digits``), only the rows of those digits (a run on 3s and 7s of
        MNIST has 12,396, not 60,000)."""
        if digits is None:
            return MNIST_TRAIN_ROWS if self.data is None else len(self.data.x)
        if self.data is None:
            return sum(MNIST_TRAIN_DIGIT_COUNTS[d] for d in digits)
        return int(np.isin(self.data.y, digits).sum())

    def data_name(self):
        """The data in use, for the user: "train.csv (4,000 images)"."""
        if self.data is None:
            return english_plural(self.tr("The bundled MNIST (%Ln training image(s))", "",
                                          MNIST_TRAIN_ROWS), MNIST_TRAIN_ROWS)
        return self.data.name

    def worker_data(self):
        """``(x_train, y_train, x_test, y_test)`` for the training worker; None: MNIST."""
        return None if self.data is None else self.data.as_worker_data()

    def labelled_images(self):
        """``(images, labels)`` of the training data; call on a background thread (the
        bundled MNIST is read from disk the first time)."""
        if self.data is not None:
            return self.data.x, self.data.y
        from ..data import load_mnist
        x, y, _, _ = load_mnist()
        return x, y

    def update_actions(self, training):
        loading = self.loading is not None
        self.import_action.setEnabled(not training and not loading)
        self.bundled_action.setEnabled(not training and not loading and self.data is not None)

    # --- File > Import Training Data --------------------------------------------------------
    def import_interactive(self):
        window = self.window
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import Training Data"), self.tr(
            "Which format is your data in?\n\nKaggle: one train.csv (label, then 784 pixels).\n"
            "MNIST IDX: an images file and a labels file, or a folder holding the four "
            "standard MNIST files."), QMessageBox.StandardButton.Cancel, window)
        csv_button = box.addButton(self.tr("Kaggle CSV…"), QMessageBox.ButtonRole.AcceptRole)
        idx_button = box.addButton(self.tr("IDX files…"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("MNIST folder…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        clicked, folder = box.clickedButton(), last_folder()
        paths = []
        if clicked is csv_button:
            path, _ = QFileDialog.getOpenFileName(window, self.tr("Kaggle train.csv"), folder,
                                                  self.tr("CSV files (*.csv);;All files (*)"))
            paths = [path] if path else []
        elif clicked is idx_button:
            images, _ = QFileDialog.getOpenFileName(window, self.tr("MNIST images file (IDX)"), folder,
                                                    self.tr("IDX files (*idx3* *.gz);;All files (*)"))
            if images:
                labels, _ = QFileDialog.getOpenFileName(
                    window, self.tr("MNIST labels file (IDX) for {0}").format(Path(images).name),
                    str(Path(images).parent), self.tr("IDX files (*idx1* *.gz);;All files (*)"))
                paths = [images, labels] if labels else []
        elif clicked is folder_button:
            path = QFileDialog.getExistingDirectory(window, self.tr("Folder with the MNIST files"), folder)
            paths = [path] if path else []
        if paths:
            self.import_training_data(paths)

    def import_training_data(self, paths):
        """Read ``paths`` (see ``data_import.read_training_data``) on a background thread,
        with a progress dialog; train on it once read. On failure the message (with the
        line number of a bad CSV row) is shown and the data in use stays. Returns the job."""
        window = self.window
        if window.is_training() or self.loading is not None:
            return None
        remember_folder(paths[0])
        progress = QProgressDialog(self.tr("Reading {0}…").format(Path(paths[0]).name),
                                   self.tr("Cancel"), 0, 100, window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import Training Data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # no flash for a small file
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        job = window.jobs.start(lambda report: read_training_data(paths, report),
                                self._on_imported, self._on_failed, self._on_progress)
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(self._on_cancelled)
        self.loading = job
        window.show_status(lambda: self.tr("Reading {0}…").format(Path(paths[0]).name))
        window.update_controls()
        return job

    def _on_progress(self, fraction):
        progress = self._progress
        value = int(100 * fraction)
        if progress is None or self._updating or value == progress.value():
            return
        # A window-modal QProgressDialog's setValue() runs the event loop, so the job can
        # finish (and _end run) *inside* this call: the dialog must outlive the call.
        self._updating = True
        try:
            progress.setValue(value)
        finally:
            self._updating = False
        if self._progress is not progress:  # the import ended meanwhile: now it can go
            progress.deleteLater()

    def _end(self):
        self.loading = None
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect()  # closing a progress dialog counts as Cancel
            progress.close()
            if not self._updating:  # else _on_progress deletes it once setValue returns
                progress.deleteLater()
        self.window.update_controls()

    def _on_cancelled(self):
        self._end()
        self.window.show_status(lambda: self.tr("Import cancelled; the training data did not change."))

    def _on_imported(self, data):
        self._end()
        self.data = data
        window = self.window
        window.data_view.set_data(data)
        adapted = self._fit_sizes_to(len(data.x))
        window.lab.form_changed()  # warnings that depend on the number of rows
        window.update_controls()
        # (spaced: "用 train.csv（3,000 张图像）训练", the name's Chinese bracket meeting 训练)
        window.show_status(lambda: sentences(spaced_format(self.tr(
            "Training on {0} from now on (File > Use Bundled MNIST to go back)."), data.name),
            adapted()))

    def _fit_sizes_to(self, rows):
        """Small data: hold out a tenth of it for validation instead of a number meant for
        MNIST's 60,000 rows, and train on all the rest if the training size no longer fits.
        Returns a function that says what changed in the current language, for the status
        bar ("" if nothing did)."""
        panel = self.window.training_panel
        try:
            config = panel.config()
        except ValueError:
            return lambda: ""  # nothing: the form says what is wrong; Start checks the sizes again
        changes = {}
        if config.val_size > rows // 5:  # more than a fifth of the data
            changes["val_size"] = rows // 10
        val_size = changes.get("val_size", config.val_size)
        if config.train_size is not None and config.train_size > rows - val_size:
            changes["train_size"] = None
        if not changes:
            return lambda: ""
        panel.set_config(config.replace(**changes))

        def said():
            words = []
            if "val_size" in changes:
                words.append(english_plural(self.tr(
                    "validation images {0} → {1} (a tenth of the %Ln row(s))", "", rows), rows)
                    .format(count(config.val_size), count(changes["val_size"])))
            if "train_size" in changes:
                words.append(self.tr("training images {0} → All").format(count(config.train_size)))
            # (clauses of a sentence, not names: not listed)
            return self.tr("Sizes fitted to the data: {0}.").format(", ".join(words))
        return said

    def _on_failed(self, message):
        self._end()
        self.window.show_status(lambda: self.tr("Could not import the data; the training data did not "
                                        "change."))
        QMessageBox.critical(self.window, self.tr("Cannot import the training data"), message)

    # --- File > Use Bundled MNIST, and the Data tab ---------------------------------------------
    @Slot()
    def use_bundled_mnist(self):
        window = self.window
        if window.is_training() or self.data is None:
            return
        self.data = None
        window.data_view.set_data(None)
        window.lab.form_changed()
        window.update_controls()
        window.show_status(lambda: self.tr("Training on the bundled MNIST again."))
        self.view_changed(window.views.currentIndex())

    @Slot(int)
    def view_changed(self, index):
        """The Data tab reads the bundled MNIST (off the GUI thread) when first shown."""
        window = self.window
        data_view = window.data_view
        if window.views.widget(index) is not data_view or data_view.has_data():
            return
        if self.data is not None:
            data_view.set_data(self.data)
            return
        if self._loading_bundled:
            return
        self._loading_bundled = True
        data_view.show_loading(self.tr("Reading the bundled MNIST…"))
        def load(progress):
            from ..data import load_mnist
            x, y, x_test, y_test = load_mnist()
            return TrainingData(None, x, y, x_test, y_test)

        window.jobs.start(load, self._on_bundled_loaded, data_view.show_loading)

    def _on_bundled_loaded(self, data):
        self._loading_bundled = False
        if self.data is None:  # nothing was imported meanwhile
            self.window.data_view.set_data(data)
