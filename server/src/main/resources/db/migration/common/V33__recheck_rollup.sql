-- 复核 and 概览 of a whole region without reading its tables (issue 17). Both tables are kept in the transaction of
-- every change that moves a table's figures (RecheckRollup: a save, a re-check, a workflow step, an organisation
-- moved), so they never lag a save; an evaluation without its row (one written by other means) has them rebuilt at
-- start.
--
-- recheck_contribution: what each evaluation counts for, as last counted: its organisation and that organisation's
-- path, year, status, project, and the 复核 figures the lists rank and sum. It is the ranked list's index: a page of a
-- region's year walks (budget_year, gap) and stops after its rows, instead of sorting the region's thousands.
CREATE TABLE recheck_contribution (
    evaluation_id   BIGINT         NOT NULL PRIMARY KEY REFERENCES evaluation (id),
    organisation_id BIGINT         NOT NULL,
    org_path        VARCHAR(400)   NOT NULL,
    budget_year     INTEGER,
    status          VARCHAR(20)    NOT NULL,
    project         VARCHAR(500),
    grade           VARCHAR(20),
    bin             INTEGER,
    gap             NUMERIC(18, 6),
    budget_yuan     NUMERIC(30, 6),
    executed_yuan   NUMERIC(30, 6),
    rate_pct        NUMERIC(30, 10),
    unmet           INTEGER        NOT NULL
);
CREATE INDEX recheck_contribution_year_gap ON recheck_contribution (budget_year, gap DESC NULLS LAST, project, evaluation_id);
CREATE INDEX recheck_contribution_gap ON recheck_contribution (gap DESC NULLS LAST, project, evaluation_id);

-- recheck_rollup: the contributions summed per organisation — for every organisation over its whole subtree (kind
-- 'S'), and for each over its own tables alone ('O') — per year, status, grade and gap bin (0, '' and -1 standing for
-- none, so they can be part of the key). A region's year is one organisation's few dozen rows; its children's, theirs.
CREATE TABLE recheck_rollup (
    organisation_id BIGINT         NOT NULL,
    kind            CHAR(1)        NOT NULL,
    budget_year     INTEGER        NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    grade           VARCHAR(20)    NOT NULL,
    bin             INTEGER        NOT NULL,
    tables          INTEGER        NOT NULL,
    budget_sum      NUMERIC(38, 6) NOT NULL,
    budgets         INTEGER        NOT NULL,
    executed_sum    NUMERIC(38, 6) NOT NULL,
    executeds       INTEGER        NOT NULL,
    rate_sum        NUMERIC(38, 10) NOT NULL,
    rates           INTEGER        NOT NULL,
    unmet           INTEGER        NOT NULL,
    gap_sum         NUMERIC(38, 6) NOT NULL,
    gaps            INTEGER        NOT NULL,
    PRIMARY KEY (organisation_id, kind, budget_year, status, grade, bin)
);
