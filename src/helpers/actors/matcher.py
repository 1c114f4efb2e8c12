"""Finding actor mentions in text with one Aho-Corasick automaton.

See :mod:`helpers.actors` for the matching and disambiguation rules; this
module implements them. The text is scanned once, in compiled code, for the
leftmost-longest non-overlapping keys — by ``ahocorasick_rs`` when it is
installed (about three times faster), else by pyahocorasick's
``Automaton.iter_long`` — over an ASCII view of the text with the same length
(:func:`helpers.actors.dictionary.fold`), so no offset map is needed. Python
code then looks only at the matches, never at every character: keys that need
no context rule (most) map straight to a precomputed record; the others go
through :meth:`Matcher._resolve`. Dictionaries of up to :data:`DFA_MAX_KEYS`
keys are compiled to a DFA (faster scan), larger ones to a contiguous NFA
(faster build: 30,000 aliases in about half a second).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import ahocorasick

from helpers.actors.dictionary import (
    Actor,
    ActorDictionary,
    as_day,
    default_dictionary,
    fold,
    fold_to_bytes,
    is_matchable,
)

__all__ = [
    "BLOCKED_PHRASES",
    "DISAMBIGUATION_CUES",
    "Matcher",
    "Mention",
    "build_matcher",
    "find_actors",
]


class Mention(NamedTuple):
    """One actor mention: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    actor_id: str
    name: str
    type: str
    country: str | None
    kind: str  # name | acronym | demonym | capital | metonym | surname | title


#: Words that, within ``CUE_WINDOW`` characters of an ambiguous alias, rule out
#: the country sense of that alias (compared case-insensitively on whole words).
DISAMBIGUATION_CUES: dict[str, frozenset[str]] = {
    "turkey": frozenset(
        "roast roasted stuffed stuffing thanksgiving gravy carve carved carving poultry recipe "
        "recipes oven baste basted drumstick drumsticks giblets feathers sandwich sandwiches".split()
    ),
    "georgia": frozenset(
        "atlanta savannah gov governor county counties peach bulldogs senator sen rep republican "
        "republicans democrat democrats gop primary alabama florida tennessee carolina mississippi "
        "kemp raffensperger fulton statewide legislature".split()
    ),
    "jordan": frozenset("nba basketball bulls sneaker sneakers nike dunk".split()),
    "chad": frozenset("quarterback touchdown nfl".split()),
}
#: Phrases (lower case) right before or after an ambiguous alias that rule out the country sense.
DISAMBIGUATION_PHRASES: dict[str, tuple[str, ...]] = {
    "georgia": (
        "state of georgia", "georgia state", "georgia tech", "university of georgia", "georgia, u.s", "georgia, us",
    ),
}
#: Phrases matched only to be skipped: they contain a country form (American,
#: America) that does not name the country here.
BLOCKED_PHRASES: tuple[str, ...] = tuple(
    f"{region} {noun}"
    for region in ("Latin", "North", "South", "Central")
    for noun in ("America", "American", "Americans")
) + ("the Americas", "The Americas", "Pan-American", "Pan American")
CUE_WINDOW = 100  # characters either side for cue words
SUPPORT_WINDOW = 150  # characters either side for a co-mentioned country
CAPS_WINDOW = 40  # characters either side (same line) checked for an all-caps context
LOWER_CASE_WINDOW = 2000  # characters either side searched for an ambiguous alias in lower case (~ an article)

# Capitalised words that may stand right before a name without being a first name.
_FUNCTION_WORDS = frozenset(
    """a an and as at but by for from if in into of off on or over the to under until upon via
    with without after before during since between against among across about above below
    near nor so yet while when where whereas although though because despite per than that
    this these those then there here it its his her their our your my we they he she you i
    what which who whom whose how why all both each every any some no not also only even
    said says say told according meanwhile however instead once still now today yesterday
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    mr mrs ms dr sir lord lady dame gen general col colonel capt captain sgt lt rev
    president vice prime minister foreign defence defense secretary chancellor king queen emir
    crown prince princess supreme leader state sheikh senator sen gov governor mayor ambassador
    spokesman spokeswoman chief head commander former late new north south east west central
    welcome visiting later earlier then thus yet""".split()
)
#: Names that start with a generic head ("Department of State") are also the tail of longer names
#: ("Texas Department of State Health Services"): like a single-word person name, they are
#: dropped after a capitalised word that is not a title or function word.
_GENERIC_HEADS = ("Department of ", "Ministry of ", "Office of ")
_GENERIC_HEADS_LOWER = tuple(head.lower() for head in _GENERIC_HEADS)
_COMMON_CAPS_WORDS = frozenset(
    "us it as is am an at be by do go he if in me my no of on or so to up we are who all can "
    "may say new one out man cap aid ira".split()
)
_NEXT_WORD = re.compile(r" ([A-Z][a-z][A-Za-z'-]*)")
_TITLE_AFTER_REJECT = re.compile(r" (?:[A-Z]|of\b|for\b)|-")


