"""Block features and scores of a page, vectorised with numpy (step 7).

``_page_arrays`` counts, for every block of a page at once, its words, stop
words, capitalised and lower-case words, punctuation, sentence-final marks and
digits (flag tables over the code points; token codes by dict on short pages,
through a hashed cuckoo table on long ones, see ``_HASH_MIN_WORDS``) into a
:class:`_Page`. ``_score_blocks`` turns them into block scores,
``_run_penalties`` / ``_run_penalties_items`` weigh runs of non-prose blocks and
``_max_region`` finds the maximum-sum region (Kadane). Also here: the global
parameters of the region selection (``RUN_PENALTY_*``,
``ISOLATED_PROSE_FACTOR``, ...), the teaser test ``_is_teaser`` and
``_blocks_of`` (the blocks where a regex occurs).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import repeat
import operator
import re
from typing import Iterable

import numpy as np

_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours out over own
    said same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours also says say told according there's it's he's she's we're
    der die das und ist nicht ein eine den dem des mit sich auf für von zu im le la les et est un une
    des du pour dans qui que pas sur au el los las y en por con una para se del al lo il che di per
    non sono della het een van ook niet op dat zijn
    o e os as da do em um uma no na com não mais como mas ao pelo pela
    и в не на что с по как а к из о за для это от то он она они но же
    dan yang di ini itu dengan untuk dari ke tidak ada akan pada juga""".split()
)


_END_PUNCT = frozenset('.!?…"”’\')]:;。！？」')
_STRIP_TOKEN = operator.methodcaller("strip", ',.;:!?"“”\'’‘()[]«»')
_END_CODES = np.array(sorted(ord(c) for c in _END_PUNCT), dtype=np.uint32)
_PUNCT_CODES = np.array([ord(c) for c in ".!?;:,。！？、，；："], dtype=np.uint32)
_MIN_PAGE_STOP_RATIO = 0.06
# Global parameters of the region selection. They were set by looking at the
# even-indexed half of the Zyte benchmark pages only (sorted ids); the odd half
# is the held-out check (see benchmarks/bench_cleaning.py).
RUN_PENALTY_STEP = 0.5  # the k-th non-prose block of a run weighs 1 + step * (k - 1) ...
RUN_PENALTY_CAP = 4.0  # ... at most this many times its own penalty
ISOLATED_PROSE_FACTOR = 0.3  # weight of a prose block with non-prose on both sides
HEADER_DATE_BLOCKS = 6  # blocks before the main text searched for a date when no date line gave one
REPEATED_DATE_PENALTY = 12.0  # score of the 2nd, 3rd... date line (lists of dated teasers)
SEGMENT_REPEATED_DATE_PENALTY = 25.0  # the same for a date cut from a segmented line
MENU_MIN_WORDS = 12  # a title-cased block this long is a menu / headline list
RUN_ON_WORDS = 60  # more words than this per sentence end: glued headlines or links
SEGMENT_RUN_ON_WORDS = 50  # the same for pieces of a segmented line (tied with 40 on the even half)
MENU_ITEM_WORDS = 3  # a title-cased menu cut from a segmented line stands for one menu line per this many words
SHORT_SENTENCE_SCORE = 0.0  # score of a short complete sentence cut from a segmented line
SEGMENT_BLOCK_END_PENALTY = 150.0  # score of a closing rule (copyright, comments, ...) in a segmented line
# (was 1000: with the block boundaries recovered on whole collapsed pages, 50-300 scored alike on the
# even half and 150 agreed best with the cleaning of the same pages with their line breaks)
REPEATED_MIN_CHARS = 150  # a repeated block this long keeps its first copy
SENTENCE_MIN_WORDS = 3  # a complete short sentence ("Now get prepping!") counts as prose
_TEASER_RE = re.compile(r"(?:\.\.\.|…|\(\d+\)|\[ ?[A-Z][A-Z ]{1,20}\])$")
_SEPARATOR_ELLIPSIS_RE = re.compile(r"[.!?\"”] (?:\.\.\.|…)$")  # ". ..." separates items, it cuts nothing
_TEASER_ENDS = frozenset(".…)]")  # the last character of every teaser ending


