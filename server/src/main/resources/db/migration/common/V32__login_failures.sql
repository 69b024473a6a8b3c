-- Wrong passwords by account and source address (LoginThrottle), in the database so that every node counts the same
-- failures and a lock holds on whichever node the next attempt reaches.
CREATE TABLE login_failure (
    account_source VARCHAR(400)             NOT NULL PRIMARY KEY,
    failures       INTEGER                  NOT NULL,
    first_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
