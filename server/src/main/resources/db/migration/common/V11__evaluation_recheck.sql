-- The 复核 figures of each evaluation, derived by the core from the stored form, its score sheet, its findings and
-- the finance re-check whenever any of them is saved (never typed), so the 复核 and 概览 pages rank, filter and sum
-- a region's tables in SQL instead of scoring each one per request. revision names the checks and schemes the row
-- was derived under: rows of another revision (or none, as after this migration) are derived anew at start.
CREATE TABLE evaluation_recheck (
    evaluation_id    BIGINT         NOT NULL PRIMARY KEY REFERENCES evaluation (id),
    revision         VARCHAR(64)    NOT NULL,
    self_total       NUMERIC(18, 6),
    recomputed_total NUMERIC(18, 6),
    rechecked_total  NUMERIC(18, 6),
    gap              NUMERIC(18, 6),
    grade            VARCHAR(20),
    errors           INTEGER        NOT NULL,
    warnings         INTEGER        NOT NULL,
    notices          INTEGER        NOT NULL,
    unmet            INTEGER        NOT NULL,
    -- amounts in 元 whatever unit the table prints, exactly (万元 × 10000 keeps every decimal of NUMERIC(24, 6))
    budget_yuan      NUMERIC(30, 6),
    executed_yuan    NUMERIC(30, 6),
    rate_pct         NUMERIC(30, 10)
);

-- Findings per code and severity, for the code and severity filters (EXISTS on the primary key's prefix).
CREATE TABLE evaluation_finding (
    evaluation_id BIGINT       NOT NULL REFERENCES evaluation (id),
    code          VARCHAR(100) NOT NULL,
    severity      VARCHAR(10)  NOT NULL,
    findings      INTEGER      NOT NULL,
    PRIMARY KEY (evaluation_id, code, severity)
);
