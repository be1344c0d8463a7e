"""Words for how far a model has trained, shared by the Model box and the Inside tab, so
that both name the same weights the same way ("1 epoch", never "1 epochs"), for counts
of things ("5 эпох", "2 эпохи") and for a run's settings in the window's language.

A count with a noun is a Qt numerus message (``self.tr("%Ln epoch(s)", "", n)``): Russian
has three forms (1 эпоха, 2 эпохи, 5 эпох, 21 эпоха), Chinese one. English has no
translation file, so Qt gives back the source ("5 epoch(s)") and ``english_plural``
writes it out. (pyside6-lupdate sees a numerus message only in a ``tr`` call of a class
with the count as third argument: hence ``Counts``. ``QCoreApplication.translate`` is
spelt out in every other call: pyside6-lupdate finds the strings only there.)
"""

import math
import re

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt

from ..engine.config import digits_text
from ..engine.runs import difference_labels
from .language import clauses, listed, translations
from .numbers import local

# "(s)" of "epoch(s)", "(es)" of "batch(es)"; "(is|are)", "(it|them)": singular | plural
_PLURAL_MARK = re.compile(r"\((e?s)\)|\((\w*)\|(\w*)\)")


def english_plural(text, n):
    """``text``, a numerus message Qt gave back untranslated ("5 epoch(s)"), with its
    English plural written out: "1 epoch", "5 epochs", "2 batches"; a word that changes
    with the count is written "(singular|plural)": "%Ln of your digits (is|are) kept". A
    translation has no such marks and passes through unchanged."""
    def form(mark):
        if mark.group(1):
            return "" if n == 1 else mark.group(1)
        return mark.group(2) if n == 1 else mark.group(3)
    return _PLURAL_MARK.sub(form, text)


class Counts(QObject):
    """A count with its noun in the language in use, each a numerus message: ``%Ln`` is
    the count written as the language writes numbers (60,000; 60 000)."""

    def epochs(self, n):
        return english_plural(self.tr("%Ln epoch(s)", "", n), n)

    def batches(self, n):
        return english_plural(self.tr("%Ln batch(es)", "", n), n)

    def digits(self, n):
        return english_plural(self.tr("%Ln digit(s)", "", n), n)

    def images(self, n):
        return english_plural(self.tr("%Ln image(s)", "", n), n)

    def training_images(self, n):
        return english_plural(self.tr("%Ln training image(s)", "", n), n)

    def minutes(self, n):
        return english_plural(self.tr("%Ln minute(s)", "", n), n)

    def hours(self, n):
        return english_plural(self.tr("%Ln hour(s)", "", n), n)

    def days(self, n):
        return english_plural(self.tr("%Ln day(s)", "", n), n)


counts = Counts()


def epochs_text(n):
    """"1 epoch", "3 epochs" ("1 эпоха", "3 эпохи", "5 эпох")."""
    return counts.epochs(int(n))


def batches_text(n):
    """"1 batch", "4 batches"."""
    return counts.batches(int(n))


# Past 90 minutes a duration reads in hours, past 48 hours in days: "1,805 minutes" had
# the reader divide by 60 to learn that a run takes more than a day.
MOST_MINUTES = 90
MOST_HOURS = 48


def duration_text(seconds):
    """A long duration (an estimate: whole units) in the unit a reader thinks in: "25
    minutes", "30 hours", "6 days" ("30 часов", "6 дней"; "30 小时")."""
    minutes = round(seconds / 60)
    if minutes <= MOST_MINUTES:
        return counts.minutes(minutes)
    hours = round(seconds / 3600)
    if hours <= MOST_HOURS:
        return counts.hours(hours)
    return counts.days(round(seconds / 86400))


