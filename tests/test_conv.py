"""Convolutional networks: the layers against the maths, the gradient check on every layer
kind (and failing on a broken conv backward), the architecture as data, model files."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import digitdesk
from digitdesk.cli import main
from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, check_model
from digitdesk.engine.architecture import layer_plan, parse_layers
from digitdesk.engine.conv import Conv2D, MaxPool2D
from digitdesk.engine.explain import conv_filters, explain_digit, feature_maps, first_layer_weights
from digitdesk.engine.gradcheck import for_checking, gradient_check
from digitdesk.engine.layers import Dropout
from digitdesk.engine.losses import make_loss
from digitdesk.engine.modelfile import expected_shapes

FIXTURE_V1 = Path(__file__).parent / "fixtures" / "model_v1.npz"
EVERY_KIND = ("conv4x3", "pool2", "conv6x3same", "dropout0.3", "pool3", "dense12", "dropout0.5")


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def direct_convolution(x, W, b, padding):
    """The definition, one output pixel at a time: y[r, c, f] = sum(window * W[..., f]) + b."""
    k = W.shape[0]
    if padding == "same":
        p = k // 2
        x = np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))
    n, height, width, _ = x.shape
    y = np.zeros((n, height - k + 1, width - k + 1, W.shape[3]))
    for r in range(height - k + 1):
        for c in range(width - k + 1):
            window = x[:, r:r + k, c:c + k, :]
            y[:, r, c, :] = np.tensordot(window, W, axes=([1, 2, 3], [0, 1, 2])) + b
    return y


@pytest.mark.parametrize("padding", ["valid", "same"])
def test_conv_forward_is_the_sum_over_each_window(padding):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 7, 6, 3))
    W, b = rng.standard_normal((3, 3, 3, 4)), rng.standard_normal(4)
    y = Conv2D(W, b, padding).forward(x)
    np.testing.assert_allclose(y, direct_convolution(x, W, b, padding), rtol=1e-12, atol=1e-12)
    assert y.shape == ((2, 5, 4, 4) if padding == "valid" else (2, 7, 6, 4))


def direct_conv_backward(x, W, dout, padding):
    """The local derivatives one window at a time, straight from y = window . W + b:
    every window adds ``window * dout`` to dW and ``W * dout`` to the pixels it covers."""
    k = W.shape[0]
    p = k // 2 if padding == "same" else 0
    x = np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))
    dW, dx = np.zeros(W.shape), np.zeros(x.shape)
    for r in range(dout.shape[1]):
        for c in range(dout.shape[2]):
            window = x[:, r:r + k, c:c + k, :]  # (n, k, k, C_in)
            dW += np.einsum("nijc,nf->ijcf", window, dout[:, r, c, :])
            dx[:, r:r + k, c:c + k, :] += np.einsum("ijcf,nf->nijc", W, dout[:, r, c, :])
    return dW, dout.sum(axis=(0, 1, 2)), dx[:, p:x.shape[1] - p, p:x.shape[2] - p, :]


# (1 channel, a wide image): the windows are copied offset by offset; (5 channels): window
# by window (see conv.windows). Both layouts must give the definition's numbers.
@pytest.mark.parametrize("shape", [(3, 9, 11, 1), (2, 6, 7, 5)])
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_conv_matches_the_definition_forward_and_backward(shape, padding):
    rng = np.random.default_rng(1)
    x = rng.standard_normal(shape)
    W, b = rng.standard_normal((3, 3, shape[3], 4)), rng.standard_normal(4)
    layer = Conv2D(W, b, padding)
    y = layer.forward(x)
    np.testing.assert_allclose(y, direct_convolution(x, W, b, padding), rtol=1e-12, atol=1e-12)
    dout = rng.standard_normal(y.shape)
    dx = layer.backward(dout)
    dW, db, dx_expected = direct_conv_backward(x, W, dout, padding)
    np.testing.assert_allclose(layer.dW, dW, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(layer.db, db, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(dx, dx_expected, rtol=1e-12, atol=1e-12)
    # float32 (what training uses) agrees with the float64 definition to float32 precision
    layer32 = Conv2D(W.astype(np.float32), b.astype(np.float32), padding)
    y32 = layer32.forward(x.astype(np.float32))
    dx32 = layer32.backward(dout.astype(np.float32))
    assert y32.dtype == dx32.dtype == layer32.dW.dtype == np.float32  # no silent upcast
    np.testing.assert_allclose(y32, y, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(layer32.dW, dW, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(dx32, dx_expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("channels", [1, 5])
def test_conv_refills_its_window_matrix_with_each_new_batch(channels):
    """The layer copies each batch's windows into the previous batch's matrix (no new
    13 MB array per step): the numbers must be the new batch's, whatever came before."""
    rng = np.random.default_rng(2)
    W, b = rng.standard_normal((3, 3, channels, 4)), rng.standard_normal(4)
    layer = Conv2D(W, b)
    first, second, smaller = (rng.standard_normal(shape) for shape in
                              [(3, 9, 11, channels), (3, 9, 11, channels), (2, 9, 11, channels)])
    layer.forward(first)
    matrix = layer.rows
    for x in (second, smaller):
        y = layer.forward(x)
        np.testing.assert_allclose(y, direct_convolution(x, W, b, "valid"), rtol=1e-12, atol=1e-12)
        dout = rng.standard_normal(y.shape)
        dx = layer.backward(dout)
        dW, db, dx_expected = direct_conv_backward(x, W, dout, "valid")
        np.testing.assert_allclose(layer.dW, dW, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(dx, dx_expected, rtol=1e-12, atol=1e-12)
        if x is second:
            assert layer.rows is matrix  # same shape: the same memory, filled again


def test_max_pool_backward_gives_a_tied_blocks_gradient_to_its_first_winner_only():
    x = np.zeros((1, 4, 4, 2))  # every block a tie (all zeros, as after a ReLU)...
    x[0, 1, 1, 0] = x[0, 1, 0, 0] = 3.0  # ...but this one: a tie of 3s at (1, 0) and (1, 1)
    pool = MaxPool2D(2)
    pool.forward(x)
    dout = np.arange(1.0, 9.0).reshape(1, 2, 2, 2)
    dx = pool.backward(dout)
    expected = np.zeros_like(x)
    for r in range(2):  # reading order: the block's top-left input is the first...
        for c in range(2):
            expected[0, 2 * r, 2 * c, :] = dout[0, r, c, :]
    expected[0, 0, 0, 0] = 0.0  # ...except where a 3 wins: the first 3 in reading order
    expected[0, 1, 0, 0] = dout[0, 0, 0, 0]
    np.testing.assert_array_equal(dx, expected)


def test_max_pool_keeps_each_blocks_largest_and_drops_the_leftover():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 5, 5, 3))
    pool = MaxPool2D(2)
    y = pool.forward(x)
    assert y.shape == (2, 2, 2, 3)
    for r in range(2):
        for c in range(2):
            np.testing.assert_array_equal(y[:, r, c, :], x[:, 2 * r:2 * r + 2, 2 * c:2 * c + 2, :].max(axis=(1, 2)))
    # dL/dx: dout at the winner of each block, 0 elsewhere and in the dropped row/column
    dout = rng.standard_normal(y.shape)
    dx = pool.backward(dout)
    assert dx.shape == x.shape and np.all(dx[:, 4, :, :] == 0) and np.all(dx[:, :, 4, :] == 0)
    is_winner = x[:, :4, :4, :] == np.repeat(np.repeat(y, 2, axis=1), 2, axis=2)
    np.testing.assert_array_equal(dx[:, :4, :4, :][is_winner], np.repeat(np.repeat(dout, 2, 1), 2, 2)[is_winner])
    assert np.all(dx[:, :4, :4, :][~is_winner] == 0)


