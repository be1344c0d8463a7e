"""A layer's map: the activations of one hidden layer over many digits, projected on their
two principal components (PCA by NumPy's SVD), so that digits the layer tells apart land
apart. A drawn digit is placed on the same map with the same projection.

PCA: centre the activations ``A`` (n, units) on their mean, take the SVD
``A - mean = U S Vt``; the first two rows of ``Vt`` are the directions of largest variance,
and ``(A - mean) @ Vt[:2].T`` the map's coordinates. ``S**2 / sum(S**2)`` is the share of
the variance each direction keeps (how faithful the flat map is).
"""

from dataclasses import dataclass

import numpy as np

from .explain import _forward, _twin


def hidden_layer_activations(model, x):
    """Every hidden layer's activations for prepared inputs ``x`` (n, 784): a list of
    (n, units) arrays (Dense layers only; a conv network's image layers are skipped)."""
    _, hidden, _ = _forward(_twin(model.network), np.asarray(x, dtype=np.float64))
    return hidden


@dataclass(frozen=True)
class LayerMap:
    mean: np.ndarray  # (units,)
    components: np.ndarray  # (2, units): the two directions of largest variance
    points: np.ndarray  # (n, 2)
    explained: np.ndarray  # (2,): share of the variance along each direction

    def place(self, activations):
        """Map coordinates of more activations (m, units) -> (m, 2)."""
        return (np.asarray(activations, dtype=np.float64) - self.mean) @ self.components.T


def pca_map(activations):
    """The ``LayerMap`` of ``activations`` (n, units), n >= 2."""
    a = np.asarray(activations, dtype=np.float64)
    if a.ndim != 2 or len(a) < 2:
        raise ValueError("a layer map needs the activations of at least two digits")
    mean = a.mean(axis=0)
    _, s, vt = np.linalg.svd(a - mean, full_matrices=False)
    components = np.zeros((2, a.shape[1]))
    k = min(2, len(vt))
    components[:k] = vt[:k]
    variance = np.square(s)
    total = variance.sum()
    explained = np.zeros(2)
    explained[:k] = variance[:k] / total if total > 0 else 0.0
    return LayerMap(mean, components, (a - mean) @ components.T, explained)
