"""The architecture as data: a network written as a list of short layer names.

``"conv32x5,pool2,conv64x5,pool2,dense128"`` reads, from the input image up:

* ``conv32x5``: a convolution with 32 filters of 5 x 5 pixels (``conv.Conv2D``), followed by
  the activation. ``valid`` padding (only windows that fit inside the image: 28 -> 24),
  like PyTorch's default; ``conv32x5same`` frames the image with zeros so the size stays.
* ``pool2``: 2 x 2 max pooling (``conv.MaxPool2D``): keep the largest of each block.
* ``dense128``: a fully connected layer of 128 units (``layers.Dense``), followed by the
  activation. Image layers before it are flattened into one row first (``conv.Flatten``).
* ``dropout0.25``: drop each input at random with probability 0.25 while training.

The output layer (a ``Dense`` with one unit per class) is always added at the end. An MLP is
a stack of ``dense`` layers only: ``TrainConfig(hidden=(256,))`` is ``dense256``.

``layer_plan`` works out every layer's output shape and parameter shapes from the names
alone, without building anything: the model file checks a file's arrays against it before
allocating a network, and a form can show it as the user types.
"""

import re
from dataclasses import dataclass

from .translatable import QT_TRANSLATE_NOOP, Phrase, PhraseError

INPUT_SHAPE = (28, 28, 1)  # an MNIST image: height, width, channels
INPUT_SIZE = 784
LAYERS_HELP = QT_TRANSLATE_NOOP(
    "errors", "comma-separated layers, e.g. conv32x5,pool2,conv64x5,pool2,dense128: "
              "convNxK (N filters of K x K pixels; add 'same' to keep the size), "
              "poolK (K x K max pooling), denseN (N units), dropoutR (rate R, e.g. 0.25)")

_PATTERNS = {
    "conv": re.compile(r"conv(\d+)x(\d+)(same|valid)?"),
    "pool": re.compile(r"pool(\d+)"),
    "dense": re.compile(r"dense(\d+)"),
    "dropout": re.compile(r"dropout(\d+(?:\.\d*)?|\.\d+)"),  # the rate is checked below
}


@dataclass(frozen=True)
class LayerSpec:
    """One layer as the user wrote it, parsed."""
    kind: str  # "conv", "pool", "dense" or "dropout"
    size: float  # filters (conv), block size (pool), units (dense), rate (dropout)
    kernel: int = 0  # conv only
    padding: str = "valid"  # conv only

    @property
    def text(self):
        """The canonical name, e.g. ``conv32x5``, ``conv32x3same``, ``dropout0.25``."""
        if self.kind == "conv":
            return f"conv{int(self.size)}x{self.kernel}" + ("same" if self.padding == "same" else "")
        if self.kind == "dropout":
            return f"dropout{self.size:g}"
        return f"{self.kind}{int(self.size)}"


def parse_layer(text):
    """A ``LayerSpec`` from a name like ``conv32x5``; ``ValueError`` saying what is wrong."""
    typed = str(text).strip()
    name = typed.lower()
    if re.search(r"\s", name):  # "dense64 32" is two layers missing a comma, not dense6432
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "'{0}' is not a layer: separate layers "
                                            "with commas"), typed)
    for kind, pattern in _PATTERNS.items():
        match = pattern.fullmatch(name)
        if match is None:
            continue
        if kind == "dropout":
            rate = float(match.group(1))
            if not rate < 1:  # a rate of 1 drops everything: nothing would reach the output
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: the dropout rate must be in "
                                                    "[0, 1), not {1}"), name, match.group(1))
            return LayerSpec(kind, rate)
        size = int(match.group(1))
        if size < 1:
            what = {"conv": QT_TRANSLATE_NOOP("errors", "filters"),
                    "pool": QT_TRANSLATE_NOOP("errors", "block size"),
                    "dense": QT_TRANSLATE_NOOP("errors", "units")}[kind]
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: {1} must be at least 1, not {2}"),
                              name, Phrase(what), size)
        if kind == "conv":
            kernel = int(match.group(2))
            padding = match.group(3) or "valid"
            if kernel < 1:
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: the kernel must be at least "
                                                    "1 pixel"), name)
            if padding == "same" and kernel % 2 == 0:
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: 'same' padding needs an odd "
                                                    "kernel (3, 5, ...)"), name)
            return LayerSpec(kind, size, kernel, padding)
        return LayerSpec(kind, size)
    if not name:
        raise PhraseError(QT_TRANSLATE_NOOP("errors", "an empty name is not a layer; {0}"),
                          Phrase(LAYERS_HELP))
    raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} is not a layer; {1}"), typed,
                      Phrase(LAYERS_HELP))


