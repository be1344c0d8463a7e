"""The Help menu's windows: every keyboard shortcut, and the README read inside the app.

The shortcut list is written from the window's actions when it opens, so it shows the
keys that work now and cannot go stale. The README is the one that came with the app
(found with ``importlib.resources`` when installed, next to the package in a checkout): it
may be the only copy the user has, with no network. In Chinese and Russian it is the
README's translated user guide (``resources/help/README.<language>.md``), which links to
the README for the figures.
"""

import re
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction, QImage, QKeySequence, QTextCharFormat, QTextLength, QTextCursor, QTextDocument, QTextTable)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout)

from .language import CODES, Retranslatable, listed, translations
from .resources import app_page, guide_path, readme_path

TABLE_SLACK = 4  # pixels: see ReadmeBrowser.fit_tables
ACCELERATOR = re.compile(r"\s*\(&\w\)(?=…?$)")  # a trailing "(&O)", Qt's CJK style
PREPARED = 1  # the user state of a prepared page's first block: see ReadmeBrowser._prepare_page


def heading_anchor(text, taken):
    """GitHub's anchor for a heading (``"## Set up"`` -> ``set-up``): lower case, only
    letters, digits, spaces, ``-`` and ``_`` kept, spaces as ``-``; a repeated one gets
    ``-1``, ``-2``... (``taken`` counts them). The README's links are written for it."""
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    count = taken.get(slug, 0)
    taken[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def shortcut_rows(widget):
    """``(what it does, keys)`` for every action of ``widget`` and its children that has a
    shortcut, in menu order, each once."""
    rows = []
    for action in [*widget.actions(), *widget.findChildren(QAction)]:
        # A key the window handles itself (Space) is named after a tab in the action's
        # text, which the menu shows as its shortcut.
        text, _, handled = action.text().partition("\t")
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty()] + ([handled] if handled else [])
        if not keys:
            continue
        # (a Chinese menu writes its Alt letter after the words: "打开模型(&O)")
        row = (ACCELERATOR.sub("", text).replace("&", "").rstrip("…"), listed(keys))
        if row not in rows:
            rows.append(row)
    return rows


