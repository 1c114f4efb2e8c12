"""Named line rules (step 6): :data:`RULES`, :data:`LINE_RULES` and the scanners that apply them.

:data:`RULES` documents every name of the ``rule`` column of ``removed_spans``.
:data:`LINE_RULES` are regexes matched against a whole line (or segment). The
"anywhere" rules (a keyword anywhere in a short line) run as a keyword search
(``_anywhere_rule``); the others as one multi-line scan of the page:
``_ANCHORED_LOWER_RE`` on the lower-cased page (alternatives grouped by first
letter, ``_factor_first_letters``), else ``_ANCHORED_RULES_RE``.
``_DATE_LINE_RE`` is the ``date_line`` rule and ``_BLOCK_END_RULES`` the rules
that close an article.
"""

from __future__ import annotations

import re

from helpers.cleaning.dates import _DATE_CORE_RE, _TIME_RE, _WEEKDAY_RE


# --------------------------------------------------------------------------
# Rule names (the ``rule`` column of ``removed_spans``) and what they mean.
# --------------------------------------------------------------------------
RULES: dict[str, str] = {
    "markup_image": "image markdown such as ![alt](url) or an empty ![]() stub",
    "markup_link": "the URL part of link markdown [text](url); the anchor text is kept",
    "table_pipe": "table pipes at line edges and lines made only of pipes/dashes",
    "related_sidebar": "related headlines glued to view counts and times (parsed into `related`)",
    "title": "the headline line taken as the title",
    "title_repeat": "a later repetition of the headline",
    "date_line": "a line that only gives the publication/update date (parsed into published_at)",
    "navigation": "menu and navigation items (Home, Menu, Skip to content, Back to top, breadcrumbs)",
    "link_only": "a line that is only a URL or a file name",
    "share": "share / follow / print / e-mail buttons and social-network names",
    "subscribe": "subscribe, sign in / up, register, newsletter and paywall prompts",
    "cookie": "cookie, privacy and consent notices",
    "advertisement": "advertisement labels and sponsored-content notices",
    "byline": "author lines (By Jane Doe, Reporting by ..., author e-mail/handle)",
    "photo_credit": "photo/image credits and captions markers (Photo: ..., Getty Images, AP Photo)",
    "read_more": "'Read more', 'See also', 'Related:' and 'Continue reading' links",
    "tags": "tag / topic / category lists",
    "comments": "comment-section headers and prompts",
    "comment_section": "everything from the start of a reader-comment section (a header or author lines such as 'Jane on May 2, 2019 said:')",
    "author_bio": "an 'About <Name>' header opening an author biography (closes the article region)",
    "copyright": "copyright notices (©, All rights reserved); they close the article region",
    "related_block": "headers of related / most-read / recommended lists",
    "outside_main_text": "text outside the main article region selected by block scores",
}


# --------------------------------------------------------------------------
# Line rules. Each is a regex matched (re.match) against a whole line/segment.
# --------------------------------------------------------------------------
_W = r"[\s\-–—:|·•/»›>,.!]*"
# "Anywhere" rules: a keyword pattern that may sit anywhere in a short line,
# with at most (before, after) characters around it. Their LINE_RULES regex is
# ^.{0,before}(?:keyword).{0,after}$; on pages they run as a keyword search.
_KW_SUBSCRIBE = (
    r"\b(?:subscribe|unsubscribe|subscription|subscriber|newsletters?|sign\s*(?:in|up)|log\s*in|"
    r"register(?:\s+now)?|create\s+(?:an\s+)?account|already\s+(?:a\s+)?(?:subscriber|member|have\s+an\s+account)|"
    r"get\s+(?:unlimited\s+)?access|unlock\s+this|free\s+trial|paywall|inbox|"
    r"stay\s+(?:up\s+to\s+date|current|informed|connected|tuned))\b"
)
_KW_COOKIE = (
    r"\b(?:cookies?|privacy\s+(?:policy|notice|settings)|consent|gdpr|do\s+not\s+sell\s+my|"
    r"accept\s+and\s+close|accept\s+all\s+cookies|personali[sz]e[ds]?\s+(?:ads|advertising|content))\b"
)
_KW_CAPTION_END = (
    r"(?:\((?:image|photo|picture|pic|credit|video|photograph)s?:[^)]{1,80}\)"
    r"|\b(?:credit|image|photo|picture|photograph)s?:[^.]{1,80}"
    r"|\((?:ap|afp|reuters|getty(?:\s+images)?|epa|pa|ap\s+photo)(?:/[^)]{0,80})?\))" + _W
)
_KW_AGENCY = (
    r"\b(?:getty\s+images|ap\s+photo|afp\s+via\s+getty|reuters/|shutterstock|istock(?:photo)?|epa-efe|alamy)\b"
)
_KW_COPYRIGHT = r"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball\s+rights\s+reserved\b)"


