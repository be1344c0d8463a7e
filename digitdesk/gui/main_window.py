"""The main window: it lays out the training panel on the left, the views and the drawing
panel on the right, the menus and shortcuts, and holds the *model in use* (``model()``):
the one the drawing panel reads with and File > Save writes.

What the buttons and menus do lives in one controller per concern, which the window
composes:

* ``training``  (training_control.py): Start, Pause, Step, Stop, Reset weights;
* ``files``     (model_files.py): File > Open, Save, Save As, drag-and-drop;
* ``data_import`` (import_controller.py): File > Import Training Data, the Data tab;
* ``lab``       (lab_controller.py): Diagnostics fixes, the gradient check, the learners'
  questions, the form as it is edited;
* ``settings``  (settings.py): what is remembered between sessions;
* ``adaptation`` (adaptation.py): the model adapted to the user's handwriting (the guided
  flow "Teach it your handwriting", corrections, the badge, and restoring it at start).
"""

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QGroupBox, QLabel, QMainWindow, QMessageBox, QSplitter, QTabBar,
    QTabWidget, QToolButton, QVBoxLayout, QWidget)

from .. import __version__
from ..threads import limit_blas_threads
from .adaptation import Adaptation
from .background import BackgroundJobs
from .data_import import DataView
from .diagnostics_view import DiagnosticsView
from .fitting import WrappingStatusBar
from .digit_panel import DigitPanel
from .distributions_view import DistributionsView
from .gradcheck_view import GradCheckView
from .help import ReadmeDialog, ShortcutsDialog
from .import_controller import DataImport
from .inside_view import InsideView
from .lab_controller import LabController
from .lab_panel import ReplaysView
from .layer_map_view import LayerMapView
from .live_rates import LiveRates
from .maths_view import MathsView
from .language import (
    LANGUAGES, SYSTEM, choose_language, chosen_language, current_text, error_text, listed,
    system_language,
)
from .model_files import ModelFiles
from .numbers import follow_language, local
from .personal_view import PersonalView, personal_folder
from .plots import TrainingPlots, release_plots
from .resources import app_icon
from .runs_view import RunsView
from .settings import WindowSettings
from .training_control import TrainingControl
from .training_panel import TrainingPanel
from .wording import (
    batches_text, english_plural, network_words, not_worth_adapting, saved_time_text,
    trained_so_far, training_progress)

GIL_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


def space_key():
    """The Space key's name as the menus write it in the window's language ("Space",
    "Пробел", "空格"; Qt's own translation): the window handles Space itself, so the
    start and pause actions name it in their text, not as a shortcut."""
    return QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText)


