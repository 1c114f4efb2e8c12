"""Dates: :func:`parse_date`, the regex pieces of a date, and ``reference_time`` parsing.

The pieces (``_MONTH_RE``, ``_WEEKDAY_RE``, ``_DATE_CORE_RE``, ``_TIME_RE``) also
build the ``date_line`` rule (:mod:`helpers.cleaning.rules`) and the standalone
dates that collapsed lines are split around (:mod:`helpers.cleaning.segment`);
``_YEAR_RE`` is the cheap test run before them. ``_as_datetime`` turns the
``reference_time`` argument (datetime, Timestamp, datetime64 or string) into a
naive datetime.
"""

from __future__ import annotations

from datetime import datetime
import re

import pandas as pd

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY_RE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s*"
_TIME_RE = (
    r"(?:(?:\s*,\s*|\s+(?:at\s+)?|\s*[|·•–-]\s*|T)"
    r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d+)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|\(?(?:[A-Z]{2,4}T|GMT|UTC|ET|PT|CT|MT|BST|CET|CEST|IST)\)?))?)?"
)
_DATE_CORE_RE = (
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon1>" + _MONTH_RE + r"),?\s+(?P<y1>\d{4})"
    r"|(?P<mon2>" + _MONTH_RE + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})"
    r"|(?P<m5>\d{1,2})/(?P<d5>\d{1,2})/(?P<y5>\d{4}))"
)
_DATE_RE = re.compile(r"(?:" + _WEEKDAY_RE + r")?" + _DATE_CORE_RE + _TIME_RE, re.IGNORECASE)


def _match_to_datetime(m: re.Match) -> datetime | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), _MONTHS[g["mon1"].rstrip(".").lower()], int(g["d1"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), _MONTHS[g["mon2"].rstrip(".").lower()], int(g["d2"])
        elif g["y3"]:
            y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
        elif g["y4"]:
            y, mo, d = int(g["y4"]), int(g["m4"]), int(g["d4"])
        else:
            y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
        hh = int(g["H"]) if g["H"] else 0
        mm = int(g["M"]) if g["M"] else 0
        ss = int(g["S"]) if g["S"] else 0
        if g["ampm"]:
            pm = g["ampm"][0].lower() == "p"
            if hh == 12:
                hh = 0
            if pm:
                hh += 12
        if not 1800 <= y <= 2200:
            return None
        return datetime(y, mo, d, hh, mm, ss)
    except (ValueError, KeyError):
        return None


def parse_date(text: str) -> datetime | None:
    """Parse the first date (with optional time) found in ``text``.

    Understands ``14 March 2025``, ``March 14, 2025 9:12 AM``, ``Nov. 19, 2019
    8:03 am ET``, ``14.03.2025 09:12``, ``2025-03-14T09:12:00Z`` and
    ``3/14/2025`` (US order). Time zones are dropped (naive result).

    Returns
    -------
    datetime or None
    """
    for m in _DATE_RE.finditer(text):
        dt = _match_to_datetime(m)
        if dt is not None:
            return dt
    return None


# a year 1800-2199: the cheap test before a date regex
_YEAR_RE = re.compile(r"(?:1[89]|2[01])\d\d")


def _as_datetime(value) -> datetime | None:
    """``reference_time`` as a naive datetime: accepts datetime, pandas Timestamp, numpy datetime64 or an ISO string."""
    if value is None or isinstance(value, datetime) and not isinstance(value, pd.Timestamp):
        return value
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise ValueError(
            f"reference_time must be a datetime or a date string such as '2025-04-25 08:00', got {value!r}"
        ) from err
    if pd.isna(stamp):
        return None
    return stamp.tz_localize(None).to_pydatetime() if stamp.tzinfo else stamp.to_pydatetime()