class ShortcutsDialog(Retranslatable, QDialog):
    """A table of the window's keyboard shortcuts. It does not block the window, so the
    language may change while it is open: it follows (it stayed in the old language)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab goes on to Close (it went from cell to cell, round the table, for ever); the
        # arrow keys go from row to row.
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.note.setText(self.tr(
            "Space starts, pauses and resumes training unless the focus is on a control "
            "that uses Space itself (a text field, a button, a check box). Esc, Delete and "
            "Ctrl+Z act on the drawing pad once you have drawn on it (or clicked it)."))
        self._fill()
        # The window renames its actions on the same language change, perhaps after this
        # dialog had it: read them again once every widget has.
        QTimer.singleShot(0, self, self._fill)

    def _fill(self):
        rows = shortcut_rows(self._window)
        self.table.setRowCount(len(rows))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def text(self):
        """The table as lines of ``action<TAB>keys``."""
        return "\n".join(f"{self.table.item(r, 0).text()}\t{self.table.item(r, 1).text()}"
                         for r in range(self.table.rowCount()))


class ReadmeBrowser(QTextBrowser):
    """Markdown with its images: README.md refers to ``resources/NAME``, which is found
    wherever the app's resources are (installed or in a checkout).

    The screenshots are shown as wide as the page has room for, never wider than they
    are: at a fixed width a small screen's dialog scrolled sideways. They are scaled again
    (smoothly, not by the painter) once a resize of the viewer pauses."""

    RESCALE_MS = 100  # a dragged edge resizes many times: scale once it rests

    def __init__(self, parent=None):
        super().__init__(parent)
        # Every page is long: with the scroll bar always there, the page's width does not
        # change as Qt's layout finds the page longer than the view (the screenshots,
        # fitted to the width before, ended past the page until fitted again).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._originals = {}  # image file (see image_file) -> the image at its own size
        self._indent_cache = (None, {})  # see _indents
        self._table_widths = []  # each table's width with all the room it wants
        self._reading = None  # (block, offset) at the top of the view before a resize
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(self.RESCALE_MS)
        self._rescale.timeout.connect(self._page_rests)
        # A link to a heading of the same page does not reach doSetSource, and Qt's own
        # scroll to it did nothing: scroll once the click is handled.
        self.anchorClicked.connect(self._scroll_to_fragment)

    def _hold_sideways_bar(self):
        """No sideways scroll bar while a page loads: Qt lays it out before the viewer
        unwraps its code lines and narrows its tables (``_prepare_page``), and a bar of a
        few pixels flashed meanwhile. A page that does scroll sideways (a table whose
        words cannot fit) gets its bar once it rests."""
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _page_rests(self):
        self.fit_images()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _scroll_to_fragment(self, url):
        if url.hasFragment():
            QTimer.singleShot(0, lambda: self._jump(lambda: self.scrollToAnchor(url.fragment())))

    def _jump(self, move):
        """Go elsewhere in the page: where the user read before a resize is kept no more."""
        self._reading = None
        move()

    def image_file(self, name):
        """The file of the page's image ``name`` (as the page names it, or resolved
        against the page's address), or ``None`` if it is nowhere. It is where the page
        says, relative to the page's own folder: a guide's ``ru/screenshot-runs.png`` is
        its language's screenshot, not the README's ``resources/screenshot-runs.png``.
        Installed, the README's ``resources/NAME`` is in the package's ``_resources``
        (``app_page`` finds it there)."""
        url = self.document().baseUrl().resolved(QUrl(name))
        if not url.isLocalFile():
            return None
        found = app_page(url.toLocalFile())
        return found.resolve() if found.is_file() else None

    def loadResource(self, kind, url):  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            found = self.image_file(url)
            if found is not None:
                image = QImage(str(found))
                self._originals[found] = image
                # Qt lays a long page out (and loads its images) bit by bit, after
                # doSetSource's fitting: fit again once it rests. Until then, the width of
                # the line it is on, known from the page's formats: at the page's width,
                # one in a list item (indented) made the page scroll sideways meanwhile.
                self._rescale.start()
                page = self.viewport().width() - 2 * self.document().documentMargin()
                return self._scaled(image, int(page - self._indents().get(found, 0)) - 1)
        return super().loadResource(kind, url)

    @staticmethod
    def _scaled(image, room):
        if image.width() <= room:
            return image
        return image.scaledToWidth(max(1, room), Qt.TransformationMode.SmoothTransformation)

    def shown_images(self):
        """The screenshots as the page shows them now (tests read them)."""
        document = self.document()
        return [document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
                for name, _ in self.image_blocks()]

    def image_blocks(self):
        """``(image name, block)`` for every image of the page that came from a file
        (the name as the page has it: the document looks its images up by it)."""
        return [(name, block) for name, block in self._image_fragments()
                if self.image_file(name) in self._originals]

    def _image_fragments(self):
        """``(image name, block)`` for every image the page names."""
        found = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                form = fragments.fragment().charFormat()
                if form.isImageFormat():
                    found.append((form.toImageFormat().name(), block))
                fragments += 1
            block = block.next()
        return found

    def _indents(self):
        """``{image file: the indent of its line}`` (the largest, if the page shows it
        twice), worked out once per page."""
        document = self.document()
        key = (id(document), document.revision(), document.blockCount())
        if self._indent_cache[0] != key:
            indents = {}
            for name, block in self._image_fragments():
                file = self.image_file(name)
                indents[file] = max(indents.get(file, 0), self._indent(block))
            self._indent_cache = (key, indents)
        return self._indent_cache[1]

    def _indent(self, block):
        """How much narrower than the page ``block``'s lines are (a list item's are
        indented), from its formats: known before the page is laid out."""
        document = self.document()
        form = block.blockFormat()
        indent = form.leftMargin() + form.rightMargin() + form.indent() * document.indentWidth()
        if block.textList() is not None:
            indent += block.textList().format().indent() * document.indentWidth()
        return indent

    def fit_images(self):
        """Scale each screenshot to the width of its line (a list item's is indented).
        What the user reads stays where it is: the screenshots above it change height
        (after a link to a heading, that heading stayed at the top only until then)."""
        document = self.document()
        layout = document.documentLayout()
        bar = self.verticalScrollBar()
        top, offset = self._reading or self._top_of_view()
        self._reading = None
        page = self.viewport().width() - 2 * document.documentMargin()
        for name, block in self.image_blocks():
            image = self._scaled(self._originals[self.image_file(name)],
                                 int(page - self._indent(block)) - 1)  # (1: the cursor's width)
            # (looked up by the name resolved against the page's address: added by it)
            document.addResource(QTextDocument.ResourceType.ImageResource.value,
                                 document.baseUrl().resolved(QUrl(name)), image)
        with self._unnoticed():
            self.fit_tables()
            document.markContentsDirty(0, document.characterCount())
        if bar.value() > 0:
            bar.setValue(round(layout.blockBoundingRect(top).top() - offset))

    def _top_of_view(self):
        """The block at the top of the view, and how far above the view's top it begins."""
        top = self.cursorForPosition(QPoint(0, 0)).block()
        return top, (self.document().documentLayout().blockBoundingRect(top).top()
                     - self.verticalScrollBar().value())

    def fit_tables(self):
        """Give each table wider than the page a fixed width a little under the page's.
        Qt lays out a table it must squeeze 1-2 px wider than the page (a right margin
        made no difference), which made the results page, with its 8- and 11-column
        tables, scroll sideways by 1-2 px at most widths. A table whose words cannot fit
        at all still comes out wider, and scrolls by what it needs."""
        document = self.document()
        page = self.viewport().width() - 2 * document.documentMargin()
        tables = [frame for frame in document.rootFrame().childFrames()
                  if isinstance(frame, QTextTable)]
        for frame, wanted in zip(tables, self._table_widths):
            form = frame.format()
            width = (QTextLength(QTextLength.Type.FixedLength, page - TABLE_SLACK)
                     if wanted > page else QTextLength())  # (no length: as wide as it wants)
            if form.width() != width:
                form.setWidth(width)
                frame.setFormat(form)

    def doSetSource(self, url, kind=QTextDocument.ResourceType.UnknownResource):  # noqa: N802
        # (Qt's: for a link, not for Back and Forward)
        if url.isLocalFile():  # (a guide's link to the README, in an installed app)
            found = app_page(url.toLocalFile())
            fragment = url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
            url = QUrl.fromLocalFile(str(found))
            if fragment:
                url.setFragment(fragment)
        if url.toString().partition("#")[0] != self.source().toString().partition("#")[0]:
            self._originals = {}  # another page: its own images (a heading: the same)
            self._hold_sideways_bar()
        super().doSetSource(url, kind)
        self._scroll_to_fragment(url)  # (Qt looked for it before the anchors below existed)
        self._prepare_page()

    # Back and Forward (the button, Alt+Left, Alt+Right) load the page again from the
    # history without calling doSetSource: it came back with its code lines unwrapped,
    # no heading anchors and the previous page's table widths.
    def backward(self):
        self._hold_sideways_bar()
        self._jump(super().backward)
        self._prepare_page()

    def forward(self):
        self._hold_sideways_bar()
        self._jump(super().forward)
        self._prepare_page()

    def _prepare_page(self):
        """What a page needs once Qt has loaded it, whichever way it came."""
        first = self.document().firstBlock()
        if first.userState() == PREPARED:
            return  # (not loaded again: Qt only scrolled)
        with self._unnoticed():
            self._unwrap_code_and_anchor_headings()
        # Each table's width with all the room it wants, to know which ones fit_tables
        # must narrow (tables hold no images: a copy of the page without them will do).
        wide = self.document().clone(self)
        wide.setTextWidth(1e6)
        self._table_widths = [wide.documentLayout().frameBoundingRect(frame).width()
                              for frame in wide.rootFrame().childFrames()
                              if isinstance(frame, QTextTable)]
        wide.deleteLater()
        self.document().firstBlock().setUserState(PREPARED)  # (a page loaded again has not)
        self._reading = None  # (a block of the page before)
        self.fit_images()
        self._rescale.start()  # (a page with no images rests too: see _hold_sideways_bar)

    @contextmanager
    def _unnoticed(self):
        """The viewer's own changes to the page, made without the document's signals:
        once the page has changed (its contentsChanged), Qt loads it again from the file
        for every link to one of its headings (~0.5 s of the GUI thread on the README),
        and the history's Back and Forward within it too."""
        document = self.document()
        was = document.blockSignals(True)
        try:
            yield
        finally:
            document.blockSignals(was)

    def _unwrap_code_and_anchor_headings(self):
        # A code line longer than the page wraps, rather than make the page scroll
        # sideways (a command in the README is 760 px wide).
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().nonBreakableLines():
                form = block.blockFormat()
                form.setNonBreakableLines(False)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(form)
            block = block.next()
        # Qt's Markdown reader gives headings no anchors: a link to "#speed" (or from the
        # results page to "../../README.md#speed") opened the page at its top.
        taken = {}
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text(), taken)])
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def viewportEvent(self, event):  # noqa: N802 - Qt's name
        # The page's width, not the widget's: a vertical scroll bar that appears once a
        # long page (a guide) is laid out narrows it too, and a screenshot fitted to the
        # width before ended past the page (a sideways scroll of a few pixels).
        if (event.type() == QEvent.Type.Resize
                and event.oldSize().width() != event.size().width()):
            # What the user reads, before Qt lays the page out at the new width (and
            # scrolls by the old offset, which leaves a heading just linked to far away)
            if self._reading is None:
                self._reading = self._top_of_view()
            self._rescale.start()
        return super().viewportEvent(event)


