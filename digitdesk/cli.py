"""The command line: ``digitdesk`` (the app), ``digitdesk train``, ``evaluate``, ``gradcheck``,
``finetune``.

Every engine option is a flag; a preset fills in the rest. Errors are one clear line on
stderr and a non-zero exit, never a traceback.
"""

import argparse
import codecs
import contextlib
import difflib
import os
import signal
import sys
import time
from pathlib import Path

import numpy as np

from . import __version__
from .data import DataFormatError, load_mnist, read_idx_pair, read_kaggle_csv, select_digits
from .engine import PRESETS, Model, ModelFileError, Trainer, TrainingDiverged, load_model
from .engine.architecture import LAYERS_HELP, parameter_shapes, parse_layers
from .engine.augment import AUGMENT_SETTINGS, STYLE_RATE
from .engine.buglab import BUGS
from .engine.explain import confusion_matrix
from .engine.replays import REPLAYS
from .engine.gradcheck import (CHECK_BATCH, PASS_BELOW, WARN_BELOW, check_batch, check_model,
                               check_update)
from .engine.initializers import INITIALIZERS
from .engine.layers import ACTIVATIONS
from .engine.losses import (HEAD_DESCRIPTIONS, HEADS, NO_DIGIT, REDUCTIONS, is_regression,
                            regression_digits)
from .engine.optimizers import OPTIMIZERS, SCHEDULES
from .engine.trainer import training_data
from .personal import RECIPES as FINE_TUNE_RECIPES
from .personal import FILE_NAME as PERSONAL_FILE_NAME
from .personal import PersonalSet, base_of, fine_tune
from .folders import app_data_folder
from .save_target import model_file_path, save_error_words, save_target_problem
from .threads import BLAS_THREADS, limit_blas_threads

DEFAULT_PRESET = "quick"
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT: what a shell reports for a program stopped by Ctrl+C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of our output went away (``| head``)


class UsageError(Exception):
    pass


class OptionError(ValueError):
    """A value the settings refuse: a usage error (exit code 2) that names the option,
    ``argument --momentum: momentum must be in [0, 1), not 2.0`` (``option``: None where
    no single option is to blame, only their combination)."""

    def __init__(self, message, option=None):
        super().__init__(f"argument {option}: {message}" if option else str(message))
        self.option = option


# Each setting of TrainConfig and the option that sets it (for the messages that name it).
OPTION_OF = {"hidden": "--hidden", "layers": "--layers", "activation": "--activation",
             "head": "--head", "reduction": "--reduction", "init": "--init", "bias": "--no-bias",
             "optimizer": "--optimizer", "learning_rate": "--lr", "momentum": "--momentum",
             "schedule": "--schedule", "batch_size": "--batch-size", "epochs": "--epochs",
             "l2": "--l2", "seed": "--seed", "train_size": "--train-size",
             "val_size": "--val-size", "augment": "--augment", "style_digits": "--style-digits",
             "deskew": "--deskew", "digits": "--digits", "bugs": "--bug"}

# The largest network the command line builds: 50 million weights are 400 MB in float64,
# and as much again for their gradients and the optimiser's velocity. (The largest preset
# has under 2 million.) A typo such as --hidden 100000,100000 asked for 10 billion and
# ended in a MemoryError's traceback after loading the data.
MAX_WEIGHTS = 50_000_000


class Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line (``digitdesk train: error: ...``)."""

    def error(self, message):
        raise UsageError(f"{self.prog}: error: {message} (see {self.prog} --help)")


# A value of the wrong kind is said in plain words (argparse's own: "invalid
# positive_int value: 'abc'", in the names of this file).
def whole_number(text):
    """``"12"`` -> 12 (the option's own check says which whole numbers it takes)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a whole number, not {text!r}") from None


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"give a whole number of at least 1, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of at least 1, not {value}")
    return value


