-- 0003_security.sql
-- Kontakt schema, part 3: the database is the authority. Audit log, session helpers,
-- staff_create(), GRANTs and row-level security.
--
-- =============================================================================================
-- ACCESS MATRIX (copied into the release notes)
-- =============================================================================================
-- Every person logs in with an own PostgreSQL login that is a member of exactly one group.
-- Nobody except the database owner may DELETE appeals or personal data; nobody at all may
-- UPDATE, DELETE or TRUNCATE audit_log (privileges are not granted and triggers refuse it, even
-- for the owner). R = SELECT, I = INSERT, U = UPDATE, "rls" = rows limited by row-level security.
--
-- table / function             operator  head      executor       manager  petitions  admin
-- ---------------------------  --------  --------  -------------  -------  ---------  -------
-- classifier_version/_item     R         R         R              R        R          RIU
-- organisation, _topic         R         R         R              R        R          RIU (D topic)
-- staff                        R         R         R              R        R          RIU
-- caller, caller_phone,
--   caller_category            RIU       RIU       R rls          R        -          R
-- appeal                       RIU       RIU       R rls          R        R rls(1)   R
-- appeal_link                  RIU       RIU       R rls          R        -          R
-- assignment                   R I(2)U(2) RIU      R rls U(3)     R        -          R
-- reply                        RI(4)     RI        R rls I(own)   R        -          R
-- extension                    R         RIU       R rls I(own)   R        -          R
-- feedback                     RIU       RIU       R rls          R        -          R
-- inspection                   R         R         R rls I(own)   R        -          R
-- instruction, _appeal         R         R         -              RIU      -          R
-- petition, _signature_update  R         R         -              R        RIU        R
-- attachment                   RIU(5)    RIU(5)    R rls I(own)   R        RIU(5,6)   R
-- kb_article, _version         R         RIU       R              R        R          RIU
-- calendar_day, setting        R         R         R              R        R          RIU (D day)
-- outbox                       I         I         -              -        I          RU
-- reg_counter                  RIU       RIU       -              -        -          -
-- audit_log                    -         R         -              -        -          R
-- schema_migration             R         R         R              R        R          R
-- change_seq (sequence)        usage     usage     usage          usage    usage      usage
-- staff_create()               -         -         -              -        -          EXECUTE
-- reg_counter_next()           EXECUTE   EXECUTE   -              -        -          -
-- log_access(), session_info(), current_staff_id(), current_org_id(), calendar helpers:
--                              EXECUTE for all six groups
--
-- (1) petitions: only appeals converted from a petition (petition.converted_appeal_id).
-- (2) operator: proposes routing only: inserts/updates assignments in status 'proposed'.
-- (3) executor: only its organisation's approved/accepted/rework assignments, only the columns
--     status, accepted_at, replied_at, executor_note, and only to accepted/replied/not_competent.
-- (4) operator: records an executor's reply on its behalf (DESIGN.md §1 "records executors'
--     replies").
-- (5) UPDATE only of file_name and mime_type: the file and its hash are immutable.
-- (6) petitions: only attachments of petitions.
-- Executor visibility: an assignment only when org_id = current_org_id() and its status is not
-- proposed/rejected; an appeal, its caller (phones, categories), links, replies, extensions,
-- feedback, inspections and attachments only through such an assignment.
-- Every INSERT/UPDATE/DELETE of appeals, personal data, staff and organisations writes an
-- audit_log row (old/new values); views, prints and exports are logged by log_access().
-- kontakt_auditor (NOLOGIN) owns the audit-writing functions and may only INSERT audit_log.
-- =============================================================================================

-- ---------------------------------------------------------------------------------------------
-- Audit log: append-only for everyone
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    login       text NOT NULL DEFAULT session_user CHECK (char_length(login) <= 63),
    db_role     text NOT NULL DEFAULT current_user CHECK (char_length(db_role) <= 63),
    table_name  text NOT NULL CHECK (char_length(table_name) <= 63),
    row_id      bigint,
    action      text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'VIEW', 'PRINT', 'EXPORT')),
    old_data    jsonb,
    new_data    jsonb,
    txid        bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX audit_log_row_idx ON audit_log (table_name, row_id, id);
