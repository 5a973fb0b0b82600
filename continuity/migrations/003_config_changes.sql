-- Every config saved from the review app's thresholds page: who, when, why,
-- and the whole file before and after (old_yaml is NULL when there was none).
CREATE SEQUENCE IF NOT EXISTS config_change_seq;

CREATE TABLE IF NOT EXISTS config_changes (
    change_id    BIGINT PRIMARY KEY DEFAULT nextval('config_change_seq'),
    changed_at   TIMESTAMP NOT NULL,
    "by"         VARCHAR NOT NULL,
    why          VARCHAR NOT NULL,
    config_path  VARCHAR NOT NULL,
    old_yaml     VARCHAR,
    new_yaml     VARCHAR NOT NULL
);
