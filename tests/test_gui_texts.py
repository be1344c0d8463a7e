"""Texts the user reads: written from the code's own settings so they cannot go stale,
numbers grouped the way the user's locale groups them, and no control without a word of
explanation."""

import re

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from digitdesk.engine import PRESETS
from digitdesk.gui.training_panel import TrainingPanel

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")


@pytest.fixture
def panel(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    return panel


def tooltips(panel):
    """Every tooltip in the panel, combo-box items' included."""
    tips = [w.toolTip() for w in panel.findChildren(QWidget)]
    for combo in panel.findChildren(QComboBox):
        tips += [combo.itemData(i, 3) or "" for i in range(combo.count())]  # 3: ToolTipRole
    return tips


def test_the_preset_tooltip_describes_every_preset_as_it_is(panel):
    tip = panel.preset.toolTip()
    for name, config in PRESETS.items():
        line = next(line for line in tip.splitlines() if line.startswith(name.capitalize()))
        assert "-".join(str(s) for s in config.layer_sizes) in line
        assert f"{config.epochs} epochs" in line
        assert ("affine" in line) == (config.augment == "affine")
        assert ("deskew" in line) == config.deskew
        assert ("L2" in line) == (config.l2 > 0)
    assert "784-512-10" in tip and "15 epochs" in tip  # the accurate preset, today


def test_augmentation_and_deskewing_are_form_controls(panel):
    panel.set_config(PRESETS["accurate"])
    assert panel.augment.currentData() == "affine" and panel.deskew.isChecked()
    assert panel.preset.currentData() == "accurate"
    # Switching either off shows in the form and in the config, and the preset turns Custom.
    panel.deskew.setChecked(False)
    assert panel.config().deskew is False and panel.config().augment == "affine"
    assert panel.preset.currentData() is None
    panel.augment.setCurrentIndex(panel.augment.findData("none"))
    assert panel.config().augment == "none"
    # A preset without them switches them off visibly.
    panel.set_config(PRESETS["quick"])
    assert panel.augment.currentData() == "none" and not panel.deskew.isChecked()
    for control in (panel.augment, panel.deskew):
        assert control.toolTip() and control.accessibleName()
    assert "10°" in panel.augment.itemData(panel.augment.findData("affine"), 3)


def test_learner_questions_are_not_called_seeds_next_to_the_seed_box(panel):
    assert not [tip for tip in tooltips(panel) if re.search(r"seed \d{3}", tip)]
    assert any("learner question 000" in tip for tip in tooltips(panel))


def test_image_counts_are_shown_with_the_locales_group_separator(panel):
    panel.val_size.setValue(5000)
    panel.train_size.setValue(12000)
    separator = panel.val_size.locale().groupSeparator()
    assert panel.val_size.text() == f"5{separator}000"
    assert panel.train_size.text() == f"12{separator}000"
    panel.val_size.lineEdit().setText("7000")  # typed without a separator: still read
    panel.val_size.interpretText()
    assert panel.val_size.value() == 7000