def _anywhere(keyword: str, before: int, after: int) -> re.Pattern:
    return re.compile(r"^(?:.{0,%d}(?:%s).{0,%d})$" % (before, keyword, after), re.IGNORECASE)


LINE_RULES: list[tuple[str, re.Pattern]] = [
    ("navigation", re.compile(
        r"^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|search)|back\s+to\s+top|go\s+to\s+top|"
        r"this\s+(?:slideshow|video|content|page|site)\s+requires\s+javascript.{0,80}|(?:please\s+)?enable\s+javascript.{0,80}|"
        r"javascript\s+is\s+(?:disabled|required).{0,80}|explore\s+further|"
        r"(?:main\s+)?menu|home(?:page)?|search|close|open|toggle\s+navigation|navigation|"
        r"next(?:\s+(?:article|story|page|post))?|previous(?:\s+(?:article|story|page|post))?|prev|"
        r"more|see\s+more|show\s+more|load\s+more|view\s+all|see\s+all|all\s+(?:news|stories)|"
        r"top\s+stories|latest(?:\s+news)?|breaking(?:\s+news)?|sections?|site\s+map|sitemap|"
        r"contact(?:\s+us)?|about(?:\s+us)?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions))?|"
        r"help|faq|accessibility|careers?|jobs|archives?|rss(?:\s+feeds?)?|español|english|"
        r"edition|(?:us|uk|international)\s+edition|video|videos|photos?|gallery|podcasts?|"
        r"log\s*out|sign\s*out|my\s+account|account|profile|settings|"
        r"you\s+are\s+here)" + _W + r"$",
        re.IGNORECASE)),
    ("link_only", re.compile(r"^(?:(?:https?://|www\.)\S+|\S+\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?))\s*$", re.IGNORECASE)),
    ("share", re.compile(
        r"^(?:share(?:\s+(?:this|on|via|the\s+story|article|story|page|post|your\s+thoughts)\b.{0,40})?|shares?|"
        r"tweet|pin(?:\s+it)?|e-?mail(?:\s+(?:this|article|a\s+friend))?|print(?:\s+(?:this|article|page))?|"
        r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|instagram|youtube|tiktok|telegram|"
        r"flipboard|messenger|copy\s+(?:link|url)|link\s+copied|comment|save|saved|bookmark|"
        r"follow(?:\s+(?:us|@\w+|on\s+\w+).{0,40})?|like\s+us\s+on\s+facebook.{0,40}|"
        r"\d+\s*(?:shares?|comments?|views?)|click\s+to\s+(?:share|e-?mail|print|tweet).{0,80}|"
        r".{0,60}\(opens\s+in\s+(?:a\s+)?new\s+window\)|(?:facebook|twitter|instagram|linkedin|whatsapp|youtube|pinterest|rss|email)\s+icon)" + _W + r"$",
        re.IGNORECASE)),
    ("subscribe", _anywhere(_KW_SUBSCRIBE, 60, 100)),
    ("cookie", _anywhere(_KW_COOKIE, 160, 200)),
    ("advertisement", re.compile(
        r"^(?:advertisement(?:\s*[-–—:|·]\s*scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?)?|"
        r"advertising|advert|ad|ads|sponsored(?:\s+content)?|"
        r"paid\s+(?:content|post|partner)|promoted(?:\s+stories)?|story\s+continues\s+below(?:\s+advertisement)?|"
        r"continue\s+reading\s+(?:the\s+main\s+story|below)|article\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)|"
        r"scroll\s+(?:down\s+)?to\s+continue.{0,40}|report\s+an?\s+ad)" + _W + r"$",
        re.IGNORECASE)),
    ("byline", re.compile(
        r"^(?:(?i:by|written\s+by|words\s+by|posted\s+by|author|reporting\s+by|edited\s+by|editing\s+by|researched\s+by|"
        r"additional\s+reporting\s+by)\s*:?\s+"
        r"(?:[A-Z][\w'’.\-]*\.?\s*){1,5}(?:(?:,|and|&)\s+(?:[A-Z][\w'’.\-]*\.?\s*){1,5}){0,3}"
        r"(?:[,|•·\-–—]\s*.{0,60})?"
        r"|@\w{2,30}|[\w.+-]+@[\w-]+\.[\w.]+)" + _W + r"$")),
    ("photo_credit", re.compile(
        r"^(?:(?:photo|photograph|picture|image|illustration|video|graphic)s?\s*(?:credit)?\s*(?:by|:|/|©)\s*.{0,120}"
        r"|(?:image|photo)\s+(?:copyright|caption|source)\b.{0,160}"
        r"|credit:\s*.{0,120}|source:\s*(?:getty|reuters|ap|afp|epa).{0,80}"
        r"|in\s+this\s+.{0,60}\b(?:file\s+)?(?:photo|image|picture|handout|video\s+still|still\s+image)\b.{0,400}"
        r"|an\s+artist['’]s\s+(?:illustration|impression|rendering|concept).{0,400}"
        r"|(?:the\s+)?associated\s+press|reuters|afp|bloomberg|getty\s+images"
        r"|\((?:photo|image|credit)[^)]{0,120}\))" + _W + r"$",
        re.IGNORECASE)),
    ("photo_credit", _anywhere(_KW_CAPTION_END, 300, 0)),
    ("photo_credit", _anywhere(_KW_AGENCY, 120, 80)),
    ("read_more", re.compile(
        r"^(?:read\s+(?:more|next|also|the\s+full\s+(?:story|article))\b.{0,200}|see\s+(?:also|more)|related(?:\s+(?:story|article|content|coverage|link))?|"
        r"more\s+on\s+(?:this|the)\s+story|continue\s+reading|keep\s+reading|recommended|"
        r"click\s+here|learn\s+more|full\s+story|watch(?:\s+(?:now|the\s+video|video|live))?|listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?|"
        r"also\s+read|must\s+read|don[’']t\s+miss|top\s+picks?)"
        r"(?:\s*[:|»›>\-–—]\s*.{0,200})?" + _W + r"$",
        re.IGNORECASE)),
    ("tags", re.compile(
        r"^(?:tags?|topics?|tagged(?:\s+with)?|categor(?:y|ies)|filed\s+under|keywords?|related\s+topics)"
        r"\s*[:|]?\s*.{0,300}$",
        re.IGNORECASE)),
    ("comments", re.compile(
        r"^(?:comments?(?:\s+\(\d+\))?|\d+\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:on|to)\b.{0,200})?|"
        r"no\s+comments(?:\s+yet)?|(?:leave|post|add|write|view|show|join)\s+(?:a\s+|the\s+|your\s+|all\s+)?(?:comments?|reply|conversation|discussion)|"
        r"join\s+the\s+(?:conversation|discussion)|reader\s+comments|comments\s+are\s+closed.{0,60}|"
        r"conversation|discussion|reply|replies|log\s+in\s+to\s+comment)" + _W + r"$",
        re.IGNORECASE)),
    ("copyright", _anywhere(_KW_COPYRIGHT, 160, 160)),
    ("author_bio", re.compile(
        r"^(?:(?i:about\s+the\s+authors?|about|sobre|über|à\s+propos\s+de|acerca\s+de|over)\s+"
        r"(?:[A-ZÀ-Ý][\w'’.\-]*\s*){1,4})" + _W + r"$")),
    ("related_block", re.compile(
        r"^(?:most\s+(?:read|popular|viewed|shared|emailed|commented|watched)(?:\s+(?:articles|stories|videos|news|now|today|in\s+.{1,30}))?|"
        r"related\s+(?:articles|stories|news|posts|videos|content|coverage|reading|links)|"
        r"recommended\s+(?:for\s+you|articles|stories|reading|videos)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|"
        r"more\s+(?:stories|articles|news|headlines|coverage|videos)(?:\s+from\s+.{0,40})?|"
        r"trending(?:\s+(?:now|stories|news|articles))?|popular(?:\s+(?:now|stories|articles|posts))?|"
        r"editor['’]?s\s+picks?|top\s+(?:stories|news|articles|videos)|latest\s+(?:stories|articles|videos|headlines)|"
        r"what\s+to\s+read\s+next|up\s+next|in\s+(?:other|case\s+you\s+missed).{0,30}|around\s+the\s+web|"
        r"from\s+(?:around\s+the\s+web|our\s+partners)|(?:other|more)\s+news|more\s+(?:in|from|on)\s+.{1,60}|"
        r"we\s+recommend|recommended\s+for\s+you|like\s+this\s+(?:article|story)\??|"
        r"about\s+(?:the\s+)?authors?|about\s+this\s+(?:author|statement|article)|sources?|references|"
        r"(?:related|popular|recent|latest)\s+posts|read\s+these\s+next|want\s+more\s+stories\s+like\s+this\??)" + _W + r"$",
        re.IGNORECASE)),
]
_BLOCK_END_RULES = {"comments", "related_block", "copyright", "author_bio"}
_RULE_MAX_CHARS = 400
_DATE_LINE_MAX_CHARS = 160


