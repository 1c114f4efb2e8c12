"""Ingestion: one row per document, readable reasons, nothing dropped, raw data untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import io

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_22012ba6c0e5393d.txt"


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Title A\nBody of article A with words.\n", encoding="utf-8")
    (tmp_path / "sub" / "a_copy.txt").write_bytes((tmp_path / "a.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "legacy.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d \u2013 r\u00e9sum\u00e9 text".encode("cp1252"))
    records = [
        {"title": "J1", "text": "First record body.", "published_at": "2025-03-01T10:00:00+01:00"},
        {"title": "J2"},
    ]
    (tmp_path / "batch.jsonl").write_text(
        json.dumps(records[0]) + "\n{broken json\n" + json.dumps(records[1]) + "\n", encoding="utf-8"
    )
    (tmp_path / "batch.csv").write_text(
        'id,title,published_at,text\n1,C1,2025-03-02,"Body, with a comma"\n2,too few\n', encoding="utf-8"
    )
    (tmp_path / "cut.html").write_text("<html><head><title>Cut</title></head><body><p>Only a few", encoding="utf-8")
    (tmp_path / "README.md").write_text("documentation, not a document", encoding="utf-8")
    return tmp_path


def test_every_file_and_record_is_a_row(messy_folder: Path) -> None:
    docs = io.load_corpus(messy_folder, progress=False)
    assert list(docs.columns) == io.INGEST_COLUMNS
    # 6 single files + 3 JSONL lines + 2 CSV rows; README ignored but listed
    assert len(docs) == 11
    assert docs.attrs["ignored"] == ["README.md"]
    assert docs["doc_id"].is_unique
    rejected = docs.set_index("source_path")["reason"].dropna()
    assert rejected["empty.txt"].startswith("empty file")
    assert rejected["image.bin"].startswith("binary file")
    assert "not valid JSON" in rejected["batch.jsonl#2"]
    assert "no text" in rejected["batch.jsonl#3"]
    assert "2 fields, header has 4" in rejected["batch.csv#3"]
    assert "truncated" in rejected["cut.html"]
    assert set(docs.loc[docs.reason.isna(), "status"]) == {"ok"}
    assert set(docs.loc[docs.reason.notna(), "status"]) == {"rejected"}


def test_encodings_metadata_and_ids(messy_folder: Path) -> None:
    docs = io.load_corpus(messy_folder, progress=False).set_index("source_path")
    assert docs.loc["legacy.txt", "encoding"] == "cp1252"
    assert docs.loc["legacy.txt", "raw_text"].startswith("Café “quoted” – résumé")
    assert docs.loc["batch.jsonl#1", "meta_published_at"] == pd.Timestamp("2025-03-01 09:00")
    assert docs.loc["batch.jsonl#1", "raw_text"] == "J1\nFirst record body."
    assert docs.loc["batch.csv#2", "raw_text"] == "C1\nBody, with a comma"
    # identical bytes: same content id, made unique by a suffix in path order
    assert docs.loc["sub/a_copy.txt", "doc_id"] == docs.loc["a.txt", "doc_id"] + "-2"
    # ids are stable across runs
    again = io.load_corpus(messy_folder, progress=False).set_index("source_path")
    assert again["doc_id"].equals(docs["doc_id"])


def test_html_goes_through_trafilatura(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the article says the ministers met in Brussels to discuss the budget.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Ministers meet</title>"
        '<meta property="article:published_time" content="2025-03-14T09:12:00Z"></head>'
        f"<body><nav>Home | World | Sport</nav><article><h1>Ministers meet</h1>{paragraphs}</article>"
        "<footer>Cookie settings</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    row = io.load_corpus(tmp_path, progress=False).iloc[0]
    assert row.status == "ok" and row.format == "html"
    assert row.meta_title == "Ministers meet"
    assert row.meta_published_at.date().isoformat() == "2025-03-14"
    assert row.raw_text.startswith("Ministers meet\n")
    assert "Paragraph 5" in row.raw_text and "Home | World" not in row.raw_text


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        io.load_corpus(tmp_path / "nope")


def test_empty_folder_gives_empty_frame(tmp_path: Path) -> None:
    docs = io.load_corpus(tmp_path, progress=False)
    assert docs.empty and list(docs.columns) == io.INGEST_COLUMNS


def test_tables_round_trip_and_missing_table_names_its_notebook(tmp_path: Path) -> None:
    frame = pd.DataFrame({"doc_id": ["a", "b"], "n": [1, 2]})
    io.write_table(frame, tmp_path / "articles.parquet")
    pd.testing.assert_frame_equal(io.read_table(tmp_path / "articles.parquet"), frame)
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]  # no temporary left behind
    with pytest.raises(FileNotFoundError, match="02_topic_clustering"):
        io.read_table(tmp_path / "topics.parquet")


def test_demo_corpus_matches_its_manifest() -> None:
    """Raw data is immutable: the committed checksums still hold."""
    raw = SEED.parent
    manifest = raw / "MANIFEST.sha256"
    if not manifest.exists():
        pytest.skip("data/raw/MANIFEST.sha256 not present")
    assert io.checksums(raw) == io.read_manifest(manifest)


def test_seed_is_verbatim() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed" / SEED.name
    if not shared.exists():
        pytest.skip("../shared/seed is not available")
    assert SEED.read_bytes() == shared.read_bytes()
