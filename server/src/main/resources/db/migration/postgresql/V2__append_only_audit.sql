-- The audit trail and the workflow steps refuse UPDATE and DELETE (PostgreSQL).
CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER workflow_step_append_only BEFORE UPDATE OR DELETE ON workflow_step
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
