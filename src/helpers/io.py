"""Reading raw corpora and writing stage tables.

Ingestion turns a folder of scraped documents into one row per document, and
never drops anything silently: a file that cannot be read becomes a row with
``status="rejected"`` and a ``reason`` a person can act on.

Supported inputs (found recursively, in sorted path order):

========== =====================================================================
format     how it is read
========== =====================================================================
``txt``    ``.txt``, ``.text``: the scraped text, title on line 1
``html``   ``.html``, ``.htm``: main text, title and date by trafilatura
``jsonl``  ``.jsonl``, ``.ndjson``: one document per line (``text``/``body``/
           ``content``, ``title``/``headline``, ``published_at``/``date``)
``csv``    ``.csv``: one document per row, same column names as JSONL
========== =====================================================================

Files with another suffix are read as text when they decode as text and are
rejected as binary otherwise. ``README*``, ``MANIFEST*`` and hidden files are
documentation, not documents: they are listed in ``df.attrs["ignored"]``.

For every document ``raw_text`` holds the scraped text with the title on the
first line when the source gives a title separately (HTML, JSONL, CSV), so the
cleaner sees the same shape whatever the format.

The ingestion frame (in memory, not a stage table) has the columns
:data:`INGEST_COLUMNS`. Stage tables are written with :func:`write_table`
(atomic parquet) and read with :func:`read_table`.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io as _io
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

INGEST_COLUMNS = [
    "doc_id",
    "source_path",
    "format",
    "encoding",
    "raw_text",
    "meta_title",
    "meta_published_at",
    "status",
    "reason",
]

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
IGNORED_NAMES = ("README*", "MANIFEST*", ".*")
TEXT_FIELDS = ("text", "body", "content", "article")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published_at", "published", "date", "datetime")
MIN_HTML_WORDS = 20
_BINARY_SNIFF_BYTES = 8192


# --------------------------------------------------------------------------- ids


def content_id(data: bytes) -> str:
    """Return the stable document id of ``data``: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Return the SHA-256 hex digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------- decoding


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` looks like a binary file (NUL bytes or many control bytes)."""
    head = data[:_BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > 0.05 * max(len(head), 1)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as UTF-8, else as the encoding charset-normalizer detects.

    Returns
    -------
    text, encoding

    Raises
    ------
    UnicodeDecodeError
        When no encoding decodes the bytes into plausible text.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    # Single-byte Latin code pages often decode the same bytes equally well;
    # cp1252 is the WHATWG default for Western text, so it wins among them.
    best = matches.best()
    if best is not None and "cp1252" in best.could_be_from_charset:
        return data.decode("cp1252"), "cp1252"
    if best is not None and best.encoding:
        return str(best), best.encoding
    # cp1252 is what most non-UTF-8 Western news text is; strict, so garbage still fails.
    return data.decode("cp1252"), "cp1252"


# ------------------------------------------------------------------------ readers


def _row(
    data: bytes,
    source_path: str,
    fmt: str,
    *,
    encoding: str | None = None,
    raw_text: str | None = None,
    meta_title: str | None = None,
    meta_published_at: Any = None,
    reason: str | None = None,
) -> dict[str, Any]:
    return {
        "doc_id": content_id(data),
        "source_path": source_path,
        "format": fmt,
        "encoding": encoding,
        "raw_text": raw_text,
        "meta_title": meta_title or None,
        "meta_published_at": parse_timestamp(meta_published_at),
        "status": "rejected" if reason else "ok",
        "reason": reason,
    }


def parse_timestamp(value: Any) -> pd.Timestamp | None:
    """Parse a date into the contract's form: a timezone-naive timestamp (converted to UTC
    when the value carries a zone), or None when it is missing or unparseable."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    if pd.isna(ts):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def _with_title(title: str | None, text: str) -> str:
    """Put a separately known title on line 1 of the text, unless it is there already."""
    title = (title or "").strip()
    if not title or text.lstrip().startswith(title):
        return text
    return f"{title}\n{text}"


def read_text_document(data: bytes, source_path: str, fmt: str = "txt") -> dict[str, Any]:
    """Read one plain-text document (the title is on line 1)."""
    if not data.strip():
        return _row(data, source_path, fmt, reason="empty file: no text to analyse")
    if looks_binary(data):
        return _row(data, source_path, fmt, reason="binary file (NUL or control bytes), not a text document")
    try:
        text, encoding = decode_bytes(data)
    except UnicodeDecodeError as err:
        return _row(data, source_path, fmt, reason=f"cannot decode text ({err.reason}); save it as UTF-8")
    return _row(data, source_path, fmt, encoding=encoding, raw_text=text)


def read_html_document(data: bytes, source_path: str) -> dict[str, Any]:
    """Extract the main text, title and date of an HTML page with trafilatura."""
    row = read_text_document(data, source_path, "html")
    if row["status"] != "ok":
        return row
    import trafilatura

    html = row["raw_text"]
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = extracted.as_dict() if extracted is not None else {}
    text = doc.get("text") or ""
    n_words = len(text.split())
    truncated = "</html>" not in html[-2048:].lower()
    if n_words < MIN_HTML_WORDS:
        hint = "the file looks truncated (no closing </html>)" if truncated else "no article text found"
        return _row(
            data,
            source_path,
            "html",
            encoding=row["encoding"],
            reason=f"HTML yielded {n_words} words of text; {hint}",
        )
    title = doc.get("title")
    return _row(
        data,
        source_path,
        "html",
        encoding=row["encoding"],
        raw_text=_with_title(title, text),
        meta_title=title,
        meta_published_at=doc.get("date"),
    )


def _first(record: dict[str, Any], fields: Iterable[str]) -> Any:
    for field in fields:
        value = record.get(field)
        if value not in (None, ""):
            return value
    return None


def _record_row(record: Any, line: bytes, source_path: str, fmt: str, encoding: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        return _row(line, source_path, fmt, reason="record is not an object with named fields")
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return _row(line, source_path, fmt, reason=f"record has no text (expected one of {', '.join(TEXT_FIELDS)})")
    title = _first(record, TITLE_FIELDS)
    title = str(title) if title is not None else None
    return _row(
        line,
        source_path,
        fmt,
        encoding=encoding,
        raw_text=_with_title(title, text),
        meta_title=title,
        meta_published_at=_first(record, DATE_FIELDS),
    )


def read_jsonl_batch(data: bytes, source_path: str, *, first_line: int = 1) -> list[dict[str, Any]]:
    """Read a JSON-lines batch: one row per non-blank line, invalid lines rejected.

    ``first_line`` is the line number of the first line of ``data`` in its file
    (for a byte range of a large file read in parts); rows are named
    ``source_path#line``.
    """
    head = read_text_document(data, source_path, "jsonl")
    if head["status"] != "ok":
        return [head]
    rows = []
    for number, line in enumerate(data.splitlines(), start=first_line):
        if not line.strip():
            continue
        where = f"{source_path}#{number}"
        try:
            record = json.loads(line.decode(head["encoding"] if head["encoding"] != "utf-8" else "utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            rows.append(_row(line, where, "jsonl", reason=f"line {number} is not valid JSON: {err}"))
            continue
        rows.append(_record_row(record, line, where, "jsonl", head["encoding"]))
    return rows or [_row(data, source_path, "jsonl", reason="JSONL batch holds no records")]


def read_csv_batch(data: bytes, source_path: str) -> list[dict[str, Any]]:
    """Read a CSV batch with a header row: one row per record, malformed rows rejected."""
    head = read_text_document(data, source_path, "csv")
    if head["status"] != "ok":
        return [head]
    reader = csv.reader(_io.StringIO(head["raw_text"], newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        return [_row(data, source_path, "csv", reason="CSV batch holds no header row")]
    rows = []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        # The record's own bytes, re-serialised, identify it stably.
        buffer = _io.StringIO()
        csv.writer(buffer).writerow(values)
        record_bytes = buffer.getvalue().encode("utf-8")
        where = f"{source_path}#{reader.line_num}"
        if len(values) != len(header):
            rows.append(
                _row(record_bytes, where, "csv", reason=f"row {number} has {len(values)} fields, header has {len(header)}")
            )
            continue
        rows.append(_record_row(dict(zip(header, values)), record_bytes, where, "csv", head["encoding"]))
    return rows or [_row(data, source_path, "csv", reason="CSV batch holds no records")]


def read_document(path: Path, source_path: str) -> list[dict[str, Any]]:
    """Read one file into one row (or one row per record for JSONL/CSV batches)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return [_row(b"", source_path, "unknown", reason=f"cannot read file: {err.strerror}")]
    fmt = FORMATS.get(path.suffix.lower(), "unknown")
    if fmt == "html":
        return [read_html_document(data, source_path)]
    if fmt == "jsonl":
        return read_jsonl_batch(data, source_path)
    if fmt == "csv":
        return read_csv_batch(data, source_path)
    return [read_text_document(data, source_path, fmt)]


# ----------------------------------------------------------------------- corpora


def is_ignored(relative: Path) -> bool:
    """Whether a file (path relative to the raw folder) is documentation or hidden, not a document."""
    return any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in IGNORED_NAMES)


def read_source(raw_dir: str | os.PathLike[str], source_path: str) -> dict[str, Any] | None:
    """The ingestion row of one document, by its ``source_path`` (``file`` or ``file#record``).

    Reads only that file, so a notebook can show one raw document without
    loading the corpus. None when no document has that path.
    """
    file = Path(raw_dir) / source_path.split("#", 1)[0]
    if not file.is_file():
        return None
    rows = read_document(file, file.relative_to(raw_dir).as_posix())
    return next((row for row in rows if row["source_path"] == source_path), None)


def iter_raw_files(raw_dir: str | os.PathLike[str]) -> Iterator[tuple[Path, bool]]:
    """Yield ``(path, ignored)`` for every file below ``raw_dir`` in sorted order."""
    root = Path(raw_dir)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        ignored = is_ignored(path.relative_to(root))
        yield path, ignored


def load_corpus(raw_dir: str | os.PathLike[str], *, progress: bool = True) -> pd.DataFrame:
    """Load every document below ``raw_dir`` into one row per document.

    Parameters
    ----------
    raw_dir : path
        Folder of raw documents, searched recursively. It is only read.
    progress : bool
        Show a progress bar over files.

    Returns
    -------
    DataFrame
        Columns :data:`INGEST_COLUMNS`, one row per file or batch record, in
        sorted path order. ``df.attrs["ignored"]`` lists documentation files
        that were skipped. Documents with identical bytes get ids suffixed
        ``-2``, ``-3``… in path order, so ``doc_id`` stays unique.

    Raises
    ------
    FileNotFoundError
        When ``raw_dir`` does not exist or is not a folder.
    """
    root = Path(raw_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"Raw data folder {root} does not exist; pass an existing folder as raw_dir.")
    from tqdm.auto import tqdm

    files = list(iter_raw_files(root))
    rows: list[dict[str, Any]] = []
    for path, ignored in tqdm(files, desc="reading", unit="file", disable=not progress):
        if not ignored:
            rows.extend(read_document(path, path.relative_to(root).as_posix()))
    frame = ingest_frame(rows)
    frame["doc_id"] = _unique_ids(frame["doc_id"])
    frame.attrs["ignored"] = [p.relative_to(root).as_posix() for p, ignored in files if ignored]
    return frame


def ingest_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows of :func:`read_document` as a frame with :data:`INGEST_COLUMNS` and their types."""
    frame = pd.DataFrame(rows, columns=INGEST_COLUMNS)
    frame["meta_published_at"] = pd.to_datetime(frame["meta_published_at"]).astype("datetime64[ns]")
    return frame


def _unique_ids(ids: pd.Series) -> pd.Series:
    """Suffix repeated ids with ``-2``, ``-3``… in order of appearance."""
    rank = ids.groupby(ids).cumcount()
    return ids.where(rank == 0, ids + "-" + (rank + 1).astype(str))


def checksums(raw_dir: str | os.PathLike[str]) -> dict[str, str]:
    """Return ``{relative path: sha256}`` for every non-ignored file below ``raw_dir``."""
    root = Path(raw_dir)
    return {
        path.relative_to(root).as_posix(): sha256_file(path)
        for path, ignored in iter_raw_files(root)
        if not ignored
    }


def read_manifest(manifest: str | os.PathLike[str]) -> dict[str, str]:
    """Read a ``sha256sum``-format manifest into ``{relative path: sha256}``."""
    entries = {}
    for line in Path(manifest).read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            entries[name.lstrip("*").removeprefix("./")] = digest
    return entries


# -------------------------------------------------------------------- tables


def replace_path(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Move ``source`` (file or folder) to ``target``, replacing a file or folder there.

    A table is a parquet file (pandas engine) or a folder of parts (Dask
    engine); whichever engine wrote last wins.
    """
    target = Path(target)
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    os.replace(source, target)


def write_table(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write ``frame`` as parquet atomically (a temporary file renamed into place)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(tmp, index=False)
        replace_path(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return target


def write_json(data: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` as indented JSON atomically."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return target


