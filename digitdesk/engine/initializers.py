"""Weight initialisation: where training starts decides whether it can start at all.

Each function returns a ``(fan_in, fan_out)`` weight matrix drawn with the given NumPy
``Generator``. Biases are not drawn: they start at zero (a conv layer's at a small
positive ``network.CONV_BIAS_START``; ``build_network`` says why).
"""

import numbers

import numpy as np


def uniform_pm1(rng, fan_in, fan_out):
    """``uniform(-1, 1)``, as in seed 000. A weight has variance 1/3, so with 784 inputs the
    pre-activation of a unit has a standard deviation of about ``sqrt(784 / 3) * rms
    pixel``, and MNIST's root-mean-square pixel is about 0.33: ~5 (measured: 5.3). Over
    half of the sigmoids then sit within 0.05 of 0 or 1, where ``y * (1 - y)`` ~ 0 lets
    almost no gradient through."""
    return rng.uniform(-1.0, 1.0, size=(fan_in, fan_out))


def normal_001(rng, fan_in, fan_out):
    """``normal(0, 0.01)``, as in seed 001 (``0.01 * randn``). Small enough not to
    saturate, but the signal shrinks layer by layer in deeper networks."""
    return 0.01 * rng.standard_normal(size=(fan_in, fan_out))


def xavier(rng, fan_in, fan_out):
    """Glorot/Xavier uniform: ``U(-a, a)`` with ``a = sqrt(6 / (fan_in + fan_out))``, so
    the variance ``2 / (fan_in + fan_out)`` keeps signals (forward) and gradients
    (backward) about the same size through sigmoid and tanh layers."""
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def he(rng, fan_in, fan_out):
    """He/Kaiming normal: ``normal(0, sqrt(2 / fan_in))``. ReLU zeroes half of its inputs,
    which halves the variance; the factor 2 puts it back."""
    return rng.standard_normal(size=(fan_in, fan_out)) * np.sqrt(2.0 / fan_in)


INITIALIZERS = {
    "uniform": uniform_pm1,
    "normal": normal_001,
    "xavier": xavier,
    "he": he,
}

INITIALIZER_DESCRIPTIONS = {
    "uniform": "uniform(-1, 1) (seed 000): saturates sigmoids",
    "normal": "normal(0, 0.01) (seed 001)",
    "xavier": "Xavier/Glorot: for sigmoid and tanh",
    "he": "He: for ReLU",
}


def init_weights(name, rng, fan_in, fan_out, dtype=np.float32):
    """A ``(fan_in, fan_out)`` weight matrix of ``dtype`` (a float type), drawn by the
    initialisation called ``name`` with ``rng`` (a ``np.random.Generator``)."""
    if name not in INITIALIZERS:
        raise ValueError(f"unknown initialisation {name!r}; choose one of {', '.join(INITIALIZERS)}")
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a np.random.Generator (np.random.default_rng(seed)), "
                        f"not {type(rng).__name__}")
    for what, size in (("fan_in", fan_in), ("fan_out", fan_out)):
        if isinstance(size, bool) or not isinstance(size, numbers.Integral) or size < 1:
            raise ValueError(f"{what} must be a whole number >= 1, not {size!r}")
    if np.dtype(dtype).kind != "f":
        raise TypeError(f"weights must be floats (float32 or float64), not {np.dtype(dtype)}: "
                        "integer weights cannot take small steps")
    return INITIALIZERS[name](rng, fan_in, fan_out).astype(dtype)
