"""Help > Read Me in the user's language: the translated guides (resources/help), their
links in the viewer, a language switch while the viewer is open, and checks that the
guides do not drift from the README they translate."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import heading_top, scrolled_to
from digitdesk.gui.help import heading_anchor
from digitdesk.gui.language import CODES, install_language, translations
from digitdesk.gui.resources import guide_path, readme_path

pytestmark = pytest.mark.usefixtures("isolated_settings", "questions")

ROOT = Path(__file__).resolve().parents[1]
GUIDES = {"zh_CN": ROOT / "resources" / "help" / "README.zh_CN.md",
          "ru": ROOT / "resources" / "help" / "README.ru.md"}
# A heading of each guide, its link as the guide's contents list writes it, and the name
# of the button that opens the English README, as the .ts translates it.
KNOWN = {"zh_CN": ("读懂你的手写", "#读懂你的手写", "英文自述文件"),
         "ru": ("Как DigitDesk читает ваш почерк", "#как-digitdesk-читает-ваш-почерк",
                "Описание на английском")}


def settle(ms=50):
    QApplication.processEvents()
    QTest.qWait(ms)


def link_rect(browser, href):
    """Where the link ``href`` (as the page writes it) is on the screen, scrolled into view."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = browser.textCursor()
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor)
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href!r} on the page")


def click_link(browser, href):
    """A click of the mouse on the link ``href``."""
    rect = link_rect(browser, href)
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    settle()


def shown_file(browser):
    return Path(browser.source().toLocalFile()).resolve()


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_read_me_shows_the_guide_of_the_ui_language(qtbot, window, english, code):
    install_language(code)
    dialog = window.show_readme()
    browser = dialog.browser
    heading, _, button = KNOWN[code]
    assert shown_file(browser) == GUIDES[code].resolve() == guide_path(code).resolve()
    assert heading in browser.toPlainText()
    assert "Set up" not in browser.toPlainText()  # not the English README
    shown = re.sub(r"\(&\w\)|&", "", dialog.english_button.text())  # (Chinese: "...(&E)")
    assert dialog.english_button.isVisible() and shown == button
    # the guide names the button as the user sees it
    assert button in GUIDES[code].read_text(encoding="utf-8")
    dialog.close()


