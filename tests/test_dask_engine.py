"""The Dask engine against the pandas engine on the demo corpus, with a 2-worker LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("distributed")

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from helpers import cooccurrence as co  # noqa: E402
from helpers import io, paths  # noqa: E402
from helpers.actors import extract_mentions, load_dictionary, summarise_actors  # noqa: E402
from helpers.cleaning import clean_corpus  # noqa: E402
from helpers.dask_engine import actor_stage, clean_stage, connect, cooccurrence_stage, topic_stage  # noqa: E402
from helpers.dask_engine.cleaning import CleanOptions, PartitionError, clean_part  # noqa: E402
from helpers.dask_engine.ingest import (  # noqa: E402
    RawPartition, count_newlines, plan_partitions, read_partition, with_line_numbers,
)
from helpers.topics import fit_topics  # noqa: E402

RAW = paths.resolve(paths.RAW_DIR)
REFERENCE_TIME = "2025-04-25 08:00"
KEYS = {
    "articles": ["doc_id"],
    "sentences": ["doc_id", "sentence_index"],
    "related_links": ["doc_id", "position"],
    "removed_spans": ["doc_id", "position"],
    "actor_mentions": ["doc_id", "start", "end", "actor_id"],
    "cooccurrence": ["window", "actor_a", "actor_b"],
}


def _missing_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


def _sorted(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    return frame.sort_values(KEYS[name]).reset_index(drop=True)


@pytest.fixture(scope="module")
def pandas_tables(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The tables as the pandas engine writes them (parquet round trip, as the notebooks do)."""
    tables = clean_corpus(io.load_corpus(RAW, progress=False), reference_time=REFERENCE_TIME, progress=False)
    kept = tables["articles"][tables["articles"]["status"] == "kept"].reset_index(drop=True)
    mentions = extract_mentions(kept, tables["sentences"], load_dictionary(), progress=False)
    tables["actor_mentions"] = mentions
    tables["actors"] = summarise_actors(mentions, kept)
    tables["cooccurrence"] = co.cooccurrence_all_windows(mentions, sentences=tables["sentences"], articles=kept)
    folder = tmp_path_factory.mktemp("pandas-out")
    written = {name: pd.read_parquet(io.write_table(frame, folder / f"{name}.parquet")) for name, frame in tables.items()}
    return {**written, "kept": kept}


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("dask-out")
    with connect(n_workers=2, threads_per_worker=1, memory_limit="2GiB", dashboard_address=":0", quiet=True):
        # a small blocksize gives several partitions, so cross-partition duplicates are exercised
        summary = clean_stage(RAW, out, reference_time=REFERENCE_TIME, blocksize=150_000, progress=False)
        actor_stage(out, progress=False)
        cooccurrence_stage(out, progress=False)
        topics = topic_stage(out, k="auto", seed=0, progress=False)
    return out, summary, topics


@pytest.mark.parametrize("name", ["articles", "sentences", "related_links", "removed_spans"])
def test_cleaning_tables_equal_pandas_engine(pandas_tables, dask_run, name):
    out, summary, _ = dask_run
    assert summary["partitions"] > 1
    assert (out / f"{name}.parquet").is_dir()
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out / f"{name}.parquet"), name),
                                  _sorted(pandas_tables[name], name), check_dtype=False)


def test_counts_add_up(pandas_tables, dask_run):
    _, summary, _ = dask_run
    status = pandas_tables["articles"]["status"].value_counts()
    assert summary["documents"] == len(pandas_tables["articles"]) == summary["kept"] + summary["duplicate"] + summary["rejected"]
    assert (summary["kept"], summary["duplicate"], summary["rejected"]) == (
        status["kept"], status["duplicate"], status["rejected"])


@pytest.mark.parametrize("name", ["actor_mentions", "cooccurrence"])
def test_actor_and_cooccurrence_tables_equal_pandas_engine(pandas_tables, dask_run, name):
    out, _, _ = dask_run
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out / f"{name}.parquet"), name),
                                  _sorted(pandas_tables[name], name), check_dtype=False)


def test_actors_table_equal_pandas_engine(pandas_tables, dask_run):
    out, _, _ = dask_run
    pd.testing.assert_frame_equal(pd.read_parquet(out / "actors.parquet"), pandas_tables["actors"], check_dtype=False)


def test_topic_labels_agree_with_pandas_engine(pandas_tables, dask_run):
    out, _, _ = dask_run
    kept = pandas_tables["kept"]
    texts = (kept["title"].fillna("") + "\n\n" + kept["body"]).tolist()
    reference = pd.Series(fit_topics(texts, k="auto", seed=0).labels, index=kept["doc_id"])
    topics = pd.read_parquet(out / "topics.parquet").set_index("doc_id")
    assert set(topics.index) == set(kept["doc_id"])
    assert adjusted_rand_score(reference, topics.loc[reference.index, "topic_id"]) >= 0.95
    metrics = json.loads((out / "topic_metrics.json").read_text())
    assert metrics["k"] == topics["topic_id"].nunique()


def test_large_jsonl_read_in_byte_ranges_equals_whole_file(tmp_path):
    lines = [json.dumps({"title": f"Story {i}", "text": f"Body of story number {i}. " * (i % 7 + 1)}) for i in range(300)]
    lines.insert(17, "{not json")
    lines.insert(40, "")
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_partitions(tmp_path, blocksize=997)
    assert len(plan) > 5 and all(p.path for p in plan)
    plan = with_line_numbers(plan, [count_newlines(p) for p in plan])
    ranged = pd.concat([read_partition(p) for p in plan], ignore_index=True)
    whole = io.load_corpus(tmp_path, progress=False)
    pd.testing.assert_frame_equal(_missing_as_none(ranged), _missing_as_none(whole), check_dtype=False)


def test_plan_groups_small_files_and_skips_documentation():
    plan = plan_partitions(RAW, blocksize=150_000)
    docs = pd.concat([read_partition(p) for p in plan], ignore_index=True)
    whole = io.load_corpus(RAW, progress=False)
    assert sorted(docs["source_path"]) == sorted(whole["source_path"])
    assert not docs["source_path"].str.startswith(("README", "MANIFEST")).any()


def test_failed_partition_names_its_documents(tmp_path):
    missing = RawPartition(str(tmp_path), folder="gone", first="a.txt", last="z.txt", n_files=3)
    with pytest.raises(PartitionError, match=r"partition 4 \(3 files gone/a.txt … z.txt\)"):
        clean_part(4, missing, str(tmp_path / "staging"), CleanOptions())


def test_stage_without_client_says_what_to_do(tmp_path):
    from distributed import default_client

    try:
        default_client()
        pytest.skip("a default client exists in this process")
    except ValueError:
        pass
    with pytest.raises(RuntimeError, match="connect"):
        clean_stage(RAW, tmp_path)


def test_pandas_engine_replaces_a_dask_table_folder(tmp_path):
    (tmp_path / "articles.parquet").mkdir()
    (tmp_path / "articles.parquet" / "part-00000.parquet").write_bytes(b"")
    io.write_table(pd.DataFrame({"doc_id": ["a"]}), tmp_path / "articles.parquet")
    assert Path(tmp_path / "articles.parquet").is_file()
