"""Stage 3a on a Dask cluster: actor mentions found partition by partition.

Part ``i`` of ``articles`` and ``sentences`` hold the same documents, so each
task matches one part with the pandas engine's
:func:`helpers.actors.extract_mentions` (the matcher is built once on the
client and broadcast), writes part ``i`` of ``actor_mentions`` and returns the
part's actor summary; :func:`helpers.actors.combine_actor_summaries` adds them
up into the ``actors`` table.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.actors import extract_mentions, summarise_actors
from helpers.actors.matcher import Matcher
from helpers.dask_engine import parts

__all__ = ["mentions_part"]


def mentions_part(index: int, matcher: Matcher, *, out_dir: str, staging: str) -> pd.DataFrame:
    """Mentions of part ``index`` written to ``staging``; returns the part's ``actors`` summary."""
    out = Path(out_dir)
    articles = parts.read_part(out / "articles.parquet", index, columns=["doc_id", "body", "published_at", "status"])
    sentences = parts.read_part(
        out / "sentences.parquet", index, columns=["doc_id", "paragraph_index", "sentence_index", "start"]
    )
    kept = articles[articles["status"] == "kept"]
    mentions = extract_mentions(kept, sentences, matcher, progress=False)
    parts.write_part(mentions, staging, index)
    return summarise_actors(mentions, kept)
