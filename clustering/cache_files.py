"""What lies in the model cache (cache_root()) and which of it this version still uses.

Every cached artefact carries the version of what made it in its name: the
fine-tuned embedder the seed corpus's key, the fitted detector the corpus's and
clustering.handoff's, the prefilter gate its own key, the int8 ONNX file its
quantisation scheme. A file whose version is not the current one is never read
again, so nothing else removes it: `continuity cache` lists them and
`continuity cache --prune` deletes them. Files this module does not recognise
are listed as "other" and never deleted.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from clustering.embedder import MODEL_NAME, cache_root

CURRENT, STALE, OTHER = "current", "stale", "other"


@dataclass(frozen=True)
class CacheEntry:
    path: Path
    what: str  # e.g. "fitted detector"
    state: str  # CURRENT, STALE or OTHER
    bytes: int


@dataclass(frozen=True)
class _Keys:
    tuned: str  # the fine-tuned embedder's folder name
    detector: str
    corpus: str
    gate: str
    weight_tags: frozenset[str]  # "fp32", "bf16", "int8v<scheme>"
    sklearn: str


def _current_keys() -> _Keys:
    import sklearn

    from clustering.handoff import corpus_key, detector_key
    from clustering.onnx_embedder import weights_tag
    from clustering.prefilter import gate_key
    from clustering.tuning import tuned_model_name

    return _Keys(tuned_model_name(), detector_key(), corpus_key(), gate_key(),
                 frozenset({"fp32", "bf16", weights_tag("int8")}), sklearn.__version__)


_TUNED = re.compile(re.escape(MODEL_NAME) + r"-handoff-[0-9a-f]+")
_LEFTOVER = re.compile(r"^tmp|\.tmp")  # a write that died before its rename...
LEFTOVER_AGE_S = 3600  # ...if it is this old (a younger one may be a run writing now)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


def _model_ok(name: str, keys: _Keys) -> bool:
    """A file or embedder name: the tuned model it names (if any) is the current one."""
    return all(found == keys.tuned for found in _TUNED.findall(name))


def _classify(path: Path, keys: _Keys) -> tuple[str, str]:
    name, folder = path.name, path.parent.name
    if _LEFTOVER.search(name):
        old = time.time() - path.stat().st_mtime > LEFTOVER_AGE_S
        return "unfinished write", STALE if old else OTHER
    if path.parent == cache_root():
        stem = name.removesuffix(".lock")
        if stem == MODEL_NAME:
            return "base model", CURRENT
        if _TUNED.fullmatch(stem):
            return "fine-tuned embedder", CURRENT if stem == keys.tuned else STALE
        return "unknown", OTHER
    if folder == "handoff":
        match = re.fullmatch(r"detector_([0-9a-f]+)_(.+)_([a-z0-9]+)_sklearn(.+)\.pkl", name)
        if match:
            digest, model, tag, version = match.groups()
            ok = (digest == keys.detector and tag in keys.weight_tags and version == keys.sklearn
                  and _model_ok(model, keys))
            return "fitted detector", CURRENT if ok else STALE
        match = re.fullmatch(r"seed_([0-9a-f]+)_(.+)_([a-z0-9]+)\.npy", name)
        if match:
            digest, model, tag = match.groups()
            ok = digest == keys.corpus and tag in keys.weight_tags and _model_ok(model, keys)
            return "seed corpus vectors", CURRENT if ok else STALE
    if folder == "prefilter" and (match := re.fullmatch(r"gate_([0-9a-f]+)\.pkl", name)):
        return "prefilter gate", CURRENT if match.group(1) == keys.gate else STALE
    if folder == "onnx" and (match := re.fullmatch(r"(.+)-([a-z0-9]+)\.onnx", name)):
        model, tag = match.groups()
        return "ONNX model", CURRENT if tag in keys.weight_tags and _model_ok(model, keys) else STALE
    return "unknown", OTHER


def cache_inventory() -> list[CacheEntry]:
    """Every entry of the cache folder and its sub-folders handoff, prefilter and onnx
    (a model folder counts as one entry), sorted by path."""
    root = cache_root()
    if not root.exists():
        return []
    keys = _current_keys()
    paths = [p for p in root.iterdir() if p.name not in ("handoff", "prefilter", "onnx")]
    for folder in ("handoff", "prefilter", "onnx"):
        if (root / folder).is_dir():
            paths += list((root / folder).iterdir())
    entries = []
    for path in sorted(paths):
        what, state = _classify(path, keys)
        entries.append(CacheEntry(path, what, state, _size(path)))
    return entries


def prune_cache(entries: list[CacheEntry] | None = None) -> list[CacheEntry]:
    """Deletes the stale entries; returns those it deleted (one it could not delete is
    reported on stderr and kept)."""
    removed = []
    for entry in cache_inventory() if entries is None else entries:
        if entry.state != STALE:
            continue
        try:
            if entry.path.is_dir():
                shutil.rmtree(entry.path)
            else:
                entry.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            print(f"could not delete {entry.path}: {error}", file=sys.stderr)
            continue
        removed.append(entry)
    return removed
