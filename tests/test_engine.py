"""The engine: gradients are right, it learns, it is reproducible, it stops safely."""

import itertools
import platform

import numpy as np
import pytest

from digitdesk.data import load_mnist
from digitdesk.engine import Model, TrainConfig, Trainer, TrainingDiverged, check_model
from digitdesk.engine.gradcheck import PASS_BELOW, check_batch, gradient_check, for_checking
from digitdesk.engine.layers import Dense, ReLU, Sigmoid, Tanh
from digitdesk.engine.losses import make_loss, outputs_to_probabilities
from digitdesk.engine.network import Network, build_network
from digitdesk.engine.optimizers import make_optimizer, schedule_factor
from digitdesk.engine.trainer import TRAIN_SAMPLE, train_sample_rows


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def small_batch(mnist, n=8, seed=0):
    x_train, y_train, _, _ = mnist
    rows = np.random.default_rng(seed).choice(len(x_train), n, replace=False)
    return x_train[rows], y_train[rows]


GRADCHECK_CASES = [
    (activation, head, reduction, bias, hidden)
    for activation, head, reduction, bias, hidden in itertools.product(
        ["sigmoid", "tanh", "relu", "leaky_relu"],
        ["softmax_ce", "sigmoid_mse", "linear_mse", "sigmoid_regression"],
        ["mean", "sum"],
        [True, False],
        [(7,), (6, 5), (6, 5, 4)],
    )
]


@pytest.mark.parametrize("activation, head, reduction, bias, hidden", GRADCHECK_CASES)
def test_backprop_matches_numerical_gradient(mnist, activation, head, reduction, bias, hidden):
    init = "he" if "relu" in activation else "xavier"
    config = TrainConfig(hidden=hidden, activation=activation, head=head, reduction=reduction,
                         bias=bias, init=init, seed=3)
    x, y = small_batch(mnist)
    results = check_model(Model(config), x, y)
    assert {r.name for r in results} == {f"{p}{i}" for i in range(1, len(hidden) + 2)
                                         for p in (("W", "b") if bias else ("W",))}
    for r in results:
        assert r.max_relative_error < 1e-6, (r.name, r.max_relative_error)
        assert r.status == "pass"


def test_gradient_check_catches_a_wrong_derivative(mnist, monkeypatch):
    """The check must bite: seed 002's sigmoid derivative y*(y-1) has the wrong sign."""
    config = TrainConfig(hidden=(6,), activation="sigmoid", head="sigmoid_mse", init="xavier")
    x, y = small_batch(mnist)
    monkeypatch.setattr(Sigmoid, "backward", lambda self, dout: dout * (self.y * (self.y - 1.0)))
    results = {r.name: r for r in check_model(Model(config), x, y)}
    # W2's gradient passes through one wrong sign (the output sigmoid): it fails.
    assert results["W2"].status == "fail"
    assert results["W2"].max_relative_error > 0.5
    # W1's passes through two (output and hidden sigmoid), and they cancel: the check shows
    # *where* a bug is, tensor by tensor.
    assert results["W1"].status == "pass"


def test_the_check_batch_is_drawn_from_the_network_s_digits_with_its_seed():
    """The app's tab and ``digitdesk gradcheck`` check one batch: random images of the
    digits the network learns, the same for the same seed, all of them if fewer."""
    labels = np.repeat(np.arange(10), 30)
    images = np.arange(len(labels))[:, None] * np.ones((1, 784))
    config = TrainConfig(hidden=(4,), digits=(3, 7))
    x, y = check_batch(config, images, labels)
    assert len(x) == 16 and set(y) <= {3, 7} and (labels[x[:, 0].astype(int)] == y).all()
    again, _ = check_batch(config, images, labels)
    other, _ = check_batch(config, images, labels, seed=1)
    assert (again == x).all() and not (other == x).all()
    assert set(y) == {3, 7}  # not the first 16 (all 3s here): drawn from both digits
    assert len(check_batch(config, images, labels, size=1000)[0]) == 60


def test_gradient_check_samples_large_tensors(mnist):
    config = TrainConfig(hidden=(50,))
    x, y = small_batch(mnist)
    results = {r.name: r for r in check_model(Model(config), x, y, max_coords=25)}
    assert results["W1"].checked == 25 and results["W1"].shape == (784, 50)
    assert results["b2"].checked == 10  # smaller than the sample: every coordinate


def test_sum_reduction_gradient_is_n_times_mean(mnist):
    x, y = small_batch(mnist, n=16)
    grads = {}
    for reduction in ("mean", "sum"):
        model = Model(TrainConfig(hidden=(8,), reduction=reduction, seed=1))
        loss = make_loss(model.config.head, reduction)
        xf = x.reshape(16, 784).astype(np.float32) / 255
        loss.forward(model.network.forward(xf), y.astype(np.intp))
        model.network.backward(loss.backward())
        grads[reduction] = model.network.dense_layers[0].dW.copy()
    np.testing.assert_allclose(grads["sum"], 16 * grads["mean"], rtol=1e-4, atol=1e-6)


def test_learns_xor():
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    labels = np.array([0, 1, 1, 0])
    network = build_network([2, 8, 10], "tanh", "softmax_ce", "xavier",
                            rng=np.random.default_rng(0), dtype=np.float64)
    loss = make_loss("softmax_ce")
    optimizer = make_optimizer("momentum", network.parameters(), learning_rate=0.1)
    for _ in range(500):
        loss.forward(network.forward(x), labels)
        network.backward(loss.backward())
        optimizer.step()
    assert loss.forward(network.forward(x), labels) < 0.05
    assert list(np.argmax(network.forward(x), axis=1)) == [0, 1, 1, 0]


