-- 0011_workflow.sql
-- Routing and control (issue 5): the database enforces the case workflow. Every transition of a
-- case or an assignment goes through one SECURITY DEFINER function below that checks the
-- caller's group, the current state and an expected version (optimistic locking), writes the
-- journal (case_event), the outbox and touches the appeal (change_seq + NOTIFY for the queues).
-- Direct INSERT/UPDATE of assignments, replies, extensions, feedback and inspections is no
-- longer granted; a direct UPDATE of appeal.status/result_code/closed_* is refused by trigger.
--
-- =============================================================================================
-- ACCESS MATRIX, workflow part (supersedes the assignment/reply/extension/feedback/inspection
-- rows of 0003's matrix; everything else there stays true)
-- =============================================================================================
-- table / function                  operator  head  executor        manager  petitions  admin
-- --------------------------------  --------  ----  --------------  -------  ---------  -----
-- assignment, reply, extension,
--   feedback, inspection            R         R     R rls           R        -          R
-- case_note                         R         R     R rls           R        -          R
-- case_event (journal)              R         R     R rls           R        -          R
-- appeal UPDATE of status,
--   result_code, closed_at/_by      only through the functions below (trigger), owner too
-- case_route                        X         X     -               -        -          -
-- case_approve, case_reject         -         X     -               -        -          -
-- assignment_accept                 -         X     X own org       -        -          -
-- assignment_reply                  X(1)      X(1)  X own org       -        -          -
-- assignment_not_competent          -         X     X own org       -        -          -
-- extension_request                 X(1)      X(1)  X own org       -        -          -
-- extension_decide                  -         X     -               -        -          -
-- case_callback, case_rework        X         X     -               -        -          -
-- case_close                        -         X     -               -        -          -
-- case_note                         X         X     X own org case  X        -          -
-- inspection_add                    X         X     X own org case  -        -          -
-- escalate_overdue                  X         X     -               -        -          X
-- (1) on the executor's behalf (a reply or request received by phone or mail).
-- X = EXECUTE granted and the function's own check passes. The database owner may call all.
-- A login that is a member of several groups (the embedded desk: admin + head + operator) has
-- the union; after SET ROLE only the rights of that role count (session_effective_role()).
--
-- Refusals: SQLSTATE (stable) and a message starting with a stable English key:
--   KT403 not_allowed        the caller's group or organisation may not do this
--   KT404 not_found          no such appeal / assignment / extension (or not visible)
--   KT409 stale_version      the row changed since it was read; the message names who changed
--                            it last and when (updated_by, updated_at); DETAIL is JSON
--                            {"table", "id", "version", "by", "at"}
--   KT422 wrong_state        the transition is not allowed from the current status
--   KT423 missing_result     closing needs a result code from classifier section 9
--   KT445 beyond_legal_term  a term/due date beyond 45 days from receipt or beyond the case's
--                            term (the 0002 triggers still raise 23514 due_within_45_days)
--   KT400 invalid_input      a required text is empty, an unknown outcome, rating not 1..5
--   42501                    EXECUTE not granted (group without the right at all)
-- =============================================================================================

-- ---------------------------------------------------------------------------------------------
-- New columns and tables
-- ---------------------------------------------------------------------------------------------
ALTER TABLE assignment ADD COLUMN reminder_sent_at timestamptz;
ALTER TABLE assignment ADD COLUMN rework_count int NOT NULL DEFAULT 0 CHECK (rework_count >= 0);
ALTER TABLE assignment ADD COLUMN rework_words text CHECK (char_length(rework_words) <= 4000);
COMMENT ON COLUMN assignment.reminder_sent_at IS 'The reminder before the term was written to the outbox (once per term)';
COMMENT ON COLUMN assignment.rework_words IS 'The citizen''s words when the case was sent back to rework (latest)';
ALTER TABLE feedback ADD COLUMN attempt_no int CHECK (attempt_no >= 1);
COMMENT ON COLUMN feedback.attempt_no IS 'Callback attempt number within the current callback round';

-- Internal notes on a case (not part of the answer to the citizen).
CREATE TABLE case_note (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id   bigint NOT NULL REFERENCES appeal (id),
    text        text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63)
);
CREATE INDEX case_note_appeal_idx ON case_note (appeal_id, id);
COMMENT ON TABLE case_note IS 'Internal notes on a case (immutable; written by case_note())';

-- The workflow journal: one row per transition, written by the functions (the story of a case
-- in order; audit_log keeps the row-level old/new values beside it).
CREATE TABLE case_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id       bigint NOT NULL REFERENCES appeal (id),
    assignment_id   bigint REFERENCES assignment (id),
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    login           text NOT NULL DEFAULT session_user CHECK (char_length(login) <= 63),
    kind            text NOT NULL CHECK (kind IN ('routed', 'approved', 'rejected', 'accepted',
                                                  'replied', 'not_competent', 'extension_requested',
                                                  'extension_granted', 'extension_refused',
                                                  'callback', 'rework', 'closed', 'escalated',
                                                  'reminded', 'inspection')),
    detail          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_event_appeal_idx ON case_event (appeal_id, id);
CREATE INDEX case_event_assignment_idx ON case_event (assignment_id);
COMMENT ON TABLE case_event IS 'Workflow journal: who did which transition when (append-only, written by the functions)';

CREATE TRIGGER case_note_audit AFTER INSERT OR UPDATE OR DELETE ON case_note
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER case_event_audit AFTER INSERT OR UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');

ALTER TABLE case_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_note FORCE ROW LEVEL SECURITY;
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_event FORCE ROW LEVEL SECURITY;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_note', 'case_event']
    LOOP
        EXECUTE format('CREATE POLICY owner_all ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY desk_read ON %I FOR SELECT '
                       'TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_admin USING (true)', t);
        EXECUTE format('CREATE POLICY executor_read ON %1$I FOR SELECT TO kontakt_executor '
                       'USING (EXISTS (SELECT 1 FROM assignment a WHERE a.appeal_id = %1$I.appeal_id '
                       'AND a.org_id = (SELECT current_org_id()) AND a.status NOT IN (''proposed'', ''rejected'')))', t);
    END LOOP;
END
$$;
REVOKE ALL ON case_note, case_event FROM PUBLIC;
GRANT SELECT ON case_note, case_event
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_admin;

