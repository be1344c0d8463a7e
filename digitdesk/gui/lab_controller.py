"""The lab: the views that explain a run and what their buttons do.

Diagnostics (a finding's one-click fix), the gradient check (run off the GUI thread), the
learners' questions (load a replay or its fixed twin; time a numerical step), and the
form's settings shown to the Diagnostics and Data tabs as they are edited.
"""

from PySide6.QtCore import QObject, Slot

from ..engine import Model
from ..engine.findings import apply_fix
from ..engine.trainer import train_val_split_sizes
from ..engine.gradcheck import check_batch
from .gradcheck_view import run_checks
from .language import error_text, listed, spaced_format
from .numbers import count, local
from .training_control import fresh_weights_reason
from .wording import duration_text, english_plural

# Learner 001 trained for 1,000 steps: the step cost says what that many take both ways.
QUESTION_001_STEPS = 1000


class LabController(QObject):
    """Connects the Diagnostics, Gradient check, Learners' questions and Data tabs."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.checking = False  # a gradient check is running
        window.diagnostics_view.fixRequested.connect(self.apply_finding_fix)
        window.gradcheck_view.checkRequested.connect(self.run_gradient_check)
        window.replays_view.loadRequested.connect(self._load_replay)
        window.replays_view.stepCostRequested.connect(self._run_step_cost)
        window.training_panel.configChanged.connect(self.form_changed)

    def update_controls(self, training):
        window = self.window
        window.replays_view.set_editable(not training)
        window.gradcheck_view.set_enabled(not training and not self.checking)

    # --- the form, as it is edited ----------------------------------------------------------
    def form_config(self):
        """The form's settings, or None while they cannot be used (silent: the user is
        still typing; Start says why)."""
        try:
            return self.window.training_panel.config()
        except ValueError:
            return None

    @Slot()
    def form_changed(self):
        config = self.form_config()
        window = self.window
        window.diagnostics_view.set_form_config(config, self._training_rows(config))
        window.data_view.set_config(config)
        if config is not None and not window.is_training():
            window.live_rates.show_rates_of(config)  # what the next run starts with

    def _training_rows(self, config):
        """How many rows a run of ``config`` would train on with the data in use, or None
        (no valid form, or sizes that do not fit the data: training will say why)."""
        if config is None:
            return None
        try:
            return train_val_split_sizes(config, self.window.data_import.available_rows(config.digits))[0]
        except ValueError:
            return None

    # --- Diagnostics and the learners' questions ------------------------------------------
    @Slot(object)
    def apply_finding_fix(self, finding):
        """A finding's fix button: put its fix into the form. A run in progress stops first
        (its settings cannot change). A new initialisation only acts on fresh weights, so
        then the weights are reset too."""
        window = self.window
        window.stop_training(wait=True)
        try:
            config = apply_fix(window.training_panel.config(), finding)
        except ValueError as error:
            window.warn(self.tr("This fix cannot be applied"), error_text(error))
            return
        window.training_panel.set_config(config)
        changes = listed(f"{name} {value}" for name, value in finding.fix.items())
        if "init" in finding.fix:
            window.reset_weights(keep_findings=True)  # its card says "Fix applied"
        window.show_status(lambda: self.tr("Fix applied to the form ({0}). Press Start to see it work.")
                           .format(changes))

    @Slot(object, str)
    def _load_replay(self, config, what):
        self.window.training_panel.set_config(config)
        self.window.show_status(lambda: self.tr("Loaded {0} into the form. Press Start, then watch the "
                                        "Diagnostics tab.").format(what))

    # --- the gradient check ------------------------------------------------------------------
    def _model_for_check(self, config):
        """The network in the form with the weights Start would train it from: the current
        ones when a run would go on from them, else fresh ones (a fixed twin is not checked
        on the learner's broken weights)."""
        model = Model(config)
        current = self.window.model()
        if current is not None and fresh_weights_reason(current.config, config) is None:
            model.network.set_weights(current.network.weights())
        return model

    @Slot()
    def run_gradient_check(self):
        """Check backprop for the form's network on a few training images, on a background
        thread; the table shows the result. Returns the job (``None`` if not started)."""
        window = self.window
        if window.is_training() or self.checking:
            return None
        config = window.config_or_warn()
        if config is None:
            return None
        model = self._model_for_check(config)
        labelled_images = self._labelled_images_now()

        def check(progress):
            return run_checks(model, *check_batch(config, *labelled_images()))

        self.checking = True
        window.gradcheck_view.show_running(config)
        window.update_controls()
        return window.jobs.start(check, self._on_gradient_check_done,
                                 self._on_gradient_check_failed)

    def _labelled_images_now(self):
        """A function for a background thread giving the training data chosen now (a data
        import finishing meanwhile does not change what a running job reads)."""
        data_import = self.window.data_import
        data = data_import.data
        if data is not None:
            return lambda: (data.x, data.y)
        return data_import.labelled_images

    def _on_gradient_check_done(self, report):
        self.checking = False
        window = self.window
        window.gradcheck_view.show_report(report)
        window.update_controls()

        def result():
            failing = [r.name for r in report.gradients if r.status == "fail"]
            if report.update.status == "fail":
                failing.append(self.tr("update direction"))
            if failing:
                # (spaced: "在 W1、更新方向上失败", its last name Chinese, not "… 更新方向 上")
                return spaced_format(self.tr("fails on {0}"), listed(failing))
            unchecked = [r.name for r in report.gradients if r.status == "unchecked"]
            if unchecked:  # no failure, but no word on these either: say so, not "look"
                return self.tr("could not check {0} (most weights could not be "
                               "compared)").format(listed(unchecked))
            if all(r.status == "pass" for r in report.gradients) and report.update.passed:
                return self.tr("passes")
            return self.tr("no failure, but look at the table")
        window.show_status(lambda: self.tr("Gradient check: {0}.").format(result()))

    def _on_gradient_check_failed(self, message):
        self.checking = False
        self.window.gradcheck_view.show_failure(message)
        self.window.update_controls()

    # --- question 001: numerical against backprop gradients -----------------------------------
    @Slot(object)
    def _run_step_cost(self, config):
        """Time one backprop step against one numerical-gradient step (learner 001)."""
        from ..engine.replays import numerical_step_cost
        labelled_images = self._labelled_images_now()

        def measure(progress):
            images, labels = check_batch(config, *labelled_images(), size=config.batch_size or 100)
            return numerical_step_cost(config, images, labels)

        replays_view = self.window.replays_view
        replays_view.show_step_cost(self.tr("Timing one step both ways…"))
        self.window.jobs.start(measure, self._on_step_cost_done, replays_view.show_step_cost)

    def _on_step_cost_done(self, cost):
        self.window.replays_view.show_step_cost(lambda: self._step_cost_text(cost))

    def _step_cost_text(self, cost):
        label = self.tr("extrapolated from {0} of {1} parameters") if cost.extrapolated \
            else self.tr("measured on all {0} of {1} parameters")
        # The counts go through %Ln (Qt's plural forms: "1 minute", "1 000 шагов"), each
        # in its own message, as a message has one count.
        steps = english_plural(self.tr("%Ln step(s): {0:.1f} s against {1}.", "",
                                       QUESTION_001_STEPS), QUESTION_001_STEPS).format(
            local(cost.backprop_seconds * QUESTION_001_STEPS),
            duration_text(cost.numerical_seconds * QUESTION_001_STEPS))
        return self.tr(
            "<b>One step on a batch of {0}:</b> backprop {1:.2f} ms; numerical gradients "
            "{2} s ({3}): about <b>{4} times slower</b>. {5}").format(
            count(cost.batch_size), local(cost.backprop_seconds * 1000),
            format(local(cost.numerical_seconds), ",.1f"),  # 1,100.8 s; 1 100,8 с
            label.format(count(cost.coordinates_measured), count(cost.parameters)),
            count(round(cost.ratio)), steps)
