"""Evaluation: the article-extraction-benchmark's shingle scores.

:func:`shingle_scores` of one page, :func:`corpus_shingle_scores` (macro means) over pages.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from helpers.cleaning.normalise import _WORD_RE


def _shingles(text: str, n: int = 4) -> dict[tuple[str, ...], int]:
    tokens = _WORD_RE.findall(text)
    if not tokens:
        return {}
    if len(tokens) < n:
        return {tuple(tokens): 1}
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(tokens) - n + 1):
        key = tuple(tokens[i: i + n])
        counts[key] = counts.get(key, 0) + 1
    return counts


def shingle_scores(predicted: str, truth: str) -> tuple[float, float, float, float]:
    """Per-page (tp, fp, fn) normalised shingle counts, the benchmark's way.

    Both texts are tokenised with ``\\w+`` (case-sensitive) into multisets of
    4-token shingles; counts are normalised by tp+fp+fn so every page weighs
    the same.

    Returns
    -------
    (precision, recall, tp+fp, tp+fn) : tuple of float
        Precision/recall of this page (NaN when undefined), and the two
        normalised denominators (0 means: leave the page out of that mean).
    """
    p, t = _shingles(predicted), _shingles(truth)
    tp = fp = fn = 0
    for key in p.keys() | t.keys():
        a, b = p.get(key, 0), t.get(key, 0)
        tp += min(a, b)
        fp += max(0, a - b)
        fn += max(0, b - a)
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0, 0.0, 0.0
    tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        return 1.0, 1.0, tp + fp, tp + fn
    precision = 0.0 if tp + fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp + fn == 0 else tp / (tp + fn)
    return precision, recall, tp + fp, tp + fn


def corpus_shingle_scores(predicted: Iterable[str], truth: Iterable[str]) -> dict[str, float]:
    """Macro precision, recall and F1 over pages, as the Zyte benchmark computes them.

    Pages with an empty prediction are left out of the precision mean, pages
    with an empty truth out of the recall mean; F1 is computed from the two
    means.

    Returns
    -------
    dict
        ``{"precision": P, "recall": R, "f1": F1, "n": pages}``.
    """
    precisions: list[float] = []
    recalls: list[float] = []
    n = 0
    for pred, true in zip(predicted, truth, strict=True):
        n += 1
        p, r, pred_mass, true_mass = shingle_scores(pred, true)
        if pred_mass > 0 or (pred_mass == 0 and true_mass == 0):
            precisions.append(p)
        if true_mass > 0 or (pred_mass == 0 and true_mass == 0):
            recalls.append(r)
    precision = float(np.mean(precisions)) if precisions else 0.0
    recall = float(np.mean(recalls)) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n": n}
