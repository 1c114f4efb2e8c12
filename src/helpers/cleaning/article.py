"""The public per-document API: :class:`CleanArticle` and :func:`clean_article`.

:func:`clean_article` runs the pipeline described in :mod:`helpers.cleaning`
(normalisation, markup, sidebars, title, blocks and segmentation, line rules,
main-text region) on one scraped text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from helpers.cleaning.normalise import _strip_markup, _strip_pipes, normalize_text
from helpers.cleaning.dates import _as_datetime
from helpers.cleaning.sidebars import _SIDEBAR_SPLIT_RE, RelatedItem, _parse_sidebars
from helpers.cleaning.title import _looks_like_title, _norm_key, _strip_site_suffix
from helpers.cleaning.segment import (
    LOST_BREAKS_LINE_CHARS,
    SEGMENT_MIN_CHARS,
    _SEGMENT_SPLIT_RE,
    _collapsed_title,
    _is_collapsed,
    _segment_line,
    _split_at,
)
from helpers.cleaning.analysis import _analyse_blocks


@dataclass
class CleanArticle:
    """Result of :func:`clean_article`.

    Attributes
    ----------
    title : str
        Headline ("" when none was found).
    body : str
        Article text, paragraphs separated by a blank line.
    published_at : datetime or None
        From the first date line of the text.
    related : list of RelatedItem
        Sidebar headlines, in page order.
    removed : list of (text, rule)
        Every dropped line or span with the rule (see :data:`RULES`) that dropped it.
    """

    title: str
    body: str
    published_at: datetime | None = None
    related: list[RelatedItem] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)


def clean_article(
    raw: str,
    *,
    reference_time: datetime | None = None,
    title: str | None = None,
) -> CleanArticle:
    """Clean one scraped article given as text.

    Parameters
    ----------
    raw : str
        The scraped text (whole visible page text is fine; line breaks may be
        missing).
    reference_time : datetime or str, optional
        "Now" for relative sidebar times (``Yesterday, 20:33``, ``00:45``);
        relative times stay unresolved (None) without it. A string such as
        ``"2025-04-25 08:00"`` or a pandas Timestamp is accepted too.
    title : str, optional
        Known headline (e.g. from HTML metadata). Lines repeating it are
        dropped from the body; when given it is returned as the title.

    Returns
    -------
    CleanArticle
        Title, body, published_at, related sidebar items and the removed
        spans with their rule names.

    Examples
    --------
    >>> a = clean_article("Big news today\\nBy Jane Doe\\nShare\\nThe council voted on Monday to approve the plan, officials said.")
    >>> a.title, a.body
    ('Big news today', 'The council voted on Monday to approve the plan, officials said.')
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean_article expects a str, got {type(raw).__name__}; decode bytes first (helpers.io.load_corpus does).")
    reference_time = _as_datetime(reference_time)
    removed: list[tuple[str, str]] = []
    text = normalized = normalize_text(raw)
    text = _strip_markup(text, removed)
    lines = text.split("\n") if text else []
    if "\n\n" in text:
        lines = [ln for ln in lines if ln]
    lines = _strip_pipes(lines, removed) if "|" in text else lines

    # collapsed input: split glued sidebar counters onto their own lines first
    if max(map(len, lines), default=0) >= SEGMENT_MIN_CHARS:
        new_lines: list[str] = []
        for ln in lines:
            if len(ln) >= SEGMENT_MIN_CHARS and _SIDEBAR_SPLIT_RE.search(ln):
                pieces = _SIDEBAR_SPLIT_RE.split(ln)
                # the first headline is the last sentence-like piece before the first counter
                first = _split_at(_SEGMENT_SPLIT_RE, pieces[0])
                first = [p.strip() for p in first if p and p.strip()]
                new_lines.append(" ".join(first[:-1]) if len(first) > 1 else "")
                new_lines.append(first[-1] if first else "")
                new_lines.extend(p.strip() for p in pieces[1:])
            else:
                new_lines.append(ln)
        lines = [ln for ln in new_lines if ln]

    related, sidebar_lines = _parse_sidebars(lines, reference_time)

    # title
    title_out = ""
    title_keys: set[str] = set()
    start_line = 0
    if title:
        title_out = normalize_text(title)
        title_keys.add(_norm_key(title_out))
        title_keys.add(_norm_key(_strip_site_suffix(title_out)))
    if lines and 0 not in sidebar_lines and _looks_like_title(lines[0]) and len(lines) > 1:
        first = lines[0]
        if not title_out:
            title_out = _strip_site_suffix(first)
        title_keys.add(_norm_key(first))
        title_keys.add(_norm_key(_strip_site_suffix(first)))
        removed.append((first, "title"))
        start_line = 1
    title_keys.discard("")

    if not sidebar_lines and max(map(len, lines), default=0) < SEGMENT_MIN_CHARS:
        # every line is one block (the common case): no bookkeeping per line
        texts = lines[start_line:]
        rules, published_at, start, stop = _analyse_blocks(texts, title_keys)
        outside = "outside_main_text"  # rule names are never empty
        removed.extend([(texts[i], rules[i] or outside) for i in range(start)])
        kept = []
        for i in range(start, stop):
            if rules[i] is None:
                kept.append(texts[i])
            else:
                removed.append((texts[i], rules[i]))
        removed.extend([(texts[i], rules[i] or outside) for i in range(stop, len(texts))])
        return CleanArticle(title=title_out, body="\n\n".join(kept), published_at=published_at,
                            related=related, removed=removed)

    texts = []
    line_of: list[int] = []
    segmented: list[bool] = []  # a piece of a long line split by _segment_line
    page_chars = len(text)
    # the scraper lost (nearly) all the page's line breaks, not just a long paragraph
    lost_breaks = len(normalized) >= LOST_BREAKS_LINE_CHARS * (normalized.count("\n") + 1)
    page_title = None
    if lost_breaks and start_line == 0 and lines and 0 not in sidebar_lines:
        # the page's first words are its title when they come again further down (the headline)
        page_title = _collapsed_title(lines[0])
        if page_title is not None:
            lines[0] = lines[0][len(page_title):].strip()
            removed.append((page_title, "title"))
            if not title_out:
                title_out = _strip_site_suffix(page_title)
            title_keys.add(_norm_key(page_title))
            title_keys.add(_norm_key(_strip_site_suffix(page_title)))
            title_keys.discard("")
    for li in range(start_line, len(lines)):
        line = lines[li]
        if li in sidebar_lines:
            removed.append((line, "related_sidebar"))
        elif len(line) < SEGMENT_MIN_CHARS or not _is_collapsed(len(line), page_chars):
            texts.append(line)
            line_of.append(li)
            segmented.append(False)
        else:
            segments = _segment_line(line, lost_breaks, page_title)
            for seg in segments:
                texts.append(seg)
                line_of.append(li)
                segmented.append(len(segments) > 1)
    rules, published_at, start, stop = _analyse_blocks(texts, title_keys, segmented)

    kept_by_line: dict[int, list[str]] = {}
    for i, seg in enumerate(texts):
        if rules[i] is not None:
            removed.append((seg, rules[i]))
        elif i < start or i >= stop:
            removed.append((seg, "outside_main_text"))
        else:
            kept_by_line.setdefault(line_of[i], []).append(seg)
    body = "\n\n".join(" ".join(parts) for parts in kept_by_line.values())
    return CleanArticle(title=title_out, body=body, published_at=published_at, related=related, removed=removed)
