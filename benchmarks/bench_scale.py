"""Scale benchmark of the Dask engine (issue 7): throughput, peak memory per worker,
speed-up from 1 to 2 workers, and a worker killed mid-run.

For each size (default 10k and 100k articles; ``1M`` is opt-in because it takes long
on 2 cores) the corpus from ``benchmarks/make_scale_corpus.py`` is generated, or
reused when its manifest matches, under ``$HELPERS_SCALE_DIR/<n>/`` (default
``/tmp/helpers-scale/<n>/``; never inside the repository). Then, with
``helpers.dask_engine``:

1. **Full pipeline**, 2 workers x 1 thread: ``clean_stage`` -> ``topic_stage`` ->
   ``actor_stage`` -> ``cooccurrence_stage``; seconds, documents/s and MB/s per
   stage; ``documents in == kept + duplicate + rejected`` and unique ``doc_id``
   (asserted); peak RSS of each worker, sampled every 0.5 s with
   ``client.run`` (per stage) and the kernel's lifetime peak of the worker
   process (``ru_maxrss``). Target: < 2 GB per worker at 1M.
2. **Speed-up** on the per-document stages (``clean_stage(deduplicate=False)`` +
   ``actor_stage``): 1 worker vs 2 workers on the same corpus, alternating
   (1, 2, 1, 2, ...) in this process. Target: >= 1.7x.
3. **Worker killed mid-run**: ``clean_stage`` (with deduplication) runs in a thread;
   part-way through (40 % of the undisturbed stage time) one worker process is
   SIGKILLed (the LocalCluster nanny restarts it). The run must finish with the
   undisturbed run's counts and the same (doc_id, status) rows, doc_id unique.

Finally it prints how each stage's time grows with the corpus size. Results are
printed as tables and saved as JSON: ``<size dir>/bench_scale.json`` per size and
``$HELPERS_SCALE_DIR/bench_scale.json`` for the whole run.

Usage::

    .venv/bin/python benchmarks/bench_scale.py                     # 10k and 100k
    .venv/bin/python benchmarks/bench_scale.py --sizes 10k,100k,1M  # adds 1M (long)
    .venv/bin/python benchmarks/bench_scale.py --sizes 10k --skip-kill --repeats 2

Timings are wall-clock on a shared machine: the speed-up is a ratio measured in
the same process, and the load average at start and end is recorded.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import os
import resource
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_scale_corpus import ensure_corpus, parse_count  # noqa: E402

TARGET_GB_PER_WORKER = 2.0
TARGET_SPEEDUP = 1.7
KILL_AT_FRACTION = 0.4
SAMPLE_INTERVAL = 0.5
COUNT_KEYS = ("kept", "duplicate", "rejected")
PIPELINE_STAGES = ("clean", "topics", "actors", "cooccurrence")


# ----------------------------------------------------------------- worker memory


def _worker_memory(dask_worker=None) -> tuple[str, int, int, int]:
    """Run on a worker: ``(name, pid, current RSS bytes, lifetime peak RSS bytes)``."""
    import psutil

    name = str(dask_worker.name) if dask_worker is not None else str(os.getpid())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return name, os.getpid(), psutil.Process().memory_info().rss, peak


class WorkerMemorySampler:
    """Sample every worker's RSS in a background thread while stages run.

    Worker processes are keyed by their name, which a restarted worker keeps.
    ``stage`` labels the samples, so peaks are reported per stage and overall.

    Parameters
    ----------
    client : distributed.Client
    interval : float
        Seconds between samples.
    """

    def __init__(self, client, interval: float = SAMPLE_INTERVAL) -> None:
        self.client = client
        self.interval = interval
        self.stage = "startup"
        self.peak: dict[str, int] = {}
        self.peak_by_stage: dict[str, dict[str, int]] = {}
        self.lifetime_peak: dict[str, int] = {}
        self.n_samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="worker-memory-sampler", daemon=True)

    def _sample(self) -> None:
        try:
            replies = self.client.run(_worker_memory, on_error="ignore")
        except Exception:  # a worker restarting: skip this sample
            return
        self.n_samples += 1
        stage_peak = self.peak_by_stage.setdefault(self.stage, {})
        for name, pid, rss, lifetime in replies.values():
            key = f"worker {name}"
            self.peak[key] = max(self.peak.get(key, 0), rss)
            stage_peak[key] = max(stage_peak.get(key, 0), rss)
            # ru_maxrss covers the current process only; a restarted worker starts again.
            self.lifetime_peak[f"{key} (pid {pid})"] = lifetime

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> WorkerMemorySampler:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def report(self) -> dict[str, Any]:
        """Peaks in GB: overall and per stage (sampled), and the kernel's lifetime peak per process."""
        gb = lambda d: {k: round(v / 1e9, 3) for k, v in sorted(d.items())}  # noqa: E731
        return {
            "sampled_peak_gb": gb(self.peak),
            "sampled_peak_gb_by_stage": {s: gb(p) for s, p in self.peak_by_stage.items()},
            "process_peak_gb": gb(self.lifetime_peak),
            "max_gb": round(max([*self.peak.values(), *self.lifetime_peak.values(), 0]) / 1e9, 3),
            "samples": self.n_samples,
        }


