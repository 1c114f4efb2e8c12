"""Tests for helpers.actors: dictionary loading, matching rules, tables, discovery."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.actors import (
    MENTION_COLUMNS,
    ActorDictionaryError,
    build_matcher,
    candidates_to_yaml,
    discover_candidates,
    extract_mentions,
    find_actors,
    fold,
    load_dictionary,
    shipped_dictionary_dir,
    summarise_actors,
)
from helpers.actors.dictionary import _pycountry_names
from helpers.paths import project_root

FIXTURES = Path(__file__).parent / "fixtures" / "actors"
SEED = project_root() / "data" / "raw" / "000_22012ba6c0e5393d.txt"  # the golden test, kept in the repository
CONLL = project_root().parent / "shared" / "corpora" / "conll2003-en" / "eng.testb"


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(base_dir=FIXTURES)


def ids(mentions):
    return [m.actor_id for m in mentions]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- dictionary
def test_pycountry_names_are_merged_into_country_aliases(dictionary):
    turkey = dictionary["TUR"]
    assert turkey.name == "Turkey"
    assert "Türkiye" in turkey.aliases and "Republic of Türkiye" in turkey.aliases
    assert "Syrian Arab Republic" in dictionary["SYR"].aliases


def test_missing_id_is_a_clear_error(tmp_path):
    folder = tmp_path / "dict"
    folder.mkdir()
    write(folder, "persons.yaml", "- name: Nobody\n  type: person\n")
    with pytest.raises(ActorDictionaryError, match="without 'id'"):
        load_dictionary(base_dir=folder)


def test_alias_shared_by_two_actors_names_both(tmp_path, dictionary):
    user = write(tmp_path, "user.yaml", "- id: some_party\n  name: Some Party\n  type: organisation\n  aliases: [Ankara]\n")
    with pytest.raises(ActorDictionaryError) as error:
        load_dictionary(user, base_dir=FIXTURES)
    assert "'Ankara'" in str(error.value) and "'TUR'" in str(error.value) and "'some_party'" in str(error.value)


def test_alias_conflict_can_be_dropped_with_a_warning(tmp_path):
    user = write(tmp_path, "user.yaml", "- id: some_party\n  name: Some Party\n  type: organisation\n  aliases: [Ankara]\n")
    with pytest.warns(UserWarning, match="Ankara"):
        merged = load_dictionary(user, base_dir=FIXTURES, strict=False)
    assert "Ankara" not in merged["TUR"].capitals


def test_alias_listed_ambiguous_in_both_entries_is_allowed(tmp_path):
    user = write(
        tmp_path,
        "user.yaml",
        """\
        - id: georgia_us
          name: Georgia (U.S. state)
          type: location
          country: USA
          aliases: [Georgia]
          ambiguous: [Georgia]
        """,
    )
    merged = load_dictionary(user, base_dir=FIXTURES)
    assert "georgia_us" in merged


def test_bad_type_and_bad_date_are_errors(tmp_path):
    bad_type = write(tmp_path, "a.yaml", "- id: x\n  name: X\n  type: planet\n")
    with pytest.raises(ActorDictionaryError, match="planet"):
        load_dictionary(bad_type, base_dir=FIXTURES)
    bad_date = write(tmp_path, "b.yaml", "- id: x\n  name: X Y\n  type: person\n  roles: [{title: President, from: 'last year'}]\n")
    with pytest.raises(ActorDictionaryError, match="ISO date"):
        load_dictionary(bad_date, base_dir=FIXTURES)


def test_user_yaml_adds_and_updates_entries(tmp_path):
    user = write(
        tmp_path,
        "user.yaml",
        """\
        - id: TUR
          aliases: [Anatolian Republic]
        - id: ali_yerlikaya
          name: Ali Yerlikaya
          type: person
          country: TUR
        """,
    )
    merged = load_dictionary(user, base_dir=FIXTURES)
    assert "Anatolian Republic" in merged["TUR"].aliases and "Türkiye" in merged["TUR"].aliases
    found = find_actors("The Anatolian Republic said Ali Yerlikaya would travel.", merged)
    assert ids(found) == ["TUR", "ali_yerlikaya"]


def test_user_csv_is_merged(tmp_path):
    user = write(
        tmp_path,
        "user.csv",
        "id,name,type,country,aliases,acronyms\nkurdistan_workers_party,Kurdistan Workers' Party,armed_group,,Kurdistan Workers Party;PKK rebels,PKK\n",
    )
    merged = load_dictionary(user, base_dir=FIXTURES)
    found = find_actors("Clashes with the PKK continued; the Kurdistan Workers' Party denied it.", merged)
    assert ids(found) == ["kurdistan_workers_party", "kurdistan_workers_party"]


def test_missing_base_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ActorDictionaryError, match="not found"):
        load_dictionary(base_dir=tmp_path / "nope")


# --------------------------------------------------------------------------- matching
def test_fold_keeps_length_and_removes_diacritics():
    text = "Erdoğan’s İstanbul – Şişli Łódź Ærø"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("Erdogan's Istanbul - Sisli Lodz")


_FOLD_ALPHABET = "aZ09 '-\n.£éÉßøØ’‘“”–—…ğİıŁ\u00a0\u2009Жд中😀\U00020000"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_FOLD_ALPHABET, max_size=40))
def test_fold_routes_agree_with_the_table(text):
    from helpers.actors import dictionary as actor_dictionary

    expected = actor_dictionary._fold_chunk(text).tobytes()  # the numpy table, one character each
    assert actor_dictionary.fold_to_bytes(text) == expected
    assert fold(text) == expected.decode("ascii") and len(fold(text)) == len(text)
    chunk = actor_dictionary._FOLD_CHUNK
    try:  # long texts are folded in pieces
        actor_dictionary._FOLD_CHUNK = 7
        assert actor_dictionary.fold_to_bytes(text) == expected
    finally:
        actor_dictionary._FOLD_CHUNK = chunk


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Erdoğan", "Turkish", "Israel-Hamas", "’s", " ", "ü", "NATO", "Ankara", "x", "\n", "the president", "Trump"]), max_size=30))
def test_offsets_always_slice_the_surface(dictionary, pieces):
    text = "".join(pieces)
    mentions = find_actors(text, dictionary)
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_diacritics_possessives_and_longest_match(dictionary):
    text = "Turkish President Recep Tayyip Erdogan met aides; Erdoğan’s office and Erdogan's party agreed."
    found = find_actors(text, dictionary)
    assert [(m.surface, m.actor_id, m.kind) for m in found] == [
        ("Turkish", "TUR", "demonym"),
        ("Recep Tayyip Erdogan", "recep_tayyip_erdogan", "name"),
        ("Erdoğan", "recep_tayyip_erdogan", "name"),
        ("Erdogan", "recep_tayyip_erdogan", "name"),
    ]
    assert found[2].name == "Recep Tayyip Erdoğan" and found[2].country == "TUR"


def test_hyphenated_compound_yields_both_actors(dictionary):
    assert ids(find_actors("the Israel-Hamas war and Turkish-Syrian training", dictionary)) == ["ISR", "hamas", "TUR", "SYR"]


def test_word_boundaries(dictionary):
    assert find_actors("Israelite Syriac NATOs", dictionary) == []


def test_acronyms_are_case_sensitive(dictionary):
    assert ids(find_actors("NATO met; nato did not.", dictionary)) == ["nato"]


def test_lowercase_turkey_and_food_context_are_not_the_country(dictionary):
    assert find_actors("We ate turkey with gravy.", dictionary) == []
    assert find_actors("Turkey with stuffing is served at Thanksgiving in Israel.", dictionary)[0].actor_id == "ISR"
    assert ids(find_actors("Turkey and Israel held talks in Ankara.", dictionary)) == ["TUR", "ISR", "TUR"]


def test_ambiguous_alias_also_written_in_lower_case_needs_its_own_support(dictionary):
    # the bird: a nearby country (Israeli) would otherwise support the capitalised "Turkey"
    text = (
        "Turkey is on more Easter tables, according to Israeli supermarkets.\n\n"
        "Cook turkey for 20 minutes per kilo."
    )
    assert ids(find_actors(text, dictionary)) == ["ISR"]
    assert ids(find_actors(text.replace("Cook turkey", "Cook lamb"), dictionary)) == ["TUR", "ISR"]
    # named by an unambiguous form elsewhere in the text, the country stays
    text = "Turkey sent aid, the Turkish ministry said. Farmers sold turkey at the market in Israel."
    assert ids(find_actors(text, dictionary)) == ["TUR", "TUR", "ISR"]


def test_generic_organisation_name_inside_a_longer_name(tmp_path):
    path = write(
        tmp_path,
        "organisations.yaml",
        """
        - id: state_department
          name: State Department
          type: organisation
          country: USA
          aliases: [Department of State, US Department of State]
        """,
    )
    write(tmp_path, "countries.yaml", "- id: USA\n  name: United States\n")
    small = load_dictionary(base_dir=tmp_path)
    assert find_actors("The Texas Department of State Health Services said.", small) == []
    for text in ("The Department of State said.", "The US Department of State said.", "Later, Department of State staff left."):
        assert ids(find_actors(text, small)) == ["state_department"], text


def test_ambiguous_country_needs_support_in_the_text(dictionary):
    assert find_actors("Turkey raised rates on Thursday.", dictionary) == []  # nothing supports it
    assert ids(find_actors("Turkey's central bank raised rates.", dictionary)) == ["TUR"]  # possessive
    assert ids(find_actors("Erdogan said Turkey raised rates.", dictionary)) == ["recep_tayyip_erdogan", "TUR"]
    assert ids(find_actors("Turkey raised rates, the Turkish central bank said.", dictionary)) == ["TUR", "TUR"]


def test_jordan_the_person_is_not_the_country(dictionary):
    assert find_actors("Michael Jordan scored 40 points.", dictionary) == []
    assert find_actors("Jordan Henderson scored for Syria's opponents.", dictionary) == [
        m for m in find_actors("Jordan Henderson scored for Syria's opponents.", dictionary) if m.actor_id == "SYR"
    ]
    assert "JOR" in ids(find_actors("Refugees crossed from Syria into Jordan on Monday.", dictionary))


def test_georgia_us_state_context_is_not_the_country(dictionary):
    assert find_actors("Voters in Georgia, near Atlanta, chose a senator as Ukraine watched.", dictionary)[0].actor_id == "UKR"
    assert "GEO" in ids(find_actors("Georgia said troops left Tbilisi.", dictionary))
    assert "GEO" not in ids(find_actors("Georgia said it would decide.", dictionary))  # no supporting context


def test_surname_only_needs_an_earlier_full_name(dictionary):
    assert find_actors("Fidan said talks went well.", dictionary) == []
    found = find_actors("Hakan Fidan arrived. Later Fidan said talks went well.", dictionary)
    assert [(m.surface, m.actor_id, m.kind) for m in found] == [
        ("Hakan Fidan", "hakan_fidan", "name"),
        ("Fidan", "hakan_fidan", "surname"),
    ]


def test_single_word_person_alias_after_another_first_name_is_rejected(dictionary):
    assert ids(find_actors("Reporters met Ivanka Trump.", dictionary)) == []
    assert ids(find_actors("President Trump spoke; Mr Trump left.", dictionary)) == ["donald_trump", "donald_trump"]


def test_title_only_mention_resolves_by_role_and_date(dictionary):
    text = "Hakan Fidan met Turkish officials. The foreign minister said talks would go on."
    found = find_actors(text, dictionary, published_at="2025-04-24")
    assert (found[-1].surface, found[-1].actor_id, found[-1].kind) == ("foreign minister", "hakan_fidan", "title")
    # before he took office the title does not resolve
    assert ids(find_actors(text, dictionary, published_at=dt.date(2020, 1, 1)))[-1] != "hakan_fidan"


def test_title_without_date_needs_a_current_role(dictionary):
    text = "Boris Johnson spoke. The prime minister left."
    assert [m.kind for m in find_actors(text, dictionary)] == ["name"]  # his role ended in 2022
    assert [m.kind for m in find_actors(text, dictionary, published_at="2020-05-01")] == ["name", "title"]


@pytest.mark.parametrize(
    "missing", [None, pd.NaT, float("nan"), pd.NA, pd.Timestamp("NaT"), pd.Series([pd.NaT]).to_numpy()[0]]
)
def test_unknown_date_resolves_titles_as_at_the_latest_known_date(dictionary, missing):
    from helpers.actors import Role

    # Role.holds_on crashed on NaT ("Cannot compare NaT with datetime.date"); unknown = still held
    assert Role("President", "USA", dt.date(2025, 1, 20)).holds_on(missing)
    assert not Role("Prime Minister", "GBR", dt.date(2019, 7, 24), dt.date(2022, 9, 6)).holds_on(missing)
    text = "Donald Trump spoke. The president left. Boris Johnson spoke. The prime minister left."
    found = find_actors(text, dictionary, published_at=missing)
    assert [(m.actor_id, m.kind) for m in found] == [
        ("donald_trump", "name"), ("donald_trump", "title"), ("boris_johnson", "name"),
    ]


def test_role_dates_accept_datetimes_and_timestamps():
    from helpers.actors import Role

    role = Role("Prime Minister", "GBR", dt.date(2019, 7, 24), dt.date(2022, 9, 6))
    assert role.holds_on(pd.Timestamp("2020-05-01 13:00", tz="UTC"))
    assert role.holds_on(dt.datetime(2022, 9, 6, 23, 59))  # comparing datetime with date used to raise
    assert not role.holds_on("2023-01-01")
    with pytest.raises(ValueError, match="not a date"):
        role.holds_on("yesterday")


def test_extract_mentions_with_undated_articles(dictionary, tables):
    articles, sentences = tables
    body = "Donald Trump spoke. The president said Turkey and Syria would help."
    undated = pd.concat(
        [
            articles,
            pd.DataFrame(
                {"doc_id": ["e" * 16], "title": ["t"], "body": [body], "published_at": [pd.NaT], "status": ["kept"]}
            ),
        ],
        ignore_index=True,
    )
    assert undated["published_at"].dtype.kind == "M" and undated["published_at"].isna().sum() == 1
    mentions = extract_mentions(undated, sentences, dictionary, progress=False)
    undated_rows = mentions[mentions["doc_id"] == "e" * 16]
    assert list(undated_rows["kind"]) == ["name", "title", "name", "name"]
    assert list(undated_rows["sentence_index"]) == [-1] * 4  # no sentences given for it
    # the dated documents are unaffected
    dated = extract_mentions(articles, sentences, dictionary, progress=False)
    pd.testing.assert_frame_equal(mentions[mentions["doc_id"] != "e" * 16].reset_index(drop=True), dated)
    actors = summarise_actors(mentions, undated)
    assert actors.set_index("actor_id").loc["donald_trump", "first_date"] is pd.NaT


def test_title_only_mention_is_conservative(dictionary):
    # two presidents named earlier: "the president" is ambiguous
    text = "Recep Tayyip Erdogan called Donald Trump. The president said no."
    assert [m.kind for m in find_actors(text, dictionary, published_at="2025-04-24")] == ["name", "name"]
    # a country form picks one of them
    text = "Recep Tayyip Erdogan called Donald Trump. The Turkish president said no."
    found = find_actors(text, dictionary, published_at="2025-04-24")
    assert (found[-1].actor_id, found[-1].kind) == ("recep_tayyip_erdogan", "title")
    # followed by a name or "of": not a title-only mention
    text = "Donald Trump spoke. The president of Azerbaijan and President Ilham Aliyev listened."
    assert "title" not in [m.kind for m in find_actors(text, dictionary, published_at="2025-04-24")]


def test_all_caps_headline_matches_but_not_in_running_text(dictionary):
    assert ids(find_actors("SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP", dictionary)) == ["JPN", "SYR"]
    assert find_actors("He said JAPAN twice in a normal sentence here.", dictionary) == []


def test_acronym_that_is_a_word_is_dropped_in_headlines(dictionary):
    assert ids(find_actors("LET US GO HOME NOW , SAYS COACH", dictionary)) == []
    assert ids(find_actors("The US and China met.", dictionary)) == ["USA", "CHN"]


def test_latin_american_is_not_the_united_states(dictionary):
    found = find_actors("Latin American and North American leaders met Americans in South America.", dictionary)
    assert [(m.surface, m.actor_id) for m in found] == [("Americans", "USA")]


def test_metonym_and_capital(dictionary):
    found = find_actors("The Kremlin and the White House disagreed, Ankara said.", dictionary)
    assert [(m.actor_id, m.kind) for m in found] == [("RUS", "metonym"), ("USA", "metonym"), ("TUR", "capital")]


BACKEND_TEXTS = [
    "Erdoğan’s İstanbul trip: Turkish-Syrian talks in Ankara; “Netanyahu” replied — NATO and nato.",
    "日本 and Japan; Москва and Moscow; the Kremlin, al-Assad, Israel-Hamas, TURKEY BEATS JAPAN",
    "Hakan Fidan spoke. The foreign minister said Fidan and the Turkish president agreed.",
]


@pytest.mark.parametrize("text", BACKEND_TEXTS)
def test_rust_and_python_backends_agree(dictionary, text):
    pytest.importorskip("ahocorasick_rs")
    from helpers.actors import Matcher

    python = Matcher(dictionary, backend="pyahocorasick").find(text, published_at="2025-04-24")
    rust = Matcher(dictionary, backend="ahocorasick_rs").find(text, published_at="2025-04-24")
    assert python == rust and len(python) >= 3


def test_matcher_and_dictionary_pickle(dictionary):
    import pickle

    matcher = build_matcher(dictionary)
    text = "Erdoğan’s Turkey and NATO"
    assert pickle.loads(pickle.dumps(matcher)).find(text) == matcher.find(text)
    copy = pickle.loads(pickle.dumps(dictionary))
    assert copy._matcher is None and find_actors(text, copy) == matcher.find(text)


def test_garbage_collection_state_is_restored(dictionary):
    import gc

    from helpers.actors import Matcher

    long_text = "Erdogan met Netanyahu in Ankara. " * 4000  # long enough for the paused-GC path
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            Matcher(dictionary)
            assert len(find_actors(long_text, dictionary)) == 3 * 4000
            assert gc.isenabled() is enabled
        finally:
            gc.enable()


def test_build_matcher_is_cached(dictionary):
    assert build_matcher(dictionary) is build_matcher(dictionary)


# --------------------------------------------------------------------------- tables
@pytest.fixture()
def tables():
    bodies = {
        "a" * 16: "Turkish Foreign Minister Hakan Fidan met Israeli aides.\n\nLater Fidan flew to Baku.",
        "b" * 16: "Hakan Fidan spoke. Foreign Minister Ayla Demirkan of Narnia listened to Ayla Demirkan.",
        "c" * 16: "Foreign Minister Ayla Demirkan said Turkey and Syria would help.",
        "d" * 16: "Rejected text about Turkey.",
    }
    articles = pd.DataFrame(
        {
            "doc_id": list(bodies),
            "title": ["t"] * 4,
            "body": list(bodies.values()),
            "published_at": pd.to_datetime(["2025-01-02", "2025-02-03", "2025-03-04", "2025-04-05"]),
            "status": ["kept", "kept", "kept", "rejected"],
        }
    )
    rows = []
    for doc_id, body in list(bodies.items())[:3]:
        start, paragraph, index = 0, 0, 0
        for paragraph_text in body.split("\n\n"):
            for sentence in paragraph_text.replace(". ", ".\0").split("\0"):
                s = body.index(sentence, start)
                rows.append((doc_id, paragraph, index, s, s + len(sentence), sentence))
                start, index = s + len(sentence), index + 1
            paragraph += 1
    sentences = pd.DataFrame(rows, columns=["doc_id", "paragraph_index", "sentence_index", "start", "end", "text"])
    return articles, sentences


def test_extract_mentions_table(dictionary, tables):
    articles, sentences = tables
    mentions = extract_mentions(articles, sentences, dictionary, progress=False)
    assert list(mentions.columns) == MENTION_COLUMNS
    assert "d" * 16 not in set(mentions["doc_id"])  # rejected documents are skipped
    bodies = articles.set_index("doc_id")["body"]
    assert all(bodies[r.doc_id][r.start : r.end] == r.surface for r in mentions.itertuples())
    later = mentions[(mentions["doc_id"] == "a" * 16) & (mentions["surface"] == "Fidan")].iloc[0]
    assert (later.paragraph_index, later.sentence_index, later.kind) == (1, 1, "surname")
    baku = mentions[mentions["surface"] == "Baku"].iloc[0]
    assert baku.actor_id == "AZE" and baku.sentence_index == 1
    assert mentions["start"].dtype == "int64" and mentions["sentence_index"].dtype == "int64"


def test_summarise_actors(dictionary, tables):
    articles, sentences = tables
    mentions = extract_mentions(articles, sentences, dictionary, progress=False)
    actors = summarise_actors(mentions, articles).set_index("actor_id")
    fidan = actors.loc["hakan_fidan"]
    assert (fidan.mentions, fidan.documents) == (3, 2)
    assert fidan.first_date == pd.Timestamp("2025-01-02") and fidan.last_date == pd.Timestamp("2025-02-03")
    assert actors.loc["TUR", "documents"] == 2  # "Turkish" in a, "Turkey" in c (d is rejected)


def test_discovery_and_yaml_round_trip(dictionary, tables, tmp_path):
    articles, sentences = tables
    mentions = extract_mentions(articles, sentences, dictionary, progress=False)
    candidates = discover_candidates(articles, sentences, mentions, dictionary, min_documents=2)
    top = candidates.iloc[0]
    assert (top.candidate, top.kind, top.documents, top.mentions) == ("Ayla Demirkan", "titled_name", 2, 3)
    assert top.title == "Foreign Minister" and "Ayla Demirkan" in top.example
    assert "Hakan Fidan" not in set(candidates["candidate"])  # already in the dictionary
    path = candidates_to_yaml(candidates, tmp_path / "candidates.yaml", dictionary=dictionary)
    merged = load_dictionary(path, base_dir=FIXTURES)
    assert ids(find_actors("Ayla Demirkan and later Demirkan spoke.", merged)) == ["ayla_demirkan", "ayla_demirkan"]


# --------------------------------------------------------------------------- seed and shipped data
def seed_body() -> str:
    raw = SEED.read_text(encoding="utf-8")
    end = "in his dealings with Turkey."
    return raw[raw.index("Turkey and Israel have held") : raw.index(end) + len(end)]


SEED_FOUND = {"TUR", "ISR", "SYR", "AZE", "hamas", "benjamin_netanyahu", "recep_tayyip_erdogan", "hakan_fidan", "donald_trump", "gaza"}


def test_seed_with_fixture_dictionary(dictionary):
    body = seed_body()
    found = find_actors(body, dictionary, published_at="2025-04-24")
    assert {m.actor_id for m in found} == SEED_FOUND
    turkish = body.index("a Turkish official") + 2
    assert any(m.start == turkish and m.actor_id == "TUR" and m.kind == "demonym" for m in found)
    office = body.index("Netanyahu’s office")
    assert any(m.start == office and m.end == office + 9 and m.actor_id == "benjamin_netanyahu" for m in found)


def test_shipped_dictionary_loads_and_covers_un_members():
    shipped = load_dictionary()
    countries = [a for a in shipped if a.type == "country"]
    assert len(countries) >= 195
    assert all(a.name for a in shipped)


# Fields every shipped entry writes out (README of helpers/data/actors: "Every field below is present
# in every shipped entry"), and the fixed role-title vocabulary.
SHIPPED_FIELDS = {
    "countries.yaml": {"id", "name", "aliases", "demonyms", "capitals", "metonyms", "ambiguous", "status", "note"},
    "organisations.yaml": {"id", "name", "type", "country", "aliases", "acronyms", "ambiguous", "note"},
    "persons.yaml": {"id", "name", "type", "country", "aliases", "surname", "roles", "note"},
}
ROLE_TITLES = {
    "President", "Vice President", "Prime Minister", "Chancellor", "King", "Emir", "Crown Prince",
    "Supreme Leader", "Foreign Minister", "Defence Minister", "Secretary of State", "Secretary General",
    "President of the European Commission", "President of the European Council", "High Representative",
    "Secretary-General", "Leader",
}


def _contains_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _shipped_entries() -> dict[str, list[dict]]:
    import yaml

    return {
        name: yaml.safe_load((shipped_dictionary_dir() / name).read_text(encoding="utf-8"))
        for name in SHIPPED_FIELDS
    }


def test_shipped_dictionary_files_are_consistent():
    """Read the raw YAML (not through the loader) and check what the loader does not."""
    entries = _shipped_entries()
    problems: list[str] = []
    ids: dict[str, str] = {}
    for filename, rows in entries.items():
        assert isinstance(rows, list) and rows, filename
        for row in rows:
            where = f"{filename} {row.get('id')!r}"
            missing = SHIPPED_FIELDS[filename] - set(row)
            if missing:
                problems.append(f"{where}: missing {sorted(missing)}")
            if not str(row.get("id") or "").strip() or not str(row.get("name") or "").strip():
                problems.append(f"{where}: empty id or name")
            if row["id"] in ids:
                problems.append(f"{where}: id also in {ids[row['id']]}")
            ids[row["id"]] = filename
    country_ids = {row["id"] for row in entries["countries.yaml"]}
    organisation_ids = {row["id"] for row in entries["organisations.yaml"]}
    for filename in ("organisations.yaml", "persons.yaml"):
        for row in entries[filename]:
            if row.get("country") is not None and row["country"] not in country_ids:
                problems.append(f"{filename} {row['id']!r}: country {row['country']!r} is not a countries.yaml id")
    for row in entries["persons.yaml"]:
        where = f"persons.yaml {row['id']!r}"
        surname = row.get("surname")
        words = re.split(r"[ -]", fold(row["name"]))
        if surname and not _contains_run(words, re.split(r"[ -]", fold(surname))):
            problems.append(f"{where}: surname {surname!r} is not a word of the display name {row['name']!r}")
        for role in row.get("roles") or []:
            if role.get("title") not in ROLE_TITLES:
                problems.append(f"{where}: role title {role.get('title')!r} is not in the vocabulary")
            if role.get("of") not in country_ids | organisation_ids:
                problems.append(f"{where}: role 'of' {role.get('of')!r} resolves to no country or organisation")
            start, end = role.get("from"), role.get("to")
            # unquoted ISO dates: yaml.safe_load gives datetime.date; 'to' may be null (still in office)
            if type(start) is not dt.date or (end is not None and type(end) is not dt.date):
                problems.append(f"{where}: role dates {start!r}..{end!r} are not ISO dates")
            elif end is not None and end < start:
                problems.append(f"{where}: role ends ({end}) before it starts ({start})")
    # every 'ambiguous' form is one of the entry's own forms; no alias names two actors unless both
    # list it as ambiguous (compared folded, as the matcher compares them)
    owners: dict[str, set[str]] = {}
    ambiguous: dict[str, set[str]] = {}
    for filename, rows in entries.items():
        for row in rows:
            pycountry_names = _pycountry_names(row["id"]) if filename == "countries.yaml" else []
            forms = [row["name"], *pycountry_names] + [
                form
                for key in ("aliases", "acronyms", "demonyms", "capitals", "metonyms")
                for form in (row.get(key) or [])
            ]
            folded_forms = {fold(form) for form in forms}
            ambiguous[row["id"]] = {fold(form) for form in row.get("ambiguous") or []}
            for form in row.get("ambiguous") or []:
                if fold(form) not in folded_forms:
                    problems.append(f"{filename} {row['id']!r}: ambiguous {form!r} is none of its forms")
            for form in folded_forms:
                owners.setdefault(form, set()).add(row["id"])
    for form, actor_ids in owners.items():
        if len(actor_ids) > 1 and not all(form in ambiguous[a] for a in actor_ids):
            problems.append(f"alias {form!r} names {sorted(actor_ids)} without being ambiguous in all of them")
    assert not problems, "\n".join(problems)
    # and the loader accepts the files in strict mode, with pycountry names merged in
    loaded = load_dictionary(strict=True)
    assert set(loaded.actors) == set(ids)
    assert [m.actor_id for m in find_actors("Cristina Kirchner met Néstor Kirchner. Kirchner left.", loaded)] == [
        "cristina_fernandez_de_kirchner", "nestor_kirchner", "nestor_kirchner",
    ]


def test_seed_with_shipped_dictionary():
    body = seed_body()
    found = find_actors(body, published_at="2025-04-24")
    names = {fold(m.name).casefold() for m in found}
    for name in ("turkey", "israel", "syria", "azerbaijan", "hamas", "benjamin netanyahu",
                 "recep tayyip erdogan", "hakan fidan", "donald trump"):
        assert name in names, name
    assert any("gaza" in fold(m.name).casefold() and m.type == "location" for m in found)
    for name in ("vladimir putin", "volodymyr zelenskyy", "ukraine", "russia", "crimea", "netherlands",
                 "pope francis", "bloomberg"):
        assert not any(name in n for n in names), name
    ankara = body.index("Ankara")
    assert any(m.start == ankara and m.country == "TUR" for m in found)


@pytest.mark.corpus
@pytest.mark.skipif(not CONLL.exists(), reason=f"CoNLL-2003 not found at {CONLL}")
def test_conll_precision_with_fixture_dictionary(dictionary):
    import sys

    sys.path.insert(0, str(project_root() / "benchmarks"))
    from bench_actors import read_conll

    evaluated = overlapping = 0
    for text, gold in read_conll(CONLL):
        spans = [(s, e) for s, e, t, _ in gold if t in ("PER", "ORG", "LOC")]
        for m in find_actors(text, dictionary):
            if m.kind != "demonym":
                evaluated += 1
                overlapping += any(s < m.end and m.start < e for s, e in spans)
    assert evaluated > 100 and overlapping / evaluated >= 0.95


def test_plot_top_actors_by_type(dictionary, tables):
    import matplotlib

    matplotlib.use("Agg")
    from helpers.plotting.actors import plot_mention_kinds, plot_top_actors

    articles, sentences = tables
    mentions = extract_mentions(articles, sentences, dictionary, progress=False)
    figure = plot_top_actors(summarise_actors(mentions, articles), n=5)
    titles = {ax.get_title() for ax in figure.axes}
    assert {"country (top 4)", "person (top 1)"} <= titles
    assert plot_mention_kinds(mentions).axes
    assert plot_top_actors(summarise_actors(mentions.iloc[:0])).axes  # empty table: a message, no error
