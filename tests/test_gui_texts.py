"""Texts the user reads: written from the code's own settings so they cannot go stale,
numbers grouped the way the user's locale groups them, and no control without a word of
explanation."""

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from conftest import scrolled_to
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
        assert config.architecture_text() in line
        assert f"{config.epochs} epochs" in line
        assert ("affine" in line) == config.augment.startswith("affine")
        assert ("pen styles on 0, 1, 9" in line) == (config.style_digits == (0, 1, 9))
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


def all_shortcut_actions(window):
    from PySide6.QtGui import QAction
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]


def test_help_lists_every_keyboard_shortcut(window):
    from PySide6.QtGui import QKeySequence
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.shortcuts_action in menu.actions() and window.readme_action in menu.actions()
    dialog = window.show_shortcuts()
    text = dialog.text()
    actions = all_shortcut_actions(window)
    assert len(actions) >= 10
    for action in actions:
        for key in action.shortcuts():
            keys = key.toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().partition("\t")[0].replace("&", "").rstrip("…")
            assert f"{name}\t" in text
            assert keys in text, (action.text(), keys)
    for keys in ("Space", "Ctrl+S", "Ctrl+O", "F10", "Esc", "Ctrl+Z", "Ctrl+."):
        assert keys in text
    dialog.close()


def test_help_shows_the_readme_that_came_with_the_app(window):
    from digitdesk.gui.resources import readme_path
    path = readme_path()
    assert path is not None and path.name == "README.md"
    dialog = window.show_readme()
    shown = dialog.browser.toPlainText()
    assert "Set up" in shown and "Shortcuts" in shown
    # The README's screenshots are found too (the browser asks for resources/NAME).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("resources/screenshot.png"))
    assert not image.isNull()
    dialog.close()


def test_the_readme_travels_in_the_wheel():
    """Installed from a wheel, Help > Read Me finds the README inside the package."""
    import importlib.resources
    from pathlib import Path
    packaged = importlib.resources.files("digitdesk") / "_resources"
    if packaged.is_dir():  # an installed copy (CI installs the wheel)
        assert (packaged / "README.md").is_file()
        assert (packaged / "tests" / "benchmarks" / "RESULTS.md").is_file()  # its links
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert '"README.md" = "digitdesk/_resources/README.md"' in pyproject
    # ...and the pages its links open, at the same place relative to it
    assert '"tests/benchmarks/RESULTS.md" = "digitdesk/_resources/tests/benchmarks/RESULTS.md"' \
        in pyproject
    assert '"data/README.md" = "digitdesk/_resources/data/README.md"' in pyproject


def test_the_tab_bar_scrolls_when_the_tabs_do_not_fit(qtbot, window):
    window.resize(1024, 768)
    qtbot.wait(20)
    bar = window.views.tabBar()
    assert window.views.usesScrollButtons()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if needed > window.views.width():
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
        for i in range(bar.count()):  # every tab reachable, its title whole
            assert bar.tabText(i) and bar.tabRect(i).width() >= bar.tabSizeHint(i).width() - 1


@pytest.fixture
def german():
    from PySide6.QtCore import QLocale
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_counts_in_texts_follow_the_chosen_language_not_the_system(german, qtbot):
    """A German system, the app in English: 60,000, as the English words around it (the
    numbers follow View > Language, see test_gui_language.py)."""
    from digitdesk.gui.language import translations
    from digitdesk.gui.numbers import count
    translations.apply("en")
    assert count(60000) == "60,000"
    panel = TrainingPanel()  # built after the language was installed, like the window
    qtbot.addWidget(panel)
    panel.show_progress(1234, 3000, 1500, 2, 10.0, paused=False)
    assert "batch 1,234/1,500" in panel.progress.format()
    panel.val_size.setValue(5000)
    assert panel.val_size.text() == "5,000"


def test_no_window_text_groups_digits_with_pythons_fixed_comma():
    """``f"{n:,}"`` writes 60,000 in every locale; the window uses numbers.count (or
    numbers.local, which gives the language's separators)."""
    import re
    from pathlib import Path
    gui = Path(__file__).resolve().parents[1] / "digitdesk" / "gui"
    offenders = [f"{path.name}:{number}" for path in sorted(gui.glob("*.py"))
                 for number, line in enumerate(path.read_text().splitlines(), 1)
                 if re.search(r"\{[\w.\[\]]*:,", line) and not line.lstrip().startswith("#")
                 and "``" not in line]
    assert not offenders


def test_counts_are_grouped_also_in_the_c_locale():
    """LANG=C.UTF-8 is Qt's "C" locale, which leaves out group separators by default;
    the window's numbers follow the chosen language, grouped, whatever the default."""
    from PySide6.QtCore import QLocale

    from digitdesk.gui.numbers import count
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert count(10000) == "10,000" and count(999) == "999"
    finally:
        QLocale.setDefault(before)


