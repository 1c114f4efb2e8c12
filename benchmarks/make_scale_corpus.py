"""Generate a large, noisy raw corpus for the Dask scale benchmark (``make bench-scale``).

The corpus is written as JSON-lines shards (fields ``title``, ``text``,
``published_at``) that ``helpers.io.load_corpus`` and the Dask engine read as
raw input. It is generated deterministically from a seed, streamed to disk one
record at a time (a million articles never sit in memory), and perturbed so
that near-duplicate detection has real work to do:

``original``
    A new article: sentences drawn from real articles of one source and class
    (BBC class, AG News class, HuffPost category, Reuters topic, the demo
    corpus), so texts are topically coherent but not copies of each other;
    wrapped in scrape noise like the seed page ``data/raw/000_22012ba6c0e5393d.txt``
    (image stubs, a dateline, share and subscribe lines, a trailing table
    pipe, a "Related news" sidebar whose lines glue view counts and times onto
    the next headline, a "Most read" list).
``syndicated``
    A wire-syndication variant of an earlier original
    (:func:`helpers.dedup.syndicate_variants`: datelines, a dropped first or
    last sentence, agency boilerplate, restyled quotes) in fresh page noise:
    a near duplicate.
``rescraped``
    An earlier original's body in fresh page noise and with another date: an
    exact duplicate once the page is cleaned, but different bytes.
``exact_copy``
    An earlier record's JSON line, byte for byte (the same ``doc_id`` before
    the ``-2`` suffix).
``empty`` / ``non_english`` / ``invalid_json``
    Records the pipeline must reject: empty text, German/French/Spanish/Italian
    text, a truncated JSON line.

Earlier originals are drawn from a reservoir sample of the whole stream, so
duplicates land in other shards than their originals. The shared corpora are
read in place from ``../shared/corpora`` and skipped with a message when
absent; the demo corpus ``data/raw`` is always used. The source corpora have
duplicates of their own (BBC News holds 98 exact copies, Reuters many
near-identical wire items), so the injected counts in the manifest are a lower
bound for what a detector should find, not an exact key.

Output: ``DIR/part-00000.jsonl`` ... and ``DIR/MANIFEST.json`` (counts of each
kind, per source, bytes, seconds); ingestion ignores ``MANIFEST*`` files.
Corpora are never written into the repository.

Usage::

    .venv/bin/python benchmarks/make_scale_corpus.py --n 10000
    .venv/bin/python benchmarks/make_scale_corpus.py --n 1000000 --out /tmp/helpers-scale/1000000/raw
"""

from __future__ import annotations

import argparse
import bisect
import csv
import html
import itertools
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from helpers.dedup import syndicate_variants

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEMO_RAW_DIR = PROJECT_ROOT / "data" / "raw"
SHARED_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
GENERATOR_VERSION = 1

#: Share of each record kind (they sum to 1).
KIND_SHARES = {
    "original": 0.80,
    "syndicated": 0.09,
    "rescraped": 0.04,
    "exact_copy": 0.04,
    "empty": 0.01,
    "non_english": 0.01,
    "invalid_json": 0.01,
}
#: Share of originals drawn from each source (renormalised over the sources present).
SOURCE_SHARES = {"demo": 0.05, "bbc-news": 0.30, "reuters-21578": 0.30, "ag-news": 0.175, "huffpost": 0.175}
RESERVOIR_SIZE = 4_000
MIN_SENTENCES = 3
MAX_SENTENCES = 40
DATE_RANGE = (datetime(2015, 1, 1), datetime(2025, 12, 31))

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“'‘(])")
_WHITESPACE_RE = re.compile(r"\s+")

SHARE_LINES = (
    "Share this article",
    "Share on Facebook Share on X Copy link",
    "Tweet",
    "Email this article",
    "Print",
    "Share",
)
SUBSCRIBE_LINES = (
    "Subscribe to our newsletter for the latest updates",
    "Sign up for our daily briefing, delivered to your inbox",
    "Already a subscriber? Log in",
    "Get unlimited access: subscribe now",
)
SIDEBAR_HEADERS = (None, None, "Related news", "More news", "Latest", "Related articles")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

