"""Model files: File > Open, Open Recent, Save, Save As and drag-and-drop, and the question
"Save the trained model?" before the model in use would be lost.

A file is read and checked completely before anything changes: a failed open leaves the
model in use untouched.
"""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..engine import ModelFileError, load_model
from ..personal import base_of
from ..save_target import model_file_path, save_error_words, save_target_problem
from .language import error_text, phrase_text, spaced_format
from .settings import last_folder, recent_files, remember_folder, remember_recent
from .wording import network_words

class ModelFiles(QObject):
    """Opens and saves the window's model in use (``window.model()``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        # File > Open Recent: filled each time it opens, so it is in the current language
        # and lists what the settings hold now.
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def fill_recent_menu(self):
        menu = self.recent_menu
        menu.clear()
        for number, path in enumerate(recent_files(), 1):
            # "&1 model.npz  (folder)": a digit key picks it, the folder tells twins apart
            # (an "&" in a name is a mnemonic to Qt: "&&" shows it as itself)
            name, folder = (str(part).replace("&", "&&")
                            for part in (Path(path).name, Path(path).parent))
            action = menu.addAction(self.tr("&{0} {1}  ({2})").format(number, name, folder))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, path=path: self.open_file(path))
        if menu.isEmpty():
            menu.addAction(self.tr("No model opened or saved yet")).setEnabled(False)

    # --- without dialogs (the window's load_model and save_model) ------------------------
    def load(self, path):
        """Open ``path`` and use it; ``ModelFileError`` leaves the model in use in use."""
        model = self.read(path)
        self._use(model, path)
        return model

    def read(self, path):
        """Read and check a model file before touching anything; ``ModelFileError`` also
        for a model the form cannot show (e.g. one trained with 5,000 epochs)."""
        model = load_model(path)
        try:
            self.window.training_panel.check_fits(model.config)
        except ValueError as error:
            raise ModelFileError(f"{Path(path).name}: {error}") from None
        return model

    def _use(self, model, path):
        window = self.window
        window.stop_training(wait=True)
        window.training_panel.set_config(model.config)  # first: it may refuse (ValueError)
        window.plots.set_history(model.history)
        window.diagnostics_view.clear()
        window.set_model(model, Path(path), unsaved=False)
        window.training_panel.show_idle()
        remember_folder(path)
        remember_recent(path)
        window.show_status(lambda: self.tr("Opened {0}: {1}").format(
            Path(path).name, " · ".join(network_words(model.config))))

    def save(self, path):
        """Save the model in use to ``path`` (atomically). Raises ``OSError``, or
        ``RuntimeError`` when there is nothing to save."""
        window = self.window
        model = window.model()
        if model is None:
            raise RuntimeError(self.tr("There is no model to save yet: train one first."))
        if window.is_training():
            raise RuntimeError(self.tr("Stop training before saving."))
        # In plain words, naming the file asked for (an atomic save writes a temporary
        # file first, whose name means nothing to the user).
        problem = save_target_problem(path)
        if problem is not None:
            raise OSError(phrase_text("save_target", problem))
        try:
            model.save(path)
        except OSError as error:
            raise OSError(phrase_text("save_target", save_error_words(path, error))) from error
        window.set_model_path(path)
        remember_folder(path)
        remember_recent(path)
        window.show_status(lambda: self.tr("Saved {0}").format(path))

    # --- with dialogs (the File menu, drag-and-drop) ---------------------------------------
    def open_interactive(self):
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Model"), last_folder(),
                                              self.tr("digitdesk models (*.npz)"))
        if path:
            self.open_file(path)

    def open_file(self, path):
        """Open ``path`` with the dialogs a user expects (menu and drag-and-drop); refused,
        with a word in the status bar, while Open is greyed out (training, fine-tuning)."""
        window = self.window
        if not window.may_open():  # e.g. a model dropped on the window while training
            window.explain_no_open()
            return False
        try:
            model = self.read(path)
        except ModelFileError as error:
            if not Path(path).is_file():  # moved or deleted: no use offering it again
                remember_recent(path, forget=True)
            window.show_status(lambda: self.tr("Could not open {0}").format(Path(path).name))
            text = error_text(error)
            if error.not_a_model:  # e.g. data: a newcomer may look for it under Open
                text += "\n\n" + self.tr(
                    "File > Open Model reads the models digitdesk saves (File > Save Model). "
                    "To train on data of your own (Kaggle's train.csv, MNIST files), use "
                    "File > Import Training Data.")
            QMessageBox.critical(window, self.tr("Cannot open the model"), text)
            return False
        if not self.confirm_discard(self.tr("open {0}").format(Path(path).name)):
            return False
        self._use(model, path)
        return True

    def save_interactive(self):
        """File > Save: to the model's file, or ask for one. ``True`` if saved."""
        path = self.window.model_path()
        if path:
            return self._save_to(path)
        return self.save_as_interactive()

    def save_as_interactive(self):
        suggested = Path(last_folder()) / self._suggested_name()
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Model"), str(suggested),
                                              self.tr("digitdesk models (*.npz)"))
        if not path:
            return False
        # The command line's rule (save_target.model_file_path): "model" and "run.v2" are
        # saved as model.npz and run.v2.npz, which Open lists. The dialog asked before
        # replacing the name typed, not this one: ask here if it is there.
        written = model_file_path(path)
        if written != Path(path) and written.exists() and not self._may_replace(written):
            self.window.show_status(lambda: self.tr("Not saved: {0} was kept").format(
                written.name))
            return False
        return self._save_to(str(written))

    def _suggested_name(self):
        """The name Save As offers: the model's file's; for an adapted model never saved,
        its base's with "-adapted" (quick-adapted.npz: "model.npz" said nothing of it, and
        saved beside other models it was easily taken for another)."""
        current = self.window.model_path()
        if current:
            return Path(current).name
        base = base_of(self.window.model()) if self.window.model() is not None else None
        if base is not None and base[0]:
            return f"{Path(base[0]).stem}-adapted.npz"
        return "model.npz"

    def _may_replace(self, path):
        """Whether ``path``, there already, may be replaced by the model (asked)."""
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, self.tr("Replace the file?"),
            self.tr("A model file's name ends in .npz: the model would be saved as {0}, "
                    "and {0} already exists in {1}. Replace it?").format(path.name, path.parent),
            Button.Yes | Button.No, Button.No)
        return answer == Button.Yes

    def _save_to(self, path):
        try:
            self.save(path)
        except (OSError, RuntimeError) as error:
            self.window.show_status(lambda error=error: self.tr("Not saved: {0}").format(error))
            QMessageBox.critical(self.window, self.tr("Cannot save the model"), self.tr(
                "{0} was not saved: {1}.").format(Path(path).name, error))
            return False
        return True

    def confirm_discard(self, doing):
        """Before the model in use would be lost (``doing``, e.g. "open x.npz"): if it is
        trained and not saved, or still training, ask to save it. ``True``: go ahead."""
        window = self.window
        if not (window.is_unsaved() or window.is_training()) or not window.ask_before_discarding:
            return True
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            window, self.tr("Save the trained model?"),
            spaced_format(self.tr(
                "The model you trained has not been saved. Save it before you {0}?"), doing),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Cancel:
            return False
        window.stop_training(wait=True)  # the model trained so far becomes the model in use
        if answer == Button.Save:
            return self.save_interactive()
        return True

    @staticmethod
    def dropped_paths(event):
        """The local files (or folders) dragged or dropped on the window, in a list; an
        empty one if the drag holds anything else (a web link, text)."""
        mime = event.mimeData()
        urls = mime.urls() if mime.hasUrls() else []
        if not all(url.isLocalFile() for url in urls):
            return []
        return [url.toLocalFile() for url in urls]
