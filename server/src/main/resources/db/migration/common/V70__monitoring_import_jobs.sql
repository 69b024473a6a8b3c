-- A bulk import is of self-evaluation tables (EVALUATIONS, as before) or of filled monitoring tables (MONITORING):
-- the node that runs the job reads and applies its files by that kind.
ALTER TABLE import_job ADD COLUMN kind VARCHAR(20) DEFAULT 'EVALUATIONS' NOT NULL;
