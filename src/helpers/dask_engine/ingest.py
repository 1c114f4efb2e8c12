"""Reading a raw folder in partitions, without listing or loading it in the client.

The client walks the folder one directory at a time and keeps only a *plan*:
for each partition, a range of file names in one directory, or a byte range of
one large JSON-lines file. Workers list and read their own files with
:func:`helpers.io.read_document` (or :func:`helpers.io.read_jsonl_batch` for a
byte range), so documents get the same ``doc_id``, ``source_path``, status and
reason as with :func:`helpers.io.load_corpus`. Making ``doc_id`` unique across
identical documents (the ``-2`` suffix) needs the whole corpus and is done by
the cleaning stage.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from helpers import io

__all__ = ["RawPartition", "auto_blocksize", "count_newlines", "plan_partitions", "raw_bytes", "read_partition",
           "with_line_numbers"]

#: Largest default bytes of raw text per partition. Duplicate verification joins pairs of
#: bodies partition by partition; at 1M articles, 32 MiB partitions took a worker above
#: 2.8 GiB there, 8 MiB partitions stayed under 2 GB (make bench-scale).
BLOCKSIZE = 8 * 2**20
#: Default largest number of files per partition.
MAX_FILES = 2000


@dataclass(frozen=True)
class RawPartition:
    """One partition of a raw folder.

    Either the files ``first`` … ``last`` (inclusive, sorted by name) of the
    directory ``folder``, or — when ``path`` is set — the lines of the
    JSON-lines file ``path`` that start in the byte range ``[start, end)``.
    ``lines_before`` counts the newlines before ``start`` (set by
    :func:`plan_partitions`), so records keep their ``path#line`` names.
    """

    root: str
    folder: str = ""
    first: str = ""
    last: str = ""
    n_files: int = 0
    path: str = ""
    start: int = 0
    end: int = 0
    lines_before: int = 0

    def describe(self) -> str:
        """Which documents the partition holds, for error messages."""
        if self.path:
            return f"{self.path} bytes {self.start}-{self.end}"
        where = self.folder or "."
        if self.first == self.last:
            return f"{where}/{self.first}"
        return f"{self.n_files} files {where}/{self.first} … {self.last}"


def _walk(root: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """Yield ``(relative folder, [(file name, size)])`` per directory, sorted, one directory at a time."""
    for dirpath, dirnames, _ in os.walk(root):
        relative = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if not io.is_ignored(Path(d)))
        with os.scandir(dirpath) as entries:
            files = sorted(
                (entry.name, entry.stat().st_size)
                for entry in entries
                if entry.is_file() and not io.is_ignored(relative / entry.name)
            )
        yield ("" if relative == Path(".") else relative.as_posix()), files


def plan_partitions(
    raw_dir: str | os.PathLike[str], *, blocksize: int = BLOCKSIZE, max_files: int = MAX_FILES
) -> list[RawPartition]:
    """Split a raw folder into partitions of about ``blocksize`` bytes.

    Small files are grouped (at most ``max_files`` per partition, never across
    directories); JSON-lines files larger than ``blocksize`` are split into
    byte ranges. Call :func:`count_newlines` on the ranges (the Dask engine
    does it in parallel) to set their ``lines_before``.

    Raises
    ------
    FileNotFoundError
        When ``raw_dir`` is not a folder.
    """
    root = Path(raw_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"Raw data folder {root} does not exist; pass an existing folder as raw_dir.")
    plan: list[RawPartition] = []
    for folder, files in _walk(root):
        group: list[str] = []
        group_bytes = 0

        def flush() -> None:
            if group:
                plan.append(RawPartition(str(root), folder, group[0], group[-1], len(group)))
                group.clear()

        for name, size in files:
            relative = f"{folder}/{name}" if folder else name
            if size > blocksize and io.FORMATS.get(Path(name).suffix.lower()) == "jsonl":
                flush()
                group_bytes = 0
                plan.extend(
                    RawPartition(str(root), path=relative, start=start, end=min(start + blocksize, size))
                    for start in range(0, size, blocksize)
                )
                continue
            if group and (group_bytes + size > blocksize or len(group) >= max_files):
                flush()
                group_bytes = 0
            group.append(name)
            group_bytes += size
        flush()
    return plan


def raw_bytes(raw_dir: str | os.PathLike[str]) -> int:
    """Total size of the documents below ``raw_dir`` (one directory listing at a time)."""
    return sum(size for _, files in _walk(Path(raw_dir)) for _, size in files)


def auto_blocksize(total_bytes: int, n_workers: int, *, per_worker: int = 4,
                   smallest: int = 2**20, largest: int = BLOCKSIZE) -> int:
    """Bytes per partition: about ``per_worker`` partitions per worker, within ``[smallest, largest]``.

    Small corpora still get enough partitions to keep every worker busy; large
    ones get partitions of ``largest`` bytes, which bounds a worker's memory.
    """
    return int(min(largest, max(smallest, total_bytes // max(1, per_worker * n_workers))))


def count_newlines(part: RawPartition) -> int:
    """Newlines in the byte range of a JSON-lines partition (0 for a file group)."""
    if not part.path:
        return 0
    count = 0
    with open(Path(part.root) / part.path, "rb") as handle:
        handle.seek(part.start)
        remaining = part.end - part.start
        while remaining > 0:
            chunk = handle.read(min(remaining, 8 * 2**20))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


def with_line_numbers(plan: list[RawPartition], newlines: list[int]) -> list[RawPartition]:
    """Set ``lines_before`` of byte-range partitions from :func:`count_newlines` of every partition."""
    out, before, current = [], 0, None
    for part, count in zip(plan, newlines):
        if part.path != current:
            before, current = 0, part.path
        out.append(replace(part, lines_before=before) if part.path else part)
        before += count
    return out


def _read_range(part: RawPartition) -> list[dict]:
    """Rows of the JSON-lines records that start in the partition's byte range."""
    with open(Path(part.root) / part.path, "rb") as handle:
        first_line = part.lines_before + 1
        start = part.start
        if start > 0:
            handle.seek(start - 1)
            if handle.read(1) != b"\n":  # inside a line owned by the previous range: skip it
                handle.readline()
                start = handle.tell()
                first_line += 1
        if start >= part.end:
            return []
        data = handle.read(part.end - start)
        if not data.endswith(b"\n"):
            data += handle.readline()  # the last line started in range; read it to its end
    if not data.strip():
        return []
    return io.read_jsonl_batch(data, part.path, first_line=first_line)


def read_partition(part: RawPartition) -> pd.DataFrame:
    """The ingestion frame (:data:`helpers.io.INGEST_COLUMNS`) of one partition."""
    if part.path:
        return io.ingest_frame(_read_range(part))
    folder = Path(part.root) / part.folder
    names = sorted(
        entry.name
        for entry in os.scandir(folder)
        if entry.is_file() and part.first <= entry.name <= part.last
        and not io.is_ignored(Path(part.folder) / entry.name)
    )
    rows: list[dict] = []
    for name in names:
        relative = f"{part.folder}/{name}" if part.folder else name
        rows.extend(io.read_document(folder / name, relative))
    return io.ingest_frame(rows)