def parse_layers(text):
    """``"conv32x5, pool2, dense128"`` -> ``("conv32x5", "pool2", "dense128")`` (canonical
    names; ``ValueError`` on a bad one). ``"none"`` or ``""``: no hidden layer. Spaces around
    a comma are fine; a space inside a name is an error (``"dense64 32"`` is a forgotten
    comma, never ``dense6432``)."""
    if isinstance(text, str):
        if text.strip().lower() in ("", "none"):
            return ()
        text = text.split(",")
    return tuple(parse_layer(part).text for part in text)


@dataclass(frozen=True)
class PlannedLayer:
    """One layer of a network, worked out from its name: what a form or a summary lists."""
    text: str  # e.g. "conv32x5", or "output" for the output layer
    kind: str  # "conv", "pool", "dense", "dropout" or "output"
    output_shape: tuple  # per example: (height, width, channels) or (units,)
    parameters: dict  # {name in the model file: shape}, e.g. {"W1": (5, 5, 1, 32), "b1": (32,)}


def layer_plan(layers, outputs, bias=True, input_shape=INPUT_SHAPE):
    """Every layer of the stack ``layers`` (names, see module docstring) followed by an
    output layer of ``outputs`` units: a list of ``PlannedLayer``. ``ValueError`` (a message
    a user understands) if the stack cannot be built, e.g. a kernel larger than its input.
    ``input_shape``: (height, width, channels) of an image, or ``(features,)``."""
    shape = tuple(input_shape)
    plan = []
    weighted = 0

    def params(fan_shape, units):
        nonlocal weighted
        weighted += 1
        shapes = {f"W{weighted}": fan_shape}
        if bias:
            shapes[f"b{weighted}"] = (units,)
        return shapes

    for text in layers:
        spec = parse_layer(text)
        is_image = len(shape) == 3
        if spec.kind in ("conv", "pool") and not is_image:
            if not plan:
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} needs an image input"),
                                  spec.text)
            raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0} comes after a dense layer: "
                                                "convolution and pooling layers go first, while "
                                                "the input is still an image"), spec.text)
        if spec.kind == "conv":
            height, width, channels = shape
            k = spec.kernel
            if spec.padding == "valid":
                if k > min(height, width):
                    raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: a {1}x{1} kernel does not "
                                                        "fit its {2}x{3} input"),
                                      spec.text, k, height, width)
                height, width = height - k + 1, width - k + 1
            shape = (height, width, int(spec.size))
            p = params((k, k, channels, int(spec.size)), int(spec.size))
        elif spec.kind == "pool":
            height, width, channels = shape
            s = int(spec.size)
            if s > min(height, width):
                raise PhraseError(QT_TRANSLATE_NOOP("errors", "{0}: a {1}x{1} block does not fit "
                                                    "its {2}x{3} input"),
                                  spec.text, s, height, width)
            shape = (height // s, width // s, channels)
            p = {}
        elif spec.kind == "dense":
            fan_in = _size(shape)
            shape = (int(spec.size),)
            p = params((fan_in, int(spec.size)), int(spec.size))
        else:  # dropout keeps the shape
            p = {}
        plan.append(PlannedLayer(spec.text, spec.kind, shape, p))
    plan.append(PlannedLayer("output", "output", (outputs,), params((_size(shape), outputs), outputs)))
    return plan


def parameter_shapes(layers, outputs, bias=True):
    """``{parameter name: shape}`` of the whole network, in order (``W1, b1, W2, ...``)."""
    shapes = {}
    for planned in layer_plan(layers, outputs, bias):
        shapes.update(planned.parameters)
    return shapes


def is_convolutional(layers):
    return any(parse_layer(text).kind in ("conv", "pool") for text in layers)


def _size(shape):
    size = 1
    for s in shape:
        size *= s
    return size
