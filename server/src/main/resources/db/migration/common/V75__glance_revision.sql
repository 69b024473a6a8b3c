-- One number that every change to what 复核 and 概览 show moves on, in the transaction of the change: a node keeps
-- what it rendered of those pages for as long as the number has not moved (GlanceCache), so a province's pages are
-- read from memory between saves and are never behind one.
CREATE TABLE glance_revision (
    id INT PRIMARY KEY,
    n  BIGINT NOT NULL
);
INSERT INTO glance_revision (id, n) VALUES (1, 0);