def _is_teaser(text: str) -> bool:
    """Whether ``text`` ends like a teaser: cut with an ellipsis, followed by a counter "(185)" or a "[TAG]"."""
    return _TEASER_RE.search(text) is not None and _SEPARATOR_ELLIPSIS_RE.search(text, len(text) - 5) is None


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", errors="replace"), dtype="<u4")


def _char_table(chars: Iterable[int]) -> np.ndarray:
    table = np.zeros(0x10000, dtype=bool)
    table[list(chars)] = True
    return table


_UPPER_TABLE = _char_table(c for c in range(0x10000) if chr(c).isupper())
_LOWER_TABLE = _char_table(c for c in range(0x10000) if chr(c).islower())
_PUNCT_TABLE = _char_table(_PUNCT_CODES.tolist())
_END_TABLE = _char_table(_END_CODES.tolist())
_TERM_TABLE = _char_table(ord(c) for c in ".!?…。！？")
_SPACE_TABLE = _char_table(c for c in range(0x10000) if chr(c).isspace())
_COMMENT_WORDS = frozenset(
    "comment comments reply replies response responses thoughts reactions discussion conversation".split()
)
_ANYWHERE_WORDS = frozenset(
    """subscribe unsubscribe subscribed subscription subscriptions subscriber subscribers newsletter newsletters sign signin
    signup login log register account unlimited unlock trial paywall inbox cookie cookies privacy consent gdpr
    accept personalise personalize personalised personalized
    sell getty shutterstock istock istockphoto epa-efe alamy stay © copyright rights""".split()
)
# caption credits are only tried on lines holding one of these exact tokens
_CAPTION_TOKENS = frozenset(
    f"{pre}{word}{post}"
    for word in ("image", "images", "photo", "photos", "picture", "pictures", "pic", "pics", "credit", "credits",
                 "video", "videos", "photograph", "photographs")
    for pre in ("", "(")
    for post in (":",)
) | frozenset(f"({a}{post}" for a in ("ap", "afp", "reuters", "getty", "epa", "pa", "ap photo") for post in (")", "/"))


_F_SPACE, _F_UPPER, _F_LOWER, _F_PUNCT, _F_TERM, _F_END, _F_DIGIT = 1, 2, 4, 8, 16, 32, 64
_CHAR_FLAGS = (
    _SPACE_TABLE * _F_SPACE + _UPPER_TABLE * _F_UPPER + _LOWER_TABLE * _F_LOWER
    + _PUNCT_TABLE * _F_PUNCT + _TERM_TABLE * _F_TERM + _END_TABLE * _F_END
    # decimal digits (``\d``); code points above U+FFFF are looked up as U+FFFF, which counts as one
    + _char_table([c for c in range(0x10000) if chr(c).isdecimal()] + [0xFFFF]) * _F_DIGIT
).astype(np.uint8)
# token -> bit set: 1 stop word, 2 keyword of an "anywhere" rule, 4 comment-section word
_TOKEN_CODES: dict[str, int] = {}
# (with the punctuation that commonly clings to a word, so tokens need no stripping)
for _tok in _CAPTION_TOKENS:
    _TOKEN_CODES[_tok] = _TOKEN_CODES.get(_tok, 0) | 2
for _bit, _words in ((1, _STOPWORDS), (2, _ANYWHERE_WORDS), (4, _COMMENT_WORDS)):
    for _w in _words:
        for _pre in ("", '"', "“", "‘", "(", "'"):
            for _post in ("", ",", ".", ":", ";", "!", "?", '"', "”", "’", ")", "'", ".”", ",”", '."', ',"'):
                _key = _pre + _w + _post
                _TOKEN_CODES[_key] = _TOKEN_CODES.get(_key, 0) | _bit


