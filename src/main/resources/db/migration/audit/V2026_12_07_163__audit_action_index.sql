-- The audit viewer's filters list the action codes and units in the log (select distinct): read from these
-- indexes rather than from every row.
CREATE INDEX audit_entry_action_idx ON audit_entry (action);
CREATE INDEX audit_entry_actor_unit_idx ON audit_entry (actor_unit);