_PENDING, _PERSON, _AMBIGUOUS = 1, 2, 4  # key flags: needs a rule; names a person; is ambiguous
_POST_RESOLVE, _POST_NONE, _POST_PERSON, _POST_COUNTRY = -1, 0, 1, 2  # see Matcher._resolve
_LONG_TEXT = 100_000  # characters: find() pauses cyclic garbage collection on longer texts
DFA_MAX_KEYS = 20_000  # automata up to this many keys are built as a DFA (faster scan, slower build)
#: Word characters (ASCII letters and digits, and the stand-in "0") by byte value, for boundary checks.
_WORD_BYTE = tuple(chr(code).isalnum() for code in range(256))
_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))
_LETTER_BYTES = _LOWER_BYTES + _LOWER_BYTES.upper()
_new_tuple = _new_mention = tuple.__new__  # skips NamedTuple.__new__ argument handling


class _Candidate(NamedTuple):
    actor: int  # index into Matcher.actors, -1 for titles
    kind: str
    ambiguous: bool
    caps: bool  # an upper-cased variant of a mixed-case form


class _KeyInfo(NamedTuple):
    candidates: tuple[_Candidate, ...]
    all_caps: bool  # every candidate is an upper-case variant: needs an upper-case context
    named: tuple[_Candidate, ...]  # candidates other than surnames (exact forms unless all_caps)
    surnames: tuple[_Candidate, ...]
    ambiguous: bool  # named candidates need the context rules
    title: str | None
    acronym_word: bool  # an upper-case key that is also a common word (US, WHO, MAY)
    alias: str  # lower-cased folded key, for cue lookup


_KINDS_WITH_VARIANTS = ("name", "demonym", "capital", "metonym", "surname")


