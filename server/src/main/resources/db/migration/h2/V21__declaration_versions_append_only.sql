-- Approved versions of a declaration stay as approved: UPDATE and DELETE refused (H2).
CREATE TRIGGER declaration_version_append_only BEFORE UPDATE, DELETE ON declaration_version
    FOR EACH ROW CALL 'org.jixiao.server.audit.AppendOnlyTrigger';