# Token codes of long pages come from a polynomial hash of every
# whitespace-delimited token (computed for all tokens at once from prefix sums
# over the code points, arithmetic modulo 2**64), plus its length, looked up in
# a cuckoo table (two slots per key) of the hashed ``_TOKEN_CODES`` keys (distinct
# hashes are checked at import; a foreign token shares a key's 64-bit hash with
# probability ~2**-64). Short pages look their tokens up in the dict: numpy's
# fixed cost per call outweighs it there.
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd, so invertible modulo 2**64
_HASH_BASE_INV = np.uint64(pow(int(_HASH_BASE), -1, 1 << 64))
_HASH_LENGTH_MIX = np.uint64(0x632BE59BD9B4E019)
_SLOT_MIX = np.uint64(0xFF51AFD7ED558CCD)
_SLOT_MIX_2 = np.uint64(0xC4CEB9FE1A85EC53)
_SLOT_BITS = 18
_HASH_MIN_WORDS = 600  # pages with fewer words take the dict lookup
_powers_cache: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _hash_powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``base ** i`` and ``base ** -i`` modulo 2**64 for ``i < n`` (cached, grown by doubling)."""
    if len(_powers_cache[0]) < n:
        size = max(n, 2 * len(_powers_cache[0]))
        for k, factor in enumerate((_HASH_BASE, _HASH_BASE_INV)):
            powers = np.empty(size, dtype=np.uint64)
            powers[0] = 1
            np.cumprod(np.full(size - 1, factor, dtype=np.uint64), out=powers[1:])
            _powers_cache[k] = powers
    return _powers_cache[0][:n], _powers_cache[1][:n]


def _token_hashes(codepoints: np.ndarray, space: np.ndarray, word_pos: np.ndarray) -> np.ndarray:
    """Hash of every token (maximal run of non-space characters starting at ``word_pos``)."""
    n = len(codepoints)
    powers, inverse = _hash_powers(n)
    prefix = np.empty(n + 1, dtype=np.uint64)
    prefix[0] = 0
    np.cumsum(codepoints * powers, out=prefix[1:])
    word_end = np.empty(n, dtype=bool)
    word_end[-1] = not space[-1]
    np.less(space[:-1], space[1:], out=word_end[:-1])
    ends = word_end.nonzero()[0]
    ends += 1
    hashes = prefix[ends]
    hashes -= prefix[word_pos]
    hashes *= inverse[word_pos]
    ends -= word_pos
    hashes += ends.astype(np.uint64) * _HASH_LENGTH_MIX
    return hashes


def _slots(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two candidate slots of each hash in the cuckoo table."""
    shift = np.uint64(64 - _SLOT_BITS)
    return (hashes * _SLOT_MIX) >> shift, (hashes * _SLOT_MIX_2) >> shift


def _build_token_table() -> tuple[np.ndarray, np.ndarray]:
    """Cuckoo table of the token hashes (each key sits in one of its two slots): keys and codes."""
    keys = [k for k in _TOKEN_CODES if not any(c.isspace() for c in k)]  # a token holds no whitespace
    text = " ".join(keys)
    codepoints = _codepoints(text)
    space = (codepoints == 32).view(np.uint8)
    word_pos = np.flatnonzero(np.r_[True, space[:-1] > space[1:]])
    hashes = _token_hashes(codepoints, space, word_pos)
    if len(set(hashes.tolist())) != len(keys):
        raise RuntimeError("token hash collision in the cleaning tables: change _HASH_BASE")
    first, second = (s.tolist() for s in _slots(hashes))
    slot_of = {h: (a, b) for h, a, b in zip(hashes.tolist(), first, second)}
    table: list[int | None] = [None] * (1 << _SLOT_BITS)
    for key in slot_of:
        slot = slot_of[key][0]
        for _ in range(500):
            key, table[slot] = table[slot], key
            if key is None:
                break
            a, b = slot_of[key]
            slot = b if slot == a else a
        else:
            raise RuntimeError("cuckoo table of the cleaning tokens is too full: raise _SLOT_BITS")
    table_keys = np.zeros(len(table), dtype=np.uint64)
    table_codes = np.zeros(len(table), dtype=np.uint8)
    codes = dict(zip(hashes.tolist(), (_TOKEN_CODES[k] for k in keys)))
    for slot, key in enumerate(table):
        if key is not None:
            table_keys[slot], table_codes[slot] = key, codes[key]
    return table_keys, table_codes


_TABLE_KEYS, _TABLE_CODES = _build_token_table()


