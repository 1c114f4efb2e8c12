"""Actor co-occurrence: windows, association measures, slices, change tests, evidence.

A *window* is the unit in which two actors are said to co-occur:

============  ==========================================
window        key columns of ``actor_mentions``
============  ==========================================
sentence      ``doc_id, sentence_index``
paragraph     ``doc_id, paragraph_index``
article       ``doc_id``
============  ==========================================

Counting is by presence: an actor mentioned three times in a sentence counts
once for that sentence.  With ``X`` the binary window × actor incidence matrix
(``scipy.sparse``), ``C = XᵀX`` holds every pair count ``n_ab`` in one sparse
product and its diagonal holds ``n_a``; no Python loop runs over pairs.

The number of windows ``N`` (column ``n_windows``) is, by default, the number of
windows holding at least one actor mention.  Windows without any actor carry no
information about which actors go together but they do change PMI and G²
(they inflate ``N``); pass ``all_windows`` (e.g. ``sentences.parquet`` or the
kept rows of ``articles.parquet``) to count every window of the corpus instead.
Both choices are legitimate; state the one you use.

Association measures for a pair (a, b), from its 2×2 contingency table over the
``N`` windows (``O11 = n_ab``, ``O12 = n_a - n_ab``, ``O21 = n_b - n_ab``,
``O22 = N - n_a - n_b + n_ab``; ``Eij`` = row total × column total / N):

* ``jaccard = n_ab / (n_a + n_b - n_ab)``
* ``pmi = ln(n_ab N / (n_a n_b))``  (``-inf`` when ``n_ab = 0``)
* ``npmi = pmi / -ln(n_ab / N)`` in [-1, 1]; ``-1`` when ``n_ab = 0`` and ``1``
  when ``n_ab = N`` (both actors in every window), where the formula is 0/0.
* ``g2 = 2 Σ Oij ln(Oij / Eij)`` (Dunning's log-likelihood ratio, ``0 ln 0 = 0``)
  and ``p_value`` = upper tail of χ² with one degree of freedom.  G² is
  two-sided: it is large for pairs that co-occur much *less* than expected too;
  :func:`filter_links` keeps positive associations only (``n_ab > E11``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy import special

__all__ = [
    "WINDOWS",
    "MEASURE_COLUMNS",
    "COOCCURRENCE_COLUMNS",
    "window_columns",
    "count_windows",
    "incidence_matrix",
    "pair_counts",
    "pair_table_from_counts",
    "table_from_counts",
    "window_universe",
    "association_measures",
    "benjamini_hochberg",
    "cooccurrence",
    "cooccurrence_all_windows",
    "filter_links",
    "document_periods",
    "cooccurrence_by_period",
    "cooccurrence_by_topic",
    "edge_changes",
    "actors_by_topic",
    "actor_table",
    "resolve_actor",
    "with_names",
    "evidence",
    "evidence_for_top_edges",
]

Window = Literal["sentence", "paragraph", "article"]
WINDOWS: tuple[str, ...] = ("sentence", "paragraph", "article")
MEASURE_COLUMNS: list[str] = ["n_ab", "n_a", "n_b", "n_windows", "jaccard", "pmi", "npmi", "g2", "p_value"]
COOCCURRENCE_COLUMNS: list[str] = ["window", "actor_a", "actor_b", *MEASURE_COLUMNS]
#: Columns of :func:`evidence`: the sentence and where each actor's mention sits in the body.
EVIDENCE_COLUMNS: list[str] = [
    "doc_id", "title", "published_at", "paragraph_index", "sentence_index", "sentence", "start", "end",
    "a_surface", "a_start", "a_end", "b_surface", "b_start", "b_end",
]

_WINDOW_COLUMNS = {
    "sentence": ["doc_id", "sentence_index"],
    "paragraph": ["doc_id", "paragraph_index"],
    "article": ["doc_id"],
}


# --------------------------------------------------------------------------- windows
def window_columns(window: str) -> list[str]:
    """Return the ``actor_mentions`` columns that identify a window.

    Parameters
    ----------
    window : {"sentence", "paragraph", "article"}

    Returns
    -------
    list of str
    """
    try:
        return list(_WINDOW_COLUMNS[window])
    except KeyError:
        raise ValueError(f"window must be one of {WINDOWS}, got {window!r}") from None


def _check_columns(df: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{table} lacks column(s) {missing}; expected the schema in the README's Data contract "
            f"(has {list(df.columns)})"
        )


def _codes(values: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (int64) and their labels; categoricals are used as they are."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy().astype(np.int64)
        if (codes < 0).any():
            raise ValueError(f"column {values.name!r} has missing values; drop or fill them first")
        categories = values.cat.categories
        used = np.bincount(codes, minlength=len(categories)) > 0
        if not used.all():  # drop unused categories in O(n), without sorting the codes
            new_code = np.cumsum(used) - 1
            codes, categories = new_code[codes], categories[used]
        return codes, categories
    codes, uniques = pd.factorize(values, sort=True, use_na_sentinel=True)
    if (codes < 0).any():
        raise ValueError(f"column {values.name!r} has missing values; drop or fill them first")
    return codes.astype(np.int64), pd.Index(uniques)


def _window_codes(frame: pd.DataFrame, window: str) -> tuple[np.ndarray, int]:
    """Dense window codes 0..n-1 for every row of ``frame``, and n."""
    cols = window_columns(window)
    _check_columns(frame, cols, "the mentions table")
    doc_codes, _ = _codes(frame["doc_id"])
    if len(cols) == 1:
        key = doc_codes
    else:
        sub = frame[cols[1]].to_numpy()
        if pd.isna(sub).any():
            raise ValueError(f"column {cols[1]!r} has missing values; every mention needs one")
        sub = sub.astype(np.int64)
        key = doc_codes * (int(sub.max(initial=0)) + 1) + sub
    codes, uniques = pd.factorize(key)
    return codes.astype(np.int64), len(uniques)


def count_windows(all_windows: pd.DataFrame, window: str) -> int:
    """Number of distinct windows listed in ``all_windows``."""
    cols = window_columns(window)
    _check_columns(all_windows, cols, "all_windows")
    return int(len(all_windows[cols].drop_duplicates()))


def incidence_matrix(
    mentions: pd.DataFrame,
    window: Window = "sentence",
    *,
    actors: pd.Index | None = None,
) -> tuple[sp.csr_matrix, pd.Index]:
    """Binary window × actor incidence matrix.

    Parameters
    ----------
    mentions : DataFrame
        ``actor_mentions`` rows (at least ``doc_id``, ``actor_id`` and the
        window's index column).
    window : {"sentence", "paragraph", "article"}
    actors : Index, optional
        Actor ids defining the columns (sorted).  Default: the sorted actor ids
        present in ``mentions``.

    Returns
    -------
    X : scipy.sparse.csr_matrix of int32, shape (n_windows, n_actors)
        ``X[w, a] = 1`` if actor ``a`` is mentioned in window ``w``.  Only
        windows with at least one mention are rows.
    actors : Index
        Actor id of each column, in ascending order (so ``i < j`` means
        ``actors[i] < actors[j]``).
    """
    _check_columns(mentions, ["actor_id"], "the mentions table")
    if actors is None:
        actor_codes, actors = _codes(mentions["actor_id"])
        if not actors.is_monotonic_increasing:  # categorical with unsorted categories
            order = np.argsort(np.asarray(actors, dtype=object), kind="stable")
            rank = np.empty_like(order)
            rank[order] = np.arange(len(order))
            actor_codes, actors = rank[actor_codes], actors[order]
    else:
        actors = pd.Index(actors)
        actor_codes = actors.get_indexer(mentions["actor_id"])
        if (actor_codes < 0).any():
            raise ValueError("mentions hold actor ids that are not in `actors`")
    win_codes, n_win = _window_codes(mentions, window)
    data = np.ones(len(win_codes), dtype=np.int32)
    X = sp.csr_matrix((data, (win_codes, actor_codes)), shape=(n_win, len(actors)))
    X.sum_duplicates()
    X.data[:] = 1  # presence, not frequency
    return X, actors


# --------------------------------------------------------------------------- measures
def _chi2_1dof_sf(x: np.ndarray) -> np.ndarray:
    """Upper tail of χ² with one degree of freedom: ``erfc(sqrt(x / 2))`` (exact, and fast)."""
    return special.erfc(np.sqrt(np.asarray(x, dtype=np.float64) / 2.0))


def association_measures(n_ab, n_a, n_b, n_windows) -> pd.DataFrame:
    """Jaccard, PMI, NPMI, G² and its p-value, vectorised over pairs.

    Parameters
    ----------
    n_ab, n_a, n_b, n_windows : array-like of int (broadcastable)
        Joint count, marginal counts and number of windows.

    Returns
    -------
    DataFrame
        Columns ``jaccard, pmi, npmi, g2, p_value`` (natural logarithms), one
        row per pair; see the module docstring for definitions and edge cases.
    """
    n_ab, n_a, n_b, N = np.broadcast_arrays(
        *(np.asarray(x, dtype=np.float64) for x in (n_ab, n_a, n_b, n_windows))
    )
    if np.any(n_ab > np.minimum(n_a, n_b)) or np.any(n_a > N) or np.any(n_b > N):
        raise ValueError("inconsistent counts: need n_ab <= min(n_a, n_b) and n_a, n_b <= n_windows")
    if np.any(n_a + n_b - n_ab > N):
        raise ValueError("inconsistent counts: n_a + n_b - n_ab exceeds n_windows")
    with np.errstate(divide="ignore", invalid="ignore"):
        union = n_a + n_b - n_ab
        jaccard = np.where(union > 0, n_ab / union, 0.0)
        log_n = np.log(N)
        log_ab = np.log(n_ab)
        log_a, log_b = np.log(n_a), np.log(n_b)
        log_not_a, log_not_b = np.log(N - n_a), np.log(N - n_b)
        pmi = np.where(n_ab > 0, log_ab + log_n - log_a - log_b, -np.inf)
        npmi = pmi / (log_n - log_ab)
        npmi = np.where(n_ab == 0, -1.0, np.where(n_ab == N, 1.0, npmi))
        npmi = np.clip(npmi, -1.0, 1.0)

        # G² = 2 Σ O (ln O - ln E), ln E = ln(row) + ln(column) - ln N; cells with O = 0 add nothing
        cells = (
            (n_ab, log_a, log_b),
            (n_a - n_ab, log_a, log_not_b),
            (n_b - n_ab, log_not_a, log_b),
            (N - n_a - n_b + n_ab, log_not_a, log_not_b),
        )
        g2 = np.zeros_like(N)
        for observed, log_row, log_col in cells:
            g2 += np.where(observed > 0, observed * (np.log(observed) - log_row - log_col + log_n), 0.0)
    g2 = np.maximum(2.0 * g2, 0.0)  # rounding can leave tiny negatives
    p_value = _chi2_1dof_sf(g2)
    return pd.DataFrame({"jaccard": jaccard, "pmi": pmi, "npmi": npmi, "g2": g2, "p_value": p_value})


def benjamini_hochberg(p_values) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values), same order as the input.

    Controls the false discovery rate over the whole family passed in.
    """
    p = np.asarray(p_values, dtype=np.float64)
    m = p.size
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    q_sorted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(q_sorted, 1.0)
    return q


# --------------------------------------------------------------------------- co-occurrence
def pair_counts(X: sp.csr_matrix) -> tuple[sp.csr_matrix, np.ndarray]:
    """Co-occurrence counts of an incidence matrix: ``(triu(XᵀX, 1), column sums)``.

    Both are sums over windows, so the counts of a corpus are the sums of the
    counts of its parts (disjoint sets of windows over the same actor columns):
    the Dask engine adds them up by a tree reduction.
    """
    n_actor = np.asarray(X.sum(axis=0)).ravel().astype(np.int64)
    return sp.triu(X.T.tocsr() @ X, k=1).tocsr().astype(np.int64), n_actor


def _pair_table(X: sp.csr_matrix, actors: pd.Index, n_windows: int, *, include_zero: bool) -> pd.DataFrame:
    """Pair counts and measures from an incidence matrix (columns sorted by actor id)."""
    if include_zero:
        n_actor = np.asarray(X.sum(axis=0)).ravel().astype(np.int64)
        i, j = np.triu_indices(len(actors), k=1)
        C = (X.T @ X).toarray() if len(actors) else np.zeros((0, 0))
        return pair_table_from_counts(i, j, C[i, j].astype(np.int64), n_actor, actors, n_windows)
    C, n_actor = pair_counts(X)
    return pair_table_from_counts(*_upper_entries(C), n_actor, actors, n_windows)


def _upper_entries(C: sp.spmatrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row, column and value of the positive entries, sorted by (row, column)."""
    C = C.tocoo()
    i, j, n_ab = C.row.astype(np.int64), C.col.astype(np.int64), C.data.astype(np.int64)
    keep = n_ab > 0
    i, j, n_ab = i[keep], j[keep], n_ab[keep]
    order = np.lexsort((j, i))
    return i[order], j[order], n_ab[order]


def table_from_counts(
    window: str, C: sp.spmatrix, n_actor: np.ndarray, actors: pd.Index, n_windows: int
) -> pd.DataFrame:
    """The :func:`cooccurrence` table of one window from summed :func:`pair_counts`."""
    if C.nnz == 0:
        return _empty_table()
    table = pair_table_from_counts(*_upper_entries(C), n_actor, actors, n_windows)
    table.insert(0, "window", window)
    return table


def pair_table_from_counts(
    i: np.ndarray, j: np.ndarray, n_ab: np.ndarray, n_actor: np.ndarray, actors: pd.Index, n_windows: int
) -> pd.DataFrame:
    """Pairs ``(actors[i], actors[j])`` with their counts and association measures."""
    n_a, n_b = n_actor[i], n_actor[j]
    labels = pd.array(np.asarray(actors, dtype=object).astype(str), dtype="str")
    table = pd.DataFrame({"actor_a": labels.take(i), "actor_b": labels.take(j),
                          "n_ab": n_ab, "n_a": n_a, "n_b": n_b})
    table["n_windows"] = np.int64(n_windows)
    measures = association_measures(n_ab, n_a, n_b, n_windows)
    for col in measures.columns:
        table[col] = measures[col].to_numpy()
    return table


def _empty_table() -> pd.DataFrame:
    dtypes = {"window": "str", "actor_a": "str", "actor_b": "str", "n_ab": "int64", "n_a": "int64", "n_b": "int64",
              "n_windows": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "float64")) for c in COOCCURRENCE_COLUMNS})


def filter_links(
    table: pd.DataFrame,
    *,
    min_count: int = 1,
    max_p: float | None = None,
    correction: Literal["bh", "none"] = "bh",
    positive_only: bool = True,
) -> pd.DataFrame:
    """Keep the pairs that pass a minimum count and, optionally, a significance test.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`cooccurrence` (one window, or several: the correction
        is then applied within each ``window`` and, when present, each
        ``period`` / ``topic_id`` slice).
    min_count : int, default 1
        Minimum ``n_ab``.
    max_p : float, optional
        Significance level.  ``None`` (default) applies no test.
    correction : {"bh", "none"}, default "bh"
        ``"bh"``: Benjamini–Hochberg over every pair in ``table`` with
        ``n_ab >= 1`` (the family is fixed *before* the ``min_count`` filter, so
        raising ``min_count`` does not make the test less strict).
    positive_only : bool, default True
        With ``max_p``, keep only pairs that co-occur more often than expected
        under independence (``n_ab > n_a n_b / N``); G² is two-sided.

    Returns
    -------
    DataFrame
        The kept rows, same columns (plus ``q_value`` when ``correction="bh"``
        and ``max_p`` is given), index reset.
    """
    out = table
    if max_p is not None:
        group_cols = [c for c in ("window", "period", "topic_id") if c in table.columns]
        observed = table["n_ab"] > 0
        if correction == "bh":
            q = np.full(len(table), np.nan)
            if group_cols:
                for _, idx in table[observed].groupby(group_cols, sort=False).indices.items():
                    pos = np.flatnonzero(observed.to_numpy())[idx]
                    q[pos] = benjamini_hochberg(table["p_value"].to_numpy()[pos])
            else:
                pos = np.flatnonzero(observed.to_numpy())
                q[pos] = benjamini_hochberg(table["p_value"].to_numpy()[pos])
            out = table.assign(q_value=q)
            significant = out["q_value"] <= max_p
        elif correction == "none":
            significant = table["p_value"] <= max_p
        else:
            raise ValueError(f"correction must be 'bh' or 'none', got {correction!r}")
        if positive_only:
            expected = table["n_a"].to_numpy(float) * table["n_b"].to_numpy(float) / table["n_windows"].to_numpy(float)
            significant &= table["n_ab"].to_numpy(float) > expected
        out = out[significant.to_numpy() & observed.to_numpy()]
    out = out[out["n_ab"] >= min_count]
    return out.reset_index(drop=True)


def cooccurrence(
    mentions: pd.DataFrame,
    *,
    window: Window = "sentence",
    min_count: int = 1,
    max_p: float | None = None,
    correction: Literal["bh", "none"] = "bh",
    positive_only: bool = True,
    all_windows: pd.DataFrame | None = None,
    include_zero: bool = False,
) -> pd.DataFrame:
    """Pairwise actor co-occurrence with association measures.

    Parameters
    ----------
    mentions : DataFrame
        ``actor_mentions`` (README, Data contract).  Only ``doc_id``, ``actor_id`` and the
        window's index column are used.
    window : {"sentence", "paragraph", "article"}, default "sentence"
    min_count : int, default 1
        Minimum ``n_ab`` of a reported pair.
    max_p : float, optional
        If given, keep only significant positive associations; see
        :func:`filter_links` (``correction``, ``positive_only``).
    correction : {"bh", "none"}, default "bh"
    positive_only : bool, default True
    all_windows : DataFrame, optional
        Every window of the corpus (columns as :func:`window_columns`), e.g.
        ``sentences`` for the sentence or paragraph window or the kept
        ``articles`` for the article window; ``n_windows`` then counts windows
        without actors too.  Default: windows with at least one mention.
    include_zero : bool, default False
        Also report pairs of actors that never co-occur (``n_ab = 0``).  Uses
        a dense actor × actor matrix; meant for small tables and tests.

    Returns
    -------
    DataFrame
        ``window, actor_a, actor_b, n_ab, n_a, n_b, n_windows, jaccard, pmi,
        npmi, g2, p_value`` with ``actor_a < actor_b``, sorted by
        ``(actor_a, actor_b)``; a ``q_value`` column is added when
        ``max_p`` is given with ``correction="bh"``.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "sentence_index": [0, 0, 0],
    ...                   "paragraph_index": [0, 0, 0], "actor_id": ["TUR", "ISR", "TUR"]})
    >>> cooccurrence(m, window="article")[["actor_a", "actor_b", "n_ab", "n_a", "n_b"]]
      actor_a actor_b  n_ab  n_a  n_b
    0     ISR     TUR     1    1    2
    """
    cols = window_columns(window)
    if len(mentions) == 0:
        return _empty_table()
    X, actors = incidence_matrix(mentions, window)
    n_windows = X.shape[0]
    if all_windows is not None:
        n_windows = count_windows(all_windows, window)
        keys = [all_windows[cols].astype(object), mentions[cols].astype(object)]
        if len(pd.concat(keys, ignore_index=True).drop_duplicates()) > n_windows:
            raise ValueError(
                f"all_windows does not list every {window} window of the mentions; pass a table that "
                "covers every window of the mentions (e.g. sentences.parquet, or the kept articles)"
            )
    table = _pair_table(X, actors, n_windows, include_zero=include_zero)
    table.insert(0, "window", window)
    if max_p is not None or min_count > 1:
        table = filter_links(table, min_count=min_count, max_p=max_p,
                             correction=correction, positive_only=positive_only)
    return table


def cooccurrence_all_windows(
    mentions: pd.DataFrame,
    *,
    windows: Sequence[str] = WINDOWS,
    sentences: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    **kwargs,
) -> pd.DataFrame:
    """:func:`cooccurrence` for several windows in one long table (``cooccurrence.parquet``).

    Parameters
    ----------
    mentions : DataFrame
    windows : sequence of str, default all three
    sentences, articles : DataFrame, optional
        When given, ``n_windows`` counts every sentence / paragraph (from
        ``sentences``) and every kept article (from ``articles``, rows with
        ``status == "kept"`` if that column exists), not only windows with
        actors.
    **kwargs
        Passed to :func:`cooccurrence` (``min_count``, ``max_p``, ...).
    """
    frames = [
        cooccurrence(mentions, window=w, all_windows=window_universe(w, mentions, sentences=sentences,
                                                                     articles=articles), **kwargs)
        for w in windows
    ]
    return pd.concat(frames, ignore_index=True)


def window_universe(
    window: str,
    mentions: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame | None:
    """Every window of the corpus, for ``n_windows``: sentences, or kept articles plus mention documents.

    None when the table that lists the windows is not given (``n_windows`` then
    counts the windows with mentions).
    """
    if window in ("sentence", "paragraph"):
        return sentences
    if window == "article" and articles is not None:
        kept = articles[articles["status"] == "kept"] if "status" in articles.columns else articles
        return pd.concat([kept[["doc_id"]], mentions[["doc_id"]]]).drop_duplicates()
    return None


# --------------------------------------------------------------------------- slices
def document_periods(articles: pd.DataFrame, freq: str = "M") -> pd.Series:
    """Period label (str) of each article, indexed by ``doc_id``.

    Parameters
    ----------
    articles : DataFrame
        With ``doc_id`` and ``published_at``.  Undated articles are left out.
    freq : str, default "M"
        A pandas period frequency: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.

    Returns
    -------
    Series of str, name ``period``
        E.g. ``"2025-04"`` for ``freq="M"``; sorts chronologically as text for
        D/M/Q/Y.
    """
    _check_columns(articles, ["doc_id", "published_at"], "articles")
    dated = articles.dropna(subset=["published_at"]).drop_duplicates("doc_id")
    stamps = pd.to_datetime(dated["published_at"])
    period = stamps.dt.to_period(freq).astype(str)
    return pd.Series(period.to_numpy(), index=pd.Index(dated["doc_id"].to_numpy(), name="doc_id"), name="period")


def _slice_universe(all_windows: pd.DataFrame | None, label_of_doc: pd.Series, label) -> pd.DataFrame | None:
    """Rows of ``all_windows`` whose document carries ``label`` (a period or a topic)."""
    if all_windows is None:
        return None
    return all_windows[all_windows["doc_id"].map(label_of_doc) == label]


def cooccurrence_by_period(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    freq: str = "M",
    window: Window = "sentence",
    all_windows: pd.DataFrame | None = None,
    **kwargs,
) -> pd.DataFrame:
    """Co-occurrence computed separately within each period (``edges_by_period.parquet``).

    Measures are relative to each period's own windows (``n_windows`` is the
    period's count).  Mentions of undated articles are left out.

    Parameters
    ----------
    mentions, articles : DataFrame
    freq : str, default "M"
        See :func:`document_periods`.
    window : {"sentence", "paragraph", "article"}
    all_windows : DataFrame, optional
        See :func:`cooccurrence`; restricted to each period's documents.
    **kwargs
        Passed to :func:`cooccurrence`.

    Returns
    -------
    DataFrame
        ``period`` followed by the :func:`cooccurrence` columns, periods in
        chronological order.
    """
    periods = document_periods(articles, freq)
    labelled = mentions.assign(period=mentions["doc_id"].map(periods)).dropna(subset=["period"])
    frames = []
    for period, part in labelled.groupby("period", sort=True):
        table = cooccurrence(part, window=window,
                             all_windows=_slice_universe(all_windows, periods, period), **kwargs)
        table.insert(0, "period", period)
        frames.append(table)
    if not frames:
        return cooccurrence(mentions.iloc[:0], window=window).assign(period=pd.Series(dtype=str))
    return pd.concat(frames, ignore_index=True)


def cooccurrence_by_topic(
    mentions: pd.DataFrame,
    topics: pd.DataFrame,
    *,
    window: Window = "sentence",
    min_confidence: float = 0.0,
    all_windows: pd.DataFrame | None = None,
    **kwargs,
) -> pd.DataFrame:
    """Co-occurrence within the documents of each topic (``edges_by_topic.parquet``).

    Parameters
    ----------
    mentions : DataFrame
    topics : DataFrame
        ``topics.parquet``: ``doc_id, topic_id, topic_label, confidence``.
    window : {"sentence", "paragraph", "article"}
    min_confidence : float, default 0
        Documents whose topic confidence is below this are left out.
    all_windows : DataFrame, optional
        See :func:`cooccurrence`.
    **kwargs
        Passed to :func:`cooccurrence`.

    Returns
    -------
    DataFrame
        ``topic_id, topic_label`` followed by the :func:`cooccurrence` columns.
    """
    _check_columns(topics, ["doc_id", "topic_id", "topic_label"], "topics")
    chosen = topics
    if "confidence" in topics.columns and min_confidence > 0:
        chosen = topics[topics["confidence"] >= min_confidence]
    chosen = chosen.drop_duplicates("doc_id")[["doc_id", "topic_id", "topic_label"]]
    joined = mentions.merge(chosen, on="doc_id", how="inner")
    topic_of_doc = chosen.set_index("doc_id")["topic_id"]
    frames = []
    for (topic_id, label), part in joined.groupby(["topic_id", "topic_label"], sort=True):
        table = cooccurrence(part, window=window,
                             all_windows=_slice_universe(all_windows, topic_of_doc, topic_id), **kwargs)
        table.insert(0, "topic_label", label)
        table.insert(0, "topic_id", topic_id)
        frames.append(table)
    if not frames:
        return cooccurrence(mentions.iloc[:0], window=window).assign(
            topic_id=pd.Series(dtype="int64"), topic_label=pd.Series(dtype=str))
    return pd.concat(frames, ignore_index=True)


def _g2_two_by_two(a, b, c, d) -> np.ndarray:
    """G² of 2×2 tables [[a, b], [c, d]], vectorised, ``0 ln 0 = 0``."""
    a, b, c, d = (np.asarray(x, dtype=np.float64) for x in (a, b, c, d))
    n = a + b + c + d
    rows = (a + b, a + b, c + d, c + d)
    cols = (a + c, b + d, a + c, b + d)
    g2 = np.zeros_like(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        for o, r, k in zip((a, b, c, d), rows, cols):
            g2 += np.where(o > 0, o * (np.log(o) + np.log(n) - np.log(r) - np.log(k)), 0.0)
    return np.maximum(2.0 * g2, 0.0)


def edge_changes(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    freq: str = "M",
    window: Window = "sentence",
    compare: Literal["previous", "rest"] = "previous",
    alpha: float = 0.05,
    min_count: int = 3,
    all_windows: pd.DataFrame | None = None,
    significant_only: bool = True,
) -> pd.DataFrame:
    """Edges whose co-occurrence rate changed significantly between periods.

    For each pair and period *t*, the rate ``n_ab / n_windows`` in *t* is
    compared with the rate in the previous period (``compare="previous"``) or
    in all other periods pooled (``compare="rest"``) by a G-test
    (log-likelihood ratio, 1 d.o.f.) of the 2×2 table
    period × {window holds the pair, does not}.  p-values are corrected by
    Benjamini–Hochberg over every (pair, period) comparison made; a
    comparison is made when the pair occurs at least ``min_count`` times in
    the two periods together.

    Parameters
    ----------
    mentions, articles : DataFrame
    freq : str, default "M"
    window : {"sentence", "paragraph", "article"}
    compare : {"previous", "rest"}, default "previous"
    alpha : float, default 0.05
        FDR level for ``significant`` and for ``significant_only``.
    min_count : int, default 3
    all_windows : DataFrame, optional
        See :func:`cooccurrence`.
    significant_only : bool, default True
        Return only the significant changes.

    Returns
    -------
    DataFrame
        ``period, reference, window, actor_a, actor_b, n_ab, n_windows,
        n_ab_ref, n_windows_ref, rate, rate_ref, log2_ratio, g2, p_value,
        q_value, direction`` ("up" / "down"), sorted by ``q_value``.
        ``reference`` is the previous period label or ``"rest"``;
        ``log2_ratio`` uses +0.5 on both counts to stay finite.
    """
    by_period = cooccurrence_by_period(mentions, articles, freq=freq, window=window, all_windows=all_windows)
    columns = ["period", "reference", "window", "actor_a", "actor_b", "n_ab", "n_windows", "n_ab_ref",
               "n_windows_ref", "rate", "rate_ref", "log2_ratio", "g2", "p_value", "q_value", "direction"]
    if by_period.empty:
        return pd.DataFrame(columns=columns)
    # windows per period, including periods where no pair co-occurs
    periods = document_periods(articles, freq)
    universe = mentions if all_windows is None else all_windows
    _check_columns(universe, window_columns(window), "all_windows")
    universe = universe.assign(period=universe["doc_id"].map(periods)).dropna(subset=["period"])
    totals = universe.drop_duplicates(window_columns(window)).groupby("period", sort=True).size()
    counts = by_period.pivot_table(index=["actor_a", "actor_b"], columns="period", values="n_ab",
                                   aggfunc="sum", fill_value=0).reindex(columns=totals.index, fill_value=0)
    values = counts.to_numpy(np.float64)
    n_tot = totals.to_numpy(np.float64)
    labels = list(totals.index)
    frames = []
    for t in range(len(labels)):
        if compare == "previous":
            if t == 0:
                continue
            ref_counts, ref_n, ref_label = values[:, t - 1], n_tot[t - 1], labels[t - 1]
        elif compare == "rest":
            if len(labels) < 2:
                continue
            ref_counts = values.sum(axis=1) - values[:, t]
            ref_n, ref_label = n_tot.sum() - n_tot[t], "rest"
        else:
            raise ValueError(f"compare must be 'previous' or 'rest', got {compare!r}")
        cur = values[:, t]
        keep = (cur + ref_counts) >= max(min_count, 1)
        if not keep.any():
            continue
        a, c = cur[keep], ref_counts[keep]
        g2 = _g2_two_by_two(a, n_tot[t] - a, c, ref_n - c)
        frames.append(pd.DataFrame({
            "period": labels[t], "reference": ref_label, "window": window,
            "actor_a": counts.index.get_level_values(0)[keep], "actor_b": counts.index.get_level_values(1)[keep],
            "n_ab": a.astype(np.int64), "n_windows": np.int64(n_tot[t]),
            "n_ab_ref": c.astype(np.int64), "n_windows_ref": np.int64(ref_n),
            "rate": a / n_tot[t], "rate_ref": c / ref_n,
            "log2_ratio": np.log2(((a + 0.5) / n_tot[t]) / ((c + 0.5) / ref_n)),
            "g2": g2, "p_value": _chi2_1dof_sf(g2),
        }))
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True)
    out["q_value"] = benjamini_hochberg(out["p_value"].to_numpy())
    out["direction"] = np.where(out["rate"] > out["rate_ref"], "up", "down")
    if significant_only:
        out = out[out["q_value"] <= alpha]
    return out.sort_values(["q_value", "g2"], ascending=[True, False], kind="stable").reset_index(drop=True)[columns]


# --------------------------------------------------------------------------- actors
def actor_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor: ``actor_id, name, type, country, mentions, documents``.

    ``name``/``type``/``country`` are the most frequent value for the actor in
    ``mentions`` (columns missing from ``mentions`` are filled with None).
    """
    _check_columns(mentions, ["actor_id", "doc_id"], "the mentions table")
    grouped = mentions.groupby("actor_id", sort=True, observed=True)
    out = pd.DataFrame({"mentions": grouped.size(), "documents": grouped["doc_id"].nunique()})
    for col in ("name", "type", "country"):
        if col in mentions.columns:
            mode = (mentions.dropna(subset=[col]).groupby(["actor_id", col], observed=True).size()
                    .reset_index(name="k").sort_values(["actor_id", "k"], ascending=[True, False], kind="stable")
                    .drop_duplicates("actor_id").set_index("actor_id")[col])
            out[col] = mode.reindex(out.index)
        else:
            out[col] = None
    out = out.reset_index()
    out["actor_id"] = out["actor_id"].astype(str)
    return out[["actor_id", "name", "type", "country", "mentions", "documents"]]


