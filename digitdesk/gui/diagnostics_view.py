"""The Diagnostics tab: what each layer is doing while the network learns, and what is wrong.

Left, three plots over the same x axis (epochs), one curve per layer, from the cheap
per-layer measurements the trainer makes every few batches (``LayerDiagnostics``):

* gradient size: the RMS of the weight gradient, per weight, so a layer of 200,000 weights
  does not look stronger than one of 2,560 just for being bigger (log scale);
* update-to-weight ratio: how much one step changes the layer's weights, relative to their
  size; about 1e-3 is healthy, 1e-6 is frozen, 1e-1 is wild (log scale);
* stuck units: the share of sigmoid/tanh outputs pinned at their limits (solid), and of
  ReLUs that output 0 for the whole batch (dashed).

Right, the findings (``engine.findings``) in plain words, each with a button that puts its
fix into the form. They are recomputed from the run's reports at most twice a second, never
per batch; the window applies a fix (the view only asks for it with ``fixRequested``).

Points arrive in bursts (``add_reports``) and are appended to growing arrays; a timer hands
them to the existing curves with ``setData``, as in ``plots.py``.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSplitter, QStyle,
    QStyleOptionButton, QVBoxLayout, QWidget)

from ..engine.findings import (OSCILLATION_BLOCK, OSCILLATION_WINDOW, RECENT_DIAGNOSTICS,
                               apply_fix, find_problems, setting_warnings)
from ..engine.translatable import Phrase, Phrases
from .language import Retranslatable, bracketed, clauses, listed, unbroken
from .numbers import as_local, local, readable
from ..engine.model import thin_old_points
from .axes import keep_label_readable, plain_axes, plot_widget
from .focus import frame_focus
from .plots import GrowingArray, HoverLine, nearest_index

# Batch losses kept for the findings: more than the last OSCILLATION_WINDOW blocks they read.
LOSSES_KEPT = 2 * OSCILLATION_WINDOW * OSCILLATION_BLOCK
# Measurements drawn: the last DIAGNOSTICS_RECENT as they are (at most every 50 batches:
# 100,000 batches or more), the older ones thinned to at most DIAGNOSTICS_TAIL // 2.
DIAGNOSTICS_RECENT = 2000
DIAGNOSTICS_TAIL = 1000

REDRAW_INTERVAL_MS = 200  # diagnostics come about ten times an epoch: 5 redraws a second is plenty
FINDINGS_INTERVAL_MS = 500  # findings are recomputed at most twice a second
FLOOR = 1e-12  # log axes cannot show 0: a gradient of exactly 0 is drawn at this floor

# One colour per layer (layer 1 first), distinguishable and readable on white.
LAYER_COLORS = [QColor(c) for c in ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                    "#8c564b", "#e377c2")]
PROBLEM_COLOR = "#c0392b"
WARNING_COLOR = "#d68910"

METRICS = ("grad_rms", "update_ratio", "saturated", "dead")
LOG_METRICS = ("grad_rms", "update_ratio")  # drawn on log axes: 0 is drawn at FLOOR


class _Zero:
    """A measurement of exactly 0 in the read-out: "0", whatever the number format.
    (Quoting the floor it is drawn at, "1.0e-12", called seed 000's frozen network's
    gradient tiny when there was none at all.)"""

    def __format__(self, spec):
        return "0"


def measured(value):
    """``value`` for a read-out's ``str.format``: written as every view writes numbers
    (``readable``: 1.2·10⁻³, 0.05; it wrote "1,2e-03"), 0 as "0"."""
    return _Zero() if value == 0 else readable(value)


def translate_finding(text):
    return QCoreApplication.translate("findings", text)


def render(value):
    """A finding's value as text: a ``Phrase`` (or several) translated, anything else as is."""
    if isinstance(value, Phrases):
        return listed(render(phrase) for phrase in value)
    if isinstance(value, Phrase):
        return translate_finding(value.template).format(*map(as_local, value.values))
    return as_local(value)


def finding_text(finding):
    """The finding's explanation, translated, with its measured numbers filled in."""
    values = {name: render(value) for name, value in finding.values.items()}
    return translate_finding(finding.template).format(**values)


