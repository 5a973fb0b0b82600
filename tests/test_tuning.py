"""The fine-tuned copy of the model behind the handoff detector (clustering/tuning.py).

The batching and the loss are checked on small arrays; `fine_tune` runs the real
model for a few steps on a dozen sentences; the cached build is checked with a
stand-in trainer (the real build, three minutes, is what every real-flow test
and the quality benchmark use).
"""

from __future__ import annotations

import numpy as np
import pytest

from clustering import tuning
from clustering.tuning import balanced_batches, supervised_contrastive_loss

torch = pytest.importorskip("torch")


def test_balanced_batches_take_each_label_equally_plus_extra_handoff():
    labels = ["handoff"] * 20 + ["price"] * 10 + ["routine"] * 3
    batches = list(balanced_batches(labels, steps=5, per_class=4, extra=2))
    assert len(batches) == 5
    for rows in batches:
        picked = [labels[i] for i in rows]
        assert picked.count("handoff") == 6 and picked.count("price") == 4 and picked.count("routine") == 4
        handoff_rows = rows[:4]
        assert len(set(handoff_rows.tolist())) == 4, "a label with enough rows is sampled without replacement"
    again = list(balanced_batches(labels, steps=5, per_class=4, extra=2))
    assert all((a == b).all() for a, b in zip(batches, again))
    other_seed = list(balanced_batches(labels, steps=5, per_class=4, extra=2, seed=1))
    assert any((a != b).any() for a, b in zip(batches, other_seed))


def test_balanced_batches_without_the_extra_label_just_balance():
    rows = next(balanced_batches(["a", "b", "b"], steps=1, per_class=2, extra=3, extra_label="handoff"))
    assert sorted(["a", "b", "b"][i] for i in rows) == ["a", "a", "b", "b"]


def test_contrastive_loss_is_low_when_labels_are_apart_and_high_when_mixed():
    labels = torch.tensor([0, 0, 1, 1])
    apart = torch.tensor([[1.0, 0.0], [0.99, 0.1], [0.0, 1.0], [0.1, 0.99]])
    mixed = apart[[0, 2, 1, 3]]
    assert supervised_contrastive_loss(apart, labels) < 0.1
    assert supervised_contrastive_loss(mixed, labels) > 2.0


def test_contrastive_loss_matches_its_formula_on_three_rows():
    embeddings = torch.tensor([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    labels = torch.tensor([0, 0, 1])
    t = 0.5
    cos = embeddings @ embeddings.T
    # rows 0 and 1 have one positive each; row 2 has none and does not count
    row0 = -(cos[0, 1] / t - torch.logsumexp(torch.stack([cos[0, 1], cos[0, 2]]) / t, 0))
    row1 = -(cos[1, 0] / t - torch.logsumexp(torch.stack([cos[1, 0], cos[1, 2]]) / t, 0))
    expected = (row0 + row1) / 2
    assert torch.isclose(supervised_contrastive_loss(embeddings, labels, t), expected, atol=1e-5)


def test_contrastive_loss_needs_a_shared_label():
    with pytest.raises(ValueError, match="no row shares its label"):
        supervised_contrastive_loss(torch.eye(3), torch.tensor([0, 1, 2]))


def test_fine_tune_rejects_mismatched_or_single_label_input():
    with pytest.raises(ValueError, match="3 texts but 2 labels"):
        tuning.fine_tune(["a", "b", "c"], ["x", "y"])
    with pytest.raises(ValueError, match="at least two labels"):
        tuning.fine_tune(["a", "b"], ["x", "x"])


SMALL = {
    "handoff": ["I had to explain my claim again to the new advisor", "the phone team had none of my chat",
                "nobody passed my notes on when I was transferred", "the second handler knew nothing of my case"],
    "price": ["my renewal price doubled", "the premium went up again this year",
              "far too expensive for what it covers", "the quote was much higher than last year"],
    "routine": ["can you send me my policy documents", "I'd like to update my address",
                "what does my cover include", "please call me back tomorrow morning"],
}


@pytest.mark.integration
def test_fine_tune_runs_the_real_model_deterministically_and_pulls_labels_together():
    from clustering.embedder import get_embedder

    texts = [t for rows in SMALL.values() for t in rows]
    labels = [label for label, rows in SMALL.items() for _ in rows]
    seen = []
    first = tuning.fine_tune(texts, labels, steps=8, per_class=4, extra=0, learning_rate=1e-4, device="cpu",
                             progress=lambda step, steps, loss: seen.append((step, steps)))
    second = tuning.fine_tune(texts, labels, steps=8, per_class=4, extra=0, learning_rate=1e-4, device="cpu")
    assert seen == [(8, 8)]
    a = first.encode(texts, normalize_embeddings=True)
    b = second.encode(texts, normalize_embeddings=True)
    np.testing.assert_allclose(a, b, atol=1e-5)

    def margin(vectors):
        """Mean cosine to the same label minus mean cosine to other labels."""
        cos = vectors @ vectors.T
        same = np.equal.outer(labels, labels) & ~np.eye(len(labels), dtype=bool)
        return cos[same].mean() - cos[~np.equal.outer(labels, labels)].mean()

    assert margin(a) > margin(get_embedder(precision="fp32").embed(texts)) + 0.05


def test_tuned_model_path_builds_once_and_keys_on_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path))
    calls = []

    class Saved:
        def save(self, folder):
            (tmp_path / "saved-from").write_text(folder)
            import pathlib

            pathlib.Path(folder, "config.json").write_text("{}")

    def fake_fine_tune(texts, labels, **kwargs):
        calls.append(len(texts))
        return Saved()

    monkeypatch.setattr(tuning, "fine_tune", fake_fine_tune)
    path = tuning.tuned_model_path(progress=None)
    assert path == tmp_path / tuning.tuned_model_name()
    assert (path / ".complete").exists() and (path / "config.json").exists()
    assert tuning.tuned_model_path(progress=None) == path
    assert len(calls) == 1, "the second call reuses the build"
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name], "no staging folder is left behind"
    assert tuning.tuned_model_name().startswith("all-MiniLM-L6-v2-handoff-")

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "x", "label": "routine"}\n')
    key = tuning.tuned_model_key()
    monkeypatch.setattr("clustering.handoff.SEED_CORPUS_PATH", corpus)
    assert tuning.tuned_model_key() != key
