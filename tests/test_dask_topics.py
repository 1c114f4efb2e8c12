"""Topics at scale (helpers.dask_engine.topics): faithful to the in-memory model, partition-independent."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

pytest.importorskip("dask")
pytest.importorskip("distributed")

import dask.dataframe as dd  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402

from helpers import topics as T  # noqa: E402
from helpers.dask_engine.topics import (  # noqa: E402
    DaskTopics,
    doc_id_hashes,
    fit_topics_dask,
    topic_term_scores,
)

BBC = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "bbc-news"

TOPIC_WORDS = {
    "economy": "market shares profits bank investors economy inflation growth prices trade".split(),
    "sport": "match goal season coach league players championship striker referee tournament".split(),
    "politics": "election minister parliament vote party government campaign policy senator opposition".split(),
    "science": "research scientists study laboratory experiment climate species genome telescope physics".split(),
}
FILLER = "today week people year time city".split()


def planted_articles(n_per_topic: int, seed: int = 0, n_words: int = 14) -> tuple[pd.DataFrame, np.ndarray]:
    """Kept-article frame (doc_id, title, body, published_at) with planted topics and its gold labels."""
    rng = np.random.default_rng(seed)
    rows, gold = [], []
    for topic, words in TOPIC_WORDS.items():
        for i in range(n_per_topic):
            title = " ".join(rng.choice(words, 3))
            body = " ".join(list(rng.choice(words, n_words)) + list(rng.choice(FILLER, 4)))
            rows.append((f"{topic[:3]}{i:05d}", title, body, pd.Timestamp("2024-01-01") + pd.Timedelta(days=i % 60)))
            gold.append(topic)
    order = rng.permutation(len(rows))
    frame = pd.DataFrame([rows[i] for i in order], columns=["doc_id", "title", "body", "published_at"])
    return frame, np.asarray(gold)[order]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def small():
    return planted_articles(15)[0]


@pytest.fixture(scope="module")
def small_fit(client, small):
    return fit_topics_dask(dd.from_pandas(small, npartitions=3), k="auto", seed=0, progress=False)


def ordered(result: DaskTopics, doc_ids: pd.Series) -> pd.DataFrame:
    return result.topics.compute().set_index("doc_id").loc[doc_ids.astype(str)]


# ----------------------------------------------------------------------------- pure pieces


def test_document_texts_match_notebook_02():
    frame = pd.DataFrame({"title": ["T", None, "U"], "body": ["b", "c", None]})
    assert T.document_texts(frame) == ["T\n\nb", "\n\nc", ""]


def test_hashes_are_stable_and_seeded():
    ids = ["a", "b", "c"]
    assert np.array_equal(doc_id_hashes(ids, 0), doc_id_hashes(ids, 0))
    assert not np.array_equal(doc_id_hashes(ids, 0), doc_id_hashes(ids, 1))
    assert doc_id_hashes(ids).dtype == np.uint64


def test_term_scores_from_sums_equal_the_in_memory_scores():
    rng = np.random.default_rng(3)
    binary = sp.csr_matrix((rng.random((60, 25)) < 0.2).astype(np.float32))
    labels = rng.integers(0, 4, 60)
    sizes = np.bincount(labels, minlength=4)
    one_hot = np.eye(4)[labels].T
    sums = one_hot @ binary.toarray()
    assert np.allclose(topic_term_scores(sums, sizes, 60, "lift"), T.term_lift(binary, labels, 4))
    assert np.allclose(topic_term_scores(sums, sizes, 60, "ctfidf"), T.class_tfidf(binary, labels, 4))
    if hasattr(T, "membership_weights"):
        weights = rng.random(60)
        weighted = (one_hot * weights) @ binary.toarray()
        mass = np.bincount(labels, weights=weights, minlength=4)
        expected = T.term_lift(binary, labels, 4, weights=weights)
        got = topic_term_scores(sums, sizes, 60, "lift", weighted_sums=weighted, weight_mass=mass)
        assert np.allclose(got, expected)
    with pytest.raises(ValueError, match="sum to"):
        topic_term_scores(sums, sizes, 61)


def test_npmi_from_counts_equals_npmi_coherence():
    rng = np.random.default_rng(5)
    binary = sp.csr_matrix((rng.random((40, 8)) < 0.3).astype(np.float32))
    binary[:, 7] = 0  # a term in no document: its pairs score -1
    ids = [0, 2, 3, 5, 7]
    present = binary[:, ids].toarray()
    assert T.npmi_from_counts(present.T @ present, 40) == pytest.approx(T.npmi_coherence(binary, ids))
    assert np.isnan(T.npmi_from_counts(np.ones((1, 1)), 40))


# ----------------------------------------------------------------------------- small corpus: the in-memory model


def test_small_corpus_equals_the_pandas_engine(small, small_fit):
    reference = T.fit_topics(T.document_texts(small), k="auto", seed=0)
    got = ordered(small_fit, small["doc_id"])
    assert adjusted_rand_score(reference.labels, got["topic_id"]) >= 0.95
    assert np.array_equal(got["topic_id"].to_numpy(), reference.labels)  # sample = corpus: the same model
    assert np.allclose(got["confidence"].to_numpy(), reference.confidence)
    expected_terms = T.terms_table(reference)
    assert small_fit.terms[["topic_id", "rank", "term"]].equals(expected_terms[["topic_id", "rank", "term"]])
    assert np.allclose(small_fit.terms["score"], expected_terms["score"])
    assert small_fit.metrics["npmi"] == pytest.approx(reference.metrics["npmi"])
    assert small_fit.metrics["topic_diversity"] == pytest.approx(reference.metrics["topic_diversity"])
    assert small_fit.metrics["silhouette"] == pytest.approx(reference.metrics["silhouette"])
    assert small_fit.metrics["assignment"] == "in-memory"


def test_output_schemas(small, small_fit):
    topics = small_fit.topics.compute()
    expected = T.topics_table(small_fit.sample_result, ["x"] * len(small_fit.sample_result.labels))
    assert list(topics.columns) == ["doc_id", "topic_id", "topic_label", "confidence"]
    assert topics.dtypes.to_dict() == expected.dtypes.to_dict()
    assert topics["confidence"].between(0, 1).all()
    assert set(topics["topic_id"]) == set(range(small_fit.k))
    assert (topics["topic_label"] == topics["topic_id"].map(dict(enumerate(small_fit.topic_labels)))).all()
    terms_expected = T.terms_table(small_fit.sample_result)
    assert small_fit.terms.dtypes.to_dict() == terms_expected.dtypes.to_dict()
    metrics = small_fit.metrics
    for key in ("k", "method", "seed", "n_documents", "sample_size", "npmi", "topic_diversity", "silhouette",
                "per_topic", "notes"):
        assert key in metrics
    assert metrics["n_documents"] == metrics["sample_size"] == len(small)
    assert sum(t["size"] for t in metrics["per_topic"].values()) == len(small)
    import json

    json.dumps(metrics)  # topic_metrics.json must serialise


def test_empty_and_malformed_input_raise_clear_errors(client, small):
    with pytest.raises(ValueError, match="no kept documents"):
        fit_topics_dask(dd.from_pandas(small.iloc[:0], npartitions=1), progress=False)
    with pytest.raises(ValueError, match="lack column"):
        fit_topics_dask(dd.from_pandas(small.drop(columns="body"), npartitions=1), progress=False)


# ----------------------------------------------------------------------------- streaming: corpus > sample


@pytest.fixture(scope="module")
def large():
    return planted_articles(100, seed=1, n_words=8)


@pytest.fixture(scope="module")
def streamed_fits(client, large):
    frame, _ = large
    return {
        n: fit_topics_dask(dd.from_pandas(frame, npartitions=n), k=4, seed=0, sample_size=100, progress=False)
        for n in (1, 3)
    }


def test_streaming_assigns_every_document_exactly_once(large, streamed_fits):
    frame, _ = large
    for result in streamed_fits.values():
        topics = result.topics.compute()
        assert len(topics) == len(frame)
        assert topics["doc_id"].is_unique
        assert set(topics["doc_id"]) == set(frame["doc_id"])
        assert result.metrics["sample_size"] == 100 and result.metrics["n_documents"] == len(frame)
        assert result.metrics["assignment"] in {"mixture", "centroid"}
        assert sum(t["size"] for t in result.metrics["per_topic"].values()) == len(frame)


def test_streaming_is_identical_across_partitionings(large, streamed_fits):
    frame, _ = large
    one, three = (ordered(streamed_fits[n], frame["doc_id"]) for n in (1, 3))
    assert np.array_equal(one["topic_id"].to_numpy(), three["topic_id"].to_numpy())
    assert np.array_equal(one["confidence"].to_numpy(), three["confidence"].to_numpy())
    assert streamed_fits[1].topic_labels == streamed_fits[3].topic_labels


def test_streaming_recovers_topics_and_agrees_with_in_memory(large, streamed_fits):
    frame, gold = large
    got = ordered(streamed_fits[3], frame["doc_id"])["topic_id"].to_numpy()
    reference = T.fit_topics(T.document_texts(frame), k=4, seed=0)
    assert adjusted_rand_score(reference.labels, got) >= 0.9
    assert normalized_mutual_info_score(gold, got) >= 0.9
    # the sample-only model would leave topics to the sample; the whole corpus fixes sizes and terms
    assert streamed_fits[3].k == 4
    for terms in streamed_fits[3].metrics["per_topic"].values():
        assert len(terms["top_terms"]) > 0


@pytest.mark.corpus
def test_bbc_streaming_agrees_with_in_memory(client):
    if not (BBC / "labels.csv").exists():
        pytest.skip("needs ../shared/corpora/bbc-news (the BBC News corpus)")
    labels = pd.read_csv(BBC / "labels.csv")
    rows = []
    for path in labels["path"]:
        title, _, body = (BBC / path).read_bytes().decode("latin-1").partition("\n")
        rows.append((path, title.strip(), body.strip()))
    frame = pd.DataFrame(rows, columns=["doc_id", "title", "body"])
    result = fit_topics_dask(dd.from_pandas(frame, npartitions=4), k=5, seed=0, sample_size=500, progress=False)
    got = ordered(result, frame["doc_id"])["topic_id"].to_numpy()
    assert normalized_mutual_info_score(labels["category"], got) >= 0.75
