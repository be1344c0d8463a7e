"""Looking inside a trained network: what its units look for, how it reads one digit, and
where it goes wrong on the validation set. Pure NumPy, no Qt (the "Inside the network"
view in the app presents these numbers; it computes none of them).

Everything here works on the image the network really sees: ``Model.prepare`` turns an
MNIST-style 28 x 28 image into the network's input (and deskews it if the model was trained
that way), so the maps below are drawn over that prepared image.

The model is never changed: each function runs a private float64 *twin* of the network
(``_twin``), so a snapshot that the GUI is reading, or a model still in training, keeps
its weights and its cached activations.

Which number is explained for a digit ``k`` (the "class score"):

* ``softmax_ce``: the logit ``z_k``, the number that goes into the softmax.
* ``sigmoid_mse`` / ``linear_mse``: the head's output ``y_k`` (after the sigmoid, if any):
  the number the class probabilities are built from.
* ``*_regression``: there is one output ``v`` (meaning digit ``10 v``); the probability of
  digit ``k`` is the softmax of ``-(10 v - k)**2 / (2 sigma**2)`` (see
  ``losses.outputs_to_probabilities``), so that bell's exponent is the score of ``k``.
"""

import math
from dataclasses import dataclass

import numpy as np

from .conv import MaxPool2D
from .layers import Sigmoid
from .losses import HEADS, REGRESSION_SIGMA, outputs_to_probabilities
from .model import ten_digit_probabilities


# ----------------------------------------------------------------------------- the twin
def _twin(network):
    """A float64 copy of ``network``'s layers that can backpropagate all the way to the input.

    Two differences from ``network.copy()``: the first weighted layer also computes
    ``dL/dx`` (the network itself skips it: training never needs it), and every sigmoid is
    the correct one. With a bug-lab switch on, the model's own backward pass is broken on
    purpose; this view explains what the network *computes*, so it uses the true slope.
    """
    twin = network.copy(np.float64)
    twin.weighted_layers[0].needs_input_grad = True
    # also a bug lab's BrokenSigmoid
    return [Sigmoid() if isinstance(layer, Sigmoid) else layer for layer in twin.layers]


def _forward(layers, x):
    """Run ``layers`` on ``x``; returns the outputs, each dense hidden layer's activation
    (n, units), and each image layer's output (n, H, W, channels) after its activation
    or pooling, as ``(layer index, array)``."""
    hidden, maps = [], []
    for i, layer in enumerate(layers):
        x = layer.forward(x)
        is_output_function = i == len(layers) - 1
        if is_output_function or not _is_activation_or_pool(layer):
            continue
        if x.ndim == 4:
            maps.append(x)
        else:
            hidden.append(x)
    return x, hidden, maps


def _is_activation_or_pool(layer):
    return isinstance(layer, MaxPool2D) or hasattr(layer, "saturated_fraction") or hasattr(
        layer, "dead_fraction")


def _backward(layers, dout):
    """Backpropagate ``dout`` through ``layers``; returns ``dL/d(input)``."""
    for layer in reversed(layers):
        dout = layer.backward(dout)
    return dout


def prepared_input(model, image):
    """What the network is fed for one 28 x 28 image: ``(28, 28)`` float64 in [0, 1]
    (deskewed if the model was trained on deskewed digits)."""
    return model.prepare(np.asarray(image)[np.newaxis]).astype(np.float64).reshape(28, 28)


# ----------------------------------------------------------------------------- one digit
def output_index(config, digit):
    """Which output of the network stands for ``digit``: the digit itself, its place in
    ``config.digits`` for a model trained on a subset, or 0 for a one-output regression."""
    digit = int(digit)
    if digit not in config.classes:
        raise ValueError(f"this model tells apart {list(config.classes)} only, not {digit}")
    if HEADS[config.head]["outputs"] == 1:
        return 0
    return config.classes.index(digit)


def class_score_gradient(config, outputs, digit):
    """``d(score of digit) / d(outputs)`` for one example: ``outputs`` (1, n_outputs).
    The score is the number named in the module docstring."""
    grad = np.zeros_like(outputs)
    if HEADS[config.head]["outputs"] == 1:
        # score = -(10 v - k)**2 / (2 sigma**2)  =>  d score / dv = -10 (10 v - k) / sigma**2
        grad[0, 0] = -10.0 * (10.0 * outputs[0, 0] - digit) / REGRESSION_SIGMA**2
    else:
        grad[0, output_index(config, digit)] = 1.0
    return grad