def config_summary(config):
    """``config.describe()`` in the language in use: the same parts
    (``TrainConfig.summary_parts``), each worded here ("全批量", "300 эпох"), with the
    settings named as the form's boxes name them ("ReLU", "Softmax + перекрёстная
    энтропия", "Импульс"): this line is for the window (status bar, Compare runs, the
    gradient check, the bug lab), read beside those boxes. The CLI keeps
    ``config.describe()``, in the code's names: those are what its options take
    (``--activation relu --optimizer momentum``). A bug's name stays the code's: it is
    the name of a switch in the code, and no box names it otherwise."""
    words = {
        "network": lambda value: "{0} {1}".format(value[0], activation_name(value[1])),
        "head": lambda value: QCoreApplication.translate("wording", "{0} ({1})").format(
            head_name(value[0]), reduction_name(value[1]).lower()),
        "init": lambda init: QCoreApplication.translate("wording", "{0} init").format(
            init_name(init)),
        "optimizer": lambda value: QCoreApplication.translate(
            "wording", "{0} lr {1:g}").format(optimizer_name(value[0]), local(value[1])),
        "batch": lambda size: (QCoreApplication.translate("wording", "full batch")
                               if size is None else QCoreApplication.translate(
                                   "wording", "batch {0}").format(size)),
        "epochs": epochs_text,
        "digits": lambda digits: QCoreApplication.translate("wording", "digits {0}").format(
            summary_digits(digits)),
        "pen_styles": lambda digits: QCoreApplication.translate(
            "wording", "pen styles on {0}").format(summary_digits(digits)),
        "bugs": lambda bugs: QCoreApplication.translate("wording", "BUGS ON: {0}").format(
            listed(bugs)),
    }
    return clauses(words[kind](value) for kind, value in config.summary_parts())


def summary_digits(digits):
    """The digits of a summary: "3 7", as the command line's summary writes them, and
    "3、7" in Chinese, where "数字 3 7" read as a slip (its lists take "、")."""
    return listed(digits) if translations.language == "zh_CN" else digits_text(digits)


def preset_name(name):
    """A preset as the window names it ("Convolutional", "Свёрточная", "卷积"); the CLI and
    the code keep the internal names (``--preset convolutional``)."""
    names = {
        "quick": QCoreApplication.translate("wording", "Quick"),
        "accurate": QCoreApplication.translate("wording", "Accurate"),
        "convolutional": QCoreApplication.translate("wording", "Convolutional"),
    }
    return names.get(name, name.capitalize())


def activation_name(activation):
    """An activation as the form's Activation box names it ("ReLU", not "relu")."""
    names = {
        "sigmoid": QCoreApplication.translate("wording", "Sigmoid"),
        "tanh": QCoreApplication.translate("wording", "tanh"),
        "relu": QCoreApplication.translate("wording", "ReLU"),
        "leaky_relu": QCoreApplication.translate("wording", "Leaky ReLU"),
    }
    return names.get(activation, activation)


def head_name(head):
    """An output layer and loss as the form's Output and loss box names it ("Softmax +
    cross-entropy", not "softmax_ce")."""
    names = {
        "softmax_ce": QCoreApplication.translate("wording", "Softmax + cross-entropy"),
        "sigmoid_mse": QCoreApplication.translate("wording", "Sigmoid + squared error"),
        "linear_mse": QCoreApplication.translate("wording", "Linear + squared error"),
        "sigmoid_regression": QCoreApplication.translate(
            "wording", "One sigmoid output: label / 10"),
        "linear_regression": QCoreApplication.translate(
            "wording", "One linear output: label / 10"),
    }
    return names.get(head, head)


def init_name(init):
    """A weight initialisation as the form's Initialisation box names it ("He", not "he")."""
    names = {
        "uniform": QCoreApplication.translate("wording", "Uniform(−1, 1)"),
        "normal": QCoreApplication.translate("wording", "Normal(0, 0.01)"),
        "xavier": QCoreApplication.translate("wording", "Xavier / Glorot"),
        "he": QCoreApplication.translate("wording", "He"),
    }
    return names.get(init, init)


def reduction_name(reduction):
    """How a batch's gradients are combined, as the form's Batch gradient box names it."""
    names = {
        "mean": QCoreApplication.translate("wording", "Mean"),
        "sum": QCoreApplication.translate("wording", "Sum"),
    }
    return names.get(reduction, reduction)


