-- The server-side secret of the research pseudonyms (HMAC-SHA256), made once when first needed unless
-- JOURNAL_PSEUDONYM_KEY is set. One row; no endpoint ever reads it out.
CREATE TABLE research_key (
    id         SMALLINT     NOT NULL,
    key_value  VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT research_key_pk PRIMARY KEY (id),
    CONSTRAINT research_key_single_row CHECK (id = 1)
);
