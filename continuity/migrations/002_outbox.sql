-- Messages to teams, one row per (alert, event, episode, team, URL): enqueued
-- once, sent until delivered, never sent again once delivered.
-- event: 'alert' (the alert was approved) or 'resolved' (it was resolved after a
-- journey change). episode: 1 for the alert's first life, +1 each time a run
-- reopens it after it was resolved or dismissed, so a reopened alert is routed
-- again. title and body are composed when the row is enqueued.
CREATE TABLE IF NOT EXISTS outbox (
    alert_id         VARCHAR NOT NULL,
    event            VARCHAR NOT NULL,
    episode          INTEGER NOT NULL DEFAULT 1,
    team             VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    title            VARCHAR NOT NULL,
    body             VARCHAR NOT NULL,
    enqueued_at      TIMESTAMP NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TIMESTAMP,
    last_error       VARCHAR,
    next_attempt_at  TIMESTAMP NOT NULL,
    delivered_at     TIMESTAMP,
    PRIMARY KEY (alert_id, event, episode, team, url)
);
