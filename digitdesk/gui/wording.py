"""Words for how far a model has trained, shared by the Model box and the Inside tab, so
that both name the same weights the same way ("1 epoch", never "1 epochs").

English plurals are chosen here rather than with Qt's ``%n`` forms, which need a
translation file even for English. (``QCoreApplication.translate`` is spelt out in every
call: pyside6-lupdate finds the strings only there.)
"""

from PySide6.QtCore import QCoreApplication

from .numbers import count, local


def epochs_text(n):
    """"1 epoch", "3 epochs"."""
    if n == 1:
        return QCoreApplication.translate("wording", "1 epoch")
    return QCoreApplication.translate("wording", "{0} epochs").format(count(n))


def batches_text(n):
    """"1 batch", "4 batches"."""
    if n == 1:
        return QCoreApplication.translate("wording", "1 batch")
    return QCoreApplication.translate("wording", "{0} batches").format(count(n))


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
