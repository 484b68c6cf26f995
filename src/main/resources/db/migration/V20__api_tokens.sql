-- Personal API tokens for scripts (security/ApiTokens): a script sends "Authorization: Bearer sj_<id>_<secret>" on
-- the JSON API instead of HTTP Basic, so no password hash is computed per call. Only the SHA-256 of the token's
-- 256-bit random secret is stored (a fast hash suffices for a random secret that cannot be guessed), looked up by
-- the id part. Every token expires; revoked tokens stay listed with who revoked them. Creation, revocation and
-- every use are written to the access log (TOKEN_CREATED, TOKEN_REVOKED, TOKEN_USED).
CREATE TABLE api_token (
    id           VARCHAR(16)  NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    expires_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP(6) WITH TIME ZONE,
    revoked_by   VARCHAR(64),
    last_used_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_user_fk FOREIGN KEY (username) REFERENCES journal_user (username) ON DELETE CASCADE,
    CONSTRAINT api_token_expiry_ck CHECK (expires_at > created_at)
);
CREATE INDEX api_token_user_idx ON api_token (username, created_at);
