"""Analysis of a page's blocks: line rules, publication date and main-text region (steps 6 and 7).

``_analyse_blocks`` is what :func:`helpers.cleaning.clean_article` calls on the
blocks of a page: ``_find_rules`` gives the rule of each block (scanners of
:mod:`helpers.cleaning.rules`, title repeats) and the publication date; the
blocks are scored (:mod:`helpers.cleaning.blocks`), repeats, teasers, later
dates and a reader-comment section (:mod:`helpers.cleaning.comments`) marked,
and the region of maximum total score kept. Pages of at most
:data:`SMALL_PAGE_BLOCKS` blocks and :data:`SMALL_PAGE_CHARS` characters take
``_analyse_small_page`` on the plain-Python features of
:mod:`helpers.cleaning.small_page` instead (same result). ``_RULE_SCORES`` is
the score of a rule-matched block.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import datetime
import re

import numpy as np

from helpers.cleaning.normalise import _WORD_RE
from helpers.cleaning.dates import _YEAR_RE, parse_date
from helpers.cleaning.title import _norm_key
from helpers.cleaning.rules import (
    RULES,
    _ALL_RULES_RE,
    _ANCHORED_LOWER_RE,
    _ANCHORED_RULES_RE,
    _ANYWHERE,
    _ANYWHERE_HINT_RE,
    _BLOCK_END_RULES,
    _DATE_LINE_MAX_CHARS,
    _DATE_LINE_RE,
    _RULE_MAX_CHARS,
    _RULE_NAMES,
    _RULE_ORDER,
    _anywhere_rule,
)
from helpers.cleaning.blocks import (
    HEADER_DATE_BLOCKS,
    ISOLATED_PROSE_FACTOR,
    REPEATED_DATE_PENALTY,
    REPEATED_MIN_CHARS,
    RUN_PENALTY_CAP,
    RUN_PENALTY_STEP,
    SEGMENT_BLOCK_END_PENALTY,
    SEGMENT_REPEATED_DATE_PENALTY,
    _TEASER_ENDS,
    _blocks_of,
    _is_teaser,
    _max_region,
    _menu_items,
    _page_arrays,
    _run_penalties,
    _run_penalties_items,
    _score_blocks,
)
from helpers.cleaning.comments import _comment_section_start
from helpers.cleaning.small_page import (
    _DIGIT_CHARS_RE,
    _SmallPage,
    _max_region_list,
    _score_small_page,
    _small_page,
)

# which pages take the plain-Python twin (helpers.cleaning.small_page) of the block features
SMALL_PAGE_CHARS = 3000  # pages (blocks joined) up to this length ...
SMALL_PAGE_BLOCKS = 16  # ... and this many blocks take the pure-Python path


def _find_rules(
    texts: list[str], title_keys: set[str], joined: str, lowered: str, nl: list[int],
    hint_blocks: list[int] | None, n_chars, date_candidates: list[int],
) -> tuple[list[str | None], datetime | None]:
    """Line rules of the blocks and the publication date from date lines or a byline.

    ``nl``: positions of the newlines of ``joined`` (the blocks joined);
    ``hint_blocks``: blocks holding a keyword of an "anywhere" rule (None:
    find them); ``n_chars``: block lengths (array or list); ``date_candidates``:
    the blocks that may be a date line.
    """
    rules: list[str | None] = [None] * len(texts)
    fast = len(lowered) == len(joined)
    anchored, scan = (_ANCHORED_LOWER_RE, lowered) if fast else (_ANCHORED_RULES_RE, joined)
    for m in anchored.finditer(f"\n{scan}\n"):
        i = bisect_right(nl, m.start())  # m.start() is the newline before block i
        t = texts[i]
        if len(t) <= _RULE_MAX_CHARS:
            if m.lastgroup == "maybe_byline":
                full = _ALL_RULES_RE.match(t)
                rules[i] = _RULE_NAMES[full.lastgroup] if full else None
            else:
                rules[i] = _RULE_NAMES[m.lastgroup]
    if hint_blocks is None:
        hint_blocks = _blocks_of(_ANYWHERE_HINT_RE, joined, nl)
    for i in hint_blocks:
        rule = rules[i]
        if len(texts[i]) <= _RULE_MAX_CHARS and (rule is None or _RULE_ORDER[rule] > min(_ANYWHERE)):
            hit = _anywhere_rule(texts[i])
            if hit and (rule is None or hit[0] < _RULE_ORDER[rule]):
                rules[i] = hit[1]
    published_at: datetime | None = None
    for i in date_candidates:
        if _YEAR_RE.search(texts[i]):
            m = _DATE_LINE_RE.match(texts[i])
            if m:
                rules[i] = "date_line"
                if published_at is None:
                    published_at = parse_date(m.group(0))
    if published_at is None and "byline" in rules:
        # scrapers often glue the date onto the byline ("By Jane Doe | 11.03.2025 07:05")
        for i, rule in enumerate(rules):
            if rule == "byline" and _YEAR_RE.search(texts[i]):
                published_at = parse_date(texts[i])
                if published_at is not None:
                    break
    if title_keys:
        lo = min(map(len, title_keys)) * 0.7
        hi = max(map(len, title_keys)) * 1.6 + 10
        first_words = {k.split(" ", 1)[0] for k in title_keys}
        if isinstance(n_chars, np.ndarray):
            candidates = ((n_chars >= lo) & (n_chars <= hi)).nonzero()[0].tolist()
        else:
            candidates = [i for i, c in enumerate(n_chars) if lo <= c <= hi]
        for i in candidates:
            m = _WORD_RE.search(texts[i])  # cheap test on the first word before the whole key
            if m and m.group().lower() in first_words and _norm_key(texts[i]) in title_keys:
                rules[i] = "title_repeat"
    return rules, published_at


def _analyse_blocks(
    texts: list[str], title_keys: set[str], segmented: list[bool] | None = None
) -> tuple[list[str | None], datetime | None, int, int]:
    """Rules, publication date and main-text region ``[start, stop)`` of a page's blocks."""
    n = len(texts)
    rules: list[str | None] = [None] * n
    if n == 0:
        return rules, None, 0, 0
    joined = "\n".join(texts)
    lowered = joined.lower()
    small = None
    if n <= SMALL_PAGE_BLOCKS and len(joined) <= SMALL_PAGE_CHARS and (segmented is None or not any(segmented)):
        small = _small_page(texts, joined, lowered)
    if small is not None:
        return _analyse_small_page(texts, title_keys, joined, lowered, small)
    page = _page_arrays(joined, n, lowered)
    nl = page.nl
    date_candidates = (page.n_chars <= _DATE_LINE_MAX_CHARS) & (page.n_digits >= 4)  # a year has four digits
    rules, published_at = _find_rules(
        texts, title_keys, joined, lowered, nl, page.hint_blocks, page.n_chars, date_candidates.nonzero()[0].tolist()
    )

    cut = pieces = menu_items = None
    if segmented is not None and any(segmented):
        pieces = np.array(segmented)
        cut = pieces & ~page.ends
        menu_items = _menu_items(page, pieces)
    scores = _score_blocks(texts, page, cut, pieces, menu_items)
    counts = Counter(texts)
    ruled = [i for i, r in enumerate(rules) if r is not None]
    if ruled:
        # the article has one date: later date lines mark lists of dated items
        scores[ruled] = [_RULE_SCORES[rules[i]] for i in ruled]
        dates = [i for i in ruled if rules[i] == "date_line"]
        for i in dates[1:]:
            scores[i] = -SEGMENT_REPEATED_DATE_PENALTY if pieces is not None and pieces[i] else -REPEATED_DATE_PENALTY
        if pieces is not None:
            # a closing rule closes the article harder where line breaks collapsed, since
            # the teaser lists after it then come as long prose-like segments
            for i in ruled:
                if pieces[i] and rules[i] in _BLOCK_END_RULES and (
                    rules[i] != "copyright" or _COPYRIGHT_NOTICE_RE.search(texts[i])
                ):
                    scores[i] = -SEGMENT_BLOCK_END_PENALTY
    seen: set[str] = set()
    has_repeats = len(counts) < n
    # a complete sentence cut from a segmented line is repeated when it occurs earlier
    # on the page, inside any block (the article held twice, once with its line breaks)
    sentence_piece = pieces & page.ends & (page.n_term >= 1) if pieces is not None else None
    for i in (scores > 0).nonzero()[0].tolist():
        t = texts[i]
        # repeated on the page (a long passage counts from its second copy on: pages
        # that hold the article twice), or a teaser cut with an ellipsis / followed
        # by a counter or a [TAG]
        if sentence_piece is not None and sentence_piece[i]:
            offset = nl[i - 1] + 1 if i else 0
            repeated = joined.find(t, 0, offset + len(t) - 1) >= 0
            seen.add(t)
        elif has_repeats and counts[t] > 1:
            repeated = t in seen or len(t) < REPEATED_MIN_CHARS
            seen.add(t)
        else:
            repeated = False
        if repeated or (12 < len(t) < 300 and t[-1] in _TEASER_ENDS and _is_teaser(t)):
            scores[i] = -(2.0 + 0.3 * min(len(t) / 6.0, 30.0))
    cut = _comment_section_start(
        texts, joined, nl, scores, page.comment_blocks,
        (page.ends_with_colon & (page.n_chars <= 160)).nonzero()[0].tolist(),
    )
    if cut is not None:
        for i in range(cut, n):
            rules[i] = "comment_section"
        scores[cut:] = -25.0
    if n > 2:
        # prose between two non-prose blocks is more often a teaser than a paragraph
        pos = scores > 0
        isolated = pos.copy()
        isolated[1:] &= ~pos[:-1]
        isolated[:-1] &= ~pos[1:]
        scores = np.where(isolated, scores * ISOLATED_PROSE_FACTOR, scores)
    if menu_items is not None:
        start, stop = _max_region(_run_penalties_items(scores, menu_items))
    else:
        start, stop = _max_region(_run_penalties(scores))
    if published_at is None:
        published_at = _header_date(texts, start)
    return rules, published_at, start, stop