def resolve_actor(key: str, actors: pd.DataFrame) -> str:
    """Actor id for ``key``, given as an actor id or a name (case-insensitive).

    Parameters
    ----------
    key : str
    actors : DataFrame
        With ``actor_id`` and ``name`` (``actors.parquet``, :func:`actor_table`
        or ``actor_mentions``).

    Raises
    ------
    KeyError
        With close suggestions when nothing matches.
    """
    ids = actors["actor_id"].astype(str)
    if (ids == key).any():
        return key
    if "name" in actors.columns:
        names = actors["name"].astype(str)
        hit = ids[names.str.casefold() == str(key).casefold()]
        if len(hit):
            return hit.iloc[0]
    import difflib

    pool = sorted(set(ids) | (set(actors["name"].dropna().astype(str)) if "name" in actors.columns else set()))
    close = difflib.get_close_matches(str(key), pool, n=5)
    raise KeyError(f"unknown actor {key!r}; give an actor_id or a name from the actor table"
                   + (f" (did you mean {close}?)" if close else ""))


def with_names(table: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Add ``name_a`` and ``name_b`` after ``actor_b`` (for display; ids stay the keys).

    Parameters
    ----------
    table : DataFrame
        Any edge table with ``actor_a``, ``actor_b``.
    actors : DataFrame
        ``actor_id, name`` (``actors.parquet``, :func:`actor_table` or ``actor_mentions``).
    """
    names = actors.drop_duplicates("actor_id").assign(actor_id=lambda d: d["actor_id"].astype(str))
    names = names.set_index("actor_id")["name"]
    out = table.copy()
    at = list(out.columns).index("actor_b") + 1
    out.insert(at, "name_b", out["actor_b"].astype(str).map(names))
    out.insert(at, "name_a", out["actor_a"].astype(str).map(names))
    return out


def actors_by_topic(
    mentions: pd.DataFrame,
    topics: pd.DataFrame,
    *,
    top_actors: int | None = 20,
    top_per_topic: int | None = None,
) -> pd.DataFrame:
    """Documents mentioning each actor, per topic (input of the topic × actor heatmap).

    Parameters
    ----------
    mentions : DataFrame
    topics : DataFrame
        ``topics.parquet``.
    top_actors : int, optional
        Keep the actors mentioned in most documents overall.
    top_per_topic : int, optional
        Instead, keep the union of each topic's ``top_per_topic`` actors (so
        small topics are represented too).

    Returns
    -------
    DataFrame
        ``topic_id, topic_label, actor_id, name, documents, topic_documents,
        share`` where ``share = documents / topic_documents`` (the fraction of
        the topic's documents that mention the actor); one row for every
        topic × kept actor, zeros included.
    """
    _check_columns(topics, ["doc_id", "topic_id", "topic_label"], "topics")
    topic_of = topics.drop_duplicates("doc_id")[["doc_id", "topic_id", "topic_label"]]
    present = mentions[["doc_id", "actor_id"]].drop_duplicates().merge(topic_of, on="doc_id", how="inner")
    if top_per_topic is not None:
        ranked = (present.groupby(["topic_id", "actor_id"], observed=True).size().rename("k").reset_index()
                  .sort_values(["topic_id", "k", "actor_id"], ascending=[True, False, True], kind="stable"))
        keep = ranked.groupby("topic_id").head(top_per_topic)["actor_id"].unique()
        present = present[present["actor_id"].isin(keep)]
    elif top_actors is not None:
        keep = present["actor_id"].value_counts().head(top_actors).index
        present = present[present["actor_id"].isin(keep)]
    counts = present.groupby(["topic_id", "actor_id"], observed=True).size().rename("documents")
    # full grid: every topic × every kept actor, zeros included
    grid = pd.MultiIndex.from_product([np.sort(topic_of["topic_id"].unique()), present["actor_id"].unique()],
                                      names=["topic_id", "actor_id"])
    table = counts.reindex(grid, fill_value=0).reset_index()
    labels = topic_of.drop_duplicates("topic_id").set_index("topic_id")["topic_label"]
    table.insert(1, "topic_label", table["topic_id"].map(labels))
    sizes = topic_of.groupby("topic_id").size().rename("topic_documents")
    table = table.merge(sizes, left_on="topic_id", right_index=True)
    table["share"] = table["documents"] / table["topic_documents"]
    names = actor_table(mentions).set_index("actor_id")["name"]
    table["actor_id"] = table["actor_id"].astype(str)
    table.insert(3, "name", table["actor_id"].map(names))
    return table.sort_values(["topic_id", "documents", "actor_id"], ascending=[True, False, True],
                             kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- evidence
def evidence(
    actor_a: str,
    actor_b: str,
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    window: Window = "sentence",
    limit: int | None = 20,
) -> pd.DataFrame:
    """The text where two actors co-occur, for quoting and checking an edge.

    Parameters
    ----------
    actor_a, actor_b : str
        Actor ids or names (see :func:`resolve_actor`).
    mentions : DataFrame
        ``actor_mentions``.
    sentences : DataFrame
        ``sentences.parquet``.
    articles : DataFrame, optional
        ``articles.parquet`` for ``title`` and ``published_at``.
    window : {"sentence", "paragraph", "article"}, default "sentence"
        For paragraph and article windows each row is one window, and
        ``sentence`` joins (with " … ") the sentences of that window that
        mention either actor.
    limit : int, optional
        Maximum number of rows (most recent first).

    Returns
    -------
    DataFrame
        ``doc_id, title, published_at, paragraph_index, sentence_index,
        sentence, start, end, a_surface, a_start, a_end, b_surface, b_start,
        b_end``; ``start``/``end`` are offsets of the quoted text in the
        article body (for multi-sentence windows: from the first to the last
        quoted sentence), ``a_*``/``b_*`` the first mention of each actor.
    """
    cols = window_columns(window)
    a, b = resolve_actor(actor_a, mentions), resolve_actor(actor_b, mentions)
    pair = mentions[mentions["actor_id"].astype(str).isin([a, b])]
    present = pair.groupby(cols, observed=True)["actor_id"].nunique()
    both = present[present == 2].index
    hits = pair.set_index(cols).loc[both].reset_index() if len(both) else pair.iloc[:0]
    hits = hits.sort_values(["doc_id", "start"], kind="stable")
    first = {}
    for tag, actor in (("a", a), ("b", b)):
        f = hits[hits["actor_id"].astype(str) == actor].drop_duplicates(cols)
        first[tag] = f[cols + ["surface", "start", "end"]].rename(
            columns={"surface": f"{tag}_surface", "start": f"{tag}_start", "end": f"{tag}_end"})
    quoted = (hits[["doc_id", "sentence_index"]].drop_duplicates()
              .merge(sentences[["doc_id", "paragraph_index", "sentence_index", "start", "end", "text"]],
                     on=["doc_id", "sentence_index"], how="inner")
              .sort_values(["doc_id", "sentence_index"]))
    if window == "sentence":
        rows = quoted.rename(columns={"text": "sentence"})
    else:
        spec = {"sentence": ("text", " … ".join), "start": ("start", "min"), "end": ("end", "max")}
        for col in ("paragraph_index", "sentence_index"):
            if col not in cols:
                spec[col] = (col, "first")
        rows = quoted.groupby(cols, sort=False).agg(**spec).reset_index()
    rows = rows.merge(first["a"], on=cols).merge(first["b"], on=cols)
    if articles is not None:
        meta = articles.drop_duplicates("doc_id")[["doc_id", "title", "published_at"]]
        rows = rows.merge(meta, on="doc_id", how="left")
    else:
        rows["title"], rows["published_at"] = None, pd.NaT
    rows = rows.sort_values(["published_at", "doc_id", "sentence_index"], ascending=[False, True, True],
                            na_position="last", kind="stable")
    if limit is not None:
        rows = rows.head(limit)
    return rows[EVIDENCE_COLUMNS].reset_index(drop=True)


def evidence_for_top_edges(
    edges: pd.DataFrame,
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    by: str = "g2",
    top: int = 5,
    per_edge: int = 3,
) -> pd.DataFrame:
    """Supporting text for the strongest edges, one block of rows per edge.

    Parameters
    ----------
    edges : DataFrame
        One window of :func:`cooccurrence` (typically after
        :func:`filter_links`); the window is read from its ``window`` column
        (default ``"sentence"``).
    mentions, sentences, articles : DataFrame
        As for :func:`evidence`.
    by : str, default "g2"
        Measure that ranks the edges (largest first).
    top : int, default 5
    per_edge : int, default 3
        Rows of evidence per edge (most recent first).

    Returns
    -------
    DataFrame
        ``rank, actor_a, name_a, actor_b, name_b, <by>`` followed by the
        :func:`evidence` columns.
    """
    if "window" in edges.columns and edges["window"].nunique() > 1:
        raise ValueError("edges mix several windows; select one, e.g. edges[edges.window == 'sentence']")
    window = str(edges["window"].iloc[0]) if "window" in edges.columns and len(edges) else "sentence"
    best = edges.sort_values([by, "actor_a", "actor_b"], ascending=[False, True, True], kind="stable").head(top)
    names = actor_table(mentions).set_index("actor_id")["name"]
    frames = []
    for rank, edge in enumerate(best.itertuples(index=False), start=1):
        quotes = evidence(edge.actor_a, edge.actor_b, mentions, sentences, articles, window=window, limit=per_edge)
        head = {"rank": rank, "actor_a": edge.actor_a, "name_a": names.get(edge.actor_a),
                "actor_b": edge.actor_b, "name_b": names.get(edge.actor_b), by: getattr(edge, by)}
        for pos, (key, value) in enumerate(head.items()):
            quotes.insert(pos, key, value)
        frames.append(quotes)
    if not frames:
        return pd.DataFrame(columns=["rank", "actor_a", "name_a", "actor_b", "name_b", by, *EVIDENCE_COLUMNS])
    return pd.concat(frames, ignore_index=True)