-- ---------------------------------------------------------------------------------------------
-- Direct writes are replaced by the functions
-- ---------------------------------------------------------------------------------------------
REVOKE INSERT, UPDATE ON assignment FROM kontakt_operator, kontakt_head, kontakt_executor;
REVOKE INSERT ON reply FROM kontakt_operator, kontakt_head, kontakt_executor;
REVOKE INSERT, UPDATE ON extension FROM kontakt_head, kontakt_executor;
REVOKE INSERT, UPDATE ON feedback FROM kontakt_operator, kontakt_head;
REVOKE INSERT ON inspection FROM kontakt_executor;
DROP POLICY operator_propose ON assignment;
DROP POLICY operator_edit_proposal ON assignment;
DROP POLICY head_insert ON assignment;
DROP POLICY head_update ON assignment;
DROP POLICY executor_work ON assignment;
DROP POLICY desk_insert ON reply;
DROP POLICY executor_insert ON reply;
DROP POLICY head_insert ON extension;
DROP POLICY head_update ON extension;
DROP POLICY executor_insert ON extension;
DROP POLICY desk_insert ON feedback;
DROP POLICY desk_update ON feedback;
DROP POLICY executor_insert ON inspection;

-- True for the database owner (and members of it): the migrating role, demo generator and the
-- SECURITY DEFINER functions below (there current_user is the owner).
CREATE FUNCTION wf_is_owner(p_role text) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT pg_has_role(p_role, d.datdba, 'MEMBER')
      FROM pg_database d WHERE d.datname = current_database()
$$;

-- Workflow columns of appeal change only inside the functions (current_user is then the owner)
-- or by the owner itself. Not SECURITY DEFINER: it must see the caller's current_user.
CREATE FUNCTION appeal_guard_workflow() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    -- the cheap tests first: intake and card edits pass without the ownership lookup
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IN ('draft', 'consultation', 'registered', 'forwarded', 'returned',
                          'not_considered')
           AND (NEW.status = 'consultation'
                OR (NEW.result_code IS NULL AND NEW.closed_by IS NULL AND NEW.closed_at IS NULL)) THEN
            RETURN NEW;
        END IF;
    ELSIF OLD.status IS NOT DISTINCT FROM NEW.status AND OLD.result_code IS NOT DISTINCT FROM NEW.result_code
          AND OLD.closed_at IS NOT DISTINCT FROM NEW.closed_at AND OLD.closed_by IS NOT DISTINCT FROM NEW.closed_by THEN
        RETURN NEW;
    ELSIF OLD.status = 'draft' AND NEW.status IN ('registered', 'consultation', 'forwarded',
                                                  'returned', 'not_considered') THEN
        RETURN NEW; -- a draft is registered by the intake code path
    END IF;
    IF wf_is_owner(current_user::text) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        RAISE EXCEPTION 'not_allowed: a new appeal starts as registered; status % is reached through the workflow functions', NEW.status
            USING ERRCODE = 'KT403';
    END IF;
    RAISE EXCEPTION 'not_allowed: the status of a case changes only through the workflow functions (case_route, case_approve, ...)'
        USING ERRCODE = 'KT403';
END
$$;
CREATE TRIGGER appeal_guard_workflow BEFORE INSERT OR UPDATE ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_guard_workflow();

-- Assignments are written only by the functions (no grants); the trigger keeps even a future
-- grant from opening a bypass of the status rules.
CREATE FUNCTION assignment_guard_workflow() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF NOT wf_is_owner(current_user::text) THEN
        RAISE EXCEPTION 'not_allowed: assignments change only through the workflow functions'
            USING ERRCODE = 'KT403';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER assignment_guard_workflow BEFORE INSERT OR UPDATE ON assignment
    FOR EACH ROW EXECUTE FUNCTION assignment_guard_workflow();

-- ---------------------------------------------------------------------------------------------
-- Settings of the control (values validated here; the table's CHECK accepts any text for new keys)
-- ---------------------------------------------------------------------------------------------
INSERT INTO setting (key, value, description) VALUES
    ('escalation_level2_days', '2', 'Working days after the term before an overdue assignment escalates to the head of the contact-centre department (level 2)'),
    ('escalation_level3_days', '5', 'Working days after the term before an overdue assignment escalates to the responsible deputy mayor (level 3)'),
    ('reminder_days_before', '1', 'Working days before the term when the executor gets a reminder')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION wf_setting_int(p_key text, p_default int) RETURNS int
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT coalesce((SELECT CASE WHEN s.value ~ '^[0-9]{1,4}$' THEN s.value::int END
                       FROM setting s WHERE s.key = p_key), p_default)
$$;

-- ---------------------------------------------------------------------------------------------
-- Helpers (owned by the owner, called only from the SECURITY DEFINER functions; no grants)
-- ---------------------------------------------------------------------------------------------
-- Is the caller (its effective role) in one of the groups? The owner is in every group.
CREATE FUNCTION wf_caller_in(p_groups text[]) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT wf_is_owner(session_effective_role())
           OR EXISTS (SELECT 1 FROM unnest(p_groups) g
                       WHERE EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = g)
                         AND pg_has_role(session_effective_role(), g, 'MEMBER'))
$$;

CREATE FUNCTION wf_require(p_groups text[], p_action text) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF NOT wf_caller_in(p_groups) THEN
        RAISE EXCEPTION 'not_allowed: % is not allowed for %', p_action, session_effective_role()
            USING ERRCODE = 'KT403';
    END IF;
END
$$;

-- The executor acts only on its organisation's assignments; desks (p_desk_groups) on any.
CREATE FUNCTION wf_require_org(p_org bigint, p_desk_groups text[], p_action text) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF wf_caller_in(p_desk_groups) THEN
        RETURN;
    END IF;
    IF wf_caller_in(ARRAY['kontakt_executor']) AND p_org IS NOT DISTINCT FROM current_org_id() THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'not_allowed: % is not allowed for % on another organisation''s assignment',
        p_action, session_effective_role() USING ERRCODE = 'KT403';
END
$$;

