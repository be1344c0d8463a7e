"""digitdesk: train a from-scratch NumPy network on handwritten digits, watch it learn,
and draw digits for it to read.

The Python API in brief::

    import digitdesk
    model = digitdesk.load_model("model.npz")
    probabilities = model.predict_proba(images)   # (n, 28, 28) uint8 -> (n, 10)
    model.save("copy.npz")
"""

__version__ = "0.1.0"

from .engine import Model, ModelFileError, TrainConfig, load_model  # noqa: E402

__all__ = ["Model", "ModelFileError", "TrainConfig", "load_model", "__version__"]