def test_one_epoch_on_full_mnist_reaches_95_percent(mnist):
    x_train, y_train, x_test, y_test = mnist
    model = Model(TrainConfig(hidden=(128,), epochs=1, val_size=0))
    Trainer(model, x_train, y_train).run()
    _, accuracy = model.evaluate(x_test, y_test)
    assert accuracy >= 0.95


def train_small(config, mnist, rows=2000):
    x_train, y_train, _, _ = mnist
    model = Model(config)
    trainer = Trainer(model, x_train[:rows], y_train[:rows], x_train[-500:], y_train[-500:])
    reports = []
    trainer.run(reports.append)
    return model, reports


def test_same_seed_same_weights_and_curve(mnist):
    config = TrainConfig(hidden=(16,), epochs=2, seed=7)
    a, _ = train_small(config, mnist)
    b, _ = train_small(config, mnist)
    assert a.history["batch_loss"] == b.history["batch_loss"]
    for (_, wa, _), (_, wb, _) in zip(a.network.parameters(), b.network.parameters()):
        np.testing.assert_array_equal(wa, wb)
    c, _ = train_small(config.replace(seed=8), mnist)
    assert c.history["batch_loss"] != a.history["batch_loss"]


def test_reports_per_batch_epoch_and_diagnostics(mnist):
    config = TrainConfig(hidden=(16, 8), activation="sigmoid", init="xavier", epochs=2,
                         batch_size=100)
    model, reports = train_small(config, mnist)
    assert len(reports) == 2 * 20
    epochs = [r.epoch for r in reports if r.epoch is not None]
    assert [e.epoch for e in epochs] == [1, 2]
    assert all(0 <= e.val_accuracy <= 1 and e.seconds > 0 for e in epochs)
    assert reports[-1].epoch_progress == pytest.approx(2.0)
    diagnostics = [r.diagnostics for r in reports if r.diagnostics is not None]
    assert len(diagnostics) == 20  # ten an epoch: every 2nd of 20 batches
    layer1 = diagnostics[0][0]
    assert layer1.grad_rms > 0 and 0 < layer1.update_ratio < 1
    assert 0 <= layer1.saturated <= 1 and layer1.dead is None
    assert diagnostics[0][-1].saturated is None  # the output layer has no hidden activation
    assert model.history["epoch"] == [1, 2] and len(model.history["batch_loss"]) == 40


def test_uniform_init_saturates_sigmoids_and_he_relu_does_not(mnist):
    """Seed 000's uniform(-1, 1) over 784 inputs pushes most sigmoids to 0 or 1."""
    saturated = {}
    for init in ("uniform", "xavier"):
        config = TrainConfig(hidden=(50,), activation="sigmoid", init=init, epochs=1)
        _, reports = train_small(config, mnist, rows=500)
        saturated[init] = reports[0].diagnostics[0].saturated
    assert saturated["uniform"] > 0.5
    assert saturated["xavier"] < 0.1


def test_full_batch_and_every_optimizer_reduce_the_loss(mnist):
    for optimizer, lr in [("sgd", 0.5), ("momentum", 0.1), ("nesterov", 0.1), ("adam", 0.003)]:
        config = TrainConfig(hidden=(32,), optimizer=optimizer, learning_rate=lr, batch_size=None,
                             epochs=20, schedule="cosine")
        model, reports = train_small(config, mnist, rows=1000)
        assert reports[-1].loss < 0.6 * reports[0].loss, optimizer


def test_divergence_stops_with_last_finite_weights(mnist):
    # Squared error on linear outputs: too large a step makes the outputs, and with them the
    # next gradient, grow geometrically until they overflow.
    config = TrainConfig(hidden=(32,), activation="relu", head="linear_mse", optimizer="sgd",
                         learning_rate=5.0, epochs=3)
    x_train, y_train, _, _ = mnist
    model = Model(config)
    trainer = Trainer(model, x_train[:2000], y_train[:2000], checkpoint_every=5)
    with pytest.raises(TrainingDiverged, match="smaller learning rate"):
        trainer.run()
    for name, value, _ in model.network.parameters():
        assert np.all(np.isfinite(value)), name
    probabilities = model.predict_proba(x_train[:5])
    assert np.all(np.isfinite(probabilities))


def test_schedules():
    assert schedule_factor("constant", 0.7) == 1.0
    assert schedule_factor("cosine", 0.0) == pytest.approx(1.0)
    assert schedule_factor("cosine", 0.5) == pytest.approx(0.5)
    assert schedule_factor("cosine", 1.0) == pytest.approx(0.0)
    assert schedule_factor("step", 0.6) == pytest.approx(0.1)


def test_l2_decays_weights_without_gradient():
    W = np.ones((3, 2), dtype=np.float32)
    grad = np.zeros_like(W)
    optimizer = make_optimizer("sgd", [("W1", W, grad)], learning_rate=0.1, l2=0.5)
    optimizer.step()
    np.testing.assert_allclose(W, 1 - 0.1 * 0.5)


@pytest.mark.parametrize("bad, message", [
    (dict(learning_rate=0), "learning rate"), (dict(activation="softplus"), "activation"),
    (dict(hidden=(0,)), "hidden"), (dict(batch_size=0), "batch size"),
    (dict(momentum=1.5), "momentum"), (dict(epochs=0), "epochs"),
])
def test_bad_settings_are_explained(bad, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**bad)