class ReadmeDialog(Retranslatable, QDialog):
    """The README, rendered, or in Chinese and Russian its translated guide
    (``resources/help``), which leaves the benchmark tables and the lab notebook to the
    English README and links to it; a button opens the English README as well. Links to
    the web open in the user's browser.

    A language switch while it is open shows the new language's page, as the rest of
    the window switches, if the page shown is one of the language pages (a guide or the
    README): the history starts again there. A page opened by a link (the benchmark
    results, only in English) stays: it is what the user is reading; Back leads from it
    to the new language's page."""

    def __init__(self, window):
        super().__init__(window)
        self.browser = ReadmeBrowser()
        self.browser.setObjectName("readmeBrowser")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # A link to the benchmark results opens them here: the way back is a button (and
        # Alt+Left), not only a key nobody is told about.
        self.back_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        # The guides leave out the figures: the whole README is one click away.
        self.english_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.english_button.setObjectName("englishReadmeButton")
        self.english_button.clicked.connect(self.show_english)
        self.where = QLabel()
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.browser.sourceChanged.connect(self._show_where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.language = None  # the language of the page chosen last
        self.path = None  # that page's file
        self.retranslate()
        self.resize(820, 640)

    def retranslate(self):
        self.setWindowTitle(self.tr("DigitDesk Read Me"))
        self.browser.setAccessibleName(self.tr("Read me"))
        self.back_button.setText(self.tr("&Back"))
        self.english_button.setText(self.tr("Read Me in &English"))
        self.english_button.setToolTip(self.tr(
            "The full README, in English: with the measured figures and every experiment"))
        if translations.language != self.language:
            self._show_language(translations.language)
        if self.path is not None:
            self._show_where(self.browser.source())

    def _language_pages(self):
        return {path.resolve() for path in (guide_path(code) for code in CODES) if path}

    def _show_language(self, code):
        first = self.language is None
        self.language = code
        self.english_button.setVisible(code != "en" and readme_path() is not None)
        shown = self.browser.source()
        if not first and not shown.toLocalFile():
            return  # the note that the README is missing: it still is
        linked = not first and Path(shown.toLocalFile()).resolve() not in self._language_pages()
        self.path = guide_path(code) or readme_path()  # (a guide missing: the README)
        self.where.setVisible(self.path is not None)
        if self.path is None:
            self.browser.setPlainText(self.tr(
                "The README did not come with this copy of DigitDesk. Help > Keyboard "
                "Shortcuts lists the keys, and every control explains itself in its tooltip."))
            return
        top = self.browser.cursorForPosition(QPoint(0, 0)).block().blockNumber()
        # Loaded by its path, not as text, so that its relative links (the benchmark
        # results, tests/benchmarks/RESULTS.md, which travels with it) open next to it
        # wherever the app is installed, and Back (Alt+Left) returns to it.
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)),
                               QTextDocument.ResourceType.MarkdownResource)
        if not first:
            self.browser.clearHistory()  # Back would lead to the other language's page
        if linked:
            # A page opened by a link (the benchmark results, only in English) stays,
            # where the user was reading it: Back leads to the new language's page.
            # (without its #heading: the user has read on from there, and a fragment
            # would scroll back to it after this)
            self.browser.setSource(QUrl.fromLocalFile(shown.toLocalFile()))
            document = self.browser.document()
            block = document.findBlockByNumber(top)
            self.browser.verticalScrollBar().setValue(
                round(document.documentLayout().blockBoundingRect(block).top()))

    def show_english(self):
        """The English README, the whole of it; Back returns to the guide."""
        path = readme_path()
        if path is not None:
            self.browser.setSource(QUrl.fromLocalFile(str(path)),
                                   QTextDocument.ResourceType.MarkdownResource)

    def _show_where(self, url):
        """The file the page shown comes from (the README, or a page it links to)."""
        self.where.setText(self.tr("From {0}").format(url.toLocalFile() or self.path))
        readme = readme_path()
        self.english_button.setEnabled(  # (not while it shows the README itself)
            readme is None or not url.isLocalFile()
            or Path(url.toLocalFile()).resolve() != readme.resolve())