@dataclass(frozen=True)
class DigitExplanation:
    """How a model reads one digit.

    ``image``: the prepared input (28, 28). ``probabilities``: (10,), one per digit.
    ``digit``: the digit explained. ``gradient``: d(score of ``digit``)/d(pixel) (28, 28):
    where *more* ink would raise (> 0) or lower (< 0) the score. ``input_times_gradient``:
    ``image * gradient``: how much each pixel's ink, as drawn, pushes the score up or down
    (zero wherever there is no ink). ``activations``: one 1-D array per dense hidden
    layer. ``feature_maps``: for a convolutional network, one ``(channels, H, W)`` array
    per conv layer (after its activation) and per pooling layer: what each filter found
    where; empty for an MLP. ``outputs``: the network's raw outputs (1-D): for a one-output
    network, the number the ``probabilities`` (a bell of closeness) are made from.
    """
    image: np.ndarray
    probabilities: np.ndarray
    digit: int
    gradient: np.ndarray
    input_times_gradient: np.ndarray
    activations: list
    feature_maps: list = ()
    outputs: np.ndarray = None


def explain_digit(model, image, digit=None):
    """Explain how ``model`` reads ``image`` (28 x 28, uint8 or float in [0, 1]): one
    forward and one backward pass of one image (well under a millisecond for the presets).

    ``digit``: the digit whose score to explain; ``None`` for the digit the model reads.
    """
    x = prepared_input(model, image)
    layers = _twin(model.network)
    outputs, hidden, maps = _forward(layers, x.reshape(1, 784))
    probabilities = ten_digit_probabilities(
        model.config, outputs_to_probabilities(model.head, outputs))[0]
    if digit is None:
        digit = int(np.argmax(probabilities))
    dscore = class_score_gradient(model.config, outputs, digit)
    gradient = _backward(layers, dscore).reshape(28, 28)
    return DigitExplanation(image=x, probabilities=probabilities, digit=int(digit),
                            gradient=gradient, input_times_gradient=x * gradient,
                            activations=[h[0].copy() for h in hidden],
                            feature_maps=[_channels_first(m[0]) for m in maps],
                            outputs=outputs[0].copy())


def hidden_activations(model, image):
    """Each hidden layer's outputs for one 28 x 28 image: a list of 1-D arrays, one per
    hidden layer (after its activation function)."""
    x = prepared_input(model, image)
    _, hidden, _ = _forward(_twin(model.network), x.reshape(1, 784))
    return [h[0].copy() for h in hidden]


def feature_maps(model, image):
    """For a convolutional network, what its image layers make of one 28 x 28 image:
    ``[(layer name, maps), ...]`` with ``maps`` ``(channels, H, W)``, one image per filter,
    for each conv layer (after its activation) and pooling layer, in order. Empty for an MLP."""
    x = prepared_input(model, image)
    _, _, maps = _forward(_twin(model.network), x.reshape(1, 784))
    names = [p.text for p in model.config.plan() if p.kind in ("conv", "pool")]
    return list(zip(names, [_channels_first(m[0]) for m in maps]))


def conv_filters(model, layer=1):
    """The filters of conv layer ``layer`` (1 = the first) as images, a float64 copy:
    ``(out_channels, in_channels, k, k)``. The first layer's filters look at the pixels
    themselves (``in_channels`` is 1): each is a small stamp that its feature map lights up
    where the image resembles it."""
    convs = model.network.conv_layers
    if not 1 <= layer <= len(convs):
        raise ValueError(f"this network has {len(convs)} conv layers, not a layer {layer}")
    W = convs[layer - 1].W  # (k, k, in, out)
    return W.transpose(3, 2, 0, 1).astype(np.float64)


def _channels_first(maps):
    return np.ascontiguousarray(maps.transpose(2, 0, 1))


def input_times_gradient(model, image, digit):
    """``(28, 28)``: each input pixel times the gradient of ``digit``'s score (see the
    module docstring) with respect to that pixel. Positive: this ink makes the network
    more sure it is ``digit``; negative: less. Zero where the input is zero."""
    return explain_digit(model, image, digit).input_times_gradient