#: Short neutral sentences in other languages (written for this benchmark) for rejectable records.
NON_ENGLISH_SENTENCES = {
    "de": (
        "Die Regierung hat am Montag einen neuen Haushaltsentwurf vorgestellt.",
        "Nach Angaben des Ministeriums sollen die Ausgaben für Bildung steigen.",
        "Die Opposition kündigte an, den Entwurf im Parlament genau zu prüfen.",
        "Am Wochenende wird in mehreren Regionen mit starkem Regen gerechnet.",
        "Der Stadtrat will im Herbst über den Ausbau der Radwege entscheiden.",
        "Die Gespräche zwischen den Tarifparteien werden nächste Woche fortgesetzt.",
    ),
    "fr": (
        "Le gouvernement a présenté lundi un nouveau projet de budget.",
        "Selon le ministère, les dépenses consacrées à l'éducation vont augmenter.",
        "L'opposition a annoncé qu'elle examinerait le texte en détail au Parlement.",
        "De fortes pluies sont attendues ce week-end dans plusieurs régions.",
        "Le conseil municipal se prononcera à l'automne sur les nouvelles pistes cyclables.",
        "Les négociations entre les partenaires sociaux reprendront la semaine prochaine.",
    ),
    "es": (
        "El Gobierno presentó el lunes un nuevo proyecto de presupuesto.",
        "Según el ministerio, el gasto en educación aumentará el próximo año.",
        "La oposición anunció que estudiará el texto con detalle en el Parlamento.",
        "Se esperan fuertes lluvias este fin de semana en varias regiones.",
        "El ayuntamiento decidirá en otoño sobre la ampliación de los carriles bici.",
        "Las negociaciones entre sindicatos y empresas continuarán la próxima semana.",
    ),
    "it": (
        "Il governo ha presentato lunedì una nuova proposta di bilancio.",
        "Secondo il ministero, la spesa per l'istruzione aumenterà il prossimo anno.",
        "L'opposizione ha annunciato che esaminerà il testo in Parlamento.",
        "Nel fine settimana sono previste forti piogge in diverse regioni.",
        "Il consiglio comunale deciderà in autunno sull'ampliamento delle piste ciclabili.",
        "I negoziati tra sindacati e imprese riprenderanno la prossima settimana.",
    ),
}


# --------------------------------------------------------------------- pools


@dataclass
class SentencePool:
    """Sentences, titles and article lengths of one source class."""

    source: str
    label: str
    sentences: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def add(self, title: str, body: str) -> None:
        """Add one real article (its title and body) to the pool."""
        sentences = split_sentences(body)
        if not sentences:
            return
        title = _WHITESPACE_RE.sub(" ", title).strip()
        if title:
            self.titles.append(title)
        self.sentences.extend(sentences)
        self.lengths.append(len(sentences))


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences (whitespace normalised, very short fragments dropped)."""
    text = _WHITESPACE_RE.sub(" ", text).strip()
    return [s for s in _SENTENCE_SPLIT_RE.split(text) if len(s) >= 20]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def demo_articles(raw_dir: Path = DEMO_RAW_DIR) -> list[tuple[str, str, str]]:
    """English articles of the demo corpus as ``(label, title, body)``, cleaned by the project's cleaner."""
    from helpers.cleaning import clean_document, detect_language
    from helpers.io import load_corpus

    docs = load_corpus(raw_dir, progress=False)
    out = []
    for rec in docs[docs["status"] == "ok"].to_dict("records"):
        art, _, _ = clean_document(rec["doc_id"], rec["raw_text"], meta_title=rec["meta_title"])
        body = art.get("body") or ""
        if body and detect_language(body) == "en":
            out.append(("all", art.get("title") or "", body))
    return out


def bbc_articles(root: Path) -> list[tuple[str, str, str]]:
    """BBC News: ``bbc/<class>/NNN.txt``, headline on line 1."""
    out = []
    for path in sorted((root / "bbc").glob("*/*.txt")):
        title, _, body = _decode(path.read_bytes()).partition("\n")
        out.append((path.parent.name, title, body))
    return out