def test_dropout_drops_while_training_and_passes_through_otherwise():
    layer = Dropout(0.25, np.random.default_rng(0))
    x = np.ones((200, 50), dtype=np.float32)
    y = layer.forward(x, training=True)
    dropped = np.mean(y == 0)
    assert 0.2 < dropped < 0.3  # 10,000 draws of p = 0.25
    np.testing.assert_allclose(y[y != 0], 1 / 0.75, rtol=1e-6)  # the mean stays about 1
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)) == 0, y == 0)
    assert layer.forward(x) is x and layer.backward(x) is x  # inference: y = x


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
@pytest.mark.parametrize("layers", [EVERY_KIND, ("conv8x5", "pool2", "conv8x5", "pool2")])
def test_gradient_check_passes_for_every_tensor_of_conv_stacks(mnist, layers, activation):
    x, y, _, _ = mnist
    init = "he" if activation == "relu" else "xavier"
    model = Model(TrainConfig(layers=layers, activation=activation, init=init, seed=1))
    results = check_model(model, x[16:32], y[16:32], seed=1)
    assert [r.name for r in results] == list(expected_shapes(model.config))  # every tensor, conv ones included
    assert all(r.status == "pass" for r in results), [(r.name, r.max_relative_error) for r in results]


def broken_col2im(layer):
    """A conv backward that forgets to add up the windows: each input pixel gets the
    gradient of one window only (kernel offset 0, 0) instead of the sum over all k*k."""
    correct = layer.backward

    def backward(dout):
        correct(dout)  # dW, db as before: this layer's own gradients stay right
        k = layer.kernel_size
        n, out_h, out_w, out_c = dout.shape
        dwindows = (dout.reshape(-1, out_c) @ layer.W.reshape(-1, out_c).T).reshape(
            n, out_h, out_w, k, k, layer.in_channels)
        dx = np.zeros(layer.input_shape)
        dx[:, :out_h, :out_w, :] = dwindows[:, :, :, 0, 0, :]
        return dx

    layer.backward = backward


