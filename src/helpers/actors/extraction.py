"""Actor mention and actor tables from the cleaned articles and their sentences."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from helpers.actors.dictionary import ActorDictionary
from helpers.actors.matcher import Matcher, build_matcher

__all__ = [
    "ACTORS_COLUMNS",
    "MENTION_COLUMNS",
    "combine_actor_summaries",
    "extract_mentions",
    "mentions_for_document",
    "summarise_actors",
]

#: actor_mentions.parquet columns: the contract's, then ``kind``
#: (name|acronym|demonym|capital|metonym|surname|title).
MENTION_COLUMNS = [
    "doc_id", "paragraph_index", "sentence_index", "start", "end",
    "surface", "actor_id", "name", "type", "country", "kind",
]
ACTORS_COLUMNS = ["actor_id", "name", "type", "country", "mentions", "documents", "first_date", "last_date"]


def mentions_for_document(
    doc_id: str,
    body: str,
    published_at: Any,
    sentence_starts: np.ndarray,
    paragraph_indices: np.ndarray,
    sentence_indices: np.ndarray,
    matcher: Matcher,
) -> list[tuple]:
    """Actor mentions of one document as records in :data:`MENTION_COLUMNS` order.

    A mention takes the sentence (and paragraph) whose span starts at or before
    it: the sentence containing it, or the one before a gap between sentences.
    ``sentence_starts`` must be sorted. With no sentences, indices are -1.
    """
    mentions = matcher.find(body, published_at=published_at)
    if not mentions:
        return []
    starts = np.fromiter((m.start for m in mentions), dtype=np.int64, count=len(mentions))
    if len(sentence_starts):
        rows = np.searchsorted(sentence_starts, starts, side="right") - 1
        rows = np.clip(rows, 0, len(sentence_starts) - 1)
        paragraphs = paragraph_indices[rows].tolist()
        sentences = sentence_indices[rows].tolist()
    else:
        paragraphs = sentences = [-1] * len(mentions)
    return [
        (doc_id, p, s, m.start, m.end, m.surface, m.actor_id, m.name, m.type, m.country, m.kind)
        for m, p, s in zip(mentions, paragraphs, sentences)
    ]


def extract_mentions(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    dictionary: ActorDictionary | Matcher | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Find actor mentions in the bodies of kept articles: the ``actor_mentions`` table.

    Parameters
    ----------
    articles : DataFrame
        ``articles.parquet`` (doc_id, body, published_at, status); only rows
        with ``status == "kept"`` are read (all rows if there is no status).
    sentences : DataFrame
        ``sentences.parquet`` (doc_id, paragraph_index, sentence_index, start, end).
    dictionary : ActorDictionary or Matcher, optional
        Defaults to the shipped dictionary.
    progress : bool, default True
        Show a tqdm progress bar.

    Returns
    -------
    DataFrame
        Columns :data:`MENTION_COLUMNS`; offsets index into ``body``.
    """
    missing = {"doc_id", "body"} - set(articles.columns)
    if missing:
        raise KeyError(f"articles lacks column(s) {sorted(missing)}; pass the articles.parquet table.")
    missing = {"doc_id", "paragraph_index", "sentence_index", "start"} - set(sentences.columns)
    if missing:
        raise KeyError(f"sentences lacks column(s) {sorted(missing)}; pass the sentences.parquet table.")
    matcher = dictionary if isinstance(dictionary, Matcher) else build_matcher(dictionary)
    kept = articles if "status" not in articles.columns else articles[articles["status"] == "kept"]
    dates = kept["published_at"] if "published_at" in kept.columns else pd.Series(None, index=kept.index)
    ordered = sentences.sort_values(["doc_id", "start"])
    by_doc = {
        doc_id: (
            group["start"].to_numpy(np.int64),
            group["paragraph_index"].to_numpy(np.int64),
            group["sentence_index"].to_numpy(np.int64),
        )
        for doc_id, group in ordered.groupby("doc_id", sort=False)
    }
    empty = (np.empty(0, np.int64),) * 3
    rows = zip(kept["doc_id"].tolist(), kept["body"].tolist(), dates.tolist())
    if progress:
        from tqdm.auto import tqdm

        rows = tqdm(rows, total=len(kept), desc="actor mentions", unit="doc")
    records: list[tuple] = []
    for doc_id, body, published_at in rows:
        if not isinstance(body, str) or not body:
            continue
        records.extend(mentions_for_document(doc_id, body, published_at, *by_doc.get(doc_id, empty), matcher))
    return _mention_frame(records)


def _mention_frame(records: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records, columns=MENTION_COLUMNS)
    for column in ("paragraph_index", "sentence_index", "start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in ("doc_id", "surface", "actor_id", "name", "type", "kind"):
        frame[column] = frame[column].astype(object)
    frame["country"] = frame["country"].astype(object).where(frame["country"].notna(), None)
    return frame


def summarise_actors(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor found: the ``actors`` table.

    Parameters
    ----------
    mentions : DataFrame
        The ``actor_mentions`` table.
    articles : DataFrame, optional
        ``articles.parquet`` for ``first_date`` / ``last_date`` (from
        ``published_at``); dates are NaT without it.

    Returns
    -------
    DataFrame
        Columns :data:`ACTORS_COLUMNS`, sorted by mentions (descending) then actor_id.
    """
    if mentions.empty:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in ACTORS_COLUMNS})
        frame["mentions"] = frame["mentions"].astype("int64")
        frame["documents"] = frame["documents"].astype("int64")
        frame["first_date"] = pd.Series(dtype="datetime64[ns]")
        frame["last_date"] = pd.Series(dtype="datetime64[ns]")
        return frame
    data = mentions
    if articles is not None and "published_at" in articles.columns:
        dates = articles.drop_duplicates("doc_id").set_index("doc_id")["published_at"]
        data = mentions.assign(published_at=mentions["doc_id"].map(dates))
    else:
        data = mentions.assign(published_at=pd.NaT)
    data = data.assign(published_at=pd.to_datetime(data["published_at"]).astype("datetime64[ns]"))
    grouped = data.groupby("actor_id", sort=False)
    return _actor_table(grouped, grouped.size(), grouped["doc_id"].nunique(),
                        grouped["published_at"].min(), grouped["published_at"].max())


def _actor_table(grouped, mentions: pd.Series, documents: pd.Series, first: pd.Series, last: pd.Series) -> pd.DataFrame:
    """The ``actors`` table from per-actor aggregates of a frame grouped by ``actor_id``."""
    table = pd.DataFrame(
        {
            "name": grouped["name"].first(),
            "type": grouped["type"].first(),
            "country": grouped["country"].first(),
            "mentions": mentions.astype("int64"),
            "documents": documents.astype("int64"),
            "first_date": first,
            "last_date": last,
        }
    ).reset_index()
    table["country"] = table["country"].astype(object).where(table["country"].notna(), None)
    table = table.sort_values(["mentions", "actor_id"], ascending=[False, True], ignore_index=True)
    return table[ACTORS_COLUMNS]


def combine_actor_summaries(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """One ``actors`` table from the tables of disjoint sets of documents.

    :func:`summarise_actors` of a whole corpus equals this function applied to
    the summaries of its partitions, as no document spans two partitions
    (mentions and documents add up; first and last dates are the extremes).
    """
    frames = [part for part in parts if len(part)]
    if not frames:
        return summarise_actors(_mention_frame([]))
    grouped = pd.concat(frames, ignore_index=True).groupby("actor_id", sort=False)
    return _actor_table(grouped, grouped["mentions"].sum(), grouped["documents"].sum(),
                        grouped["first_date"].min(), grouped["last_date"].max())