def ag_news_articles(root: Path) -> list[tuple[str, str, str]]:
    """AG News test split: class index, title, description (``\\n`` written as backslash + n)."""
    with open(root / "test.csv", encoding="utf-8", newline="") as handle:
        return [(label, title, text.replace("\\n", " ").replace("\\", " "))
                for label, title, text in csv.reader(handle)]


def huffpost_articles(root: Path) -> list[tuple[str, str, str]]:
    """HuffPost sample: headline and one-line summary per JSON line."""
    out = []
    for path in sorted(root.glob("*.json")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    rec = json.loads(line)
                    out.append((rec.get("category", ""), rec.get("headline", ""), rec.get("short_description", "")))
    return out


_REUTERS_DOC_RE = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_REUTERS_TAG_RE = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("TITLE", "BODY", "TOPICS")}
_REUTERS_D_RE = re.compile(r"<D>(.*?)</D>")


def reuters_articles(root: Path) -> list[tuple[str, str, str]]:
    """Reuters-21578 stories with a body, labelled by their first TOPICS tag (or ``none``)."""
    out = []
    for path in sorted(root.glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for doc in _REUTERS_DOC_RE.findall(text):
            body = _REUTERS_TAG_RE["BODY"].search(doc)
            if body is None:
                continue
            title = _REUTERS_TAG_RE["TITLE"].search(doc)
            topics = _REUTERS_D_RE.findall(_REUTERS_TAG_RE["TOPICS"].search(doc).group(1))
            body_text = html.unescape(re.sub(r"&#\d+;", "", body.group(1)))
            body_text = re.sub(r"\s*Reuter\s*$", "", body_text.strip())
            title_text = html.unescape(title.group(1)).title() if title else ""
            out.append((topics[0] if topics else "none", title_text, body_text))
    return out


SHARED_SOURCES = {
    "bbc-news": ("bbc-news", bbc_articles),
    "ag-news": ("ag-news", ag_news_articles),
    "huffpost": ("huffpost-news-category-v3-sample", huffpost_articles),
    "reuters-21578": ("reuters-21578", reuters_articles),
}


def build_pools(shared_dir: Path = SHARED_CORPORA, *, log=print) -> tuple[list[SentencePool], list[str]]:
    """Sentence pools per (source, class) from the demo corpus and the shared corpora present.

    Returns
    -------
    pools, skipped
        Pools in a deterministic order; names of the shared corpora that were absent.
    """
    loaded: dict[str, list[tuple[str, str, str]]] = {"demo": demo_articles()}
    skipped = []
    for name, (folder, reader) in SHARED_SOURCES.items():
        root = shared_dir / folder
        if not root.is_dir():
            log(f"skipping {name}: {root} not found (the shared corpora are optional; the demo corpus is used)")
            skipped.append(name)
            continue
        loaded[name] = reader(root)
    pools: dict[tuple[str, str], SentencePool] = {}
    for source, articles in loaded.items():
        for label, title, body in articles:
            key = (source, label)
            pools.setdefault(key, SentencePool(source, label)).add(title, body)
    usable = [p for _, p in sorted(pools.items()) if len(p.sentences) >= 4 * MIN_SENTENCES and p.titles]
    return usable, skipped


# ------------------------------------------------------------------- rendering


def random_timestamp(rng: random.Random) -> datetime:
    """A uniformly random minute in :data:`DATE_RANGE`."""
    start, end = DATE_RANGE
    return start + timedelta(minutes=rng.randrange(int((end - start).total_seconds() // 60)))


def format_published_at(when: datetime, rng: random.Random) -> str | None:
    """The record's ``published_at`` in one of the forms feeds use (or None: no date)."""
    style = rng.random()
    if style < 0.05:
        return None
    if style < 0.55:
        return f"{when:%Y-%m-%dT%H:%M:%S}Z"
    if style < 0.7:
        return f"{when:%Y-%m-%dT%H:%M:%S}+0{rng.randint(1, 3)}:00"
    if style < 0.85:
        return f"{when:%Y-%m-%d %H:%M:%S}"
    return f"{when:%Y-%m-%d}"


def sidebar_time(when: datetime, scraped_at: datetime) -> str:
    """A sidebar timestamp as the seed page shows it: today, yesterday or a full date."""
    if when.date() == scraped_at.date():
        return f"{when:%H:%M}"
    if when.date() == (scraped_at - timedelta(days=1)).date():
        return f"Yesterday, {when:%H:%M}"
    return f"{when:%d.%m.%Y, %H:%M}"


def related_sidebar(headlines: list[str], published: datetime, rng: random.Random) -> list[str]:
    """Seed-style sidebar: each item's views and time glued onto the next headline.

    ``[h1, f"{v1}{t1}{h2}", ..., f"{vN}{tN}"]``, like ``21700:45US to demand ...``.
    """
    scraped_at = published + timedelta(minutes=rng.randint(60, 1800))
    stamp, views = scraped_at, rng.randint(90, 400)
    lines = [headlines[0]]
    for i in range(len(headlines)):
        stamp -= timedelta(minutes=rng.randint(20, 720))
        views += rng.randint(5, 260)
        lines.append(f"{views}{sidebar_time(stamp, scraped_at)}" + (headlines[i + 1] if i + 1 < len(headlines) else ""))
    header = rng.choice(SIDEBAR_HEADERS)
    if header and rng.random() < 0.3:
        lines[0] = header + lines[0]  # header glued onto the first headline by the scraper
    elif header:
        lines.insert(0, header)
    return lines


def paragraphs_of(sentences: list[str], rng: random.Random) -> list[str]:
    """Group sentences into paragraphs of one to four sentences."""
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[i:i + step]))
        i += step
    return paragraphs


def scraped_page(body: str, published: datetime, headlines: list[str], rng: random.Random) -> str:
    """Wrap an article body in page furniture as a naive scraper saves it."""
    lines = []
    if rng.random() < 0.4:
        lines.append(f"Published {published.day} {MONTHS[published.month - 1]} {published.year}, {published:%H:%M}")
    paragraphs = body.split("\n")
    if rng.random() < 0.35:
        paragraphs[0] = "![]() " + paragraphs[0]
    lines.extend(paragraphs)
    if rng.random() < 0.4:
        lines[-1] += " |"
    if rng.random() < 0.5:
        lines.append(rng.choice(SHARE_LINES))
    if rng.random() < 0.4:
        lines.append(rng.choice(SUBSCRIBE_LINES))
    if rng.random() < 0.75:
        lines.extend(related_sidebar(rng.sample(headlines, rng.randint(4, min(7, len(headlines)))), published, rng))
    if rng.random() < 0.2:
        lines.append("Most read")
        lines.extend(f"{rank} {h}" for rank, h in enumerate(rng.sample(headlines, 5), 1))
    return "\n".join(lines)


def record_line(title: str, text: str, published_at: str | None) -> str:
    """One JSON line with the contract's raw fields."""
    return json.dumps({"title": title, "text": text, "published_at": published_at}, ensure_ascii=False)


# -------------------------------------------------------------------- generator


class ScaleCorpus:
    """Deterministic stream of raw JSON lines of the kinds in :data:`KIND_SHARES`.

    Parameters
    ----------
    pools : list of SentencePool
        Source material (see :func:`build_pools`).
    seed : int
        Seeds every random choice (Python ``random`` and numpy).
    """

    def __init__(self, pools: list[SentencePool], *, seed: int = 0) -> None:
        if not pools:
            raise ValueError("No source material: data/raw is empty and no shared corpus was found.")
        self.pools = pools
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        by_source: dict[str, list[int]] = {}
        for i, pool in enumerate(pools):
            by_source.setdefault(pool.source, []).append(i)
        total_share = sum(SOURCE_SHARES.get(s, 0.05) for s in by_source)
        weights = []
        for i, pool in enumerate(pools):
            members = by_source[pool.source]
            n_source = sum(len(pools[j].lengths) for j in members)
            weights.append(SOURCE_SHARES.get(pool.source, 0.05) / total_share * len(pool.lengths) / n_source)
        self._pool_cum = list(itertools.accumulate(weights))
        self._kind_names = list(KIND_SHARES)
        self._kind_cum = list(itertools.accumulate(KIND_SHARES.values()))
        self.headlines = [t for pool in pools for t in pool.titles]
        self.reservoir: list[tuple[str, str, str]] = []  # (title, body, line) of originals
        self.n_originals = 0
        self.kinds: Counter[str] = Counter()
        self.sources: Counter[str] = Counter()

    def _choose(self, cum: list[float]) -> int:
        return min(bisect.bisect(cum, self.rng.random() * cum[-1]), len(cum) - 1)

    def _new_article(self) -> tuple[str, str]:
        pool = self.pools[self._choose(self._pool_cum)]
        self.sources[pool.source] += 1
        n = min(MAX_SENTENCES, max(MIN_SENTENCES, self.rng.choice(pool.lengths)))
        start = self.rng.randrange(len(pool.sentences))
        # Half from one neighbourhood of the pool (reads like one article), half from anywhere in the class.
        local = [pool.sentences[(start + i) % len(pool.sentences)] for i in range(n // 2)]
        spread = [self.rng.choice(pool.sentences) for _ in range(n - len(local))]
        body = "\n".join(paragraphs_of(local + spread, self.rng))
        return self.rng.choice(pool.titles), body

    def _page(self, body: str) -> tuple[str, str | None]:
        when = random_timestamp(self.rng)
        return scraped_page(body, when, self.headlines, self.rng), format_published_at(when, self.rng)

    def _remember(self, title: str, body: str, line: str) -> None:
        # Reservoir sampling: every original so far is equally likely to be duplicated later.
        self.n_originals += 1
        if len(self.reservoir) < RESERVOIR_SIZE:
            self.reservoir.append((title, body, line))
        else:
            j = self.rng.randrange(self.n_originals)
            if j < RESERVOIR_SIZE:
                self.reservoir[j] = (title, body, line)

    def next_line(self) -> str:
        """The next raw JSON line (without newline)."""
        kind = self._kind_names[self._choose(self._kind_cum)]
        if kind in ("syndicated", "rescraped", "exact_copy") and not self.reservoir:
            kind = "original"
        self.kinds[kind] += 1
        if kind == "original":
            title, body = self._new_article()
            text, published_at = self._page(body)
            line = record_line(title, text, published_at)
            self._remember(title, body, line)
            return line
        if kind in ("syndicated", "rescraped", "exact_copy"):
            title, body, line = self.reservoir[self.rng.randrange(len(self.reservoir))]
            if kind == "exact_copy":
                return line
            if kind == "syndicated":
                body = "\n".join(syndicated_paragraphs(body, self.np_rng))
            text, published_at = self._page(body)
            return record_line(title, text, published_at)
        when = random_timestamp(self.rng)
        published_at = format_published_at(when, self.rng)
        if kind == "empty":
            return record_line(self.rng.choice(self.headlines), self.rng.choice(("", "   ", "\n")), published_at)
        if kind == "non_english":
            language = self.rng.choice(sorted(NON_ENGLISH_SENTENCES))
            sentences = self.rng.sample(NON_ENGLISH_SENTENCES[language], 4)
            return record_line(sentences[0].rstrip("."), " ".join(sentences[1:]), published_at)
        # invalid_json: a line cut off mid-record, as a crashed writer leaves it
        title, body = self._new_article()
        full = record_line(title, body, published_at)
        return full[: self.rng.randint(10, max(11, len(full) - 2))]


def syndicated_paragraphs(body: str, rng: np.random.Generator) -> list[str]:
    """A syndicated variant of a multi-paragraph body, keeping its paragraph breaks."""
    variant = syndicate_variants(body.replace("\n", " "), rng)
    # syndicate_variants joins everything onto one line; re-break it every few sentences.
    sentences = _SENTENCE_SPLIT_RE.split(variant)
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


# ------------------------------------------------------------------------- main


def default_out_dir(n: int) -> Path:
    """``$HELPERS_SCALE_DIR/<n>/raw`` (default base ``/tmp/helpers-scale``)."""
    return Path(os.environ.get("HELPERS_SCALE_DIR", "/tmp/helpers-scale")) / str(n) / "raw"


def read_manifest(out_dir: Path) -> dict | None:
    """The manifest of a finished corpus in ``out_dir``, or None."""
    path = Path(out_dir) / "MANIFEST.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def generate(n: int, out_dir: str | os.PathLike[str], *, seed: int = 0, shard_size: int = 5_000,
             shared_dir: Path = SHARED_CORPORA, log=print) -> dict:
    """Write ``n`` raw records as JSON-lines shards and a manifest into ``out_dir``.

    Parameters
    ----------
    n : int
        Number of records (documents in = ``n``).
    out_dir : path
        Folder for ``part-NNNNN.jsonl`` and ``MANIFEST.json``; must be outside the repository.
        Earlier shards in it are removed.
    seed : int
        Seed of every random choice; the same seed gives byte-identical shards.
    shard_size : int
        Records per shard.

    Returns
    -------
    dict
        The manifest (also written as ``MANIFEST.json``, last, so its presence marks a finished corpus).
    """
    out = Path(out_dir).resolve()
    if out == PROJECT_ROOT or PROJECT_ROOT in out.parents:
        raise ValueError(f"{out} is inside the repository; write scale corpora elsewhere (e.g. /tmp/helpers-scale).")
    if n < 1 or shard_size < 1:
        raise ValueError("--n and --shard-size must be positive.")
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    for stale in itertools.chain(out.glob("part-*.jsonl"), out.glob("MANIFEST.json")):
        stale.unlink()
    pools, skipped = build_pools(shared_dir, log=log)
    corpus = ScaleCorpus(pools, seed=seed)
    n_bytes, n_shards = 0, 0
    for shard_start in range(0, n, shard_size):
        path = out / f"part-{n_shards:05d}.jsonl"
        lines = [corpus.next_line() for _ in range(min(shard_size, n - shard_start))]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(data)
        n_bytes += len(data)
        n_shards += 1
    kinds = {kind: corpus.kinds.get(kind, 0) for kind in KIND_SHARES}
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "n_documents": n,
        "seed": seed,
        "shard_size": shard_size,
        "n_shards": n_shards,
        "bytes": n_bytes,
        "kinds": kinds,
        "expected": {
            "rejected_at_least": kinds["empty"] + kinds["non_english"] + kinds["invalid_json"],
            "duplicates_injected": kinds["syndicated"] + kinds["rescraped"] + kinds["exact_copy"],
        },
        "original_sources": dict(sorted(corpus.sources.items())),
        "skipped_sources": skipped,
        "pools": len(pools),
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def ensure_corpus(n: int, out_dir: str | os.PathLike[str], *, seed: int = 0, shard_size: int = 5_000,
                  log=print) -> dict:
    """Reuse the corpus in ``out_dir`` when its manifest matches ``n``, ``seed`` and ``shard_size``, else generate it."""
    manifest = read_manifest(Path(out_dir))
    if manifest and (manifest.get("generator_version"), manifest.get("n_documents"), manifest.get("seed"),
                     manifest.get("shard_size")) == (GENERATOR_VERSION, n, seed, shard_size):
        return manifest
    log(f"generating {n:,} documents into {out_dir} ...")
    return generate(n, out_dir, seed=seed, shard_size=shard_size, log=log)


def parse_count(text: str) -> int:
    """``10000``, ``10k``, ``1M``, ``1_000_000`` -> int."""
    text = text.strip().lower().replace("_", "").replace(",", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=parse_count, default=10_000, help="number of documents (10000, 10k, 1M)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default $HELPERS_SCALE_DIR/<n>/raw or /tmp/helpers-scale/<n>/raw)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shard-size", type=int, default=5_000, help="records per JSON-lines shard")
    args = parser.parse_args(argv)
    out = args.out or default_out_dir(args.n)
    try:
        manifest = generate(args.n, out, seed=args.seed, shard_size=args.shard_size)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {manifest['n_documents']:,} documents in {manifest['n_shards']} shards "
          f"({manifest['bytes'] / 1e6:.1f} MB) to {out} in {manifest['seconds']:.1f} s")
    print("kinds:", json.dumps(manifest["kinds"]))
    print("original sources:", json.dumps(manifest["original_sources"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
