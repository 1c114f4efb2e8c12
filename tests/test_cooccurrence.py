"""Co-occurrence counts, measures, slices, change test and evidence.

Counts and measures are checked against a brute-force reference (Python sets
and ``math``) on generated mention tables.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from helpers import cooccurrence as co

MENTION_COLUMNS = ["doc_id", "paragraph_index", "sentence_index", "start", "end", "surface", "actor_id", "name",
                   "type", "country"]


def make_mentions(rows) -> pd.DataFrame:
    """rows: (doc, sentence, actor) triples; paragraph = sentence // 2."""
    records = [(f"doc{d}", s // 2, s, 0, 1, f"s{a}", f"A{a}", f"Actor {a}", "person", None) for d, s, a in rows]
    return pd.DataFrame(records, columns=MENTION_COLUMNS)


def brute_force(mentions: pd.DataFrame, window: str, n_windows: int | None = None, include_zero=False):
    keys = co.window_columns(window)
    windows_of: dict[str, set] = {}
    all_windows = set()
    for row in mentions.itertuples(index=False):
        key = tuple(getattr(row, k) for k in keys)
        all_windows.add(key)
        windows_of.setdefault(row.actor_id, set()).add(key)
    N = n_windows if n_windows is not None else len(all_windows)
    out = []
    for a, b in itertools.combinations(sorted(windows_of), 2):
        n_ab = len(windows_of[a] & windows_of[b])
        if n_ab == 0 and not include_zero:
            continue
        n_a, n_b = len(windows_of[a]), len(windows_of[b])
        cells = [(n_ab, n_a * n_b / N), (n_a - n_ab, n_a * (N - n_b) / N),
                 (n_b - n_ab, (N - n_a) * n_b / N), (N - n_a - n_b + n_ab, (N - n_a) * (N - n_b) / N)]
        g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
        g2 = max(g2, 0.0)
        if n_ab == 0:
            pmi, npmi = -math.inf, -1.0
        else:
            pmi = math.log(n_ab * N / (n_a * n_b))
            npmi = 1.0 if n_ab == N else pmi / -math.log(n_ab / N)
        out.append({"actor_a": a, "actor_b": b, "n_ab": n_ab, "n_a": n_a, "n_b": n_b, "n_windows": N,
                    "jaccard": n_ab / (n_a + n_b - n_ab), "pmi": pmi, "npmi": npmi, "g2": g2,
                    "p_value": stats.chi2.sf(g2, 1)})
    return pd.DataFrame(out, columns=["actor_a", "actor_b", *co.MEASURE_COLUMNS])


def assert_same(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = got.sort_values(["actor_a", "actor_b"]).reset_index(drop=True)
    expected = expected.sort_values(["actor_a", "actor_b"]).reset_index(drop=True)
    assert list(got["actor_a"]) == list(expected["actor_a"])
    assert list(got["actor_b"]) == list(expected["actor_b"])
    for col in ("n_ab", "n_a", "n_b", "n_windows"):
        np.testing.assert_array_equal(got[col].to_numpy(), expected[col].to_numpy(), err_msg=col)
    for col in ("jaccard", "pmi", "npmi", "g2"):
        np.testing.assert_allclose(got[col].to_numpy(float), expected[col].to_numpy(float), rtol=1e-9,
                                   atol=1e-9, err_msg=col)
    # p = erfc(sqrt(G²/2)) has an infinite slope at G² = 0: a rounding residue of 1e-15 in G²
    # (an independent pair, computed in another order) moves p by about 1e-7
    np.testing.assert_allclose(got["p_value"].to_numpy(float), expected["p_value"].to_numpy(float),
                               rtol=1e-9, atol=1e-6, err_msg="p_value")


mention_rows = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(0, 6)), min_size=1, max_size=60
)


@settings(max_examples=60, deadline=None)
@given(rows=mention_rows, window=st.sampled_from(co.WINDOWS), include_zero=st.booleans())
def test_counts_and_measures_match_brute_force(rows, window, include_zero):
    mentions = make_mentions(rows)
    got = co.cooccurrence(mentions, window=window, include_zero=include_zero)
    assert (got["window"] == window).all()
    assert (got["actor_a"] < got["actor_b"]).all()
    assert_same(got, brute_force(mentions, window, include_zero=include_zero))


@settings(max_examples=30, deadline=None)
@given(rows=mention_rows, extra=st.integers(0, 20))
def test_all_windows_counts_windows_without_actors(rows, extra):
    mentions = make_mentions(rows)
    sentences = mentions[["doc_id", "paragraph_index", "sentence_index"]].drop_duplicates()
    empty = pd.DataFrame({"doc_id": "doc_empty", "paragraph_index": np.arange(extra) // 2,
                          "sentence_index": np.arange(extra)})
    universe = pd.concat([sentences, empty], ignore_index=True)
    got = co.cooccurrence(mentions, window="sentence", all_windows=universe, include_zero=True)
    assert_same(got, brute_force(mentions, "sentence", n_windows=len(universe), include_zero=True))


def test_all_windows_must_cover_mentions():
    mentions = make_mentions([(0, 0, 0), (0, 1, 1)])
    with pytest.raises(ValueError, match="covers every window"):
        co.cooccurrence(mentions, window="sentence", all_windows=mentions.iloc[:1])


def test_pair_that_never_cooccurs():
    mentions = make_mentions([(0, 0, 0), (0, 1, 1), (1, 0, 0), (1, 1, 2)])
    default = co.cooccurrence(mentions, window="sentence")
    assert default.empty  # no sentence holds two actors
    full = co.cooccurrence(mentions, window="sentence", include_zero=True)
    row = full[(full.actor_a == "A0") & (full.actor_b == "A1")].iloc[0]
    assert row.n_ab == 0 and row.jaccard == 0 and row.pmi == -np.inf and row.npmi == -1.0
    assert row.g2 > 0  # absence of co-occurrence is evidence too


def test_actor_in_every_window():
    rows = [(d, 0, 0) for d in range(5)] + [(0, 0, 1), (1, 0, 1), (2, 0, 2)]
    table = co.cooccurrence(make_mentions(rows), window="article")
    ubiquitous = table[table.actor_a == "A0"]
    assert (ubiquitous.n_a == 5).all() and (ubiquitous.n_windows == 5).all()
    np.testing.assert_allclose(ubiquitous.g2, 0.0, atol=1e-12)
    np.testing.assert_allclose(ubiquitous.p_value, 1.0)
    np.testing.assert_allclose(ubiquitous.pmi, 0.0, atol=1e-12)


def test_single_window():
    table = co.cooccurrence(make_mentions([(0, 0, 0), (0, 0, 1), (0, 0, 2), (0, 0, 1)]), window="sentence")
    assert len(table) == 3
    assert (table.n_windows == 1).all() and (table.n_ab == 1).all()
    np.testing.assert_allclose(table.npmi, 1.0)
    np.testing.assert_allclose(table.jaccard, 1.0)
    np.testing.assert_allclose(table.g2, 0.0)


def test_presence_not_frequency():
    once = co.cooccurrence(make_mentions([(0, 0, 0), (0, 0, 1)]), window="sentence")
    many = co.cooccurrence(make_mentions([(0, 0, 0)] * 5 + [(0, 0, 1)] * 3), window="sentence")
    assert_same(many, once)


def test_categorical_input_gives_same_table():
    mentions = make_mentions([(d, s, a) for d in range(4) for s in range(3) for a in range(d, d + 3)])
    cat = mentions.assign(doc_id=mentions.doc_id.astype("category"),
                          actor_id=pd.Categorical(mentions.actor_id, categories=["A5", "A3", "A1", "A0", "A2",
                                                                                  "A4", "unused"]))
    for window in co.WINDOWS:
        assert_same(co.cooccurrence(cat, window=window), co.cooccurrence(mentions, window=window))
        assert_same(co.cooccurrence(cat, window=window, include_zero=True),
                    co.cooccurrence(mentions, window=window, include_zero=True))


def test_g2_matches_scipy_log_likelihood():
    n_ab, n_a, n_b, N = np.array([3, 10, 1]), np.array([5, 40, 9]), np.array([7, 30, 2]), np.array([20, 100, 50])
    measures = co.association_measures(n_ab, n_a, n_b, N)
    for k in range(3):
        table = [[n_ab[k], n_a[k] - n_ab[k]], [n_b[k] - n_ab[k], N[k] - n_a[k] - n_b[k] + n_ab[k]]]
        g2, p, _, _ = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")
        assert measures.g2[k] == pytest.approx(g2)
        assert measures.p_value[k] == pytest.approx(p)


def test_inconsistent_counts_are_rejected():
    with pytest.raises(ValueError, match="inconsistent"):
        co.association_measures([3], [2], [5], [10])


def test_benjamini_hochberg_matches_scipy():
    p = np.random.default_rng(3).uniform(size=200) ** 3
    np.testing.assert_allclose(co.benjamini_hochberg(p), stats.false_discovery_control(p, method="bh"))


def test_filter_links_keeps_significant_positive_pairs():
    rng = np.random.default_rng(0)
    rows = []
    for d in range(200):
        if d % 2 == 0:  # A0 and A1 together
            rows += [(d, 0, 0), (d, 0, 1)]
        rows += [(d, 1, int(a)) for a in rng.choice(np.arange(2, 8), size=2, replace=False)]
    table = co.cooccurrence(make_mentions(rows), window="sentence")
    kept = co.filter_links(table, max_p=0.01)
    assert ("A0", "A1") in set(zip(kept.actor_a, kept.actor_b))
    assert (kept.n_ab > kept.n_a * kept.n_b / kept.n_windows).all()
    q = co.benjamini_hochberg(table.p_value)
    assert len(kept) == int(((q <= 0.01) & (table.n_ab > table.n_a * table.n_b / table.n_windows)).sum())
    # A0 never shares a sentence with A2..A7: only its link to A1 survives
    assert list(kept[kept.actor_a == "A0"].actor_b) == ["A1"]
    assert (co.filter_links(table, min_count=50).n_ab >= 50).all()
    via_parameter = co.cooccurrence(make_mentions(rows), window="sentence", max_p=0.01)
    pd.testing.assert_frame_equal(via_parameter, kept)


# --------------------------------------------------------------------------- the seed article
# Actors of each body sentence of data/raw/000_22012ba6c0e5393d.txt (paragraph, sentence, actors), read by hand.
SEED_SENTENCES = [
    (0, 0, ["TUR", "ISR", "SYR"]),
    (0, 1, ["AZE", "SYR"]),
    (0, 3, ["ISR", "SYR"]),
    (0, 4, ["TUR", "SYR"]),
    (0, 5, ["ISR", "netanyahu", "SYR"]),
    (1, 7, ["netanyahu"]),
    (1, 8, ["fidan", "TUR", "SYR", "ISR"]),
    (1, 9, ["SYR", "TUR"]),
    (1, 10, ["ISR", "TUR", "hamas", "gaza"]),
    (1, 11, ["erdogan"]),
    (1, 12, ["netanyahu", "trump", "ISR"]),
    (1, 13, ["trump", "erdogan", "SYR", "netanyahu", "TUR"]),
]
SEED_NAMES = {"TUR": "Turkey", "ISR": "Israel", "SYR": "Syria", "AZE": "Azerbaijan", "hamas": "Hamas",
              "gaza": "Gaza", "netanyahu": "Benjamin Netanyahu", "erdogan": "Recep Tayyip Erdoğan",
              "fidan": "Hakan Fidan", "trump": "Donald Trump"}
SIDEBAR_ONLY = {"NLD", "UKR", "RUS", "putin", "zelenskyy", "pope_francis"}


def seed_mentions() -> pd.DataFrame:
    rows = [("22012ba6c0e5393d", p, s, 0, 1, SEED_NAMES[a], a, SEED_NAMES[a], "country", None)
            for p, s, actors in SEED_SENTENCES for a in actors]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def test_seed_sentence_pairs():
    table = co.cooccurrence(seed_mentions(), window="sentence")
    pairs = {tuple(sorted((SEED_NAMES[a], SEED_NAMES[b]))) for a, b in zip(table.actor_a, table.actor_b)}
    assert ("Donald Trump", "Recep Tayyip Erdoğan") in pairs
    assert ("Israel", "Turkey") in pairs
    turkey_israel = table[(table.actor_a == "ISR") & (table.actor_b == "TUR")].iloc[0]
    assert turkey_israel.n_ab == 3  # sentences 0, 8 and 10
    assert table.n_windows.iloc[0] == len(SEED_SENTENCES)


def test_seed_article_pairs_ignore_sidebar_actors():
    body = seed_mentions()
    table = co.cooccurrence(body, window="article")
    assert len(table) == math.comb(len(SEED_NAMES), 2)  # one article: every pair of body actors
    assert not (set(table.actor_a) | set(table.actor_b)) & SIDEBAR_ONLY


# --------------------------------------------------------------------------- slices
def dated_corpus():
    rng = np.random.default_rng(1)
    rows, dates = [], {}
    for d in range(120):
        month = d % 3
        dates[f"doc{d}"] = pd.Timestamp(2025, 1 + month, 1 + d % 28)
        for s in range(4):
            actors = list(rng.choice(np.arange(2, 9), size=2, replace=False))
            if month == 2 and s == 0:  # A0–A1 appear together only in March
                actors += [0, 1]
            rows += [(d, s, int(a)) for a in actors]
    mentions = make_mentions(rows)
    articles = pd.DataFrame({"doc_id": list(dates), "title": [f"Title {k}" for k in dates],
                             "published_at": list(dates.values()), "status": "kept"})
    return mentions, articles


def test_by_period_equals_cooccurrence_on_each_period():
    mentions, articles = dated_corpus()
    by_period = co.cooccurrence_by_period(mentions, articles, freq="M", window="paragraph")
    assert list(by_period.period.unique()) == ["2025-01", "2025-02", "2025-03"]
    march_docs = articles[articles.published_at.dt.month == 3].doc_id
    expected = co.cooccurrence(mentions[mentions.doc_id.isin(march_docs)], window="paragraph")
    got = by_period[by_period.period == "2025-03"].drop(columns="period").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def test_undated_articles_are_left_out_of_periods():
    mentions, articles = dated_corpus()
    articles.loc[articles.doc_id == "doc0", "published_at"] = pd.NaT
    by_period = co.cooccurrence_by_period(mentions, articles, freq="M")
    january = mentions[mentions.doc_id.isin(articles[articles.published_at.dt.month == 1].doc_id)]
    expected = co.cooccurrence(january, window="sentence")
    assert by_period[by_period.period == "2025-01"].n_windows.iloc[0] == expected.n_windows.iloc[0]


def test_by_topic_equals_cooccurrence_on_each_topic():
    mentions, articles = dated_corpus()
    topics = pd.DataFrame({"doc_id": articles.doc_id, "topic_id": np.arange(len(articles)) % 2,
                           "topic_label": np.where(np.arange(len(articles)) % 2, "odd", "even"),
                           "confidence": 0.8})
    by_topic = co.cooccurrence_by_topic(mentions, topics, window="article")
    assert set(by_topic.topic_label) == {"odd", "even"}
    odd_docs = topics[topics.topic_id == 1].doc_id
    expected = co.cooccurrence(mentions[mentions.doc_id.isin(odd_docs)], window="article")
    got = by_topic[by_topic.topic_id == 1].drop(columns=["topic_id", "topic_label"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def test_edge_changes_detects_new_pair():
    mentions, articles = dated_corpus()
    changes = co.edge_changes(mentions, articles, freq="M", window="sentence", compare="previous", alpha=0.05)
    hit = changes[(changes.actor_a == "A0") & (changes.actor_b == "A1")]
    assert len(hit) == 1
    row = hit.iloc[0]
    assert (row.period, row.reference, row.direction) == ("2025-03", "2025-02", "up")
    table = [[row.n_ab, row.n_windows - row.n_ab], [row.n_ab_ref, row.n_windows_ref - row.n_ab_ref]]
    g2, p, _, _ = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")
    assert row.g2 == pytest.approx(g2) and row.p_value == pytest.approx(p)
    assert (changes.q_value <= 0.05).all()
    assert (changes.iloc[0].actor_a, changes.iloc[0].actor_b) == ("A0", "A1")  # the strongest change
    involved = changes[changes.actor_a.isin(["A0", "A1"])]
    assert set(involved.period) == {"2025-03"} and set(involved.direction) == {"up"}


def test_edge_changes_against_rest():
    mentions, articles = dated_corpus()
    changes = co.edge_changes(mentions, articles, freq="M", compare="rest", significant_only=False)
    assert set(changes.reference) == {"rest"}
    one = changes[(changes.actor_a == "A0") & (changes.actor_b == "A1") & (changes.period == "2025-01")].iloc[0]
    assert one.direction == "down" and one.n_ab == 0 and one.n_ab_ref == 40


def test_actors_by_topic_shares():
    mentions, articles = dated_corpus()
    topics = pd.DataFrame({"doc_id": articles.doc_id, "topic_id": 0, "topic_label": "all", "confidence": 1.0})
    topics = pd.concat([topics, pd.DataFrame({"doc_id": ["no_mentions"], "topic_id": [1], "topic_label": ["quiet"],
                                              "confidence": [1.0]})])
    table = co.actors_by_topic(mentions, topics, top_actors=5)
    assert len(table) == 10  # every topic × every kept actor
    assert (table[table.topic_id == 1].documents == 0).all()
    halves = topics.assign(topic_id=np.arange(len(topics)) % 2, topic_label="half")
    per_topic = co.actors_by_topic(mentions, halves, top_per_topic=1)
    for topic_id, part in mentions.merge(halves, on="doc_id").groupby("topic_id"):
        counts = part.drop_duplicates(["doc_id", "actor_id"]).actor_id.value_counts()
        assert set(counts[counts == counts.max()].index) & set(per_topic.actor_id)
    docs_a2 = mentions[mentions.actor_id == "A2"].doc_id.nunique()
    row = table[table.actor_id == "A2"].iloc[0]
    assert row.documents == docs_a2 and row.share == pytest.approx(docs_a2 / len(articles))


# --------------------------------------------------------------------------- evidence
def evidence_corpus():
    bodies = {
        "d1": "Turkey and Israel held talks. Syria was not invited.\nLater Israel thanked Turkey.",
        "d2": "Israel spoke. Nobody answered.",
    }
    sentences, mentions = [], []
    for doc, body in bodies.items():
        index = 0
        offset = 0
        for p, paragraph in enumerate(body.split("\n")):
            for text in paragraph.replace(". ", ".|").split("|"):
                start = body.index(text, offset)
                sentences.append((doc, p, index, start, start + len(text), text))
                for name, actor in (("Turkey", "TUR"), ("Israel", "ISR"), ("Syria", "SYR")):
                    pos = text.find(name)
                    if pos >= 0:
                        mentions.append((doc, p, index, start + pos, start + pos + len(name), name, actor, name,
                                         "country", actor))
                offset = start + len(text)
                index += 1
    sentences = pd.DataFrame(sentences, columns=["doc_id", "paragraph_index", "sentence_index", "start", "end",
                                                 "text"])
    articles = pd.DataFrame({"doc_id": ["d1", "d2"], "title": ["Talks", "Silence"],
                             "published_at": pd.to_datetime(["2025-01-02", "2025-01-03"]),
                             "body": list(bodies.values()), "status": "kept"})
    return pd.DataFrame(mentions, columns=MENTION_COLUMNS), sentences, articles


def test_evidence_sentences():
    mentions, sentences, articles = evidence_corpus()
    table = co.evidence("TUR", "Israel", mentions, sentences, articles)
    assert list(table.sentence) == ["Turkey and Israel held talks.", "Later Israel thanked Turkey."]
    assert (table.title == "Talks").all()
    body = articles.body.iloc[0]
    for row in table.itertuples():
        assert body[row.start:row.end] == row.sentence
        assert body[row.a_start:row.a_end] == "Turkey" and body[row.b_start:row.b_end] == "Israel"


def test_evidence_paragraph_and_article_windows():
    mentions, sentences, articles = evidence_corpus()
    para = co.evidence("SYR", "ISR", mentions, sentences, articles, window="paragraph")
    assert list(para.sentence) == ["Turkey and Israel held talks. … Syria was not invited."]
    art = co.evidence("SYR", "ISR", mentions, sentences, articles, window="article")
    assert len(art) == 1 and art.sentence.iloc[0].count(" … ") == 2
    assert co.evidence("SYR", "ISR", mentions, sentences, articles, window="sentence").empty


def test_unknown_actor_suggests_names():
    mentions, sentences, articles = evidence_corpus()
    with pytest.raises(KeyError, match="Israel"):
        co.evidence("Isreal", "TUR", mentions, sentences, articles)


def test_cooccurrence_all_windows_has_one_block_per_window():
    mentions, sentences, articles = evidence_corpus()
    table = co.cooccurrence_all_windows(mentions, sentences=sentences, articles=articles)
    assert list(table.columns) == co.COOCCURRENCE_COLUMNS
    assert set(table.window) == {"sentence", "paragraph", "article"}
    assert table[table.window == "sentence"].n_windows.iloc[0] == len(sentences)
    assert table[table.window == "article"].n_windows.iloc[0] == 2


def test_empty_mentions_give_empty_tables():
    empty = make_mentions([]).iloc[:0]
    table = co.cooccurrence_all_windows(empty)
    assert table.empty and list(table.columns) == co.COOCCURRENCE_COLUMNS
    assert co.cooccurrence(make_mentions([(0, 0, 1)]), window="article", include_zero=True).empty


# --------------------------------------------------------------------------- real text, end to end
SIDEBAR_NAMES = {"Ukraine", "Netherlands", "Russia", "Vladimir Putin", "Volodymyr Zelenskyy", "Pope Francis",
                 "Crimea", "Bloomberg"}


def _pipeline_tables(paths):
    """articles / sentences / actor_mentions for raw text files, with the project's own stages."""
    import hashlib

    cleaning = pytest.importorskip("helpers.cleaning")
    sentences_mod = pytest.importorskip("helpers.sentences")
    extraction = pytest.importorskip("helpers.actors.extraction")
    docs = []
    for path in paths:
        raw = path.read_bytes()
        clean = cleaning.clean_article(raw.decode("utf-8", errors="replace"))
        docs.append({"doc_id": hashlib.sha256(raw).hexdigest()[:16], "title": clean.title,
                     "published_at": clean.published_at, "body": clean.body, "status": "kept"})
    articles = pd.DataFrame(docs).drop_duplicates("doc_id")
    # undated sources (BBC) get one date: this test is about co-occurrence, not date-aware matching
    articles["published_at"] = pd.to_datetime(articles["published_at"]).fillna(pd.Timestamp("2005-01-01"))
    sentences = pd.DataFrame([r for d in articles.itertuples() for r in sentences_mod.sentence_records(d.doc_id,
                                                                                                       d.body)])
    mentions = extraction.extract_mentions(articles, sentences, progress=False)
    return articles, sentences, mentions


def _seed_path():
    from helpers.paths import project_root

    return project_root() / "data/raw/000_22012ba6c0e5393d.txt"


def test_seed_end_to_end_with_project_stages():
    articles, sentences, mentions = _pipeline_tables([_seed_path()])
    names = dict(zip(mentions.actor_id, mentions.name))
    sentence = co.cooccurrence(mentions, window="sentence")
    pairs = {frozenset((names[a], names[b])) for a, b in zip(sentence.actor_a, sentence.actor_b)}
    assert frozenset(("Donald Trump", "Recep Tayyip Erdoğan")) in pairs
    assert frozenset(("Turkey", "Israel")) in pairs
    article = co.cooccurrence(mentions, window="article")
    in_pairs = {names[a] for a in article.actor_a} | {names[b] for b in article.actor_b}
    assert not in_pairs & SIDEBAR_NAMES
    quote = co.evidence("Donald Trump", "Recep Tayyip Erdoğan", mentions, sentences, articles)
    assert len(quote) == 1 and quote.sentence.iloc[0].startswith("Instead, Trump lavished praise on Erdogan")


@pytest.mark.corpus
def test_bbc_politics_network_and_evidence():
    from pathlib import Path

    from helpers import network as nw
    from helpers.paths import project_root
    from helpers.plotting import network as pn

    folder = project_root().parent / "shared/corpora/bbc-news/bbc/politics"
    if not folder.is_dir():
        pytest.skip("../shared/corpora/bbc-news is absent")
    articles, sentences, mentions = _pipeline_tables(sorted(Path(folder).glob("*.txt")))
    table = co.cooccurrence(mentions, window="sentence", all_windows=sentences)
    links = co.filter_links(table, min_count=2, max_p=0.05)
    actors = co.actor_table(mentions)
    G = nw.build_graph(links, actors, weight="npmi")
    nw.detect_communities(G, seed=0)
    assert G.number_of_nodes() >= 20
    fig = pn.plot_network(G, max_nodes=40)
    assert len(fig.axes[0].texts) >= 20
    top = links.sort_values("g2", ascending=False).iloc[0]
    quotes = co.evidence(top.actor_a, top.actor_b, mentions, sentences, articles, limit=None)
    assert len(quotes) == top.n_ab
    bodies = articles.set_index("doc_id").body
    for row in quotes.itertuples():
        body = bodies[row.doc_id]
        assert body[row.start:row.end] == row.sentence
        assert row.start <= row.a_start < row.a_end <= row.end and row.start <= row.b_start < row.b_end <= row.end


def test_slices_count_windows_of_documents_without_actors():
    mentions, articles = dated_corpus()
    silent = pd.DataFrame({"doc_id": ["silent"], "title": ["No actors"], "published_at": [pd.Timestamp(2025, 3, 5)],
                           "status": "kept"})
    articles = pd.concat([articles, silent], ignore_index=True)
    sentences = pd.concat([mentions[["doc_id", "paragraph_index", "sentence_index"]].drop_duplicates(),
                           pd.DataFrame({"doc_id": "silent", "paragraph_index": 0, "sentence_index": range(7)})])
    plain = co.cooccurrence_by_period(mentions, articles, freq="M")
    full = co.cooccurrence_by_period(mentions, articles, freq="M", all_windows=sentences)
    n_plain = plain.groupby("period").n_windows.first()
    n_full = full.groupby("period").n_windows.first()
    assert (n_full - n_plain).to_dict() == {"2025-01": 0, "2025-02": 0, "2025-03": 7}
    changes = co.edge_changes(mentions, articles, freq="M", all_windows=sentences, significant_only=False)
    assert set(changes[changes.period == "2025-03"].n_windows) == {n_full["2025-03"]}
    topics = pd.DataFrame({"doc_id": articles.doc_id, "topic_id": 0, "topic_label": "all"})
    by_topic = co.cooccurrence_by_topic(mentions, topics, all_windows=sentences)
    assert by_topic.n_windows.iloc[0] == len(sentences)


def test_evidence_for_top_edges_and_names():
    mentions, sentences, articles = evidence_corpus()
    edges = co.cooccurrence(mentions, window="sentence")
    quotes = co.evidence_for_top_edges(edges, mentions, sentences, articles, by="n_ab", top=1, per_edge=5)
    assert set(quotes["rank"]) == {1}
    assert set(quotes.name_a) | set(quotes.name_b) == {"Israel", "Turkey"}
    assert len(quotes) == 2 and quotes.n_ab.iloc[0] == 2
    named = co.with_names(edges, co.actor_table(mentions))
    assert list(named.columns[:5]) == ["window", "actor_a", "actor_b", "name_a", "name_b"]


def test_evidence_for_no_edges_keeps_the_columns() -> None:
    """A corpus without significant links still yields a table a notebook can select from."""
    empty_edges = pd.DataFrame(columns=["window", "actor_a", "actor_b", "g2"])
    mentions = pd.DataFrame(columns=["doc_id", "paragraph_index", "sentence_index", "start", "end",
                                     "surface", "actor_id", "name", "type", "country"])
    out = co.evidence_for_top_edges(empty_edges, mentions, pd.DataFrame(), None)
    assert out.empty
    assert {"doc_id", "title", "a_surface", "b_surface", "sentence"} <= set(out.columns)
