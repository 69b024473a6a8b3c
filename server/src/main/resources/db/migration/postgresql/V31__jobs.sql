-- Durable background jobs (db-scheduler 16.7: its table as it ships it for PostgreSQL). A node picks an execution by
-- updating its row (picked, picked_by, version), so a job runs on one node only; a node that stops sending heartbeats
-- while it holds one (killed, crashed) has the execution revived by another node.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- A bulk import: who asked, into which organisation, how far it is. Read by any node for the progress bar and the
-- report; attempts counts the executions that started it (one revived after a node died is a second attempt).
CREATE TABLE import_job (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    owner_id        BIGINT                   NOT NULL REFERENCES app_user (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    default_year    INTEGER,
    total           INTEGER                  NOT NULL DEFAULT -1,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    node            VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_owner ON import_job (owner_id) WHERE finished_at IS NULL;
CREATE INDEX import_job_finished ON import_job (finished_at);

-- The files as uploaded (a .zip as it came), under numbers, until the job ends.
CREATE TABLE import_job_file (
    job_id  VARCHAR(36)  NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq     INTEGER      NOT NULL,
    name    VARCHAR(300) NOT NULL,
    content BYTEA        NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- The report of each file of the batch once unpacked (seq: its place in the unpacked batch), written in the same
-- transaction as the file's tables: a file is reported if and only if it was stored, so a resumed job goes on
-- from the first file without a report.
CREATE TABLE import_job_report (
    job_id VARCHAR(36) NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq    INTEGER     NOT NULL,
    report TEXT        NOT NULL,
    PRIMARY KEY (job_id, seq)
);
