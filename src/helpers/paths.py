"""Project root and default folders, and resolving user paths against the root.

Notebooks run with the notebook folder as working directory (nbval, JupyterLab)
or with the caller's (papermill); resolving every relative path from the project
root makes both behave the same.
"""

from __future__ import annotations

import os
from pathlib import Path

_MARKERS = ("pyproject.toml", "Makefile")


def project_root() -> Path:
    """Return the project root.

    ``HELPERS_PROJECT_ROOT`` wins when set; otherwise the first parent of this
    package (or of the working directory) holding ``pyproject.toml``.
    """
    env = os.environ.get("HELPERS_PROJECT_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path(__file__).resolve(), Path.cwd().resolve()):
        for candidate in (start, *start.parents):
            if all((candidate / m).exists() for m in _MARKERS) and (candidate / "notebooks").is_dir():
                return candidate
    return Path.cwd().resolve()


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve ``path`` against the project root unless it is absolute."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (project_root() / p).resolve()


RAW_DIR = "data/raw"
PROCESSED_DIR = "data/processed"
REPORTS_DIR = "reports"
NOTEBOOKS_DIR = "notebooks"
PARAMS_DIR = "params"
