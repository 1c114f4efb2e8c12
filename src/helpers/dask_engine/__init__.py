"""The pipeline on a Dask cluster (``--engine dask``), for corpora that outgrow one machine.

The pandas engine stays the default. This engine runs the same per-document
functions (:func:`helpers.cleaning.clean_partition`,
:func:`helpers.actors.extract_mentions`, :func:`helpers.cooccurrence.pair_counts`)
over partitions of the raw folder, and does the corpus-wide steps without
gathering the corpus in one process: duplicates through a shuffle of LSH band
keys, topics from a sample model streamed over the corpus, co-occurrence by a
tree reduction of sparse counts. It writes the same tables, with the same
schemas, as folders of parquet parts.

Examples
--------
>>> from helpers.dask_engine import connect, clean_stage, actor_stage, cooccurrence_stage
>>> with connect(n_workers=2) as client:                      # doctest: +SKIP
...     clean_stage("data/raw", "data/processed", reference_time="2025-04-25 08:00")
...     actor_stage("data/processed")
...     cooccurrence_stage("data/processed")
"""

from helpers.dask_engine.cluster import SCHEDULER_ENV, connect, scheduler_address
from helpers.dask_engine.stages import actor_stage, clean_stage, cooccurrence_stage, topic_stage

__all__ = [
    "SCHEDULER_ENV",
    "actor_stage",
    "clean_stage",
    "connect",
    "cooccurrence_stage",
    "scheduler_address",
    "topic_stage",
]
