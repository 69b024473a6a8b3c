-- The monitoring page of a province's year (tens of thousands of reports) from indexes alone: the tallies (per
-- organisation, light and status) as an index-only scan, and a page of lines in the list's order (red, blue, yellow,
-- green, not filled; then project and id) read off an index in that order instead of sorting every report.
-- PostgreSQL only: H2 has no expression indexes, and its databases are small.
CREATE INDEX IF NOT EXISTS monitoring_report_tally ON monitoring_report (round_id, organisation_id, light, status);
CREATE INDEX IF NOT EXISTS monitoring_report_order ON monitoring_report (round_id,
    (CASE light WHEN 'RED' THEN 0 WHEN 'BLUE' THEN 1 WHEN 'YELLOW' THEN 2 WHEN 'GREEN' THEN 3 ELSE 4 END), project, id);
