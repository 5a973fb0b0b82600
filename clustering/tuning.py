"""A copy of all-MiniLM-L6-v2 fine-tuned on the seed corpus, for the handoff detector.

The detector classifies customer sentences from their embeddings. On frozen
all-MiniLM-L6-v2 vectors a sentence such as "the rep said there was no note of
any chat" sits nearer to rude-staff complaints than to handoff complaints, and
no classifier on top can move it. Fine-tuning the encoder itself on the labelled
seed corpus (a supervised contrastive loss: sentences of one label pulled
together, of different labels pushed apart, as SetFit does) reshapes that
space, and the detector then averages the two views (clustering.handoff).

Measured on two generated inboxes whose wording the corpus never saw
(interaction-level handoff precision/recall, holdout then fresh, the real flow):
the frozen model alone at its best threshold 0.7, 0.946/0.942 and 0.939/0.834;
both views averaged at 0.5, 0.948/0.973 and 0.954/0.924. Offline, the tuned
view alone at 0.7 gave 0.942/0.946 and 0.931/0.901, and a second training seed
moved the averaged figures by at most 0.07 precision and 0.02 recall.

Only the detector uses the tuned copy. Complaints are clustered on the
unchanged model: the tuning pulls every handoff complaint together, which is
what a detector wants and the opposite of what clustering them by handoff needs.

The tuned copy is built once per machine (about 4 minutes on 2 CPU cores; on a
GPU when one is present, not measured here) and kept under cache_root(), keyed
by the seed corpus and the training code and settings;
`python -m clustering.tuning` builds it ahead of time (scripts/setup.sh does).
Training is seeded, so a machine builds the same copy every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from clustering.embedder import MODEL_NAME, cache_root, model_path

SEED = 0
STEPS = 300
PER_CLASS = 8  # sentences of each label in every batch
EXTRA_HANDOFF = 8  # and this many more handoff sentences, the label the detector is for
TEMPERATURE = 0.1
LEARNING_RATE = 2e-5
HANDOFF = "handoff"


def balanced_batches(labels: Sequence[str], steps: int, per_class: int = PER_CLASS,
                     extra: int = EXTRA_HANDOFF, extra_label: str = HANDOFF, seed: int = SEED) -> Iterator[np.ndarray]:
    """`steps` arrays of row indices into `labels`: `per_class` rows of every label
    (with replacement only for a label that has fewer rows), plus `extra` more rows
    of `extra_label` when it is present. Seeded: the same arguments give the same batches."""
    labels = np.asarray(labels, dtype=object)
    rng = np.random.default_rng(seed)
    by_label = {label: np.flatnonzero(labels == label) for label in sorted(set(labels.tolist()))}
    for _ in range(steps):
        parts = [rng.choice(rows, per_class, replace=len(rows) < per_class) for rows in by_label.values()]
        if extra and extra_label in by_label:
            rows = by_label[extra_label]
            parts.append(rng.choice(rows, extra, replace=len(rows) < extra))
        yield np.concatenate(parts)


def supervised_contrastive_loss(embeddings, label_ids, temperature: float = TEMPERATURE):
    """Khosla et al.'s supervised contrastive loss.

    embeddings: (n, d) torch tensor (normalised here); label_ids: (n,) integer
    tensor. For each row, minus the mean log-probability of picking a row with
    its label among all other rows, by softmax over cosine / temperature; rows
    with no other row of their label do not count. Returns a scalar tensor.
    """
    import torch

    unit = torch.nn.functional.normalize(embeddings.float(), dim=1)
    n = unit.shape[0]
    self_mask = torch.eye(n, dtype=torch.bool, device=unit.device)
    logits = (unit @ unit.T / temperature).masked_fill(self_mask, -1e9)
    log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    positives = (label_ids[:, None] == label_ids[None, :]) & ~self_mask
    counts = positives.sum(dim=1)
    has_positive = counts > 0
    if not has_positive.any():
        raise ValueError("supervised_contrastive_loss: no row shares its label with another row")
    per_row = -log_prob.masked_fill(~positives, 0.0).sum(dim=1) / counts.clamp(min=1)
    return per_row[has_positive].mean()


def fine_tune(texts: Sequence[str], labels: Sequence[str], *, base: Path | None = None, steps: int = STEPS,
              per_class: int = PER_CLASS, extra: int = EXTRA_HANDOFF, learning_rate: float = LEARNING_RATE,
              temperature: float = TEMPERATURE, seed: int = SEED, device: str = "auto",
              progress: Callable[[int, int, float], None] | None = None):
    """A SentenceTransformer loaded from `base` (the packaged model by default) and
    trained for `steps` batches of `balanced_batches` with the supervised contrastive
    loss (AdamW). progress(step, steps, loss) is called every 25 steps and at the end.
    Returns the model in eval mode."""
    if len(texts) != len(labels):
        raise ValueError(f"fine_tune: {len(texts)} texts but {len(labels)} labels")
    if len(set(labels)) < 2:
        raise ValueError("fine_tune: needs at least two labels")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    from clustering.embedder import _resolve_device

    hf_logging.disable_progress_bar()
    torch.manual_seed(seed)
    resolved = _resolve_device(device)
    model = SentenceTransformer(str(base or model_path()), device=resolved)
    model.train()
    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate)
    names = sorted(set(labels))
    label_ids = np.array([names.index(label) for label in labels])
    # bfloat16 autocast on the CPU (about 2x faster with AVX-512 BF16); full precision on a GPU.
    autocast = torch.autocast("cpu", dtype=torch.bfloat16) if resolved == "cpu" else contextlib.nullcontext()
    for step, rows in enumerate(balanced_batches(labels, steps, per_class, extra, seed=seed), start=1):
        features = model.preprocess([texts[i] for i in rows]) if hasattr(model, "preprocess") else model.tokenize(
            [texts[i] for i in rows])
        features = {name: value.to(resolved) if hasattr(value, "to") else value for name, value in features.items()}
        with autocast:
            embeddings = model(features)["sentence_embedding"]
        loss = supervised_contrastive_loss(embeddings, torch.as_tensor(label_ids[rows], device=resolved), temperature)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if progress is not None and (step % 25 == 0 or step == steps):
            progress(step, steps, float(loss.item()))
    model.eval()
    return model


def tuned_model_key() -> str:
    """Changes when the seed corpus, the training settings or the training code
    (the three functions above, not this module's prose) change."""
    import inspect

    from clustering.handoff import SEED_CORPUS_PATH

    settings = repr((SEED, STEPS, PER_CLASS, EXTRA_HANDOFF, TEMPERATURE, LEARNING_RATE, MODEL_NAME))
    code = "".join(inspect.getsource(f) for f in (balanced_batches, supervised_contrastive_loss, fine_tune))
    digest = hashlib.sha256(SEED_CORPUS_PATH.read_bytes() + settings.encode() + code.encode())
    return digest.hexdigest()[:12]


def tuned_model_name() -> str:
    return f"{MODEL_NAME}-handoff-{tuned_model_key()}"


def _say(step: int, steps: int, loss: float) -> None:
    print(f"           tuning the handoff embedder: step {step}/{steps}, loss {loss:.3f}", file=sys.stderr, flush=True)


def tuned_model_ready() -> bool:
    """Whether the tuned copy is already built (tuned_model_path would return at once)."""
    return (cache_root() / tuned_model_name() / ".complete").exists()


def tuned_model_path(progress: Callable[[int, int, float], None] | None = _say) -> Path:
    """The tuned copy's folder, built on first use (a lock file keeps two processes
    on one machine from building it twice; the second waits and reuses it)."""
    target = cache_root() / tuned_model_name()
    marker = target / ".complete"
    if marker.exists():
        return target
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f"{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists():
            return target
        from clustering.handoff import read_seed_corpus

        print("           building the handoff embedder from the seed corpus "
              "(once per machine; about 4 minutes on 2 CPU cores)", file=sys.stderr, flush=True)
        corpus = read_seed_corpus()
        model = fine_tune(corpus["text"].tolist(), corpus["label"].tolist(), progress=progress)
        staged = Path(tempfile.mkdtemp(dir=target.parent, prefix=f"{target.name}.tmp"))
        model.save(str(staged))
        (staged / ".complete").touch()
        if target.exists():
            shutil.rmtree(target)
        os.replace(staged, target)
    return target


if __name__ == "__main__":
    print(tuned_model_path())
