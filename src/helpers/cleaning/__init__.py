"""Stage 1: turn scraped article text into a clean title, body and audit trail.

The cleaner works on *text* (no HTML needed) and is built so that every cut can
be audited: each dropped line or span is reported with the name of the rule
that dropped it.

Pipeline of :func:`clean_article`
---------------------------------
1. **Normalisation** (:func:`normalize_text`,
   :mod:`~helpers.cleaning.normalise`): HTML entities unescaped (doubly escaped
   ones too), mojibake (``â€™``, ``Ã©``) repaired with ``ftfy`` only on the
   lines where a cheap detector fires, Unicode NFC, zero-width characters and
   soft hyphens removed, non-breaking and exotic spaces, tabs and control
   characters turned into plain spaces, runs of spaces collapsed, spaces at line
   edges stripped, detached drop caps ("W hile") re-attached. Case and script
   are never changed.
2. **Markup remnants** (rules ``markup_image``, ``markup_link``, ``table_pipe``;
   :mod:`~helpers.cleaning.normalise`): image markdown is dropped, link markdown
   keeps its anchor text, table pipes at line edges and pipe-only lines are
   dropped.
3. **Sidebars as data** (rule ``related_sidebar``,
   :mod:`~helpers.cleaning.sidebars`): runs of related-article headlines glued
   to view counts and times (``21700:45Next headline``, with ``HH:MM``,
   ``Yesterday, HH:MM`` or ``DD.MM.YYYY, HH:MM``) are parsed into
   :class:`RelatedItem` records; relative times are resolved against
   ``reference_time``.
4. **Title** (rule ``title``, :mod:`~helpers.cleaning.title`): the first line
   when it looks like a headline (2-30 words, no sentence end inside or at the
   end — closing quotes and brackets aside —, and not a lead paragraph: a line
   of 19 words or more, mostly in lower case, is body text), or the ``title``
   hint of the caller; site suffixes (``" - WSJ"``) are stripped. Later lines
   repeating it are dropped (rule ``title_repeat``). Cleaning a cleaned body
   thus keeps its first paragraph (idempotence, checked on the BBC and Zyte
   corpora).
5. **Blocks** (:mod:`~helpers.cleaning.segment`): every line is a block. A line
   whose breaks collapsed (at least :data:`SEGMENT_MIN_CHARS` characters and
   either :data:`COLLAPSED_MIN_CHARS` long or half the page) is split into
   segments at sentence ends (not after initials or title/month abbreviations;
   CJK ``。！？`` need no space after them), table pipes and bullet separators,
   glued sidebar counters, before the words that open boilerplate lines ("Share
   this", "Click to", "Related", "©"...), around comment-author lines ("jane
   says: November 19, 2019 at 7:06 am"), after clock times and counters followed
   by a capital, around dates and relative times ("13 hours ago") that stand
   between blocks (a dateline, the date after a teaser's byline; not a date
   inside a sentence), and where a run of capitalised menu words turns into
   prose. When the whole page lost its line breaks
   (:data:`LOST_BREAKS_LINE_CHARS` characters per line or more, not just a long
   paragraph), the blocks the page had are recovered further (rule names in
   brackets are the rules that then see them whole):

   * **page title**: the longest run of the page's first words that looks like
     a headline, not followed by a lower-case word, and comes again further
     down, not after a lower-case word and
     not followed by the same word as at the start (a passage given twice),
     is the title (the ``<title>`` repeated as the headline; ``title``); the
     page is split around its other occurrences (``title_repeat``);
   * **doubled headlines**: a run of :data:`DOUBLED_MIN_WORDS` or more words
     given twice in a row (a teaser card's image text and link) is split off
     as two blocks (repeats, so non-prose);
   * **lost block boundaries**: before a capitalised function word ("The",
     "Here's", "How", "A"...) followed by a lower-case word, right after a
     lower-case word or a number ("... hotel attack Here's what we know"):
     inside a sentence such a word is not capitalised (0.2 % of the sentences
     of the BBC corpus hold one: titles of works);
   * **comment counters and prompts**: around "1 comment", "12 Responses" and
     after "Leave a Reply" (``comments``, ``share``);
   * **datelines and bullets**: before a news-agency dateline ("HANOI,
     Vietnam (AP) — ") and at list bullets written as " * ";
   * **related-list headers**: before a capitalised header such as "Latest
     Stories", "Most read", "You may also like", "More from" followed by a
     capitalised first item, and a header that closes the article
     (:data:`_BLOCK_END_RULES` but copyright; no comma in it; a one-word
     header not before a whole sentence) is cut off the first item glued to
     it (``related_block``, ``comments``, ``author_bio``).

   The pieces are scored with a few stricter global settings (a
   piece cut without sentence end is not prose by length alone,
   :data:`SEGMENT_RUN_ON_WORDS`, short complete sentences are neutral, a
   complete sentence found earlier on the page is a repeat, later dates weigh
   :data:`SEGMENT_REPEATED_DATE_PENALTY`, a long title-cased menu stands for
   one menu line per :data:`MENU_ITEM_WORDS` words and takes the growing run
   penalties those lines would have taken, closing rules weigh
   :data:`SEGMENT_BLOCK_END_PENALTY` — copyright lines only when they are a
   site's notice, not an image credit). Kept segments of one line are joined
   again with a space. Long paragraphs of pages that kept their line breaks
   stay whole.
6. **Named line rules** (:data:`LINE_RULES`, :data:`RULES`,
   :mod:`~helpers.cleaning.rules`): navigation, share/follow,
   subscribe/newsletter/sign-in, cookie/privacy, advertisement, byline, photo
   credit and caption credits, "Read more" links, tags, comment prompts,
   related/most-read headers, copyright notices, URL-only lines, and date lines
   (rule ``date_line``; the first one gives ``published_at``, else the first
   date glued onto a byline, else the first date in the few header blocks before
   the main text). A reader-comment section ("34 Comments" followed by "jane
   says:" lines) is cut from its start (rule ``comment_section``,
   :mod:`~helpers.cleaning.comments`).
7. **Main-text region** (rule ``outside_main_text``;
   :mod:`~helpers.cleaning.blocks`, :mod:`~helpers.cleaning.analysis`): each
   block gets a score from features computed for the whole page at once with
   numpy — length, sentence punctuation, stop words (small multilingual list,
   used only when the page's language uses them), share of capitalised words,
   complete short sentences. Prose scores its weight (about its word count),
   navigation-like blocks a small negative score, rule-matched blocks -4
   (headers that close an article such as "Most popular", "Comments" or a
   copyright line: -25). Repeated blocks (a passage of 150+ characters keeps its
   first copy: some pages hold the article twice), teasers ("…", "(185)",
   "[VIDEO]"), dates after the first, long title-cased menus and run-on headline
   lists count as non-prose; prose between two non-prose blocks is
   down-weighted; penalties grow along a run of non-prose blocks. The contiguous
   region of maximum total score (Kadane's maximum-sum subarray, as in
   boilerpipe/jusText-style extractors) is kept; rule-matched blocks inside it
   are still dropped. The global parameters (``RUN_PENALTY_*``,
   ``ISOLATED_PROSE_FACTOR``, ...) were set looking at the even half of the Zyte
   benchmark pages only. Pages of a few blocks (:data:`SMALL_PAGE_BLOCKS`,
   :data:`SMALL_PAGE_CHARS`) take a pure-Python twin of this step that gives the
   same result (numpy's fixed cost per call outweighs it there;
   :mod:`~helpers.cleaning.small_page`).

Corpus level
------------
:func:`clean_corpus` (:mod:`~helpers.cleaning.corpus`) maps
:func:`clean_article` over the ingested documents (``helpers.io.load_corpus``),
detects the language (fastText's model, see :func:`detect_language` in
:mod:`~helpers.cleaning.language`), marks documents outside
``allowed_languages``, finds exact and near duplicates (:mod:`helpers.dedup`)
and returns the four stage-1 tables of the data contract: ``articles``,
``sentences``, ``related_links``, ``removed_spans``.

All per-document work is in plain functions (text in, records out), so it can
be mapped over Dask partitions unchanged.

Modules
-------
One concern a module; each imports only from the ones above it:

* :mod:`~helpers.cleaning.normalise` — normalisation, markup remnants;
* :mod:`~helpers.cleaning.dates` — :func:`parse_date`, date regex pieces, ``reference_time``;
* :mod:`~helpers.cleaning.sidebars` — :class:`RelatedItem`, sidebars with glued counters;
* :mod:`~helpers.cleaning.title` — headline test, site suffixes, title keys;
* :mod:`~helpers.cleaning.rules` — :data:`RULES`, :data:`LINE_RULES` and their scanners;
* :mod:`~helpers.cleaning.segment` — segmentation of long lines, collapsed-page recovery;
* :mod:`~helpers.cleaning.blocks` — block features and scores (numpy), region parameters;
* :mod:`~helpers.cleaning.comments` — reader-comment sections;
* :mod:`~helpers.cleaning.small_page` — the plain-Python twin of the block features;
* :mod:`~helpers.cleaning.analysis` — rules, date and main-text region of a page's blocks;
* :mod:`~helpers.cleaning.article` — :class:`CleanArticle`, :func:`clean_article`;
* :mod:`~helpers.cleaning.language` — :func:`detect_language`;
* :mod:`~helpers.cleaning.evaluation` — :func:`shingle_scores`, :func:`corpus_shingle_scores`;
* :mod:`~helpers.cleaning.corpus` — :func:`clean_document`, :func:`clean_partition`,
  :func:`apply_duplicates`, :func:`clean_corpus`, the table helpers :func:`rule_counts`
  and :func:`duplicate_groups`.

The public names are re-exported here (``from helpers.cleaning import clean_article``);
so are the parameters and column lists, for reading: a parameter is read by the
functions of the module that defines it, so that is where to change it.
"""

