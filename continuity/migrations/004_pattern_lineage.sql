-- Pattern lineage (clustering/lineage.py): each pattern row keeps its unit
-- centroid and the id its journey and handoff hash to (key_id), so the next run
-- can match its patterns to these by members, centroid or key.
ALTER TABLE patterns ADD COLUMN IF NOT EXISTS centroid FLOAT[];
ALTER TABLE patterns ADD COLUMN IF NOT EXISTS key_id VARCHAR;

-- What each run made of the previous run's patterns, one row per event:
-- birth (related: [the pattern it split from] or []), continued, merge
-- (pattern_id: the pattern merged into; related: [the one absorbed]), split
-- (pattern_id: the parent; related: [the pattern split off]), death.
-- overlap, shared_members and cosine describe the match the event rests on;
-- matched_by says how it was made (members, centroid or key).
CREATE SEQUENCE IF NOT EXISTS pattern_event_seq;

CREATE TABLE IF NOT EXISTS pattern_events (
    event_id             BIGINT PRIMARY KEY DEFAULT nextval('pattern_event_seq'),
    run_id               VARCHAR NOT NULL,
    as_of                DATE,
    event_at             TIMESTAMP NOT NULL,
    event                VARCHAR NOT NULL,
    pattern_id           VARCHAR NOT NULL,
    related_pattern_ids  VARCHAR[] NOT NULL,
    proposed_id          VARCHAR,
    matched_by           VARCHAR,
    overlap              DOUBLE,
    shared_members       INTEGER,
    cosine               DOUBLE
);