def test_the_pen_styles_augmentation_is_offered_and_shown(panel):
    """A model trained with pen styles (from the command line, say) shows them in the form."""
    index = panel.augment.findData("affine+styles")
    assert index >= 0 and "7" in panel.augment.itemData(index, 3)
    panel.set_config(PRESETS["accurate"].replace(augment="affine+styles"))
    assert panel.augment.currentData() == "affine+styles"
    assert panel.config().augment == "affine+styles"


def test_the_digits_the_pen_styles_redraw_are_form_controls(panel):
    """A box for each style, on only with the styles; what they say is the config's."""
    boxes = panel.style_boxes
    assert list(boxes) == [0, 1, 7, 9]
    assert all(box.text() and box.accessibleName() and box.toolTip() for box in boxes.values())
    panel.set_config(PRESETS["convolutional"].replace(augment="affine+styles",
                                                      style_digits=(0, 1, 9)))
    assert panel.style_digits.isEnabled()
    assert [d for d, box in boxes.items() if box.isChecked()] == [0, 1, 9]
    boxes[7].setChecked(True)
    boxes[0].setChecked(False)
    assert panel.config().style_digits == (1, 7, 9)
    # None chosen: the form says why it cannot start, and marks the boxes.
    for box in boxes.values():
        box.setChecked(False)
    assert not panel.problem.isHidden() and "pen styles" in panel.problem.text()
    assert panel.problem_field() is panel.style_digits
    # Without the styles the boxes are off limits and do not matter.
    panel.augment.setCurrentIndex(panel.augment.findData("affine"))
    assert not panel.style_digits.isEnabled() and panel.problem.isHidden()
    assert panel.config().style_digits == (0, 1, 7, 9)


def test_the_readme_links_to_the_benchmark_results_open_next_to_it(window, tmp_path,
                                                                   monkeypatch):
    """The README's link to tests/benchmarks/RESULTS.md opens that file in Help > Read Me
    wherever the app runs from (it resolved against the current folder, so an installed
    app showed a blank page), and Back returns to the README."""
    monkeypatch.chdir(tmp_path)  # nowhere near a checkout
    dialog = window.show_readme()
    browser = dialog.browser
    assert "Set up" in browser.toPlainText()
    from PySide6.QtCore import QUrl

    def follow(link):  # what a click on a link does: the signal, then the page
        url = browser.source().resolved(QUrl(link))
        browser.anchorClicked.emit(url)
        browser.setSource(url)
        QApplication.processEvents()

    assert not dialog.back_button.isEnabled()
    follow("tests/benchmarks/RESULTS.md")
    assert "benchmark results" in browser.toPlainText()
    assert "| --- |" not in browser.toPlainText()  # rendered, not shown raw
    assert dialog.where.text().endswith("RESULTS.md") and dialog.back_button.isEnabled()
    dialog.back_button.click()
    assert "Set up" in browser.toPlainText() and dialog.where.text().endswith("README.md")


def test_the_readme_s_links_to_its_headings_scroll_to_them(qtbot, window):
    """Qt's Markdown reader gives headings no anchors: "[Speed](#speed)" and the results
    page's "../../README.md#speed" opened the page at its top."""
    from PySide6.QtCore import QUrl
    dialog = window.show_readme()
    browser = dialog.browser
    dialog.resize(820, 640)

    def follow(link):
        url = browser.source().resolved(QUrl(link))
        browser.anchorClicked.emit(url)
        browser.setSource(url)
        # (the screenshots are fitted again once the page's images have loaded: the
        # heading stays where it is)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not browser._rescale.isActive(), timeout=3000)

    assert browser.verticalScrollBar().value() == 0
    follow("#speed")
    assert scrolled_to(browser, "Speed")
    assert browser.verticalScrollBar().value() > browser.viewport().height()  # far down
    follow("tests/benchmarks/RESULTS.md")
    follow("#speed")  # the results' own Speed section
    assert scrolled_to(browser, "Speed") and "benchmark results" in browser.toPlainText()
    follow("../../README.md#speed")
    assert scrolled_to(browser, "Speed") and "Set up" in browser.toPlainText()
    dialog.close()


def test_a_link_to_a_heading_of_the_page_does_not_load_it_again(qtbot, window):
    """Every link to a heading of the page shown loaded the README again from its file
    and prepared it again (~0.5 s of the GUI thread): it only scrolls, and Back
    (Alt+Left) returns to where the link was."""
    dialog = window.show_readme()
    dialog.resize(820, 640)
    browser = dialog.browser
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not browser._rescale.isActive(), timeout=3000)
    loads = []
    browser.document().contentsChanged.connect(lambda: loads.append(1))
    revision = browser.document().revision()
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    where = bar.value()
    browser.setSource(browser.source().resolved(QUrl("#speed")))
    QApplication.processEvents()
    qtbot.waitUntil(lambda: scrolled_to(browser, "Speed"), timeout=3000)
    assert browser.document().revision() == revision and not loads
    assert dialog.back_button.isEnabled()
    QTest.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert bar.value() == where and browser.document().revision() == revision and not loads
    assert browser.horizontalScrollBar().maximum() == 0  # (the page still prepared)
    dialog.close()


