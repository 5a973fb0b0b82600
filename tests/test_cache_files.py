"""`continuity cache`: which cached files this version reads, and pruning the ones it never will."""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest
import sklearn

from clustering import cache_files
from clustering.cache_files import CURRENT, OTHER, STALE, cache_inventory, prune_cache
from clustering.handoff import corpus_key, detector_key, load_default_detector
from clustering.prefilter import gate_key
from clustering.tuning import tuned_model_name
from continuity.cli import main

OLD_TUNED = "all-MiniLM-L6-v2-handoff-000000000000"


class HashEmbedder:
    """Logic only: a deterministic vector per text, named like the real fp32 model."""

    name = "all-MiniLM-L6-v2/fp32"

    def embed(self, texts):
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(384) for t in texts]
        vectors = np.asarray(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path))
    return tmp_path


def touch(path, size=10):
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix or path.name.endswith(".lock"):
        path.write_bytes(b"x" * size)
    else:  # a model folder
        path.mkdir()
        (path / "model.safetensors").write_bytes(b"x" * size)
    return path


def plant(cache) -> dict[str, str]:
    """Files named as this version's writers name them, and as older versions did: path -> expected state."""
    tuned, sk = tuned_model_name(), sklearn.__version__
    expected = {
        "all-MiniLM-L6-v2": CURRENT,
        tuned: CURRENT,
        f"{tuned}.lock": CURRENT,
        OLD_TUNED: STALE,
        f"{OLD_TUNED}.lock": STALE,
        f"handoff/detector_{detector_key()}_{tuned}_int8v2_sklearn{sk}.pkl": CURRENT,
        f"handoff/detector_{detector_key()}_all-MiniLM-L6-v2_int8_sklearn{sk}.pkl": STALE,  # int8 scheme 1
        f"handoff/detector_0123456789abcdef_all-MiniLM-L6-v2_fp32_sklearn{sk}.pkl": STALE,  # older corpus or code
        f"handoff/detector_{detector_key()}_all-MiniLM-L6-v2_bf16_sklearn0.9.pkl": STALE,  # another scikit-learn
        f"handoff/detector_{detector_key()}_{OLD_TUNED}_fp32_sklearn{sk}.pkl": STALE,
        f"handoff/seed_{corpus_key()}_all-MiniLM-L6-v2_bf16.npy": CURRENT,
        f"handoff/seed_0123456789abcdef_all-MiniLM-L6-v2_bf16.npy": STALE,
        f"prefilter/gate_{gate_key()}.pkl": CURRENT,
        "prefilter/gate_0123456789abcdef.pkl": STALE,
        "onnx/all-MiniLM-L6-v2-fp32.onnx": CURRENT,
        f"onnx/{tuned}-int8v2.onnx": CURRENT,
        f"onnx/{OLD_TUNED}-fp32.onnx": STALE,
        "onnx/all-MiniLM-L6-v2-int8.onnx": STALE,
        "notes.txt": OTHER,  # not ours: listed, never deleted
        "handoff/mine.csv": OTHER,
    }
    for name in expected:
        touch(cache / name)
    return expected


def test_every_planted_file_is_classified_by_its_version(cache):
    expected = plant(cache)
    states = {str(e.path.relative_to(cache)): e.state for e in cache_inventory()}
    assert states == expected


def test_prune_deletes_the_stale_files_only(cache):
    expected = plant(cache)
    removed = prune_cache()
    assert {str(e.path.relative_to(cache)) for e in removed} == {n for n, s in expected.items() if s == STALE}
    for name, state in expected.items():
        assert (cache / name).exists() == (state != STALE), name
    assert {e.state for e in cache_inventory()} == {CURRENT, OTHER}


def test_an_unfinished_write_is_stale_only_once_it_is_old(cache):
    young = touch(cache / "handoff" / "tmpab12cd.pkl")
    old = touch(cache / "onnx" / "all-MiniLM-L6-v2-int8v2.onnx.tmp5xyz")
    an_hour_ago = time.time() - cache_files.LEFTOVER_AGE_S - 60
    os.utime(old, (an_hour_ago, an_hour_ago))
    states = {e.path: e.state for e in cache_inventory()}
    assert states == {young: OTHER, old: STALE}


def test_the_detector_and_corpus_vectors_a_run_writes_are_current(cache):
    """The names come from the real writers, not from this test: if a writer's naming
    changes, the inventory must follow or this fails."""
    load_default_detector(HashEmbedder())
    entries = cache_inventory()
    assert sorted(e.what for e in entries) == ["fitted detector", "seed corpus vectors"]
    assert all(e.state == CURRENT for e in entries)


def test_cache_command_lists_and_prunes(cache, capsys):
    expected = plant(cache)
    stale = sorted(n for n, s in expected.items() if s == STALE)
    assert main(["cache"]) == 0
    out = capsys.readouterr().out
    assert f"{len(stale)} stale entries" in out and "continuity cache --prune" in out
    assert main(["cache", "--prune", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["cache"] == str(cache)
    deleted = sorted(str(os.path.relpath(e["path"], cache)) for e in report["entries"] if e["deleted"])
    assert deleted == stale
    assert main(["cache"]) == 0
    assert "stale" not in capsys.readouterr().out


def test_cache_command_on_an_empty_cache(cache, capsys):
    assert main(["cache"]) == 0
    assert "empty" in capsys.readouterr().out