def _hashed_token_codes(codepoints: np.ndarray, space: np.ndarray, word_pos: np.ndarray) -> np.ndarray:
    """``_TOKEN_CODES`` of every token (0 when absent) from the lower-cased page's code points."""
    hashes = _token_hashes(codepoints, space, word_pos)
    first, second = _slots(hashes)
    codes = np.where(_TABLE_KEYS[first] == hashes, _TABLE_CODES[first], np.uint8(0))
    codes |= np.where(_TABLE_KEYS[second] == hashes, _TABLE_CODES[second], np.uint8(0))
    return codes


@dataclass
class _Page:
    """Per-block counts of a page (blocks joined by newlines) and the blocks holding hint words."""

    n_words: np.ndarray
    n_stop: np.ndarray
    n_cap: np.ndarray
    n_punct: np.ndarray
    n_term: np.ndarray
    n_low: np.ndarray
    n_chars: np.ndarray
    starts_upper: np.ndarray
    ends: np.ndarray
    nl: list[int]  # positions of the newlines between blocks
    hint_blocks: list[int] | None  # blocks with a keyword of the "anywhere" rules (None: unknown)
    comment_blocks: list[int] | None  # blocks with a comment-section word (None: unknown)
    ends_with_colon: np.ndarray  # blocks whose last character is ":"
    n_digits: np.ndarray  # decimal digits per block (an upper bound when the page has code points above U+FFFF)


# Per-word counts are summed per block with one 1-D ``np.add.reduceat`` over
# int64 words that pack several counters in bit fields (a 256-entry table for
# the character flags of the word's first character, another for the token
# codes): capitalised | lower-case | stop word in 21-bit fields, "anywhere"
# keyword | comment word in 32-bit fields. Pages of 2**21 words or more (a
# field could overflow) take the unpacked path.
_FIELD_BITS, _FIELD_MASK = 21, (1 << 21) - 1
_PACK_FLAGS = np.array(
    [bool(f & _F_UPPER) + (bool(f & _F_LOWER) << _FIELD_BITS) for f in range(256)], dtype=np.int64
)
_PACK_STOP = np.array([(c & 1) << (2 * _FIELD_BITS) for c in range(256)], dtype=np.int64)
_PACK_HINTS = np.array([bool(c & 2) + (bool(c & 4) << 32) for c in range(256)], dtype=np.int64)
# punctuation | sentence-final mark | digit of a character, in 21-bit fields (short pages)
_PACK_CHAR_COUNTS = np.array(
    [bool(f & _F_PUNCT) + (bool(f & _F_TERM) << _FIELD_BITS) + (bool(f & _F_DIGIT) << (2 * _FIELD_BITS))
     for f in range(256)], dtype=np.int64,
)
_PACKED_CHAR_COUNTS_MAX = 20_000  # longer pages count from the positions of the few flagged characters