def _line_pattern(pattern: re.Pattern) -> str:
    r"""A LINE_RULES pattern as one alternative of a multi-line regex over newline-joined blocks.

    Blocks only contain plain spaces (see :func:`normalize_text`), so ``\s``
    becomes a space and cannot run across block boundaries.
    """
    src = pattern.pattern
    src = src[1:] if src.startswith("^") else src
    src = src[:-1] if src.endswith("$") else src
    src = src.replace(r"\s", " ")
    return f"(?i:{src})" if pattern.flags & re.IGNORECASE else f"(?:{src})"


def _combined(entries: list[tuple[int, str, re.Pattern]]) -> re.Pattern:
    return re.compile(
        "^(?:" + "|".join(f"(?P<r{i}>{_line_pattern(pat)})" for i, _, pat in entries) + ")$", re.M
    )


# Rules whose keyword may sit anywhere in the line are only tried on lines that
# contain one of their keywords (found by one fast scan), the others are
# anchored at the line start and scanned over the whole page at once.
_ANYWHERE = {i for i, (_, pat) in enumerate(LINE_RULES) if pat.pattern.startswith("^(?:.{0,")}
_ANYWHERE_SEARCH = [
    (i, LINE_RULES[i][0], re.compile(kw, re.IGNORECASE), before, after)
    for i, (kw, before, after) in zip(
        sorted(_ANYWHERE),
        [(_KW_SUBSCRIBE, 60, 100), (_KW_COOKIE, 160, 200), (_KW_CAPTION_END, 300, 0), (_KW_AGENCY, 120, 80),
         (_KW_COPYRIGHT, 160, 160)],
    )
]


