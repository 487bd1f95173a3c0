-- The desktop's local cache: one encrypted H2 file per user. Synced rows are kept as the server sent them
-- (kind + JSON), so every kind the server adds is cached without a schema change here.
CREATE TABLE cache_owner (
    id          INT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    server_url  VARCHAR(1000) NOT NULL
);

CREATE TABLE cached_provider (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    council_reference VARCHAR(40)  NOT NULL
);

-- Where each provider's pull sync has got to: the cursor is committed with the rows of the page it ends.
CREATE TABLE sync_state (
    provider_id    BIGINT PRIMARY KEY,
    sync_cursor    BIGINT NOT NULL,
    last_synced_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE synced_row (
    provider_id BIGINT      NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    id          BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    data        CLOB        NOT NULL,
    PRIMARY KEY (provider_id, kind, id)
);

-- Pages that are not in the feed but are worth having offline, such as the home page.
CREATE TABLE snapshot (
    provider_id BIGINT      NOT NULL,
    name        VARCHAR(40) NOT NULL,
    data        CLOB        NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider_id, name)
);

-- Every user command is stored here first, then sent in order, exactly once thanks to its idempotency key.
CREATE TABLE outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id     BIGINT        NOT NULL,
    description     VARCHAR(300)  NOT NULL,
    http_method     VARCHAR(10)   NOT NULL,
    path            VARCHAR(500)  NOT NULL,
    body            CLOB          NOT NULL,
    if_match        VARCHAR(64),
    idempotency_key VARCHAR(64)   NOT NULL UNIQUE,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    refusal         CLOB,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
