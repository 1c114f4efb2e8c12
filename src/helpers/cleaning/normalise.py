"""Normalisation of scraped text and its markup remnants (steps 1 and 2 of the pipeline).

:func:`normalize_text` unescapes HTML entities, repairs mojibake with ftfy on the
lines where a cheap detector fires, applies NFC, removes or replaces special
characters and spaces, collapses spaces and re-attaches drop caps.
``_strip_markup`` and ``_strip_pipes`` drop image markdown, the URL of link
markdown and table pipes (rules ``markup_image``, ``markup_link``,
``table_pipe``). ``_WORD_RE`` is the word pattern shared by the title keys, the
language sample test and the evaluation shingles.
"""

from __future__ import annotations

import html
import re
import unicodedata


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------
_MULTI_SPACE_RE = re.compile(r" {2,}")
# a detached drop cap at a paragraph start ("W hile ..."); A and I are words
_DROP_CAP_RE = re.compile(r"^([B-HJ-Z]) (?=[a-z]{2,})", re.M)
_DROP_CAP_HINT_RE = re.compile(r"\n[B-HJ-Z] [a-z]")  # a literal first character: a fast scan
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# Cheap mojibake detector: UTF-8 read as cp1252/latin-1 leaves these pairs.
_MOJIBAKE_RE = re.compile("(?:[\u00c2\u00c3][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]|\u00e2\u20ac|\u00e2\u20ac[\u2122\u0153\u009d\u201c\u201d\u02dc])")


_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00e2")  # every mojibake pair starts with one of these
# One pass for every character that normalisation replaces: lone surrogates
# (they cannot be written as UTF-8), zero-width characters and soft hyphens,
# special spaces, tabs and control characters, Unicode line separators.
_SPECIAL_CHARS: dict[str, str] = {
    **{chr(c): "\ufffd" for c in range(0xD800, 0xE000)},
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"},
    **{c: " " for c in "\u00a0\u1680\u202f\u205f\u3000\t\x0b\x0c\x7f"},
    **{chr(c): " " for c in range(0x2000, 0x200B)},
    **{chr(c): " " for c in range(0x20) if chr(c) not in "\n\r"},
    **{c: "\n" for c in "\x85\u2028\u2029"},
}
_SPECIAL_CHARS_RE = re.compile(
    "[\ud800-\udfff\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
    "\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]"
)


def _replace_special_chars(text: str) -> str:
    if not _SPECIAL_CHARS_RE.search(text):
        return text
    return _SPECIAL_CHARS_RE.sub(lambda m: _SPECIAL_CHARS[m.group()], text)


def _fix_mojibake(text: str) -> str:
    """Repair mojibake with ftfy, only on the lines where the detector fires."""
    if not any(lead in text for lead in _MOJIBAKE_LEADS) or not _MOJIBAKE_RE.search(text):
        return text
    import ftfy  # imported lazily: ftfy is slow and rarely needed

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE_RE.search(line):
            lines[i] = ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False)
    return "\n".join(lines)


def normalize_text(text: str) -> str:
    """Normalise Unicode and whitespace without changing case or script.

    NFC; ``\\r\\n``/``\\r`` to ``\\n``; zero-width characters and soft hyphens
    removed; non-breaking and other special spaces and tabs become a plain
    space; runs of spaces collapse to one; spaces at line edges are stripped;
    three or more newlines become two; HTML entities are unescaped; mojibake
    is repaired where detected. Idempotent.

    Parameters
    ----------
    text : str
        Raw text.

    Returns
    -------
    str
        The normalised text, stripped at both ends.
    """
    for _ in range(3):  # doubly escaped entities ("&amp;#8217;") too
        if "&" not in text or not _ENTITY_RE.search(text):
            break
        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _replace_special_chars(text)
    if not text.isascii():
        fixed = _fix_mojibake(text)
        if fixed is not text:
            text = _replace_special_chars(fixed)
        text = unicodedata.normalize("NFC", text)
    while "  " in text:  # str.replace is much faster than a regex here; runs halve each round
        text = text.replace("  ", " ")
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    if "\n\n\n" in text:
        text = _MANY_NEWLINES_RE.sub("\n\n", text)
    if text[1:2] == " " or _DROP_CAP_HINT_RE.search(text):
        text = _DROP_CAP_RE.sub(r"\1", text)
    return text.strip()


# --------------------------------------------------------------------------
# Markup remnants
# --------------------------------------------------------------------------
_IMAGE_MD_RE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)")
_LINK_MD_RE = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s\n]{0,1000}(?:\s+\"[^\"\n]*\")?)\)")
_PIPE_ONLY_RE = re.compile(r"[ |:+\-=]*\|[ |:+\-=]*")


def _strip_markup(text: str, removed: list[tuple[str, str]]) -> str:
    """Drop image markdown and the URL of link markdown (rules ``markup_image``, ``markup_link``)."""
    n_before = len(removed)
    if "![" in text:
        def _img(m: re.Match) -> str:
            removed.append((m.group(0), "markup_image"))
            return "\n"
        text = _IMAGE_MD_RE.sub(_img, text)
    if "](" in text:
        def _link(m: re.Match) -> str:
            removed.append((m.group(2), "markup_link"))
            return m.group(1)
        text = _LINK_MD_RE.sub(_link, text)
    if len(removed) > n_before:
        text = _MULTI_SPACE_RE.sub(" ", text).replace(" \n", "\n").replace("\n ", "\n").strip()
    return text


def _strip_pipes(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """Drop pipe-only lines and table pipes at line edges (rule ``table_pipe``)."""
    out = []
    for line in lines:
        if "|" in line:
            if _PIPE_ONLY_RE.fullmatch(line):
                removed.append((line, "table_pipe"))
                continue
            if line[0] == "|" or line[-1] == "|":
                core = line.strip("| ")
                if core:
                    lead, trail = line[: line.index(core)].strip(), line[line.index(core) + len(core):].strip()
                    for edge in (lead, trail):
                        if edge:
                            removed.append((edge, "table_pipe"))
                    line = core
        out.append(line)
    return out


# a word (title keys, language samples, evaluation shingles)
_WORD_RE = re.compile(r"\w+")
