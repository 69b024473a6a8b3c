-- The finance re-check of the budget-execution row (预算执行率), as evaluation_indicator's recheck_* columns are
-- the re-check of each indicator. One row per evaluation re-checked there.
CREATE TABLE budget_recheck (
    evaluation_id BIGINT PRIMARY KEY REFERENCES evaluation (id),
    score         NUMERIC(18, 6),
    deduction     NUMERIC(18, 6),
    note          VARCHAR(4000)
);
