"""The fix button of a Diagnostics finding card: its whole text when the card has room
for it, in every language, and cut with "…" (still readable in its tooltip) only when not."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from digitdesk.engine.findings import Finding
from digitdesk.gui.diagnostics_view import FindingCard
from digitdesk.gui.language import translations

# Every fix a finding offers (engine/findings.py), as its button says it.
FIX_LABELS = ["Lower the learning rate", "Raise the learning rate", "Turn the bugs off",
              "Mean gradient, mini-batches", "Mean gradient, mini-batches of 64",
              "Xavier/He, mean gradient, mini-batches", "Lower the learning rate, leaky ReLU",
              "Softmax + cross-entropy"]


@pytest.fixture
def language(qapp, request):
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def card_in(qtbot, width, label, applied=False):
    holder = QWidget()
    QVBoxLayout(holder).addWidget(card := FindingCard(Finding(
        "k", "problem", "A title", "An explanation.", fix={"learning_rate": 0.01},
        fix_label=label)))
    card.set_applied(applied)
    qtbot.addWidget(holder)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    card.fix_button.holder = holder  # qtbot keeps only a weak reference
    return card.fix_button


def fix_text(label):
    words = QCoreApplication.translate("findings", label)
    return QCoreApplication.translate("FindingCard", "Fix: {0}").format(words)


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"], indirect=True)
@pytest.mark.parametrize("label", FIX_LABELS)
def test_a_wide_card_shows_the_whole_fix(qtbot, language, label):
    button = card_in(qtbot, 700, label)
    assert button.text() == button.full_text() == fix_text(label)
    assert button.width() >= button.sizeHint().width()
    assert "…" not in button.toolTip()


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"], indirect=True)
def test_a_wide_card_shows_the_whole_applied_fix(qtbot, language):
    button = card_in(qtbot, 700, "Turn the bugs off", applied=True)
    assert button.text() == QCoreApplication.translate("FindingCard", "Fix applied to the form ✓")


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_a_narrow_card_cuts_each_line_and_keeps_the_whole_text_in_the_tooltip(qtbot, language):
    label = "Xavier/He, mean gradient, mini-batches"
    button = card_in(qtbot, 220, label)
    full = fix_text(label)
    assert button.full_text() == full and button.text() != full
    lines, full_lines = button.text().split("\n"), full.split("\n")
    assert len(lines) == len(full_lines)
    assert lines[-1].endswith("…")
    assert lines[-1][:-1] == full_lines[-1][:len(lines[-1]) - 1]
    metrics = button.fontMetrics()
    assert max(metrics.horizontalAdvance(line) for line in lines) < button.width()
    assert button.toolTip().startswith(full + "\n\n")
    assert "learning_rate = 0.01" in button.toolTip()  # the card's own words stay


def test_a_finding_s_heading_is_punctuated_as_its_language_punctuates(qtbot):
    """"问题: 损失不动了：单元饱和": the heading put an English colon after the kind in the
    Chinese window, before the title's own Chinese one; Chinese tags it: 【问题】."""
    from digitdesk.engine import TrainConfig
    from digitdesk.engine.findings import find_problems
    from digitdesk.gui.language import install_language
    # A learner's full batch with summed gradients: a warning from the settings alone.
    finding = find_problems(TrainConfig(batch_size=None, reduction="sum"), [])[0]
    card = FindingCard(finding)
    qtbot.addWidget(card)
    assert card.title.text() == "Warning: Full batch with summed gradients"
    try:
        install_language("zh_CN")  # (the card hears of it from a posted LanguageChange)
        qtbot.waitUntil(lambda: "警告" in card.title.text())
        assert card.title.text() == "【警告】全批次加求和的梯度"
        install_language("ru")
        qtbot.waitUntil(lambda: card.title.text().startswith("Предупреждение: "))
    finally:
        translations.apply("en")
