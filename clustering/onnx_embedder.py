"""all-MiniLM-L6-v2 through ONNX Runtime on the CPU (`embedding.precision: onnx`).

The same fp32 weights as the PyTorch model, exported once to ONNX (with
PyTorch's exporter, offline, from the packaged model) and kept under
cache_root()/onnx; then a run needs neither torch nor sentence-transformers:
the `tokenizers` library and an ONNX Runtime session do the work, with the same
tokenisation (lower case, at most 256 tokens) and the same mean pooling and
L2 normalisation as sentence-transformers. The vectors equal PyTorch fp32's
(cosine >= 0.99999), so they carry fp32's model name and share its cache.

Measured on the 2-core AMD Zen 5 machine (benchmarks/speed.py, embedders
section, same customer sentences in the same run): about 2x the throughput of
PyTorch bf16 and 3x PyTorch fp32. Dynamic int8 quantisation was faster still
but moved vectors too far (cosine to fp32 down to about 0.8), so it is not
offered.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from clustering.embedder import EMBEDDING_DIM, cache_root, model_folder, model_label

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
INPUTS = ("input_ids", "attention_mask", "token_type_ids")

_export_lock = threading.Lock()


def _onnx_file(variant: str) -> Path:
    return cache_root() / "onnx" / f"{model_label(variant)}-fp32.onnx"


def onnx_model_path(variant: str = "base") -> Path:
    """The model as ONNX (fp32), exported from its weights on first use (see
    clustering.embedder.model_folder for the variants)."""
    target = _onnx_file(variant)
    if target.exists():
        return target
    with _export_lock:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
                staged = Path(tmp) / target.name
                export_onnx(model_folder(variant), staged)
                os.replace(staged, target)  # a reader never sees half a file
    return target


def export_onnx(model_folder: Path, out: Path) -> None:
    """Export the transformer (token embeddings, before pooling) to ONNX with dynamic batch and length."""
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(model_folder), attn_implementation="eager").eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_folder))

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    example = tokenizer(["an example", "a second, longer example sentence"], padding=True, return_tensors="pt")
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's deprecation and tracing notes
        torch.onnx.export(
            TokenEmbeddings(model), tuple(example[name] for name in INPUTS), str(out),
            input_names=list(INPUTS), output_names=["token_embeddings"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "token_embeddings")},
            opset_version=17, dynamo=False,
        )


class OnnxEmbedder:
    """The embedder protocol (`embed(texts) -> (n, 384) float32 unit rows`) on ONNX Runtime."""

    def __init__(self, batch_size: int = 128, threads: int | None = None, variant: str = "base") -> None:
        self.batch_size = batch_size
        self.threads = threads
        self.variant = variant
        self._session = None
        self._tokenizer = None
        self._loading = threading.Lock()

    @property
    def name(self) -> str:
        return f"{model_label(self.variant)}/fp32"

    def load_if_ready(self) -> bool:
        """Load the session now if the model is already on disk as ONNX (never exports
        or builds anything); whether it is loaded. For loading ahead, in a thread:
        ONNX Runtime builds a session mostly outside the GIL."""
        if self._session is None:
            if self.variant == "handoff":
                from clustering.tuning import tuned_model_ready

                if not tuned_model_ready():
                    return False
            if not _onnx_file(self.variant).exists():
                return False
            self._load()
        return True

    def _load(self):
        with self._loading:
            if self._session is None:
                self._open()
        return self._session, self._tokenizer

    def _open(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(model_folder(self.variant) / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = self.threads or os.cpu_count() or 1
        self._session = ort.InferenceSession(str(onnx_model_path(self.variant)), options, providers=["CPUExecutionProvider"])
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """texts: n strings -> (n, 384) float32, rows of unit length."""
        if len(texts) == 0:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        session, tokenizer = self._load()
        order = np.argsort([len(t) for t in texts], kind="stable")  # little padding inside a batch
        out = np.empty((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            rows = order[start : start + self.batch_size]
            encoded = tokenizer.encode_batch([texts[i] for i in rows])
            feeds = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            tokens = session.run(None, feeds)[0]
            mask = feeds["attention_mask"][..., None].astype(np.float32)
            pooled = (tokens * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out
