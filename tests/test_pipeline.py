"""The papermill runner: parameter checks before anything runs, end-to-end runs on tiny corpora."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_22012ba6c0e5393d.txt"

SPECS = {
    "01_cleaning": {
        "raw_dir": {"type": "str", "default": '"data/raw"', "help": ""},
        "allowed_languages": {"type": "list[str]", "default": '["en"]', "help": ""},
        "reference_time": {"type": "Optional[str]", "default": "None", "help": ""},
    },
    "02_topic_clustering": {
        "k": {"type": "Union[int, str]", "default": '"auto"', "help": ""},
        "seed": {"type": "int", "default": "0", "help": ""},
    },
}


@pytest.mark.parametrize(
    ("value", "type_name", "ok"),
    [
        (5, "int", True),
        (True, "int", False),
        (5, "float", True),
        ("auto", "Union[int, str]", True),
        (2.5, "Union[int, str]", False),
        (None, "Optional[str]", True),
        ("x", "Optional[str]", True),
        (["en", "de"], "list[str]", True),
        (["en", 3], "list[str]", False),
        ("en", "list[str]", False),
        (None, "int | None", True),
    ],
)
def test_value_matches(value: object, type_name: str, ok: bool) -> None:
    assert pipeline.value_matches(value, type_name) is ok


def test_unknown_parameter_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(pipeline.ParameterError, match=r"unknown parameter 'kk'\. Did you mean k\?"):
        pipeline.validate_parameters({"kk": 5}, SPECS)


def test_wrong_type_names_the_notebook() -> None:
    with pytest.raises(pipeline.ParameterError, match="02_topic_clustering expects int"):
        pipeline.validate_parameters({"seed": "zero"}, SPECS)
    pipeline.validate_parameters({"seed": 3, "k": 4, "allowed_languages": ["en", "de"]}, SPECS)


def test_parse_override_reads_yaml_literals() -> None:
    assert pipeline.parse_override("k", "5") == ("k", 5)
    assert pipeline.parse_override("allowed_languages", "[en, de]") == ("allowed_languages", ["en", "de"])
    assert pipeline.parse_override("reference_time", "2025-04-25 08:00")[1] is not None


def test_committed_notebooks_declare_typed_commented_parameters() -> None:
    for notebook in pipeline.discover_notebooks(ROOT / "notebooks"):
        params = pipeline.notebook_parameters(notebook)
        assert params, f"{notebook.name} has no parameters cell"
        for name, info in params.items():
            assert info["type"] not in ("None", ""), f"{notebook.name}: {name} has no type annotation"
            assert info["help"], f"{notebook.name}: {name} has no comment"


def test_misspelt_parameter_fails_before_running(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = pipeline.main(["run", "--raw-dir", str(tmp_path), "--out-dir", str(tmp_path / "out"), "-p", "kk", "5"])
    assert code == 2
    err = capsys.readouterr().err
    assert "unknown parameter 'kk'" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_empty_folder_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = pipeline.main(["run", "--raw-dir", str(tmp_path), "--out-dir", str(tmp_path / "out")])
    assert code == 2
    assert "No documents in" in capsys.readouterr().err


@pytest.mark.slow
def test_seed_only_corpus_runs_every_stage(tmp_path: Path) -> None:
    """A folder outside the repository holding only the seed goes through all notebooks."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    out = tmp_path / "out"
    run_name = "pytest-seed-only"
    code = pipeline.main(
        ["run", "--raw-dir", str(raw), "--out-dir", str(out), "--run-name", run_name, "--no-progress"]
    )
    assert code == 0
    manifest = json.loads((out / "run_manifest.json").read_text())
    assert manifest["documents"] == {"kept": 1}
    assert [step["notebook"] for step in manifest["notebooks"]] == [
        nb.stem for nb in pipeline.discover_notebooks(ROOT / "notebooks")
    ]
    assert manifest["inputs"] == {SEED.name: pipeline.io.sha256_file(SEED)}
    for table in ("articles", "sentences", "topics", "actor_mentions", "cooccurrence"):
        assert (out / f"{table}.parquet").exists(), table
    report = ROOT / "reports" / run_name
    assert (report / "01_cleaning.html").exists() and (report / "manifest.json").exists()
    shutil.rmtree(report)


@pytest.mark.slow
def test_folder_with_nothing_readable_stops_after_cleaning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    out = tmp_path / "out"
    code = pipeline.main(["run", "--raw-dir", str(raw), "--out-dir", str(out), "--run-name", "pytest-nothing-kept",
                          "--no-progress"])
    assert code == 0
    assert "No documents were kept after cleaning" in capsys.readouterr().out
    manifest = json.loads((out / "run_manifest.json").read_text())
    assert manifest["documents"] == {"rejected": 2}
    assert [step["notebook"] for step in manifest["notebooks"]] == ["01_cleaning"]
    shutil.rmtree(ROOT / "reports" / "pytest-nothing-kept")


def test_unknown_engine_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        pipeline.main(["run", "--engine", "spark"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'spark'" in capsys.readouterr().err


@pytest.mark.slow
def test_dask_engine_runs_every_notebook(tmp_path: Path) -> None:
    """``--engine dask`` starts a local cluster for the run; the notebooks write partitioned tables."""
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    run_name = "pytest-dask-engine"
    code = pipeline.main(["run", "--engine", "dask", "--out-dir", str(out), "--run-name", run_name, "--no-progress"])
    assert code == 0
    manifest = json.loads((out / "run_manifest.json").read_text())
    assert manifest["parameters"]["engine"] == "dask"
    assert manifest["documents"] == {"kept": 69, "duplicate": 2, "rejected": 4}
    for table in ("articles", "sentences", "related_links", "removed_spans", "topics", "actor_mentions"):
        assert (out / f"{table}.parquet").is_dir(), table
    for table in ("actors", "cooccurrence", "topic_terms", "edges_by_topic"):
        assert (out / f"{table}.parquet").is_file(), table
    shutil.rmtree(ROOT / "reports" / run_name)
