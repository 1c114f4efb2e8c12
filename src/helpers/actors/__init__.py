"""Political actors in news text: dictionary, matcher, mention tables, discovery.

Stage 3a of the pipeline (first half of notebook ``03_actor_cooccurrence``)::

    dictionary = load_dictionary(user_path)            # shipped YAML (+ pycountry) + user file
    mentions = extract_mentions(articles, sentences, dictionary)   # actor_mentions table
    actors = summarise_actors(mentions, articles)                   # actors table
    candidates = discover_candidates(articles, sentences, mentions, dictionary)
    candidates_to_yaml(candidates, "reports/actor_candidates.yaml")  # review, then merge

Matching
--------
All surface forms (display name, aliases, pycountry names, acronyms, demonyms,
capitals, metonyms; the ``surname`` of persons; role titles) go into one
Aho-Corasick automaton. A text is matched in four steps, none of which loops
over characters in Python:

1. **Folding.** :func:`fold` gives an ASCII view of the text with the same
   length: accented Latin letters lose their accents (``ğ``→``g``,
   ``ı``→``i``, ``ø``→``o``, ``ß``→``s``), curly quotes become straight,
   dash variants ``-``, odd spaces spaces; letters of other scripts become
   ``0`` and other symbols ``#`` (so word boundaries stay where they were).
   One character for one, so offsets in the view are offsets in the text and
   no offset map is needed; done in C (Latin-1 text with ``bytes.translate``,
   typographic quotes with ``str.replace``, anything else with a numpy table). Keys are folded the same way, so
   ``Erdogan`` = ``Erdoğan``; aliases in other scripts are not matched.
2. **Longest matches.** The automaton returns leftmost-longest
   non-overlapping keys (``ahocorasick_rs`` when installed, else
   pyahocorasick's ``iter_long``; same matches), so "Recep Tayyip Erdogan"
   wins over "Erdogan" and "Nigeria" over "Niger". Keys that start with a
   lower-case particle ("al-Assad", "the Kremlin") are stored from their
   first capital ("Assad") and the prefix is checked on the match: keys
   starting lower case would slow the automaton on every word of running text.
3. **Word boundaries.** A match touching a letter or digit on either side is
   dropped. ``-`` and apostrophes are boundaries, so "Israel-Hamas war" yields
   Israel and Hamas, and possessives ("Erdoğan's", "Netanyahu’s") yield the
   name (the ``'s`` is not part of the surface).
4. **Resolution** of the matches that need it (below); all others map directly.

Case. Matching is case-sensitive: names match as written in the dictionary
(a form starting lower case, "the Kremlin", also matches capitalised), so
"turkey" never matches. Acronyms match only exactly ("NATO", not "Nato" unless
listed). Every non-acronym form of three or more letters also has an
UPPER-CASE key, accepted only in an upper-case context (the same line, ±40
characters, is at most 20 % lower-case letters: headlines, CoNLL titles).
An upper-case key that is also a common English word (``US``, ``WHO``,
``IT``, ``MAY``…) is dropped in an upper-case context ("LET US GO").

Persons. A single-word person alias ("Erdogan", "Trump") is dropped when the
word right before it is capitalised and is not a title, honorific, function
word or possessive: "Ivanka Trump" is not Donald Trump. A capitalised word
that opens a sentence is not taken for a first name ("Later, Fidan said",
"Later Fidan said"), so "Ivanka Trump" at the very start of a sentence is
(wrongly) Donald Trump: a known limit.

Names with a generic head ("Department of State", "Ministry of ...",
"Office of ...") are also the tail of longer names ("Texas Department of State
Health Services"); like single-word person aliases they are dropped after a
capitalised word that is not a title or function word.

Surname-only mentions. A person's ``surname`` that is not itself an alias
matches only if that person was named earlier in the same text (by an alias,
another surname or a title mention); when several persons share the surname,
the one named most recently wins. The first-name rule above applies too.

Title-only mentions (kind ``title``). A role title from the dictionary
("president", "Foreign Minister"; Defence/Defense spellings) resolves to a
person only when all of these hold:

* it is written "the <title>" or "the <country form> <title>" ("the Turkish
  president", "the US president"), with the country form matched just before;
* it is not followed by a capitalised word, "of", "for" or a hyphen
  ("President Donald Trump", "the president of the commission",
  "president-elect" do not resolve);
* exactly one person named earlier in the text holds a role with that title,
  of that country if one is given, on ``published_at``. An undated article
  (``published_at`` None or NaT) resolves as at the latest known date: only a
  role that is still held (``to: null``) counts.

Ambiguous aliases. An alias listed under ``ambiguous`` (e.g. Turkey, Jordan,
Georgia, Chad) or shared by two actors (listed ambiguous in both) is accepted
for an actor only when:

* it is not part of a longer name: no capitalised non-function word right
  before it ("Michael Jordan") or right after it ("Jordan Henderson",
  "Georgia Tech", "Niger Delta"); not checked in upper-case contexts;
* no negative cue for a country sense lies within 100 characters
  (:data:`DISAMBIGUATION_CUES`: food words for Turkey — roast, stuffed,
  Thanksgiving…; US-state words for Georgia — Atlanta, county, Gov., state of
  Georgia, "Georgia, U.S."…; basketball words for Jordan; :data:`DISAMBIGUATION_PHRASES`);
* the text supports it: the same actor is also found by an unambiguous form
  anywhere in the text (Turkish, Ankara, Amman, Tbilisi…) or an actor of
  that country is (Erdoğan for Turkey); or, for a country, another country
  is mentioned within 150 characters (lists such as "Jordan, Syria and
  Iraq", sports results); or a country name is in the possessive before a
  word ("Turkey's central bank");
* if the text also writes the alias in lower case as a word within 2,000
  characters (about an article; ``LOWER_CASE_WINDOW``) — "cook turkey for 20
  minutes" — its common sense is in play: only an actor the text names by
  another, unambiguous form is kept (a nearby country or a possessive is not
  enough);
* exactly one candidate actor remains — when two do, the one that the text
  names elsewhere (rather than only a nearby country) wins ("Brussels" for
  the EU when the EU is named); otherwise nothing is reported.

These rules favour precision: a lone, unsupported "Georgia" is not reported.

Blocked phrases (:data:`BLOCKED_PHRASES`): "Latin America(n)", "North/South/
Central America(n)", "the Americas" are matched and dropped, so the
"America(n)" inside them does not count for the United States.

Mention kinds: ``name`` (display name, alias, pycountry name), ``acronym``,
``demonym`` (adjective or people: "Turkish", "Turks"), ``capital``,
``metonym`` ("the Kremlin"), ``surname``, ``title``. The ``kind`` column of
``actor_mentions`` lets analyses drop, e.g., demonyms.
"""

