-- The bytes of each attachment (BYTEA on PostgreSQL, BINARY VARYING on H2; at most 20 MB a file), removed with it.
CREATE TABLE attachment_content (
    attachment_id BIGINT PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);
