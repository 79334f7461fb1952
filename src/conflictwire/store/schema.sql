-- conflictwire store, schema version 1. Later versions are numbered steps in store/__init__.py
-- (MIGRATIONS), each applied once in its own transaction, recording the version reached.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    inputs        VARCHAR,
    articles_read INTEGER DEFAULT 0,
    articles_skipped INTEGER DEFAULT 0,
    events_added  INTEGER DEFAULT 0
);

CREATE TABLE IF NOT EXISTS input_errors (
    run_id  VARCHAR NOT NULL,
    origin  VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,
    url           VARCHAR,
    outlet        VARCHAR,
    title         VARCHAR,
    published     DATE,
    language      VARCHAR,
    origin        VARCHAR,
    text          VARCHAR NOT NULL,
    removed_lines INTEGER,
    notes         VARCHAR,          -- JSON list of assumptions made while coding it
    story_id      VARCHAR,
    copy_of       VARCHAR,          -- the article this one is a (near-)copy of
    run_id        VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    event_id_cnty   VARCHAR,
    event_date      DATE,
    year            INTEGER,
    time_precision  INTEGER,
    disorder_type   VARCHAR,
    event_type      VARCHAR,
    sub_event_type  VARCHAR,
    actor1          VARCHAR,
    assoc_actor_1   VARCHAR,
    inter1          INTEGER,
    actor2          VARCHAR,
    assoc_actor_2   VARCHAR,
    inter2          INTEGER,
    interaction     INTEGER,
    civilian_targeting VARCHAR,
    iso             INTEGER,
    region          VARCHAR,
    country         VARCHAR,
    admin1          VARCHAR,
    admin2          VARCHAR,
    admin3          VARCHAR,
    location        VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    geo_precision   INTEGER,
    source          VARCHAR,
    source_scale    VARCHAR,
    notes           VARCHAR,
    fatalities      INTEGER,
    tags            VARCHAR,
    "timestamp"     BIGINT,
    confidence      DOUBLE,
    status          VARCHAR
);

CREATE TABLE IF NOT EXISTS event_articles (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    PRIMARY KEY (event_id, article_id)
);

CREATE TABLE IF NOT EXISTS evidence (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    field      VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id      VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    speaker       VARCHAR,
    role          VARCHAR,
    text          VARCHAR,
    span_start    INTEGER,
    span_end      INTEGER,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    kind          VARCHAR
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id      VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    value         DOUBLE,
    unit          VARCHAR,
    counted       VARCHAR,
    period        VARCHAR,
    place         VARCHAR,
    attributed_to VARCHAR,
    text          VARCHAR,
    span_start    INTEGER,
    span_end      INTEGER,
    aggregate     BOOLEAN
);

CREATE TABLE IF NOT EXISTS event_flags (  -- analysts' review marks, written through the web API
    event_id   VARCHAR NOT NULL,
    flag       VARCHAR NOT NULL,
    note       VARCHAR,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY,
    title    VARCHAR
);

CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_country ON events (country);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);
CREATE INDEX IF NOT EXISTS links_article ON event_articles (article_id);