CREATE INDEX audit_log_login_idx ON audit_log (login, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
COMMENT ON TABLE audit_log IS 'Append-only log of changes and of views/prints/exports of personal data';
COMMENT ON COLUMN audit_log.login IS 'The person (session login)';
COMMENT ON COLUMN audit_log.db_role IS 'The effective role of the session (SET ROLE), else the login';
COMMENT ON COLUMN audit_log.old_data IS 'DELETE: the whole row; UPDATE: the changed columns before';
COMMENT ON COLUMN audit_log.new_data IS 'INSERT: the whole row; UPDATE: the changed columns after';

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_change_row BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- statement level too: refuses even when row-level security hides every row
CREATE TRIGGER audit_log_no_change_stmt BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The owner keeps SELECT/INSERT only (it may still ALTER the table: ownership cannot be limited).
REVOKE ALL ON audit_log FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %I', current_user);
END
$$;

-- The effective role of the session: inside SECURITY DEFINER code current_user is the
-- function owner, so read the SET ROLE setting instead.
CREATE FUNCTION session_effective_role() RETURNS text
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT CASE WHEN current_setting('role') = 'none' THEN session_user::text
                ELSE current_setting('role') END
$$;

-- Generic audit trigger. Arguments: [0] the column identifying the row (default 'id'),
-- [1..] columns left out of the jsonb (e.g. attachment.data).
CREATE FUNCTION audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    id_col text := CASE WHEN TG_NARGS > 0 THEN TG_ARGV[0] ELSE 'id' END;
    n jsonb;
    o jsonb;
    n_changed jsonb;
    o_changed jsonb;
    rid bigint;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD);
    END IF;
    rid := (coalesce(n, o) ->> id_col)::bigint;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        n := n - TG_ARGV[i];
        o := o - TG_ARGV[i];
    END LOOP;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(e.key, e.value) INTO o_changed
          FROM jsonb_each(o) e WHERE (n -> e.key) IS DISTINCT FROM e.value;
        SELECT jsonb_object_agg(e.key, e.value) INTO n_changed
          FROM jsonb_each(n) e WHERE (o -> e.key) IS DISTINCT FROM e.value;
        o := coalesce(o_changed, '{}');
        n := coalesce(n_changed, '{}');
    END IF;
    INSERT INTO audit_log (db_role, table_name, row_id, action, old_data, new_data)
    VALUES (session_effective_role(), TG_TABLE_NAME, rid, TG_OP, o, n);
    RETURN NULL;
END
$$;

-- A view, print or export of a person's data / a case (called by the client).
CREATE FUNCTION log_access(p_table text, p_row_id bigint, p_action text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('VIEW', 'PRINT', 'EXPORT') THEN
        RAISE EXCEPTION 'invalid access action: %', p_action USING ERRCODE = 'P0001';
    END IF;
    IF p_table IS NULL OR NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
             WHERE s.nspname = 'kontakt' AND c.relname = p_table AND c.relkind IN ('r', 'p', 'v', 'm')) THEN
        RAISE EXCEPTION 'unknown table: %', p_table USING ERRCODE = 'P0001';
    END IF;
    INSERT INTO audit_log (db_role, table_name, row_id, action)
    VALUES (session_effective_role(), p_table, p_row_id, p_action);
END
$$;

-- kontakt_auditor owns the audit writers and may only append to audit_log. To hand a function
-- to it, a non-superuser owner must be a member of it, and it needs CREATE on the schema while
-- the ownership changes.
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'kontakt_auditor', 'MEMBER') THEN
        EXECUTE format('GRANT kontakt_auditor TO %I', current_user);
    END IF;
