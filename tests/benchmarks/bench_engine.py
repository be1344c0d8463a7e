"""Seconds per epoch: the engine vs a plain NumPy loop vs PyTorch (if installed), side by side.

    python tests/benchmarks/bench_engine.py [--epochs 5] [--threads 1 2] [--hidden 128 800]
                                            [--cnn LAYERS ...] [--cnn-epochs 3]
                                            [--profile BATCHES]

MLP cells: same maths everywhere: 60,000 MNIST images, float32, batch 128, SGD with
momentum 0.9, lr 0.1, He init, ReLU, softmax cross-entropy (mean). The three take turns, one
epoch each, ``--epochs`` times; the best epoch of each is printed, in wall-clock seconds and
in CPU seconds of the process, with the ratios of the engine to the plain loop, to PyTorch
and to the GEMM floor (the matrix products alone, wall time, timed in the same run).

CNN cells (``--cnn``, default: the ``convolutional`` preset's layers): the engine's epoch against
PyTorch's on the same network (the same layers, valid/same padding, max pooling, ReLU), the
same batch and optimiser, no augmentation, taking turns ``--cnn-epochs`` times.

``--profile BATCHES``: instead, where the engine's CNN step goes: the CPU seconds of each
layer's forward and backward pass (and of the optimiser) over BATCHES training batches,
scaled to one epoch, for each ``--cnn`` network at the first ``--threads`` count.

A script that prints figures: it is not a test, and not collected by pytest.
"""

import argparse
import time

import numpy as np
from threadpoolctl import threadpool_limits

from digitdesk.data import load_mnist
from digitdesk.engine import PRESETS, Model, TrainConfig, Trainer
from digitdesk.engine.architecture import parse_layer

BATCH, LR, MOMENTUM = 128, 0.1, 0.9


def clock():
    return time.perf_counter(), time.process_time()


def since(start):
    """``(wall seconds, CPU seconds of the process)`` since ``start = clock()``. CPU time
    is what the work cost; wall time also counts what neighbours on a shared machine took
    from us, which is why the two are printed side by side."""
    wall, cpu = clock()
    return wall - start[0], cpu - start[1]


def engine_epoch_times(hidden, x, y, epochs, layers=()):
    """The engine's epochs for an MLP (``hidden``) or any stack of ``layers``."""
    architecture = dict(layers=layers) if layers else dict(hidden=(hidden,))
    config = TrainConfig(**architecture, activation="relu", init="he", optimizer="momentum",
                         learning_rate=LR, momentum=MOMENTUM, batch_size=BATCH, epochs=epochs,
                         val_size=0)
    trainer = Trainer(Model(config), x, y)
    times = []
    while not trainer.done:
        start = clock()
        for _ in range(trainer.steps_per_epoch):
            trainer.step()
        times.append(since(start))
    return times


