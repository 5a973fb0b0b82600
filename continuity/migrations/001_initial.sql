-- Reference data, interactions and what the insurer changed: one row per id,
-- the newest version wins (content_hash tells a changed row from a repeat).
CREATE TABLE IF NOT EXISTS households (
    household_id  VARCHAR PRIMARY KEY,
    segment       VARCHAR,
    high_value    BOOLEAN NOT NULL DEFAULT FALSE,
    region        VARCHAR,
    extra         JSON,
    source_file   VARCHAR,
    source_row    INTEGER,
    content_hash  VARCHAR NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS policies (
    policy_id         VARCHAR PRIMARY KEY,
    household_id      VARCHAR NOT NULL,
    line_of_business  VARCHAR NOT NULL,
    annual_premium    DECIMAL(18, 2) NOT NULL,
    renewal_date      DATE NOT NULL,
    status            VARCHAR NOT NULL DEFAULT 'active',
    extra             JSON,
    source_file       VARCHAR,
    source_row        INTEGER,
    content_hash      VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS interactions (
    kind             VARCHAR NOT NULL,
    interaction_id   VARCHAR NOT NULL,
    occurred_at      TIMESTAMP NOT NULL,
    text             VARCHAR NOT NULL,
    policy_id        VARCHAR,
    journey          VARCHAR,
    team             VARCHAR,
    transfer_count   INTEGER,
    transferred_to   VARCHAR,
    assignment_path  VARCHAR,
    reopened_count   INTEGER,
    score            DOUBLE,
    touchpoint       VARCHAR,
    rating           DOUBLE,
    platform         VARCHAR,
    extra            JSON,
    source_file      VARCHAR,
    source_row       INTEGER,
    content_hash     VARCHAR NOT NULL,
    ingested_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, interaction_id)
);

CREATE TABLE IF NOT EXISTS journey_changes (
    change_id     VARCHAR PRIMARY KEY,
    changed_at    DATE NOT NULL,
    journey       VARCHAR NOT NULL,
    description   VARCHAR NOT NULL,
    extra         JSON,
    source_file   VARCHAR,
    source_row    INTEGER,
    content_hash  VARCHAR NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);

-- Every rejected row or unreadable file, once (entry_key hashes kind, file, row, reason).
CREATE TABLE IF NOT EXISTS quarantine (
    entry_key   VARCHAR PRIMARY KEY,
    kind        VARCHAR NOT NULL,
    file        VARCHAR NOT NULL,
    row         INTEGER,
    reason      VARCHAR NOT NULL,
    raw         VARCHAR,
    first_seen  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL
);

-- Files already read, by content: a file seen with the same sha256 is skipped.
CREATE TABLE IF NOT EXISTS ingested_files (
    file         VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    size_bytes   BIGINT NOT NULL,
    rows_read    INTEGER NOT NULL,
    rows_kept    INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

-- Embeddings by content hash of the embedded text and the model that made them.
CREATE TABLE IF NOT EXISTS embeddings (
    content_hash  VARCHAR NOT NULL,
    model         VARCHAR NOT NULL,
    vector        FLOAT[] NOT NULL,
    PRIMARY KEY (content_hash, model)
);

-- What the detector said of each interaction's current text.
CREATE TABLE IF NOT EXISTS scores (
    kind              VARCHAR NOT NULL,
    interaction_id    VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    detector_version  VARCHAR NOT NULL,
    label             VARCHAR NOT NULL,
    p_handoff         DOUBLE NOT NULL,
    is_handoff        BOOLEAN NOT NULL,
    is_vague          BOOLEAN NOT NULL,
    evidence          VARCHAR,
    evidence_hash     VARCHAR,
    handoff_from      VARCHAR,
    handoff_to        VARCHAR,
    journey           VARCHAR,
    PRIMARY KEY (kind, interaction_id)
);

CREATE TABLE IF NOT EXISTS runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    as_of        DATE,
    inbox        VARCHAR,
    summary      JSON
);

-- Every pattern found in the latest run, alerting or not (candidate, spike).
CREATE TABLE IF NOT EXISTS patterns (
    pattern_id       VARCHAR PRIMARY KEY,
    run_id           VARCHAR NOT NULL,
    state            VARCHAR NOT NULL,
    reasons          JSON,
    journey_key      VARCHAR,
    handoff_from     VARCHAR,
    handoff_to       VARCHAR,
    complaint_count  INTEGER NOT NULL,
    active_weeks     INTEGER NOT NULL,
    consistency      DOUBLE NOT NULL,
    premium_exposure DECIMAL(18, 2) NOT NULL,
    payload          JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS alerts (
    alert_id        VARCHAR PRIMARY KEY,
    status          VARCHAR NOT NULL,
    journey_key     VARCHAR,
    payload         JSON NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    last_run_id     VARCHAR,
    first_as_of     DATE,
    last_as_of      DATE
);

CREATE SEQUENCE IF NOT EXISTS alert_event_seq;

-- The audit trail: every status change with who, when and why.
CREATE TABLE IF NOT EXISTS alert_events (
    event_id     BIGINT PRIMARY KEY DEFAULT nextval('alert_event_seq'),
    alert_id     VARCHAR NOT NULL,
    event_at     TIMESTAMP NOT NULL,
    actor        VARCHAR NOT NULL,
    from_status  VARCHAR,
    to_status    VARCHAR NOT NULL,
    note         VARCHAR,
    complaint_count INTEGER  -- the alert's complaints when the decision was taken
);
