-- 0001_roles_and_reference.sql
-- Kontakt schema, part 1: extensions, database settings, cluster roles, shared helpers and the
-- versioned classifier of appeals (Cabinet resolution No. 858 of 24.09.2008).
--
-- Contract with the migration runner (models/, C++):
--   * all files run in ONE transaction as the database owner, search_path = kontakt, public;
--     the schema kontakt and kontakt.schema_migration exist already;
--   * no BEGIN/COMMIT/VACUUM/CONCURRENTLY here;
--   * superuser is NOT required: on a real server the owner is a CREATEROLE non-superuser.

-- ---------------------------------------------------------------------------------------------
-- Extensions (trusted: the database owner may create them) and database-level settings
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET search_path = kontakt, public', current_database());
END
$$;

-- Functions in schema kontakt are not executable by PUBLIC: every migration ends with
--   REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kontakt FROM PUBLIC;
-- and grants EXECUTE explicitly to the groups that need it. (ALTER DEFAULT PRIVILEGES is not
-- used: per-schema defaults cannot revoke the global PUBLIC grant, and a global revoke would
-- also hit functions of extensions created later.)

-- ---------------------------------------------------------------------------------------------
-- Group roles. Roles are cluster-global: several Kontakt databases (and many test databases)
-- may share one cluster, so each is created only when missing. A concurrent migration in
-- another database may create the same role between our check and our CREATE: tolerate that.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_executor',
                             'kontakt_manager', 'kontakt_petitions', 'kontakt_admin',
                             'kontakt_auditor']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;   -- created meanwhile by a concurrent migration
            END;
        END IF;
    END LOOP;
END
$$;

COMMENT ON SCHEMA kontakt IS 'Kontakt contact-centre system (appeals, routing, control, petitions)';

GRANT USAGE ON SCHEMA kontakt TO kontakt_operator, kontakt_head, kontakt_executor,
                                 kontakt_manager, kontakt_petitions, kontakt_admin;

-- The runner's own bookkeeping table: readable so that a desk can check the schema version.
GRANT SELECT ON schema_migration TO kontakt_operator, kontakt_head, kontakt_executor,
                                    kontakt_manager, kontakt_petitions, kontakt_admin;

-- ---------------------------------------------------------------------------------------------
-- Shared trigger: optimistic locking and "who changed it last".
-- Every mutable table has created_at, created_by, updated_at, updated_by and version.
-- Clients update with  UPDATE ... SET ... WHERE id = $1 AND version = $2 RETURNING version;
-- zero rows means a conflict. The trigger bumps version and protects created_*.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION touch_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    NEW.version    := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION touch_row() IS
    'BEFORE UPDATE row trigger: version + 1, updated_at/updated_by set, created_at/created_by kept';

-- ---------------------------------------------------------------------------------------------
-- Classifier of appeals: an editable, versioned reference table (never an enum in code).
-- Sections: form 1.x, arrival 2.x, kind 3.x, sex 4.x, subject 5.x, type 6.x, author 7.x,
-- social 8.x, result 9.x, topic NNN.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE classifier_version (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label       text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 300),
    valid_from  date NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now(),
    note        text CHECK (char_length(note) <= 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1
);
COMMENT ON TABLE classifier_version IS 'Editions of the classifier of appeals (CMU resolution 858)';

CREATE TABLE classifier_item (
    version_id  bigint NOT NULL REFERENCES classifier_version (id),
    section     text NOT NULL CHECK (section IN ('form', 'arrival', 'kind', 'sex', 'subject',
                                                 'type', 'author', 'social', 'result', 'topic')),
    code        text NOT NULL CHECK (code ~ '^[0-9]+(\.[0-9]+)*$' AND char_length(code) <= 16),
    name_uk     text NOT NULL CHECK (char_length(name_uk) BETWEEN 1 AND 500),
    status      text NOT NULL DEFAULT 'confirmed'
                CHECK (status IN ('confirmed', 'partial', 'unnumbered', 'inferred')),
    valid_from  date,
    valid_to    date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    PRIMARY KEY (version_id, section, code),
    CONSTRAINT classifier_item_valid_range CHECK (valid_to IS NULL OR valid_from IS NULL
                                                  OR valid_to >= valid_from),
    -- the section determines the code's shape (topics are three digits, others "N.x")
    CONSTRAINT classifier_item_code_in_section CHECK (
        CASE section
            WHEN 'form'    THEN code ~ '^1(\.[0-9]+)+$'
            WHEN 'arrival' THEN code ~ '^2(\.[0-9]+)+$'
            WHEN 'kind'    THEN code ~ '^3(\.[0-9]+)+$'
            WHEN 'sex'     THEN code ~ '^4(\.[0-9]+)+$'
            WHEN 'subject' THEN code ~ '^5(\.[0-9]+)+$'
            WHEN 'type'    THEN code ~ '^6(\.[0-9]+)+$'
            WHEN 'author'  THEN code ~ '^7(\.[0-9]+)+$'
            WHEN 'social'  THEN code ~ '^8(\.[0-9]+)+$'
            WHEN 'result'  THEN code ~ '^9(\.[0-9]+)+$'
            WHEN 'topic'   THEN code ~ '^[0-9]{3}(\.[0-9]+)*$'
        END)
);
CREATE INDEX classifier_item_section_code_idx ON classifier_item (section, code);
COMMENT ON TABLE classifier_item IS 'Items of one classifier edition; codes are text (''001'', ''1.1.1'')';

CREATE TRIGGER classifier_version_touch BEFORE UPDATE ON classifier_version
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER classifier_item_touch BEFORE UPDATE ON classifier_item
    FOR EACH ROW EXECUTE FUNCTION touch_row();

-- The edition in force today: the latest one whose valid_from has come.
CREATE FUNCTION current_classifier_version() RETURNS bigint
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT id FROM classifier_version
     WHERE valid_from <= current_date
     ORDER BY valid_from DESC, id DESC
     LIMIT 1
$$;

-- Does a code exist in a section (in the given edition, or in any edition when p_version is
-- NULL)? Used by validation triggers of the domain tables.
CREATE FUNCTION classifier_code_exists(p_section text, p_code text, p_version bigint DEFAULT NULL)
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT EXISTS (SELECT 1 FROM classifier_item
                    WHERE section = p_section AND code = p_code
                      AND (p_version IS NULL OR version_id = p_version))
$$;

-- Raise a foreign_key_violation unless every code of p_codes is in the section.
CREATE FUNCTION classifier_require(p_section text, p_codes text[], p_version bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    c text;
BEGIN
    IF p_codes IS NULL THEN
        RETURN;
    END IF;
    FOREACH c IN ARRAY p_codes LOOP
        IF c IS NOT NULL AND NOT classifier_code_exists(p_section, c, p_version) THEN
            RAISE EXCEPTION 'unknown classifier code % in section %', c, p_section
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'classifier_code';
        END IF;
    END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION current_classifier_version(),
                          classifier_code_exists(text, text, bigint),
                          classifier_require(text, text[], bigint)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions,
       kontakt_admin;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kontakt FROM PUBLIC;