LEFT_MARGIN = 6  # pixels between the window's left edge and the column of the form


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
        # The window's own arithmetic (reading the pad, explaining a digit, reading the
        # validation set) is small matrix products, which one BLAS thread does fastest; and
        # on 2 cores a 2-thread OpenBLAS collapses whenever another thread or program is
        # busy (one digit through a small CNN: 5 ms with one thread, 140 ms with two, on a
        # loaded machine). The training worker sets its own count while it trains.
        limit_blas_threads()
        self.ask_before_discarding = True
        self.closed = False  # set when the window has closed (see closeEvent)
        self._shown = False  # shown once (see showEvent)
        # the form's width is fit_form_to_contents's (not one the user dragged or restored)
        self._form_fitted = True
        self._status = None  # the status message as a function of the language, or None
        self._status_details = None  # its tooltip (show_status's details)
        self._model = None  # the model in use (see the module docstring)
        self._model_path = None  # the file it was opened from or saved to
        self._unsaved = False  # trained since it was last saved or opened
        self.jobs = BackgroundJobs(self)  # gradient checks, data files (off the GUI thread)

        self.setWindowIcon(app_icon())
        self.setStatusBar(WrappingStatusBar(self))  # a long (Russian) message on two lines
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._build_widgets()
        self.training = TrainingControl(self)
        self.files = ModelFiles(self)
        self.data_import = DataImport(self)
        self.lab = LabController(self)
        self.settings = WindowSettings(self)
        self.adaptation = Adaptation(self.digit_panel, self.personal_view, personal_folder(),
                                     self)
        self.adaptation.modelChosen.connect(self._use_adaptation_model)
        self.adaptation.status.connect(self.show_status)
        self.adaptation.busyChanged.connect(self.update_controls)
        self.digit_panel.teachRequested.connect(self.teach_handwriting)
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.lab.form_changed()
        unreadable = self.settings.restore()
        # a width the user left the form at when the app last closed is theirs
        self._form_fitted = not self.settings.form_width_chosen
        adaptation = self.adaptation.restore()
        if adaptation == "restored":
            self._show_config_of_model_in_use()
        self.show_model_info()
        self.update_controls()
        self._update_title()
        if unreadable:
            self.show_status(lambda: self.tr(
                "Some remembered settings could not be read and are back to their defaults: "
                "{0}.").format(listed(unreadable)))
        elif adaptation == "restored":  # "Choose settings and press Start" would ignore it
            self.show_status(lambda: self.tr(
                "Welcome back: the pad reads with the model adapted to your handwriting, as "
                "when you closed DigitDesk (Use the original switches back)."))
        elif not adaptation:  # (else the adaptation has said why it could not be restored)
            self.show_status(lambda: self.tr(
                "Ready. Choose settings and press Start (Space), or open a model (Ctrl+O)."))
        # The focus on Start, as the status bar says: the first Space (or Enter) starts
        # training, instead of opening the preset list, the first control in Tab order.
        self.training_panel.start_button.setFocus()

    # ----------------------------------------------------------------- construction
    def _build_widgets(self):
        self.training_panel = TrainingPanel()
        self.training_panel.widthFitted.connect(self._refit_form)
        self.training_panel.noticed.connect(self.show_status)
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
        self._info_box = info_box = QGroupBox()
        info_layout = QVBoxLayout(info_box)
        info_layout.addWidget(self.model_info)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        # A margin on the left for the whole column: the Model and While it trains boxes
        # touched the window's edge (Chinese titles lost a pixel of their first character);
        # the form, the boxes and the status bar now start on one line.
        left_layout.setContentsMargins(LEFT_MARGIN, 0, 0, 0)
        left_layout.addWidget(info_box)
        left_layout.addWidget(self.training_panel, 1)
        # The learning rate and momentum of a run in progress (applied at its next batch).
        self.live_rates = LiveRates()
        self.live_rates.ratesRequested.connect(self._change_rates)
        self.live_rates.noticed.connect(self.show_status)
        left_layout.addWidget(self.live_rates)

        self._drawing_box = drawing_box = QGroupBox()
        drawing_layout = QVBoxLayout(drawing_box)
        # (2 px above and below: a 1280 x 720 screen leaves the window 640 px, and the
        # Russian window needs 616 of them; see DigitPanel._place_note)
        drawing_layout.setContentsMargins(4, 2, 4, 2)
        drawing_layout.addWidget(self.digit_panel)
        # The views of a run, one tab each: the learning curves first; the views that look
        # inside the network are added with add_view().
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        # Seven tabs need about 780 pixels: narrower, arrows scroll them (on every style;
        # macOS's would otherwise squeeze and elide them).
        self.views.setUsesScrollButtons(True)
        # The arrows are for the mouse: the keyboard switches tabs with the arrow keys on
        # the tab bar, and a Tab stop on each arrow only lengthened the way to the view.
        for arrow in self.views.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views.setElideMode(Qt.TextElideMode.ElideNone)
        self._view_texts = {}  # tab widget -> (title, tip): functions that give them
        self.add_view(self.plots, lambda: self.tr("Learning curves"),
                      lambda: self.tr("Loss of every batch, validation loss and accuracy per epoch"))
        # Inside the network: first-layer weights, the drawn digit explained, the validation
        # set's confusion matrix and misread digits.
        self.inside_view = InsideView(self.digit_panel)
        self.add_view(self.inside_view, lambda: self.tr("Inside the network"),
                      lambda: self.tr("What the hidden units look for, how the network reads "
                                      "your digit, and which validation digits it gets wrong"))
        self._build_lab_views()
        # The maths of the drawn digit, layer by layer, and a diagram of a small network.
        self.distributions_view = DistributionsView()
        self.add_view(self.distributions_view, lambda: self.tr("Distributions"),
                      lambda: self.tr("Per layer, live: weights against the initial ones, the "
                              "activations entering it and its gradients"))
        # (data_import and personal_view exist by the time the map asks for them)
        self.layer_map_view = LayerMapView(
            self.digit_panel, self.jobs, data_in_use=lambda: self.data_import.data,
            personal_set=lambda: self.personal_view.personal_set())
        self.add_view(self.layer_map_view, lambda: self.tr("Layer map"),
                      lambda: self.tr("PCA of a hidden layer's activations over validation digits "
                              "of the data in use, with your digit (and your kept digits) "
                              "placed on it"))
        self.runs_view = RunsView(personal_folder())
        self.runs_view.status.connect(self.show_status)
        self.add_view(self.runs_view, lambda: self.tr("Compare runs"),
                      lambda: self.tr("Every training run, kept; tick runs to overlay their curves"))
        self.maths_view = MathsView(self.digit_panel)
        self.add_view(self.maths_view, lambda: self.tr("One digit's maths"),
                      lambda: self.tr("For the digit on the pad: z = Wx + b, activations, deltas and "
                              "dL/dW layer by layer, copyable as NumPy arrays"))
        # The digits kept with the drawing panel's "Keep as", and fine-tuning on them.
        self.personal_view = PersonalView(personal_folder(), jobs=self.jobs)
        self.add_view(self.personal_view, lambda: self.tr("My handwriting"),
                      lambda: self.tr("Your own kept digits, how the model reads them, and "
                                      "fine-tuning on them"))
        self.digit_panel.keepRequested.connect(self.personal_view.keep_drawing)
        # Kept with Keep as or a click under the bars, relabelled, deleted, brought back:
        # the layer map places the user's digits again.
        self.personal_view.digitsChanged.connect(self.layer_map_view.personal_changed)
        self.personal_view.status.connect(self.show_status)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.views)
        self.right_splitter.addWidget(drawing_box)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setSizes([500, 270])  # most of a short screen for the views
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        # (sent for the user's drags only)
        self.main_splitter.splitterMoved.connect(lambda *_: setattr(self, "_form_fitted", False))
        self.main_splitter.setSizes([self.form_width(), 900])
        for splitter in (self.main_splitter, self.right_splitter):
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

    def form_least_width(self):
        """The form as narrow as it reads well (its fields and labels whole, in the current
        language, with room for its scroll bar): the splitter stops there."""
        return self.main_splitter.widget(0).minimumSizeHint().width() + 12

    def form_width(self):
        """The form's width when every choice of its combo boxes reads whole too (else
        they end in "…"): every pixel more than its least width is taken from the views,
        which need about 690 to show the Inside tab's four columns side by side."""
        least = self.form_least_width()
        if not self._shown:  # not laid out yet: the combo boxes have no width
            return least
        # the combo boxes' widths as the splitter's position now gives them
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return max(least, self.main_splitter.sizes()[0] + self.training_panel.width_shortfall())

    def form_width_chosen(self):
        """Whether the form's width is one the user dragged the splitter to (kept, also
        at the next start), not ``fit_form_to_contents``'s."""
        return not self._form_fitted

    def fit_form_to_contents(self, keep_widened=False):
        """Fit the form to what it and the views need now, unless its width is the user's
        (they dragged the splitter, now or before the app last closed): then it is kept,
        no narrower than the form's least width (a form narrower than its fields cuts them
        off; the user chose to see some combo box choices end in "…" rather than give the
        views less room). At the first show a remembered width is also brought within the
        views' room: an earlier version left the form 380 px wide, which took from the
        views the room the Inside tab needs at 1024 px (it scrolled sideways until the
        splitter was dragged). With ``keep_widened`` (a language switch or a resize), the
        user's width is kept as it is."""
        need = self.form_width()
        form, views = self.main_splitter.sizes()
        total = form + views
        # what the form can have while the views keep the room their widest tab (the
        # Inside tab's four columns) needs: the views come first, the form scrolls (the
        # tab widget's own margins are between the splitter's pane and a tab; the tab
        # shown is the one laid out)
        margins = max(0, views - self.views.currentWidget().width())
        room = total - self.inside_view.readable_width() - margins
        # (the splitter's own floor: the form's least width, scroll bar included)
        least = self.main_splitter.widget(0).minimumSizeHint().width()
        target = max(least, min(need, room))
        if self._form_fitted:
            fitted = target
        elif keep_widened:
            fitted = form  # the user's width, wider or narrower (the splitter keeps its least)
        else:
            fitted = max(least, min(form, room))
        if fitted != form:
            self.main_splitter.setSizes([fitted, total - fitted])
        # ours, to fit again as the texts and the window change; a user's width is kept
        self._form_fitted = fitted == target

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._shown:  # the form as the new width allows, once the splitter has it
            QTimer.singleShot(0, lambda: self.fit_form_to_contents(keep_widened=True))

    def _refit_form(self):
        """The form's fields have their least width in new texts (a language switch:
        Russian labels are wider than English ones): fit the form again by the same rule
        as at the first show, once Qt's layouts have taken the new width in."""
        if self._shown:
            self.fit_form_to_contents(keep_widened=True)

    def add_view(self, widget, title, tip=""):
        """Add a tab to the views above the drawing panel; returns its index. ``title`` and
        ``tip``: texts, or functions that return them in the current language (called
        again when the language changes, so the tab follows it)."""
        self._view_texts[widget] = (title, tip)
        index = self.views.addTab(widget, "")
        self._name_view(index, title, tip)
        return index

    def _name_view(self, index, title, tip):
        self.views.setTabText(index, current_text(title))
        self.views.setTabToolTip(index, current_text(tip))

    def _build_lab_views(self):
        """The views that explain a run (diagnostics, gradient check), the learners'
        questions and the training data (``lab`` and ``data_import`` connect them)."""
        self.diagnostics_view = DiagnosticsView()
        self.add_view(self.diagnostics_view, lambda: self.tr("Diagnostics"), lambda: self.tr(
            "Per layer: gradient size, update-to-weight ratio, saturated and dead units; "
            "findings in plain words with a one-click fix"))
        self.gradcheck_view = GradCheckView()
        self.add_view(self.gradcheck_view, lambda: self.tr("Gradient check"), lambda: self.tr(
            "Backprop against numerical gradients, per weight tensor"))
        self.replays_view = ReplaysView()
        self.add_view(self.replays_view, lambda: self.tr("Learners' questions"), lambda: self.tr(
            "Four networks that failed silently, replayed, each with its fixed twin"))
        self.data_view = DataView()
        self.add_view(self.data_view, lambda: self.tr("Data"), lambda: self.tr(
            "The training data: images per digit and samples of the chosen digits"))

    def _build_actions(self):
        def action(slot, shortcut=None):
            a = QAction(self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)  # shortcuts work even when the menu bar is hidden
            return a

        self.open_action = action(self.files.open_interactive, QKeySequence.StandardKey.Open)
        self.save_action = action(self.files.save_interactive, QKeySequence.StandardKey.Save)
        self.save_as_action = action(self.files.save_as_interactive, QKeySequence("Ctrl+Shift+S"))
        # A greyed-out action ignores its shortcut: Ctrl+S with no model (or while
        # training) did nothing and said nothing. A shortcut of the window's own, on only
        # while Save is off, says why, as a polished app does; the menu item stays greyed.
        self.save_explainers = []
        for a in (self.save_action, self.save_as_action):
            explainer = QShortcut(a.shortcut(), self)
            explainer.setEnabled(False)
            explainer.activated.connect(self._explain_no_save)
            self.save_explainers.append(explainer)
        # The same for Ctrl+O while Open is greyed out (training or fine-tuning).
        self.open_explainer = QShortcut(self.open_action.shortcut(), self)
        self.open_explainer.setEnabled(False)
        self.open_explainer.activated.connect(self.explain_no_open)
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.start_action = action(self.training.start)
        self.pause_action = action(self.training.toggle_pause)
        self.stop_action = action(self.training.stop, QKeySequence("Ctrl+."))
        self.step_action = action(self.training.step, QKeySequence("F10"))
        self.reset_action = action(self.training.reset_weights, QKeySequence("Ctrl+R"))
        self.log_scale_action = QAction(self)
        self.log_scale_action.setCheckable(True)
        self.log_scale_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_scale_action.toggled.connect(self.plots.set_log_scale)
        self.plots.logScaleChanged.connect(self.log_scale_action.setChecked)
        self.addAction(self.log_scale_action)
        # The views from anywhere in the window, as a browser's tabs: QTabWidget's own
        # Ctrl+Tab worked only with the focus in the tab widget, never from the pad or
        # the form, where it mostly is.
        self.next_view_action = action(lambda: self._step_view(1))
        self.next_view_action.setShortcuts([QKeySequence("Ctrl+Tab"),
                                            QKeySequence("Ctrl+PgDown")])
        self.previous_view_action = action(lambda: self._step_view(-1))
        self.previous_view_action.setShortcuts([QKeySequence("Ctrl+Shift+Tab"),
                                                QKeySequence("Ctrl+PgUp")])
        self.about_action = action(self._show_about)
        self.readme_action = action(self.show_readme, QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = action(self.show_shortcuts, QKeySequence("Ctrl+/"))
        self.teach_action = action(self.teach_handwriting, QKeySequence("Ctrl+T"))
        # The same for Ctrl+T while Teach is greyed out (no model, an untrained one, or
        # training): teach_handwriting says why in the status bar; Ctrl+T said nothing.
        self.teach_explainer = QShortcut(self.teach_action.shortcut(), self)
        self.teach_explainer.setEnabled(False)
        self.teach_explainer.activated.connect(self.teach_handwriting)

        # View > Language: each language named in itself; the choice is kept in QSettings.
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for code, name in ((SYSTEM, ""), *LANGUAGES):
            a = QAction(name, self.language_actions)
            a.setCheckable(True)
            a.setData(code)
            a.setChecked(code == chosen_language())
        self.language_actions.triggered.connect(
            lambda a: self.set_language(a.data()))

        # The data actions belong to the data import; the File menu and tests find them here.
        self.import_action = self.data_import.import_action
        self.bundled_action = self.data_import.bundled_action

    def _build_menus(self):
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.files.recent_menu)
        for a in (self.save_action, self.save_as_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.bundled_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.training_menu = training = bar.addMenu("")
        for a in (self.start_action, self.pause_action, self.stop_action, self.step_action):
            training.addAction(a)
        training.addSeparator()
        training.addAction(self.reset_action)
        self.drawing_menu = drawing = bar.addMenu("")
        drawing.addAction(self.digit_panel.undo_action)
        drawing.addAction(self.digit_panel.clear_action)
        drawing.addSeparator()
        drawing.addAction(self.teach_action)
        self.view_menu = view = bar.addMenu("")
        view.addAction(self.log_scale_action)
        view.addAction(self.next_view_action)
        view.addAction(self.previous_view_action)
        self.language_menu = view.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.readme_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.teach_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    # ----------------------------------------------------------------- language
    def set_language(self, choice):
        """View > Language: switch to ``choice`` (a code of ``LANGUAGES``, or ``SYSTEM`` to
        follow the system) now, and remember it. Qt then sends every widget a
        ``LanguageChange`` event and each sets its texts again (``retranslate``)."""
        choose_language(choice)
        for a in self.language_actions.actions():
            a.setChecked(a.data() == choice)

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_tab_scroll_buttons(self):
        """The arrows a tab bar shows when its tabs do not fit: Qt names them ("Scroll
        Left") once, when the bar is made, and never again, so after View > Language they
        kept the old language for a screen reader. Named here on every change."""
        for bar in self.findChildren(QTabBar):
            for name, text in (("ScrollLeftButton", self.tr("Scroll the tabs left")),
                               ("ScrollRightButton", self.tr("Scroll the tabs right"))):
                button = bar.findChild(QToolButton, name)
                if button is not None:  # Qt's own object names for them
                    button.setAccessibleName(text)
                    button.setToolTip(text)

    def retranslate(self):
        """The window's own texts (menus, actions, tabs, titles) in the current language;
        the views and panels retranslate themselves on the same event."""
        # Numbers as the language writes them, in every spin box of the window (a child
        # follows its parent's locale): 60,000 and 0.9 in English, 60 000 and 0,9 in Russian;
        # and Qt's default, which writes the counts of the %Ln messages.
        self.setLocale(follow_language())
        self.model_info.setAccessibleName(self.tr("Model in use"))
        self.model_info.setToolTip(self.tr("The model the drawing panel reads with, and the "
                                           "one File > Save writes."))
        self._info_box.setTitle(self.tr("Model"))
        self._drawing_box.setTitle(self.tr("Draw a digit"))
        self.views.setAccessibleName(self.tr("Views of the training"))
        self._name_tab_scroll_buttons()
        for widget, (title, tip) in self._view_texts.items():
            index = self.views.indexOf(widget)
            if index >= 0:
                self._name_view(index, title, tip)
        for a, text, tip in (
                (self.open_action, self.tr("&Open Model…"), self.tr("Open a saved model (.npz)")),
                (self.save_action, self.tr("&Save Model"), self.tr("Save the model in use")),
                (self.save_as_action, self.tr("Save Model &As…"),
                 self.tr("Save the model in use to a new file")),
                (self.quit_action, self.tr("&Quit"), self.tr("Close DigitDesk")),
                # Space is handled by keyPressEvent (only where the focused widget has no
                # use for it); "\t" shows it in the menu's shortcut column.
                (self.start_action, self.tr("&Start Training") + "\t" + space_key(),
                 self.tr("Train with the settings in the form")),
                (self.pause_action, self.tr("&Pause"), self.tr("Pause or resume training")),
                (self.stop_action, self.tr("S&top Training"),
                 self.tr("Stop training and keep the weights learnt so far")),
                (self.step_action, self.tr("Train One &Batch"),
                 self.tr("Train exactly one batch, then pause")),
                (self.reset_action, self.tr("&Reset Weights"),
                 self.tr("Start again from fresh random weights")),
                (self.readme_action, self.tr("&Read Me"),
                 self.tr("How DigitDesk works, its options and its figures")),
                (self.shortcuts_action, self.tr("&Keyboard Shortcuts"),
                 self.tr("Every keyboard shortcut")),
                (self.teach_action, self.tr("&Teach It Your Handwriting…"),
                 self.tr("Draw each digit twice; the model then learns your style")),
                (self.about_action, self.tr("&About DigitDesk"), "")):
            a.setText(text)
            a.setStatusTip(tip)
            a.setToolTip(tip or text.replace("&", "").rstrip("…"))
        self.log_scale_action.setText(self.tr("Logarithmic Loss &Axis"))
        self.next_view_action.setText(self.tr("&Next View"))
        self.previous_view_action.setText(self.tr("&Previous View"))
        for menu, title in ((self.file_menu, self.tr("&File")),
                            (self.files.recent_menu, self.tr("Open &Recent")),
                            (self.training_menu, self.tr("&Training")),
                            (self.drawing_menu, self.tr("&Drawing")),
                            (self.view_menu, self.tr("&View")),
                            (self.language_menu, self.tr("&Language")),
                            (self.help_menu, self.tr("&Help"))):
            menu.setTitle(title)
        for a in self.language_actions.actions():
            if a.data() == SYSTEM:
                a.setText(self.tr("&System Language ({0})").format(
                    dict(LANGUAGES)[system_language()]))
        self.data_import.retranslate()
        if self._status is not None \
                and self.statusBar().currentMessage():  # not wiped or replaced meanwhile
            self.statusBar().showMessage(self._status(), 0,
                                         current_text(self._status_details) or "")
        else:
            self.statusBar().clearMessage()  # it was in the language before
        self.show_model_info()
        self._update_title()
        self.update_controls()  # Pause or Resume

    # ----------------------------------------------------------------- the model in use
    def model(self):
        """The model in use (``None`` before any is trained or opened)."""
        return self._model

    def model_path(self):
        """The file the model in use was opened from or saved to, or None."""
        return self._model_path

    def is_unsaved(self):
        """True if the model in use was trained since it was last saved or opened."""
        return self._unsaved

    def set_model(self, model, path=None, unsaved=False):
        """Make ``model`` the model in use."""
        self._model = model
        self._model_path = str(path) if path is not None else None
        self._set_unsaved(unsaved)
        self.digit_panel.set_model(model)
        self.inside_view.set_model(model)
        self.distributions_view.set_model(model)
        self.personal_view.set_model(model)
        self.adaptation.model_in_use(model, path)
        self.show_model_info()
        self.update_controls()

    @Slot()
    def teach_handwriting(self):
        """Open the guided flow "Teach it your handwriting" (Ctrl+T)."""
        if self.is_training() or self.adaptation.base() is None:
            self.show_status(lambda: self.tr("Train or open a model first (and let training finish), "
                                     "then teach it your handwriting."))
            return None
        refusal = not_worth_adapting(self.adaptation.base())
        if refusal is not None:  # (the menu item is off; a script or test may still ask)
            self.show_status(refusal)
            return None
        return self.adaptation.teach(self)

    @Slot(object)
    def _use_adaptation_model(self, model):
        # The adapted model (kept in the data folder, so nothing is lost unsaved: File >
        # Save writes it to a file of the user's) or the original, each with the file it
        # came from or was saved to (none for an adapted model never saved: "untitled").
        path = (self.adaptation.original_path() if model is self.adaptation.original()
                else self.adaptation.adapted_path())
        self.set_model(model, path, unsaved=False)

    def _show_config_of_model_in_use(self):
        """The form shows the settings of the model in use, as File > Open does: restored
        at start-up, the adapted model read the pad while the form showed the settings
        remembered from the last session (a Quick MLP beside a convolutional network).
        Its learning curves too (the Model box said "1 epoch trained" over empty plots)."""
        try:
            self.training_panel.set_config(self._model.config)
        except ValueError:  # a value the form cannot show: it keeps the remembered ones
            pass
        self.plots.set_history(self._model.history)

    def set_model_path(self, path):
        """The model in use was just saved to ``path``."""
        self._model_path = str(path)
        self.adaptation.saved_as(self._model, path)
        self._set_unsaved(False)
        self.show_model_info()

    def _set_unsaved(self, unsaved):
        self._unsaved = unsaved
        self._update_title()

    def _update_title(self):
        name = Path(self._model_path).name if self._model_path else self.tr("untitled")
        if self._model is None:
            name = self.tr("no model")
        self.setWindowTitle(f"{name}[*] — DigitDesk")
        self.setWindowModified(self._unsaved)

    def show_model_info(self):
        """The Model box: the model in use, how far it has trained (or that it is training
        now), what it measured and whether it is saved."""
        model = self._model
        if model is None:
            self.model_info.setText(self.tr(
                "No model yet. Press <b>Start</b> to train one, or open a saved model "
                "(<b>Ctrl+O</b>, or drop a .npz file on the window)."))
            return
        config = model.config
        # In the form's own words (ReLU · Softmax + cross-entropy), not the code's.
        network, *kinds = network_words(config)
        lines = [" · ".join([f"<b>{html.escape(network)}</b>", *map(html.escape, kinds)])]
        facts = []
        history = model.history
        if model.info.get("test_accuracy") is not None:
            facts.append(self.tr("test accuracy <b>{0:.2f}%</b>").format(
                local(100 * model.info["test_accuracy"])))
        validation = history.get("val_accuracy") or [float("nan")]
        if validation[-1] == validation[-1]:  # not nan (nan: trained without a validation set)
            epochs, progress, _ = training_progress(history)
            if model.info.get("fine_tuned"):
                # the history's figure is the base model's: the fine-tune measured none
                facts.append(self.tr("validation {0:.2f}% before the fine-tune").format(
                    local(100 * validation[-1])))
            elif progress - epochs > 1e-9:  # stopped within an epoch: measured before that
                facts.append(self.tr("validation {0:.2f}% (epoch {1})").format(
                    local(100 * validation[-1]), epochs))
            else:
                facts.append(self.tr("validation {0:.2f}%").format(local(100 * validation[-1])))
        if model.info.get("fine_tuned"):
            digits = model.info["fine_tuned"].get("personal_digits")
            if isinstance(digits, int):
                facts.append(english_plural(self.tr("fine-tuned on %Ln of your digits", "",
                                                    digits), digits))
            else:  # (a file that did not say how many)
                facts.append(self.tr("fine-tuned on your digits"))
        if facts:
            lines.append(" · ".join(facts))
        waiting = self.training.waiting_network()
        if waiting is not None:  # (a fresh run paused before its first batch, or loading)
            file_facts = [self.tr("<i>a new network ({0}) waits to train</i>").format(
                waiting.config.architecture_text())]
        elif self.training.is_paused():  # ("training now" while paused: the box lied)
            file_facts = [self.tr("<i>paused: {0} in this run</i>").format(
                batches_text(self.training.batches_done()))]
        elif self.training.is_training():
            file_facts = [self.tr("<i>training now: {0} in this run</i>").format(
                batches_text(self.training.batches_done()))]
        else:
            file_facts = [trained_so_far(history)]
        if self._model_path:
            file_facts.append(Path(self._model_path).name)
        if self._unsaved:
            file_facts.append(self.tr("<i>not saved</i>"))
        elif saved_time_text(model.info.get("saved")):
            file_facts.append(self.tr("saved {0}").format(saved_time_text(model.info["saved"])))
        lines.append(" · ".join(file_facts))
        self.model_info.setText("<br>".join(lines))

    # ----------------------------------------------------------------- for the controllers
    def is_training(self):
        return self.training.is_training()

    def update_controls(self):
        """Enable what can be done now and show it: idle, training, paused, stopping,
        fine-tuning."""
        training = self.training.is_training()
        paused = self.training.is_paused()
        stopping = self.training.stopping
        # Fine-tuning delivers the model in use in a few seconds: nothing may replace it
        # meanwhile, or its result would be dropped.
        tuning = self.adaptation.is_busy()
        panel = self.training_panel
        run_buttons = (panel.start_button, panel.pause_button, panel.stop_button)
        focus_before = self.focusWidget()
        on_a_run_button = focus_before in run_buttons
        for widget in (panel.start_button, self.start_action, panel.reset_button,
                       self.reset_action):
            widget.setEnabled(not training and not tuning)
        # Open Recent with Open: picking a recent file while training asked to save a
        # model still training, then stopped the run without a word.
        for widget in (self.open_action, self.files.recent_menu.menuAction()):
            widget.setEnabled(self.may_open())
        self.open_explainer.setEnabled(not self.may_open())
        for widget in (panel.pause_button, self.pause_action):
            widget.setEnabled(training and not stopping)
        for widget in (panel.stop_button, self.stop_action):
            widget.setEnabled(training)
        for widget in (panel.step_button, self.step_action):
            # after Stop, the worker ends with its current batch: a Step would be lost
            widget.setEnabled((not training and not tuning) or (paused and not stopping))
        for widget in (self.save_action, self.save_as_action):
            widget.setEnabled(not training and self._model is not None)
        for explainer in self.save_explainers:
            explainer.setEnabled(not self.save_action.isEnabled())
        panel.start_button.setToolTip(
            self.tr("Wait until fine-tuning has finished: it delivers the model in use in a "
                    "few seconds.") if tuning else panel.start_tip)
        focus = self.focusWidget()
        if on_a_run_button and (focus not in run_buttons or not focus.isEnabled()):
            # The focused button went off (Start as a run starts, Pause and Stop as it
            # ends): the focus goes to the one that takes over, as a keyboard user
            # expects, not on to the views' tab bar, next in Tab order.
            for button in (panel.pause_button, panel.start_button):
                if button.isEnabled():
                    button.setFocus()
                    break
        panel.show_paused(paused)
        self.pause_action.setText((self.tr("&Resume") if paused else self.tr("&Pause"))
                                  + "\t" + space_key())
        panel.set_editable(not training)
        if training and not self.live_rates.isEnabled():  # a run starts: its own values
            self.live_rates.show_rates_of(self.training.run["config"])
        self.live_rates.setEnabled(training and not stopping)
        self.lab.update_controls(training)
        self.data_import.update_actions(training)
        self.personal_view.set_training(training)
        base = self.adaptation.base()
        # a model that reads at chance (a learner's bug, a diverged run) or untrained:
        # nothing to adapt (while training, the weights are changing: nothing to say)
        refusal = None if base is None or training else not_worth_adapting(base)
        can_teach = not training and base is not None and refusal is None
        self.teach_action.setEnabled(can_teach)
        self.teach_explainer.setEnabled(not can_teach)
        self.digit_panel.set_can_teach(can_teach, refusal)
        self.personal_view.set_teach_keys(self.teach_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText) if can_teach else None)
        self.adaptation.set_training(training)
        self._keep_focus(focus_before)

    def _change_rates(self, learning_rate, momentum):
        worker = self.training.worker
        if worker is None:
            return
        worker.change_rates(learning_rate, momentum)
        self.show_status(lambda: self.tr("Learning rate {0:g} and momentum {1:g} from the next "
                                         "batch.").format(local(learning_rate), local(momentum)))

    def keyPressEvent(self, event):
        """Space starts training, or pauses and resumes it. It reaches the window only when
        the widget with the focus has no use for it (a button presses itself, a check box
        toggles, a combo box opens, a text field types a space): the pad, or nothing (the
        plots take no focus). Return and Enter press the focused button, as Space does."""
        key, focused = event.key(), self.focusWidget()
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
            action = self.pause_action if self.training.is_training() else self.start_action
            if action.isEnabled():
                action.trigger()
            event.accept()
            return
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton)
                and focused.isEnabled() and focused.isVisible()):
            focused.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    def _step_view(self, step):
        """Show the next view (``step`` 1) or the one before (-1), round the end."""
        self.views.setCurrentIndex((self.views.currentIndex() + step) % self.views.count())

    def _keep_focus(self, before):
        """A field of the form had the focus when a run started (Training > Start, or
        Space): the form is locked, and Qt leaves the focus nowhere, so that Tab started
        again from the first control and Space reached nothing. It goes to Pause, the
        button that now acts."""
        panel = self.training_panel
        if before is None or before in (panel.start_button, panel.pause_button, panel.stop_button):
            return  # (the run buttons: see update_controls)
        if self.focusWidget() is None or not self.focusWidget().isEnabled():
            for button in (panel.pause_button, panel.start_button):
                if button.isEnabled():
                    button.setFocus()
                    break

    def config_or_warn(self):
        """The form's settings, or None after telling the user why they cannot be used
        (for a button the user pressed; while editing, ``lab.form_config`` stays silent)."""
        try:
            return self.training_panel.config()
        except ValueError as error:
            self.warn(self.tr("These settings cannot be used"), error_text(error))
            return None

    def confirm_discard(self, doing):
        return self.files.confirm_discard(doing)

    def may_open(self):
        """Whether a model may be opened now: not while training, nor while fine-tuning
        (it delivers the model in use in a few seconds; an open would drop it)."""
        return not self.training.is_training() and not self.adaptation.is_busy()

    @Slot()
    def explain_no_open(self):
        """Ctrl+O (or a model dropped on the window) while Open is greyed out: say why in
        the status bar."""
        if self.is_training():
            self.show_status(lambda: self.tr("Stop training before opening a model."))
        else:
            self.show_status(lambda: self.tr("Wait until fine-tuning has finished before "
                                             "opening a model."))

    @Slot()
    def _explain_no_save(self):
        """Ctrl+S (or Ctrl+Shift+S) while Save is greyed out: say why in the status bar."""
        if self.is_training():
            self.show_status(lambda: self.tr("Stop training before saving."))
        else:
            self.show_status(lambda: self.tr("There is no model to save yet: train one first."))

    @Slot(object)
    def show_status(self, text, details=None):
        """Show ``text`` in the status bar: a text, or a function that gives it in the
        current language (said again when the language changes; a plain text, already
        in the old language, is wiped then). ``details`` (the same kinds): the whole
        explanation behind a short ``text``, shown as its tooltip; a line too long for the
        bar would push the window's content up or be cut off."""
        self._status = text if callable(text) else None
        self._status_details = details
        self.statusBar().showMessage(current_text(text), 0, current_text(details) or "")

    def warn(self, title, message):
        """A warning that does not block: training and the event loop go on behind it."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ----------------------------------------------------------------- for tests and scripts
    def start_training(self, start_paused=False):
        self.training.start(start_paused)

    def stop_training(self, wait=False):
        return self.training.stop(wait)

    def reset_weights(self, keep_findings=False):
        self.training.reset_weights(keep_findings)

    def load_model(self, path):
        """Open the model file ``path`` and use it, as File > Open does, without dialogs.
        Raises ``ModelFileError`` (the model in use stays in use). Stops training first."""
        return self.files.load(path)

    def save_model(self, path):
        """Save the model in use to ``path`` (atomically), as File > Save As does, without
        dialogs. Raises ``OSError``, or ``RuntimeError`` when there is nothing to save."""
        self.files.save(path)

    def open_file(self, path):
        """Open ``path`` with the dialogs a user expects (menu and drag-and-drop)."""
        return self.files.open_file(path)

    def training_data(self):
        """The imported ``TrainingData`` training uses, or ``None`` for the bundled MNIST."""
        return self.data_import.data

    def import_training_data(self, paths):
        """File > Import Training Data without its dialogs; returns the job reading it."""
        return self.data_import.import_training_data(paths)

    # ----------------------------------------------------------------- drag and drop, closing
    # A model (.npz) dropped on the window is opened; a Kaggle train.csv is imported, as
    # File > Import Training Data does (a newcomer drops their data where models go).
    # Any other drop of files is taken too, and answered in the status bar: refusing the
    # drag left a learner who dropped a photo of a digit, or two files, with no word.
    def dragEnterEvent(self, event):
        if ModelFiles.dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = ModelFiles.dropped_paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        if len(paths) > 1:
            count = len(paths)
            self.show_status(lambda: english_plural(self.tr(
                "Dropped %Ln file(s): digitdesk opens one file at a time, a model (.npz) "
                "or a CSV of digits", "", count), count), self._drop_details)
            return
        path = paths[0]
        suffix = Path(path).suffix.lower()
        if suffix == ".npz":
            self.files.open_file(path)
        elif suffix == ".csv":
            self._import_dropped(path)
        else:
            name = Path(path).name
            self.show_status(lambda: self.tr("Cannot open {0}: digitdesk opens models (.npz) "
                                             "and tables of digits (.csv)").format(name),
                             self._drop_details)

    def _drop_details(self):
        """What a drop it cannot open is told besides (the status bar's tooltip)."""
        return self.tr("A model: a .npz file saved by digitdesk. Digits: Kaggle's train.csv "
                       "(a label, then 784 pixels, a row per digit). For MNIST's own files, "
                       "a pair of IDX files or their folder, use File > Import Training Data.")

    def _import_dropped(self, path):
        if not self.import_action.isEnabled():  # training, or data being read
            self.show_status(lambda: self.tr("Cannot import {0} now: stop training (or wait "
                                             "for the data being read) first.").format(
                Path(path).name))
            return
        self.import_training_data([path])

    def showEvent(self, event):
        super().showEvent(event)
        if not self._shown:  # the splitters have their restored sizes only once shown
            self._shown = True
            QTimer.singleShot(0, self.fit_form_to_contents)

    def closeEvent(self, event):
        if not self.confirm_discard(self.tr("close DigitDesk")):
            event.ignore()
            return
        self.training.stop(wait=True)
        self.runs_view.finish_writing()  # the run just kept reaches the disk
        self.jobs.stop_all()  # a gradient check or a data file being read: seconds at most
        self.adaptation.stop()  # a fine-tune stops at its next batch
        self.inside_view.evaluator.shut_down()  # a validation reading: no job outlives the window
        self.settings.save()
        release_plots(self)
        self.closed = True  # a click still on its way (Enter's animateClick) starts nothing
        event.accept()

    def show_shortcuts(self):
        """Help > Keyboard Shortcuts; returns the (non-modal) dialog."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_readme(self):
        """Help > Read Me: the README that came with the app; returns the dialog."""
        dialog = ReadmeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_about(self):
        QMessageBox.about(self, self.tr("About DigitDesk"), self.tr(
            "<h3>DigitDesk {0}</h3><p>Train a neural network written from scratch in NumPy "
            "on handwritten digits, watch it learn, and draw digits for it to read.</p>").format(
            __version__))
