"""The main window: the training panel on the left, the live plots and the drawing panel
on the right, menus, shortcuts, model files and settings.

The window holds the *model in use* (``self._model``): the one the drawing panel reads
with and File > Save writes. Training never changes it in place: the worker trains its own
copy on another thread and sends snapshots for the drawing panel while it runs, and the
trained model at the end, which then becomes the model in use.
"""

import copy
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QLabel, QMainWindow, QMessageBox, QProgressDialog, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

from .. import __version__
from ..data import MNIST_TRAIN_ROWS
from ..engine import Model, ModelFileError, TrainConfig, load_model
from ..engine.findings import apply_fix
from ..engine.trainer import train_val_split_sizes
from .background import BackgroundJobs
from .data_import import DataView, TrainingData, read_training_data
from .diagnostics_view import DiagnosticsView
from .digit_panel import DigitPanel
from .gradcheck_view import GradCheckView, check_batch, run_checks
from .inside_view import InsideView
from .lab_panel import ReplaysView
from .personal_view import PersonalView, personal_folder
from .plots import TrainingPlots
from .resources import app_icon
from .training_panel import TrainingPanel
from .worker import TrainingWorker, start_training_thread

MODEL_FILTER = "digitdesk models (*.npz)"
GIL_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005
STOP_TIMEOUT_MS = 2000  # the worker stops between two batches, far sooner than this


def same_network(a, b):
    """True if configs ``a`` and ``b`` describe networks of the same shape, so that the
    weights of one fit the other (the initialisation and seed only matter for new weights)."""
    return (a.layer_sizes == b.layer_sizes and a.activation == b.activation
            and a.head == b.head and a.bias == b.bias
            # the same outputs must mean the same digits, and the input be prepared alike
            and a.classes == b.classes and a.deskew == b.deskew)