def optimizer_name(optimizer):
    """An optimiser as the form's Optimiser box names it ("Momentum", not "momentum")."""
    names = {
        "sgd": QCoreApplication.translate("wording", "SGD"),
        "momentum": QCoreApplication.translate("wording", "Momentum"),
        "nesterov": QCoreApplication.translate("wording", "Nesterov momentum"),
        "adam": QCoreApplication.translate("wording", "Adam"),
    }
    return names.get(optimizer, optimizer)


def schedule_name(schedule):
    """A learning-rate schedule as the form's Schedule box names it ("Cosine decay", not
    "cosine")."""
    names = {
        "constant": QCoreApplication.translate("wording", "Constant"),
        "step": QCoreApplication.translate("wording", "Step decay"),
        "cosine": QCoreApplication.translate("wording", "Cosine decay"),
    }
    return names.get(schedule, schedule)


def augment_name(augment):
    """An augmentation as the form's Augmentation box names it ("Affine + pen styles", not
    "affine+styles")."""
    names = {
        "none": QCoreApplication.translate("wording", "None"),
        "affine": QCoreApplication.translate("wording", "Affine"),
        "affine+styles": QCoreApplication.translate("wording", "Affine + pen styles"),
    }
    return names.get(augment, augment)


def augmentation_text(augment):
    """An augmentation in a line of settings (a preset's tip, Compare runs' legend):
    "affine augmentation", "no augmentation"."""
    if augment == "none":
        return QCoreApplication.translate("wording", "no augmentation")
    return QCoreApplication.translate("wording", "{0} augmentation").format(
        augment_name(augment).lower())


def network_words(config):
    """The network of ``config`` in the form's words, as parts: ``["784-256-10", "ReLU",
    "Softmax + cross-entropy"]`` (the Model box and the status bar after File > Open)."""
    return [config.architecture_text(), activation_name(config.activation),
            head_name(config.head)]


def run_differences(configs):
    """``engine.runs.difference_labels`` in the language in use: "学习率 0.5",
    "全批量", "эпохи 300", "数字 3、7", "错误：无" (a value's items as Chinese lists them, with no space
    in other languages: "3,7", so that a part never reads as two parts; bug-lab switches,
    names, as the language lists them: "a, b", "a、b")."""
    return difference_labels(
        configs, word=lambda text: QCoreApplication.translate("runs", text),
        number=lambda value: format(local(value), "g"), join=clauses,
        listing=lambda items: ("、" if translations.language == "zh_CN" else ",").join(items),
        names=listed, setting=setting_words)


def setting_words(key, value):
    """A setting in which two runs differ, named as the form and the run's summary name
    it ("Sum", "Xavier / Glorot init", "no biases", "100 epochs", "cosine decay schedule",
    "affine augmentation"): the legend said "sum, init xavier, bias False, epochs 100,
    schedule cosine, augment affine" beside "скорость 0,1". ``None`` for a setting worded
    as "name value"."""
    named = {"activation": activation_name, "optimizer": optimizer_name, "head": head_name,
             "reduction": lambda reduction: reduction_name(reduction).lower()}
    if key in named:
        return named[key](value)
    if key == "init":
        return QCoreApplication.translate("wording", "{0} init").format(init_name(value))
    if key == "schedule":
        return QCoreApplication.translate("wording", "{0} schedule").format(
            schedule_name(value).lower())
    if key == "augment":
        return augmentation_text(value)
    if key == "epochs" and isinstance(value, int):  # "100 эпох", as the summary says it
        return epochs_text(value)
    if key == "bias" and isinstance(value, bool):
        return (QCoreApplication.translate("wording", "with biases") if value
                else QCoreApplication.translate("wording", "no biases"))
    if key == "deskew" and isinstance(value, bool):
        return (QCoreApplication.translate("wording", "digits straightened") if value
                else QCoreApplication.translate("wording", "digits not straightened"))
    return None