def _page_arrays(joined: str, n_blocks: int, lowered: str | None = None) -> _Page:
    """Words, stop words, capitalised words, punctuation and sentence-final marks per block.

    ``joined`` is the blocks joined by newlines (no block contains one, and
    none is empty or only spaces). All counts come from the code-point array
    of the whole page at once (one byte per character on Latin-1 pages, two
    when no character lies above U+FFFF, else four): one flag byte per character; the flags of word starts and the stop-word /
    keyword codes of the tokens are packed into bit fields of one int64 per
    word and summed per block with ``np.add.reduceat`` (the token codes come
    from ``_TOKEN_CODES``, through token hashes on long pages), punctuation,
    sentence-final marks and digits likewise packed per character on pages of
    up to ``_PACKED_CHAR_COUNTS_MAX`` characters, else counted with ``np.bincount``.
    """
    try:  # one byte per character when the page is Latin-1 (ASCII included), else two when possible
        arr = np.frombuffer(joined.encode("latin-1"), dtype=np.uint8)
        flags = _CHAR_FLAGS[arr]
    except UnicodeEncodeError:
        utf16 = joined.encode("utf-16-le", errors="replace")
        if len(utf16) == 2 * len(joined):  # no code point above U+FFFF: two bytes per character
            arr = np.frombuffer(utf16, dtype="<u2")
            flags = _CHAR_FLAGS[arr]
        else:
            arr = _codepoints(joined)
            flags = _CHAR_FLAGS[np.minimum(arr, 0xFFFF)]
    n_chars_page = len(arr)
    nl = (arr == 10).nonzero()[0]
    first = np.empty(len(nl) + 1, dtype=np.intp)
    first[0] = 0
    np.add(nl, 1, out=first[1:])
    last = np.empty(len(nl) + 1, dtype=np.intp)
    np.subtract(nl, 1, out=last[:-1])
    last[-1] = n_chars_page - 1
    space = flags & _F_SPACE
    word_start = np.empty(n_chars_page, dtype=bool)
    word_start[0] = not space[0]
    np.greater(space[:-1], space[1:], out=word_start[1:])
    word_pos = word_start.nonzero()[0]
    n_words_page = len(word_pos)
    word_first = word_pos.searchsorted(first)
    n_words = np.empty(len(word_first), dtype=np.intp)
    np.subtract(word_first[1:], word_first[:-1], out=n_words[:-1])
    n_words[-1] = n_words_page - word_first[-1]
    if lowered is None:
        lowered = joined.lower()
    word_flags = flags[word_pos]
    if n_words_page >= _HASH_MIN_WORDS and len(lowered) == len(joined):
        # lower-casing kept every character in place, so the tokens are the flag table's words
        # (``str.split`` splits at the same whitespace: no code point above U+FFFF is a space)
        aligned = True
        try:
            lowered_codepoints = np.frombuffer(lowered.encode("latin-1"), dtype=np.uint8)
        except UnicodeEncodeError:  # lone surrogates keep their own code point (no "?" stand-in)
            lowered_codepoints = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        codes = _hashed_token_codes(lowered_codepoints, space, word_pos)
    else:
        tokens = lowered.split()
        aligned = len(tokens) == n_words_page
        if aligned:
            codes = np.frombuffer(bytes(map(_TOKEN_CODES.get, tokens, repeat(0))), dtype=np.uint8)
        else:  # whitespace that str.split and the table disagree on
            codes = np.zeros(n_words_page, dtype=np.uint8)
    if n_words_page < 1 << _FIELD_BITS:
        packed = _PACK_FLAGS[word_flags]
        packed += _PACK_STOP[codes]
        sums = np.add.reduceat(packed, word_first)
        n_cap = sums & _FIELD_MASK
        n_low = (sums >> _FIELD_BITS) & _FIELD_MASK
        n_stop = sums >> (2 * _FIELD_BITS)
        hints = np.add.reduceat(_PACK_HINTS[codes], word_first) if aligned else None
    else:
        planes = np.empty((n_words_page, 2), dtype=np.uint8)
        planes[:, 0] = word_flags
        planes[:, 1] = codes
        word_counts = np.add.reduceat(
            np.unpackbits(planes, axis=1, bitorder="little"), word_first, axis=0, dtype=np.int64
        )
        n_cap, n_low, n_stop = word_counts[:, 1], word_counts[:, 2], word_counts[:, 8]
        hints = word_counts[:, 9] + (word_counts[:, 10] << 32) if aligned else None
    if n_chars_page <= _PACKED_CHAR_COUNTS_MAX:  # one sum per block: fewer numpy calls
        char_sums = np.add.reduceat(_PACK_CHAR_COUNTS[flags], first)
        n_punct = char_sums & _FIELD_MASK
        n_term = (char_sums >> _FIELD_BITS) & _FIELD_MASK
        n_digits = char_sums >> (2 * _FIELD_BITS)
    else:
        punct_pos = (flags & (_F_PUNCT | _F_TERM)).nonzero()[0]
        punct_block = nl.searchsorted(punct_pos)
        punct_flags = flags[punct_pos]
        n_punct = np.bincount(punct_block[punct_flags & _F_PUNCT != 0], minlength=n_blocks)
        n_term = np.bincount(punct_block[punct_flags & _F_TERM != 0], minlength=n_blocks)
        n_digits = np.bincount(nl.searchsorted((flags & _F_DIGIT).nonzero()[0]), minlength=n_blocks)
    if aligned:
        hint_blocks = (hints & 0xFFFFFFFF).nonzero()[0].tolist()
        comment_blocks = (hints >> 32).nonzero()[0].tolist()
    else:
        n_stop = np.array([sum(map(_STOPWORDS.__contains__, map(_STRIP_TOKEN, t.lower().split())))
                           for t in joined.split("\n")], dtype=np.int64)
        hint_blocks = comment_blocks = None
    return _Page(
        n_words=n_words, n_stop=n_stop, n_cap=n_cap,
        n_punct=n_punct, n_term=n_term,
        n_low=n_low, n_chars=last - first + 1,
        starts_upper=(flags[first] & _F_UPPER).astype(bool), ends=(flags[last] & _F_END).astype(bool),
        nl=nl.tolist(), hint_blocks=hint_blocks, comment_blocks=comment_blocks,
        ends_with_colon=arr[last] == 58,
        n_digits=n_digits,
    )


