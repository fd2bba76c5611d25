-- Issue 10 (part c): accounts managed by the secretariat and the administrator.
-- After a password reset the account signs in with a temporary password and must choose its own
-- before anything else; cleared when it does.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
