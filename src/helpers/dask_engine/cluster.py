"""Connecting to a Dask cluster, or starting one sized to this machine.

The scheduler address comes from, in order: the ``scheduler`` argument
(``--scheduler`` on the command line, the ``scheduler`` notebook parameter),
the ``DASK_SCHEDULER_ADDRESS`` environment variable, else a
:class:`distributed.LocalCluster` is started for the run and closed after it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["SCHEDULER_ENV", "connect", "scheduler_address"]

#: Environment variable naming the scheduler of an existing cluster.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"


def scheduler_address(scheduler: str | None = None) -> str | None:
    """The address to connect to: ``scheduler``, else ``$DASK_SCHEDULER_ADDRESS``, else None."""
    return scheduler or os.environ.get(SCHEDULER_ENV) or None


@contextmanager
def connect(
    scheduler: str | None = None,
    *,
    n_workers: int | None = None,
    threads_per_worker: int = 1,
    memory_limit: str | float = "auto",
    dashboard_address: str = ":8787",
    quiet: bool = False,
) -> Iterator[Client]:
    """Yield a :class:`distributed.Client`; a local cluster started here is closed on exit.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``). Default:
        ``$DASK_SCHEDULER_ADDRESS``; when neither is set a ``LocalCluster`` of
        worker *processes* starts (cleaning and matching hold the GIL, so
        processes, not threads, give parallelism).
    n_workers : int, optional
        Workers of the local cluster (default: one per CPU core).
    threads_per_worker : int
        Threads per local worker.
    memory_limit : str or float
        Per-worker memory limit of the local cluster (``"2GiB"``; ``"auto"``
        shares the machine's memory among the workers).
    dashboard_address : str
        Where the local cluster serves its dashboard (another port is taken
        when this one is busy).
    quiet : bool
        Do not print the dashboard link.
    """
    from distributed import Client, LocalCluster

    address = scheduler_address(scheduler)
    cluster = None
    if address:
        client = Client(address)
    else:
        cluster = LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=threads_per_worker,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=dashboard_address,
        )
        client = Client(cluster)
    if not quiet:
        where = address or "a local cluster"
        workers = len(client.scheduler_info(n_workers=-1)["workers"])
        print(f"Dask: {where} with {workers} worker(s); dashboard: {client.dashboard_link}", flush=True)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