def _score_blocks(
    texts: list[str], page: _Page, cut: np.ndarray | None = None, segmented: np.ndarray | None = None,
    menu_items: np.ndarray | None = None,
) -> np.ndarray:
    """Score blocks: positive for prose, negative for navigation-like text.

    Language-agnostic core: length (``weight`` = max(words, chars / 6)) and
    sentence punctuation. Modifiers: stop words (a small multilingual list;
    used only when the page's language uses them, i.e. at least 6 % of the
    page's words are in the list) and the share of capitalised words, so lists
    of names and title-cased headlines score low. ``menu_items`` (with
    ``segmented``, see :func:`_menu_items`): how many menu lines each block
    stands for.
    """
    n_words, n_stop, n_cap, n_term, ends = page.n_words, page.n_stop, page.n_cap, page.n_term, page.ends
    words = np.maximum(n_words, 1)
    weight = page.n_chars / 6.0
    np.maximum(weight, n_words, out=weight)
    total_words = int(n_words.sum())
    use_stop = total_words > 0 and int(n_stop.sum()) >= _MIN_PAGE_STOP_RATIO * total_words
    has_punct = page.n_punct >= 1
    if use_stop:
        stop_ratio = n_stop / words
        stop_words_ok = stop_ratio >= 0.2
        not_listy = (n_words < 6) | (stop_ratio >= 0.08)
        wordy = has_punct | stop_words_ok
    else:  # no stop-word evidence: sentence punctuation stands in for it, and no block is a list
        stop_words_ok = wordy = has_punct
        not_listy = None
    # a long block counts as prose without a sentence end, unless it is a piece of a
    # segmented line (``cut``) that was cut there: glued headlines, menus
    long_enough = weight >= 16
    if cut is not None:
        long_enough &= ~cut
    prose = (weight >= 6) & (ends | long_enough) & wordy
    half = (weight >= 14) & stop_words_ok
    if not_listy is not None:
        prose &= not_listy
        half &= not_listy
    if cut is not None:
        half &= ~cut
    has_term = n_term >= 1
    # a short complete sentence ("Now get prepping!") is prose too
    prose |= (
        page.starts_upper & has_term & ends & (n_words >= SENTENCE_MIN_WORDS) & (page.n_low >= 0.5 * n_words)
    )
    title_cased = _title_cased(page)
    negative = np.minimum(weight, 30.0)
    negative *= 0.3
    negative += 2.0
    np.negative(negative, out=negative)
    # a long run of capitalised words is a menu or a list of headlines, not prose
    menu = title_cased & (n_words >= MENU_MIN_WORDS)
    # many words without a sentence end: headlines or links glued together
    terms = np.maximum(n_term, 1)
    menu |= (n_words >= RUN_ON_WORDS) & (n_words > RUN_ON_WORDS * terms)
    if segmented is not None:  # pieces of a segmented line end at sentence ends: a stricter limit
        menu |= segmented & (n_words > SEGMENT_RUN_ON_WORDS * terms)
    score = np.where(prose, np.where(title_cased, 0.3 * weight, weight), np.where(half, 0.5 * weight, negative))
    if segmented is not None:
        # a short piece that ends a sentence ("Davis 17 points.") is neutral: splitting a
        # collapsed line at every sentence end must not turn lists of facts into noise
        score = np.where(segmented & ends & has_term & (score < 0), SHORT_SENTENCE_SCORE, score)
    if menu_items is not None and (menu_items > 1).any():
        # a title-cased menu cut from a collapsed line stands for many menu lines: each
        # item weighs as the short menu line it was (and takes its run penalty, see
        # _run_penalties_items)
        negative = np.where(
            menu_items > 1, -(2.0 * menu_items + 0.3 * np.minimum(weight, 30.0 * menu_items)), negative
        )
    return np.where(menu, negative, score)


