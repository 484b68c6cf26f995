-- Actors' names and contact details (GDPR personal data), kept outside the immutable event store so that
-- they can be erased; events refer to actors by actor_id only (DOMAIN.md "Personal data").
CREATE TABLE actor_personal_data (
    actor_id      VARCHAR(36)  NOT NULL,
    project_id    VARCHAR(36)  NOT NULL,
    display_name  VARCHAR(200),
    organisation  VARCHAR(200),
    contact       VARCHAR(500),
    registered_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT actor_personal_data_pk PRIMARY KEY (actor_id)
);
CREATE INDEX actor_personal_data_project_idx ON actor_personal_data (project_id);
