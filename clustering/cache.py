"""An embedder that remembers: vectors are looked up by the hash of the exact
text and only texts never seen before reach the model.

The caller loads the known vectors from DuckDB before and writes `new_vectors`
back after; this class itself touches no database.
"""

from __future__ import annotations

import hashlib
from typing import Sequence

import numpy as np

from clustering.embedder import EMBEDDING_DIM, Embedder


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CachingEmbedder:
    def __init__(self, inner: Embedder, known: dict[str, np.ndarray] | None = None) -> None:
        self.inner = inner
        self.known = dict(known or {})
        self.new_vectors: dict[str, np.ndarray] = {}
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:
        return self.inner.name

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """texts: n strings -> (n, dim) float32 unit rows, from the cache where possible."""
        hashes = [text_hash(t) for t in texts]
        missing: dict[str, str] = {}
        for h, t in zip(hashes, texts):
            if h not in self.known and h not in missing:
                missing[h] = t
        if missing:
            vectors = self.inner.embed(list(missing.values()))
            for h, v in zip(missing, vectors):
                self.known[h] = v
                self.new_vectors[h] = v
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return np.vstack([self.known[h] for h in hashes]).astype(np.float32)