def first_layer_weights(model):
    """``(hidden, 28, 28)``: the weights into each first-layer unit, as an image (a copy).
    Unit ``j`` computes ``sum(W[:, j] * pixels) + b[j]``: it is excited by ink where its
    image is positive and inhibited where it is negative. If pooling layers shrink the image
    before the first dense layer (``pool2,dense128``), the images are that size (14 x 14).
    ``ValueError`` for a network that starts with a convolution (see ``conv_filters``)."""
    if model.network.conv_layers:
        raise ValueError("the first layer of this network is a convolution: its weights "
                         "are small filters (see conv_filters), not 28 x 28 images")
    W = model.network.dense_layers[0].W
    side = math.isqrt(W.shape[0])  # one grey channel: a square image of W.shape[0] pixels
    return W.T.reshape(W.shape[1], side, side).astype(np.float64)


# ----------------------------------------------------------------------------- a data set
def confusion_matrix(labels, predicted, n_classes=10):
    """``(n_classes, n_classes)`` counts: row = the true digit, column = the digit read."""
    counts = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(counts, (np.asarray(labels, dtype=np.intp), np.asarray(predicted, dtype=np.intp)), 1)
    return counts


@dataclass(frozen=True)
class ValidationResult:
    """How a model reads a labelled set (the validation set, in the app).

    ``images`` (n, 28, 28) and ``labels`` (n,) as given; ``predicted`` (n,) the digit
    read; ``confidence`` (n,) its probability; ``confusion`` (10, 10) (see
    ``confusion_matrix``); ``classes``: the digits the model tells apart; ``finite``:
    ``False`` if the outputs are NaN or infinite (training diverged), then the rest is
    meaningless.
    """
    images: np.ndarray
    labels: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray
    confusion: np.ndarray
    classes: tuple
    finite: bool

    @property
    def size(self):
        return len(self.labels)

    @property
    def correct(self):
        return int(np.trace(self.confusion))

    @property
    def accuracy(self):
        return self.correct / self.size if self.size else float("nan")

    def cell(self, true_digit, read_as):
        """Indices of the images of ``true_digit`` read as ``read_as``: for a mistake the
        most confident first (the most striking), for a correct cell the least confident
        first (the ones it nearly got wrong)."""
        index = np.flatnonzero((self.labels == true_digit) & (self.predicted == read_as))
        order = np.argsort(self.confidence[index], kind="stable")
        return index[order[::-1]] if true_digit != read_as else index[order]

    def mistakes(self):
        """Indices of every misread image, the most confident mistakes first."""
        index = np.flatnonzero(self.labels != self.predicted)
        return index[np.argsort(-self.confidence[index], kind="stable")]


class ReadingCancelled(RuntimeError):
    """``should_stop`` asked ``evaluate_validation`` to stop before it had read every image."""


def evaluate_validation(model, images, labels, batch_size=2000, should_stop=None):
    """Read ``images`` with ``model`` and compare with ``labels``; a ``ValidationResult``.
    Images of digits the model was not trained on are left out (as ``Model.evaluate``).

    ``should_stop`` (optional) is asked before each batch; once it answers ``True`` the
    reading ends with ``ReadingCancelled`` (the app closing does not wait for a whole
    reading of a slow model)."""
    images, labels = model.config_rows(images, labels)
    images = np.asarray(images)
    labels = np.asarray(labels, dtype=np.intp)
    chunks = []
    for i in range(0, len(images), batch_size):
        if should_stop is not None and should_stop():
            raise ReadingCancelled(f"stopped after {i} of {len(images)} images")
        chunks.append(model.predict_proba(images[i:i + batch_size]))
    probabilities = np.concatenate(chunks) if chunks else np.zeros((0, 10))
    finite = bool(np.all(np.isfinite(probabilities)))
    predicted = np.argmax(np.nan_to_num(probabilities, nan=-1.0), axis=1)
    confidence = probabilities[np.arange(len(predicted)), predicted]
    return ValidationResult(images=images, labels=labels, predicted=predicted,
                            confidence=confidence, confusion=confusion_matrix(labels, predicted),
                            classes=tuple(model.config.classes), finite=finite)