END
$$;
GRANT USAGE ON SCHEMA kontakt TO kontakt_auditor;
GRANT CREATE ON SCHEMA kontakt TO kontakt_auditor;
ALTER FUNCTION audit_row() OWNER TO kontakt_auditor;
ALTER FUNCTION log_access(text, bigint, text) OWNER TO kontakt_auditor;
REVOKE CREATE ON SCHEMA kontakt FROM kontakt_auditor;
GRANT INSERT ON audit_log TO kontakt_auditor;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO kontakt_auditor;
GRANT EXECUTE ON FUNCTION session_effective_role() TO kontakt_auditor;

-- Attach the audit trigger to every table holding appeals or personal data.
DO $$
DECLARE
    spec text[];
BEGIN
    FOREACH spec SLICE 1 IN ARRAY ARRAY[
        ['appeal', 'id', ''], ['appeal_link', 'appeal_id', ''], ['caller', 'id', ''],
        ['caller_phone', 'id', ''], ['caller_category', 'caller_id', ''],
        ['assignment', 'id', ''], ['reply', 'id', ''], ['extension', 'id', ''],
        ['feedback', 'id', ''], ['inspection', 'id', ''], ['instruction', 'id', ''],
        ['instruction_appeal', 'appeal_id', ''], ['petition', 'id', ''],
        ['petition_signature_update', 'id', ''], ['attachment', 'id', 'data'],
        ['staff', 'id', ''], ['organisation', 'id', '']]
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION audit_row(%L%s)',
                       spec[1] || '_audit', spec[1], spec[2],
                       CASE WHEN spec[3] <> '' THEN format(', %L', spec[3]) ELSE '' END);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Session helpers (SECURITY DEFINER: they read staff whatever the caller may see)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION current_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT s.id FROM staff s WHERE s.login = session_user AND s.active $$;

CREATE FUNCTION current_org_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT s.org_id FROM staff s WHERE s.login = session_user AND s.active $$;

