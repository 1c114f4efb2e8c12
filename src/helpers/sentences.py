"""Paragraph and sentence segmentation with character offsets into the body.

Paragraphs are separated by blank lines (the body format of
:func:`helpers.cleaning.clean_article`). Sentences end at ``.``, ``!``, ``?``
or ``…`` (with closing quotes/brackets), followed by whitespace and an
upper-case letter, digit or opening quote — except after news abbreviations
(``Mr.``, ``Gov.``, ``Sen.``, ``U.S.``, ``p.m.``, ``No.``, month abbreviations)
and initials (``J. K. Rowling``). After ``U.S.``/``a.m.``/``p.m.`` a boundary is
kept when the next word is a typical sentence opener ("The", "He", "But"…).
"""

from __future__ import annotations

import re

__all__ = ["split_paragraphs", "split_sentences", "sentence_records"]

_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÝĀ-ſА-Я])")
# Titles and other abbreviations that never end a sentence before a capital.
_NEVER_END = frozenset(
    """mr mrs ms dr prof gov sen rep gen col lt capt cmdr adm sgt maj cpl pvt st jr sr rev hon pres
    messrs mme mlle fr supt insp det no nos vol vs v etc inc corp co ltd bros dept univ ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec fig approx est op art ch sec""".split()
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
_MAYBE_END = frozenset("u.s u.k u.n e.u a.m p.m d.c l.a n.y u.s.a".split())
_OPENERS = frozenset(
    """The A An He She It They We I But And In On At This That These Those There His Her Its Their
    Our My When While After Before If As Some Many Most Police Officials Mr Mrs Ms Dr""".split()
)
_NEXT_WORD_RE = re.compile(r"\s+[\"“‘'(\[]?(\w+)")


def split_paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs of ``body`` (blank-line separated)."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(body)]


def _is_boundary(text: str, end: int) -> bool:
    """Whether the punctuation run ending at ``end`` closes a sentence."""
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    token = text[start:end]
    if not token:
        return True
    if not token.endswith("."):
        return True  # ! ? … or a closing quote after them
    core = token.rstrip(".").lstrip("\"“‘'([").lower()
    if core in _NEVER_END:
        return False
    if len(core) == 1 and core.isalpha():
        return False  # an initial: "J. K. Rowling"
    if core in _MAYBE_END:
        nxt = _NEXT_WORD_RE.match(text, end)
        return bool(nxt and nxt.group(1) in _OPENERS)
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``, stripped of spaces.

    Parameters
    ----------
    text : str
    start, end : int
        The span to split (default: the whole text). Offsets are into ``text``.

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> t = "Gov. Smith met U.S. officials at 3 p.m. Friday. They agreed."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Gov. Smith met U.S. officials at 3 p.m. Friday.', 'They agreed.']
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if _is_boundary(text, m.end()):
            spans.append((cur, m.end()))
            cur = m.end()
    spans.append((cur, end))
    out = []
    for a, b in spans:
        seg = text[a:b]
        stripped = seg.strip()
        if stripped:
            a2 = a + (len(seg) - len(seg.lstrip()))
            out.append((a2, a2 + len(stripped)))
    return out


def sentence_records(doc_id: str, body: str) -> list[dict]:
    """Rows of the ``sentences`` table for one document.

    Returns
    -------
    list of dict
        ``doc_id, paragraph_index, sentence_index, start, end, text`` with
        ``text == body[start:end]``; ``sentence_index`` counts across the body.
    """
    rows = []
    k = 0
    for p_idx, (p_start, p_end) in enumerate(split_paragraphs(body)):
        for s, e in split_sentences(body, p_start, p_end):
            rows.append(
                {"doc_id": doc_id, "paragraph_index": p_idx, "sentence_index": k,
                 "start": s, "end": e, "text": body[s:e]}
            )
            k += 1
    return rows
