-- Read models (projections) kept by the streaming event processors. They can always be rebuilt from the event
-- store; their rows commit in the same transaction as the processor's token.

CREATE TABLE proj_project_summary (
    project_id       VARCHAR(36)  NOT NULL,
    name             VARCHAR(255) NOT NULL,
    municipality     VARCHAR(255),
    area             VARCHAR(40),
    purpose          VARCHAR(4000),
    started_on       DATE         NOT NULL,
    closed_on        DATE,
    last_entry_id    VARCHAR(36),
    last_entry_type  VARCHAR(60),
    last_entry_on    DATE,
    last_recorded_at TIMESTAMP(6) WITH TIME ZONE,
    last_recorded_by VARCHAR(255),
    entry_count      BIGINT       NOT NULL,
    CONSTRAINT proj_project_summary_pk PRIMARY KEY (project_id)
);

CREATE TABLE proj_actor (
    actor_id            VARCHAR(36) NOT NULL,
    project_id          VARCHAR(36) NOT NULL,
    kind                VARCHAR(40) NOT NULL,
    sector              VARCHAR(20) NOT NULL,
    joined_on           DATE        NOT NULL,
    withdrawn_on        DATE,
    withdrawal_entry_id VARCHAR(36),
    current_interval_id VARCHAR(36),
    CONSTRAINT proj_actor_pk PRIMARY KEY (actor_id)
);
CREATE INDEX proj_actor_project_idx ON proj_actor (project_id);

CREATE TABLE proj_role_interval (
    entry_id          VARCHAR(36) NOT NULL,
    project_id        VARCHAR(36) NOT NULL,
    actor_id          VARCHAR(36) NOT NULL,
    role              VARCHAR(40) NOT NULL,
    from_date         DATE        NOT NULL,
    to_date           DATE,
    reason            VARCHAR(4000),
    reason_shareable  BOOLEAN     NOT NULL,
    previous_entry_id VARCHAR(36),
    ended_by_entry_id VARCHAR(36),
    CONSTRAINT proj_role_interval_pk PRIMARY KEY (entry_id)
);
CREATE INDEX proj_role_interval_project_idx ON proj_role_interval (project_id);

CREATE TABLE proj_phase_interval (
    entry_id          VARCHAR(36) NOT NULL,
    project_id        VARCHAR(36) NOT NULL,
    phase             VARCHAR(20) NOT NULL,
    from_date         DATE        NOT NULL,
    to_date           DATE,
    backwards         BOOLEAN     NOT NULL,
    note              VARCHAR(4000),
    note_shareable    BOOLEAN     NOT NULL,
    previous_entry_id VARCHAR(36),
    ended_by_entry_id VARCHAR(36),
    CONSTRAINT proj_phase_interval_pk PRIMARY KEY (entry_id)
);
CREATE INDEX proj_phase_interval_project_idx ON proj_phase_interval (project_id);

CREATE TABLE proj_phase_cursor (
    project_id          VARCHAR(36) NOT NULL,
    current_interval_id VARCHAR(36) NOT NULL,
    CONSTRAINT proj_phase_cursor_pk PRIMARY KEY (project_id)
);

CREATE TABLE proj_engagement (
    entry_id      VARCHAR(36)    NOT NULL,
    project_id    VARCHAR(36)    NOT NULL,
    kind          VARCHAR(40)    NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    occurred_on   DATE           NOT NULL,
    initiated_by  VARCHAR(36)    NOT NULL,
    participants  VARCHAR(100000) NOT NULL,
    contributions VARCHAR(100000) NOT NULL,
    CONSTRAINT proj_engagement_pk PRIMARY KEY (entry_id)
);
CREATE INDEX proj_engagement_project_idx ON proj_engagement (project_id, occurred_on);

CREATE TABLE proj_timeline_entry (
    entry_id              VARCHAR(36)    NOT NULL,
    project_id            VARCHAR(36)    NOT NULL,
    sequence_number       BIGINT         NOT NULL,
    type                  VARCHAR(60)    NOT NULL,
    effective_on          DATE           NOT NULL,
    recorded_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by           VARCHAR(255),
    payload               VARCHAR(100000) NOT NULL,
    retracted_by_entry_id VARCHAR(36),
    retracted_at          TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT proj_timeline_entry_pk PRIMARY KEY (entry_id)
);
CREATE INDEX proj_timeline_entry_project_idx ON proj_timeline_entry (project_id, effective_on);

CREATE TABLE proj_declared_placement (
    entry_id     VARCHAR(36)      NOT NULL,
    project_id   VARCHAR(36)      NOT NULL,
    effective_on DATE             NOT NULL,
    openness     DOUBLE PRECISION NOT NULL,
    centrality   DOUBLE PRECISION NOT NULL,
    rationale    VARCHAR(4000),
    CONSTRAINT proj_declared_placement_pk PRIMARY KEY (entry_id)
);
CREATE INDEX proj_declared_placement_project_idx ON proj_declared_placement (project_id);
