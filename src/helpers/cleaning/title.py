"""Titles (step 4): what reads as a headline, site suffixes, and the key of a title's repeats.

``_looks_like_title`` (2-30 words, no sentence end inside or at the end, not a
lead paragraph), ``_strip_site_suffix`` ("Headline - WSJ") and ``_norm_key``
(the lower-cased words of a line: the key of rule ``title_repeat``). Used on
the first line of a page (:mod:`helpers.cleaning.article`), on the first words
of a page that lost its line breaks (:mod:`helpers.cleaning.segment`) and to
find repeats of the title (:mod:`helpers.cleaning.analysis`).
"""

from __future__ import annotations

import re

from helpers.cleaning.normalise import _WORD_RE

_SITE_SUFFIX_RE = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—:·•]{1,40}$")


def _strip_site_suffix(title: str) -> str:
    """Drop a trailing site name ("Headline - WSJ", "Headline | The Site")."""
    for _ in range(2):
        m = _SITE_SUFFIX_RE.search(title)
        if not m or len(title[: m.start()].split()) < 3 or len(m.group(0).split()) > 6:
            break
        title = title[: m.start()]
    return title.strip()


_SENTENCE_INSIDE_RE = re.compile(r"[a-z0-9][.!?][\"”’)]* [\"“‘(]?[A-Z]")


TITLE_MAX_WORDS = 30
LEAD_MIN_WORDS = 19  # a first line this long, mostly in lower case, is a lead paragraph, not a headline
_CLOSING = "\"'”’)]»"


def _looks_like_title(line: str) -> bool:
    """A headline: 2-30 words, no sentence end inside or at the end, not a bullet, not a lead.

    The end is checked after closing quotes and brackets (``... reform."``
    ends a sentence). A line of :data:`LEAD_MIN_WORDS` words or more in which
    fewer than half the words are capitalised reads as a lead paragraph
    without final full stop (common in news, and the first line of an already
    cleaned body), so it is not taken as the title: cleaning a cleaned body
    then keeps its first paragraph.
    """
    words = line.split()
    n = len(words)
    if not 2 <= n <= TITLE_MAX_WORDS or len(line) > 250:
        return False
    end = line.rstrip(_CLOSING)
    if not end or end[-1] in ".!,;:" or not (line[0].isalnum() or line[0] in "\"“‘'(¿¡"):
        return False
    if n >= LEAD_MIN_WORDS and 2 * sum(w[0].isupper() for w in words) < n:
        return False
    return not _SENTENCE_INSIDE_RE.search(line)


def _norm_key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))