CREATE FUNCTION wf_stale(p_table text, p_id bigint, p_version int, p_expected int, p_by text,
                         p_at timestamptz) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'stale_version: % % was changed by % at % (version %, yours %)',
        p_table, p_id, p_by, to_char(p_at AT TIME ZONE 'Europe/Kyiv', 'YYYY-MM-DD HH24:MI:SS'),
        p_version, p_expected
        USING ERRCODE = 'KT409',
              DETAIL = json_build_object('table', p_table, 'id', p_id, 'version', p_version,
                                         'by', p_by, 'at', p_at)::text;
END
$$;

CREATE FUNCTION wf_lock_appeal(p_id bigint, p_version int) RETURNS appeal
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
BEGIN
    SELECT * INTO a FROM appeal WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: appeal %', p_id USING ERRCODE = 'KT404';
    END IF;
    IF p_version IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the version the case was read at is required'
            USING ERRCODE = 'KT400';
    END IF;
    IF a.version <> p_version THEN
        PERFORM wf_stale('appeal', a.id, a.version, p_version, a.updated_by, a.updated_at);
    END IF;
    RETURN a;
END
$$;

-- Locks the appeal first, then the assignment (one lock order everywhere: no deadlocks).
CREATE FUNCTION wf_lock_assignment(p_id bigint) RETURNS assignment
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    s assignment;
    v_appeal bigint;
BEGIN
    SELECT appeal_id INTO v_appeal FROM assignment WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: assignment %', p_id USING ERRCODE = 'KT404';
    END IF;
    PERFORM 1 FROM appeal WHERE id = v_appeal FOR UPDATE;
    SELECT * INTO s FROM assignment WHERE id = p_id FOR UPDATE;
    RETURN s;
END
$$;

CREATE FUNCTION wf_check_version(p_row assignment, p_version int) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF p_version IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the version the assignment was read at is required'
            USING ERRCODE = 'KT400';
    END IF;
    IF p_row.version <> p_version THEN
        PERFORM wf_stale('assignment', p_row.id, p_row.version, p_version, p_row.updated_by,
                         p_row.updated_at);
    END IF;
END
$$;

CREATE FUNCTION wf_wrong_state(p_what text, p_status text, p_action text) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'wrong_state: % is % — % is not possible now', p_what, p_status, p_action
        USING ERRCODE = 'KT422';
END
$$;

CREATE FUNCTION wf_require_text(p_text text, p_what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF p_text IS NULL OR btrim(p_text) = '' THEN
        RAISE EXCEPTION 'invalid_input: % is required', p_what USING ERRCODE = 'KT400';
    END IF;
    RETURN btrim(p_text);
END
$$;

-- A term must lie within the case's lawful limit (45 days from receipt, art. 20).
CREATE FUNCTION wf_check_term(p_appeal appeal, p_term date, p_limit date) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    m date := max_due_date(p_appeal.received_at);
BEGIN
    IF p_term IS NULL THEN
        RETURN;
    END IF;
    IF p_term > m THEN
        RAISE EXCEPTION 'beyond_legal_term: % is later than % (45 days from receipt)', p_term, m
            USING ERRCODE = 'KT445';
    END IF;
    IF p_limit IS NOT NULL AND p_term > p_limit THEN
        RAISE EXCEPTION 'beyond_legal_term: % is later than the case''s term %', p_term, p_limit
            USING ERRCODE = 'KT445';
    END IF;
END
$$;

CREATE FUNCTION wf_event(p_appeal bigint, p_assignment bigint, p_kind text, p_detail jsonb)
RETURNS void
LANGUAGE sql
SET search_path = kontakt, public, pg_catalog
AS $$
    INSERT INTO case_event (appeal_id, assignment_id, kind, detail)
    VALUES (p_appeal, p_assignment, p_kind, coalesce(jsonb_strip_nulls(p_detail), '{}'))
$$;

-- Recipients of an organisation: its e-mail, else its active executors' e-mails.
CREATE FUNCTION wf_org_recipients(p_org bigint) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT CASE WHEN o.email IS NOT NULL THEN ARRAY[o.email]
                ELSE ARRAY(SELECT s.email FROM staff s
                            WHERE s.org_id = o.id AND s.role = 'executor' AND s.active
                              AND s.email IS NOT NULL ORDER BY s.id) END
      FROM organisation o WHERE o.id = p_org
$$;

-- Recipients for the head of the contact-centre department: active heads' e-mails, else the
-- contact centre's e-mail.
CREATE FUNCTION wf_head_recipients() RETURNS text[]
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT CASE WHEN cardinality(h.list) > 0 THEN h.list
                ELSE ARRAY(SELECT o.email FROM organisation o
                            WHERE o.kind = 'contact_centre' AND o.active AND o.email IS NOT NULL
                            ORDER BY o.id) END
      FROM (SELECT ARRAY(SELECT s.email FROM staff s
                          WHERE s.role = 'head' AND s.active AND s.email IS NOT NULL
                          ORDER BY s.id) AS list) h
$$;

-- One outbox row per valid distinct recipient; none (silently) without a recipient.
CREATE FUNCTION wf_outbox(p_kind text, p_recipients text[], p_subject text, p_body text,
                          p_appeal bigint) RETURNS int
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    n int;
BEGIN
    INSERT INTO outbox (kind, recipient, subject, body, appeal_id)
    SELECT p_kind, r, left(p_subject, 998), left(p_body, 100000), p_appeal
      FROM (SELECT DISTINCT btrim(x) AS r FROM unnest(p_recipients) x) d
     WHERE r ~ '^[^@\s]+@[^@\s]+$' AND char_length(r) <= 254;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

CREATE FUNCTION wf_case_label(p_appeal appeal) RETURNS text
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT coalesce(p_appeal.reg_index, '#' || p_appeal.id) || ': '
           || coalesce(left(p_appeal.summary, 200), '')
$$;

-- Touch the appeal so that queues refresh (version + 1, change_seq, NOTIFY through the 0008
-- triggers), optionally with a new status.
CREATE FUNCTION wf_touch_appeal(p_id bigint, p_status text) RETURNS void
LANGUAGE sql
SET search_path = kontakt, public, pg_catalog
AS $$
    UPDATE appeal SET status = coalesce(p_status, status) WHERE id = p_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Routing: operator proposes, head approves or rejects
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION wf_propose(p_appeal appeal, p_main_org bigint, p_co_orgs bigint[],
                           p_instruction text, p_term date) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_term date := coalesce(p_term, p_appeal.due_date);
    v_org bigint;
BEGIN
    IF p_main_org IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the main executor is required' USING ERRCODE = 'KT400';
    END IF;
    IF cardinality(coalesce(p_co_orgs, '{}')) > 20 THEN
        RAISE EXCEPTION 'invalid_input: at most 20 co-executors' USING ERRCODE = 'KT400';
    END IF;
    FOREACH v_org IN ARRAY array_prepend(p_main_org, coalesce(p_co_orgs, '{}')) LOOP
        IF NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = v_org AND o.active) THEN
            RAISE EXCEPTION 'not_found: organisation %', v_org USING ERRCODE = 'KT404';
        END IF;
    END LOOP;
    PERFORM wf_check_term(p_appeal, v_term, p_appeal.due_date);
    DELETE FROM assignment WHERE appeal_id = p_appeal.id AND status = 'proposed';
    INSERT INTO assignment (appeal_id, org_id, is_main, instruction, term, status)
    VALUES (p_appeal.id, p_main_org, true, nullif(btrim(p_instruction), ''), v_term, 'proposed');
    INSERT INTO assignment (appeal_id, org_id, is_main, instruction, term, status)
    SELECT p_appeal.id, c, false, nullif(btrim(p_instruction), ''), v_term, 'proposed'
      FROM (SELECT DISTINCT c FROM unnest(p_co_orgs) c WHERE c IS NOT NULL AND c <> p_main_org) d;
