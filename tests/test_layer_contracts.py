"""Every layer against the maths, one at a time, and every layer refusing bad input.

For each layer: a float64 numerical gradient check of its ``backward`` (the gradient with
respect to its input, and to its weights if it has any), and a deliberately wrong
derivative, monkeypatched in, that the same check catches: a check that cannot fail proves
nothing. Then what a learner calling the engine from Python gets for a mistake: an error
that names the layer and says what was wrong, never an AttributeError or a silent result.
"""

import re

import numpy as np
import pytest

from digitdesk.engine.buglab import BrokenSigmoid
from digitdesk.engine.conv import AsImage, Conv2D, Flatten, MaxPool2D
from digitdesk.engine.gradcheck import relative_error
from digitdesk.engine.layers import (BackwardBeforeForward, Dense, Dropout, Identity,
                                     LeakyReLU, ReLU, Sigmoid, Tanh)
from digitdesk.engine.losses import MeanSquaredError, SoftmaxCrossEntropy, class_labels
from digitdesk.engine.network import Network, build_network

STEP = 1e-6  # central differences in float64: truncation and rounding both ~1e-10
AGREE = 1e-7  # relative error of a correct backward (measured: below 1e-9)
WRONG = 1e-2  # a wrong derivative is off by far more than this


def away_from_zero(rng, shape):
    """Values with |x| in [0.2, 1]: no ReLU kink within a step of any of them."""
    return rng.uniform(0.2, 1.0, size=shape) * rng.choice([-1.0, 1.0], size=shape)


def distinct(rng, shape):
    """Values 0.01 apart (shuffled): no two of a pooling block within a step of a tie."""
    return rng.permutation(int(np.prod(shape))).reshape(shape) * 0.01


def make_dense(rng, bias=True):
    layer = Dense(rng.standard_normal((4, 3)), rng.standard_normal(3) if bias else None)
    return layer, rng.standard_normal((5, 4))


def make_conv(rng, padding):
    layer = Conv2D(rng.standard_normal((3, 3, 2, 3)) * 0.5, rng.standard_normal(3), padding)
    return layer, rng.standard_normal((2, 5, 5, 2))


def make_dropout(rng):
    layer = Dropout(0.4, np.random.default_rng(1))
    layer.keep_mask = True  # one mask for every forward pass, as the gradient check does
    return layer, rng.standard_normal((6, 5))


def run_forward(layer, x):
    return layer.forward(x, training=True) if isinstance(layer, Dropout) else layer.forward(x)


# name: how to build the layer and its input.
CASES = {
    "Dense": lambda rng: make_dense(rng),
    "Dense without bias": lambda rng: make_dense(rng, bias=False),
    "Sigmoid": lambda rng: (Sigmoid(), rng.standard_normal((5, 4)) * 3),
    "Tanh": lambda rng: (Tanh(), rng.standard_normal((5, 4)) * 2),
    "ReLU": lambda rng: (ReLU(), away_from_zero(rng, (5, 4))),
    "LeakyReLU": lambda rng: (LeakyReLU(0.1), away_from_zero(rng, (5, 4))),
    "Identity": lambda rng: (Identity(), rng.standard_normal((5, 4))),
    "Dropout": make_dropout,
    "Dropout (not training)": lambda rng: (Dropout(0.4, np.random.default_rng(1)),
                                           rng.standard_normal((6, 5))),
    "Conv2D valid": lambda rng: make_conv(rng, "valid"),
    "Conv2D same": lambda rng: make_conv(rng, "same"),
    "MaxPool2D": lambda rng: (MaxPool2D(2), distinct(rng, (2, 5, 5, 2))),  # a leftover row
    "Flatten": lambda rng: (Flatten(), rng.standard_normal((2, 3, 4, 2))),
    "AsImage": lambda rng: (AsImage(3, 4), rng.standard_normal((2, 12))),
}


def check_layer(layer, x, seed=0):
    """Relative error of backprop against central differences, for the input (``"x"``)
    and each parameter, with the loss ``L = sum(forward(x) * R)`` for a fixed random
    ``R``: then ``dL/d(output) = R``, every output counts, and with its own weight."""
    if isinstance(layer, Dropout) and not layer.keep_mask:
        def run(value):  # not training: y = x
            return layer.forward(value)
    else:
        def run(value):
            return run_forward(layer, value)
    R = np.random.default_rng(seed + 1).standard_normal(run(x).shape)

    def loss():
        return float(np.sum(run(x) * R))

    run(x)
    analytic = {"x": layer.backward(R.copy())}
    tensors = {"x": x}
    for name, value, grad in getattr(layer, "parameters", list)():
        analytic[name] = grad.copy()
        tensors[name] = value
    errors = {}
    for name, array in tensors.items():
        numeric = np.zeros_like(array)
        flat, slopes = array.reshape(-1), numeric.reshape(-1)  # views
        for i in range(flat.size):
            saved = flat[i]
            flat[i] = saved + STEP
            plus = loss()
            flat[i] = saved - STEP
            minus = loss()
            flat[i] = saved
            slopes[i] = (plus - minus) / (2 * STEP)
        errors[name] = relative_error(analytic[name], numeric)
    return errors