# ------------------------------------------------------------------------ helpers


def load_engine(module: str):
    """Import the Dask engine, saying what is missing when it is not there."""
    try:
        engine = importlib.import_module(module)
    except ImportError as err:
        raise SystemExit(f"cannot import {module} ({err}); the Dask engine (issue 7) must be installed in .venv.")
    missing = [name for name in ("connect", "clean_stage", "actor_stage", "cooccurrence_stage", "topic_stage")
               if not hasattr(engine, name)]
    if missing:
        raise SystemExit(f"{module} lacks {', '.join(missing)}; see the API in issue 7.")
    return engine


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (the machine is shared; timings are noisy)."""
    return [round(x, 2) for x in os.getloadavg()]


def fresh_dir(path: Path) -> Path:
    """An empty folder at ``path`` (earlier stage outputs removed)."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


@contextlib.contextmanager
def cluster(engine, n_workers: int, memory_limit: str) -> Iterator[Any]:
    """A fresh LocalCluster client with ``n_workers`` x 1 thread (quiet)."""
    options = supported(engine.connect, dashboard_address=":0", quiet=True)
    with contextlib.redirect_stdout(sys.stderr):  # the dashboard banner goes to stderr, tables to stdout
        manager = engine.connect(scheduler=None, n_workers=n_workers, threads_per_worker=1,
                                 memory_limit=memory_limit, **options)
        client = manager.__enter__()
    try:
        client.wait_for_workers(n_workers, timeout=120)
        yield client
    finally:
        with contextlib.redirect_stdout(sys.stderr):
            manager.__exit__(None, None, None)


def supported(func: Callable, **kwargs) -> dict[str, Any]:
    """The keyword arguments that ``func`` accepts (optional ones like ``progress``)."""
    params = inspect.signature(func).parameters
    return {k: v for k, v in kwargs.items() if k in params}


def summary_of(result: Any) -> dict[str, Any]:
    """A stage's summary as a dict (a result object is reduced to the scalars of its ``metrics``)."""
    if isinstance(result, Mapping):
        return dict(result)
    metrics = getattr(result, "metrics", None) or {}
    return {k: v for k, v in metrics.items() if isinstance(v, (int, float, str))}


#: Extra keyword arguments for every ``clean_stage`` call (``--blocksize``).
CLEAN_OPTIONS: dict[str, Any] = {}


def timed(func: Callable, *args, **kwargs) -> tuple[dict, float]:
    """Call ``func`` (without progress bars) and return its summary with the wall-clock seconds."""
    kwargs.update(supported(func, progress=False))
    if getattr(func, "__name__", "") == "clean_stage":
        kwargs.update(CLEAN_OPTIONS)
    started = time.perf_counter()
    result = func(*args, **kwargs)
    return summary_of(result), time.perf_counter() - started


def article_statuses(out_dir: Path):
    """``(doc_id, status, duplicate_of)`` of ``articles.parquet`` sorted by doc_id."""
    import pandas as pd

    frame = pd.read_parquet(out_dir / "articles.parquet", columns=["doc_id", "status", "duplicate_of"])
    return frame.sort_values("doc_id", kind="stable").reset_index(drop=True)