# Substrings (lower case) that every match of an "anywhere" keyword pattern
# contains: a rule without one of them in the lower-cased line is not searched.
# IGNORECASE also matches ASCII letters to these three characters, which
# lower-casing does not turn into them ("K", the Kelvin sign, it does): lines
# holding one are always searched.
_CASE_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_ANYWHERE_NEEDLES: dict[str, tuple[str, ...]] = {
    _KW_SUBSCRIBE: ("subscri", "newsletter", "sign", "log", "register", "account", "already", "access",
                    "unlock", "trial", "paywall", "inbox", "stay"),
    _KW_COOKIE: ("cookie", "privacy", "consent", "gdpr", "sell", "accept", "personali"),
    _KW_CAPTION_END: ("image", "photo", "pic", "credit", "video", "(ap", "(afp", "(reuters", "(getty", "(epa", "(pa"),
    _KW_AGENCY: ("getty", "photo", "reuters/", "shutterstock", "istock", "epa-efe", "alamy"),
    _KW_COPYRIGHT: ("©", "(c)", "copyright", "rights"),
}
_ANYWHERE_SEARCH_NEEDLES = [
    _ANYWHERE_NEEDLES[kw]
    for kw in (_KW_SUBSCRIBE, _KW_COOKIE, _KW_CAPTION_END, _KW_AGENCY, _KW_COPYRIGHT)
]


def _anywhere_rule(line: str) -> tuple[int, str] | None:
    """(index, name) of the first "anywhere" rule matching ``line``, by keyword search."""
    n = len(line)
    lowered = line.lower()
    if not line.isascii() and any(map(line.__contains__, _CASE_FOLD_TRAPS)):
        lowered = None
    for (i, name, kw, before, after), needles in zip(_ANYWHERE_SEARCH, _ANYWHERE_SEARCH_NEEDLES):
        if lowered is not None and not any(map(lowered.__contains__, needles)):
            continue
        for m in kw.finditer(line, 0, before + 200):
            if m.start() > before:
                break
            if n - m.end() <= after:
                return i, name
    return None
_RULE_NAMES = {f"r{i}": name for i, (name, _) in enumerate(LINE_RULES)}
_RULE_ORDER: dict[str, int] = {}
for _i, (_name, _) in enumerate(LINE_RULES):
    _RULE_ORDER.setdefault(_name, _i)