_PRODUCERS = {
    "articles": "01_cleaning",
    "sentences": "01_cleaning",
    "related_links": "01_cleaning",
    "removed_spans": "01_cleaning",
    "topics": "02_topic_clustering",
    "topic_terms": "02_topic_clustering",
    "topic_metrics": "02_topic_clustering",
    "actor_mentions": "03_actor_cooccurrence",
    "actors": "03_actor_cooccurrence",
    "actor_candidates": "03_actor_cooccurrence",
    "cooccurrence": "03_actor_cooccurrence",
}


def missing_table_message(target: Path) -> str:
    """Say which notebook writes the missing table ``target``."""
    producer = _PRODUCERS.get(target.stem)
    step = f"run notebook {producer} first, or `make run`" if producer else "run the earlier pipeline stages first"
    return f"{target.name} not found in {target.parent}: {step}."


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a stage table, saying which notebook produces it when it is missing."""
    target = Path(path)
    if not target.exists():
        raise FileNotFoundError(missing_table_message(target))
    return pd.read_parquet(target)


def read_json(path: str | os.PathLike[str]) -> Any:
    """Read a JSON stage output, saying which notebook produces it when it is missing."""
    target = Path(path)
    if not target.exists():
        raise FileNotFoundError(missing_table_message(target))
    return json.loads(target.read_text(encoding="utf-8"))
