"""Exact and near-duplicate detection over article bodies.

* **Exact**: same sequence of case-folded ``\\w+`` tokens (so whitespace,
  punctuation and quote style do not matter).
* **Near**: MinHash signatures (datasketch) of word shingles, split into
  ``b`` bands of ``r`` rows (locality-sensitive hashing, [1]_ ch. 3); two
  documents sharing a band bucket are *candidates*, and every candidate is
  *verified* by the exact Jaccard similarity of the two shingle sets and kept
  when it reaches ``threshold``. The bands are tuned for ``lsh_threshold``,
  well below the verification threshold (default ``threshold - 0.25``),
  because LSH tuned at the nominal threshold misses many true pairs
  (measured: ~40 % recall at Jaccard 0.8 with threshold 0.8).
* **Groups** are the connected components of verified pairs. The kept
  representative of a group is the document with the **longest body**, then the
  **earliest** ``published_at`` (missing dates last), then the smallest
  ``doc_id``. Every other member gets ``duplicate_of`` = the representative.

The steps are separate functions over tables (:func:`band_table`,
:func:`bucket_pairs`, :func:`verify_pairs`, :func:`representatives`) so that
the in-memory path (:func:`find_duplicates`) and the Dask engine
(``helpers.dask_engine.cleaning``), which groups the band table with a
shuffle instead of one in-memory index, run the same code.

References
----------
.. [1] J. Leskovec, A. Rajaraman, J. D. Ullman, *Mining of Massive Datasets*,
   3rd ed., Cambridge University Press, 2020, chapter 3.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

__all__ = [
    "EXACT_BAND",
    "band_table",
    "default_lsh_threshold",
    "bucket_pairs",
    "find_duplicates",
    "jaccard",
    "lsh_bands",
    "minhash_signatures",
    "near_duplicate_pairs",
    "representatives",
    "shingle_hashes",
    "shingle_set",
    "verify_pairs",
]

_TOKEN_RE = re.compile(r"\w+")
#: Band number of the exact-duplicate key in :func:`band_table`.
EXACT_BAND = -1
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x27D4EB2F165667C5, 0x94D049BB133111EB],
                dtype=np.uint64)


def shingle_set(text: str, k: int = 3) -> frozenset[str]:
    """Set of ``k``-word shingles of case-folded ``\\w+`` tokens (the whole text if shorter)."""
    tokens = _TOKEN_RE.findall(text.casefold())
    if len(tokens) < k:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i: i + k]) for i in range(len(tokens) - k + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity of two sets (0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.casefold())


def _exact_key(tokens: list[str]) -> int:
    digest = hashlib.sha1(" ".join(tokens).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "little")


def default_lsh_threshold(threshold: float) -> float:
    """Candidate threshold of the LSH bands for a verification ``threshold``: 0.25 lower, at least 0.1."""
    return max(0.1, threshold - 0.25)


def _check_threshold(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")


@lru_cache(maxsize=64)
def lsh_bands(threshold: float, num_perm: int = 128) -> tuple[int, int]:
    """Bands ``b`` and rows ``r`` (``b * r <= num_perm``) for a candidate threshold.

    Minimises the sum of the false-positive area below ``threshold`` and the
    false-negative area above it of the candidate probability
    ``1 - (1 - s**r)**b`` ([1]_ §3.4.2), the criterion datasketch's
    ``MinHashLSH`` uses with equal weights.
    """
    if not 0 < threshold < 1:
        raise ValueError(f"the LSH threshold must be in (0, 1), got {threshold!r}")
    s = np.linspace(0.0, 1.0, 2001)
    best, best_cost = (1, num_perm), np.inf
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            p = 1.0 - (1.0 - s ** r) ** b
            cost = np.trapezoid(np.where(s < threshold, p, 0.0), s) + np.trapezoid(np.where(s >= threshold, 1 - p, 0.0), s)
            if cost < best_cost:
                best, best_cost = (b, r), cost
    return best


def shingle_hashes(texts: Iterable[str], k: int = 3) -> list[np.ndarray]:
    """32-bit hashes of the :func:`shingle_set` of each text (unique, as uint64).

    Tokens are hashed once each with CRC-32 (stable across processes, unlike
    Python's ``hash``) and the ``k`` token hashes of a shingle are combined
    arithmetically, which is much faster than hashing every shingle's string.
    """
    cache: dict[str, int] = {}
    return [_token_shingle_hashes(_tokens(text), k, cache) for text in texts]


def _token_shingle_hashes(tokens: list[str], k: int, cache: dict[str, int]) -> np.ndarray:
    """:func:`shingle_hashes` of one tokenised text; ``cache`` keeps token hashes across texts."""
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    if len(tokens) < k:
        return np.array([zlib.crc32(" ".join(tokens).encode("utf-8"))], dtype=np.uint64)
    codes = np.fromiter(
        (cache[t] if t in cache else cache.setdefault(t, zlib.crc32(t.encode("utf-8"))) for t in tokens),
        dtype=np.uint64, count=len(tokens),
    )
    combined = np.zeros(len(tokens) - k + 1, dtype=np.uint64)
    for offset in range(k):
        combined = (combined * np.uint64(0x100000001B3)) ^ codes[offset: len(codes) - k + 1 + offset]
    return np.unique(combined & np.uint64(0xFFFFFFFF))


def minhash_signatures(hash_sets: Sequence[np.ndarray], *, num_perm: int = 128, seed: int = 0) -> np.ndarray:
    """MinHash signatures (datasketch's permutations) of sets of 32-bit hashes: shape ``(n, num_perm)``."""
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm, seed=seed)
    signatures = np.empty((len(hash_sets), num_perm), dtype=np.uint64)
    for row, hashes in enumerate(hash_sets):
        m = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch(hashes)
        signatures[row] = m.hashvalues
    return signatures


def band_table(
    doc_ids: Sequence[str],
    texts: Sequence[str],
    *,
    lsh_threshold: float | None = 0.45,
    num_perm: int = 128,
    shingle_size: int = 3,
    seed: int = 0,
) -> pd.DataFrame:
    """LSH bucket keys of every document: one row per (document, band).

    Parameters
    ----------
    doc_ids, texts : sequences of the same length
    lsh_threshold : float or None
        Jaccard similarity the bands are tuned for (see :func:`lsh_bands`);
        None gives only the exact-duplicate key.
    num_perm, shingle_size, seed
        MinHash permutations, words per shingle, permutation seed.

    Returns
    -------
    DataFrame
        ``doc_id``, ``band`` (int16; :data:`EXACT_BAND` is the exact-duplicate
        key) and ``key`` (uint64). Two documents are candidates when they share
        a ``(band, key)``. The table depends only on each document's own text,
        so it can be built partition by partition.
    """
    tokenised = [_tokens(text) for text in texts]
    ids = list(doc_ids)
    bands = [EXACT_BAND] * len(ids)
    keys = [_exact_key(tokens) for tokens in tokenised]
    if lsh_threshold is not None:
        b, r = lsh_bands(lsh_threshold, num_perm)
        cache: dict[str, int] = {}
        hashes = [_token_shingle_hashes(tokens, shingle_size, cache) for tokens in tokenised]
        with_shingles = [(d, h) for d, h in zip(doc_ids, hashes) if len(h)]
        if with_shingles:
            signatures = minhash_signatures([h for _, h in with_shingles], num_perm=num_perm, seed=seed)[:, : b * r]
            # one 64-bit key per band: a mix of its r values (collisions only add candidates to verify)
            mixed = signatures.reshape(len(with_shingles), b, r) * _MIX[np.arange(r) % len(_MIX)]
            band_keys = np.bitwise_xor.reduce(mixed, axis=2) ^ (np.arange(b, dtype=np.uint64) * _MIX[-1])
            ids.extend(np.repeat([d for d, _ in with_shingles], b).tolist())
            bands.extend(np.tile(np.arange(b), len(with_shingles)).tolist())
            keys.extend(band_keys.ravel().tolist())
    return pd.DataFrame({
        "doc_id": pd.Series(ids, dtype=object),
        "band": np.asarray(bands, dtype=np.int16),
        "key": np.asarray(keys, dtype=np.uint64),
    })


def bucket_pairs(bands: pd.DataFrame) -> pd.DataFrame:
    """Candidate pairs: documents sharing a bucket ``(band, key)``.

    Returns
    -------
    DataFrame
        ``doc_a < doc_b`` and ``exact`` (True when they share the exact-duplicate
        key), one row per pair. The input must hold every row of a bucket (the
        Dask engine shuffles on ``key`` first), so pairs can be found bucket by
        bucket.
    """
    shared = bands[bands.duplicated(["band", "key"], keep=False)]
    rows: dict[tuple[str, str], bool] = {}
    for (band, _), members in shared.groupby(["band", "key"], sort=False)["doc_id"]:
        for a, b in itertools.combinations(sorted(set(members)), 2):
            rows[(a, b)] = rows.get((a, b), False) or band == EXACT_BAND
    return pd.DataFrame(
        [(a, b, exact) for (a, b), exact in rows.items()], columns=["doc_a", "doc_b", "exact"]
    ).astype({"doc_a": object, "doc_b": object, "exact": bool})


def verify_pairs(
    pairs: pd.DataFrame, text_a: Iterable[str], text_b: Iterable[str], *, threshold: float, shingle_size: int = 3
) -> pd.DataFrame:
    """Keep the candidate pairs that are duplicates: exact, or shingle Jaccard >= ``threshold``.

    ``text_a`` / ``text_b`` are the texts of ``pairs["doc_a"]`` / ``pairs["doc_b"]``.
    Adds a ``jaccard`` column: 1.0 for exact pairs (the same token sequence has the same
    shingles), so only the near candidates pay for shingling.
    """
    scores = [
        1.0 if exact else jaccard(shingle_set(a, shingle_size), shingle_set(b, shingle_size))
        for exact, a, b in zip(pairs["exact"].to_numpy(), text_a, text_b)
    ]
    out = pairs.assign(jaccard=np.asarray(scores, dtype=np.float64))
    return out[out["exact"].to_numpy() | (out["jaccard"].to_numpy() >= threshold)].reset_index(drop=True)


def near_duplicate_pairs(
    texts: dict[str, str],
    *,
    threshold: float = 0.7,
    lsh_threshold: float | None = None,
    num_perm: int = 128,
    shingle_size: int = 3,
    seed: int = 0,
) -> list[tuple[str, str, float]]:
    """Verified near-duplicate pairs ``(id_a, id_b, jaccard)`` with ``id_a < id_b``.

    Parameters
    ----------
    texts : dict
        id -> text.
    threshold : float
        Minimum exact Jaccard of the shingle sets for a pair to count.
    lsh_threshold : float, optional
        Candidate threshold of the LSH bands; default ``max(0.1, threshold - 0.25)``.
    num_perm : int
        MinHash permutations.
    shingle_size : int
        Words per shingle.
    seed : int
        Seed of the MinHash permutations.
    """
    _check_threshold(threshold)
    lsh_t = default_lsh_threshold(threshold) if lsh_threshold is None else lsh_threshold
    ids = list(texts)
    bands = band_table(ids, [texts[i] for i in ids], lsh_threshold=lsh_t, num_perm=num_perm,
                       shingle_size=shingle_size, seed=seed)
    candidates = bucket_pairs(bands[bands["band"] != EXACT_BAND]).assign(exact=False)
    verified = verify_pairs(candidates, (texts[a] for a in candidates["doc_a"]),
                            (texts[b] for b in candidates["doc_b"]), threshold=threshold, shingle_size=shingle_size)
    return sorted(zip(verified["doc_a"], verified["doc_b"], verified["jaccard"].tolist()))


def representatives(pairs: pd.DataFrame, members: pd.DataFrame) -> dict[str, str]:
    """Group verified pairs into connected components and pick each group's representative.

    Parameters
    ----------
    pairs : DataFrame
        ``doc_a``, ``doc_b`` of verified duplicate pairs.
    members : DataFrame
        ``doc_id``, ``n_chars`` and ``published_at`` of (at least) every
        document in ``pairs``.

    Returns
    -------
    dict
        doc_id -> representative doc_id, for every duplicate that is not its
        group's representative.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(pairs["doc_a"], pairs["doc_b"]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    if not parent:
        return {}
    info = members.drop_duplicates("doc_id").set_index("doc_id").loc[list(parent)]
    dates = pd.to_datetime(info["published_at"], errors="coerce")
    date_rank = dates.to_numpy(dtype="datetime64[ns]").astype("int64")
    date_rank[dates.isna().to_numpy()] = np.iinfo(np.int64).max  # missing dates last
    rank = dict(zip(info.index, zip((-info["n_chars"].astype("int64")).tolist(), date_rank.tolist())))
    groups: dict[str, list[str]] = {}
    for doc in parent:
        groups.setdefault(find(doc), []).append(doc)
    duplicate_of: dict[str, str] = {}
    for group in groups.values():
        rep = min(group, key=lambda d: (*rank[d], d))
        duplicate_of.update({d: rep for d in group if d != rep})
    return duplicate_of


def find_duplicates(
    docs: pd.DataFrame,
    *,
    threshold: float = 0.7,
    near: bool = True,
    seed: int = 0,
    lsh_threshold: float | None = None,
    num_perm: int = 128,
    shingle_size: int = 3,
) -> pd.DataFrame:
    """Group exact and near duplicates and pick each group's representative.

    Parameters
    ----------
    docs : DataFrame
        Columns ``doc_id``, ``body`` and optionally ``published_at``.
    threshold : float
        Verification Jaccard threshold for near duplicates.
    near : bool
        Also look for near duplicates (else exact only).
    seed : int
        MinHash seed.
    lsh_threshold, num_perm, shingle_size
        As in :func:`near_duplicate_pairs`.

    Returns
    -------
    DataFrame
        ``doc_id`` and ``duplicate_of`` (the representative's doc_id; None for
        representatives and singletons), in the input order.
    """
    missing = {"doc_id", "body"} - set(docs.columns)
    if missing:
        raise ValueError(f"find_duplicates needs columns {sorted(missing)}; pass the cleaned articles table.")
    if near:
        _check_threshold(threshold)
    ids = docs["doc_id"].astype(str).tolist()
    bodies = docs["body"].fillna("").astype(str).tolist()
    lsh_t = (default_lsh_threshold(threshold) if lsh_threshold is None else lsh_threshold) if near else None
    bands = band_table(ids, bodies, lsh_threshold=lsh_t, num_perm=num_perm, shingle_size=shingle_size, seed=seed)
    candidates = bucket_pairs(bands)
    body_of = dict(zip(ids, bodies))
    verified = verify_pairs(candidates, (body_of[a] for a in candidates["doc_a"]),
                            (body_of[b] for b in candidates["doc_b"]), threshold=threshold if near else 1.0,
                            shingle_size=shingle_size)
    if not near:
        verified = verified[verified["exact"]]
    members = pd.DataFrame({
        "doc_id": ids,
        "n_chars": [len(b) for b in bodies],
        "published_at": docs["published_at"].to_numpy() if "published_at" in docs.columns else pd.NaT,
    })
    duplicate_of = representatives(verified, members)
    return pd.DataFrame({"doc_id": ids, "duplicate_of": [duplicate_of.get(i) for i in ids]})


_DATELINES = ("WASHINGTON (AP) — ", "LONDON (Reuters) - ", "NEW YORK — ", "PARIS (AFP) - ", "BERLIN, March 3 (Reuters) - ")
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:,\s*\w+\s+\d{1,2})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]\s+")
_BOILERPLATE = (
    "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "Reporting by staff; editing by the desk. Our Standards: The Thomson Reuters Trust Principles.",
    "Sign up for our newsletter to get the day's top stories in your inbox.",
)
_SENT_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def syndicate_variants(body: str, rng: np.random.Generator) -> str:
    """One wire-syndication variant of ``body`` (for evaluating near-duplicate detection).

    Randomly adds or removes a dateline, trims a sentence at the start or end
    (only when there are at least eight), appends agency boilerplate and
    restyles quotes (curly <-> straight).
    """
    text = body
    if _DATELINE_RE.match(text) and rng.random() < 0.5:
        text = _DATELINE_RE.sub("", text, count=1)
    elif rng.random() < 0.5:
        text = _DATELINES[int(rng.integers(len(_DATELINES)))] + text
    sentences = _SENT_END_RE.split(text)
    if len(sentences) >= 8 and rng.random() < 0.6:
        sentences = sentences[:-1] if rng.random() < 0.5 else sentences[1:]
        text = " ".join(sentences)
    if rng.random() < 0.5:
        text = text + "\n\n" + _BOILERPLATE[int(rng.integers(len(_BOILERPLATE)))]
    if rng.random() < 0.5:
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    else:
        text = re.sub(r'"([^"\n]{1,300})"', r"“\1”", text)
    return text


def syndication_set(bodies: list[str], *, copies: int = 2, seed: int = 0) -> tuple[dict[str, str], dict[str, int]]:
    """Originals plus ``copies`` syndicated variants each.

    Returns
    -------
    (texts, source)
        ``texts``: id -> text; ``source``: id -> index of the original body, so
        two ids are a true pair when their sources are equal.
    """
    rng = np.random.default_rng(seed)
    texts: dict[str, str] = {}
    source: dict[str, int] = {}
    for i, body in enumerate(bodies):
        texts[f"{i:04d}-0"] = body
        source[f"{i:04d}-0"] = i
        for c in range(1, copies + 1):
            key = f"{i:04d}-{c}"
            texts[key] = syndicate_variants(body, rng)
            source[key] = i
    return texts, source
