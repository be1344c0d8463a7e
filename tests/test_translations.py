"""The translations (zh_CN, ru) are complete, current with the code and well-formed.

When one of these fails after a change of GUI text: ``python tests/update_translations.py
--list`` updates the ``.ts`` files, rebuilds the ``.qm`` files and lists what is left to
translate.
"""

import re
from collections import Counter

import pytest

import update_translations as tools

LANGUAGES = tools.LANGUAGES
HINT = "run: python tests/update_translations.py --list"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The .ts files as lupdate makes them from today's code (in a scratch folder)."""
    folder = tmp_path_factory.mktemp("ts")
    return dict(zip(LANGUAGES, tools.fresh_copies(folder)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts(fresh, language):
    committed = tools.messages(tools.ts_path(language)).keys()
    current = tools.messages(fresh[language]).keys()
    missing = sorted(current - committed)
    gone = sorted(committed - current)
    assert not missing, f"{len(missing)} strings of the code are not in the .ts ({HINT}): {missing[:5]}"
    assert not gone, f"{len(gone)} strings of the .ts are gone from the code ({HINT}): {gone[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    todo = tools.unfinished(tools.ts_path(language))
    assert not todo, f"{len(todo)} unfinished or empty translations ({HINT}): {todo[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_is_built_from_the_current_ts(tmp_path, language):
    rebuilt = tmp_path / "rebuilt.qm"
    tools.run_lrelease(tools.ts_path(language), rebuilt)
    shipped = tools.qm_path(language)
    assert shipped.is_file() and shipped.read_bytes() == rebuilt.read_bytes(), \
        f"{shipped.name} is older than its .ts ({HINT})"


# What a translation must carry over unchanged: format fields ({0}, {name:.2f}), Qt's %1,
# HTML tags, entities.
FIELD = re.compile(r"\{[^{}]*\}|%\d|%L?n")
TAG = re.compile(r"</?\s*([a-zA-Z0-9]+)[^>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def accelerators(text):
    return len(ACCELERATOR.findall(ENTITY.sub("", text).replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_accelerators(language):
    problems = []
    for (context, source), (translation, _) in tools.messages(tools.ts_path(language)).items():
        checks = [(Counter(FIELD.findall(source)), Counter(FIELD.findall(translation)), "fields"),
                  (Counter(TAG.findall(source)), Counter(TAG.findall(translation)), "tags"),
                  (Counter(ENTITY.findall(source)), Counter(ENTITY.findall(translation)), "entities"),
                  (accelerators(source), accelerators(translation), "accelerators")]
        problems += [f"[{context}] {source[:50]!r}: {what} {want} -> {got}"
                     for want, got, what in checks if want != got]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_template_formats_like_its_source(language):
    """A translation formats with the values its English text gets (no field renamed,
    no format spec changed), and the numbers come out the same, written as the language
    writes them: 1,234 and 98.14 in English and Chinese, 1 234 and 98,14 in Russian (the
    window formats its values that way, digitdesk.gui.numbers; a number written into a
    translation follows the same rule)."""
    from digitdesk.gui.numbers import localise, number_locale
    locale = number_locale(language)
    values = {"0": 1234, "1": 98.1375, "2": 3, "3": 0.25, "4": 7, "5": 1.5, "6": 2.0,
              "7": 4096, "8": 0.5, "9": 11}
    for (context, source), (translation, _) in tools.messages(tools.ts_path(language)).items():
        fields = re.findall(r"\{([^{}:!]*)(?::([^{}]*))?\}", source)
        if not fields:
            continue
        positional = [values[str(i)] for i in range(10)
                      if any(name == str(i) for name, _ in fields)]
        named = {name: values["1"] for name, _ in fields if name and not name.isdigit()}
        if any(spec and spec[-1] in "d," for _, spec in fields):
            positional = [1234 for _ in positional]
            named = {name: 1234 for name in named}
        english = source.format(*positional, **named)
        translated = translation.format(*positional, **named)
        for number in re.findall(r"\d[\d,.]*\d|\d", english):
            # (the values are given here as plain numbers, the window gives them localised)
            assert number in translated or localise(number, locale) in translated, \
                (context, source[:40], number, translated)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_message_has_all_its_forms_each_with_its_fields(language):
    """A count with a noun (``self.tr("%Ln digit(s)", "", n)``) has one translation per
    plural form of the language: Russian three (1 цифра, 2 цифры, 5 цифр), Chinese one. A
    form left out or empty shows the English source for those counts; each form keeps the
    count (%Ln) and the fields of the source."""
    problems = []
    for (context, source), forms in tools.numerus_forms(tools.ts_path(language)).items():
        if len(forms) != tools.PLURAL_FORMS[language] or not all(forms):
            problems.append(f"[{context}] {source[:50]!r}: forms {forms}")
        want = Counter(FIELD.findall(source))
        problems += [f"[{context}] {source[:50]!r}: fields {want} -> {form!r}"
                     for form in forms if form and Counter(FIELD.findall(form)) != want]
    assert not problems, "\n".join(problems)


def test_a_plural_message_missing_a_form_is_unfinished(tmp_path):
    """The check above bites, and so does "every message is translated": a Russian
    numerus message with two forms of three, or an empty one, is not finished."""
    ts = tmp_path / "digitdesk_ru.ts"
    forms = {"two": "<numerusform>%Ln цифра</numerusform><numerusform>%Ln цифры</numerusform>",
             "empty": "<numerusform>%Ln цифра</numerusform><numerusform>%Ln цифры</numerusform>"
                      "<numerusform></numerusform>",
             "all": "<numerusform>%Ln цифра</numerusform><numerusform>%Ln цифры</numerusform>"
                    "<numerusform>%Ln цифр</numerusform>"}
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="ru">'
                  "<context><name>C</name>" + "".join(
                      f'<message numerus="yes"><source>%Ln {key} digit(s)</source>'
                      f"<translation>{body}</translation></message>"
                      for key, body in forms.items()) + "</context></TS>", encoding="utf-8")
    assert sorted(source for _, source in tools.unfinished(ts)) == [
        "%Ln empty digit(s)", "%Ln two digit(s)"]


def test_every_string_is_under_its_class(fresh):
    """lupdate files a ``tr()`` it cannot place (an alias ``tr = self.tr``, a ``tr()``
    outside a class, a function nested in a module function before the class) under an
    empty context, which the running app never asks for: the string would stay English."""
    lost = [source for (context, source) in tools.messages(fresh["ru"]) if not context]
    assert not lost, f"strings lupdate could not place: {lost[:5]}"


# One word for one idea across the window: the Model box said "валидация 81,10%" and
# Compare runs, beside it, "проверка 81,1%" for the same figure.
TERMS = {"validation": {"zh_CN": "验证", "ru": "валидац"}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_term_is_translated_by_one_word_everywhere(language):
    odd = [f"[{context}] {source[:60]!r} -> {translation[:60]!r}"
           for (context, source), (translation, _) in tools.messages(tools.ts_path(language)).items()
           for term, words in TERMS.items()
           if term in source.lower() and words[language] not in translation.lower()]
    assert not odd, "\n".join(odd)


# Messages whose count the user's data decides (a batch of 1, 21 feature maps, 2 weights
# compared, 3 steps), as (context, the start of the English source, the count's
# placeholders). Russian puts a noun after a number in one of three forms (1 пример,
# 2 примера, 5 примеров): a translation that writes "{1} весов" is wrong for 1, 2 and 21.
# These are worded so that no noun follows the count ("весов удалось сравнить лишь {0} из
# {1}"); a count with its noun is a numerus message (wording.Counts) instead.
COUNTED = [
    ("FeatureMapsView", "The first {0} of {1} maps", ("{0}", "{1}")),
    ("GradCheckView", "Not checked: only {0} of {1} weights", ("{0}", "{1}")),
    ("LabController", "extrapolated from {0} of {1} parameters", ("{0}", "{1}")),
    ("LabController", "measured on all {0} of {1} parameters", ("{0}", "{1}")),
    ("findings", "In {share:.0%} of the last {points} {unit}", ("{points}", "{batch}")),
    ("findings", "blocks of {0} batches", ("{0}",)),  # "блоков по 21 батчей" read wrong
    ("findings", "Over the last {points} batches", ("{points}",)),
    ("findings", "learning rate {0:g} x {1:,} rows", ("{1:,}",)),
    # Sizes in bytes and counts of a file that is refused: any number ("ожидалось 3 байт",
    # "в архиве 2 записей" read wrong), so "байт: {1}", "записей в архиве: {0:,}".
    ("errors", "{0}: truncated: expected {1} bytes", ("{1}", "{3}")),
    ("errors", "{0}: too short to be an IDX file", ("{1}",)),
    ("errors", "{0}: truncated: the header needs", ("{1}", "{2}", "{3}")),
    ("errors", "{0}: the header declares {1} bytes", ("{1}", "{3}", "{4}")),
    ("errors", "{0}: {1} unexpected extra bytes", ("{1}", "{2}")),
    ("errors", "the archive holds {0:,} entries", ("{0:,}",)),
    ("errors", "{0} is truncated:", ("{1:,}", "{2:,}")),
    ("errors", "{0} has data after its", ("{1:,}",)),
    ("errors", "{0} declares {1:,} bytes", ("{1:,}", "{2:,}")),
    ("errors", "validation size {0:,} leaves", ("{0:,}", "{1:,}")),
    ("errors", "training-subset size {0:,} is more", ("{0:,}", "{1:,}", "{2:,}")),
    # Constants of the code (3, 16, 1000 and 2 today: "3 самых сильных входов", "не более
    # {0} нейронов", "{7} шагов", "до {3} пикселей" were right for today's numbers only).
    ("MathsView", "Circles lit by activation", ("{0}",)),
    ("MathsView", "The diagram is drawn for small networks", ("{0}",)),
    ("LabController", "<b>One step on a batch of {0}:</b>", ("{0}", "{7}")),
    ("TrainingPanel", "every training image rotated by up to", ("{3}",)),
    # A count that is the subject: its verb agrees with every number too ("1 из 5
    # изображений … прочитаны", "нейронов … активны — 1" read wrong), so it comes first,
    # in the neuter ("Прочитано верно: {0} из …"), or the count follows a colon.
    ("ConfusionMatrixView", "{0} of %Ln image(s) of {1} read", ("{0}",)),
    ("InsideView", "Hidden layer {0}: %Ln sigmoid unit(s), {1} saturated", ("{1}",)),
    ("InsideView", "Hidden layer {0}: %Ln tanh unit(s), {1} saturated", ("{1}",)),
    ("InsideView", "Hidden layer {0}: %Ln {1} unit(s), {2} active", ("{2}",)),
    ("DiagnosticsView", "{0:.0f}% saturated", ("{0:.0f}",)),
    ("DiagnosticsView", "{0:.0f}% dead", ("{0:.0f}",)),
]
# A plural verb or short participle ("прочитаны", "активны", "выросли"): after a count it
# is wrong for 1, 21, ... ("1 из 5 изображений прочитаны"); before one, too ("активны —
# 1"). Checked in the clause around each count above.
PLURAL_PREDICATE = re.compile(r"(?<![а-яё])(?!или\b)[а-яё]+(?:ны|ты|ли|ются|ятся|ют|ят)"
                              r"(?![а-яё])")
# A unit's abbreviation reads right after any number ("2 пикс.", "18 347 мин.").
UNITS = r"(?:пикс|мин)\."


def test_russian_counts_read_right_for_every_number():
    translated = tools.messages(tools.ts_path("ru"))
    wrong = []
    for context, start, placeholders in COUNTED:
        found = [text for (name, source), (text, _) in translated.items()
                 if name == context and source.startswith(start)]
        assert found, (context, start)
        for text in found:
            for placeholder in placeholders:
                # The count straight before a noun: "{1} весов", "{points} батчей" ("{0}
                # из {1}", "по {0} на нейрон" are right for every number).
                if re.search(re.escape(placeholder) + r"[\s\u00a0]+(?!(?:из|на)\b|" + UNITS
                             + r")[а-яё]", text):
                    wrong.append((context, placeholder, text[:80]))
                for at in re.finditer(re.escape(placeholder), text):  # the count's clause
                    before = re.split(r"[,;:.(\n]", text[:at.start()])[-1]
                    after = re.split(r"[,;:.()—\n]", text[at.end():])[0]
                    if PLURAL_PREDICATE.search(before + " " + after):
                        wrong.append((context, placeholder, text[:80]))
    assert wrong == []


def test_chinese_teaching_rounds_are_sets_of_digits_not_epochs():
    """A round of Teach it your handwriting is one set of the ten digits: 组 (a set), not
    轮, which the window already uses for an epoch (第 3 轮)."""
    translated = tools.messages(tools.ts_path("zh_CN"))
    rounds = {source: text for (context, source), (text, _) in translated.items()
              if context in ("TeachDialog", "Adaptation")
              and re.search(r"\bround", source, re.IGNORECASE)}
    assert len(rounds) >= 5
    assert {source: text for source, text in rounds.items() if "轮" in text or "组" not in text} == {}


# Chinese puts a space between its characters and a Latin word or a number, on both sides
# ("在最近 40 个批次中", "关闭 DigitDesk"), and none between two of its characters ("是 错误
# 实验室开关" was a slip). A value ({0}) may be Chinese or Latin: the code spaces it
# (language.spaced_format), so only the translation's own words are checked here.
HAN = "\u4e00-\u9fff"
UNSPACED = re.compile(f"[{HAN}][A-Za-z0-9]|[A-Za-z0-9][{HAN}]|[{HAN}] +[{HAN}]")
DATE_FORMATS = {("RunsView", "d MMM HH:mm")}  # Qt's date notation: "M月d日", as Chinese writes a date


def test_chinese_spaces_latin_words_and_numbers_off_and_nothing_else():
    odd = [f"[{context}] {source[:50]!r}: {match.group()!r}"
           for (context, source), (text, _) in tools.messages(tools.ts_path("zh_CN")).items()
           if (context, source) not in DATE_FORMATS
           for match in UNSPACED.finditer(FIELD.sub("\u25a1", text))]
    assert not odd, "\n".join(odd)


def test_a_value_is_spaced_off_the_chinese_around_it_only_when_latin():
    from digitdesk.gui.language import spaced_format
    question = "要在{0}之前保存它吗？"
    assert spaced_format(question, "关闭 DigitDesk") == "要在关闭 DigitDesk 之前保存它吗？"
    assert spaced_format(question, "重置权重") == "要在重置权重之前保存它吗？"
    assert spaced_format("用{0}设置{1:.1f}次", "Adam 的", 2.5) == "用 Adam 的设置 2.5 次"
    assert spaced_format("Save it before you {0}?", "close DigitDesk") == \
        "Save it before you close DigitDesk?"


# A number as Python writes it, "1e-3", "2.5e-07": the window writes a power of ten
# (numbers.power_of_ten: 10⁻³, the Diagnostics axis's and the findings' own figures).
PYTHON_EXPONENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?e[-+]?\d+\b")


def test_chinese_writes_a_power_of_ten_not_python_s_exponent():
    """The update-ratio finding read "最多只有其大小的 3.2·10⁻⁴（约 1e-3 为健康）": its
    measured figure as a power of ten, the healthy one Python's way, side by side."""
    odd = [f"[{context}] {match.group()!r} in {text[:60]!r}"
           for (context, source), (text, _) in tools.messages(tools.ts_path("zh_CN")).items()
           for match in PYTHON_EXPONENT.finditer(FIELD.sub("\u25a1", text))]
    assert not odd, "\n".join(odd)


# A finding's fix button that names several fixes lists them; Chinese lists with "、" (a
# "，" between noun phrases reads as a slip: "修复：Xavier/He，平均梯度，小批次").
FIX_LISTS = {"Mean gradient, mini-batches": "平均梯度、小批次",
             "Xavier/He, mean gradient, mini-batches": "Xavier/He、平均梯度、小批次",
             "Mean gradient, mini-batches of 64": "平均梯度、64 个一批的小批次",
             # two actions, a clause each; the activation named as the form's box names it
             "Lower the learning rate, leaky ReLU": "降低学习率，改用 Leaky ReLU"}


def test_chinese_fix_buttons_list_their_fixes_as_chinese_lists():
    translated = tools.messages(tools.ts_path("zh_CN"))
    assert {source: translated[("findings", source)][0] for source in FIX_LISTS} == FIX_LISTS


def test_chinese_quotes_with_chinese_quotation_marks():
    """A CSV refused for its header read "应为 'label,pixel0,...,pixel783' 或 ..." and a bad
    value "'3.5' 不是整数": Chinese quotes with “” (HTML attributes aside)."""
    odd = [f"[{context}] {text[:70]!r}"
           for (context, source), (text, _) in tools.messages(tools.ts_path("zh_CN")).items()
           if "'" in re.sub(r"<[^>]*>", "", text)]
    assert not odd, "\n".join(odd)


# Chinese prose marks an ellipsis with "……", two of them ("正在加载 MNIST……"); a single "…"
# stays only where it is the menu's and the button's mark of a command that opens a
# dialog ("打开模型(&O)…"), as Chinese menus write it, and where the guide quotes the
# glyph Qt cuts a long cell with.
COMMANDS = {"&Import Training Data…", "Kaggle CSV…", "IDX files…", "MNIST folder…",
            "Teach it your handwriting…", "&Teach It Your Handwriting…", "&Open Model…",
            "Save Model &As…",
            "Draw a digit on the pad, or first teach it your handwriting (Teach it your "
            "handwriting…, Ctrl+T): it reads you better after twenty of your digits"}
LONE_ELLIPSIS = re.compile("(?<!…)…(?!…)")


def test_chinese_prose_ends_with_a_double_ellipsis():
    """"正在读取 {0}…", "正在停止…": the status bar's and the progress lines' prose took
    the English single ellipsis."""
    odd = [f"[{context}] {text[:70]!r}"
           for (context, source), (text, _) in tools.messages(tools.ts_path("zh_CN")).items()
           if source not in COMMANDS and LONE_ELLIPSIS.search(text)]
    assert not odd, "\n".join(odd)


def test_the_chinese_guide_s_prose_ends_with_a_double_ellipsis():
    from pathlib import Path
    guide = (Path(__file__).parent.parent / "resources" / "help" / "README.zh_CN.md").read_text(
        encoding="utf-8")
    # menu commands are in bold (**文件 > 打开模型…**); “…” is the glyph itself
    prose = re.sub(r"\*\*[^*]*\*\*|“…”", "", guide)
    assert not [line for line in prose.splitlines() if LONE_ELLIPSIS.search(line)]