from helpers.actors.dictionary import (
    ACTOR_TYPES,
    Actor,
    ActorDictionary,
    ActorDictionaryError,
    Role,
    default_dictionary,
    fold,
    load_dictionary,
    shipped_dictionary_dir,
)
from helpers.actors.discovery import CANDIDATE_COLUMNS, candidates_to_yaml, discover_candidates
from helpers.actors.extraction import (
    ACTORS_COLUMNS,
    MENTION_COLUMNS,
    combine_actor_summaries,
    extract_mentions,
    mentions_for_document,
    summarise_actors,
)
from helpers.actors.matcher import (
    BLOCKED_PHRASES,
    DISAMBIGUATION_CUES,
    DISAMBIGUATION_PHRASES,
    Matcher,
    Mention,
    build_matcher,
    find_actors,
)

__all__ = [
    "ACTORS_COLUMNS",
    "ACTOR_TYPES",
    "BLOCKED_PHRASES",
    "CANDIDATE_COLUMNS",
    "DISAMBIGUATION_CUES",
    "DISAMBIGUATION_PHRASES",
    "MENTION_COLUMNS",
    "Actor",
    "ActorDictionary",
    "ActorDictionaryError",
    "Matcher",
    "Mention",
    "Role",
    "build_matcher",
    "candidates_to_yaml",
    "combine_actor_summaries",
    "default_dictionary",
    "discover_candidates",
    "extract_mentions",
    "find_actors",
    "fold",
    "load_dictionary",
    "mentions_for_document",
    "shipped_dictionary_dir",
    "summarise_actors",
]
