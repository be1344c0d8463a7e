"""Accuracy, training time and peak memory of ``digitdesk train`` for each preset.

    python tests/benchmarks/bench_presets.py [--presets quick accurate] [--threads N]

Each preset runs as its own ``digitdesk train`` process (as a user runs it), so the peak
memory is that process's maximum resident set size, and its CPU seconds (user + system) are
what the run cost whatever the neighbours on a shared machine took. Targets (issue 2):
quick >= 98.0% in <= 30 s of training, accurate >= 98.5% in <= 90 s, peak memory <= 600 MB;
(issue 9) convolutional >= 99.5% in <= 10 minutes, peak memory <= 1 GB.
"""

import argparse
import os
import re
import subprocess
import sys
import time


def run_train(arguments):
    """Run ``digitdesk train ARGUMENTS --no-progress`` as its own process: ``(test accuracy
    in %, training seconds it reports, wall seconds, the process's resource usage)``."""
    command = [sys.executable, "-m", "digitdesk", "train", *arguments, "--no-progress"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    output = process.stdout.read()
    # wait4 returns the resource usage of exactly this child: its peak resident memory.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output}")
    accuracy = float(re.search(r"test accuracy ([\d.]+)%", output).group(1))
    training = float(re.search(r"training took ([\d.]+) s", output).group(1))
    return accuracy, training, wall, usage


def run_preset(preset, threads):
    """``(test accuracy %, training s, wall s, CPU s, peak MB)`` of one preset."""
    accuracy, training, wall, usage = run_train(
        ["--preset", preset] + (["--threads", str(threads)] if threads else []))
    return accuracy, training, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", nargs="+", default=["quick", "accurate"])
    parser.add_argument("--threads", type=int, default=None, help="BLAS threads (default: the CLI's)")
    args = parser.parse_args()
    print(f"{'preset':14s}{'test acc':>10s}{'training s':>12s}{'wall s':>9s}{'cpu s':>9s}{'peak MB':>9s}")
    for preset in args.presets:
        accuracy, training, wall, cpu, peak = run_preset(preset, args.threads)
        print(f"{preset:14s}{accuracy:9.2f}%{training:12.1f}{wall:9.1f}{cpu:9.1f}{peak:9.0f}", flush=True)


if __name__ == "__main__":
    main()
