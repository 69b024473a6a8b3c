-- What the monitoring page and the 工作台 list of each report, kept beside light and errors whenever it is judged (open,
-- save, start-up backfill) so a province's page sums and pages its reports in SQL instead of judging each one:
-- budget_pct the budget's shown progress (percent, HALF_UP 2 decimals, the core's Progress.shownPct), proposes whether
-- the core proposes a rectification (a red light or 完全不可能, lifecycle §6). NULL proposes: not yet derived.
ALTER TABLE monitoring_report ADD COLUMN budget_pct DECIMAL(12, 2);
ALTER TABLE monitoring_report ADD COLUMN proposes BOOLEAN;
CREATE INDEX monitoring_round_year ON monitoring_round (budget_year, id);
CREATE INDEX monitoring_report_proposes ON monitoring_report (status, proposes);