def check_counts(n_in: int, stage: dict, out_dir: Path) -> dict[str, Any]:
    """Check documents in == kept + duplicate + rejected, in the stage's result and in the table."""
    statuses = article_statuses(out_dir)
    table = statuses["status"].value_counts().to_dict()
    summed = sum(int(stage.get(k, 0)) for k in COUNT_KEYS)
    result = {
        "documents_in": n_in,
        "stage_documents": int(stage.get("documents", -1)),
        **{k: int(stage.get(k, 0)) for k in COUNT_KEYS},
        "table_rows": len(statuses),
        "table_counts": {k: int(table.get(k, 0)) for k in COUNT_KEYS},
        "doc_id_unique": bool(statuses["doc_id"].is_unique),
    }
    result["ok"] = bool(
        summed == n_in == result["stage_documents"] == result["table_rows"]
        and result["doc_id_unique"]
        and all(result["table_counts"][k] == result[k] for k in COUNT_KEYS)
        and set(table) <= set(COUNT_KEYS)
    )
    return result


# ------------------------------------------------------------------------ phases


def run_pipeline(engine, raw_dir: Path, out_dir: Path, manifest: dict, *, memory_limit: str, seed: int,
                 stages_to_run: tuple[str, ...] = PIPELINE_STAGES) -> dict:
    """Full pipeline on 2 workers with per-stage times and worker memory."""
    n, mb = manifest["n_documents"], manifest["bytes"] / 1e6
    fresh_dir(out_dir)
    stages: dict[str, dict] = {}
    with cluster(engine, 2, memory_limit) as client, WorkerMemorySampler(client) as sampler:
        plan = [
            ("clean", engine.clean_stage, (raw_dir, out_dir), {"seed": seed, "deduplicate": True}),
            ("topics", engine.topic_stage, (out_dir,), {"seed": seed}),
            ("actors", engine.actor_stage, (out_dir,), {}),
            ("cooccurrence", engine.cooccurrence_stage, (out_dir,), {}),
        ]
        for name, func, args, kwargs in plan:
            if name not in stages_to_run:
                continue
            sampler.stage = name
            print(f"{time.strftime('%H:%M:%S')} {name} stage starts", file=sys.stderr, flush=True)
            result, seconds = timed(func, *args, **kwargs)
            stages[name] = {"seconds": round(seconds, 3), "docs_per_s": round(n / max(seconds, 1e-3), 1),
                            "mb_per_s": round(mb / max(seconds, 1e-3), 2), "result": result}
            if name == "clean":
                counts = check_counts(n, result, out_dir)
        sampler.stage = "idle"
    total = sum(s["seconds"] for s in stages.values())
    # The client (this process) gathers the engine's small corpus-wide results; its lifetime peak,
    # which includes generating the corpus when that happened in this process.
    client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9
    return {"stages": stages, "total_seconds": round(total, 2), "docs_per_s": round(n / total, 1),
            "counts": counts, "memory": {**sampler.report(), "client_process_peak_gb": round(client_peak, 3)}}


def _worker_cpu_seconds() -> float:
    """Run on a worker: CPU seconds (user + system) the worker process has used."""
    import psutil

    times = psutil.Process().cpu_times()
    return times.user + times.system


def run_per_document(engine, raw_dir: Path, out_dir: Path, n_workers: int, *, memory_limit: str, seed: int) -> dict:
    """``clean_stage(deduplicate=False)`` + ``actor_stage`` on ``n_workers`` workers.

    Also records the workers' CPU seconds, so ``cores_used`` (CPU / wall) shows
    whether the workers got their cores on a shared machine.
    """
    fresh_dir(out_dir)
    with cluster(engine, n_workers, memory_limit) as client:
        cpu_before = sum(client.run(_worker_cpu_seconds).values())
        clean, t_clean = timed(engine.clean_stage, raw_dir, out_dir, seed=seed, deduplicate=False)
        _, t_actors = timed(engine.actor_stage, out_dir)
        cpu = sum(client.run(_worker_cpu_seconds).values()) - cpu_before
    wall = t_clean + t_actors
    return {"workers": n_workers, "clean_seconds": round(t_clean, 2), "actor_seconds": round(t_actors, 2),
            "seconds": round(wall, 2), "worker_cpu_seconds": round(cpu, 1), "cores_used": round(cpu / wall, 2),
            "documents": int(clean.get("documents", -1)), "partitions": clean.get("partitions")}


