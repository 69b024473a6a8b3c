-- Indexes for the evaluation list at scale; the PostgreSQL variant explains them. H2 has no INCLUDE columns and
-- uses its plain index on organisation.path for LIKE prefixes.
CREATE INDEX evaluation_recent ON evaluation (updated_at DESC, id DESC);
CREATE INDEX evaluation_year_recent ON evaluation (budget_year, updated_at DESC, id DESC);
CREATE INDEX evaluation_org_year ON evaluation (organisation_id, budget_year, status, score_grade, scheme_id, updated_at);
