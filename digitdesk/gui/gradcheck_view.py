"""The Gradient check tab: is backprop right for this network? One table row per tensor.

``run_checks`` (no Qt; the window runs it on a background thread) compares backprop's
gradient of every parameter tensor with central differences on a small batch, in float64
(``engine.gradcheck.check_model``), then takes one tiny optimiser step and measures whether
the loss went down (``check_update``): the gradient can be right and the update still go
uphill (learner 002 added the step).

``GradCheckView`` presents the result: the thresholds in words, a row per tensor with its
largest relative error and pass / warn / fail in colour, the update-direction row, the
time taken. It asks for a check with ``checkRequested``.
"""

import html
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..engine.config import TrainConfig
from ..engine.gradcheck import PASS_BELOW, WARN_BELOW, check_model, check_update
from .language import Retranslatable, listed, phrase_text, sentences
from .numbers import count, local, readable, scientific
from .wording import config_summary

# A row's colour, and its badge in the legend above the table. Each one stands out from
# the window's grey and the table's white (tests/test_gui_lab.py measures it): the
# vanishing grey was #e5e7e9, a badge hardly seen on the window's #efefef.
STATUS_COLORS = {"pass": QColor("#d5f5e3"), "warn": QColor("#fdebd0"),
                 "fail": QColor("#f5b7b1"), "vanishing": QColor("#c8ccd0"),
                 "unchecked": QColor("#d6eaf8")}


@dataclass(frozen=True)
class CheckReport:
    """What one press of the button found."""
    # The network and settings that were checked: its TrainConfig, worded in the window's
    # language whenever it is shown (``described``), or a text.
    description: object
    gradients: tuple  # GradCheckResult, one per tensor
    update: object  # UpdateCheckResult
    batch: int  # images in the batch
    seconds: float  # wall time of both checks


def described(network):
    """The network a check is about, in the window's language (a ``TrainConfig``: "784-32-10
    relu, softmax_ce (mean), инициализация he, ..."), or a text as it is."""
    return config_summary(network) if isinstance(network, TrainConfig) else str(network)


def run_checks(model, images, labels):
    """Both checks on ``model`` and a batch (``engine.gradcheck.check_batch``, as the
    command line takes it); a ``CheckReport``.
    Runs in float64 copies: ``model`` is not changed."""
    start = time.perf_counter()
    gradients = check_model(model, images, labels)
    update = check_update(model, images, labels)
    return CheckReport(model.config, tuple(gradients), update, len(images),
                       time.perf_counter() - start)


