"""Keywords and a short human label per cluster, by class-based TF-IDF (c-TF-IDF).

c-TF-IDF is BERTopic's topic representation: the texts of one cluster are read
as one document, and a term scores high when it is frequent in that cluster and
rare across clusters:

    score(t, c) = tf(t, c) / words(c) * log(1 + mean_words_per_cluster / freq(t))

English stop words and the courtesy words of customer service ("hi",
"please", "I'd like", "help") are dropped, contractions are expanded ("didn't"
-> "did not"), unigrams and bigrams are counted, and masked tokens (``XXXX``,
as in CFPB redactions) and bare numbers are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from clustering.algorithm import NOISE

# Redaction masks ("XXXX", "XX/XX/XXXX") carry no meaning but are frequent.
_MASK = re.compile(r"\b[xX]{2,}\b")
# Words of two or more letters; numbers and underscores are not keywords.
_TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
_CONTRACTIONS = [
    (re.compile(r"\b(can)['’]t\b"), "cannot"),
    (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’](s|re|ve|ll|d|m)\b"), " "),
]
# Said in every kind of request (courtesy, fillers, and forms of "do" that
# scikit-learn's list lacks), so they name no topic.
EXTRA_STOP_WORDS = frozenset(
    "hi hello hey please thanks thank like want need help just ok okay yes yeah um uh wondering did does doing".split()
)
STOP_WORDS = sorted(ENGLISH_STOP_WORDS | EXTRA_STOP_WORDS)


def _preprocess(text: str) -> str:
    text = _MASK.sub(" ", text.lower())
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def ctfidf_keywords(texts: Sequence[str], labels: np.ndarray, top_n: int = 8) -> dict[int, list[str]]:
    """Top `top_n` c-TF-IDF terms (unigrams or bigrams) per cluster.

    texts: n strings; labels: (n,) integer cluster ids, NOISE (-1) for texts in
    no cluster. Noise texts take part in the term statistics (as BERTopic's
    outlier topic does) but get no entry. Returns {cluster id: terms, best
    first}; a cluster whose texts hold no usable word gets an empty list.
    """
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.shape[0] != len(texts):
        raise ValueError(f"labels must be 1-d with one entry per text: got shape {labels.shape} for {len(texts)} texts")
    if top_n < 1:
        raise ValueError(f"top_n must be at least 1, got {top_n}")
    clusters = [int(c) for c in np.unique(labels) if c != NOISE]
    if not clusters:
        return {}
    classes = np.unique(labels)
    joined = [" ".join(str(texts[i]) for i in np.flatnonzero(labels == c)) for c in classes]
    vectorizer = CountVectorizer(
        stop_words=STOP_WORDS, ngram_range=(1, 2), token_pattern=_TOKEN_PATTERN, preprocessor=_preprocess
    )
    try:
        counts = vectorizer.fit_transform(joined).astype(np.float64)
    except ValueError:  # no usable word in any text (empty, or only stop words)
        return {c: [] for c in clusters}
    words_per_class = np.asarray(counts.sum(axis=1)).ravel()
    term_frequency = np.asarray(counts.sum(axis=0)).ravel()
    idf = np.log(1.0 + words_per_class.mean() / term_frequency)
    tf = counts.multiply(1.0 / np.maximum(words_per_class, 1.0)[:, None]).tocsr()
    scores = tf.multiply(idf[None, :]).tocsr()
    vocabulary = vectorizer.get_feature_names_out()

    keywords: dict[int, list[str]] = {}
    for row, cluster in enumerate(classes):
        if cluster == NOISE:
            continue
        start, end = scores.indptr[row], scores.indptr[row + 1]
        columns, values = scores.indices[start:end], scores.data[start:end]
        # Highest score first; ties go to the alphabetically first term (columns
        # are in alphabetical order), so the output is stable.
        order = np.lexsort((columns, -values))[:top_n]
        keywords[int(cluster)] = [str(vocabulary[columns[i]]) for i in order if values[i] > 0]
    return keywords


def cluster_label(keywords: Sequence[str], max_terms: int = 3) -> str:
    """A short human label from a cluster's keywords, best first: up to
    `max_terms` distinct terms joined by ", " (e.g. "card arrival, new card").

    A term adds nothing when its words are already in the label, and a bigram
    replaces a unigram it contains, so "card", "card arrival" reads
    "card arrival". An empty keyword list gives "(no keywords)".
    """
    chosen: list[str] = []
    for term in keywords:
        words = set(term.split())
        if words <= {w for c in chosen for w in c.split()}:
            continue
        contained = [i for i, c in enumerate(chosen) if set(c.split()) <= words]
        if contained:
            chosen[contained[0]] = term
            chosen = [c for i, c in enumerate(chosen) if i not in contained[1:]]
        elif len(chosen) < max_terms:
            chosen.append(term)
        else:
            break
    return ", ".join(chosen) if chosen else "(no keywords)"