def test_predict_proba_accepts_every_image_format(mnist):
    model = Model(TrainConfig(hidden=(8,)))
    x = mnist[0][:3]
    p = model.predict_proba(x)
    assert p.shape == (3, 10)
    np.testing.assert_allclose(p.sum(axis=1), 1, rtol=1e-6)
    np.testing.assert_allclose(model.predict_proba(x.reshape(3, 784)), p)
    np.testing.assert_allclose(model.predict_proba(x.astype(np.float32) / 255), p, rtol=1e-5)
    with pytest.raises(ValueError, match="shape"):
        model.predict_proba(np.zeros((3, 27, 27)))


def test_regression_head_probabilities_peak_at_predicted_digit():
    p = outputs_to_probabilities("sigmoid_regression", np.array([[0.3], [0.71]]))
    assert list(np.argmax(p, axis=1)) == [3, 7]
    np.testing.assert_allclose(p.sum(axis=1), 1)


def test_snapshot_is_independent(mnist):
    model = Model(TrainConfig(hidden=(8,)))
    snapshot = model.copy()
    model.network.dense_layers[0].W += 1
    assert not np.array_equal(snapshot.network.dense_layers[0].W, model.network.dense_layers[0].W)


def test_gradient_check_leaves_the_model_untouched(mnist):
    model = Model(TrainConfig(hidden=(8,)))
    before = model.network.weights()
    x, y = small_batch(mnist)
    check_model(model, x, y)
    for name, value in model.network.weights().items():
        np.testing.assert_array_equal(value, before[name])


def test_float64_network_for_checking():
    model = Model(TrainConfig(hidden=(8,)))
    twin = for_checking(model.network)
    assert twin.dtype == np.float64 and model.network.dtype == np.float32
    x = np.random.default_rng(0).random((4, 784))
    results = gradient_check(twin, make_loss("softmax_ce"), x, np.array([1, 2, 3, 4]))
    assert all(r.passed for r in results)


def test_augmentation_without_distortion_is_the_identity(mnist):
    from digitdesk.engine.augment import random_affine
    x = mnist[0][:16].reshape(16, 784).astype(np.float32) / 255
    same = random_affine(x, np.random.default_rng(0), rotate_degrees=0, scale=0, shear=0,
                         shift_pixels=0)
    np.testing.assert_allclose(same, x, atol=1e-5)


def test_augmentation_moves_digits_a_little_and_keeps_their_ink(mnist):
    from digitdesk.engine.augment import random_affine
    x = mnist[0][:200].reshape(200, 784).astype(np.float32) / 255
    out = random_affine(x, np.random.default_rng(1))
    assert out.shape == x.shape and out.dtype == np.float32
    assert not np.allclose(out, x)
    ink_ratio = out.sum(axis=1) / x.sum(axis=1)
    assert np.all((ink_ratio > 0.7) & (ink_ratio < 1.3))  # scale +-10% changes area +-21%
    cols = np.arange(28)

    def centre_x(images):
        im = images.reshape(-1, 28, 28)
        return (im.sum(axis=1) * cols).sum(axis=1) / im.sum(axis=(1, 2))

    assert np.all(np.abs(centre_x(out) - centre_x(x)) < 4)


def test_affine_width_stretches_only_across(mnist):
    from digitdesk.engine.augment import affine
    x = mnist[0][:50].reshape(50, 28, 28).astype(np.float32) / 255
    n = len(x)

    def extent(images, axis):  # ink's spread (standard deviation) along one axis
        weights = images.sum(axis=axis)  # axis 1: along x (columns); 2: along y (rows)
        pos = np.arange(28)
        mean = (weights * pos).sum(axis=1) / weights.sum(axis=1)
        return np.sqrt((weights * (pos - mean[:, None]) ** 2).sum(axis=1) / weights.sum(axis=1))

    zero = np.zeros(n)
    wide = affine(x, zero, np.ones(n), zero, np.zeros((n, 2)), np.full(n, 1.3))
    # The bilinear reading blurs a little, which widens a thin 1 proportionally more than
    # a round 0: the typical digit grows by the 30% asked for, every one by 15-50%.
    across = extent(wide, 1) / extent(x, 1)
    assert abs(np.median(across) - 1.3) < 0.02 and np.all((across > 1.15) & (across < 1.5))
    np.testing.assert_allclose(extent(wide, 2), extent(x, 2), rtol=0.03)  # height kept
    same = affine(x, zero, np.ones(n), zero, np.zeros((n, 2)), np.ones(n))
    np.testing.assert_allclose(same, x, atol=1e-5)


def test_a_stretch_range_leaves_the_other_draws_as_they_were(mnist):
    from digitdesk.engine.augment import affine, random_affine
    x = mnist[0][:20].reshape(20, 784).astype(np.float32) / 255
    plain = random_affine(x, np.random.default_rng(3))
    unstretched = random_affine(x, np.random.default_rng(3), stretch=0.0)
    np.testing.assert_array_equal(plain, unstretched)
    # The draws of every release before the stretch, in their order (angle, zoom, shear,
    # shift): a model trained with an old seed trains the same.
    rng = np.random.default_rng(3)
    before = affine(x, rng.uniform(-10, 10, 20), 1 + rng.uniform(-0.1, 0.1, 20),
                    rng.uniform(-0.15, 0.15, 20), rng.uniform(-2, 2, (20, 2)))
    np.testing.assert_array_equal(plain, before)
    stretched = random_affine(x, np.random.default_rng(3), stretch=0.3)
    assert not np.allclose(plain, stretched)


