"""Segmentation of long lines and recovery of the blocks of pages that lost their line breaks (step 5).

``_is_collapsed`` tells a line whose breaks collapsed from a long paragraph of
a page that kept them. ``_segment_line`` splits such a line at sentence ends,
table pipes and bullet separators, glued sidebar counters, before the words
that open boilerplate lines, around comment authors, after clock times and
counters, around standalone dates and where a run of capitalised menu words
turns into prose; on a page that lost (nearly) all its breaks also around the
page title (``_collapsed_title``), doubled headlines, datelines, " * " bullets,
comment counters, lost block boundaries and related-list headers, and cuts
closing headers off the first item glued to them. ``_pieces_around`` and
``_split_at`` cut a text around spans or regex matches.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from helpers.cleaning.dates import _DATE_CORE_RE, _MONTH_RE, _TIME_RE, _WEEKDAY_RE, _YEAR_RE
from helpers.cleaning.sidebars import _GLUED_COUNTER
from helpers.cleaning.title import TITLE_MAX_WORDS, _looks_like_title
from helpers.cleaning.rules import LINE_RULES, _BLOCK_END_RULES, _factor_first_letters, _line_pattern

SEGMENT_MIN_CHARS = 1200
# capitalised words that open navigation, share, subscribe, comment, credit... lines
_BOILERPLATE_START = (
    r"(?:Share(?: this| on| via|:)|Click (?:to|here)|Follow us|Advertisement|ADVERTISEMENT|Sponsored|"
    r"Related(?: Articles| Stories| News| Posts|:)|Read (?:more|More|next|Next|also|Also)|"
    r"Most (?:Read|Popular|Viewed|Shared)|Comments|Leave a (?:Reply|Comment)|Subscribe|Sign (?:up|in|Up|In)|"
    r"Log ?in|Copyright|©|All rights reserved|Tags:|Topics:|Posted (?:by|in)|Filed under|Photo:|Image:|Credit:|"
    r"(?:Image|Photo) (?:copyright|caption|credit|source)|"
    r"Recommended|Trending|Privacy Policy|Terms of|Newsletter|You (?:may|might) also|More from|See also|"
    r"Also read|Previous (?:article|post|Article|Post)|Next (?:article|post|Article|Post))\b"
)
COLLAPSED_MIN_CHARS = 3000  # a line this long is taken as a page whose line breaks collapsed ...
COLLAPSED_PAGE_SHARE = 0.5  # ... and so is a line of SEGMENT_MIN_CHARS or more holding this share of the page
COLLAPSED_TITLE_MIN_WORDS = 4  # the fewest words of a title found again further down a collapsed page
_COLLAPSED_TITLE_MAX_TRIES = 100  # occurrences of a title candidate looked at, at most
LOST_BREAKS_LINE_CHARS = 1000  # a page with this many characters per line or more lost its line breaks


def _is_collapsed(line_chars: int, page_chars: int) -> bool:
    """Whether a line is a run of blocks whose line breaks were lost (it is then segmented).

    Long paragraphs of a page that kept its line breaks stay whole.
    """
    return line_chars >= SEGMENT_MIN_CHARS and (
        line_chars >= COLLAPSED_MIN_CHARS or line_chars >= COLLAPSED_PAGE_SHARE * page_chars
    )
_SENTENCE_SPLIT = (
    # sentence end, not after an initial or a title/month abbreviation (the regex starts with
    # the punctuation, so the engine only stops there)
    r"[.!?…](?<![\s.][A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!Jr\.)(?<!Mrs\.)(?<!Gov\.)(?<!Sen\.)"
    r"(?<!Rep\.)(?<!Jan\.)(?<!Feb\.)(?<!Aug\.)(?<!Sep\.)(?<!Oct\.)(?<!Nov\.)(?<!Dec\.)(?<!Sept\.)"
    r"[\"'”’)\]]*(?P<gap>\s+)(?=[\"“‘(\[]?[A-Z0-9À-Ý])"
)
_SEGMENT_SPLIT_RE = re.compile(
    r"(?=[.!?…\s。！？])(?:"  # every alternative starts there: the engine skips other positions fast
    + _SENTENCE_SPLIT
    + r"|[。！？]+[」』）”\"]*(?P<gap4>\s*)(?=\S)"  # a CJK sentence end (no space needed after it)
    + r"|(?P<gap2>\s+[|•·»]\s+)"  # table pipe between cells, bullet and breadcrumb separators
    + r"|(?P<gap3>\s)(?=" + _GLUED_COUNTER + ")"
    + r")"
)  # ... and before a glued sidebar counter (as _SIDEBAR_SPLIT_RE)
# capitalised function words that open a sentence or a headline, never a name
_OPENING_WORDS = (
    r"(?:The|A|An|This|That|These|Those|How|Why|What|When|Where|Who|Which|Here|Here's|Here’s|There|There's|"
    r"It|It's|It’s|We|You|He|She|They|Our|Your|My|His|Her|Their|In|On|At|For|With|From|As|After|Before|"
    r"If|Is|Are|Do|Does|Did|Was|Were|Has|Have|Should|Would|Could|Why's|What's|What’s)"
)
# every alternative starts at white space: the lookahead lets the engine skip other
# positions without trying the lookbehinds
_COLLAPSED_SPLITS = (
    # where line breaks collapsed: before the words that open boilerplate lines
    # (see LINE_RULES), so those rules can see them as whole segments ...
    r"\s+(?=" + _BOILERPLATE_START + r")"
    # ... around WordPress-style comment authors ("jane says: November 19, 2019 at 7:06 am") ...
    + r"|\s+(?=\S+ says: (?:" + _MONTH_RE + r"|\d))|(?<=says:)\s+(?=(?:" + _MONTH_RE + r"|\d))"
    # ... after clock times ("7:06 am Next", "18:08 Is") and counters ("(185) Next") before a capital
    + r"|(?<=\d:\d\d [ap]m)\s+|(?<=\d:\d\d [AP]M)\s+|(?<=\d:\d\d)\s+(?=[A-Z])(?!(?:[AP]\.?M\b|GMT|UTC|CET|CEST|EST|EDT|BST)\b)|(?<=\d\))\s+(?=[A-Z])"
)
_COLLAPSED_SPLIT_RE = re.compile(r"(?=\s)(?:" + _COLLAPSED_SPLITS + ")")

# capitalised headers of related / most-read lists (see the ``related_block`` rule), before the
# first item of the list
_CLOSING_HEADS = (
    r"(?:Most (?i:read|popular|viewed|shared|commented|watched)"
    r"|(?:Latest|Top|More|Related|Recommended|Popular|Trending) (?i:stories|news|articles|posts|headlines|videos)"
    r"|You (?:may|might) (?:also )?(?i:like|enjoy)|Recommended for [Yy]ou|Read [Nn]ext|Up [Nn]ext|More from)"
)
_CLOSING_HEADS_RE = re.compile(_CLOSING_HEADS)
# a news agency dateline that opens an article: "HANOI, Vietnam (AP) — ", "Hong Kong (CNN Business) - ",
# before a capital (not a ticker or an acronym in a sentence: "Apple Inc (AAPL) - the iPhone maker")
_DATELINE_RE = re.compile(r"(?<!\S)(?:[A-Z][\w.'’-]*,? ){1,4}\([A-Z][\w ]{1,25}\) ?[—–-]{1,2} (?=[\"“‘]?[A-Z])")
_DATELINE_HINT_RE = re.compile(r"\) ?[—–-]{1,2} ")


def _split_datelines(text: str) -> list[str]:
    """Split ``text`` before news-agency datelines ("HANOI, Vietnam (AP) — ", "Hong Kong (CNN Business) - ")."""
    if _DATELINE_HINT_RE.search(text) is None:
        return [text]
    return _pieces_around(text, ((m.start(), m.start(), ()) for m in _DATELINE_RE.finditer(text) if m.start()))


# Where a whole page lost its line breaks (not a long paragraph of a page that kept them), also
# split around comment counters ("1 comment", "12 Responses"), after "Leave a Reply", at " * "
# bullets, before related-list headers, and at lost block boundaries: a lower-case word (or a
# number) directly followed by a capitalised function word and a lower-case word ("... hotel
# attack Here's what we know"); inside a sentence such a word is never capitalised.
_LOST_BREAK_SPLIT_RE = re.compile(
    r"(?=\s)(?:" + _COLLAPSED_SPLITS
    + r"|(?<![a-z,])\s+(?=\d{1,5} (?:[Cc]omments?|[Rr]espon(?:se|ses)|[Rr]eplies)(?: [\"“‘(]?[A-Z0-9]|$))"
    + r"|(?<=[tsy])(?:(?<=\d [Cc]omment)|(?<=\d [Cc]omments)|(?<=\d [Rr]esponses)|(?<=\d [Rr]eplies)"
    + r"|(?<=[Ll]eave a [Rr]eply)|(?<=[Ll]eave a [Cc]omment))\s+(?=[\"“‘(]?[A-Z0-9])"  # (last letter first: fast)
    + r"|(?<=[a-z0-9)])\s+(?=" + _factor_first_letters(_OPENING_WORDS) + r" [a-z])"
    + r"|(?P<gap6>\s+\*\s+)"  # list bullets written as " * " (inscriptis)
    + r"|\s+(?=" + _factor_first_letters(_CLOSING_HEADS) + r" [\"“‘(]?[A-Z0-9])"
    + r")"
)


def _pieces_around(text: str, spans: Iterable[tuple[int, int, Sequence[str]]]) -> list[str]:
    """``text`` cut at ``spans`` (start, end, pieces), in order and not overlapping.

    Each span is replaced by its ``pieces``; the text between spans is kept
    stripped, unless it is only white space.
    """
    out: list[str] = []
    pos = 0
    for start, end, pieces in spans:
        between = text[pos:start].strip()
        if between:
            out.append(between)
        out.extend(pieces)
        pos = end
    rest = text[pos:].strip()
    if rest:
        out.append(rest)
    return out


def _split_at(pattern: re.Pattern, text: str) -> list[str]:
    """Pieces of ``text`` between the matches of ``pattern`` (its ``gap*`` group, else the match, is dropped)."""
    pieces: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.lastgroup in ("gap", "gap2", "gap3", "gap4", "gap6"):
            a, b = m.span(m.lastgroup)
        else:
            a, b = m.span()
        if a > pos:
            pieces.append(text[pos:a])
        pos = max(pos, b)
    pieces.append(text[pos:])
    return pieces


_TOKEN_SPAN_RE = re.compile(r"\S+")
DOUBLED_MIN_WORDS = 4  # a run of this many words given twice in a row is a teaser's doubled headline
_CAP_WINDOW, _CAP_MIN = 7, 6
_CAP_START_RE = re.compile(r"[A-Z0-9](?<!\S.)")  # a word starting with a capital or digit (charset first: fast scan)


def _split_cap_runs(part: str) -> list[str]:
    """Split where a run of capitalised words (menus, headlines) turns into prose.

    A split goes before a capitalised word followed by two lower-case words
    when at least 6 of the 7 words before it are capitalised or numeric.
    """
    spans = [(m.start(), m.end()) for m in _TOKEN_SPAN_RE.finditer(part)]
    if len(spans) < _CAP_WINDOW + 3:
        return [part]
    cap = [part[a].isupper() or part[a].isdigit() for a, _ in spans]
    low = [part[a].islower() for a, _ in spans]
    cuts = []
    run = sum(cap[:_CAP_WINDOW])
    for i in range(_CAP_WINDOW, len(spans) - 2):
        if cap[i] and low[i + 1] and low[i + 2] and run >= _CAP_MIN and (not cuts or i - cuts[-1] > _CAP_WINDOW):
            cuts.append(i)
        run += cap[i] - cap[i - _CAP_WINDOW]
    if not cuts:
        return [part]
    bounds = [0] + [spans[i][0] for i in cuts] + [len(part)]
    return [part[x:y].strip() for x, y in zip(bounds, bounds[1:]) if part[x:y].strip()]


# a date or relative time ("13 hours ago") standing between blocks (a dateline, the date after a
# teaser's byline): not after a lower-case word ("on May 2, 2019") and not followed by a comma or
# a lower-case word
_STANDALONE_DATE_RE = re.compile(
    r"(?<![\w,;:])(?:(?:" + _WEEKDAY_RE + r")?" + _DATE_CORE_RE + _TIME_RE
    + r"|(?:\d{1,2}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)(?=$| (?![a-z]))"
)


def _split_dates(part: str) -> list[str]:
    """Split ``part`` before and after the dates and relative times that stand between blocks."""
    if not _YEAR_RE.search(part) and " ago" not in part:
        return [part]

    def standalone_dates() -> Iterable[tuple[int, int, tuple[str]]]:
        pos = 0
        for m in _STANDALONE_DATE_RE.finditer(part):
            last_word = part[pos:m.start()].strip().rsplit(" ", 1)[-1]
            if last_word[:1].islower() and not m.group(0).endswith(" ago"):  # "on May 2, 2019 ..."
                continue
            yield m.start(), m.end(), (m.group(0).strip(),)
            pos = m.end()

    return _pieces_around(part, standalone_dates()) or [part]


# a run of words directly repeated: teaser cards that give their headline twice (image text and
# link), which were two lines before the line breaks collapsed
_DOUBLED_RE = re.compile(r"(?<!\S)([A-Z0-9\"“‘(][^ ]*(?: [^ ]+){%d,30}?) \1(?!\S)" % (DOUBLED_MIN_WORDS - 1))


def _split_doubled(part: str) -> list[str]:
    """Split ``part`` around word runs given twice in a row ("Headline Headline Teaser text")."""
    matches = list(_DOUBLED_RE.finditer(part)) if len(part) >= 40 else []
    if not matches:
        return [part]
    return _pieces_around(part, ((m.start(), m.end(), (m.group(1), m.group(1))) for m in matches))


# a header that closes the article ("Most read in world news", "3 Comments", "About Jane Doe")
# glued to the first item after it, which starts with a capital
_CLOSING_HEAD_RE = re.compile(
    "(?:" + "|".join(_line_pattern(pat) for name, pat in LINE_RULES
                     if name in _BLOCK_END_RULES and name != "copyright") + r")(?= [\"“‘(]?[A-Z0-9])"
)


def _split_closing_head(part: str) -> list[str]:
    """Split a closing header (see :data:`_BLOCK_END_RULES`, imported from rules) off the start of ``part``."""
    m = _CLOSING_HEAD_RE.match(part)
    if m is None or m.end() >= len(part) or "," in m.group():
        return [part]
    if part[-1] in ".!?" and _CLOSING_HEADS_RE.match(m.group()) is None:
        # a sentence that opens like a header: "In other words Congress has failed to act."
        return [part]
    return [part[:m.end()], part[m.end():].strip()]


def _collapsed_title(line: str) -> str | None:
    """The title at the start of a page that lost its line breaks, else None.

    The longest run of the first words (at least :data:`COLLAPSED_TITLE_MIN_WORDS`,
    at most :data:`~helpers.cleaning.title.TITLE_MAX_WORDS`) that looks like a
    headline, does not start in lower case nor run on into a lower-case word (a
    sentence: a cleaned body keeps its first paragraph), and occurs again further
    down the page (the page title repeated as the article's headline).
    """
    if line[:1].islower():  # a headline does not start in lower case
        return None
    words = line.split(" ", TITLE_MAX_WORDS + 1)
    for k in range(min(len(words) - 1, TITLE_MAX_WORDS), COLLAPSED_TITLE_MIN_WORDS - 1, -1):
        following = words[k].split(" ", 1)[0]
        if following[:1].islower():  # the sentence goes on: not a headline before the next block
            continue
        prefix = " ".join(words[:k])
        if not _looks_like_title(prefix):
            continue
        j = line.find(f" {prefix} ", len(prefix))
        # not inside a sentence (after a lower-case word; the title's own last word does not
        # count when the repeat follows at once), nor the start of a longer passage given twice
        # (the same word follows both copies); periodic text gives up after a few occurrences
        for _ in range(_COLLAPSED_TITLE_MAX_TRIES):
            if j < 0 or not (
                (j > len(prefix) and _after_lower_word(line, j))
                or line.startswith(following + " ", j + len(prefix) + 2)
            ):
                break
            j = line.find(f" {prefix} ", j + 1)
        else:
            j = -1
        if j >= 0:
            return prefix
    return None


def _after_lower_word(text: str, pos: int) -> bool:
    """Whether the word before position ``pos`` (a space) starts with a lower-case letter."""
    return text[text.rfind(" ", 0, pos) + 1:pos][:1].islower()


def _split_around(text: str, needle: str) -> list[str]:
    """``text`` split around the whole-word occurrences of ``needle`` that do not follow a lower-case word."""
    occurrences = re.finditer(r"(?<!\S)" + re.escape(needle) + r"(?!\S)", text)
    return _pieces_around(text, ((m.start(), m.end(), (needle,)) for m in occurrences
                                 if not (m.start() and _after_lower_word(text, m.start() - 1))))


def _segment_line(line: str, whole_page: bool = False, title: str | None = None) -> list[str]:
    """Split a collapsed line into block-like segments (lossless up to spaces).

    Used on lines that :func:`_is_collapsed` takes for a page (or a part of
    one) whose line breaks were lost. Splits at sentence ends (not after
    initials or title/month abbreviations), table pipes and bullet
    separators, glued sidebar counters, before the words that open
    boilerplate lines, around comment-author lines, after clock times and
    counters followed by a capital, around dates standing between blocks, and
    where a run of capitalised menu words turns into prose. Kept segments of
    a line are joined again with a space.

    Parameters
    ----------
    line : str
        A line taken for collapsed blocks.
    whole_page : bool
        The page lost (nearly) all its line breaks: also split around
        ``title``, doubled headlines, datelines, " * " bullets, comment
        counters, lost block boundaries before capitalised function words and
        related-list headers, and cut closing headers off the first item
        glued to them (see :mod:`helpers.cleaning`, step 5).
    title : str, optional
        The page title found by :func:`_collapsed_title`.
    """
    if len(line) < SEGMENT_MIN_CHARS:
        return [line]
    out: list[str] = []
    if whole_page:
        chunks = _split_around(line, title) if title else [line]
        chunks = [e for c in chunks for d in _split_doubled(c) for e in _split_datelines(d)]
        collapsed_split, head_split = _LOST_BREAK_SPLIT_RE, _split_closing_head
    else:
        chunks, collapsed_split, head_split = [line], _COLLAPSED_SPLIT_RE, None
    pieces = [q for c in chunks for p in _split_at(_SEGMENT_SPLIT_RE, c) for q in _split_at(collapsed_split, p)]
    for p in pieces:
        if p and not p.isspace():
            p = p.strip()
            for q in _split_dates(p):
                for h in head_split(q) if head_split is not None else (q,):
                    out.extend(_split_cap_runs(h) if len(h) > 80 and len(_CAP_START_RE.findall(h)) >= _CAP_MIN else [h])
    return out
