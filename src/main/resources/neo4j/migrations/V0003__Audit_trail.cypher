// Every write is recorded as an AuditEntry; they are listed by time and by entity.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE RANGE INDEX audit_entry_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityId);