class Matcher:
    """A compiled dictionary: the automaton plus per-key candidate actors.

    Build it with :func:`build_matcher`; use :meth:`find` (same as
    :func:`find_actors`) or :meth:`scan` (raw boundary-checked key matches).

    Attributes
    ----------
    backend : str
        ``"ahocorasick_rs"`` (leftmost-longest matching in Rust, used when the
        package is installed) or ``"pyahocorasick"`` (``iter_long``); both give
        the same matches.
    key_strings : list of str
        The automaton's keys: folded surface forms and their case variants.
    n_keys : int
        Number of keys in the automaton.
    """

    def __init__(self, dictionary: ActorDictionary, backend: str | None = None) -> None:
        # the build allocates ~10 objects per key, all kept: cyclic garbage collection passes
        # over them would find nothing and cost about a quarter of the build time
        with _gc_paused():
            self._build(dictionary, backend)

    def _build(self, dictionary: ActorDictionary, backend: str | None) -> None:
        self.dictionary = dictionary
        self.actors: list[Actor] = list(dictionary)
        self._is_country = [a.type == "country" for a in self.actors]
        self._is_person = [a.type == "person" for a in self.actors]
        country_index = {a.actor_id: i for i, a in enumerate(self.actors) if a.type == "country"}
        # the country actor an actor belongs to (a person's, a national party's), -1 if none
        self._country_actor = [
            country_index.get(a.country, -1) if a.type != "country" else -1 for a in self.actors
        ]
        keys: dict[str, list[_Candidate]] = {}
        titles: dict[str, str] = {}

        def add(key: str, candidate: _Candidate) -> None:
            slot = keys.get(key)
            if slot is None:
                keys[key] = [candidate]
            else:
                slot.append(candidate)

        for index, actor in enumerate(self.actors):
            ambiguous = {fold(a) for a in actor.ambiguous} if actor.ambiguous else ()
            folded_forms = set()
            forms = list(actor.surface_forms())
            if actor.type == "person" and actor.surname:
                folded_forms = {fold(f) for f, _ in forms}
                if fold(actor.surname) not in folded_forms:
                    forms.append((actor.surname, "surname"))
            for form, kind in forms:
                if not is_matchable(form):  # other scripts: never in English news text, see fold()
                    continue
                folded = fold(form)
                is_ambiguous = folded in ambiguous
                add(folded, _new_tuple(_Candidate, (index, kind, is_ambiguous, False)))
                if kind == "acronym" or not folded:
                    continue
                if folded[0].islower():
                    add(folded[0].upper() + folded[1:], _new_tuple(_Candidate, (index, kind, is_ambiguous, False)))
                upper = folded.upper()
                if upper != folded and len(upper) == len(folded) and len(folded) >= 3:
                    add(upper, _new_tuple(_Candidate, (index, kind, is_ambiguous, True)))
            for role in actor.roles:
                for title in _title_forms(role.title):
                    titles[title] = role.title.lower()
        for phrase in BLOCKED_PHRASES:
            for variant in (fold(phrase), fold(phrase).upper()):
                keys.setdefault(variant, [_new_tuple(_Candidate, (-1, "block", False, False))])
        title_keys: dict[str, str] = {}
        for title, canonical in titles.items():
            for article in ("the ", "The "):
                if article + title not in keys:  # an actor alias wins over a title
                    keys[article + title] = [_new_tuple(_Candidate, (-1, "title", False, False))]
                    title_keys[article + title] = canonical
        self._title_after = re.compile(
            " (" + "|".join(re.escape(t) for t in sorted({t.lower() for t in titles}, key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        ) if titles else None
        self._titles = {t.lower(): c for t, c in titles.items()}
        # canonical (lower-case) title -> (person index, that person's roles with the title), in dictionary order
        holders: dict[str, list[tuple[int, tuple]]] = {}
        for index, actor in enumerate(self.actors):
            by_title: dict[str, list] = {}
            for role in actor.roles:
                by_title.setdefault(role.title.lower(), []).append(role)
            for title, roles in by_title.items():
                holders.setdefault(title, []).append((index, tuple(roles)))
        self._title_holders = {title: tuple(pairs) for title, pairs in holders.items()}

        # Keys starting with a lower-case letter are costly for the automaton
        # (every letter of running text then enters the trie), so a key like
        # "al-Assad" or "the Kremlin" is stored as its anchor "Assad" /
        # "Kremlin" and its prefix is checked on the (few) anchor matches.
        anchored: dict[str, list[tuple[str, str]]] = {}
        for key in list(keys):
            if key[0].islower() and key not in title_keys:
                cut = next((i for i, c in enumerate(key) if c.isupper()), -1)
                if cut > 0:
                    anchored.setdefault(key[cut:], []).append((key[:cut], key))
        infos: list[tuple[str, list[_Candidate]]] = [
            (key, candidates)
            for key, candidates in keys.items()
            if not (key[0].islower() and key not in title_keys and any(c.isupper() for c in key))
        ]
        automaton_keys = {key for key, _ in infos}
        for anchor in anchored:
            if anchor not in automaton_keys:
                infos.append((anchor, []))
                automaton_keys.add(anchor)
        n_automaton = len(infos)
        position = {key: i for i, (key, _) in enumerate(infos)}
        self._prefixes: list[tuple[tuple[str, int], ...] | None] = [None] * n_automaton
        for anchor, pairs in anchored.items():
            options = []
            for prefix, key in sorted(pairs, key=lambda pair: -len(pair[0])):
                options.append((prefix, len(infos)))
                infos.append((key, keys[key]))
            self._prefixes[position[anchor]] = tuple(options)

        self.keys: list[_KeyInfo | None] = []
        self._lengths: list[int] = []
        self._simple: list[int] = []
        self._simple_kind: list[str] = []
        self._has_candidates: list[bool] = []
        is_person = self._is_person
        for key, candidates in infos:
            if len(candidates) > 1:
                candidates = _dedupe_candidates(candidates)
            only = candidates[0] if candidates else _new_tuple(_Candidate, (-1, "", False, False))
            common_word = key.isupper() and key.lower() in _COMMON_CAPS_WORDS
            simple = (
                only.actor
                if len(candidates) == 1
                and only.actor >= 0
                and not only.caps
                and not only.ambiguous
                and only.kind != "surname"
                and not (is_person[only.actor] and " " not in key)
                and not key.startswith(_GENERIC_HEADS)
                and not common_word
                else -1
            )
            self._lengths.append(len(key))
            self._simple.append(simple)
            self._simple_kind.append(only.kind)
            self._has_candidates.append(bool(candidates))
            # the rules read a key's details only when it is not simple (most keys are)
            self.keys.append(
                None
                if simple >= 0
                else _new_tuple(
                    _KeyInfo,
                    (
                        tuple(candidates),
                        *_split_candidates(candidates),
                        title_keys.get(key) if only.kind == "title" else None,
                        common_word,
                        key.lower(),
                    ),
                )
            )
        self.key_strings: list[str] = [key for key, _ in infos[:n_automaton]]
        self.n_keys = n_automaton
        self.backend = _choose_backend(backend)
        if self.backend == "ahocorasick_rs":
            import ahocorasick_rs

            # a DFA scans about 25 % faster but takes ~20 µs per key to build: used for
            # dictionaries of the shipped size; larger ones get a contiguous NFA (as fast to
            # scan as the library's default choice, ~15 % quicker to build)
            implementation = (
                ahocorasick_rs.Implementation.DFA
                if n_automaton <= DFA_MAX_KEYS
                else ahocorasick_rs.Implementation.ContiguousNFA
            )
            self._rs = ahocorasick_rs.BytesAhoCorasick(
                [key.encode("ascii") for key in self.key_strings],  # folded keys are ASCII
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                implementation=implementation,
            )
        else:
            automaton = ahocorasick.Automaton()
            for number, key in enumerate(self.key_strings):
                automaton.add_word(key, number)
            automaton.make_automaton()
            self._automaton = automaton
        # cue words and phrases per alias, read when the matcher is built
        self._cues = {
            alias: tuple(sorted({*DISAMBIGUATION_CUES.get(alias, ()), *DISAMBIGUATION_PHRASES.get(alias, ())}))
            for alias in {*DISAMBIGUATION_CUES, *DISAMBIGUATION_PHRASES}
        }
        self._key_flags = [
            (_PENDING if a < 0 else 0)
            | (_PERSON if a >= 0 and self._is_person[a] else 0)
            | (_AMBIGUOUS if info is not None and info.ambiguous else 0)
            for a, info in zip(self._simple, self.keys)
        ]
        self._records = [
            (
                (self.actors[a].actor_id, self.actors[a].name, self.actors[a].type, self.actors[a].country, kind)
                if a >= 0
                else None
            )
            for a, kind in zip(self._simple, self._simple_kind)
        ]
        # what a mention of an actor feeds to later rules: nothing, a person (surnames, titles), a
        # country ("the Turkish president"); per key for keys that need no rule (-1 for the others)
        self._actor_post = [
            _POST_PERSON if person else _POST_COUNTRY if country else _POST_NONE
            for person, country in zip(self._is_person, self._is_country)
        ]
        self._key_post = [self._actor_post[a] if a >= 0 else _POST_RESOLVE for a in self._simple]
        self._key_is_country = [a >= 0 and self._is_country[a] for a in self._simple]
        self._actor_records = [(a.actor_id, a.name, a.type, a.country) for a in self.actors]

    def __reduce__(self) -> tuple:
        # pickled as its dictionary and backend (e.g. to Dask workers), rebuilt on load
        return (Matcher, (self.dictionary, self.backend))

    # ------------------------------------------------------------------ scanning
    def _matches(self, folded: str) -> list[tuple[int, int, int]]:
        """Leftmost-longest non-overlapping key matches as (key index, start, end) char offsets."""
        if self.backend == "ahocorasick_rs":
            # the folded text is ASCII: byte offsets are character offsets
            return self._rs.find_matches_as_indexes(folded.encode("ascii"))
        lengths = self._lengths
        return [(index, last + 1 - lengths[index], last + 1) for last, index in self._automaton.iter_long(folded)]

    def scan(self, folded: str) -> list[tuple[int, int, int]]:
        """Longest non-overlapping key matches on word boundaries in folded text.

        Returns ``(start, end, key_index)`` triples; ``end`` is exclusive. A
        match is dropped when a letter or digit touches either end, so
        ``Israel-Hamas`` yields both names and ``Erdogan's`` yields ``Erdogan``.
        An anchor match ("Assad") is extended over a key's prefix ("al-") when
        the text has it.
        """
        prefixes, has_candidates = self._prefixes, self._has_candidates
        n = len(folded)
        out = []
        append = out.append
        for index, start, end in self._matches(folded):
            if end < n and folded[end].isalnum():
                continue
            options = prefixes[index]
            if options is not None:
                for prefix, virtual in options:
                    begin = start - len(prefix)
                    if begin >= 0 and folded.startswith(prefix, begin) and not (begin and folded[begin - 1].isalnum()):
                        append((begin, end, virtual))
                        break
                else:
                    if has_candidates[index] and not (start and folded[start - 1].isalnum()):
                        append((start, end, index))
                continue
            if start and folded[start - 1].isalnum():
                continue
            append((start, end, index))
        return out

    # ------------------------------------------------------------------ resolving
    def find(self, text: str, *, published_at: Any = None) -> list[Mention]:
        """Actor mentions in ``text`` (see :func:`find_actors`).

        One loop over the automaton's matches checks boundaries and maps the
        keys that need no context rule; only when some match needs a rule, or
        a person is named (surname, title rules), does a second pass run.
        """
        if len(text) >= _LONG_TEXT:
            # a long text allocates many (acyclic) match and mention tuples: cyclic
            # garbage collection passes over them would find nothing
            with _gc_paused():
                return self._find(text, published_at)
        return self._find(text, published_at)

    def _find(self, text: str, published_at: Any) -> list[Mention]:
        data = fold_to_bytes(text)  # ASCII: byte offsets are character offsets
        folded = text if text.isascii() else data.decode("ascii")
        if self.backend == "ahocorasick_rs":
            matches = self._rs.find_matches_as_indexes(data)
        else:
            matches = self._matches(folded)
        n = len(data)
        word = _WORD_BYTE
        prefixes, has_candidates, key_flags = self._prefixes, self._has_candidates, self._key_flags
        raw: list[tuple[int, int, int]] = []
        append = raw.append
        state = 0  # OR of key flags: _PENDING, _PERSON, _AMBIGUOUS
        for index, start, end in matches:
            if end < n and word[data[end]]:
                continue
            options = prefixes[index]
            if options is not None:
                for prefix, virtual in options:
                    begin = start - len(prefix)
                    if begin >= 0 and folded.startswith(prefix, begin) and not (begin and word[data[begin - 1]]):
                        start, index = begin, virtual
                        break
                else:
                    if not has_candidates[index] or (start and word[data[start - 1]]):
                        continue
            elif start and word[data[start - 1]]:
                continue
            append((start, end, index))
            state |= key_flags[index]
        records = self._records
        if not state & _PENDING and not (state & _PERSON and self._title_after is not None):
            return [_new_mention(Mention, (start, end, text[start:end], *records[index])) for start, end, index in raw]
        return self._resolve(text, folded, data, raw, as_day(published_at), bool(state & _AMBIGUOUS))

    def _resolve(
        self,
        text: str,
        folded: str,
        data: bytes,
        raw: list[tuple[int, int, int]],
        day: dt.date | None,
        ambiguous: bool,
    ) -> list[Mention]:
        """Mentions of boundary-checked matches ``raw``, in text order, applying the context rules.

        ``ambiguous`` says whether some match has an ambiguous key, the only
        kind that reads the support of the whole text (collected first).
        """
        keys, simple, is_person, is_country = self.keys, self._simple, self._is_person, self._is_country
        country_actor, records, actor_records = self._country_actor, self._records, self._actor_records
        key_post, actor_post = self._key_post, self._actor_post
        # support: actors named by a key that needs no rule, and the countries of such actors
        support: set[int] = set()
        country_positions: list[int] = []
        if ambiguous:
            support = {simple[index] for _start, _end, index in raw}
            support.update([country_actor[actor] for actor in support])  # "Erdogan" supports "Turkey"
            support.discard(-1)
            key_is_country = self._key_is_country
            country_positions = [start for start, _end, index in raw if key_is_country[index]]
        last_seen: dict[int, int] = {}  # person actor -> start of its latest mention so far
        extra: list[Mention] = []
        mentions: list[Mention] = []
        append = mentions.append
        for start, end, index in raw:
            post = key_post[index]
            if post >= 0:  # a key that needs no rule
                append(_new_mention(Mention, (start, end, text[start:end], *records[index])))
                if not post:  # _POST_NONE
                    continue
                actor = simple[index]
            else:
                info = keys[index]
                caps_context = False
                if info.all_caps:
                    if not _in_caps_context(folded, data, start, end):
                        continue
                    caps_context = True
                if info.acronym_word and (caps_context or _in_caps_context(folded, data, start, end)):
                    continue
                if info.title is not None:
                    hit = self._resolve_title(folded, end, info.title, None, last_seen, day)
                else:
                    hit = self._resolve_candidates(
                        folded, start, end, info, caps_context, support, country_positions, last_seen
                    )
                if hit is None:
                    continue
                actor, kind = hit
                begin = start + 4 if kind == "title" else start  # the key includes "the "
                append(_new_mention(Mention, (begin, end, text[begin:end], *actor_records[actor], kind)))
                if country_actor[actor] >= 0:
                    support.add(country_actor[actor])
                post = actor_post[actor]
            if post == 1:  # _POST_PERSON
                last_seen[actor] = start
            elif (
                post == 2  # _POST_COUNTRY
                and last_seen
                and start >= 4
                and data[start - 2] == 101  # "e": cheap test before the slice
                and folded[start - 4 : start] in ("the ", "The ")
                and not (start > 4 and folded[start - 5].isalnum())
            ):
                title = self._title_after.match(folded, end) if self._title_after is not None else None
                if title is not None:
                    found = self._resolve_title(
                        folded, title.end(), title.group(1).lower(), self.actors[actor].actor_id, last_seen, day
                    )
                    if found is not None:
                        begin, stop = title.start(1), title.end(1)
                        extra.append(
                            _new_mention(Mention, (begin, stop, text[begin:stop], *actor_records[found[0]], "title"))
                        )
        if extra:
            mentions.extend(extra)
            mentions.sort()
        return mentions

    def _resolve_candidates(
        self,
        folded: str,
        start: int,
        end: int,
        info: _KeyInfo,
        caps_context: bool,
        support: set[int],
        country_positions: list[int],
        last_seen: dict[int, int],
    ) -> tuple[int, str] | None:
        named = info.named
        if named:
            if not info.ambiguous:
                only = named[0]
                if (
                    (self._is_person[only.actor] or info.alias.startswith(_GENERIC_HEADS_LOWER))
                    and not caps_context
                    and _preceded_by_first_name(folded, start, at_sentence_start=False)
                ):
                    return None
                return only.actor, only.kind
            # cheapest test first: without support in the text nothing else matters
            possessive = folded.startswith("'s ", end)
            chosen = [
                c
                for c in named
                if self._supported(c.actor, start, support, country_positions)
                or (possessive and c.kind == "name" and self._is_country[c.actor])
            ]
            if not chosen:
                return None
            if not caps_context and (
                _preceded_by_first_name(folded, start) or _followed_by_name(folded, end)
            ):
                return None
            chosen = [c for c in chosen if not self._has_negative_cue(folded, start, end, info.alias, c)]
            if (
                chosen
                and not all(c.actor in support for c in chosen)  # else the test changes nothing
                and _used_in_lower_case(folded, info.alias, start)
            ):
                # the text also writes the word in lower case ("cook turkey for 20 minutes"): its
                # common sense is in play, so only an actor the text names by another form stays
                chosen = [c for c in chosen if c.actor in support]
            if len({c.actor for c in chosen}) > 1:
                # two senses supported: keep the ones the document names elsewhere
                chosen = [c for c in chosen if c.actor in support]
            if len({c.actor for c in chosen}) == 1:
                return chosen[0].actor, chosen[0].kind
            return None
        # surname only: the latest person with this surname named earlier in the text
        if not caps_context and _preceded_by_first_name(folded, start, at_sentence_start=False):
            return None
        earlier = [(last_seen[c.actor], c.actor) for c in info.surnames if c.actor in last_seen]
        if not earlier:
            return None
        return max(earlier)[1], "surname"

    def _has_negative_cue(self, folded: str, start: int, end: int, alias: str, candidate: _Candidate) -> bool:
        if not self._is_country[candidate.actor]:
            return False
        cues = self._cues.get(alias)
        if cues is None:
            return False
        window = folded[max(0, start - CUE_WINDOW) : end + CUE_WINDOW].lower()
        for cue in cues:  # substring search per cue, then a whole-word check: no regex per match
            at = window.find(cue)
            while at >= 0:
                after = at + len(cue)
                if not (at and window[at - 1].isalpha()) and not (after < len(window) and window[after].isalpha()):
                    return True
                at = window.find(cue, at + 1)
        return False

    def _supported(self, actor: int, start: int, support: set[int], country_positions: list[int]) -> bool:
        if actor in support:
            return True
        if not self._is_country[actor]:
            return False
        lo = bisect.bisect_left(country_positions, start - SUPPORT_WINDOW)
        return lo < len(country_positions) and country_positions[lo] <= start + SUPPORT_WINDOW

    def _resolve_title(
        self,
        folded: str,
        end: int,
        title: str,
        country: str | None,
        last_seen: dict[int, int],
        day: dt.date | None,
    ) -> tuple[int, str] | None:
        """The one person named so far holding ``title`` (of ``country``) on ``day``, else None."""
        if _TITLE_AFTER_REJECT.match(folded, end):
            return None
        title = self._titles.get(title, title)
        matches = []
        # the persons with a role of this title (any date), then those named so far
        for actor_index, roles in self._title_holders.get(title, ()):
            if actor_index not in last_seen:
                continue
            for role in roles:
                if not role.holds_on(day):
                    continue
                if country is not None and (role.of or self.actors[actor_index].country) != country:
                    continue
                matches.append(actor_index)
                break
            if len(matches) > 1:
                return None
        if len(matches) != 1:
            return None
        return matches[0], "title"


BACKENDS = ("ahocorasick_rs", "pyahocorasick")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause cyclic garbage collection inside the block (restored on exit, also on error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _choose_backend(backend: str | None) -> str:
    """``ahocorasick_rs`` (Rust, about 3x faster) when installed, else ``pyahocorasick``."""
    if backend is None:
        try:
            import ahocorasick_rs  # noqa: F401
        except ImportError:
            return "pyahocorasick"
        return "ahocorasick_rs"
    if backend not in BACKENDS:
        raise ValueError(f"backend {backend!r} is not one of {BACKENDS}.")
    if backend == "ahocorasick_rs":
        import ahocorasick_rs  # noqa: F401  (ImportError tells the user to install it)
    return backend


def _split_candidates(candidates: list[_Candidate]) -> tuple[bool, tuple, tuple, bool]:
    """(all_caps, named, surnames, ambiguous) for a key's candidates; see :class:`_KeyInfo`."""
    if len(candidates) == 1:  # most keys: no sets or generators
        only = candidates[0]
        if only.kind == "surname":
            return only.caps, (), (only,), False
        if only.kind in ("title", "block"):
            return False, (), (), False
        return only.caps, (only,), (), only.ambiguous
    all_caps = bool(candidates) and all(c.caps for c in candidates)
    usable = candidates if all_caps else [c for c in candidates if not c.caps]
    named = tuple(c for c in usable if c.kind not in ("surname", "title", "block"))
    surnames = tuple(c for c in usable if c.kind == "surname")
    ambiguous = len({c.actor for c in named}) > 1 or any(c.ambiguous for c in named)
    return all_caps, named, surnames, ambiguous


def _dedupe_candidates(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per (actor, kind), preferring the exact form over an upper-case variant."""
    best: dict[tuple[int, str], _Candidate] = {}
    for candidate in candidates:
        previous = best.get((candidate.actor, candidate.kind))
        if previous is None or (previous.caps and not candidate.caps):
            best[(candidate.actor, candidate.kind)] = candidate
    return list(best.values())


def _title_forms(title: str) -> set[str]:
    """Capitalised and lower-case forms of a role title, with Defence/Defense spellings."""
    forms = {title, title.lower()}
    for form in list(forms):
        if "efence" in form:
            forms.add(form.replace("efence", "efense"))
    return {fold(f) for f in forms}


def _in_caps_context(folded: str, data: bytes, start: int, end: int) -> bool:
    """Whether the same line around the match is (almost) all upper case, as in a headline.

    ``data`` is ``folded`` as ASCII bytes: letters are counted with
    ``bytes.translate``, in C.
    """
    low = max(0, start - CAPS_WINDOW)
    low = max(low, folded.rfind("\n", low, start) + 1)
    high = min(len(folded), end + CAPS_WINDOW)
    newline = folded.find("\n", end, high)
    if newline >= 0:
        high = newline
    segment = data[low:high]
    size = high - low
    lower = size - len(segment.translate(None, _LOWER_BYTES))
    if lower > 0.2 * size:  # running text: decided without counting the letters
        return False
    letters = size - len(segment.translate(None, _LETTER_BYTES))
    return letters - (end - start) >= 4 and lower <= 0.2 * letters


def _preceded_by_first_name(folded: str, start: int, *, at_sentence_start: bool = True) -> bool:
    """A capitalised word that is not a title, function word or possessive stands right before.

    With ``at_sentence_start=False`` a word that itself opens a sentence (after
    ``.``, ``!``, ``?``, ``:``, ``;``, a newline or the start of the text) does
    not count: "Later Fidan said" is not a first name.
    """
    if start < 2 or folded[start - 1] != " ":
        return False
    last = folded[start - 2]
    if not last.isalpha() and last != "-":  # the word before ends in a digit or punctuation, or is empty
        return False
    window = max(0, start - 30)
    word_start = max(folded.rfind(" ", window, start - 1), folded.rfind("\n", window, start - 1)) + 1
    word = folded[word_start : start - 1]
    if not word or not word[0].isupper() or not word.isalpha():
        # possessives ("Israel's"), initials ("J."), numbers and punctuation are not first names
        return bool(word) and word[0].isupper() and word.replace("-", "").isalpha() and not word.isupper() \
            and word.lower() not in _FUNCTION_WORDS and _opens_no_sentence(folded, word_start, at_sentence_start)
    if word.isupper() or word.lower() in _FUNCTION_WORDS:
        return False
    return _opens_no_sentence(folded, word_start, at_sentence_start)


def _opens_no_sentence(folded: str, word_start: int, at_sentence_start: bool) -> bool:
    if at_sentence_start:
        return True
    before = folded[max(0, word_start - 3) : word_start].rstrip(" \"'(")
    return bool(before) and before[-1] not in ".!?:;\n"


def _used_in_lower_case(folded: str, alias: str, start: int) -> bool:
    """Whether ``alias`` (lower case) occurs as a whole word within :data:`LOWER_CASE_WINDOW` of ``start``."""
    if not alias.islower():
        return False
    low, high = max(0, start - LOWER_CASE_WINDOW), min(len(folded), start + LOWER_CASE_WINDOW)
    at = folded.find(alias, low, high)
    while at >= 0:
        after = at + len(alias)
        if not (at and folded[at - 1].isalnum()) and not (after < len(folded) and folded[after].isalnum()):
            return True
        at = folded.find(alias, after, high)
    return False


def _followed_by_name(folded: str, end: int) -> bool:
    """A capitalised word (not a function word, month or day) follows after one space."""
    if folded[end : end + 1] != " " or not folded[end + 1 : end + 2].isupper():
        return False
    match = _NEXT_WORD.match(folded, end)
    return match is not None and match.group(1).lower() not in _FUNCTION_WORDS


def build_matcher(dictionary: ActorDictionary | None = None) -> Matcher:
    """Compile ``dictionary`` (default: the shipped one) into a :class:`Matcher`.

    The matcher is cached on the dictionary object, so calling this again, or
    :func:`find_actors` with the same dictionary, costs nothing. The automaton
    backend is ``ahocorasick_rs`` when installed, else ``pyahocorasick``; build
    ``Matcher(dictionary, backend=...)`` to choose.
    """
    dictionary = default_dictionary() if dictionary is None else dictionary
    if dictionary._matcher is None:
        dictionary._matcher = Matcher(dictionary)
    return dictionary._matcher


def find_actors(
    text: str,
    dictionary: ActorDictionary | Matcher | None = None,
    *,
    published_at: Any = None,
) -> list[Mention]:
    """Find actor mentions in ``text``.

    Parameters
    ----------
    text : str
        Any text; offsets in the result index into it.
    dictionary : ActorDictionary or Matcher, optional
        Defaults to the shipped dictionary (:func:`helpers.actors.load_dictionary`).
    published_at : date, datetime, Timestamp, str, optional
        Publication date; title-only mentions ("the president") resolve only to
        a person whose role with that title covers this date. A missing date
        (None, NaT, NaN — undated articles, e.g. BBC News) means "unknown": the
        title resolves as at the latest known date, i.e. to a role still held
        (``to: null``).

    Returns
    -------
    list of Mention
        Sorted by ``start``; ``text[m.start:m.end] == m.surface``.

    Examples
    --------
    >>> [m.name for m in find_actors("Erdoğan’s visit to Ankara")]  # doctest: +SKIP
    ['Recep Tayyip Erdoğan', 'Turkey']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_actors expects a str, got {type(text).__name__}.")
    matcher = dictionary if isinstance(dictionary, Matcher) else build_matcher(dictionary)
    return matcher.find(text, published_at=published_at)