-- One row: who is logged in. role = the staff role (NULL for an inactive staff row), 'owner'
-- for a member of the database owner role without a staff row, NULL for anybody else.
CREATE FUNCTION session_info()
RETURNS TABLE (login text, full_name text, role text, org_code text, org_name text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT session_user::text,
           s.full_name,
           CASE WHEN s.id IS NOT NULL THEN CASE WHEN s.active THEN s.role END
                WHEN pg_catalog.pg_has_role(session_user, d.datdba, 'MEMBER') THEN 'owner'
           END,
           o.code,
           o.name
      FROM pg_catalog.pg_database d
      LEFT JOIN staff s ON s.login = session_user
      LEFT JOIN organisation o ON o.id = s.org_id
     WHERE d.datname = current_database()
$$;

-- ---------------------------------------------------------------------------------------------
-- staff_create: the only way for an admin to create logins. Runs as the database owner
-- (CREATEROLE). Errors: SQLSTATE P0001 with an English message ('invalid login: x',
-- 'unknown role: x', 'unknown organisation: x', 'organisation required for executor',
-- 'full name required', 'reserved login: x', 'role exists and is not a login: x',
-- 'refusing to manage privileged role: x').
-- p_password may be a SCRAM-SHA-256 verifier computed by the client (recommended: the clear
-- text then never reaches the server log); NULL creates a login without a password (trust/peer
-- or certificate authentication). For an existing login the password is left unchanged, the
-- group membership is set to the given role (other kontakt groups are revoked so that a demoted
-- person keeps no stale rights) and the staff row is inserted or updated.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION staff_create(p_login text, p_password text, p_role text, p_org_code text,
                             p_full_name text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_groups constant text[] := ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_executor',
                                      'kontakt_manager', 'kontakt_petitions', 'kontakt_admin'];
    v_org bigint;
    v_id bigint;
    v_role record;
    g text;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid login: %', coalesce(p_login, '(null)') USING ERRCODE = 'P0001';
    END IF;
    IF p_login LIKE 'pg\_%' OR p_login LIKE 'kontakt\_%' OR p_login IN ('public', 'none') THEN
        RAISE EXCEPTION 'reserved login: %', p_login USING ERRCODE = 'P0001';
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('operator', 'head', 'executor', 'manager', 'petitions', 'admin') THEN
        RAISE EXCEPTION 'unknown role: %', coalesce(p_role, '(null)') USING ERRCODE = 'P0001';
    END IF;
    IF p_full_name IS NULL OR btrim(p_full_name) = '' THEN
        RAISE EXCEPTION 'full name required' USING ERRCODE = 'P0001';
    END IF;
    IF p_org_code IS NOT NULL AND p_org_code <> '' THEN
        SELECT o.id INTO v_org FROM organisation o WHERE o.code = p_org_code;
        IF v_org IS NULL THEN
            RAISE EXCEPTION 'unknown organisation: %', p_org_code USING ERRCODE = 'P0001';
        END IF;
    END IF;
    IF p_role = 'executor' AND v_org IS NULL THEN
        RAISE EXCEPTION 'organisation required for executor' USING ERRCODE = 'P0001';
    END IF;

    SELECT r.rolcanlogin, r.rolsuper, r.rolcreaterole, r.rolreplication, r.rolbypassrls
      INTO v_role FROM pg_catalog.pg_roles r WHERE r.rolname = p_login;
    IF FOUND THEN
        IF NOT v_role.rolcanlogin THEN
            RAISE EXCEPTION 'role exists and is not a login: %', p_login USING ERRCODE = 'P0001';
        END IF;
        IF v_role.rolsuper OR v_role.rolcreaterole OR v_role.rolreplication OR v_role.rolbypassrls THEN
            RAISE EXCEPTION 'refusing to manage privileged role: %', p_login USING ERRCODE = 'P0001';
        END IF;
        FOREACH g IN ARRAY v_groups LOOP
            IF g <> 'kontakt_' || p_role AND pg_has_role(p_login, g, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', g, p_login);
            END IF;
        END LOOP;
    ELSIF p_password IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    EXECUTE format('GRANT %I TO %I', 'kontakt_' || p_role, p_login);

    INSERT INTO staff (login, full_name, role, org_id)
    VALUES (p_login, btrim(p_full_name), p_role, v_org)
    ON CONFLICT (login) DO UPDATE
        SET full_name = EXCLUDED.full_name, role = EXCLUDED.role, org_id = EXCLUDED.org_id, active = true
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security: ENABLE + FORCE on every table holding appeals or personal data.
-- The owner (the migrating role) has its own permissive policy; SECURITY DEFINER functions
-- owned by it therefore see everything.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['appeal', 'appeal_link', 'caller', 'caller_phone', 'caller_category',
                             'assignment', 'reply', 'extension', 'feedback', 'inspection',
                             'instruction', 'instruction_appeal', 'petition',
                             'petition_signature_update', 'attachment', 'staff', 'organisation']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_read ON audit_log FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY owner_insert ON audit_log FOR INSERT TO CURRENT_USER WITH CHECK (true);
CREATE POLICY auditor_insert ON audit_log FOR INSERT TO kontakt_auditor WITH CHECK (true);
CREATE POLICY head_admin_read ON audit_log FOR SELECT TO kontakt_head, kontakt_admin USING (true);

-- Reference-like tables with personal data of staff: everybody reads, admin writes.
CREATE POLICY everyone_read ON organisation FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    USING (true);
CREATE POLICY admin_insert ON organisation FOR INSERT TO kontakt_admin WITH CHECK (true);
CREATE POLICY admin_update ON organisation FOR UPDATE TO kontakt_admin USING (true) WITH CHECK (true);

CREATE POLICY everyone_read ON staff FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    USING (true);
CREATE POLICY admin_insert ON staff FOR INSERT TO kontakt_admin WITH CHECK (true);
CREATE POLICY admin_update ON staff FOR UPDATE TO kontakt_admin USING (true) WITH CHECK (true);

-- Assignment: the root of executor visibility. Its executor policy must not reference appeal
-- (appeal's executor policy references assignment).
CREATE POLICY desk_read ON assignment FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true);
CREATE POLICY executor_read ON assignment FOR SELECT TO kontakt_executor
    USING (org_id = (SELECT current_org_id()) AND status NOT IN ('proposed', 'rejected'));
CREATE POLICY operator_propose ON assignment FOR INSERT TO kontakt_operator
    WITH CHECK (status = 'proposed');
CREATE POLICY operator_edit_proposal ON assignment FOR UPDATE TO kontakt_operator
    USING (status = 'proposed') WITH CHECK (status = 'proposed');
CREATE POLICY head_insert ON assignment FOR INSERT TO kontakt_head WITH CHECK (true);
CREATE POLICY head_update ON assignment FOR UPDATE TO kontakt_head USING (true) WITH CHECK (true);
CREATE POLICY executor_work ON assignment FOR UPDATE TO kontakt_executor
    USING (org_id = (SELECT current_org_id()) AND status IN ('approved', 'accepted', 'rework'))
    WITH CHECK (org_id = (SELECT current_org_id()) AND status IN ('accepted', 'replied', 'not_competent'));

-- Appeal
CREATE POLICY desk_read ON appeal FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true);
CREATE POLICY executor_read ON appeal FOR SELECT TO kontakt_executor
    USING (EXISTS (SELECT 1 FROM assignment a
                    WHERE a.appeal_id = appeal.id AND a.org_id = (SELECT current_org_id())
                      AND a.status NOT IN ('proposed', 'rejected')));
CREATE POLICY petitions_read ON appeal FOR SELECT TO kontakt_petitions
    USING (EXISTS (SELECT 1 FROM petition p WHERE p.converted_appeal_id = appeal.id));
CREATE POLICY desk_insert ON appeal FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY desk_update ON appeal FOR UPDATE TO kontakt_operator, kontakt_head
    USING (true) WITH CHECK (true);

-- Tables hanging off an appeal: desks read/write as granted, executors read through their
-- organisation's visible assignment of the same appeal.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['appeal_link', 'reply', 'extension', 'feedback', 'inspection']
    LOOP
        EXECUTE format('CREATE POLICY desk_read ON %I FOR SELECT '
                       'TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true)', t);
        EXECUTE format('CREATE POLICY executor_read ON %1$I FOR SELECT TO kontakt_executor '
                       'USING (EXISTS (SELECT 1 FROM assignment a WHERE a.appeal_id = %1$I.appeal_id '
                       'AND a.org_id = (SELECT current_org_id()) AND a.status NOT IN (''proposed'', ''rejected'')))', t);
    END LOOP;
END
$$;
CREATE POLICY desk_insert ON appeal_link FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY desk_update ON appeal_link FOR UPDATE TO kontakt_operator, kontakt_head
    USING (true) WITH CHECK (true);
CREATE POLICY desk_insert ON feedback FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY desk_update ON feedback FOR UPDATE TO kontakt_operator, kontakt_head
    USING (true) WITH CHECK (true);
CREATE POLICY desk_insert ON reply FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY executor_insert ON reply FOR INSERT TO kontakt_executor
    WITH CHECK (created_by = session_user
                AND EXISTS (SELECT 1 FROM assignment a
                             WHERE a.id = reply.assignment_id AND a.org_id = (SELECT current_org_id())
                               AND a.status IN ('approved', 'accepted', 'rework')));
CREATE POLICY head_insert ON extension FOR INSERT TO kontakt_head WITH CHECK (true);
CREATE POLICY head_update ON extension FOR UPDATE TO kontakt_head USING (true) WITH CHECK (true);
CREATE POLICY executor_insert ON extension FOR INSERT TO kontakt_executor
    WITH CHECK (decision = 'pending' AND requested_by = session_user
                AND EXISTS (SELECT 1 FROM assignment a
                             WHERE a.id = extension.assignment_id AND a.org_id = (SELECT current_org_id())
                               AND a.status IN ('approved', 'accepted', 'rework')));
CREATE POLICY executor_insert ON inspection FOR INSERT TO kontakt_executor
    WITH CHECK (created_by = session_user
                AND EXISTS (SELECT 1 FROM assignment a
                             WHERE a.appeal_id = inspection.appeal_id AND a.org_id = (SELECT current_org_id())
                               AND a.status NOT IN ('proposed', 'rejected')));

-- Callers: executors see the callers of the appeals they see.
CREATE POLICY desk_read ON caller FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true);
CREATE POLICY executor_read ON caller FOR SELECT TO kontakt_executor
    USING (EXISTS (SELECT 1 FROM appeal ap JOIN assignment a ON a.appeal_id = ap.id
                    WHERE ap.caller_id = caller.id AND a.org_id = (SELECT current_org_id())
                      AND a.status NOT IN ('proposed', 'rejected')));