END
$$;

CREATE FUNCTION case_route(p_appeal_id bigint, p_version int, p_main_org bigint,
                           p_co_orgs bigint[], p_instruction text, p_term date)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head'], 'routing');
    a := wf_lock_appeal(p_appeal_id, p_version);
    IF a.status NOT IN ('registered', 'routing_proposed') THEN
        PERFORM wf_wrong_state('the case', a.status, 'routing');
    END IF;
    PERFORM wf_propose(a, p_main_org, p_co_orgs, p_instruction, p_term);
    PERFORM wf_touch_appeal(a.id, 'routing_proposed');
    PERFORM wf_event(a.id, NULL, 'routed',
                     jsonb_build_object('main', (SELECT code FROM organisation WHERE id = p_main_org),
                                        'co', (SELECT jsonb_agg(o.code ORDER BY o.code) FROM organisation o
                                                WHERE o.id = ANY (p_co_orgs) AND o.id <> p_main_org),
                                        'term', coalesce(p_term, a.due_date),
                                        'instruction', p_instruction));
END
$$;

-- The head may edit the proposal while approving (any non-NULL argument replaces it).
CREATE FUNCTION case_approve(p_appeal_id bigint, p_version int, p_main_org bigint DEFAULT NULL,
                             p_co_orgs bigint[] DEFAULT NULL, p_instruction text DEFAULT NULL,
                             p_term date DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
    s assignment;
    n int := 0;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_head'], 'approval');
    a := wf_lock_appeal(p_appeal_id, p_version);
    IF a.status <> 'routing_proposed' THEN
        PERFORM wf_wrong_state('the case', a.status, 'approval');
    END IF;
    IF p_main_org IS NOT NULL THEN
        PERFORM wf_propose(a, p_main_org, p_co_orgs, p_instruction, p_term);
    ELSE
        IF p_term IS NOT NULL THEN
            PERFORM wf_check_term(a, p_term, a.due_date);
        END IF;
        UPDATE assignment
           SET instruction = coalesce(nullif(btrim(p_instruction), ''), instruction),
               term = coalesce(p_term, term)
         WHERE appeal_id = a.id AND status = 'proposed';
    END IF;
    FOR s IN UPDATE assignment SET status = 'approved', approved_by = session_user, approved_at = now()
              WHERE appeal_id = a.id AND status = 'proposed' RETURNING * LOOP
        n := n + 1;
        PERFORM wf_outbox('assignment', wf_org_recipients(s.org_id),
                          'Kontakt: нове доручення — звернення ' || coalesce(a.reg_index, a.id::text),
                          'Вашій організації доручено розгляд звернення ' || wf_case_label(a)
                          || E'\nДоручення: ' || coalesce(s.instruction, '—')
                          || E'\nТермін: ' || coalesce(to_char(s.term, 'DD.MM.YYYY'), '—')
                          || CASE WHEN s.is_main THEN E'\nВи — головний виконавець.' ELSE E'\nВи — співвиконавець.' END,
                          a.id);
    END LOOP;
    IF n = 0 THEN
        PERFORM wf_wrong_state('the case', 'without a proposed executor', 'approval');
    END IF;
    PERFORM wf_touch_appeal(a.id, 'approved');
    PERFORM wf_event(a.id, NULL, 'approved',
                     jsonb_build_object('edited', p_main_org IS NOT NULL OR p_term IS NOT NULL
                                                  OR p_instruction IS NOT NULL,
                                        'executors', (SELECT jsonb_agg(o.code ORDER BY x.is_main DESC, o.code)
                                                        FROM assignment x JOIN organisation o ON o.id = x.org_id
                                                       WHERE x.appeal_id = a.id AND x.status = 'approved')));
END
$$;

CREATE FUNCTION case_reject(p_appeal_id bigint, p_version int, p_reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
    v_reason text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_head'], 'rejecting a routing');
    a := wf_lock_appeal(p_appeal_id, p_version);
    v_reason := left(wf_require_text(p_reason, 'the reason'), 2000);
    IF a.status <> 'routing_proposed' THEN
        PERFORM wf_wrong_state('the case', a.status, 'rejecting the routing');
    END IF;
    UPDATE assignment SET status = 'rejected', rejected_reason = v_reason
     WHERE appeal_id = a.id AND status = 'proposed';
    UPDATE appeal SET status = 'registered', status_reason = v_reason WHERE id = a.id;
    PERFORM wf_event(a.id, NULL, 'rejected', jsonb_build_object('reason', v_reason));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Executor's work
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION assignment_accept(p_assignment_id bigint, p_version int)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    s assignment;
    v_status text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_executor', 'kontakt_head'], 'accepting an assignment');
    s := wf_lock_assignment(p_assignment_id);
    PERFORM wf_require_org(s.org_id, ARRAY['kontakt_head'], 'accepting an assignment');
    PERFORM wf_check_version(s, p_version);
    IF s.status NOT IN ('approved', 'rework') THEN
        PERFORM wf_wrong_state('the assignment', s.status, 'accepting');
    END IF;
    UPDATE assignment SET status = 'accepted', accepted_at = now() WHERE id = s.id;
    SELECT status INTO v_status FROM appeal WHERE id = s.appeal_id;
    PERFORM wf_touch_appeal(s.appeal_id,
                            CASE WHEN v_status IN ('approved', 'rework') AND (s.is_main OR v_status = 'approved')
                                 THEN 'in_progress' END);
    PERFORM wf_event(s.appeal_id, s.id, 'accepted',
                     jsonb_build_object('org', (SELECT code FROM organisation WHERE id = s.org_id)));
END
$$;

CREATE FUNCTION assignment_reply(p_assignment_id bigint, p_version int, p_result text, p_text text,
                                 p_answer_index text DEFAULT NULL, p_answer_date date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    s assignment;
    v_text text;
    v_id bigint;
    v_status text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_executor', 'kontakt_operator', 'kontakt_head'], 'a reply');
    s := wf_lock_assignment(p_assignment_id);
    PERFORM wf_require_org(s.org_id, ARRAY['kontakt_operator', 'kontakt_head'], 'a reply');
    PERFORM wf_check_version(s, p_version);
    IF p_result IS NULL OR p_result NOT IN ('done', 'explained', 'refused', 'impossible_now') THEN
        RAISE EXCEPTION 'invalid_input: unknown result %', coalesce(p_result, '(none)')
            USING ERRCODE = 'KT400';
    END IF;
    v_text := wf_require_text(p_text, 'the reply text');
    IF s.status NOT IN ('approved', 'accepted', 'rework') THEN
        PERFORM wf_wrong_state('the assignment', s.status, 'a reply');
    END IF;
    INSERT INTO reply (assignment_id, appeal_id, text, proposed_result, answer_index, answer_date)
    VALUES (s.id, s.appeal_id, v_text, p_result, nullif(btrim(p_answer_index), ''), p_answer_date)
    RETURNING id INTO v_id;
    UPDATE assignment SET status = 'replied', replied_at = now(),
                          accepted_at = coalesce(accepted_at, now())
     WHERE id = s.id;
    SELECT status INTO v_status FROM appeal WHERE id = s.appeal_id;
    -- only the main executor's reply moves the case on; co-executors' replies are recorded
    PERFORM wf_touch_appeal(s.appeal_id,
                            CASE WHEN s.is_main AND v_status IN ('approved', 'in_progress', 'rework')
                                 THEN 'replied' END);
    PERFORM wf_event(s.appeal_id, s.id, 'replied',
                     jsonb_build_object('org', (SELECT code FROM organisation WHERE id = s.org_id),
                                        'main', s.is_main, 'result', p_result, 'reply_id', v_id,
                                        'text', left(v_text, 500)));
    RETURN v_id;
END
$$;

CREATE FUNCTION assignment_not_competent(p_assignment_id bigint, p_version int, p_note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    s assignment;
    a appeal;
    v_note text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_executor', 'kontakt_head'], 'returning as not in competence');
    s := wf_lock_assignment(p_assignment_id);
    PERFORM wf_require_org(s.org_id, ARRAY['kontakt_head'], 'returning as not in competence');
    PERFORM wf_check_version(s, p_version);
    v_note := left(wf_require_text(p_note, 'the note'), 2000);
    IF s.status NOT IN ('approved', 'accepted', 'rework') THEN
        PERFORM wf_wrong_state('the assignment', s.status, 'returning as not in competence');
    END IF;
    SELECT * INTO a FROM appeal WHERE id = s.appeal_id;
    UPDATE assignment SET status = 'not_competent', executor_note = v_note WHERE id = s.id;
    IF s.is_main THEN
        UPDATE appeal SET status = 'registered', status_reason = v_note WHERE id = a.id;
    ELSE
        PERFORM wf_touch_appeal(a.id, NULL);
    END IF;
    PERFORM wf_outbox('not_competent', wf_head_recipients(),
                      'Kontakt: не в компетенції — звернення ' || coalesce(a.reg_index, a.id::text),
                      (SELECT name FROM organisation WHERE id = s.org_id)
                      || ' повідомляє, що звернення ' || wf_case_label(a) || E' не в її компетенції.\n'
                      || 'Пояснення: ' || v_note
                      || CASE WHEN s.is_main THEN E'\nПотрібне нове доручення.' ELSE '' END,
                      a.id);
    PERFORM wf_event(a.id, s.id, 'not_competent',
                     jsonb_build_object('org', (SELECT code FROM organisation WHERE id = s.org_id),
                                        'main', s.is_main, 'note', v_note));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Extensions: the executor asks, the head decides (never beyond 45 days in total)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION extension_request(p_assignment_id bigint, p_requested_due date, p_reason text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    s assignment;
    a appeal;
    v_reason text;
    v_id bigint;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_executor', 'kontakt_operator', 'kontakt_head'], 'an extension request');
    s := wf_lock_assignment(p_assignment_id);
    PERFORM wf_require_org(s.org_id, ARRAY['kontakt_operator', 'kontakt_head'], 'an extension request');
    v_reason := left(wf_require_text(p_reason, 'the reason'), 2000);
    IF p_requested_due IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the requested term is required' USING ERRCODE = 'KT400';
    END IF;
    IF s.status NOT IN ('approved', 'accepted', 'rework') THEN
        PERFORM wf_wrong_state('the assignment', s.status, 'an extension request');
    END IF;
    IF EXISTS (SELECT 1 FROM extension e WHERE e.assignment_id = s.id AND e.decision = 'pending') THEN
        PERFORM wf_wrong_state('the assignment', 'waiting for a decision on an earlier request',
                               'another extension request');
    END IF;
    SELECT * INTO a FROM appeal WHERE id = s.appeal_id;
    PERFORM wf_check_term(a, p_requested_due, NULL);
    IF s.term IS NOT NULL AND p_requested_due <= s.term THEN
        RAISE EXCEPTION 'invalid_input: the requested term % is not later than the current term %',
            p_requested_due, s.term USING ERRCODE = 'KT400';
    END IF;
    INSERT INTO extension (assignment_id, appeal_id, reason, requested_due)
    VALUES (s.id, s.appeal_id, v_reason, p_requested_due) RETURNING id INTO v_id;
    PERFORM wf_touch_appeal(a.id, NULL);
    PERFORM wf_event(a.id, s.id, 'extension_requested',
                     jsonb_build_object('extension_id', v_id, 'to', p_requested_due, 'reason', v_reason));
    RETURN v_id;
END
$$;

CREATE FUNCTION extension_decide(p_extension_id bigint, p_version int, p_granted boolean,
                                 p_due date DEFAULT NULL, p_note text DEFAULT NULL,
                                 p_author_notified boolean DEFAULT false)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    e extension;
    a appeal;
    v_due date;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_head'], 'deciding an extension');
    SELECT appeal_id INTO e.appeal_id FROM extension WHERE id = p_extension_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: extension %', p_extension_id USING ERRCODE = 'KT404';
    END IF;
    SELECT * INTO a FROM appeal WHERE id = e.appeal_id FOR UPDATE;
    SELECT * INTO e FROM extension WHERE id = p_extension_id FOR UPDATE;
    IF p_version IS NULL OR e.version <> p_version THEN
        PERFORM wf_stale('extension', e.id, e.version, p_version, e.updated_by, e.updated_at);
    END IF;
    IF e.decision <> 'pending' THEN
        PERFORM wf_wrong_state('the extension request', e.decision, 'a decision');
    END IF;
    IF p_granted IS NULL THEN
        RAISE EXCEPTION 'invalid_input: grant or refuse' USING ERRCODE = 'KT400';
    END IF;
    IF p_granted THEN
        v_due := coalesce(p_due, e.requested_due);
        PERFORM wf_check_term(a, v_due, NULL);
        UPDATE extension SET decision = 'granted', granted_due = v_due,
                             decision_note = nullif(btrim(p_note), ''), decided_by = session_user,
                             decided_at = now(),
                             author_notified_at = CASE WHEN p_author_notified THEN now() END
         WHERE id = e.id;
        UPDATE assignment SET term = v_due, escalation_level = 0, escalated_at = NULL,
                              reminder_sent_at = NULL
         WHERE id = e.assignment_id;
        UPDATE appeal
           SET due_date = greatest(coalesce(due_date, v_due), v_due),
               due_reason = left(coalesce(due_reason || ' | ', '') || 'продовжено до '
                                 || to_char(v_due, 'DD.MM.YYYY'), 500),
               author_notified_at = CASE WHEN p_author_notified THEN now() ELSE author_notified_at END
         WHERE id = a.id;
    ELSE
        UPDATE extension SET decision = 'refused', decision_note = nullif(btrim(p_note), ''),
                             decided_by = session_user, decided_at = now(),
                             author_notified_at = CASE WHEN p_author_notified THEN now() END
         WHERE id = e.id;
        PERFORM wf_touch_appeal(a.id, NULL);
    END IF;
    PERFORM wf_event(a.id, e.assignment_id,
                     CASE WHEN p_granted THEN 'extension_granted' ELSE 'extension_refused' END,
                     jsonb_build_object('extension_id', e.id, 'to', v_due, 'note', nullif(btrim(p_note), ''),
                                        'author_notified', coalesce(p_author_notified, false)));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Control: callback, rework, closure
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION case_callback(p_appeal_id bigint, p_version int, p_reached boolean,
                              p_outcome text DEFAULT NULL, p_rating smallint DEFAULT NULL,
                              p_comment text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
    v_attempt int;
    v_id bigint;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head'], 'a callback');
    a := wf_lock_appeal(p_appeal_id, p_version);
    IF p_reached IS NULL THEN
        RAISE EXCEPTION 'invalid_input: reached or not' USING ERRCODE = 'KT400';
    END IF;
    IF p_outcome IS NOT NULL AND p_outcome NOT IN ('confirmed', 'partly', 'not_done') THEN
        RAISE EXCEPTION 'invalid_input: unknown outcome %', p_outcome USING ERRCODE = 'KT400';
    END IF;
    IF p_rating IS NOT NULL AND p_rating NOT BETWEEN 1 AND 5 THEN
        RAISE EXCEPTION 'invalid_input: rating % is not 1..5', p_rating USING ERRCODE = 'KT400';
    END IF;
    IF NOT p_reached AND (p_outcome IS NOT NULL OR p_rating IS NOT NULL) THEN
        RAISE EXCEPTION 'invalid_input: an unreached citizen gives no outcome or rating'
            USING ERRCODE = 'KT400';
    END IF;
    IF p_reached AND p_outcome IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the citizen''s answer (confirmed, partly, not_done) is required'
            USING ERRCODE = 'KT400';
    END IF;
    IF a.status NOT IN ('replied', 'callback') THEN
        PERFORM wf_wrong_state('the case', a.status, 'a callback');
    END IF;
    -- attempts are counted since the last reply
    SELECT count(*) + 1 INTO v_attempt FROM feedback f
     WHERE f.appeal_id = a.id
       AND f.attempted_at >= coalesce((SELECT max(r.created_at) FROM reply r WHERE r.appeal_id = a.id),
                                      '-infinity');
    INSERT INTO feedback (appeal_id, reached, outcome, rating, comment, attempt_no)
    VALUES (a.id, p_reached, p_outcome, p_rating, nullif(btrim(p_comment), ''), v_attempt)
    RETURNING id INTO v_id;
    PERFORM wf_touch_appeal(a.id, 'callback');
    PERFORM wf_event(a.id, NULL, 'callback',
                     jsonb_build_object('reached', p_reached, 'outcome', p_outcome, 'rating', p_rating,
                                        'attempt', v_attempt, 'comment', nullif(btrim(p_comment), '')));
    RETURN v_id;
END
$$;

CREATE FUNCTION case_rework(p_appeal_id bigint, p_version int, p_citizen_words text,
                            p_new_term date DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
    s assignment;
    v_words text;
    v_term date;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head'], 'sending to rework');
    a := wf_lock_appeal(p_appeal_id, p_version);
    v_words := left(wf_require_text(p_citizen_words, 'the citizen''s words'), 4000);
    IF a.status NOT IN ('replied', 'callback') THEN
        PERFORM wf_wrong_state('the case', a.status, 'rework');
    END IF;
    IF EXISTS (SELECT 1 FROM feedback f WHERE f.appeal_id = a.id AND f.reached
                ORDER BY f.attempted_at DESC, f.id DESC LIMIT 1) THEN
        IF (SELECT f.outcome FROM feedback f WHERE f.appeal_id = a.id AND f.reached
             ORDER BY f.attempted_at DESC, f.id DESC LIMIT 1) = 'confirmed'
           AND (SELECT max(f.attempted_at) FROM feedback f WHERE f.appeal_id = a.id AND f.reached)
               >= (SELECT max(r.created_at) FROM reply r WHERE r.appeal_id = a.id) THEN
            PERFORM wf_wrong_state('the case', 'confirmed by the citizen', 'rework');
        END IF;
    END IF;
    SELECT * INTO s FROM assignment
     WHERE appeal_id = a.id AND is_main AND status = 'replied'
     ORDER BY id DESC LIMIT 1 FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM wf_wrong_state('the case', 'without a replied main executor', 'rework');
    END IF;
    v_term := coalesce(p_new_term, s.term);
    IF p_new_term IS NOT NULL THEN
        -- a later term than the case's own is an extension: the head's decision (art. 20)
        PERFORM wf_check_term(a, p_new_term,
                              CASE WHEN wf_caller_in(ARRAY['kontakt_head']) THEN NULL ELSE a.due_date END);
    END IF;
    UPDATE assignment SET status = 'rework', term = v_term, rework_count = rework_count + 1,
                          rework_words = v_words, replied_at = NULL, escalation_level = 0,
                          escalated_at = NULL, reminder_sent_at = NULL
     WHERE id = s.id;
    UPDATE appeal SET status = 'rework', status_reason = left(v_words, 2000),
                      due_date = CASE WHEN v_term > due_date THEN v_term ELSE due_date END
     WHERE id = a.id;
    PERFORM wf_outbox('rework', wf_org_recipients(s.org_id),
                      'Kontakt: на доопрацювання — звернення ' || coalesce(a.reg_index, a.id::text),
                      'Заявник не підтвердив виконання за зверненням ' || wf_case_label(a)
                      || E'\nСлова заявника: ' || v_words
                      || E'\nТермін: ' || coalesce(to_char(v_term, 'DD.MM.YYYY'), '—'),
                      a.id);
    PERFORM wf_event(a.id, s.id, 'rework',
                     jsonb_build_object('words', v_words, 'term', v_term,
                                        'org', (SELECT code FROM organisation WHERE id = s.org_id)));
END
$$;

CREATE FUNCTION case_close(p_appeal_id bigint, p_version int, p_result_code text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    a appeal;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_head'], 'closing a case');
    a := wf_lock_appeal(p_appeal_id, p_version);
    IF p_result_code IS NULL OR btrim(p_result_code) = ''
       OR NOT classifier_code_exists('result', btrim(p_result_code), a.classifier_version_id) THEN
        RAISE EXCEPTION 'missing_result: a result from classifier section 9 is required (got %)',
            coalesce(p_result_code, 'none') USING ERRCODE = 'KT423';
    END IF;
    IF a.status NOT IN ('replied', 'callback') THEN
        PERFORM wf_wrong_state('the case', a.status, 'closing');
    END IF;
    UPDATE assignment SET status = 'done'
     WHERE appeal_id = a.id AND status IN ('approved', 'accepted', 'replied', 'rework');
    UPDATE appeal SET status = 'closed', result_code = btrim(p_result_code), closed_at = now(),
                      closed_by = session_user
     WHERE id = a.id;
    PERFORM wf_event(a.id, NULL, 'closed', jsonb_build_object('result', btrim(p_result_code)));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Notes and inspections
-- ---------------------------------------------------------------------------------------------
-- Is the appeal visible to the caller as an executor (an own organisation's assignment)?
CREATE FUNCTION wf_executor_sees(p_appeal_id bigint) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT EXISTS (SELECT 1 FROM assignment s
                    WHERE s.appeal_id = p_appeal_id AND s.org_id = current_org_id()
                      AND s.status NOT IN ('proposed', 'rejected'))
$$;

CREATE FUNCTION case_note(p_appeal_id bigint, p_text text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_id bigint;
    v_text text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_executor', 'kontakt_manager'], 'a note');
    IF NOT EXISTS (SELECT 1 FROM appeal WHERE id = p_appeal_id) THEN
        RAISE EXCEPTION 'not_found: appeal %', p_appeal_id USING ERRCODE = 'KT404';
    END IF;
    IF NOT wf_caller_in(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_manager'])
       AND NOT wf_executor_sees(p_appeal_id) THEN
        RAISE EXCEPTION 'not_found: appeal %', p_appeal_id USING ERRCODE = 'KT404';
    END IF;
    v_text := left(wf_require_text(p_text, 'the note'), 4000);
    INSERT INTO case_note (appeal_id, text) VALUES (p_appeal_id, v_text) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION inspection_add(p_appeal_id bigint, p_inspector text, p_inspected_at timestamptz,
                               p_findings text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_executor'], 'an inspection');
    IF NOT EXISTS (SELECT 1 FROM appeal WHERE id = p_appeal_id) THEN
        RAISE EXCEPTION 'not_found: appeal %', p_appeal_id USING ERRCODE = 'KT404';
    END IF;
    IF NOT wf_caller_in(ARRAY['kontakt_operator', 'kontakt_head'])
       AND NOT wf_executor_sees(p_appeal_id) THEN
        RAISE EXCEPTION 'not_found: appeal %', p_appeal_id USING ERRCODE = 'KT404';
    END IF;
    INSERT INTO inspection (appeal_id, inspector, inspected_at, findings)
    VALUES (p_appeal_id, left(wf_require_text(p_inspector, 'the inspector'), 200),
            coalesce(p_inspected_at, now()), nullif(btrim(p_findings), ''))
    RETURNING id INTO v_id;
    PERFORM wf_event(p_appeal_id, NULL, 'inspection',
                     jsonb_build_object('inspection_id', v_id, 'inspector', btrim(p_inspector),
                                        'at', coalesce(p_inspected_at, now()),
                                        'findings', left(p_findings, 500)));
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Escalation of overdue assignments and reminders before the term (idempotent; p_today is the
-- Kyiv date the run stands for, so tests and catch-up runs use a fixed clock)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION escalate_overdue(p_today date DEFAULT NULL)
RETURNS TABLE (assignment_id bigint, appeal_id bigint, action text, level smallint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_today date := coalesce(p_today, local_date(now()));
    v_l2 int := wf_setting_int('escalation_level2_days', 2);
    v_l3 int := wf_setting_int('escalation_level3_days', 5);
    v_rem int := wf_setting_int('reminder_days_before', 1);
    r record;
    v_target smallint;
    v_level smallint;
    v_recipients text[];
    v_whom text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_admin'], 'escalation');
    -- one run at a time: a second desk running it concurrently waits and then finds nothing new
    PERFORM pg_advisory_xact_lock(hashtext('kontakt.escalate_overdue'));
    FOR r IN SELECT s.*, o.name AS org_name, o.escalation_deputy, ap.reg_index, ap.summary
               FROM assignment s
               JOIN organisation o ON o.id = s.org_id
               JOIN appeal ap ON ap.id = s.appeal_id
              WHERE s.status IN ('approved', 'accepted', 'rework') AND s.term IS NOT NULL
                AND (s.term < v_today
                     OR (s.reminder_sent_at IS NULL AND s.term >= v_today
                         AND s.term <= add_working_days(v_today, v_rem)))
              ORDER BY s.term, s.id
    LOOP
        IF r.term >= v_today THEN
            UPDATE assignment SET reminder_sent_at = now() WHERE id = r.id;
            PERFORM wf_outbox('reminder', wf_org_recipients(r.org_id),
                              'Kontakt: нагадування про термін — звернення ' || coalesce(r.reg_index, r.appeal_id::text),
                              'Термін виконання доручення за зверненням ' || coalesce(r.reg_index, r.appeal_id::text)
                              || ' (' || coalesce(left(r.summary, 200), '') || ') — '
                              || to_char(r.term, 'DD.MM.YYYY') || '.',
                              r.appeal_id);
            PERFORM wf_event(r.appeal_id, r.id, 'reminded', jsonb_build_object('term', r.term, 'today', v_today));
            assignment_id := r.id; appeal_id := r.appeal_id; action := 'reminder'; level := r.escalation_level;
            RETURN NEXT;
            CONTINUE;
        END IF;
        v_target := CASE WHEN v_today > add_working_days(r.term, v_l3) THEN 3
                         WHEN v_today > add_working_days(r.term, v_l2) THEN 2
                         ELSE 1 END;
        CONTINUE WHEN v_target <= r.escalation_level;
        UPDATE assignment SET escalation_level = v_target, escalated_at = now() WHERE id = r.id;
        FOR v_level IN r.escalation_level + 1 .. v_target LOOP
            IF v_level = 1 THEN
                v_recipients := wf_org_recipients(r.org_id);
                v_whom := 'керівнику виконавця';
            ELSIF v_level = 2 THEN
                v_recipients := wf_head_recipients();
                v_whom := 'начальнику відділу контакт-центру';
            ELSE
                v_recipients := CASE WHEN r.escalation_deputy ~ '^[^@\s]+@[^@\s]+$' THEN ARRAY[r.escalation_deputy]
                                     ELSE ARRAY(SELECT s.email FROM staff s WHERE s.role = 'manager' AND s.active
                                                   AND s.email IS NOT NULL ORDER BY s.id) END;
                v_whom := 'заступнику міського голови' || coalesce(' (' || r.escalation_deputy || ')', '');
            END IF;
            PERFORM wf_outbox('escalation_' || v_level, v_recipients,
                              'Kontakt: прострочено (рівень ' || v_level || ') — звернення '
                              || coalesce(r.reg_index, r.appeal_id::text),
                              'Доручення ' || r.org_name || ' за зверненням ' || coalesce(r.reg_index, r.appeal_id::text)
                              || ' (' || coalesce(left(r.summary, 200), '') || ') прострочено: термін '
                              || to_char(r.term, 'DD.MM.YYYY') || E'.\nЕскалація рівня ' || v_level || ': ' || v_whom || '.',
                              r.appeal_id);
            PERFORM wf_event(r.appeal_id, r.id, 'escalated',
                             jsonb_build_object('level', v_level, 'term', r.term, 'today', v_today,
                                                'org', r.org_name));
            assignment_id := r.id; appeal_id := r.appeal_id; action := 'escalation'; level := v_level;
            RETURN NEXT;
        END LOOP;
        PERFORM wf_touch_appeal(r.appeal_id, NULL);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
-- Only this file's functions: earlier files decided the PUBLIC grants of theirs.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'kontakt'
                AND (p.proname LIKE 'wf\_%' OR p.proname LIKE 'case\_%' OR p.proname LIKE 'assignment\_%'
                     OR p.proname LIKE 'extension\_%'
                     OR p.proname IN ('inspection_add', 'escalate_overdue', 'appeal_guard_workflow'))
                AND p.proname NOT IN ('assignment_check_term', 'extension_check_due')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
-- called by the guard triggers in the caller's context
GRANT EXECUTE ON FUNCTION wf_is_owner(text)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
GRANT EXECUTE ON FUNCTION case_route(bigint, int, bigint, bigint[], text, date)
    TO kontakt_operator, kontakt_head;
GRANT EXECUTE ON FUNCTION case_approve(bigint, int, bigint, bigint[], text, date),
                          case_reject(bigint, int, text),
                          extension_decide(bigint, int, boolean, date, text, boolean),
                          case_close(bigint, int, text)
    TO kontakt_head;
GRANT EXECUTE ON FUNCTION assignment_accept(bigint, int),
                          assignment_not_competent(bigint, int, text)
    TO kontakt_executor, kontakt_head;
GRANT EXECUTE ON FUNCTION assignment_reply(bigint, int, text, text, text, date),
                          extension_request(bigint, date, text),
                          inspection_add(bigint, text, timestamptz, text)
    TO kontakt_executor, kontakt_operator, kontakt_head;
GRANT EXECUTE ON FUNCTION case_callback(bigint, int, boolean, text, smallint, text),
                          case_rework(bigint, int, text, date)
    TO kontakt_operator, kontakt_head;
GRANT EXECUTE ON FUNCTION case_note(bigint, text)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager;
GRANT EXECUTE ON FUNCTION escalate_overdue(date) TO kontakt_operator, kontakt_head, kontakt_admin;