class DecadeAxis(pg.AxisItem):
    """A logarithmic axis with ticks at powers of ten only (at most about five), and at 2x
    and 5x when the curves span less than two decades. pyqtgraph's own log ticks label
    every 2e-4, 3e-4, ... and overlap on a small plot."""

    def tickValues(self, minVal, maxVal, size):
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        low, high = math.floor(minVal), math.ceil(maxVal)
        step = max(1, math.ceil((high - low) / 5))
        decades = [d for d in range(low, high + 1) if minVal <= d <= maxVal and d % step == 0]
        levels = [(float(step), decades)]
        if maxVal - minVal < 2:
            between = [d + math.log10(m) for d in range(low, high + 1) for m in (2, 5)]
            levels.append((0.5, [v for v in between if minVal <= v <= maxVal]))
        return levels


def metric_plot(name, log=False):
    """A plot of one measurement over epochs (labelled by its view's retranslate()), on a
    ``DecadeAxis`` if ``log``; the Diagnostics and Compare runs tabs stack several."""
    plot = plot_widget(axisItems={"left": DecadeAxis("left")} if log else {})
    plot.setObjectName(name)
    item = plot.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    item.setMouseEnabled(x=True, y=False)
    item.getAxis("left").setWidth(64)  # the same width on every plot: the x axes line up
    if log:
        item.setLogMode(y=True)
    return plot


class ElidedButton(QPushButton):
    """A button whose text ends in "…" when the button is narrower than it: a fix's
    words (long in Russian) must not make the findings wider than their column, where
    the cards were cut off at the right at 1024 px. Each line is cut on its own (a
    Russian fix is two lines, "Исправить:\n…"), and only when the button is narrower than
    the whole text needs; a cut text is also in the tooltip, above the button's own
    (``set_tip``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full_text = ""
        self._tip = ""
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Fix: ...") + 24)

    def set_full_text(self, text):
        self._full_text = text
        self.updateGeometry()
        self._elide()

    def full_text(self):
        return self._full_text

    def set_tip(self, tip):
        """The tooltip: ``tip``, after the whole text when the button shows it cut."""
        self._tip = tip
        self._show_tip()

    def _natural_size(self):
        """The size the whole text needs, by the style's own rule for a push button (the
        hint of the text shown would be the cut text's, or Qt's minimum button width)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._full_text
        text_size = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self._full_text)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                             text_size, self), text_size.width()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(self._natural_size()[0].width())  # as wide as the whole text, if it can
        return hint

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._elide()

    def _elide(self):
        natural, text_width = self._natural_size()
        if self.width() >= natural.width():
            self.setText(self._full_text)
        else:
            room = max(self.width() - (natural.width() - text_width), 0)
            metrics = self.fontMetrics()
            self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                                   for line in self._full_text.split("\n")))
        self._show_tip()

    def _show_tip(self):
        cut = self.text() != self._full_text
        self.setToolTip("\n\n".join(filter(None, [self._full_text if cut else "", self._tip])))


class FindingCard(Retranslatable, QFrame):
    """One finding: a coloured title, the explanation and a fix button."""

    fixRequested = Signal(object)

    def __init__(self, finding, parent=None):
        super().__init__(parent)
        self.setObjectName("findingCard")
        colour = PROBLEM_COLOR if finding.severity == "problem" else WARNING_COLOR
        self.setStyleSheet(f"QFrame#findingCard {{ border-left: 4px solid {colour}; "
                           f"background: palette(base); border-radius: 2px; }}")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.fix_button = ElidedButton()
        self.fix_button.setObjectName("fixButton")
        self.fix_button.clicked.connect(lambda: self.fixRequested.emit(self.finding))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self._applied = False
        self.set_finding(finding)

    def retranslate(self):
        self.set_finding(self.finding)
        self.set_applied(self._applied)

    def set_finding(self, finding):
        self.finding = finding
        kind = self.tr("Problem") if finding.severity == "problem" else self.tr("Warning")
        title = translate_finding(finding.title)
        # Translated: "问题: 损失不动了：单元饱和" put an English colon before a Chinese one;
        # Chinese tags the heading instead (【问题】), as Compare runs tags a question's run.
        self.title.setText(self.tr("{0}: {1}", "a finding's kind, then its title").format(
            kind, title))
        self.text.setText(finding_text(finding))
        label = translate_finding(finding.fix_label) or self.tr("Fix")
        self.fix_button.set_full_text(self.tr("Fix: {0}").format(label))
        self.fix_button.setAccessibleName(self.tr("Fix: {0}").format(label).replace("\n", " "))
        changes = listed(f"{name} = {value!r}" for name, value in finding.fix.items())
        self.fix_button.set_tip(self.tr(
            "Change the training form: {0}.\nThen press Start to see the fix work.").format(changes))

    def set_applied(self, applied):
        """``True`` when the form already holds this fix."""
        self._applied = applied
        self.fix_button.setEnabled(not applied)
        if applied:
            self.fix_button.set_full_text(self.tr("Fix applied to the form ✓"))