def run_speedup(engine, raw_dir: Path, out_dir: Path, manifest: dict, *, repeats: int, memory_limit: str,
                seed: int) -> dict:
    """1 worker vs 2 workers on the per-document stages, alternating, best of ``repeats``."""
    runs = []
    for _ in range(repeats):
        for workers in (1, 2):
            runs.append(run_per_document(engine, raw_dir, out_dir, workers, memory_limit=memory_limit, seed=seed))
    best = {w: min(r["seconds"] for r in runs if r["workers"] == w) for w in (1, 2)}
    n = manifest["n_documents"]
    return {
        "runs": runs,
        "best_seconds": {f"{w} worker{'s' if w > 1 else ''}": s for w, s in best.items()},
        "docs_per_s": {f"{w} worker{'s' if w > 1 else ''}": round(n / s, 1) for w, s in best.items()},
        "speedup": round(best[1] / best[2], 2),
        "target": TARGET_SPEEDUP,
        "load_average": load_average(),
    }


def run_kill(engine, raw_dir: Path, out_dir: Path, reference_dir: Path, manifest: dict, reference: dict, *,
             clean_seconds: float, memory_limit: str, seed: int) -> dict:
    """``clean_stage`` with one worker SIGKILLed part-way; compare with the undisturbed run."""
    fresh_dir(out_dir)
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"], outcome["seconds"] = timed(
                engine.clean_stage, raw_dir, out_dir, seed=seed, deduplicate=True)
        except BaseException as err:  # reported, not raised: the benchmark goes on
            outcome["error"] = f"{type(err).__name__}: {err}"

    kill_after = max(1.0, KILL_AT_FRACTION * clean_seconds)
    with cluster(engine, 2, memory_limit) as client:
        thread = threading.Thread(target=target, name="clean-stage")
        thread.start()
        thread.join(kill_after)
        killed: dict[str, Any] = {"after_seconds": round(kill_after, 1)}
        if thread.is_alive():
            pids = client.run(os.getpid)
            address, pid = sorted(pids.items())[0]
            os.kill(pid, signal.SIGKILL)
            killed.update(worker=address, pid=pid, stage_still_running=True)
        else:
            killed.update(stage_still_running=False, note="the stage finished before the kill: not a test; rerun larger")
        thread.join()
        try:
            client.wait_for_workers(2, timeout=60)
            killed["workers_after"] = len(client.scheduler_info()["workers"])
        except Exception as err:  # noqa: BLE001
            killed["workers_after"] = f"not restored: {err}"
    result: dict[str, Any] = {"killed": killed}
    if "error" in outcome:
        result.update(ok=False, error=outcome["error"])
        return result
    counts = check_counts(manifest["n_documents"], outcome["result"], out_dir)
    same_counts = all(counts[k] == reference[k] for k in COUNT_KEYS)
    columns = ["doc_id", "status"]
    same_rows = article_statuses(out_dir)[columns].equals(article_statuses(reference_dir)[columns])
    result.update(seconds=round(outcome["seconds"], 2), counts=counts,
                  same_counts_as_undisturbed=same_counts, same_doc_status_as_undisturbed=bool(same_rows),
                  ok=bool(counts["ok"] and same_counts and same_rows and killed["stage_still_running"]))
    return result


# ------------------------------------------------------------------------ report


def _row(cells: list[Any], widths: list[int]) -> str:
    return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned text table."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    print(f"\n{title}")
    print(_row(header, widths))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(_row(row, widths))


