"""The pipeline's stages on a Dask cluster, each reading and writing the stage tables in ``out_dir``.

Each function needs a connected :class:`distributed.Client` (see
:func:`helpers.dask_engine.connect`), reads only tables written by earlier
stages, writes the same tables with the same schemas as the pandas engine
(per-document tables as folders of parts, see :mod:`helpers.dask_engine.parts`)
and returns a small summary. Tasks are pure functions of their inputs that
write their own part file, so the scheduler can rerun a task lost with a
worker without losing or duplicating documents.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import io
from helpers.dask_engine import parts
from helpers.dask_engine.cleaning import (
    TABLES,
    CleanOptions,
    clean_part,
    duplicate_map,
    final_ids,
    finalise_part,
)
from helpers.dask_engine.ingest import (
    auto_blocksize, count_newlines, plan_partitions, raw_bytes, with_line_numbers,
)

__all__ = ["actor_stage", "clean_stage", "cooccurrence_stage", "topic_stage"]


def _client():
    from distributed import default_client

    try:
        return default_client()
    except ValueError:
        raise RuntimeError(
            "No Dask client: run the stage inside `with helpers.dask_engine.connect(): ...` "
            "(or start a distributed.Client) first."
        ) from None


def _gather(client, futures: list, desc: str, progress: bool) -> list:
    """Results of ``futures`` in order, with a progress bar; the first error cancels the rest."""
    from distributed import as_completed
    from tqdm.auto import tqdm

    with tqdm(total=len(futures), desc=desc, unit="part", disable=not progress) as bar:
        for future in as_completed(futures):
            if future.status == "error":
                client.cancel(futures)
                future.result()  # raises the task's error (a PartitionError names the documents)
            bar.update(1)
    return client.gather(futures)


def _map(client, func, n_parts: int, *shared, **options) -> list:
    """Submit ``func(index, *shared, **options)`` for every part.

    ``shared`` holds scattered futures, passed positionally: futures among the
    keyword arguments of ``Client.map`` are not resolved by distributed 2026.8.
    """
    return client.map(func, range(n_parts), *([s] * n_parts for s in shared), pure=False, **options)


def _n_parts(out: Path) -> int:
    if (out / "articles.parquet").is_file():
        raise FileNotFoundError(
            f"{out / 'articles.parquet'} is a single file (written by the pandas engine): "
            "run the cleaning stage with the Dask engine first."
        )
    return len(parts.part_paths(out / "articles.parquet"))


def clean_stage(
    raw_dir: str | Path,
    out_dir: str | Path,
    *,
    reference_time: Any = None,
    allowed_languages: Sequence[str] | None = ("en",),
    near_duplicate_threshold: float | None = 0.7,
    min_body_chars: int = 1,
    seed: int = 0,
    deduplicate: bool = True,
    blocksize: int | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Stage 1: ``articles``, ``sentences``, ``related_links``, ``removed_spans`` from a raw folder.

    Parameters are those of :func:`helpers.cleaning.clean_corpus`;
    ``deduplicate=False`` skips duplicate detection (every readable document
    in an allowed language is kept); ``blocksize`` is the raw bytes per
    partition (default: about four partitions per worker, at most 8 MiB).

    Returns
    -------
    dict
        ``documents``, ``kept``, ``duplicate``, ``rejected``, ``partitions``, ``seconds``.
    """
    client = _client()
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if not blocksize:
        n_workers = len(client.scheduler_info(n_workers=-1)["workers"])
        blocksize = auto_blocksize(raw_bytes(raw_dir), n_workers)
    plan = plan_partitions(raw_dir, blocksize=blocksize)
    if not plan:
        raise FileNotFoundError(f"No documents in {raw_dir}: put .txt, .html, .jsonl or .csv files there.")
    if any(p.path for p in plan):
        plan = with_line_numbers(plan, client.gather(client.map(count_newlines, plan, pure=False)))
    options = CleanOptions(
        reference_time=reference_time,
        allowed_languages=None if allowed_languages is None else tuple(allowed_languages),
        min_body_chars=min_body_chars, near_duplicate_threshold=near_duplicate_threshold,
        deduplicate=deduplicate, seed=seed,
    )
    staging = parts.staging_folder(out, "clean")
    futures = client.map(clean_part, range(len(plan)), plan, staging=str(staging), options=options, pure=False)
    n_read = sum(counts["documents"] for counts in _gather(client, futures, "cleaning", progress))
    renamed = final_ids(client, staging, len(plan))
    duplicate_of = duplicate_map(client, staging, len(plan), renamed, options) if deduplicate else {}
    targets = {name: parts.staging_folder(out, name) for name in TABLES}
    renamed_f, duplicate_f = client.scatter([renamed, duplicate_of], broadcast=True)
    futures = _map(client, finalise_part, len(plan), renamed_f, duplicate_f,
                   staging=str(staging), targets={k: str(v) for k, v in targets.items()})
    status = pd.DataFrame(_gather(client, futures, "duplicates", progress)).fillna(0).sum()
    for name, folder in targets.items():
        parts.publish(folder, out / f"{name}.parquet")
    shutil.rmtree(staging)
    summary = {"documents": n_read, **{s: int(status.get(s, 0)) for s in ("kept", "duplicate", "rejected")}}
    if n_read != summary["kept"] + summary["duplicate"] + summary["rejected"]:
        raise RuntimeError(f"documents read and written differ: {summary}; please report this as a bug.")
    summary.update(partitions=len(plan), seconds=round(time.perf_counter() - started, 2))
    return summary