def test_a_broken_conv_backward_fails_the_check_in_the_tensors_below_it(mnist):
    x, y, _, _ = mnist
    model = Model(TrainConfig(layers=("conv4x3", "pool2", "conv6x3", "pool2", "dense16")))
    network = for_checking(model.network)
    broken_col2im(network.conv_layers[1])
    xb = model.prepare(x[:16]).astype(np.float64)
    results = {r.name: r.status for r in gradient_check(network, make_loss("softmax_ce"), xb, y[:16])}
    assert results["W1"] == "fail" and results["b1"] == "fail"  # below the broken layer
    assert all(results[name] == "pass" for name in ("W2", "b2", "W3", "b3", "W4", "b4"))


def test_layers_parse_to_canonical_names_and_bad_stacks_get_clear_errors():
    assert parse_layers(" Conv32x5, pool2 ,conv16x3SAME,dense128, dropout.5") == (
        "conv32x5", "pool2", "conv16x3same", "dense128", "dropout0.5")
    for text, message in [("conv8x5,dense10,pool2", "comes after a dense layer"),
                          ("conv8x29", "does not fit its 28x28 input"),
                          ("conv8x4same", "odd kernel"),
                          ("conv0x3", "at least 1"),
                          ("dropout1.5", r"dropout rate must be in \[0, 1\), not 1\.5"),
                          ("pool2,pool2,pool2,pool2,pool2", "does not fit its 1x1 input"),
                          ("convolution", "not a layer")]:
        with pytest.raises(ValueError, match=message):
            TrainConfig(layers=parse_layers(text) if "not a layer" not in message
                        and "dropout" not in text else text.split(","))


@pytest.mark.parametrize("text", ["dense64 32", "dense1 28", "conv8x3 pool2 dense128",
                                  "conv8x5, pool2 dense32", "dense64\t32"])
def test_a_space_inside_a_layer_name_is_an_error_not_glued_into_another_layer(text):
    """"dense64 32" built dense6432 (5 million weights) and "dense1 28" dense128, silently:
    the spaces were deleted before the names were read. A missing comma is now an error
    quoting the layer as typed."""
    typed = [part.strip() for part in text.split(",") if " " in part or "\t" in part][0]
    with pytest.raises(ValueError) as error:
        parse_layers(text)
    assert str(error.value) == f"'{typed}' is not a layer: separate layers with commas"


def test_an_mlp_is_a_stack_of_dense_layers_and_hidden_keeps_working():
    assert TrainConfig(layers=("dense256",)) == TrainConfig(hidden=(256,))
    cnn = TrainConfig(layers=("conv8x5", "pool2", "dense32"))
    assert cnn.hidden == (32,) and cnn.convolutional
    assert cnn.replace(hidden=(64,)).layers == () and not cnn.replace(hidden=(64,)).convolutional
    assert TrainConfig().replace(layers=("conv8x5", "pool2")).hidden == ()
    with pytest.raises(ValueError, match="do not match"):
        TrainConfig(hidden=(64,), layers=("conv8x5", "dense32"))
    plan = cnn.plan()
    assert [p.output_shape for p in plan] == [(24, 24, 8), (12, 12, 8), (32,), (10,)]
    assert plan[0].parameters == {"W1": (5, 5, 1, 8), "b1": (8,)}
    assert layer_plan(("dense5",), 1, bias=False, input_shape=(2,))[-1].parameters == {"W2": (5, 1)}