def print_size(label: str, res: dict) -> None:
    """Tables for one corpus size."""
    pipe = res.get("pipeline")
    if pipe:
        rows = [[name, s["seconds"], s["docs_per_s"], s["mb_per_s"],
                 " ".join(f"{v:.2f}" for v in pipe["memory"]["sampled_peak_gb_by_stage"].get(name, {}).values())]
                for name, s in pipe["stages"].items()]
        rows.append(["total", pipe["total_seconds"], pipe["docs_per_s"], "", ""])
        print_table(f"[{label}] full pipeline, 2 workers x 1 thread ({res['corpus']['mb']:.0f} MB raw, "
                    f"{pipe['stages']['clean']['result'].get('partitions')} partitions)",
                    ["stage", "seconds", "docs/s", "MB/s", "peak RSS GB per worker"], rows)
        c = pipe["counts"]
        print(f"counts: in {c['documents_in']:,} = kept {c['kept']:,} + duplicate {c['duplicate']:,} + rejected "
              f"{c['rejected']:,}; doc_id unique: {c['doc_id_unique']} -> {'OK' if c['ok'] else 'FAILED'}"
              f"  (injected: {res['corpus']['duplicates_injected']:,} duplicates, "
              f">= {res['corpus']['rejected_at_least']:,} rejects)")
        mem = pipe["memory"]
        print(f"peak memory per worker (sampled): {mem['sampled_peak_gb']} GB; process peaks (ru_maxrss): "
              f"{mem['process_peak_gb']} GB; max {mem['max_gb']:.2f} GB vs target < {TARGET_GB_PER_WORKER} GB "
              f"-> {'OK' if mem['max_gb'] < TARGET_GB_PER_WORKER else 'OVER'}; client process peak "
              f"{mem.get('client_process_peak_gb', float('nan')):.2f} GB")
    sp = res.get("speedup")
    if sp:
        rows = [[r["workers"], r["partitions"], r["clean_seconds"], r["actor_seconds"], r["seconds"],
                 r["worker_cpu_seconds"], r["cores_used"]] for r in sp["runs"]]
        print_table(f"[{label}] per-document stages (clean without dedup + actors)",
                    ["workers", "partitions", "clean s", "actors s", "total s", "worker CPU s", "cores used"], rows)
        print(f"speed-up 2 vs 1 worker (best of runs): {sp['speedup']:.2f}x vs target >= {TARGET_SPEEDUP}x -> "
              f"{'OK' if sp['speedup'] >= TARGET_SPEEDUP else 'BELOW'}  (load average {sp['load_average']})")
    kill = res.get("kill")
    if kill:
        k = kill["killed"]
        if "error" in kill:
            print(f"[{label}] worker killed mid-run: FAILED: {kill['error']}  ({k})")
        else:
            c = kill["counts"]
            print(f"[{label}] worker killed after {k['after_seconds']} s (pid {k.get('pid')}, still running: "
                  f"{k['stage_still_running']}, workers after: {k['workers_after']}): in {c['documents_in']:,} = kept "
                  f"{c['kept']:,} + duplicate {c['duplicate']:,} + rejected {c['rejected']:,}; doc_id unique "
                  f"{c['doc_id_unique']}; same counts as undisturbed: {kill['same_counts_as_undisturbed']}; same "
                  f"(doc_id, status): {kill['same_doc_status_as_undisturbed']} -> {'OK' if kill['ok'] else 'FAILED'}")


def growth(results: dict[str, dict]) -> list[list[Any]]:
    """How each stage's time grows between consecutive sizes, against the size ratio."""
    sized = sorted(((r["corpus"]["n"], label, r) for label, r in results.items() if r.get("pipeline")))
    rows = []
    for (n0, l0, r0), (n1, l1, r1) in zip(sized, sized[1:]):
        s0, s1 = r0["pipeline"]["stages"], r1["pipeline"]["stages"]
        cells = [f"{l0} -> {l1}", f"x{n1 / n0:.0f}"]
        cells += [f"x{s1[k]['seconds'] / s0[k]['seconds']:.1f}" if k in s0 and k in s1 and s0[k]["seconds"] >= 0.01
                  else "-" for k in PIPELINE_STAGES]
        cells.append(f"x{r1['pipeline']['total_seconds'] / r0['pipeline']['total_seconds']:.1f}")
        rows.append(cells)
    return rows


# -------------------------------------------------------------------------- main


def size_label(n: int) -> str:
    """1000000 -> '1M', 100000 -> '100k'."""
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1_000}k" if n % 1_000 == 0 else str(n)