def at_width_of(shown, path):
    """The image file ``path`` scaled as the viewer scales an image to ``shown``'s width."""
    from PySide6.QtGui import QImage
    image = QImage(str(path)).convertToFormat(shown.format())
    return image if image.width() == shown.width() else image.scaledToWidth(
        shown.width(), Qt.TransformationMode.SmoothTransformation)


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_shows_its_own_language_s_screenshots(qtbot, window, english, code):
    """A guide's ``ru/screenshot-runs.png`` is the Russian screenshot in
    resources/help/ru, not the README's English one of the same file name (the viewer
    looked its images up by file name only, and showed the English ones)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    install_language(code)
    dialog = window.show_readme()
    browser = dialog.browser
    qtbot.waitUntil(lambda: len(browser.shown_images()) >= 10, timeout=5000)
    own = [name for name, _ in browser.image_blocks() if name.startswith(f"{code}/")]
    assert len(own) >= 9
    for name in own:
        localized = GUIDES[code].parent / name
        english_one = ROOT / "resources" / Path(name).name
        shown = browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl(name))
        assert not shown.isNull()
        assert shown == at_width_of(shown, localized), name
        assert shown != at_width_of(shown, english_one), name
        assert browser.image_file(name) == localized.resolve()
    dialog.close()


def test_an_english_ui_reads_the_readme_with_no_second_button(window, english):
    dialog = window.show_readme()
    assert shown_file(dialog.browser) == readme_path().resolve()
    assert "Set up" in dialog.browser.toPlainText()
    assert not dialog.english_button.isVisible()
    dialog.close()


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_a_heading_link_of_the_guide_scrolls_to_its_heading(qtbot, window, english, code):
    """A click on the contents list's link to a non-ASCII heading (its anchor made as
    GitHub makes it) scrolls the page to that heading."""
    install_language(code)
    dialog = window.show_readme()
    dialog.resize(820, 640)
    browser = dialog.browser
    settle()
    heading, href, _ = KNOWN[code]
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    click_link(browser, href)
    qtbot.waitUntil(lambda: bar.value() > browser.viewport().height(), timeout=3000)
    qtbot.waitUntil(lambda: scrolled_to(browser, heading), timeout=3000)
    assert shown_file(browser) == GUIDES[code].resolve()
    # ...and stays there as the dialog is made narrower (the page grows longer above it)
    for width in (600, 760):
        dialog.resize(width, 640)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not browser._rescale.isActive(), timeout=3000)
        assert scrolled_to(browser, heading), (width, heading_top(browser, heading))
    dialog.close()


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_opens_the_english_readme_and_back_returns(qtbot, window, english, code):
    install_language(code)
    dialog = window.show_readme()
    browser = dialog.browser
    settle()
    # the button under the page
    qtbot.mouseClick(dialog.english_button, Qt.MouseButton.LeftButton)
    settle()
    assert shown_file(browser) == readme_path().resolve()
    assert "Set up" in browser.toPlainText() and dialog.where.text().endswith("README.md")
    assert dialog.back_button.isEnabled() and not dialog.english_button.isEnabled()
    dialog.back_button.click()
    settle()
    assert shown_file(browser) == GUIDES[code].resolve() and dialog.english_button.isEnabled()
    # the link in the guide's text, to a heading of the README
    click_link(browser, "../../README.md#reading-your-handwriting")
    assert shown_file(browser) == readme_path().resolve()
    qtbot.waitUntil(lambda: scrolled_to(browser, "Reading your handwriting"), timeout=3000)
    # ...and the benchmark results
    dialog.back_button.click()
    settle()
    click_link(browser, "../../tests/benchmarks/RESULTS.md")
    assert shown_file(browser) == (ROOT / "tests" / "benchmarks" / "RESULTS.md").resolve()
    assert "benchmark results" in browser.toPlainText()
    dialog.close()


@pytest.mark.parametrize("width", [700, 600])
def test_back_and_forward_bring_a_page_back_as_it_was_shown(qtbot, window, english, width):
    """Qt's Back and Forward load the page again without doSetSource: the guide came
    back with its command lines unwrapped (a sideways scroll of 226 px at 600 px) and
    no anchors for its headings. Back by the button and by Alt+Left, Forward by
    Alt+Right: each page is prepared as on its first showing."""
    install_language("ru")
    dialog = window.show_readme()
    dialog.resize(width, 640)
    browser = dialog.browser
    heading, href, _ = KNOWN["ru"]
    bar = browser.horizontalScrollBar()

    def shown_as_prepared(page):
        assert shown_file(browser) == page.resolve()
        qtbot.waitUntil(lambda: not browser._rescale.isActive(), timeout=3000)
        assert bar.maximum() == 0, (width, bar.maximum())

    def heading_link_works():
        click_link(browser, href)
        qtbot.waitUntil(lambda: scrolled_to(browser, heading), timeout=3000)

    results = ROOT / "tests" / "benchmarks" / "RESULTS.md"
    for go_back in (dialog.back_button.click,
                    lambda: QTest.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)):
        click_link(browser, "../../tests/benchmarks/RESULTS.md")
        shown_as_prepared(results)
        go_back()
        shown_as_prepared(GUIDES["ru"])
        heading_link_works()
    QTest.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # (the link)
    QTest.keyClick(browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    shown_as_prepared(GUIDES["ru"])
    heading_link_works()
    dialog.close()


def switch(qtbot, window, code):
    """View > Language > ``code``, as a click on the menu's action does."""
    action = next(a for a in window.language_actions.actions() if a.data() == code)
    action.trigger()
    qtbot.waitUntil(lambda: translations.language == code, timeout=5000)
    settle()


