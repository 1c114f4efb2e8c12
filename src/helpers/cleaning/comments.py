"""Reader-comment sections (rule ``comment_section``).

``_comment_section_start`` finds the block where a comment section starts: a
header ("34 Comments", "Leave a Reply") followed by an author line ("jane
says:") within 20 blocks, or the first of two author lines, when enough prose
comes before it.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy as np

from helpers.cleaning.blocks import _blocks_of

_COMMENT_AUTHOR_RE = re.compile(
    r"^(?:\S+(?: \S+){0,11}?) (?:says|said|wrote|writes|commented|replied) *:$", re.IGNORECASE | re.M
)
_COMMENT_HEADER_RE = re.compile(
    r"^(?:\d+ (?:comments?|responses?|replies|thoughts|reactions)(?: (?:on|to)\b.{0,200})?"
    r"|\[ *\d+ comments? *\]|(?:top rated |reader |user |latest )?comments?(?: *\(\d+\))?"
    r"|leave an? (?:reply|comment).{0,60}|join the (?:conversation|discussion).{0,60}"
    r"|comments are closed.{0,60}|discussion|conversation|.{0,60}\b\d+ comments?)"
    r"[ .:!]*$",
    re.IGNORECASE | re.M,
)
_COMMENT_HINT_ANYCASE_RE = re.compile(r"comment|repl|respons|thought|reaction|discussion|conversation", re.IGNORECASE)
_MIN_PROSE_BEFORE_COMMENTS = 30.0


def _comment_section_start(
    texts: list[str], joined: str, nl: list[int], scores: np.ndarray, candidates: list[int] | None,
    author_candidates: Iterable[int] | None = None,
) -> int | None:
    """Index of the block where a reader-comment section starts, else None.

    A section starts at a comment header ("34 Comments", "Leave a Reply",
    "12 responses to …") followed by an author line ("jane says:", "Jane on
    May 2, 2019 at 4:47 pm said:") within 20 blocks, or at the first of two
    author lines; only when enough prose comes before it. ``candidates`` are
    the blocks that may be a header, ``author_candidates`` those that may be an
    author line (ending with ":", at most 160 characters); None: all blocks.
    """
    if author_candidates is None:
        author_candidates = range(len(texts))
    authors = [i for i in author_candidates
               if texts[i][-1] == ":" and len(texts[i]) <= 160 and _COMMENT_AUTHOR_RE.match(texts[i])]
    if not authors:
        return None
    cut = authors[0] if len(authors) >= 2 else None
    if candidates is None:
        candidates = _blocks_of(_COMMENT_HINT_ANYCASE_RE, joined, nl)
    for i in candidates:
        if cut is not None and i >= cut:
            break
        if len(texts[i]) <= 260 and _COMMENT_HEADER_RE.match(texts[i]) and any(i < a <= i + 20 for a in authors):
            cut = i
            break
    if cut is None:
        return None
    before = np.asarray(scores[:cut])
    if before[before > 0].sum() < _MIN_PROSE_BEFORE_COMMENTS:
        return None
    return cut
