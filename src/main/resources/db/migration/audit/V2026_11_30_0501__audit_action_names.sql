-- One naming style for audit actions, object.past-tense-verb: entries recorded before it are renamed to match.
UPDATE audit_entry SET action = 'person.' || action
WHERE action IN ('verification-email-sent', 'email-changed', 'email-verified', 'signed-up', 'password-reset-requested',
                 'password-reset', 'profile-updated', 'password-changed', 'email-change-requested', 'role-granted',
                 'role-removed');
UPDATE audit_entry SET action = 'person.deactivated' WHERE action = 'person-deactivated';
UPDATE audit_entry SET action = 'person.reactivated' WHERE action = 'person-reactivated';
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, occurred_at);
