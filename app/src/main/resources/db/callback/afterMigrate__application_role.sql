-- When the database has a separate role for the running application (the embedded database always
-- does; see docs/operations.md for an external one), that role may read and write the tables it needs
-- but never change or remove audit entries or their seals: a trigger refuses it too, but a trigger can
-- be disabled by a table's owner, and the application is not the owner.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'haven_app') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO haven_app';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO haven_app';
    EXECUTE 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO haven_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_seal FROM haven_app';
    EXECUTE 'REVOKE ALL ON flyway_schema_history FROM haven_app';
    EXECUTE 'GRANT SELECT ON flyway_schema_history TO haven_app';
  END IF;
END
$$;