def test_augmented_training_is_reproducible(mnist):
    config = TrainConfig(hidden=(16,), epochs=1, augment="affine", seed=4)
    a, _ = train_small(config, mnist, rows=500)
    b, _ = train_small(config, mnist, rows=500)
    assert a.history["batch_loss"] == b.history["batch_loss"]


def test_divergence_without_validation_restores_weights_with_a_finite_loss(mnist):
    """Full batch, no validation set: every step ends an epoch, and the weights put back
    must be ones whose loss was seen to be finite, not the diverged ones."""
    x_train, y_train, _, _ = mnist
    config = TrainConfig(hidden=(8,), head="linear_mse", optimizer="sgd", reduction="sum",
                         learning_rate=1000.0, batch_size=None, epochs=20, val_size=0)
    model = Model(config)
    with pytest.raises(TrainingDiverged, match="before batch 1 of epoch"):
        Trainer(model, x_train[:300], y_train[:300]).run()
    loss, _ = model.evaluate(x_train[:300], y_train[:300])
    assert np.isfinite(loss)


def test_a_run_stopped_mid_epoch_continues_along_the_x_axis(mnist):
    x_train, y_train, _, _ = mnist
    model = Model(TrainConfig(hidden=(8,), epochs=1, batch_size=100))
    first = Trainer(model, x_train[:1000], y_train[:1000])
    for _ in range(3):  # 3 of 10 batches, then "Stop"
        first.step()
    report = Trainer(model, x_train[:1000], y_train[:1000]).step()
    assert report.epoch_progress == pytest.approx(0.4)
    assert np.all(np.diff(model.history["batch_epoch"]) > 0)


@pytest.mark.parametrize("bad, message", [
    (dict(l2=float("nan")), "L2"), (dict(learning_rate=float("inf")), "learning rate"),
    (dict(seed=3_000_000_000), "seed"),
    (dict(hidden=(), activation="sigmoid", bugs=("sigmoid_derivative_sign",)), "sigmoid"),
])
def test_settings_that_would_mislead_are_refused(bad, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**bad)


