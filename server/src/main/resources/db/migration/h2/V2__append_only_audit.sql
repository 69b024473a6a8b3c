-- The audit trail and the workflow steps refuse UPDATE and DELETE (H2).
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.jixiao.server.audit.AppendOnlyTrigger';
CREATE TRIGGER workflow_step_append_only BEFORE UPDATE, DELETE ON workflow_step
    FOR EACH ROW CALL 'org.jixiao.server.audit.AppendOnlyTrigger';
