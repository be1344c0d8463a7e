"""Compare runs: every training run is kept in the run list (the app's data folder, the last
``MAX_RUNS``); tick runs to overlay their learning curves or their per-layer diagnostics
(gradient size, update-to-weight ratio, stuck units), each run in its own colour, with a
legend naming what differs between them (``engine.runs``).

A run that goes on from the current weights stays one run (its record grows); a learner's
question and its fixed twin, run one after the other, are ticked together.
"""

import html
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import TrainConfig
from ..engine.runs import MAX_RUNS, DiagnosticsHistory, RunList, run_record
from .axes import keep_label_readable, plain_axes, scrolling_plots
from .diagnostics_view import FLOOR, metric_plot
from .focus import stop_while_filled
from .language import Retranslatable, phrase_text
from .layer_map_view import DIGIT_COLOURS
from .numbers import local, number_locale
from .undo import UndoControls
from .wording import config_summary, run_differences

CURVES, DIAGNOSTICS = 0, 1  # the two pages of plots


def _values(series, floor=None):
    """A stored series as floats (NaN for a missing value), at least ``floor`` if given
    (a log axis cannot show 0)."""
    values = np.array([np.nan if v is None else v for v in series], dtype=float)
    return values if floor is None else np.maximum(values, floor)


# The least height of a plot's curves (pixels), below which the pages scroll: four or five
# ticks a line of text apart.
LEAST_CURVES_HEIGHT = 80

# A space that is not after a separator: a legend keeps what it joins on one line.
_BREAK_AFTER_SEPARATOR = re.compile(r"(?<![,:;]) ")
# Between two characters, one of them Chinese, not after a separator: Qt breaks a line
# between any two Chinese characters ("问题 002，修|正后的孪生版本" in the Compare runs
# legend), which no no-break space can stop; a word joiner (U+2060, drawn as nothing) can.
_CJK = "\u3000-\u9fff\uff00-\uffef"
_BETWEEN_CHINESE = re.compile(
    f"(?<=[^\\s,:;，：；、])(?=[{_CJK}])|(?<=[{_CJK}])(?<![，：；、])(?=[^\\s])")


def break_only_after_separators(label):
    """``label`` with no-break spaces wherever a wrapping line must not split it (between
    "lr" and "0.5", "batch" and "64", "2 Dec" and "14:39"), and word joiners between
    Chinese characters ("12月2日"): it may break only after a separator (", ", ": ", and
    the Chinese "，", "：", which need no space)."""
    return _BETWEEN_CHINESE.sub("\u2060", _BREAK_AFTER_SEPARATOR.sub("\u00a0", label))