def actor_stage(out_dir: str | Path, *, user_dictionary: str | Path | None = None,
                progress: bool = True) -> dict[str, Any]:
    """Stage 3a: ``actor_mentions`` (parts) and ``actors`` from ``articles`` and ``sentences``."""
    from helpers.actors import build_matcher, combine_actor_summaries, load_dictionary
    from helpers.dask_engine.actors import mentions_part

    client = _client()
    started = time.perf_counter()
    out = Path(out_dir)
    n_parts = _n_parts(out)
    [matcher] = client.scatter([build_matcher(load_dictionary(user_dictionary))], broadcast=True)
    staging = parts.staging_folder(out, "actor_mentions")
    futures = _map(client, mentions_part, n_parts, matcher, out_dir=str(out), staging=str(staging))
    actors = combine_actor_summaries(_gather(client, futures, "actor mentions", progress))
    parts.publish(staging, out / "actor_mentions.parquet")
    io.write_table(actors, out / "actors.parquet")
    return {"mentions": int(actors["mentions"].sum()), "actors": len(actors),
            "seconds": round(time.perf_counter() - started, 2)}


def cooccurrence_stage(out_dir: str | Path, *, windows: Sequence[str] = ("sentence", "paragraph", "article"),
                       progress: bool = True) -> dict[str, Any]:
    """Stage 3b: ``cooccurrence`` (all windows) from ``actor_mentions``, ``sentences`` and ``articles``."""
    from helpers.dask_engine.cooccurrence import add_counts, counts_part, tables_from_counts

    client = _client()
    started = time.perf_counter()
    out = Path(out_dir)
    n_parts = _n_parts(out)
    actors = pd.Index(sorted(io.read_table(out / "actors.parquet")["actor_id"].astype(str)))
    [actors_f] = client.scatter([actors.tolist()], broadcast=True)
    level = _map(client, counts_part, n_parts, actors_f, out_dir=str(out), windows=list(windows))
    _gather(client, level, "co-occurrence counts", progress)
    while len(level) > 1:  # tree reduction on the workers
        paired = [client.submit(add_counts, a, b, pure=False) for a, b in zip(level[::2], level[1::2])]
        level = paired + ([level[-1]] if len(level) % 2 else [])
    table = tables_from_counts(level[0].result(), actors)
    io.write_table(table, out / "cooccurrence.parquet")
    return {"pairs": len(table), "seconds": round(time.perf_counter() - started, 2)}


def topic_stage(
    out_dir: str | Path,
    *,
    k: int | str = "auto",
    seed: int = 0,
    n_terms: int = 10,
    k_range: range = range(2, 11),
    sample_size: int | None = None,
    progress: bool = True,
):
    """Stage 2: ``topics`` (parts), ``topic_terms`` and ``topic_metrics.json`` from ``articles``.

    Returns the :class:`helpers.dask_engine.topics.DaskTopics` result (its
    ``topics`` table is also written).
    """
    import dask.dataframe as dd

    from helpers.dask_engine.topics import fit_topics_dask

    client = _client()
    out = Path(out_dir)
    n_parts = _n_parts(out)
    columns = ["doc_id", "title", "body", "published_at", "status"]
    articles = dd.from_map(lambda i: parts.read_part(out / "articles.parquet", i, columns=columns), range(n_parts))
    kept = articles[articles["status"] == "kept"].drop(columns="status")
    options = {"sample_size": sample_size} if sample_size else {}
    result = fit_topics_dask(kept, k=k, seed=seed, n_terms=n_terms, k_range=k_range, progress=progress, **options)
    staging = parts.staging_folder(out, "topics")
    written = [client.compute(part) for part in result.topics.to_delayed()]
    futures = [client.submit(parts.write_part, part, str(staging), i, pure=False) for i, part in enumerate(written)]
    _gather(client, futures, "topics", progress)
    parts.publish(staging, out / "topics.parquet")
    io.write_table(result.terms, out / "topic_terms.parquet")
    io.write_json(result.metrics, out / "topic_metrics.json")
    return result
