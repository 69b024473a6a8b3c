-- Indexes for the evaluation list at scale (100,000 evaluations; BENCHMARKS.md, "Web application").
-- The list is newest first: with a year the walk starts in that year, without one in the whole table; the first
-- page then reads a few dozen rows instead of sorting every match.
CREATE INDEX evaluation_recent ON evaluation (updated_at DESC, id DESC);
CREATE INDEX evaluation_year_recent ON evaluation (budget_year, updated_at DESC, id DESC);
-- Counting the matches in a scope (one lookup per organisation of the subtree) and the list of a small scope are
-- answered from this index alone; it replaces the index on organisation_id, which is its prefix.
CREATE INDEX evaluation_org_year ON evaluation (organisation_id, budget_year, status) INCLUDE (score_grade, scheme_id, updated_at);
DROP INDEX evaluation_organisation;
-- LIKE '/1/7/%' can use a btree only with pattern operators unless the database collation is "C".
CREATE INDEX organisation_path_prefix ON organisation (path varchar_pattern_ops);
