"""Small pages: the block features and scores of :mod:`helpers.cleaning.blocks` in plain Python.

numpy's fixed cost per call outweighs its speed on pages of a few blocks (a
news article with its paragraphs as lines): they take a pure-Python twin of
``_page_arrays`` / ``_score_blocks`` / the region selection (``_small_page``,
``_score_small_page``, ``_max_region_list``), which gives the same rules, date
and region (same float operations in the same order; checked by
tests/test_cleaning.py on generated pages). Which pages take it
(``SMALL_PAGE_CHARS``, ``SMALL_PAGE_BLOCKS``) and the analysis on these
features (``_analyse_small_page``) are in :mod:`helpers.cleaning.analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
import re

from helpers.cleaning.blocks import (
    MENU_MIN_WORDS,
    RUN_ON_WORDS,
    SENTENCE_MIN_WORDS,
    _END_CODES,
    _MIN_PAGE_STOP_RATIO,
    _PUNCT_CODES,
    _TOKEN_CODES,
)

_NON_BMP_RE = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")
_PUNCT_CHARS_RE = re.compile("[" + re.escape("".join(chr(c) for c in _PUNCT_CODES.tolist())) + "]")
_TERM_CHARS_RE = re.compile("[.!?…。！？]")
_DIGIT_CHARS_RE = re.compile(r"\d")
_ASCII_UPPER_START_RE = re.compile(r"[A-Z](?<!\S.)")  # a word starting with an ASCII capital
_ASCII_OTHER_START_RE = re.compile(r"[^A-Za-z\s](?<!\S.)")  # ... neither with a capital nor a lower-case letter
_END_CHARS = frozenset(chr(c) for c in _END_CODES.tolist())


@dataclass
class _SmallPage:
    """Per-block features of a small page as Python lists (see :class:`~helpers.cleaning.blocks._Page`)."""

    n_words: list[int]
    n_stop: list[int]
    n_cap: list[int]
    n_low: list[int]
    n_term: list[int]
    has_punct: list[bool]
    n_chars: list[int]
    starts_upper: list[bool]
    ends: list[bool]
    nl: list[int]
    hint_blocks: list[int]
    comment_blocks: list[int]


def _small_page(texts: list[str], joined: str, lowered: str) -> _SmallPage | None:
    """Block features of a small page in plain Python, or None where it cannot match _page_arrays.

    None for pages with characters above U+FFFF or surrogates (the flag table
    treats them apart) and where lower-casing changes a block's number of
    tokens (the numpy path then counts stop words its own way).
    """
    if not joined.isascii() and _NON_BMP_RE.search(joined):
        return None
    lowered_blocks = lowered.split("\n")
    if len(lowered_blocks) != len(texts):
        return None
    get_code = _TOKEN_CODES.get
    n_words, n_stop, n_cap, n_low, n_term, has_punct = [], [], [], [], [], []
    hint_blocks, comment_blocks, nl = [], [], []
    pos = -1
    ascii_page = joined.isascii()
    for i, (t, low) in enumerate(zip(texts, lowered_blocks)):
        tokens = low.split()
        if ascii_page:  # lower-casing ASCII keeps the tokens; word starts by regex
            cap = len(_ASCII_UPPER_START_RE.findall(t))
            n_words.append(len(tokens))
            n_cap.append(cap)
            n_low.append(len(tokens) - cap - len(_ASCII_OTHER_START_RE.findall(t)))
        else:
            words = t.split()
            if len(tokens) != len(words):
                return None
            firsts = "".join([w[0] for w in words])
            n_words.append(len(words))
            n_cap.append(sum(map(str.isupper, firsts)))
            n_low.append(sum(map(str.islower, firsts)))
        # token codes: 1 stop word, 2 keyword of an "anywhere" rule, 4 comment-section word
        codes = bytes(map(get_code, tokens, repeat(0)))
        stop = codes.count(1)
        if max(codes, default=0) > 1:
            stop += codes.count(3) + codes.count(5) + codes.count(7)
            if codes.count(2) or codes.count(3) or codes.count(6) or codes.count(7):
                hint_blocks.append(i)
            if codes.count(4) or codes.count(5) or codes.count(6) or codes.count(7):
                comment_blocks.append(i)
        n_stop.append(stop)
        n_term.append(len(_TERM_CHARS_RE.findall(t)))
        has_punct.append(_PUNCT_CHARS_RE.search(t) is not None)
        pos += len(t) + 1
        nl.append(pos)
    nl.pop()  # positions of the newlines between blocks
    return _SmallPage(
        n_words=n_words, n_stop=n_stop, n_cap=n_cap, n_low=n_low, n_term=n_term, has_punct=has_punct,
        n_chars=[len(t) for t in texts], starts_upper=[t[0].isupper() for t in texts],
        ends=[t[-1] in _END_CHARS for t in texts], nl=nl,
        hint_blocks=hint_blocks, comment_blocks=comment_blocks,
    )


def _score_small_page(page: _SmallPage) -> list[float]:
    """:func:`~helpers.cleaning.blocks._score_blocks` (unsegmented blocks) on a :class:`_SmallPage`."""
    total_words = sum(page.n_words)
    use_stop = total_words > 0 and sum(page.n_stop) >= _MIN_PAGE_STOP_RATIO * total_words
    scores = []
    for n_words, n_stop, n_cap, n_low, n_term, has_punct, n_chars, starts_upper, ends in zip(
        page.n_words, page.n_stop, page.n_cap, page.n_low, page.n_term, page.has_punct, page.n_chars,
        page.starts_upper, page.ends,
    ):
        words = max(n_words, 1)
        weight = n_chars / 6.0
        if n_words > weight:
            weight = float(n_words)
        if use_stop:
            stop_ratio = n_stop / words
            stop_words_ok = stop_ratio >= 0.2
            not_listy = n_words < 6 or stop_ratio >= 0.08
            wordy = has_punct or stop_words_ok
        else:
            stop_words_ok = wordy = has_punct
            not_listy = True
        prose = weight >= 6 and (ends or weight >= 16) and wordy and not_listy
        half = weight >= 14 and stop_words_ok and not_listy
        has_term = n_term >= 1
        prose = prose or (
            starts_upper and has_term and ends and n_words >= SENTENCE_MIN_WORDS and n_low >= 0.5 * n_words
        )
        title_cased = n_words >= 4 and (n_cap - 0.5 * min(n_stop, n_cap)) / words > 0.6
        negative = -(min(weight, 30.0) * 0.3 + 2.0)
        menu = title_cased and n_words >= MENU_MIN_WORDS
        menu = menu or (n_words >= RUN_ON_WORDS and n_words > RUN_ON_WORDS * max(n_term, 1))
        if menu:
            scores.append(negative)
        elif prose:
            scores.append(0.3 * weight if title_cased else weight)
        else:
            scores.append(0.5 * weight if half else negative)
    return scores


def _max_region_list(scores: list[float]) -> tuple[int, int]:
    """:func:`~helpers.cleaning.blocks._max_region` on a list."""
    best_gain, best_stop, best_start = 0.0, 0, 0
    prefix = 0.0
    min_prefix, min_at = 0.0, 0
    found = False
    for j, score in enumerate(scores):
        gain = prefix + score - min_prefix  # the run ending at j starts after the minimum prefix before it
        if not found or gain > best_gain:
            best_gain, best_stop, best_start, found = gain, j + 1, min_at, True
        prefix += score
        if prefix < min_prefix:
            min_prefix, min_at = prefix, j + 1
    if not found or best_gain <= 0:
        return 0, 0
    return best_start, best_stop