def test_the_open_viewer_follows_a_switch_of_language(qtbot, window, english):
    """The rest of the window switches at once: the Read Me shown does too (its title,
    buttons and page), from any language to any other; a page opened by a link (the
    benchmark results, in English only) stays, and the next opening is in the new
    language."""
    dialog = window.show_readme()
    browser = dialog.browser
    assert shown_file(browser) == readme_path().resolve()
    for code, title in (("ru", "Описание DigitDesk"), ("zh_CN", "DigitDesk 自述文件"),
                        ("en", "DigitDesk Read Me"), ("ru", "Описание DigitDesk")):
        switch(qtbot, window, code)
        qtbot.waitUntil(lambda title=title: dialog.windowTitle() == title, timeout=3000)
        expected = readme_path() if code == "en" else GUIDES[code]
        assert shown_file(browser) == expected.resolve()
        assert dialog.english_button.isVisible() == (code != "en")
        assert not dialog.back_button.isEnabled()  # no way back to the other language
        assert dialog.where.text().endswith(expected.name)
    # A page opened by a link stays through a switch.
    click_link(browser, "../../tests/benchmarks/RESULTS.md")
    results = shown_file(browser)
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum() // 2)
    settle()
    reading = browser.cursorForPosition(QPoint(0, 0)).block().text()
    switch(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "DigitDesk 自述文件", timeout=3000)
    assert shown_file(browser) == results
    assert browser.cursorForPosition(QPoint(0, 0)).block().text() == reading  # (where it was)
    # ...and Back leads to the new language's guide, not to the Russian one.
    assert dialog.back_button.isEnabled()
    dialog.back_button.click()
    settle()
    assert shown_file(browser) == GUIDES["zh_CN"].resolve()
    assert not dialog.back_button.isEnabled()
    dialog.close()
    again = window.show_readme()
    assert shown_file(again.browser) == GUIDES["zh_CN"].resolve()
    again.close()


def test_a_switch_keeps_the_reading_place_of_a_page_linked_to_a_heading(qtbot, window,
                                                                        english):
    """A page opened by a link to one of its headings, then read further down: a switch of
    language kept the page but jumped back to that heading (its address kept the #)."""
    dialog = window.show_readme()
    dialog.resize(1024, 700)
    browser = dialog.browser
    click_link(browser, "tests/benchmarks/RESULTS.md#the-pen-styles-without-the-crossed-7s-adopted")
    qtbot.waitUntil(lambda: shown_file(browser).name == "RESULTS.md", timeout=3000)
    settle(300)
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 5)
    settle(100)
    reading = browser.cursorForPosition(QPoint(0, 0)).block().text()
    switch(qtbot, window, "ru")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Описание DigitDesk", timeout=3000)
    settle(300)  # (a jump to the heading came from a timer after the switch)
    assert shown_file(browser).name == "RESULTS.md"
    assert browser.cursorForPosition(QPoint(0, 0)).block().text() == reading
    dialog.close()


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_does_not_scroll_sideways_at_1024(qtbot, window, english, code):
    """On a 1024 x 768 screen the viewer (820 px wide, or narrower) shows the guide
    without a sideways scroll bar: its command lines wrap, its table and images fit."""
    install_language(code)
    dialog = window.show_readme()
    browser = dialog.browser
    bar = browser.horizontalScrollBar()
    for width in (820, 700):
        dialog.resize(width, 700)
        # (Qt lays a long page out bit by bit; the screenshots are fitted once it rests)
        qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=3000)
        qtbot.wait(3 * browser.RESCALE_MS)
        assert bar.maximum() == 0, (width, bar.maximum())  # and stays so
        assert len(browser.shown_images()) >= 10
    dialog.close()


