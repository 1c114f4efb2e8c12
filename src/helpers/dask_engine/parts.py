"""Partitioned stage tables: a folder ``name.parquet/`` of ``part-NNNNN.parquet`` files.

The Dask engine writes every per-document table as one part per partition, with
the same columns and types as the pandas engine's single file, so
``pandas.read_parquet`` and ``dask.dataframe.read_parquet`` read either. Part
``i`` of ``articles``, ``sentences``, ``related_links``, ``removed_spans`` and
``actor_mentions`` hold the same documents, so later stages can read the parts
of several tables side by side.

A table is written into a hidden staging folder and moved into place when all
parts are there: a run that fails leaves the previous table untouched, and a
part recomputed after a worker failure overwrites its own file only.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from helpers import io

__all__ = ["part_path", "part_paths", "publish", "read_part", "staging_folder", "write_part"]


def part_path(folder: str | os.PathLike[str], index: int) -> Path:
    """Path of part ``index`` in a table folder."""
    return Path(folder) / f"part-{index:05d}.parquet"


def write_part(frame: pd.DataFrame, folder: str | os.PathLike[str], index: int) -> int:
    """Write one part atomically; returns its number of rows."""
    target = part_path(folder, index)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, target)
    return len(frame)


def part_paths(table: str | os.PathLike[str]) -> list[Path]:
    """The part files of a table folder in order, or ``[table]`` for a single-file table."""
    table = Path(table)
    if table.is_file():
        return [table]
    if not table.is_dir():
        raise FileNotFoundError(io.missing_table_message(table))
    return sorted(table.glob("part-*.parquet"))


def read_part(table: str | os.PathLike[str], index: int, columns: list[str] | None = None) -> pd.DataFrame:
    """Part ``index`` of a table folder."""
    return pd.read_parquet(part_path(table, index), columns=columns)


def staging_folder(out_dir: str | os.PathLike[str], name: str) -> Path:
    """A fresh hidden folder ``out_dir/.name.staging`` for the parts of a table being written."""
    folder = Path(out_dir) / f".{name}.staging"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def publish(staging: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Move a completed staging folder into place as the table ``target``."""
    for leftover in Path(staging).glob(".*.tmp"):  # written by a worker that died mid-write
        leftover.unlink()
    io.replace_path(staging, target)
    return Path(target)
