"""Stage 1 on a Dask cluster: cleaning mapped over partitions, duplicates found with a shuffle.

The work per partition is the pandas engine's own
(:func:`helpers.cleaning.clean_partition`); what differs is how the
corpus-wide decisions are made without holding the corpus in one place:

1. **Clean** (one task per raw partition): read, clean, split sentences, detect
   the language, and compute the LSH band keys of the kept bodies
   (:func:`helpers.dedup.band_table`). Everything is written to staging parts.
   Document ids carry a temporary ``@partition.row`` suffix until step 2.
2. **Unique ids**: ids that occur more than once (identical bytes) get ``-2``,
   ``-3``… in path order, as :func:`helpers.io.load_corpus` does.
3. **Duplicates**: the band table is shuffled on the bucket key, candidate
   pairs are found bucket by bucket (:func:`helpers.dedup.bucket_pairs`),
   joined with the two bodies and verified by exact Jaccard on the workers
   (:func:`helpers.dedup.verify_pairs`). Only the verified pairs and the
   length and date of their documents come back to the client, which picks the
   representatives (:func:`helpers.dedup.representatives`).
4. **Finalise** (one task per partition): final ids, duplicate status, the
   kept articles' sentences (:func:`helpers.cleaning.apply_duplicates`), and
   the four tables written as parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.cleaning import apply_duplicates, clean_partition
from helpers.dask_engine import parts
from helpers.dask_engine.ingest import RawPartition, read_partition
from helpers.dedup import band_table, bucket_pairs, default_lsh_threshold, representatives, verify_pairs

__all__ = ["CleanOptions", "PartitionError", "clean_part", "final_ids", "finalise_part", "strip_temporary"]

TABLES = ("articles", "sentences", "related_links", "removed_spans")
_TEMP = "@"


class PartitionError(RuntimeError):
    """A partition could not be processed; the message names the documents it held."""


@dataclass(frozen=True)
class CleanOptions:
    """Parameters of the per-partition cleaning (see :func:`helpers.cleaning.clean_corpus`)."""

    reference_time: Any = None
    allowed_languages: tuple[str, ...] | None = ("en",)
    min_body_chars: int = 1
    near_duplicate_threshold: float | None = 0.7
    deduplicate: bool = True
    seed: int = 0

    @property
    def lsh_threshold(self) -> float | None:
        """Candidate threshold of the LSH bands (None: exact duplicates only)."""
        t = self.near_duplicate_threshold
        return None if t is None else default_lsh_threshold(t)


def strip_temporary(ids: pd.Series) -> pd.Series:
    """Document ids without the temporary ``@partition.row`` suffix."""
    return ids.str.rsplit(_TEMP, n=1).str[0]


def clean_part(index: int, part: RawPartition, staging: str, options: CleanOptions) -> dict[str, int]:
    """Step 1 for one partition: clean it and write staging parts; returns row counts."""
    try:
        docs = read_partition(part)
        docs["doc_id"] = docs["doc_id"] + [f"{_TEMP}{index}.{row}" for row in range(len(docs))]
        tables = clean_partition(
            docs, reference_time=options.reference_time, allowed_languages=options.allowed_languages,
            min_body_chars=options.min_body_chars,
        )
        for name, frame in tables.items():
            parts.write_part(frame, Path(staging) / name, index)
        if options.deduplicate:
            kept = tables["articles"][tables["articles"]["status"] == "kept"]
            bands = band_table(kept["doc_id"].tolist(), kept["body"].tolist(),
                               lsh_threshold=options.lsh_threshold, seed=options.seed)
            parts.write_part(bands, Path(staging) / "bands", index)
        return {"documents": len(docs), "kept": int((tables["articles"]["status"] == "kept").sum())}
    except Exception as err:
        raise PartitionError(f"partition {index} ({part.describe()}) failed: {type(err).__name__}: {err}") from err


def _path_order(source_path: str) -> tuple[tuple[str, ...], int]:
    """Sort key of a source path as :func:`helpers.io.load_corpus` orders documents."""
    path, _, line = source_path.partition("#")
    return Path(path).parts, int(line) if line.isdigit() else 0


def final_ids(client, staging: Path, n_parts: int) -> dict[str, str]:
    """Step 2: temporary id -> final id, for the ids that occur more than once (others lose the suffix)."""
    import dask.dataframe as dd

    ids = dd.from_map(
        lambda i: parts.read_part(staging / "articles", i, columns=["doc_id", "source_path"]), range(n_parts)
    )
    base = ids["doc_id"].map_partitions(strip_temporary, meta=("doc_id", "str"))
    counts = base.value_counts()
    repeated = set(client.compute(counts[counts > 1]).result().index)
    if not repeated:
        return {}
    rows = client.compute(ids[base.isin(list(repeated))]).result()
    rows = rows.assign(base=strip_temporary(rows["doc_id"]))
    rows = rows.iloc[sorted(range(len(rows)), key=lambda r: _path_order(rows["source_path"].iloc[r]))]
    rank = rows.groupby("base").cumcount()
    final = rows["base"].where(rank == 0, rows["base"] + "-" + (rank + 1).astype(str))
    return dict(zip(rows["doc_id"], final))


def _rename(ids: pd.Series, renamed: dict[str, str]) -> pd.Series:
    stripped = strip_temporary(ids)
    if not renamed:
        return stripped
    return ids.map(renamed).fillna(stripped)


def duplicate_map(client, staging: Path, n_parts: int, renamed: dict[str, str], options: CleanOptions) -> dict[str, str]:
    """Step 3: final id of each duplicate -> final id of its representative.

    Candidate pairs, their bodies and the verification stay on the cluster
    (shuffles and joins); only the verified pairs and the length and date of
    their documents come back to the client.
    """
    import dask.dataframe as dd

    bands = dd.from_map(lambda i: parts.read_part(staging / "bands", i), range(n_parts))
    pair_meta = pd.DataFrame({"doc_a": pd.Series(dtype=object), "doc_b": pd.Series(dtype=object),
                              "exact": pd.Series(dtype=bool)})
    candidates = bands.shuffle("key").map_partitions(bucket_pairs, meta=pair_meta)
    candidates = candidates.groupby(["doc_a", "doc_b"])["exact"].max().reset_index().persist()
    articles = dd.from_map(
        lambda i: parts.read_part(staging / "articles", i, columns=["doc_id", "body", "n_chars", "published_at"]),
        range(n_parts),
    ).astype({"doc_id": object})  # parquet reads ids as strings; the pair tables hold objects
    near = candidates[~candidates["exact"]]
    involved = dd.concat([near["doc_a"], near["doc_b"]]).drop_duplicates().to_frame("doc_id")
    bodies = articles[["doc_id", "body"]].merge(involved, on="doc_id")  # a semi-join: only bodies in a pair
    joined = near.merge(bodies.rename(columns={"doc_id": "doc_a", "body": "body_a"}), on="doc_a")
    joined = joined.merge(bodies.rename(columns={"doc_id": "doc_b", "body": "body_b"}), on="doc_b")
    threshold = options.near_duplicate_threshold
    checked = joined.map_partitions(
        lambda f: verify_pairs(f[["doc_a", "doc_b", "exact"]], f["body_a"], f["body_b"], threshold=threshold),
        meta=pair_meta.assign(jaccard=pd.Series(dtype=float)),
    )
    exact = candidates[candidates["exact"]].assign(jaccard=1.0)
    verified = client.compute(dd.concat([exact, checked])).result()
    if verified.empty:
        return {}
    pair_ids = pd.concat([verified["doc_a"], verified["doc_b"]]).drop_duplicates().to_frame("doc_id")
    members = client.compute(
        articles[["doc_id", "n_chars", "published_at"]].merge(
            dd.from_pandas(pair_ids, npartitions=1).astype({"doc_id": object}), on="doc_id"
        )
    ).result()
    verified = verified.assign(doc_a=_rename(verified["doc_a"], renamed), doc_b=_rename(verified["doc_b"], renamed))
    members = members.assign(doc_id=_rename(members["doc_id"], renamed))
    return representatives(verified, members)


def finalise_part(index: int, renamed: dict[str, str], duplicate_of: dict[str, str], *, staging: str,
                  targets: dict[str, str]) -> dict[str, int]:
    """Step 4 for one partition: final ids and statuses; returns the count per status."""
    tables = {name: parts.read_part(Path(staging) / name, index) for name in TABLES}
    for frame in tables.values():
        frame["doc_id"] = _rename(frame["doc_id"], renamed)
    tables = apply_duplicates(tables, duplicate_of)
    for name, frame in tables.items():
        parts.write_part(frame, targets[name], index)
    return tables["articles"]["status"].value_counts().to_dict()
