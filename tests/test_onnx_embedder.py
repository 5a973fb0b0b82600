"""The ONNX Runtime embedder: fp32 (the default) and the int8-weight copy
(`embedding.precision: onnx-int8`) for large backfills."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from clustering import embedder as embedder_module, onnx_embedder
from clustering.embedder import EMBEDDING_DIM, SentenceTransformerEmbedder, get_embedder
from clustering.onnx_embedder import OnnxEmbedder, onnx_model_path
from continuity.config import Settings

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "I started the claim on the website and the advisor had none of it, so I explained it all again.",
    "They put me through to another team and I had to give my policy number three times.",
    "My premium went up by forty pounds with no explanation.",
    "Thanks, that's all sorted now.",
    "The chat said it would pass my notes to the phone team but they knew nothing about my change.",
    "what's the excess on the car policy",
    "The broker sent everything over and still the insurer asked me for the documents again.",
    "Payment still hasn't arrived after six weeks.",
]


def test_onnx_int8_is_a_precision_the_config_accepts():
    assert Settings.model_validate({"embedding": {"precision": "onnx-int8"}}).embedding.precision == "onnx-int8"
    with pytest.raises(ValueError):
        Settings.model_validate({"embedding": {"precision": "int4"}})


def test_the_default_stays_fp32_onnx():
    assert Settings().embedding.precision == "onnx"


def test_int8_vectors_carry_their_own_name(monkeypatch):
    monkeypatch.setattr(embedder_module, "_shared", {})
    monkeypatch.setattr(embedder_module, "_wants_cuda", lambda device: False)
    fp32, int8 = get_embedder("onnx", "cpu"), get_embedder("onnx-int8", "cpu")
    assert isinstance(int8, OnnxEmbedder) and int8.weights == "int8"
    assert fp32.name.endswith("/fp32") and int8.name.endswith(f"/int8v{onnx_embedder.INT8_SCHEME}")
    assert get_embedder("onnx-int8", "cpu", variant="handoff").name.endswith(f"/int8v{onnx_embedder.INT8_SCHEME}")


def test_a_new_int8_scheme_gets_new_files_and_names(monkeypatch):
    """Caches made by an earlier quantize_int8 (the file, the detector fitted on its
    vectors, cached embeddings) are keyed by the scheme's version and never reused."""
    before = (OnnxEmbedder(weights="int8").name, onnx_embedder._onnx_file("base", "int8"))
    fp32_before = (OnnxEmbedder().name, onnx_embedder._onnx_file("base"))
    monkeypatch.setattr(onnx_embedder, "INT8_SCHEME", onnx_embedder.INT8_SCHEME + 1)
    after = (OnnxEmbedder(weights="int8").name, onnx_embedder._onnx_file("base", "int8"))
    assert before[0] != after[0] and before[1] != after[1]
    assert (OnnxEmbedder().name, onnx_embedder._onnx_file("base")) == fp32_before


def test_on_cuda_onnx_int8_is_fp32_pytorch(monkeypatch):
    monkeypatch.setattr(embedder_module, "_shared", {})
    monkeypatch.setattr(embedder_module, "_wants_cuda", lambda device: True)
    embedder = get_embedder("onnx-int8", "cuda")
    assert isinstance(embedder, SentenceTransformerEmbedder) and embedder.name.endswith("/fp32")


def test_unknown_weights_are_refused():
    with pytest.raises(ValueError, match="weights"):
        OnnxEmbedder(weights="int4")
    with pytest.raises(ValueError, match="weights"):
        onnx_model_path("base", "fp16")