_ALL_RULES_RE = _combined([(i, n, p) for i, (n, p) in enumerate(LINE_RULES)])
_ANYWHERE_HINT = (
    r"subscri|newsletter|sign ?in|sign ?up|log ?in|register|account|unlimited|unlock|free trial|paywall|inbox|"
    r"cookie|privacy|consent|gdpr|do not sell|accept and close|personali|getty|ap photo|reuters/|shutterstock|istock|epa-efe|alamy|©|copyright|rights"
)
_ANYWHERE_HINT_RE = re.compile(_ANYWHERE_HINT, re.IGNORECASE)
_DATE_RESIDUE_LINE = (
    r"(?:[ |·•,;:/()\-–—]*(?:first |last )?(?:published|updated|posted|modified|created|date|dated|on|at|"
    r"et|gmt|utc|bst|est|edt|pst|pdt|cet|cest|ist|local time|time)\b)*[ |·•,;:/()\-–—]*"
)
_DATE_LINE_RE = re.compile(
    ("^" + _DATE_RESIDUE_LINE + r"(?:(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?,? )?(?:" + _WEEKDAY_RE + ")?"
     + _DATE_CORE_RE + _TIME_RE + _DATE_RESIDUE_LINE + ")+$")
    .replace(r"\s", " "),
    re.IGNORECASE | re.M,
)


def _top_alternatives(src: str) -> tuple[list[str], int]:
    """The top-level alternatives of the group ``(?:...)`` that opens ``src``, and the index after it."""
    depth, i, start, alternatives, in_class = 0, 3, 3, [], False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if src[i + 1:i + 2] == "]":  # a literal "]" first in a class
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                alternatives.append(src[start:i])
                return alternatives, i + 1
            depth -= 1
        elif c == "|" and depth == 0:
            alternatives.append(src[start:i])
            start = i + 1
        i += 1
    raise ValueError(f"unbalanced group in line-rule pattern {src[:60]!r}")


def _factor_first_letters(src: str) -> str:
    """``src`` with the alternatives of its opening ``(?:...)`` group grouped by their first letter.

    ``(?:skip to content|search|back to top)`` becomes
    ``(?:s(?:kip to content|earch)|back to top)``: the same strings match, but
    the regex engine tries one alternative per first letter at each line
    instead of all of them (it skips alternatives by their literal first
    character). Which alternative matches does not matter: a rule's group
    matches when any of them does.
    """
    if not src.startswith("(?:"):
        return src
    alternatives, end = _top_alternatives(src)
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in alternatives:
        if len(alt) > 1 and alt[0].isascii() and alt[0].isalpha() and alt[1] not in "?*+{":
            by_letter.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    grouped = [c + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for c, rests in by_letter.items()]
    return "(?:" + "|".join(grouped + others) + ")" + src[end:]


def _line_scanner(alternatives: str) -> re.Pattern:
    r"""A regex finding whole lines in ``"\n" + page + "\n"``.

    It starts with a literal newline, so the regex engine jumps from line start
    to line start instead of trying the pattern at every character; the match
    covers the leading newline, the lookahead leaves the next one in place.
    """
    return re.compile(r"\n(?:" + alternatives + r")(?=\n)")


# Fast path on the lower-cased page (when lower-casing keeps the length): no
# IGNORECASE, and the one case-sensitive rule (byline) is tried on the lines
# that start like a byline.
_CASE_SENSITIVE = {i for i, (_, pat) in enumerate(LINE_RULES) if not pat.flags & re.IGNORECASE}
_ANCHORED_LOWER_RE = _line_scanner(
    "|".join(
        f"(?P<r{i}>{_factor_first_letters(_line_pattern(pat)[4:-1])})" for i, (_, pat) in enumerate(LINE_RULES)
        if i not in _ANYWHERE and i not in _CASE_SENSITIVE
    )
    + r"|(?P<maybe_byline>(?:by|written by|words by|posted by|author|reporting by|edited by|editing by|researched by|"
    r"additional reporting by) ?:? .*|@.*|[\w.+-]+@.*|(?:about|sobre|über|à propos de|acerca de|over) .{1,80})"
)
_ANCHORED_RULES_RE = _line_scanner(
    "|".join(f"(?P<r{i}>{_line_pattern(pat)})" for i, (_, pat) in enumerate(LINE_RULES) if i not in _ANYWHERE)
)


def _line_rule(line: str) -> str | None:
    """Name of the first rule of :data:`LINE_RULES` matching the whole ``line``, else None."""
    if len(line) > _RULE_MAX_CHARS:
        return None
    m = _ALL_RULES_RE.match(line)
    return _RULE_NAMES[m.lastgroup] if m else None
