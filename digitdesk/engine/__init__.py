"""The NumPy engine: layers, losses, optimisers, the trainer and the gradient check.

Pure NumPy, no Qt: everything here can be used (and tested) without a window.
"""

from .config import PRESETS, TrainConfig
from .gradcheck import GradCheckResult, UpdateCheckResult, check_model, check_update, gradient_check
from .model import Model, images_to_input, new_model
from .modelfile import ModelFileError, load_model, save_model
from .network import Network, build_network
from .trainer import (EpochReport, LayerDiagnostics, StepReport, Trainer, TrainingDiverged,
                      training_data)

__all__ = [
    "PRESETS", "TrainConfig", "GradCheckResult", "UpdateCheckResult", "check_model",
    "check_update", "gradient_check", "Model",
    "images_to_input", "new_model", "ModelFileError", "load_model", "save_model", "Network",
    "build_network", "EpochReport", "LayerDiagnostics", "StepReport", "Trainer",
    "TrainingDiverged", "training_data",
]