def _header_date(texts: list[str], start: int) -> datetime | None:
    """The first date in the few header blocks before the main text (a collapsed page keeps its dateline there)."""
    for i in range(min(start, HEADER_DATE_BLOCKS)):
        if len(texts[i]) <= _RULE_MAX_CHARS and _YEAR_RE.search(texts[i]):
            published_at = parse_date(texts[i])
            if published_at is not None:
                return published_at
    return None


_SOFT_RULES = frozenset({"title_repeat", "date_line", "byline"})
# a copyright notice of the site (a year, ©, "rights reserved"), not an image credit ("Image copyright Getty")
_COPYRIGHT_NOTICE_RE = re.compile(r"©|\b(?:19|20)\d\d\b|rights reserved", re.IGNORECASE)
# block score of a rule-matched block: -25 for the rules that close an article, -1 for the
# soft ones (the first date line too: later ones weigh REPEATED_DATE_PENALTY), else -4
_RULE_SCORES = {name: -25.0 if name in _BLOCK_END_RULES else -1.0 if name in _SOFT_RULES else -4.0
                for name in list(RULES) + ["date_line"]}


def _analyse_small_page(
    texts: list[str], title_keys: set[str], joined: str, lowered: str, page: _SmallPage
) -> tuple[list[str | None], datetime | None, int, int]:
    """:func:`_analyse_blocks` of unsegmented blocks, in plain Python."""
    n = len(texts)
    nl = page.nl
    date_candidates = [i for i, t in enumerate(texts)
                       if len(t) <= _DATE_LINE_MAX_CHARS and len(_DIGIT_CHARS_RE.findall(t)) >= 4]
    rules, published_at = _find_rules(
        texts, title_keys, joined, lowered, nl, page.hint_blocks, page.n_chars, date_candidates
    )
    scores = _score_small_page(page)
    counts = Counter(texts)
    n_dates = 0
    for i, rule in enumerate(rules):
        if rule is not None:
            n_dates += rule == "date_line"
            scores[i] = -REPEATED_DATE_PENALTY if rule == "date_line" and n_dates > 1 else _RULE_SCORES[rule]
    seen: set[str] = set()
    for i in [i for i, score in enumerate(scores) if score > 0]:
        t = texts[i]
        repeated = counts[t] > 1 and (t in seen or len(t) < REPEATED_MIN_CHARS)
        seen.add(t)
        if repeated or (12 < len(t) < 300 and t[-1] in _TEASER_ENDS and _is_teaser(t)):
            scores[i] = -(2.0 + 0.3 * min(len(t) / 6.0, 30.0))
    ends_with_colon = [i for i, t in enumerate(texts) if t[-1] == ":" and len(t) <= 160]
    cut = _comment_section_start(texts, joined, nl, scores, page.comment_blocks, ends_with_colon)
    if cut is not None:
        for i in range(cut, n):
            rules[i] = "comment_section"
            scores[i] = -25.0
    if n > 2:
        pos = [score > 0 for score in scores]
        for i in range(n):
            if pos[i] and not (i > 0 and pos[i - 1]) and not (i < n - 1 and pos[i + 1]):
                scores[i] = scores[i] * ISOLATED_PROSE_FACTOR
    run = 0
    for i, score in enumerate(scores):  # run penalties (see _run_penalties)
        if score <= 0:
            run += 1
            scores[i] = score * min(1.0 + RUN_PENALTY_STEP * (run - 1), RUN_PENALTY_CAP)
        else:
            run = 0
    start, stop = _max_region_list(scores)
    if published_at is None:
        published_at = _header_date(texts, start)
    return rules, published_at, start, stop
