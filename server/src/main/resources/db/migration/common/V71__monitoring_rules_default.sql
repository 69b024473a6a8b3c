-- A region's default light rules (core/monitoring rules/*.json, by id): set by finance on an organisation, it holds for
-- its subtree unless a nearer organisation sets another. A round that names no rule set takes the default of the
-- organisation it is opened for, and records it (monitoring_round.rules_id). Its changes are in audit_entry
-- (document_kind 'MONITORING_RULES', document_id the organisation, evaluation_version this row's version).
CREATE TABLE monitoring_rules_default (
    organisation_id BIGINT       NOT NULL PRIMARY KEY REFERENCES organisation (id),
    rules_id        VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL,
    updated_by      BIGINT       NOT NULL REFERENCES app_user (id),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