def _max_region(scores: np.ndarray) -> tuple[int, int]:
    """Maximum-sum contiguous run ``[start, stop)`` of ``scores`` ((0, 0) if none is positive).

    Vectorised Kadane: the best run ending at j starts after the minimum
    prefix sum before j; ties prefer the earliest end.
    """
    if len(scores) == 0:
        return 0, 0
    prefix = np.zeros(len(scores) + 1)
    scores.cumsum(out=prefix[1:])
    gains = prefix[1:] - np.minimum.accumulate(prefix[:-1])
    j = int(gains.argmax())
    if gains[j] <= 0:
        return 0, 0
    start = int(prefix[: j + 1].argmin())  # earliest minimum: the longest run
    return start, j + 1


def _title_cased(page: _Page) -> np.ndarray:
    """Blocks of four or more words, most of them capitalised (stop words count half): headlines, menus."""
    n_words, n_cap = page.n_words, page.n_cap
    return (n_words >= 4) & ((n_cap - 0.5 * np.minimum(page.n_stop, n_cap)) / np.maximum(n_words, 1) > 0.6)


def _menu_items(page: _Page, segmented: np.ndarray) -> np.ndarray:
    """How many menu lines each block stands for.

    A title-cased piece of a segmented line of :data:`MENU_MIN_WORDS` words
    or more stands for one line per :data:`MENU_ITEM_WORDS` words, any other
    block for one.
    """
    n_words = page.n_words
    long_menu = segmented & _title_cased(page) & (n_words >= MENU_MIN_WORDS)
    return np.where(long_menu, np.maximum(n_words // MENU_ITEM_WORDS, 1), 1)


def _run_multiplier_sums(m: np.ndarray) -> np.ndarray:
    """Sum of the run multipliers of the first ``m`` blocks of a run (see :func:`_run_penalties`)."""
    full = int((RUN_PENALTY_CAP - 1.0) / RUN_PENALTY_STEP) + 1  # the multiplier reaches its cap here
    head = np.minimum(m, full)
    return head + RUN_PENALTY_STEP * head * (head - 1) / 2 + RUN_PENALTY_CAP * np.maximum(m - full, 0)


def _run_penalties_items(scores: np.ndarray, items: np.ndarray) -> np.ndarray:
    """:func:`_run_penalties` where a non-positive block stands for ``items`` blocks of a run.

    A menu cut from a collapsed line takes the multipliers its menu lines
    would have taken one after the other; blocks of one item are weighed as
    by :func:`_run_penalties`.
    """
    neg = scores <= 0
    if not neg.any():
        return scores
    counted = np.where(neg, items, 0)
    total = np.cumsum(counted)
    before = total - counted - np.maximum.accumulate(np.where(neg, 0, total))  # items of the run before the block
    mult = (_run_multiplier_sums(before + items) - _run_multiplier_sums(before)) / items
    return np.where(neg, scores * mult, scores)


def _run_penalties(scores: np.ndarray) -> np.ndarray:
    """Multiply non-positive scores by 1, 1.5, 2, ... (capped) along each run of them."""
    neg = scores <= 0
    if not neg.any():
        return scores
    idx = np.arange(len(scores))
    run = idx - np.maximum.accumulate(np.where(neg, -1, idx))  # 1-based position inside a run of non-positive scores
    mult = np.minimum(1.0 + RUN_PENALTY_STEP * (run - 1), RUN_PENALTY_CAP)
    return np.where(neg, scores * mult, scores)


def _blocks_of(pattern: re.Pattern, joined: str, nl: list[int]) -> list[int]:
    """Sorted indices of the blocks of ``joined`` where ``pattern`` occurs (``nl``: newline positions)."""
    blocks = {bisect_right(nl, m.start()) for m in pattern.finditer(joined)}
    return sorted(blocks)
