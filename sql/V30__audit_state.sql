-- Issue 13 (audit page): a state's trail filtered by kind of record or by person, newest first, a page
-- at a time. audit_entry.state_id is filled since V1 (Auditable.auditStateId), so nothing to backfill;
-- these indexes let COUNT and ORDER BY … LIMIT of a filtered page read only the matching entries.
CREATE INDEX ix_audit_state_type ON audit_entry (state_id, entity_type, recorded_at);
CREATE INDEX ix_audit_state_user ON audit_entry (state_id, username, recorded_at);
