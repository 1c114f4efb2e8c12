"""Tests of helpers.cleaning (stage 1): the seed golden test, rules, dates, corpus tables."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.cleaning import (
    RULES,
    clean_article,
    clean_corpus,
    corpus_shingle_scores,
    detect_language,
    duplicate_groups,
    normalize_text,
    parse_date,
    rule_counts,
    shingle_scores,
)
from helpers.sentences import sentence_records, split_sentences

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_22012ba6c0e5393d.txt"  # golden test, in the repo
ZYTE = SHARED / "corpora" / "zyte-article-extraction-benchmark"

SIDEBAR = [
    ('"Arm yourself to the teeth": The Netherlands fears for its national security', 217, "00:45"),
    ("US to demand Putin accept Ukraine's right to military force, Bloomberg News reports", 235, "Yesterday, 20:33"),
    ("Zelenskyy responded to Trump's demands on Crimea: New proposals are on his table", 249, "Yesterday, 18:45"),
    ("Trump: Statements about Ukraine's legal non-recognition of Crimea’s occupation harmful for peace talks with Russia",
     372, "23.04.2025, 22:42"),
    ("Almost 2,000 people who fled Ukraine to the Netherlands risk deportation", 381, "23.04.2025, 21:15"),
    ("Pope Francis’s body to lie in state at St Peter’s Basilica (video)", 410, "23.04.2025, 09:24"),
]


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ----------------------------------------------------------------- seed (golden)
def test_seed_title_body_and_sidebar():
    art = clean_article(_seed_text(), reference_time=datetime(2025, 4, 25, 8, 0))
    assert art.title == "Turkey and Israel hold talks to avoid accidental conflict in Syria"
    assert art.body.startswith("Turkey and Israel have held “technical talks”")
    assert art.body.endswith("in his dealings with Turkey.")
    assert "![" in _seed_text() and "![]()" not in art.body and "](" not in art.body
    assert "|" not in art.body
    body_words = re.findall(r"\w+", art.body.lower())
    body_grams = {tuple(body_words[i: i + 4]) for i in range(len(body_words) - 3)}
    for headline, _, _ in SIDEBAR:
        words = re.findall(r"\w+", headline.lower())
        for i in range(len(words) - 3):
            assert tuple(words[i: i + 4]) not in body_grams, headline
    assert [(r.headline, r.views, r.published_raw) for r in art.related] == SIDEBAR
    assert art.related[0].published_at == datetime(2025, 4, 25, 0, 45)
    assert art.related[1].published_at == datetime(2025, 4, 24, 20, 33)
    assert art.related[3].published_at == datetime(2025, 4, 23, 22, 42)
    rules = {rule for _, rule in art.removed}
    assert {"markup_image", "table_pipe", "related_sidebar", "title"} <= rules


def test_seed_relative_times_unresolved_without_reference_time():
    art = clean_article(_seed_text())
    assert art.related[0].published_at is None and art.related[1].published_at is None
    assert art.related[5].published_at == datetime(2025, 4, 23, 9, 24)


def test_seed_with_collapsed_line_breaks_keeps_body_and_sidebar():
    art = clean_article(_seed_text().replace("\n", " "), reference_time=datetime(2025, 4, 25, 8, 0))
    assert art.body.startswith("Turkey and Israel have held")
    assert art.body.endswith("in his dealings with Turkey.")
    assert [r.views for r in art.related][:6] == [217, 235, 249, 372, 381, 410]


# ----------------------------------------------------------------- normalisation
def test_normalize_text_spaces_zero_width_soft_hyphen_nfc():
    raw = "Cafe\u0301\u00a0au\u200b lait\u00ad\r\nnext  line\t \n\n\n\nend &amp; more"
    assert normalize_text(raw) == "Café au lait\nnext line\n\nend & more"


def test_normalize_text_repairs_mojibake_only_where_detected():
    assert normalize_text("Netanyahuâ€™s office") == "Netanyahu’s office"
    assert normalize_text("Ünïcödé stays “as is” — ÄÖ") == "Ünïcödé stays “as is” — ÄÖ"


def test_normalize_never_lowercases_or_transliterates():
    text = "NATO and the ÖVP met in Zürich; Ελλάδα, Україна."
    assert normalize_text(text) == text


# ----------------------------------------------------------------- rules
PROSE = [
    "The council voted on Monday to approve the new housing plan after a long debate, officials said.",
    "Opponents argued that the plan would raise rents in the centre of the city for years to come.",
    "The mayor said she would meet residents next week to explain how the money will be spent.",
]


def _page(*noise_before: str, noise_after: tuple[str, ...] = ()) -> str:
    return "\n".join(["City approves housing plan", *noise_before, *PROSE, *noise_after])


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Share on Facebook", "share"),
        ("Subscribe to our newsletter", "subscribe"),
        ("We use cookies to improve your experience.", "cookie"),
        ("By Jane Doe and John Smith", "byline"),
        ("Photo: Jane Doe/Reuters", "photo_credit"),
        ("Read more: Council split over budget", "read_more"),
        ("Tags: housing, council, rents", "tags"),
        ("Advertisement", "advertisement"),
        ("Published 14 March 2025, 09:12", "date_line"),
        ("Skip to content", "navigation"),
        ("© 2019 CBS Interactive Inc. All Rights Reserved.", "copyright"),
        ("Protesters gather outside the parliament building (Image: GETTY)", "photo_credit"),
        ("https://example.com/story.html", "link_only"),
    ],
)
def test_named_line_rules_remove_and_report(line, rule):
    art = clean_article(_page(line))
    assert line not in art.body
    assert (line, rule) in art.removed
    assert rule in RULES
    assert art.body.split("\n\n") == PROSE


def test_every_reported_rule_is_documented():
    art = clean_article(_page("Home", "News", "Share", "![photo](http://x/y.jpg)", noise_after=("Most read", "Other story here")))
    assert {rule for _, rule in art.removed} <= set(RULES)


def test_keyword_rules_agree_with_their_line_regex():
    from helpers.cleaning import LINE_RULES
    from helpers.cleaning.rules import _ANYWHERE, _anywhere_rule

    lines = ["Sign up for our newsletter today", "We use cookies on this site.", "A photo (Image: AP)",
             "Photo by John Smith/Getty Images", "© 2024 Example Media", "The council met on Monday.",
             "x" * 90 + " subscribe", "Privacy policy",
             # case, non-ASCII text (no literal pre-check there) and near misses of the keywords
             "SIGN UP FOR OUR NEWSLETTER", "Sign up for our newsletter — it’s free", "Stay tuned for more",
             "(c) 2020 Foo Ltd", "All Rights Reserved.", "(AP Photo/Jane Doe)", "Picture: ſome Agency",
             "The rights of workers were debated.", "Signs of recovery in the photo industry",
             # characters that IGNORECASE matches to ASCII letters: İ ı ſ and the Kelvin sign
             "S\u0130GN UP for alerts", "S\u0131gn up for alerts", "\u017fubscribe now", "Coo\u212aies help us"]
    for line in lines:
        full = next(((i, n) for i, (n, p) in enumerate(LINE_RULES) if i in _ANYWHERE and p.match(line)), None)
        assert _anywhere_rule(line) == full, line


def test_markdown_link_keeps_anchor_text():
    art = clean_article("Headline here\nThe [council](http://example.com/c) voted on Monday to approve the plan after a long debate.")
    assert art.body == "The council voted on Monday to approve the plan after a long debate."
    assert ("http://example.com/c", "markup_link") in art.removed


def test_related_block_and_comments_after_article_are_cut():
    tail = ("Most popular", "Storm hits the coast", "Markets fall again", "34 Comments",
            "jane says:", "This is a long comment about the plan that I wrote after reading the article today.",
            "bob says:", "I disagree with the previous comment, the plan will help many families in the city.")
    art = clean_article(_page("Home", "World", "Politics", noise_after=tail))
    assert art.body.split("\n\n") == PROSE


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published 14 March 2025, 09:12", datetime(2025, 3, 14, 9, 12)),
        ("March 14, 2025 9:12 AM", datetime(2025, 3, 14, 9, 12)),
        ("14.03.2025 09:12", datetime(2025, 3, 14, 9, 12)),
        ("Updated: 2025-03-14", datetime(2025, 3, 14)),
        ("Nov. 19, 2019 8:03 pm ET", datetime(2019, 11, 19, 20, 3)),
        ("2025-03-14T09:12:00Z", datetime(2025, 3, 14, 9, 12)),
    ],
)
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


def test_published_at_from_date_line():
    art = clean_article(_page("Published 14 March 2025, 09:12"))
    assert art.published_at == datetime(2025, 3, 14, 9, 12)


@pytest.mark.parametrize("extra", ["", "Café prices rose £5.", "It’s “quoted” text.", "Fans cheered 😀 loudly.",
                                   "Digits ٢٠١٩ and 𝟐𝟎𝟏𝟗 appear here."])
def test_published_at_does_not_depend_on_the_page_characters(extra):
    # pages are analysed as 1-, 2- or 4-byte code arrays depending on their characters
    first = "The council voted on Monday to approve the plan, officials said on the record. " + extra
    second = "Work on the new bridge is expected to start in the spring and to last for two years."
    art = clean_article(f"Big news today\nBy Jane Doe\nPublished 14 March 2025, 09:12\n{first}\n{second}")
    assert art.published_at == datetime(2025, 3, 14, 9, 12)
    assert art.body == f"{normalize_text(first)}\n\n{second}"


@pytest.mark.parametrize("raw", ["", " ", "\n\n", "\u200b"])
def test_empty_input_gives_an_empty_article(raw):
    art = clean_article(raw)
    assert (art.title, art.body, art.published_at, art.removed, art.related) == ("", "", None, [], [])


def test_sentence_with_a_date_is_not_a_date_line():
    line = "On 14 March 2025 the council met to discuss the plan for the second time this year."
    art = clean_article(_page(line))
    assert line in art.body


# ----------------------------------------------------------------- idempotence
_WORDS = st.sampled_from("the council said plan city rents mayor residents vote budget week and of to in".split())
_sentence = st.lists(_WORDS, min_size=6, max_size=20).map(lambda ws: " ".join(ws).capitalize() + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)
_noise = st.sampled_from(["Home", "Share", "Advertisement", "Most read", "By Jane Doe", "Subscribe now",
                          "![](x.jpg)", "Tags: a, b", "Follow us on Twitter", "Updated: 2025-03-14"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_noise, max_size=4), st.lists(_paragraph, min_size=1, max_size=5), st.lists(_noise, max_size=4),
       st.booleans())
def test_cleaning_is_idempotent(before, paragraphs, after, collapse):
    raw = "\n".join(["A headline for the test page", *before, *paragraphs, *after])
    if collapse:
        raw = raw.replace("\n", " ")
    body = clean_article(raw).body
    assert clean_article(body).body == body


def test_lead_paragraph_without_full_stop_is_not_taken_as_title():
    lead = ("Japanese brewers are increasingly making money from drinks that taste like beer but are taxed "
            "far less than the real thing")
    body = "\n\n".join([lead, *PROSE])
    art = clean_article(body)
    assert art.title == "" and art.body == body
    # a first line ending a quoted sentence is not a headline either
    quoted = 'The minister said the reform would "achieve further progress."'
    assert clean_article("\n\n".join([quoted, *PROSE])).body.startswith(quoted)
    # a real headline is still taken
    assert clean_article(_page()).title == "City approves housing plan"


def test_page_holding_the_article_twice_keeps_one_copy():
    paragraphs = [" ".join(PROSE[:2]), " ".join(PROSE[1:])]  # long enough to count as article text
    text = "\n".join(["Home", "World", *paragraphs, "Share", "Most read", *paragraphs, "Advertisement"])
    assert clean_article(text).body.split("\n\n") == paragraphs


def test_collapsed_page_splits_boilerplate_and_comment_authors():
    sentences = [f"{p[:-1]} in district {k}." for k in range(12) for p in PROSE]
    filler = " ".join(sentences)  # a long collapsed page
    comments = ("34 Comments jane says: November 19, 2019 at 7:06 am This is a long comment about the plan "
                "that I wrote after reading it. bob says: November 19, 2019 at 7:20 am I disagree with that "
                "comment, the plan will help many families in the city.")
    raw = f"City approves housing plan Home World Politics {filler} Share this: Click to share on Facebook "\
          f"(Opens in new window) Click to share on Twitter (Opens in new window) {comments}"
    art = clean_article(raw)
    assert " ".join(sentences[1:]) in art.body and art.body.endswith(sentences[-1])
    assert "says" not in art.body and "Click to share" not in art.body
    assert "comment_section" in {rule for _, rule in art.removed}


# ----------------------------------------------------------------- sentences
def test_sentences_respect_news_abbreviations_and_offsets():
    body = ("Gov. J. K. Smith met U.S. officials at 3 p.m. on Friday. “It went well,” he said. "
            "The U.S. The end.\n\nMr. Brown left at 5 p.m. The meeting ended.")
    rows = sentence_records("d" * 16, body)
    texts = [r["text"] for r in rows]
    assert texts == [
        "Gov. J. K. Smith met U.S. officials at 3 p.m. on Friday.",
        "“It went well,” he said.",
        "The U.S.",
        "The end.",
        "Mr. Brown left at 5 p.m.",
        "The meeting ended.",
    ]
    assert all(body[r["start"]: r["end"]] == r["text"] for r in rows)
    assert [r["paragraph_index"] for r in rows] == [0, 0, 0, 0, 1, 1]
    assert [r["sentence_index"] for r in rows] == list(range(6))


def test_split_sentences_question_and_exclamation():
    t = "Is it over? Yes! It is."
    assert [t[a:b] for a, b in split_sentences(t)] == ["Is it over?", "Yes!", "It is."]


# ----------------------------------------------------------------- evaluation
def test_shingle_scores_benchmark_way():
    assert shingle_scores("a b c d e", "a b c d e")[:2] == (1.0, 1.0)
    p, r, _, _ = shingle_scores("a b c d e f", "a b c d e")  # pred has 3 shingles, truth 2
    assert p == pytest.approx(2 / 3) and r == pytest.approx(1.0)
    assert shingle_scores("", "a b c d")[:2] == (0.0, 0.0)
    scores = corpus_shingle_scores(["a b c d e f", ""], ["a b c d e", "w x y z"])
    # empty prediction left out of the precision mean, counted as 0 in recall
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(0.5)


# ----------------------------------------------------------------- corpus tables
def _docs(*rows):
    base = dict(source_path="x.txt", format="txt", meta_title=None, meta_published_at=None, status="ok", reason=None)
    return pd.DataFrame([{**base, **r} for r in rows])


def test_clean_corpus_statuses_and_contract():
    page = _page("Share", "By Jane Doe")
    german = ("Der Bundestag hat am Mittwoch über das neue Gesetz abgestimmt, das die Regierung vorgelegt hatte. "
              "Die Opposition kritisierte den Entwurf scharf und kündigte eine Klage an.")
    docs = _docs(
        dict(doc_id="a" * 16, raw_text=page),
        dict(doc_id="b" * 16, raw_text=page + "\nSubscribe now", meta_published_at=datetime(2024, 1, 1)),
        dict(doc_id="c" * 16, raw_text=None, status="rejected", reason="empty file"),
        dict(doc_id="d" * 16, raw_text=german),
        dict(doc_id="e" * 16, raw_text="Home\nShare\nMenu"),
        dict(doc_id="f" * 16, raw_text=page, meta_title="Meta title wins"),
    )
    out = clean_corpus(docs, progress=False)
    assert set(out) == {"articles", "sentences", "related_links", "removed_spans"}
    arts = out["articles"].set_index("doc_id")
    assert list(out["articles"].columns) == ["doc_id", "source_path", "format", "title", "published_at", "body",
                                             "n_chars", "n_sentences", "lang", "status", "duplicate_of", "reason"]
    assert len(arts) == len(docs)
    assert arts.loc["c" * 16, "status"] == "rejected" and arts.loc["c" * 16, "reason"] == "empty file"
    assert arts.loc["d" * 16, "status"] == "rejected"
    assert arts.loc["d" * 16, "reason"] == "language 'de' not allowed"
    assert arts.loc["e" * 16, "status"] == "rejected" and "empty body" in arts.loc["e" * 16, "reason"]
    # three identical bodies: one kept, two duplicates pointing at it (earliest date among equal lengths)
    group = arts.loc[["a" * 16, "b" * 16, "f" * 16]]
    assert (group["status"] == "kept").sum() == 1
    rep = group.index[group["status"] == "kept"][0]
    assert rep == "b" * 16
    assert set(group.loc[group["status"] == "duplicate", "duplicate_of"]) == {rep}
    assert arts.loc["f" * 16, "title"] == "Meta title wins"
    counts = out["articles"]["status"].value_counts()
    assert counts.sum() == len(docs)
    sents = out["sentences"]
    assert set(sents["doc_id"]) == {rep}
    body = arts.loc[rep, "body"]
    assert all(body[s:e] == t for s, e, t in zip(sents["start"], sents["end"], sents["text"]))
    assert arts.loc[rep, "n_sentences"] == len(sents)
    assert str(out["articles"]["published_at"].dtype) == "datetime64[ns]"
    assert str(out["related_links"]["views"].dtype) == "Int64"
    rc = rule_counts(out["removed_spans"])
    assert {"share", "byline"} <= set(rc["rule"])
    groups = duplicate_groups(out["articles"])
    assert len(groups) == 3 and groups.iloc[0]["role"] == "kept"


def test_clean_corpus_all_languages_allowed():
    docs = _docs(dict(doc_id="d" * 16, raw_text="Der Bundestag hat am Mittwoch über das neue Gesetz abgestimmt, "
                                                "das die Regierung vorgelegt hatte."))
    out = clean_corpus(docs, allowed_languages=None, progress=False)
    assert out["articles"].loc[0, "status"] == "kept" and out["articles"].loc[0, "lang"] == "de"


def test_detect_language_reads_all_capitals_as_lower_case():
    # fastText alone takes this shouted headline for Volapük or Portuguese
    assert detect_language("THE GOVERNMENT SAID ON MONDAY IT WOULD RAISE TAXES ON FUEL") == "en"
    assert detect_language("-- !! ...") is None


def test_clean_corpus_requires_ingestion_columns():
    with pytest.raises(ValueError, match="load_corpus"):
        clean_corpus(pd.DataFrame({"doc_id": ["x"]}), progress=False)


def test_figures_return_figures():
    from matplotlib.figure import Figure

    from helpers.plotting.cleaning import plot_length_distributions, plot_rule_counts

    out = clean_corpus(_docs(dict(doc_id="a" * 16, raw_text=_page("Share", "Home"))), progress=False)
    assert isinstance(plot_rule_counts(out["removed_spans"]), Figure)
    assert isinstance(plot_length_distributions(out["articles"]), Figure)


# ----------------------------------------------------------------- real pages (corpus)
def _zyte(variant: str):
    if not ZYTE.exists():
        pytest.skip(f"Zyte benchmark not found at {ZYTE} (../shared/corpora is absent)")
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    pages = json.loads((ZYTE / "output" / f"{variant}.json").read_text(encoding="utf-8"))["output"]
    ids = sorted(truth)
    return [pages[i]["articleBody"] for i in ids], [truth[i]["articleBody"] for i in ids]


@pytest.mark.corpus
def test_zyte_html_text_body_scores():
    pages, gold = _zyte("html-text")
    scores = corpus_shingle_scores([clean_article(p).body for p in pages], gold)
    # issue 3 acceptance: F1 >= 0.92 with precision >= 0.90 (see benchmarks/bench_cleaning.py)
    assert scores["f1"] >= 0.92 and scores["precision"] >= 0.90, scores


@pytest.mark.corpus
def test_zyte_inscriptis_input_scores_within_002():
    pages, gold = _zyte("html-text")
    other, _ = _zyte("inscriptis")
    base = corpus_shingle_scores([clean_article(p).body for p in pages], gold)["f1"]
    f1 = corpus_shingle_scores([clean_article(p).body for p in other], gold)["f1"]
    assert abs(f1 - base) <= 0.02, (f1, base)


def _bbc_texts() -> list[str]:
    bbc = SHARED / "corpora" / "bbc-news" / "bbc"
    if not bbc.exists():
        pytest.skip(f"BBC News corpus not found at {bbc} (../shared/corpora is absent)")
    return [f.read_bytes().decode("utf-8", errors="replace") for f in sorted(bbc.glob("*/*.txt"))]


@pytest.mark.corpus
def test_recleaning_real_bodies_is_stable():
    # BBC News articles and Zyte page texts together (2,406 bodies): cleaning a cleaned body
    # changes at most 1 % of them (measured: BBC 5 of 2,225, Zyte 6 of 181)
    texts = _bbc_texts() + _zyte("html-text")[0]
    bodies = [b for b in (clean_article(t).body for t in texts) if b]
    changed = [b for b in bodies if clean_article(b).body != b]
    assert len(changed) <= 0.01 * len(bodies), f"{len(changed)} of {len(bodies)} bodies change when cleaned again"


@pytest.mark.corpus
def test_zyte_collapsed_newlines_regression_floor():
    # issue 3 asks for F1 within 0.02 of the normal input; not reached yet (0.886 against
    # 0.923, see the benchmark). This floor guards the collapsed-input recovery against regressions.
    pages, gold = _zyte("html-text")
    scores = corpus_shingle_scores([clean_article(p.replace("\n", " ")).body for p in pages], gold)
    assert scores["f1"] >= 0.875, scores


def test_date_glued_onto_the_byline_gives_published_at() -> None:
    raw = (
        "Ministers agree on a new budget plan\n"
        "By Jane Doe, Staff Reporter11.04.2025 18:15\n"
        "The finance ministers of the bloc agreed on Tuesday to a new budget plan after two days of talks. "
        "The plan raises spending on defence and keeps the deficit rule in place.\n"
    )
    article = clean_article(raw)
    assert article.published_at == datetime(2025, 4, 11, 18, 15)
    assert "Staff Reporter" not in article.body


def test_date_in_the_header_of_a_collapsed_page() -> None:
    body = " ".join(
        f"The committee met for the {n}th time on Tuesday and agreed on the next steps of its plan for the region."
        for n in range(4, 34)
    )
    raw = (
        "Committee agrees next steps Home | World | Politics We use cookies to improve your experience. "
        "Accept all / Manage preferences By Jane Doe, Staff Reporter | March 26, 2025 4:05 PM " + body
    )
    article = clean_article(raw)
    assert article.published_at == datetime(2025, 3, 26, 16, 5)


_TOKEN_PIECES = st.sampled_from(
    ["the", "The", "of,", "(the", "“and”", "Subscribe", "cookies.", "comments:", "(AP)", "ΣΟΦΟΣ", "dans",
     "это", "İstanbul", "ﬁle", "x\ud800", "the\ud800", "😀", "2025", "...", "a.", "Über", "\u00a0", " ", "\t", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKEN_PIECES, min_size=1, max_size=60))
def test_hashed_token_codes_agree_with_the_dict_lookup(pieces):
    import numpy as np

    from helpers.cleaning import blocks as block_features

    text = "".join(pieces)
    blocks = [b for b in text.split("\n") if b.strip()]
    if not blocks:
        return
    joined = "\n".join(blocks)
    with pytest.MonkeyPatch.context() as patch:  # _page_arrays reads the threshold from its own module
        patch.setattr(block_features, "_HASH_MIN_WORDS", 0)
        hashed = block_features._page_arrays(joined, len(blocks))
        patch.setattr(block_features, "_HASH_MIN_WORDS", 10**9)
        looked_up = block_features._page_arrays(joined, len(blocks))
    for name in ("n_stop", "n_words", "n_cap", "n_low"):
        assert np.array_equal(getattr(hashed, name), getattr(looked_up, name)), name
    if looked_up.hint_blocks is not None and len(joined.lower()) == len(joined):
        assert hashed.hint_blocks == looked_up.hint_blocks
        assert hashed.comment_blocks == looked_up.comment_blocks


# ----------------------------------------------------------------- collapsed pages
def _collapsed_article(n: int = 8) -> list[str]:
    return [f"{p[:-1]} in district {k}." for k in range(n) for p in PROSE]


def test_collapsed_page_cuts_a_list_of_dated_teasers():
    sentences = _collapsed_article()
    teasers = [
        f"Headline number {k} about the regional economy Jane Doe{k} Wednesday November {k + 10}, 2019 "
        f"Teaser sentence {k} says the economy of the region grew faster than expected this year."
        for k in range(6)
    ]
    raw = " ".join(["City approves housing plan Home World", "November 9, 2019 10:00 AM", *sentences,
                    "More from the site", *teasers])
    art = clean_article(raw)
    assert art.body.startswith(sentences[0]) and art.body.endswith(sentences[-1])
    assert "Teaser sentence" not in art.body
    assert art.published_at == datetime(2019, 11, 9, 10, 0)


def test_dates_inside_sentences_do_not_split_collapsed_lines():
    from helpers.cleaning.segment import _split_dates

    sentence = "The council met on November 20, 2019 to vote on the plan, officials said."
    assert _split_dates(sentence) == [sentence]
    assert _split_dates("Mayor resigns Jane Doe Wednesday November 20, 2019 The mayor resigned.") == [
        "Mayor resigns Jane Doe", "Wednesday November 20, 2019", "The mayor resigned."]
    assert _split_dates("Canada wins the final 13 hours ago Mayor resigns 2 days ago") == [
        "Canada wins the final", "13 hours ago", "Mayor resigns", "2 days ago"]
    prose = "The mayor said 3 days ago that the plan was ready. 2 days ago, the council voted."
    assert _split_dates(prose) == [prose]


def test_collapsed_page_holding_the_article_twice_keeps_one_copy():
    short = ["Good morning!", "The council met on Monday.", "It approved the plan.",
             "Residents will vote next week.", "The mayor was pleased."] * 4
    article = " ".join(f"{s[:-1]} in district {k}{s[-1]}" for k, s in enumerate(short))
    raw = " ".join(["Ten things to know today Home World Politics", article, "Related coverage",
                    "Ten things to know today Jane Doe", article, "Advertisement Terms of use"]) * 1
    raw = raw + " " + "Privacy policy and more site links " * 90  # long enough to count as collapsed
    body = clean_article(raw).body
    assert body.count("It approved the plan in district 2.") == 1


def test_ellipsis_after_a_sentence_end_is_not_a_teaser():
    from helpers.cleaning.blocks import _is_teaser

    assert _is_teaser("The company said the results would follow...") and _is_teaser("Top stories (185)")
    assert not _is_teaser("They would prefer to wait a year. ...") and not _is_teaser('He said "no." …')


def test_image_credit_does_not_close_a_collapsed_article():
    sentences = _collapsed_article()
    half = len(sentences) // 2
    raw = " ".join(["City approves housing plan Home World", *sentences[:half],
                    "Image copyright Getty Images Image caption The council chamber", *sentences[half:],
                    "Copyright 2019 The City Paper. All rights reserved. Privacy policy"])
    body = clean_article(raw).body
    assert sentences[0] in body and sentences[-1] in body


def test_doubled_headlines_are_split_off_a_collapsed_line():
    from helpers.cleaning.segment import _split_doubled

    card = "Business Airlines order 50 new planes Business Airlines order 50 new planes Boeing got 50 orders."
    assert _split_doubled(card) == [
        "Business Airlines order 50 new planes", "Business Airlines order 50 new planes", "Boeing got 50 orders."]
    assert _split_doubled(PROSE[0]) == [PROSE[0]]
    assert _split_doubled("He said no no no to the plan of the city council.") == [
        "He said no no no to the plan of the city council."]  # fewer than four words


def test_lost_block_boundaries_before_capitalised_function_words():
    from helpers.cleaning.segment import _segment_line

    headlines = "'He strangled me': Canadian speaks about brutal hotel attack Here's what we know so far about the cabinet"
    line = " ".join([headlines, *PROSE * 20])
    pieces = _segment_line(line, whole_page=True)
    assert pieces[:2] == ["'He strangled me': Canadian speaks about brutal hotel attack",
                          "Here's what we know so far about the cabinet"]
    # a long paragraph of a page that kept its line breaks is not split there
    assert not any(piece.startswith("Here's") for piece in _segment_line(line))
    names = " ".join(["The deal was first reported by The Associated Press on Monday.", *PROSE * 20])
    assert _segment_line(names, whole_page=True)[0] == "The deal was first reported by The Associated Press on Monday."


def test_closing_headers_are_cut_off_the_first_item_glued_to_them():
    from helpers.cleaning.segment import _split_closing_head

    assert _split_closing_head("Most read in world news ANDY Prince parties in pics") == [
        "Most read in world news ANDY", "Prince parties in pics"]
    assert _split_closing_head("3 Comments Jane says") == ["3 Comments", "Jane says"]
    sentence = "Popular Chinese portals such as Sina.com keep a close eye on content."
    assert _split_closing_head(sentence) == [sentence]
    assert _split_closing_head("In other words, the More plan failed") == ["In other words, the More plan failed"]


def test_collapsed_title_is_a_headline_given_again_not_a_passage_given_twice():
    from helpers.cleaning.segment import _collapsed_title

    rest = " ".join(PROSE * 10)
    assert _collapsed_title(f"City approves housing plan - The Paper Home News City approves housing plan By Jane Doe {rest}") \
        == "City approves housing plan"
    lead = "The council voted on Monday to approve the new plan"
    assert _collapsed_title(f"{lead} after a long debate. Menu {lead} after a long debate. {rest}") is None
    assert _collapsed_title(f"Housing plan for the city center Home the Housing plan for the city center {rest}") is None
    # a cleaned body starts with a sentence: its first words are no title, even when they come again
    body = f"The retailer earned $2.8 billion in the third quarter. {rest} The retailer earned $2.8 billion in 2018."
    assert _collapsed_title(body) is None
    assert _collapsed_title(f"by European Space Agency Once the preserve of fiction. {rest} Provided by European Space Agency") is None


def test_collapsed_splits_leave_ordinary_sentences_whole():
    from helpers.cleaning.segment import _LOST_BREAK_SPLIT_RE, _split_at, _split_closing_head, _split_datelines

    # a counter inside a sentence is no comment section, a header-like opening no header,
    # a ticker in brackets no dateline
    assert _split_at(_LOST_BREAK_SPLIT_RE, "The article drew 250 comments in an hour.") == [
        "The article drew 250 comments in an hour."]
    assert _split_closing_head("In other words Congress has failed to act.") == [
        "In other words Congress has failed to act."]
    assert _split_datelines("Shares of Apple Inc (AAPL) - the iPhone maker rose.") == [
        "Shares of Apple Inc (AAPL) - the iPhone maker rose."]


def test_collapsed_title_repeated_at_once_and_periodic_text():
    import time

    from helpers.cleaning import clean_article
    from helpers.cleaning.segment import _collapsed_title

    rest = " ".join(PROSE * 10)
    assert _collapsed_title(f"City approves housing plan City approves housing plan By Jane Doe {rest}") \
        == "City approves housing plan"
    start = time.perf_counter()
    clean_article("Ab. " * 250_000)  # 1 MB of one repeated token: no quadratic title search
    assert time.perf_counter() - start < 30


def test_datelines_split_collapsed_pages():
    from helpers.cleaning.segment import _split_datelines

    pieces = _split_datelines("1 / 8 Back to Gallery HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said.")
    assert len(pieces) == 2 and pieces[1].endswith("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said.")
    assert _split_datelines("are ready Hong Kong (CNN Business) — The markets fell.") == [
        "are ready", "Hong Kong (CNN Business) — The markets fell."]
    assert _split_datelines(PROSE[0]) == [PROSE[0]]


def test_cjk_sentence_ends_split_collapsed_lines():
    from helpers.cleaning.segment import _SEGMENT_SPLIT_RE, _split_at

    assert _split_at(_SEGMENT_SPLIT_RE, "方法です。次の文「ですね。」 その後") == ["方法です。", "次の文「ですね。」", "その後"]
    assert _split_at(_SEGMENT_SPLIT_RE, "本当ですか？！すごい。。。次") == ["本当ですか？！", "すごい。。。", "次"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=-50, max_value=50, allow_nan=False, allow_subnormal=False), min_size=1, max_size=40),
       st.lists(st.integers(min_value=1, max_value=9), min_size=40, max_size=40))
def test_menu_items_take_the_run_penalties_of_as_many_blocks(scores, items):
    import numpy as np

    from helpers.cleaning.blocks import _run_penalties, _run_penalties_items

    scores = np.array(scores)
    ones = np.ones(len(scores), dtype=int)
    assert np.allclose(_run_penalties_items(scores, ones), _run_penalties(scores))
    # a block standing for k items weighs as k blocks of its score / k in a row
    k = np.array(items[: len(scores)])
    expanded_scores = np.repeat(scores / k, k)
    expanded = _run_penalties(expanded_scores)
    sums = np.add.reduceat(expanded, np.concatenate([[0], np.cumsum(k)[:-1]]))
    assert np.allclose(_run_penalties_items(scores, k), sums)


def _scraped_page() -> tuple[str, list[str]]:
    """A page as a scraper gives it (one block a line) and the sentences of its article."""
    article = _collapsed_article(6)
    teasers = [f"Council {w} the budget for the {n} schools" for w, n in
               (("cuts", "north"), ("raises", "south"), ("reviews", "east"), ("freezes", "west"))]
    menu = ["Home", "News", "World", "Business", "Sport", "Culture", "Travel", "Video", "Podcasts",
            "Newsletters", "Sign in", "Subscribe"]
    lines = [
        "City approves housing plan - The City Paper", *menu, "City approves housing plan",
        "By Jane Doe", "November 9, 2019 10:00 AM", "Share", "Facebook", "Twitter", "Email", *article,
        "Tags: housing, council", "Latest Stories",
        *[x for t in teasers for x in (t, t, "The council said the change would take effect next year.")],
        "2 Comments", "jane says:", "I like the plan.", "Leave a Reply", *menu,
        "Copyright © 2019 The City Paper. All rights reserved.",
    ]
    return "\n".join(lines), article


def test_collapsed_page_recovers_title_and_blocks():
    raw, article = _scraped_page()
    normal = clean_article(raw)
    collapsed = clean_article(raw.replace("\n", " "))
    assert normal.body.replace("\n\n", " ") == " ".join(article)
    assert collapsed.title == "City approves housing plan"
    assert collapsed.body == " ".join(article)
    assert collapsed.published_at == datetime(2019, 11, 9, 10, 0)


# ----------------------------------------------------------------- small pages
_SMALL_BLOCKS = st.sampled_from(
    ["City approves housing plan", "Home", "Share", "Most read", "By Jane Doe", "Subscribe now", "Tags: a, b",
     "Updated: 2025-03-14", "March 14, 2025", "34 Comments", "jane says:", "© 2025 The Paper", *PROSE,
     "Über die Stadt, sagte der Bürgermeister, wird morgen entschieden.", "Read more: The plan…",
     "İstanbul’da yeni plan", "ΣΟΦΟΣ λόγος.", "Cookies help us.", "The plan (185)", "x\ud800", "😀 emoji line"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SMALL_BLOCKS, min_size=1, max_size=16))
def test_small_pages_take_an_equivalent_pure_python_path(blocks):
    from helpers.cleaning import analysis
    from helpers.cleaning.title import _norm_key

    text = normalize_text("\n".join(blocks))
    texts = [line for line in text.split("\n") if line]
    if not texts:
        return
    title_keys = {_norm_key(texts[0])} - {""}
    with pytest.MonkeyPatch.context() as patch:  # _analyse_blocks reads the threshold from its own module
        patch.setattr(analysis, "SMALL_PAGE_CHARS", 0)
        numpy_path = analysis._analyse_blocks(texts, title_keys)
        patch.setattr(analysis, "SMALL_PAGE_CHARS", 10**9)
        python_path = analysis._analyse_blocks(texts, title_keys)
    assert python_path == numpy_path
