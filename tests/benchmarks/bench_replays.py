"""How long a learner's question and its fixed twin take to train, as the learners'
texts say (question 001: "the 1,000 steps take a second or two").

    python tests/benchmarks/bench_replays.py [--replays 001] [--threads 1 2] [--repeats 2]

Each run is ``digitdesk train --replay KEY [--fixed] --threads N`` in its own process, as
a user runs it; the BLAS thread counts take turns, so a busy machine slows all alike.
Prints the training time the command reports, and the process's wall and CPU time.
"""

import argparse

from bench_presets import run_train  # this folder: run as a script


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replays", nargs="+", default=["001"])
    parser.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(f"{'replay':10s}{'threads':>8s}{'training s':>12s}{'wall s':>9s}{'CPU s':>8s}"
          f"{'test acc':>10s}")
    for key in args.replays:
        for fixed in (False, True):
            for _ in range(args.repeats):
                for threads in args.threads:  # by turns
                    accuracy, training, wall, usage = run_train(
                        ["--replay", key, "--threads", str(threads)] + (["--fixed"] if fixed else []))
                    cpu = usage.ru_utime + usage.ru_stime
                    name = key + (" fixed" if fixed else "")
                    print(f"{name:10s}{threads:8d}{training:12.1f}{wall:9.1f}{cpu:8.1f}"
                          f"{accuracy:9.2f}%", flush=True)


if __name__ == "__main__":
    main()
