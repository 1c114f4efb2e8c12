"""The actor dictionary: loading, validating and merging actor entries.

The shipped dictionary lives in ``helpers/data/actors/`` as three YAML files
(``countries.yaml``, ``organisations.yaml``, ``persons.yaml``); a researcher's
own file (YAML in the same format, or CSV) is merged over it with
:func:`load_dictionary`.

Country names come from :mod:`pycountry` at load time: for every entry of
``countries.yaml`` whose id is an ISO 3166 alpha-3 code, pycountry's ``name``,
``common_name`` and ``official_name`` are added to the entry's aliases. The YAML
holds only what pycountry lacks (short English name, extra aliases, demonyms,
capitals, metonyms, ambiguous aliases).

Merging a user file
-------------------
* an entry with a new ``id`` is added;
* an entry with an existing ``id`` updates it: scalar fields given (``name``,
  ``type``, ``country``, ``surname``) replace the default, list fields
  (``aliases``, ``acronyms``, ``demonyms``, ``capitals``, ``metonyms``,
  ``ambiguous``, ``roles``) are added to the default's, and
  ``remove_aliases: [...]`` drops aliases (of any kind) from the entry.

Validation
----------
:class:`ActorDictionaryError` (a :class:`ValueError`) is raised, naming the file
and entry, for an entry that is not a mapping, lacks ``id`` or ``name``, has an
unknown ``type``, a malformed ``country`` or role, a duplicate ``id`` within a
file, or an alias shared by two actors that is not listed in *both* entries'
``ambiguous`` lists. Aliases are compared after diacritic folding
(``Erdoğan`` = ``Erdogan``) because the matcher compares them that way.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pycountry
import yaml

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "ActorDictionary",
    "ActorDictionaryError",
    "Role",
    "as_day",
    "default_dictionary",
    "fold",
    "fold_to_bytes",
    "is_matchable",
    "load_dictionary",
    "read_entries",
]

ACTOR_TYPES = ("country", "person", "organisation", "armed_group", "location")
LIST_FIELDS = ("aliases", "acronyms", "demonyms", "capitals", "metonyms", "ambiguous")
KNOWN_FIELDS = {
    "id", "name", "type", "country", "surname", "roles", "status", "note",
    "remove_aliases", *LIST_FIELDS,
}
SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "persons.yaml")


class ActorDictionaryError(ValueError):
    """A dictionary file or entry is malformed; the message says where and how to fix it."""


# --------------------------------------------------------------------------- folding
def _build_fold_table() -> dict[int, str]:
    """One-to-one folding of Latin letters, quotes, dashes and spaces to ASCII.

    Every character maps to exactly one ASCII character, so a folded text has
    the same length and offsets as the original. Accented letters lose their
    accents (``ğ``→``g``); letters without a one-letter decomposition map to
    their nearest letter (``ß``→``s``, ``æ``→``a``, ``œ``→``o``, ``þ``→``t``).
    """
    table: dict[int, str] = {}
    for block in (range(0x00C0, 0x0250), range(0x1E00, 0x1F00)):
        for code in block:
            char = chr(code)
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base != char and base.isascii() and base.isalpha():
                table[code] = base
    extra = {
        "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ð": "d", "Ð": "D", "ß": "s", "ẞ": "S",
        "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "þ": "t", "Þ": "T", "ĸ": "k", "ŉ": "n",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u2032": "'", "\u201b": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2026": ".",
    }
    table.update({ord(k): v for k, v in extra.items()})
    return table


#: Latin letters, quotes, dashes and spaces and their one-character ASCII folds.
FOLD_TABLE = _build_fold_table()
_OTHER_LETTER = "0"  # stand-in for letters/digits of other scripts: word characters, never in a key
_OTHER_SYMBOL = "#"  # stand-in for other symbols: a word boundary
_FOLD_LUT: np.ndarray | None = None


def _fold_lut() -> np.ndarray:
    """ASCII code for every code point of the Basic Multilingual Plane (+1 slot for the rest)."""
    global _FOLD_LUT
    if _FOLD_LUT is None:
        lut = np.full(0x10001, ord(_OTHER_SYMBOL), dtype=np.uint8)
        lut[:128] = np.arange(128, dtype=np.uint8)
        for code in range(128, 0x10000):
            if 0xD800 <= code <= 0xDFFF:
                continue
            folded = FOLD_TABLE.get(code)
            if folded is not None:
                lut[code] = ord(folded)
            elif chr(code).isalnum():
                lut[code] = ord(_OTHER_LETTER)
        _FOLD_LUT = lut
    return _FOLD_LUT


def fold(text: str) -> str:
    """ASCII view of ``text`` with the same length: accents, quotes, dashes and spaces folded.

    Each character maps to one ASCII character (:data:`FOLD_TABLE`; letters
    of other scripts become ``0``, other symbols ``#``), so offsets found in
    the folded text are offsets into ``text`` and word boundaries stay where
    they were. Case is kept. ASCII text is returned as is; other text is mapped
    in C, no Python loop over characters (see :func:`fold_to_bytes`).

    >>> fold("Erdoğan’s")
    "Erdogan's"
    """
    if text.isascii():
        return text
    return fold_to_bytes(text).decode("ascii")


_FOLD_CHUNK = 1 << 14  # characters folded at a time: small buffers stay in the allocator's cache


#: Frequent characters outside Latin-1 (typographic quotes, dashes, ellipsis), folded with str.replace.
_COMMON_WIDE = tuple((char, FOLD_TABLE[ord(char)]) for char in "\u2019\u201c\u201d\u2018\u2013\u2014\u2026")
_LATIN1_FOLD: bytes | None = None


def fold_to_bytes(text: str) -> bytes:
    """:func:`fold` as ASCII bytes (what the automaton reads): ``fold_to_bytes(t).decode() == fold(t)``.

    Two routes, both in C: typographic quotes, dashes and the ellipsis are
    replaced (``str.replace``), then text that is now Latin-1 (``£``, ``é``)
    is encoded and mapped with ``bytes.translate``; any other text goes
    through the numpy table. Long texts are folded
    in pieces of 16k characters (small buffers are cheaper than fresh pages).
    """
    if text.isascii():
        return text.encode("ascii")
    if len(text) <= _FOLD_CHUNK:
        return _fold_piece(text)
    return b"".join(
        [_fold_piece(text[begin : begin + _FOLD_CHUNK]) for begin in range(0, len(text), _FOLD_CHUNK)]
    )


def _fold_piece(text: str) -> bytes:
    global _LATIN1_FOLD
    if text.isascii():
        return text.encode("ascii")
    if _LATIN1_FOLD is None:
        _LATIN1_FOLD = _fold_lut()[:256].tobytes()
    simpler = text
    for char, folded in _COMMON_WIDE:
        if char in simpler:
            simpler = simpler.replace(char, folded)  # one character for one: offsets unchanged
            if simpler.isascii():
                return simpler.encode("ascii")
    try:
        return simpler.encode("latin-1").translate(_LATIN1_FOLD)
    except UnicodeEncodeError:  # other characters: the numpy table
        return _fold_chunk(text).tobytes()


def _fold_chunk(text: str) -> np.ndarray:
    lut = _FOLD_LUT if _FOLD_LUT is not None else _fold_lut()
    encoded = text.encode("utf-16-le", "surrogatepass")
    if len(encoded) == 2 * len(text):  # no character outside the BMP: one UTF-16 unit per character
        codes = np.frombuffer(encoded, dtype=np.uint16)
    else:
        codes = np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), 0x10000)
    # news text is mostly ASCII: cast everything, then look up only the other characters
    folded = codes.astype(np.uint8)
    wide = np.flatnonzero(codes > 127)
    if len(wide):
        folded[wide] = lut[codes[wide]]
    return folded


def is_matchable(form: str) -> bool:
    """Whether a surface form can be matched: Latin script (ASCII after :func:`fold`, no stand-ins)."""
    return form.isascii() or all(ch.isascii() or ord(ch) in FOLD_TABLE for ch in form)


# --------------------------------------------------------------------------- dates
def as_day(value: Any) -> dt.date | None:
    """The calendar date of ``value``, or None when it is missing (None, NaT, NaN, NA).

    Accepts :class:`datetime.date`, :class:`datetime.datetime`, pandas
    :class:`~pandas.Timestamp`, :class:`numpy.datetime64` and ISO strings; a
    time zone is ignored (the local calendar date is kept).

    Raises
    ------
    ValueError
        For a value that is not a date (e.g. ``"yesterday"``).
    """
    if value is None:
        return None
    if type(value) is dt.date:  # the common case first
        return value
    if not isinstance(value, str):
        try:
            if pd.isna(value):  # NaT, NaN, pd.NA, numpy NaT: the date is unknown
                return None
        except (TypeError, ValueError):  # arrays and other non-scalars
            pass
    if isinstance(value, dt.datetime):  # also pandas Timestamp (not NaT, handled above)
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        raise ValueError(
            f"published_at {value!r} is not a date; pass a date, datetime, Timestamp, ISO string or None."
        ) from None
    return None if pd.isna(stamp) else stamp.date()


# --------------------------------------------------------------------------- entries
@dataclass(frozen=True)
class Role:
    """A public role held by a person between two dates (``end`` None = current)."""

    title: str
    of: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: Any) -> bool:
        """Whether the role was held on ``day``.

        ``day`` may be a date, a datetime or pandas Timestamp (its date is
        used), or missing — None, NaT, NaN — when the publication date is
        unknown. An unknown date resolves as at the latest known date: the
        role counts only if it is still held (``end`` None).
        """
        day = as_day(day)
        if day is None:
            return self.end is None
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day <= self.end


@dataclass(frozen=True)
class Actor:
    """One canonical actor and every surface form that names it.

    ``aliases`` always include ``name`` (and, for countries, pycountry's names);
    ``ambiguous`` holds the aliases that also have another sense, matched only
    under the context rules of :mod:`helpers.actors.matcher`.
    """

    actor_id: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    surname: str | None = None
    roles: tuple[Role, ...] = ()
    note: str = ""

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """Yield ``(form, kind)`` for every form, kind in name|acronym|demonym|capital|metonym."""
        for kind, forms in (
            ("name", self.aliases),
            ("acronym", self.acronyms),
            ("demonym", self.demonyms),
            ("capital", self.capitals),
            ("metonym", self.metonyms),
        ):
            for form in forms:
                yield form, kind


@dataclass
class ActorDictionary:
    """Actors by id, with the files they came from.

    Iterate over it for :class:`Actor` objects, index it by ``actor_id``, and
    turn it into a table with :meth:`to_frame`. The compiled matcher is cached
    on the object by :func:`helpers.actors.build_matcher`.
    """

    actors: dict[str, Actor]
    sources: tuple[str, ...] = ()
    _matcher: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # the compiled matcher is rebuilt where needed (e.g. on a Dask worker), not pickled
        return {"actors": self.actors, "sources": self.sources, "_matcher": None}

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def n_aliases(self) -> int:
        """Number of distinct surface forms (all kinds, before case variants)."""
        return len({form for actor in self for form, _ in actor.surface_forms()})

    def to_frame(self) -> pd.DataFrame:
        """One row per actor: actor_id, name, type, country, n_aliases, aliases (``; ``-joined)."""
        rows = [
            {
                "actor_id": a.actor_id,
                "name": a.name,
                "type": a.type,
                "country": a.country,
                "n_aliases": sum(1 for _ in a.surface_forms()),
                "aliases": "; ".join(form for form, _ in a.surface_forms()),
            }
            for a in self
        ]
        return pd.DataFrame(rows, columns=["actor_id", "name", "type", "country", "n_aliases", "aliases"])


# --------------------------------------------------------------------------- reading
def _as_list(value: Any, *, where: str, key: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    raise ActorDictionaryError(f"{where}: '{key}' must be a list, got {type(value).__name__} {value!r}.")


def _as_date(value: Any, *, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ActorDictionaryError(
            f"{where}: role date {value!r} is not an ISO date; write YYYY-MM-DD "
            "(YYYY-MM-01 when only the month is known) or null."
        ) from None


def read_entries(path: str | Path) -> list[dict[str, Any]]:
    """Read raw entries (mappings) from a dictionary file: YAML list or CSV table.

    CSV files have one row per actor and the columns of the YAML format; list
    columns (``aliases``, ``acronyms``, ``demonyms``, ``capitals``,
    ``metonyms``, ``ambiguous``, ``remove_aliases``) hold ``;``-separated values.
    Roles cannot be given in CSV.
    """
    path = Path(path)
    if not path.exists():
        raise ActorDictionaryError(f"Actor dictionary file not found: {path}")
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        entries = []
        for row in rows:
            entry: dict[str, Any] = {}
            for key, value in row.items():
                if key is None:
                    continue
                key = key.strip()
                value = (value or "").strip()
                if key in (*LIST_FIELDS, "remove_aliases"):
                    entry[key] = [v.strip() for v in value.split(";") if v.strip()]
                elif value:
                    entry[key] = value
            entries.append(entry)
        return entries
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ActorDictionaryError(f"{path}: not valid YAML ({err}).") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ActorDictionaryError(
            f"{path}: the top level must be a list of entries (lines starting with '- id: ...'), "
            f"got {type(data).__name__}."
        )
    return data


def _pycountry_names(alpha_3: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=alpha_3)
    if country is None:
        return []
    names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
    return [n for n in names if n]


def _known_country_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries}


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = str(item).strip()
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


def _entry_to_actor(
    entry: Any, *, where: str, default_type: str | None, default_name: str | None = None
) -> Actor:
    if not isinstance(entry, Mapping):
        raise ActorDictionaryError(f"{where}: each entry must be a mapping (id: ..., name: ...), got {entry!r}.")
    actor_id = entry.get("id")
    if actor_id is None or str(actor_id).strip() == "":
        raise ActorDictionaryError(
            f"{where}: entry without 'id' (name: {entry.get('name')!r}); every entry needs a unique id "
            "(ISO alpha-3 for countries, snake_case for others)."
        )
    actor_id = str(actor_id).strip()
    where = f"{where} (id {actor_id!r})"
    unknown = set(entry) - KNOWN_FIELDS
    if unknown:
        warnings.warn(f"{where}: ignoring unknown field(s) {sorted(unknown)}.", stacklevel=3)
    actor_type = str(entry.get("type") or default_type or "").strip()
    if actor_type not in ACTOR_TYPES:
        raise ActorDictionaryError(f"{where}: type {actor_type!r} is not one of {', '.join(ACTOR_TYPES)}.")
    pycountry_names = _pycountry_names(actor_id) if actor_type == "country" else []
    name = entry.get("name") or default_name or (pycountry_names[0] if pycountry_names else None)
    if not name:
        raise ActorDictionaryError(f"{where}: entry without 'name'; give the display name.")
    country = entry.get("country")
    if actor_type == "country":
        country = actor_id
    if country is not None:
        country = str(country).strip().upper() or None
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise ActorDictionaryError(f"{where}: country {country!r} must be an ISO alpha-3 code like 'TUR' or null.")
    lists = {key: _as_list(entry.get(key), where=where, key=key) for key in LIST_FIELDS}
    roles = []
    for raw in _as_list(entry.get("roles"), where=where, key="roles"):
        if not isinstance(raw, Mapping) or not raw.get("title"):
            raise ActorDictionaryError(f"{where}: role {raw!r} needs at least a 'title'.")
        roles.append(
            Role(
                title=str(raw["title"]).strip(),
                of=(str(raw["of"]).strip() if raw.get("of") else None),
                start=_as_date(raw.get("from"), where=where),
                end=_as_date(raw.get("to"), where=where),
            )
        )
    aliases = _dedupe([str(name), *pycountry_names, *lists["aliases"]])
    return Actor(
        actor_id=actor_id,
        name=str(name),
        type=actor_type,
        country=country,
        aliases=aliases,
        acronyms=_dedupe(lists["acronyms"]),
        demonyms=_dedupe(lists["demonyms"]),
        capitals=_dedupe(lists["capitals"]),
        metonyms=_dedupe(lists["metonyms"]),
        ambiguous=_dedupe(lists["ambiguous"]),
        surname=(str(entry["surname"]).strip() if entry.get("surname") else None),
        roles=tuple(roles),
        note=str(entry.get("note") or ""),
    )


def _merge_actor(base: Actor, entry: Mapping[str, Any], update: Actor) -> Actor:
    """Merge a user entry (already parsed as ``update``) over ``base``."""
    changes: dict[str, Any] = {}
    for key in ("name", "type", "country", "surname", "note"):
        if entry.get(key) not in (None, ""):
            changes[key] = getattr(update, key)
    for key in LIST_FIELDS:
        changes[key] = _dedupe([*getattr(base, key), *getattr(update, key)])
    changes["roles"] = tuple(dict.fromkeys([*base.roles, *update.roles]))
    merged = replace(base, **changes)
    removed = {fold(a) for a in _as_list(entry.get("remove_aliases"), where=base.actor_id, key="remove_aliases")}
    if removed:
        merged = replace(
            merged,
            **{key: tuple(a for a in getattr(merged, key) if fold(a) not in removed) for key in LIST_FIELDS},
        )
    return merged


def _parse_file(path: Path, default_type: str | None) -> list[tuple[Mapping[str, Any], Actor]]:
    parsed = []
    seen: set[str] = set()
    for number, entry in enumerate(read_entries(path), start=1):
        actor = _entry_to_actor(entry, where=f"{path.name} entry {number}", default_type=default_type)
        if actor.actor_id in seen:
            raise ActorDictionaryError(f"{path.name}: id {actor.actor_id!r} appears twice; ids must be unique.")
        seen.add(actor.actor_id)
        parsed.append((entry, actor))
    return parsed


def _validate_aliases(actors: Mapping[str, Actor], *, strict: bool) -> dict[str, Actor]:
    """Check that no folded alias names two actors unless both list it as ambiguous."""
    owners: dict[str, list[tuple[str, str]]] = {}
    for actor in actors.values():
        for form, _kind in actor.surface_forms():
            if is_matchable(form):
                owners.setdefault(fold(form), []).append((actor.actor_id, form))
    problems: list[tuple[str, list[str]]] = []
    for folded, pairs in owners.items():
        ids = list(dict.fromkeys(actor_id for actor_id, _ in pairs))
        if len(ids) < 2:
            continue
        ambiguous_everywhere = all(
            folded in {fold(a) for a in actors[actor_id].ambiguous} for actor_id in ids
        )
        if not ambiguous_everywhere:
            problems.append((pairs[0][1], ids))
    if not problems:
        return dict(actors)
    message = "; ".join(f"alias {alias!r} points to {' and '.join(map(repr, ids))}" for alias, ids in problems)
    hint = (
        " — list the alias under 'ambiguous' in every entry that uses it (the matcher then "
        "disambiguates by context), or keep it in one entry only (remove_aliases in a user file)."
    )
    if strict:
        raise ActorDictionaryError(f"{len(problems)} conflicting alias(es): {message}{hint}")
    warnings.warn(f"Dropping {len(problems)} conflicting alias(es): {message}{hint}", stacklevel=3)
    drop: dict[str, set[str]] = {}
    for alias, ids in problems:
        for actor_id in ids:
            drop.setdefault(actor_id, set()).add(fold(alias))
    cleaned = dict(actors)
    for actor_id, folded in drop.items():
        actor = cleaned[actor_id]
        cleaned[actor_id] = replace(
            actor, **{key: tuple(a for a in getattr(actor, key) if fold(a) not in folded) for key in LIST_FIELDS}
        )
    return cleaned


def shipped_dictionary_dir() -> Path:
    """Folder of the shipped dictionary files (``helpers/data/actors``)."""
    return Path(str(resources.files("helpers") / "data" / "actors"))


def load_dictionary(
    user_path: str | Path | None = None,
    *,
    base_dir: str | Path | None = None,
    strict: bool = True,
) -> ActorDictionary:
    """Load the actor dictionary: the shipped files, with an optional user file merged over them.

    Parameters
    ----------
    user_path : path, optional
        A researcher's dictionary, YAML (same format as the shipped files; give
        ``type`` on every entry — ``country`` entries take names from pycountry)
        or CSV (same columns, ``;``-separated lists). Entries with a new id are
        added; entries with an existing id update it (see module docstring).
    base_dir : path, optional
        Folder with ``countries.yaml``, ``organisations.yaml`` and
        ``persons.yaml``; defaults to the shipped ``helpers/data/actors``.
        Missing files are skipped; a missing folder is an error.
    strict : bool, default True
        Raise :class:`ActorDictionaryError` on an alias that names two actors
        without being listed as ambiguous in both; when False, warn and drop it.

    Returns
    -------
    ActorDictionary

    Raises
    ------
    ActorDictionaryError
        For any malformed file or entry; the message names the file, entry and fix.
    """
    folder = Path(base_dir) if base_dir is not None else shipped_dictionary_dir()
    if not folder.is_dir():
        raise ActorDictionaryError(
            f"Actor dictionary folder not found: {folder}. Pass base_dir= to a folder with "
            f"{', '.join(SHIPPED_FILES)}."
        )
    actors: dict[str, Actor] = {}
    sources: list[str] = []
    known_codes = _known_country_codes()
    for filename, default_type in zip(SHIPPED_FILES, ("country", None, "person")):
        path = folder / filename
        if not path.exists():
            continue
        sources.append(str(path))
        for _entry, actor in _parse_file(path, default_type):
            if actor.actor_id in actors:
                raise ActorDictionaryError(
                    f"{filename}: id {actor.actor_id!r} is already used in another dictionary file; "
                    "ids must be unique across countries, organisations and persons."
                )
            if default_type == "country" and actor.actor_id not in known_codes and not re.fullmatch(
                r"[A-Z]{3}", actor.actor_id
            ):
                raise ActorDictionaryError(
                    f"{filename}: country id {actor.actor_id!r} must be an ISO alpha-3 code or an "
                    "upper-case three-letter id for a de-facto state."
                )
            actors[actor.actor_id] = actor
    if not sources:
        raise ActorDictionaryError(f"No dictionary files ({', '.join(SHIPPED_FILES)}) in {folder}.")
    if user_path is not None:
        path = Path(user_path)
        sources.append(str(path))
        seen: set[str] = set()
        for number, entry in enumerate(read_entries(path), start=1):
            existing = actors.get(str(entry.get("id", "")).strip()) if isinstance(entry, Mapping) else None
            update = _entry_to_actor(
                entry,
                where=f"{path.name} entry {number}",
                default_type=existing.type if existing is not None else None,
                default_name=existing.name if existing is not None else None,
            )
            if update.actor_id in seen:
                raise ActorDictionaryError(f"{path.name}: id {update.actor_id!r} appears twice; ids must be unique.")
            seen.add(update.actor_id)
            actors[update.actor_id] = _merge_actor(existing, entry, update) if existing is not None else update
    actors = _validate_aliases(actors, strict=strict)
    return ActorDictionary(actors=actors, sources=tuple(sources))


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The shipped dictionary, loaded once per process."""
    return load_dictionary()
