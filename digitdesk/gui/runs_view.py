"""Compare runs: every finished training run is kept in the run list (the app's data
folder, the last ``MAX_RUNS``); tick runs to overlay their learning curves, each in its own
colour, with a legend naming what differs between them (``engine.runs``)."""

import html
import time

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import TrainConfig
from ..engine.runs import MAX_RUNS, RunList, difference_labels, run_record
from .axes import plain_axes
from .language import Retranslatable
from .layer_map_view import DIGIT_COLOURS
from .numbers import local


class RunsView(Retranslatable, QWidget):
    status = Signal(str)

    def __init__(self, folder, parent=None):
        super().__init__(parent)
        self.setObjectName("runsView")
        self.run_list = RunList(folder)
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
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.loss_plot = pg.PlotWidget(background=None)
        self.loss_plot.setObjectName("runsLossPlot")
        self.accuracy_plot = pg.PlotWidget(background=None)
        self.accuracy_plot.setObjectName("runsAccuracyPlot")
        for plot in (self.loss_plot, self.accuracy_plot):
            plain_axes(plot)
        # The legend is a plain label, not pyqtgraph's: it is rebuilt on every tick, and
        # pyqtgraph's legend labels, removed and re-added, outlive their text items.
        self.legend = QLabel()
        self.legend.setObjectName("runsLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self._legend_labels = []
        self.accuracy_plot.setXLink(self.loss_plot)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.addWidget(self.legend)
        plots_layout.addWidget(self.loss_plot, 3)
        plots_layout.addWidget(self.accuracy_plot, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(plots)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self._fill()
        if self.run_list.problem:
            self.hint.setText(self.run_list.problem)

    def add_model(self, model):
        """Keep ``model``'s run (a training run just ended) and tick it, untick the rest but
        the previous one: the new run is compared with the one before."""
        if not model.history["batch_loss"]:
            return
        try:
            self.run_list.add(run_record(model))
        except OSError as error:
            self.status.emit(self.tr("The run list could not be saved: {0}").format(error))
        ticked = {len(self.run_list.runs) - 1, len(self.run_list.runs) - 2}
        self._fill(ticked)

    def checked_runs(self):
        return [self.run_list.runs[i] for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def legend_labels(self):
        return list(self._legend_labels)

    def remove_selected(self):
        row = self.list.currentRow()
        if row < 0:
            return
        ticked = {i for i in range(self.list.count()) if i != row
                  and self.list.item(i).checkState() == Qt.CheckState.Checked}
        try:
            self.run_list.remove(self.run_list.runs[row]["id"])
        except OSError as error:
            self.status.emit(self.tr("The run list could not be saved: {0}").format(error))
        self._fill({i - (i > row) for i in ticked})

    def _fill(self, ticked=()):
        self.list.blockSignals(True)
        self.list.clear()
        for i, run in enumerate(self.run_list.runs):
            config = TrainConfig.from_dict(run["config"])
            accuracy = run["val_accuracy"][-1] if run["val_accuracy"] else None
            text = "{0}  {1}".format(time.strftime("%d %b %H:%M", time.localtime(run["when"])),
                                     config.describe())
            if accuracy is not None:
                text += self.tr("  ·  validation {0:.1%}").format(local(accuracy))
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self._draw()

    def _draw(self, *_):
        self.loss_plot.clear()
        self.accuracy_plot.clear()
        self._legend_labels = []
        self.legend.clear()
        runs = self.checked_runs()
        if not runs:
            return
        labels = difference_labels([run["config"] for run in runs])
        entries = []
        for n, (run, label) in enumerate(zip(runs, labels)):
            colour = DIGIT_COLOURS[n % len(DIGIT_COLOURS)]
            name = label or self.tr("run {0}").format(n + 1)
            self._legend_labels.append(name)
            entries.append(f"<span style='color:{colour}'>&#9632;</span>&nbsp;{html.escape(name)}")
            self.loss_plot.plot(run["batch_epoch"], run["batch_loss"],
                                pen=pg.mkPen(colour, width=2))
            points = [(e, a * 100) for e, a in zip(run["epoch"], run["val_accuracy"])
                      if a is not None]
            if points:
                self.accuracy_plot.plot(*zip(*points), pen=pg.mkPen(colour, width=2),
                                        symbol="o", symbolSize=5, symbolBrush=colour)
        self.legend.setText(" &nbsp; ".join(entries))

    def retranslate(self):
        self.hint.setText(self.tr("Every training run is kept here (the last {0}). Tick runs "
                                  "to compare their curves; the legend names what "
                                  "differs.").format(MAX_RUNS))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected run from the list (Delete)"))
        self.loss_plot.getPlotItem().setLabel("left", self.tr("loss"))
        self.accuracy_plot.getPlotItem().setLabel("left", self.tr("validation accuracy (%)"))
        self.accuracy_plot.getPlotItem().setLabel("bottom", self.tr("epoch"))