def plain_loop_epoch_times(hidden, x, y, epochs):
    """What a careful learner writes in ~30 lines: no classes, no diagnostics. Like the
    engine, it computes each batch's loss (a training loop reports it)."""
    rng = np.random.default_rng(0)
    W1 = (rng.standard_normal((784, hidden)) * np.sqrt(2 / 784)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    W2 = (rng.standard_normal((hidden, 10)) * np.sqrt(2 / hidden)).astype(np.float32)
    b2 = np.zeros(10, np.float32)
    params = [W1, b1, W2, b2]
    velocity = [np.zeros_like(p) for p in params]
    x = x.reshape(len(x), 784)
    times = []
    for _ in range(epochs):
        start = clock()
        order = rng.permutation(len(x))
        losses = []
        for i in range(0, len(x), BATCH):
            rows = order[i:i + BATCH]
            xb = x[rows].astype(np.float32) / 255
            yb = y[rows]
            h = np.maximum(xb @ W1 + b1, 0)
            z = h @ W2 + b2
            p = np.exp(z - z.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            losses.append(-np.log(p[np.arange(len(yb)), yb]).mean())
            p[np.arange(len(yb)), yb] -= 1
            dz = p / len(yb)
            dh = (dz @ W2.T) * (h > 0)
            grads = [xb.T @ dh, dh.sum(axis=0), h.T @ dz, dz.sum(axis=0)]
            for param, v, g in zip(params, velocity, grads):
                v *= MOMENTUM
                v -= LR * g
                param += v
        times.append(since(start))
    return times


def gemm_floor_epoch_time(hidden, n, repeats=3):
    """Only the matrix products of one epoch: forward x@W1, h@W2; backward x.T@dh, h.T@dz,
    dz@W2.T. No framework can go below this."""
    rng = np.random.default_rng(0)
    xb = rng.random((BATCH, 784), dtype=np.float32)
    W1 = rng.random((784, hidden), dtype=np.float32)
    W2 = rng.random((hidden, 10), dtype=np.float32)
    dh = rng.random((BATCH, hidden), dtype=np.float32)
    dz = rng.random((BATCH, 10), dtype=np.float32)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(n // BATCH + 1):
            h = xb @ W1
            h @ W2
            xb.T @ dh
            h.T @ dz
            dz @ W2.T
        best = min(best, time.perf_counter() - start)
    return best


def torch_epoch_times(hidden, x, y, epochs, threads):
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(784, hidden), torch.nn.ReLU(),
                                torch.nn.Linear(hidden, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt = torch.from_numpy(x.reshape(len(x), 784).copy())  # torch wants a writable array
    yt = torch.from_numpy(y.astype(np.int64))
    times = []
    for _ in range(epochs):
        start = clock()
        order = torch.randperm(len(xt))
        for i in range(0, len(xt), BATCH):
            rows = order[i:i + BATCH]
            xb = xt[rows].float() / 255
            optimizer.zero_grad()
            loss_fn(model(xb), yt[rows]).backward()
            optimizer.step()
        times.append(since(start))
    return times


def torch_network(layers, torch):
    """The same stack of ``layers`` (digitdesk names) as PyTorch modules, channels first."""
    modules, channels, image = [], 1, True
    for text in layers:
        spec = parse_layer(text)
        if spec.kind == "conv":
            padding = spec.kernel // 2 if spec.padding == "same" else 0
            modules += [torch.nn.Conv2d(channels, int(spec.size), spec.kernel, padding=padding),
                        torch.nn.ReLU()]
            channels = int(spec.size)
        elif spec.kind == "pool":
            modules.append(torch.nn.MaxPool2d(int(spec.size)))
        elif spec.kind == "dropout":
            modules.append(torch.nn.Dropout(spec.size))
        else:
            if image:
                modules.append(torch.nn.Flatten())
                image = False
            modules += [torch.nn.LazyLinear(int(spec.size)), torch.nn.ReLU()]
    if image:
        modules.append(torch.nn.Flatten())
    modules.append(torch.nn.LazyLinear(10))
    return torch.nn.Sequential(*modules)


def torch_cnn_epoch_times(layers, x, y, epochs, threads):
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = torch_network(layers, torch)
    model(torch.zeros(1, 1, 28, 28))  # sizes the lazy layers
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt = torch.from_numpy(x.reshape(len(x), 1, 28, 28).copy())
    yt = torch.from_numpy(y.astype(np.int64))
    times = []
    for _ in range(epochs):
        start = clock()
        order = torch.randperm(len(xt))
        for i in range(0, len(xt), BATCH):
            rows = order[i:i + BATCH]
            optimizer.zero_grad()
            loss_fn(model(xt[rows].float() / 255), yt[rows]).backward()
            optimizer.step()
        times.append(since(start))
    return times


def cnn_cells(args, x, y):
    print(f"\nCNN: the engine's epoch against PyTorch's, same network and batch, "
          f"{args.cnn_epochs} epochs each, interleaved")
    print(f"{'network':44s}{'threads':>4s}{'clock':>7s}{'engine':>9s}{'torch':>9s}{'eng/torch':>10s}")
    for text in args.cnn:
        layers = tuple(text.split(","))
        for threads in args.threads:
            times = {"engine": [], "torch": []}
            with threadpool_limits(limits=threads, user_api="blas"):
                for _ in range(args.cnn_epochs):
                    times["engine"] += engine_epoch_times(None, x, y, 1, layers)
                    times["torch"] += (torch_cnn_epoch_times(layers, x, y, 1, threads)
                                       or [(float("nan"), float("nan"))])
            for label, column in (("wall", 0), ("cpu", 1)):
                engine, torch_s = (min(t[column] for t in times[k]) for k in ("engine", "torch"))
                print(f"{text:44s}{threads:>4d} {label:>6s}{engine:9.2f}{torch_s:9.2f}"
                      f"{engine / torch_s:10.2f}")


def timed(seconds, name, method):
    """``method``, adding the CPU seconds of every call to ``seconds[name]``."""
    def run(*arguments, **options):
        start = time.process_time()
        result = method(*arguments, **options)
        seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
        return result
    return run


def profile_cells(args, x, y):
    """CPU seconds per epoch of each layer's forward and backward pass, timed inside a
    real training run (the layers' methods wrapped with a clock)."""
    for text in args.cnn:
        config = TrainConfig(layers=tuple(text.split(",")), activation="relu", init="he",
                             optimizer="momentum", learning_rate=LR, momentum=MOMENTUM,
                             batch_size=BATCH, epochs=2 + args.profile // 400, val_size=0)
        trainer = Trainer(Model(config), x, y)
        seconds = {}
        for i, layer in enumerate(trainer.model.network.layers):
            for part in ("forward", "backward"):
                setattr(layer, part, timed(seconds, (f"{i:2d} {type(layer).__name__}", part),
                                           getattr(layer, part)))
        trainer.optimizer.step = timed(seconds, ("optimiser", "step"), trainer.optimizer.step)
        with threadpool_limits(limits=args.threads[0], user_api="blas"):
            for _ in range(5):  # warm up: first batches allocate
                trainer.step()
            seconds.clear()
            start = time.process_time()
            for _ in range(args.profile):
                trainer.step()
            total = time.process_time() - start
        scale = trainer.steps_per_epoch / args.profile
        print(f"\n{text}: CPU s per epoch ({args.profile} batches, {args.threads[0]} BLAS thread(s))")
        for (name, part), value in sorted(seconds.items(), key=lambda item: -item[1]):
            if value * scale >= 0.005:
                print(f"  {name:16s}{part:>9s}{value * scale:8.2f}")
        print(f"  {'the whole step':25s}{total * scale:8.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--hidden", type=int, nargs="*", default=[128, 800],
                        help="MLP cells (none: CNN cells only)")
    parser.add_argument("--cnn", nargs="*", default=[",".join(PRESETS["convolutional"].layers)],
                        metavar="LAYERS", help="CNN cells, e.g. conv32x5,pool2,dense128 "
                        "(default: the convolutional preset's; none: MLP cells only)")
    parser.add_argument("--cnn-epochs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="BATCHES",
                        help="print where the engine's CNN step goes instead (CPU s per epoch)")
    args = parser.parse_args()
    x, y, _, _ = load_mnist()
    if args.profile:
        profile_cells(args, x, y)
        return
    print(f"{len(x):,} images, batch {BATCH}, momentum SGD, float32; {args.epochs} epochs each, "
          "interleaved")
    print(f"{'network':12s}{'threads':>4s}{'clock':>7s}{'floor':>8s}{'plain':>8s}{'engine':>8s}{'torch':>8s}"
          f"{'eng/plain':>10s}{'eng/torch':>10s}{'eng/floor':>10s}")
    for hidden in args.hidden:
        for threads in args.threads:
            # One epoch of each in turn, --epochs times: a noisy neighbour on a shared
            # machine then slows all three alike, and the best epoch of each is its least
            # disturbed one (the medians are printed too).
            times = {"plain": [], "engine": [], "torch": []}
            with threadpool_limits(limits=threads, user_api="blas"):
                floor = gemm_floor_epoch_time(hidden, len(x))
                for _ in range(args.epochs):
                    times["plain"] += plain_loop_epoch_times(hidden, x, y, 1)
                    times["engine"] += engine_epoch_times(hidden, x, y, 1)
                    times["torch"] += (torch_epoch_times(hidden, x, y, 1, threads)
                                       or [(float("nan"), float("nan"))])
            for label, column in (("wall", 0), ("cpu", 1)):
                plain, engine, torch_s = (min(t[column] for t in times[k])
                                          for k in ("plain", "engine", "torch"))
                print(f"784-{hidden}-10 {threads:>3d} {label:>6s}{floor:8.3f}{plain:8.3f}"
                      f"{engine:8.3f}{torch_s:8.3f}{engine / plain:10.2f}{engine / torch_s:10.2f}"
                      f"{engine / floor:10.2f}")
    if args.cnn:
        cnn_cells(args, x, y)


if __name__ == "__main__":
    main()
