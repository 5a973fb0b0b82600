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
PyTorch bf16 and 3x PyTorch fp32.

`embedding.precision: onnx-int8` runs a copy made once from the fp32 file
(quantize_int8): the 36 weight matrix products (query, key, value, attention
output and both feed-forward layers of the 6 layers) in int8, with one scale
per weight column and one per token; the 12 products of two activations inside
attention stay fp32. Measured on 3,000 customer sentences and sentence pairs
(interleaved runs, batches of 32): about 2x the throughput of fp32 ONNX, cosine
to fp32 median 0.997, lowest 0.980, and each text's vector the same whatever
else is in its batch. Tried and not kept: ONNX Runtime's quantize_dynamic (as
fast, but cosine median 0.9916, lowest 0.959, and vectors that depend on the
batch), the same with one weight scale per matrix (cosine down to 0.86), keeping
the feed-forward outputs or the first and last layers in fp32 (half the
speed-up), ONNX Runtime's BERT fusions (no faster), and 8- or 4-bit
MatMulNBits (no faster than fp32, or cosine 0.89).
The vectors are not fp32's, so they carry their own model name (".../int8v2",
with the version of the scheme, INT8_SCHEME), and the detector is fitted on the
same int8 vectors of its seed corpus.
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


WEIGHTS = ("fp32", "int8")


def _check_weights(weights: str) -> None:
    if weights not in WEIGHTS:
        raise ValueError(f"ONNX weights must be one of {WEIGHTS}, got {weights!r}")


# The version of quantize_int8's scheme. It is part of the int8 file's name and of
# the int8 vectors' model name, so every cache made from them (the quantised file,
# the fitted detector, the seed corpus's vectors, the embeddings in DuckDB and the
# scores) is made again when the scheme changes. Raise it with any change to
# quantize_int8 that changes its output. (Version 1 was ONNX Runtime's
# quantize_dynamic, tried and not kept; it had the same file name.)
INT8_SCHEME = 2


def weights_tag(weights: str) -> str:
    """The weights' name in file and model names: "fp32", or "int8v<INT8_SCHEME>"."""
    _check_weights(weights)
    return f"int8v{INT8_SCHEME}" if weights == "int8" else weights


def _onnx_file(variant: str, weights: str = "fp32") -> Path:
    return cache_root() / "onnx" / f"{model_label(variant)}-{weights_tag(weights)}.onnx"


def onnx_model_path(variant: str = "base", weights: str = "fp32") -> Path:
    """The model as ONNX, exported from its weights on first use (see
    clustering.embedder.model_folder for the variants); weights "int8" is the
    quantised copy of the fp32 file (quantize_int8), made on first use too."""
    _check_weights(weights)
    target = _onnx_file(variant, weights)
    if target.exists():
        return target
    source = onnx_model_path(variant) if weights == "int8" else None
    with _export_lock:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
                staged = Path(tmp) / target.name
                if source is None:
                    export_onnx(model_folder(variant), staged)
                else:
                    quantize_int8(source, staged)
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


