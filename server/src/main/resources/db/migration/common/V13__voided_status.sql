-- 作废 (VOIDED): a draft taken out of lists and figures, kept with its history, restorable by an administrator.
ALTER TABLE evaluation DROP CONSTRAINT evaluation_status;
ALTER TABLE evaluation ADD CONSTRAINT evaluation_status
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'DEPT_APPROVED', 'FINANCE_APPROVED', 'PUBLISHED', 'RETURNED', 'VOIDED'));