def number(text):
    """``"0.1"``, ``"1e-4"`` -> a float (the option's own check says which it takes)."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a number, not {text!r}") from None


def hidden_sizes(text):
    """``"128"``, ``"250,100"`` or ``"none"`` (no hidden layer)."""
    if not text.strip():  # e.g. --hidden "$SIZES" with SIZES unset: not "no hidden layer"
        raise argparse.ArgumentTypeError("give sizes separated by commas, e.g. 128 or 250,100, "
                                         "or none for no hidden layer")
    if text.strip().lower() == "none":
        return ()
    try:
        # (split, then strip: "64 32" is a forgotten comma, not 6432)
        sizes = tuple(int(part.strip()) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give sizes separated by commas, e.g. 128 or 250,100") from None
    too_small = [size for size in sizes if size < 1]
    if too_small:  # (--hidden 0 was told to separate its sizes with commas)
        raise argparse.ArgumentTypeError(
            f"{text!r}: a hidden layer has at least 1 unit, not {too_small[0]} "
            "(none for no hidden layer)")
    return sizes


def layer_names(text):
    """``"conv32x5,pool2,dense128"``: see ``engine.architecture``; ``"none"``: no hidden
    layer (784-10)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give layers separated by commas, e.g. "
                                         "conv32x5,pool2,dense128, or none for no hidden layer")
    try:
        return parse_layers(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def digit_list(text):
    try:
        digits = tuple(int(part) for part in text.split(","))  # "3 7" is not 37: int() refuses it
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give digits separated by commas, e.g. 3,7") from None
    if any(not 0 <= d <= 9 for d in digits):  # 37: the app's Digits field reads it as 3 and 7
        raise argparse.ArgumentTypeError(
            f"{text!r}: a digit is 0 to 9; separate digits with commas, e.g. 3,7")
    twice = sorted({d for d in digits if digits.count(d) > 1})
    if twice:  # (--digits 3,3 was "choose at least two digits, not [3]": a puzzle)
        raise argparse.ArgumentTypeError(f"{text!r}: {', '.join(map(str, twice))} given twice")
    return digits


def add_threads_option(command):
    command.add_argument("--threads", type=positive_int, default=BLAS_THREADS, metavar="N",
                         help=f"BLAS threads, at most one per core (default {BLAS_THREADS}; "
                              "see README, Speed)")


def add_model_options(parser):
    """The options that describe a network and how it trains (all default to the preset)."""
    quick = PRESETS[DEFAULT_PRESET]

    def default(value):
        """``" (quick: 0.1)"``: what the option is when not given (with the default preset)."""
        return f" ({DEFAULT_PRESET}: {value})"

    g = parser.add_argument_group(
        "model and training",
        f"Each option not given takes its value from the preset (--preset, default "
        f"{DEFAULT_PRESET}); \"({DEFAULT_PRESET}: ...)\" shows that value.")
    # A name as the app writes it is taken too (--preset Convolutional, --activation ReLU,
    # --init He): the choices are the code's lower-case names, and "ReLU" was refused.
    g.add_argument("--preset", type=str.lower, choices=sorted(PRESETS),  # None: DEFAULT_PRESET
                   help=f"starting point for every option below (default: {DEFAULT_PRESET})")
    g.add_argument("--replay", choices=sorted(REPLAYS),
                   help="start from a learner's question instead (see the README); "
                        "with --fixed, from its fixed twin")
    g.add_argument("--fixed", action="store_true", help="with --replay: the fixed twin")
    architecture = g.add_mutually_exclusive_group()
    architecture.add_argument("--hidden", type=hidden_sizes, metavar="SIZES",
                              help="an MLP's hidden layer sizes in units, e.g. 128 or 250,100, "
                                   "or none for no hidden layer"
                                   + default(",".join(map(str, quick.hidden))))
    architecture.add_argument("--layers", type=layer_names, metavar="LAYERS",
                              help="any stack of layers instead, or none: " + LAYERS_HELP)
    g.add_argument("--activation", type=str.lower, choices=list(ACTIVATIONS),
                   help="of the hidden layers" + default(quick.activation))
    g.add_argument("--head", type=str.lower, choices=list(HEADS), help="output and loss: " + "; ".join(
        f"{name}: {text}" for name, text in HEAD_DESCRIPTIONS.items()) + default(quick.head))
    g.add_argument("--reduction", type=str.lower, choices=list(REDUCTIONS),
                   help="mean or sum of the per-example gradients over a batch"
                        + default(quick.reduction))
    g.add_argument("--init", type=str.lower, choices=list(INITIALIZERS),
                   help="uniform(-1,1), normal(0,0.01), Xavier or He" + default(quick.init))
    g.add_argument("--no-bias", dest="bias", action="store_false", default=None,
                   help=f"layers without bias ({DEFAULT_PRESET}: with bias)")
    g.add_argument("--optimizer", type=str.lower, choices=list(OPTIMIZERS), help=default(quick.optimizer)[1:])
    g.add_argument("--lr", "--learning-rate", dest="learning_rate", type=number, metavar="RATE",
                   help="learning rate, > 0 (the step is the rate times the gradient)"
                        + default(f"{quick.learning_rate:g}"))
    g.add_argument("--momentum", type=number, metavar="BETA",
                   help="the share of the last step kept in the next, in [0, 1) (optimizers "
                        "momentum and nesterov only)" + default(f"{quick.momentum:g}"))
    g.add_argument("--schedule", type=str.lower, choices=list(SCHEDULES),
                   help="learning-rate schedule over the run" + default(quick.schedule))
    batch = g.add_mutually_exclusive_group()
    batch.add_argument("--batch-size", type=positive_int, metavar="IMAGES",
                       help="images per gradient step" + default(quick.batch_size))
    batch.add_argument("--full-batch", action="store_true",
                       help="every training row in one batch (gradient descent)")
    g.add_argument("--epochs", type=positive_int, metavar="N",
                   help="passes over the training rows" + default(quick.epochs))
    g.add_argument("--l2", type=number, metavar="LAMBDA",
                   help="L2 weight decay, >= 0" + default(f"{quick.l2:g}"))
    g.add_argument("--seed", type=whole_number, metavar="N",
                   help="0 to 2147483647: same seed, same weights, same curve"
                        + default(quick.seed))
    g.add_argument("--train-size", type=positive_int, metavar="IMAGES",
                   help="train on the first this many images (default: all that are not "
                        "held out for validation)")
    g.add_argument("--val-size", type=whole_number, metavar="IMAGES",
                   help="images held out of training for the validation curve, 0 for none"
                        + default(f"{quick.val_size:,}"))
    g.add_argument("--deskew", action=argparse.BooleanOptionalAction, default=None,
                   help="straighten slanted digits by their image moments, in training and "
                        "when reading drawn digits"
                        + default("--deskew" if quick.deskew else "--no-deskew"))
    g.add_argument("--digits", type=digit_list, metavar="DIGITS",
                   help="train on these digits only, e.g. 3,7 (one output per digit; "
                        "default: all ten)")
    g.add_argument("--bug", dest="bugs", action="append", type=str.lower, choices=list(BUGS),
                   help="bug lab: swap in a learner's mistake on purpose (repeatable)")
    g.add_argument("--augment", type=str.lower, choices=list(AUGMENT_SETTINGS),
                   help="affine: a random small rotation, scale, shear and shift of every "
                        "training image, each time it is used; affine+styles: the same, after "
                        f"{STYLE_RATE * 100:g}%% of the 0s, 1s, 7s and 9s are redrawn in a style "
                        "common in people's writing and rare in MNIST (a crossed 7, a flagged "
                        "1, a slashed 0, a hooked 9)" + default(quick.augment))
    g.add_argument("--style-digits", type=digit_list, metavar="DIGITS",
                   help="with affine+styles: redraw only these digits in their other style, "
                        "e.g. 0,1,9 (the convolutional preset's; default all of 0,1,7,9)")


def config_from_args(args):
    config = PRESETS[args.preset or DEFAULT_PRESET]
    if args.replay:
        replay = REPLAYS[args.replay]
        config = replay.fixed_config if args.fixed else replay.config
    elif args.fixed:
        raise OptionError("--fixed goes with --replay")
    changes = {}
    for name in OPTION_OF:
        value = getattr(args, name, None)
        if value is not None:
            changes[name] = value
    if changes.get("layers") == ():  # --layers none: no hidden layer, as --hidden none
        del changes["layers"]
        changes["hidden"] = ()
    if getattr(args, "full_batch", False):
        changes["batch_size"] = None
    base = config
    try:
        config = base.replace(**changes)  # TrainConfig validates: ValueError on a bad value
    except ValueError as error:
        raise OptionError(error, OPTION_OF.get(refused_alone(base, changes))) from None
    if getattr(args, "style_digits", None) is not None and not config.uses_styles:
        # (else it would be dropped without a word: only affine+styles redraws digits)
        raise OptionError(f"--style-digits goes with --augment affine+styles (this run's "
                          f"augmentation is {config.augment})")
    shapes = parameter_shapes(config.architecture, config.outputs, config.bias)
    weights = sum(int(np.prod(shape)) for shape in shapes.values())
    if weights > MAX_WEIGHTS:
        option = "--layers" if config.layers else "--hidden"
        raise OptionError(f"{config.architecture_text()} has {weights:,} weights, more than "
                          f"the {MAX_WEIGHTS:,} digitdesk trains (its largest preset has "
                          "under 2 million)", option)
    return config


def network_options_given(args):
    """The options of ``add_model_options`` given on the command line (all default to None
    or False), e.g. ``["--hidden", "--lr"]``."""
    given = [option for name, option in OPTION_OF.items() if getattr(args, name) is not None]
    given += [option for option, name in (("--preset", "preset"), ("--replay", "replay"),
                                           ("--fixed", "fixed"), ("--full-batch", "full_batch"))
              if getattr(args, name)]
    return given


def thread_count(args):
    """``--threads``, at most one per core: more only make the threads wait for each
    other (``--threads 100000`` is a typo, not a wish); said on stderr when cut."""
    cores = os.cpu_count() or 1
    if args.threads <= cores:
        return args.threads
    print(f"digitdesk {args.command}: --threads {args.threads}: this machine has {cores} "
          f"core{'s' if cores > 1 else ''}; using {cores}", file=sys.stderr)
    return cores


def refused_alone(config, changes):
    """Which one of ``changes`` the settings refuse on its own (its name), or None if only
    their combination is refused (e.g. a bug-lab switch for sigmoids with --activation
    relu)."""
    for name, value in changes.items():
        try:
            config.replace(**{name: value})
        except ValueError:
            return name
    return None


def save_path(text):
    """``--save``'s value: a file name (an empty one is a slip, e.g. ``--save $UNSET``)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name, e.g. --save model.npz")
    return text


def check_save_target(command, path):
    """Before the work, not after: a run of minutes must not end in "cannot write".
    Returns whether a model can be saved under the name ``path`` (if not, the error is
    printed). The name given is checked (a folder, a device) and then the file written,
    ``model_file_path(path)``."""
    problem = save_target_problem(path)
    if problem is None:
        path = model_file_path(path)
        problem = save_target_problem(path)
    if problem is not None:
        print(f"digitdesk {command}: cannot save to {path}: {problem}", file=sys.stderr)
    return problem is None


def save_model(model, path):
    """Save ``model`` to ``path`` (``model_file_path`` of the name given) and say so, and
    say when a file was there before (it is replaced)."""
    replaced = Path(path).is_file()
    model.save(path)
    print(f"saved {path}" + (" (replaced the file that was there)" if replaced else ""))


def load_model_named(path):
    """``load_model``, and where ``path`` is missing but ``path.npz`` is there (``--save
    out`` wrote ``out.npz``), an error that names it."""
    try:
        return load_model(path)
    except ModelFileError as error:
        written = model_file_path(path)
        if Path(path).exists() or not written.is_file():
            raise
        raise ValueError(f"{error} (did you mean {written}? --save adds .npz to a name "
                         "without it)") from None


def read_own_data(args):
    """``(x, y, name)`` of ``--data`` (Kaggle's train.csv, or an IDX images file with
    ``--labels``): the learner's own data, as the app's File > Import Training Data reads
    it. It has no test set."""
    path = Path(args.data)
    if args.labels is not None:
        x, y = read_idx_pair(path, args.labels)
    else:
        x, y = read_kaggle_csv(path)
        if y is None:
            raise DataFormatError(f"{path.name}: there is no label column, so it cannot be "
                                  "trained on (Kaggle's test.csv has none); give train.csv, "
                                  "whose first column is the label")
    if len(x) == 0:
        raise DataFormatError(f"{path.name}: no images after the header")
    return x, y, path.name


def cmd_train(args):
    config = config_from_args(args)
    if args.save and not check_save_target("train", args.save):
        return EXIT_ERROR
    if args.labels is not None and args.data is None:
        raise OptionError("give the images file with --data", "--labels")
    if args.data is None:
        x_all, y_all, x_test, y_test = load_mnist()
        source = "bundled MNIST"
    else:
        x_all, y_all, source = read_own_data(args)
        x_test = y_test = None
    try:
        x_train, y_train, x_val, y_val = training_data(config, x_all, y_all)
    except ValueError as error:  # more rows asked for than there are
        raise OptionError(error, "--val-size" if str(error).startswith("validation size")
                          else "--train-size") from None
    # (after the sizes are checked: a usage error is one line, with no run announced)
    print(f"digitdesk {__version__}: {config.describe()}")
    if config.digits is not None and x_test is not None:
        x_test, y_test = select_digits(x_test, y_test, config.digits)
    tested = f"{len(x_test):,} test" if x_test is not None else "no test set"
    print(f"data: {len(x_train):,} training rows, {len(x_val):,} validation, {tested} "
          f"({source})")

    model = Model(config)
    trainer = Trainer(model, x_train, y_train, x_val, y_val)
    progress = make_progress_bar(trainer.total_steps, enabled=not args.no_progress)
    limits = limit_blas_threads(thread_count(args))
    start = time.perf_counter()
    diverged = None
    stop = StopRequest()
    try:
        with stop.on_ctrl_c():
            while not trainer.done and not stop.requested:
                report = trainer.step()
                progress.update(1)
                if report.epoch is not None:
                    progress.write(epoch_line(report.epoch, config.epochs))
    except TrainingDiverged as error:
        diverged = error
    finally:
        progress.close()
        limits.restore_original_limits()
    seconds = time.perf_counter() - start

    if diverged is not None:
        print(f"digitdesk train: {diverged}", file=sys.stderr)
    if stop.requested:
        print(f"digitdesk train: stopped by Ctrl+C after {trainer.steps_done:,} of "
              f"{trainer.total_steps:,} batches"
              + ("; testing the model as it is" if x_test is not None else "")
              + (" and saving it" if args.save else ""), file=sys.stderr)
    model.info.update(training_seconds=round(seconds, 2))
    if stop.requested:  # the file's settings say 8 epochs: it says how far this run got
        model.info["stopped_by_ctrl_c"] = {"batches_trained": trainer.steps_done,
                                           "batches_planned": trainer.total_steps}
    if x_test is not None:
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged model's outputs overflow
            test_loss, test_accuracy = model.evaluate(x_test, y_test)
        model.info.update(test_accuracy=test_accuracy, test_loss=test_loss)
        print(f"test accuracy {100 * test_accuracy:.2f}% (loss {test_loss:.4f}) on "
              f"{len(x_test):,} images; training took {seconds:.1f} s")
    else:  # (the app says the same: no test set, so no test accuracy)
        accuracies = model.history["val_accuracy"]
        measured = (f"validation accuracy {100 * accuracies[-1]:.2f}% on {len(x_val):,} images"
                    if len(x_val) and accuracies else "no validation images were held out")
        print(f"{source} has no test set: {measured}; training took {seconds:.1f} s")
    if args.save and not save_or_say(model, args.save, "train", "trained"):
        return EXIT_ERROR
    if stop.requested:
        return EXIT_INTERRUPTED
    return EXIT_ERROR if diverged is not None else 0


def save_or_say(model, path, command, done):
    """Save ``model`` to ``path`` (atomically); if that fails, say on stderr that the work
    (``done``: "trained", "adapted") was done but not saved, and why. True if saved."""
    path = model_file_path(path)
    try:
        save_model(model, path)
    except OSError as error:
        print(f"digitdesk {command}: the model was {done} but not saved: "
              f"{save_error_words(path, error)}", file=sys.stderr)
        return False
    return True


class StopRequest:
    """Ctrl+C during training, handled the way a long run deserves: the first one asks the
    loop to stop after the batch it is on (so the model is tested and saved as asked, not
    lost), the second one quits at once (``KeyboardInterrupt``, exit code 130)."""

    def __init__(self):
        self.requested = False

    @contextlib.contextmanager
    def on_ctrl_c(self):
        """Within this block, Ctrl+C sets ``requested`` (and a second one interrupts)."""
        # A job started in the background by a shell script (``digitdesk train ... &``)
        # has Ctrl+C ignored on purpose: keep it ignored, and the run goes on.
        if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
            yield
            return
        try:
            previous = signal.signal(signal.SIGINT, self._ctrl_c)
        except ValueError:  # not the main thread (an embedding): Python's own handling
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    def _ctrl_c(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        say_now("Ctrl+C: stopping after this batch (press Ctrl+C again to quit at once, "
                "saving nothing)")


def epoch_line(e, epochs):
    validation = (f"val loss {e.val_loss:.4f}  val acc {100 * e.val_accuracy:6.2f}%"
                  if e.val_loss == e.val_loss else "no validation set")  # nan != nan
    # The training accuracy beside the validation one: far above it, the network memorises.
    return (f"epoch {e.epoch:3d}/{epochs}  train loss {e.train_loss:.4f}  "
            f"train acc {100 * e.train_accuracy:6.2f}%  {validation}  {e.seconds:6.2f} s")


def say_now(line):
    """Write ``line`` on stderr from a signal handler. The handler runs between two
    bytecodes of the main thread, possibly in the middle of its own write to
    ``sys.stderr`` (a "reentrant call" error there): a raw write to the file descriptor
    cannot collide with it. (The leading newline ends a progress bar's line.)"""
    text = ("\n" if is_terminal(sys.stderr) else "") + line + "\n"
    try:
        os.write(sys.stderr.fileno(), text.encode(sys.stderr.encoding or "ascii", "replace"))
    except (AttributeError, OSError, ValueError, LookupError):  # no descriptor: a test's stream
        sys.stderr.write(text)


def make_progress_bar(total, enabled=True, unit="batch"):
    """A tqdm bar on stderr (epoch lines go through ``bar.write`` so they don't tear it),
    only where stderr is a terminal: redrawn in a log file or a pipe, a bar is hundreds
    of carriage-return-joined fragments; there the epoch lines alone tell the progress."""
    from tqdm import tqdm
    return tqdm(total=total, unit=unit, disable=not (enabled and is_terminal(sys.stderr)),
                leave=False, dynamic_ncols=True, file=sys.stderr)


def is_terminal(stream):
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


def cmd_evaluate(args):
    model = load_model_named(args.model)
    _, _, x_test, y_test = load_mnist()
    x_test, y_test = model.config_rows(x_test, y_test)  # a 3-vs-7 model is tested on 3s and 7s
    predicted = model.predict(x_test)
    accuracy = float(np.mean(predicted == y_test))
    print(f"{args.model}: {model.describe()}")
    print(f"test accuracy {100 * accuracy:.2f}% ({int(np.sum(predicted == y_test)):,} of {len(y_test):,})")
    if is_regression(model.config.head):
        print(regression_outputs_line(model, x_test))
    print("confusion matrix (rows: true digit, columns: predicted digit)")
    matrix = confusion_matrix(y_test, predicted)
    digits = model.config.classes
    print("      " + "".join(f"{d:>6d}" for d in digits))
    for d in digits:
        print(f"{d:>6d}" + "".join(f"{matrix[d, p]:>6d}" for p in digits))
    return 0


def regression_outputs_line(model, images):
    """What a one-output network's predictions are made of: the predicted digit is the
    nearest digit to 10 x its output, and an output of 1.0 for every image (seed 000)
    is "9" for every image. Said, with the range of 10 x output, so that a 10% accuracy
    shows its cause."""
    values, digit, _ = regression_digits(model.outputs(model.prepare(images))[:, 0],
                                         model.config.digits)
    outside = int(np.count_nonzero(digit == NO_DIGIT))
    known = "0-9" if model.config.digits is None else ", ".join(map(str, model.config.classes))
    return (f"one output, a number, not probabilities: each image is read as the digit "
            f"nearest to 10 x output; 10 x output ranged {np.min(values):.2f} to "
            f"{np.max(values):.2f} (mean {np.mean(values):.2f}), and for {outside:,} of "
            f"{len(values):,} images it rounds to none of the digits {known}")


def cmd_gradcheck(args):
    if args.model:
        ignored = network_options_given(args)
        if ignored:
            raise OptionError(f"the saved model is checked as it was saved: {', '.join(ignored)} "
                              "would be ignored (leave them out, or leave out --model to check "
                              "a new network)", "--model")
        model = load_model_named(args.model)
    else:
        model = Model(config_from_args(args))
    x_train, y_train, _, _ = load_mnist()
    rows = len(model.config_rows(x_train, y_train)[1])
    if args.batch > rows:
        raise OptionError(f"{args.batch:,} is more than the {rows:,} training images "
                          "this network reads", "--batch")
    # The batch the app's Gradient check tab takes too: the same images, the same figures.
    images, labels = check_batch(model.config, x_train, y_train, args.batch, args.seed_batch)
    print(f"gradient check of {model.describe()} ({model.config.reduction} reduction) on "
          f"{args.batch} training images, float64, central differences")
    results = check_model(model, images, labels, max_coords=args.coords)
    print(f"{'tensor':8s}{'shape':>16s}{'compared':>9s}{'max rel error':>15s}  status")
    for r in results:
        notes = [note for note in (r.rounding_note, *r.kink_notes) if note is not None]
        notes = f" ({'; '.join(map(str, notes))})" if notes else ""
        # No number where none was compared, nor for a vanishing tensor: its error (about
        # 1, the rounding of gradients too small to check) read as "totally wrong".
        error = (no_value() if np.isnan(r.max_relative_error) or r.status == "vanishing"
                 else f"{r.max_relative_error:.2e}")
        print(f"{r.name:8s}{str(r.shape):>16s}{r.compared:>9d}{error:>15s}  "
              f"{GRADCHECK_STATUS.get(r.status, r.status)}{notes}")
    print(f"pass: error < {PASS_BELOW:g} (relative to the tensor's largest gradient), or "
          "within what the central difference can resolve, on every weight compared; warn: "
          f"< {WARN_BELOW:g}, or some weights at a kink at w or not compared; fail: above; "
          "vanishing: every gradient too small to check; not checked: most weights not "
          "compared")
    update = check_update(model, images, labels)
    uphill = f" (uphill: {', '.join(update.uphill)})" if update.uphill else ""
    print(f"{'update':8s}{'one step':>16s}{'':>9s}{update.change:>15.2e}  {update.status}{uphill}")
    print("update: the change of the loss after one tiny optimiser step; it must be negative")
    wrong = [r.name for r in results if r.status == "fail"]
    if wrong:
        print(f"FAILED: {', '.join(wrong)}: backprop disagrees with the numerical gradient")
    unchecked = [r for r in results if r.status == "unchecked"]
    for r in unchecked:
        print(f"NOT CHECKED: {r.name}: only {r.compared} of {r.checked} weights could be "
              "compared, too few to vouch for it")
    if update.status == "fail":
        print(f"FAILED: update direction: {update.verdict}")
    # A tensor the check could not vouch for is no success either: the exit code says so.
    return EXIT_ERROR if wrong or unchecked or update.status == "fail" else 0


# The gradient check's statuses as the command line prints them (as the app's tab words them).
GRADCHECK_STATUS = {"unchecked": "not checked"}


def no_value():
    """What stands where there is no number (no weight compared): "—", as in the app, or
    "-" where the terminal's encoding has no dash."""
    try:
        "—".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "-"
    return "—"


def cmd_finetune(args):
    model = load_model_named(args.model)
    if args.save and not check_save_target("finetune", args.save):
        return EXIT_ERROR
    folder = Path(args.personal) if args.personal else app_data_folder()
    if folder.is_file() and folder.name == PERSONAL_FILE_NAME:
        folder = folder.parent  # the file itself was given: what it asks for is plain
    elif folder.is_file():
        raise ValueError(f"{folder}: a file, not a folder (give the folder that holds "
                         f"{PERSONAL_FILE_NAME})")
    elif not folder.is_dir() and not args.personal:
        raise ValueError(f"{folder}: the app has kept none of your digits here yet (keep "
                         "some in the app: Teach it your handwriting, or Keep as; or give "
                         "--personal FOLDER)")
    elif not folder.is_dir():
        raise ValueError(f"{folder}: no such folder (give the folder that holds "
                         f"{PERSONAL_FILE_NAME})")
    personal = PersonalSet.load(folder)
    if len(personal) == 0:
        raise ValueError(f"{folder}: holds no personal digits (keep some in the app first)")
    x_train, y_train, x_test, y_test = load_mnist()
    x_test, y_test = model.config_rows(x_test, y_test)
    counts = personal.counts()
    print(f"{args.model}: {model.describe()}")
    print(f"personal digits: {len(personal)} ("
          + ", ".join(f"{d}: {n}" for d, n in enumerate(counts) if n) + ")")
    unread = [d for d, n in enumerate(counts) if n and d not in model.config.classes]
    if unread:  # (fine_tune leaves them out: the model has no output for them)
        print(f"left out: your {', '.join(map(str, unread))} ({sum(counts[unread])} digits): "
              f"this model tells apart only {', '.join(map(str, model.config.classes))}")
    progress = make_progress_bar(100, enabled=not args.no_progress, unit="%")
    # Where there is no bar (stderr is a log file or a pipe), a line at each quarter: three
    # fine-tunes of a CNN take minutes, and a silent log looks like a hang.
    quarters_said = [0] if progress.disable and not args.no_progress else None

    def on_progress(fraction):
        progress.update(int(100 * fraction) - progress.n)
        quarter = int(4 * fraction)
        if quarters_said is not None and quarters_said[0] < quarter < 4:
            quarters_said[0] = quarter
            print(f"fine-tuning: {25 * quarter}% done", file=sys.stderr, flush=True)

    limits = limit_blas_threads(thread_count(args))
    try:
        tuned, report = fine_tune(model, personal.images, personal.labels, x_train, y_train,
                                  epochs=args.epochs, eval_x=x_test, eval_y=y_test,
                                  held_out=not args.no_held_out, base_name=Path(args.model).name,
                                  on_progress=on_progress)
    finally:
        progress.close()
        limits.restore_original_limits()
    tuned_info = tuned.info["fine_tuned"]
    print(f"adapted from {tuned_info['base_model']} (weights {tuned_info['base_fingerprint']}); "
          f"layers that learnt: {tuned_info['move']}")
    if base_of(model) is not None:
        # "Before" is then a model that learnt from these digits already: its held-out
        # figure read 85.7% (all seen) against 77.6% after, truly held out.
        print(f"note: {Path(args.model).name} was already fine-tuned on your digits (from "
              f"{tuned_info['base_model'] or 'another model'}), and this fine-tune built on it: "
              "the \"before\" figures for your digits are of a model that learnt from them, not "
              "held out. For a true before and after, give the original model.")
    for line in report_lines(report, len(x_test), held_out_asked=not args.no_held_out):
        print(line)
    if args.save and not save_or_say(tuned, args.save, "finetune", "adapted"):
        return EXIT_ERROR
    return 0


def report_lines(report, n_test, held_out_asked=True):
    """The fine-tune's before/after in the words and order the app shows them.
    ``held_out_asked``: whether the held-out figure was asked for (not ``--no-held-out``)."""
    lines = [f"fine-tuned on {report.personal_digits} personal digits in {report.seconds:.1f} s "
             f"(measuring the figures below took another {report.measure_seconds:.1f} s)"]
    if report.held_out_digits:
        lines.append(f"your digits, each held out of its fine-tune (leave one round out): "
                     f"{100 * report.held_out_before:.1f}% -> {100 * report.held_out_after:.1f}%")
    elif not held_out_asked:  # (with six of each digit, "it needs two rounds" was untrue)
        lines.append("your digits held out: not measured (--no-held-out)")
    else:
        lines.append("your digits held out: not measured (it needs two rounds: two of a digit)")
    lines.append(f"your digits, all seen by the fine-tune: {100 * report.personal_before:.1f}% "
                 f"-> {100 * report.personal_after:.1f}%")
    lines.append(f"MNIST test ({n_test:,} images): {100 * report.mnist_before:.2f}% -> "
                 f"{100 * report.mnist_after:.2f}%")
    return lines


def build_parser():
    parser = Parser(prog="digitdesk", description="Train a NumPy neural network on handwritten "
                    "digits and watch it learn. With no command, the desktop app opens.",
                    epilog="digitdesk COMMAND --help (or digitdesk help COMMAND) describes a "
                           "command's options.")
    parser.add_argument("--version", action="version", version=f"digitdesk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    parser.commands = commands.choices  # name -> its parser (for ``unrecognized``)

    train = commands.add_parser(
        "train", help="train headless on the bundled MNIST (or your own data, --data)",
        description="Train a network on the bundled MNIST (or your own data, --data), "
                    "without a window: one line per epoch, then the test accuracy.",
        epilog="Ctrl+C stops after the batch it is on, then tests the model as it is (and "
               "saves it, with --save); a second Ctrl+C quits at once, saving nothing. Exit "
               "codes: 0 trained, 1 failed (the loss diverged, or the model could not be "
               "saved), 2 a usage error (a bad option or value), 130 stopped by Ctrl+C.")
    add_model_options(train)
    train.add_argument("--save", metavar="PATH", type=save_path,
                       help="write the trained model there when training ends, to PATH.npz "
                            "unless PATH ends in .npz (out: out.npz; an existing file is "
                            "replaced; checked before training starts)")
    train.add_argument("--data", metavar="PATH",
                       help="train on your own data instead of the bundled MNIST: Kaggle's "
                            "train.csv (a header row, then the label and 784 pixels a line), "
                            "or an MNIST IDX images file with --labels (there is no test set: "
                            "the validation accuracy is reported)")
    train.add_argument("--labels", metavar="PATH",
                       help="with --data IMAGES: the IDX labels file")
    add_threads_option(train)
    train.add_argument("--no-progress", action="store_true",
                       help="no progress bar (there is none anyway where stderr is not a "
                            "terminal, e.g. a log file)")
    train.set_defaults(run=cmd_train)

    evaluate = commands.add_parser(
        "evaluate", help="test accuracy and confusion matrix of a model",
        description="The accuracy of a saved model on the 10,000 MNIST test images (on the "
                    "digits it was trained on, for a --digits model) and its confusion matrix.")
    evaluate.add_argument("model", metavar="MODEL",
                          help="a model file (.npz) saved by digitdesk train --save or the app")
    evaluate.set_defaults(run=cmd_evaluate)

    gradcheck = commands.add_parser(
        "gradcheck", help="check backprop against numerical gradients",
        description="Build a network (or read one, --model) and check its backward pass: for "
                    "every weight tensor, backprop's gradient against central differences, "
                    "in float64, on a small batch of training images; then one tiny "
                    "optimiser step, which must lower the loss. Nothing is trained or saved.",
        epilog="Exit codes: 0 nothing failed (every tensor pass, warn or vanishing, and the "
               "step went down), 1 a tensor failed or could not be checked, or the step went "
               "uphill, 2 a usage error (a bad option or value), 130 stopped by Ctrl+C.")
    add_model_options(gradcheck)
    gradcheck.add_argument("--model", metavar="PATH",
                           help="check a saved model (.npz) instead, as it was saved (then "
                                "give none of the model and training options)")
    gradcheck.add_argument("--batch", type=positive_int, default=CHECK_BATCH, metavar="IMAGES",
                           help="training images in the batch the loss is computed on "
                                "(default 16)")
    gradcheck.add_argument("--coords", type=positive_int, default=40, metavar="N",
                           help="weights compared per tensor, at random (default 40; all, if "
                                "the tensor has fewer)")
    gradcheck.add_argument("--seed-batch", type=whole_number, default=0, help=argparse.SUPPRESS)
    gradcheck.set_defaults(run=cmd_gradcheck)

    finetune = commands.add_parser(
        "finetune", help="adapt a model to your handwriting (the digits the app keeps)",
        description="Train a copy of BASE a little further on the digits the app keeps "
                    "of your handwriting, mixed with MNIST training images, and print the "
                    "accuracy before -> after: on your digits (each held out of its "
                    "fine-tune, unless --no-held-out; and all of them) and on the MNIST test "
                    "images.",
        epilog="Exit codes: 0 adapted (and saved, with --save), 1 failed (a file could not "
               "be read or the model could not be saved), 2 a usage error (a bad option or "
               "value), 130 stopped by Ctrl+C.")
    finetune.add_argument("model", metavar="BASE", help="the model to start from (.npz)")
    finetune.add_argument("--personal", metavar="FOLDER",
                          help="the folder of personal_digits.npz (default: the app's data "
                               "folder, where the app keeps them: on Linux "
                               "~/.local/share/digitdesk/digitdesk)")
    finetune.add_argument("--save", metavar="PATH", type=save_path,
                          help="write the adapted model there, to PATH.npz unless PATH ends in "
                               ".npz (mine: mine.npz; an existing file is replaced; checked "
                               "before the fine-tune starts)")
    finetune.add_argument("--epochs", type=positive_int, default=None, metavar="N",
                          help="passes over the mix (default: {0} for a dense network, {1} "
                               "for a convolutional one)".format(
                              FINE_TUNE_RECIPES["dense"]["epochs"],
                              FINE_TUNE_RECIPES["convolutional"]["epochs"]))
    finetune.add_argument("--no-held-out", action="store_true",
                          help="skip the held-out measure (one fine-tune instead of three)")
    add_threads_option(finetune)
    finetune.add_argument("--no-progress", action="store_true",
                          help="no progress at all (where stderr is not a terminal, the "
                               "progress is a line at each quarter, not a bar)")
    finetune.set_defaults(run=cmd_finetune)
    return parser


def unrecognized(parser, args, unknown):
    """A typo in an option: the error names the command it was given to (its --help lists
    the options; argparse sent the user to ``digitdesk --help``, which lists none) and the
    option meant, when one is close (``--epohcs``: did you mean --epochs?)."""
    command = parser.commands.get(getattr(args, "command", None), parser)
    message = f"unrecognized arguments: {' '.join(unknown)}"
    # argparse keeps a parser's options in _actions, and offers no public list of them.
    options = [o for a in command._actions for o in a.option_strings]
    typed = [u.split("=")[0] for u in unknown if u.startswith("--")]
    close = difflib.get_close_matches(typed[0], options, n=1, cutoff=0.6) if typed else []
    if close:
        message += f" (did you mean {close[0]}?)"
    command.error(message)


def run_app(argv):
    try:
        from .gui.app import main as app_main
    except ImportError as error:
        print(f"digitdesk: the desktop app cannot start: {error}", file=sys.stderr)
        return EXIT_ERROR
    return app_main(argv)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    plain_where_the_terminal_needs_it()
    if not argv:
        return run_app(argv)
    if argv[0] == "help":  # "digitdesk help" or "digitdesk help train", as git and pip take it
        argv = [*argv[1:2], "--help"]
    parser = build_parser()
    try:
        # Everything goes through the parser, a top-level option too: "digitdesk --bogus"
        # opened the app (the option handed to Qt, which ignores what it doesn't know).
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            unrecognized(parser, args, unknown)
        if not getattr(args, "command", None):
            return run_app([])
        if getattr(args, "save", None):  # train, finetune: a model to save, read or not
            with outliving_the_reader():
                return args.run(args)
        return args.run(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except OptionError as error:
        print(f"digitdesk {argv[0]}: error: {error} (see digitdesk {argv[0]} --help)",
              file=sys.stderr)
        return EXIT_USAGE
    except (ModelFileError, DataFormatError) as error:
        print(f"digitdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return quiet_broken_pipe()
    except MemoryError:
        print(f"digitdesk {argv[0]}: not enough memory for this network and data (try "
              "smaller layers or a smaller --batch-size)", file=sys.stderr)
        return EXIT_ERROR
    except (ValueError, OSError) as error:
        print(f"digitdesk {argv[0]}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # Ctrl+C outside training (loading data, a gradient check...)
        print(f"\ndigitdesk {argv[0]}: interrupted (Ctrl+C); nothing saved", file=sys.stderr)
        return EXIT_INTERRUPTED


def quiet_broken_pipe():
    """The reader of our output is gone (``digitdesk evaluate | head -1``): stop without a
    traceback, as any command line tool does."""
    point_at_devnull(sys.stdout)
    return EXIT_BROKEN_PIPE


def point_at_devnull(stream):
    """Python would still try to flush ``stream`` at exit and print "Exception ignored
    ... BrokenPipeError": point its file descriptor at /dev/null (for a reader gone,
    nothing is written there) so that flush succeeds. (The recipe of Python's
    documentation, "Note on SIGPIPE".)"""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stream.fileno())
        finally:
            os.close(devnull)
    except (AttributeError, OSError, ValueError):  # no real file descriptor: nothing to flush
        pass


class ReaderGoneGuard:
    """A stream (``sys.stdout``, ``sys.stderr``) that, once its reader is gone (a
    ``BrokenPipeError``), writes nothing more and raises nothing: the work goes on,
    quietly. Everything else is the stream's own."""

    def __init__(self, stream):
        self.stream = stream
        self.reader_gone = False

    def write(self, text):
        if not self.reader_gone:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._gone()
        return len(text)

    def flush(self):
        if not self.reader_gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._gone()

    def _gone(self):
        self.reader_gone = True
        point_at_devnull(self.stream)  # what its buffer still holds goes there, at exit

    def __getattr__(self, name):
        return getattr(self.stream, name)


@contextlib.contextmanager
def outliving_the_reader():
    """``digitdesk train --save m.npz | head -1``: head leaves after one line, and the next
    line written met a closed pipe; the run ended there (exit 141), the model unsaved. A
    run asked to save its model goes on when its output is no longer read: training,
    testing and saving as asked, saying nothing more on the stream that broke."""
    streams = sys.stdout, sys.stderr
    guards = [ReaderGoneGuard(stream) for stream in streams]
    sys.stdout, sys.stderr = guards
    try:
        yield
    finally:
        # What a buffered stream still holds is written here, while the guards still
        # catch a closed pipe: flushed at exit, it broke the run's exit status (120)
        # whenever Python's output was buffered (no PYTHONUNBUFFERED).
        for guard in guards:
            guard.flush()
        sys.stdout, sys.stderr = streams


# What the command line prints that an ASCII-only terminal (LANG=C on an old system, a
# Latin-1 console, PYTHONIOENCODING=ascii) cannot, and what it prints there instead.
ASCII_STAND_INS = {"→": "->", "←": "<-", "✓": "ok", "✗": "x", "—": "-", "–": "-", "±": "+/-",
                   "×": "x", "…": "...", "≥": ">=", "≤": "<=", "≈": "~", "·": ".", "‘": "'",
                   "’": "'", "“": '"', "”": '"', "²": "^2", "µ": "u", "°": " deg"}


def ascii_stand_in(error):
    """A codecs error handler: each character the encoding lacks becomes its ASCII stand-in
    (``ASCII_STAND_INS``), or "?"."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start:error.end]
    return "".join(ASCII_STAND_INS.get(char, "?") for char in text), error.end


codecs.register_error("digitdesk-ascii", ascii_stand_in)


def plain_where_the_terminal_needs_it():
    """Let stdout and stderr write what their encoding lacks as ASCII ("->" for "→")
    instead of failing with a UnicodeEncodeError in the middle of a run."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors="digitdesk-ascii")
        except (ValueError, OSError):  # a closed or a special stream: leave it as it is
            pass
