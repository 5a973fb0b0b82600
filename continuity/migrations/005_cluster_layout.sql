-- The window's UMAP layout as the latest run left it (clustering/layout.py):
-- one row per complaint clustered, keyed by member id and evidence vector hash.
-- The next run keeps it, places its new complaints into it, or fits again.
CREATE TABLE IF NOT EXISTS cluster_layout (
    row         BIGINT PRIMARY KEY,
    member_key  VARCHAR NOT NULL,
    point       FLOAT[] NOT NULL,
    placed      BOOLEAN NOT NULL,
    fit_size    INTEGER NOT NULL,
    params      VARCHAR NOT NULL
);