def bench_size(engine, n: int, base: Path, args: argparse.Namespace) -> dict:
    """Every phase for one corpus size; the result is also written to ``<size dir>/bench_scale.json``."""
    root = base / str(n)
    manifest = ensure_corpus(n, root / "raw", seed=args.seed, shard_size=args.shard_size,
                             log=lambda m: print(m, file=sys.stderr))
    raw = root / "raw"
    res: dict[str, Any] = {
        "corpus": {"n": n, "path": str(raw), "mb": manifest["bytes"] / 1e6, "shards": manifest["n_shards"],
                   "kinds": manifest["kinds"], **manifest["expected"]},
        "load_average_start": load_average(),
        "clean_options": dict(CLEAN_OPTIONS),
    }
    label = size_label(n)
    print(f"\n=== {label}: {n:,} documents, {manifest['n_shards']} shards, {manifest['bytes'] / 1e6:.0f} MB, "
          f"clean_stage options {CLEAN_OPTIONS or 'default'} (load average {res['load_average_start']})", flush=True)
    res["pipeline"] = run_pipeline(engine, raw, root / "out", manifest, memory_limit=args.memory_limit, seed=args.seed,
                                   stages_to_run=args.stages)
    if n in args.speedup_sizes:
        res["speedup"] = run_speedup(engine, raw, root / "out_per_document", manifest, repeats=args.repeats,
                                     memory_limit=args.memory_limit, seed=args.seed)
    if not args.skip_kill:
        res["kill"] = run_kill(engine, raw, root / "out_killed", root / "out", manifest, res["pipeline"]["counts"],
                               clean_seconds=res["pipeline"]["stages"]["clean"]["seconds"],
                               memory_limit=args.memory_limit, seed=args.seed)
    res["load_average_end"] = load_average()
    print_size(label, res)
    (root / "bench_scale.json").write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated corpus sizes, e.g. 10k,100k,1M")
    parser.add_argument("--speedup-sizes", default="10k,100k",
                        help="sizes at which 1 vs 2 workers is measured (of those in --sizes), or 'none'")
    parser.add_argument("--repeats", type=int, default=1, help="1-vs-2-worker runs per size (best is reported)")
    parser.add_argument("--stages", default=",".join(PIPELINE_STAGES),
                        help="pipeline stages to run (clean is always run; later stages need the earlier ones)")
    parser.add_argument("--skip-kill", action="store_true", help="skip the worker-killed-mid-run check")
    parser.add_argument("--memory-limit", default="4GiB",
                        help="Dask memory limit per worker; above the 2 GB target so the real peak is measured")
    parser.add_argument("--blocksize", default=None,
                        help="raw bytes per cleaning partition, e.g. 8MiB (default: the engine's default)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shard-size", type=int, default=5_000, help="records per JSON-lines shard")
    parser.add_argument("--engine", default="helpers.dask_engine", help="module with the engine API (issue 7)")
    args = parser.parse_args(argv)
    sizes = [parse_count(s) for s in args.sizes.split(",") if s.strip()]
    if args.blocksize:
        from dask.utils import parse_bytes

        CLEAN_OPTIONS["blocksize"] = parse_bytes(args.blocksize)
    args.stages = tuple(s for s in PIPELINE_STAGES if s == "clean" or s in args.stages.split(","))
    args.speedup_sizes = {parse_count(s) for s in args.speedup_sizes.split(",") if s.strip() not in ("", "none")}
    base = Path(os.environ.get("HELPERS_SCALE_DIR", "/tmp/helpers-scale"))
    engine = load_engine(args.engine)
    if os.environ.pop("DASK_SCHEDULER_ADDRESS", None):
        print("DASK_SCHEDULER_ADDRESS ignored: the benchmark starts its own local clusters (1 and 2 workers).",
              file=sys.stderr)

    results: dict[str, dict] = {}
    for n in sizes:
        results[size_label(n)] = bench_size(engine, n, base, args)

    rows = growth(results)
    if rows:
        print_table("time growth with corpus size (full pipeline, 2 workers)",
                    ["sizes", "size", *PIPELINE_STAGES, "total"], rows)
    summary = {"sizes": results, "growth": rows, "machine": {"cpus": os.cpu_count()},
               "targets": {"gb_per_worker": TARGET_GB_PER_WORKER, "speedup": TARGET_SPEEDUP}}
    base.mkdir(parents=True, exist_ok=True)
    (base / "bench_scale.json").write_text(json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nresults saved to {base / 'bench_scale.json'} and <size dir>/bench_scale.json")
    failed = [label for label, r in results.items()
              if not r["pipeline"]["counts"]["ok"] or ("kill" in r and not r["kill"]["ok"])]
    if failed:
        print(f"count checks FAILED for: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