class MainWindow(QMainWindow):
    """The app's one window. ``MainWindow()`` builds at once: MNIST is loaded by the
    training worker, off the GUI thread, when training starts.

    For tests and scripts: ``load_model(path)`` and ``save_model(path)`` do what the File
    menu does, without dialogs (they raise ``ModelFileError``/``OSError``); set
    ``ask_before_discarding = False`` to close or replace an unsaved model without asking.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        # While the worker trains, the GUI thread must wait for Python's GIL before it can
        # run any Python code (a paint, a mouse move). By default the worker gives it up
        # only every 5 ms; asking every 1 ms keeps the window's reaction time short.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.ask_before_discarding = True
        self._model = None  # the model in use (see the module docstring)
        self._model_path = None  # the file it was opened from or saved to
        self._unsaved = False  # trained since it was last saved or opened
        self._worker = None  # the training worker and its thread, while training runs
        self._thread = None
        self._run = {}  # facts about the current training run, for the progress bar
        self._data = None  # an imported TrainingData to train on; None: the bundled MNIST
        self._jobs = BackgroundJobs(self)  # gradient checks, data files (off the GUI thread)
        self._checking = False  # a gradient check is running
        self._loading_data = None  # the job reading a data file, while it runs
        self._import_progress = None  # its progress dialog
        self._loading_bundled = False  # the Data tab is reading the bundled MNIST

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._restore_settings()
        self._show_model_info()
        self._update_controls()
        self._update_title()
        self.statusBar().showMessage(self.tr(
            "Ready. Choose settings and press Start (Space), or open a model (Ctrl+O)."))

    # ----------------------------------------------------------------- construction
    def _build_widgets(self):
        self.training_panel = TrainingPanel()
        self.plots = TrainingPlots()
        self.digit_panel = DigitPanel()
        # The automation contract names these two; the panel owns them.
        self.drawing_canvas = self.digit_panel.canvas
        self.drawing_canvas.setObjectName("drawingCanvas")
        self.probability_view = self.digit_panel.probability_view
        self.probability_view.setObjectName("probabilityView")

        self.model_info = QLabel()
        self.model_info.setObjectName("modelInfo")
        self.model_info.setWordWrap(True)
        self.model_info.setTextFormat(Qt.TextFormat.RichText)
        self.model_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_info.setAccessibleName(self.tr("Model in use"))
        self.model_info.setToolTip(self.tr("The model the drawing panel reads with, and the "
                                           "one File > Save writes."))
        info_box = QGroupBox(self.tr("Model"))
        info_layout = QVBoxLayout(info_box)
        info_layout.addWidget(self.model_info)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(info_box)
        left_layout.addWidget(self.training_panel, 1)

        drawing_box = QGroupBox(self.tr("Draw a digit"))
        drawing_layout = QVBoxLayout(drawing_box)
        drawing_layout.setContentsMargins(4, 4, 4, 4)
        drawing_layout.addWidget(self.digit_panel)
        # The views of a run, one tab each: the learning curves first; the views that look
        # inside the network are added with add_view().
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.setAccessibleName(self.tr("Views of the training"))
        self.views.setDocumentMode(True)
        self.add_view(self.plots, self.tr("Learning curves"),
                      self.tr("Loss of every batch, validation loss and accuracy per epoch"))
        # Inside the network: first-layer weights, the drawn digit explained, the validation
        # set's confusion matrix and misread digits.
        self.inside_view = InsideView(self.digit_panel)
        self.add_view(self.inside_view, self.tr("Inside the network"),
                      self.tr("What the hidden units look for, how the network reads your "
                              "digit, and which validation digits it gets wrong"))
        self._build_lab_views()
        # The digits kept with the drawing panel's "Keep as", and fine-tuning on them.
        self.personal_view = PersonalView(personal_folder())
        self.add_view(self.personal_view, self.tr("My handwriting"),
                      self.tr("Your own kept digits, how the model reads them, and "
                              "fine-tuning on them"))
        self.digit_panel.keepRequested.connect(self.personal_view.keep)
        self.personal_view.status.connect(self._show_status)
        self.personal_view.modelTuned.connect(self._on_fine_tuned)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.views)
        self.right_splitter.addWidget(drawing_box)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setSizes([470, 300])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([380, 900])
        for splitter in (self.main_splitter, self.right_splitter):
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        panel = self.training_panel
        panel.start_button.clicked.connect(self.start_training)
        panel.pause_button.clicked.connect(self.toggle_pause)
        panel.stop_button.clicked.connect(self.stop_training)
        panel.step_button.clicked.connect(self.step_training)
        panel.reset_button.clicked.connect(self.reset_weights)

    def add_view(self, widget, title, tip=""):
        """Add a tab to the views above the drawing panel; returns its index."""
        index = self.views.addTab(widget, title)
        self.views.setTabToolTip(index, tip)
        return index

    # ----------------------------------------------------------------- the lab views
    def _build_lab_views(self):
        """The views that explain a run (diagnostics, gradient check), the learners'
        questions, the training data, and the File menu's data actions."""
        self.diagnostics_view = DiagnosticsView()
        self.diagnostics_view.fixRequested.connect(self.apply_finding_fix)
        self.add_view(self.diagnostics_view, self.tr("Diagnostics"), self.tr(
            "Per layer: gradient size, update-to-weight ratio, saturated and dead units; "
            "findings in plain words with a one-click fix"))
        self.gradcheck_view = GradCheckView()
        self.gradcheck_view.checkRequested.connect(self.run_gradient_check)
        self.add_view(self.gradcheck_view, self.tr("Gradient check"), self.tr(
            "Backprop against numerical gradients, per weight tensor"))
        self.replays_view = ReplaysView()
        self.replays_view.loadRequested.connect(self._load_replay)
        self.replays_view.stepCostRequested.connect(self._run_step_cost)
        self.add_view(self.replays_view, self.tr("Learners' questions"), self.tr(
            "Four networks that failed silently, replayed, each with its fixed twin"))
        self.data_view = DataView()
        self.add_view(self.data_view, self.tr("Data"), self.tr(
            "The training data: images per digit and samples of the chosen digits"))
        self.views.currentChanged.connect(self._on_view_changed)
        self.training_panel.configChanged.connect(self._on_form_changed)
        self._on_form_changed()

        self.import_action = QAction(self.tr("&Import Training Data…"), self)
        self.import_action.setStatusTip(self.tr("Train on Kaggle's train.csv or a pair of MNIST IDX files"))
        self.import_action.triggered.connect(self._import_interactive)
        self.bundled_action = QAction(self.tr("Use &Bundled MNIST"), self)
        self.bundled_action.setStatusTip(self.tr("Train on the MNIST set that comes with DigitDesk again"))
        self.bundled_action.triggered.connect(self.use_bundled_mnist)

    def _update_lab_controls(self, training):
        self.replays_view.set_editable(not training)
        self.gradcheck_view.set_enabled(not training and not self._checking)
        loading = self._loading_data is not None
        self.import_action.setEnabled(not training and not loading)
        self.bundled_action.setEnabled(not training and not loading and self._data is not None)

    def _form_config(self):
        try:
            return self.training_panel.config()
        except ValueError:
            return None

    @Slot()
    def _on_form_changed(self):
        config = self._form_config()
        self.diagnostics_view.set_form_config(config, self._training_rows(config))
        self.data_view.set_config(config)

    def _training_rows(self, config):
        """How many rows a run of ``config`` would train on with the data in use, or None
        (no valid form, or sizes that do not fit the data: training will say why)."""
        if config is None:
            return None
        available = MNIST_TRAIN_ROWS if self._data is None else len(self._data.x)
        try:
            return train_val_split_sizes(config, available)[0]
        except ValueError:
            return None

    @Slot(object)
    def apply_finding_fix(self, finding):
        """A finding's fix button: put its fix into the form. A run in progress stops first
        (its settings cannot change). A new initialisation only acts on fresh weights, so
        then the weights are reset too."""
        self.stop_training(wait=True)
        try:
            config = apply_fix(self.training_panel.config(), finding)
        except ValueError as error:
            self._warn(self.tr("This fix cannot be applied"), str(error))
            return
        self.training_panel.set_config(config)
        changes = ", ".join(f"{name} {value}" for name, value in finding.fix.items())
        if "init" in finding.fix:
            self.reset_weights()
        self._show_status(self.tr("Fix applied to the form ({0}). Press Start to see it work.")
                          .format(changes))

    @Slot(object, str)
    def _load_replay(self, config, what):
        self.training_panel.set_config(config)
        self._show_status(self.tr("Loaded {0} into the form. Press Start, then watch the "
                                  "Diagnostics tab.").format(what))

    def _model_for_check(self, config):
        """The network in the form, with the current weights when they fit (so a bug-lab
        switch is checked on the network it would train)."""
        model = Model(config)
        if self._model is not None and same_network(self._model.config, config):
            model.network.set_weights(self._model.network.weights())
        return model

    def _labelled_images(self):
        """``(images, labels)`` of the training data; call on a background thread (the
        bundled MNIST is read from disk the first time)."""
        if self._data is not None:
            return self._data.x, self._data.y
        from ..data import load_mnist
        x, y, _, _ = load_mnist()
        return x, y

    @Slot()
    def run_gradient_check(self):
        """Check backprop for the form's network on a few training images, on a background
        thread; the table shows the result. Returns the job (``None`` if not started)."""
        if self._is_training() or self._checking:
            return None
        try:
            config = self.training_panel.config()
        except ValueError as error:
            self._warn(self.tr("These settings cannot be used"), str(error))
            return None
        model = self._model_for_check(config)
        data = self._data

        def check(progress):
            x, y = (data.x, data.y) if data is not None else self._labelled_images()
            return run_checks(model, *check_batch(config, x, y))

        self._checking = True
        self.gradcheck_view.show_running(config.describe())
        self._update_controls()
        return self._jobs.start(check, self._on_gradient_check_done, self._on_gradient_check_failed)

    def _on_gradient_check_done(self, report):
        self._checking = False
        self.gradcheck_view.show_report(report)
        self._update_controls()
        failing = [r.name for r in report.gradients if r.status == "fail"]
        if report.update.status == "fail":
            failing.append(self.tr("update direction"))
        if failing:
            result = self.tr("fails on {0}").format(", ".join(failing))
        elif all(r.status == "pass" for r in report.gradients) and report.update.passed:
            result = self.tr("passes")
        else:
            result = self.tr("no failure, but look at the table")
        self._show_status(self.tr("Gradient check: {0}.").format(result))

    def _on_gradient_check_failed(self, message):
        self._checking = False
        self.gradcheck_view.show_failure(message)
        self._update_controls()

    @Slot(object)
    def _run_step_cost(self, config):
        """Time one backprop step against one numerical-gradient step (learner 001)."""
        from ..engine.replays import numerical_step_cost
        data = self._data

        def measure(progress):
            x, y = (data.x, data.y) if data is not None else self._labelled_images()
            images, labels = check_batch(config, x, y, size=config.batch_size or 100)
            return numerical_step_cost(config, images, labels)

        self.replays_view.show_step_cost(self.tr("Timing one step both ways…"))
        self._jobs.start(measure, self._on_step_cost_done, self.replays_view.show_step_cost)

    def _on_step_cost_done(self, cost):
        label = self.tr("extrapolated from {0:,} of {1:,} parameters") if cost.extrapolated \
            else self.tr("measured on all {0:,} of {1:,} parameters")
        self.replays_view.show_step_cost(self.tr(
            "<b>One step on a batch of {0}:</b> backprop {1:.2f} ms; numerical gradients "
            "{2:.1f} s ({3}): about <b>{4:,.0f} times slower</b>. 1,000 steps: {5:.1f} s "
            "against {6:.0f} minutes.").format(
            cost.batch_size, cost.backprop_seconds * 1000, cost.numerical_seconds,
            label.format(cost.coordinates_measured, cost.parameters), cost.ratio,
            cost.backprop_seconds * 1000, cost.numerical_seconds * 1000 / 60))

    # ----------------------------------------------------------------- training data
    def training_data(self):
        """The imported ``TrainingData`` training uses, or ``None`` for the bundled MNIST."""
        return self._data

    def _import_interactive(self):
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import Training Data"), self.tr(
            "Which format is your data in?\n\nKaggle: one train.csv (label, then 784 pixels).\n"
            "MNIST IDX: an images file and a labels file, or a folder holding the four "
            "standard MNIST files."), QMessageBox.StandardButton.Cancel, self)
        csv_button = box.addButton(self.tr("Kaggle CSV…"), QMessageBox.ButtonRole.AcceptRole)
        idx_button = box.addButton(self.tr("IDX files…"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("MNIST folder…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        clicked, folder = box.clickedButton(), self._last_folder()
        paths = []
        if clicked is csv_button:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Kaggle train.csv"), folder,
                                                  self.tr("CSV files (*.csv);;All files (*)"))
            paths = [path] if path else []
        elif clicked is idx_button:
            images, _ = QFileDialog.getOpenFileName(self, self.tr("MNIST images file (IDX)"), folder,
                                                    self.tr("IDX files (*idx3* *.gz);;All files (*)"))
            if images:
                labels, _ = QFileDialog.getOpenFileName(
                    self, self.tr("MNIST labels file (IDX) for {0}").format(Path(images).name),
                    str(Path(images).parent), self.tr("IDX files (*idx1* *.gz);;All files (*)"))
                paths = [images, labels] if labels else []
        elif clicked is folder_button:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder with the MNIST files"), folder)
            paths = [path] if path else []
        if paths:
            self.import_training_data(paths)

    def import_training_data(self, paths):
        """Read ``paths`` (see ``data_import.read_training_data``) on a background thread,
        with a progress dialog; train on it once read. On failure the message (with the
        line number of a bad CSV row) is shown and the data in use stays. Returns the job."""
        if self._is_training() or self._loading_data is not None:
            return None
        self._remember_folder(paths[0])
        progress = QProgressDialog(self.tr("Reading {0}…").format(Path(paths[0]).name),
                                   self.tr("Cancel"), 0, 100, self)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import Training Data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # no flash for a small file
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._import_progress = progress
        job = self._jobs.start(lambda report: read_training_data(paths, report),
                               self._on_data_imported, self._on_import_failed,
                               self._on_import_progress)
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(self._on_import_cancelled)
        self._loading_data = job
        self._show_status(self.tr("Reading {0}…").format(Path(paths[0]).name))
        self._update_controls()
        return job

    def _on_import_progress(self, fraction):
        if self._import_progress is not None:
            self._import_progress.setValue(int(100 * fraction))

    def _end_import(self):
        self._loading_data = None
        progress, self._import_progress = self._import_progress, None
        if progress is not None:
            progress.canceled.disconnect()  # closing a progress dialog counts as Cancel
            progress.close()
            progress.deleteLater()
        self._update_controls()

    def _on_import_cancelled(self):
        self._end_import()
        self._show_status(self.tr("Import cancelled; the training data did not change."))

    def _on_data_imported(self, data):
        self._end_import()
        self._data = data
        self.data_view.set_data(data)
        self._on_form_changed()  # warnings that depend on the number of rows
        self._update_controls()
        self._show_status(self.tr("Training on {0} from now on (File > Use Bundled MNIST to go "
                                  "back).").format(data.name))

    def _on_import_failed(self, message):
        self._end_import()
        self._show_status(self.tr("Could not import the data; the training data did not change."))
        QMessageBox.critical(self, self.tr("Cannot import the training data"), message)

    @Slot()
    def use_bundled_mnist(self):
        if self._is_training() or self._data is None:
            return
        self._data = None
        self.data_view.set_data(None)
        self._on_form_changed()
        self._update_controls()
        self._show_status(self.tr("Training on the bundled MNIST again."))
        self._on_view_changed(self.views.currentIndex())

    @Slot(int)
    def _on_view_changed(self, index):
        """The Data tab reads the bundled MNIST (off the GUI thread) when first shown."""
        if self.views.widget(index) is not self.data_view or self.data_view.has_data():
            return
        if self._data is not None:
            self.data_view.set_data(self._data)
            return
        if self._loading_bundled:
            return
        self._loading_bundled = True
        self.data_view.show_loading(self.tr("Reading the bundled MNIST…"))
        name = self.tr("Bundled MNIST ({0:,} training images)")

        def load(progress):
            from ..data import load_mnist
            x, y, x_test, y_test = load_mnist()
            return TrainingData(name.format(len(x)), x, y, x_test, y_test)

        self._jobs.start(load, self._on_bundled_loaded, self.data_view.show_loading)

    def _on_bundled_loaded(self, data):
        self._loading_bundled = False
        if self._data is None:  # nothing was imported meanwhile
            self.data_view.set_data(data)

    def _build_actions(self):
        def action(text, slot, shortcut=None, tip=""):
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setStatusTip(tip)
            a.setToolTip(tip)
            a.triggered.connect(slot)
            self.addAction(a)  # shortcuts work even when the menu bar is hidden
            return a

        self.open_action = action(self.tr("&Open Model…"), self._open_interactive, QKeySequence.StandardKey.Open,
                                  self.tr("Open a saved model (.npz)"))
        self.save_action = action(self.tr("&Save Model"), self._save_interactive, QKeySequence.StandardKey.Save,
                                  self.tr("Save the model in use"))
        self.save_as_action = action(self.tr("Save Model &As…"), self._save_as_interactive,
                                     QKeySequence("Ctrl+Shift+S"), self.tr("Save the model in use to a new file"))
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self.tr("Close DigitDesk"))
        self.start_action = action(self.tr("&Start Training"), self.start_training, None,
                                   self.tr("Train with the settings in the form"))
        self.pause_action = action(self.tr("&Pause"), self.toggle_pause, None, self.tr("Pause or resume training"))
        self.stop_action = action(self.tr("S&top Training"), self.stop_training, QKeySequence("Ctrl+."),
                                  self.tr("Stop training and keep the weights learnt so far"))
        self.step_action = action(self.tr("Train One &Batch"), self.step_training, QKeySequence("F10"),
                                  self.tr("Train exactly one batch, then pause"))
        self.reset_action = action(self.tr("&Reset Weights"), self.reset_weights, QKeySequence("Ctrl+R"),
                                   self.tr("Start again from fresh random weights"))
        self.log_scale_action = QAction(self.tr("&Logarithmic Loss Axis"), self)
        self.log_scale_action.setCheckable(True)
        self.log_scale_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_scale_action.toggled.connect(self.plots.set_log_scale)
        self.plots.logScaleChanged.connect(self.log_scale_action.setChecked)
        self.addAction(self.log_scale_action)
        self.about_action = action(self.tr("&About DigitDesk"), self._show_about)

    def _build_menus(self):
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.open_action, self.save_action, self.save_as_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.bundled_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        training = bar.addMenu(self.tr("&Training"))
        for a in (self.start_action, self.pause_action, self.stop_action, self.step_action):
            training.addAction(a)
        training.addSeparator()
        training.addAction(self.reset_action)
        drawing = bar.addMenu(self.tr("&Drawing"))
        drawing.addAction(self.digit_panel.undo_action)
        drawing.addAction(self.digit_panel.clear_action)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.log_scale_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # ----------------------------------------------------------------- state display
    def _is_training(self):
        return self._worker is not None

    def _update_controls(self):
        training = self._is_training()
        paused = training and self._worker.is_paused()
        panel = self.training_panel
        for widget in (panel.start_button, self.start_action):
            widget.setEnabled(not training)
        for widget in (panel.pause_button, self.pause_action, panel.stop_button, self.stop_action):
            widget.setEnabled(training)
        for widget in (panel.step_button, self.step_action):
            widget.setEnabled(not training or paused)
        for widget in (panel.reset_button, self.reset_action, self.open_action,
                       self.save_action, self.save_as_action):
            widget.setEnabled(not training)
        if self._model is None:
            for widget in (self.save_action, self.save_as_action):
                widget.setEnabled(False)
        panel.show_paused(paused)
        self.pause_action.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        # Space starts when idle and pauses or resumes while training; the menu shows it on
        # whichever action it triggers now. (A line edit or spin box with the focus keeps
        # its Space: Qt asks the focused widget first, through a ShortcutOverride event.)
        space = QKeySequence(Qt.Key.Key_Space)
        self.start_action.setShortcut(QKeySequence() if training else space)
        self.pause_action.setShortcut(space if training else QKeySequence())
        panel.set_editable(not training)
        self._update_lab_controls(training)
        self.personal_view.set_training(training)

    def _update_title(self):
        name = Path(self._model_path).name if self._model_path else self.tr("untitled")
        if self._model is None:
            name = self.tr("no model")
        self.setWindowTitle(f"{name}[*] — DigitDesk")
        self.setWindowModified(self._unsaved)

    def _set_unsaved(self, unsaved):
        self._unsaved = unsaved
        self._update_title()

    def _show_model_info(self):
        model = self._model
        if model is None:
            self.model_info.setText(self.tr(
                "No model yet. Press <b>Start</b> to train one, or open a saved model "
                "(<b>Ctrl+O</b>, or drop a .npz file on the window)."))
            return
        config = model.config
        lines = [f"<b>{'-'.join(str(s) for s in config.layer_sizes)}</b> · {config.activation} · "
                 f"{config.head}"]
        facts = []
        history = model.history
        if model.info.get("test_accuracy") is not None:
            facts.append(self.tr("test accuracy <b>{0:.2f}%</b>").format(
                100 * model.info["test_accuracy"]))
        validation = history.get("val_accuracy") or [float("nan")]
        if validation[-1] == validation[-1]:  # not nan (nan: trained without a validation set)
            facts.append(self.tr("validation {0:.2f}%").format(100 * validation[-1]))
        if model.info.get("fine_tuned"):
            facts.append(self.tr("fine-tuned on {0} of your digits").format(
                model.info["fine_tuned"].get("personal_digits", "?")))
        epochs = len(history.get("epoch", []))
        if facts:
            lines.append(" · ".join(facts))
        file_facts = [self.tr("{0} epochs trained").format(epochs) if epochs
                      else self.tr("untrained (random weights)")]
        if self._model_path:
            file_facts.append(Path(self._model_path).name)
        if model.info.get("saved"):
            file_facts.append(self.tr("saved {0}").format(str(model.info["saved"])[:16].replace("T", " ")))
        if self._unsaved:
            file_facts.append(self.tr("<i>not saved</i>"))
        lines.append(" · ".join(file_facts))
        self.model_info.setText("<br>".join(lines))

    def _set_model(self, model, path=None, unsaved=False):
        """Make ``model`` the model in use."""
        self._model = model
        self._model_path = str(path) if path is not None else None
        self._set_unsaved(unsaved)
        self.digit_panel.set_model(model)
        self.inside_view.set_model(model)
        self.personal_view.set_model(model)
        self._show_model_info()
        self._update_controls()

    def model(self):
        """The model in use (``None`` before any is trained or opened)."""
        return self._model

    # ----------------------------------------------------------------- training
    def _form_config(self):
        """The form's settings, or None after telling the user why they cannot be used."""
        try:
            return self.training_panel.config()
        except ValueError as error:
            self._warn(self.tr("These settings cannot be used"), str(error))
            return None

    @Slot()
    def start_training(self, start_paused=False):
        """Train with the form's settings, going on from the current weights when the
        network's shape is unchanged, else from fresh weights."""
        if self._is_training():
            return
        config = self._form_config()
        if config is None:
            return
        current = self._model
        new_network = not (current is not None and same_network(current.config, config))
        if not new_network:
            # Go on from the current weights, with the form's training settings. The network
            # is built from the form (a bug-lab switch may have changed its layers), then
            # given the current weights.
            model = Model(config, history=copy.deepcopy(current.history))
            model.network.set_weights(current.network.weights())
        else:
            if not self._confirm_discard(self.tr("start a new network")):
                return
            model = Model(config)
            self.plots.clear()
            self._set_model(model.copy())
        self._run = {"epochs": config.epochs, "total": 0, "steps_per_epoch": 0,
                     "done": 0, "seconds": 0.0,
                     "last_epoch": len(model.history["epoch"]) + config.epochs}
        self.diagnostics_view.start_run(config, self._run["last_epoch"], new_network)
        worker = TrainingWorker(model, start_paused=start_paused,
                                data=None if self._data is None else self._data.as_worker_data())
        worker.reports.connect(self.diagnostics_view.add_reports)
        worker.status.connect(self._show_status)
        worker.started.connect(self._on_run_started)
        worker.batches.connect(self.plots.add_batches)
        worker.progress.connect(self._on_progress)
        worker.epochEnded.connect(self._on_epoch_ended)
        worker.snapshot.connect(self.digit_panel.set_model)
        worker.snapshot.connect(self.inside_view.show_snapshot)
        worker.epochEnded.connect(self.inside_view.epoch_ended)
        self.inside_view.set_training_data(None if self._data is None else self._data.as_worker_data())
        worker.failed.connect(self._on_training_failed)
        worker.trained.connect(self._on_trained)
        self._worker = worker
        self._thread = start_training_thread(worker)
        # The thread's own finished, not the worker's: only then has the thread really
        # ended, and only then may the last references to it be dropped.
        self._thread.finished.connect(self._on_run_finished)
        self.training_panel.show_idle(lambda: self.tr("Loading MNIST…"))
        self._update_controls()

    @Slot()
    def toggle_pause(self):
        if not self._is_training():
            return
        if self._worker.is_paused():
            self._worker.resume()
            self._show_status(self.tr("Training resumed."))
        else:
            self._worker.pause()
            self._show_status(self.tr("Paused. Space resumes; F10 trains one batch."))
        self._update_controls()
        self._show_progress()

    @Slot()
    def step_training(self):
        """Train one batch and pause (starting a paused run if none is running)."""
        if not self._is_training():
            self.start_training(start_paused=True)
            if not self._is_training():
                return
        self._worker.step_once()
        self._update_controls()

    @Slot()
    def stop_training(self, wait=False):
        """Ask the worker to stop after the current batch. With ``wait``, block until its
        thread has finished (at most ``STOP_TIMEOUT_MS``) and handle its last signals now,
        so that the trained model is the model in use when this returns."""
        if not self._is_training():
            return True
        worker, thread = self._worker, self._thread
        worker.stop()
        if not wait:
            self._show_status(self.tr("Stopping…"))
            return True
        finished = thread.wait(STOP_TIMEOUT_MS)
        # The worker's last signals (the trained model, finished) are queued for this
        # thread; deliver them now instead of at the next turn of the event loop.
        QCoreApplication.sendPostedEvents()
        if not finished:  # not expected: keep the thread object alive rather than crash
            _orphans.append((worker, thread))
            self._worker = self._thread = None
            self._update_controls()
        return finished

    @Slot()
    def reset_weights(self):
        if self._is_training():
            return
        config = self._form_config()
        if config is None:
            return
        if not self._confirm_discard(self.tr("reset the weights")):
            return
        self.plots.clear()
        self.diagnostics_view.clear()
        self._set_model(Model(config))
        self.training_panel.show_idle()
        self._show_status(self.tr("Fresh random weights: {0}.").format(config.describe()))

    @Slot(str)
    def _show_status(self, text):
        self.statusBar().showMessage(text)

    @Slot(int, int)
    def _on_run_started(self, total_steps, steps_per_epoch):
        self._run.update(total=total_steps, steps_per_epoch=steps_per_epoch)
        self.plots.prepare_run(self._run["last_epoch"], steps_per_epoch)
        self._show_progress()

    @Slot(int, int, float)
    def _on_progress(self, steps_done, total_steps, seconds):
        self._run.update(done=steps_done, total=total_steps, seconds=seconds)
        # A progress bar repaints at once when its value changes (~1 ms, holding the GIL the
        # training thread needs): 4 times a second is plenty, except for single steps.
        now = time.monotonic()
        paused = self._is_training() and self._worker.is_paused()
        if paused or steps_done >= total_steps or now - self._run.get("shown", 0.0) >= 0.25:
            self._run["shown"] = now
            self._show_progress()

    def _show_progress(self):
        run = self._run
        if not run.get("steps_per_epoch"):
            return
        paused = self._is_training() and self._worker.is_paused()
        self.training_panel.show_progress(run["done"], run["total"], run["steps_per_epoch"],
                                          run["epochs"], run["seconds"], paused)

    @Slot(object)
    def _on_epoch_ended(self, report):
        self.plots.add_epoch(report.epoch, report.val_loss, report.val_accuracy)
        if report.val_accuracy == report.val_accuracy:  # not nan: there is a validation set
            text = self.tr("Epoch {0}: validation accuracy {1:.2f}%, loss {2:.4f} "
                           "(training loss {3:.4f}, {4:.1f} s)").format(
                report.epoch, 100 * report.val_accuracy, report.val_loss, report.train_loss,
                report.seconds)
        else:
            text = self.tr("Epoch {0}: training loss {1:.4f} ({2:.1f} s)").format(
                report.epoch, report.train_loss, report.seconds)
        self._show_status(text)

    @Slot(str, bool)
    def _on_training_failed(self, message, diverged):
        title = self.tr("Training diverged") if diverged else self.tr("Training failed")
        if diverged:
            self.diagnostics_view.set_diverged(message)
        self._show_status(title)
        self._warn(title, message)

    @Slot(object)
    def _on_trained(self, model):
        self._set_model(model, self._model_path, unsaved=True)

    @Slot(object)
    def _on_fine_tuned(self, model):
        # The model in use, trained a little further: like the end of a training run.
        self._set_model(model, self._model_path, unsaved=True)

    @Slot()
    def _on_run_finished(self):
        run = self._run
        # thread.finished is sent just before the thread really ends; wait (microseconds)
        # until it has, so that dropping the last references cannot destroy a running
        # QThread.
        self._thread.wait()
        self._worker = self._thread = None
        self._update_controls()
        if run.get("total") and run.get("done", 0) >= run["total"]:
            self.training_panel.show_idle(
                lambda epochs=run["epochs"]: self.tr("Finished: {0} epochs").format(epochs))
            accuracy = self._model.info.get("test_accuracy") if self._model else None
            if accuracy is not None:
                count = self._model.info.get("test_images", 10000)
                self._show_status(self.tr("Training finished: {0:.2f}% of the {1:,} test "
                                          "images read correctly.").format(100 * accuracy, count))
        else:
            self.training_panel.show_idle(lambda: self.tr("Stopped"))
            if run.get("done"):
                self._show_status(self.tr("Training stopped; the weights learnt so far are kept."))

    def _warn(self, title, message):
        """A warning that does not block: training and the event loop go on behind it."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ----------------------------------------------------------------- model files
    def load_model(self, path):
        """Open the model file ``path`` and use it, as File > Open does, without dialogs.
        Raises ``ModelFileError`` (the model in use stays in use). Stops training first."""
        model = self._read_model(path)
        self._use_opened_model(model, path)
        return model

    def _read_model(self, path):
        """Read and check a model file before touching anything; ``ModelFileError`` also
        for a model the form cannot show (e.g. one trained with 5,000 epochs)."""
        model = load_model(path)
        try:
            self.training_panel.check_fits(model.config)
        except ValueError as error:
            raise ModelFileError(f"{Path(path).name}: {error}") from None
        return model

    def _use_opened_model(self, model, path):
        self.stop_training(wait=True)
        self.training_panel.set_config(model.config)  # first: it may refuse (ValueError)
        self.plots.set_history(model.history)
        self.diagnostics_view.clear()
        self._set_model(model, Path(path), unsaved=False)
        self.training_panel.show_idle()
        self._remember_folder(path)
        self._show_status(self.tr("Opened {0}: {1}").format(Path(path).name, model.describe()))

    def save_model(self, path):
        """Save the model in use to ``path`` (atomically), as File > Save As does, without
        dialogs. Raises ``OSError``, or ``RuntimeError`` when there is nothing to save."""
        if self._model is None:
            raise RuntimeError(self.tr("There is no model to save yet: train one first."))
        if self._is_training():
            raise RuntimeError(self.tr("Stop training before saving."))
        self._model.save(path)
        self._model_path = str(path)
        self._set_unsaved(False)
        self._remember_folder(path)
        self._show_model_info()
        self._show_status(self.tr("Saved {0}").format(path))

    def _open_interactive(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Model"), self._last_folder(),
                                              self.tr(MODEL_FILTER))
        if path:
            self.open_file(path)

    def open_file(self, path):
        """Open ``path`` with the dialogs a user expects (menu and drag-and-drop)."""
        try:
            model = self._read_model(path)
        except ModelFileError as error:
            self._show_status(self.tr("Could not open {0}").format(Path(path).name))
            QMessageBox.critical(self, self.tr("Cannot open the model"), str(error))
            return False
        if not self._confirm_discard(self.tr("open {0}").format(Path(path).name)):
            return False
        self._use_opened_model(model, path)
        return True

    def _save_interactive(self):
        """File > Save: to the model's file, or ask for one. ``True`` if saved."""
        if self._model_path:
            return self._save_to(self._model_path)
        return self._save_as_interactive()

    def _save_as_interactive(self):
        suggested = Path(self._last_folder()) / (Path(self._model_path).name if self._model_path
                                                 else "model.npz")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Model"), str(suggested),
                                              self.tr(MODEL_FILTER))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".npz"
        return self._save_to(path)

    def _save_to(self, path):
        try:
            self.save_model(path)
        except (OSError, RuntimeError) as error:
            QMessageBox.critical(self, self.tr("Cannot save the model"), str(error))
            return False
        return True

    def _confirm_discard(self, doing):
        """Before the model in use would be lost (``doing``, e.g. "open x.npz"): if it is
        trained and not saved, or still training, ask to save it. ``True``: go ahead."""
        if not (self._unsaved or self._is_training()) or not self.ask_before_discarding:
            return True
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Save the trained model?"),
            self.tr("The model you trained has not been saved. Save it before you {0}?").format(doing),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Cancel:
            return False
        self.stop_training(wait=True)  # the model trained so far becomes the model in use
        if answer == Button.Save:
            return self._save_interactive()
        return True

    # ----------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event):
        if self._dropped_model_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = self._dropped_model_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_model_path(event):
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".npz"):
            return urls[0].toLocalFile()
        return None

    # ----------------------------------------------------------------- settings, closing
    def _last_folder(self):
        return str(QSettings().value("files/lastFolder", str(Path.home())))

    def _remember_folder(self, path):
        QSettings().setValue("files/lastFolder", str(Path(path).resolve().parent))

    def _restore_settings(self):
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in (self.main_splitter, self.right_splitter):
            sizes = settings.value(f"window/{splitter.objectName()}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        text = settings.value("training/config")
        if text:
            try:
                self.training_panel.set_config(TrainConfig.from_dict(json.loads(text)))
            except (ValueError, TypeError):
                pass  # settings from another version: keep the defaults
        pen = settings.value("drawing/penWidth")
        if pen is not None:
            try:
                self.digit_panel.set_pen_width(int(pen))
            except (TypeError, ValueError):
                pass
        self.plots.set_log_scale(settings.value("plots/logScale", False) in (True, "true"))

    def _save_settings(self):
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for splitter in (self.main_splitter, self.right_splitter):
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        try:
            settings.setValue("training/config", json.dumps(self.training_panel.config().to_dict()))
        except ValueError:
            pass  # an invalid form is not worth remembering
        settings.setValue("drawing/penWidth", self.digit_panel.pen_width())
        settings.setValue("plots/logScale", self.plots.log_scale.isChecked())

    def closeEvent(self, event):
        if not self._confirm_discard(self.tr("close DigitDesk")):
            event.ignore()
            return
        self.stop_training(wait=True)
        self._jobs.stop_all()  # a gradient check or a data file being read: seconds at most
        self.personal_view.wait_for_fine_tuning()  # a few seconds at most
        self._save_settings()
        event.accept()

    def _show_about(self):
        QMessageBox.about(self, self.tr("About DigitDesk"), self.tr(
            "<h3>DigitDesk {0}</h3><p>Train a neural network written from scratch in NumPy "
            "on handwritten digits, watch it learn, and draw digits for it to read.</p>").format(
            __version__))


# Threads that did not stop in time (not expected). Kept referenced so that Python never
# destroys a running QThread, which would abort the process.
_orphans = []