class FindingsList(Retranslatable, QScrollArea):
    """The findings, problems first. Cards are updated in place (a card rebuilt twice a
    second would lose the click under the mouse)."""

    fixRequested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame_focus(self)  # a Tab stop only while there are more findings than room
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(6)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: gray")
        self._layout.addWidget(self.placeholder)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.cards = {}  # finding key -> FindingCard
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Findings"))
        self.setToolTip(self.tr("What the measurements say is wrong, in plain words, with a fix."))

    def set_findings(self, findings, placeholder):
        findings = sorted(findings, key=lambda f: f.severity != "problem")  # problems first
        keys = [f.key for f in findings]
        for key in list(self.cards):
            if key not in keys:
                card = self.cards.pop(key)
                card.setParent(None)
                card.deleteLater()
        for position, finding in enumerate(findings):
            card = self.cards.get(finding.key)
            if card is None:
                card = FindingCard(finding)
                card.fixRequested.connect(self.fixRequested)
                self.cards[finding.key] = card
            elif card.finding != finding:
                card.set_finding(finding)
            self._layout.insertWidget(position, card)  # moves it if it is elsewhere
        self.placeholder.setText(placeholder)
        self.placeholder.setVisible(not findings)

    def findings(self):
        return [card.finding for card in self.cards.values()]


