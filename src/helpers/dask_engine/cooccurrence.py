"""Stage 3b on a Dask cluster: co-occurrence counts per partition, added up by a tree reduction.

Windows never span documents and documents never span partitions, so the
pair counts ``XᵀX``, the actor counts and the number of windows of the corpus
are sums over partitions (:func:`helpers.cooccurrence.pair_counts`). Each
task counts one part over the same sorted actor columns; the sums are
combined pairwise on the workers and the association measures computed once
from the totals (:func:`helpers.cooccurrence.table_from_counts`), exactly as
the pandas engine does from the whole table.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from helpers import cooccurrence as co
from helpers.dask_engine import parts

__all__ = ["Counts", "add_counts", "counts_part", "tables_from_counts"]

#: window -> (triu(XᵀX, 1), actor counts, number of windows)
Counts = dict[str, tuple[sp.csr_matrix, np.ndarray, int]]


def counts_part(index: int, actors: Sequence[str], *, out_dir: str, windows: Sequence[str]) -> Counts:
    """Pair counts of part ``index`` for each window, over the columns ``actors`` (sorted ids)."""
    out = Path(out_dir)
    actors = pd.Index(actors, dtype=object)
    mentions = parts.read_part(out / "actor_mentions.parquet", index,
                               columns=["doc_id", "paragraph_index", "sentence_index", "actor_id"])
    sentences = parts.read_part(out / "sentences.parquet", index,
                                columns=["doc_id", "paragraph_index", "sentence_index"])
    articles = parts.read_part(out / "articles.parquet", index, columns=["doc_id", "status"])
    counts: Counts = {}
    for window in windows:
        universe = co.window_universe(window, mentions, sentences=sentences, articles=articles)
        if len(mentions):
            X, _ = co.incidence_matrix(mentions, window, actors=actors)
            C, n_actor = co.pair_counts(X)
            n_windows = co.count_windows(universe, window) if universe is not None else X.shape[0]
        else:
            C = sp.csr_matrix((len(actors), len(actors)), dtype=np.int64)
            n_actor = np.zeros(len(actors), dtype=np.int64)
            n_windows = co.count_windows(universe, window) if universe is not None else 0
        counts[window] = (C, n_actor, n_windows)
    return counts


def add_counts(a: Counts, b: Counts) -> Counts:
    """Sum of the counts of two disjoint sets of documents."""
    return {w: (a[w][0] + b[w][0], a[w][1] + b[w][1], a[w][2] + b[w][2]) for w in a}


def tables_from_counts(counts: Counts, actors: pd.Index) -> pd.DataFrame:
    """The ``cooccurrence`` table (all windows) from the corpus totals."""
    frames = [co.table_from_counts(w, C, n_actor, actors, n_windows) for w, (C, n_actor, n_windows) in counts.items()]
    return pd.concat(frames, ignore_index=True)