class RunsView(Retranslatable, QWidget):
    status = Signal(object)  # a function giving the text: see MainWindow.show_status
    # A save failed on the run list's writer thread: emitted there, queued to this one.
    _save_failed = Signal(str)

    def __init__(self, folder, parent=None):
        super().__init__(parent)
        self.setObjectName("runsView")
        self.run_list = RunList(folder)
        self._save_failed.connect(self._not_saved)
        self._run_id = None  # the run being trained now, and its diagnostics so far
        self._diagnostics = DiagnosticsHistory()
        self._plots_stale = False  # ticked runs not drawn yet (the tab was hidden)
        self.list = QListWidget()
        self.list.setObjectName("runList")
        # A run is named by all its settings, a long line: wrapped, not scrolled sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._draw)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRunButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list,
                  self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        # A removal can be undone (Delete is easily pressed): the button, or Ctrl+Z while
        # the focus is in this tab (the pad's Ctrl+Z acts only while the focus is in the
        # drawing panel).
        self._removed = []  # (row, record, ticked) of each run removed, the last at the end
        self._undo = UndoControls(self, "undoRemoveRun", self.undo_remove)
        self.undo_action, self.undo_button = self._undo.action, self._undo.button
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        # What to overlay: the learning curves, or one layer's diagnostics.
        self.curves_button = QRadioButton()
        self.curves_button.setObjectName("runsShowCurves")
        self.curves_button.setChecked(True)
        self.diagnostics_button = QRadioButton()
        self.diagnostics_button.setObjectName("runsShowDiagnostics")
        self.page_buttons = QButtonGroup(self)
        self.page_buttons.addButton(self.curves_button, CURVES)
        self.page_buttons.addButton(self.diagnostics_button, DIAGNOSTICS)
        self.page_buttons.idToggled.connect(self._on_page_toggled)
        self.layer = QComboBox()
        self.layer.setObjectName("runsLayer")
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer.currentIndexChanged.connect(self._draw)
        stop_while_filled(self.layer)  # empty until a ticked run has diagnostics
        self.layer_label = QLabel()
        self.layer_label.setBuddy(self.layer)

        self.loss_plot = metric_plot("runsLossPlot")
        self.accuracy_plot = metric_plot("runsAccuracyPlot")
        self.grad_plot = metric_plot("runsGradientPlot", log=True)
        self.ratio_plot = metric_plot("runsUpdateRatioPlot", log=True)
        self.stuck_plot = metric_plot("runsStuckPlot")
        for plot in (self.loss_plot, self.accuracy_plot, self.grad_plot, self.ratio_plot,
                     self.stuck_plot):
            plain_axes(plot)
        self.stuck_plot.getPlotItem().setYRange(0, 100, padding=0.05)
        self._range_accuracy(has_points=False)
        # Each page's plots share their x axis (a plot on the hidden page does not follow
        # its data, so the pages are not linked to each other).
        self.accuracy_plot.setXLink(self.loss_plot)
        for plot in (self.ratio_plot, self.stuck_plot):
            plot.setXLink(self.grad_plot)
        # The legend is a plain label, not pyqtgraph's: it is rebuilt on every tick, and
        # pyqtgraph's legend labels, removed and re-added, outlive their text items.
        self.legend = QLabel()
        self.legend.setObjectName("runsLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self._legend_labels = []
        self.key = QLabel()  # what the line styles and marks mean
        self.key.setObjectName("runsKey")
        self.key.setWordWrap(True)
        self.key.setStyleSheet("color: gray")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(scrolling_plots(self.loss_plot, self.accuracy_plot, stretches=(3, 2)))
        self.pages.addWidget(scrolling_plots(self.grad_plot, self.ratio_plot, self.stuck_plot))
        show = QHBoxLayout()
        show.addWidget(self.curves_button)
        show.addWidget(self.diagnostics_button)
        show.addSpacing(12)
        show.addWidget(self.layer_label)
        show.addWidget(self.layer)
        show.addStretch(1)
        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.setSpacing(2)
        plots_layout.addLayout(show)
        plots_layout.addWidget(self.legend)
        plots_layout.addWidget(self.pages, 1)
        plots_layout.addWidget(self.key)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(plots)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 660])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self._fill()
        self._on_page_toggled()

    # --- runs in -----------------------------------------------------------------------
    def start_run(self, run_id):
        """A training run starts; ``run_id``: the id its model carries (the id of a run in
        the list when it goes on from that run's weights: its diagnostics go on too)."""
        self._run_id = run_id
        self._diagnostics = DiagnosticsHistory(self.run_list.find(run_id))

    def add_reports(self, reports):
        """The training worker's ``StepReport``s: the diagnostics among them are kept."""
        for report in reports:
            if report.diagnostics:
                self._diagnostics.add(report.epoch_progress, report.diagnostics)

    def add_model(self, model):
        """Keep ``model``'s run (a training run just ended; the same run trained further
        replaces its record) and tick it with the run to compare it with: the fixed twin
        with its learner's question (or the other way round), else the run before it."""
        if not model.history["batch_loss"]:
            return
        same_run = model.info.get("run_id") == self._run_id
        record = run_record(model, self._diagnostics if same_run else None)
        # A removed run trained further is back with its new record: no undo brings back
        # the old one over it.
        self._removed = [entry for entry in self._removed if entry[1]["id"] != record["id"]]
        self._enable_undo()
        self._saving(self.run_list.add, record)
        self._show_hint()  # records it could not read may have made room for this one
        runs = self.run_list.runs
        newest = len(runs) - 1
        partner = newest - 1
        replay = record["replay"]
        if replay:
            twins = [i for i, run in enumerate(runs[:-1]) if run.get("replay")
                     and run["replay"]["key"] == replay["key"]
                     and run["replay"]["role"] != replay["role"]]
            partner = twins[-1] if twins else partner
        self._fill({newest, partner})

    def checked_runs(self):
        return [self.run_list.runs[i] for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def legend_labels(self):
        return list(self._legend_labels)

    def remove_selected(self):
        row = self.list.currentRow()
        if row < 0:
            return
        pressed = self._focused_button() or (self.list if self.list.hasFocus() else None)
        ticked = {i for i in range(self.list.count()) if i != row
                  and self.list.item(i).checkState() == Qt.CheckState.Checked}
        run = self.run_list.runs[row]
        was_ticked = self.list.item(row).checkState() == Qt.CheckState.Checked
        self._saving(self.run_list.remove, run["id"])
        self._removed.append((row, run, was_ticked))
        self._fill({i - (i > row) for i in ticked})
        self.list.setCurrentRow(min(row, self.list.count() - 1))  # the next run, for Delete
        self._enable_undo()
        self._keep_focus(pressed)
        # A Delete key is easily pressed: say what went (the list just shows one run less),
        # and how to get it back.
        when = run["when"]
        self.status.emit(lambda: self.tr("Removed the run of {0} from Compare runs. Undo "
                                         "({1}) puts it back.").format(
            self._when_text(when), self._undo.keys()))

    def undo_remove(self):
        """Put back the run removed last, in its place, ticked if it was."""
        if not self._removed:
            return
        pressed = self._focused_button()
        row, run, was_ticked = self._removed.pop()
        ticked = {r["id"] for r in self.checked_runs()} | ({run["id"]} if was_ticked else set())
        self._saving(self.run_list.restore, run, row)
        runs = self.run_list.runs
        self._fill({i for i, r in enumerate(runs) if r["id"] in ticked})
        self.list.setCurrentRow(next(i for i, r in enumerate(runs) if r is run))
        self._enable_undo()
        self._keep_focus(pressed)
        when = run["when"]
        self.status.emit(lambda: self.tr("Put the run of {0} back in Compare runs.").format(
            self._when_text(when)))

    def _focused_button(self):
        return next((b for b in (self.remove_button, self.undo_button) if b.hasFocus()), None)

    def _keep_focus(self, pressed):
        """Remove (the last run) or Undo Remove (the last removal), pressed from the
        keyboard, goes off: the focus goes to the list, not on to the next control; or, if
        the list is now empty (no Tab stop, nothing to select), to Undo Remove. Delete
        pressed in the list that empties it does the same."""
        if pressed is None or (pressed.isEnabled() and pressed.focusPolicy()
                               != Qt.FocusPolicy.NoFocus):
            return
        (self.list if self.list.count() else self.undo_button).setFocus()

    def _enable_undo(self):
        self._undo.set_enabled(bool(self._removed))

    def _saving(self, change, *args):
        """``change(*args)`` of the run list, whose write goes on on the writer thread; a
        failed write comes back as a status message."""
        try:
            write = change(*args)
        except OSError as error:
            self._not_saved(error)
            return
        write.add_done_callback(self._written)

    def _written(self, write):
        """On the writer thread (or at once, if the write was already done): only a signal."""
        error = write.exception()
        if error is not None:
            try:
                self._save_failed.emit(str(error))
            except RuntimeError:  # the view is gone (a test's window): nobody to tell
                pass

    def finish_writing(self):
        """Wait for the run list's last write (the window is closing)."""
        try:
            self.run_list.wait()
        except OSError:
            pass  # already reported, or about to be: the window is going away

    def _not_saved(self, error):
        self.status.emit(lambda: self.tr("The run list could not be saved: {0}").format(error))

    def _replay_text(self, run):
        replay = run.get("replay")
        if not replay:
            return ""
        if replay["role"] == "learner":
            return self.tr("question {0}, learner").format(replay["key"])
        return self.tr("question {0}, fixed twin").format(replay["key"])

    def _when_text(self, when):
        """When a run was made, in the window's language ("1 Dec 00:04", "1 дек. 00:04",
        "12月1日 00:04"): Python's strftime wrote an English month in every language."""
        moment = QDateTime.fromSecsSinceEpoch(int(when))
        # The format in Qt's date notation (d day, MMM short month, HH:mm time), for each
        # language to order as it writes dates.
        return number_locale().toString(moment, self.tr("d MMM HH:mm"))

    def _fill(self, ticked=()):
        self.list.blockSignals(True)
        self.list.clear()
        for i, run in enumerate(self.run_list.runs):
            config = TrainConfig.from_dict(run["config"])
            accuracy = run["val_accuracy"][-1] if run["val_accuracy"] else None
            # The date whole: the run list wraps, and "【问题 002，修正后的孪生版本】12月|2日"
            # broke the date in two.
            text = "{0}  {1}".format(break_only_after_separators(self._when_text(run["when"])),
                                     config_summary(config))
            if run.get("replay"):  # first: the list is narrow, and this says most
                # Translated: Chinese tags a line with 【】 and no gap after it, as "[问题 002，
                # 学习者]" read as English brackets around Chinese.
                text = self.tr("[{0}]  {1}").format(self._replay_text(run), text)
            if accuracy is not None:
                text += self.tr("  ·  validation {0:.1%}").format(local(accuracy))
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        # A Tab stop only with runs to tick: an empty list takes no key and shows no focus.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.list.count()
                                 else Qt.FocusPolicy.NoFocus)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self._draw()

    # --- drawing -----------------------------------------------------------------------
    def _on_page_toggled(self, *_):
        page = self.page_buttons.checkedId()
        self.pages.setCurrentIndex(page)
        self.layer.setVisible(page == DIAGNOSTICS)
        self.layer_label.setVisible(page == DIAGNOSTICS)
        self._show_key()

    def _show_key(self):
        marked = any(run.get("rate_changes") for run in self.checked_runs())
        self.key.setVisible(self.page_buttons.checkedId() == DIAGNOSTICS or marked)
        if self.page_buttons.checkedId() == DIAGNOSTICS:
            self.key.setText(self.tr(
                "Measured every few batches. Stuck units: solid, saturated sigmoid/tanh "
                "outputs; dashed, dead ReLUs. Runs trained before diagnostics were kept "
                "have none."))
        else:
            self.key.setText(self.tr("▲ the learning rate or momentum was changed there "
                                     "during training."))

    def _fill_layers(self, runs):
        """One entry per layer that some ticked run measured; keeps the choice."""
        layers = max((len(run["diagnostics"]["layers"]) for run in runs if run.get("diagnostics")),
                     default=0)
        if self.layer.count() == layers:
            return
        current = self.layer.currentIndex()
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItems([self.tr("Layer {0}").format(i + 1) for i in range(layers)])
        self.layer.setCurrentIndex(min(max(current, 0), layers - 1))
        self.layer.blockSignals(False)

    def _draw(self, *_):
        """The legend of the ticked runs now, their curves now if the tab is shown, else
        when it is next shown: a run ends while another tab is in view, and drawing a
        dozen curves (30 ms) then delayed the window for nothing."""
        self._legend_labels = []
        runs = self.checked_runs()
        self._fill_layers(runs)
        entries = []
        labels = run_differences([run["config"] for run in runs]) if runs else []
        for n, (run, label) in enumerate(zip(runs, labels)):
            name = label or self.tr("run {0}").format(n + 1)
            if run.get("replay"):
                # In brackets, not after a colon: the label often starts with its own
                # ("bug: ..."), and "question 002, learner: bug: ..." read as two labels.
                name = self.tr("{0} ({1})").format(self._replay_text(run), name)
            self._legend_labels.append(name)
            entries.append(f"<span style='color:{self._colour(n)}'>&#9632;</span>&nbsp;"
                           f"{html.escape(break_only_after_separators(name))}")
        self.legend.setText(" &nbsp; ".join(entries))
        self._show_key()
        self._plots_stale = True
        if self.isVisible():
            self._plot()

    @staticmethod
    def _colour(n):
        return DIGIT_COLOURS[n % len(DIGIT_COLOURS)]

    def _plot(self):
        self._plots_stale = False
        for plot in (self.loss_plot, self.accuracy_plot, self.grad_plot, self.ratio_plot,
                     self.stuck_plot):
            plot.clear()
        accuracy_points = False
        for n, run in enumerate(self.checked_runs()):
            accuracy_points |= self._draw_curves(run, self._colour(n))
            self._draw_diagnostics(run, self._colour(n))
        self._range_accuracy(accuracy_points)

    def _range_accuracy(self, has_points):
        """No accuracy to show: the axis reads 0 to 100 (%), not pyqtgraph's empty 0 to 1
        (as on the Learning curves tab); else it follows the points."""
        item = self.accuracy_plot.getPlotItem()
        if has_points:
            # From the points, then following them: a single run of one epoch (one point)
            # was given pyqtgraph's span round it, 50 to 150 %.
            values = [np.asarray(curve.yData, dtype=float) for curve in item.listDataItems()
                      if curve.yData is not None and len(curve.yData)]
            values = np.concatenate(values) if values else np.array([])
            values = values[np.isfinite(values)]
            if len(values):
                item.setYRange(values.min() - 0.5, values.max() + 0.5)
            item.enableAutoRange(axis="y")
        else:
            item.setYRange(0, 100, padding=0.05)

    def showEvent(self, event):
        super().showEvent(event)
        if self._plots_stale:
            self._plot()

    def _draw_curves(self, run, colour):
        """Draw ``run``'s loss and accuracy; ``True`` if it has accuracy points."""
        pen = pg.mkPen(colour, width=2)
        x, loss = _values(run["batch_epoch"]), _values(run["batch_loss"])
        self.loss_plot.plot(x, loss, pen=pen)
        changes = [change[0] for change in run.get("rate_changes", []) if change[0] is not None]
        if changes and len(x):
            at = np.clip(np.searchsorted(x, changes), 0, len(x) - 1)
            self.loss_plot.plot(np.asarray(changes), loss[at], pen=None, symbol="t1",
                                symbolSize=11, symbolBrush=colour, symbolPen="w")
        points = [(e, a * 100) for e, a in zip(run["epoch"], run["val_accuracy"])
                  if a is not None]
        if points:
            self.accuracy_plot.plot(*zip(*points), pen=pen, symbol="o", symbolSize=5,
                                    symbolBrush=colour)
        return bool(points)

    def _draw_diagnostics(self, run, colour):
        diagnostics = run.get("diagnostics")
        layer = self.layer.currentIndex()
        if not diagnostics or not 0 <= layer < len(diagnostics["layers"]):
            return
        x, series = _values(diagnostics["epoch"]), diagnostics["layers"][layer]
        pen = pg.mkPen(colour, width=2)
        self.grad_plot.plot(x, _values(series["grad_rms"], FLOOR), pen=pen)
        self.ratio_plot.plot(x, _values(series["update_ratio"], FLOOR), pen=pen)
        for metric, style in (("saturated", Qt.PenStyle.SolidLine),
                              ("dead", Qt.PenStyle.DashLine)):
            values = 100 * _values(series[metric])
            if np.isfinite(values).any():
                self.stuck_plot.plot(x, values, connect="finite",
                                     pen=pg.mkPen(colour, width=2, style=style))

    def diagnostics_curves(self):
        """Per diagnostics plot, the number of curves drawn (tests read it)."""
        return {name: len(plot.getPlotItem().listDataItems()) for name, plot in (
            ("grad_rms", self.grad_plot), ("update_ratio", self.ratio_plot),
            ("stuck", self.stuck_plot))}

    def _show_hint(self):
        """What the tab is for, after what could not be read (or was dropped) if any."""
        hint = self.tr("Every training run is kept here (the last {0}). Tick runs to compare "
                       "their curves; the legend names what differs. Start after Stop goes on "
                       "with the same run; Reset weights begins a new one.").format(MAX_RUNS)
        if self.run_list.problem:  # what could not be read comes first
            hint = phrase_text("errors", self.run_list.problem) + "\n\n" + hint
        self.hint.setText(hint)

    def retranslate(self):
        self._show_hint()
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected run from the list (Delete)"))
        self._undo.set_text(self.tr("Undo Re&move"),
                            self.tr("Put back the run removed last, in its place ({0})"))
        self.curves_button.setText(self.tr("Learning &curves"))
        self.diagnostics_button.setText(self.tr("D&iagnostics"))
        self.diagnostics_button.setToolTip(self.tr(
            "Overlay one layer's gradient size, update-to-weight ratio and stuck units"))
        self.layer_label.setText(self.tr("La&yer"))
        # "accuracy (%)", as on the Learning curves tab, its tooltip says of what: up the
        # axis, "validation accuracy (%)" needed 215 px (247 in Russian) of the plot's
        # height, which the loss plot above gave up (79 px, the page scrolling at 720).
        self.accuracy_plot.setToolTip(self.tr(
            "The share of validation images the network reads correctly, after each epoch."))
        for plot, label in ((self.loss_plot, self.tr("loss")),
                            (self.accuracy_plot, self.tr("accuracy (%)")),
                            (self.grad_plot, self.tr("gradient RMS")),
                            (self.ratio_plot, self.tr("update / weight")),
                            (self.stuck_plot, self.tr("stuck units (%)"))):
            plot.getPlotItem().setLabel("left", label)
        for plot in (self.accuracy_plot, self.stuck_plot):
            plot.getPlotItem().setLabel("bottom", self.tr("epoch"))
        # Each plot's curves at least LEAST_CURVES_HEIGHT tall: the pages scroll (the
        # loss plot's curves had 44 px at 1024 x 650, its ticks crowded together).
        for plot in (self.loss_plot, self.accuracy_plot, self.grad_plot, self.ratio_plot,
                     self.stuck_plot):
            keep_label_readable(plot, least_curves=LEAST_CURVES_HEIGHT)
        self._show_key()
        count = self.layer.count()
        if count:
            self.layer.blockSignals(True)
            for i in range(count):
                self.layer.setItemText(i, self.tr("Layer {0}").format(i + 1))
            self.layer.blockSignals(False)
        if self.list.count():
            self._fill({i for i in range(self.list.count())
                        if self.list.item(i).checkState() == Qt.CheckState.Checked})