def test_training_keeps_freed_memory_for_the_next_batch_instead_of_faulting_it_in_again():
    """A convolutional step frees megabytes of NumPy temporaries that the next step asks for
    again; glibc used to hand them back to the system, and every 4 KB page then cost a page
    fault (12-15% of a step). The Trainer asks glibc to keep them (Linux only)."""
    resource = pytest.importorskip("resource")  # a Unix module
    rng = np.random.default_rng(0)
    Trainer(Model(TrainConfig(hidden=(8,), epochs=1)),
            rng.integers(0, 256, (16, 784), dtype=np.uint8), np.arange(16) % 10)
    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc: the C library's own policy applies")

    def step():  # four 5 MB temporaries, made and freed, as in a convolutional step
        temporaries = [np.ones(5 * 2**20 // 4, np.float32) for _ in range(4)]
        del temporaries

    step()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(5):
        step()
    pages = 5 * 4 * 5 * 2**20 // 4096  # 25,600 pages: every one faulted in without it
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults < pages // 10


def test_a_relu_kink_inside_the_step_is_not_called_a_wrong_derivative():
    """A ReLU input within h of zero: the central difference averages the slopes of both
    sides and the check said "fail" on a correct backprop (seen in the app on a trained
    784-256-10 network: b1, relative error 2e-2). It compares with the one-sided slope
    at such a kink, says how many there were, and still catches a wrong derivative."""
    rng = np.random.default_rng(0)
    x = rng.random((4, 784))
    labels = np.array([1, 2, 3, 4])
    twin = for_checking(Model(TrainConfig(hidden=(8,), activation="relu")).network)
    dense = twin.layers[0]
    z = x @ dense.W + dense.b
    dense.b[3] -= z[2, 3] - 3e-8  # image 2's input to unit 3: 3e-8, inside +-h of the kink
    results = {r.name: r for r in gradient_check(twin, make_loss("softmax_ce"), x, labels)}
    assert results["b1"].one_sided >= 1 and results["b1"].passed, results["b1"]
    # Compared with the central differences alone, b1 fails: what the check said before.
    from digitdesk.engine.gradcheck import STEP, central_difference, relative_error
    loss = make_loss("softmax_ce")

    def objective():
        return loss.objective(loss.forward(twin.forward(x, training=True), labels), len(x))
    objective()
    twin.backward(loss.backward())
    analytic = dense.db.copy()
    central = [central_difference(objective, dense.b.reshape(-1), i, STEP) for i in range(8)]
    assert relative_error(analytic, np.array(central)) > 1e-3


class _WrongSideNearZero(ReLU):
    """A ReLU whose backward takes the wrong side of the kink, but only for inputs within
    1e-6 of zero: exactly where the gradient check compares one-sided slopes."""

    def forward(self, x):
        self.z = x
        return super().forward(x)

    def backward(self, dout):
        return dout * (self.active ^ (np.abs(self.z) < 1e-6))


class _OffJustAboveZero(_WrongSideNearZero):
    """The wrong side for active inputs within 1e-6 of zero only (``x > 1e-6`` for ``x > 0``)."""

    def backward(self, dout):
        return dout * (self.z > 1e-6)


class _DoubleNearZero(_WrongSideNearZero):
    """Slope 2 for inputs within 1e-6 of zero: neither side's slope, nor anything between."""

    def backward(self, dout):
        return dout * np.where(np.abs(self.z) < 1e-6, 2.0, self.active)


def _b1_with_kinks(relu, *inputs):
    """The gradient check's b1 row of a 784-50-10 ReLU network whose unit 3 gets the input
    ``inputs[k]`` from image k: a kink of the loss along b1[3] at -inputs[k] from w."""
    rng = np.random.default_rng(1)
    x = rng.random((16, 784)) * (rng.random((16, 784)) < 0.2)
    labels = rng.integers(0, 10, 16)
    net = build_network([784, 50, 10], activation="relu",
                        rng=np.random.default_rng(0)).copy(np.float64)
    dense = net.layers[0]
    dense.b[3] += inputs[0] - (x[0] @ dense.W + dense.b)[3]
    for k, z in enumerate(inputs[1:], 1):  # through a pixel of image k that image 0 lacks
        pixel = np.flatnonzero((x[k] > 0.1) & (x[0] == 0))[0]
        dense.W[pixel, 3] += (z - (x[k] @ dense.W + dense.b)[3]) / x[k, pixel]
    net.layers = [relu() if type(layer) is ReLU else layer for layer in net.layers]
    return {r.name: r for r in gradient_check(net, make_loss("softmax_ce"), x, labels,
                                              max_coords=50)}["b1"]


H = 1e-6  # the check's step


@pytest.mark.parametrize("z0", [3e-7, 1e-8, 1e-10, -1e-10, -1e-8, -3e-7,
                                1e-9, -1e-9, 1e-11, -1e-11, H / 3, -H / 3, 0.4 * H, -0.4 * H,
                                9e-7, -9e-7])
def test_the_side_of_a_kink_is_read_off_the_loss_not_backprop(z0):
    """One pre-activation ``z0`` from the kink, inside +-h. The side compared is the one
    whose one-sided slopes fit its own Taylor expansion (``is_smooth``), so the correct
    ReLU passes at every distance, with the kink counted. Beyond h/16 the step is made
    small enough to hold no kink, and the wrong side fails; within h/16 only one side can
    be measured, and a second kink too close to w to see could stand between it and w (a
    correct ReLU then disagrees with it): the wrong side is "not compared", a warning,
    never a pass. At 0.4 h a single Taylor identity is blind (the kink's broken line passes
    its three points): the second one, an octave down, sees it."""
    correct, wrong_side = _b1_with_kinks(ReLU, z0), _b1_with_kinks(_WrongSideNearZero, z0)
    assert correct.status == "pass", correct
    if abs(z0) > H / 16:
        assert (correct.smaller_step, correct.one_sided, correct.at_w) == (1, 0, 0), correct
        assert wrong_side.status == "fail", wrong_side
    else:
        assert (correct.smaller_step, correct.one_sided, correct.at_w) == (0, 1, 0), correct
        assert wrong_side.status == "warn" and wrong_side.not_compared == 1, wrong_side
        # It says what was seen: one kink, and backprop off the other side's slope (it
        # asserted "another [kink] on the other side or too close to w to tell").
        assert wrong_side.not_compared_one_side == 1, wrong_side
        note = str(wrong_side.kink_notes[-1])
        assert "a kink within h/16 on one side of w" in note and "another" not in note


@pytest.mark.parametrize("z0", [0.0, 4e-13, -4e-13, 1e-12, -1e-12])
def test_a_kink_too_close_to_w_to_tell_its_side_is_a_warning_not_a_verdict(z0):
    """A kink within ~1e-12 of w moves the loss by only a few roundings: no side can be
    told (and exactly at w the loss has no derivative at all). The check used to pick a
    side anyway, by comparing how much each bends: curvature bent the smooth side more, so
    a correct ReLU failed and a wrong-side one passed. Now either side's slope is accepted
    as a subgradient, with a warning that says so, and the correct ReLU is never called
    wrong nor the wrong side right; a slope outside both sides still fails."""
    correct, wrong_side = _b1_with_kinks(ReLU, z0), _b1_with_kinks(_WrongSideNearZero, z0)
    assert correct.status in ("pass", "warn") and wrong_side.status in ("fail", "warn")
    assert correct.one_sided + correct.at_w == 1, correct
    if z0 == 0.0:  # exactly at w: no side at all, the distinct verdict
        assert correct.at_w == 1 and correct.status == "warn", correct
        assert "a subgradient" in str(correct.kink_notes[0])
        assert "too close to w to tell" in str(correct.kink_notes[0])
    assert _b1_with_kinks(_DoubleNearZero, z0).status == "fail"


@pytest.mark.parametrize("inputs", [(1e-13, -3e-7), (-1e-13, 3e-7), (1e-12, -3e-7),
                                    (-1e-12, 3e-7), (4e-13, -5e-7), (0.0, 3e-7), (0.0, -3e-7),
                                    (1e-13, -3e-8), (-1e-13, 3e-8), (1e-13, 3e-7)])
def test_a_kink_at_w_beside_a_second_kink_never_fails_a_correct_relu(inputs):
    """A kink at w (or within ~1e-12, too close to see) and a second one within h: the side
    away from the second kink looked smooth and was trusted at once, but its slope is that
    of the far side of the kink at w, so a correct ReLU failed (relative error 2e-2). The
    check now steps inside the second kink (h/4, h/16) and compares both sides there: a
    kink at w, a warning; where the second kink is within h/16, and backprop disagrees
    with the one side measured, the coordinate is not compared (a warning too)."""
    correct, wrong_side = _b1_with_kinks(ReLU, *inputs), _b1_with_kinks(_WrongSideNearZero, *inputs)
    assert correct.status in ("pass", "warn"), correct
    assert correct.one_sided + correct.at_w + correct.not_compared == 1, correct
    assert wrong_side.status != "pass", wrong_side


@pytest.mark.parametrize("inputs", [(3e-7, -3e-7), (-3e-7, 2e-7), (1e-7, -1e-7)])
def test_a_kink_on_each_side_of_w_is_seen_and_stepped_around(inputs):
    """Two kinks, one on each side of w: the two sides bend alike, so the check used to
    take the loss for smooth and keep the central difference, counting no kink. Each side
    now fails its own Taylor identity; the check looks again with a step of h/4 (then
    h/16), inside both kinks, where the loss is smooth: the correct ReLU passes, the row
    saying it was compared over a smaller step, and wrong derivatives fail."""
    b1 = _b1_with_kinks(ReLU, *inputs)
    assert b1.status == "pass" and b1.smaller_step == 1, b1
    assert "over a smaller step" in str(b1.kink_notes[0])
    assert _b1_with_kinks(_OffJustAboveZero, *inputs).status == "fail"
    assert _b1_with_kinks(_DoubleNearZero, *inputs).status == "fail"


def test_kinks_on_both_sides_too_close_to_step_around_are_not_compared_and_say_so():
    b1 = _b1_with_kinks(_DoubleNearZero, 3e-8, -3e-8)
    assert b1.not_compared == 1 and b1.status == "warn", b1
    assert "not compared: a kink within h/16 on each side of w" in str(b1.kink_notes[-1])
    assert b1.compared == b1.checked - 1


def test_a_coordinate_not_compared_never_counts_as_agreeing():
    """It used to be given backprop's own value, so a tensor none of whose weights could be
    compared came out "warn" with an error of 0. It is left out of the error, and a tensor
    where most weights could not be compared fails: the check cannot vouch for it."""
    from digitdesk.engine.gradcheck import GradCheckResult
    few = GradCheckResult("W1", (4, 5), 20, 1e-9, 1e-12, 0.0, 0.1, not_compared=3)
    most = GradCheckResult("W1", (4, 5), 20, 1e-9, 1e-12, 0.0, 0.1, not_compared=11)
    none = GradCheckResult("W1", (4, 5), 20, float("nan"), 0.0, 0.0, 0.1, not_compared=20)
    assert few.status == "warn" and few.compared == 17
    assert most.status == "unchecked" and most.mostly_unreadable
    assert none.status == "unchecked"


class _Tanh15(Tanh):
    """tanh whose backward is 1.5 times too large: wrong, on a loss with no kink at all."""

    def backward(self, dout):
        return 1.5 * super().backward(dout)


@pytest.mark.parametrize("n, scale", [(16, 30), (512, 100), (4096, 300)])
def test_a_wrong_derivative_on_a_smooth_network_fails_however_large_its_logits(n, scale):
    """Rounding of a loss grows with its logits and the images summed, not with |L|: a
    tanh network summed over 4,096 images, logits in the hundreds, loss 2.7. Held to
    32 eps |L|, every coordinate of a derivative 1.5 times too large read as "a kink on
    each side", was given backprop's value, and the tensor came out "warn" with an error
    of 0; with fewer images, false "straddled a kink" notes. Now: fail, no kink seen, and
    the correct network passes with none."""
    rng = np.random.default_rng(0)
    x = rng.random((n, 20))
    w1, b1 = rng.normal(size=(20, 8)) * 0.5, rng.normal(size=8) * 0.1
    w2 = rng.normal(size=(8, 4))
    labels = np.argmax(np.tanh(x @ w1 + b1) @ w2, axis=1)
    for tanh, status in ((Tanh, "pass"), (_Tanh15, "fail")):
        net = Network([Dense(w1.copy(), b1.copy()), tanh(), Dense(w2 * scale, np.zeros(4))])
        results = gradient_check(net, make_loss("softmax_ce", "sum"), x, labels)
        for r in results[:2]:  # W1, b1: behind the tanh
            assert r.status == status, r
            assert r.smaller_step + r.one_sided + r.at_w + r.not_compared == 0, r


def test_a_float32_network_is_refused_with_a_clear_error():
    """In float32 every tensor failed, with notes of kinks that were rounding."""
    net = Network([Dense(np.ones((3, 2), np.float32), np.zeros(2, np.float32))])
    with pytest.raises(ValueError, match="float64 network, not float32"):
        gradient_check(net, make_loss("softmax_ce"), np.ones((2, 3)), np.array([0, 1]))


def test_the_update_check_refuses_a_float32_network_too():
    """Its tiny step changes the loss by less than float32 rounds it."""
    from digitdesk.engine.gradcheck import update_check

    net = Network([Dense(np.ones((3, 2), np.float32), np.zeros(2, np.float32)), ReLU()])
    with pytest.raises(ValueError, match="update check needs a float64 network, not float32"):
        update_check(net, make_loss("softmax_ce"), np.ones((2, 3)), np.array([0, 1]),
                     lambda params, lr: make_optimizer("sgd", params, lr))


def test_optimisers_refuse_settings_that_would_wreck_the_first_step():
    from digitdesk.engine.optimizers import Adam, Momentum

    params = Network([Dense(np.ones((3, 2)), np.zeros(2))]).parameters()
    for lr in (float("inf"), float("nan"), 0.0, -0.1):
        with pytest.raises(ValueError, match="learning rate"):
            make_optimizer("sgd", params, lr)
    with pytest.raises(TypeError, match="learning rate must be a number"):
        make_optimizer("adam", params, "0.01")
    for l2 in (float("inf"), float("nan"), -1e-4):
        with pytest.raises(ValueError, match="L2"):
            make_optimizer("sgd", params, 0.1, l2=l2)
    for mu in (1.0, -0.1, float("nan")):
        with pytest.raises(ValueError, match="momentum"):
            Momentum(params, 0.1, momentum=mu)
    for beta in (1.0, 1.5, -0.1, float("nan")):
        with pytest.raises(ValueError, match="beta1"):
            Adam(params, 0.1, beta1=beta)
        with pytest.raises(ValueError, match="beta2"):
            Adam(params, 0.1, beta2=beta)
    for eps in (0.0, -1e-8, float("inf")):
        with pytest.raises(ValueError, match="eps"):
            Adam(params, 0.1, eps=eps)
    adam = Adam(params, 1, beta1=0, eps=1)  # whole numbers are fine: read as floats
    assert (adam.learning_rate, adam.beta1, adam.eps) == (1.0, 0.0, 1.0)


def _along(formula):
    """The loss along one weight as a formula of its offset t (for ``read_kink``)."""
    from digitdesk.engine.gradcheck import LossAlong

    weight = np.zeros(1)
    return LossAlong(lambda: formula(weight[0]), weight, 0, formula(0.0))


@pytest.mark.parametrize("d", [1e-11, 1e-9, 1e-7, 2e-7, H / 3, 0.4 * H, 5e-7, 9e-7])
def test_each_side_is_held_to_its_own_taylor_expansion(d):
    """A smooth loss with a strong curvature (slope 1, L'' = 400) and a kink a distance d
    to the right where the slope rises by 0.01: the curvature bends the left side more
    than the kink bends the right when d is small, yet the right side fails its identity
    and the left one passes, and the left slope comes back to 1 (Richardson)."""
    from digitdesk.engine.gradcheck import TAYLOR_NOISE, read_kink

    noise = TAYLOR_NOISE * 4.0 * np.finfo(np.float64).eps  # a loss of 2 from its logits

    def loss(t):
        return 2.0 + t + 200 * t**2 + 0.01 * max(0.0, t - d)

    reading = read_kink(_along(loss), H, noise)
    assert reading.kind == ("smaller step" if d > H / 16 else "one-sided"), reading
    assert reading.slopes[0] == pytest.approx(1.0, abs=1e-8)
    # A smooth loss: no kink; the same at w: both slopes, the kink's height the gap.
    assert read_kink(_along(lambda t: 2.0 + t + 200 * t**2), H, noise).kind == "smooth"
    at_w = read_kink(_along(lambda t: 2.0 + t + 200 * t**2 + 0.01 * max(0.0, t)), H, noise)
    assert at_w.kind == "at w" and sorted(at_w.slopes) == pytest.approx([1.0, 1.01], abs=1e-8)


def test_a_smooth_loss_costs_no_forward_pass_beyond_the_central_differences():
    """Only coordinates whose central difference misses are looked at again (two more
    forward passes each): on a smooth, correct network that is none of them."""
    rng = np.random.default_rng(0)
    x = rng.random((4, 784))
    net = for_checking(Model(TrainConfig(hidden=(8,), activation="sigmoid")).network)
    calls = []
    forward = net.forward
    net.forward = lambda *args, **kwargs: calls.append(1) or forward(*args, **kwargs)
    results = gradient_check(net, make_loss("softmax_ce"), x, np.array([1, 2, 3, 4]))
    assert all(r.passed and r.one_sided == 0 for r in results), results
    assert len(calls) == 1 + 2 * sum(r.checked for r in results)


def test_the_update_verdict_never_says_lowered_by_a_negative_amount():
    """A step within rounding passes (the first-order prediction is clearly a descent),
    but the loss may then have moved up by a hair: it said "lowered the loss by -1.0e-14"."""
    from digitdesk.engine.gradcheck import UPDATE_NOISE, UpdateCheckResult
    rise = UPDATE_NOISE / 10  # up, but within the noise
    result = UpdateCheckResult("update direction", 1.0, 1.0 + rise, -1e-3, 1e-6, 1.0, 0.0)
    assert result.status == "pass"
    text = str(result.verdict)
    assert "lowered" not in text and "by -" not in text, text
    assert "within rounding" in text
    down = UpdateCheckResult("update direction", 1.0, 1.0 - 1e-4, -1e-4, 1e-6, 1.0, 0.0)
    assert "lowered the loss by 1.0e-04" in str(down.verdict)


def _saturated_mse_network(bias, activation=Sigmoid):
    """A sigmoid layer pushed into saturation by its biases, a linear_mse head summed over
    256 images with random labels (learner 000's kind of network): the loss is large, so
    rounding moves it a lot, while the gradients reaching the hidden layer are tiny."""
    rng = np.random.default_rng(1)
    x = rng.random((256, 20))
    network = Network([Dense(rng.normal(size=(20, 8)), bias + rng.normal(size=8)),
                       activation(), Dense(rng.normal(size=(8, 10)), np.zeros(10))])
    return network, x, rng.integers(0, 10, 256)


class _Sigmoid15(Sigmoid):
    """sigmoid whose backward is 1.5 times too large."""

    def backward(self, dout):
        return 1.5 * super().backward(dout)


def test_a_correct_gradient_below_the_central_differences_resolution_is_not_called_wrong():
    """The thresholds were only relative, and "vanishing" a fixed 1e-9: a correct network
    whose hidden gradients (~1e-4, ~1e-6) were below what the central difference can
    resolve on a loss of ~1e3 (rounding moves it by ~1e-4) failed, "Backprop is wrong for
    W1, b1" (seen with the CLI on a saturated sigmoid network). Now a difference within the
    resolution agrees to rounding, and a tensor whose gradients are all below it is too
    small to check; a wrong derivative on the same network still fails."""
    loss = make_loss("linear_mse", "sum")
    for bias, expected in ((20, "pass"), (25, "vanishing"), (30, "vanishing")):
        network, x, labels = _saturated_mse_network(bias)
        results = {r.name: r for r in gradient_check(network, loss, x, labels)}
        for name in ("W1", "b1"):
            r = results[name]
            assert r.status == expected, (bias, r)
            assert r.max_abs_error <= r.resolution < 1e-3, r  # the resolution is kept
        assert results["W2"].status == "pass" and results["W2"].resolution > 1e-9
        if expected == "vanishing":
            assert results["W1"].gradient_scale > 1e-9  # 1e-9 alone would have failed it
        else:
            assert results["W1"].max_relative_error > PASS_BELOW  # relative alone: fail
    network, x, labels = _saturated_mse_network(10, _Sigmoid15)
    statuses = {r.name: r.status for r in gradient_check(network, loss, x, labels)}
    assert statuses["W1"] == "fail" and statuses["b1"] == "fail", statuses


def test_a_diverged_run_names_the_learning_rate_that_was_set_not_the_scheduled_one(mnist):
    """With a schedule the rate at the failing batch is below the one chosen (--lr 50 with
    cosine diverged at 48.097): the advice "try a smaller learning rate" names the chosen
    one, the number the user typed and can change."""
    x_train, y_train, _, _ = mnist
    config = TrainConfig(hidden=(32,), activation="relu", head="linear_mse", optimizer="sgd",
                         learning_rate=5.0, epochs=3, schedule="cosine")
    trainer = Trainer(Model(config), x_train[:2000], y_train[:2000], checkpoint_every=5)
    with pytest.raises(TrainingDiverged, match=r"smaller learning rate \(it was 5\)"):
        trainer.run()
    assert trainer.optimizer.learning_rate < 5.0  # the schedule had lowered it by then


@pytest.mark.parametrize("digits, words", [((3, 12), "digits must be from 0 to 9, not 3 12"),
                                           ((3,), "choose at least two digits to tell apart, "
                                                  "not 3")])
def test_refused_digits_are_listed_as_written_not_as_a_python_list(digits, words):
    """The settings said "not [3]", Python's list, in the app and on the command line."""
    with pytest.raises(ValueError) as refused:
        TrainConfig(digits=digits)
    assert str(refused.value) == words


def test_the_training_accuracy_shows_a_network_memorising_its_few_rows(mnist):
    """Question 000's "with 500 rows it memorises them", seen as a peer tool (Nielsen's
    chapter 3, ConvNetJS) shows it: every training image read right after the last epoch,
    the validation images far less often."""
    x_train, y_train, _, _ = mnist
    model = Model(TrainConfig(hidden=(64,), epochs=30, batch_size=10, learning_rate=0.1))
    reports = []
    Trainer(model, x_train[:100], y_train[:100], x_train[-1000:], y_train[-1000:]).run(reports.append)
    epochs = [r.epoch for r in reports if r.epoch is not None]
    assert [e.train_accuracy for e in epochs] == model.history["train_accuracy"]
    assert len(model.history["train_accuracy"]) == len(model.history["epoch"]) == 30
    assert epochs[-1].train_accuracy == 1.0
    assert epochs[-1].val_accuracy < 0.8
    assert epochs[0].train_accuracy < epochs[-1].train_accuracy


@pytest.mark.parametrize("config", [
    TrainConfig(hidden=(16,), epochs=1, deskew=True, digits=(3, 7)),
    TrainConfig(layers=("dense32", "dropout0.5"), epochs=1, augment="affine"),
], ids=["deskewed, two digits", "dropout, distorted"])
def test_the_training_accuracy_reads_the_training_images_as_the_network_reads_any_image(
        mnist, config):
    """Measured after the epoch on training images as they are: deskewed once (as the pad's
    digits are), not distorted, no unit dropped; the same ``TRAIN_SAMPLE`` images every
    epoch, evenly spread."""
    x_train, y_train, _, _ = mnist
    model = Model(config)
    trainer = Trainer(model, x_train[:3000], y_train[:3000], x_train[-300:], y_train[-300:])
    trainer.run()
    x, y = model.config_rows(x_train[:3000], y_train[:3000])
    rows = train_sample_rows(len(x))
    assert len(rows) == min(len(x), TRAIN_SAMPLE) and len(set(rows)) == len(rows)
    assert rows[0] == 0 and rows[-1] == len(x) - 1
    _, accuracy = model.evaluate(x[rows], y[rows])
    assert model.history["train_accuracy"] == [accuracy]


def test_the_training_accuracy_sample_never_exceeds_the_training_set():
    assert list(train_sample_rows(5)) == [0, 1, 2, 3, 4]
    rows = train_sample_rows(55_000)
    assert len(rows) == TRAIN_SAMPLE and rows[-1] == 54_999 and np.all(np.diff(rows) > 50)


def test_the_epoch_s_measurements_prepare_no_image_again(mnist, monkeypatch):
    """The validation and training-sample images are prepared (deskewed) once, when the
    trainer is made: preparing them again at every epoch deskewed the validation images
    twice, so a deskewing model was measured on images it never sees from the pad."""
    x_train, y_train, _, _ = mnist
    model = Model(TrainConfig(hidden=(16,), epochs=2, deskew=True))
    trainer = Trainer(model, x_train[:1000], y_train[:1000], x_train[-200:], y_train[-200:])
    prepared = []
    monkeypatch.setattr(Model, "prepare", lambda self, images: prepared.append(len(images)))
    trainer.run()
    assert prepared == [] and len(model.history["val_accuracy"]) == 2