class GradCheckView(Retranslatable, QWidget):
    checkRequested = Signal()

    COLUMNS = ("tensor", "shape", "compared", "error", "result", "time", "details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check_button = QPushButton()
        self.check_button.setObjectName("gradCheckButton")
        self.check_button.clicked.connect(self.checkRequested)
        self.busy = QProgressBar()
        self.busy.setObjectName("gradCheckBusy")
        self.busy.setRange(0, 0)  # no known length: a moving bar
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setObjectName("gradCheckSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.explanation = QLabel()
        self.explanation.setObjectName("gradCheckThresholds")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setStyleSheet("color: palette(window-text)")

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("gradCheckTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(False)
        # Tab leaves the table at once (it went from cell to cell, round and round, and
        # never left it); the arrow keys go from cell to cell. No Tab stop before a check
        # has filled it: an empty table shows no focus and takes no key (show_report).
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Details take the room left (a long one ends in "…", whole in its tooltip): sized
        # to its contents, the column pushed itself out of a 1024-px window in Russian.
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMNS.index("time"), QHeaderView.ResizeMode.Fixed)
        # The current row's details in full, under the table: cut with "…", they were whole
        # only in a tooltip, which a keyboard never shows. The arrow keys (or a click) choose
        # the row.
        self.details = QLabel()
        self.details.setObjectName("gradCheckDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()  # until a check has filled the table
        self.table.currentCellChanged.connect(self._show_details)

        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.busy)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.report = None
        self._reason = ""  # why the button is disabled, if it is
        self._shown = ("idle",)  # what the summary shows: see retranslate()
        self.retranslate()

    def retranslate(self):
        self.check_button.setText(self.tr("Check gradients"))
        self.check_button.setAccessibleName(self.tr("Check gradients"))
        self.set_enabled(self.check_button.isEnabled(), self._reason)
        self.busy.setAccessibleName(self.tr("Gradient check running"))
        self.summary.setAccessibleName(self.tr("Gradient check result"))
        # The badges are the table's words on its colours (STATUS_COLORS), not copies of
        # them in each translation.
        self.explanation.setText(self.tr(
            "Backprop's gradient of each tensor against <i>(L(w+h) − L(w−h)) / 2h</i> on up "
            "to 40 weights, in float64. Relative error below <b>{0}</b>, or within "
            "rounding: {pass}; up to <b>{1}</b>, or a weight at a kink or not compared: "
            "{warn}; above: {fail}, a wrong derivative. {vanishing}: too small to check; "
            "{unchecked}: most weights not compared. Last row: one tiny optimiser step must "
            "lower the loss.").format(scientific(PASS_BELOW), scientific(WARN_BELOW),
                                      **{status: self._badge(status) for status in STATUS_COLORS}))
        self.table.setAccessibleName(self.tr("Gradient check per tensor"))
        self.details.setAccessibleName(self.tr("Details of the current row"))
        self.table.setToolTip(self.tr("One row per parameter tensor (W1 = weights of layer 1, "
                                 "b1 = its biases), and the update direction."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tensor"), self.tr("Shape"), self.tr("Compared"),
            self.tr("Max relative\nerror"), self.tr("Result"), self.tr("Time"),
            self.tr("Details")])
        # The Time column as wide as four digits of milliseconds, whatever the check took:
        # sized to its contents it moved Details by the width of a digit (below 200 px at
        # 1024, when the table also needed its vertical scroll bar).
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        header.resizeSection(self.COLUMNS.index("time"), 14 + max(
            metrics.horizontalAdvance(self._milliseconds(9.999)),
            metrics.horizontalAdvance(self.tr("Time"))))
        kind, *what = self._shown
        if kind == "idle":
            self.summary.setText("<span style='color:gray'>%s</span>" % self.tr(
                "Press the button to check the network in the form."))
        elif kind == "running":
            self.show_running(*what)
        elif kind == "report":
            self.show_report(*what)

    # --- states ------------------------------------------------------------------------------
    def set_enabled(self, enabled, reason=""):
        """``reason``: why the button is disabled (its tooltip then), translated."""
        self.check_button.setEnabled(enabled)
        self._reason = reason
        self.check_button.setToolTip(reason or self.tr(
            "Compare backprop's gradients with numerical ones (central differences) for the\n"
            "network in the form (the current weights when the shape matches), on a few\n"
            "training images. Turn on a bug-lab switch and check again to see it fail."))

    def show_running(self, description):
        self._shown = ("running", description)
        self.check_button.setEnabled(False)
        self.busy.show()
        self.summary.setText(self.tr("Checking {0}…").format(html.escape(described(description))))

    def show_failure(self, message):
        self._shown = ("failure", message)
        self.check_button.setEnabled(True)
        self.busy.hide()
        self.summary.setText(f"<span style='color:#c0392b'>{html.escape(message)}</span>")

    def show_report(self, report):
        self._shown = ("report", report)
        self.report = report
        self.check_button.setEnabled(True)
        self.busy.hide()
        rows = list(report.gradients)
        self.table.setRowCount(len(rows) + 1)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row, result in enumerate(rows):
            self._set_row(row, result.name, " × ".join(str(s) for s in result.shape),
                          count(result.compared), self._error(result),
                          result.status, self._milliseconds(result.seconds),
                          self._details(result))
        update = report.update
        details = phrase_text("GradCheckView", update.verdict)
        self._set_row(len(rows), self.tr("update direction"), self.tr("one step"),
                      self.tr("all"), "—", update.status, self._milliseconds(update.seconds),
                      details)
        self.summary.setText(self._summary(report))
        if self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)  # (kept across checks and a change of language)
        self._show_details()
        self.details.show()

    def _show_details(self, *_):
        """The current row's tensor and its details, whole (the column may cut them)."""
        row = self.table.currentRow()
        name, details = self.table.item(row, 0), self.table.item(row, len(self.COLUMNS) - 1)
        self.details.setText("" if row < 0 or name is None or details is None else self.tr(
            "{0}: {1}").format(name.text(), details.text()))

    @staticmethod
    def _error(result):
        """The relative error as shown: "—" where no weight could be compared, or where
        every gradient is too small to check ("vanishing"): its error, about 1 then, read
        as "totally wrong" (the details say why there is no number)."""
        error = result.max_relative_error
        if np.isnan(error) or result.status == "vanishing":
            return "—"
        return f"{readable(error):.2e}"

    def _milliseconds(self, seconds):
        return self.tr("{0:.0f} ms").format(local(seconds * 1000))

    def _set_row(self, row, *cells):
        name, shape, compared, error, status, seconds, tip = cells
        texts = [name, shape, compared, error, self._status_text(status), seconds, tip]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(tip if column != 6 else "")
            if column in (2, 3, 5):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 4:
                item.setBackground(QBrush(STATUS_COLORS[status]))
                item.setForeground(QBrush(QColor("#000000")))
                item.setData(Qt.ItemDataRole.UserRole, status)
                font = item.font()
                font.setBold(status == "fail")
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _details(self, result):
        if result.status == "unchecked":
            text = self.tr("Not checked: only {0} of {1} weights could be compared, too few to "
                           "vouch for {2}").format(count(result.compared), count(result.checked),
                                                    result.name)
        elif result.status == "fail":
            text = self.tr("Backprop and the numbers disagree: the derivative feeding {0} is "
                           "wrong").format(result.name)
        elif result.status == "warn" and result.agrees:
            text = self.tr("Agrees to rounding wherever it could be compared")
        elif result.status == "warn":
            text = self.tr("Close but not exact: most likely a wrong term upstream that changes "
                           "the gradient only a little")
        elif result.status == "vanishing":
            text = self.tr("Nothing measurable flows back to {0}").format(result.name)
        else:
            text = self.tr("Agrees to rounding (largest gradient {0:.1e})").format(
                readable(result.gradient_scale))
        notes = [result.rounding_note] if result.rounding_note is not None else []
        for note in notes + list(result.kink_notes):
            text += self.tr("; ") + phrase_text("GradCheckView", note)
        return text

    def _badge(self, status):
        """``status`` in the legend: the table's word for it, on the row's colour."""
        return "<span style='background:{0}'>&nbsp;{1}&nbsp;</span>".format(
            STATUS_COLORS[status].name(), html.escape(self._status_text(status)))

    def _status_text(self, status):
        return {"pass": self.tr("pass"), "warn": self.tr("warn"), "fail": self.tr("FAIL"),
                "vanishing": self.tr("vanishing"), "unchecked": self.tr("not checked")}[status]

    def _summary(self, report):
        failing = [r.name for r in report.gradients if r.status == "fail"]
        unchecked = [r.name for r in report.gradients if r.status == "unchecked"]
        warned = [r.name for r in report.gradients if r.status == "warn"]
        vanishing = [r.name for r in report.gradients if r.status == "vanishing"]
        parts = []
        if failing:
            parts.append("<b style='color:#c0392b'>%s</b>" % self.tr(
                "Backprop is wrong for {0}: the derivative feeding these tensors does not match "
                "the numbers.").format(listed(failing)))
        if unchecked:
            parts.append("<b style='color:#1f618d'>%s</b>" % self.tr(
                "Not checked: most weights of {0} could not be compared, so the check "
                "cannot vouch for them.").format(listed(unchecked)))
        if report.update.status == "fail":
            uphill = listed(report.update.uphill) or self.tr("in total")
            if failing:
                text = self.tr("The step goes uphill ({0}): it follows the wrong gradient.")
            elif unchecked:  # the gradient is right only where it could be checked
                text = self.tr("The step goes uphill ({0}) although the gradient is right "
                               "wherever it could be checked: most likely the update adds the "
                               "step instead of subtracting it.")
            else:
                text = self.tr("The step goes uphill ({0}) although the gradient is right: the "
                               "update adds the step instead of subtracting it.")
            parts.append("<b style='color:#c0392b'>%s</b>" % text.format(uphill))
        if warned:
            parts.append(self.tr("Look closer at {0}.").format(listed(warned)))
        if vanishing:
            parts.append(self.tr("The gradients of {0} are too small to check: units in front "
                                 "saturated or dead, or a network already sure of these "
                                 "images.").format(listed(vanishing)))
        if not parts:
            parts.append("<b style='color:#1e8449'>%s</b>" % self.tr(
                "Every tensor passes and the step goes downhill: backprop is right."))
        parts.append("<span style='color:gray'>%s</span>" % self.tr(
            "{0} images, {1:.2f} s · {2}").format(count(report.batch), local(report.seconds),
                                                  html.escape(described(report.description))))
        return sentences(*parts[:-1]) + "<br>" + parts[-1]  # (no space after "。")

    def statuses(self):
        """``{row name: status}`` as shown in the table (tests read it)."""
        result = {}
        for row in range(self.table.rowCount()):
            result[self.table.item(row, 0).text()] = self.table.item(row, 4).data(
                Qt.ItemDataRole.UserRole)
        return result