@pytest.mark.parametrize("case", CASES)
def test_every_layer_backward_matches_central_differences(case):
    layer, x = CASES[case](np.random.default_rng(0))
    errors = check_layer(layer, x)
    expected = {"x"} | {name for name, _, _ in getattr(layer, "parameters", list)()}
    assert set(errors) == expected
    assert all(error < AGREE for error in errors.values()), errors


# Wrong derivatives a learner might write, one per layer kind: (class, wrong backward,
# the tensor whose gradient it breaks).
def _dense_db_averaged(self, dout):
    dx = Dense.correct_backward(self, dout)
    self.db /= len(dout)  # the mean over the batch instead of the sum
    return dx


def _conv_dw_flipped(self, dout):
    dx = Conv2D.correct_backward(self, dout)
    self.dW[...] = self.dW[::-1, ::-1].copy()  # the kernel flipped (convolution vs correlation)
    return dx


def _pool_average(self, dout):
    s = self.size
    dx = np.zeros(self.input_shape)
    spread = np.repeat(np.repeat(dout, s, axis=1), s, axis=2) / (s * s)
    dx[:, :spread.shape[1], :spread.shape[2]] = spread  # average pooling's derivative
    return dx


WRONG_BACKWARDS = {
    "Dense": (Dense, _dense_db_averaged, "b"),
    "Dense without bias": (Dense, lambda self, dout: Dense.correct_backward(self, dout) * 2, "x"),
    "Sigmoid": (Sigmoid, lambda self, dout: dout * (1.0 - self.y), "x"),  # seed 003
    "Tanh": (Tanh, lambda self, dout: dout * (1.0 - self.y), "x"),
    "ReLU": (ReLU, lambda self, dout: dout.copy(), "x"),  # the mask forgotten
    "LeakyReLU": (LeakyReLU, lambda self, dout: dout * self.active, "x"),  # alpha's slope lost
    "Identity": (Identity, lambda self, dout: -dout, "x"),
    "Dropout": (Dropout, lambda self, dout: dout * (self.scale > 0), "x"),  # 1/(1-rate) lost
    "Conv2D valid": (Conv2D, _conv_dw_flipped, "W"),
    "Conv2D same": (Conv2D, _conv_dw_flipped, "W"),
    "MaxPool2D": (MaxPool2D, _pool_average, "x"),
    "Flatten": (Flatten, lambda self, dout: dout.reshape(  # channels-first confusion
        (len(dout), self.input_shape[3], *self.input_shape[1:3])).transpose(0, 2, 3, 1), "x"),
    "AsImage": (AsImage, lambda self, dout: dout.transpose(0, 2, 1, 3).reshape(len(dout), -1),
                "x"),  # rows and columns swapped
}


@pytest.mark.parametrize("case", WRONG_BACKWARDS)
def test_a_wrong_derivative_fails_the_same_check(case, monkeypatch):
    cls, wrong, broken = WRONG_BACKWARDS[case]
    monkeypatch.setattr(cls, "correct_backward", cls.backward, raising=False)
    monkeypatch.setattr(cls, "backward", wrong)
    layer, x = CASES[case](np.random.default_rng(0))
    errors = check_layer(layer, x)
    assert errors[broken] > WRONG, errors


def test_every_layer_with_a_derivative_has_a_wrong_one_checked():
    assert set(CASES) - set(WRONG_BACKWARDS) == {"Dropout (not training)"}


def test_the_bug_labs_broken_sigmoid_fails_the_layer_check():
    rng = np.random.default_rng(0)
    assert check_layer(Sigmoid(), rng.standard_normal((5, 4)))["x"] < AGREE
    broken = BrokenSigmoid(["sigmoid_derivative_sign"])
    assert check_layer(broken, rng.standard_normal((5, 4)))["x"] > WRONG


# --- bad input: errors that name the layer and say what was wrong ---