def test_the_readme_s_screenshots_fit_a_narrow_viewer(qtbot, window):
    """Help > Read Me on a 1024 x 768 screen: the screenshots were scaled to a fixed 740 px,
    wider than the viewer there (with a list item's indent), and the page scrolled
    sideways. They fit the width of their line, and again when the dialog is resized;
    never wider than the image itself. The page does not scroll sideways (code lines
    wrap, tables end inside the page)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from digitdesk.gui.resources import resource_path
    dialog = window.show_readme()
    browser = dialog.browser
    margin = browser.document().documentMargin()

    def settled():
        for _ in range(5):
            QApplication.processEvents()
        qtbot.wait(3 * browser.RESCALE_MS)  # scaled again once the resizing rests
        QApplication.processEvents()

    for width in (820, 640, 520, 1000, 700):  # 820: the dialog's own width
        dialog.resize(width, 600)
        settled()
        room = browser.viewport().width() - margin
        shown = browser.shown_images()
        assert len(shown) >= 10
        for (name, block), image in zip(browser.image_blocks(), shown):
            assert 0 < image.width() and block.layout().lineAt(0).x() + image.width() <= room, (
                width, name, image.width(), room)
        # the images no longer make the page wider than the viewer
        assert max(browser.document().documentLayout().blockBoundingRect(block).right()
                   for _, block in browser.image_blocks()) <= room + 1
        if width >= 640:  # (narrower, a table of eight columns of figures may not fit)
            bar = browser.horizontalScrollBar()
            assert not (bar.isVisible() and bar.maximum() > 0), (width, bar.maximum())
    dialog.resize(2400, 900)  # wider than the screenshots: shown at their own size
    settled()
    own = QImage(str(resource_path("screenshot.png"))).width()
    assert browser.shown_images()[0].width() == own
    dialog.close()


def test_the_benchmark_results_do_not_scroll_sideways_by_a_pixel_or_two(qtbot, window):
    """The results page's 8- and 11-column tables are wider than the viewer: Qt laid each
    out 1-2 px wider than the page it squeezed it into, and the page scrolled sideways by
    1-2 px at most widths. Now every table fits (a table that cannot would scroll by what
    it needs, not by rounding)."""
    from PySide6.QtCore import QUrl
    dialog = window.show_readme()
    browser = dialog.browser
    browser.setSource(browser.source().resolved(QUrl("tests/benchmarks/RESULTS.md")))
    scrolled = []
    for width in range(520, 1320, 53):
        dialog.resize(width, 600)
        qtbot.wait(3 * browser.RESCALE_MS)  # the page is fitted again once resizing rests
        QApplication.processEvents()
        bar = browser.horizontalScrollBar()
        if bar.maximum() > 0:
            scrolled.append((width, bar.maximum()))
    assert not scrolled, scrolled
    dialog.close()


def test_the_chinese_shortcut_list_names_actions_without_their_alt_letters(window, english):
    """A Chinese menu item writes its Alt letter after the words ("打开模型(&O)"): the
    list of shortcuts names the action without it (it showed "打开模型(O)")."""
    from PySide6.QtWidgets import QApplication
    window.set_language("zh_CN")
    QApplication.processEvents()  # (Qt posts the LanguageChange events)
    dialog = window.show_shortcuts()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "打开模型" in names and "撤销移除" in names
    assert not [name for name in names if re.search(r"\(\w\)$", name)], names
    dialog.close()


def test_a_run_s_counts_are_grouped_in_english_on_a_c_locale_system(qtbot, english, make_window):
    """LANG=C.UTF-8, the window in English: Qt writes the count of a numerus message
    (%Ln) with its default locale, which left the window's English ungrouped, "Training
    on 30000 images, validating on 1,000" and "of the 10000 test images", beside the
    grouped Russian and Chinese (and the CLI's 10,000)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton

    from conftest import RUN_END_MS
    from digitdesk.engine import TrainConfig
    from test_gui import click, find, set_form
    before = QLocale()
    QLocale.setDefault(QLocale.c())  # the system's locale, before the window is built
    try:
        window = make_window()
        said = []
        window.statusBar().messageChanged.connect(said.append)
        set_form(window, TrainConfig(hidden=(8,), epochs=1, train_size=1500, val_size=1000))
        click(find(window, QAbstractButton, "startButton"))
        qtbot.waitUntil(lambda: not window.is_training() and window.model() is not None
                        and bool(window.model().history.get("epoch")), timeout=RUN_END_MS)
        assert "Training on 1,500 images, validating on 1,000…" in said
        assert re.fullmatch(r"Training finished: \d+\.\d\d% of the 10,000 test images read "
                            r"correctly\.", window.statusBar().currentMessage())
    finally:
        QLocale.setDefault(before)