@pytest.mark.integration
def test_an_empty_cache_gets_the_model_exported_then_quantised(tmp_path, monkeypatch):
    # what a fresh machine does on its first run: extract, export to ONNX, quantise
    expected = {weights: OnnxEmbedder(weights=weights).embed(SENTENCES[:3]) for weights in ("fp32", "int8")}
    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path))
    for weights in ("fp32", "int8"):
        path = onnx_model_path("base", weights)
        assert path.is_relative_to(tmp_path) and path.stat().st_size > 1_000_000
        np.testing.assert_allclose(OnnxEmbedder(weights=weights).embed(SENTENCES[:3]), expected[weights], atol=1e-5)
    assert sorted(p.name for p in (tmp_path / "onnx").iterdir()) == [
        "all-MiniLM-L6-v2-fp32.onnx", f"all-MiniLM-L6-v2-int8v{onnx_embedder.INT8_SCHEME}.onnx",
    ]


@pytest.mark.integration
def test_int8_quantises_the_weight_products_and_keeps_attention_in_fp32():
    import onnx

    nodes = [node.op_type for node in onnx.load(str(onnx_model_path("base", "int8"))).graph.node]
    # 6 layers x (query, key, value, attention output, two feed-forward) weight products
    assert nodes.count("MatMulIntegerToFloat") == 36
    assert nodes.count("QuantizeLinear") == 36
    # 6 layers x (scores, scores x values)
    assert nodes.count("MatMul") == 12


@pytest.mark.integration
def test_int8_vectors_stay_close_to_fp32():
    fp32 = OnnxEmbedder().embed(SENTENCES)
    int8 = OnnxEmbedder(weights="int8").embed(SENTENCES)
    assert int8.shape == (len(SENTENCES), EMBEDDING_DIM) and int8.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)
    cosine = (fp32 * int8).sum(axis=1)
    # measured on 3,000 customer sentences and pairs: lowest 0.980, median 0.997
    assert cosine.min() >= 0.97 and np.median(cosine) >= 0.99, cosine
    # still the same model: each sentence is nearest its own fp32 vector
    assert ((int8 @ fp32.T).argmax(axis=1) == np.arange(len(SENTENCES))).all()


@pytest.mark.integration
def test_an_int8_vector_does_not_depend_on_the_rest_of_its_batch():
    # one scale per token, not per batch tensor: a text's vector is the same alone,
    # in a batch of 3, or among all the others in another order
    alone = np.vstack([OnnxEmbedder(weights="int8", batch_size=1).embed([s]) for s in SENTENCES])
    in_threes = OnnxEmbedder(weights="int8", batch_size=3).embed(SENTENCES)
    reversed_all = OnnxEmbedder(weights="int8", batch_size=64).embed(SENTENCES[::-1])[::-1]
    np.testing.assert_allclose(in_threes, alone, atol=1e-5)
    np.testing.assert_allclose(reversed_all, alone, atol=1e-5)


@pytest.mark.integration
@pytest.mark.e2e
def test_a_run_with_int8_weights_alerts_on_the_planted_patterns_and_nothing_else(tmp_path):
    from benchmarks.scoring import false_alerts, match_patterns
    from data.generate import generate_inbox

    inbox, db = tmp_path / "inbox", tmp_path / "continuity.duckdb"
    truth = generate_inbox(inbox, style="demo")
    config = tmp_path / "continuity.yaml"
    config.write_text("embedding:\n  precision: onnx-int8\n")
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"))
    run = subprocess.run(
        [sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db),
         "--as-of", truth["as_of"], "--config", str(config)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    listed = subprocess.run([sys.executable, "-m", "continuity.cli", "alerts", "--json", "--db", str(db)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    alerts = json.loads(listed.stdout)
    matches = match_patterns(truth, alerts)
    # measured (benchmarks.quality --config): recall 0.95-1.00, precision 0.96-1.00 per pattern
    for match in matches:
        if match.should_alert:
            assert match.status == "pending_review", match
            assert match.recall >= 0.9 and match.precision >= 0.9, match
    assert false_alerts(truth, alerts, matches) == []
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        models = {row[0] for row in conn.execute("SELECT DISTINCT model FROM embeddings").fetchall()}
    assert models and all(model.endswith(f"/int8v{onnx_embedder.INT8_SCHEME}") for model in models), models