@pytest.mark.parametrize("case", CASES)
def test_backward_before_forward_names_the_layer(case):
    layer, x = CASES[case](np.random.default_rng(0))
    out_shape = run_forward(layer, x).shape
    fresh, _ = CASES[case](np.random.default_rng(0))
    with pytest.raises(BackwardBeforeForward, match=type(layer).__name__ + ".*before forward"):
        fresh.backward(np.ones(out_shape))


@pytest.mark.parametrize("case", CASES)
def test_a_dout_of_the_wrong_shape_is_refused(case):
    layer, x = CASES[case](np.random.default_rng(0))
    y = run_forward(layer, x)
    wrong = np.ones((y.shape[0] + 1, *y.shape[1:]))
    message = f"^{type(layer).__name__}.*" + re.escape(f"dout has shape {wrong.shape}")
    with pytest.raises(ValueError, match=message):
        layer.backward(wrong)


def test_a_copied_network_has_no_forward_pass_to_go_back_through():
    net = build_network([784, 8, 10], rng=np.random.default_rng(0), dtype=np.float64)
    net.forward(np.zeros((2, 784)))
    with pytest.raises(BackwardBeforeForward, match="Identity"):
        net.copy().backward(np.ones((2, 10)))


def test_diagnostics_before_any_forward_pass_name_the_layer():
    for layer, measure in ((Sigmoid(), "saturated_fraction"), (Tanh(), "saturated_fraction"),
                           (ReLU(), "dead_fraction"), (LeakyReLU(), "dead_fraction")):
        with pytest.raises(RuntimeError, match=f"{type(layer).__name__}: no batch has gone forward"):
            getattr(layer, measure)()


def test_a_network_needs_a_layer_with_weights():
    with pytest.raises(ValueError, match="at least one layer with weights"):
        Network([ReLU(), Identity()])


@pytest.mark.parametrize("loss", [SoftmaxCrossEntropy(), MeanSquaredError()])
def test_a_loss_refuses_backward_before_forward(loss):
    with pytest.raises(BackwardBeforeForward, match=type(loss).__name__):
        loss.backward()


def test_cross_entropy_allows_one_backward_per_forward():
    loss = SoftmaxCrossEntropy()
    loss.forward(np.zeros((2, 3)), np.array([0, 2]))
    loss.backward()
    with pytest.raises(BackwardBeforeForward, match="each forward allows one backward"):
        loss.backward()


def test_shape_errors_name_the_tensors():
    net = build_network([784, 16, 10], rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="Dense W1: input has 783 features, W1 expects 784"):
        net.forward(np.zeros((2, 783), np.float32))
    with pytest.raises(ValueError, match=r"x.reshape\(1, -1\)"):
        net.forward(np.zeros(784, np.float32))  # one example, not a batch of one
    conv = Conv2D(np.zeros((3, 3, 2, 4)))
    with pytest.raises(ValueError, match="input has 1 channels, W expects 2"):
        conv.forward(np.zeros((1, 5, 5, 1)))
    with pytest.raises(ValueError, match="smaller than the 3 x 3 kernel"):
        conv.forward(np.zeros((1, 2, 5, 2)))
    with pytest.raises(ValueError, match="rows of 784 pixels"):
        AsImage().forward(np.zeros((1, 783)))


def test_integer_inputs_and_settings_are_read_as_floats():
    x = np.array([[-3, -1, 2, 5]])  # int64
    np.testing.assert_allclose(LeakyReLU(0.1).forward(x), [[-0.3, -0.1, 2.0, 5.0]])
    leaky = LeakyReLU(0)  # an int alpha
    assert isinstance(leaky.alpha, float)
    np.testing.assert_array_equal(leaky.forward(x), [[0.0, 0.0, 2.0, 5.0]])
    dense = Dense(np.full((4, 1), 0.5))
    np.testing.assert_allclose(dense.forward(x), [[1.5]])
    dropout = Dropout(0, np.random.default_rng(0))  # an int rate
    assert dropout.rate == 0.0 and isinstance(dropout.rate, float)
    half = Dropout(0.5, np.random.default_rng(0))
    y = half.forward(np.ones((4, 50), dtype=np.int64), training=True)
    assert y.dtype.kind == "f" and set(np.unique(y)) <= {0.0, 2.0}
    # Squared error of integer outputs: the regression targets label / 10 are not truncated.
    mse = MeanSquaredError()
    # (0 - 0.5)^2 and (1 - 0.5)^2, halved, averaged; an integer target array gave 0s.
    assert mse.forward(np.array([[0], [1]]), np.array([5, 5])) == pytest.approx(0.125)
    np.testing.assert_allclose(mse.backward(), [[-0.25], [0.25]])