# The guides as text: every link resolves, nothing drifts from the README.

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def headings(path):
    """``(level, text)`` of every heading of a Markdown file (not in code blocks)."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return [(len(m.group(1)), m.group(2).strip()) for m in re.finditer(r"^(#{1,6}) (.+)$", text, re.M)]


def anchors(path):
    """The anchors the viewer gives the headings of ``path`` (GitHub's)."""
    taken = {}
    return {heading_anchor(text.replace("`", "").replace("*", ""), taken)
            for _, text in headings(path)}


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_every_relative_link_of_the_guide_resolves(code):
    """Every link and image of the guide leads to a file that is there and, with a
    ``#fragment``, to a heading of that file."""
    guide = GUIDES[code]
    links = LINK.findall(FENCE.sub("", guide.read_text(encoding="utf-8")))
    assert len(links) > 20
    fragments = 0
    for link in links:
        assert "://" not in link, link  # (none to the web: a guide reads offline)
        target, _, fragment = link.partition("#")
        path = (guide.parent / target).resolve() if target else guide
        assert path.is_file(), link
        if fragment:
            fragments += 1
            assert fragment in anchors(path), link
    assert fragments > 10


def code_lines(path):
    """The lines of the file's code blocks, each without its comment (the guides translate
    the comments, not the commands)."""
    lines = []
    for block in FENCE.findall(path.read_text(encoding="utf-8")):
        for line in block.splitlines()[1:-1]:
            line = re.sub(r"\s+#\s.*$", "", line).rstrip()
            if line:
                lines.append(line)
    return lines


def figures(text, code):
    """The measured figures of a text (a number with a decimal part, a % or thousands
    grouped), written as the README writes them: Russian writes 99,53% and 1 000."""
    text = FENCE.sub("", text)
    text = re.sub(r"`[^`]*`", "", text)
    if code == "ru":
        found = re.findall(r"(?<![\w(,.])(?<!\(-)(?:\d+(?:\u00a0\d{3})+|\d+(?:,\d+)?%?)", text)
        found = [f.replace("\u00a0", ",") if "\u00a0" in f else f.replace(",", ".")
                 for f in found]
    else:
        found = re.findall(r"(?<![\w(,.])(?<!\(-)(?:\d+(?:,\d{3})+|\d+(?:\.\d+)?%?)", text)
    return {f for f in found if "." in f or "%" in f or "," in f}


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_does_not_drift_from_the_readme(code):
    """A command changed in the README and not in a guide, or a figure the guide quotes
    that the README no longer has, is caught here."""
    readme = ROOT / "README.md"
    guide = GUIDES[code]
    known = set(code_lines(readme))
    stale = [line for line in code_lines(guide) if line not in known]
    assert not stale, f"commands of {guide.name} not in README.md: {stale}"
    assert len(code_lines(guide)) > 15
    missing = figures(guide.read_text(encoding="utf-8"), code) - figures(
        readme.read_text(encoding="utf-8"), "en")
    assert not missing, f"figures of {guide.name} not in README.md: {sorted(missing)}"


def test_the_guides_have_the_same_sections():
    """The two translations cover the same sections, in the same order."""
    levels = {code: [level for level, _ in headings(path)] for code, path in GUIDES.items()}
    assert levels["zh_CN"] == levels["ru"]
    assert levels["ru"].count(2) >= 7


def test_a_guide_for_every_language_of_the_app():
    assert set(GUIDES) == set(CODES) - {"en"}
    for code, path in GUIDES.items():
        assert guide_path(code).resolve() == path.resolve()


def test_the_guides_travel_in_the_wheel():
    """Installed from a wheel, the app finds the guides inside the package (``resources/``
    travels as ``digitdesk/_resources``; .ci/run checks an installed copy's links)."""
    import importlib.resources
    packaged = importlib.resources.files("digitdesk") / "_resources"
    if packaged.is_dir():  # an installed copy
        for path in GUIDES.values():
            assert (packaged / "help" / path.name).is_file()
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"resources" = "digitdesk/_resources"' in pyproject


def test_the_readme_links_to_the_guides(qtbot, window, english):
    """In English, the README's Languages section opens each guide in the viewer, and the
    guide's link leads back to the README."""
    dialog = window.show_readme()
    browser = dialog.browser
    settle()
    for code, path in GUIDES.items():
        click_link(browser, f"resources/help/{path.name}")
        assert shown_file(browser) == path.resolve()
        assert KNOWN[code][0] in browser.toPlainText()
        click_link(browser, "../../README.md")
        assert shown_file(browser) == readme_path().resolve()
    dialog.close()


def test_an_installed_app_finds_the_pages_the_links_land_on(tmp_path, monkeypatch):
    """Installed, the README and the guides are in the package's ``_resources`` (the
    checkout's ``resources/``): a guide's ``../../README.md`` lands in the package folder
    and the README's ``resources/help/...`` in ``_resources/resources``; both are found.
    (.ci/run checks a real installed copy.)"""
    from digitdesk.gui import resources
    packaged = tmp_path / "_resources"
    for name in ("README.md", "tests/benchmarks/RESULTS.md", "help/README.ru.md"):
        (packaged / name).parent.mkdir(parents=True, exist_ok=True)
        (packaged / name).write_text("#")
    monkeypatch.setattr(resources, "resource_path",
                        lambda name: packaged / name if (packaged / name).is_file() else None)
    package = Path(resources.__file__).resolve().parent.parent
    guides = package / "_resources" / "help"  # where the wheel has them
    assert resources.app_page(guides / "../../README.md") == packaged / "README.md"
    assert resources.app_page(guides / "../../tests/benchmarks/RESULTS.md") \
        == packaged / "tests" / "benchmarks" / "RESULTS.md"
    readme_folder = package / "_resources"
    assert resources.app_page(readme_folder / "resources/help/README.ru.md") \
        == packaged / "help" / "README.ru.md"
    # a page that is nowhere stays as it was (the viewer says so); one that is there, too
    missing = guides / "../../nowhere.md"
    assert resources.app_page(missing) == missing
    assert resources.app_page(ROOT / "README.md") == ROOT / "README.md"


# Words a guide puts in bold that are not the window's: the README's names of methods.
NOT_UI_NAMES = {"zh_CN": {"感知笔画的渲染"},
                "ru": {"отрисовка с учётом штрихов", "аугментация", "выпрямление наклона"}}


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_names_menus_and_buttons_as_the_window_does(code):
    """Each menu, tab, button or field the guide names in bold (``**文件 > 打开模型…**``)
    is a translation in the app's .ts, word for word: a term the translation changes and
    the guide does not is caught."""
    import xml.etree.ElementTree as ET
    root = ET.parse(ROOT / "resources" / "translations" / f"digitdesk_{code}.ts").getroot()
    shown = set()
    for message in root.iter("message"):
        text = re.sub(r"<[^>]+>", "", message.find("translation").text or "")
        text = re.sub(r"\(&\w\)|&", "", text).strip()  # the accelerators: "文件(&F)", "&Файл"
        shown |= {text, text.rstrip("…")}
    names = re.findall(r"\*\*(.+?)\*\*", FENCE.sub("", GUIDES[code].read_text(encoding="utf-8")))
    assert len(names) > 50
    unknown = {part.strip() for name in names for part in re.split(r" > | / ", name)
               if not re.match(r"\d", part.strip())} - shown - NOT_UI_NAMES[code]
    assert not unknown, f"{GUIDES[code].name} names what the window does not show: {unknown}"


class ShownWatch:
    """Records every time ``widget`` is shown (an event filter: a flash of a few ms that
    a look after the fact would miss)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, watched, event):  # noqa: N802, N805 - Qt's name
                if event.type() == QEvent.Type.Show:
                    self.shown.append(widget.maximum())
                return False

        self.shown = []
        self.filter = Filter()
        widget.installEventFilter(self.filter)


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
@pytest.mark.parametrize("width", [820, 700])
def test_read_me_in_english_shows_no_sideways_scroll_bar_while_it_loads(
        qtbot, window, english, code, width):
    """After "Read Me in English" a sideways scroll bar (39-104 px of range) flashed while
    Qt laid the README out and read its screenshots (5-25 ms on a quiet machine, most of a
    second on a busy one); a resize of the page could not cause it: the page only loads."""
    install_language(code)
    dialog = window.show_readme()
    dialog.resize(width, 640)
    browser = dialog.browser
    qtbot.wait(4 * browser.RESCALE_MS)
    bar = browser.horizontalScrollBar()
    watch = ShownWatch(bar)
    qtbot.mouseClick(dialog.english_button, Qt.MouseButton.LeftButton)
    assert shown_file(browser) == readme_path().resolve()

    def rests():  # the page is fitted and the bar's policy back (later on a busy machine)
        return browser.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qtbot.waitUntil(rests, timeout=10000)
    assert bar.maximum() == 0
    dialog.back_button.click()  # and back to the guide, from the history
    assert not rests()  # (held off while it loads)
    qtbot.waitUntil(rests, timeout=10000)
    assert watch.shown == [] and bar.maximum() == 0
    dialog.close()


def test_a_page_too_wide_for_the_viewer_still_gets_its_sideways_scroll_bar(qtbot, window,
                                                                           english):
    """The bar is held off only while a page loads: a page wider than the viewer (here its
    lines left unwrapped) scrolls sideways once it rests."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QTextEdit
    dialog = window.show_readme()
    browser = dialog.browser
    qtbot.wait(4 * browser.RESCALE_MS)
    browser.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
    browser.setSource(browser.source().resolved(QUrl("tests/benchmarks/RESULTS.md")))
    bar = browser.horizontalScrollBar()
    assert not bar.isVisible()  # (loading)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=3000)
    dialog.close()


SHORTCUT = re.compile(r"\b(?:Ctrl\+(?:Shift\+)?(?:Tab|[A-Z./])|Alt\+(?:Left|Right|[A-Z])|F\d+)")


@pytest.mark.parametrize("code", ["zh_CN", "ru"])
def test_the_guide_names_every_shortcut_the_readme_names(code):
    """The README told of Ctrl+Tab, Undo Remove in Compare runs and what Enter does in
    the teach dialog; the guides did not."""
    import xml.etree.ElementTree as ET
    guide = GUIDES[code].read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert set(SHORTCUT.findall(readme)) - set(SHORTCUT.findall(guide)) == set()
    root = ET.parse(ROOT / "resources" / "translations" / f"digitdesk_{code}.ts").getroot()
    (undo,) = [re.sub(r"\(&\w\)|&", "", m.find("translation").text)
               for m in root.iter("message") if m.find("source").text == "Undo Re&move"]
    assert f"**{undo}**" in guide  # the Compare runs entry: how a removed run comes back
    assert "Undo Remove" in readme


def _section(text, heading, next_heading):
    return text[text.index(heading):text.index(next_heading)]


def test_the_chinese_guide_calls_a_round_of_teaching_a_set_as_the_window_does():
    """The window calls a round of Teach it your handwriting 组 (第 1 组, 再加一组): 轮 is
    its epoch (第 3 轮). The guide said "写两轮（可以再加一轮）" and "每次留出一轮"."""
    text = GUIDES["zh_CN"].read_text(encoding="utf-8")
    teaching = _section(text, "### 教它认你的笔迹", "### 学习者的问题与错误实验室")
    finetune = next(line for line in text.splitlines()
                    if line.startswith("`digitdesk finetune BASE`"))
    assert "写两组（可以再加一组）" in teaching and "每次留出一组" in finetune
    assert "轮" not in teaching + finetune


def test_the_chinese_guide_writes_numbers_and_the_window_s_messages_as_the_window_does():
    """Outside its code, the guide writes a small number as the window does (10⁻⁶, not
    Python's 1e-6), and a message the window shows in Chinese in Chinese: it quoted the
    Layers field's error in English ("conv8x5 comes after a dense layer: ..."). The command
    line's messages stay English, as the command line does."""
    text = GUIDES["zh_CN"].read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```|`[^`]*`", "", text, flags=re.DOTALL)
    assert re.findall(r"(?<![\w.])\d+(?:\.\d+)?e[-+]?\d+\b", prose) == []
    window = _section(text, "## 窗口", "## 读懂你的手写")
    english = [span for span in re.findall(r"`([^`]*)`", window)
               if re.search(r"[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+", span)]
    assert english == []