CREATE POLICY desk_insert ON caller FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY desk_update ON caller FOR UPDATE TO kontakt_operator, kontakt_head
    USING (true) WITH CHECK (true);
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['caller_phone', 'caller_category']
    LOOP
        EXECUTE format('CREATE POLICY desk_read ON %I FOR SELECT '
                       'TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true)', t);
        EXECUTE format('CREATE POLICY executor_read ON %1$I FOR SELECT TO kontakt_executor '
                       'USING (EXISTS (SELECT 1 FROM appeal ap JOIN assignment a ON a.appeal_id = ap.id '
                       'WHERE ap.caller_id = %1$I.caller_id AND a.org_id = (SELECT current_org_id()) '
                       'AND a.status NOT IN (''proposed'', ''rejected'')))', t);
        EXECUTE format('CREATE POLICY desk_insert ON %I FOR INSERT TO kontakt_operator, kontakt_head '
                       'WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY desk_update ON %I FOR UPDATE TO kontakt_operator, kontakt_head '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

-- Instructions: manager writes, desks read.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['instruction', 'instruction_appeal']
    LOOP
        EXECUTE format('CREATE POLICY desk_read ON %I FOR SELECT '
                       'TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true)', t);
        EXECUTE format('CREATE POLICY manager_insert ON %I FOR INSERT TO kontakt_manager WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY manager_update ON %I FOR UPDATE TO kontakt_manager '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

-- Petitions: the petitions administrator writes, desks read. (No reference to appeal here:
-- appeal's petitions policy references petition.)
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['petition', 'petition_signature_update']
    LOOP
        EXECUTE format('CREATE POLICY desk_read ON %I FOR SELECT TO kontakt_operator, kontakt_head, '
                       'kontakt_manager, kontakt_admin, kontakt_petitions USING (true)', t);
        EXECUTE format('CREATE POLICY petitions_insert ON %I FOR INSERT TO kontakt_petitions WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY petitions_update ON %I FOR UPDATE TO kontakt_petitions '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

-- Attachments
CREATE POLICY desk_read ON attachment FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true);
CREATE POLICY desk_insert ON attachment FOR INSERT TO kontakt_operator, kontakt_head WITH CHECK (true);
CREATE POLICY desk_update ON attachment FOR UPDATE TO kontakt_operator, kontakt_head
    USING (true) WITH CHECK (true);
CREATE POLICY executor_read ON attachment FOR SELECT TO kontakt_executor
    USING (EXISTS (SELECT 1 FROM assignment a
                    WHERE a.org_id = (SELECT current_org_id()) AND a.status NOT IN ('proposed', 'rejected')
                      AND a.appeal_id = coalesce(attachment.appeal_id,
                                                 (SELECT r.appeal_id FROM reply r WHERE r.id = attachment.reply_id),
                                                 (SELECT i.appeal_id FROM inspection i WHERE i.id = attachment.inspection_id))));
CREATE POLICY executor_insert ON attachment FOR INSERT TO kontakt_executor
    WITH CHECK (petition_id IS NULL AND created_by = session_user
                AND EXISTS (SELECT 1 FROM assignment a
                             WHERE a.org_id = (SELECT current_org_id()) AND a.status NOT IN ('proposed', 'rejected')
                               AND a.appeal_id = coalesce(attachment.appeal_id,
                                                          (SELECT r.appeal_id FROM reply r WHERE r.id = attachment.reply_id),
                                                          (SELECT i.appeal_id FROM inspection i WHERE i.id = attachment.inspection_id))));
CREATE POLICY petitions_read ON attachment FOR SELECT TO kontakt_petitions USING (petition_id IS NOT NULL);
CREATE POLICY petitions_insert ON attachment FOR INSERT TO kontakt_petitions WITH CHECK (petition_id IS NOT NULL);
CREATE POLICY petitions_update ON attachment FOR UPDATE TO kontakt_petitions
    USING (petition_id IS NOT NULL) WITH CHECK (petition_id IS NOT NULL);

-- ---------------------------------------------------------------------------------------------
-- GRANTs (see the matrix at the top)
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA kontakt FROM PUBLIC;

-- reference data: everybody reads
GRANT SELECT ON classifier_version, classifier_item, organisation, organisation_topic, staff,
                kb_article, kb_article_version
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;

-- operational data read by the desks (operator, head), the managers and admin
GRANT SELECT ON appeal, appeal_link, caller, caller_phone, caller_category, assignment, reply,
                extension, feedback, inspection, instruction, instruction_appeal, petition,
                petition_signature_update, attachment
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin;

-- operator and head
GRANT INSERT, UPDATE ON appeal, appeal_link, caller, caller_phone, caller_category, feedback
    TO kontakt_operator, kontakt_head;
GRANT INSERT ON assignment, reply, attachment TO kontakt_operator, kontakt_head;
GRANT UPDATE (file_name, mime_type) ON attachment TO kontakt_operator, kontakt_head, kontakt_petitions;
GRANT UPDATE (org_id, is_main, instruction, term, status) ON assignment TO kontakt_operator;
GRANT SELECT, INSERT, UPDATE ON reg_counter TO kontakt_operator, kontakt_head;
GRANT INSERT ON outbox TO kontakt_operator, kontakt_head, kontakt_petitions;

-- head only
GRANT UPDATE ON assignment TO kontakt_head;
GRANT INSERT, UPDATE ON extension TO kontakt_head;
GRANT INSERT, UPDATE ON kb_article, kb_article_version TO kontakt_head, kontakt_admin;
GRANT SELECT ON audit_log TO kontakt_head, kontakt_admin;

-- executor: reads through row-level security, writes its own work
GRANT SELECT ON appeal, appeal_link, caller, caller_phone, caller_category, assignment, reply,
                extension, feedback, inspection, attachment
    TO kontakt_executor;
GRANT UPDATE (status, accepted_at, replied_at, executor_note) ON assignment TO kontakt_executor;
GRANT INSERT ON reply, extension, inspection, attachment TO kontakt_executor;

-- manager: instructions
GRANT INSERT, UPDATE ON instruction, instruction_appeal TO kontakt_manager;

-- petitions
GRANT SELECT, INSERT, UPDATE ON petition, petition_signature_update TO kontakt_petitions;
GRANT SELECT ON attachment, appeal TO kontakt_petitions;
GRANT INSERT ON attachment TO kontakt_petitions;

-- admin: directories and users
GRANT INSERT, UPDATE ON organisation, organisation_topic, staff, classifier_version, classifier_item
    TO kontakt_admin;
GRANT DELETE ON organisation_topic TO kontakt_admin;
GRANT SELECT, UPDATE ON outbox TO kontakt_admin;

-- live-update sequence
GRANT USAGE, SELECT ON SEQUENCE change_seq
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;

-- functions
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kontakt FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_staff_id(), current_org_id(), session_info(),
                          log_access(text, bigint, text), session_effective_role(),
                          local_date(timestamptz), is_working_day(date), first_working_day_from(date),
                          max_due_date(timestamptz), raise_due_violation(date, date, text)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
GRANT EXECUTE ON FUNCTION reg_counter_next(int, text) TO kontakt_operator, kontakt_head;
GRANT EXECUTE ON FUNCTION staff_create(text, text, text, text, text) TO kontakt_admin;