def test_layer_settings_are_checked():
    for alpha in (-0.1, 1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="alpha"):
            LeakyReLU(alpha)
    with pytest.raises(TypeError, match="alpha must be a number"):
        LeakyReLU("0.1")
    for rate in (1, -0.5, float("nan")):
        with pytest.raises(ValueError, match="rate"):
            Dropout(rate)
    for size in (0, -2):
        with pytest.raises(ValueError, match="whole number >= 1"):
            MaxPool2D(size)
    for size in (2.5, 2.0, True, "2"):
        with pytest.raises(ValueError, match="whole number >= 1"):
            MaxPool2D(size)
    assert MaxPool2D(np.int64(3)).size == 3
    with pytest.raises(ValueError, match="pool size 3 is bigger than the input"):
        MaxPool2D(3).forward(np.zeros((1, 2, 5, 1)))


def test_weights_are_checked_when_assigned():
    with pytest.raises(ValueError, match="b needs shape \\(3,\\)"):
        Dense(np.zeros((4, 3)), np.zeros(4))
    with pytest.raises(TypeError, match="floats"):
        Dense(np.zeros((4, 3), dtype=np.int64))
    with pytest.raises(ValueError, match="2 dimensions"):
        Dense(np.zeros(4))
    with pytest.raises(TypeError, match="NumPy array"):
        Dense([[1.0, 2.0]])
    with pytest.raises(ValueError, match="square"):
        Conv2D(np.zeros((3, 2, 1, 4)))
    with pytest.raises(ValueError, match="4 dimensions"):
        Conv2D(np.zeros((3, 3, 4)))
    net = Network([Dense(np.zeros((4, 3))), Identity()])
    layer = net.weighted_layers[0]
    with pytest.raises(ValueError, match="Dense W1: W has shape \\(4, 3\\), the new value \\(3, 4\\)"):
        layer.W = np.zeros((3, 4))
    layer.W = np.ones((4, 3))  # the same shape: fine
    with pytest.raises(ValueError, match="W1 has shape \\(3, 3\\), the network needs \\(4, 3\\)"):
        net.set_weights({"W1": np.zeros((3, 3))})


def test_labels_must_be_whole_numbers_in_range():
    logits = np.zeros((3, 10))
    loss = SoftmaxCrossEntropy()
    with pytest.raises(ValueError, match=r"in 0..9, found -1 \(a negative label does not count from the end"):
        loss.forward(logits, np.array([0, -1, 2]))
    with pytest.raises(ValueError, match="found 10"):
        loss.forward(logits, np.array([0, 10, 2]))
    with pytest.raises(ValueError, match="whole class indices, not 3.7"):
        loss.forward(logits, np.array([0.0, 3.7, 2.0]))
    with pytest.raises(ValueError, match="3 rows of outputs but 2 labels"):
        loss.forward(logits, np.array([0, 1]))
    with pytest.raises(ValueError, match="in 0..1, found 2"):
        MeanSquaredError().forward(np.zeros((1, 2)), np.array([2]))  # one-hot over 2 outputs
    MeanSquaredError().forward(np.zeros((1, 1)), np.array([9]))  # regression: digits 0-9
    # Whole numbers stored as floats (a CSV read as floats) are fine.
    assert loss.forward(logits, np.array([0.0, 3.0, 2.0])) == pytest.approx(np.log(10))
    np.testing.assert_array_equal(class_labels([1.0, 9.0], 10), [1, 9])


def test_class_index_refuses_truncating_labels():
    from digitdesk.engine import TrainConfig
    from digitdesk.engine.model import class_index

    config = TrainConfig()
    with pytest.raises(ValueError, match="3.7"):
        class_index(config, [3.7])
    with pytest.raises(ValueError, match="-1"):
        class_index(config, [-1])
    np.testing.assert_array_equal(class_index(config, [3.0, 7]), [3, 7])


def test_initial_weights_refuse_sizes_and_types_that_make_no_layer():
    from digitdesk.engine.initializers import init_weights

    rng = np.random.default_rng(0)
    assert init_weights("he", rng, np.int64(3), 2).shape == (3, 2)
    for fan_in in (0, -1, 2.5):
        with pytest.raises(ValueError, match="fan_in must be a whole number >= 1"):
            init_weights("he", rng, fan_in, 2)  # he divided by fan_in = 0
    with pytest.raises(TypeError, match="Generator"):
        init_weights("xavier", 0, 3, 2)
    with pytest.raises(TypeError, match="floats"):
        init_weights("xavier", rng, 3, 2, dtype=np.int32)
