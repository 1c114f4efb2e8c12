"""Tests of helpers.dedup: exact and near duplicates, representative choice, wire-syndication recall."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.dedup import find_duplicates, jaccard, near_duplicate_pairs, shingle_set, syndication_set

ZYTE = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "zyte-article-extraction-benchmark"

TEXT = ("The council voted on Monday to approve the new housing plan after a long debate, officials said. "
        "Opponents argued that the plan would raise rents in the centre of the city for years to come. "
        "The mayor said she would meet residents next week to explain how the money will be spent. "
        "A second vote is expected in the spring, when the budget for the next year is discussed.")


def test_shingles_and_jaccard():
    assert shingle_set("A b c d", k=3) == frozenset({"a b c", "b c d"})
    assert shingle_set("a b", k=3) == frozenset({"a b"})
    assert jaccard(frozenset("ab"), frozenset("bc")) == pytest.approx(1 / 3)
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_exact_duplicates_ignore_punctuation_case_and_spacing():
    docs = pd.DataFrame({"doc_id": ["b", "a", "c"],
                         "body": [TEXT, TEXT.replace(",", "").upper(), "Something else entirely, about sport."]})
    out = find_duplicates(docs, near=False).set_index("doc_id")["duplicate_of"]
    assert out["b"] == "a" or out["a"] == "b"
    assert pd.isna(out["c"])


def test_near_duplicate_found_and_verified_by_exact_jaccard():
    variant = "WASHINGTON (AP) — " + TEXT + " Copyright 2019 The Associated Press."
    other = "Stocks fell sharply on Tuesday as investors worried about rising interest rates and slowing growth."
    pairs = near_duplicate_pairs({"x": TEXT, "y": variant, "z": other}, threshold=0.7)
    assert [(a, b) for a, b, _ in pairs] == [("x", "y")]
    assert pairs[0][2] == pytest.approx(jaccard(shingle_set(TEXT), shingle_set(variant)))
    assert near_duplicate_pairs({"x": TEXT, "y": variant}, threshold=0.99) == []


def test_representative_longest_then_earliest_then_doc_id():
    longer = TEXT + " Extra closing sentence here."
    docs = pd.DataFrame({
        "doc_id": ["c", "b", "a", "d"],
        "body": [TEXT, longer, TEXT, longer],
        "published_at": pd.to_datetime(["2024-01-01", "2024-03-01", "2023-01-01", "2024-02-01"]),
    })
    out = find_duplicates(docs).set_index("doc_id")["duplicate_of"]
    # longest bodies are b and d; d is earlier
    assert pd.isna(out["d"])
    assert set(out.drop("d")) == {"d"}


def test_invalid_threshold_is_explained():
    with pytest.raises(ValueError, match="threshold"):
        near_duplicate_pairs({"a": TEXT, "b": TEXT}, threshold=0)


@pytest.mark.corpus
def test_wire_syndication_pair_recall_and_precision():
    if not ZYTE.exists():
        pytest.skip(f"Zyte benchmark not found at {ZYTE}")
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [truth[k]["articleBody"] for k in sorted(truth)]
    texts, source = syndication_set(bodies, copies=2, seed=0)
    sets = {k: shingle_set(v) for k, v in texts.items()}
    true_pairs = {
        (a, b) for a, b in itertools.combinations(sorted(texts), 2)
        if source[a] == source[b] and jaccard(sets[a], sets[b]) >= 0.7
    }
    found = {(a, b) for a, b, _ in near_duplicate_pairs(texts, threshold=0.7, seed=0)}
    recall = len(found & true_pairs) / len(true_pairs)
    precision = len([p for p in found if source[p[0]] == source[p[1]]]) / max(len(found), 1)
    assert recall >= 0.95 and precision >= 0.99, (recall, precision)
