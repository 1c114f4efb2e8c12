"""Related sidebars with glued counters (step 3, rule ``related_sidebar``).

Runs of related-article headlines glued to view counts and times
("<headline>\\n<views><time><headline>…", with ``HH:MM``, ``Yesterday, HH:MM`` or
``DD.MM.YYYY, HH:MM``) are parsed by ``_parse_sidebars`` into :class:`RelatedItem`
records; relative times are resolved against ``reference_time``.
``_GLUED_COUNTER`` and ``_SIDEBAR_SPLIT_RE`` find such a counter inside a
collapsed line (:mod:`helpers.cleaning.segment`, :func:`helpers.cleaning.clean_article`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
import re

_SIDEBAR_TIME = (
    r"(?P<time>(?P<rel>Yesterday|Today),\s*\d{1,2}:\d{2}"
    r"|\d{2}\.\d{2}\.\d{4},\s*\d{1,2}:\d{2}"
    r"|\d{2}:\d{2})"
)
_SIDEBAR_LINE_RE = re.compile(r"^(?P<views>\d{1,9})" + _SIDEBAR_TIME + r"(?P<rest>.*)$")
# a line that starts like a glued counter ("2170", then a time): pages without one skip the sidebar parser
_SIDEBAR_HINT_RE = re.compile(r"\n\d{1,9}(?:Yesterday|Today|\d\d[.:])")
# a view counter glued to a valid time, as a sidebar item starts ("2170Yesterday, 20:33", "21723.04.2025, 22:42",
# "21700:45"; not "20197:05", a year glued to a clock time)
_GLUED_COUNTER = r"\d{1,9}(?:(?:Yesterday|Today),\s*\d{1,2}:\d{2}|\d{2}\.\d{2}\.\d{4},\s*\d{1,2}:\d{2}|(?:[01]\d|2[0-3]):[0-5]\d)(?![\d.])"
_SIDEBAR_SPLIT_RE = re.compile(r"(?<=\s)(?=" + _GLUED_COUNTER + ")")


@dataclass
class RelatedItem:
    """A related-article headline found in a sidebar.

    Attributes
    ----------
    headline : str
    views : int or None
        View counter glued to the headline, when present.
    published_raw : str
        The time as written (``00:45``, ``Yesterday, 20:33``, ``23.04.2025, 22:42``).
    published_at : datetime or None
        Resolved time; relative forms need ``reference_time`` and stay None without it.
    """

    headline: str
    views: int | None
    published_raw: str
    published_at: datetime | None


def _resolve_sidebar_time(raw: str, reference_time: datetime | None) -> datetime | None:
    raw = raw.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4}),\s*(\d{1,2}):(\d{2})", raw)
    if m:
        d, mo, y, hh, mm = map(int, m.groups())
        try:
            return datetime(y, mo, d, hh, mm)
        except ValueError:
            return None
    if reference_time is None:
        return None
    m = re.fullmatch(r"(?:(Yesterday|Today),\s*)?(\d{1,2}):(\d{2})", raw)
    if not m:
        return None
    day = reference_time.date()
    if m.group(1) == "Yesterday":
        day = day - timedelta(days=1)
    try:
        return datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _parse_sidebars(
    lines: list[str], reference_time: datetime | None
) -> tuple[list[RelatedItem], set[int]]:
    """Find runs of glued sidebar lines; return the items and the line indices used."""
    items: list[RelatedItem] = []
    used: set[int] = set()
    if not _SIDEBAR_HINT_RE.search("\n".join(lines)):
        return items, used
    n = len(lines)
    i = 1
    while i < n:
        m = _SIDEBAR_LINE_RE.match(lines[i]) if lines[i][:1].isdigit() else None
        if m is None or i - 1 in used:
            i += 1
            continue
        # a run starts: the previous line is the first headline
        j = i
        matches = []
        while j < n:
            mj = _SIDEBAR_LINE_RE.match(lines[j])
            if mj is None:
                break
            matches.append(mj)
            j += 1
        head = lines[i - 1]
        if len(matches) < 2 and not (len(matches) == 1 and not matches[0].group("rest")):
            i += 1
            continue
        headlines = [head] + [mm.group("rest").strip() for mm in matches]
        for k, mm in enumerate(matches):
            raw_time = mm.group("time")
            items.append(
                RelatedItem(
                    headline=headlines[k].strip(),
                    views=int(mm.group("views")),
                    published_raw=raw_time,
                    published_at=_resolve_sidebar_time(raw_time, reference_time),
                )
            )
        used.update(range(i - 1, j))
        # a last headline without counter (rest of the last line) stays text
        if matches[-1].group("rest").strip():
            used.discard(j - 1)
            lines[j - 1] = matches[-1].group("rest").strip()
            items_tail = matches[-1].group("rest").strip()
            # it is still a sidebar headline: drop it too, without counter
            items.append(RelatedItem(items_tail, None, "", None))
            used.add(j - 1)
        i = j
    return items, used