class DiagnosticsView(Retranslatable, QWidget):
    """Per-layer plots and findings of the current run.

    The window calls ``start_run`` when a run starts, ``add_reports`` with the worker's
    ``StepReport``s, ``set_diverged`` when the loss stopped being finite and
    ``set_form_config`` when the form changes (for the warnings the settings alone imply,
    and to know which fixes the form already holds)."""

    fixRequested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self._layers = 0
        self._x = GrowingArray(256)
        self._values = {}  # (metric, layer) -> GrowingArray
        self._curves = {}  # (metric, layer) -> PlotDataItem
        self._changed = False
        # Findings come from this run only: its settings, its losses, its last diagnostics.
        self._run_config = None
        self._form_config = None
        self._form_train_rows = None
        self._losses = GrowingArray(256)
        self._recent = []  # the last few diagnostics tuples
        self._diverged = None
        self._findings_due = False

        self._legend_layers = []  # the layers the legend shows
        self.grad_plot = metric_plot("gradientPlot", log=True)
        self.ratio_plot = metric_plot("updateRatioPlot", log=True)
        self.stuck_plot = metric_plot("stuckUnitsPlot")
        self.stuck_plot.getPlotItem().setYRange(0, 100, padding=0.05)
        for plot in (self.ratio_plot, self.stuck_plot):
            plot.getPlotItem().setXLink(self.grad_plot.getPlotItem())
        for plot in (self.grad_plot, self.ratio_plot):
            plot.getPlotItem().getAxis("bottom").setStyle(showValues=False)
        for plot in (self.grad_plot, self.ratio_plot, self.stuck_plot):
            plain_axes(plot)  # "epoch", not "epoch (x0.001)" while the plots are empty
        guide = pg.mkPen((120, 120, 120), width=1, style=Qt.PenStyle.DashLine)
        self.ratio_plot.addItem(pg.InfiniteLine(pos=-3, angle=0, pen=guide), ignoreBounds=True)
        self.stuck_plot.addItem(pg.InfiniteLine(pos=50, angle=0, pen=pg.mkPen(
            (120, 120, 120), width=1, style=Qt.PenStyle.DotLine)), ignoreBounds=True)

        self.legend = QLabel()
        self.legend.setObjectName("diagnosticsLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        # Hover: a vertical line on the three plots, the values under it in words.
        self.hover = HoverLine((self.grad_plot, self.ratio_plot, self.stuck_plot),
                               self.show_values_at)
        self.readout = QLabel()
        self.readout.setObjectName("diagnosticsReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)

        # The three plots scroll rather than shrink below the height their labels need
        # (on a short screen, or with the drawing panel dragged up).
        stack = QWidget()
        stack_layout = QVBoxLayout(stack)
        stack_layout.setContentsMargins(0, 0, 0, 0)
        stack_layout.setSpacing(0)
        for plot in (self.grad_plot, self.ratio_plot, self.stuck_plot):
            stack_layout.addWidget(plot, 1)
        self.plots_scroll = QScrollArea()
        self.plots_scroll.setObjectName("diagnosticsPlots")
        self.plots_scroll.setWidget(stack)
        self.plots_scroll.setWidgetResizable(True)
        self.plots_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame_focus(self.plots_scroll)  # the plots take no keys: the arrows scroll them
        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.setSpacing(0)
        plots_layout.addWidget(self.legend)
        plots_layout.addWidget(self.readout)
        plots_layout.addWidget(self.plots_scroll, 1)

        self.findings = FindingsList()
        self.findings.fixRequested.connect(self.fixRequested)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(4, 0, 0, 0)
        self._findings_heading = QLabel()
        findings_layout.addWidget(self._findings_heading)
        findings_layout.addWidget(self.findings, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(plots)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw)
        self._timer.start()
        self._findings_timer = QTimer(self)
        self._findings_timer.setInterval(FINDINGS_INTERVAL_MS)
        self._findings_timer.timeout.connect(self._update_findings_if_due)
        self._findings_timer.start()
        self.retranslate()

    def retranslate(self):
        for plot, label, tooltip, units in (
                (self.grad_plot, self.tr("gradient RMS"), self.tr(
                    "Gradient size of each layer's weights: the root mean square of dL/dW, per weight\n"
                    "(so big layers don't look stronger). Near 0: the layer gets no learning signal\n"
                    "(saturated units, or a vanishing gradient). Log scale."), None),
                (self.ratio_plot, self.tr("update / weight"), self.tr(
                    "How much one step changes a layer's weights, relative to their size.\n"
                    "About 1e-3 is healthy (dashed line); 1e-6 means frozen, 1e-1 means wild steps.\n"
                    "Log scale."), None),
                (self.stuck_plot, self.tr("stuck units"), self.tr(
                    "Solid: the share of sigmoid/tanh outputs within 0.05 of their limits (saturated:\n"
                    "their slope is about 0, so almost no gradient flows back through them).\n"
                    "Dashed: the share of ReLUs that output 0 for the whole batch (dead).\n"
                    "Above half (dotted line) the findings speak up."), "%")):
            plot.setAccessibleName(label)
            plot.setToolTip(tooltip)
            plot.getPlotItem().setLabel("left", label, units=units)
        self.stuck_plot.setLabel("bottom", self.tr("epoch"))
        for plot in (self.grad_plot, self.ratio_plot, self.stuck_plot):
            keep_label_readable(plot)  # the labels' length depends on the language
        self.legend.setAccessibleName(self.tr("Layer colours"))
        self._show_legend(self._legend_layers)
        self.readout.setAccessibleName(self.tr("Values under the mouse"))
        self._show_hover_hint()
        self._findings_heading.setText("<b>" + self.tr("Findings") + "</b>")
        self._update_findings()

    # --- runs ----------------------------------------------------------------------------
    def clear(self, keep_findings=False):
        """Forget the curves and the findings of the last run (a new network, new weights
        or an opened model): Reset weights and Open showed the old run's problems, and its
        layer shapes in the legend, beside empty plots. The curves are made again, and the
        legend filled, by the next run's first measurements. ``keep_findings``: the
        weights were reset by a finding's fix, whose card stays ("Fix applied") until
        the next run."""
        self._make_curves(0)
        # The epochs axis as on an empty view, not the last run's 0-300 over no curve (the
        # three plots share it).
        view = self.grad_plot.getPlotItem().getViewBox()
        view.setXRange(0, 1, padding=0)
        view.enableAutoRange(x=True)
        self._changed = True
        self._show_hover_hint()
        if keep_findings:
            return
        self._run_config = None
        self._losses.clear()
        self._recent = []
        self._diverged = None
        self._update_findings()

    def start_run(self, config, last_epoch=None, new_network=False):
        """A training run of ``config`` starts (ending at ``last_epoch``). The findings
        start afresh; the curves go on from the last run unless ``new_network``."""
        if new_network:
            self.clear()
        self._run_config = config
        # The legend names each layer's shape: this run's (784-250-10 after 784-250-1 has
        # as many layers, so the curves are not made again, but the shapes differ).
        self._show_legend(self._legend_layers)
        self._losses.clear()
        self._recent = []
        self._diverged = None
        if last_epoch:
            self.grad_plot.getPlotItem().setXRange(0, last_epoch, padding=0.02)
        self._update_findings()

    def set_form_config(self, config, train_rows=None):
        """The form's settings (None if the form is invalid), and the number of rows a run
        of them would train on (None if not known)."""
        self._form_config = config
        self._form_train_rows = train_rows
        self._findings_due = True

    def add_reports(self, reports):
        """The worker's ``StepReport``s, oldest first."""
        losses = [r.loss if math.isfinite(r.loss) else np.nan for r in reports]
        self._losses.extend(losses)
        if len(self._losses) > 2 * LOSSES_KEPT:
            # An hours-long run: the findings read the first loss and the last
            # OSCILLATION_WINDOW blocks, so the middle need not be kept in memory.
            kept = np.concatenate([self._losses.values[:1], self._losses.values[-LOSSES_KEPT:]])
            self._losses.clear()
            self._losses.extend(kept)
        for report in reports:
            if report.diagnostics:
                self._add_diagnostics(report.epoch_progress, report.diagnostics)
                self._recent = (self._recent + [report.diagnostics])[-RECENT_DIAGNOSTICS:]
        self._findings_due = True

    def set_diverged(self, message):
        """Training stopped because the loss was no longer finite."""
        self._diverged = message
        self._update_findings()

    def _add_diagnostics(self, x, diagnostics):
        if len(diagnostics) != self._layers:
            self._make_curves(len(diagnostics))
        self._x.extend([x])
        for layer, d in enumerate(diagnostics):
            # (as measured: the read-out quotes them; _redraw puts a 0 on the log axes)
            values = {"grad_rms": d.grad_rms, "update_ratio": d.update_ratio,
                      "saturated": np.nan if d.saturated is None else 100 * d.saturated,
                      "dead": np.nan if d.dead is None else 100 * d.dead}
            for metric in METRICS:
                self._values[metric, layer].extend([values[metric]])
        if len(self._x) > DIAGNOSTICS_RECENT + DIAGNOSTICS_TAIL:
            self._thin_old_points()
        self._changed = True

    def _thin_old_points(self):
        """An hours-long run: keep the recent measurements as they are and thin the older
        ones, as the loss curve does (every series is binned on the same x)."""
        x = self._x.values.copy()
        thinned_x = x
        for array in self._values.values():
            thinned_x, thinned = thin_old_points(x, array.values, DIAGNOSTICS_RECENT,
                                                 DIAGNOSTICS_TAIL)
            array.clear()
            array.extend(thinned)
        self._x.clear()
        self._x.extend(thinned_x)

    def _make_curves(self, layers):
        """One curve per layer and measurement (a network of another depth starts over)."""
        for curve in self._curves.values():
            curve.getViewBox().removeItem(curve)
        self._curves.clear()
        self._values.clear()
        self._x.clear()
        self._layers = layers
        plots = {"grad_rms": self.grad_plot, "update_ratio": self.ratio_plot,
                 "saturated": self.stuck_plot, "dead": self.stuck_plot}
        for layer in range(layers):
            colour = LAYER_COLORS[layer % len(LAYER_COLORS)]
            for metric in METRICS:
                style = Qt.PenStyle.DashLine if metric == "dead" else Qt.PenStyle.SolidLine
                self._curves[metric, layer] = plots[metric].plot(
                    pen=pg.mkPen(colour, width=2, style=style), connect="finite")
                self._values[metric, layer] = GrowingArray(256)
        self._show_legend(range(layers))

    def _show_legend(self, layers):
        self._legend_layers = layers
        if not layers:
            self.legend.setText("<span style='color:gray'>%s</span>" % self.tr(
                "One curve per layer, measured every few batches while training runs."))
            return
        config = self._run_config
        sizes = config.layer_sizes if config is not None else None
        # A convolutional network's weighted layers by name (conv32x5, ..., output).
        names = ([p.text for p in config.plan() if p.parameters]
                 if config is not None and config.convolutional else None)
        parts = []
        for layer in layers:
            colour = LAYER_COLORS[layer % len(LAYER_COLORS)].name()
            if names and len(names) == len(layers):
                shape = bracketed(names[layer])
            else:
                shape = (bracketed(f"{sizes[layer]}→{sizes[layer + 1]}")
                         if sizes and len(sizes) == len(layers) + 1 else "")
            name = self.tr("layer {0}").format(layer + 1)
            parts.append(f"<span style='color:{colour}'>■</span>&nbsp;{unbroken(name + shape)}")
        self.legend.setText("&nbsp;&nbsp;".join(parts) + "&nbsp;&nbsp;<span style='color:gray'>"
                            + self.tr("stuck units: solid saturated, dashed dead") + "</span>")

    def point_count(self):
        """Diagnostics points received (tests read it)."""
        return len(self._x)

    def curve_points(self, metric, layer):
        """Points the curve of ``metric`` for ``layer`` shows now (tests read it)."""
        curve = self._curves.get((metric, layer))
        if curve is None:
            return 0
        x, _ = curve.getOriginalDataset()
        return 0 if x is None else len(x)

    def showEvent(self, event):
        super().showEvent(event)
        self._redraw()  # catch up with what came while the tab was hidden

    def _show_hover_hint(self):
        self.readout.setText("<span style='color:gray'>%s</span>" % self.tr(
            "Point at the curves to read their values."))
        self.hover.hide()

    def show_values_at(self, x):
        """Put the measurements nearest to epoch ``x`` into words (what hovering does)."""
        if not len(self._x):
            return
        self.hover.show_at(x)
        xs = self._x.values
        i = nearest_index(xs, x)
        parts = [self.tr("epoch <b>{0:.2f}</b>").format(local(xs[i]))]
        for layer in range(self._layers):
            colour = LAYER_COLORS[layer % len(LAYER_COLORS)].name()
            value = {metric: self._values[metric, layer].values[i] for metric in METRICS}
            stuck = [self.tr("{0:.0f}% saturated").format(local(value["saturated"]))
                     if np.isfinite(value["saturated"]) else "",
                     self.tr("{0:.0f}% dead").format(local(value["dead"]))
                     if np.isfinite(value["dead"]) else ""]
            parts.append(self.tr(
                "<span style='color:{0}'>■</span> layer {1}: gradient <b>{2:.1e}</b>, "
                "update/weight <b>{3:.1e}</b>{4}").format(
                colour, layer + 1, measured(value["grad_rms"]), measured(value["update_ratio"]),
                # (", 10% dead" after the figures: a clause, "，" in Chinese)
                clauses(["", *(text for text in stuck if text)])))
        self.readout.setText(" · ".join(parts))

    def _redraw(self):
        # A hidden tab is not redrawn: setData costs the GUI thread (and the GIL) even
        # for curves nobody sees.
        if not self._changed or not self.isVisible():
            return
        self._changed = False
        x = self._x.values
        for key, curve in self._curves.items():
            values = self._values[key].values
            if key[0] in LOG_METRICS:
                values = np.maximum(values, FLOOR)  # a log axis has no 0
            curve.setData(x, values)

    # --- findings --------------------------------------------------------------------------
    def _update_findings_if_due(self):
        if self._findings_due:
            self._update_findings()

    def _update_findings(self):
        self._findings_due = False
        if self._run_config is not None:
            found = find_problems(self._run_config, self._losses.values, self._recent,
                                  self._diverged)
            # Warnings follow the form: once fixed there, they go away.
            found = [f for f in found if f.severity == "problem"]
            placeholder = self.tr("Nothing looks wrong so far.")
        else:
            found = []
            placeholder = self.tr(
                "Findings appear here while training runs: a loss that stops moving or jumps "
                "around, saturated or dead units, steps too small or too large. Each comes "
                "with a fix you can apply with one click.")
        if self._form_config is not None:
            found += setting_warnings(self._form_config, self._form_train_rows)
        self.findings.set_findings(found, placeholder)
        for card in self.findings.cards.values():
            card.set_applied(self._form_holds(card.finding))

    def _form_holds(self, finding):
        """True when the form already has the finding's fix (nothing left to click)."""
        if self._form_config is None or not finding.fix:
            return False
        try:
            return apply_fix(self._form_config, finding) == self._form_config
        except ValueError:
            return False

    def current_findings(self):
        """The findings shown now (tests read them)."""
        return self.findings.findings()