from helpers.cleaning.normalise import normalize_text
from helpers.cleaning.dates import parse_date
from helpers.cleaning.sidebars import RelatedItem
from helpers.cleaning.rules import LINE_RULES, RULES
from helpers.cleaning.article import CleanArticle, clean_article
from helpers.cleaning.language import detect_language
from helpers.cleaning.evaluation import corpus_shingle_scores, shingle_scores
from helpers.cleaning.corpus import (
    apply_duplicates,
    clean_corpus,
    clean_document,
    clean_partition,
    duplicate_groups,
    rule_counts,
)

# the parameters and column lists, for reading (``helpers.cleaning.SEGMENT_MIN_CHARS``); to change
# one, set it on the module that defines it, whose functions read it from there
from helpers.cleaning.title import LEAD_MIN_WORDS, TITLE_MAX_WORDS  # noqa: F401
from helpers.cleaning.segment import (  # noqa: F401
    COLLAPSED_MIN_CHARS,
    COLLAPSED_PAGE_SHARE,
    COLLAPSED_TITLE_MIN_WORDS,
    DOUBLED_MIN_WORDS,
    LOST_BREAKS_LINE_CHARS,
    SEGMENT_MIN_CHARS,
)
from helpers.cleaning.blocks import (  # noqa: F401
    HEADER_DATE_BLOCKS,
    ISOLATED_PROSE_FACTOR,
    MENU_ITEM_WORDS,
    MENU_MIN_WORDS,
    REPEATED_DATE_PENALTY,
    REPEATED_MIN_CHARS,
    RUN_ON_WORDS,
    RUN_PENALTY_CAP,
    RUN_PENALTY_STEP,
    SEGMENT_BLOCK_END_PENALTY,
    SEGMENT_REPEATED_DATE_PENALTY,
    SEGMENT_RUN_ON_WORDS,
    SENTENCE_MIN_WORDS,
    SHORT_SENTENCE_SCORE,
)
from helpers.cleaning.analysis import SMALL_PAGE_BLOCKS, SMALL_PAGE_CHARS  # noqa: F401
from helpers.cleaning.corpus import (  # noqa: F401
    ARTICLE_COLUMNS,
    RELATED_COLUMNS,
    REMOVED_COLUMNS,
    SENTENCE_COLUMNS,
)

__all__ = [
    "RULES",
    "CleanArticle",
    "RelatedItem",
    "clean_article",
    "apply_duplicates",
    "clean_corpus",
    "clean_document",
    "clean_partition",
    "LINE_RULES",
    "normalize_text",
    "parse_date",
    "detect_language",
    "rule_counts",
    "duplicate_groups",
    "shingle_scores",
    "corpus_shingle_scores",
]
