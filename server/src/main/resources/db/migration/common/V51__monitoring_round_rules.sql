-- The monitoring lights' rule set a round is judged by (core/monitoring rules/*.json, by its id): regions use other
-- thresholds and cut-offs. Rounds opened before keep the national rules they were judged by.
ALTER TABLE monitoring_round ADD COLUMN rules_id VARCHAR(100) DEFAULT 'national' NOT NULL;
