"""Scale benchmark for co-occurrence, association measures and the disparity backbone.

Generates synthetic ``actor_mentions`` tables (about 20 mentions per article,
Zipf-distributed over 3,000 actors, ~30 sentences in 8 paragraphs per article)
and times, for each size, in a fresh subprocess (so peak RSS is per size):

* ``cooccurrence(window="article")`` - counts, Jaccard, PMI, NPMI, G², p-values;
* ``disparity_filter`` on that edge table (the backbone);
* ``cooccurrence(window="sentence")`` and ``(window="paragraph")``;
* a baseline at the smallest size: counting article pairs with a pandas
  self-merge (the obvious non-sparse way), to show what the sparse product buys.

Peak memory is the process's ``ru_maxrss`` and includes the generated input
table.  ``doc_id`` and ``actor_id`` are categoricals, as when a parquet file
with dictionary-encoded columns is read.

Usage::

    .venv/bin/python benchmarks/bench_cooccurrence.py            # 100k and 1M articles
    .venv/bin/python benchmarks/bench_cooccurrence.py --sizes 100000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

N_ACTORS = 3_000
MENTIONS_PER_ARTICLE = 20
SENTENCES_PER_ARTICLE = 30
TARGET_SECONDS = 60.0
TARGET_GB = 4.0


def synthetic_mentions(n_articles: int, *, seed: int = 0, doc_ids_as: str = "category") -> pd.DataFrame:
    """Mention table with contract column names (offsets and surfaces left out).

    ``doc_ids_as="str"`` gives ``doc_id`` as pandas' Arrow-backed ``str``
    dtype (what ``read_parquet`` returns for a plain string column).
    """
    rng = np.random.default_rng(seed)
    counts = rng.poisson(MENTIONS_PER_ARTICLE, size=n_articles).astype(np.int64)
    n = int(counts.sum())
    doc = np.repeat(np.arange(n_articles, dtype=np.int32), counts)
    ranks = np.arange(1, N_ACTORS + 1, dtype=np.float64)
    p = ranks ** -1.1
    actor = rng.choice(N_ACTORS, size=n, p=p / p.sum()).astype(np.int32)
    sentence = rng.integers(0, SENTENCES_PER_ARTICLE, size=n, dtype=np.int32)
    doc_ids = pd.Index([f"{k:016x}" for k in range(n_articles)])
    actor_ids = pd.Index([f"Q{k:05d}" for k in range(N_ACTORS)])
    if doc_ids_as == "str":
        import pyarrow as pa

        doc_column = pd.Series(pd.arrays.ArrowStringArray(pa.array(list(doc_ids)).take(pa.array(doc))),
                               dtype="str")
    else:
        doc_column = pd.Categorical.from_codes(doc, categories=doc_ids)
    return pd.DataFrame({
        "doc_id": doc_column,
        "paragraph_index": (sentence // 4).astype(np.int32),
        "sentence_index": sentence,
        "actor_id": pd.Categorical.from_codes(actor, categories=actor_ids),
    })


def _peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2  # KiB on Linux


def worker(n_articles: int, baseline: bool, doc_ids_as: str = "category") -> dict:
    from helpers.cooccurrence import cooccurrence
    from helpers.network import disparity_filter

    result: dict = {"articles": n_articles, "doc_ids_as": doc_ids_as}
    t0 = time.perf_counter()
    mentions = synthetic_mentions(n_articles, doc_ids_as=doc_ids_as)
    result["mentions"] = len(mentions)
    result["generate_s"] = time.perf_counter() - t0
    result["input_gb"] = _peak_gb()

    t0 = time.perf_counter()
    article = cooccurrence(mentions, window="article")
    result["article_s"] = time.perf_counter() - t0
    result["article_pairs"] = len(article)

    t0 = time.perf_counter()
    backbone = disparity_filter(article, alpha=0.05, weight="n_ab")
    result["backbone_s"] = time.perf_counter() - t0
    result["backbone_edges"] = len(backbone)
    result["backbone_nodes"] = int(pd.unique(pd.concat([backbone.actor_a, backbone.actor_b])).size)
    del article, backbone
    result["article_peak_gb"] = _peak_gb()

    for window in ("sentence", "paragraph"):
        t0 = time.perf_counter()
        table = cooccurrence(mentions, window=window)
        result[f"{window}_s"] = time.perf_counter() - t0
        result[f"{window}_pairs"] = len(table)
        del table
    result["peak_gb"] = _peak_gb()

    if baseline:
        t0 = time.perf_counter()
        present = pd.DataFrame({"w": mentions["doc_id"].cat.codes, "a": mentions["actor_id"].cat.codes})
        present = present.drop_duplicates()
        pairs = present.merge(present, on="w")
        pairs = pairs[pairs.a_x < pairs.a_y]
        counts = pairs.groupby(["a_x", "a_y"]).size()
        result["baseline_merge_s"] = time.perf_counter() - t0
        result["baseline_pairs"] = len(counts)
        result["baseline_peak_gb"] = _peak_gb()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--doc-ids-as", default="category", help=argparse.SUPPRESS)
    parser.add_argument("--no-str-run", action="store_true",
                        help="skip the extra run at the largest size with doc_id as plain strings")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.baseline, args.doc_ids_as)))
        return

    runs = [(size, "category", i == 0) for i, size in enumerate(args.sizes)]
    if not args.no_str_run:
        runs.append((max(args.sizes), "str", False))
    rows = []
    for size, doc_ids_as, baseline in runs:
        cmd = [sys.executable, __file__, "--worker", str(size), "--doc-ids-as", doc_ids_as]
        cmd += ["--baseline"] if baseline else []
        print(f"running {size:,} articles (doc_id as {doc_ids_as}) ...", file=sys.stderr, flush=True)
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"worker for {size} articles failed:\n{done.stderr}")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))

    print(f"\nCo-occurrence benchmark: {N_ACTORS:,} actors (Zipf 1.1), ~{MENTIONS_PER_ARTICLE} mentions/article, "
          f"2-core machine; target ≤ {TARGET_SECONDS:.0f} s and ≤ {TARGET_GB:.0f} GB at 1M articles\n")
    header = (f"{'articles':>10} {'doc_id':>8} {'mentions':>11} {'article':>8} {'backbone':>9} "
              f"{'art+backbone':>13} {'sentence':>9} {'paragraph':>10} {'all three':>10} {'peak RSS':>9}  target")
    print(header)
    print("-" * len(header))
    for r in rows:
        core = r["article_s"] + r["backbone_s"]
        everything = core + r["sentence_s"] + r["paragraph_s"]
        ok = everything <= TARGET_SECONDS and r["peak_gb"] <= TARGET_GB
        print(f"{r['articles']:>10,} {r['doc_ids_as']:>8} {r['mentions']:>11,} {r['article_s']:>6.1f} s "
              f"{r['backbone_s']:>7.2f} s {core:>11.1f} s {r['sentence_s']:>7.1f} s {r['paragraph_s']:>8.1f} s "
              f"{everything:>8.1f} s {r['peak_gb']:>6.2f} GB  {'met' if ok else 'NOT MET'}")
    print("\n(each window: counts + Jaccard, PMI, NPMI, G², p-values; backbone: disparity filter on the article "
          "edges; 'all three' = every window + backbone, judged against the target)\n")
    for r in rows:
        print(f"{r['articles']:,} articles (doc_id {r['doc_ids_as']}): {r['article_pairs']:,} article pairs -> "
              f"backbone {r['backbone_edges']:,} edges on {r['backbone_nodes']:,} actors (alpha 0.05); "
              f"{r['sentence_pairs']:,} sentence pairs, {r['paragraph_pairs']:,} paragraph pairs; "
              f"input table alone {r['input_gb']:.2f} GB, generation {r['generate_s']:.1f} s (not timed)")
    first = rows[0]
    if "baseline_merge_s" in first:
        print(f"\nbaseline at {first['articles']:,} articles, article window, counts only: pandas self-merge "
              f"{first['baseline_merge_s']:.1f} s (peak {first['baseline_peak_gb']:.2f} GB) vs sparse XᵀX with all "
              f"measures {first['article_s']:.1f} s; same number of pairs: "
              f"{first['baseline_pairs'] == first['article_pairs']}")


if __name__ == "__main__":
    main()
