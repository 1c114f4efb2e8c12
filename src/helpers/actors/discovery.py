"""Candidate actors the dictionary misses, and their export for review.

Two kinds of candidates are read from the sentences of kept articles:

``titled_name``
    the capitalised words after a title inside a run of capitalised words,
    e.g. "Foreign Minister Hakan Fidan", "Gen. Abdel Fattah al-Burhan",
    "Prime Minister X"; titles are listed in :data:`TITLE_PHRASES`.
``capitalised_name``
    any other run of two or more capitalised words (with lower-case particles
    such as ``al``, ``bin``, ``de``, ``of`` inside), minus leading function
    words ("In", "The") and titles, e.g. "Defense Ministry", "Islamic Jihad".

Runs ending in an event or place word (``Cup``, ``Open``, ``Day``, ``Street``…,
see :data:`_NON_ACTOR_LAST_WORDS`) are skipped. A one-word titled name ("Mr
Blair") is merged into the titled multi-word name it ends ("Tony Blair"). A
run is also skipped when every word in it is part of a dictionary mention, a title
or a function word, and a titled name is skipped when it overlaps a mention
(the dictionary already knows that person). A name seen at least once after a
title is a ``titled_name`` and counts all its occurrences. Candidates are
ranked by the number of documents they occur in, then by mentions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from helpers.actors.dictionary import ActorDictionary

__all__ = ["CANDIDATE_COLUMNS", "TITLE_PHRASES", "candidates_to_yaml", "discover_candidates"]

CANDIDATE_COLUMNS = ["candidate", "kind", "documents", "mentions", "example", "doc_id", "title", "suggested_type"]

_MINISTRIES = (
    "Foreign Defence Defense Interior Finance Economy Energy Health Justice Trade Education Culture "
    "Environment Agriculture Transport Labour Labor Home Intelligence Information Security Oil "
    "Deputy Acting Former"
).split()
_HONORIFICS = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord", "Lady", "Dame")
#: Titles (word sequences) after which a capitalised name is a titled candidate.
TITLE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "President", "Vice President", "Prime Minister", "Minister", "Secretary", "Secretary-General",
        "Secretary General", "Secretary of State", "Chancellor", "King", "Queen", "Emir", "Prince",
        "Crown Prince", "Sheikh", "Supreme Leader", "Leader", "Ambassador", "Envoy", "Senator", "Sen.",
        "Rep.", "Representative", "Governor", "Gov.", "Mayor", "General", "Gen.", "Lt.", "Col.", "Admiral",
        "Commander", "Chief", "Spokesman", "Spokeswoman", "Speaker", "Chairman", "Chairwoman", "Director",
        "Judge", "Pope", "Cardinal", "Archbishop", "Ayatollah", "President-elect", "Premier",
        "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary", "Army Chief",
        *_HONORIFICS,
    )
)
_TITLE_WORDS = {w for phrase in TITLE_PHRASES for w in phrase} | set(_MINISTRIES)
_PARTICLES = {
    "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "der", "van", "von", "la", "le", "of", "y",
}
_FUNCTION_WORDS = set(
    """A An And As At But By For From If In Into Of On Or The To With After Before During Since While When
    Where Although Though Because Despite This That These Those Then There Here It Its His Her Their Our
    We They He She You I What Which Who How Why All Both Each Every Any Some No Not Also Only Even Once
    Meanwhile However Instead Still Now Today Yesterday Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Mr Mrs Ms Dr""".split()
)
_ORG_WORDS = {
    "Ministry", "Party", "Council", "Union", "Organisation", "Organization", "Bank", "Agency", "Committee",
    "Court", "Company", "Corporation", "Group", "Association", "Commission", "Office", "Department",
    "Parliament", "Assembly", "Congress", "Senate", "Institute", "University", "Fund", "Authority",
    "Service", "Services", "News", "Times", "Post", "Airlines", "Federation", "League", "Alliance",
}
_ARMED_WORDS = {"Army", "Forces", "Front", "Brigade", "Brigades", "Militia", "Guard", "Guards", "Jihad", "Movement"}
#: Last words that make a capitalised run an event, place or date rather than an actor.
_NON_ACTOR_LAST_WORDS = {
    "Cup", "Open", "Championship", "Championships", "Games", "Olympics", "Slam", "Prix", "Award", "Awards",
    "Festival", "Year", "Day", "Week", "Night", "Eve", "Street", "Road", "Avenue", "Square", "Stadium",
    "Arena", "Trophy", "Tour", "Marathon", "Series", "Show", "Final", "Finals", "Grand", "Bowl", "Derby",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper() and len(word) > 6)


_ABBREVIATIONS = {"Gen", "Lt", "Col", "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gov", "St"}


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words, single-spaced, particles allowed inside: (start, end, word) lists."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    previous_end = -1
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        if word in _ABBREVIATIONS and text[end : end + 1] == ".":
            word, end = word + ".", end + 1
        adjacent = previous_end >= 0 and text[previous_end:start] == " "
        if current and not adjacent:
            runs.append(current)
            current = []
        if _is_capitalised(word) or (current and word.lower() in _PARTICLES):
            current.append((start, end, word))
        elif current:
            runs.append(current)
            current = []
        previous_end = end
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        while run and run[-1][2].lower() in _PARTICLES:
            run = run[:-1]
        if run:
            cleaned.append(run)
    return cleaned


def _title_split(words: list[str]) -> tuple[int, str | None]:
    """Index of the first word after the last title phrase in ``words`` (0, None if no title)."""
    best, first, title = 0, 0, None
    for i in range(len(words)):
        for phrase in TITLE_PHRASES:
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase and (i + n > best or (i + n == best and i < first)):
                best, first = i + n, i
    if best:
        while first > 0 and words[first - 1] in _MINISTRIES:
            first -= 1
        title = " ".join(words[first:best])
    return best, title


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _sentence_candidates(
    text: str, offset: int, covered: np.ndarray
) -> list[tuple[str, str, str | None]]:
    """(candidate, kind, title) found in one sentence; ``covered`` marks mention chars of the body."""

    def overlaps(start: int, end: int) -> bool:
        lo, hi = offset + start, offset + end
        return bool(covered.size) and bool(covered[max(0, lo) : max(0, hi)].any())

    found = []
    for run in _runs(text):
        words = [w for _, _, w in run]
        cut, title = _title_split(words)
        if title is not None and cut < len(run):
            name_run = run[cut:]
            for position, (_, _, word) in enumerate(name_run):
                if word == "of":  # "Foreign Minister X of Y": the name stops before "of"
                    name_run = name_run[:position]
                    break
            if not name_run:
                continue
            if not overlaps(name_run[0][0], name_run[-1][1]) and name_run[0][2] not in _FUNCTION_WORDS:
                name = _strip_possessive(text[name_run[0][0] : name_run[-1][1]])
                words = {w for _, _, w in name_run}
                if len(name) > 2 and not words & (_ORG_WORDS | _ARMED_WORDS | _NON_ACTOR_LAST_WORDS):
                    found.append((name, "titled_name", title))
            continue
        if title is not None:
            continue
        while run and (run[0][2] in _FUNCTION_WORDS or run[0][2] in _TITLE_WORDS):
            run = run[1:]
        if len(run) < 2:
            continue
        informative = [
            (s, e, w) for s, e, w in run if not overlaps(s, e) and w.lower() not in _PARTICLES and w not in _TITLE_WORDS
        ]
        if not informative:
            continue
        if run[-1][2] in _NON_ACTOR_LAST_WORDS:
            continue
        name = _strip_possessive(text[run[0][0] : run[-1][1]])
        found.append((name, "capitalised_name", None))
    return found


def discover_candidates(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    dictionary: ActorDictionary | None = None,
    min_documents: int = 2,
) -> pd.DataFrame:
    """Candidate actors missing from the dictionary: the ``actor_candidates`` table.

    Parameters
    ----------
    articles : DataFrame
        ``articles.parquet``; only kept documents (status "kept") are read.
    sentences : DataFrame
        ``sentences.parquet`` (doc_id, start, end, text).
    mentions : DataFrame
        ``actor_mentions.parquet``: spans already matched are not candidates.
    dictionary : ActorDictionary, optional
        Used to drop candidates equal to a known alias (compared case-insensitively).
    min_documents : int, default 2
        Keep candidates found in at least this many documents.

    Returns
    -------
    DataFrame
        Columns :data:`CANDIDATE_COLUMNS` (the contract's, then ``title``, the
        most frequent title before a titled name, and ``suggested_type``),
        ranked by documents then mentions.
    """
    kept = articles[articles["status"] == "kept"] if "status" in articles else articles
    kept_ids = set(kept["doc_id"])
    lengths = articles.drop_duplicates("doc_id").set_index("doc_id")["body"].str.len()
    spans = defaultdict(list)
    for doc_id, start, end in mentions[["doc_id", "start", "end"]].itertuples(index=False):
        spans[doc_id].append((start, end))
    known = set()
    if dictionary is not None:
        known = {form.lower() for actor in dictionary for form, _ in actor.surface_forms()}
    docs: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    titled: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, tuple[int, str, str]] = {}
    chosen = sentences[sentences["doc_id"].isin(kept_ids)].sort_values(["doc_id", "start"])
    for doc_id, group in chosen.groupby("doc_id", sort=False):
        size = int(lengths.get(doc_id, 0) or 0)
        size = max(size, int(group["end"].max()))
        covered = np.zeros(size + 1, dtype=bool)
        for start, end in spans.get(doc_id, ()):
            covered[start:end] = True
        for start, text in zip(group["start"].tolist(), group["text"].tolist()):
            if not isinstance(text, str):
                continue
            for name, kind, title in _sentence_candidates(text, int(start), covered):
                if name.lower() in known:
                    continue
                counts[name] += 1
                docs[name].add(doc_id)
                rank = 0 if kind == "titled_name" else 1
                if kind == "titled_name":
                    titled[name][title] += 1
                if name not in examples or rank < examples[name][0]:
                    examples[name] = (rank, text, doc_id)
    _merge_surnames(counts, docs, titled)
    rows = []
    for name, n in counts.items():
        if len(docs[name]) < min_documents:
            continue
        title = _main_title(titled[name]) if titled.get(name) else None
        rows.append(
            {
                "candidate": name,
                "kind": "titled_name" if title else "capitalised_name",
                "documents": len(docs[name]),
                "mentions": n,
                "example": examples[name][1],
                "doc_id": examples[name][2],
                "title": title,
                "suggested_type": _suggest_type(name, title),
            }
        )
    frame = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    frame["documents"] = frame["documents"].astype("int64")
    frame["mentions"] = frame["mentions"].astype("int64")
    return frame.sort_values(["documents", "mentions", "candidate"], ascending=[False, False, True], ignore_index=True)


def _merge_surnames(counts: Counter, docs: dict[str, set[str]], titled: dict[str, Counter]) -> None:
    """Fold a one-word name ("Blair", often after "Mr") into the multi-word name it ends ("Tony Blair").

    The longer name must occur in more documents than the surname; when
    several do, the most frequent takes it. Counts, documents and titles are
    merged in place.
    """
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        words = name.split()
        if len(words) >= 2:
            by_last[words[-1]].append(name)
    for name in [n for n in counts if " " not in n]:
        after_honorific_only = name in titled and set(titled[name]) <= set(_HONORIFICS)
        owners = [
            other
            for other in by_last.get(name, ())
            if len(docs[other]) >= len(docs[name]) and (other in titled or after_honorific_only)
        ]
        if not owners:
            continue
        owner = max(owners, key=lambda o: (len(docs[o]), counts[o]))
        counts[owner] += counts.pop(name)
        docs[owner] |= docs.pop(name)
        if name in titled:
            titled[owner].update(titled.pop(name))
            titled[owner] += Counter()  # drop zero counts


def _main_title(titles: Counter[str]) -> str:
    """The most frequent title, preferring an office ("Chancellor") to an honorific ("Mr")."""
    offices = Counter({t: n for t, n in titles.items() if t not in _HONORIFICS})
    return (offices or titles).most_common(1)[0][0]


def _suggest_type(name: str, title: str | None) -> str:
    """armed_group / organisation by keywords, person after a title, else organisation (review it)."""
    words = set(name.split())
    if words & _ARMED_WORDS:
        return "armed_group"
    if words & _ORG_WORDS:
        return "organisation"
    if title is not None:
        return "person"
    return "organisation"


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "candidate"


def candidates_to_yaml(
    candidates: pd.DataFrame,
    path: str | Path,
    *,
    dictionary: ActorDictionary | None = None,
    max_candidates: int | None = None,
) -> Path:
    """Write candidates as a user dictionary file (persons/organisations format) for review.

    Every candidate becomes an entry with a fresh snake_case ``id`` (suffixed
    ``_candidate`` when it would clash with ``dictionary``), ``name``, the
    suggested ``type``, ``country: null``, a ``surname`` for person names and a
    ``note`` with counts, title and an example sentence. Review it (fix types,
    countries, add roles, delete non-actors), then pass it as ``user_path`` to
    :func:`helpers.actors.load_dictionary`.

    Returns
    -------
    Path
        The file written.
    """
    path = Path(path)
    taken = set(dictionary.actors) if dictionary is not None else set()
    entries: list[dict[str, Any]] = []
    rows = candidates if max_candidates is None else candidates.head(max_candidates)
    for row in rows.itertuples(index=False):
        base = _slug(row.candidate)
        actor_id = base if base not in taken else f"{base}_candidate"
        suffix = 2
        while actor_id in taken:
            actor_id, suffix = f"{base}_candidate_{suffix}", suffix + 1
        taken.add(actor_id)
        actor_type = getattr(row, "suggested_type", None) or "organisation"
        entry: dict[str, Any] = {
            "id": actor_id,
            "name": str(row.candidate),
            "type": actor_type,
            "country": None,
            "aliases": [],
        }
        if actor_type == "person" and len(str(row.candidate).split()) >= 2:
            entry["surname"] = str(row.candidate).split()[-1]
        title = getattr(row, "title", None)
        example = " ".join(str(row.example).split())
        if len(example) > 200:
            example = example[:197] + "..."
        entry["note"] = (
            f"candidate ({row.kind}{', title: ' + title if isinstance(title, str) else ''}): "
            f"{row.documents} documents, {row.mentions} mentions; e.g. [{row.doc_id}] {example}"
        )
        entries.append(entry)
    header = (
        "# Candidate actors found by helpers.actors.discover_candidates: REVIEW BEFORE USE.\n"
        "# For each entry check type (country|person|organisation|armed_group|location), country\n"
        "# (ISO alpha-3 or null), add aliases/roles, delete entries that are not actors; then pass this\n"
        "# file as the user dictionary (load_dictionary(user_path=...), notebook parameter).\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return path
