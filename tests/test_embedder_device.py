"""The embedder runs on CUDA when present and on the CPU otherwise; nothing requires CUDA."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from clustering.embedder import EMBEDDING_DIM, SentenceTransformerEmbedder, _resolve_device
from continuity.config import Settings


def test_auto_is_the_cpu_without_cuda(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert _resolve_device("auto") == "cpu"


def test_auto_is_cuda_when_present(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert _resolve_device("auto") == "cuda"


@pytest.mark.parametrize("device", ["cpu", "cuda"])
def test_a_device_named_in_the_config_is_kept(device):
    assert _resolve_device(device) == device


def test_on_this_machine_auto_is_what_torch_sees():
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert _resolve_device("auto") == expected


def test_the_defaults_ask_for_auto_not_cuda():
    assert Settings().embedding.device == "auto"


@pytest.mark.integration
def test_the_real_model_embeds_on_the_cpu_when_no_cuda_is_seen(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    embedder = SentenceTransformerEmbedder(precision="bf16", device="auto")
    vectors = embedder.embed(["I had to explain my claim again", "what is my renewal date"])
    assert embedder._model.device.type == "cpu"
    assert vectors.shape == (2, EMBEDDING_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-2)  # bf16 rounding