def quantize_int8(source: Path, out: Path) -> None:
    """Rewrite the fp32 graph with int8 weight matrix products, quantised per token.

    Each MatMul with a weight matrix W (K x N; the query, key, value, attention
    output and both feed-forward products of each layer) becomes:

    - W as int8, one scale per output column (max |W[:, n]| / 127);
    - its input x, reshaped to rows of K, quantised per row (one token each):
      scale max |x_row| / 127, stored as uint8 around 128 (QuantizeLinear, per axis);
    - ONNX Runtime's MatMulIntegerToFloat (integer product, times the column
      scales), then times each row's scale, reshaped back.

    Products of two activations (attention scores, scores x values) stay fp32.

    Why not ONNX Runtime's own dynamic quantisation (quantize_dynamic): it
    quantises each activation with one scale for the whole batch tensor, so a
    text's vector depends on the other texts in its batch (measured: cosine
    between the same texts embedded in two batch orders as low as 0.95), which
    would make the content-hash embedding cache and incremental runs disagree with
    a fresh run. One scale per token makes every vector a function of its own
    text (identical across batch sizes and orders), closer to fp32 (median cosine
    0.997 against 0.9916 on 3,000 customer sentences) and as fast.
    """
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    nodes, added, replaced = [], [], set()

    def constant(name: str, value) -> str:
        added.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    eps = constant("int8_eps", np.array(1e-8, np.float32))
    inv127 = constant("int8_inv127", np.array(1 / 127, np.float32))
    one = constant("int8_one", np.array(1.0, np.float32))
    zero_point = constant("int8_zero_point", np.array(128, np.uint8))
    axis1 = constant("int8_axis1", np.array([1], np.int64))
    first, last = constant("int8_first", np.array([0], np.int64)), constant("int8_last", np.array([-1], np.int64))
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in weights:
            nodes.append(node)
            continue
        x, name = node.input[0], node.input[1]
        w = numpy_helper.to_array(weights[name]).astype(np.float32)
        k, n = w.shape
        column_scale = (np.maximum(np.abs(w).max(axis=0), 1e-12) / 127).astype(np.float32)
        p = "int8" + node.name.replace("/", "_")
        w_q = constant(f"{p}_w", np.clip(np.round(w / column_scale), -127, 127).astype(np.int8))
        w_scale = constant(f"{p}_w_scale", column_scale)
        rows = constant(f"{p}_rows", np.array([-1, k], np.int64))
        width = constant(f"{p}_width", np.array([n], np.int64))
        replaced.add(name)
        nodes += [
            helper.make_node("Reshape", [x, rows], [f"{p}_x"]),
            helper.make_node("Abs", [f"{p}_x"], [f"{p}_abs"]),
            helper.make_node("ReduceMax", [f"{p}_abs"], [f"{p}_max"], axes=[1], keepdims=0),
            helper.make_node("Max", [f"{p}_max", eps], [f"{p}_max_eps"]),
            helper.make_node("Mul", [f"{p}_max_eps", inv127], [f"{p}_scale"]),
            helper.make_node("Shape", [f"{p}_scale"], [f"{p}_n_rows"]),
            helper.make_node("ConstantOfShape", [f"{p}_n_rows"], [f"{p}_zero_points"],
                             value=numpy_helper.from_array(np.array([128], np.uint8))),
            helper.make_node("QuantizeLinear", [f"{p}_x", f"{p}_scale", f"{p}_zero_points"], [f"{p}_x_q"], axis=0),
            helper.make_node("MatMulIntegerToFloat", [f"{p}_x_q", w_q, one, w_scale, zero_point], [f"{p}_y_col"],
                             domain="com.microsoft"),
            helper.make_node("Unsqueeze", [f"{p}_scale", axis1], [f"{p}_scale_col"]),
            helper.make_node("Mul", [f"{p}_y_col", f"{p}_scale_col"], [f"{p}_y"]),
            helper.make_node("Shape", [x], [f"{p}_x_shape"]),
            helper.make_node("Slice", [f"{p}_x_shape", first, last], [f"{p}_lead"]),
            helper.make_node("Concat", [f"{p}_lead", width], [f"{p}_y_shape"], axis=0),
            helper.make_node("Reshape", [f"{p}_y", f"{p}_y_shape"], [node.output[0]]),
        ]
    if not replaced:
        raise ValueError(f"{source}: no weight matrix products to quantise")
    kept = [init for init in graph.initializer if init.name not in replaced]
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + added)
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(out))


def _env_threads() -> int | None:
    value = os.environ.get("OMP_NUM_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None


class OnnxEmbedder:
    """The embedder protocol (`embed(texts) -> (n, 384) float32 unit rows`) on ONNX Runtime."""

    def __init__(self, batch_size: int = 32, threads: int | None = None, variant: str = "base",
                 weights: str = "fp32") -> None:
        _check_weights(weights)
        self.weights = weights
        self.batch_size = batch_size
        self.threads = threads
        self.variant = variant
        self._session = None
        self._tokenizer = None
        self._loading = threading.Lock()

    @property
    def name(self) -> str:
        return f"{model_label(self.variant)}/{weights_tag(self.weights)}"

    def load_if_ready(self) -> bool:
        """Load the session now if the model is already on disk as ONNX (never exports
        or builds anything); whether it is loaded. For loading ahead, in a thread:
        ONNX Runtime builds a session mostly outside the GIL."""
        if self._session is None:
            if self.variant == "handoff":
                from clustering.tuning import tuned_model_ready

                if not tuned_model_ready():
                    return False
            if not _onnx_file(self.variant, self.weights).exists():
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
        # A Dask worker (and anyone else who sets OMP_NUM_THREADS) gets that many threads.
        options.intra_op_num_threads = self.threads or _env_threads() or os.cpu_count() or 1
        self._session = ort.InferenceSession(str(onnx_model_path(self.variant, self.weights)), options, providers=["CPUExecutionProvider"])
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
