-- Approved versions of a declaration stay as approved: UPDATE and DELETE refused (PostgreSQL).
CREATE TRIGGER declaration_version_append_only BEFORE UPDATE OR DELETE ON declaration_version
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