def training_progress(history):
    """``(whole epochs, epochs of training as a fraction, batches)`` of ``history``: a run
    stopped half-way through an epoch leaves more training than its whole epochs."""
    epochs = len(history.get("epoch", []))
    batch_epochs = history.get("batch_epoch", [])
    progress = max(float(epochs), float(batch_epochs[-1]) if len(batch_epochs) else 0.0)
    return epochs, progress, len(history.get("batch_loss", []))


def trained_so_far(history):
    """"untrained (random weights)", "4 batches trained", "1 epoch trained" or "1.4 epochs
    trained"."""
    epochs, progress, batches = training_progress(history)
    if progress <= 0:
        return QCoreApplication.translate("wording", "untrained (random weights)")
    if epochs == 0:
        return QCoreApplication.translate("wording", "{0} trained").format(batches_text(batches))
    if progress - epochs < 1e-9:
        return QCoreApplication.translate("wording", "{0} trained").format(epochs_text(epochs))
    return QCoreApplication.translate("wording", "{0:.1f} epochs trained").format(local(progress))


def saved_time_text(saved):
    """When a model file was saved, in the user's own time: ``"2026-12-01 09:45"`` in
    Beijing for a file saved at 01:45 UTC (the file says when in UTC; the Model box showed
    that UTC time as if it were local, hours off outside UTC). "" if unknown or unreadable."""
    moment = QDateTime.fromString(str(saved or ""), Qt.DateFormat.ISODate)
    if not moment.isValid():
        return ""
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def weights_age(history):
    """Which weights a measurement was made on: "untrained", "after 4 batches", "after
    epoch 1", "after 1.4 epochs"."""
    epochs, progress, batches = training_progress(history)
    if progress <= 0:
        return QCoreApplication.translate("wording", "untrained")
    if epochs == 0:
        return QCoreApplication.translate("wording", "after {0}").format(batches_text(batches))
    if progress - epochs < 1e-9:
        return QCoreApplication.translate("wording", "after epoch {0}").format(epochs)
    return QCoreApplication.translate("wording", "after {0:.1f} epochs").format(local(progress))


# Below this share of the way from guessing to reading every digit, a model reads hardly
# better than chance (10.1% after learner question 000, 10% for 0-9): fine-tuning it on a
# user's twenty digits would not make it read them, so no adaptation is offered.
LEAST_READING = 0.2


def not_worth_adapting(model):
    """Why adapting ``model`` to the user's handwriting makes no sense, as a function giving
    the reason in the current language; ``None`` when it reads (or has not been measured:
    nothing to say yet). Measured on its test digits, else its last validation; a model
    never trained (fresh random weights) cannot read either."""
    accuracy = model.info.get("test_accuracy")
    if accuracy is None:
        validation = [a for a in model.history.get("val_accuracy", []) if not math.isnan(a)]
        accuracy = validation[-1] if validation else None
    if accuracy is None and training_progress(model.history)[1] <= 0:  # Reset weights
        return lambda: QCoreApplication.translate(
            "wording", "This model is untrained (random weights): it cannot read digits yet, "
            "so teaching it your handwriting cannot help. Train it first.")
    chance = 1 / len(model.config.classes)
    if accuracy is None or accuracy >= chance + LEAST_READING * (1 - chance):
        return None
    return lambda: QCoreApplication.translate(
        "wording", "This model reads only {0:.0f}% of the digits it was checked on, about "
        "what guessing gets ({1:.0f}%): it has not learnt to read digits, so teaching it "
        "your handwriting cannot help. Train a model that reads first.").format(local(100 * accuracy),
                                                           local(100 * chance))


def regression_reading_text(reading):
    """A one-output network's ``engine.losses.RegressionReading`` in words: "1.00 × 10 =
    10.0, which rounds to none of its digits (nearest: 9)" (the pad's note, the maths tab)."""
    if reading.digit is None:
        return QCoreApplication.translate(
            "wording", "{0:.2f} × 10 = {1:.1f}, which rounds to none of its digits "
            "(nearest: {2})").format(local(reading.output), local(reading.value), reading.nearest)
    return QCoreApplication.translate(
        "wording", "{0:.2f} × 10 = {1:.1f}, which rounds to {2}").format(
        local(reading.output), local(reading.value), reading.digit)
