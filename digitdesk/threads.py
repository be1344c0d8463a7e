"""How many BLAS threads digitdesk's own training uses: the app's training worker, its
fine-tunes and the command line (``--threads``'s default) all read ``BLAS_THREADS``.

Why one: this project's machines have 2 cores, shared with the window and whatever else
runs. Measured there (README, "Speed"), a 2-thread OpenBLAS trains 2.9-10x slower than a
1-thread one as soon as another thread is busy, and burns several times the CPU (its two
threads spin waiting for each other); one thread loses little when the cores are free and
leaves the other core to the window. Imports no Qt: the command line uses it too.
"""

BLAS_THREADS = 1


def limit_blas_threads(threads=None):
    """Limit the BLAS library to ``threads`` threads (default ``BLAS_THREADS``), for the
    whole process: OpenBLAS has one global count. Returns threadpoolctl's limiter: use it
    in a ``with`` block, or call its ``restore_original_limits()`` to undo it."""
    from threadpoolctl import threadpool_limits
    return threadpool_limits(limits=BLAS_THREADS if threads is None else threads,
                             user_api="blas")