def test_a_cnn_trains_and_its_diagnostics_and_explanations_work(mnist):
    x, y, x_test, y_test = mnist
    config = TrainConfig(layers=("conv8x5", "pool2", "dropout0.1", "dense32"), epochs=1,
                         val_size=500, augment="affine")
    model = Model(config)
    trainer = Trainer(model, x[:3000], y[:3000], x[-500:], y[-500:], diagnostics_every=5)
    diagnostics = []
    while not trainer.done:
        report = trainer.step()
        if report.diagnostics:
            diagnostics.append(report.diagnostics)
    assert [d.kind for d in diagnostics[-1]] == ["conv", "dense", "dense"]
    assert diagnostics[-1][0].dead is not None and 0 <= diagnostics[-1][0].dead <= 1
    assert model.evaluate(x_test[:1000], y_test[:1000])[1] > 0.8  # 3,000 images, one epoch

    explanation = explain_digit(model, x_test[0])
    assert explanation.gradient.shape == (28, 28) and len(explanation.activations) == 1
    assert [m.shape for m in explanation.feature_maps] == [(8, 24, 24), (8, 12, 12)]
    assert [name for name, _ in feature_maps(model, x_test[0])] == ["conv8x5", "pool2"]
    assert conv_filters(model).shape == (8, 1, 5, 5)
    with pytest.raises(ValueError, match="convolution"):
        first_layer_weights(model)


def test_cnn_model_file_round_trips(mnist, tmp_path):
    x, y, x_test, _ = mnist
    model = Model(TrainConfig(layers=("conv4x3same", "pool2", "dense16"), epochs=1, val_size=0))
    Trainer(model, x[:500], y[:500]).run()
    path = tmp_path / "cnn.npz"
    model.save(path)
    loaded = digitdesk.load_model(path)
    assert loaded.config == model.config
    np.testing.assert_array_equal(loaded.predict_proba(x_test[:20]), model.predict_proba(x_test[:20]))
    with np.load(path) as archive:
        meta = json.loads(str(archive["metadata"]))
        assert archive["W1"].shape == (3, 3, 1, 4)
    assert meta["format_version"] == 2  # no setting needs more: the previous release opens it
    assert meta["architecture"] == ["conv4x3same", "pool2", "dense16"]


def test_a_version_1_file_written_by_digitdesk_0_1_0_still_loads(mnist, tmp_path):
    path = tmp_path / "old.npz"
    shutil.copy(FIXTURE_V1, path)
    with np.load(path) as archive:
        assert json.loads(str(archive["metadata"]))["format_version"] == 1
    model = digitdesk.load_model(path)
    assert model.config.hidden == (16,) and model.config.layers == ()
    _, _, x_test, y_test = mnist
    # the fixture scored 84.6% on the test set when it was written (one short epoch)
    assert model.evaluate(x_test, y_test)[1] == pytest.approx(0.8461, abs=0.002)
    assert model.predict_proba(x_test[:5]).shape == (5, 10)


def test_cli_trains_and_checks_a_cnn_from_layers(tmp_path, capsys):
    path = tmp_path / "cnn.npz"
    assert main(["train", "--layers", "conv4x5,pool2,dense16", "--epochs", "1", "--train-size",
                 "1000", "--val-size", "200", "--no-progress", "--save", str(path)]) == 0
    assert "28x28-conv4x5-pool2-16-10" in capsys.readouterr().out
    assert main(["gradcheck", "--model", str(path), "--batch", "4", "--coords", "10"]) == 0
    out = capsys.readouterr().out
    assert "(5, 5, 1, 4)" in out and "fail" not in out.split("pass:")[0]
    assert main(["train", "--layers", "conv4x5,dense8,pool2", "--epochs", "1"]) == 2  # usage
    assert "comes after a dense layer" in capsys.readouterr().err
